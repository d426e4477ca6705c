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

bool isFunctionLevelRule(const QString &rule)
{
    static const QStringList ids{QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A5"),
                                 QStringLiteral("A6"), QStringLiteral("A7"), QStringLiteral("A8"),
                                 QStringLiteral("A12"), QStringLiteral("P4"), QStringLiteral("P5"),
                                 QStringLiteral("G3")};
    return ids.contains(rule);
}

bool isFamilyRule(const QString &rule)
{
    static const QStringList ids{QStringLiteral("A2"), QStringLiteral("A10"), QStringLiteral("P1"),
                                 QStringLiteral("P2"), QStringLiteral("G2")};
    return ids.contains(rule);
}

} // namespace slimplan
