#include "plan/planner.h"

#include "plan/overrideapply.h"
#include "plan/summarytally.h"

#include <QHash>

// The plan's before/after figures, and the official's overrides laid over the recommendations.

namespace slimplan {

void computeSummary(const Inventory &inventory, Plan &plan)
{
    plan.summary = SummaryTally(inventory, plan.decisions).summary();
}

// Overrides win over the recommendation; the last override of an item counts. The recommendation
// is remembered in the decision, so that applying again (or after removing an override) starts
// from it: applying twice gives the same plan.
void layOverrides(const Inventory &inventory, Plan &plan)
{
    QHash<int, const Override *> latest;
    for (const Override &o : plan.overrides) {
        const int i = inventory.indexOf(o.itemId);
        if (i >= 0 && i < static_cast<int>(plan.decisions.size()))
            latest.insert(i, &o);
    }
    for (std::size_t i = 0; i < plan.decisions.size(); ++i) {
        Decision &d = plan.decisions[i];
        applyOverride(d, latest.value(static_cast<int>(i), nullptr), recommendationOf(d));
    }
}

void applyOverrides(const Inventory &inventory, Plan &plan)
{
    layOverrides(inventory, plan);
    computeSummary(inventory, plan);
}

} // namespace slimplan
