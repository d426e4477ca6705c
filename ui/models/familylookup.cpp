#include "models/familylookup.h"

#include "document.h"

namespace slimplan {

namespace {

// Overlap families have no survivor of their own: the member the others merge into, else the
// first member.
int overlapSurvivor(const Document &document, const std::vector<int> &members)
{
    const auto &decisions = document.plan().decisions;
    const Inventory &inv = document.inventory();
    for (int m : members) {
        if (m < 0 || std::size_t(m) >= decisions.size())
            continue;
        const QString &target = decisions[std::size_t(m)].target;
        if (target.isEmpty())
            continue;
        for (int s : members) {
            if (s >= 0 && s < inv.size() && inv.at(s).id == target)
                return s;
        }
    }
    return members.empty() ? -1 : members.front();
}

} // namespace

bool FamilyLookup::usesPlan(const Document &document)
{
    return !document.plan().clusters.empty() || document.overlap().families.empty();
}

int FamilyLookup::count(const Document &document)
{
    return usesPlan(document) ? int(document.plan().clusters.size()) : int(document.overlap().families.size());
}

FamilyRef FamilyLookup::at(const Document &document, int index)
{
    FamilyRef ref;
    if (index < 0 || index >= count(document))
        return ref;
    ref.index = index;
    if (usesPlan(document)) {
        const Cluster &c = document.plan().clusters[std::size_t(index)];
        ref.fromPlan = true;
        ref.members = &c.members;
        ref.survivor = c.survivor >= 0 && c.survivor < document.rowCount() ? c.survivor : -1;
    } else {
        ref.members = &document.overlap().families[std::size_t(index)];
        ref.survivor = overlapSurvivor(document, *ref.members);
    }
    return ref;
}

FamilyRef FamilyLookup::ofRow(const Document &document, int row)
{
    if (row < 0 || row >= document.rowCount())
        return {};
    if (usesPlan(document)) {
        const auto &decisions = document.plan().decisions;
        const auto &clusters = document.plan().clusters;
        const int id = std::size_t(row) < decisions.size() ? decisions[std::size_t(row)].cluster : -1;
        if (id < 0)
            return {};
        // The recommender numbers clusters by their index; a project file keeps that order.
        if (std::size_t(id) < clusters.size() && clusters[std::size_t(id)].id == id)
            return at(document, id);
        for (std::size_t i = 0; i < clusters.size(); ++i) {
            if (clusters[i].id == id)
                return at(document, int(i));
        }
        return {};
    }
    const auto &familyOf = document.overlap().familyOf;
    return std::size_t(row) < familyOf.size() ? at(document, familyOf[std::size_t(row)]) : FamilyRef{};
}

} // namespace slimplan
