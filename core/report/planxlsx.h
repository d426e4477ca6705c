#pragma once
// The plan as an Excel workbook (libxlsxwriter): 处置方案 (the ledger's own columns plus the
// decision, so an office can re-import it), 汇总, 合并族 and 问题清单.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"
#include "util/progress.h"

#include <QString>

namespace slimplan {

// Writes the workbook to `path`. Returns false with *error set on failure or cancel (the file is
// then removed). Safe to call from a worker thread.
bool writePlanXlsx(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                   const QString &path, Progress *progress = nullptr, QString *error = nullptr);

} // namespace slimplan
