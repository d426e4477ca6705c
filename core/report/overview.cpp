#include "report/overview.h"

#include "policy/rules.h"

#include <QCoreApplication>
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

QStringList missingFields(const Item &item)
{
    const quint8 f = checkFlags(item, Action::Keep, 1.0, true);
    if (!f)
        return {};
    // Static names: a million items share them instead of allocating six strings each.
    static const QString owner = QStringLiteral("owner"), level = QStringLiteral("level"),
                         functions = QStringLiteral("functions"), lastActive = QStringLiteral("last_active"),
                         posts = QStringLiteral("posts_90d"), activeUsers = QStringLiteral("active_users");
    QStringList out;
    if (f & checkBit(CheckFlag::NoOwner))
        out << owner;
    if (f & checkBit(CheckFlag::NoLevel))
        out << level;
    if (f & checkBit(CheckFlag::NoFunctions))
        out << functions;
    if (f & checkBit(CheckFlag::NoActivity)) {
        out << lastActive;
        if (item.kind != Kind::App) // P3, P6 and G1 also read the posts of the last 90 days
            out << posts;
    }
    if (f & checkBit(CheckFlag::NoUsage))
        out << activeUsers;
    return out;
}

namespace {

struct UnitTally
{
    int items = 0;
    int actions = 0;
};

// How many items list each rule; a rule listed twice counts its item once, as the filter does.
struct RuleTally
{
    std::array<int, kRuleSlots> items{};
    std::array<QString, kRuleSlots> ids;

    void add(const QStringList &rules)
    {
        quint64 seen = 0;
        for (const QString &r : rules) {
            const int s = ruleSlot(r);
            if (s < 0 || (seen >> s) & 1u)
                continue;
            seen |= quint64(1) << s;
            if (items[std::size_t(s)]++ == 0)
                ids[std::size_t(s)] = r;
        }
    }
    // The number of rules seen; the `top` most frequent go to `out`, ties in rule order.
    int top(int top, std::vector<OverviewRule> &out) const
    {
        std::vector<int> order;
        for (int s = 0; s < kRuleSlots; ++s)
            if (items[std::size_t(s)] > 0)
                order.push_back(s);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return items[std::size_t(a)] > items[std::size_t(b)]; });
        for (std::size_t k = 0; k < order.size() && int(k) < top; ++k)
            out.push_back({ids[std::size_t(order[k])], items[std::size_t(order[k])]});
        return int(order.size());
    }
};

// Items and changing items per owning unit, units in order of first appearance.
struct UnitTallies
{
    QHash<QString, int> index;
    std::vector<UnitTally> tallies;
    std::vector<QString> names;
    // Owners come in runs (a unit's items sit together in a ledger): remember the last one.
    const QString *lastOwner = nullptr;
    int lastUnit = -1;

    void add(const QString &owner, bool changes)
    {
        int u = -1;
        if (lastOwner && *lastOwner == owner) {
            u = lastUnit;
        } else {
            const auto found = index.constFind(owner);
            if (found != index.cend()) {
                u = *found;
            } else {
                u = int(tallies.size());
                index.insert(owner, u);
                tallies.emplace_back();
                names.push_back(owner);
            }
            lastOwner = &owner;
            lastUnit = u;
        }
        ++tallies[std::size_t(u)].items;
        if (changes)
            ++tallies[std::size_t(u)].actions;
    }
    // The `top` units by count(), ties by name; only units with an action when needAction.
    template <typename Count>
    std::vector<OverviewUnit> top(int top, Count count, bool needAction) const
    {
        std::vector<int> order;
        for (std::size_t u = 0; u < tallies.size(); ++u)
            if (!needAction || tallies[u].actions > 0)
                order.push_back(int(u));
        const auto before = [&](int a, int b) {
            const int ca = count(tallies[std::size_t(a)]), cb = count(tallies[std::size_t(b)]);
            if (ca != cb)
                return ca > cb;
            return names[std::size_t(a)] < names[std::size_t(b)];
        };
        const std::size_t k = std::min(order.size(), std::size_t(top));
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(), before);
        std::vector<OverviewUnit> out;
        for (std::size_t j = 0; j < k; ++j) {
            const auto u = std::size_t(order[j]);
            out.push_back({names[u], tallies[u].items, tallies[u].actions});
        }
        return out;
    }
};

// Decided rows: the official's overrides (accepting is an override that keeps the action).
std::vector<char> decidedRows(const Inventory &inventory, const Plan &plan, std::size_t n)
{
    std::vector<char> decided(n, 0);
    for (const Override &ov : plan.overrides) {
        const int i = inventory.indexOf(ov.itemId);
        if (i >= 0 && std::size_t(i) < n)
            decided[std::size_t(i)] = 1;
    }
    return decided;
}

} // namespace

Overview computeOverview(const Inventory &inventory, const Plan &plan, int top)
{
    Overview o;
    o.summary = plan.summary;
    const std::size_t n = inventory.items().size();
    o.items = int(n);
    top = std::max(0, top);
    const std::vector<char> decided = decidedRows(inventory, plan, n);

    RuleTally rules;
    UnitTallies units;
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = inventory.items()[i];
        const Decision *d = i < plan.decisions.size() ? &plan.decisions[i] : nullptr;
        const bool changes = d && d->action != Action::Keep;
        if (changes)
            ++o.changing;
        if (d)
            rules.add(d->rules);
        const quint8 flags = d ? checkFlags(it, d->action, d->confidence, decided[i] != 0)
                               : checkFlags(it, Action::Keep, 1.0, decided[i] != 0);
        if (flags) {
            ++o.needsCheck;
            if (flags & kMissingDataChecks)
                ++o.missingData;
            for (int b = 0; b < kCheckFlagCount; ++b)
                o.perCheck[std::size_t(b)] += (flags >> b) & 1;
        }
        if (!(flags & checkBit(CheckFlag::NoOwner)))
            units.add(it.owner, changes);
    }
    o.rulesSeen = rules.top(top, o.topRules);
    o.units = int(units.tallies.size());
    o.unitsByItems = units.top(top, [](const UnitTally &t) { return t.items; }, false);
    o.unitsByActions = units.top(top, [](const UnitTally &t) { return t.actions; }, true);
    return o;
}

namespace {
// The context is spelt out in each translate(): lupdate does not follow a type alias to it.
// A missingFields() name as people read it.
QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("owner"))
        return QCoreApplication::translate("slimplan::Confidence", "owning unit");
    if (field == QLatin1String("level"))
        return QCoreApplication::translate("slimplan::Confidence", "level");
    if (field == QLatin1String("functions"))
        return QCoreApplication::translate("slimplan::Confidence", "functions");
    if (field == QLatin1String("last_active"))
        return QCoreApplication::translate("slimplan::Confidence", "last active date");
    if (field == QLatin1String("posts_90d"))
        return QCoreApplication::translate("slimplan::Confidence", "posts in 90 days");
    if (field == QLatin1String("active_users"))
        return QCoreApplication::translate("slimplan::Confidence", "monthly active users");
    return field;
}
} // namespace

double completeness(const Item &item)
{
    const quint8 f = checkFlags(item, Action::Keep, 1.0, true);
    const int facts = item.kind == Kind::App ? 5 : 4; // usage is read for apps only
    int known = facts;
    for (int b = 0; b < 5; ++b)
        known -= (f >> b) & 1;
    return double(known) / double(facts);
}

bool ConfidenceNote::low() const
{
    return confidence < kLowConfidence || namesOnly();
}

QString ConfidenceNote::text(bool chinese) const
{
    QStringList why;
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &m : missing)
            names << fieldLabel(m);
        why << QCoreApplication::translate("slimplan::Confidence", "missing: %1").arg(names.join(chinese ? QStringLiteral("、") : QStringLiteral(", ")));
    }
    if (family) {
        QStringList basis;
        if (sharedFunctions)
            basis << QCoreApplication::translate("slimplan::Confidence", "%n shared function(s)", nullptr, sharedFunctions);
        if (sharedDataItems)
            basis << QCoreApplication::translate("slimplan::Confidence", "%n shared data item(s)", nullptr, sharedDataItems);
        if (sharedMembers)
            basis << QCoreApplication::translate("slimplan::Confidence", "%n shared member(s)", nullptr, sharedMembers);
        why << (basis.isEmpty() ? QCoreApplication::translate("slimplan::Confidence", "overlap rests on names only")
                                : QCoreApplication::translate("slimplan::Confidence", "overlap rests on %1").arg(basis.join(chinese ? QStringLiteral("、")
                                                                                      : QStringLiteral(", "))));
    }
    const QString head = QCoreApplication::translate("slimplan::Confidence", "Confidence %1, completeness %2%")
                             .arg(QString::number(confidence, 'f', 2))
                             .arg(qRound(100.0 * completeness));
    return why.isEmpty() ? head : head + (chinese ? QStringLiteral("：") : QStringLiteral(": "))
                                      + why.join(chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

ConfidenceNote explainConfidence(const Item &item, const Decision *decision)
{
    ConfidenceNote n;
    n.missing = missingFields(item);
    n.completeness = completeness(item);
    if (!decision)
        return n;
    n.confidence = decision->confidence;
    for (const Finding &f : decision->findings) {
        if (!isFamilyRule(f.rule) || !f.family
            || (f.suggested != Action::Merge && f.suggested != Action::Migrate))
            continue;
        n.family = true;
        n.sharedFunctions = f.family->shared[0];
        n.sharedMembers = f.family->shared[1];
        n.sharedDataItems = f.family->shared[2];
        break;
    }
    return n;
}

std::vector<UnitCompleteness> unitCompleteness(const Inventory &inventory, const Plan &plan)
{
    const std::size_t n = inventory.items().size();
    const std::vector<char> decided = decidedRows(inventory, plan, n);
    QHash<QString, int> index;
    std::vector<UnitCompleteness> out;
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = inventory.items()[i];
        if (ownerUnknown(it.owner))
            continue;
        auto found = index.constFind(it.owner);
        if (found == index.cend()) {
            found = index.insert(it.owner, int(out.size()));
            out.push_back({it.owner, 0, 0, 0});
        }
        UnitCompleteness &u = out[std::size_t(*found)];
        const Decision *d = i < plan.decisions.size() ? &plan.decisions[i] : nullptr;
        ++u.items;
        u.completeness += completeness(it); // the sum until the end
        if (checkFlags(it, d ? d->action : Action::Keep, d ? d->confidence : 1.0, decided[i] != 0))
            ++u.needsCheck;
    }
    for (UnitCompleteness &u : out)
        u.completeness /= double(u.items);
    return out;
}

} // namespace slimplan
