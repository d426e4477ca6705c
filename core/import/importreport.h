#pragma once
// What an import found wrong, and where: file, sheet, row and column of every problem.

#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

struct ImportIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    // Error on a row: the row was not imported. Error with row == 0: the whole file was refused.
    // Warning: the value was left unknown (or the column kept as an extra attribute).
    QString file;      // file name as given by the user
    QString sheet;     // sheet name for .xlsx; empty for CSV/JSON
    int row = 0;       // 1-based row in the sheet/file (physical line for CSV); 0 = whole file
    QString column;    // the header as written in the file (or column letter), empty = whole row
    QString message;   // translated, for people

    bool isError() const { return severity == Severity::Error; }
    // "FILE:SHEET:ROW:COLUMN: message" — the CLI's stderr format (DESIGN.md).
    QString toLine() const;
};

struct ImportReport
{
    std::vector<ImportIssue> issues;
    int rowsRead = 0;      // data rows seen (title, blank and summary rows not counted)
    int rowsImported = 0;  // rows that became items
    int filesRefused = 0;
    QStringList unknownColumns; // headers kept as extra attributes

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    void append(const ImportReport &other);
};

} // namespace slimplan
