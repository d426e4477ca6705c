#include "plan/planner.h"

#include "policy/rulecontext.h"

#include <algorithm>

// The plan's before/after figures, and the official's overrides laid over the recommendations.

namespace slimplan {

// After the plan, reporting is folded into one form (一表通): every distinct data item that is
// still collected is reported once. Items that shut down stop collecting; items that merge or
// migrate carry their data items into the survivor or the platform; so "after" is the number of
// distinct data items (trimmed, spaces removed, case-folded) over all items that do not shut down.
// Unknown annual costs are not counted as 0: the saving sums the known costs of leaving items and
// annualCostUnknown says how many leaving items had none (the saving is then a lower bound).
void computeSummary(const Inventory &inventory, Plan &plan)
{
    PlanSummary s;
    NormalizedIds dataItems;
    std::vector<char> remaining; // by data-item id: still collected after the plan
    const std::size_t n = std::min(inventory.items().size(), plan.decisions.size());
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = inventory.items()[i];
        const Action a = plan.decisions[i].action;
        const int k = static_cast<int>(it.kind);
        const int l = it.level ? static_cast<int>(*it.level) : kLevelCount;
        ++s.before.perKind[k];
        ++s.beforeByLevel[l].perKind[k];
        s.dataItemsBefore += static_cast<int>(it.dataItems.size());
        if (!leavesCount(a)) {
            ++s.after.perKind[k];
            ++s.afterByLevel[l].perKind[k];
        } else if (it.annualCost) {
            s.annualCostSaved += *it.annualCost;
        } else {
            ++s.annualCostUnknown;
        }
        if (a != Action::Shutdown) {
            for (const QString &d : it.dataItems) {
                const int id = dataItems.idOf(d);
                if (id < 0)
                    continue;
                if (std::size_t(id) >= remaining.size())
                    remaining.resize(std::size_t(id) + 1, 0);
                remaining[std::size_t(id)] = 1;
            }
        }
    }
    s.dataItemsAfter = static_cast<int>(std::count(remaining.begin(), remaining.end(), 1));
    for (int k = 0; k < kKindCount; ++k) {
        const int b = s.before.perKind[k];
        s.reductionPct[k] = b ? 100.0 * (b - s.after.perKind[k]) / b : 0.0;
    }
    const int bt = s.before.total();
    s.reductionPctTotal = bt ? 100.0 * (bt - s.after.total()) / bt : 0.0;
    plan.summary = s;
}

// Overrides win over the recommendation; the last override of an item counts. The recommendation
// is remembered in the decision, so that applying again (or after removing an override) starts
// from it: applying twice gives the same plan.
void applyOverrides(const Inventory &inventory, Plan &plan)
{
    for (Decision &d : plan.decisions) {
        if (d.recommendedAction) {
            d.action = *d.recommendedAction;
            d.target = d.recommendedTarget;
            d.recommendedAction.reset();
            d.recommendedTarget.clear();
        }
    }
    for (const Override &o : plan.overrides) {
        const int i = inventory.indexOf(o.itemId);
        if (i < 0 || i >= static_cast<int>(plan.decisions.size()))
            continue;
        Decision &d = plan.decisions[static_cast<std::size_t>(i)];
        if (!d.recommendedAction) {
            d.recommendedAction = d.action;
            d.recommendedTarget = d.target;
        }
        d.action = o.action;
        d.target = o.target;
    }
    computeSummary(inventory, plan);
}

} // namespace slimplan
