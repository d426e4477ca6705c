#include "policy/rules.h"
#include "policy/ruletext.h"

// Rules P1–P6 for public accounts (政务公众账号).

namespace slimplan {

using namespace ruletext;
using E = EvidenceFacts;

namespace {
// Notes or functions that say an account is an empty shell or only nominally run.
bool notedAsShell(const Item &it)
{
    static const Keywords kKeywords1{"空壳", "挂名", "无内容", "从未发布"};
    static const Keywords kKeywords2{"空壳", "挂名"};
    return containsAny(it.notes, kKeywords1) || !functionsMatching(it, kKeywords2).isEmpty();
}
} // namespace

std::optional<Finding> checkP1(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Account)
        return std::nullopt;
    const KeyStat *found = ctx.indexes.ownerPlatformStat(i);
    if (!found || found->count < 2)
        return std::nullopt;
    return finding("P1", Action::Merge,
                   E(u"「%1」在%2开设%3个账号", u"%1 runs %3 accounts on %2").text(it.owner).text(it.platform).number(found->count));
}

std::optional<Finding> checkP2(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Account || i >= static_cast<int>(ctx.indexes.higherPartner.size()))
        return std::nullopt;
    const int h = ctx.indexes.higherPartner[static_cast<std::size_t>(i)];
    if (h < 0)
        return std::nullopt;
    const Item &hi = inv.at(h);
    return finding("P2", Action::Migrate,
                   E(u"与上级账号「%1」（%2）内容重复", u"duplicates the higher-level account %1 (%2)").text(hi.name).text(hi.owner));
}

std::optional<Finding> checkP3(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Account)
        return std::nullopt;
    const int window = ctx.profile.zombieDays;
    if (const auto idle = daysSince(it.lastActive, ctx.asOf)) {
        // A known last post decides; posts90d only speaks when the date is unknown.
        if (*idle <= window)
            return std::nullopt;
        return withConfidence(0.9, finding("P3", Action::Shutdown,
                       E(u"最后发布于%1，已%2天未更新（限%3天）", u"last post %1, no post for %2 days (limit %3)")
                           .date(it.lastActive.toJulianDay()).number(*idle).number(window)));
    }
    // No post in 90 days proves "no post within the window" only when the window is at most 90.
    if (it.posts90d && *it.posts90d == 0 && window <= 90) {
        return withConfidence(0.8, finding("P3", Action::Shutdown,
                       E(u"近90天发文0篇（限%1天）", u"no post in the last 90 days (limit %1)").number(window)));
    }
    return std::nullopt;
}

std::optional<Finding> checkP4(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Account || !it.has(Flag::NoFeedback))
        return std::nullopt;
    return finding("P4", Action::Rectify, E(u"未开通留言互动功能", u"no comments or interaction function"));
}

std::optional<Finding> checkP5(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Account)
        return std::nullopt;
    static const Keywords kKeywords3{"摊派", "点赞", "转发任务", "关注任务", "转发考核"};
    return practiceFinding("P5", it, functionsMatching(it, kKeywords3),
                           {Flag::ForcedFollow, Flag::LikeAssessment}, E(u"存在%1", u"%1"));
}

// P6, defined from what a ledger shows:
// - empty shell: the notes or functions say 空壳/挂名/无内容/从未发布, or the ledger records no post
//   at all (posts90d == 0 and no last-post date) although the account has been open longer than
//   the zombie window → shut down;
// - otherwise the identity badge is not shown (备注: 未持证亮牌 / 未亮牌) → rectify.
// An account without any usage data is not a shell: unknown is not empty.
std::optional<Finding> checkP6(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Account)
        return std::nullopt;
    if (notedAsShell(it)) {
        return withConfidence(0.9, finding("P6", Action::Shutdown,
                       E(u"台账注明为空壳或挂名账号", u"the ledger notes it as an empty shell or nominal account")));
    }
    const auto open = daysSince(it.launched, ctx.asOf);
    if (it.posts90d && *it.posts90d == 0 && !it.lastActive.isValid() && open
        && *open > ctx.profile.zombieDays) {
        return withConfidence(0.8, finding("P6", Action::Shutdown,
                       E(u"开通于%1，从未发布内容（空壳）", u"opened %1 and never posted (empty shell)")
                           .date(it.launched.toJulianDay())));
    }
    static const Keywords kKeywords4{"未持证亮牌", "未亮牌", "未亮证"};
    if (containsAny(it.notes, kKeywords4)) {
        return finding("P6", Action::Rectify, E(u"未在显著位置持证亮牌", u"identity badge not shown"));
    }
    return std::nullopt;
}

} // namespace slimplan
