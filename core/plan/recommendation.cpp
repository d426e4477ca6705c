#include "plan/recommendation.h"

#include "policy/rulecatalog.h"
#include "policy/rules.h"

#include <algorithm>
#include <array>

namespace slimplan {

namespace {
int catalogOrder(const QString &rule)
{
    static const std::array<int, kRuleSlots> order = [] {
        std::array<int, kRuleSlots> o;
        o.fill(1000);
        int i = 0;
        for (const RuleInfo &r : ruleCatalog()) {
            const int s = ruleSlot(r.id);
            if (s >= 0)
                o[std::size_t(s)] = i;
            ++i;
        }
        return o;
    }();
    const int s = ruleSlot(rule);
    return s < 0 ? 1000 : order[std::size_t(s)];
}
} // namespace

int actionStrength(Action a)
{
    switch (a) {
    case Action::Keep: return 0;
    case Action::Rectify: return 1;
    case Action::Merge:
    case Action::Migrate: return 2;
    case Action::Shutdown: return 3;
    }
    return 0;
}

void sortFindings(std::vector<Finding> &findings)
{
    const auto before = [](const Finding &a, const Finding &b) {
        const int sa = actionStrength(a.suggested), sb = actionStrength(b.suggested);
        if (sa != sb)
            return sa > sb;
        return catalogOrder(a.rule) < catalogOrder(b.rule);
    };
    // Most items have a finding or two: a stable insertion sort, without stable_sort's buffer.
    for (std::size_t k = 1; k < findings.size(); ++k) {
        for (std::size_t j = k; j > 0 && before(findings[j], findings[j - 1]); --j)
            std::swap(findings[j], findings[j - 1]);
    }
}

OwnDecision ownDecision(const Item &item, const std::vector<Finding> &findings,
                        const PolicyProfile &profile)
{
    OwnDecision od;
    bool reportingMigrates = false;
    double conf = 1.0;
    int strongest = 0;
    for (const Finding &f : findings) {
        if (isFamilyRule(f.rule))
            continue;
        ++od.ownFindings;
        const int s = actionStrength(f.suggested);
        if (s > strongest) {
            strongest = s;
            od.action = f.suggested;
            conf = f.confidence;
        } else if (s == strongest) {
            conf = std::max(conf, f.confidence);
        }
        if ((f.rule == QLatin1String("A3") || f.rule == QLatin1String("A8"))
            && f.suggested == Action::Migrate)
            reportingMigrates = true;
        if (isFunctionLevelRule(f.rule) || f.rule == QLatin1String("A7")) {
            // A handful of names: a linear search beats hashing them.
            for (const QString &fn : f.removeFunctions) {
                if (!od.removeFunctions.contains(fn))
                    od.removeFunctions << fn;
            }
        }
    }
    if (od.action == Action::Migrate)
        od.target = reportingMigrates ? profile.provincialPlatform : profile.provincialApp;
    // A rectify that would strip every listed function leaves nothing useful: shut down.
    if (od.action == Action::Rectify && !item.functions.isEmpty()) {
        const bool all = std::all_of(item.functions.cbegin(), item.functions.cend(),
                                     [&](const QString &fn) { return od.removeFunctions.contains(fn); });
        if (all) {
            od.action = Action::Shutdown;
            od.nothingLeft = true;
        }
    }
    od.confidence = od.ownFindings ? conf : keepConfidence(item);
    return od;
}

double keepConfidence(const Item &item)
{
    // Each unknown fact a rule would read (activity date, usage, functions) lowers the certainty
    // that nothing is wrong.
    double c = 1.0;
    if (!item.lastActive.isValid() && !item.posts90d)
        c -= 0.1;
    if (item.kind == Kind::App && !item.activeUsers)
        c -= 0.1;
    if (item.functions.isEmpty())
        c -= 0.1;
    return c;
}

} // namespace slimplan
