#include "policy/rules.h"

#include "policy/rulecatalog.h"

#include <QHash>

#include <iterator>

// Dispatch from rule ids to their checks.

namespace slimplan {

namespace {
struct Entry
{
    const char *id;
    RuleCheck check;
};
constexpr Entry kChecks[] = {
    {"A1", checkA1},   {"A2", checkA2},   {"A3", checkA3}, {"A4", checkA4}, {"A5", checkA5},
    {"A6", checkA6},   {"A7", checkA7},   {"A8", checkA8}, {"A9", checkA9}, {"A10", checkA10},
    {"A11", checkA11}, {"A12", checkA12}, {"P1", checkP1}, {"P2", checkP2}, {"P3", checkP3},
    {"P4", checkP4},   {"P5", checkP5},   {"P6", checkP6}, {"G1", checkG1}, {"G2", checkG2},
    {"G3", checkG3},   {"G4", checkG4},
};
// Per kind, the checks in catalogue order.
const std::vector<RuleCheck> &checksOf(Kind k)
{
    static const std::array<std::vector<RuleCheck>, kKindCount> perKind = [] {
        std::array<std::vector<RuleCheck>, kKindCount> out;
        for (const Entry &e : kChecks) {
            const RuleInfo *info = findRule(QLatin1String(e.id));
            out[static_cast<std::size_t>(info->kind)].push_back(e.check);
        }
        return out;
    }();
    return perKind[static_cast<std::size_t>(k)];
}
} // namespace

RuleCheck ruleCheck(const QString &id)
{
    for (const Entry &e : kChecks) {
        if (id.compare(QLatin1String(e.id), Qt::CaseInsensitive) == 0)
            return e.check;
    }
    return nullptr;
}

std::optional<Finding> checkRule(const QString &id, const Inventory &inventory, int index,
                                 const RuleContext &ctx)
{
    const RuleCheck c = ruleCheck(id);
    if (!c || index < 0 || index >= inventory.size())
        return std::nullopt;
    return c(inventory, index, ctx);
}

std::vector<Finding> checkItem(const Inventory &inventory, int index, const RuleContext &ctx)
{
    // Most items have no finding or one: gather in a reused buffer, then allocate the exact size.
    thread_local std::vector<Finding> found;
    found.clear();
    for (RuleCheck c : checksOf(inventory.at(index).kind)) {
        if (auto f = c(inventory, index, ctx))
            found.push_back(std::move(*f));
    }
    std::vector<Finding> out;
    if (!found.empty()) {
        out.reserve(found.size());
        std::move(found.begin(), found.end(), std::back_inserter(out));
        found.clear();
    }
    return out;
}

int ruleSlot(QStringView rule)
{
    // "A1" … "A15", "P1" … "G15": the letter's row of 16, then the number. Exact ids only.
    if (rule.size() < 2 || rule.size() > 3)
        return -1;
    int row = 0;
    switch (rule[0].unicode()) {
    case u'A': row = 0; break;
    case u'P': row = 1; break;
    case u'G': row = 2; break;
    default: return -1;
    }
    int n = 0;
    for (qsizetype k = 1; k < rule.size(); ++k) {
        const char16_t c = rule[k].unicode();
        if (c < u'0' || c > u'9' || (k == 1 && c == u'0'))
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n < kRuleSlots / 3 ? row * (kRuleSlots / 3) + n : -1;
}

namespace {
// One bit per rule slot.
struct RuleSet
{
    std::array<bool, kRuleSlots> in{};
    RuleSet(std::initializer_list<const char16_t *> ids)
    {
        for (const char16_t *id : ids)
            in[std::size_t(ruleSlot(QStringView(id)))] = true;
    }
    bool contains(const QString &rule) const
    {
        const int s = ruleSlot(rule);
        return s >= 0 && in[std::size_t(s)];
    }
};
} // namespace

bool isFunctionLevelRule(const QString &rule)
{
    static const RuleSet ids{u"A3", u"A4", u"A5", u"A6", u"A7", u"A8", u"A12", u"P4", u"P5", u"G3"};
    return ids.contains(rule);
}

bool isFamilyRule(const QString &rule)
{
    static const RuleSet ids{u"A2", u"A10", u"P1", u"P2", u"G2"};
    return ids.contains(rule);
}

} // namespace slimplan
