#pragma once
// The plan as a CSV for Excel: the ledger's columns under the ledger's own Chinese headers (so the
// file re-imports) plus the decision (建议处置, 目标, 依据条款, 理由). UTF-8 with BOM (Excel on a
// Chinese Windows reads BOM-less UTF-8 as GBK), CRLF, quoted as needed. A cell that Excel would
// run as a formula (= + - @ tab CR first) gets an apostrophe in front. Member ids never appear:
// the store has only their hashes, and those are not exported either.

#include "model/inventory.h"
#include "model/plan.h"
#include "util/progress.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace slimplan {

// The header row, in column order.
QStringList planCsvHeaders();

// One cell as written: neutralised against formulas, then quoted if needed.
QString planCsvCell(const QString &text);

bool writePlanCsv(const Inventory &inventory, const Plan &plan, bool chinese, QIODevice *out,
                  Progress *progress = nullptr, QString *error = nullptr);
// To a file, written atomically ("-" = standard output).
bool writePlanCsv(const Inventory &inventory, const Plan &plan, bool chinese, const QString &path,
                  Progress *progress = nullptr, QString *error = nullptr);

} // namespace slimplan
