#include "report/trackingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slimplan {

namespace {

QJsonObject stateCounts(const std::array<int, kTrackingStateCount> &states)
{
    QJsonObject o;
    for (int s = 0; s < kTrackingStateCount; ++s)
        o.insert(trackingStateName(TrackingState(s)), states[std::size_t(s)]);
    return o;
}

QJsonObject unitJson(const UnitProgress &u)
{
    QJsonObject o = stateCounts(u.states);
    o.insert(QStringLiteral("owner"), u.owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.owner));
    o.insert(QStringLiteral("overdue"), u.overdue);
    o.insert(QStringLiteral("actions"), u.actions());
    o.insert(QStringLiteral("still_present"), u.stillPresent);
    QJsonObject kinds;
    for (int k = 0; k < kKindCount; ++k)
        kinds.insert(kindName(Kind(k)), stateCounts(u.byKind[std::size_t(k)]));
    o.insert(QStringLiteral("by_kind"), kinds);
    return o;
}

QJsonObject itemJson(const Inventory &inventory, const Plan &plan, const ItemProgress &p)
{
    const Item &it = inventory.at(p.row);
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("id"), it.id},
        {QStringLiteral("name"), it.name},
        {QStringLiteral("owner"), orNull(it.owner)},
        {QStringLiteral("kind"), kindName(it.kind)},
        {QStringLiteral("action"), actionName(plan.decisions[std::size_t(p.row)].action)},
        {QStringLiteral("tracking"), trackingStateName(p.status.state)},
        {QStringLiteral("deadline"), orNull(p.status.deadline.isValid() ? p.status.deadline.toString(Qt::ISODate)
                                                                         : QString())},
    };
}

} // namespace

QByteArray trackingProgressJson(const Inventory &inventory, const Plan &plan,
                                const TrackingProgress &progress)
{
    QJsonArray units;
    for (const UnitProgress &u : progress.units)
        units.append(unitJson(u));
    QJsonArray overdue;
    QJsonArray stillPresent;
    for (const ItemProgress &p : progress.items) {
        if (p.row < 0 || p.row >= inventory.size() || std::size_t(p.row) >= plan.decisions.size())
            continue;
        if (p.overdue)
            overdue.append(itemJson(inventory, plan, p));
        if (p.stillPresent)
            stillPresent.append(itemJson(inventory, plan, p));
    }
    const QJsonObject doc{
        {QStringLiteral("units"), units},
        {QStringLiteral("total"), unitJson(progress.total)},
        {QStringLiteral("overdue_items"), overdue},
        {QStringLiteral("still_present_items"), stillPresent},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace slimplan
