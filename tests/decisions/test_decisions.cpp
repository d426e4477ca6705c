// Decisions, fast and recorded (issue #18 part 2), in the core: the one override applier, the
// summary kept up to date decision by decision, and the project's append-only decision log with
// the overrides it leaves in force.
#include "plan/overrideapply.h"
#include "plan/planner.h"
#include "plan/summarytally.h"
#include "store/projectstore.h"
#include "synth/generator.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

constexpr std::array<Action, 5> kActions{Action::Keep, Action::Rectify, Action::Merge, Action::Migrate,
                                         Action::Shutdown};

void compareSummaries(const PlanSummary &got, const PlanSummary &want)
{
    QCOMPARE(got.before.perKind, want.before.perKind);
    QCOMPARE(got.after.perKind, want.after.perKind);
    for (int l = 0; l <= kLevelCount; ++l) {
        QCOMPARE(got.beforeByLevel[std::size_t(l)].perKind, want.beforeByLevel[std::size_t(l)].perKind);
        QCOMPARE(got.afterByLevel[std::size_t(l)].perKind, want.afterByLevel[std::size_t(l)].perKind);
    }
    QCOMPARE(got.reductionPct, want.reductionPct);
    QCOMPARE(got.reductionPctTotal, want.reductionPctTotal);
    QCOMPARE(got.annualCostUnknown, want.annualCostUnknown);
    QCOMPARE(got.dataItemsBefore, want.dataItemsBefore);
    QCOMPARE(got.dataItemsAfter, want.dataItemsAfter);
    // Added and taken away in another order than the fresh count: equal up to rounding.
    QVERIFY2(std::abs(got.annualCostSaved - want.annualCostSaved) <= 1e-6 * std::max(1.0, std::abs(want.annualCostSaved)),
             qPrintable(QStringLiteral("%1 vs %2").arg(got.annualCostSaved, 0, 'f', 6).arg(want.annualCostSaved, 0, 'f', 6)));
}

Item item(const QString &id, Kind kind, std::optional<double> cost, QStringList data)
{
    Item it;
    it.id = id;
    it.name = QStringLiteral("应用") + id;
    it.kind = kind;
    it.owner = QStringLiteral("青溪县民政局");
    it.level = Level::County;
    it.annualCost = cost;
    it.dataItems = std::move(data);
    return it;
}

DecisionLogEntry entry(const QString &itemId, std::optional<Action> from, std::optional<Action> to,
                       const QString &reason, DecisionLogEntry::Kind kind = DecisionLogEntry::Kind::Decide)
{
    DecisionLogEntry e;
    e.itemId = itemId;
    e.who = QStringLiteral("张科长");
    e.when = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    e.oldAction = from;
    e.newAction = to;
    e.newTarget = to == Action::Merge ? QStringLiteral("a1") : QString();
    e.reason = reason;
    e.kind = kind;
    return e;
}

std::unique_ptr<ProjectStore> openStore(const QString &path)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

// A project of `n` items a0…a(n-1), all recommended to keep.
std::unique_ptr<ProjectStore> makeProject(const QString &path, int n)
{
    std::unique_ptr<ProjectStore> store = openStore(path);
    Inventory inv;
    for (int i = 0; i < n; ++i)
        inv.upsert(item(QStringLiteral("a%1").arg(i), Kind::App, 1.0, {}));
    QString error;
    if (!store || !store->importInventory(inv, ImportReport{}, {}, nullptr, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return store;
}

int rawCount(ProjectStore &store, const QString &table)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT
private slots:
    void applierKeepsTheRecommendation_data();
    void applierKeepsTheRecommendation();
    void tallyFollowsRandomDecisions_data();
    void tallyFollowsRandomDecisions();
    void tallyCountsSharedDataItems();
    void logAppendsAndAppliesOverrides();
    void bulkEntriesShareOneBatch();
    void logRefusesUpdateAndDelete_data();
    void logRefusesUpdateAndDelete();
    void failedWriteChangesNothing();
    void reopenRestoresLogAndOverrides();
    void logJoinsAnEnclosingSave();
};

void TestDecisions::applierKeepsTheRecommendation_data()
{
    QTest::addColumn<std::optional<Action>>("overrideAction");
    QTest::addColumn<int>("wantAction");
    QTest::addColumn<bool>("recommendationKept");
    QTest::newRow("override to keep") << std::optional<Action>(Action::Keep) << int(Action::Keep) << true;
    QTest::newRow("override accepting the recommendation")
        << std::optional<Action>(Action::Shutdown) << int(Action::Shutdown) << true;
    QTest::newRow("no override: back to the recommendation") << std::optional<Action>() << int(Action::Shutdown) << false;
}

void TestDecisions::applierKeepsTheRecommendation()
{
    QFETCH(std::optional<Action>, overrideAction);
    QFETCH(int, wantAction);
    QFETCH(bool, recommendationKept);
    Decision d;
    d.action = Action::Merge; // what an earlier override left
    d.target = QStringLiteral("a1");
    d.recommendedAction = Action::Shutdown;
    std::optional<Override> o;
    if (overrideAction)
        o = Override{QStringLiteral("z"), *overrideAction, QString(), QStringLiteral("县委要求"), {}, {}};
    for (int pass = 0; pass < 2; ++pass) { // applying twice = once
        applyOverride(d, o ? &*o : nullptr, recommendationOf(d));
        QCOMPARE(int(d.action), wantAction);
        QVERIFY(d.target.isEmpty());
        QCOMPARE(bool(d.recommendedAction), recommendationKept);
        QCOMPARE(recommendationOf(d).action, Action::Shutdown);
    }
}

void TestDecisions::tallyFollowsRandomDecisions_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("decisions");
    QTest::newRow("generated region of 300, 2,000 decisions") << 300 << quint64(7) << 2000;
    QTest::newRow("generated region of 3,000, 5,000 decisions") << 3000 << quint64(11) << 5000;
    QTest::newRow("one item decided back and forth") << 1 << quint64(3) << 200;
}

void TestDecisions::tallyFollowsRandomDecisions()
{
    QFETCH(int, items);
    QFETCH(quint64, seed);
    QFETCH(int, decisions);
    GeneratorOptions options;
    options.items = items;
    options.seed = seed;
    const Inventory inv = generateInventory(options);
    QCOMPARE(inv.size(), items);
    Plan plan;
    plan.decisions.resize(std::size_t(items));
    QRandomGenerator rng{quint32(seed)};
    for (Decision &d : plan.decisions)
        d.action = kActions[rng.bounded(int(kActions.size()))];
    SummaryTally tally(inv, plan.decisions);
    computeSummary(inv, plan);
    compareSummaries(tally.summary(), plan.summary);
    for (int i = 0; i < decisions; ++i) {
        const int row = rng.bounded(items);
        const Action next = kActions[rng.bounded(int(kActions.size()))];
        tally.update(row, plan.decisions[std::size_t(row)].action, next);
        plan.decisions[std::size_t(row)].action = next;
        if (i % 500 == 499 || i == decisions - 1) {
            computeSummary(inv, plan);
            compareSummaries(tally.summary(), plan.summary);
            if (QTest::currentTestFailed())
                return;
        }
    }
    tally.update(-1, Action::Keep, Action::Shutdown); // out of range: ignored
    tally.update(items, Action::Keep, Action::Shutdown);
    compareSummaries(tally.summary(), plan.summary);
}

// The distinct data items after the plan drop only when the last item still collecting one shuts
// down, and the saving is exactly 0 again once no leaving item has a cost.
void TestDecisions::tallyCountsSharedDataItems()
{
    Inventory inv;
    inv.upsert(item(QStringLiteral("a"), Kind::App, 2.5, {QStringLiteral("户籍人口"), QStringLiteral("低保户数")}));
    inv.upsert(item(QStringLiteral("b"), Kind::App, 0.1, {QStringLiteral(" 户籍 人口 ")}));
    inv.upsert(item(QStringLiteral("c"), Kind::Group, std::nullopt, {QStringLiteral("低保户数")}));
    std::vector<Decision> d(3);
    SummaryTally t(inv, d);
    QCOMPARE(t.summary().dataItemsBefore, 4);
    QCOMPARE(t.summary().dataItemsAfter, 2);
    t.update(0, Action::Keep, Action::Shutdown);
    QCOMPARE(t.summary().dataItemsAfter, 2); // b and c still collect both
    QCOMPARE(t.summary().annualCostSaved, 2.5);
    t.update(1, Action::Keep, Action::Merge);
    QCOMPARE(t.summary().dataItemsAfter, 2); // a merge carries its data items over
    t.update(1, Action::Merge, Action::Shutdown);
    QCOMPARE(t.summary().dataItemsAfter, 1);
    t.update(2, Action::Keep, Action::Shutdown);
    QCOMPARE(t.summary().dataItemsAfter, 0);
    QCOMPARE(t.summary().annualCostUnknown, 1);
    QCOMPARE(t.summary().after.total(), 0);
    QCOMPARE(t.summary().reductionPctTotal, 100.0);
    t.update(0, Action::Shutdown, Action::Keep);
    t.update(1, Action::Shutdown, Action::Rectify);
    QCOMPARE(t.summary().annualCostSaved, 0.0);
    QCOMPARE(t.summary().dataItemsAfter, 2);
}

void TestDecisions::logAppendsAndAppliesOverrides()
{
    QTemporaryDir dir;
    auto store = makeProject(dir.filePath(QStringLiteral("p.slimplan")), 3);
    QVERIFY(store);
    using K = DecisionLogEntry::Kind;
    std::vector<DecisionLogEntry> first{entry("a0", std::nullopt, Action::Shutdown, "无人使用"),
                                        entry("a1", std::nullopt, Action::Merge, "并入政务通")};
    QString error;
    QVERIFY2(store->recordDecisions(first, &error), qPrintable(error));
    QVERIFY(first[0].id > 0);
    QCOMPARE(first[1].id, first[0].id + 1);
    std::vector<Override> overrides = store->overrides();
    QCOMPARE(overrides.size(), std::size_t(2));
    // Latest decision per item: a0 changes its mind, a1 goes back to the recommendation.
    std::vector<DecisionLogEntry> second{entry("a0", Action::Shutdown, Action::Rectify, "整改后保留"),
                                         entry("a1", Action::Merge, std::nullopt, QString(), K::Revert)};
    QVERIFY2(store->recordDecisions(second, &error), qPrintable(error));
    overrides = store->overrides();
    QCOMPARE(overrides.size(), std::size_t(1));
    QCOMPARE(overrides[0].itemId, QStringLiteral("a0"));
    QCOMPARE(overrides[0].action, Action::Rectify);
    QCOMPARE(overrides[0].reason, QStringLiteral("整改后保留"));
    QCOMPARE(overrides[0].who, QStringLiteral("张科长"));

    const std::vector<DecisionLogEntry> log = store->decisionLog();
    QCOMPARE(log.size(), std::size_t(4));
    QCOMPARE(log[0].itemId, QStringLiteral("a0"));
    QVERIFY(!log[0].oldAction);
    QCOMPARE(log[0].newAction, std::optional<Action>(Action::Shutdown));
    QCOMPARE(log[1].newTarget, QStringLiteral("a1"));
    QCOMPARE(log[2].oldAction, std::optional<Action>(Action::Shutdown));
    QCOMPARE(log[2].newAction, std::optional<Action>(Action::Rectify));
    QCOMPARE(log[3].kind, K::Revert);
    QVERIFY(!log[3].newAction);
    QCOMPARE(log[3].when, QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    QCOMPARE(store->decisionLog(log[1].id).size(), std::size_t(2)); // after an id
    QVERIFY(store->decisionLog(log[3].id).empty());
}

void TestDecisions::bulkEntriesShareOneBatch()
{
    QTemporaryDir dir;
    auto store = makeProject(dir.filePath(QStringLiteral("p.slimplan")), 2000);
    QVERIFY(store);
    std::vector<DecisionLogEntry> bulk;
    for (int i = 0; i < 2000; ++i)
        bulk.push_back(entry(QStringLiteral("a%1").arg(i), std::nullopt, Action::Shutdown, "批量关停"));
    std::vector<DecisionLogEntry> alone{entry("a5", Action::Shutdown, Action::Keep, "保留")};
    QString error;
    QVERIFY2(store->recordDecisions(bulk, &error), qPrintable(error));
    QVERIFY2(store->recordDecisions(alone, &error), qPrintable(error));
    QCOMPARE(bulk.front().batch, bulk.front().id);
    QCOMPARE(bulk.back().batch, bulk.front().id);
    QCOMPARE(alone.front().batch, qint64(0));
    const std::vector<DecisionLogEntry> log = store->decisionLog();
    QCOMPARE(log.size(), std::size_t(2001));
    QCOMPARE(log[1999].batch, log[0].id);
    QCOMPARE(log[2000].batch, qint64(0));
    QCOMPARE(store->overrides().size(), std::size_t(2000)); // one per item, a5 replaced
    QCOMPARE(rawCount(*store, QStringLiteral("overrides WHERE item_id = 'a5' AND action = 'keep'")), 1);
}

void TestDecisions::logRefusesUpdateAndDelete_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update a reason") << QStringLiteral("UPDATE decision_log SET reason = 'rewritten'");
    QTest::newRow("delete one entry") << QStringLiteral("DELETE FROM decision_log WHERE id = 1");
    QTest::newRow("delete the whole log") << QStringLiteral("DELETE FROM decision_log");
}

void TestDecisions::logRefusesUpdateAndDelete()
{
    QFETCH(QString, sql);
    QTemporaryDir dir;
    auto store = makeProject(dir.filePath(QStringLiteral("p.slimplan")), 2);
    QVERIFY(store);
    std::vector<DecisionLogEntry> e{entry("a0", std::nullopt, Action::Shutdown, "无人使用")};
    QVERIFY(store->recordDecisions(e));
    QSqlQuery q(store->database());
    QVERIFY(!q.exec(sql));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
    const std::vector<DecisionLogEntry> log = store->decisionLog();
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].reason, QStringLiteral("无人使用"));
}

// A write that fails part-way (here: the 3rd override row is refused) leaves neither log entries
// nor overrides behind, and says why.
void TestDecisions::failedWriteChangesNothing()
{
    QTemporaryDir dir;
    auto store = makeProject(dir.filePath(QStringLiteral("p.slimplan")), 5);
    QVERIFY(store);
    std::vector<DecisionLogEntry> before{entry("a4", std::nullopt, Action::Keep, "保留")};
    QVERIFY(store->recordDecisions(before));
    {
        QSqlQuery q(store->database());
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON overrides"
                                       " WHEN NEW.item_id = 'a2' BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                 qPrintable(q.lastError().text()));
    }
    std::vector<DecisionLogEntry> bulk;
    for (int i = 0; i < 5; ++i)
        bulk.push_back(entry(QStringLiteral("a%1").arg(i), std::nullopt, Action::Shutdown, "批量关停"));
    QString error;
    QVERIFY(!store->recordDecisions(bulk, &error));
    QVERIFY2(error.contains(QStringLiteral("disk full")) && error.contains(store->path()), qPrintable(error));
    QCOMPARE(bulk[0].id, qint64(0)); // the caller's entries did not get ids
    QCOMPARE(store->decisionLog().size(), std::size_t(1));
    const std::vector<Override> overrides = store->overrides();
    QCOMPARE(overrides.size(), std::size_t(1));
    QCOMPARE(overrides[0].action, Action::Keep);
}

void TestDecisions::reopenRestoresLogAndOverrides()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.slimplan"));
    {
        auto store = makeProject(path, 3);
        QVERIFY(store);
        std::vector<DecisionLogEntry> e{entry("a0", std::nullopt, Action::Shutdown, "无人使用"),
                                        entry("a2", std::nullopt, Action::Merge, "并入政务通")};
        QVERIFY(store->recordDecisions(e));
        std::vector<DecisionLogEntry> undo{entry("a2", Action::Merge, std::nullopt, QString(), DecisionLogEntry::Kind::Undo)};
        QVERIFY(store->recordDecisions(undo));
    }
    auto store = openStore(path);
    QVERIFY(store);
    const std::vector<DecisionLogEntry> log = store->decisionLog();
    QCOMPARE(log.size(), std::size_t(3));
    QCOMPARE(log[2].kind, DecisionLogEntry::Kind::Undo);
    QCOMPARE(log[1].reason, QStringLiteral("并入政务通"));
    const std::vector<Override> overrides = store->overrides();
    QCOMPARE(overrides.size(), std::size_t(1));
    QCOMPARE(overrides[0].itemId, QStringLiteral("a0"));
    QCOMPARE(overrides[0].action, Action::Shutdown);
}

// Inside a transaction of its caller (a save) the log joins it: a rollback takes it away too.
void TestDecisions::logJoinsAnEnclosingSave()
{
    QTemporaryDir dir;
    auto store = makeProject(dir.filePath(QStringLiteral("p.slimplan")), 2);
    QVERIFY(store);
    QVERIFY(store->database().transaction());
    std::vector<DecisionLogEntry> e{entry("a0", std::nullopt, Action::Shutdown, "无人使用")};
    QVERIFY(store->recordDecisions(e));
    QCOMPARE(store->decisionLog().size(), std::size_t(1));
    QVERIFY(store->database().rollback());
    QVERIFY(store->decisionLog().empty());
    QVERIFY(store->overrides().empty());
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "test_decisions.moc"
