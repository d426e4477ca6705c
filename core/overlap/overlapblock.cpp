#include "overlap/overlapblock.h"

// Why the filter is safe (see also docs/overlap.md):
//  * filterBounds() gives, per item, τ such that score ≥ T implies that one of the set
//    components (functions, data items, members) has Jaccard ≥ τ; for pairs of items that have
//    none of them, that the name bigrams have Jaccard ≥ τ_name. Names alone are a weak, common
//    signal (工作群, 发布), so they only generate candidates where nothing else can.
//  * Jaccard(x, y) ≥ τ implies |x ∩ y| ≥ τ·|x| and ≥ τ·|y| (weighted: W(x ∩ y) ≥ τ·W(x), τ·W(y)).
//    With all tokens of a block in one order (rarest first), let the prefix of x be the shortest
//    one whose remaining suffix is lighter than τ·W(x). The overlap cannot fit in the suffix, so
//    its first token in the order lies in both prefixes: indexing prefixes and probing with
//    prefixes finds the pair (classic prefix filtering, Chaudhuri et al. 2006; Bayardo et al.
//    2007 for the weighted form).
//  * Containment W(x ∩ y) ≥ C·W(x) for the lighter x only guarantees that x's C-prefix meets
//    all of y; so a second index holds every function of every item and is probed with
//    C-prefixes, and a third holds C-prefixes and is probed with all functions.
// Every candidate is then scored exactly with scorePair(), the same code overlapParts() uses.

#include <algorithm>
#include <unordered_map>

namespace slimplan::overlapdetail {

namespace {

// One component of a block in rank form: each item's tokens as ranks in the block's
// rarest-first order (ascending), stored contiguously.
struct RankLists
{
    std::vector<int> offsets;   // size m + 1
    std::vector<int> ranks;
    int distinct = 0;

    int size(int i) const { return offsets[std::size_t(i) + 1] - offsets[std::size_t(i)]; }
    const int *begin(int i) const { return ranks.data() + offsets[std::size_t(i)]; }
};

template<typename K, typename Get>
RankLists rankTokens(int m, Get get, std::vector<K> *tokenOfRank = nullptr)
{
    std::unordered_map<K, int> df;
    std::size_t total = 0;
    for (int i = 0; i < m; ++i) {
        const auto &v = get(i);
        total += v.size();
        for (const K &k : v)
            ++df[k];
    }
    std::vector<std::pair<int, K>> order;
    order.reserve(df.size());
    for (const auto &[k, n] : df)
        order.emplace_back(n, k);
    std::sort(order.begin(), order.end());
    std::unordered_map<K, int> rank;
    rank.reserve(order.size());
    for (std::size_t r = 0; r < order.size(); ++r)
        rank.emplace(order[r].second, static_cast<int>(r));
    if (tokenOfRank) {
        tokenOfRank->resize(order.size());
        for (std::size_t r = 0; r < order.size(); ++r)
            (*tokenOfRank)[r] = order[r].second;
    }
    RankLists out;
    out.distinct = static_cast<int>(order.size());
    out.offsets.resize(std::size_t(m) + 1);
    out.ranks.reserve(total);
    for (int i = 0; i < m; ++i) {
        out.offsets[std::size_t(i)] = static_cast<int>(out.ranks.size());
        const auto &v = get(i);
        const std::size_t start = out.ranks.size();
        for (const K &k : v)
            out.ranks.push_back(rank.at(k));
        std::sort(out.ranks.begin() + static_cast<std::ptrdiff_t>(start), out.ranks.end());
    }
    out.offsets[std::size_t(m)] = static_cast<int>(out.ranks.size());
    return out;
}

// Shortest prefix that leaves less than `t` of the set's size outside it.
int prefixLength(int size, double t)
{
    if (size == 0)
        return 0;
    const double keep = std::ceil(t * size - 1e-9);
    return std::clamp(size - static_cast<int>(keep) + 1, 1, size);
}

int weightedPrefixLength(const int *ranks, int size, const std::vector<Weight> &rankWeight,
                         Weight total, double t)
{
    const double limit = t * double(total) * (1.0 - 1e-12);
    Weight rest = total;
    int p = 0;
    while (p < size && double(rest) >= limit) {
        rest -= rankWeight[std::size_t(ranks[p])];
        ++p;
    }
    return std::max(p, size > 0 ? 1 : 0);
}

} // namespace

bool compareBlock(const std::vector<int> &items, const BlockContext &c,
                  std::vector<OverlapEdge> &out)
{
    const int m = static_cast<int>(items.size());
    if (m < 2) {
        c.done->fetch_add(m);
        return true;
    }
    const Inventory &inv = *c.inventory;
    const PolicyProfile &profile = *c.profile;
    std::vector<ItemFeatures> features(static_cast<std::size_t>(m));
    for (int i = 0; i < m; ++i)
        features[std::size_t(i)] = buildFeatures(inv.at(items[std::size_t(i)]), *c.tables);
    const auto feat = [&](int i) -> const ItemFeatures & { return features[std::size_t(i)]; };

    std::vector<std::uint32_t> functionOfRank;
    const RankLists fn = rankTokens<std::uint32_t>(
        m, [&](int i) -> const auto & { return feat(i).functions; }, &functionOfRank);
    std::vector<Weight> rankWeight(functionOfRank.size());
    for (std::size_t r = 0; r < functionOfRank.size(); ++r)
        rankWeight[r] = c.tables->functionWeight[functionOfRank[r]];
    const RankLists data = rankTokens<std::uint32_t>(
        m, [&](int i) -> const auto & { return feat(i).dataItems; });
    const RankLists members = rankTokens<quint64>(
        m, [&](int i) -> const auto & { return feat(i).members; });
    const RankLists names = rankTokens<std::uint32_t>(
        m, [&](int i) -> const auto & { return feat(i).bigrams; });

    const FilterBounds &bounds = *c.bounds;
    const bool exhaustive = bounds.exhaustive;
    const double contain = profile.containmentThreshold;
    const bool useContainment = contain > 0 && contain <= 1.0;

    std::vector<std::vector<int>> postFn(std::size_t(fn.distinct)), postData(std::size_t(data.distinct)),
        postMembers(std::size_t(members.distinct)), postNames(std::size_t(names.distinct)),
        fullFn(std::size_t(fn.distinct)), containFn(std::size_t(fn.distinct));
    std::vector<int> mark(std::size_t(m), -1);
    std::vector<int> candidates;

    const auto probe = [&](const std::vector<std::vector<int>> &post, const int *r, int len, int i) {
        for (int k = 0; k < len; ++k)
            for (int j : post[std::size_t(r[k])])
                if (mark[std::size_t(j)] != i) {
                    mark[std::size_t(j)] = i;
                    candidates.push_back(j);
                }
    };
    // Length filter: J(x, y) ≥ τ needs τ·|x| ≤ |y| ≤ |x|/τ (weights for functions). τ_i ≤ the
    // pair's bound, so filtering with it is safe.
    const auto probeSized = [&](const std::vector<std::vector<int>> &post, const int *r, int len, int i,
                                auto sizeOf, double tau) {
        const double own = sizeOf(i);
        const double lo = tau * own * (1 - 1e-9);
        const double hi = own / tau * (1 + 1e-9);
        for (int k = 0; k < len; ++k)
            for (int j : post[std::size_t(r[k])])
                if (mark[std::size_t(j)] != i) {
                    const double other = sizeOf(j);
                    if (other < lo || other > hi)
                        continue;
                    mark[std::size_t(j)] = i;
                    candidates.push_back(j);
                }
    };
    const auto insert = [](std::vector<std::vector<int>> &post, const int *r, int len, int i) {
        for (int k = 0; k < len; ++k)
            post[std::size_t(r[k])].push_back(i);
    };

    qint64 reported = 0;
    for (int i = 0; i < m; ++i) {
        if ((i & 127) == 127) {
            if (c.canceled->load(std::memory_order_relaxed)
                || (c.progress && c.progress->isCanceled())) {
                c.canceled->store(true);
                return false;
            }
            const qint64 now = c.done->fetch_add(i - reported) + (i - reported);
            reported = i;
            if (c.progress)
                c.progress->advance(now);
        }
        candidates.clear();
        const int fLen = fn.size(i);
        int pf = 0, pd = 0, pm = 0, pn = 0;
        if (exhaustive) {
            for (int j = 0; j < i; ++j)
                candidates.push_back(j);
        } else {
            const int mask = setMask(feat(i));
            if (mask) {
                const double tau = bounds.bySetMask[mask];
                pf = weightedPrefixLength(fn.begin(i), fLen, rankWeight, feat(i).functionWeight, tau);
                pd = prefixLength(data.size(i), tau);
                pm = prefixLength(members.size(i), tau);
                probeSized(postFn, fn.begin(i), pf, i, [&](int x) { return double(feat(x).functionWeight); }, tau);
                probeSized(postData, data.begin(i), pd, i, [&](int x) { return double(data.size(x)); }, tau);
                probeSized(postMembers, members.begin(i), pm, i, [&](int x) { return double(members.size(x)); }, tau);
            } else {
                pn = prefixLength(names.size(i), bounds.nameOnly);
                probeSized(postNames, names.begin(i), pn, i, [&](int x) { return double(names.size(x)); },
                           bounds.nameOnly);
            }
        }
        int pc = 0;
        const bool containable = fLen >= int(kContainmentMinFunctions);
        if (useContainment && !exhaustive && containable) {
            pc = weightedPrefixLength(fn.begin(i), fLen, rankWeight, feat(i).functionWeight, contain);
            probe(fullFn, fn.begin(i), pc, i);     // i is the lighter one
            probe(containFn, fn.begin(i), fLen, i); // an earlier, lighter item inside i
        }
        // Verify in index order so that the edges come out sorted within the block.
        std::sort(candidates.begin(), candidates.end());
        const int gi = items[std::size_t(i)];
        for (int j : candidates) {
            const int gj = items[std::size_t(j)];
            const OverlapParts p = scorePair(inv.at(gj), feat(j), inv.at(gi), feat(i),
                                             c.tables->functionWeight, profile.weights);
            const EdgeVerdict v = judgePair(p, feat(j), feat(i), profile);
            if (!v.edge)
                continue;
            OverlapEdge e;
            e.a = gj;
            e.b = gi;
            e.score = static_cast<float>(p.score);
            e.containedItem = v.contained == 0 ? gj : v.contained == 1 ? gi : -1;
            out.push_back(e);
        }
        if (!exhaustive) {
            insert(postFn, fn.begin(i), pf, i);
            insert(postData, data.begin(i), pd, i);
            insert(postMembers, members.begin(i), pm, i);
            insert(postNames, names.begin(i), pn, i);
            if (useContainment) {
                insert(fullFn, fn.begin(i), fLen, i);
                if (containable)
                    insert(containFn, fn.begin(i), pc, i);
            }
        }
    }
    const qint64 now = c.done->fetch_add(m - reported) + (m - reported);
    if (c.progress)
        c.progress->advance(now);
    return true;
}

} // namespace slimplan::overlapdetail
