#pragma once
// The recommender: inventory + policy profile + as-of date → a plan (one decision per item).

#include "model/inventory.h"
#include "overlap/overlap.h"
#include "model/plan.h"
#include "model/policyprofile.h"
#include "util/progress.h"

#include <QDate>

namespace slimplan {

// Runs the overlap graph, every policy rule and the survivor choice; fills plan.summary.
// Deterministic: the same input gives the same plan. Returns an empty plan (no decisions) if
// cancelled.
Plan makePlan(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
              Progress *progress = nullptr);
// The same, and hands out the overlap graph the plan was read from (for the GUI's graph view), so
// the caller need not compute it a second time. *overlapOut is left alone when cancelled.
Plan makePlan(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
              Progress *progress, OverlapResult *overlapOut);

// Applies the official's overrides on top of the recommendations and recomputes the summary.
void applyOverrides(const Inventory &inventory, Plan &plan);
// The same without the summary (for a caller that counts it itself, e.g. with a SummaryTally).
void layOverrides(const Inventory &inventory, Plan &plan);

// Recomputes plan.summary from the decisions.
void computeSummary(const Inventory &inventory, Plan &plan);

} // namespace slimplan
