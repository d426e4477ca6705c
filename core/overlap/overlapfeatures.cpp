#include "overlap/overlapfeatures.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <thread>

namespace slimplan::overlapdetail {

namespace {

// How many items mention each string of one list field, counted by string address first: each
// distinct buffer (in an interned inventory, each distinct text) is hashed as a text once.
struct Counts
{
    AddressMap slotAt;
    std::vector<std::pair<QString, std::uint32_t>> entries; // (a string of the buffer, count)

    void add(const QString &s)
    {
        int k = slotAt.find(s);
        if (k < 0) {
            k = static_cast<int>(entries.size());
            entries.emplace_back(s, 0);
            slotAt.insert(s, k);
        }
        ++entries[std::size_t(k)].second;
    }
};

void countRange(const Inventory &inv, int from, int to, Counts &functions, Counts &dataItems)
{
    for (int i = from; i < to; ++i) {
        const Item &it = inv.at(i);
        for (const QString &f : it.functions)
            functions.add(f);
        for (const QString &d : it.dataItems)
            dataItems.add(d);
    }
}

// Ids in sorted string order: the same vocabulary gives the same ids whatever the thread split.
void assignIds(const std::vector<Counts> &parts, bool byAddress, QHash<QString, std::uint32_t> &ids,
               AddressMap &idAt, std::vector<std::uint32_t> &df)
{
    QHash<QString, std::uint32_t> counts;
    for (const Counts &part : parts)
        for (const auto &[text, n] : part.entries)
            counts[text] += n;
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end());
    ids.reserve(keys.size());
    df.resize(static_cast<std::size_t>(keys.size()));
    for (int k = 0; k < keys.size(); ++k) {
        ids.insert(keys.at(k), static_cast<std::uint32_t>(k));
        df[static_cast<std::size_t>(k)] = counts.value(keys.at(k));
    }
    if (!byAddress)
        return;
    for (const Counts &part : parts)
        for (const auto &entry : part.entries)
            idAt.insert(entry.first, static_cast<int>(ids.value(entry.first)));
}

} // namespace

TokenTables buildTokenTables(const Inventory &inventory, int threads, bool byAddress)
{
    const int n = inventory.size();
    const int workers = std::max(1, std::min(threads, n / 20000 + 1));
    std::vector<Counts> fc(static_cast<std::size_t>(workers)), dc(static_cast<std::size_t>(workers));
    {
        std::vector<std::thread> pool;
        for (int w = 1; w < workers; ++w)
            pool.emplace_back([&, w] {
                countRange(inventory, static_cast<int>(qint64(n) * w / workers),
                           static_cast<int>(qint64(n) * (w + 1) / workers), fc[std::size_t(w)],
                           dc[std::size_t(w)]);
            });
        countRange(inventory, 0, static_cast<int>(qint64(n) / workers), fc[0], dc[0]);
        for (std::thread &t : pool)
            t.join();
    }
    TokenTables t;
    assignIds(fc, byAddress, t.functionId, t.functionAt, t.functionDf);
    assignIds(dc, byAddress, t.dataItemId, t.dataItemAt, t.dataItemDf);
    // Rare functions say more about what an app is for than 信息发布 or 通知 do.
    const double total = std::max(1, n);
    t.functionWeight.resize(t.functionDf.size());
    for (std::size_t k = 0; k < t.functionDf.size(); ++k) {
        const double idf = std::log(1.0 + total / std::max<std::uint32_t>(1, t.functionDf[k]));
        t.functionWeight[k] = std::max<Weight>(1, static_cast<Weight>(std::llround(idf * kWeightScale)));
    }
    return t;
}

const TokenTables &cachedTokenTables(const Inventory &inventory)
{
    struct Key
    {
        const Inventory *inv = nullptr;
        int size = -1;
        qint64 lists = -1;
        bool operator==(const Key &) const = default;
    };
    static QMutex mutex;
    static Key cachedKey;
    static TokenTables cached;
    qint64 lists = 0;
    for (const Item &it : inventory.items())
        lists += it.functions.size() * 31 + it.dataItems.size();
    const Key key{&inventory, inventory.size(), lists};
    QMutexLocker lock(&mutex);
    if (!(key == cachedKey)) {
        cached = buildTokenTables(inventory, 1, false); // outlives the strings it would point at
        cachedKey = key;
    }
    return cached;
}

Weight appendFeatureIds(const Item &item, const TokenTables &tables,
                        std::vector<std::uint32_t> &functions, std::vector<std::uint32_t> &dataItems)
{
    // By address first; a string the tables have not seen (or a cached table) by its text.
    const auto idOf = [](const QString &s, const AddressMap &at, const QHash<QString, std::uint32_t> &byText) {
        const int k = at.find(s);
        if (k >= 0)
            return static_cast<qint64>(k);
        const auto it = byText.constFind(s);
        return it == byText.cend() ? qint64(-1) : static_cast<qint64>(it.value());
    };
    // The known ids of `texts` appended to `out`, sorted and unique; returns where they start.
    const auto appendIds = [&](const QStringList &texts, const AddressMap &at,
                               const QHash<QString, std::uint32_t> &byText, std::vector<std::uint32_t> &out) {
        const std::size_t from = out.size();
        for (const QString &s : texts) {
            const qint64 id = idOf(s, at, byText);
            if (id >= 0)
                out.push_back(static_cast<std::uint32_t>(id));
        }
        std::sort(out.begin() + std::ptrdiff_t(from), out.end());
        out.erase(std::unique(out.begin() + std::ptrdiff_t(from), out.end()), out.end());
        return from;
    };
    Weight weight = 0;
    for (std::size_t k = appendIds(item.functions, tables.functionAt, tables.functionId, functions);
         k < functions.size(); ++k)
        weight += tables.functionWeight[functions[k]];
    appendIds(item.dataItems, tables.dataItemAt, tables.dataItemId, dataItems);
    return weight;
}

ItemFeatures buildFeatures(const Item &item, const TokenTables &tables)
{
    ItemFeatures f;
    f.functions.reserve(static_cast<std::size_t>(item.functions.size()));
    f.dataItems.reserve(static_cast<std::size_t>(item.dataItems.size()));
    f.functionWeight = appendFeatureIds(item, tables, f.functions, f.dataItems);
    f.members = item.memberHashes;
    std::sort(f.members.begin(), f.members.end());
    f.members.erase(std::unique(f.members.begin(), f.members.end()), f.members.end());
    f.bigrams = nameBigrams(strippedName(item));
    return f;
}

namespace {

// Calls f(x) for each value in both sorted lists: the one merge behind every overlap count.
template<typename T, typename F>
void forEachCommon(std::span<const T> a, std::span<const T> b, F &&f)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            f(*i);
            ++i;
            ++j;
        }
    }
}

template<typename T>
std::size_t intersectCount(std::span<const T> a, std::span<const T> b)
{
    std::size_t n = 0;
    forEachCommon(a, b, [&](const T &) { ++n; });
    return n;
}

template<typename T>
double jaccardOf(std::span<const T> a, std::span<const T> b)
{
    if (a.empty() || b.empty())
        return 0.0;
    const std::size_t inter = intersectCount(a, b);
    return double(inter) / double(a.size() + b.size() - inter);
}

} // namespace

Weight intersectWeight(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                       const std::vector<Weight> &w)
{
    Weight sum = 0;
    forEachCommon(a, b, [&](std::uint32_t x) { sum += w[x]; });
    return sum;
}

double jaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b)
{
    return jaccardOf(a, b);
}

double jaccard(std::span<const quint64> a, std::span<const quint64> b)
{
    return jaccardOf(a, b);
}

double combineScore(const OverlapParts &p, const Availability &a, const OverlapWeights &w)
{
    // score = Σ w_c·s_c / Σ w_c over the components c with data (name always has data).
    double num = w.name * p.name;
    double den = w.name;
    if (a.functions) {
        num += w.functions * p.functions;
        den += w.functions;
    }
    if (a.dataItems) {
        num += w.dataItems * p.dataItems;
        den += w.dataItems;
    }
    if (a.members) {
        num += w.members * p.members;
        den += w.members;
    }
    if (a.owner) {
        num += w.owner * (p.sameOwner ? 1.0 : 0.0);
        den += w.owner;
    }
    if (a.platform) {
        num += w.platform * (p.samePlatform ? 1.0 : 0.0);
        den += w.platform;
    }
    return den > 0 ? num / den : 0.0;
}

OverlapParts scorePair(const Item &x, const FeatureView &fx, const Item &y,
                       const FeatureView &fy, const std::vector<Weight> &functionWeight,
                       const OverlapWeights &weights, Availability *availability)
{
    OverlapParts p;
    Availability a;
    a.functions = !fx.functions.empty() || !fy.functions.empty();
    a.dataItems = !fx.dataItems.empty() || !fy.dataItems.empty();
    a.members = !fx.members.empty() || !fy.members.empty();
    a.owner = !x.owner.isEmpty() || !y.owner.isEmpty();
    a.platform = !x.platform.isEmpty() || !y.platform.isEmpty();
    if (!fx.functions.empty() && !fy.functions.empty()) {
        const Weight inter = intersectWeight(fx.functions, fy.functions, functionWeight);
        const Weight uni = fx.functionWeight + fy.functionWeight - inter;
        p.functions = double(inter) / double(uni);
        p.containment = double(inter) / double(std::min(fx.functionWeight, fy.functionWeight));
    }
    p.dataItems = jaccard(fx.dataItems, fy.dataItems);
    p.members = jaccard(fx.members, fy.members);
    p.name = jaccard(fx.bigrams, fy.bigrams);
    p.sameOwner = !x.owner.isEmpty() && x.owner == y.owner;
    p.samePlatform = !x.platform.isEmpty() && x.platform == y.platform;
    p.score = combineScore(p, a, weights);
    if (availability)
        *availability = a;
    return p;
}

EdgeVerdict judgePair(const OverlapParts &p, const FeatureView &fx, const FeatureView &fy,
                      const PolicyProfile &profile)
{
    EdgeVerdict v;
    v.edge = p.score >= profile.overlapThreshold;
    if (p.containment >= profile.containmentThreshold && !fx.functions.empty()
        && !fy.functions.empty()) {
        // The lighter set folds into the heavier one; identical sets are plain duplicates.
        int smaller = -1;
        if (fx.functionWeight != fy.functionWeight)
            smaller = fx.functionWeight < fy.functionWeight ? 0 : 1;
        else if (fx.functions.size() != fy.functions.size())
            smaller = fx.functions.size() < fy.functions.size() ? 0 : 1;
        const FeatureView &s = smaller == 1 ? fy : fx;
        // A few generic functions inside a long list are no evidence of a shared purpose.
        if (s.functions.size() >= kContainmentMinFunctions
            && p.score >= kContainmentScoreFloor * profile.overlapThreshold) {
            v.edge = true;
            v.contained = smaller;
        }
    }
    return v;
}

int setMask(const FeatureView &f)
{
    return (f.functions.empty() ? 0 : 1) | (f.dataItems.empty() ? 0 : 2) | (f.members.empty() ? 0 : 4);
}

FilterBounds filterBounds(const PolicyProfile &profile)
{
    // Let S be the set components with data for a pair (the union of both items' masks, plus the
    // name, which is always there), op = w_owner + w_platform (counted at their best, 1) and
    // X = Σ_{c∈S, c≠name} w_c. If every filter similarity s_c (functions, data, members) is below
    // τ, and the name similarity at most 1, then
    //   score < (op + w_name + τ·X) / (op + w_name + X),
    // which is ≤ T exactly when τ ≤ T − (1 − T)(op + w_name)/X. This grows with X, so the bound
    // computed from one item's own mask is never above the pair's: both prefixes are long enough.
    // A pair where one item has no set data at all has every filter similarity 0 and is safe as
    // long as every τ > 0. Pairs where neither has set data (S = {name}) need the name itself:
    //   s_name ≥ (T·(w_name + op) − op) / w_name.
    FilterBounds b;
    const OverlapWeights &w = profile.weights;
    const double t = profile.overlapThreshold;
    const double op = w.owner + w.platform;
    if (t <= 0 || w.name < 0 || w.functions < 0 || w.dataItems < 0 || w.members < 0 || op < 0) {
        b.exhaustive = true;
        return b;
    }
    if (w.name > 0)
        b.nameOnly = (t * (w.name + op) - op) / w.name;
    else
        b.nameOnly = op > 0 ? 0 : 2; // no name weight: owner/platform alone decide, or nothing does
    if (b.nameOnly <= 0)
        b.exhaustive = true;
    for (int mask = 1; mask < 8; ++mask) {
        const double x = ((mask & 1) ? w.functions : 0) + ((mask & 2) ? w.dataItems : 0)
            + ((mask & 4) ? w.members : 0);
        if (x <= 0) {
            b.exhaustive = true;
            continue;
        }
        b.bySetMask[mask] = std::min(1.0, t - (1 - t) * (op + w.name) / x);
        if (b.bySetMask[mask] <= 0)
            b.exhaustive = true;
    }
    b.nameOnly = std::min(1.0, b.nameOnly);
    return b;
}

} // namespace slimplan::overlapdetail
