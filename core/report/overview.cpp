#include "report/overview.h"

#include "policy/rules.h"

#include <QHash>

#include <algorithm>

namespace slimplan {

bool ownerUnknown(const QString &owner)
{
    // Ledgers write "none" for a unit they do not know; such a value is no unit to count.
    static const QStringList kNone{QStringLiteral("无"), QStringLiteral("暂无"), QStringLiteral("未知"),
                                   QStringLiteral("-"), QStringLiteral("—"), QStringLiteral("/"),
                                   QStringLiteral("n/a"), QStringLiteral("none")};
    const QString t = owner.trimmed();
    return t.isEmpty() || (t.size() <= 4 && kNone.contains(t, Qt::CaseInsensitive));
}

quint8 checkFlags(const Item &item, Action action, double confidence, bool decided)
{
    quint8 f = 0;
    if (ownerUnknown(item.owner))
        f |= checkBit(CheckFlag::NoOwner);
    if (!item.level)
        f |= checkBit(CheckFlag::NoLevel);
    if (item.functions.isEmpty())
        f |= checkBit(CheckFlag::NoFunctions);
    if (!item.lastActive.isValid() && !item.posts90d)
        f |= checkBit(CheckFlag::NoActivity);
    if (item.kind == Kind::App && !item.activeUsers)
        f |= checkBit(CheckFlag::NoUsage);
    if (!decided && action != Action::Keep && confidence < kLowConfidence)
        f |= checkBit(CheckFlag::LowConfidence);
    return f;
}

namespace {

struct UnitTally
{
    int items = 0;
    int actions = 0;
};

} // namespace

Overview computeOverview(const Inventory &inventory, const Plan &plan, int top)
{
    Overview o;
    o.summary = plan.summary;
    const std::size_t n = inventory.items().size();
    o.items = int(n);
    top = std::max(0, top);

    // Decided rows: the official's overrides (accepting is an override that keeps the action).
    std::vector<char> decided(n, 0);
    for (const Override &ov : plan.overrides) {
        const int i = inventory.indexOf(ov.itemId);
        if (i >= 0 && std::size_t(i) < n)
            decided[std::size_t(i)] = 1;
    }

    std::array<int, kRuleSlots> ruleItems{};
    std::array<QString, kRuleSlots> ruleIds;
    QHash<QString, int> unitIndex;
    std::vector<UnitTally> tallies;
    std::vector<QString> unitNames;
    // Owners come in runs (a unit's items sit together in a ledger): remember the last one.
    const QString *lastOwner = nullptr;
    int lastUnit = -1;
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = inventory.items()[i];
        const Decision *d = i < plan.decisions.size() ? &plan.decisions[i] : nullptr;
        const bool changes = d && d->action != Action::Keep;
        if (changes)
            ++o.changing;
        if (d) {
            quint64 seen = 0; // a rule listed twice counts its item once, as the filter does
            for (const QString &r : d->rules) {
                const int s = ruleSlot(r);
                if (s < 0 || (seen >> s) & 1u)
                    continue;
                seen |= quint64(1) << s;
                if (ruleItems[std::size_t(s)]++ == 0)
                    ruleIds[std::size_t(s)] = r;
            }
        }
        const quint8 flags = d ? checkFlags(it, d->action, d->confidence, decided[i] != 0)
                               : checkFlags(it, Action::Keep, 1.0, decided[i] != 0);
        if (flags) {
            ++o.needsCheck;
            if (flags & kMissingDataChecks)
                ++o.missingData;
            for (int b = 0; b < kCheckFlagCount; ++b)
                o.perCheck[std::size_t(b)] += (flags >> b) & 1;
        }
        if (flags & checkBit(CheckFlag::NoOwner))
            continue;
        int u = -1;
        if (lastOwner && *lastOwner == it.owner) {
            u = lastUnit;
        } else {
            const auto found = unitIndex.constFind(it.owner);
            if (found != unitIndex.cend()) {
                u = *found;
            } else {
                u = int(tallies.size());
                unitIndex.insert(it.owner, u);
                tallies.emplace_back();
                unitNames.push_back(it.owner);
            }
            lastOwner = &it.owner;
            lastUnit = u;
        }
        ++tallies[std::size_t(u)].items;
        if (changes)
            ++tallies[std::size_t(u)].actions;
    }

    std::vector<int> ruleOrder;
    for (int s = 0; s < kRuleSlots; ++s)
        if (ruleItems[std::size_t(s)] > 0)
            ruleOrder.push_back(s);
    o.rulesSeen = int(ruleOrder.size());
    std::stable_sort(ruleOrder.begin(), ruleOrder.end(),
                     [&](int a, int b) { return ruleItems[std::size_t(a)] > ruleItems[std::size_t(b)]; });
    for (std::size_t k = 0; k < ruleOrder.size() && int(k) < top; ++k)
        o.topRules.push_back({ruleIds[std::size_t(ruleOrder[k])], ruleItems[std::size_t(ruleOrder[k])]});

    o.units = int(tallies.size());
    const auto topUnits = [&](auto count, bool needAction) {
        std::vector<int> order;
        for (std::size_t u = 0; u < tallies.size(); ++u)
            if (!needAction || tallies[u].actions > 0)
                order.push_back(int(u));
        const auto before = [&](int a, int b) {
            const int ca = count(tallies[std::size_t(a)]), cb = count(tallies[std::size_t(b)]);
            if (ca != cb)
                return ca > cb;
            return unitNames[std::size_t(a)] < unitNames[std::size_t(b)];
        };
        const std::size_t k = std::min(order.size(), std::size_t(top));
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(), before);
        std::vector<OverviewUnit> out;
        for (std::size_t j = 0; j < k; ++j) {
            const auto u = std::size_t(order[j]);
            out.push_back({unitNames[u], tallies[u].items, tallies[u].actions});
        }
        return out;
    };
    o.unitsByItems = topUnits([](const UnitTally &t) { return t.items; }, false);
    o.unitsByActions = topUnits([](const UnitTally &t) { return t.actions; }, true);
    return o;
}

} // namespace slimplan
