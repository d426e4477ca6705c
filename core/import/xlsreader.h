#pragma once
// Reading Excel 97–2003 (.xls, BIFF8) and Excel 5/95 (BIFF5) workbooks through FreeXL: one
// TableSource per sheet, in workbook order.
//
// Cells come as the .xlsx reader gives them, so a ledger saved as .xls reads the same: numbers
// without float artefacts ("1234", "0.1", ID numbers digit for digit up to Excel's 15 digits),
// text as UTF-8 (BIFF5 code pages decoded by FreeXL), cells in a date format as ISO "YYYY-MM-DD"
// with RawRow::isDate (1900 and 1904 systems; a date with a time of day gives its date), booleans
// TRUE/FALSE, the cached results of formulas (numbers, dates, text, booleans; errors empty). Cells
// in a time-only format come as FreeXL writes them, "HH:MM:SS" (the .xlsx reader gives the day
// fraction). Rows carry their 1-based number; a row ends at its last non-empty cell; empty rows
// inside the sheet are given as empty rows, none after the last cell.
//
// FreeXL crashes on some damaged files, so it runs in a forked child process (xlsextract.h), which
// also adds the formula results and booleans FreeXL leaves out (xlsformulas.h). The workbook's
// cells are then held here in a compact form (about the size of the text) until the last source
// is gone. FreeXL does not tell hidden and chart sheets apart: they are returned too (a chart
// sheet has no rows).
//
// Refused with a message for people: password-protected workbooks, OLE files that hold no Excel
// workbook (Word documents, WPS .et files FreeXL cannot read, encrypted .xlsx), Excel 2.x–4.0
// files, files that are not OLE at all (text, .xlsx renamed .xls), truncated or damaged files,
// sheets beyond BIFF8's 65,536 rows × 256 columns, workbooks whose reading crashes, takes over two
// minutes or more than about 3 GB of memory.

#include "import/tablesource.h"

#include <QString>

#include <memory>
#include <vector>

namespace slimplan {

// The sources of the workbook's sheets; the whole file is read here. On a refused file: no sources
// and *error set. A workbook without a sheet gives no sources and an error too.
std::vector<std::unique_ptr<TableSource>> openXlsSources(const QString &path, QString *error);

} // namespace slimplan
