#pragma once
// The project test_tracking works on: two units and an item without one, with a hand-made plan
// (one action of each kind, keep items that are no action to take), and readers for what
// `track --json` writes.

#include "../common/testitems.h"

#include "model/inventory.h"
#include "model/plan.h"
#include "report/trackingprogress.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

namespace slimplan::testing {

inline const QString kUnitA = QStringLiteral("青溪县民政局");
inline const QString kUnitB = QStringLiteral("青溪县教育局");

struct FixtureItem
{
    const char *id;
    Kind kind;
    const char *owner;
    const char *name;
    Action action;
};

// Two units and an item without one; keep items are no action to take.
inline const FixtureItem kItems[] = {
    {"a1", Kind::App, "青溪县民政局", "青溪民政通", Action::Shutdown},
    {"a2", Kind::Account, "青溪县民政局", "民政服务号", Action::Merge},
    {"a3", Kind::Group, "青溪县民政局", "低保工作群", Action::Rectify},
    {"a4", Kind::App, "青溪县民政局", "青溪养老", Action::Keep},
    {"b1", Kind::App, "青溪县教育局", "教育云课堂", Action::Migrate},
    {"b2", Kind::Account, "青溪县教育局", "教育局通知号", Action::Shutdown},
    {"b3", Kind::Group, "青溪县教育局", "教育局家长群", Action::Keep},
    {"c1", Kind::App, "", "无主应用", Action::Rectify},
};

struct Fixture
{
    Inventory inventory;
    Plan plan;
};

inline Fixture makeFixture()
{
    Fixture f;
    for (const FixtureItem &fi : kItems) {
        f.inventory.upsert(countyItem(QString::fromLatin1(fi.id), fi.kind, QString::fromUtf8(fi.owner),
                                      QString::fromUtf8(fi.name), QStringLiteral("510101")));
        Decision d;
        d.action = fi.action;
        if (fi.action == Action::Merge)
            d.target = QStringLiteral("a1");
        d.reasonZh = d.reasonEn = QStringLiteral("test");
        f.plan.decisions.push_back(d);
    }
    f.plan.asOf = QDate(2026, 11, 22);
    return f;
}

// A project holding the fixture's items and plan.
inline std::unique_ptr<ProjectStore> makeProject(const QString &path)
{
    QString error;
    auto store = ProjectStore::open(path, &error);
    if (!store)
        return nullptr;
    const Fixture f = makeFixture();
    if (!store->importInventory(f.inventory, {}, {QStringLiteral("ledger.csv")}, nullptr, &error)
        || !store->savePlan(f.plan, f.inventory, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return store;
}

inline TrackingEvent step(const char *id, TrackingState state, const QDate &date = {}, const QString &note = {})
{
    TrackingEvent e;
    e.itemId = QString::fromLatin1(id);
    e.state = state;
    e.date = date;
    e.note = note;
    return e;
}

inline std::optional<TrackingStatus> statusOf(const ProjectStore &store, const QString &id)
{
    for (const TrackingStatus &s : store.trackingStates())
        if (s.itemId == id)
            return s;
    return std::nullopt;
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonObject unitOf(const QJsonObject &doc, const QString &owner)
{
    for (const QJsonValue &v : doc.value(QStringLiteral("units")).toArray()) {
        const QJsonObject u = v.toObject();
        if ((owner.isEmpty() && u.value(QStringLiteral("owner")).isNull())
            || u.value(QStringLiteral("owner")).toString() == owner)
            return u;
    }
    return {};
}

// planned, notified, in_progress, done, verified, overdue of one unit of `track --json`.
inline QList<int> countsOf(const QJsonObject &u)
{
    QList<int> out;
    for (const char *k : {"planned", "notified", "in_progress", "done", "verified", "overdue"})
        out << u.value(QLatin1String(k)).toInt(-1);
    return out;
}

inline const UnitProgress *unitNamed(const TrackingProgress &p, const QString &owner)
{
    for (const UnitProgress &u : p.units)
        if (u.owner == owner)
            return &u;
    return nullptr;
}

} // namespace slimplan::testing
