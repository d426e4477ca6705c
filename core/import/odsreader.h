#pragma once
// Reading LibreOffice / OpenDocument .ods spreadsheets: one TableSource per visible table of
// content.xml, streamed row by row.
//
// Cells come as the text people see: numbers from office:value without float artefacts ("1234",
// "0.1", ID numbers digit for digit; percentages and currencies as their value, 15% is "0.15"),
// dates as ISO "YYYY-MM-DD" with RawRow::isDate set, booleans TRUE/FALSE, error cells empty, strings
// as their paragraphs joined by "\n" (text:s, text:tab, text:line-break, spans and links honoured;
// comments left out). Repeated cells and rows are expanded when they hold text; empty repeats (a
// million rows after the last one) cost nothing, and rows without any text are not handed out.
// RawRow::row is the physical row number, repeats counted; a covered cell (the hidden part of a
// merge) holds its column. A cell merged down over several rows gives its value to each of them,
// in its first column; a merge within one row (a title) stays in its first cell.
// Hidden tables (often lists behind drop-downs) are not returned.
//
// Refused with a message for people: files that are not zip archives or are truncated, old .xls
// and encrypted workbooks, OpenDocument files that are not spreadsheets (.odt), password-protected
// spreadsheets, zips without content.xml, decompression bombs (the limits of .xlsx), any DTD (no
// entity is ever expanded), text beyond column 16,384 or row 1,048,576, cells over 32,767
// characters, over 1,000 tables.

#include "import/tablesource.h"

#include <QString>

#include <memory>
#include <vector>

namespace slimplan {

// The sources of the spreadsheet's visible tables, in order. The package is checked and the
// tables are located here; rows are read as each source's next() is called. On a refused file: no
// sources and *error set (an error found while streaming is that source's errorString()). A
// spreadsheet without a visible table gives no sources and an error too.
std::vector<std::unique_ptr<TableSource>> openOdsSources(const QString &path, QString *error);

} // namespace slimplan
