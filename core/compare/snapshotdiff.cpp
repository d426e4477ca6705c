#include "compare/snapshotdiff.h"

#include <QHash>
#include <QSet>

namespace slimplan {

namespace {

QString keyOf(const Item &it)
{
    return deriveItemId(it.kind, it.owner.trimmed(), it.name.trimmed());
}

// Ids and kind+owner+name keys of one inventory.
struct Presence
{
    QSet<QString> ids;
    QHash<QString, int> keys; // key → index

    explicit Presence(const Inventory *inv)
    {
        if (!inv)
            return;
        ids.reserve(inv->size());
        keys.reserve(inv->size());
        for (int i = 0; i < inv->size(); ++i) {
            ids.insert(inv->at(i).id);
            keys.insert(keyOf(inv->at(i)), i);
        }
    }
    bool has(const Item &it) const { return ids.contains(it.id) || keys.contains(keyOf(it)); }
};

DiffEntry entryOf(const Item &it)
{
    DiffEntry e;
    e.id = it.id;
    e.name = it.name;
    e.kind = it.kind;
    e.owner = it.owner;
    e.region = it.region;
    return e;
}

KindCounts countsOf(const Inventory *inv)
{
    KindCounts c;
    if (inv)
        c.perKind = inv->countByKind();
    return c;
}

} // namespace

SnapshotDiff diffSnapshots(const std::vector<SnapshotInput> &snapshots, const Plan *baselinePlan)
{
    SnapshotDiff diff;
    for (const SnapshotInput &s : snapshots)
        diff.counts.push_back({s.label, s.asOf, countsOf(s.inventory)});
    if (snapshots.size() < 2 || !snapshots.front().inventory || !snapshots.back().inventory)
        return diff;

    const Inventory &base = *snapshots.front().inventory;
    const Inventory &later = *snapshots.back().inventory;
    const bool withPlan = baselinePlan && baselinePlan->decisions.size() == base.items().size();
    const Presence inBase(&base);
    const Presence inLater(&later);
    std::vector<Presence> between;
    for (std::size_t i = 1; i + 1 < snapshots.size(); ++i)
        between.emplace_back(snapshots[i].inventory);

    for (int i = 0; i < base.size(); ++i) {
        const Item &it = base.at(i);
        DiffEntry e = entryOf(it);
        e.baselineId = it.id;
        if (withPlan)
            e.planned = baselinePlan->decisions[static_cast<std::size_t>(i)].action;
        if (!inLater.has(it)) {
            diff.closed.push_back(std::move(e));
            continue;
        }
        // Present later: the later item's id (it may have another id but the same key).
        int li = later.indexOf(it.id);
        if (li < 0)
            li = inLater.keys.value(keyOf(it), -1);
        if (li >= 0)
            e.id = later.at(li).id;
        bool wasGone = false;
        for (const Presence &p : between) {
            if (!p.has(it)) {
                wasGone = true;
                break;
            }
        }
        if (wasGone)
            diff.cameBack.push_back(std::move(e));
        else if (e.planned && leavesCount(*e.planned))
            diff.stillThere.push_back(std::move(e));
    }
    for (const Item &it : later.items()) {
        if (!inBase.has(it))
            diff.created.push_back(entryOf(it));
    }
    return diff;
}

} // namespace slimplan
