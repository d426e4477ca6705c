#pragma once
// The campaign's JSON (issue #18, DESIGN.md's contract): `track --json` — progress by unit, the
// total, the overdue items and the items a later snapshot still holds — and the plan document
// with each item's "tracking" state and "deadline".

#include "model/campaign.h"
#include "model/inventory.h"
#include "model/plan.h"
#include "report/trackingprogress.h"
#include "util/progress.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace slimplan {

// {"units": [{"owner", "planned", "notified", "in_progress", "done", "verified", "overdue",
//   "actions", "still_present", "by_kind": {"app": {"planned", …}, …}}, …], "total": {…},
//  "overdue_items": [{"id", "name", "owner", "kind", "action", "tracking", "deadline"}, …],
//  "still_present_items": [same keys]}. A unit without a name, and the total, have "owner": null.
QByteArray trackingProgressJson(const Inventory &inventory, const Plan &plan,
                                const TrackingProgress &progress);

// Defined in planjson.cpp, next to the plan writer it shares:
// writePlanJson() with every item's tracking state and deadline taken from `tracking` (an item
// without a state is planned, deadline null).
bool writePlanJson(const Inventory &inventory, const Plan &plan, bool chinese,
                   const std::vector<TrackingStatus> &tracking, const QString &path,
                   Progress *progress = nullptr, QString *error = nullptr);
// Writes JSON bytes to `path` atomically ("-" = standard output).
bool writeJsonFile(const QByteArray &json, const QString &path, QString *error = nullptr);

} // namespace slimplan
