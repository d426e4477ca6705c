#include "plan/recommendation.h"

#include "policy/rulecatalog.h"
#include "policy/rules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace slimplan {

namespace {
int catalogOrder(const QString &rule)
{
    static const QHash<QString, int> order = [] {
        QHash<QString, int> h;
        int i = 0;
        for (const RuleInfo &r : ruleCatalog())
            h.insert(r.id, i++);
        return h;
    }();
    return order.value(rule, 1000);
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
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        const int sa = actionStrength(a.suggested), sb = actionStrength(b.suggested);
        if (sa != sb)
            return sa > sb;
        return catalogOrder(a.rule) < catalogOrder(b.rule);
    });
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

void composeReason(Decision &d, const QString &targetName, int survivorOf, bool nothingLeft,
                   const QStringList &removeFunctions)
{
    // Built by appending into one reserved string per language: this runs for every item, and
    // the QStringList/arg()/join() form cost more than all the rule checks together.
    QString headZh, headEn;
    bool evidenceZh = false;
    qsizetype lenZh = 0, lenEn = 0;
    for (const Finding &f : d.findings) {
        // Exact lengths (evidence, the rule in brackets, a separator), so no capacity is wasted.
        if (!f.evidenceZh.isEmpty())
            lenZh += (evidenceZh ? 1 : 0) + f.evidenceZh.size() + f.rule.size() + 2;
        if (!f.evidenceEn.isEmpty())
            lenEn += (lenEn ? 2 : 0) + f.evidenceEn.size() + f.rule.size() + 3;
        evidenceZh = evidenceZh || !f.evidenceZh.isEmpty();
    }
    bool noFinding = false;
    switch (d.action) {
    case Action::Keep:
        headZh = survivorOf > 0 ? QStringLiteral("保留，作为整合对象（%1个同类项并入）").arg(survivorOf)
                                : QStringLiteral("保留");
        headEn = survivorOf > 0 ? QStringLiteral("Keep as the survivor (%1 similar item(s) fold into it)").arg(survivorOf)
                                : QStringLiteral("Keep");
        noFinding = !evidenceZh;
        break;
    case Action::Rectify:
        headZh = removeFunctions.isEmpty() ? QStringLiteral("整改")
                                           : QStringLiteral("整改，删除") + removeFunctions.join(QStringLiteral("、"));
        headEn = removeFunctions.isEmpty() ? QStringLiteral("Rectify")
                                           : QStringLiteral("Rectify, remove ") + removeFunctions.join(QStringLiteral(", "));
        if (survivorOf > 0) {
            headZh += QStringLiteral("；作为整合对象（%1个同类项并入）").arg(survivorOf);
            headEn += QStringLiteral("; survivor of its family (%1 similar item(s) fold into it)").arg(survivorOf);
        }
        break;
    case Action::Merge:
        headZh = QStringLiteral("并入「") + targetName + QStringLiteral("」");
        headEn = QStringLiteral("Merge into ") + targetName;
        break;
    case Action::Migrate:
        headZh = QStringLiteral("迁移至「") + targetName + QStringLiteral("」");
        headEn = QStringLiteral("Migrate to ") + targetName;
        break;
    case Action::Shutdown:
        headZh = nothingLeft ? QStringLiteral("关停（删除违规功能后无其他功能）") : QStringLiteral("关停");
        headEn = nothingLeft ? QStringLiteral("Shut down (nothing is left once the banned functions go)")
                             : QStringLiteral("Shut down");
        break;
    }
    QString zh, en;
    zh.reserve(headZh.size() + 1 + lenZh + (noFinding ? 5 : 0));
    en.reserve(headEn.size() + 2 + lenEn + (noFinding ? 12 : 0));
    zh += headZh;
    zh += QStringLiteral("：");
    en += headEn;
    en += QStringLiteral(": ");
    bool firstZh = true, firstEn = true;
    for (const Finding &f : d.findings) {
        if (!f.evidenceZh.isEmpty()) {
            if (!firstZh)
                zh += QStringLiteral("；");
            firstZh = false;
            zh += f.evidenceZh;
            zh += QStringLiteral("（");
            zh += f.rule;
            zh += QStringLiteral("）");
        }
        if (!f.evidenceEn.isEmpty()) {
            if (!firstEn)
                en += QStringLiteral("; ");
            firstEn = false;
            en += f.evidenceEn;
            en += QStringLiteral(" (");
            en += f.rule;
            en += QLatin1Char(')');
        }
    }
    if (noFinding) {
        // A keep without (Chinese) evidence says so, in both languages.
        zh += QStringLiteral("未发现问题");
        en += firstEn ? QStringLiteral("no finding") : QStringLiteral("; no finding");
    }
    d.reasonZh = std::move(zh);
    d.reasonEn = std::move(en);
}

} // namespace slimplan
