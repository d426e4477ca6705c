#pragma once
// The plan tables (plans, plan_decisions, plan_clusters): saving a plan keyed by item id and
// reading it back onto an inventory, on the raw sqlite3 handle.

#include "model/inventory.h"
#include "model/plan.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace slimplan::planrows {

// Replaces the snapshot's plan (inside the caller's transaction).
bool write(sqlite3 *db, int snapshot, const Plan &plan, const Inventory &inv, QString *error);

// The saved decisions mapped onto inv, or nullopt if there is no plan or an item of inv has no
// decision. The summary is not computed and overrides are not filled.
std::optional<Plan> read(sqlite3 *db, int snapshot, const Inventory &inv);

} // namespace slimplan::planrows
