#pragma once
// A sheet of raw text cells as a file holds them, read row by row (streaming: a 1,000,000-row file
// is never held whole). CSV/TSV files give one source, .xlsx one per sheet, JSON one.

#include "model/types.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace slimplan {

struct RawRow
{
    int row = 0;          // 1-based physical row (CSV: line where the record starts; XLSX: r attribute)
    QStringList cells;    // cell texts, trimmed of nothing; missing cells are empty strings
    // XLSX only: per cell, true when the cell's number format marks a date and the text was
    // converted from a serial to ISO "YYYY-MM-DD". Empty for CSV.
    QList<bool> isDate;
    // Problems the reader met in this row, as (column index, translated message). Column -1 means
    // the whole row: the importer reports it as a row error and skips the row. Otherwise the
    // importer reports a warning for that cell and still uses its text. Usually empty.
    QList<QPair<int, QString>> problems;
};

class TableSource
{
public:
    virtual ~TableSource() = default;
    virtual QString fileName() const = 0;      // as the user gave it (for messages)
    virtual QString sheetName() const = 0;     // empty for CSV/JSON
    // The kind the sheet or file name implies (sheet 应用程序/公众账号/工作群组, apps/accounts/groups).
    virtual std::optional<Kind> kindHint() const { return std::nullopt; }
    // True if the cells of numeric columns may hold Excel serial dates (xlsx).
    virtual bool fromSpreadsheet() const { return false; }
    // Next row, blank rows included (the importer skips them). False at the end or on error.
    virtual bool next(RawRow &row) = 0;
    // Non-empty after next() returned false because of an error (the file is refused).
    virtual QString errorString() const = 0;
    // Bytes consumed so far and in total, for progress (0 total = unknown).
    virtual qint64 bytesRead() const { return 0; }
    virtual qint64 bytesTotal() const { return 0; }
    // True when the first row is always the header (JSON: the keys), so no header search is done.
    virtual bool headerIsFirstRow() const { return false; }
    // File-level warnings found while opening or reading (e.g. "a UTF-8 byte-order mark but GB18030
    // text"), reported with row 0. Read after the last next().
    virtual QStringList warnings() const { return {}; }
};

} // namespace slimplan
