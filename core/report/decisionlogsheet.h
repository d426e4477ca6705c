#pragma once
// The 调整记录 of the plan exports (issue #18 part 2): every entry of the decision log — time,
// who, item, old → new action and target, reason, kind, scenario — as the sheet of the plan
// workbook, and the wording the PDF annex (ui/report/decisionannex) prints the same entries with,
// so that both say one thing in one way.

#include "model/campaign.h"
#include "model/inventory.h"
#include "report/reporttext.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace slimplan {

class XlsxStreamWriter;

namespace decisionlogtext {
// 调整 / 恢复建议 / 撤销 / 重做 / 导入 (Decision / Revert / Undo / Redo / Imported).
QString kind(DecisionLogEntry::Kind k, const ReportText &t);
// One side of a change: the action with its target ("合并（并入青溪政务通（a1））", "Merge into …"),
// or 系统建议 / Recommendation when no override stood (nullopt).
QString decision(const std::optional<Action> &action, const QString &target, const Inventory &inventory,
                 const ReportText &t);
// "old → new".
QString change(const DecisionLogEntry &e, const Inventory &inventory, const ReportText &t);
// "name（id）" while the item is in the inventory, else its id.
QString item(const DecisionLogEntry &e, const Inventory &inventory, const ReportText &t);
// Local time "yyyy-MM-dd HH:mm:ss" (the log keeps UTC); "—" when unknown.
QString time(const QDateTime &when);
} // namespace decisionlogtext

// Writes the sheet 调整记录, one row per entry in log order; nothing when the log is empty.
// `tick` is called once per row: when it returns false the sheet stops (the export is cancelled).
void writeDecisionLogSheet(XlsxStreamWriter &w, const Inventory &inventory,
                           const std::vector<DecisionLogEntry> &log, const ReportText &t,
                           const std::function<bool()> &tick);

} // namespace slimplan
