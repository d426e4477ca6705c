#include "policy/rulecontext.h"

#include "util/textids.h"

namespace slimplan {

void KeyStat::add(int item)
{
    if (count == 0)
        first = item;
    else if (count == 1)
        second = item;
    ++count;
}

namespace {
// Neither white space nor changed by case folding. CJK ideographs and ASCII answer inline.
bool isNormalChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x4E00 && u <= 0x9FD5)
        return true;
    if (u < 0x80)
        return !(u == u' ' || (u >= 0x09 && u <= 0x0D) || (u >= u'A' && u <= u'Z'));
    return !c.isSpace() && c.toCaseFolded() == c;
}
} // namespace

QString normalizedKey(const QString &text)
{
    // Most keys are already normal: share the string instead of building a copy.
    bool normal = true;
    for (const QChar c : text) {
        if (!isNormalChar(c)) {
            normal = false;
            break;
        }
    }
    if (normal)
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c.toCaseFolded();
    }
    return out;
}

bool isBlank(const QString &text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

bool isCentralGrassrootsApp(const Item &item)
{
    return item.kind == Kind::App && item.level == Level::Central
           && (!item.audience || *item.audience == Audience::Internal);
}

bool atCountyOrBelow(const Item &item)
{
    return item.level && *item.level >= Level::County;
}

bool belowCounty(const Item &item)
{
    return item.level && *item.level >= Level::Township;
}

std::optional<qint64> daysSince(const QDate &date, const QDate &asOf)
{
    if (!date.isValid() || !asOf.isValid())
        return std::nullopt;
    return date.daysTo(asOf);
}

int NormalizedIds::idOf(const QString &raw)
{
    const int known = m_byAddress.find(raw);
    if (known != -1)
        return known == kBlank ? -1 : known;
    const QString key = normalizedKey(raw);
    int id = -1;
    if (!key.isEmpty()) {
        auto it = m_byKey.constFind(key);
        if (it == m_byKey.cend())
            it = m_byKey.insert(key, static_cast<int>(m_byKey.size()));
        id = it.value();
    }
    m_byAddress.insert(raw, id < 0 ? kBlank : id);
    return id;
}

KeyStat RuleIndexes::dataItemStat(const QString &dataItem) const
{
    const int g = dataItemGroupOfKey.value(normalizedKey(dataItem), -1);
    return g < 0 ? KeyStat() : groups[std::size_t(g)];
}

namespace {
// Dense group ids of keys (a small integer tuple packed into 64 bits), in order of first sight.
class Groups
{
public:
    explicit Groups(std::vector<KeyStat> &stats) : m_stats(stats) {}
    int add(quint64 key, int item)
    {
        auto it = m_ofKey.constFind(key);
        if (it == m_ofKey.cend()) {
            it = m_ofKey.insert(key, static_cast<int>(m_stats.size()));
            m_stats.emplace_back();
        }
        m_stats[std::size_t(it.value())].add(item);
        return it.value();
    }

private:
    std::vector<KeyStat> &m_stats;
    QHash<quint64, int> m_ofKey;
};
} // namespace

RuleIndexes buildRuleIndexes(const Inventory &inventory, const OverlapResult *overlap)
{
    RuleIndexes ix;
    const int n = inventory.size();
    const auto size = static_cast<std::size_t>(n);
    ix.higherPartner.assign(size, -1);
    ix.maxEdgeScore.assign(size, 0.0f);
    ix.centralOwnerGroup.assign(size, -1);
    ix.ownerPlatformGroup.assign(size, -1);
    ix.dataItemOffset.assign(size + 1, 0);
    NormalizedIds owners, platforms, dataItems;
    Groups centralOwners(ix.groups), ownerPlatforms(ix.groups);
    std::vector<int> dataGroupOfId; // data-item key id → group
    // Each kind of key gets its own tag in the top bits, so the groups never mix.
    constexpr quint64 kOwnerTag = quint64(1) << 62;
    constexpr quint64 kOwnerPlatformTag = quint64(2) << 62;
    for (int i = 0; i < n; ++i) {
        const Item &it = inventory.at(i);
        const auto k = static_cast<std::size_t>(i);
        ix.dataItemOffset[k] = static_cast<int>(ix.dataItemGroups.size());
        switch (it.kind) {
        case Kind::App:
            if (isCentralGrassrootsApp(it)) {
                const int o = owners.idOf(it.owner);
                if (o >= 0)
                    ix.centralOwnerGroup[k] = centralOwners.add(kOwnerTag | quint64(o), i);
            }
            for (const QString &d : it.dataItems) {
                const int id = dataItems.idOf(d);
                int g = -1;
                if (id >= 0) {
                    if (std::size_t(id) >= dataGroupOfId.size()) {
                        dataGroupOfId.push_back(static_cast<int>(ix.groups.size()));
                        ix.groups.emplace_back();
                    }
                    g = dataGroupOfId[std::size_t(id)];
                    ix.groups[std::size_t(g)].add(i);
                }
                ix.dataItemGroups.push_back(g);
            }
            break;
        case Kind::Account: {
            // An unknown platform or owner cannot prove "the same platform".
            const int o = owners.idOf(it.owner);
            const int p = platforms.idOf(it.platform);
            if (o >= 0 && p >= 0)
                ix.ownerPlatformGroup[k] = ownerPlatforms.add(kOwnerPlatformTag | (quint64(o) << 31) | quint64(p), i);
            break;
        }
        case Kind::Group:
            break;
        }
    }
    ix.dataItemOffset[size] = static_cast<int>(ix.dataItemGroups.size());
    for (auto it = dataItems.keys().cbegin(); it != dataItems.keys().cend(); ++it)
        ix.dataItemGroupOfKey.insert(it.key(), dataGroupOfId[std::size_t(it.value())]);
    if (!overlap)
        return ix;
    for (const OverlapEdge &e : overlap->edges) {
        if (e.a < 0 || e.b < 0 || e.a >= n || e.b >= n)
            continue;
        auto &sa = ix.maxEdgeScore[static_cast<std::size_t>(e.a)];
        auto &sb = ix.maxEdgeScore[static_cast<std::size_t>(e.b)];
        sa = std::max(sa, e.score);
        sb = std::max(sb, e.score);
        const Item &a = inventory.at(e.a);
        const Item &b = inventory.at(e.b);
        if (a.kind != Kind::Account || b.kind != Kind::Account || !a.level || !b.level
            || *a.level == *b.level)
            continue;
        // The lower one of the pair, if at county level or below, duplicates a higher account;
        // of several higher partners keep the highest level, then the lowest index (determinism).
        const int lower = *a.level > *b.level ? e.a : e.b;
        const int higher = lower == e.a ? e.b : e.a;
        if (!atCountyOrBelow(inventory.at(lower)))
            continue;
        int &cur = ix.higherPartner[static_cast<std::size_t>(lower)];
        if (cur < 0 || *inventory.at(higher).level < *inventory.at(cur).level
            || (*inventory.at(higher).level == *inventory.at(cur).level && higher < cur))
            cur = higher;
    }
    return ix;
}

RuleContext makeRuleContext(const Inventory &inventory, const PolicyProfile &profile,
                            const QDate &asOf, const OverlapResult *overlap)
{
    RuleContext ctx;
    ctx.profile = profile;
    ctx.asOf = asOf;
    ctx.overlap = overlap;
    ctx.indexes = buildRuleIndexes(inventory, overlap);
    return ctx;
}

int otherFamilyMembers(const RuleContext &ctx, int i)
{
    if (!ctx.overlap || i < 0 || i >= static_cast<int>(ctx.overlap->familyOf.size()))
        return -1;
    const int fam = ctx.overlap->familyOf[static_cast<std::size_t>(i)];
    if (fam < 0)
        return -1;
    return static_cast<int>(ctx.overlap->families[static_cast<std::size_t>(fam)].size()) - 1;
}

} // namespace slimplan
