#pragma once
// Planning under a named scenario (issue #20): its policy profile and its own decisions over the
// project's inventory, and two scenarios (or a scenario and the baseline) compared.

#include "model/inventory.h"
#include "model/plan.h"
#include "util/progress.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace slimplan {

class ProjectStore;

// The plan under `scenario` (a baseline name, see ProjectStore::isBaselineName: the project's
// profile and overrides) as of `asOf`, overrides applied and summary computed. nullopt with
// *error when there is no such scenario. Empty decisions when cancelled.
std::optional<Plan> scenarioPlan(const ProjectStore &store, const Inventory &inventory,
                                 const QString &scenario, const QDate &asOf,
                                 Progress *progress = nullptr, QString *error = nullptr);

struct ScenarioChange
{
    int row = -1;              // index in the inventory
    QString id;
    Action a = Action::Keep;
    Action b = Action::Keep;
    QString targetA;
    QString targetB;
};

struct ScenarioComparison
{
    QString a;
    QString b;
    Plan planA;
    Plan planB;
    std::vector<ScenarioChange> changed; // in inventory order
};

// Both plans as of `asOf` and the items whose action (or target) differs.
std::optional<ScenarioComparison> compareScenarios(const ProjectStore &store, const Inventory &inventory,
                                                   const QString &a, const QString &b, const QDate &asOf,
                                                   QString *error = nullptr);

// Plans the scenario and promotes it (ProjectStore::promoteScenario).
bool promoteScenario(ProjectStore &store, const Inventory &inventory, const QString &scenario,
                     const QDate &asOf, const QString &who, QString *error = nullptr);

} // namespace slimplan
