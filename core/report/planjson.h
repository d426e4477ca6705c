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
