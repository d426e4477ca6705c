#include "policy/rules.h"
#include "policy/ruletext.h"

// Rules G1–G4 for work groups (网络工作群组).

namespace slimplan {

using namespace ruletext;
using E = EvidenceFacts;

// G1: a temporary group whose task has ended (no message for longer than the temporary window, or
// the notes say the task is over), or any group without a message for longer than the idle window.
// A busy temporary group is fine. posts90d == 0 stands for "idle" only when the date is unknown
// and the window is at most 90 days.
std::optional<Finding> checkG1(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Group)
        return std::nullopt;
    const bool temporary = it.has(Flag::Temporary);
    const int window = temporary ? std::min(ctx.profile.temporaryGroupIdleDays, ctx.profile.groupIdleDays)
                                 : ctx.profile.groupIdleDays;
    static const Keywords kKeywords1{"任务已结束", "任务结束", "已结束", "任务完成", "已完成"};
    if (temporary && containsAny(it.notes, kKeywords1)) {
        return withConfidence(0.9, finding("G1", Action::Shutdown, E(u"临时群，任务已结束", u"temporary group whose task has ended")));
    }
    if (const auto idle = daysSince(it.lastActive, ctx.asOf)) {
        if (*idle <= window)
            return std::nullopt;
        if (temporary) {
            return withConfidence(0.9, finding("G1", Action::Shutdown,
                           E(u"临时群，最后消息于%1，%2天无消息，任务已结束", u"temporary group, last message %1, idle %2 days: task ended")
                               .date(it.lastActive.toJulianDay()).number(*idle)));
        }
        return withConfidence(0.9, finding("G1", Action::Shutdown,
                       E(u"最后消息于%1，已%2天无消息（限%3天）", u"last message %1, idle for %2 days (limit %3)")
                           .date(it.lastActive.toJulianDay()).number(*idle).number(window)));
    }
    if (it.posts90d && *it.posts90d == 0 && window <= 90) {
        return withConfidence(0.8, finding("G1", Action::Shutdown, E(u"近90天无消息", u"no message in the last 90 days")));
    }
    return std::nullopt;
}

std::optional<Finding> checkG2(const Inventory &inv, int i, const RuleContext &ctx)
{
    const Item &it = inv.at(i);
    const int others = it.kind == Kind::Group ? otherFamilyMembers(ctx, i) : -1;
    if (others < 0)
        return std::nullopt;
    return finding("G2", Action::Merge,
                   E(u"与另外%1个群工作相同、成员大体相同", u"same work and largely the same members as %1 other group(s)")
                       .number(others));
}

std::optional<Finding> checkG3(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Group)
        return std::nullopt;
    static const Keywords kKeywords2{"打卡", "接龙", "截图", "即时回复", "秒回", "签到"};
    return practiceFinding("G3", it, functionsMatching(it, kKeywords2), {Flag::CheckIn},
                           E(u"用于%1", u"used for %1"));
}

std::optional<Finding> checkG4(const Inventory &inv, int i, const RuleContext &)
{
    const Item &it = inv.at(i);
    if (it.kind != Kind::Group)
        return std::nullopt;
    const QString o = it.owner.trimmed();
    static const QStringList none{QStringLiteral("无"), QStringLiteral("未知"), QStringLiteral("不详"),
                                  QStringLiteral("暂无"), QStringLiteral("待定"), QStringLiteral("-"),
                                  QStringLiteral("—"), QStringLiteral("/"), QStringLiteral("none"),
                                  QStringLiteral("unknown"), QStringLiteral("n/a")};
    if (!o.isEmpty() && !none.contains(o, Qt::CaseInsensitive))
        return std::nullopt;
    return finding("G4", Action::Rectify, E(u"未明确群主或建群单位", u"no owner named"));
}

} // namespace slimplan
