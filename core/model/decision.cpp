#include "model/plan.h"

// Putting a decision's reason into words. It reads only the decision and its findings, so it lives
// with the types: the store and the reports need it without the recommender.

namespace slimplan {

namespace {

// "保留，作为整合对象（3个同类项并入）" / "Merge into X": the action part of the reason.
QString reasonHead(const Decision &d, bool zh)
{
    const Action action = d.recommendedAction.value_or(d.action);
    const int survivorOf = d.survivorOf;
    QString head;
    switch (action) {
    case Action::Keep:
        if (zh)
            head = survivorOf > 0 ? QStringLiteral("保留，作为整合对象（%1个同类项并入）").arg(survivorOf)
                                  : QStringLiteral("保留");
        else
            head = survivorOf > 0 ? QStringLiteral("Keep as the survivor (%1 similar item(s) fold into it)").arg(survivorOf)
                                  : QStringLiteral("Keep");
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
    return head;
}

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
    const QString head = reasonHead(d, zh);
    // A keep without (Chinese) evidence says so, in both languages.
    const bool noFinding = action == Action::Keep && !anyEvidenceZh;
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
