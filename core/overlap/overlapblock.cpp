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
//  * Probing applies the length filter and the positional filter (PPJoin, Xiao et al. 2008, in
//    its weighted form): a pair whose overlap can no longer reach what the component needs, given
//    the shared tokens met so far and what is left of both sets after the current token, is
//    dropped for that component. The other components are probed on their own, so it is only
//    lost if none of them can reach its bound either.
//  * Every candidate is first bounded: with the parts not yet computed at their best (a set's
//    Jaccard is at most the ratio of the two sizes, the name's too), the score cannot reach
//    the threshold (0.75 × threshold while containment may still qualify) → the pair is dropped.
//    Parts are computed exactly one by one (functions, members, data items) and the bound
//    tightens. Only an upper bound is ever compared, with a margin, so no edge is lost.
// The candidates left are scored exactly with scorePair(), the same code overlapParts() uses.
// Features live in flat per-block arrays (one allocation per component, not four per item).

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace slimplan::overlapdetail {

namespace {

// The block's features, flat: item i's functions are fn[fnOff[i] .. fnOff[i+1]), and so on.
struct BlockFeatures
{
    std::vector<std::uint32_t> fn, data, names;
    std::vector<quint64> members;
    std::vector<int> fnOff, dataOff, memOff, nameOff; // size m + 1
    std::vector<Weight> fnWeight;
    std::vector<int> ownerId, platformId; // per item; -1 = empty, equal ids = equal strings

    template<typename T>
    static std::span<const T> slice(const std::vector<T> &v, const std::vector<int> &off, int i)
    {
        return {v.data() + off[std::size_t(i)], std::size_t(off[std::size_t(i) + 1] - off[std::size_t(i)])};
    }
    FeatureView view(int i) const
    {
        FeatureView f;
        f.functions = slice(fn, fnOff, i);
        f.dataItems = slice(data, dataOff, i);
        f.members = slice(members, memOff, i);
        f.bigrams = slice(names, nameOff, i);
        f.functionWeight = fnWeight[std::size_t(i)];
        return f;
    }
};

int idOf(TextIds &ids, const QString &s)
{
    return s.isEmpty() ? -1 : ids.idOf(s);
}

BlockFeatures buildBlockFeatures(const std::vector<int> &items, const Inventory &inv,
                                 const TokenTables &tables)
{
    const std::size_t m = items.size();
    BlockFeatures b;
    for (auto *off : {&b.fnOff, &b.dataOff, &b.memOff, &b.nameOff})
        off->resize(m + 1);
    b.fnWeight.resize(m);
    b.ownerId.resize(m);
    b.platformId.resize(m);
    // Reused by the thread from block to block; ids are only compared within a block.
    thread_local TextIds owners, platforms;
    thread_local std::vector<std::optional<PlaceViews>> placesOfOwner; // by owner id + 1 (0: none)
    owners.clear();
    platforms.clear();
    placesOfOwner.clear();
    for (std::size_t i = 0; i < m; ++i) {
        const Item &it = inv.at(items[i]);
        b.fnOff[i] = int(b.fn.size());
        b.dataOff[i] = int(b.data.size());
        b.memOff[i] = int(b.members.size());
        b.nameOff[i] = int(b.names.size());
        b.fnWeight[i] = appendFeatureIds(it, tables, b.fn, b.data);
        const std::size_t m0 = b.members.size();
        b.members.insert(b.members.end(), it.memberHashes.begin(), it.memberHashes.end());
        std::sort(b.members.begin() + std::ptrdiff_t(m0), b.members.end());
        b.members.erase(std::unique(b.members.begin() + std::ptrdiff_t(m0), b.members.end()), b.members.end());
        b.ownerId[i] = idOf(owners, it.owner);
        b.platformId[i] = idOf(platforms, it.platform);
        if (placesFromOwnerOnly(it)) {
            // The same owner gives the same places: worked out once per owner and block.
            const auto slot = std::size_t(b.ownerId[i] + 1);
            if (slot >= placesOfOwner.size())
                placesOfOwner.resize(slot + 1);
            // Views into the first such item's owner, alive as long as the inventory.
            if (!placesOfOwner[slot]) {
                placesOfOwner[slot].emplace();
                placesToStrip(it, *placesOfOwner[slot]);
            }
            appendNameTokens(it, *placesOfOwner[slot], b.names);
        } else {
            thread_local PlaceViews places;
            placesToStrip(it, places);
            appendNameTokens(it, places, b.names);
        }
    }
    b.fnOff[m] = int(b.fn.size());
    b.dataOff[m] = int(b.data.size());
    b.memOff[m] = int(b.members.size());
    b.nameOff[m] = int(b.names.size());
    return b;
}

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

// Open addressing from token to its group, reused by one thread across blocks (no allocation per
// block once it has grown).
template<typename K>
struct TokenGroups
{
    std::vector<K> keys;
    std::vector<int> group; // -1 = empty slot
    std::size_t mask = 0;

    void reset(std::size_t tokens)
    {
        std::size_t cap = 16;
        while (cap < 2 * tokens)
            cap <<= 1;
        if (group.size() < cap) {
            keys.resize(cap);
            group.assign(cap, -1);
        } else {
            std::fill(group.begin(), group.begin() + std::ptrdiff_t(cap), -1);
        }
        mask = cap - 1;
    }
    static std::size_t hash(K k)
    {
        // Member hashes are already mixed; function, data and bigram ids are not.
        const quint64 x = quint64(k) * 0x9E3779B97F4A7C15ull;
        return std::size_t(x ^ (x >> 29));
    }
    // The token's group, or `fresh` after inserting it.
    int findOrInsert(K k, int fresh)
    {
        for (std::size_t s = hash(k) & mask;; s = (s + 1) & mask) {
            if (group[s] < 0) {
                keys[s] = k;
                group[s] = fresh;
                return fresh;
            }
            if (keys[s] == k)
                return group[s];
        }
    }
};

// Ranks tokens by (document frequency, first occurrence), rarest first; tokens of an item are
// unique. Any fixed order keeps prefix filtering exact; rarest first keeps the prefixes
// selective. Hashing and a counting sort by frequency: no sort of all the block's tokens.
template<typename K>
RankLists rankTokens(const std::vector<K> &tokens, const std::vector<int> &offsets,
                     std::vector<K> *tokenOfRank = nullptr)
{
    thread_local TokenGroups<K> table;
    thread_local std::vector<int> groupOf, df, rankOfGroup, byDf;
    thread_local std::vector<K> tokenOfGroup;
    const std::size_t total = tokens.size();
    table.reset(total);
    groupOf.resize(total);
    df.clear();
    tokenOfGroup.clear();
    for (std::size_t p = 0; p < total; ++p) {
        const int g = table.findOrInsert(tokens[p], int(df.size()));
        if (g == int(df.size())) {
            df.push_back(0);
            tokenOfGroup.push_back(tokens[p]);
        }
        ++df[std::size_t(g)];
        groupOf[p] = g;
    }
    const std::size_t groups = df.size();
    const int m = int(offsets.size()) - 1;
    // Counting sort of the groups by frequency (at most m), stable in first-occurrence order.
    byDf.assign(std::size_t(m) + 2, 0);
    for (std::size_t g = 0; g < groups; ++g)
        ++byDf[std::size_t(df[g]) + 1];
    for (std::size_t f = 1; f < byDf.size(); ++f)
        byDf[f] += byDf[f - 1];
    rankOfGroup.resize(groups);
    for (std::size_t g = 0; g < groups; ++g)
        rankOfGroup[g] = byDf[std::size_t(df[g])]++;
    RankLists out;
    out.distinct = int(groups);
    out.offsets = offsets;
    out.ranks.resize(total);
    if (tokenOfRank) {
        tokenOfRank->resize(groups);
        for (std::size_t g = 0; g < groups; ++g)
            (*tokenOfRank)[std::size_t(rankOfGroup[g])] = tokenOfGroup[g];
    }
    for (std::size_t p = 0; p < total; ++p)
        out.ranks[p] = rankOfGroup[std::size_t(groupOf[p])];
    for (int i = 0; i < m; ++i)
        std::sort(out.ranks.begin() + offsets[std::size_t(i)], out.ranks.begin() + offsets[std::size_t(i) + 1]);
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

// An inverted index: for each rank, the items (ascending) that index a prefix of this length.
// Each entry also keeps the weight of the item's tokens from that one on, its own included (unit
// weights without `rankWeight`): what the positional filter needs.
struct Postings
{
    std::vector<int> offsets; // size distinct + 1
    std::vector<int> list;
    std::vector<Weight> rest; // parallel to list

    Postings(const RankLists &r, const std::vector<int> &len, const std::vector<Weight> *rankWeight)
    {
        offsets.assign(std::size_t(r.distinct) + 1, 0);
        const int m = int(len.size());
        for (int i = 0; i < m; ++i)
            for (int k = 0; k < len[std::size_t(i)]; ++k)
                ++offsets[std::size_t(r.begin(i)[k]) + 1];
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        list.resize(std::size_t(offsets.back()));
        rest.resize(list.size());
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (int i = 0; i < m; ++i) {
            const int *ranks = r.begin(i);
            Weight left = suffixWeight(ranks, r.size(i), rankWeight);
            for (int k = 0; k < len[std::size_t(i)]; ++k) {
                const auto at = std::size_t(fill[std::size_t(ranks[k])]++);
                list[at] = i;
                rest[at] = left;
                left -= tokenWeight(ranks[k], rankWeight);
            }
        }
    }
    static Weight tokenWeight(int rank, const std::vector<Weight> *rankWeight)
    {
        return rankWeight ? (*rankWeight)[std::size_t(rank)] : 1;
    }
    static Weight suffixWeight(const int *ranks, int size, const std::vector<Weight> *rankWeight)
    {
        Weight w = 0;
        for (int k = 0; k < size; ++k)
            w += tokenWeight(ranks[k], rankWeight);
        return w;
    }
    // Calls f(j, rest) for the items j < i listed under rank r, with j's suffix weight there.
    template<typename F>
    void before(int r, int i, F &&f) const
    {
        for (int k = offsets[std::size_t(r)], e = offsets[std::size_t(r) + 1]; k < e && list[std::size_t(k)] < i; ++k)
            f(list[std::size_t(k)], rest[std::size_t(k)]);
    }
};

double sizeRatio(double a, double b)
{
    return a <= 0 || b <= 0 ? 0.0 : std::min(a, b) / std::max(a, b);
}

// The upper-bound test of a candidate pair (see the top of the file).
struct Pruner
{
    bool enabled = false;
    double threshold = 0;
    double containFloor = 0;
    double containment = 0;
    OverlapWeights w;
    const std::vector<Weight> *functionWeight = nullptr;

    explicit Pruner(const PolicyProfile &p, const std::vector<Weight> &fw)
        : threshold(p.overlapThreshold),
          containFloor(std::min(1.0, kContainmentScoreFloor) * p.overlapThreshold),
          containment(p.containmentThreshold), w(p.weights), functionWeight(&fw)
    {
        enabled = threshold > 0 && w.functions >= 0 && w.dataItems >= 0 && w.members >= 0
            && w.name >= 0 && w.owner >= 0 && w.platform >= 0;
    }

    bool mayBeEdge(const BlockFeatures &bf, int x, int y) const
    {
        if (!enabled)
            return true;
        const FeatureView a = bf.view(x), b = bf.view(y);
        double den = w.name, num = 0;
        const int ox = bf.ownerId[std::size_t(x)], oy = bf.ownerId[std::size_t(y)];
        if (ox >= 0 || oy >= 0) {
            den += w.owner;
            num += ox == oy ? w.owner : 0.0;
        }
        const int px = bf.platformId[std::size_t(x)], py = bf.platformId[std::size_t(y)];
        if (px >= 0 || py >= 0) {
            den += w.platform;
            num += px == py ? w.platform : 0.0;
        }
        const bool anyF = !a.functions.empty() || !b.functions.empty();
        const bool anyD = !a.dataItems.empty() || !b.dataItems.empty();
        const bool anyM = !a.members.empty() || !b.members.empty();
        const double ubF = sizeRatio(double(a.functionWeight), double(b.functionWeight));
        const double ubD = sizeRatio(double(a.dataItems.size()), double(b.dataItems.size()));
        const double ubM = sizeRatio(double(a.members.size()), double(b.members.size()));
        const double ubN = sizeRatio(double(a.bigrams.size()), double(b.bigrams.size()));
        den += (anyF ? w.functions : 0) + (anyD ? w.dataItems : 0) + (anyM ? w.members : 0);
        num += w.name * ubN + w.functions * ubF + w.dataItems * ubD + w.members * ubM;
        const bool bothF = !a.functions.empty() && !b.functions.empty();
        double floor = bothF ? std::min(threshold, containFloor) : threshold;
        const auto below = [&] { return num < floor * den * (1 - 1e-9); };
        if (below())
            return false;
        if (bothF) {
            const Weight inter = intersectWeight(a.functions, b.functions, *functionWeight);
            const double f = double(inter) / double(a.functionWeight + b.functionWeight - inter);
            if (double(inter) / double(std::min(a.functionWeight, b.functionWeight)) < containment)
                floor = threshold;
            num += w.functions * (f - ubF);
            if (below())
                return false;
        }
        if (!a.members.empty() && !b.members.empty()) {
            num += w.members * (jaccard(a.members, b.members) - ubM);
            if (below())
                return false;
        }
        if (!a.dataItems.empty() && !b.dataItems.empty()) {
            num += w.dataItems * (jaccard(a.dataItems, b.dataItems) - ubD);
            if (below())
                return false;
        }
        return true;
    }
};

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
    const BlockFeatures bf = buildBlockFeatures(items, inv, *c.tables);

    std::vector<std::uint32_t> functionOfRank;
    const RankLists fn = rankTokens(bf.fn, bf.fnOff, &functionOfRank);
    std::vector<Weight> rankWeight(functionOfRank.size());
    for (std::size_t r = 0; r < functionOfRank.size(); ++r)
        rankWeight[r] = c.tables->functionWeight[functionOfRank[r]];
    const RankLists data = rankTokens(bf.data, bf.dataOff);
    const RankLists members = rankTokens(bf.members, bf.memOff);
    // Names are only probed for items without any set data (the others' pairs are found through
    // their sets): a block without such items needs no name ranks.
    bool anyNameOnly = false;
    for (int i = 0; i < m && !anyNameOnly; ++i)
        anyNameOnly = setMask(bf.view(i)) == 0;
    RankLists names;
    if (anyNameOnly && !c.bounds->exhaustive) {
        names = rankTokens(bf.names, bf.nameOff);
    } else {
        names.offsets.assign(std::size_t(m) + 1, 0);
    }

    const FilterBounds &bounds = *c.bounds;
    const bool exhaustive = bounds.exhaustive;
    const double contain = profile.containmentThreshold;
    const bool useContainment = contain > 0 && contain <= 1.0;

    // Prefix lengths of every item (they depend on the item alone), then the indexes at once.
    const auto sz = std::size_t(m);
    std::vector<int> pf(sz, 0), pd(sz, 0), pm(sz, 0), pn(sz, 0), pc(sz, 0), pfull(sz, 0), pcIndex(sz, 0);
    std::vector<double> tau(sz, 0);
    if (!exhaustive) {
        for (int i = 0; i < m; ++i) {
            const auto k = std::size_t(i);
            const int fLen = fn.size(i);
            const int mask = setMask(bf.view(i));
            if (mask) {
                tau[k] = bounds.bySetMask[mask];
                pf[k] = weightedPrefixLength(fn.begin(i), fLen, rankWeight, bf.fnWeight[k], tau[k]);
                pd[k] = prefixLength(data.size(i), tau[k]);
                pm[k] = prefixLength(members.size(i), tau[k]);
            } else {
                pn[k] = prefixLength(names.size(i), bounds.nameOnly);
            }
            if (useContainment) {
                pfull[k] = fLen;
                if (fLen >= int(kContainmentMinFunctions)) {
                    pc[k] = weightedPrefixLength(fn.begin(i), fLen, rankWeight, bf.fnWeight[k], contain);
                    pcIndex[k] = pc[k];
                }
            }
        }
    }
    const Postings postFn(fn, pf, &rankWeight), postData(data, pd, nullptr), postMembers(members, pm, nullptr),
        postNames(names, pn, nullptr), fullFn(fn, pfull, &rankWeight), containFn(fn, pcIndex, &rankWeight);

    std::vector<int> mark(sz, -1);
    std::vector<int> candidates;
    // Length and positional filters (PPJoin, Xiao et al. 2008, weighted): J(x, y) ≥ τ needs an
    // overlap O ≥ τ/(1 + τ)·(W(x) + W(y)). Tokens are met in the global order, so when the k-th
    // prefix token of x is found in y, `seen[y]` holds exactly the shared tokens before it, and
    // the rest of the overlap lies in both suffixes from here: O ≤ seen + min(rest_x, rest_y).
    // A pair that fails this can never reach τ in this component; the other components and the
    // containment indexes are probed on their own, so dropping it here loses nothing.
    std::vector<int> stamp(sz, -1);
    std::vector<Weight> seen(sz, 0);
    std::vector<double> needOf(sz, 0);
    std::vector<int> found;
    constexpr Weight kPruned = ~Weight(0);
    int probeId = 0;
    // need(j): the least overlap weight the pair needs in this component, or < 0 when it cannot
    // qualify at all (length filter); asked once per pair and probe.
    const auto probePositional = [&](const Postings &post, const int *r, int len, int size, int i,
                                     const std::vector<Weight> *rankWeight, auto need) {
        const int id = probeId++;
        found.clear();
        Weight restI = Postings::suffixWeight(r, size, rankWeight);
        for (int k = 0; k < len; ++k) {
            const Weight w = Postings::tokenWeight(r[k], rankWeight);
            post.before(r[k], i, [&](int j, Weight restJ) {
                const auto x = std::size_t(j);
                if (mark[x] == i)
                    return;
                if (stamp[x] != id) {
                    const double needed = need(j);
                    if (needed < 0)
                        return;
                    stamp[x] = id;
                    seen[x] = 0;
                    needOf[x] = needed;
                    found.push_back(j);
                } else if (seen[x] == kPruned) {
                    return;
                }
                if (double(seen[x] + std::min(restI, restJ)) < needOf[x]) {
                    seen[x] = kPruned;
                    return;
                }
                seen[x] += w;
            });
            restI -= w;
        }
        for (int j : found) {
            if (seen[std::size_t(j)] != kPruned) {
                mark[std::size_t(j)] = i;
                candidates.push_back(j);
            }
        }
    };
    // Jaccard ≥ t in a component whose sizes sizeOf() gives.
    const auto probeJaccard = [&](const Postings &post, const int *r, int len, int size, int i, auto sizeOf,
                                  const std::vector<Weight> *rankWeight, double t) {
        const double own = sizeOf(i);
        const double lo = t * own * (1 - 1e-9);
        const double hi = own / t * (1 + 1e-9);
        const double share = t / (1 + t) * (1 - 1e-9);
        probePositional(post, r, len, size, i, rankWeight, [&](int j) {
            const double other = sizeOf(j);
            return other < lo || other > hi ? -1.0 : share * (own + other);
        });
    };
    const auto fnWeightOf = [&](int x) { return double(bf.fnWeight[std::size_t(x)]); };
    const double containShare = contain * (1 - 1e-9);

    const Pruner pruner(profile, c.tables->functionWeight);
    qint64 reported = 0;
    for (int i = 0; i < m; ++i) {
        const auto k = std::size_t(i);
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
        if (exhaustive) {
            for (int j = 0; j < i; ++j)
                candidates.push_back(j);
        } else {
            if (tau[k] > 0) {
                probeJaccard(postFn, fn.begin(i), pf[k], fn.size(i), i, fnWeightOf, &rankWeight, tau[k]);
                probeJaccard(postData, data.begin(i), pd[k], data.size(i), i,
                             [&](int x) { return double(data.size(x)); }, nullptr, tau[k]);
                probeJaccard(postMembers, members.begin(i), pm[k], members.size(i), i,
                             [&](int x) { return double(members.size(x)); }, nullptr, tau[k]);
            } else {
                probeJaccard(postNames, names.begin(i), pn[k], names.size(i), i,
                             [&](int x) { return double(names.size(x)); }, nullptr, bounds.nameOnly);
            }
            if (pc[k] > 0) {
                // i is the lighter one: W(i ∩ j) ≥ C·W(i).
                const Weight wi = bf.fnWeight[k];
                probePositional(fullFn, fn.begin(i), pc[k], fn.size(i), i, &rankWeight, [&](int j) {
                    return bf.fnWeight[std::size_t(j)] >= wi ? containShare * double(wi) : -1.0;
                });
                // An earlier, lighter item j inside i: W(i ∩ j) ≥ C·W(j).
                probePositional(containFn, fn.begin(i), fn.size(i), fn.size(i), i, &rankWeight, [&](int j) {
                    return bf.fnWeight[std::size_t(j)] <= wi ? containShare * fnWeightOf(j) : -1.0;
                });
            }
        }
        // Verify in index order so that the edges come out sorted within the block.
        std::sort(candidates.begin(), candidates.end());
        const int gi = items[k];
        const FeatureView vi = bf.view(i);
        for (int j : candidates) {
            if (!pruner.mayBeEdge(bf, j, i))
                continue;
            const int gj = items[std::size_t(j)];
            const FeatureView vj = bf.view(j);
            const OverlapParts p = scorePair(inv.at(gj), vj, inv.at(gi), vi, c.tables->functionWeight,
                                             profile.weights);
            const EdgeVerdict v = judgePair(p, vj, vi, profile);
            if (!v.edge)
                continue;
            OverlapEdge e;
            e.a = gj;
            e.b = gi;
            e.score = static_cast<float>(p.score);
            e.containedItem = v.contained == 0 ? gj : v.contained == 1 ? gi : -1;
            out.push_back(e);
        }
    }
    const qint64 now = c.done->fetch_add(m - reported) + (m - reported);
    if (c.progress)
        c.progress->advance(now);
    return true;
}

} // namespace slimplan::overlapdetail
