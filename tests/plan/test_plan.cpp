// The recommender: survivor choice, strongest action, rectify, profile, summary, overrides; a small
// county's plan written by hand from the rule catalogue (tests/data/plan/); and the demo county's plan
// against a snapshot of an earlier run (a regression check, not a specification).

#include "../policy/itemspec.h"

#include "import/importer.h"
#include "plan/planner.h"
#include "policy/rulecatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace slimplan;
using namespace slimplan::testspec;

namespace {
// Two look-alike apps of the county (same functions and name stem): one merge family.
const QString kA = QStringLiteral("id=a;name=青溪政务通;kind=app;region=519901;owner=县政务中心;platform=安卓;filing=x;functions=办事指南|预约办理|政策查询|投诉建议|证照查询;");
const QString kB = QStringLiteral("id=b;name=青溪便民宝;kind=app;region=519901;owner=县发改局;platform=安卓;filing=x;functions=办事指南|预约办理|政策查询|投诉建议|证照查询;");

const Decision &decisionOf(const Inventory &inv, const Plan &plan, const QString &id)
{
    return plan.decisions[static_cast<std::size_t>(inv.indexOf(id))];
}

QString demoPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/../../resources/demo/qingxi.csv"); }
QString goldenPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/demo/golden_plan.tsv"); }
QString handLedgerPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/plan/ledger.csv"); }
QString handPlanPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/plan/expected.tsv"); }

// One line of tests/data/plan/expected.tsv: id, action, target, rules, "# why".
struct ExpectedLine
{
    QString id;
    QString action;
    QString target;   // empty = none ("-" in the file)
    QString rules;    // comma-separated, strongest first; empty = none
    QString why;
};

QString dashIsEmpty(const QString &field) { return field == QLatin1String("-") ? QString() : field; }

// Blank lines and lines starting with '#' are commentary. A line without its five fields comes back
// with an empty id, so that the test names it instead of dropping it.
std::vector<ExpectedLine> readExpectedPlan(const QString &path)
{
    std::vector<ExpectedLine> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (cols.size() != 5 || !cols[4].startsWith(u'#')) {
            out.push_back(ExpectedLine{QString(), QString(), QString(), QString(), line});
            continue;
        }
        out.push_back(ExpectedLine{cols[0], cols[1], dashIsEmpty(cols[2]), dashIsEmpty(cols[3]),
                                   cols[4].mid(1).trimmed()});
    }
    return out;
}

QString planTsv(const Inventory &inv, const Plan &plan)
{
    QString out = QStringLiteral("id\taction\ttarget\trules\n");
    for (int i = 0; i < inv.size(); ++i) {
        const Decision &d = plan.decisions[static_cast<std::size_t>(i)];
        out += inv.at(i).id + u'\t' + actionName(d.action) + u'\t' + d.target + u'\t'
               + d.rules.join(u',') + u'\n';
    }
    return out;
}

Inventory importLedger(const QString &path)
{
    const ImportResult r = importFiles({path}, ImportOptions(), nullptr);
    if (r.report.hasErrors())
        qWarning("%s: import has %d error(s)", qPrintable(path), r.report.errorCount());
    return r.report.hasErrors() ? Inventory() : r.inventory;
}

Inventory importDemo() { return importLedger(demoPath()); }
} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void survivorOrder_data();
    void survivorOrder();
    void strongestActionWinsAndAllRulesListed();
    void rectifyListsRemoveFunctions();
    void migrationTargets();
    void profileChangesDecision();
    void idempotent();
    void summaryHandComputed();
    void overrides();
    void cancelGivesEmptyPlan();
    void handWrittenPlan_data();
    void handWrittenPlan();
    void handWrittenPlanCoversLedger();
    void demoMatchesGolden();
    void demoFiresEveryRule();
};

void TestPlan::survivorOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("survivor");
    QTest::addColumn<QString>("otherAction");

    QTest::newRow("compliance before level: the zombie city app shuts down")
        << kA + "level=city;last=-300;active=9000" << kB + "level=county;last=-3;active=900" << "b" << "shutdown";
    QTest::newRow("higher level survives, the lower migrates into it")
        << kA + "level=county;active=9000" << kB + "level=city;active=900" << "b" << "migrate";
    QTest::newRow("real use before a fixable finding")
        << kA + "level=county;active=9000;flags=no_ipv6" << kB + "level=county;active=900" << "a" << "merge";
    QTest::newRow("fewer findings of its own break a tie")
        << kA + "level=county;active=900;flags=no_ipv6" << kB + "level=county;active=900" << "b" << "merge";
    QTest::newRow("more monthly active users")
        << kA + "level=county;active=900" << kB + "level=county;active=9000" << "b" << "merge";
    QTest::newRow("known active users before unknown")
        << kA + "level=county;users=90000" << kB + "level=county;active=900" << "b" << "merge";
    QTest::newRow("more users when active users tie")
        << kA + "level=county;active=900;users=1000" << kB + "level=county;active=900;users=5000" << "b" << "merge";
    QTest::newRow("lower annual cost")
        << kA + "level=county;active=900;cost=40" << kB + "level=county;active=900;cost=12" << "b" << "merge";
    QTest::newRow("id decides the rest")
        << kA + "level=county;active=900" << kB + "level=county;active=900" << "a" << "merge";
}

void TestPlan::survivorOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, survivor);
    QFETCH(QString, otherAction);
    const Inventory inv = makeInventory({a, b});
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    QCOMPARE(plan.clusters.size(), std::size_t(1));
    const Cluster &c = plan.clusters.front();
    QCOMPARE(c.members.size(), std::size_t(2));
    QCOMPARE(inv.at(c.survivor).id, survivor);
    const QString other = survivor == QLatin1String("a") ? QStringLiteral("b") : QStringLiteral("a");
    const Decision &ds = decisionOf(inv, plan, survivor);
    const Decision &dother = decisionOf(inv, plan, other);
    QVERIFY(!leavesCount(ds.action));
    QCOMPARE(actionName(dother.action), otherAction);
    QCOMPARE(ds.cluster, dother.cluster);
    if (otherAction == QLatin1String("merge") || otherAction == QLatin1String("migrate")) {
        QCOMPARE(dother.target, survivor);
        QVERIFY(dother.rules.contains(QStringLiteral("A10")));
        QVERIFY2(dother.reason(true).contains(QStringLiteral("功能重合 5/5")), qPrintable(dother.reason(true)));
        QVERIFY2(dother.reason(false).contains(QStringLiteral("5/5 functions")), qPrintable(dother.reason(false)));
    } else {
        QVERIFY(dother.target.isEmpty());
        QCOMPARE(dother.rules.front(), QStringLiteral("A9"));
    }
}

void TestPlan::strongestActionWinsAndAllRulesListed()
{
    const Inventory inv = makeInventory(
        {"id=z;kind=app;level=county;owner=县某局;functions=通知|考勤打卡;flags=check_in;filing=-;last=-200;active=500"});
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    const Decision &d = plan.decisions.front();
    QCOMPARE(d.action, Action::Shutdown);
    QCOMPARE(d.rules, (QStringList{"A9", "A4", "A11"}));
    QCOMPARE(d.findings.size(), std::size_t(3));
    QVERIFY(d.reason(true).startsWith(QStringLiteral("关停")));
    QVERIFY(d.reason(true).contains(QStringLiteral("200天")));
    QVERIFY(d.confidence > 0.0 && d.confidence <= 1.0);
}

void TestPlan::rectifyListsRemoveFunctions()
{
    const Inventory inv = makeInventory({
        "id=r;kind=app;level=county;owner=县某局;functions=办事指南|考勤打卡|积分排名;flags=check_in|ranking;filing=x;active=800",
        "id=s;kind=app;level=county;owner=县某局;functions=考勤打卡;flags=check_in;filing=x;active=800",
        "id=e;kind=app;level=county;owner=县应急局;functions=值班打卡|预警发布;flags=check_in;scene=应急;filing=x;active=800",
    });
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    const Decision &r = decisionOf(inv, plan, "r");
    QCOMPARE(r.action, Action::Rectify);
    QCOMPARE(r.rules, QStringList{"A4"});
    QCOMPARE(r.findings.front().removeFunctions, (QStringList{"考勤打卡", "积分排名"}));
    QVERIFY2(r.reason(true).contains(QStringLiteral("删除考勤打卡、积分排名")), qPrintable(r.reason(true)));
    // Nothing useful left once check-in goes: shut down.
    const Decision &s = decisionOf(inv, plan, "s");
    QCOMPARE(s.action, Action::Shutdown);
    QCOMPARE(s.rules, QStringList{"A4"});
    // Emergency scene: check-in allowed.
    QCOMPARE(decisionOf(inv, plan, "e").action, Action::Keep);
    QVERIFY(decisionOf(inv, plan, "e").rules.isEmpty());
}

void TestPlan::migrationTargets()
{
    const Inventory inv = makeInventory({
        "id=t;kind=app;level=township;owner=青石镇;functions=社区通知;filing=x;active=400;last=-3",
        "id=tz;kind=app;level=township;owner=溪口镇;functions=政策宣传;filing=x;active=400;last=-300",
        "id=rep;kind=app;level=county;owner=县统计局;functions=数据填报|统计报表;filing=x;active=400",
        "id=mix;kind=app;level=county;owner=县民政局;functions=救助申请|数据填报;filing=x;active=400",
    });
    PolicyProfile p;
    const Plan plan = makePlan(inv, p, kAsOf);
    QCOMPARE(decisionOf(inv, plan, "t").action, Action::Migrate);
    QCOMPARE(decisionOf(inv, plan, "t").target, p.provincialApp);
    QCOMPARE(decisionOf(inv, plan, "tz").action, Action::Shutdown); // A1 and a zombie
    QCOMPARE(decisionOf(inv, plan, "tz").rules, (QStringList{"A9", "A1"}));
    QCOMPARE(decisionOf(inv, plan, "rep").action, Action::Migrate);
    QCOMPARE(decisionOf(inv, plan, "rep").target, p.provincialPlatform);
    QCOMPARE(decisionOf(inv, plan, "mix").action, Action::Rectify);
    QCOMPARE(decisionOf(inv, plan, "mix").findings.front().removeFunctions, QStringList{"数据填报"});
}

void TestPlan::profileChangesDecision()
{
    const Inventory inv = makeInventory({"id=z;kind=account;owner=县某局;platform=微信;last=-200",
                                         "id=g;kind=group;owner=县某局;last=-200"});
    PolicyProfile p;
    Plan plan = makePlan(inv, p, kAsOf);
    QCOMPARE(plan.decisions[0].action, Action::Shutdown);
    QCOMPARE(plan.decisions[0].rules, QStringList{"P3"});
    p.zombieDays = 400;
    plan = makePlan(inv, p, kAsOf);
    QCOMPARE(plan.decisions[0].action, Action::Keep);
    QCOMPARE(plan.profile.zombieDays, 400);
    QCOMPARE(plan.decisions[1].action, Action::Shutdown); // the group idle window is separate
    p.groupIdleDays = 365;
    plan = makePlan(inv, p, kAsOf);
    QCOMPARE(plan.decisions[1].action, Action::Keep);
}

void TestPlan::idempotent()
{
    const Inventory inv = makeInventory({kA + "level=county;active=900", kB + "level=county;active=90;cost=3",
                                         "id=c;kind=group;owner=无;last=-100",
                                         "id=d;kind=account;owner=县卫健局;platform=微信;last=-2",
                                         "id=e;kind=account;owner=县卫健局;platform=微信;last=-5"});
    const Plan p1 = makePlan(inv, PolicyProfile(), kAsOf);
    const Plan p2 = makePlan(inv, PolicyProfile(), kAsOf);
    QCOMPARE(planTsv(inv, p1), planTsv(inv, p2));
    for (std::size_t i = 0; i < p1.decisions.size(); ++i) {
        QCOMPARE(p1.decisions[i].reason(true), p2.decisions[i].reason(true));
        QCOMPARE(p1.decisions[i].reason(false), p2.decisions[i].reason(false));
        QCOMPARE(p1.decisions[i].confidence, p2.decisions[i].confidence);
    }
    QCOMPARE(p1.summary.after.total(), p2.summary.after.total());
    QCOMPARE(decisionOf(inv, p1, "e").action, Action::Merge); // P1
    QCOMPARE(decisionOf(inv, p1, "e").target, QStringLiteral("d"));
}

void TestPlan::summaryHandComputed()
{
    const Inventory inv = makeInventory({
        // keep, county, data x y
        "id=k;kind=app;level=county;owner=县甲局;functions=甲业务;filing=x;active=900;cost=10;data=x|y",
        // shut down (zombie), county, cost 7, data w v
        "id=s;kind=app;level=county;owner=县乙局;functions=乙业务;filing=x;last=-300;cost=7;data=w|v",
        // migrate (township app, A1), cost unknown, data z
        "id=m;kind=app;level=township;owner=青石镇;functions=丙业务;filing=x;active=900;data=z",
        // zombie account, cost 2
        "id=p;kind=account;level=county;owner=县甲局;platform=微信;last=-100;cost=2",
        // busy group, unknown level
        "id=g;kind=group;owner=县甲局;last=-1",
    });
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    QCOMPARE(decisionOf(inv, plan, "k").action, Action::Keep);
    QCOMPARE(decisionOf(inv, plan, "s").action, Action::Shutdown);
    QCOMPARE(decisionOf(inv, plan, "m").action, Action::Migrate);
    QCOMPARE(decisionOf(inv, plan, "p").action, Action::Shutdown);
    QCOMPARE(decisionOf(inv, plan, "g").action, Action::Keep);
    const PlanSummary &s = plan.summary;
    QCOMPARE(s.before.perKind, (std::array<int, 3>{3, 1, 1}));
    QCOMPARE(s.after.perKind, (std::array<int, 3>{1, 0, 1}));
    QCOMPARE(s.reductionPct[0], 100.0 * 2 / 3);
    QCOMPARE(s.reductionPct[1], 100.0);
    QCOMPARE(s.reductionPct[2], 0.0);
    QCOMPARE(s.reductionPctTotal, 60.0);
    QCOMPARE(s.annualCostSaved, 9.0);   // 7 + 2; the migrating app's cost is unknown
    QCOMPARE(s.annualCostUnknown, 1);
    QCOMPARE(s.dataItemsBefore, 5);     // 2 + 2 + 1
    QCOMPARE(s.dataItemsAfter, 3);      // x y (kept) + z (migrates, still reported once); w v go
    QCOMPARE(s.beforeByLevel[int(Level::County)].perKind, (std::array<int, 3>{2, 1, 0}));
    QCOMPARE(s.afterByLevel[int(Level::County)].perKind, (std::array<int, 3>{1, 0, 0}));
    QCOMPARE(s.beforeByLevel[int(Level::Township)].perKind, (std::array<int, 3>{1, 0, 0}));
    QCOMPARE(s.afterByLevel[int(Level::Township)].total(), 0);
    QCOMPARE(s.afterByLevel[kLevelCount].perKind, (std::array<int, 3>{0, 0, 1}));
}

void TestPlan::overrides()
{
    const Inventory inv = makeInventory({"id=z;kind=account;owner=县某局;platform=微信;last=-200;cost=5",
                                         "id=k;kind=group;owner=县某局;last=-1;cost=1"});
    Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    QCOMPARE(plan.summary.after.total(), 1);
    QCOMPARE(plan.summary.annualCostSaved, 5.0);
    plan.overrides.push_back(Override{"z", Action::Keep, QString(), "县委要求保留", "tester", QDateTime()});
    plan.overrides.push_back(Override{"k", Action::Shutdown, QString(), "并入新群", "tester", QDateTime()});
    plan.overrides.push_back(Override{"missing", Action::Shutdown, QString(), "", "", QDateTime()});
    applyOverrides(inv, plan);
    QCOMPARE(plan.decisions[0].action, Action::Keep);
    QCOMPARE(plan.decisions[0].recommendedAction, std::optional<Action>(Action::Shutdown));
    QCOMPARE(plan.decisions[0].rules, QStringList{"P3"}); // the finding stays on record
    QCOMPARE(plan.decisions[1].action, Action::Shutdown);
    QCOMPARE(plan.summary.after.total(), 1);
    QCOMPARE(plan.summary.annualCostSaved, 1.0);
    // The reason is composed on demand, from what the recommender decided: an override changes
    // the action, not the recommender's reason.
    QVERIFY2(plan.decisions[0].reason(true).startsWith(QStringLiteral("关停：")), qPrintable(plan.decisions[0].reason(true)));
    QVERIFY2(plan.decisions[0].reason(false).startsWith(QStringLiteral("Shut down: ")), qPrintable(plan.decisions[0].reason(false)));
    QVERIFY(plan.decisions[0].reason(true).contains(QStringLiteral("（P3）")));
    QVERIFY2(plan.decisions[1].reason(true).startsWith(QStringLiteral("保留")), qPrintable(plan.decisions[1].reason(true)));
    applyOverrides(inv, plan); // twice = once
    QCOMPARE(plan.decisions[0].action, Action::Keep);
    QCOMPARE(plan.decisions[0].recommendedAction, std::optional<Action>(Action::Shutdown));
    plan.overrides.erase(plan.overrides.begin()); // withdraw the first override
    applyOverrides(inv, plan);
    QCOMPARE(plan.decisions[0].action, Action::Shutdown);
    QVERIFY(!plan.decisions[0].recommendedAction);
    QCOMPARE(plan.summary.after.total(), 0);
}

void TestPlan::cancelGivesEmptyPlan()
{
    const Inventory inv = makeInventory({kA + "level=county", kB + "level=county"});
    AtomicProgress progress;
    progress.cancel();
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf, &progress);
    QVERIFY(plan.decisions.empty());
}

void TestPlan::handWrittenPlan_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("why");
    for (const ExpectedLine &e : readExpectedPlan(handPlanPath()))
        QTest::newRow(qPrintable(e.id + QStringLiteral(": ") + e.why.section(u':', 0, 0)))
            << e.id << e.action << e.target << e.rules << e.why;
}

// Each line of the hand-written plan against the program's plan of the same ledger, as of the
// date the expectations were worked out for.
void TestPlan::handWrittenPlan()
{
    QFETCH(QString, id);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(QString, rules);
    QFETCH(QString, why);
    QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("malformed line in expected.tsv: ") + why));
    const Inventory inv = importLedger(handLedgerPath());
    QVERIFY2(inv.indexOf(id) >= 0, qPrintable(id + QStringLiteral(" is not in ledger.csv")));
    const Plan plan = makePlan(inv, PolicyProfile(), QDate(2026, 11, 22));
    const Decision &d = decisionOf(inv, plan, id);
    QVERIFY2(actionFromName(action).has_value(), qPrintable(action));
    QCOMPARE(actionName(d.action), action);
    QCOMPARE(d.target, target);
    QCOMPARE(d.rules.join(u','), rules);
}

// The expectations name every item of the ledger once, and at least one line exists per action:
// an item left out of expected.tsv, or a file that lost its lines, fails here.
void TestPlan::handWrittenPlanCoversLedger()
{
    const Inventory inv = importLedger(handLedgerPath());
    QCOMPARE(inv.size(), 15);
    QSet<QString> ids;
    QSet<QString> actions;
    for (const ExpectedLine &e : readExpectedPlan(handPlanPath())) {
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id + QStringLiteral(" listed twice")));
        ids.insert(e.id);
        actions.insert(e.action);
        QVERIFY2(!e.why.isEmpty(), qPrintable(e.id + QStringLiteral(" has no reason")));
    }
    for (int i = 0; i < inv.size(); ++i)
        QVERIFY2(ids.contains(inv.at(i).id), qPrintable(inv.at(i).id + QStringLiteral(" has no expected line")));
    QCOMPARE(ids.size(), inv.size());
    QCOMPARE(actions.size(), kActionCount);
}

// A snapshot of the demo county's plan as the program once computed it (SLIMPLAN_UPDATE_GOLDEN=1
// rewrites it): it catches any change of behaviour, but it specifies nothing, since it was produced
// by the code it checks. handWrittenPlan is the specification.
void TestPlan::demoMatchesGolden()
{
    const Inventory inv = importDemo();
    QVERIFY(inv.size() > 200); // an import error empties it
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    const QString actual = planTsv(inv, plan);
    QFile f(goldenPath());
    if (qEnvironmentVariableIsSet("SLIMPLAN_UPDATE_GOLDEN")) {
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual.toUtf8());
        QSKIP("golden file rewritten");
    }
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenPath()));
    const QStringList expected = QString::fromUtf8(f.readAll()).split(u'\n');
    const QStringList got = actual.split(u'\n');
    for (int i = 0; i < std::min(expected.size(), got.size()); ++i)
        QCOMPARE(got[i], expected[i]);
    QCOMPARE(got.size(), expected.size());
}

void TestPlan::demoFiresEveryRule()
{
    const Inventory inv = importDemo();
    const Plan plan = makePlan(inv, PolicyProfile(), kAsOf);
    QSet<QString> fired;
    for (const Decision &d : plan.decisions) {
        for (const QString &r : d.rules)
            fired.insert(r);
    }
    for (const RuleInfo &r : ruleCatalog())
        QVERIFY2(fired.contains(r.id), qPrintable(r.id));
    // Every action occurs, and the county slims by a believable share.
    QSet<Action> actions;
    for (const Decision &d : plan.decisions)
        actions.insert(d.action);
    QCOMPARE(actions.size(), kActionCount);
    QVERIFY(plan.summary.reductionPctTotal > 10.0 && plan.summary.reductionPctTotal < 60.0);
    QVERIFY(plan.summary.dataItemsAfter < plan.summary.dataItemsBefore);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "test_plan.moc"
