#include "plan/projectplan.h"

#include "plan/planner.h"
#include "store/projectstore.h"

namespace slimplan {

std::optional<Plan> savedPlan(const ProjectStore &store, const Inventory &inventory)
{
    std::optional<Plan> plan = store.loadPlan(inventory);
    if (plan)
        applyOverrides(inventory, *plan); // also computes the summary
    return plan;
}

Plan currentPlan(const ProjectStore &store, const Inventory &inventory, const QDate &asOf,
                 Progress *progress, bool *replanned)
{
    if (std::optional<Plan> saved = savedPlan(store, inventory)) {
        if (replanned)
            *replanned = false;
        return std::move(*saved);
    }
    if (replanned)
        *replanned = true;
    Plan plan = makePlan(inventory, store.policyProfile(), asOf, progress);
    if (plan.decisions.empty() && !inventory.isEmpty())
        return plan; // cancelled
    plan.overrides = store.overrides();
    applyOverrides(inventory, plan);
    return plan;
}

} // namespace slimplan
