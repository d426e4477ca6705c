#pragma once
// The plan as DESIGN.md's `--json` document, and the comparison document of `compare --json`.
// Written by hand and streamed: 1,000,000 items never exist as one JSON tree. Unknown values are
// null, never 0; kinds, levels, actions and flags use their canonical names.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"
#include "util/progress.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <vector>

namespace slimplan {

// Advances `progress` to `done`; false, with "The export was cancelled." in *error, once the user
// has cancelled. The streamed writers (JSON, CSV) ask after each flush.
bool continueExport(Progress *progress, qint64 done, QString *error);

// False, with a message for people (tr context slimplan::PlanJson), when the plan does not hold
// one decision per item of the inventory: every plan writer checks this first.
bool planFitsInventory(const Inventory &inventory, const Plan &plan, QString *error);

// Writes the plan document to an open device. `chinese` picks the language of the reasons.
bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese, QIODevice *out,
                   Progress *progress = nullptr, QString *error = nullptr);
// The same to a file, written atomically ("-" = standard output).
bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese, const QString &path,
                   Progress *progress = nullptr, QString *error = nullptr);

// {"before": {...}, "after": {...}, "reduction_pct": {...}, "annual_cost_saved": x,
//  "data_items": {"before": n, "after": m}} as compact JSON text.
QByteArray summaryJson(const PlanSummary &summary);

// {"regions": [{"name", "code", "summary"}, …]} in the given order ("-" = standard output).
// An empty name or code is written as null (unknown).
bool writeCompareJson(const std::vector<RegionSummary> &regions, const QString &path,
                      QString *error = nullptr);

} // namespace slimplan
