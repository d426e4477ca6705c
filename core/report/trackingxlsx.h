#pragma once
// `track --xlsx`: the progress of the plan's actions as a workbook for the office — one sheet by
// unit (actions, each state, overdue, done but still present) with the total, one by unit and
// kind (planned vs done vs verified per kind, part 5), and the overdue items with their deadline
// and how many days late. Headers are unlike a ledger's (整改单位, 对象编号), so re-importing the
// workbook never reads it as items.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"
#include "report/trackingprogress.h"

#include <QDate>
#include <QString>

namespace slimplan {

// `today` counts the days late. False with *error set when the file cannot be written.
bool writeTrackingXlsx(const Inventory &inventory, const Plan &plan, const TrackingProgress &progress,
                       const QDate &today, const ReportOptions &options, const QString &path,
                       QString *error = nullptr);

} // namespace slimplan
