// 立项预审 of a proposed item: overlaps from the overlap engine's own scoring, rules from the
// policy checks, the verdict from both. Texts are hand-written zh/en pairs (a report is written
// in one given language whatever the interface language is).

#include "plan/precheck.h"

#include "overlap/overlap.h"
#include "overlap/overlapfeatures.h"
#include "policy/rulecatalog.h"
#include "policy/rules.h"

#include <QSet>

#include <algorithm>

namespace slimplan {

using namespace overlapdetail;

namespace {

QStringList sharedEntries(const QStringList &a, const QStringList &b)
{
    const QSet<QString> inB(b.cbegin(), b.cend());
    QStringList out;
    for (const QString &s : a)
        if (inB.contains(s) && !out.contains(s))
            out << s;
    return out;
}

// Rules about a running item's life, which a proposal cannot break yet.
bool lifecycleRule(const QString &rule)
{
    static const QStringList kRules{QStringLiteral("A9"), QStringLiteral("A11"), QStringLiteral("P3"),
                                    QStringLiteral("G1")};
    return kRules.contains(rule);
}

Item preparedProposal(const Inventory &inventory, Item p)
{
    QString id = p.id.isEmpty() ? QStringLiteral("proposed") : p.id;
    for (int n = 2; inventory.indexOf(id) >= 0; ++n)
        id = (p.id.isEmpty() ? QStringLiteral("proposed") : p.id) + QLatin1Char('-') + QString::number(n);
    p.id = id;
    if (p.region.isEmpty()) {
        for (const Item &it : inventory.items())
            if (it.owner == p.owner && !it.region.isEmpty()) {
                p.region = it.region;
                break;
            }
        if (p.region.isEmpty() && !inventory.isEmpty())
            p.region = inventory.at(0).region;
    }
    return p;
}

// The existing items of the same kind scored against the proposal (index `pi` of `aug`).
std::vector<PrecheckOverlap> findOverlaps(const Inventory &aug, int pi, const PolicyProfile &profile,
                                          std::vector<OverlapEdge> &edges)
{
    const TokenTables tables = buildTokenTables(aug, 1, false);
    const Item &p = aug.at(pi);
    const ItemFeatures fp = buildFeatures(p, tables);
    std::vector<PrecheckOverlap> found;
    for (int i = 0; i < pi; ++i) {
        const Item &it = aug.at(i);
        if (it.kind != p.kind)
            continue;
        const ItemFeatures fi = buildFeatures(it, tables);
        const OverlapParts parts = scorePair(it, fi, p, fp, tables.functionWeight, profile.weights);
        const EdgeVerdict v = judgePair(parts, fi, fp, profile);
        if (!v.edge && parts.score < kPrecheckPartialScore)
            continue;
        if (v.edge)
            edges.push_back({i, pi, float(parts.score), v.contained == 0 ? i : v.contained == 1 ? pi : -1});
        PrecheckOverlap o;
        o.index = i;
        o.id = it.id;
        o.name = it.name;
        o.owner = it.owner;
        o.score = parts.score;
        o.duplicate = v.edge;
        o.sharedFunctions = sharedEntries(p.functions, it.functions);
        o.sharedDataItems = sharedEntries(p.dataItems, it.dataItems);
        o.sameAudience = p.audience && it.audience && *p.audience == *it.audience;
        found.push_back(std::move(o));
    }
    std::stable_sort(found.begin(), found.end(), [](const PrecheckOverlap &a, const PrecheckOverlap &b) {
        return a.duplicate != b.duplicate ? a.duplicate : a.score > b.score;
    });
    if (found.size() > std::size_t(kPrecheckMaxOverlaps))
        found.resize(std::size_t(kPrecheckMaxOverlaps));
    return found;
}

// Whether a finding makes the proposal a reject: the rule would close, merge or move the item
// as a whole, or removing what it bans leaves none of its functions.
bool rejects(const Finding &f, const Item &p)
{
    if (f.suggested == Action::Merge || f.suggested == Action::Migrate || f.suggested == Action::Shutdown)
        return true;
    if (f.removeFunctions.isEmpty() || p.functions.isEmpty())
        return false;
    return std::all_of(p.functions.cbegin(), p.functions.cend(),
                       [&](const QString &fn) { return f.removeFunctions.contains(fn); });
}

QString ruleList(const std::vector<Finding> &findings, bool chinese, bool wantReject, const Item &p)
{
    QStringList parts;
    for (const Finding &f : findings)
        if (rejects(f, p) == wantReject)
            parts << ruleLabel(f.rule, chinese) + (chinese ? QStringLiteral("（") : QStringLiteral(" ("))
                         + f.evidence(chinese) + (chinese ? QStringLiteral("）") : QStringLiteral(")"));
    return parts.join(chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

void decide(PrecheckResult &r, const Item &p)
{
    const PrecheckOverlap *dup = nullptr;
    const PrecheckOverlap *partial = nullptr;
    for (const PrecheckOverlap &o : r.overlaps) {
        if (o.duplicate && !dup)
            dup = &o;
        if (!o.duplicate && !partial)
            partial = &o;
    }
    if (dup)
        r.rejectRules << QStringLiteral("overlap");
    for (const Finding &f : r.findings)
        if (rejects(f, p))
            r.rejectRules << f.rule;
    QStringList zh, en;
    if (dup) {
        zh << QStringLiteral("与现有「%1」（%2）功能高度重复（重合度 %3），应依托现有应用建设，不再新建")
                  .arg(dup->name, dup->owner).arg(dup->score, 0, 'f', 2);
        en << QStringLiteral("duplicates the existing \"%1\" (%2, overlap %3): build on it instead of a new one")
                  .arg(dup->name, dup->owner).arg(dup->score, 0, 'f', 2);
    }
    const QString rz = ruleList(r.findings, true, true, p);
    if (!rz.isEmpty()) {
        zh << QStringLiteral("不符合政策规定：%1").arg(rz);
        en << QStringLiteral("breaks the rules: %1").arg(ruleList(r.findings, false, true, p));
    }
    const QString fz = ruleList(r.findings, true, false, p);
    if (!fz.isEmpty()) {
        zh << QStringLiteral("需整改后再报：%1").arg(fz);
        en << QStringLiteral("to be fixed before approval: %1").arg(ruleList(r.findings, false, false, p));
    }
    if (partial && !dup) {
        zh << QStringLiteral("与现有「%1」部分重合（重合度 %2），应说明差异或并入现有应用")
                  .arg(partial->name).arg(partial->score, 0, 'f', 2);
        en << QStringLiteral("overlaps in part with the existing \"%1\" (overlap %2): explain the difference or extend it")
                  .arg(partial->name).arg(partial->score, 0, 'f', 2);
    }
    if (!r.rejectRules.isEmpty())
        r.verdict = PrecheckVerdict::Reject;
    else if (!r.findings.empty() || partial)
        r.verdict = PrecheckVerdict::Revise;
    else
        r.verdict = PrecheckVerdict::Approve;
    if (zh.isEmpty()) {
        zh << QStringLiteral("未发现与现有应用重复，未违反政策规定，同意立项");
        en << QStringLiteral("no existing item does its job and no rule is broken: approved");
    }
    r.reasonZh = zh.join(QStringLiteral("；")) + QStringLiteral("。");
    r.reasonEn = en.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace

QString precheckVerdictName(PrecheckVerdict v)
{
    switch (v) {
    case PrecheckVerdict::Approve: return QStringLiteral("approve");
    case PrecheckVerdict::Revise: return QStringLiteral("revise");
    case PrecheckVerdict::Reject: return QStringLiteral("reject");
    }
    return {};
}

QStringList PrecheckResult::ruleIds() const
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.rule;
    return ids;
}

PrecheckResult precheck(const Inventory &inventory, const Item &proposed, const PolicyProfile &profile,
                        const QDate &asOf)
{
    Inventory aug = inventory;
    const int pi = aug.upsert(preparedProposal(inventory, proposed));
    PrecheckResult r;
    OverlapResult ov;
    r.overlaps = findOverlaps(aug, pi, profile, ov.edges);
    ov.familyOf.assign(std::size_t(aug.size()), -1);
    if (!ov.edges.empty()) {
        std::vector<int> family;
        for (const OverlapEdge &e : ov.edges)
            family.push_back(e.a);
        family.push_back(pi);
        for (int m : family)
            ov.familyOf[std::size_t(m)] = 0;
        ov.families.push_back(std::move(family));
    }
    for (PrecheckOverlap &o : r.overlaps) {
        o.explanationZh = explainOverlap(aug, o.index, pi, profile, true);
        o.explanationEn = explainOverlap(aug, o.index, pi, profile, false);
    }
    const RuleContext ctx = makeRuleContext(aug, profile, asOf, &ov);
    for (Finding &f : checkItem(aug, pi, ctx))
        if (!lifecycleRule(f.rule))
            r.findings.push_back(std::move(f));
    decide(r, aug.at(pi));
    return r;
}

} // namespace slimplan
