#include "policy/rules.h"
#include "policy/ruletext.h"

// Rules A1–A12 for apps and mini-programs.

namespace slimplan {

using namespace ruletext;
using E = EvidenceFacts;

namespace {

// Reporting-only: every listed function is a reporting one, or no function is listed but data
// items are (the ledger describes the app only by what it collects).
bool reportingOnly(const Item &it, const QStringList &reporting)
{
    if (it.functions.isEmpty())
        return !it.dataItems.isEmpty();
    return reporting.size() == it.functions.size();
}

} // namespace

QStringList reportingFunctions(const Item &item)
{
    QStringList out;
    for (const QString &f : item.functions) {
        if (isReportingFunction(f))
            out << f;
    }
    return out;
}

bool isReportingFunction(const QString &function)
{
    static const Keywords kReporting{"填报", "填表", "报表", "报数", "数据上报", "统计上报", "数据采集",
                                     "材料报送", "报送", "一表通"};
    return functionMatches(function, kReporting);
}

std::optional<Finding> checkA1(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App || !belowCounty(it))
        return std::nullopt;
    // The level may have been derived from the owner's name: not quite certain.
    return withConfidence(0.95, finding("A1", Action::Migrate,
                   E(u"主办单位「%1」为%2单位，县以下原则上不得自建应用",
                     u"owner %1 is a %2-level unit; units below county level should not run their own app")
                       .text(it.owner).level(static_cast<int>(*it.level))));
}

std::optional<Finding> checkA2(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (!isCentralGrassrootsApp(it))
        return std::nullopt;
    const KeyStat *found = ctx.indexes.centralOwnerStat(i);
    if (!found || found->count < 2)
        return std::nullopt;
    return finding("A2", Action::Merge,
                   E(u"「%1」运行%2个面向基层的应用", u"%1 runs %2 grassroots-facing apps")
                       .text(it.owner).number(found->count));
}

std::optional<Finding> checkA3(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App || !atCountyOrBelow(it))
        return std::nullopt;
    const QStringList reporting = reportingFunctions(it);
    if (reporting.isEmpty() && !(it.functions.isEmpty() && !it.dataItems.isEmpty()))
        return std::nullopt;
    const bool only = reportingOnly(it, reporting);
    E e = only ? E(u"仅用于填表报数（%1），应通过%2统一报送", u"exists only for data reporting (%1), which belongs on %2")
               : E(u"含填表报数功能（%1），应移交%2", u"has data reporting (%1), which should move to %2");
    reporting.isEmpty() ? e.dataItemsWord() : e.list(reporting);
    e.text(ctx.profile.provincialPlatform);
    if (only)
        return withConfidence(0.85, finding("A3", Action::Migrate, std::move(e)));
    return withConfidence(0.85, finding("A3", Action::Rectify, std::move(e), reporting));
}

std::optional<Finding> checkA4(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App)
        return std::nullopt;
    static const Keywords kKeywords1{"打卡", "签到", "积分排名", "排名", "排行", "在线时长"};
    std::optional<Finding> f = practiceFinding("A4", it, functionsMatching(it, kKeywords1),
                                               {Flag::CheckIn, Flag::Ranking, Flag::OnlineTime},
                                               E(u"设有%1", u"has %1"));
    // 规定: "除安保、应急等特殊场景外" — these scenes may keep check-in.
    static const Keywords kKeywords2{"安保", "应急", "security", "emergency"};
    if (f && containsAny(it.scene, kKeywords2))
        return std::nullopt;
    return f;
}

std::optional<Finding> checkA5(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App)
        return std::nullopt;
    static const Keywords kKeywords3{"强制下载", "安装率", "登录频次"};
    const QStringList fns = functionsMatching(it, kKeywords3);
    if (!it.has(Flag::ForcedDownload) && fns.isEmpty())
        return std::nullopt;
    return finding("A5", Action::Rectify,
                   E(u"强制下载或以安装率、登录频次考核%1", u"forced download or install/login rate used as assessment%1")
                       .list(fns, E::Arg::ParenList),
                   fns);
}

std::optional<Finding> checkA6(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App)
        return std::nullopt;
    static const Keywords kAssessment{"点赞", "学习时长", "留痕", "工作照", "轨迹上传", "转发考核", "投票考核"};
    return practiceFinding("A6", it, functionsMatching(it, kAssessment),
                           {Flag::LikeAssessment, Flag::StudyTimeAssessment, Flag::TraceUpload},
                           E(u"设有%1", u"has %1"));
}

std::optional<Finding> checkA7(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App)
        return std::nullopt;
    static const Keywords kKeywords4{"商城", "广告", "营销", "带货", "团购", "商业"};
    const QStringList fns = functionsMatching(it, kKeywords4);
    if (!it.has(Flag::Commercial) && fns.isEmpty())
        return std::nullopt;
    return finding("A7", Action::Rectify,
                   E(u"用于商业活动%1", u"used for commercial activity%1").list(fns, E::Arg::ParenList), fns);
}

std::optional<Finding> checkA8(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App || it.dataItems.isEmpty())
        return std::nullopt;
    const RuleIndexes &ix = ctx.indexes;
    if (std::size_t(i) + 1 >= ix.dataItemOffset.size())
        return std::nullopt;
    QStringList dup;
    int other = -1;
    const int first = ix.dataItemOffset[std::size_t(i)];
    for (qsizetype k = 0; k < it.dataItems.size(); ++k) {
        const int g = ix.dataItemGroups[std::size_t(first + k)];
        if (g < 0 || ix.groups[std::size_t(g)].count < 2)
            continue;
        const KeyStat &found = ix.groups[std::size_t(g)];
        dup << it.dataItems.at(k);
        const int o = found.other(i);
        if (other < 0 || (o >= 0 && o < other))
            other = o;
    }
    if (dup.isEmpty() || other < 0)
        return std::nullopt;
    const QStringList reporting = reportingFunctions(it);
    const Action a = reportingOnly(it, reporting) ? Action::Migrate : Action::Rectify;
    return withConfidence(0.85, finding("A8", a,
                   E(u"填报事项%1/%2项（%3）已由「%4」等采集，应最多报一次",
                     u"%1 of %2 data items (%3) are already collected by %4 and others; report once")
                       .list(dup, E::Arg::ListSize).number(it.dataItems.size()).list(dup).text(inv.at(other).name),
                   a == Action::Rectify ? reporting : QStringList()));
}

std::optional<Finding> checkA9(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App)
        return std::nullopt;
    const auto idle = daysSince(it.lastActive, ctx.asOf);
    if (idle && *idle > ctx.profile.zombieDays) {
        return withConfidence(0.9, finding("A9", Action::Shutdown,
                       E(u"最后活动于%1，已%2天无活动（限%3天）", u"last active %1, idle for %2 days (limit %3)")
                           .date(it.lastActive.toJulianDay()).number(*idle).number(ctx.profile.zombieDays)));
    }
    // Unknown usage never counts as low.
    if (it.activeUsers && *it.activeUsers < ctx.profile.lowUsageActiveUsers) {
        return withConfidence(0.8, finding("A9", Action::Shutdown,
                       E(u"月活仅%1人（低于%2）", u"only %1 monthly active users (below %2)")
                           .number(*it.activeUsers).number(ctx.profile.lowUsageActiveUsers)));
    }
    if (it.activeUsers && it.users && *it.users > 0) {
        const double ratio = static_cast<double>(*it.activeUsers) / static_cast<double>(*it.users);
        if (ratio < ctx.profile.lowUsageActiveRatio) {
            return withConfidence(0.7, finding("A9", Action::Shutdown,
                           E(u"月活仅占注册用户%1%（低于%2%）", u"monthly active users only %1% of registered (below %2%)")
                               .fixed1(ratio * 100).fixed1(ctx.profile.lowUsageActiveRatio * 100)));
        }
    }
    return std::nullopt;
}

std::optional<Finding> checkA10(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    const int others = it.kind == Kind::App ? otherFamilyMembers(ctx, i) : -1;
    if (others < 0)
        return std::nullopt;
    return finding("A10", Action::Merge,
                   E(u"与另外%1个应用功能高度相近", u"functions highly similar to %1 other app(s)").number(others));
}

std::optional<Finding> checkA11(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    // nullopt = filing status unknown: not a finding.
    if (it.kind != Kind::App || !it.filingNo || !isBlank(*it.filingNo))
        return std::nullopt;
    return finding("A11", Action::Rectify, E(u"台账无备案编号，应补办备案", u"no filing number in the ledger; file the app"));
}

std::optional<Finding> checkA12(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::App || !(it.has(Flag::NoFeedback) || it.has(Flag::NoIpv6)))
        return std::nullopt;
    return finding("A12", Action::Rectify, E(u"%1", u"%1").flags(it.flags, {Flag::NoFeedback, Flag::NoIpv6}));
}

} // namespace slimplan
