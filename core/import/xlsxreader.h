#pragma once
// Reading Excel .xlsx workbooks: one TableSource per worksheet, streamed row by row.
//
// Cells come as the text Excel shows: shared, inline and rich-text strings; numbers without float
// artefacts ("1234", "0.1", ID numbers digit for digit); booleans TRUE/FALSE; error cells empty;
// cells in a date format as ISO "YYYY-MM-DD" with RawRow::isDate set (1900 and 1904 systems).
// A range merged down over several rows (主办单位 for a block of rows) gives its value to each of
// its rows, in its first column; a range within one row keeps its value in its first cell only
// (as the file stores it), so a title merged across the sheet is one text in column A. Cells are placed by their r="C5" column (gaps
// are empty strings; a row ends at its last cell); rows carry their r number, and rows absent
// from the file (Excel writes no empty rows) are not invented.
// Hidden sheets (often lists behind drop-downs) and chart sheets are not returned.
//
// Refused with a message for people: old .xls and encrypted workbooks (OLE files), files that are
// not zip archives or are truncated, zips without xl/workbook.xml, decompression bombs (over
// 200 MB per part, 1 GB per workbook, or 200:1 on parts over 10 MB), any part with a DTD (no
// entity is ever expanded), cells over 32,767 characters or beyond column XFD, over 1,000 sheets.

#include "import/tablesource.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace slimplan {

// The sources of the workbook's visible worksheets, in workbook order. The workbook's structure,
// shared strings and styles are read here; rows are read as each source's next() is called.
// On a refused file: no sources and *error set (the error of a single sheet found while
// streaming is that source's errorString()). A workbook without a worksheet gives no sources and
// an error too.
std::vector<std::unique_ptr<TableSource>> openXlsxSources(const QString &path, QString *error);

// The kind a sheet name implies: 应用程序/应用/App/小程序 → app, 公众账号/公众号/账号/新媒体/accounts →
// account, 工作群组/群/groups → group. Nothing when the name says none, or more than one.
std::optional<Kind> kindHintFromSheetName(const QString &sheetName);

} // namespace slimplan
