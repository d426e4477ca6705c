#include "policy/rulecontext.h"

namespace slimplan {

void KeyStat::add(int item)
{
    if (count == 0)
        first = item;
    else if (count == 1)
        second = item;
    ++count;
}

QString normalizedKey(const QString &text)
{
    // Most keys are already normal: share the string instead of building a copy.
    bool normal = true;
    for (const QChar c : text) {
        if (c.isSpace() || c.toCaseFolded() != c) {
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

QString ownerPlatformKey(const Item &item)
{
    return normalizedKey(item.owner) + QChar(0x1f) + normalizedKey(item.platform);
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

RuleIndexes buildRuleIndexes(const Inventory &inventory, const OverlapResult *overlap)
{
    RuleIndexes ix;
    const int n = inventory.size();
    ix.higherPartner.assign(static_cast<std::size_t>(n), -1);
    ix.maxEdgeScore.assign(static_cast<std::size_t>(n), 0.0f);
    for (int i = 0; i < n; ++i) {
        const Item &it = inventory.at(i);
        switch (it.kind) {
        case Kind::App:
            if (isCentralGrassrootsApp(it) && !it.owner.trimmed().isEmpty())
                ix.centralAppsByOwner[normalizedKey(it.owner)].add(i);
            for (const QString &d : it.dataItems) {
                const QString key = normalizedKey(d);
                if (!key.isEmpty())
                    ix.appsByDataItem[key].add(i);
            }
            break;
        case Kind::Account:
            // An unknown platform or owner cannot prove "the same platform".
            if (!it.platform.trimmed().isEmpty() && !it.owner.trimmed().isEmpty())
                ix.accountsByOwnerPlatform[ownerPlatformKey(it)].add(i);
            break;
        case Kind::Group:
            break;
        }
    }
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

} // namespace slimplan
