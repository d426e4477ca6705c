#include "policy/rulecatalog.h"

#include <QHash>

// The catalogue is data: one entry per rule of shared/POLICY.md. Sources name the document by its
// full Chinese title (an official cites the clause), and the English gives the document in words.

namespace slimplan {

namespace {

const QString kBanfa = QStringLiteral("《政务移动互联网应用程序规范化管理办法》");
const QString kBanfaEn = QStringLiteral("Measures for the Standardised Management of Government Mobile Internet Applications (State Council General Office, 2026)");
const QString kGuiding = QStringLiteral("《整治形式主义为基层减负若干规定》");
const QString kGuidingEn = QStringLiteral("Several Provisions on Rectifying Formalism to Reduce Burdens on the Grassroots (2024)");
const QString kYijian = QStringLiteral("《关于防治“指尖上的形式主义”的若干意见》");
const QString kYijianEn = QStringLiteral("Opinions on Preventing \"Formalism at the Fingertips\" (Central Cyberspace Affairs Commission, 2023)");
const QString k123 = QStringLiteral("国办发〔2018〕123号《关于推进政务新媒体健康有序发展的意见》");
const QString k123En = QStringLiteral("State Council General Office document [2018] No. 123 on government new media");
const QString k19 = QStringLiteral("国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》");
const QString k19En = QStringLiteral("State Council General Office letter [2019] No. 19, inspection indicators for government websites and new media");
const QString kSichuan = QStringLiteral("四川省政务移动互联网应用“负面清单”");
const QString kSichuanEn = QStringLiteral("Sichuan negative lists for government mobile internet applications (2024–2025 campaign)");

RuleInfo rule(const char *id, Kind kind, Action suggested, bool functionLevel, QStringList params,
              const QString &titleZh, const QString &titleEn, const QString &explZh,
              const QString &explEn, const QString &srcZh, const QString &srcEn)
{
    RuleInfo r;
    r.id = QLatin1String(id);
    r.kind = kind;
    r.suggested = suggested;
    r.functionLevel = functionLevel;
    r.parameters = std::move(params);
    r.titleZh = titleZh;
    r.titleEn = titleEn;
    r.explanationZh = explZh;
    r.explanationEn = explEn;
    r.sourceZh = srcZh;
    r.sourceEn = srcEn;
    return r;
}

// Long by nature and left whole: one rule(...) entry per rule of POLICY.md, read as a table; a
// static array would not read better, since the sources join the shared titles (kBanfa + …).
std::vector<RuleInfo> buildCatalog()
{
    using S = QString;
    const QStringList none;
    std::vector<RuleInfo> c;
    c.reserve(22);

    // ---- Apps ----
    c.push_back(rule("A1", Kind::App, Action::Migrate, false, {QStringLiteral("provincial_app")},
        S("县以下单位自建应用"), S("App of a unit below county level"),
        S("主办单位在县级以下（乡镇、街道、村社区），原则上不得开发政务应用程序，应迁移至上级平台或关停。"),
        S("The owning unit is below county level (township, street or village); such units should not develop government apps. Migrate to a higher-level platform or shut down."),
        kBanfa + S("第二条：县以下单位原则上不得开发政务应用程序"),
        kBanfaEn + S(", art. 2: units below county level shall in principle not develop government apps")));
    c.push_back(rule("A2", Kind::App, Action::Merge, false, none,
        S("同一部门多个面向基层应用"), S("Several grassroots apps of one central department"),
        S("同一中央和国家机关部门运行一个以上面向基层的政务应用程序，应整合为一个。"),
        S("One central or national department runs more than one grassroots-facing app; merge them into one."),
        kGuiding + S("：中央和国家机关部门原则上最多运行1个面向基层的政务App"),
        kGuidingEn + S(": a central or national department runs at most one grassroots-facing app")));
    c.push_back(rule("A3", Kind::App, Action::Rectify, true, {QStringLiteral("provincial_platform")},
        S("县级及以下填表报数"), S("Data reporting at county level or below"),
        S("县级及以下单位的应用含填表报数功能。仅用于报数的应用迁移至省级统一平台（一表通）；兼有其他用途的应用整改，报数功能移交省级平台。"),
        S("An app of a county-level or lower unit has a form-filling / data-reporting function. An app that exists only for reporting migrates to the provincial unified platform; one that also serves other purposes is rectified and its reporting moves to the platform."),
        kGuiding + S("：填表报数交材料功能一般不向下延伸到县级，原则上通过省级平台统一报送"),
        kGuidingEn + S(": form-filling and data reporting shall generally not extend down to county level and shall in principle go through the provincial platform")));
    c.push_back(rule("A4", Kind::App, Action::Rectify, true, none,
        S("打卡签到、积分排名、在线时长"), S("Check-in, ranking or online-time statistics"),
        S("设置打卡签到、积分排名或统计在线时长等强制性功能（安保、应急场景除外），应删除该功能；删除后无其他功能的关停。"),
        S("The app has check-in, points ranking or online-time statistics (security and emergency scenes excepted). Remove the function; shut down if nothing else is left."),
        kGuiding + S("：除安保、应急等特殊场景外，禁止设置打卡签到、积分排名、统计在线时长等强制性功能；") + kBanfa + S("禁止性规定"),
        kGuidingEn + S(": apart from security and emergency scenes, compulsory check-in, points ranking and online-time statistics are banned; also banned by the 2026 Measures")));
    c.push_back(rule("A5", Kind::App, Action::Rectify, true, none,
        S("强制下载、以安装率登录频次考核"), S("Forced download or install/login rate as assessment"),
        S("强制下载安装，或将安装率、登录频次作为考核指标，应整改。"),
        S("The app is forced on users, or its install rate or login frequency is used to assess people. Rectify."),
        kGuiding + S("：禁止将App安装率、登录频次等作为考核指标；") + kBanfa + S("禁止强制使用"),
        kGuidingEn + S(": install rates and login frequency shall not be used as assessment indicators; forced use is banned by the 2026 Measures")));
    c.push_back(rule("A6", Kind::App, Action::Rectify, true, none,
        S("点赞、学习时长考核及强制留痕"), S("Likes or study time as assessment; forced trace upload"),
        S("以点赞、投票、转发或学习时长作为考核，或强制上传工作照片、视频、轨迹留痕，应整改。"),
        S("Likes, votes, forwards or study time are used as assessment, or work photos, videos or tracks must be uploaded as proof. Rectify."),
        kBanfa + S("：不得将点赞、在线投票、学习时长等作为考评依据；") + kGuiding + S("：不得强制要求上传工作照留痕"),
        kBanfaEn + S(": likes, online votes and study time shall not be used for assessment; ") + kGuidingEn + S(": no compulsory work-photo uploads")));
    c.push_back(rule("A7", Kind::App, Action::Rectify, false, none,
        S("用于商业活动"), S("Used for commercial activity"),
        S("政务应用程序用于商业营销等活动，应整改；以商业活动为主的关停。"),
        S("The government app is used for commercial activity. Rectify; shut down if commerce is its main use."),
        kBanfa + S("：政务应用程序不得用于商业活动"),
        kBanfaEn + S(": government apps shall not be used for commercial activity")));
    c.push_back(rule("A8", Kind::App, Action::Migrate, false, {QStringLiteral("provincial_platform")},
        S("重复采集数据"), S("Collects data already collected elsewhere"),
        S("采集的数据项已由其他应用或省级平台采集，重复报送部分应归并迁移至省级平台，实现“最多报一次”。"),
        S("The app collects data items that another app (or the provincial platform) already collects. Merge or migrate the duplicated reporting so that each item is reported at most once."),
        kBanfa + S("：不得随意或重复向基层索要数据；") + kGuiding + S("：同类材料“最多报一次”"),
        kBanfaEn + S(": no arbitrary or repeated data demands on the grassroots; ") + kGuidingEn + S(": the same material is reported at most once")));
    c.push_back(rule("A9", Kind::App, Action::Shutdown, false,
        {QStringLiteral("zombie_days"), QStringLiteral("low_usage_active_users"), QStringLiteral("low_usage_active_ratio")},
        S("使用率低、实用性不强"), S("Low usage, little practical value"),
        S("超过僵尸期限无活动，或月活低于阈值、月活占注册用户比例低于阈值，应限期关停注销。用量未知不算低。"),
        S("No activity for longer than the zombie window, or monthly active users or their share of registered users below the thresholds. Shut down. Unknown usage never counts as low."),
        kBanfa + S("：使用频率低、实用性不强的政务应用程序限期关停注销"),
        kBanfaEn + S(": apps used rarely and of little practical value are closed and deregistered within a time limit")));
    c.push_back(rule("A10", Kind::App, Action::Merge, false,
        {QStringLiteral("overlap_threshold"), QStringLiteral("containment_threshold"), QStringLiteral("weights")},
        S("功能高度相近"), S("Functions highly similar to another app"),
        S("与其他应用功能高度相近、业务交叉重复（重合度达到阈值），应整合，或迁移归并到保留应用。"),
        S("The app's functions are highly similar to another app's (overlap at or above the threshold). Merge, or migrate into the surviving app."),
        kBanfa + S("：功能高度相近、业务交叉重复的政务应用程序有序整合或迁移归并"),
        kBanfaEn + S(": apps with highly similar functions and overlapping business are integrated or migrated in order")));
    c.push_back(rule("A11", Kind::App, Action::Rectify, false, none,
        S("未备案"), S("Not filed"),
        S("台账中备案编号为空，应补办备案，不能备案的关停。备案情况未知不视为未备案。"),
        S("The ledger shows no filing number. File the app, or shut it down if it cannot be filed. An unknown filing status is not a finding."),
        kBanfa + S("：政务应用程序实行全周期备案管理"),
        kBanfaEn + S(": government apps are under full-life-cycle filing management")));
    c.push_back(rule("A12", Kind::App, Action::Rectify, true, none,
        S("无投诉反馈功能或不支持IPv6"), S("No feedback function or no IPv6"),
        S("缺少投诉、意见反馈功能，或不支持IPv6访问，应整改。"),
        S("The app has no complaint or feedback function, or does not support IPv6. Rectify."),
        kBanfa + S("；") + kYijian + S("；") + k123 + S("：应具备互动反馈功能、支持IPv6"),
        kBanfaEn + S("; ") + kYijianEn + S("; ") + k123En + S(": apps must offer feedback and support IPv6")));

    // ---- Public accounts ----
    c.push_back(rule("P1", Kind::Account, Action::Merge, false, none,
        S("同一单位同平台多个账号"), S("Several accounts of one unit on one platform"),
        S("同一单位在同一平台开设一个以上政务公众账号，应整合为一个。不同平台各一个不属此列。"),
        S("One unit runs more than one account on the same platform; merge them. One account on each of several platforms is fine."),
        k123 + S("：同一单位在同一平台原则上只开设一个政务新媒体账号"),
        k123En + S(": a unit opens in principle only one government account per platform")));
    c.push_back(rule("P2", Kind::Account, Action::Migrate, false, {QStringLiteral("overlap_threshold")},
        S("与上级账号重复"), S("Duplicates a higher-level account"),
        S("县级及以下单位的账号与上级单位账号内容功能重复，应归并到上级账号。"),
        S("An account of a county-level or lower unit duplicates an account of a higher level; fold it into the higher-level account."),
        S("四川“四个一律”等省级规定：县级及以下与上级重复的政务新媒体一律整合"),
        S("Provincial rules (Sichuan's \"four alls\", Guangdong 2019): county-level and lower accounts duplicating higher-level ones are consolidated")));
    c.push_back(rule("P3", Kind::Account, Action::Shutdown, false, {QStringLiteral("zombie_days")},
        S("僵尸账号"), S("Zombie account"),
        S("超过僵尸期限未发布内容，应关停注销。"),
        S("No post for longer than the zombie window. Shut down."),
        k19 + S("：两周无更新即单项否决；") + kSichuan + S("：清理“僵尸”账号"),
        k19En + S(": two weeks without an update fails the inspection; ") + kSichuanEn + S(": zombie accounts are removed")));
    c.push_back(rule("P4", Kind::Account, Action::Rectify, true, none,
        S("无互动功能"), S("No interaction function"),
        S("账号未开通留言、互动或投诉功能，应整改。"),
        S("The account offers no comments, interaction or complaints. Rectify."),
        k19 + S("：互动回应为检查指标"),
        k19En + S(": interaction and response are inspection indicators")));
    c.push_back(rule("P5", Kind::Account, Action::Rectify, true, none,
        S("摊派关注、点赞、转发"), S("Follows, likes or forwards assigned as tasks"),
        S("将关注、点赞、转发作为任务摊派或考核，应整改。"),
        S("Follows, likes or forwards are assigned as tasks or used as assessment. Rectify."),
        kGuiding + S("；") + kSichuan + S("：严禁摊派关注、点赞、转发任务"),
        kGuidingEn + S("; ") + kSichuanEn + S(": assigning follows, likes and forwards is banned")));
    c.push_back(rule("P6", Kind::Account, Action::Shutdown, false, {QStringLiteral("zombie_days")},
        S("空壳、挂名账号或未持证亮牌"), S("Empty shell, nominal account or badge not shown"),
        S("从未发布内容、无任何活动记录，或备注为空壳、挂名的账号关停；未在显著位置持证亮牌的整改。"),
        S("An account that never posted and has no activity on record, or is noted as an empty shell or nominal, is shut down; one that does not show its identity badge is rectified."),
        kSichuan + S("：要求在显著位置“持证亮牌”运行，坚决清理“空壳”“僵尸”“挂名”账号"),
        kSichuanEn + S(": accounts show their identity badge prominently; empty-shell, zombie and nominal accounts are removed")));

    // ---- Work groups ----
    c.push_back(rule("G1", Kind::Group, Action::Shutdown, false,
                     {QStringLiteral("group_idle_days"), QStringLiteral("temporary_group_idle_days")},
        S("任务结束的临时群或闲置群"), S("Finished temporary group or idle group"),
        S("临时工作群任务已结束（超过闲置期限无消息），或任何群超过闲置期限无消息，应解散。仍在使用的临时群不属此列。"),
        S("A temporary group whose task has ended (no message within the idle window), or any group idle for longer than the idle window. Dissolve. A temporary group still in use is fine."),
        kYijian + S("：临时性工作群任务完成后及时解散；陕西负面清单"),
        kYijianEn + S(": temporary work groups are dissolved when their task ends; Shaanxi negative list")));
    c.push_back(rule("G2", Kind::Group, Action::Merge, false,
        {QStringLiteral("overlap_threshold"), QStringLiteral("weights")},
        S("同一工作多个群"), S("Several groups for the same work"),
        S("同一工作建有多个群且成员大体相同，应合并为一个。"),
        S("More than one group serves the same work with largely the same members. Merge them."),
        S("陕西负面清单：同一工作原则上只建一个群；四川：“以前光社会事务相关的工作群就有7个”"),
        S("Shaanxi negative list: one group per piece of work; Sichuan: \"we used to have 7 groups for social affairs alone\"")));
    c.push_back(rule("G3", Kind::Group, Action::Rectify, true, none,
        S("强制打卡接龙、即时回复、截图"), S("Forced check-in chains, instant replies, screenshots"),
        S("利用工作群强制打卡接龙、要求即时回复、截图留痕，或布置群定位以外的任务，应整改。"),
        S("The group is used to force check-in chains, instant replies or screenshots, or to hand down tasks outside its purpose. Rectify."),
        kYijian + S("：不得要求打卡接龙、即时回复、截图留痕；云南负面清单；甘肃定西做法"),
        kYijianEn + S(": no check-in chains, demanded instant replies or screenshots; Yunnan negative list; Dingxi (Gansu) practice")));
    c.push_back(rule("G4", Kind::Group, Action::Rectify, false, none,
        S("无明确群主"), S("No named owner"),
        S("未明确建群责任单位或群主，按“谁建群谁负责”明确管理责任。"),
        S("No unit or person is named as the group's owner; name one (whoever creates the group is responsible)."),
        S("湖北2019年规定：谁建群、谁管理、谁负责"),
        S("Hubei 2019 rules: whoever creates a group manages it and is responsible for it")));
    return c;
}

} // namespace

const std::vector<RuleInfo> &ruleCatalog()
{
    static const std::vector<RuleInfo> catalog = buildCatalog();
    return catalog;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const auto &c = ruleCatalog();
        for (int i = 0; i < static_cast<int>(c.size()); ++i)
            h.insert(c[static_cast<std::size_t>(i)].id, i);
        return h;
    }();
    const int i = index.value(id.trimmed().toUpper(), -1);
    return i < 0 ? nullptr : &ruleCatalog()[static_cast<std::size_t>(i)];
}

QString ruleLabel(const QString &id, bool chinese)
{
    const RuleInfo *r = findRule(id);
    return r ? id + QLatin1Char(' ') + r->title(chinese) : id;
}

} // namespace slimplan
