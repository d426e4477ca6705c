#include "plan/scenarioplan.h"

#include "plan/planner.h"
#include "store/projectstore.h"

#include <QCoreApplication>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::ScenarioPlan)
};
} // namespace

std::optional<Plan> scenarioPlan(const ProjectStore &store, const Inventory &inventory,
                                 const QString &scenario, const QDate &asOf, Progress *progress,
                                 QString *error)
{
    PolicyProfile profile;
    std::vector<Override> overrides;
    if (ProjectStore::isBaselineName(scenario)) {
        profile = store.policyProfile();
        overrides = store.overrides();
    } else if (std::optional<ScenarioInfo> info = store.scenario(scenario)) {
        profile = info->profile;
        overrides = store.scenarioOverrides(scenario);
    } else {
        if (error)
            *error = Tr::tr("There is no scenario named '%1'").arg(scenario);
        return std::nullopt;
    }
    Plan plan = makePlan(inventory, profile, asOf, progress);
    if (plan.decisions.empty() && !inventory.isEmpty())
        return plan; // cancelled
    plan.overrides = std::move(overrides);
    applyOverrides(inventory, plan);
    return plan;
}

std::optional<ScenarioComparison> compareScenarios(const ProjectStore &store, const Inventory &inventory,
                                                   const QString &a, const QString &b, const QDate &asOf,
                                                   QString *error)
{
    std::optional<Plan> planA = scenarioPlan(store, inventory, a, asOf, nullptr, error);
    if (!planA)
        return std::nullopt;
    std::optional<Plan> planB = scenarioPlan(store, inventory, b, asOf, nullptr, error);
    if (!planB)
        return std::nullopt;
    ScenarioComparison c;
    c.a = a;
    c.b = b;
    const std::size_t n = std::min(planA->decisions.size(), planB->decisions.size());
    for (std::size_t i = 0; i < n; ++i) {
        const Decision &da = planA->decisions[i];
        const Decision &db = planB->decisions[i];
        if (da.action == db.action && da.target == db.target)
            continue;
        c.changed.push_back(ScenarioChange{static_cast<int>(i), inventory.items()[i].id, da.action,
                                           db.action, da.target, db.target});
    }
    c.planA = std::move(*planA);
    c.planB = std::move(*planB);
    return c;
}

bool promoteScenario(ProjectStore &store, const Inventory &inventory, const QString &scenario,
                     const QDate &asOf, const QString &who, QString *error)
{
    std::optional<Plan> plan = scenarioPlan(store, inventory, scenario, asOf, nullptr, error);
    if (!plan)
        return false;
    return store.promoteScenario(scenario, *plan, inventory, who, error);
}

} // namespace slimplan
