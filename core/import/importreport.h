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

// One file of an import, as the per-file report shows it (a campaign's folder holds one return
// per unit).
struct FileImportSummary
{
    QString file;        // as given (for a folder: the path of the file inside it)
    QString unit;        // the reporting unit: its 填报单位 line, else the one owner of its rows
    int rowsRead = 0;    // data rows seen
    int rowsKept = 0;    // rows that became items of their own
    int rowsFolded = 0;  // rows that were an item already reported, folded into it
    int errors = 0;
    int warnings = 0;
    bool refused = false;         // nothing of the file was imported
    bool noItemsReported = false; // an empty return (无, 暂无, 本单位无…): a valid answer
};

struct ImportReport
{
    std::vector<ImportIssue> issues;
    std::vector<FileImportSummary> files; // one per file, in import order
    int rowsRead = 0;      // data rows seen (title, blank and summary rows not counted)
    int rowsImported = 0;  // rows that became items
    int rowsFolded = 0;    // rows folded into an item reported earlier (aliases and sources)
    int filesRefused = 0;
    QStringList unknownColumns; // headers kept as extra attributes

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    void append(const ImportReport &other);
};

} // namespace slimplan
