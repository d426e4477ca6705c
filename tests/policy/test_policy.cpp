// Every policy rule on small in-memory inventories, positive and negative cases.

#include "itemspec.h"

#include "overlap/overlap.h"
#include "policy/rulecatalog.h"
#include "policy/rulecontext.h"
#include "policy/rules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slimplan;
using namespace slimplan::testspec;

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete();
    void rule_data();
    void rule();
    void indexesAreLinearKeys();
    void normalizedKey_dropsSpaceAndFoldsCase();
    void evidence_data();
    void evidence();
    void evidence_familyLeadsOrReplaces();
};

void TestPolicy::catalogueIsComplete()
{
    const QStringList ids{"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11",
                          "A12", "P1", "P2", "P3", "P4", "P5", "P6", "G1", "G2", "G3", "G4"};
    QCOMPARE(static_cast<int>(ruleCatalog().size()), ids.size());
    for (const QString &id : ids) {
        const RuleInfo *r = findRule(id);
        QVERIFY2(r, qPrintable(id));
        QCOMPARE(r->id, id);
        QVERIFY(!r->titleZh.isEmpty() && !r->titleEn.isEmpty());
        QVERIFY(!r->explanationZh.isEmpty() && !r->explanationEn.isEmpty());
        QVERIFY(!r->sourceZh.isEmpty() && !r->sourceEn.isEmpty());
        QVERIFY2(ruleCheck(id), qPrintable(id));
        const Kind expected = id.startsWith(u'A') ? Kind::App : id.startsWith(u'P') ? Kind::Account : Kind::Group;
        QCOMPARE(r->kind, expected);
    }
    QVERIFY(!findRule(QStringLiteral("A13")));
    QVERIFY(findRule(QStringLiteral("a1")));
    QVERIFY(findRule(QStringLiteral("A1"))->sourceZh.contains(QStringLiteral("县以下单位原则上不得开发政务应用程序")));
}

namespace {

// The default profile, as the JSON tweaks a row gives ("{}" = none).
const QString kDefaultProfile = QStringLiteral("{}");

void row(const char *name, const QStringList &inv, int index, const char *rule, const QString &profile,
         const char *action, const QStringList &remove = {})
{
    QTest::newRow(name) << inv << index << QString::fromLatin1(rule) << profile << QString::fromLatin1(action)
                        << remove;
}

// The rows of rule_data() for apps (A1–A12).
void addAppRuleRows()
{
    const QString def = kDefaultProfile;
    // A1
    row("A1 township app", {"kind=app;level=township;owner=青石镇人民政府;functions=办事"}, 0, "A1", def, "migrate");
    row("A1 village app", {"kind=app;level=village;owner=溪口村"}, 0, "A1", def, "migrate");
    row("A1 county app is fine", {"kind=app;level=county;owner=县民政局"}, 0, "A1", def, "");
    row("A1 unknown level is not a finding", {"kind=app;owner=某单位"}, 0, "A1", def, "");
    // A2
    row("A2 two grassroots apps of one central department",
        {"id=x;kind=app;level=central;owner=国家某部;audience=internal", "id=y;kind=app;level=central;owner=国家某部"}, 0, "A2", def, "merge");
    row("A2 public app does not count",
        {"id=x;kind=app;level=central;owner=国家某部;audience=internal", "id=y;kind=app;level=central;owner=国家某部;audience=public"}, 0, "A2", def, "");
    row("A2 different departments",
        {"id=x;kind=app;level=central;owner=国家甲部", "id=y;kind=app;level=central;owner=国家乙部"}, 0, "A2", def, "");
    // A3
    row("A3 reporting-only county app migrates",
        {"kind=app;level=county;owner=县统计局;functions=数据填报|统计报表"}, 0, "A3", def, "migrate");
    row("A3 reporting plus service is rectified",
        {"kind=app;level=county;owner=县民政局;functions=办事指南|数据填报"}, 0, "A3", def, "rectify", {"数据填报"});
    row("A3 only data items listed migrates",
        {"kind=app;level=township;owner=青石镇;data=低保户数|残疾人数"}, 0, "A3", def, "migrate");
    row("A3 city app not concerned",
        {"kind=app;level=city;owner=市统计局;functions=数据填报"}, 0, "A3", def, "");
    row("A3 no reporting", {"kind=app;level=county;owner=县文旅局;functions=景区导览"}, 0, "A3", def, "");
    // A4
    row("A4 check-in flag", {"kind=app;level=county;owner=县教育局;functions=通知;flags=check_in"}, 0, "A4", def, "rectify");
    row("A4 ranking function removed",
        {"kind=app;level=county;owner=县党建办;functions=学习资料|积分排名;flags=ranking"}, 0, "A4", def, "rectify", {"积分排名"});
    row("A4 emergency scene exempt",
        {"kind=app;level=county;owner=县应急局;functions=值班打卡;flags=check_in;scene=应急"}, 0, "A4", def, "");
    row("A4 security scene exempt",
        {"kind=app;level=county;owner=县公安局;flags=check_in|online_time;scene=大型活动安保"}, 0, "A4", def, "");
    row("A4 none", {"kind=app;level=county;owner=县教育局;functions=通知"}, 0, "A4", def, "");
    // A5, A6, A7
    row("A5 forced download", {"kind=app;owner=县某局;flags=forced_download"}, 0, "A5", def, "rectify");
    row("A5 none", {"kind=app;owner=县某局"}, 0, "A5", def, "");
    row("A6 trace upload", {"kind=app;owner=县某局;functions=巡查|拍照留痕;flags=trace_upload"}, 0, "A6", def, "rectify", {"拍照留痕"});
    row("A6 study time", {"kind=app;owner=县某局;flags=study_time_assessment"}, 0, "A6", def, "rectify");
    row("A6 none", {"kind=app;owner=县某局;functions=巡查"}, 0, "A6", def, "");
    row("A7 commercial", {"kind=app;owner=县某局;functions=农产品商城|办事;flags=commercial"}, 0, "A7", def, "rectify", {"农产品商城"});
    row("A7 none", {"kind=app;owner=县某局;functions=办事"}, 0, "A7", def, "");
    // A8
    row("A8 data item collected by another app",
        {"id=a;kind=app;level=county;owner=县民政局;functions=救助申请;data=低保户数|救助金额",
         "id=b;kind=app;level=county;owner=县残联;functions=残疾人服务;data=低保户数"}, 0, "A8", def, "rectify");
    row("A8 reporting-only app migrates",
        {"id=a;kind=app;owner=县统计局;functions=数据填报;data=低保户数", "id=b;kind=app;owner=县民政局;data=低保户数"}, 0, "A8", def, "migrate");
    row("A8 distinct data items",
        {"id=a;kind=app;owner=县民政局;data=低保户数", "id=b;kind=app;owner=县残联;data=残疾人数"}, 0, "A8", def, "");
    row("A8 groups do not count",
        {"id=a;kind=app;owner=县民政局;data=低保户数", "id=b;kind=group;owner=县民政局;data=低保户数"}, 0, "A8", def, "");
    // A9
    row("A9 idle beyond zombie window", {"kind=app;owner=县某局;last=-200;active=900"}, 0, "A9", def, "shutdown");
    row("A9 zombie window 400 keeps it", {"kind=app;owner=县某局;last=-200;active=900"}, 0, "A9",
        QStringLiteral("{\"zombie_days\":400}"), "");
    row("A9 few active users", {"kind=app;owner=县某局;last=-5;active=12"}, 0, "A9", def, "shutdown");
    row("A9 low active ratio", {"kind=app;owner=县某局;last=-5;active=100;users=10000"}, 0, "A9", def, "shutdown");
    row("A9 busy app", {"kind=app;owner=县某局;last=-5;active=800;users=2000"}, 0, "A9", def, "");
    row("A9 unknown usage is not low", {"kind=app;owner=县某局"}, 0, "A9", def, "");
    row("A9 unknown users no ratio", {"kind=app;owner=县某局;active=60"}, 0, "A9", def, "");
    // A10
    row("A10 look-alike apps",
        {"id=a;name=青溪政务通;kind=app;region=519901;owner=县政务中心;platform=安卓;functions=办事指南|预约办理|政策查询|投诉建议",
         "id=b;name=青溪便民宝;kind=app;region=519901;owner=县发改局;platform=安卓;functions=办事指南|预约办理|政策查询|投诉建议"}, 1, "A10", def, "merge");
    row("A10 different apps",
        {"id=a;name=青溪政务通;kind=app;region=519901;owner=县政务中心;functions=办事指南|预约办理",
         "id=b;name=智慧旅游;kind=app;region=519901;owner=县文旅局;functions=景区导览|门票预订"}, 1, "A10", def, "");
    // A11
    row("A11 not filed", {"kind=app;owner=县某局;filing=-"}, 0, "A11", def, "rectify");
    row("A11 unknown filing is not a finding", {"kind=app;owner=县某局"}, 0, "A11", def, "");
    row("A11 filed", {"kind=app;owner=县某局;filing=川APP2025001"}, 0, "A11", def, "");
    // A12
    row("A12 no IPv6", {"kind=app;owner=县某局;flags=no_ipv6"}, 0, "A12", def, "rectify");
    row("A12 no feedback", {"kind=app;owner=县某局;flags=no_feedback"}, 0, "A12", def, "rectify");
    row("A12 none", {"kind=app;owner=县某局"}, 0, "A12", def, "");
}

// The rows of rule_data() for public accounts (P1–P6).
void addAccountRuleRows()
{
    const QString def = kDefaultProfile;
    // P1
    row("P1 two accounts on one platform",
        {"id=a;kind=account;owner=县卫健局;platform=微信", "id=b;kind=account;owner=县卫健局;platform=微信"}, 0, "P1", def, "merge");
    row("P1 different platforms are fine",
        {"id=a;kind=account;owner=县卫健局;platform=微信", "id=b;kind=account;owner=县卫健局;platform=抖音"}, 0, "P1", def, "");
    row("P1 unknown platform proves nothing",
        {"id=a;kind=account;owner=县卫健局", "id=b;kind=account;owner=县卫健局"}, 0, "P1", def, "");
    // P2
    const QStringList p2{
        "id=c;name=平安青溪;kind=account;level=county;region=519901;owner=县公安局;platform=微信;functions=警情通报|防骗提示|办事指南",
        "id=t;name=平安青溪;kind=account;level=township;region=519901001;owner=青石镇派出所;platform=微信;functions=警情通报|防骗提示|办事指南"};
    row("P2 township account duplicates county account", p2, 1, "P2", def, "migrate");
    row("P2 the higher account is not flagged", p2, 0, "P2", def, "");
    // P3
    row("P3 no post for 100 days", {"kind=account;owner=县某局;last=-100"}, 0, "P3", def, "shutdown");
    row("P3 recent post", {"kind=account;owner=县某局;last=-30;posts=0"}, 0, "P3", def, "");
    row("P3 no post in 90 days", {"kind=account;owner=县某局;posts=0"}, 0, "P3", def, "shutdown");
    row("P3 posts90d says nothing about a 120-day window", {"kind=account;owner=县某局;posts=0"}, 0, "P3",
        QStringLiteral("{\"zombie_days\":120}"), "");
    row("P3 unknown activity", {"kind=account;owner=县某局"}, 0, "P3", def, "");
    // P4, P5
    row("P4 no interaction", {"kind=account;owner=县某局;flags=no_feedback"}, 0, "P4", def, "rectify");
    row("P4 none", {"kind=account;owner=县某局"}, 0, "P4", def, "");
    row("P5 assigned follows", {"kind=account;owner=县某局;flags=forced_follow"}, 0, "P5", def, "rectify");
    row("P5 like assessment", {"kind=account;owner=县某局;flags=like_assessment"}, 0, "P5", def, "rectify");
    row("P5 none", {"kind=account;owner=县某局"}, 0, "P5", def, "");
    // P6
    row("P6 nominal account", {"kind=account;owner=县某局;last=-3;notes=挂名账号，无人维护"}, 0, "P6", def, "shutdown");
    row("P6 never posted", {"kind=account;owner=县某局;posts=0;launched=-400"}, 0, "P6", def, "shutdown");
    row("P6 new account not yet a shell", {"kind=account;owner=县某局;posts=0;launched=-20"}, 0, "P6", def, "");
    row("P6 badge not shown", {"kind=account;owner=县某局;last=-3;notes=未持证亮牌"}, 0, "P6", def, "rectify");
    row("P6 unknown is not empty", {"kind=account;owner=县某局"}, 0, "P6", def, "");
}

// The rows of rule_data() for work groups (G1–G4).
void addGroupRuleRows()
{
    const QString def = kDefaultProfile;
    // G1
    row("G1 finished temporary group", {"kind=group;owner=县防指;flags=temporary;last=-30"}, 0, "G1", def, "shutdown");
    row("G1 busy temporary group", {"kind=group;owner=县防指;flags=temporary;last=-2;posts=340"}, 0, "G1", def, "");
    row("G1 temporary task noted as ended", {"kind=group;owner=县防指;flags=temporary;last=-3;notes=任务已结束"}, 0, "G1", def, "shutdown");
    row("G1 idle group", {"kind=group;owner=县某局;last=-70"}, 0, "G1", def, "shutdown");
    row("G1 group within idle window", {"kind=group;owner=县某局;last=-30"}, 0, "G1", def, "");
    row("G1 unknown activity", {"kind=group;owner=县某局"}, 0, "G1", def, "");
    // G2
    row("G2 same work same members",
        {"id=a;name=蓝田街道社会事务群;kind=group;region=519901002;owner=蓝田街道;platform=微信;functions=社会救助|养老服务;members=1|2|3|4|5|6|7|8",
         "id=b;name=蓝田街道社会事务工作群;kind=group;region=519901002;owner=蓝田街道;platform=微信;functions=社会救助|养老服务;members=1|2|3|4|5|6|7|9"}, 1, "G2", def, "merge");
    row("G2 different members and work",
        {"id=a;name=蓝田街道社会事务群;kind=group;region=519901002;owner=蓝田街道;functions=社会救助;members=1|2|3|4",
         "id=b;name=蓝田街道党建群;kind=group;region=519901002;owner=蓝田街道;functions=党建学习;members=5|6|7|8"}, 1, "G2", def, "");
    // G3
    row("G3 check-in chain", {"kind=group;owner=县某局;functions=工作通知|每日打卡接龙"}, 0, "G3", def, "rectify", {"每日打卡接龙"});
    row("G3 check-in flag", {"kind=group;owner=县某局;flags=check_in"}, 0, "G3", def, "rectify");
    row("G3 none", {"kind=group;owner=县某局;functions=工作通知"}, 0, "G3", def, "");
    // G4
    row("G4 owner 无", {"kind=group;owner=无"}, 0, "G4", def, "rectify");
    row("G4 owner empty", {"kind=group;name=某群"}, 0, "G4", def, "rectify");
    row("G4 owner named", {"kind=group;owner=县某局"}, 0, "G4", def, "");
}

} // namespace

void TestPolicy::rule_data()
{
    QTest::addColumn<QStringList>("inventory");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("profile"); // JSON tweaks of the default profile
    QTest::addColumn<QString>("action");  // expected suggested action, "" = the rule does not fire
    QTest::addColumn<QStringList>("remove");
    addAppRuleRows();
    addAccountRuleRows();
    addGroupRuleRows();
}

void TestPolicy::rule()
{
    QFETCH(QStringList, inventory);
    QFETCH(int, index);
    QFETCH(QString, rule);
    QFETCH(QString, profile);
    QFETCH(QString, action);
    QFETCH(QStringList, remove);

    const Inventory inv = makeInventory(inventory);
    QString error;
    const PolicyProfile p = PolicyProfile::fromJson(QJsonDocument::fromJson(profile.toUtf8()).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const OverlapResult overlap = computeOverlap(inv, p);
    const RuleContext ctx = makeRuleContext(inv, p, kAsOf, &overlap);

    const std::optional<Finding> f = checkRule(rule, inv, index, ctx);
    if (action.isEmpty()) {
        QVERIFY2(!f, f ? qPrintable(f->evidence(false)) : "");
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->rule, rule);
    QCOMPARE(actionName(f->suggested), action);
    QVERIFY(!f->evidence(true).isEmpty());
    QVERIFY(!f->evidence(false).isEmpty());
    if (!remove.isEmpty())
        QCOMPARE(f->removeFunctions, remove);
    QVERIFY(f->confidence > 0.0 && f->confidence <= 1.0);
}

void TestPolicy::indexesAreLinearKeys()
{
    // P1 counts per owner+platform, A8 per data item: three accounts of one unit on one platform
    // all see the same count, and the data-item index names the other collector.
    const Inventory inv = makeInventory({"id=a;kind=account;owner=县卫健局;platform=微信",
                                         "id=b;kind=account;owner=县卫健局;platform= 微信 ",
                                         "id=c;kind=account;owner=县卫健局;platform=微信",
                                         "id=d;kind=app;owner=县民政局;data=低保户数",
                                         "id=e;kind=app;owner=县残联;data=低保 户数"});
    const RuleIndexes ix = buildRuleIndexes(inv, nullptr);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(ix.ownerPlatformStat(i));
        QCOMPARE(ix.ownerPlatformStat(i), ix.ownerPlatformStat(0)); // one group
        QCOMPARE(ix.ownerPlatformStat(i)->count, 3);
    }
    QVERIFY(!ix.ownerPlatformStat(3)); // apps are not in P1's groups
    const KeyStat s = ix.dataItemStat(QStringLiteral("低保户数"));
    QCOMPARE(s.count, 2);
    QCOMPARE(s.other(3), 4);
    QCOMPARE(s.other(4), 3);
}

void TestPolicy::normalizedKey_dropsSpaceAndFoldsCase()
{
    // The inline paths (ASCII, CJK) agree with Qt's white space and case folding everywhere.
    const auto reference = [](const QString &text) {
        QString out;
        for (const QChar c : text)
            if (!c.isSpace())
                out += c.toCaseFolded();
        return out;
    };
    const QStringList samples{QStringLiteral("低保户数"), QStringLiteral("低保 户数"), QStringLiteral("ABC def\tGHI"),
                              QStringLiteral("Ｆｕｌｌ　ｗｉｄｔｈ"), QStringLiteral("ÄÖÜ straße"), QStringLiteral("ΣΑΣ"),
                              QStringLiteral("\u00a0x\u0085y\u2028z"), QStringLiteral("龍鳳\u9fff\u3400"), QString()};
    for (const QString &t : samples)
        QCOMPARE(normalizedKey(t), reference(t));
    // Already normal: the same buffer, not a copy.
    const QString normal = QStringLiteral("县民政局abc");
    QCOMPARE(normalizedKey(normal).constData(), normal.constData());
}

void TestPolicy::evidence_data()
{
    // Findings keep facts and compose their sentence when read: the exact words in both languages.
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    QTest::newRow("A4 flags in the rule's order") << "kind=app;flags=ranking|check_in" << "A4"
        << "设有打卡签到、积分排名" << "has check-in, points ranking";
    QTest::newRow("P5 flags in the rule's order") << "kind=account;flags=like_assessment|forced_follow" << "P5"
        << "存在摊派关注、点赞转发考核" << "assigned follows, likes/forwards as assessment";
    QTest::newRow("A4 functions win over flags") << "kind=app;flags=check_in;functions=每日打卡|办事" << "A4"
        << "设有每日打卡" << "has 每日打卡";
    QTest::newRow("A5 without functions") << "kind=app;flags=forced_download" << "A5"
        << "强制下载或以安装率、登录频次考核" << "forced download or install/login rate used as assessment";
    QTest::newRow("A5 with functions") << "kind=app;functions=安装率考核|强制下载" << "A5"
        << "强制下载或以安装率、登录频次考核（安装率考核、强制下载）"
        << "forced download or install/login rate used as assessment (安装率考核, 强制下载)";
    QTest::newRow("A9 ratio") << "kind=app;users=10000;active=420;last=-10" << "A9"
        << "月活仅占注册用户4.2%（低于5.0%）" << "monthly active users only 4.2% of registered (below 5.0%)";
    QTest::newRow("A9 idle") << "kind=app;last=-200" << "A9"
        << "最后活动于2026-05-06，已200天无活动（限90天）" << "last active 2026-05-06, idle for 200 days (limit 90)";
    QTest::newRow("A1 level in each language") << "kind=app;level=township;owner=青石镇人民政府" << "A1"
        << "主办单位「青石镇人民政府」为乡镇级单位，县以下原则上不得自建应用"
        << "owner 青石镇人民政府 is a township-level unit; units below county level should not run their own app";
    QTest::newRow("A3 without reporting functions") << "kind=app;level=county;data=低保户数" << "A3"
        << "仅用于填表报数（填报事项），应通过省一表通平台统一报送"
        << "exists only for data reporting (data items), which belongs on 省一表通平台";
    QTest::newRow("A12 flags only") << "kind=app;flags=no_ipv6|no_feedback" << "A12"
        << "无互动反馈功能、不支持IPv6" << "no feedback function, no IPv6";
}

void TestPolicy::evidence()
{
    QFETCH(QString, item);
    QFETCH(QString, rule);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    const Inventory inv = makeInventory({item});
    const RuleContext ctx = makeRuleContext(inv, PolicyProfile(), kAsOf, nullptr);
    const std::optional<Finding> f = checkRule(rule, inv, 0, ctx);
    QVERIFY(f);
    QCOMPARE(f->evidence(true), zh);
    QCOMPARE(f->evidence(false), en);
    // A copy stated as text says the same.
    Finding stated = *f;
    stated.setEvidence(f->evidence(true), f->evidence(false));
    QCOMPARE(stated.evidence(true), zh);
    QCOMPARE(stated.evidence(false), en);
}

void TestPolicy::evidence_familyLeadsOrReplaces()
{
    // Names are put in as they are: a name that looks like a placeholder stays as it is.
    const Inventory inv = makeInventory({"kind=account;name=甲;owner=县%2局;platform=微信",
                                         "kind=account;name=乙;owner=县%2局;platform=微信"});
    const RuleContext ctx = makeRuleContext(inv, PolicyProfile(), kAsOf, nullptr);
    std::optional<Finding> p1 = checkRule(QStringLiteral("P1"), inv, 0, ctx);
    QVERIFY(p1);
    QCOMPARE(p1->evidence(true), QStringLiteral("「县%2局」在微信开设2个账号"));
    QCOMPARE(p1->evidence(false), QStringLiteral("县%2局 runs 2 accounts on 微信"));

    auto family = std::make_shared<FamilyEvidence>();
    family->survivorName = QStringLiteral("青溪政务通");
    family->shared = {4, 0, 1};
    family->own = {5, 0, 3};
    family->usagePercent = 13;
    p1->family = family; // P1 keeps its own evidence after the family's
    QCOMPARE(p1->evidence(true),
             QStringLiteral("与「青溪政务通」功能重合 4/5，填报事项重合 1/3，月活仅其 13%；「县%2局」在微信开设2个账号"));
    QCOMPARE(p1->evidence(false),
             QStringLiteral("Overlaps 青溪政务通 in 4/5 functions, in 1/3 data items; monthly active users only 13% of it; "
                            "县%2局 runs 2 accounts on 微信"));
    Finding a10 = *p1;
    a10.rule = QStringLiteral("A10"); // A10 and G2 say only what the family shares
    family->shared = {0, 0, 0};
    family->usagePercent = -1;
    QCOMPARE(a10.evidence(true), QStringLiteral("与「青溪政务通」同属一个整合组"));
    QCOMPARE(a10.evidence(false), QStringLiteral("Same family as 青溪政务通"));
    a10.setEvidence(QStringLiteral("手写"), QString()); // stated text drops the family part
    QCOMPARE(a10.evidence(true), QStringLiteral("手写"));
    QVERIFY(!a10.hasEvidence(false));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "test_policy.moc"
