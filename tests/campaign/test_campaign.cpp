// The campaign end to end (issue #18, "Test it as a campaign"): a ledger of three units is
// surveyed, two units return their 核查表 edited in a spreadsheet program (values changed, a row
// deleted, two added, a value in the wrong column), the returns are previewed with --dry-run and
// then imported, the plan is made, one bulk decision is recorded, the notices are written, two
// units send their progress sheets back and `track --json` counts the states per unit and the
// overdue items. The slots run in order on one project, each step on the result of the one before.
// The returned sheets are tests/data/campaign/{returns,progress}, written by make_returns.py with
// slimplan-cli itself for the same ledger and dates.
#include "../common/clirun.h"

#include "model/campaign.h"
#include "model/inventory.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

const QString kData = QStringLiteral(SLIMPLAN_TEST_DATA "/campaign/");
const QString kMinzheng = QStringLiteral("青溪县民政局");
const QString kJiaoyu = QStringLiteral("青溪县教育局");
const QString kHedong = QStringLiteral("河东镇人民政府");
const QString kPlanDay = QStringLiteral("2026-12-01");

// Ids the project gives the items without an 编号 (kind, owner, name, platform).
const QString kGoneAccount = QStringLiteral("account-ac7f06b45520a866"); // 青溪民政, deleted by its unit
const QString kNewApp = QStringLiteral("app-fb793bd6131091e8");          // 青溪养老服务, added
const QString kNewGroup = QStringLiteral("group-c5555529663080e8");      // 民政信息员群, added
const QString kJiaoyuAccount = QStringLiteral("account-0bb4ca7742ab6e23"); // 青溪教育发布
const QString kHedongApp = QStringLiteral("app-e88465d9d00206bc");       // 河东镇便民服务
const QString kHedongGroup = QStringLiteral("group-eb095a0db1bea1ba");   // 河东镇防汛应急群

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir src(from);
    for (const QString &name : src.entryList(QDir::Files))
        if (!QFile::copy(src.filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The plan's items by id.
QHash<QString, QJsonObject> itemsById(const QJsonObject &plan)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : plan.value(QStringLiteral("items")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return byId;
}

QJsonObject unitOf(const QJsonObject &progress, const QString &owner)
{
    for (const QJsonValue &v : progress.value(QStringLiteral("units")).toArray())
        if (v.toObject().value(QStringLiteral("owner")).toString() == owner)
            return v.toObject();
    return {};
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void survey_oneSheetPerUnit();
    void dryRun_diffPerUnitChangesNothing();
    void import_upsertsAddsAndReportsGone();
    void plan_recommendsPerItem();
    void bulkDecision_oneBatchInTheLogAndThePlan();
    void notices_markNotifiedWithDeadlines();
    void progressSheets_trackStatesAndOverdue();
    void track_setVerifiedAfterwards();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QHash<QString, QJsonObject> planItems(const QString &jsonName);
};

QHash<QString, QJsonObject> TestCampaign::planItems(const QString &jsonName)
{
    const testing::Run run = testing::cli({"plan", "--project", m_project, "--as-of", kPlanDay, "--json",
                                           path(jsonName), "--lang", "en"});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return itemsById(readJson(path(jsonName)));
}

void TestCampaign::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("campaign.slimplan"));
    // The units' returns are copied: importing reads them where the office saved them.
    QVERIFY(copyFolder(kData + QStringLiteral("returns"), path(QStringLiteral("returns"))));
    QVERIFY(copyFolder(kData + QStringLiteral("progress"), path(QStringLiteral("progress"))));
    QCOMPARE(QDir(path(QStringLiteral("returns"))).entryList(QDir::Files).size(), 2);
    const testing::Run run = testing::cli({"import", kData + QStringLiteral("ledger.csv"), "--project", m_project,
                                           "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("the project holds 8 items")), qPrintable(run.out));
}

void TestCampaign::survey_oneSheetPerUnit()
{
    const testing::Run run = testing::cli({"survey", "--project", m_project, "--out", path(QStringLiteral("survey")),
                                           "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(kMinzheng + QStringLiteral(": 4 items")), qPrintable(run.out));
    QVERIFY2(run.out.contains(kJiaoyu + QStringLiteral(": 2 items")), qPrintable(run.out));
    QVERIFY2(run.out.contains(kHedong + QStringLiteral(": 2 items")), qPrintable(run.out));
    QStringList sheets = QDir(path(QStringLiteral("survey"))).entryList(QDir::Files, QDir::Name);
    QCOMPARE(sheets, QStringList({QStringLiteral("01_青溪县民政局_核查表.xlsx"), QStringLiteral("02_青溪县教育局_核查表.xlsx"),
                                  QStringLiteral("03_河东镇人民政府_核查表.xlsx")}));
    // The fixtures were edited from sheets of the same names.
    for (const QString &returned : QDir(path(QStringLiteral("returns"))).entryList(QDir::Files))
        QVERIFY2(sheets.contains(returned), qPrintable(returned));
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->surveys().size(), std::size_t(3));
}

void TestCampaign::dryRun_diffPerUnitChangesNothing()
{
    const QByteArray before = fileHash(m_project);
    QVERIFY(!before.isEmpty());
    const testing::Run run = testing::cli({"import", path(QStringLiteral("returns")), "--project", m_project,
                                           "--dry-run", "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    const QString &out = run.out;
    // Per unit: new / changed (field: old → new) / unchanged / gone.
    QVERIFY2(out.contains(kMinzheng + QStringLiteral(": 2 new, 2 changed, 1 unchanged, 1 gone")), qPrintable(out));
    QVERIFY2(out.contains(kHedong + QStringLiteral(": 0 new, 1 changed, 1 unchanged, 0 gone")), qPrintable(out));
    QVERIFY2(!out.contains(kJiaoyu + u':'), qPrintable(out)); // it did not answer: no diff, nothing gone
    QVERIFY2(out.contains(QStringLiteral("changed: 青溪民政通 (SV-APP-001)\n"
                                         "    Users: 12000 → 15000\n"
                                         "    Last active: 2026-10-08 → 2026-11-25\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("changed: 青溪低保核查 (SV-APP-002)\n"
                                         "    Functions: (empty) → 低保核查、入户走访\n"
                                         "    Active users: (empty) → 50\n"
                                         "    Last active: (empty) → 2026-11-03\n"
                                         "    Notes: 2025年起无人维护 → 已于2026年11月停用\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("gone: 青溪民政 (%1)").arg(kGoneAccount)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("changed: 河东镇便民服务 (%1)\n    Users: 150 → 90\n").arg(kHedongApp)),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("2 new items and 5 updated from 7 rows")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("is unchanged")), qPrintable(out));
    // The count typed in the wrong column is named by file, sheet, row and column.
    QVERIFY2(run.err.contains(QStringLiteral("01_青溪县民政局_核查表.xlsx:核查表:9:用户数: Unreadable number “全县各村信息员”")),
             qPrintable(run.err));

    QCOMPARE(fileHash(m_project), before);
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    const Inventory inv = store->loadInventory();
    QCOMPARE(inv.size(), 8);
    QCOMPARE(inv.indexOf(kNewApp), -1);
    QCOMPARE(*inv.at(inv.indexOf(QStringLiteral("SV-APP-001"))).users, qint64(12000));
    QVERIFY(store->reportedGone().empty());
}

void TestCampaign::import_upsertsAddsAndReportsGone()
{
    const testing::Run run = testing::cli({"import", path(QStringLiteral("returns")), "--project", m_project,
                                           "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("the project holds 10 items")), qPrintable(run.out));
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    const Inventory inv = store->loadInventory();
    QCOMPARE(inv.size(), 10);
    const Item &app1 = inv.at(inv.indexOf(QStringLiteral("SV-APP-001")));
    QCOMPARE(*app1.users, qint64(15000));
    QCOMPARE(app1.lastActive, QDate(2026, 11, 25));
    const Item &app2 = inv.at(inv.indexOf(QStringLiteral("SV-APP-002")));
    QCOMPARE(*app2.activeUsers, qint64(50));
    QCOMPARE(app2.lastActive, QDate(2026, 11, 3));
    QCOMPARE(app2.notes, QStringLiteral("已于2026年11月停用"));
    QCOMPARE(*inv.at(inv.indexOf(kHedongApp)).users, qint64(90));
    // The new items: the first took its owner from the 填报单位 line; the count typed in the wrong
    // column is left unknown, not guessed.
    QVERIFY(inv.indexOf(kNewApp) >= 0);
    const Item &newApp = inv.at(inv.indexOf(kNewApp));
    QCOMPARE(newApp.owner, kMinzheng);
    QCOMPARE(newApp.name, QStringLiteral("青溪养老服务"));
    QCOMPARE(*newApp.users, qint64(3100));
    QCOMPARE(newApp.launched, QDate(2025, 9, 1));
    QVERIFY(inv.indexOf(kNewGroup) >= 0);
    const Item &newGroup = inv.at(inv.indexOf(kNewGroup));
    QCOMPARE(newGroup.owner, kMinzheng);
    QVERIFY(!newGroup.users);
    QCOMPARE(newGroup.lastActive, QDate(2026, 11, 30));
    // The deleted row: reported gone, never silently deleted.
    QVERIFY(inv.indexOf(kGoneAccount) >= 0);
    const std::vector<ReportedGone> gone = store->reportedGone();
    QCOMPARE(gone.size(), std::size_t(1));
    QCOMPARE(gone[0].itemId, kGoneAccount);
    QCOMPARE(gone[0].owner, kMinzheng);
    QVERIFY2(gone[0].file.endsWith(QStringLiteral("01_青溪县民政局_核查表.xlsx")), qPrintable(gone[0].file));
}

void TestCampaign::plan_recommendsPerItem()
{
    const QHash<QString, QJsonObject> items = planItems(QStringLiteral("plan1.json"));
    QCOMPARE(items.size(), 10);
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("SV-APP-001"), QStringLiteral("rectify")}, // 打卡签到 (A4)
        {QStringLiteral("SV-APP-002"), QStringLiteral("rectify")},
        {kNewApp, QStringLiteral("rectify")},                    // not filed (A11)
        {kGoneAccount, QStringLiteral("keep")},
        {kNewGroup, QStringLiteral("keep")},
        {QStringLiteral("SV-APP-010"), QStringLiteral("rectify")},
        {kJiaoyuAccount, QStringLiteral("shutdown")},            // no post for 336 days (P3)
        {kHedongApp, QStringLiteral("shutdown")},
        {kHedongGroup, QStringLiteral("keep")},
    };
    for (const auto &[id, action] : expected) {
        QVERIFY2(items.contains(id), qPrintable(id));
        QCOMPARE(items[id].value(QStringLiteral("action")).toString(), action);
        QCOMPARE(items[id].value(QStringLiteral("tracking")).toString(), QStringLiteral("planned"));
        QVERIFY(items[id].value(QStringLiteral("deadline")).isNull());
    }
    QVERIFY(items[kJiaoyuAccount].value(QStringLiteral("rules")).toArray().contains(QJsonValue(QStringLiteral("P3"))));
}

void TestCampaign::bulkDecision_oneBatchInTheLogAndThePlan()
{
    // The office shuts down both items of 青溪县教育局 with one reason: one bulk decision.
    {
        QString error;
        auto store = ProjectStore::open(m_project, &error);
        QVERIFY2(store, qPrintable(error));
        std::vector<DecisionLogEntry> bulk;
        for (const auto &[id, old] : {std::pair{QStringLiteral("SV-APP-010"), Action::Rectify},
                                      std::pair{kJiaoyuAccount, Action::Shutdown}}) {
            DecisionLogEntry e;
            e.itemId = id;
            e.who = QStringLiteral("县网信办");
            e.when = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
            e.oldAction = old;
            e.newAction = Action::Shutdown;
            e.reason = QStringLiteral("教育局统一关停");
            bulk.push_back(e);
        }
        QVERIFY2(store->recordDecisions(bulk, &error), qPrintable(error));
        const std::vector<DecisionLogEntry> log = store->decisionLog();
        QCOMPARE(log.size(), std::size_t(2));
        QVERIFY(log[0].batch != 0);
        QCOMPARE(log[1].batch, log[0].batch);
        QCOMPARE(log[0].itemId, QStringLiteral("SV-APP-010"));
        QCOMPARE(log[0].oldAction, std::optional<Action>(Action::Rectify));
        QCOMPARE(log[0].newAction, std::optional<Action>(Action::Shutdown));
        QCOMPARE(log[1].reason, QStringLiteral("教育局统一关停"));
        QCOMPARE(store->overrides().size(), std::size_t(2));
    }
    const QHash<QString, QJsonObject> items = planItems(QStringLiteral("plan2.json"));
    QCOMPARE(items[QStringLiteral("SV-APP-010")].value(QStringLiteral("action")).toString(), QStringLiteral("shutdown"));
    QCOMPARE(items[kJiaoyuAccount].value(QStringLiteral("action")).toString(), QStringLiteral("shutdown"));
    // The other units' items are as recommended.
    QCOMPARE(items[QStringLiteral("SV-APP-001")].value(QStringLiteral("action")).toString(), QStringLiteral("rectify"));
    QCOMPARE(items[kHedongApp].value(QStringLiteral("action")).toString(), QStringLiteral("shutdown"));
}

void TestCampaign::notices_markNotifiedWithDeadlines()
{
    const testing::Run run = testing::cli({"notices", "--project", m_project, "--out", path(QStringLiteral("notices")),
                                           "--format", "xlsx", "--as-of", kPlanDay, "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("3 notices written, 6 items notified")), qPrintable(run.out));
    // Rectify: 60 days; shut down: 30 days (the bulk decision made 青溪教育云 a shutdown).
    QVERIFY2(run.out.contains(kMinzheng + QStringLiteral(": 3 items, deadline 2027-01-30")), qPrintable(run.out));
    QVERIFY2(run.out.contains(kJiaoyu + QStringLiteral(": 2 items, deadline 2026-12-31")), qPrintable(run.out));
    QVERIFY2(run.out.contains(kHedong + QStringLiteral(": 1 item, deadline 2026-12-31")), qPrintable(run.out));
    // The returned notices carry the same file names as the ones written now.
    const QStringList written = QDir(path(QStringLiteral("notices"))).entryList(QDir::Files);
    for (const QString &returned : QDir(path(QStringLiteral("progress"))).entryList(QDir::Files))
        QVERIFY2(written.contains(returned), qPrintable(returned));

    const QHash<QString, QJsonObject> items = planItems(QStringLiteral("plan3.json"));
    const QList<QPair<QString, QString>> deadlines{
        {QStringLiteral("SV-APP-001"), QStringLiteral("2027-01-30")},
        {QStringLiteral("SV-APP-002"), QStringLiteral("2027-01-30")},
        {kNewApp, QStringLiteral("2027-01-30")},
        {QStringLiteral("SV-APP-010"), QStringLiteral("2026-12-31")},
        {kJiaoyuAccount, QStringLiteral("2026-12-31")},
        {kHedongApp, QStringLiteral("2026-12-31")},
    };
    for (const auto &[id, deadline] : deadlines) {
        QCOMPARE(items[id].value(QStringLiteral("tracking")).toString(), QStringLiteral("notified"));
        QCOMPARE(items[id].value(QStringLiteral("deadline")).toString(), deadline);
    }
    // Keep items are no action to take: not notified.
    for (const QString &id : {kGoneAccount, kNewGroup, kHedongGroup})
        QCOMPARE(items[id].value(QStringLiteral("tracking")).toString(), QStringLiteral("planned"));
}

void TestCampaign::progressSheets_trackStatesAndOverdue()
{
    const QDir progress(path(QStringLiteral("progress")));
    const QString json = path(QStringLiteral("track1.json"));
    const testing::Run run = testing::cli({"track", "--project", m_project, "--import",
                                           progress.filePath(QStringLiteral("1_青溪县民政局_整改通知.xlsx")), "--import",
                                           progress.filePath(QStringLiteral("3_河东镇人民政府_整改通知.xlsx")), "--as-of",
                                           QStringLiteral("2027-01-05"), "--json", json, "--lang", "en"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject p = readJson(json);
    QCOMPARE(p.value(QStringLiteral("units")).toArray().size(), 3);

    const auto check = [](const QJsonObject &u, int notified, int inProgress, int done, int verified, int overdue) {
        QCOMPARE(u.value(QStringLiteral("planned")).toInt(), 0);
        QCOMPARE(u.value(QStringLiteral("notified")).toInt(), notified);
        QCOMPARE(u.value(QStringLiteral("in_progress")).toInt(), inProgress);
        QCOMPARE(u.value(QStringLiteral("done")).toInt(), done);
        QCOMPARE(u.value(QStringLiteral("verified")).toInt(), verified);
        QCOMPARE(u.value(QStringLiteral("overdue")).toInt(), overdue);
    };
    // 民政局: one done, one in progress, one left blank (notified); deadlines not yet passed.
    check(unitOf(p, kMinzheng), 1, 1, 1, 0, 0);
    if (QTest::currentTestFailed())
        return;
    // 教育局 did not answer: both still notified and past 2026-12-31.
    check(unitOf(p, kJiaoyu), 2, 0, 0, 0, 2);
    if (QTest::currentTestFailed())
        return;
    // 河东镇: done before its deadline.
    check(unitOf(p, kHedong), 0, 0, 1, 0, 0);
    if (QTest::currentTestFailed())
        return;
    check(p.value(QStringLiteral("total")).toObject(), 3, 1, 2, 0, 2);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(p.value(QStringLiteral("total")).toObject().value(QStringLiteral("actions")).toInt(), 6);

    QStringList overdue;
    for (const QJsonValue &v : p.value(QStringLiteral("overdue_items")).toArray())
        overdue << v.toObject().value(QStringLiteral("id")).toString();
    overdue.sort();
    QStringList expectedOverdue{QStringLiteral("SV-APP-010"), kJiaoyuAccount};
    expectedOverdue.sort();
    QCOMPARE(overdue, expectedOverdue);

    // Each item's state, date and note as the units wrote them.
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    QHash<QString, TrackingStatus> states;
    for (const TrackingStatus &s : store->trackingStates())
        states.insert(s.itemId, s);
    QCOMPARE(states.value(QStringLiteral("SV-APP-001")).state, TrackingState::Done);
    QCOMPARE(states.value(QStringLiteral("SV-APP-001")).date, QDate(2026, 12, 20));
    QCOMPARE(states.value(QStringLiteral("SV-APP-001")).note, QStringLiteral("已删除打卡签到功能"));
    QCOMPARE(states.value(QStringLiteral("SV-APP-002")).state, TrackingState::InProgress);
    QCOMPARE(states.value(QStringLiteral("SV-APP-002")).date, QDate(2026, 12, 10));
    QCOMPARE(states.value(kNewApp).state, TrackingState::Notified);
    QCOMPARE(states.value(kNewApp).date, QDate(2026, 12, 1));
    QCOMPARE(states.value(kHedongApp).state, TrackingState::Done);
    QCOMPARE(states.value(kHedongApp).date, QDate(2026, 12, 15));
    QCOMPARE(states.value(kHedongApp).note, QStringLiteral("已下架"));
    QCOMPARE(states.value(kJiaoyuAccount).state, TrackingState::Notified);
    QCOMPARE(states.value(kJiaoyuAccount).deadline, QDate(2026, 12, 31));
}

void TestCampaign::track_setVerifiedAfterwards()
{
    // The office checks 河东镇's shutdown and 教育局 reports one done by phone.
    const testing::Run run = testing::cli({"track", "--project", m_project, "--set", kHedongApp + QStringLiteral("=verified"),
                                           "--date", "2027-01-06", "--set", kJiaoyuAccount + QStringLiteral("=done"),
                                           "--date", "2027-01-06", "--as-of", "2027-01-07", "--json", "-", "--lang",
                                           "en"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject p = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject hedong = unitOf(p, kHedong);
    QCOMPARE(hedong.value(QStringLiteral("done")).toInt(), 0);
    QCOMPARE(hedong.value(QStringLiteral("verified")).toInt(), 1);
    const QJsonObject jiaoyu = unitOf(p, kJiaoyu);
    QCOMPARE(jiaoyu.value(QStringLiteral("notified")).toInt(), 1);
    QCOMPARE(jiaoyu.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(jiaoyu.value(QStringLiteral("overdue")).toInt(), 1); // 青溪教育云 still open
    const QJsonObject total = p.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("done")).toInt(), 2);
    QCOMPARE(total.value(QStringLiteral("verified")).toInt(), 1);
    QCOMPARE(total.value(QStringLiteral("overdue")).toInt(), 1);
    // The history keeps every step: notified, done, verified.
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    const std::vector<TrackingEvent> history = store->trackingHistory(kHedongApp);
    QCOMPARE(history.size(), std::size_t(3));
    QCOMPARE(history[0].state, TrackingState::Notified);
    QCOMPARE(history[1].state, TrackingState::Done);
    QCOMPARE(history[2].state, TrackingState::Verified);
    QCOMPARE(history[2].date, QDate(2027, 1, 6));
}

QTEST_GUILESS_MAIN(TestCampaign)
#include "test_campaign.moc"
