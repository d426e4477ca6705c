// Every normalisation rule of INVENTORY-FORMAT.md, as people type the values into ledgers.

#include "import/fieldmap.h"
#include "import/memberhasher.h"
#include "import/normalize.h"

#include <QTest>

using namespace slimplan;

Q_DECLARE_METATYPE(std::optional<Kind>)
Q_DECLARE_METATYPE(std::optional<Level>)
Q_DECLARE_METATYPE(std::optional<Audience>)
Q_DECLARE_METATYPE(std::optional<bool>)
Q_DECLARE_METATYPE(std::optional<Field>)

namespace {
const std::optional<Kind> kNoKind;
const std::optional<Level> kNoLevel;
} // namespace

class TestNormalize : public QObject
{
    Q_OBJECT
private slots:
    void foldKey_data();
    void foldKey();
    void kind_data();
    void kind();
    void level_data();
    void level();
    void audience_data();
    void audience();
    void boolean_data();
    void boolean();
    void list_data();
    void list();
    void date_data();
    void date();
    void flags_data();
    void flags();
    void functionFlags_data();
    void functionFlags();
    void flagHeader_data();
    void flagHeader();
    void regionLevel_data();
    void regionLevel();
    void ownerLevel_data();
    void ownerLevel();
    void kindHint_data();
    void kindHint();
    void summary_data();
    void summary();
    void header_data();
    void header();
    void headerRow_data();
    void headerRow();
    void manualMapping();
    void sipHashVectors();
    void memberHashes();
};

void TestNormalize::foldKey_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("full-width parens and spaces") << QStringLiteral("  运维费用（万元） ") << QStringLiteral("运维费用(万元)");
    QTest::newRow("full-width letters, case") << QStringLiteral("ＡＰＰ名称") << QStringLiteral("app名称");
    QTest::newRow("ideographic space inside") << QStringLiteral("应用\u3000名称") << QStringLiteral("应用名称");
    QTest::newRow("ascii case") << QStringLiteral("Active_Users") << QStringLiteral("active_users");
    QTest::newRow("full-width digits") << QStringLiteral("近９０天发文数") << QStringLiteral("近90天发文数");
    QTest::newRow("BOM and zero-width") << QStringLiteral("\uFEFF名称\u200B") << QStringLiteral("名称");
    QTest::newRow("empty") << QString() << QString();
}

void TestNormalize::foldKey()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(slimplan::foldKey(in), out);
}

void TestNormalize::kind_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<Kind>>("out");
    const std::pair<const char *, std::optional<Kind>> rows[] = {
        {"应用程序", Kind::App}, {"App", Kind::App}, {"APP", Kind::App}, {"app", Kind::App},
        {"小程序", Kind::App}, {"快应用", Kind::App}, {"微信小程序", Kind::App}, {"ＡＰＰ", Kind::App},
        {"公众账号", Kind::Account}, {"公众号", Kind::Account}, {"新媒体", Kind::Account},
        {"微博", Kind::Account}, {"抖音号", Kind::Account}, {"头条号", Kind::Account},
        {"视频号", Kind::Account}, {"政务微信公众号", Kind::Account}, {"account", Kind::Account},
        {"工作群", Kind::Group}, {"群组", Kind::Group}, {"微信群", Kind::Group}, {"钉钉群", Kind::Group},
        {"政务微信群", Kind::Group}, {"QQ群", Kind::Group}, {"qq群", Kind::Group}, {"group", Kind::Group},
        {" 工作群 ", Kind::Group}, {"GROUP", Kind::Group},
        {"网站", kNoKind}, {"", kNoKind}, {"群众", kNoKind}, {"123", kNoKind},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << out;
}

void TestNormalize::kind()
{
    QFETCH(QString, in);
    QFETCH(std::optional<Kind>, out);
    QCOMPARE(parseKind(in), out);
}

void TestNormalize::level_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<Level>>("out");
    const std::pair<const char *, std::optional<Level>> rows[] = {
        {"中央", Level::Central}, {"国家", Level::Central}, {"国家级", Level::Central},
        {"central", Level::Central}, {"省", Level::Province}, {"省级", Level::Province},
        {"Province", Level::Province}, {"市", Level::City}, {"地市", Level::City}, {"市级", Level::City},
        {"city", Level::City}, {"县", Level::County}, {"区", Level::County}, {"县级", Level::County},
        {"县（市、区）", Level::County}, {"county", Level::County}, {"district", Level::County},
        {"乡", Level::Township}, {"镇", Level::Township}, {"街道", Level::Township},
        {"乡镇", Level::Township}, {"township", Level::Township}, {"村", Level::Village},
        {"社区", Level::Village}, {"village", Level::Village}, {"村(社区)", Level::Village},
        {"部门", kNoLevel}, {"", kNoLevel}, {"五级", kNoLevel},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << out;
}

void TestNormalize::level()
{
    QFETCH(QString, in);
    QFETCH(std::optional<Level>, out);
    QCOMPARE(parseLevel(in), out);
}

void TestNormalize::audience_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<Audience>>("out");
    QTest::newRow("内部") << QStringLiteral("内部") << std::optional<Audience>(Audience::Internal);
    QTest::newRow("干部职工") << QStringLiteral("干部职工") << std::optional<Audience>(Audience::Internal);
    QTest::newRow("internal") << QStringLiteral("Internal") << std::optional<Audience>(Audience::Internal);
    QTest::newRow("社会公众") << QStringLiteral("社会公众") << std::optional<Audience>(Audience::Public);
    QTest::newRow("群众") << QStringLiteral("群众") << std::optional<Audience>(Audience::Public);
    QTest::newRow("public") << QStringLiteral("public") << std::optional<Audience>(Audience::Public);
    QTest::newRow("企业") << QStringLiteral("企业") << std::optional<Audience>(Audience::Enterprise);
    QTest::newRow("enterprise") << QStringLiteral("enterprise") << std::optional<Audience>(Audience::Enterprise);
    QTest::newRow("mixed is no guess") << QStringLiteral("企业和群众") << std::optional<Audience>();
    QTest::newRow("nonsense") << QStringLiteral("所有人") << std::optional<Audience>();
}

void TestNormalize::audience()
{
    QFETCH(QString, in);
    QFETCH(std::optional<Audience>, out);
    QCOMPARE(parseAudience(in), out);
}

void TestNormalize::boolean_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<bool>>("out");
    const std::pair<const char *, std::optional<bool>> rows[] = {
        {"是", true}, {"否", false}, {"有", true}, {"无", false}, {"Y", true}, {"N", false},
        {"y", true}, {"n", false}, {"yes", true}, {"No", false}, {"TRUE", true}, {"false", false},
        {"1", true}, {"0", false}, {"√", true}, {"×", false}, {"１", true}, {" 是 ", true},
        {"也许", std::nullopt}, {"", std::nullopt}, {"2", std::nullopt},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << out;
}

void TestNormalize::boolean()
{
    QFETCH(QString, in);
    QFETCH(std::optional<bool>, out);
    QCOMPARE(parseBool(in), out);
}

void TestNormalize::list_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QStringList>("out");
    const QStringList abc{QStringLiteral("办事"), QStringLiteral("查询"), QStringLiteral("通知")};
    QTest::newRow("dunhao 、") << QStringLiteral("办事、查询、通知") << abc;
    QTest::newRow("full-width comma") << QStringLiteral("办事，查询，通知") << abc;
    QTest::newRow("comma") << QStringLiteral("办事,查询,通知") << abc;
    QTest::newRow("full-width semicolon") << QStringLiteral("办事；查询；通知") << abc;
    QTest::newRow("semicolon") << QStringLiteral("办事;查询;通知") << abc;
    QTest::newRow("bar") << QStringLiteral("办事|查询|通知") << abc;
    QTest::newRow("slash") << QStringLiteral("办事/查询/通知") << abc;
    QTest::newRow("newline") << QStringLiteral("办事\n查询\r\n通知") << abc;
    QTest::newRow("mixed, spaces, blanks") << QStringLiteral(" 办事 、、查询 ;  ;通知 ") << abc;
    QTest::newRow("duplicates keep first order") << QStringLiteral("办事、查询、办事、通知、查询") << abc;
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only separators") << QStringLiteral("、,;|") << QStringList();
    QTest::newRow("single") << QStringLiteral("  办事 ") << QStringList{QStringLiteral("办事")};
}

void TestNormalize::list()
{
    QFETCH(QString, in);
    QFETCH(QStringList, out);
    QCOMPARE(parseList(in), out);
}

void TestNormalize::date_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("serials");
    QTest::addColumn<QDate>("out");
    const QDate d(2025, 3, 1);
    QTest::newRow("iso") << QStringLiteral("2025-03-01") << false << d;
    QTest::newRow("slashes short") << QStringLiteral("2025/3/1") << false << d;
    QTest::newRow("dots") << QStringLiteral("2025.3.1") << false << d;
    QTest::newRow("chinese") << QStringLiteral("2025年3月1日") << false << d;
    QTest::newRow("chinese 号") << QStringLiteral("2025年3月1号") << false << d;
    QTest::newRow("compact") << QStringLiteral("20250301") << false << d;
    QTest::newRow("with time") << QStringLiteral("2025-03-01 08:30:00") << false << d;
    QTest::newRow("iso T time") << QStringLiteral("2025-03-01T08:30") << false << d;
    QTest::newRow("full-width digits") << QStringLiteral("２０２５－０３－０１") << false << d;
    QTest::newRow("padded spaces") << QStringLiteral("  2025/03/01 ") << false << d;
    QTest::newRow("excel serial allowed") << QStringLiteral("45717") << true << d;
    QTest::newRow("excel serial with fraction") << QStringLiteral("45717.5") << true << d;
    QTest::newRow("excel serial 1") << QStringLiteral("1") << true << QDate(1900, 1, 1);
    QTest::newRow("excel serial 61") << QStringLiteral("61") << true << QDate(1900, 3, 1);
    QTest::newRow("excel serial fake leap day") << QStringLiteral("60") << true << QDate();
    QTest::newRow("serial not allowed in csv") << QStringLiteral("45717") << false << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2025-03/01") << false << QDate();
    QTest::newRow("no such day") << QStringLiteral("2025-02-30") << false << QDate();
    QTest::newRow("month 13") << QStringLiteral("2025/13/1") << false << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("25-03-01") << false << QDate();
    QTest::newRow("month only") << QStringLiteral("2025年3月") << false << QDate();
    QTest::newRow("words") << QStringLiteral("去年三月") << false << QDate();
    QTest::newRow("blank") << QString() << false << QDate();
    QTest::newRow("trailing junk") << QStringLiteral("2025-03-01x") << false << QDate();
}

void TestNormalize::date()
{
    QFETCH(QString, in);
    QFETCH(bool, serials);
    QFETCH(QDate, out);
    QCOMPARE(parseDate(in, serials), out);
}

void TestNormalize::flags_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QStringList>("unknown");
    auto L = [](std::initializer_list<const char *> l) {
        QStringList s;
        for (const char *x : l)
            s << QString::fromUtf8(x);
        return s;
    };
    QTest::newRow("canonical") << QStringLiteral("check_in, no_ipv6") << L({"check_in", "no_ipv6"}) << QStringList();
    QTest::newRow("打卡签到") << QStringLiteral("打卡签到") << L({"check_in"}) << QStringList();
    QTest::newRow("积分排名") << QStringLiteral("积分排名") << L({"ranking"}) << QStringList();
    QTest::newRow("在线时长") << QStringLiteral("在线时长") << L({"online_time"}) << QStringList();
    QTest::newRow("强制下载") << QStringLiteral("强制下载") << L({"forced_download"}) << QStringList();
    QTest::newRow("点赞/转发/投票考核 compound") << QStringLiteral("点赞/转发/投票考核") << L({"like_assessment"}) << QStringList();
    QTest::newRow("转发考核") << QStringLiteral("转发考核") << L({"like_assessment"}) << QStringList();
    QTest::newRow("学习时长考核") << QStringLiteral("学习时长考核") << L({"study_time_assessment"}) << QStringList();
    QTest::newRow("拍照留痕/上传工作照") << QStringLiteral("拍照留痕/上传工作照") << L({"trace_upload"}) << QStringList();
    QTest::newRow("摊派关注") << QStringLiteral("摊派关注") << L({"forced_follow"}) << QStringList();
    QTest::newRow("商业活动") << QStringLiteral("商业活动") << L({"commercial"}) << QStringList();
    QTest::newRow("无互动/投诉功能") << QStringLiteral("无互动/投诉功能") << L({"no_feedback"}) << QStringList();
    QTest::newRow("不支持IPv6") << QStringLiteral("不支持IPv6") << L({"no_ipv6"}) << QStringList();
    QTest::newRow("临时群") << QStringLiteral("临时群") << L({"temporary"}) << QStringList();
    QTest::newRow("several, mixed separators") << QStringLiteral("打卡签到、积分排名；临时群")
                                               << L({"check_in", "ranking", "temporary"}) << QStringList();
    QTest::newRow("unknown word reported") << QStringLiteral("打卡签到、飞行模式") << L({"check_in"}) << L({"飞行模式"});
    QTest::newRow("blank") << QString() << QStringList() << QStringList();
}

void TestNormalize::flags()
{
    QFETCH(QString, in);
    QFETCH(QStringList, out);
    QFETCH(QStringList, unknown);
    QStringList gotUnknown;
    QCOMPARE(flagNames(parseFlags(in, &gotUnknown)), out);
    QCOMPARE(gotUnknown, unknown);
}

void TestNormalize::functionFlags_data()
{
    QTest::addColumn<QStringList>("functions");
    QTest::addColumn<QStringList>("out");
    auto L = [](std::initializer_list<const char *> l) {
        QStringList s;
        for (const char *x : l)
            s << QString::fromUtf8(x);
        return s;
    };
    QTest::newRow("check-in among functions") << L({"通知公告", "打卡签到"}) << L({"check_in"});
    QTest::newRow("assessment phrase") << L({"点赞转发考核"}) << L({"like_assessment"});
    QTest::newRow("study time") << L({"学习时长考核", "积分排名"}) << L({"ranking", "study_time_assessment"});
    QTest::newRow("photo upload") << L({"上传工作照"}) << L({"trace_upload"});
    QTest::newRow("临时救助 is no temporary group") << L({"临时救助", "投票"}) << QStringList();
    QTest::newRow("plain functions") << L({"办事指南", "政策查询"}) << QStringList();
    QTest::newRow("canonical names") << L({"forced_download"}) << L({"forced_download"});
}

void TestNormalize::functionFlags()
{
    QFETCH(QStringList, functions);
    QFETCH(QStringList, out);
    QCOMPARE(flagNames(flagsFromFunctions(functions)), out);
}

void TestNormalize::flagHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("flag");
    QTest::newRow("打卡签到") << QStringLiteral("打卡签到") << QStringLiteral("check_in");
    QTest::newRow("是否强制下载") << QStringLiteral("是否强制下载") << QStringLiteral("forced_download");
    QTest::newRow("有无积分排名") << QStringLiteral("有无积分排名") << QStringLiteral("ranking");
    QTest::newRow("no_ipv6") << QStringLiteral("no_ipv6") << QStringLiteral("no_ipv6");
    QTest::newRow("临时群") << QStringLiteral("临时群") << QStringLiteral("temporary");
    QTest::newRow("compound name") << QStringLiteral("点赞/转发/投票考核") << QStringLiteral("like_assessment");
    QTest::newRow("支持IPv6 is the opposite") << QStringLiteral("是否支持IPv6") << QString();
    QTest::newRow("other header") << QStringLiteral("联系人") << QString();
}

void TestNormalize::flagHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, flag);
    const auto f = flagFromHeader(header);
    QCOMPARE(f ? flagName(*f) : QString(), flag);
}

void TestNormalize::regionLevel_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<std::optional<Level>>("out");
    const std::pair<const char *, std::optional<Level>> rows[] = {
        {"510000", Level::Province}, {"510900", Level::City}, {"510999", Level::County},
        {"110101", Level::County}, {"510999101", Level::Township}, {"510999101201", Level::Village},
        {"510999101000", Level::Township}, {"510999000000", Level::County}, {"510000000000", Level::Province},
        {"510900000", Level::City}, {"100000", Level::Central}, {" 510999 ", Level::County},
        {"51099", kNoLevel}, {"5109991", kNoLevel}, {"990000", kNoLevel}, {"000000", kNoLevel},
        {"青溪县", kNoLevel}, {"", kNoLevel}, {"51a999", kNoLevel},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << out;
}

void TestNormalize::regionLevel()
{
    QFETCH(QString, code);
    QFETCH(std::optional<Level>, out);
    QCOMPARE(levelFromRegionCode(code), out);
}

void TestNormalize::ownerLevel_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<std::optional<Level>>("out");
    const std::pair<const char *, std::optional<Level>> rows[] = {
        {"青溪县青石镇人民政府", Level::Township}, {"青溪县人民政府", Level::County},
        {"青溪县溪口乡人民政府", Level::Township}, {"青溪县城关街道办事处", Level::Township},
        {"青石镇青山村村民委员会", Level::Village}, {"青山村委会", Level::Village},
        {"城关镇东街社区居委会", Level::Village}, {"东街社区", Level::Village},
        {"青溪县农业农村局", Level::County}, {"青溪县住房和城乡建设局", Level::County},
        {"青溪县乡村振兴局", Level::County}, {"青溪县市场监督管理局", Level::County},
        {"青溪县城市管理局", Level::County}, {"某市市场监督管理局", Level::City},
        {"云岭市民政局", Level::City}, {"云岭市民族宗教事务局", Level::City},
        {"某市某区教育局", Level::County}, {"四川省教育厅", Level::Province},
        {"新疆维吾尔自治区人民政府", Level::Province}, {"某自治州民政局", Level::City},
        {"某市人民政府", Level::City}, {"国家税务总局青溪县税务局", Level::County},
        {"国家税务总局", Level::Central}, {"中华人民共和国教育部", Level::Central},
        {"教育部", Level::Central}, {"青溪县委宣传部", Level::County},
        {"某某协会", kNoLevel}, {"", kNoLevel},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << out;
}

void TestNormalize::ownerLevel()
{
    QFETCH(QString, owner);
    QFETCH(std::optional<Level>, out);
    QCOMPARE(levelFromOwner(owner), out);
}

void TestNormalize::kindHint_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<Kind>>("out");
    QTest::newRow("sheet 应用程序") << QStringLiteral("应用程序") << std::optional<Kind>(Kind::App);
    QTest::newRow("sheet 公众账号") << QStringLiteral("公众账号") << std::optional<Kind>(Kind::Account);
    QTest::newRow("sheet 工作群组") << QStringLiteral("工作群组") << std::optional<Kind>(Kind::Group);
    QTest::newRow("apps") << QStringLiteral("apps") << std::optional<Kind>(Kind::App);
    QTest::newRow("Accounts") << QStringLiteral("Accounts") << std::optional<Kind>(Kind::Account);
    QTest::newRow("groups") << QStringLiteral("groups") << std::optional<Kind>(Kind::Group);
    QTest::newRow("file with 公众号") << QStringLiteral("青溪县政务公众号台账2025") << std::optional<Kind>(Kind::Account);
    QTest::newRow("file with 工作群") << QStringLiteral("青溪县工作群清单") << std::optional<Kind>(Kind::Group);
    QTest::newRow("neutral file") << QStringLiteral("青溪县台账") << std::optional<Kind>();
    QTest::newRow("Sheet1") << QStringLiteral("Sheet1") << std::optional<Kind>();
}

void TestNormalize::kindHint()
{
    QFETCH(QString, name);
    QFETCH(std::optional<Kind>, out);
    QCOMPARE(kindHintFromName(name), out);
}

void TestNormalize::summary_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("summary");
    QTest::addColumn<bool>("grandTotal");
    QTest::newRow("合计") << QStringLiteral("合计") << true << true;
    QTest::newRow("合 计 with colon") << QStringLiteral("合 计：") << true << true;
    QTest::newRow("总计") << QStringLiteral("总计") << true << true;
    QTest::newRow("小计") << QStringLiteral("小计") << true << false;
    QTest::newRow("Total") << QStringLiteral("Total") << true << true;
    QTest::newRow("a name starting like it") << QStringLiteral("合计算工作量考核管理平台") << false << false;
    QTest::newRow("data") << QStringLiteral("青溪发布") << false << false;
}

void TestNormalize::summary()
{
    QFETCH(QString, cell);
    QFETCH(bool, summary);
    QFETCH(bool, grandTotal);
    QCOMPARE(isSummaryLabel(cell), summary);
    QCOMPARE(isGrandTotalLabel(cell), grandTotal);
}

void TestNormalize::header_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const std::pair<const char *, const char *> rows[] = {
        {"编号", "id"}, {"序号", ""}, {"ID", "id"}, {"应用编号", "id"}, {"名称", "name"},
        {"应用名称", "name"}, {"账号名称", "name"}, {"群名称", "name"}, {"群名", "name"}, {"Name", "name"},
        {"类型", "kind"}, {"类别", "kind"}, {"对象类型", "kind"}, {"TYPE", "kind"}, {"平台", "platform"},
        {"注册平台", "platform"}, {"载体", "platform"}, {"主办单位", "owner"}, {"主管单位", "owner"},
        {"建设单位", "owner"}, {"单位名称", "owner"}, {"建群单位", "owner"}, {"department", "owner"},
        {"层级", "level"}, {"行政层级", "level"}, {"级别", "level"}, {"行政区划代码", "region"},
        {"区划代码", "region"}, {"地区", "region"}, {"所属地区", "region"}, {"功能", "functions"},
        {"主要功能", "functions"}, {"功能模块", "functions"}, {"涉及领域", "functions"},
        {"填报事项", "data_items"}, {"数据项", "data_items"}, {"报表字段", "data_items"},
        {"服务对象", "audience"}, {"面向对象", "audience"}, {"用户数", "users"}, {"注册用户数", "users"},
        {"粉丝量", "users"}, {"关注数", "users"}, {"成员数", "users"}, {"群成员数", "users"},
        {"followers", "users"}, {"members_count", "users"}, {"月活", "active_users"},
        {"月活跃用户", "active_users"}, {"活跃用户数", "active_users"}, {"最后更新", "last_active"},
        {"最近更新日期", "last_active"}, {"最近发布", "last_active"}, {"最后活跃", "last_active"},
        {"近90天发文数", "posts_90d"}, {"近９０天发文数", "posts_90d"}, {"近三月消息数", "posts_90d"},
        {"年运维费用", "annual_cost"}, {"年度经费", "annual_cost"}, {"运维费用（万元）", "annual_cost"},
        {"运维费用(万元)", "annual_cost"}, {"年运维费用（万元）", "annual_cost"}, {"上线时间", "launched"},
        {"开通时间", "launched"}, {"建群时间", "launched"}, {"备案编号", "filing_no"}, {"备案号", "filing_no"},
        {"功能标记", "flags"}, {"强制功能", "flags"}, {"应用场景", "scene"}, {"成员", "members"},
        {"群成员", "members"}, {"备注", "notes"}, {" 名 称 ", "name"}, {"*名称", "name"},
        {"名称*", "name"}, {"ＮＡＭＥ", "name"}, {"联系人", ""}, {"", ""}, {"(万元)", ""},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << QString::fromUtf8(out);
}

void TestNormalize::header()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const auto f = FieldMap::matchHeader(header);
    QCOMPARE(f ? FieldMap::fieldName(*f) : QString(), field);
}

void TestNormalize::headerRow_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("header");
    auto R = [](std::initializer_list<const char *> cells) {
        QStringList s;
        for (const char *c : cells)
            s << QString::fromUtf8(c);
        return s;
    };
    QTest::newRow("first row") << QList<QStringList>{R({"名称", "类型", "主办单位"}), R({"a", "app", "b"})} << 0;
    QTest::newRow("title, blank, header")
        << QList<QStringList>{R({"XX县政务移动互联网应用程序台账", "", ""}), R({"", "", ""}),
                              R({"序号", "应用名称", "主办单位"}), R({"1", "a", "b"})}
        << 2;
    QTest::newRow("title naming a field is no header")
        << QList<QStringList>{R({"名称"}), R({"应用名称", "主办单位"})} << 1;
    QTest::newRow("no name column") << QList<QStringList>{R({"类型", "主办单位"}), R({"app", "b"})} << -1;
    QTest::newRow("nothing known") << QList<QStringList>{R({"a", "b"}), R({"c", "d"})} << -1;
}

void TestNormalize::headerRow()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, header);
    std::vector<RawRow> raw;
    for (const QStringList &cells : rows) {
        RawRow r;
        r.row = static_cast<int>(raw.size()) + 1;
        r.cells = cells;
        raw.push_back(r);
    }
    QCOMPARE(FieldMap::findHeaderRow(raw), header);
}

void TestNormalize::manualMapping()
{
    FieldMap map;
    map.setHeader({QStringLiteral("名称"), QStringLiteral("单位"), QStringLiteral("名称"), QStringLiteral("打卡签到")});
    QCOMPARE(map.columnOf(Field::Name), 0);
    QVERIFY(!map.has(Field::Owner));
    QCOMPARE(map.duplicateColumns(), QList<int>{2});
    QCOMPARE(map.extraColumns(), (QList<int>{1, 2}));
    QCOMPARE(map.target(3).type, ColumnTarget::Type::FlagColumn);
    QCOMPARE(map.target(3).flag, Flag::CheckIn);

    QVERIFY(map.setManualMapping(1, QStringLiteral("owner")));
    QCOMPARE(map.columnOf(Field::Owner), 1);
    // Moving "name" to column 2 frees column 0, which becomes an extra attribute.
    QVERIFY(map.setManualMapping(2, QStringLiteral("name")));
    QCOMPARE(map.columnOf(Field::Name), 2);
    QCOMPARE(map.target(0).type, ColumnTarget::Type::Extra);
    QVERIFY(map.setManualMapping(3, QString()));
    QCOMPARE(map.target(3).type, ColumnTarget::Type::Ignored);
    QVERIFY(!map.setManualMapping(0, QStringLiteral("no_such_field")));
    QCOMPARE(map.setManualMappings({{0, QStringLiteral("bogus")}, {3, QStringLiteral("ranking")}}),
             QStringList{QStringLiteral("bogus")});
    QCOMPARE(FieldMap::targetName(map.target(3)), QStringLiteral("ranking"));
}

void TestNormalize::sipHashVectors()
{
    // Reference vectors of the SipHash paper: key 00..0f, message 00..(n-1).
    std::array<std::uint8_t, 16> key{};
    for (int i = 0; i < 16; ++i)
        key[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i);
    std::array<std::uint8_t, 64> msg{};
    for (int i = 0; i < 64; ++i)
        msg[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i);
    QCOMPARE(MemberHasher::sipHash24(key, msg.data(), 0), Q_UINT64_C(0x726fdb47dd0e0e31));
    QCOMPARE(MemberHasher::sipHash24(key, msg.data(), 15), Q_UINT64_C(0xa129ca6149be45e5));
    QCOMPARE(MemberHasher::sipHash24(key, msg.data(), 8), Q_UINT64_C(0x93f5f5799a932462));
}

void TestNormalize::memberHashes()
{
    const MemberHasher a(QByteArrayLiteral("salt-a"));
    const MemberHasher b(QByteArrayLiteral("salt-b"));
    QCOMPARE(a.hash(u"13800000001"), a.hash(u" 13800000001 "));
    QVERIFY(a.hash(u"13800000001") != a.hash(u"13800000002"));
    QVERIFY(a.hash(u"13800000001") != b.hash(u"13800000001"));
}

QTEST_GUILESS_MAIN(TestNormalize)
#include "test_normalize.moc"
