#include "overlap/overlapfeatures.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <thread>

namespace slimplan::overlapdetail {

namespace {

// Counts how many items mention each string of one list field, over a range of items.
using Counts = QHash<QString, std::uint32_t>;

void countRange(const Inventory &inv, int from, int to, Counts &functions, Counts &dataItems)
{
    for (int i = from; i < to; ++i) {
        const Item &it = inv.at(i);
        for (const QString &f : it.functions)
            ++functions[f];
        for (const QString &d : it.dataItems)
            ++dataItems[d];
    }
}

// Ids in sorted string order: the same vocabulary gives the same ids whatever the thread split.
void assignIds(const Counts &counts, QHash<QString, std::uint32_t> &ids,
               std::vector<std::uint32_t> &df)
{
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end());
    ids.reserve(keys.size());
    df.resize(static_cast<std::size_t>(keys.size()));
    for (int k = 0; k < keys.size(); ++k) {
        ids.insert(keys.at(k), static_cast<std::uint32_t>(k));
        df[static_cast<std::size_t>(k)] = counts.value(keys.at(k));
    }
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

TokenTables buildTokenTables(const Inventory &inventory, int threads)
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
    for (int w = 1; w < workers; ++w) {
        for (auto it = fc[std::size_t(w)].cbegin(); it != fc[std::size_t(w)].cend(); ++it)
            fc[0][it.key()] += it.value();
        for (auto it = dc[std::size_t(w)].cbegin(); it != dc[std::size_t(w)].cend(); ++it)
            dc[0][it.key()] += it.value();
    }
    TokenTables t;
    assignIds(fc[0], t.functionId, t.functionDf);
    assignIds(dc[0], t.dataItemId, t.dataItemDf);
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
        cached = buildTokenTables(inventory, 1);
        cachedKey = key;
    }
    return cached;
}

QStringList placeNames(const QString &owner)
{
    static const QString two[] = {QStringLiteral("街道"), QStringLiteral("社区")};
    static const QString one = QStringLiteral("省市县区旗州镇乡村");
    QStringList places;
    int start = 0;
    // Place names are contiguous from the start of the owner: 青溪县 | 青山镇 | 人民政府.
    for (int p = start; p < owner.size(); ++p) {
        int suffix = 0;
        for (const QString &s : two)
            if (QStringView(owner).mid(p).startsWith(s))
                suffix = 2;
        if (!suffix && one.contains(owner.at(p)))
            suffix = 1;
        if (!suffix)
            continue;
        const int len = p - start;
        if (len < 2)
            continue; // "市场监督管理局": 市 is not a suffix here
        if (len > 3)
            break;    // not a place any more: the unit's own name started
        places << owner.mid(start, len + suffix) << owner.mid(start, len);
        start = p + suffix;
        p = start - 1;
    }
    return places;
}

namespace {

// The place names strippedName() removes, longer first, so 青溪县 goes before 青溪 and leaves no
// stray 县.
QStringList placesToStrip(const Item &item)
{
    QStringList places = placeNames(item.owner);
    if (!item.region.isEmpty() && !isDigits(item.region))
        places << placeNames(item.region) << item.region;
    std::sort(places.begin(), places.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return places;
}

QString stripPlaces(const Item &item, const QStringList &places)
{
    QString name = item.name;
    for (const QString &p : places)
        name.remove(p);
    QString out;
    out.reserve(name.size());
    for (QChar c : std::as_const(name))
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    if (out.isEmpty()) {
        // The name was only the place ("青溪"): compare the whole name rather than nothing.
        for (QChar c : item.name)
            if (c.isLetterOrNumber())
                out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace

QString strippedName(const Item &item)
{
    return stripPlaces(item, placesToStrip(item));
}

QString strippedName(const Item &item, QHash<QString, QStringList> &placesByOwner)
{
    // With a division code (or no region) the places come from the owner alone: the same
    // owner gives the same list, so it is worked out once per owner.
    if (!item.region.isEmpty() && !isDigits(item.region))
        return strippedName(item);
    auto it = placesByOwner.constFind(item.owner);
    if (it == placesByOwner.cend())
        it = placesByOwner.insert(item.owner, placesToStrip(item));
    return stripPlaces(item, it.value());
}

void appendNameBigrams(const QString &s, std::vector<std::uint32_t> &out)
{
    if (s.size() == 1) {
        out.push_back((std::uint32_t(s.at(0).unicode()) << 16) | 0xFFFFu);
        return;
    }
    const std::size_t from = out.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        out.push_back((std::uint32_t(s.at(i).unicode()) << 16) | s.at(i + 1).unicode());
    std::sort(out.begin() + std::ptrdiff_t(from), out.end());
    out.erase(std::unique(out.begin() + std::ptrdiff_t(from), out.end()), out.end());
}

std::vector<std::uint32_t> nameBigrams(const QString &s)
{
    std::vector<std::uint32_t> out;
    out.reserve(static_cast<std::size_t>(std::max<qsizetype>(1, s.size() - 1)));
    appendNameBigrams(s, out);
    return out;
}

Weight appendFeatureIds(const Item &item, const TokenTables &tables,
                        std::vector<std::uint32_t> &functions, std::vector<std::uint32_t> &dataItems)
{
    const auto sortTail = [](std::vector<std::uint32_t> &v, std::size_t from) {
        std::sort(v.begin() + std::ptrdiff_t(from), v.end());
        v.erase(std::unique(v.begin() + std::ptrdiff_t(from), v.end()), v.end());
    };
    const std::size_t f0 = functions.size();
    for (const QString &s : item.functions) {
        const auto it = tables.functionId.constFind(s);
        if (it != tables.functionId.cend())
            functions.push_back(it.value());
    }
    sortTail(functions, f0);
    Weight weight = 0;
    for (std::size_t k = f0; k < functions.size(); ++k)
        weight += tables.functionWeight[functions[k]];
    const std::size_t d0 = dataItems.size();
    for (const QString &s : item.dataItems) {
        const auto it = tables.dataItemId.constFind(s);
        if (it != tables.dataItemId.cend())
            dataItems.push_back(it.value());
    }
    sortTail(dataItems, d0);
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

template<typename T>
std::size_t intersectCount(std::span<const T> a, std::span<const T> b)
{
    std::size_t n = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else {
            ++n;
            ++i;
            ++j;
        }
    }
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
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else {
            sum += w[*i];
            ++i;
            ++j;
        }
    }
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

QString blockKey(const Item &item)
{
    const QChar kind(u'0' + static_cast<int>(item.kind));
    if (item.region.size() >= 6 && isDigits(item.region.left(6)))
        return item.region.left(6) + kind;
    return item.region + QLatin1Char('|') + kind;
}

} // namespace slimplan::overlapdetail
