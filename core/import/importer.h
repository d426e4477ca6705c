#pragma once
// The entry point of the import: ledger files (.csv/.tsv/.txt, .json, .xlsx) in, one normalised
// Inventory and a report of every problem out. Nothing here touches a project: the caller decides
// what to keep (the CLI, the GUI wizard, the store).

#include "import/importreport.h"
#include "import/tablesource.h"
#include "model/inventory.h"
#include "util/progress.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace slimplan {

struct ImportOptions
{
    // Encoding of text files ("UTF-8", "GB18030", "Big5", …); empty = detect (BOM, UTF-8 check,
    // uchardet). Ignored for .xlsx and .json (JSON is always UTF-8/16/32 with or without BOM).
    QString forcedEncoding;
    // Column mappings chosen by hand, per file: key = the path as passed to importFiles() (for a
    // workbook "path#sheet" applies to one sheet, plain "path" to every sheet), value = 0-based
    // column index → canonical field name (FieldMap::fieldNames(): "name", "owner", …), a flag
    // name ("check_in", … : a yes/no column raising that flag), or "" to ignore the column.
    // Columns not listed keep their automatic mapping.
    QHash<QString, QHash<int, QString>> manualMappings;
    // Per-project secret mixed into the member hashes (the raw member ids are never stored).
    QByteArray memberSalt;
    // True (default): rows and files without errors are returned even when others had errors; the
    // caller shows the report and lets the user accept. False: all or nothing — any error gives an
    // empty inventory (the report still lists everything).
    bool keepGoodRows = true;
    // The division code the project already names (its county): short place names (蓝田街道) in
    // the returns resolve inside it. Empty: the first place the import resolves sets it.
    QString placeScope;
};

struct ImportResult
{
    Inventory inventory; // the good rows of all files, in file and row order
    ImportReport report;
    bool canceled = false; // true: the inventory is empty, nothing should change
};

// The files the paths stand for: a file as given, a folder as every ledger file under it (.xlsx,
// .xls, .ods, .csv, .tsv, .txt, .json, .et for its message), in name order (numbers by value), not
// walking into hidden folders and skipping office lock files (~$…). Other files are appended to
// *skipped when given.
QStringList expandImportPaths(const QStringList &paths, QStringList *skipped = nullptr);
// True for a file name a folder import reads.
bool isLedgerFileName(const QString &fileName);

// Imports the files in order; a folder stands for its ledger files (expandImportPaths). The same
// item reported twice (same id or 备案编号 in two returns, or the same kind, owner, name and
// platform) is folded into the first report (Item::aliases, Item::alsoReportedAt); an id column
// repeating an id within one file is an error on the later row. Ids must be unique across all of them (a duplicate is an error on the
// later row). Progress: one stage per file, measured in bytes. Thread-safe for concurrent calls
// (no shared state), so the GUI may run it with QtConcurrent.
ImportResult importFiles(const QStringList &paths, const ImportOptions &opt, Progress *progress);

// The table sources of one file, dispatched by extension (and content for files without one):
// .csv/.tsv/.txt → CSV, .json → JSON, .xlsx/.xlsm → the xlsx reader, .xls → FreeXL, .ods → the ODF
// reader (one source per sheet). Other formats (WPS .et, .numbers, …) are refused with advice. On failure returns no sources and
// sets *error to a translated message.
std::vector<std::unique_ptr<TableSource>> openTableSources(const QString &path,
                                                           const ImportOptions &opt,
                                                           QString *error);

// What the GUI import wizard shows before importing: the first rows of each sheet as read, where
// the header is and how its columns map.
struct ImportPreview
{
    QString file;
    QString sheet;
    std::vector<RawRow> rows;   // first rows as read (title and blank rows included)
    int headerIndex = -1;       // index into rows of the header row; -1 = no header recognised
    QStringList headers;        // the header row's cells (empty when no header)
    QStringList fieldOfColumn;  // per column: canonical field or flag name, "" = unknown (extra)
    QStringList missingRequired; // required fields no column maps to ("name", "owner", "kind")
    QString encoding;           // text files: the encoding used ("UTF-8", "GB18030", …)
    QChar separator;            // text files: the separator used
    QString error;              // non-empty: this file/sheet cannot be imported, and why
};

// Reads at most maxRows rows per sheet; opt.manualMappings and opt.forcedEncoding apply.
std::vector<ImportPreview> previewFile(const QString &path, const ImportOptions &opt,
                                       int maxRows = 50);

// Encodings the wizard may offer for text files (those this Qt build can decode).
QStringList supportedTextEncodings();

} // namespace slimplan
