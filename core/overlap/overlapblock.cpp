#include "overlap/overlapblock.h"

#include "overlap/tokenranks.h"

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

// The block's tokens in rank form, with each function rank's weight.
struct BlockRanks
{
    RankLists fn, data, members, names;
    std::vector<Weight> rankWeight;
};

BlockRanks rankBlock(const BlockFeatures &bf, const BlockContext &c, int m)
{
    BlockRanks r;
    std::vector<std::uint32_t> functionOfRank;
    r.fn = rankTokens(bf.fn, bf.fnOff, &functionOfRank);
    r.rankWeight.resize(functionOfRank.size());
    for (std::size_t k = 0; k < functionOfRank.size(); ++k)
        r.rankWeight[k] = c.tables->functionWeight[functionOfRank[k]];
    r.data = rankTokens(bf.data, bf.dataOff);
    r.members = rankTokens(bf.members, bf.memOff);
    // Names are only probed for items without any set data (the others' pairs are found through
    // their sets): a block without such items needs no name ranks.
    bool anyNameOnly = false;
    for (int i = 0; i < m && !anyNameOnly; ++i)
        anyNameOnly = setMask(bf.view(i)) == 0;
    if (anyNameOnly && !c.bounds->exhaustive)
        r.names = rankTokens(bf.names, bf.nameOff);
    else
        r.names.offsets.assign(std::size_t(m) + 1, 0);
    return r;
}

// Prefix lengths of every item (they depend on the item alone), per index.
struct Prefixes
{
    std::vector<int> fn, data, members, names, contain, full, containIndex;
    std::vector<double> tau;
};

Prefixes prefixLengths(const BlockFeatures &bf, const BlockRanks &r, const FilterBounds &bounds,
                       double contain, bool useContainment, int m)
{
    const auto sz = std::size_t(m);
    Prefixes p{std::vector<int>(sz, 0), std::vector<int>(sz, 0), std::vector<int>(sz, 0),
               std::vector<int>(sz, 0), std::vector<int>(sz, 0), std::vector<int>(sz, 0),
               std::vector<int>(sz, 0), std::vector<double>(sz, 0)};
    if (bounds.exhaustive)
        return p;
    for (int i = 0; i < m; ++i) {
        const auto k = std::size_t(i);
        const int fLen = r.fn.size(i);
        const int mask = setMask(bf.view(i));
        if (mask) {
            p.tau[k] = bounds.bySetMask[mask];
            p.fn[k] = weightedPrefixLength(r.fn.begin(i), fLen, r.rankWeight, bf.fnWeight[k], p.tau[k]);
            p.data[k] = prefixLength(r.data.size(i), p.tau[k]);
            p.members[k] = prefixLength(r.members.size(i), p.tau[k]);
        } else {
            p.names[k] = prefixLength(r.names.size(i), bounds.nameOnly);
        }
        if (useContainment) {
            p.full[k] = fLen;
            if (fLen >= int(kContainmentMinFunctions)) {
                p.contain[k] = weightedPrefixLength(r.fn.begin(i), fLen, r.rankWeight, bf.fnWeight[k], contain);
                p.containIndex[k] = p.contain[k];
            }
        }
    }
    return p;
}

// One block's join: features, ranks, prefixes and the inverted indexes over them, and the
// buffers the probes reuse from item to item.
class BlockJoin
{
public:
    BlockJoin(const std::vector<int> &items, const BlockContext &c)
        : m_items(items), m_c(c), m_inv(*c.inventory), m_profile(*c.profile), m_bounds(*c.bounds),
          m_bf(buildBlockFeatures(items, m_inv, *c.tables)), m_size(int(items.size())),
          m_r(rankBlock(m_bf, c, m_size)), m_contain(m_profile.containmentThreshold),
          m_containShare(m_contain * (1 - 1e-9)),
          m_p(prefixLengths(m_bf, m_r, m_bounds, m_contain, m_contain > 0 && m_contain <= 1.0, m_size)),
          m_postFn(m_r.fn, m_p.fn, &m_r.rankWeight), m_postData(m_r.data, m_p.data, nullptr),
          m_postMembers(m_r.members, m_p.members, nullptr), m_postNames(m_r.names, m_p.names, nullptr),
          m_fullFn(m_r.fn, m_p.full, &m_r.rankWeight), m_containFn(m_r.fn, m_p.containIndex, &m_r.rankWeight),
          m_mark(std::size_t(m_size), -1), m_stamp(std::size_t(m_size), -1), m_seen(std::size_t(m_size), 0),
          m_needOf(std::size_t(m_size), 0), m_pruner(m_profile, c.tables->functionWeight)
    {
    }

    // The earlier items j < i that may form an edge with i, ascending.
    const std::vector<int> &candidatesOf(int i);
    // Scores i's candidates and appends the edges, sorted by their first item.
    void verify(int i, std::vector<OverlapEdge> &out) const;

private:
    static constexpr Weight kPruned = ~Weight(0);

    template<typename Need>
    void probePositional(const Postings &post, const int *r, int len, int size, int i,
                         const std::vector<Weight> *rankWeight, Need need);
    template<typename SizeOf>
    void probeJaccard(const Postings &post, const int *r, int len, int size, int i, SizeOf sizeOf,
                      const std::vector<Weight> *rankWeight, double t);
    double fnWeightOf(int x) const { return double(m_bf.fnWeight[std::size_t(x)]); }

    const std::vector<int> &m_items;
    const BlockContext &m_c;
    const Inventory &m_inv;
    const PolicyProfile &m_profile;
    const FilterBounds &m_bounds;
    const BlockFeatures m_bf;
    const int m_size;
    const BlockRanks m_r;
    const double m_contain;
    const double m_containShare;
    const Prefixes m_p;
    const Postings m_postFn, m_postData, m_postMembers, m_postNames, m_fullFn, m_containFn;
    std::vector<int> m_mark;
    std::vector<int> m_candidates;
    // Length and positional filters (PPJoin, Xiao et al. 2008, weighted): J(x, y) ≥ τ needs an
    // overlap O ≥ τ/(1 + τ)·(W(x) + W(y)). Tokens are met in the global order, so when the k-th
    // prefix token of x is found in y, `seen[y]` holds exactly the shared tokens before it, and
    // the rest of the overlap lies in both suffixes from here: O ≤ seen + min(rest_x, rest_y).
    // A pair that fails this can never reach τ in this component; the other components and the
    // containment indexes are probed on their own, so dropping it here loses nothing.
    std::vector<int> m_stamp;
    std::vector<Weight> m_seen;
    std::vector<double> m_needOf;
    std::vector<int> m_found;
    int m_probeId = 0;
    const Pruner m_pruner;
};

// need(j): the least overlap weight the pair needs in this component, or < 0 when it cannot
// qualify at all (length filter); asked once per pair and probe.
template<typename Need>
void BlockJoin::probePositional(const Postings &post, const int *r, int len, int size, int i,
                                const std::vector<Weight> *rankWeight, Need need)
{
    const int id = m_probeId++;
    m_found.clear();
    Weight restI = Postings::suffixWeight(r, size, rankWeight);
    for (int k = 0; k < len; ++k) {
        const Weight w = Postings::tokenWeight(r[k], rankWeight);
        post.before(r[k], i, [&](int j, Weight restJ) {
            const auto x = std::size_t(j);
            if (m_mark[x] == i)
                return;
            if (m_stamp[x] != id) {
                const double needed = need(j);
                if (needed < 0)
                    return;
                m_stamp[x] = id;
                m_seen[x] = 0;
                m_needOf[x] = needed;
                m_found.push_back(j);
            } else if (m_seen[x] == kPruned) {
                return;
            }
            if (double(m_seen[x] + std::min(restI, restJ)) < m_needOf[x]) {
                m_seen[x] = kPruned;
                return;
            }
            m_seen[x] += w;
        });
        restI -= w;
    }
    for (int j : m_found) {
        if (m_seen[std::size_t(j)] != kPruned) {
            m_mark[std::size_t(j)] = i;
            m_candidates.push_back(j);
        }
    }
}

// Jaccard ≥ t in a component whose sizes sizeOf() gives.
template<typename SizeOf>
void BlockJoin::probeJaccard(const Postings &post, const int *r, int len, int size, int i, SizeOf sizeOf,
                             const std::vector<Weight> *rankWeight, double t)
{
    const double own = sizeOf(i);
    const double lo = t * own * (1 - 1e-9);
    const double hi = own / t * (1 + 1e-9);
    const double share = t / (1 + t) * (1 - 1e-9);
    probePositional(post, r, len, size, i, rankWeight, [&](int j) {
        const double other = sizeOf(j);
        return other < lo || other > hi ? -1.0 : share * (own + other);
    });
}

const std::vector<int> &BlockJoin::candidatesOf(int i)
{
    const auto k = std::size_t(i);
    m_candidates.clear();
    if (m_bounds.exhaustive) {
        for (int j = 0; j < i; ++j)
            m_candidates.push_back(j);
        return m_candidates;
    }
    const RankLists &fn = m_r.fn;
    if (m_p.tau[k] > 0) {
        const double t = m_p.tau[k];
        probeJaccard(m_postFn, fn.begin(i), m_p.fn[k], fn.size(i), i,
                     [&](int x) { return fnWeightOf(x); }, &m_r.rankWeight, t);
        probeJaccard(m_postData, m_r.data.begin(i), m_p.data[k], m_r.data.size(i), i,
                     [&](int x) { return double(m_r.data.size(x)); }, nullptr, t);
        probeJaccard(m_postMembers, m_r.members.begin(i), m_p.members[k], m_r.members.size(i), i,
                     [&](int x) { return double(m_r.members.size(x)); }, nullptr, t);
    } else {
        probeJaccard(m_postNames, m_r.names.begin(i), m_p.names[k], m_r.names.size(i), i,
                     [&](int x) { return double(m_r.names.size(x)); }, nullptr, m_bounds.nameOnly);
    }
    if (m_p.contain[k] > 0) {
        // i is the lighter one: W(i ∩ j) ≥ C·W(i).
        const Weight wi = m_bf.fnWeight[k];
        probePositional(m_fullFn, fn.begin(i), m_p.contain[k], fn.size(i), i, &m_r.rankWeight, [&](int j) {
            return m_bf.fnWeight[std::size_t(j)] >= wi ? m_containShare * double(wi) : -1.0;
        });
        // An earlier, lighter item j inside i: W(i ∩ j) ≥ C·W(j).
        probePositional(m_containFn, fn.begin(i), fn.size(i), fn.size(i), i, &m_r.rankWeight, [&](int j) {
            return m_bf.fnWeight[std::size_t(j)] <= wi ? m_containShare * fnWeightOf(j) : -1.0;
        });
    }
    // Verified in index order so that the edges come out sorted within the block.
    std::sort(m_candidates.begin(), m_candidates.end());
    return m_candidates;
}

void BlockJoin::verify(int i, std::vector<OverlapEdge> &out) const
{
    const int gi = m_items[std::size_t(i)];
    const FeatureView vi = m_bf.view(i);
    for (int j : m_candidates) {
        if (!m_pruner.mayBeEdge(m_bf, j, i))
            continue;
        const int gj = m_items[std::size_t(j)];
        const FeatureView vj = m_bf.view(j);
        const OverlapParts p = scorePair(m_inv.at(gj), vj, m_inv.at(gi), vi, m_c.tables->functionWeight,
                                         m_profile.weights);
        const EdgeVerdict v = judgePair(p, vj, vi, m_profile);
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

} // namespace

bool compareBlock(const std::vector<int> &items, const BlockContext &c,
                  std::vector<OverlapEdge> &out)
{
    const int m = static_cast<int>(items.size());
    if (m < 2) {
        c.done->fetch_add(m);
        return true;
    }
    BlockJoin join(items, c);
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
        join.candidatesOf(i);
        join.verify(i, out);
    }
    const qint64 now = c.done->fetch_add(m - reported) + (m - reported);
    if (c.progress)
        c.progress->advance(now);
    return true;
}

} // namespace slimplan::overlapdetail
