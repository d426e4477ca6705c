#include "plan/planner.h"

#include "overlap/overlap.h"
#include "plan/recommendation.h"
#include "plan/survivor.h"
#include "policy/rulecontext.h"
#include "policy/rules.h"
#include "util/unionfind.h"

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>

// The recommender: overlap graph → rule findings per item (parallel) → each item's own decision →
// merge families with one survivor each → reasons. Deterministic: nothing depends on thread timing.

namespace slimplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Planner)
};

struct Range
{
    int begin = 0;
    int end = 0;
};

std::vector<Range> chunks(int n, int size = 4096)
{
    std::vector<Range> out;
    for (int b = 0; b < n; b += size)
        out.push_back({b, std::min(n, b + size)});
    return out;
}

bool canceled(const Progress *p) { return p && p->isCanceled(); }

bool hasRule(const std::vector<Finding> &fs, const char *rule)
{
    for (const Finding &f : fs) {
        if (f.rule == QLatin1String(rule))
            return true;
    }
    return false;
}

bool hasFamilyFinding(const std::vector<Finding> &fs)
{
    for (const Finding &f : fs) {
        if (isFamilyRule(f.rule))
            return true;
    }
    return false;
}

// How many distinct entries of `a` (normalised) also occur in `b`. Lists are short: their ids (a
// blank entry is −1, and counts like any other) compared pairwise, in reused buffers.
int sharedCount(const QStringList &a, const QStringList &b, NormalizedIds &ids)
{
    thread_local std::vector<int> ia, ib;
    ia.clear();
    ib.clear();
    for (const QString &x : b)
        ib.push_back(ids.idOf(x));
    int n = 0;
    for (const QString &x : a) {
        const int id = ids.idOf(x);
        if (std::find(ia.begin(), ia.end(), id) != ia.end())
            continue;
        ia.push_back(id);
        n += std::find(ib.begin(), ib.end(), id) != ib.end() ? 1 : 0;
    }
    return n;
}

int sharedMembers(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    std::vector<quint64> sa(a), sb(b);
    std::sort(sa.begin(), sa.end());
    sa.erase(std::unique(sa.begin(), sa.end()), sa.end());
    std::sort(sb.begin(), sb.end());
    int n = 0;
    for (quint64 h : sa)
        n += std::binary_search(sb.begin(), sb.end(), h) ? 1 : 0;
    return n;
}

// The rule ids of the findings, in order. Few distinct lists occur ("G1", "A4,A6" …): each is
// built once per thread and then shared.
QStringList ruleList(const std::vector<Finding> &findings)
{
    const auto build = [&] {
        QStringList out;
        out.reserve(qsizetype(findings.size()));
        for (const Finding &f : findings)
            out << f.rule;
        return out;
    };
    if (findings.empty())
        return {};
    if (findings.size() > 8)
        return build();
    quint64 key = 0;
    for (std::size_t k = 0; k < findings.size(); ++k) {
        const int slot = ruleSlot(findings[k].rule);
        if (slot < 0)
            return build();
        key |= quint64(slot + 1) << (8 * k);
    }
    thread_local QHash<quint64, QStringList> lists;
    auto it = lists.constFind(key);
    if (it == lists.cend())
        it = lists.insert(key, build());
    return it.value();
}

// What a family member shares with its survivor ("与「青溪政务通」功能重合 4/5，月活仅其 13%").
std::shared_ptr<const FamilyEvidence> compareEvidence(const Item &m, const Item &s, NormalizedIds &ids)
{
    auto e = std::make_shared<FamilyEvidence>();
    e->survivorName = s.name;
    // Families by key (A2, P1) may share no function: say nothing rather than "0/2".
    if (!m.functions.isEmpty() && !s.functions.isEmpty()) {
        e->shared[0] = sharedCount(m.functions, s.functions, ids);
        e->own[0] = int(m.functions.size());
    }
    if (!m.memberHashes.empty() && !s.memberHashes.empty()) {
        e->shared[1] = sharedMembers(m.memberHashes, s.memberHashes);
        e->own[1] = int(m.memberHashes.size());
    }
    if (!m.dataItems.isEmpty() && !s.dataItems.isEmpty()) {
        e->shared[2] = sharedCount(m.dataItems, s.dataItems, ids);
        e->own[2] = int(m.dataItems.size());
    }
    if (m.activeUsers && s.activeUsers && *s.activeUsers > 0 && *m.activeUsers < *s.activeUsers)
        e->usagePercent = qRound(100.0 * static_cast<double>(*m.activeUsers) / static_cast<double>(*s.activeUsers));
    return e;
}

// The state of one planning pass, step by step.
struct PlanPass
{
    const Inventory &inventory;
    const PolicyProfile &profile;
    const RuleContext &ctx;
    Progress *progress;
    Plan &plan;
    const int n;
    std::vector<Range> ranges = chunks(n);
    std::vector<Decision> decisions = std::vector<Decision>(static_cast<std::size_t>(n));
    std::vector<OwnDecision> own = std::vector<OwnDecision>(static_cast<std::size_t>(n));

    void checkRules();
    UnionFind joinFamilies(const OverlapResult &overlap);
    void numberClusters(UnionFind &uf);
    void startFromOwnDecisions();
    void foldCluster(Cluster &c, const std::vector<SurvivorFacts> &facts, NormalizedIds &ids);
    void foldClusters();
    void settleUnfolded();
    void orderFindings();
};

// 1. Findings and each item's own decision, in parallel over ranges.
void PlanPass::checkRules()
{
    if (progress)
        progress->beginStage(Tr::tr("Checking policy rules"), n);
    std::atomic<qint64> done{0};
    QtConcurrent::blockingMap(ranges, [&](const Range &r) {
        if (canceled(progress))
            return;
        for (int i = r.begin; i < r.end; ++i) {
            auto &d = decisions[static_cast<std::size_t>(i)];
            d.findings = checkItem(inventory, i, ctx);
            own[static_cast<std::size_t>(i)] = ownDecision(inventory.at(i), d.findings, profile);
        }
        const qint64 now = done.fetch_add(r.end - r.begin) + (r.end - r.begin);
        if (progress)
            progress->advance(now);
    });
}

// 2. Merge families: the overlap families, plus A2 (one central department's grassroots apps)
//    and P1 (one unit's accounts on one platform), which are families by key, not by score.
UnionFind PlanPass::joinFamilies(const OverlapResult &overlap)
{
    UnionFind uf(static_cast<std::size_t>(n));
    for (const std::vector<int> &fam : overlap.families) {
        std::array<int, kKindCount> firstOfKind{-1, -1, -1};
        for (int m : fam) {
            if (m < 0 || m >= n)
                continue;
            int &first = firstOfKind[static_cast<std::size_t>(inventory.at(m).kind)];
            if (first < 0)
                first = m;
            else
                uf.unite(first, m);
        }
    }
    // The first item of each key group (A2 and P1 groups share one numbering).
    std::vector<int> firstOfGroup(ctx.indexes.groups.size(), -1);
    const auto join = [&](const std::vector<int> &groupOf, int i) {
        const int g = groupOf[static_cast<std::size_t>(i)];
        if (g < 0)
            return;
        int &f = firstOfGroup[static_cast<std::size_t>(g)];
        f < 0 ? void(f = i) : uf.unite(f, i);
    };
    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const auto &fs = decisions[k].findings;
        // Only items with a key group can have these findings.
        if (ctx.indexes.centralOwnerGroup[k] >= 0 && hasRule(fs, "A2"))
            join(ctx.indexes.centralOwnerGroup, i);
        if (ctx.indexes.ownerPlatformGroup[k] >= 0 && hasRule(fs, "P1"))
            join(ctx.indexes.ownerPlatformGroup, i);
    }
    return uf;
}

// Clusters numbered in order of their first item, each sized once.
void PlanPass::numberClusters(UnionFind &uf)
{
    std::vector<int> rootOf(static_cast<std::size_t>(n));
    std::vector<int> rootSize(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i)
        ++rootSize[static_cast<std::size_t>(rootOf[static_cast<std::size_t>(i)] = uf.find(i))];
    std::vector<int> &clusterOfRoot = rootSize; // reused: > 0 a size not yet numbered, ≤ 0 −cluster
    for (int i = 0; i < n; ++i) {
        int &c = clusterOfRoot[static_cast<std::size_t>(rootOf[static_cast<std::size_t>(i)])];
        if (c == 1)
            continue; // a family of one
        if (c > 1) {
            Cluster cluster{static_cast<int>(plan.clusters.size()), {}, -1};
            cluster.members.reserve(std::size_t(c));
            plan.clusters.push_back(std::move(cluster));
            c = -plan.clusters.back().id;
        }
        Cluster &cluster = plan.clusters[static_cast<std::size_t>(-c)];
        cluster.members.push_back(i);
        decisions[static_cast<std::size_t>(i)].cluster = cluster.id;
    }
}

// 3. Every item starts from its own decision; family members then fold into the survivor.
void PlanPass::startFromOwnDecisions()
{
    for (int i = 0; i < n; ++i) {
        auto &d = decisions[static_cast<std::size_t>(i)];
        const OwnDecision &o = own[static_cast<std::size_t>(i)];
        d.action = o.action;
        d.target = o.target;
        d.confidence = o.confidence;
        d.targetName = o.target;
    }
}

void PlanPass::foldCluster(Cluster &c, const std::vector<SurvivorFacts> &facts, NormalizedIds &ids)
{
    const int s = chooseSurvivor(inventory, c.members, facts);
    c.survivor = s;
    const Item &sv = inventory.at(s);
    const OwnDecision &so = own[static_cast<std::size_t>(s)];
    for (int m : c.members) {
        if (m == s)
            continue;
        auto &d = decisions[static_cast<std::size_t>(m)];
        const OwnDecision &mo = own[static_cast<std::size_t>(m)];
        // A duplicate that is also a zombie (or shell) shuts down rather than merges; an item
        // without a family rule (e.g. same-level accounts of different units) keeps its own.
        if (mo.action == Action::Shutdown || !hasFamilyFinding(d.findings))
            continue;
        const Item &it = inventory.at(m);
        Action a;
        if (so.action == Action::Migrate) {
            // The survivor itself moves to a platform: the family goes with it.
            a = Action::Migrate;
            d.target = so.target;
            d.targetName = so.target;
        } else {
            a = (sv.level && it.level && *sv.level < *it.level) ? Action::Migrate : Action::Merge;
            d.target = sv.id;
            d.targetName = sv.name;
        }
        d.action = a;
        const std::shared_ptr<const FamilyEvidence> evidence = compareEvidence(it, sv, ids);
        const float score = ctx.indexes.maxEdgeScore[static_cast<std::size_t>(m)];
        const double conf = score > 0 ? 0.5 + 0.5 * std::min(1.0, static_cast<double>(score)) : 0.9;
        for (Finding &f : d.findings) {
            if (!isFamilyRule(f.rule))
                continue;
            f.suggested = a;
            f.confidence = conf;
            f.family = evidence; // replaces the evidence of A10 and G2, leads that of the others
        }
        d.confidence = conf;
        ++decisions[static_cast<std::size_t>(s)].survivorOf;
    }
    // The survivor's family findings suggest nothing against it: it stays.
    for (Finding &f : decisions[static_cast<std::size_t>(s)].findings) {
        if (isFamilyRule(f.rule))
            f.suggested = Action::Keep;
    }
}

// Clusters partition the items and each writes only its own members (and its survivor's count),
// so they are folded in parallel without changing the result.
void PlanPass::foldClusters()
{
    std::vector<SurvivorFacts> facts(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const OwnDecision &o = own[static_cast<std::size_t>(i)];
        auto &f = facts[static_cast<std::size_t>(i)];
        f.complianceClass = o.action == Action::Shutdown ? 2 : (o.action == Action::Migrate ? 1 : 0);
        f.findingCount = o.ownFindings;
    }
    startFromOwnDecisions();
    std::vector<Range> clusterRanges = chunks(static_cast<int>(plan.clusters.size()), 1024);
    QtConcurrent::blockingMap(clusterRanges, [&](const Range &r) {
        NormalizedIds ids; // of this range's lists: kept no longer than the range
        for (int k = r.begin; k < r.end; ++k)
            foldCluster(plan.clusters[static_cast<std::size_t>(k)], facts, ids);
    });
}

// Family findings of members that did not fold (shut down on their own, or no family rule)
// suggest nothing beyond their own decision.
void PlanPass::settleUnfolded()
{
    for (int i = 0; i < n; ++i) {
        auto &d = decisions[static_cast<std::size_t>(i)];
        if (d.action == Action::Merge || d.action == Action::Migrate || d.cluster < 0)
            continue;
        for (Finding &f : d.findings) {
            if (isFamilyRule(f.rule) && actionStrength(f.suggested) == 2)
                f.suggested = d.action == Action::Shutdown ? Action::Shutdown : Action::Keep;
        }
    }
}

// 4. Rules strongest first and the facts of the readable reason, in parallel.
void PlanPass::orderFindings()
{
    QtConcurrent::blockingMap(ranges, [&](const Range &r) {
        for (int i = r.begin; i < r.end; ++i) {
            const auto idx = static_cast<std::size_t>(i);
            Decision &d = decisions[idx];
            sortFindings(d.findings);
            d.rules = ruleList(d.findings);
            // What the reason is composed from, when a view, a report or a save asks for it.
            d.reasonFromFacts = true;
            d.nothingLeft = own[idx].nothingLeft;
            if (d.action == Action::Rectify)
                d.removeFunctions = own[idx].removeFunctions;
        }
    });
}

} // namespace

Plan makePlan(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
              Progress *progress)
{
    return makePlan(inventory, profile, asOf, progress, nullptr);
}

Plan makePlan(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
              Progress *progress, OverlapResult *overlapOut)
{
    Plan plan;
    plan.asOf = asOf;
    plan.profile = profile;

    OverlapResult overlap = computeOverlap(inventory, profile, progress);
    if (overlap.canceled || canceled(progress))
        return plan;

    const RuleContext ctx = makeRuleContext(inventory, profile, asOf, &overlap);
    PlanPass pass{inventory, profile, ctx, progress, plan, inventory.size()};
    pass.checkRules();
    if (canceled(progress))
        return plan;
    UnionFind uf = pass.joinFamilies(overlap);
    pass.numberClusters(uf);
    pass.foldClusters();
    pass.settleUnfolded();
    pass.orderFindings();
    if (canceled(progress))
        return plan;

    plan.decisions = std::move(pass.decisions);
    computeSummary(inventory, plan);
    if (overlapOut)
        *overlapOut = std::move(overlap);
    return plan;
}

} // namespace slimplan
