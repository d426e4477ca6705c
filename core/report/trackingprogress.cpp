#include "report/trackingprogress.h"

#include "report/overview.h"

#include <QHash>

#include <numeric>

namespace slimplan {

int UnitProgress::actions() const
{
    return std::accumulate(states.begin(), states.end(), 0);
}

QString trackingUnitOf(const Item &item)
{
    return ownerUnknown(item.owner) ? QString() : item.owner.trimmed();
}

namespace {

void count(UnitProgress &unit, const Item &item, const ItemProgress &p)
{
    const auto state = std::size_t(p.status.state);
    ++unit.states[state];
    ++unit.byKind[std::size_t(item.kind)][state];
    unit.overdue += p.overdue ? 1 : 0;
    unit.stillPresent += p.stillPresent ? 1 : 0;
}

} // namespace

TrackingProgress computeTrackingProgress(const Inventory &inventory, const Plan &plan,
                                         const std::vector<TrackingStatus> &states, QDate today,
                                         const QSet<QString> *laterIds)
{
    TrackingProgress out;
    QHash<QString, const TrackingStatus *> byId;
    byId.reserve(qsizetype(states.size()));
    for (const TrackingStatus &s : states)
        byId.insert(s.itemId, &s);

    QHash<QString, std::size_t> unitOf;
    const std::size_t n = std::min(std::size_t(inventory.size()), plan.decisions.size());
    for (std::size_t row = 0; row < n; ++row) {
        const Action action = plan.decisions[row].action;
        if (action == Action::Keep)
            continue;
        const Item &item = inventory.items()[row];
        ItemProgress p;
        p.row = int(row);
        if (const TrackingStatus *s = byId.value(item.id))
            p.status = *s;
        p.status.itemId = item.id;
        const bool finished = trackingFinished(p.status.state);
        p.overdue = !finished && p.status.deadline.isValid() && p.status.deadline < today;
        p.stillPresent = finished && leavesCount(action) && laterIds && laterIds->contains(item.id);

        const QString owner = trackingUnitOf(item);
        auto it = unitOf.constFind(owner);
        if (it == unitOf.constEnd()) {
            it = unitOf.insert(owner, out.units.size());
            out.units.push_back(UnitProgress{});
            out.units.back().owner = owner;
        }
        count(out.units[*it], item, p);
        count(out.total, item, p);
        out.items.push_back(std::move(p));
    }
    return out;
}

} // namespace slimplan
