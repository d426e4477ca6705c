// The 整改通知 (issue #18 part 3): one notice per unit with actions to take, each item's action,
// target, reason, rules and deadline; the progress sheet read back by the project's xlsx reader;
// the notices recorded in the project; and `slimplan-cli notices` on a generated region, after
// which the listed items are notified with their deadlines.
#include "../common/clirun.h"
#include "../common/testitems.h"

#include "import/xlsxreader.h"
#include "plan/projectplan.h"
#include "report/notices.h"
#include "report/noticexlsx.h"
#include "report/overview.h"
#include "store/projectstore.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;
using testing::cli;
using testing::countyItem;

namespace {

const QDate kIssued(2026, 12, 7);
const QString kCivil = QStringLiteral("青溪县民政局");
const QString kEducation = QStringLiteral("青溪县教育局");
const QString kTourism = QStringLiteral("青溪县文旅局");

Decision decision(Action action, const QString &rule, const QString &target = {})
{
    Decision d;
    d.action = action;
    d.target = target;
    d.rules = {rule};
    d.reasonZh = QStringLiteral("理由 ") + rule;
    d.reasonEn = QStringLiteral("reason ") + rule;
    return d;
}

// Three units: 民政局 (shut down, rectify), 教育局 (keep, merge by an override, migrate), 文旅局
// (keep only); and an item whose owner is "无".
struct Region
{
    Inventory inventory;
    Plan plan;
};

Region region()
{
    Region r;
    const QString code = QStringLiteral("510123");
    r.inventory.upsert(countyItem("m1", Kind::Group, kCivil, "民政临时群", code));
    r.inventory.upsert(countyItem("m2", Kind::App, kCivil, "民政打卡", code));
    r.inventory.upsert(countyItem("e1", Kind::App, kEducation, "青溪教育", code));
    r.inventory.upsert(countyItem("e2", Kind::App, kEducation, "教育家校通", code));
    r.inventory.upsert(countyItem("e3", Kind::App, kEducation, "教育填报", code));
    r.inventory.upsert(countyItem("t1", Kind::Account, kTourism, "青溪文旅", code));
    r.inventory.upsert(countyItem("u1", Kind::Group, "无", "无主群", code));
    Decision rectify = decision(Action::Rectify, QStringLiteral("A4"));
    rectify.removeFunctions = {QStringLiteral("打卡签到")};
    Decision merge = decision(Action::Merge, QStringLiteral("A10"), QStringLiteral("e1"));
    merge.recommendedAction = Action::Shutdown; // an override set it
    Decision migrate = decision(Action::Migrate, QStringLiteral("A3"), QStringLiteral("省一表通平台"));
    migrate.targetName = QStringLiteral("省一表通平台");
    r.plan.decisions = {decision(Action::Shutdown, QStringLiteral("G1")), rectify, Decision{}, merge,
                        migrate, Decision{}, decision(Action::Shutdown, QStringLiteral("G1"))};
    r.plan.overrides = {{QStringLiteral("e2"), Action::Merge, QStringLiteral("e1"),
                         QStringLiteral("两者功能重复"), QStringLiteral("tester"), QDateTime()}};
    return r;
}

NoticeOptions options(bool chinese = true, const QDate &deadline = {})
{
    NoticeOptions o;
    o.chinese = chinese;
    o.regionName = QStringLiteral("青溪县");
    o.issued = kIssued;
    o.deadline = deadline;
    return o;
}

const NoticeItem *findItem(const std::vector<Notice> &notices, const QString &id)
{
    for (const Notice &n : notices)
        for (const NoticeItem &it : n.items)
            if (it.itemId == id)
                return &it;
    return nullptr;
}

QString isoOf(const QDate &d) { return d.toString(Qt::ISODate); }

// A generated region of several units imported into dir/p.slimplan; false when a step failed.
bool generatedProject(const QTemporaryDir &dir)
{
    const QString ledger = dir.filePath(QStringLiteral("g.csv"));
    return cli({"generate", "--items", "80", "--seed", "5", "--out", ledger}).exitCode == 0
           && cli({"import", ledger, "--project", dir.filePath(QStringLiteral("p.slimplan"))}).exitCode == 0;
}

// The action of every item that has one, by id, in the project's saved plan.
QHash<QString, Action> actionsOf(const ProjectStore &store)
{
    QHash<QString, Action> out;
    const Inventory inv = store.loadInventory();
    if (const std::optional<Plan> plan = savedPlan(store, inv)) {
        for (int i = 0; i < inv.size(); ++i) {
            const Action a = plan->decisions[static_cast<std::size_t>(i)].action;
            if (a != Action::Keep && !ownerUnknown(inv.at(i).owner))
                out.insert(inv.at(i).id, a);
        }
    }
    return out;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT
private slots:
    void oneNoticePerUnitWithActions();
    void items_data();
    void items();
    void overrideReasonAndSources();
    void oneDeadlineForAll();
    void englishNotice();
    void fileName_data();
    void fileName();
    void progressSheetReadsBack();
    void recordsKeptInProject();
    void recordFailing_leavesTrackingAndNoticesUnchanged();
    void cliNoticesOnGeneratedRegion();
    void cliOneDeadlineAsProgressSheets();
    void cliRefusesBadUsage_data();
    void cliRefusesBadUsage();
};

void TestNotices::oneNoticePerUnitWithActions()
{
    const Region r = region();
    int unowned = -1;
    const std::vector<Notice> notices = Notices::build(r.inventory, r.plan, options(), &unowned);
    QCOMPARE(notices.size(), std::size_t(2));
    QCOMPARE(notices[0].owner, kCivil);
    QCOMPARE(notices[1].owner, kEducation);
    QCOMPARE(notices[0].items.size(), std::size_t(2));
    QCOMPARE(notices[1].items.size(), std::size_t(2)); // e1 is kept: not in it
    QCOMPARE(unowned, 1);                                // u1 has no unit
    QCOMPARE(notices[0].number, QStringLiteral("瘦身整改〔2026〕1号"));
    QCOMPARE(notices[1].number, QStringLiteral("瘦身整改〔2026〕2号"));
    QCOMPARE(notices[0].office, QStringLiteral("青溪县政务移动互联网应用程序瘦身工作专班"));
    QCOMPARE(notices[0].issued, kIssued);
    QCOMPARE(notices[1].latestDeadline(), kIssued.addDays(90));
}

void TestNotices::items_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("shut down: 30 days, no target") << "m1" << "关停" << "" << "G1 " << kIssued.addDays(30);
    QTest::newRow("rectify: 60 days, the function to remove")
        << "m2" << "整改" << "去除：打卡签到" << "A4 " << kIssued.addDays(60);
    QTest::newRow("merge: 90 days, into the survivor by name and id")
        << "e2" << "合并" << "青溪教育（e1）" << "A10 " << kIssued.addDays(90);
    QTest::newRow("migrate: 90 days, to the platform")
        << "e3" << "迁移" << "省一表通平台" << "A3 " << kIssued.addDays(90);
}

void TestNotices::items()
{
    QFETCH(QString, id);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(QString, rule);
    QFETCH(QDate, deadline);
    const Region r = region();
    const std::vector<Notice> notices = Notices::build(r.inventory, r.plan, options());
    const NoticeItem *it = findItem(notices, id);
    QVERIFY(it);
    QCOMPARE(it->name, r.inventory.at(r.inventory.indexOf(id)).name);
    QCOMPARE(it->actionText, action);
    QCOMPARE(it->target, target);
    QCOMPARE(it->rules.size(), 1);
    QVERIFY2(it->rules.first().startsWith(rule), qPrintable(it->rules.first()));
    QVERIFY2(it->rules.first().size() > rule.size(), "the label names the rule, not only its code");
    QCOMPARE(it->deadline, deadline);
}

void TestNotices::overrideReasonAndSources()
{
    const Region r = region();
    const std::vector<Notice> notices = Notices::build(r.inventory, r.plan, options());
    const NoticeItem *merged = findItem(notices, QStringLiteral("e2"));
    QVERIFY(merged);
    QCOMPARE(merged->reason, QStringLiteral("调整意见：两者功能重复"));
    const NoticeItem *shut = findItem(notices, QStringLiteral("m1"));
    QVERIFY(shut);
    QCOMPARE(shut->reason, QStringLiteral("理由 G1"));
    QCOMPARE(shut->sources.size(), 1);
    QVERIFY2(shut->sources.first().contains(QStringLiteral("指尖上的形式主义")), qPrintable(shut->sources.first()));
}

void TestNotices::oneDeadlineForAll()
{
    const Region r = region();
    const QDate d(2027, 1, 31);
    const std::vector<Notice> notices = Notices::build(r.inventory, r.plan, options(true, d));
    int seen = 0;
    for (const Notice &n : notices) {
        QCOMPARE(n.latestDeadline(), d);
        for (const NoticeItem &it : n.items) {
            QCOMPARE(it.deadline, d);
            ++seen;
        }
    }
    QCOMPARE(seen, 4);
}

void TestNotices::englishNotice()
{
    const Region r = region();
    const std::vector<Notice> notices = Notices::build(r.inventory, r.plan, options(false));
    const NoticeItem *it = findItem(notices, QStringLiteral("m2"));
    QVERIFY(it);
    QCOMPARE(it->actionText, QStringLiteral("Rectify"));
    QCOMPARE(it->target, QStringLiteral("Remove: 打卡签到"));
    QCOMPARE(it->reason, QStringLiteral("reason A4"));
    QCOMPARE(notices[0].number, QStringLiteral("Notice 2026-1"));
}

void TestNotices::fileName_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected");
    QTest::newRow("padded to the count's width") << 7 << 25 << "青溪县民政局" << "07_青溪县民政局_整改通知.pdf";
    QTest::newRow("no padding under ten") << 3 << 9 << "教育局" << "3_教育局_整改通知.pdf";
    QTest::newRow("characters Windows refuses") << 1 << 1 << "a/b\\c:d*e?f\"g<h>i|j" << "1_a_b_c_d_e_f_g_h_i_j_整改通知.pdf";
    QTest::newRow("trimmed") << 1 << 1 << "  教育局 " << "1_教育局_整改通知.pdf";
}

void TestNotices::fileName()
{
    QFETCH(int, number);
    QFETCH(int, count);
    QFETCH(QString, owner);
    QFETCH(QString, expected);
    QCOMPARE(Notices::fileName(number, count, owner, QStringLiteral("pdf")), expected);
}

void TestNotices::progressSheetReadsBack()
{
    const Region r = region();
    const std::vector<Notice> notices = Notices::build(r.inventory, r.plan, options());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edu.xlsx"));
    QString error;
    QVERIFY2(NoticeXlsx::write(notices[1], path, &error), qPrintable(error));
    auto sources = openXlsxSources(path, &error);
    QCOMPARE(sources.size(), std::size_t(1));
    RawRow row;
    QVERIFY(sources[0]->next(row));
    QCOMPARE(row.cells, (QStringList{"id", "名称", "整改措施", "目标", "理由", "依据", "期限", "完成情况",
                                     "完成日期", "备注"}));
    QStringList ids;
    while (sources[0]->next(row)) {
        const NoticeItem &it = notices[1].items[static_cast<std::size_t>(ids.size())];
        ids << row.cells.value(0);
        QCOMPARE(row.cells.value(1), it.name);
        QCOMPARE(row.cells.value(2), it.actionText);
        QCOMPARE(row.cells.value(3), it.target);
        QCOMPARE(row.cells.value(4), it.reason);
        QVERIFY(row.cells.value(5).startsWith(it.rules.first()));
        QCOMPARE(row.cells.value(6), isoOf(it.deadline));
        QVERIFY(row.isDate.value(6));
        QCOMPARE(row.cells.value(7), QString()); // for the unit to fill
    }
    QCOMPARE(ids, (QStringList{"e2", "e3"}));
    QCOMPARE(NoticeXlsx::progressWords(), (QStringList{"未开始", "整改中", "已完成"}));
}

void TestNotices::recordsKeptInProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.slimplan"));
    QString error;
    const QDateTime when(kIssued, QTime(8, 0), Qt::UTC);
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->notices().empty());
        QVERIFY2(store->recordNotices({{kCivil, QStringLiteral("1_a.pdf"), 2, kIssued.addDays(60), when},
                                       {kEducation, QStringLiteral("2_b.pdf"), 3, QDate(), when}},
                                      &error),
                 qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const std::vector<NoticeRecord> got = store->notices();
    QCOMPARE(got.size(), std::size_t(2));
    QCOMPARE(got[0].owner, kCivil);
    QCOMPARE(got[0].file, QStringLiteral("1_a.pdf"));
    QCOMPARE(got[0].items, 2);
    QCOMPARE(got[0].deadline, kIssued.addDays(60));
    QCOMPARE(got[0].when, when);
    QCOMPARE(got[1].owner, kEducation);
    QVERIFY(!got[1].deadline.isValid());
}

// The notices and their Notified steps are one transaction: a step the project refuses (an
// item it does not hold) records no notice and moves no item; the same run without it records
// both.
void TestNotices::recordFailing_leavesTrackingAndNoticesUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(generatedProject(dir));
    QString error;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.slimplan")), &error);
    QVERIFY2(store, qPrintable(error));
    const Inventory inv = store->loadInventory();
    QVERIFY(inv.size() >= 3);
    const QString first = inv.at(0).id;
    const QString second = inv.at(1).id;
    const QDateTime when(kIssued, QTime(8, 0), Qt::UTC);
    TrackingEvent started{0, first, TrackingState::InProgress, kIssued.addDays(-3), QStringLiteral("已开始"), {}, {}, when};
    QVERIFY2(store->recordTracking({started}, &error), qPrintable(error));
    const std::vector<TrackingStatus> before = store->trackingStates();
    QCOMPARE(before.size(), std::size_t(1));

    const std::vector<NoticeRecord> records = {{kCivil, QStringLiteral("1_a.pdf"), 2, kIssued.addDays(60), when}};
    TrackingEvent a{0, second, TrackingState::Notified, kIssued, QStringLiteral("通知1"), {}, {}, when};
    TrackingEvent bogus = a;
    bogus.itemId = QStringLiteral("no-such-item");
    error.clear();
    QVERIFY(!store->recordNoticesAndTracking(records, {a, bogus}, &error));
    QVERIFY2(error.contains(QLatin1String("no-such-item")), qPrintable(error));
    QVERIFY(store->notices().empty());
    const std::vector<TrackingStatus> after = store->trackingStates();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after[0].itemId, first);
    QCOMPARE(after[0].state, TrackingState::InProgress);
    QCOMPARE(after[0].note, QStringLiteral("已开始"));
    QCOMPARE(store->trackingHistory(second).size(), std::size_t(0));

    QVERIFY2(store->recordNoticesAndTracking(records, {a}, &error), qPrintable(error));
    QCOMPARE(store->notices().size(), std::size_t(1));
    const std::vector<TrackingEvent> steps = store->trackingHistory(second);
    QCOMPARE(steps.size(), std::size_t(1));
    QCOMPARE(steps[0].state, TrackingState::Notified);
    QCOMPARE(steps[0].date, kIssued);
}

void TestNotices::cliNoticesOnGeneratedRegion()
{
    QTemporaryDir dir;
    QVERIFY(generatedProject(dir));
    const QString project = dir.filePath(QStringLiteral("p.slimplan"));
    const QString out = dir.filePath(QStringLiteral("notices"));
    const testing::Run run = cli({"notices", "--project", project, "--out", out, "--as-of", isoOf(kIssued)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    const Inventory inv = store->loadInventory();
    const std::optional<Plan> plan = savedPlan(*store, inv); // `notices` saved the plan it used
    QVERIFY(plan);
    QSet<QString> withActions;
    QSet<QString> withoutActions;
    QHash<QString, Action> actionOf;
    for (int i = 0; i < inv.size(); ++i) {
        const Action a = plan->decisions[static_cast<std::size_t>(i)].action;
        if (ownerUnknown(inv.at(i).owner))
            continue;
        (a == Action::Keep ? withoutActions : withActions).insert(inv.at(i).owner.trimmed());
        if (a != Action::Keep)
            actionOf.insert(inv.at(i).id, a);
    }
    withoutActions -= withActions;
    QVERIFY2(withActions.size() >= 3, "a region of several units with actions");
    QVERIFY2(!withoutActions.isEmpty(), "the generated region has a unit with only keep items");

    const std::vector<NoticeRecord> records = store->notices();
    QSet<QString> noticed;
    int items = 0;
    for (const NoticeRecord &n : records) {
        noticed.insert(n.owner);
        items += n.items;
        QVERIFY2(QFile::exists(QDir(out).filePath(n.file)), qPrintable(n.file));
        QVERIFY2(run.out.contains(n.owner), qPrintable(n.owner));
    }
    QCOMPARE(noticed, withActions);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), int(records.size()));
    QCOMPARE(run.out.count(QStringLiteral("整改通知.pdf")), int(records.size()));

    const PolicyProfile profile = store->policyProfile();
    const std::vector<TrackingStatus> states = store->trackingStates();
    QCOMPARE(int(states.size()), items);
    for (const TrackingStatus &s : states) {
        QVERIFY2(actionOf.contains(s.itemId), qPrintable(s.itemId));
        QCOMPARE(s.state, TrackingState::Notified);
        QCOMPARE(s.date, kIssued);
        QCOMPARE(s.deadline, kIssued.addDays(profile.deadlineDays(actionOf.value(s.itemId))));
    }
    QCOMPARE(actionOf, actionsOf(*store));
}

void TestNotices::cliOneDeadlineAsProgressSheets()
{
    // Written twice, the second time with one deadline as progress sheets: the clock restarts.
    QTemporaryDir dir;
    QVERIFY(generatedProject(dir));
    const QString project = dir.filePath(QStringLiteral("p.slimplan"));
    QCOMPARE(cli({"notices", "--project", project, "--out", dir.filePath("pdf"), "--as-of", isoOf(kIssued)}).exitCode, 0);
    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    const std::vector<NoticeRecord> records = store->notices();
    const QHash<QString, Action> actionOf = actionsOf(*store);
    QVERIFY(!actionOf.isEmpty());
    const QDate d(2027, 2, 1);
    const QString sheets = dir.filePath(QStringLiteral("sheets"));
    const testing::Run again = cli({"notices", "--project", project, "--out", sheets, "--format", "xlsx",
                                    "--deadline", isoOf(d), "--as-of", isoOf(kIssued)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    for (const TrackingStatus &s : store->trackingStates())
        QCOMPARE(s.deadline, d);
    const QStringList files = QDir(sheets).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), int(records.size()));
    auto sources = openXlsxSources(QDir(sheets).filePath(files.first()), &error);
    QVERIFY2(sources.size() == 1, qPrintable(error));
    RawRow row;
    QVERIFY(sources[0]->next(row)); // the header
    int rows = 0;
    while (sources[0]->next(row)) {
        QVERIFY2(actionOf.contains(row.cells.value(0)), qPrintable(row.cells.value(0)));
        QCOMPARE(row.cells.value(6), isoOf(d));
        ++rows;
    }
    const std::vector<NoticeRecord> both = store->notices();
    QCOMPARE(int(both.size()), 2 * int(records.size()));
    QCOMPARE(both[records.size()].file, files.first()); // the second run's first notice
    QCOMPARE(rows, both[records.size()].items);
}

void TestNotices::cliRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("docx is not there yet") << QStringList{"--format", "docx"} << "docx";
    QTest::newRow("unknown format") << QStringList{"--format", "odt"} << "--format";
    QTest::newRow("deadline not a date") << QStringList{"--deadline", "31.1.2027"} << "--deadline";
    QTest::newRow("deadline before the notice")
        << QStringList{"--deadline", "2026-12-01", "--as-of", "2026-12-07"} << "before";
    QTest::newRow("no folder") << QStringList{"--out", ""} << "--out";
}

void TestNotices::cliRefusesBadUsage()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const testing::Run run = cli(QStringList{"notices", "--project", dir.filePath("p.slimplan"), "--out", out} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir.filePath("p.slimplan"))); // nothing created either
}

QTEST_GUILESS_MAIN(TestNotices)
#include "test_notices.moc"
