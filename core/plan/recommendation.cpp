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

namespace {

// The readable reason in one language, from the decision's findings (sorted) and the facts the
// recommender recorded. Built by appending into one exactly reserved string: it runs for every
// item a report or a save writes, and QStringList/arg()/join() cost more than the rule checks.
QString composeReason(const Decision &d, bool zh)
{
    const QString sep = zh ? QStringLiteral("；") : QStringLiteral("; ");
    bool anyEvidenceZh = false;
    qsizetype len = 0;
    // Findings compose their evidence on demand: once each, into a reused buffer.
    thread_local std::vector<QString> evidence;
    evidence.clear();
    for (const Finding &f : d.findings) {
        evidence.push_back(f.hasEvidence(zh) ? f.evidence(zh) : QString());
        const QString &ev = evidence.back();
        if (!ev.isEmpty())
            len += (len ? sep.size() : 0) + ev.size() + f.rule.size() + 3;
        anyEvidenceZh = anyEvidenceZh || f.hasEvidence(true);
    }
    const Action action = d.recommendedAction.value_or(d.action);
    const int survivorOf = d.survivorOf;
    QString head;
    bool noFinding = false;
    switch (action) {
    case Action::Keep:
        if (zh)
            head = survivorOf > 0 ? QStringLiteral("保留，作为整合对象（%1个同类项并入）").arg(survivorOf)
                                  : QStringLiteral("保留");
        else
            head = survivorOf > 0 ? QStringLiteral("Keep as the survivor (%1 similar item(s) fold into it)").arg(survivorOf)
                                  : QStringLiteral("Keep");
        noFinding = !anyEvidenceZh;
        break;
    case Action::Rectify:
        if (zh)
            head = d.removeFunctions.isEmpty() ? QStringLiteral("整改")
                                               : QStringLiteral("整改，删除") + d.removeFunctions.join(QStringLiteral("、"));
        else
            head = d.removeFunctions.isEmpty() ? QStringLiteral("Rectify")
                                               : QStringLiteral("Rectify, remove ") + d.removeFunctions.join(QStringLiteral(", "));
        if (survivorOf > 0)
            head += zh ? QStringLiteral("；作为整合对象（%1个同类项并入）").arg(survivorOf)
                       : QStringLiteral("; survivor of its family (%1 similar item(s) fold into it)").arg(survivorOf);
        break;
    case Action::Merge:
        head = zh ? QStringLiteral("并入「") + d.targetName + QStringLiteral("」")
                  : QStringLiteral("Merge into ") + d.targetName;
        break;
    case Action::Migrate:
        head = zh ? QStringLiteral("迁移至「") + d.targetName + QStringLiteral("」")
                  : QStringLiteral("Migrate to ") + d.targetName;
        break;
    case Action::Shutdown:
        if (zh)
            head = d.nothingLeft ? QStringLiteral("关停（删除违规功能后无其他功能）") : QStringLiteral("关停");
        else
            head = d.nothingLeft ? QStringLiteral("Shut down (nothing is left once the banned functions go)")
                                 : QStringLiteral("Shut down");
        break;
    }
    QString out;
    out.reserve(head.size() + 2 + len + (noFinding ? 14 : 0));
    out += head;
    out += zh ? QStringLiteral("：") : QStringLiteral(": ");
    bool first = true;
    for (std::size_t k = 0; k < d.findings.size(); ++k) {
        const Finding &f = d.findings[k];
        const QString &ev = evidence[k];
        if (ev.isEmpty())
            continue;
        if (!first)
            out += sep;
        first = false;
        out += ev;
        out += zh ? QStringLiteral("（") : QStringLiteral(" (");
        out += f.rule;
        out += zh ? QStringLiteral("）") : QStringLiteral(")");
    }
    if (noFinding) {
        // A keep without (Chinese) evidence says so, in both languages.
        if (zh)
            out += QStringLiteral("未发现问题");
        else
            out += first ? QStringLiteral("no finding") : QStringLiteral("; no finding");
    }
    return out;
}

} // namespace

QString Decision::reason(bool chinese) const
{
    if (reasonFromFacts)
        return composeReason(*this, chinese);
    return chinese ? reasonZh : reasonEn;
}

QString Decision::reasonOrOther(bool chinese) const
{
    QString r = reason(chinese);
    return r.isEmpty() ? reason(!chinese) : r;
}

} // namespace slimplan
