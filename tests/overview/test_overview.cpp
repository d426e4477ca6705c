// The overview's figures on generated regions, checked against counts made here independently
// (plain loops and maps over the same plan), and what an official's decision changes.

#include "plan/planner.h"
#include "report/overview.h"
#include "synth/generator.h"

#include <QMap>
#include <QTest>

using namespace slimplan;

namespace {

struct Region
{
    Inventory inventory;
    Plan plan;
};

Region makeRegion(qint64 items, quint64 seed)
{
    Region r;
    GeneratorOptions o;
    o.items = items;
    o.seed = seed;
    r.inventory = generateInventory(o);
    r.plan = makePlan(r.inventory, PolicyProfile(), QDate(2026, 6, 30));
    return r;
}

// The check reasons spelt out again, from the field definitions rather than from checkFlags().
bool lacksOwner(const Item &it)
{
    const QString o = it.owner.trimmed();
    return o.isEmpty() || o == u"无" || o == u"暂无" || o == u"未知" || o == u"-" || o == u"—" || o == u"/"
           || o.compare(u"n/a", Qt::CaseInsensitive) == 0 || o.compare(u"none", Qt::CaseInsensitive) == 0;
}
bool lacksActivity(const Item &it) { return !it.lastActive.isValid() && !it.posts90d.has_value(); }
bool unsure(const Decision &d, bool decided)
{
    return !decided && d.action != Action::Keep && d.confidence < kLowConfidence;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private slots:
    void figuresMatchIndependentCounts_data();
    void figuresMatchIndependentCounts();
    void decisionMovesFigures();
    void missingFieldsFlagged_data();
    void missingFieldsFlagged();
    void emptyRegion();
    void largeRegionCountsEveryItem();
};

void TestOverview::figuresMatchIndependentCounts_data()
{
    QTest::addColumn<qint64>("items");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("small county, 400 items") << qint64(400) << quint64(7);
    QTest::newRow("three counties, 1,500 items") << qint64(1500) << quint64(23);
    QTest::newRow("city, 6,000 items") << qint64(6000) << quint64(3);
}

void TestOverview::figuresMatchIndependentCounts()
{
    QFETCH(qint64, items);
    QFETCH(quint64, seed);
    const Region r = makeRegion(items, seed);
    const Overview o = computeOverview(r.inventory, r.plan);

    std::array<int, kKindCount> before{}, after{};
    QMap<QString, int> ruleItems, unitItems, unitActions;
    int changing = 0, noOwner = 0, noActivity = 0, low = 0, noLevel = 0;
    for (int i = 0; i < r.inventory.size(); ++i) {
        const Item &it = r.inventory.at(i);
        const Decision &d = r.plan.decisions[std::size_t(i)];
        ++before[std::size_t(it.kind)];
        const bool leaves = d.action == Action::Merge || d.action == Action::Migrate || d.action == Action::Shutdown;
        if (!leaves)
            ++after[std::size_t(it.kind)];
        if (d.action != Action::Keep)
            ++changing;
        for (const QString &rule : QSet<QString>(d.rules.begin(), d.rules.end()))
            ++ruleItems[rule];
        noOwner += lacksOwner(it);
        noActivity += lacksActivity(it);
        noLevel += !it.level.has_value();
        low += unsure(d, false);
        if (!lacksOwner(it)) {
            ++unitItems[it.owner];
            if (d.action != Action::Keep)
                ++unitActions[it.owner];
        }
    }
    QCOMPARE(o.items, r.inventory.size());
    for (int k = 0; k < kKindCount; ++k) {
        QCOMPARE(o.summary.before.perKind[std::size_t(k)], before[std::size_t(k)]);
        QCOMPARE(o.summary.after.perKind[std::size_t(k)], after[std::size_t(k)]);
    }
    QVERIFY(o.summary.after.total() < o.summary.before.total()); // a generated region always slims
    QCOMPARE(o.changing, changing);
    QVERIFY(changing > 0);

    // The top five: the largest counts, in order, each exactly the number of items citing it.
    QList<int> counts = ruleItems.values();
    std::sort(counts.begin(), counts.end(), std::greater<int>());
    QCOMPARE(int(o.topRules.size()), std::min(5, int(ruleItems.size())));
    QCOMPARE(o.rulesSeen, int(ruleItems.size()));
    for (std::size_t k = 0; k < o.topRules.size(); ++k) {
        QCOMPARE(o.topRules[k].items, ruleItems.value(o.topRules[k].rule));
        QCOMPARE(o.topRules[k].items, counts[qsizetype(k)]);
    }

    QCOMPARE(o.units, int(unitItems.size()));
    QList<int> unitCounts = unitItems.values();
    std::sort(unitCounts.begin(), unitCounts.end(), std::greater<int>());
    QCOMPARE(int(o.unitsByItems.size()), std::min(5, int(unitItems.size())));
    for (std::size_t k = 0; k < o.unitsByItems.size(); ++k) {
        QCOMPARE(o.unitsByItems[k].items, unitItems.value(o.unitsByItems[k].owner));
        QCOMPARE(o.unitsByItems[k].items, unitCounts[qsizetype(k)]);
        QCOMPARE(o.unitsByItems[k].actions, unitActions.value(o.unitsByItems[k].owner));
    }
    QList<int> actionCounts = unitActions.values();
    std::sort(actionCounts.begin(), actionCounts.end(), std::greater<int>());
    QVERIFY(!o.unitsByActions.empty());
    for (std::size_t k = 0; k < o.unitsByActions.size(); ++k) {
        QCOMPARE(o.unitsByActions[k].actions, unitActions.value(o.unitsByActions[k].owner));
        QCOMPARE(o.unitsByActions[k].actions, actionCounts[qsizetype(k)]);
    }

    QCOMPARE(o.perCheck[0], noOwner);
    QCOMPARE(o.perCheck[1], noLevel);
    QCOMPARE(o.perCheck[3], noActivity);
    QCOMPARE(o.perCheck[5], low);
    QVERIFY(o.needsCheck >= std::max({noOwner, noLevel, noActivity, low}));
    QVERIFY(o.needsCheck <= r.inventory.size());
    QVERIFY(!o.campaign); // no campaign features yet
}

void TestOverview::decisionMovesFigures()
{
    Region r = makeRegion(1500, 23);
    const Overview o = computeOverview(r.inventory, r.plan);
    // Keep an item the recommender wanted to shut down, with low confidence if there is one.
    int row = -1;
    for (int i = 0; i < r.inventory.size() && row < 0; ++i)
        if (unsure(r.plan.decisions[std::size_t(i)], false))
            row = i;
    const bool wasLow = row >= 0;
    for (int i = 0; i < r.inventory.size() && row < 0; ++i)
        if (leavesCount(r.plan.decisions[std::size_t(i)].action))
            row = i;
    QVERIFY(row >= 0);
    const Decision before = r.plan.decisions[std::size_t(row)];
    Override ov;
    ov.itemId = r.inventory.at(row).id;
    ov.action = Action::Keep;
    ov.reason = QStringLiteral("still in use");
    r.plan.overrides.push_back(ov);
    applyOverrides(r.inventory, r.plan);
    const Overview after = computeOverview(r.inventory, r.plan);
    QCOMPARE(after.changing, o.changing - 1);
    const int k = int(r.inventory.at(row).kind);
    if (leavesCount(before.action))
        QCOMPARE(after.summary.after.perKind[std::size_t(k)], o.summary.after.perKind[std::size_t(k)] + 1);
    // A decided item is no longer unsure.
    QCOMPARE(after.perCheck[5], o.perCheck[5] - (wasLow ? 1 : 0));
    const QString owner = r.inventory.at(row).owner;
    for (const OverviewUnit &u : after.unitsByItems)
        if (u.owner == owner)
            QCOMPARE(u.items, [&] { for (const OverviewUnit &v : o.unitsByItems) if (v.owner == owner) return v.items; return -1; }());
}

void TestOverview::missingFieldsFlagged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("bit");
    QTest::newRow("owner blank") << "owner" << int(CheckFlag::NoOwner);
    QTest::newRow("owner given as 无") << "owner无" << int(CheckFlag::NoOwner);
    QTest::newRow("level unknown") << "level" << int(CheckFlag::NoLevel);
    QTest::newRow("no functions") << "functions" << int(CheckFlag::NoFunctions);
    QTest::newRow("no activity date nor post count") << "activity" << int(CheckFlag::NoActivity);
    QTest::newRow("app without monthly active users") << "usage" << int(CheckFlag::NoUsage);
}

void TestOverview::missingFieldsFlagged()
{
    QFETCH(QString, field);
    QFETCH(int, bit);
    Item it;
    it.kind = Kind::App;
    it.owner = QStringLiteral("青溪县民政局");
    it.level = Level::County;
    it.functions = {QStringLiteral("政务服务")};
    it.lastActive = QDate(2026, 5, 1);
    it.activeUsers = 300;
    QCOMPARE(int(checkFlags(it, Action::Keep, 1.0, false)), 0);
    if (field == u"owner")
        it.owner = QStringLiteral("  ");
    else if (field == u"owner无")
        it.owner = QStringLiteral(" 无 ");
    else if (field == u"level")
        it.level.reset();
    else if (field == u"functions")
        it.functions.clear();
    else if (field == u"activity")
        it.lastActive = QDate();
    else if (field == u"usage")
        it.activeUsers.reset();
    QCOMPARE(int(checkFlags(it, Action::Keep, 1.0, false)), bit);
    // Low confidence needs a change that nobody has decided on yet.
    QCOMPARE(int(checkFlags(it, Action::Shutdown, 0.6, false)), bit | int(CheckFlag::LowConfidence));
    QCOMPARE(int(checkFlags(it, Action::Shutdown, 0.6, true)), bit);
    QCOMPARE(int(checkFlags(it, Action::Keep, 0.6, false)), bit);
    QCOMPARE(int(checkFlags(it, Action::Shutdown, 0.9, false)), bit);
    // Usage is an app figure: a group without it lacks nothing.
    it.kind = Kind::Group;
    QCOMPARE(int(checkFlags(it, Action::Keep, 1.0, false)), field == u"usage" ? 0 : bit);
}

void TestOverview::emptyRegion()
{
    const Overview o = computeOverview(Inventory(), Plan());
    QCOMPARE(o.items, 0);
    QVERIFY(o.topRules.empty());
    QVERIFY(o.unitsByItems.empty());
    QCOMPARE(o.needsCheck, 0);
    // Decisions missing for some items (a plan still being made) are not a crash.
    Region r = makeRegion(200, 5);
    r.plan.decisions.resize(50);
    const Overview partial = computeOverview(r.inventory, r.plan);
    QCOMPARE(partial.items, 200);
    QVERIFY(partial.changing <= 50);
}

void TestOverview::largeRegionCountsEveryItem()
{
    // Its speed is measured by the benchmark, not here: this checks the large case is whole.
    const Region r = makeRegion(100000, 11);
    const Overview o = computeOverview(r.inventory, r.plan);
    QCOMPARE(o.items, 100000);
}

QTEST_GUILESS_MAIN(TestOverview)
#include "test_overview.moc"
