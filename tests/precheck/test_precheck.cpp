// 立项预审 on the demo county 青溪县: a proposed app that duplicates existing ones, one built around
// a banned function, one new and clean — in the core and through slimplan-cli precheck.

#include "../common/clirun.h"

#include "import/importer.h"
#include "plan/precheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slimplan;
using slimplan::testing::cli;
using slimplan::testing::Run;

namespace {
QString demoPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/../../resources/demo/qingxi.csv"); }
const QDate kAsOf(2026, 11, 22);

Item proposal(const QString &name, const QString &owner, const QStringList &functions)
{
    Item p;
    p.name = name;
    p.owner = owner;
    p.functions = functions;
    p.level = Level::County;
    return p;
}

const QStringList kServiceFunctions{QStringLiteral("办事指南"), QStringLiteral("预约办理"),
                                    QStringLiteral("政策查询"), QStringLiteral("投诉建议"),
                                    QStringLiteral("证照查询")};
} // namespace

class TestPrecheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duplicate_rejectedNamingTheExistingApp();
    void bannedFunction_rejectedWithRuleA4();
    void bannedFunctionBesideOthers_revise();
    void newAndClean_approved();
    void cli_jsonKeys();
    void cli_badFileNamesRowAndColumn();
    void cli_usage();

private:
    Inventory m_inv;
    QTemporaryDir m_dir;
    QString m_project;
};

void TestPrecheck::initTestCase()
{
    ImportResult r = importFiles({demoPath()}, ImportOptions(), nullptr);
    m_inv = std::move(r.inventory);
    QVERIFY(m_inv.size() > 100);
    m_project = m_dir.filePath(QStringLiteral("qingxi.slimplan"));
    const Run run = cli({QStringLiteral("import"), demoPath(), QStringLiteral("--project"), m_project});
    QCOMPARE(run.exitCode, 0);
}

void TestPrecheck::duplicate_rejectedNamingTheExistingApp()
{
    const PrecheckResult r = precheck(m_inv, proposal(QStringLiteral("青溪政务服务通"),
                                                      QStringLiteral("青溪县人民政府办公室"), kServiceFunctions),
                                      PolicyProfile(), kAsOf);
    QCOMPARE(r.verdict, PrecheckVerdict::Reject);
    QVERIFY(!r.overlaps.empty());
    QCOMPARE(r.overlaps.front().id, QStringLiteral("QX-APP-001"));
    QVERIFY(r.overlaps.front().duplicate);
    QVERIFY(r.overlaps.front().score >= kPrecheckPartialScore);
    QCOMPARE(r.overlaps.front().sharedFunctions, kServiceFunctions);
    QVERIFY(r.overlaps.front().explanationZh.contains(QStringLiteral("功能重合 5/5")));
    QVERIFY(r.rejectRules.contains(QStringLiteral("overlap")));
    QVERIFY(r.ruleIds().contains(QStringLiteral("A10")));
    QVERIFY(r.reasonZh.contains(QStringLiteral("青溪政务通")));
    // The project's items are compared, never changed: the proposal is not among the overlaps.
    for (const PrecheckOverlap &o : r.overlaps)
        QVERIFY(m_inv.indexOf(o.id) >= 0);
}

void TestPrecheck::bannedFunction_rejectedWithRuleA4()
{
    const PrecheckResult r = precheck(m_inv, proposal(QStringLiteral("青溪干部考勤"), QStringLiteral("青溪县水利局"),
                                                      {QStringLiteral("打卡签到"), QStringLiteral("积分排名")}),
                                      PolicyProfile(), kAsOf);
    QCOMPARE(r.ruleIds(), QStringList{QStringLiteral("A4")});
    QCOMPARE(r.verdict, PrecheckVerdict::Reject);
    QCOMPARE(r.rejectRules, QStringList{QStringLiteral("A4")});
    QVERIFY(r.reasonZh.contains(QStringLiteral("A4")));
}

void TestPrecheck::bannedFunctionBesideOthers_revise()
{
    const PrecheckResult r = precheck(m_inv, proposal(QStringLiteral("青溪古树名木保护"), QStringLiteral("青溪县林业局"),
                                                      {QStringLiteral("古树名木档案"), QStringLiteral("巡护打卡")}),
                                      PolicyProfile(), kAsOf);
    QVERIFY(r.ruleIds().contains(QStringLiteral("A4")));
    QCOMPARE(r.verdict, PrecheckVerdict::Revise);
    QVERIFY(r.rejectRules.isEmpty());
}

void TestPrecheck::newAndClean_approved()
{
    Item p = proposal(QStringLiteral("青溪古树名木保护"), QStringLiteral("青溪县林业局"),
                      {QStringLiteral("古树名木档案"), QStringLiteral("病虫害识别"), QStringLiteral("巡护记录")});
    p.audience = Audience::Internal;
    const PrecheckResult r = precheck(m_inv, p, PolicyProfile(), kAsOf);
    QCOMPARE(r.verdict, PrecheckVerdict::Approve);
    QVERIFY(r.overlaps.empty());
    QVERIFY(r.findings.empty());
    QVERIFY(r.reasonZh.contains(QStringLiteral("同意立项")));
}

void TestPrecheck::cli_jsonKeys()
{
    const QString json = m_dir.filePath(QStringLiteral("dup.json"));
    const Run r = cli({QStringLiteral("precheck"), QStringLiteral("--project"), m_project, QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-22"), QStringLiteral("--name"), QStringLiteral("青溪政务服务通"),
                       QStringLiteral("--owner"), QStringLiteral("青溪县人民政府办公室"), QStringLiteral("--functions"),
                       kServiceFunctions.join(QStringLiteral("、")), QStringLiteral("--json"), json});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("reject")));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("verdict")).toString(), QStringLiteral("reject"));
    const QJsonArray overlaps = doc.value(QStringLiteral("overlaps")).toArray();
    QVERIFY(!overlaps.isEmpty());
    const QJsonObject first = overlaps.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("QX-APP-001"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("青溪政务通"));
    QVERIFY(first.value(QStringLiteral("score")).toDouble() > kPrecheckPartialScore);
    QVERIFY(doc.value(QStringLiteral("rules")).toArray().contains(QStringLiteral("A10")));
    QVERIFY(doc.value(QStringLiteral("reason")).toString().contains(QStringLiteral("青溪政务通")));
}

void TestPrecheck::cli_badFileNamesRowAndColumn()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("名称,类型,主办单位,上线时间\n青溪新应用,火箭,青溪县林业局,2026-13-45\n");
    f.close();
    const Run r = cli({QStringLiteral("precheck"), QStringLiteral("--project"), m_project, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(":2:")), qPrintable(r.err));
}

void TestPrecheck::cli_usage()
{
    QCOMPARE(cli({QStringLiteral("precheck"), QStringLiteral("--project"), m_project}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("precheck"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("precheck"), QStringLiteral("--project"), m_project, QStringLiteral("--name"),
                  QStringLiteral("x"), QStringLiteral("--owner"), QStringLiteral("y"), QStringLiteral("--kind"),
                  QStringLiteral("rocket")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPrecheck)
#include "test_precheck.moc"
