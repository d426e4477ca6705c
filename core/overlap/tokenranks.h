#pragma once
// The token indexes of one block's similarity join (see overlapblock.cpp): each item's tokens as
// ranks in a rarest-first order, prefix lengths, and inverted indexes over the prefixes. Inline:
// they sit in the overlap engine's inner loop.

#include "overlap/overlapfeatures.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <vector>

namespace slimplan::overlapdetail {

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
inline int prefixLength(int size, double t)
{
    if (size == 0)
        return 0;
    const double keep = std::ceil(t * size - 1e-9);
    return std::clamp(size - static_cast<int>(keep) + 1, 1, size);
}

inline int weightedPrefixLength(const int *ranks, int size, const std::vector<Weight> &rankWeight,
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

} // namespace slimplan::overlapdetail
