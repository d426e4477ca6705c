// Tracking the plan's actions (issue #18, parts 4 and 5): the store keeps each item's steps and
// state across reopening, the Notified step fixes the deadline per action from the profile,
// overdue is counted on a given day, a done item a later snapshot still holds is flagged, and
// `slimplan-cli track` records --set steps and returned progress sheets and writes the progress by
// unit; `plan --json` carries tracking and deadline on every item.
#include "trackingfixture.h"
#include "../common/clirun.h"

#include "import/importer.h"
#include "import/tablesource.h"
#include "report/trackingprogress.h"
#include "store/projectstore.h"

#include <QTemporaryDir>

using namespace slimplan;
using namespace slimplan::testing;

namespace {
const QString kData = QStringLiteral(SLIMPLAN_TEST_DATA "/tracking/");
} // namespace

class TestTracking : public QObject
{
    Q_OBJECT
private slots:
    void store_statesMoveAndSurviveReopen();
    void store_historyOnlyGrows();
    void store_unknownItemRecordsNothing();
    void store_deadlinePerAction_data();
    void store_deadlinePerAction();
    void store_laterStepsKeepTheDeadline();
    void progress_countsPerUnitAndKind();
    void progress_overdueOnDate_data();
    void progress_overdueOnDate();
    void progress_doneButStillPresent();
    void cli_setAndJson();
    void cli_setUnknownRecordsNothing_data();
    void cli_setUnknownRecordsNothing();
    void cli_importProgressSheets();
    void cli_importBadSheetReportsRows();
    void cli_xlsxByUnit();
    void cli_doneStillInLaterSnapshot();
    void cli_planJsonHasTrackingAndDeadline();

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    QString newProjectPath() { return m_dir.filePath(QStringLiteral("p%1.slimplan").arg(++m_projects)); }
};

void TestTracking::store_statesMoveAndSurviveReopen()
{
    const QString path = newProjectPath();
    {
        auto store = makeProject(path);
        QVERIFY(store);
        QString error;
        // A verification that fails sends the item back to in progress.
        QVERIFY2(store->recordTracking({step("a1", TrackingState::Notified, QDate(2026, 11, 1)),
                                        step("a1", TrackingState::InProgress, QDate(2026, 11, 5)),
                                        step("a1", TrackingState::Done, QDate(2026, 11, 20)),
                                        step("a1", TrackingState::InProgress, QDate(2026, 11, 22),
                                             QStringLiteral("核验未通过"))},
                                       &error, nullptr),
                 qPrintable(error));
        QVERIFY(store->recordTracking({step("b1", TrackingState::Done, QDate(2026, 11, 30))}, &error));
    }
    QString error;
    auto reopened = ProjectStore::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const std::vector<TrackingStatus> states = reopened->trackingStates();
    QCOMPARE(states.size(), std::size_t(2)); // items never tracked have no row: planned
    const auto a1 = statusOf(*reopened, QStringLiteral("a1"));
    QVERIFY(a1);
    QCOMPARE(a1->state, TrackingState::InProgress);
    QCOMPARE(a1->date, QDate(2026, 11, 22));
    QCOMPARE(a1->note, QStringLiteral("核验未通过"));
    QCOMPARE(statusOf(*reopened, QStringLiteral("b1"))->state, TrackingState::Done);
    QVERIFY(!statusOf(*reopened, QStringLiteral("a2")));

    const std::vector<TrackingEvent> history = reopened->trackingHistory(QStringLiteral("a1"));
    QCOMPARE(history.size(), std::size_t(4));
    QCOMPARE(history[0].state, TrackingState::Notified);
    QCOMPARE(history[2].state, TrackingState::Done);
    QCOMPARE(history[2].date, QDate(2026, 11, 20));
    QCOMPARE(history[3].state, TrackingState::InProgress);
    QVERIFY(history[3].when.isValid());
    QCOMPARE(reopened->trackingHistory().size(), std::size_t(5));
}

void TestTracking::store_historyOnlyGrows()
{
    auto store = makeProject(newProjectPath());
    QVERIFY(store);
    QString error;
    TrackingEvent first = step("a2", TrackingState::Notified, QDate(2026, 11, 1), QStringLiteral("第一次"));
    first.evidence = QStringLiteral("通知.pdf");
    first.who = QStringLiteral("张三");
    QVERIFY(store->recordTracking({first}, &error));
    const std::vector<TrackingEvent> before = store->trackingHistory();
    QCOMPARE(before.size(), std::size_t(1));
    QVERIFY(store->recordTracking({step("a2", TrackingState::Planned), step("a2", TrackingState::Done)}, &error));
    const std::vector<TrackingEvent> after = store->trackingHistory();
    QCOMPARE(after.size(), std::size_t(3));
    // The first step is kept as it was, with its evidence and who recorded it.
    QCOMPARE(after[0].id, before[0].id);
    QCOMPARE(after[0].state, TrackingState::Notified);
    QCOMPARE(after[0].note, QStringLiteral("第一次"));
    QCOMPARE(after[0].evidence, QStringLiteral("通知.pdf"));
    QCOMPARE(after[0].who, QStringLiteral("张三"));
    QVERIFY(after[1].id > after[0].id && after[2].id > after[1].id);
}

void TestTracking::store_unknownItemRecordsNothing()
{
    auto store = makeProject(newProjectPath());
    QVERIFY(store);
    QString error;
    QVERIFY(!store->recordTracking({step("a1", TrackingState::Done), step("nope", TrackingState::Done)}, &error));
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    QVERIFY(store->trackingHistory().empty());
    QVERIFY(store->trackingStates().empty());
}

void TestTracking::store_deadlinePerAction_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("overrideTo"); // "" = the plan's decision stands
    QTest::addColumn<QDate>("notifiedOn");
    QTest::addColumn<QDate>("deadline");
    const QDate nov1(2026, 11, 1);
    QTest::newRow("shutdown: 30 days") << "a1" << "" << nov1 << QDate(2026, 12, 1);
    QTest::newRow("merge: 90 days") << "a2" << "" << nov1 << QDate(2027, 1, 30);
    QTest::newRow("rectify: 60 days") << "a3" << "" << nov1 << QDate(2026, 12, 31);
    QTest::newRow("migrate: 90 days") << "b1" << "" << nov1 << QDate(2027, 1, 30);
    QTest::newRow("keep: no deadline") << "a4" << "" << nov1 << QDate();
    QTest::newRow("the latest override decides: shutdown made rectify") << "b2" << "rectify" << nov1
                                                                         << QDate(2026, 12, 31);
    QTest::newRow("no date given: from today") << "b2" << "" << QDate() << QDate::currentDate().addDays(30);
}

void TestTracking::store_deadlinePerAction()
{
    QFETCH(QString, item);
    QFETCH(QString, overrideTo);
    QFETCH(QDate, notifiedOn);
    QFETCH(QDate, deadline);
    auto store = makeProject(newProjectPath());
    QVERIFY(store);
    QString error;
    if (!overrideTo.isEmpty()) {
        Override o;
        o.itemId = item;
        o.action = Action::Merge; // an earlier override, replaced by the later one
        QVERIFY(store->addOverride(o, &error));
        o.action = *actionFromName(overrideTo);
        QVERIFY(store->addOverride(o, &error));
    }
    const PolicyProfile profile; // shut down 30, merge/migrate 90, rectify 60
    TrackingEvent e = step("", TrackingState::Notified, notifiedOn);
    e.itemId = item;
    QVERIFY2(store->recordTracking({e}, &error, &profile), qPrintable(error));
    QCOMPARE(statusOf(*store, item)->deadline, deadline);
}

void TestTracking::store_laterStepsKeepTheDeadline()
{
    auto store = makeProject(newProjectPath());
    QVERIFY(store);
    QString error;
    PolicyProfile profile;
    profile.shutdownDeadlineDays = 10;
    QVERIFY(store->recordTracking({step("a1", TrackingState::Notified, QDate(2026, 11, 1))}, &error, &profile));
    QCOMPARE(statusOf(*store, QStringLiteral("a1"))->deadline, QDate(2026, 11, 11));
    QVERIFY(store->recordTracking({step("a1", TrackingState::InProgress, QDate(2026, 11, 5))}, &error, &profile));
    QCOMPARE(statusOf(*store, QStringLiteral("a1"))->deadline, QDate(2026, 11, 11));
    // Back to planned: not notified any more, so no deadline.
    QVERIFY(store->recordTracking({step("a1", TrackingState::Planned)}, &error, &profile));
    QVERIFY(!statusOf(*store, QStringLiteral("a1"))->deadline.isValid());
}

void TestTracking::progress_countsPerUnitAndKind()
{
    const Fixture f = makeFixture();
    std::vector<TrackingStatus> states{
        {QStringLiteral("a1"), TrackingState::Done, {}, {}, {}},
        {QStringLiteral("a2"), TrackingState::InProgress, {}, {}, {}},
        {QStringLiteral("a4"), TrackingState::Done, {}, {}, {}}, // keep: no action to take, not counted
        {QStringLiteral("b2"), TrackingState::Verified, {}, {}, {}},
        {QStringLiteral("gone"), TrackingState::Done, {}, {}, {}}, // not in the inventory: ignored
    };
    const TrackingProgress p = computeTrackingProgress(f.inventory, f.plan, states, QDate(2026, 12, 1));
    QCOMPARE(p.units.size(), std::size_t(3));
    QCOMPARE(p.units[0].owner, kUnitA); // in the order the units' first actions appear
    QCOMPARE(p.units[1].owner, kUnitB);
    QCOMPARE(p.units[2].owner, QString());
    const UnitProgress &a = p.units[0];
    QCOMPARE(a.actions(), 3);
    QCOMPARE(a.count(TrackingState::Done), 1);
    QCOMPARE(a.count(TrackingState::InProgress), 1);
    QCOMPARE(a.count(TrackingState::Planned), 1);
    QCOMPARE(a.count(Kind::App, TrackingState::Done), 1);
    QCOMPARE(a.count(Kind::Account, TrackingState::InProgress), 1);
    QCOMPARE(a.count(Kind::Group, TrackingState::Planned), 1);
    const UnitProgress &b = p.units[1];
    QCOMPARE(b.actions(), 2);
    QCOMPARE(b.count(TrackingState::Verified), 1);
    QCOMPARE(b.count(Kind::App, TrackingState::Planned), 1);
    QCOMPARE(p.total.actions(), 6);
    QCOMPARE(p.total.count(TrackingState::Planned), 3);
    QCOMPARE(p.total.count(Kind::App, TrackingState::Planned), 2); // b1 and c1
    QCOMPARE(p.items.size(), std::size_t(6));
    QCOMPARE(p.items[0].row, 0);
    QCOMPARE(p.items[0].status.state, TrackingState::Done);
    QCOMPARE(p.items[3].status.itemId, QStringLiteral("b1")); // untracked: planned, with its id
    QCOMPARE(p.items[3].status.state, TrackingState::Planned);
}

void TestTracking::progress_overdueOnDate_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");
    const int notified = int(TrackingState::Notified);
    QTest::newRow("before the deadline") << notified << QDate(2026, 11, 30) << false;
    QTest::newRow("on the deadline day") << notified << QDate(2026, 12, 1) << false;
    QTest::newRow("the day after") << notified << QDate(2026, 12, 2) << true;
    QTest::newRow("in progress, late") << int(TrackingState::InProgress) << QDate(2027, 1, 1) << true;
    QTest::newRow("done, late: not overdue") << int(TrackingState::Done) << QDate(2027, 1, 1) << false;
    QTest::newRow("verified, late: not overdue") << int(TrackingState::Verified) << QDate(2027, 1, 1) << false;
}

void TestTracking::progress_overdueOnDate()
{
    QFETCH(int, state);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    const Fixture f = makeFixture();
    const std::vector<TrackingStatus> states{
        {QStringLiteral("a1"), TrackingState(state), QDate(2026, 11, 1), QDate(2026, 12, 1), {}},
        {QStringLiteral("b1"), TrackingState::Notified, QDate(2026, 11, 1), QDate(2027, 6, 1), {}},
    };
    const TrackingProgress p = computeTrackingProgress(f.inventory, f.plan, states, today);
    QCOMPARE(p.items[0].overdue, overdue);
    QCOMPARE(unitNamed(p, kUnitA)->overdue, overdue ? 1 : 0);
    QCOMPARE(unitNamed(p, kUnitB)->overdue, 0);
    QCOMPARE(p.total.overdue, overdue ? 1 : 0);
}

void TestTracking::progress_doneButStillPresent()
{
    const Fixture f = makeFixture();
    const std::vector<TrackingStatus> states{
        {QStringLiteral("a1"), TrackingState::Done, {}, {}, {}},     // shut down, still there
        {QStringLiteral("a3"), TrackingState::Verified, {}, {}, {}}, // rectified: it stays, rightly
        {QStringLiteral("b2"), TrackingState::Done, {}, {}, {}},     // shut down and really gone
        {QStringLiteral("b1"), TrackingState::InProgress, {}, {}, {}}, // not done yet
    };
    const QSet<QString> later{QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("b1"), QStringLiteral("a4")};
    const TrackingProgress p = computeTrackingProgress(f.inventory, f.plan, states, QDate(2026, 12, 1), &later);
    QStringList flagged;
    for (const ItemProgress &i : p.items)
        if (i.stillPresent)
            flagged << i.status.itemId;
    QCOMPARE(flagged, QStringList{QStringLiteral("a1")});
    QCOMPARE(unitNamed(p, kUnitA)->stillPresent, 1);
    QCOMPARE(unitNamed(p, kUnitB)->stillPresent, 0);
    QCOMPARE(p.total.stillPresent, 1);
    // Without a later snapshot nothing can be flagged.
    const TrackingProgress none = computeTrackingProgress(f.inventory, f.plan, states, QDate(2026, 12, 1));
    QCOMPARE(none.total.stillPresent, 0);
}

void TestTracking::cli_setAndJson()
{
    const QString path = newProjectPath();
    QVERIFY(makeProject(path));
    const QString json = m_dir.filePath(QStringLiteral("set.json"));
    const auto run = cli({QStringLiteral("track"), QStringLiteral("--project"), path,
                          QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                          QStringLiteral("--set"), QStringLiteral("a1=notified"),
                          QStringLiteral("--set"), QStringLiteral("a2=in_progress"),
                          QStringLiteral("--set"), QStringLiteral("b1=done"), QStringLiteral("--date"),
                          QStringLiteral("2026-11-20"), QStringLiteral("--note"), QStringLiteral("已迁移"),
                          QStringLiteral("--evidence"), QStringLiteral("迁移证明.pdf"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-12-05"),
                          QStringLiteral("--json"), json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject doc = readJson(json);
    // a1 shut down, notified 2026-11-01: deadline 2026-12-01, overdue on 2026-12-05.
    QCOMPARE(countsOf(unitOf(doc, kUnitA)), (QList<int>{1, 1, 1, 0, 0, 1}));
    QCOMPARE(countsOf(unitOf(doc, kUnitB)), (QList<int>{1, 0, 0, 1, 0, 0}));
    QCOMPARE(countsOf(unitOf(doc, QString())), (QList<int>{1, 0, 0, 0, 0, 0}));
    QCOMPARE(countsOf(doc.value(QStringLiteral("total")).toObject()), (QList<int>{3, 1, 1, 1, 0, 1}));
    QCOMPARE(unitOf(doc, kUnitA).value(QStringLiteral("by_kind")).toObject().value(QStringLiteral("app"))
                 .toObject().value(QStringLiteral("notified")).toInt(), 1);
    const QJsonArray overdue = doc.value(QStringLiteral("overdue_items")).toArray();
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
    QCOMPARE(overdue[0].toObject().value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-01"));

    QString error;
    auto store = ProjectStore::open(path, &error);
    const std::vector<TrackingEvent> b1 = store->trackingHistory(QStringLiteral("b1"));
    QCOMPARE(b1.size(), std::size_t(1));
    QCOMPARE(b1[0].date, QDate(2026, 11, 20)); // its own --date, not the one before every --set
    QCOMPARE(b1[0].note, QStringLiteral("已迁移"));
    QCOMPARE(b1[0].evidence, QStringLiteral("迁移证明.pdf"));
    QCOMPARE(store->trackingHistory(QStringLiteral("a2"))[0].date, QDate(2026, 11, 1));
}

void TestTracking::cli_setUnknownRecordsNothing_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << "zz9=done" << 1 << "zz9";
    QTest::newRow("unknown state") << "a1=finished" << 1 << "finished";
    QTest::newRow("no state") << "a1" << 2 << "ID=STATE";
}

void TestTracking::cli_setUnknownRecordsNothing()
{
    QFETCH(QString, set);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = newProjectPath();
    QVERIFY(makeProject(path));
    const auto run = cli({QStringLiteral("track"), QStringLiteral("--project"), path, QStringLiteral("--set"),
                          QStringLiteral("b1=done"), QStringLiteral("--set"), set});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY(store->trackingHistory().empty()); // not even the good b1=done
}

void TestTracking::cli_importProgressSheets()
{
    const QString path = newProjectPath();
    QVERIFY(makeProject(path));
    const QString json = m_dir.filePath(QStringLiteral("import.json"));
    const QStringList args{QStringLiteral("track"), QStringLiteral("--project"), path,
                           QStringLiteral("--import"), kData + QStringLiteral("progress_a.xlsx"),
                           QStringLiteral("--import"), kData + QStringLiteral("progress_b.csv"),
                           QStringLiteral("--json"), json};
    const auto run = cli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject doc = readJson(json);
    // A: a1 已完成, a2 整改中, a3 (by name) 已核验; a4 is kept. B: b1 整改中, b2 未开始 = notified.
    QCOMPARE(countsOf(unitOf(doc, kUnitA)), (QList<int>{0, 0, 1, 1, 1, 0}));
    QCOMPARE(countsOf(unitOf(doc, kUnitB)), (QList<int>{0, 1, 1, 0, 0, 0}));
    QCOMPARE(countsOf(doc.value(QStringLiteral("total")).toObject()), (QList<int>{1, 1, 2, 1, 1, 0}));

    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        const auto a1 = statusOf(*store, QStringLiteral("a1"));
        QCOMPARE(a1->date, QDate(2026, 11, 20)); // a date cell
        QCOMPARE(a1->note, QStringLiteral("已下架"));
        QCOMPARE(statusOf(*store, QStringLiteral("a2"))->date, QDate(2026, 11, 25)); // "2026/11/25"
        QCOMPARE(statusOf(*store, QStringLiteral("a3"))->date, QDate(2026, 11, 28)); // "2026年11月28日"
        // Notified by the sheet: the deadline from the profile, counted from today (no date given).
        QCOMPARE(statusOf(*store, QStringLiteral("b2"))->deadline, QDate::currentDate().addDays(30));
        QCOMPARE(store->trackingHistory(QStringLiteral("a1"))[0].evidence, QStringLiteral("progress_a.xlsx"));
        QCOMPARE(store->trackingHistory().size(), std::size_t(5));
    }
    // The same sheets again: nothing new to record.
    QCOMPARE(cli(args).exitCode, 0);
    auto store = ProjectStore::open(path, &error);
    QCOMPARE(store->trackingHistory().size(), std::size_t(5));
}

void TestTracking::cli_importBadSheetReportsRows()
{
    const QString path = newProjectPath();
    QVERIFY(makeProject(path));
    const QString bad = kData + QStringLiteral("progress_bad.xlsx");
    const auto run = cli({QStringLiteral("track"), QStringLiteral("--project"), path, QStringLiteral("--import"),
                          bad, QStringLiteral("--import"), kData + QStringLiteral("progress_b.csv")});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(bad + QStringLiteral(":整改进度:3:完成情况: ")) && lines[0].contains(QStringLiteral("搞定了")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(bad + QStringLiteral(":整改进度:4:id: ")) && lines[1].contains(QStringLiteral("zz9")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(bad + QStringLiteral(":整改进度:5:完成日期: ")) && lines[2].contains(QStringLiteral("下周")),
             qPrintable(lines[2]));
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY(store->trackingHistory().empty()); // not even the good CSV's rows

    // A file that cannot be read is a problem of the whole file.
    const auto other = cli({QStringLiteral("track"), QStringLiteral("--project"), path, QStringLiteral("--import"),
                            kData + QStringLiteral("missing.xlsx")});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.startsWith(kData + QStringLiteral("missing.xlsx::::")), qPrintable(other.err));
}

void TestTracking::cli_xlsxByUnit()
{
    const QString path = newProjectPath();
    QVERIFY(makeProject(path));
    const QString xlsx = m_dir.filePath(QStringLiteral("progress.xlsx"));
    const auto run = cli({QStringLiteral("track"), QStringLiteral("--project"), path, QStringLiteral("--set"),
                          QStringLiteral("a1=notified"), QStringLiteral("--date"), QStringLiteral("2026-10-01"),
                          QStringLiteral("--set"), QStringLiteral("a2=done"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-12-05"), QStringLiteral("--xlsx"), xlsx});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
    QString error;
    auto sources = openTableSources(xlsx, ImportOptions(), &error);
    QVERIFY2(sources.size() == 3, qPrintable(error));
    QCOMPARE(sources[0]->sheetName(), QStringLiteral("按单位"));
    QHash<QString, QStringList> rows;
    RawRow raw;
    while (sources[0]->next(raw))
        rows.insert(raw.cells.value(0), raw.cells);
    // unit, actions, planned, notified, in progress, done, verified, overdue, done but still present
    QCOMPARE(rows.value(kUnitA).mid(1, 8),
             (QStringList{"3", "1", "1", "0", "1", "0", "1", "0"}));
    QCOMPARE(rows.value(QStringLiteral("合计")).value(1), QStringLiteral("6"));
    QCOMPARE(sources[2]->sheetName(), QStringLiteral("逾期事项"));
    QStringList overdue;
    while (sources[2]->next(raw))
        overdue << raw.cells.value(1);
    QCOMPARE(overdue, (QStringList{QStringLiteral("对象编号"), QStringLiteral("a1")}));
}

void TestTracking::cli_doneStillInLaterSnapshot()
{
    const QString path = newProjectPath();
    {
        auto store = makeProject(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->recordTracking({step("a1", TrackingState::Done), step("b2", TrackingState::Verified)}, &error));
        // A later ledger: a1 is still reported, b2 is gone.
        const std::optional<int> later = store->createSnapshot(QStringLiteral("2027-01"), QDate(2027, 1, 5), &error,
                                                               false);
        QVERIFY2(later, qPrintable(error));
        QVERIFY(store->selectSnapshot(*later));
        Inventory next;
        next.upsert(makeFixture().inventory.at(0));
        QVERIFY(store->importInventory(next, {}, {QStringLiteral("2027.csv")}, nullptr, &error));
    }
    const QString json = m_dir.filePath(QStringLiteral("later.json"));
    const auto run = cli({QStringLiteral("track"), QStringLiteral("--project"), path, QStringLiteral("--json"), json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject doc = readJson(json);
    QCOMPARE(unitOf(doc, kUnitA).value(QStringLiteral("still_present")).toInt(-1), 1);
    QCOMPARE(unitOf(doc, kUnitB).value(QStringLiteral("still_present")).toInt(-1), 0);
    const QJsonArray flagged = doc.value(QStringLiteral("still_present_items")).toArray();
    QCOMPARE(flagged.size(), 1);
    QCOMPARE(flagged[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
}

void TestTracking::cli_planJsonHasTrackingAndDeadline()
{
    const QString path = newProjectPath();
    QVERIFY(makeProject(path));
    QCOMPARE(cli({QStringLiteral("track"), QStringLiteral("--project"), path, QStringLiteral("--set"),
                  QStringLiteral("a1=notified"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                  QStringLiteral("--set"), QStringLiteral("a1=done")})
                 .exitCode,
             0);
    const QString json = m_dir.filePath(QStringLiteral("plan.json"));
    const auto run = cli({QStringLiteral("plan"), QStringLiteral("--project"), path, QStringLiteral("--json"), json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray items = readJson(json).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), int(std::size(kItems)));
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("tracking")) && o.contains(QStringLiteral("deadline")));
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("a1")) {
            QCOMPARE(o.value(QStringLiteral("tracking")).toString(), QStringLiteral("done"));
            QCOMPARE(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-01"));
        } else {
            QCOMPARE(o.value(QStringLiteral("tracking")).toString(), QStringLiteral("planned"));
            QVERIFY(o.value(QStringLiteral("deadline")).isNull());
        }
    }
}

QTEST_GUILESS_MAIN(TestTracking)
#include "test_tracking.moc"
