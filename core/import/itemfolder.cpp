#include "import/itemfolder.h"

#include <algorithm>
#include <type_traits>

namespace slimplan {

namespace {

// Whether a field of the first report is unknown: empty text or list, no value, an invalid date,
// no flags.
template <typename T>
bool isUnset(const T &value)
{
    if constexpr (std::is_same_v<T, QDate>)
        return !value.isValid();
    else if constexpr (std::is_arithmetic_v<T>)
        return value == 0;
    else if constexpr (requires { value.has_value(); })
        return !value.has_value();
    else if constexpr (requires { value.isEmpty(); })
        return value.isEmpty();
    else
        return value.empty();
}

// Each listed field the first report left unknown is taken from the later one.
template <typename... Fields>
void takeUnset(Item &into, Item &from, Fields... fields)
{
    const auto take = [&](auto field) {
        if (isUnset(into.*field))
            into.*field = std::move(from.*field);
    };
    (take(fields), ...);
}

} // namespace

QString ItemFolder::sourceOf(const Item &item)
{
    return QStringLiteral("%1:%2:%3").arg(item.sourceFile, item.sourceSheet).arg(item.sourceRow);
}

ItemFolder::Result ItemFolder::add(Item item, bool idFromColumn)
{
    Result r;
    int existing = m_inventory.indexOf(item.id);
    const bool filed = item.filingNo && !item.filingNo->isEmpty();
    if (existing < 0 && filed) {
        existing = m_byFilingNo.value(*item.filingNo, -1);
        r.byFilingNo = existing >= 0;
    }
    if (existing >= 0) {
        Item &first = m_inventory.items()[static_cast<std::size_t>(existing)];
        if (idFromColumn && !r.byFilingNo && first.sourceFile == item.sourceFile) {
            r.outcome = Outcome::DuplicateId;
            r.index = existing;
            return r;
        }
        if (!m_before.contains(existing))
            m_before.insert(existing, first);
        fill(first, std::move(item));
        r.outcome = Outcome::Folded;
        r.index = existing;
        return r;
    }
    const QString filing = filed ? *item.filingNo : QString();
    r.index = m_inventory.upsert(std::move(item));
    if (!filing.isEmpty())
        m_byFilingNo.insert(filing, r.index);
    return r;
}

void ItemFolder::beginFile()
{
    m_before.clear();
}

void ItemFolder::rollbackFile(int itemsBefore)
{
    for (auto it = m_byFilingNo.begin(); it != m_byFilingNo.end();) {
        if (it.value() >= itemsBefore)
            it = m_byFilingNo.erase(it);
        else
            ++it;
    }
    std::vector<Item> &items = m_inventory.items();
    for (auto it = m_before.begin(); it != m_before.end(); ++it) {
        if (it.key() < itemsBefore)
            items[static_cast<std::size_t>(it.key())] = std::move(it.value());
    }
    m_before.clear();
    if (m_inventory.size() > itemsBefore) {
        Inventory kept;
        kept.reserve(itemsBefore);
        for (int i = 0; i < itemsBefore; ++i)
            kept.upsert(std::move(items[static_cast<std::size_t>(i)]));
        m_inventory = std::move(kept);
    }
}

void ItemFolder::fill(Item &into, Item &&from)
{
    if (from.name != into.name && !into.aliases.contains(from.name))
        into.aliases << from.name;
    for (const QString &a : std::as_const(from.aliases)) {
        if (a != into.name && !into.aliases.contains(a))
            into.aliases << a;
    }
    into.alsoReportedAt << sourceOf(from);
    into.alsoReportedAt << from.alsoReportedAt;
    takeUnset(into, from, &Item::platform, &Item::owner, &Item::region, &Item::scene, &Item::notes,
              &Item::level, &Item::audience, &Item::users, &Item::activeUsers, &Item::posts90d,
              &Item::annualCost, &Item::lastActive, &Item::launched, &Item::functions,
              &Item::dataItems, &Item::flags, &Item::memberHashes);
    // nullopt (unknown) < "" (not filed) < a number.
    if (from.filingNo && (!into.filingNo || (into.filingNo->isEmpty() && !from.filingNo->isEmpty())))
        into.filingNo = std::move(from.filingNo);
    for (auto &e : from.extra) {
        const bool has = std::any_of(into.extra.cbegin(), into.extra.cend(),
                                     [&](const auto &x) { return x.first == e.first; });
        if (!has)
            into.extra.append(std::move(e));
    }
}

} // namespace slimplan
