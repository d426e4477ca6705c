#include "plan/planner.h"

// Placeholder recommender: every item is kept. Replaced by the policy engine.

namespace slimplan {

Plan makePlan(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
              Progress *progress)
{
    (void)progress;
    Plan plan;
    plan.asOf = asOf;
    plan.profile = profile;
    plan.decisions.resize(inventory.items().size());
    computeSummary(inventory, plan);
    return plan;
}

void applyOverrides(const Inventory &inventory, Plan &plan)
{
    for (const Override &o : plan.overrides) {
        const int i = inventory.indexOf(o.itemId);
        if (i < 0)
            continue;
        Decision &d = plan.decisions[static_cast<std::size_t>(i)];
        d.action = o.action;
        d.target = o.target;
    }
    computeSummary(inventory, plan);
}

void computeSummary(const Inventory &inventory, Plan &plan)
{
    PlanSummary s;
    for (std::size_t i = 0; i < inventory.items().size(); ++i) {
        const Item &it = inventory.items()[i];
        const int k = static_cast<int>(it.kind);
        const int l = it.level ? static_cast<int>(*it.level) : kLevelCount;
        ++s.before.perKind[k];
        ++s.beforeByLevel[l].perKind[k];
        if (!leavesCount(plan.decisions[i].action)) {
            ++s.after.perKind[k];
            ++s.afterByLevel[l].perKind[k];
        }
    }
    for (int k = 0; k < kKindCount; ++k) {
        const int b = s.before.perKind[k];
        s.reductionPct[k] = b ? 100.0 * (b - s.after.perKind[k]) / b : 0.0;
    }
    const int bt = s.before.total();
    s.reductionPctTotal = bt ? 100.0 * (bt - s.after.total()) / bt : 0.0;
    plan.summary = s;
}

} // namespace slimplan
