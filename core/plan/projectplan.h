#pragma once
// The plan of a project as every caller needs it (CLI plan/compare/progress, the GUI's project
// loader, the comparison window): the saved plan with the official's overrides applied, else a
// fresh plan with the project's policy profile and its overrides. The one place that rule lives.

#include "model/inventory.h"
#include "model/plan.h"
#include "util/progress.h"

#include <QDate>

#include <optional>

namespace slimplan {

class ProjectStore;

// The saved plan of the store's current snapshot for this inventory, overrides applied and
// summary computed; nullopt when none was saved or the inventory changed since.
std::optional<Plan> savedPlan(const ProjectStore &store, const Inventory &inventory);

// savedPlan(), else makePlan() with the store's policy profile as of `asOf`, with the store's
// overrides applied. *replanned (when given) says which. Empty (no decisions) when cancelled.
Plan currentPlan(const ProjectStore &store, const Inventory &inventory, const QDate &asOf,
                 Progress *progress = nullptr, bool *replanned = nullptr);

} // namespace slimplan
