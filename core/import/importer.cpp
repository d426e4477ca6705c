#include "import/importer.h"

#include "import/csvreader.h"
#include "import/fieldmap.h"
#include "import/itemfolder.h"
#include "import/memberhasher.h"
#include "import/normalize.h"
#include "import/returnshape.h"
#include "import/rowbuilder.h"
#include "import/rowpump.h"
#include "import/stringpool.h"


#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace slimplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Importer)
};

constexpr int kHeaderSearchRows = 20;
constexpr qint64 kPumpBytes = 4 * 1024 * 1024; // files from this size are read on a second thread

const QHash<int, QString> *manualMappingFor(const ImportOptions &opt, const QString &path,
                                            const QString &sheet)
{
    if (!sheet.isEmpty()) {
        auto it = opt.manualMappings.constFind(path + QLatin1Char('#') + sheet);
        if (it != opt.manualMappings.constEnd())
            return &*it;
    }
    auto it = opt.manualMappings.constFind(path);
    return it != opt.manualMappings.constEnd() ? &*it : nullptr;
}

// The rows above and including the header, and how the header maps.
struct SheetHead
{
    std::vector<RawRow> rows;
    int header = -1;
    FieldMap map;
    QStringList badManualNames;
    QString unitOwner; // a 填报单位 line above the header
};

SheetHead readHead(TableSource &src, int maxRows, const QHash<int, QString> *manual)
{
    SheetHead h;
    RawRow row;
    while (static_cast<int>(h.rows.size()) < maxRows && src.next(row))
        h.rows.push_back(row);
    if (src.headerIsFirstRow()) {
        // A JSON array without objects has a header without a single key: nothing to import.
        const bool blank = h.rows.empty()
                           || std::all_of(h.rows.front().cells.cbegin(), h.rows.front().cells.cend(),
                                          [](const QString &c) { return isBlank(c); });
        h.header = blank ? -1 : 0;
    } else {
        h.header = FieldMap::findHeaderRow(h.rows, std::min(maxRows, kHeaderSearchRows));
        // Columns mapped by hand need no recognisable header: take the first row with two cells.
        if (h.header < 0 && manual && !manual->isEmpty()) {
            for (int i = 0; i < static_cast<int>(h.rows.size()) && i < kHeaderSearchRows; ++i) {
                const QStringList &cells = h.rows[static_cast<std::size_t>(i)].cells;
                if (std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return !isBlank(c); }) >= 2) {
                    h.header = i;
                    break;
                }
            }
        }
    }
    for (int i = 0; i < h.header; ++i) {
        if (QString unit = unitLineOwner(h.rows[static_cast<std::size_t>(i)]); !unit.isEmpty())
            h.unitOwner = std::move(unit);
    }
    if (h.header >= 0) {
        h.map.setHeader(h.rows[static_cast<std::size_t>(h.header)].cells);
        if (manual)
            h.badManualNames = h.map.setManualMappings(*manual);
    }
    return h;
}

std::optional<Kind> kindHintOf(const TableSource &src, const QString &path)
{
    if (auto k = src.kindHint())
        return k;
    return kindHintFromName(QFileInfo(path).completeBaseName());
}

// Required columns a sheet lacks, as canonical names.
QStringList missingRequired(const FieldMap &map, bool kindHint, bool unitLine)
{
    QStringList out;
    for (Field f : {Field::Name, Field::Owner, Field::Kind}) {
        if (!map.has(f) && !(f == Field::Kind && kindHint) && !(f == Field::Owner && unitLine))
            out << FieldMap::fieldName(f);
    }
    return out;
}

QString missingColumnMessage(const QString &field)
{
    const auto f = FieldMap::fieldFromName(field);
    const QString accepted = f ? FieldMap::synonyms(*f).join(QStringLiteral(", ")) : QString();
    if (f == Field::Kind) {
        return Tr::tr("Required column “kind” is missing (accepted headers: %1), and neither the sheet "
                      "nor the file name says the kind; file not imported")
            .arg(accepted);
    }
    if (f == Field::Owner) {
        return Tr::tr("Required column “owner” is missing (accepted headers: %1), and no "
                      "填报单位：… line above the header names the unit; file not imported")
            .arg(accepted);
    }
    return Tr::tr("Required column “%1” is missing (accepted headers: %2); file not imported")
        .arg(field, accepted);
}

ImportIssue fileIssue(ImportIssue::Severity s, const QString &file, const QString &sheet,
                      const QString &message)
{
    ImportIssue i;
    i.severity = s;
    i.file = file;
    i.sheet = sheet;
    i.message = message;
    return i;
}

// The data rows of one sheet, after its header: each built, folded into the inventory and counted.
struct SheetRows
{
    SheetRows(RowBuilder &b, const FieldMap &m, ItemFolder &f, FileImportSummary *summary,
              ImportResult &r, std::vector<ImportIssue> &out)
        : builder(b), map(m), folder(f), file(summary), result(r), issues(out)
    {
    }

    RowBuilder &builder;
    const FieldMap &map;
    ItemFolder &folder;
    FileImportSummary *file;
    ImportResult &result;
    std::vector<ImportIssue> &issues;
    Item item;
    int totalRow = 0; // the 合计 row, after which nothing is data
    int rowsAfterTotal = 0;
    int noItemsRows = 0;
    int sheetItems = 0;

    void handle(const RawRow &row)
    {
        if (totalRow > 0) {
            if (builder.classify(row) == RowBuilder::Outcome::Item)
                ++rowsAfterTotal;
            return;
        }
        switch (builder.build(row, item, issues)) {
        case RowBuilder::Outcome::Skipped:
            return;
        case RowBuilder::Outcome::NoItems:
            ++noItemsRows;
            return;
        case RowBuilder::Outcome::End:
            totalRow = row.row;
            return;
        case RowBuilder::Outcome::Error:
            ++result.report.rowsRead;
            return;
        case RowBuilder::Outcome::Item:
            break;
        }
        ++result.report.rowsRead;
        ++sheetItems;
        keep(row);
    }

    // The item built from the row joins the inventory, or folds into the same item reported before.
    void keep(const RawRow &row)
    {
        const bool idFromColumn = builder.lastIdFromColumn();
        const QString id = item.id;
        const ItemFolder::Result r = folder.add(std::move(item), idFromColumn);
        if (r.outcome == ItemFolder::Outcome::DuplicateId) {
            const QString where = ItemFolder::sourceOf(result.inventory.at(r.index));
            issues.push_back(builder.issue(ImportIssue::Severity::Error, row.row, map.columnOf(Field::Id),
                                           Tr::tr("Duplicate id “%1” (first used at %2); row not imported")
                                               .arg(id, where)));
            return;
        }
        if (r.outcome == ItemFolder::Outcome::Folded) {
            const Item &first = result.inventory.at(r.index);
            const QString why = r.byFilingNo || (first.filingNo && *first.filingNo == id)
                                    ? Tr::tr("the same 备案编号 %1").arg(*first.filingNo)
                                : idFromColumn ? Tr::tr("the same id %1").arg(id)
                                               : Tr::tr("the same kind, owner, name and platform");
            issues.push_back(builder.issue(
                ImportIssue::Severity::Warning, row.row, -1,
                Tr::tr("Reported already at %1 (%2): folded into “%3”, this row kept as a further source")
                    .arg(ItemFolder::sourceOf(first), why, first.name)));
            ++result.report.rowsFolded;
            if (file)
                ++file->rowsFolded;
            return;
        }
        ++result.report.rowsImported;
        if (file)
            ++file->rowsKept;
    }
};

// The warnings a sheet's header earns: bad names in the manual mapping, unknown and second columns.
void reportHeaderColumns(const SheetHead &head, const RowBuilder &builder, ImportResult &result,
                         std::vector<ImportIssue> &issues)
{
    const int headerRow = head.rows[static_cast<std::size_t>(head.header)].row;
    for (const QString &bad : std::as_const(head.badManualNames)) {
        issues.push_back(builder.issue(ImportIssue::Severity::Warning, headerRow, -1,
                                       Tr::tr("Unknown field “%1” in the manual column mapping; ignored").arg(bad)));
    }
    for (int c : head.map.extraColumns()) {
        const bool duplicate = head.map.duplicateColumns().contains(c);
        const auto f = FieldMap::matchHeader(head.map.headers().value(c));
        issues.push_back(builder.issue(
            ImportIssue::Severity::Warning, headerRow, c,
            duplicate && f ? Tr::tr("A second column for “%1”; kept as an extra attribute")
                                 .arg(FieldMap::fieldName(*f))
                           : Tr::tr("Unknown column; kept as an extra attribute")));
        const QString label = head.map.columnLabel(c);
        if (!result.report.unknownColumns.contains(label))
            result.report.unknownColumns << label;
    }
}

// One import run: the state shared by all files (ids seen, string pool, member hasher).
class ImportRun
{
public:
    ImportRun(const ImportOptions &opt, Progress *progress, ImportResult &result)
        : m_opt(opt), m_progress(progress), m_hasher(opt.memberSalt), m_folder(result.inventory),
          m_places(opt.placeScope)
    {
    }

    enum class SheetStatus { Ok, NoHeader, Empty, NoItems, Refused, Canceled };

    bool importFile(const QString &path, ImportResult &result);

private:
    SheetStatus importSheet(TableSource &src, const QString &path, ImportResult &result,
                            std::vector<ImportIssue> &issues, QString *refusal);
    std::optional<SheetStatus> checkHead(const TableSource &src, SheetHead &head,
                                         const std::optional<Kind> &hint, QString *refusal);
    bool readRows(TableSource &src, SheetRows &rows, ImportResult &result);
    void refuseFile(int itemsBefore, int importedBefore, FileImportSummary &summary,
                    ImportResult &result);

    const ImportOptions &m_opt;
    Progress *m_progress;
    StringPool m_pool;
    MemberHasher m_hasher;
    ItemFolder m_folder;
    PlaceResolver m_places;
    FileImportSummary *m_file = nullptr; // the summary of the file being read
    QString m_fileUnit;                  // a 填报单位 line of an earlier sheet of the same file
};

// Why a sheet's head stops the sheet (no header, no table, a reader error, a required column
// missing), or nothing when its rows are to be read. Shares the 填报单位 line between sheets.
std::optional<ImportRun::SheetStatus> ImportRun::checkHead(const TableSource &src, SheetHead &head,
                                                           const std::optional<Kind> &hint,
                                                           QString *refusal)
{
    if (!src.errorString().isEmpty()) {
        *refusal = src.errorString();
        return SheetStatus::Refused;
    }
    if (!head.unitOwner.isEmpty())
        m_fileUnit = head.unitOwner;
    else
        head.unitOwner = m_fileUnit;
    if (head.header < 0) {
        const bool empty = std::all_of(head.rows.cbegin(), head.rows.cend(), [](const RawRow &r) {
            return std::all_of(r.cells.cbegin(), r.cells.cend(), [](const QString &c) { return isBlank(c); });
        });
        // A return with no table at all, only 本单位无政务移动互联网应用程序.
        const bool answer = std::any_of(head.rows.cbegin(), head.rows.cend(),
                                        [](const RawRow &r) { return isNoItemsRow(r); });
        return empty ? SheetStatus::Empty : answer ? SheetStatus::NoItems : SheetStatus::NoHeader;
    }
    const QStringList missing = missingRequired(head.map, hint.has_value(), !head.unitOwner.isEmpty());
    if (!missing.isEmpty()) {
        *refusal = missingColumnMessage(missing.first());
        return SheetStatus::Refused;
    }
    return std::nullopt;
}

// Reads the rows after the head to the end of the source; false when the user cancels.
bool ImportRun::readRows(TableSource &src, SheetRows &rows, ImportResult &result)
{
    // The items vector grows by doubling, each time moving every item and touching fresh memory;
    // for a large file, room for the rows it may hold is taken once (untouched capacity costs no
    // memory). The estimate counts one byte per character of the first rows.
    const auto reserveFor = [&](const RowPump::Batch &batch) {
        qint64 charsSeen = 0;
        for (std::size_t i = 0; i < batch.count; ++i) {
            for (const QString &c : batch.rows[i].cells)
                charsSeen += c.size() + 1;
        }
        const int count = static_cast<int>(batch.count);
        if (count <= 0 || charsSeen <= 0 || src.bytesTotal() <= 0)
            return;
        const qint64 estimate = src.bytesTotal() * count / charsSeen;
        const qint64 wanted = result.inventory.size() + std::min<qint64>(estimate + estimate / 16, 4000000);
        if (wanted > result.inventory.size() + 2 * count)
            result.inventory.reserve(static_cast<int>(wanted));
    };
    if (src.bytesTotal() >= kPumpBytes) {
        // Large files: the reader runs ahead on a thread of its own (see RowPump).
        RowPump pump(src);
        RowPump::Batch batch;
        bool reserved = false;
        while (pump.next(batch)) {
            if (!reserved) {
                reserveFor(batch);
                reserved = true;
            }
            for (std::size_t i = 0; i < batch.count; ++i)
                rows.handle(batch.rows[i]);
            if (m_progress) {
                m_progress->advance(batch.bytesRead);
                if (m_progress->isCanceled())
                    return false;
            }
            pump.recycle(std::move(batch));
        }
        return true;
    }
    RawRow row;
    int rowsSeen = 0;
    while (src.next(row)) {
        rows.handle(row);
        if ((++rowsSeen & 1023) == 0 && m_progress) {
            m_progress->advance(src.bytesRead());
            if (m_progress->isCanceled())
                return false;
        }
    }
    return true;
}

ImportRun::SheetStatus ImportRun::importSheet(TableSource &src, const QString &path,
                                              ImportResult &result, std::vector<ImportIssue> &issues,
                                              QString *refusal)
{
    const QString sheet = src.sheetName();
    if (m_progress)
        m_progress->beginStage(sheet.isEmpty() ? Tr::tr("Reading %1").arg(path)
                                               : Tr::tr("Reading %1, sheet %2").arg(path, sheet),
                               src.bytesTotal());
    SheetHead head = readHead(src, kHeaderSearchRows, manualMappingFor(m_opt, path, sheet));
    const std::optional<Kind> hint = head.header >= 0 ? kindHintOf(src, path) : std::nullopt;
    if (const auto stop = checkHead(src, head, hint, refusal))
        return *stop;

    RowContext ctx;
    ctx.file = path;
    ctx.sheet = sheet;
    ctx.kindHint = hint;
    ctx.fromSpreadsheet = src.fromSpreadsheet();
    ctx.unitOwner = head.unitOwner;
    ctx.places = &m_places;
    RowBuilder builder(head.map, ctx, m_pool, m_hasher);
    reportHeaderColumns(head, builder, result, issues);

    SheetRows rows(builder, head.map, m_folder, m_file, result, issues);
    for (std::size_t i = static_cast<std::size_t>(head.header) + 1; i < head.rows.size(); ++i)
        rows.handle(head.rows[i]);
    head.rows.clear();
    if (!readRows(src, rows, result))
        return SheetStatus::Canceled;
    if (m_progress)
        m_progress->advance(src.bytesTotal());
    if (!src.errorString().isEmpty()) {
        *refusal = src.errorString();
        return SheetStatus::Refused;
    }
    if (rows.sheetItems == 0 && rows.noItemsRows > 0)
        return SheetStatus::NoItems;
    if (rows.rowsAfterTotal > 0) {
        issues.push_back(builder.issue(ImportIssue::Severity::Warning, rows.totalRow, -1,
                                       Tr::tr("%n row(s) below the total row were not imported", nullptr,
                                              rows.rowsAfterTotal)));
    }
    return SheetStatus::Ok;
}

// The one owner of the items from itemsBefore on, or empty when they have none or several.
QString soleOwner(const Inventory &inventory, int itemsBefore)
{
    QString unit;
    for (int i = itemsBefore; i < inventory.size(); ++i) {
        const QString &o = inventory.at(i).owner;
        if (o.isEmpty() || (!unit.isEmpty() && o != unit))
            return QString();
        unit = o;
    }
    return unit;
}

// Nothing of a refused file stays: its items leave the inventory again, and the earlier items it
// was folded into are as they were.
void ImportRun::refuseFile(int itemsBefore, int importedBefore, FileImportSummary &summary,
                           ImportResult &result)
{
    m_folder.rollbackFile(itemsBefore);
    result.report.rowsImported = importedBefore;
    result.report.rowsFolded -= summary.rowsFolded;
    summary.rowsKept = 0;
    summary.rowsFolded = 0;
    summary.refused = true;
    ++result.report.filesRefused;
}

bool ImportRun::importFile(const QString &path, ImportResult &result)
{
    QString error;
    std::vector<std::unique_ptr<TableSource>> sources = openTableSources(path, m_opt, &error);
    std::vector<ImportIssue> issues;
    const int itemsBefore = result.inventory.size();
    const int importedBefore = result.report.rowsImported;
    const int readBefore = result.report.rowsRead;
    QString refusal = error;
    QString refusedSheet;
    int sheetsWithHeader = 0;
    int sheetsNoItems = 0;
    FileImportSummary summary;
    summary.file = path;
    m_file = &summary;
    m_fileUnit.clear();
    m_folder.beginFile();
    std::vector<QString> sheetsWithoutHeader;
    for (const auto &src : sources) {
        if (!refusal.isEmpty())
            break;
        switch (importSheet(*src, path, result, issues, &refusal)) {
        case SheetStatus::Canceled:
            m_file = nullptr;
            return false;
        case SheetStatus::NoItems:
            ++sheetsNoItems;
            break;
        case SheetStatus::Refused:
            refusedSheet = src->sheetName();
            break;
        case SheetStatus::NoHeader:
            sheetsWithoutHeader.push_back(src->sheetName());
            break;
        case SheetStatus::Empty:
            break;
        case SheetStatus::Ok:
            ++sheetsWithHeader;
            break;
        }
        for (const QString &w : src->warnings())
            issues.push_back(fileIssue(ImportIssue::Severity::Warning, path, src->sheetName(), w));
    }
    m_file = nullptr;
    const bool noItems = result.inventory.size() == itemsBefore && summary.rowsFolded == 0
                         && sheetsNoItems > 0 && result.report.rowsRead == readBefore;
    if (refusal.isEmpty() && noItems) {
        summary.noItemsReported = true;
        issues.push_back(fileIssue(ImportIssue::Severity::Warning, path, QString(),
                                   Tr::tr("No items reported: the return says the unit has none")));
    } else if (refusal.isEmpty() && sheetsWithHeader == 0) {
        if (!sheetsWithoutHeader.empty()) {
            refusal = Tr::tr("No header row in the first %1 rows: the header needs a name column "
                             "(名称, 应用名称, …) and at least one other known column; file not imported")
                          .arg(kHeaderSearchRows);
        } else {
            refusal = Tr::tr("The file is empty; file not imported");
        }
    } else if (refusal.isEmpty()) {
        for (const QString &sheet : sheetsWithoutHeader) {
            if (isInstructionSheet(sheet))
                continue; // a template's 填写说明 beside its table (the 核查表 has one): no news
            issues.push_back(fileIssue(ImportIssue::Severity::Warning, path, sheet,
                                       Tr::tr("Sheet skipped: no header row with a name column")));
        }
        if (result.inventory.size() == itemsBefore && summary.rowsFolded == 0)
            refusal = result.report.rowsRead == readBefore
                          ? Tr::tr("The file has no data rows; file not imported")
                          : Tr::tr("No row of the file could be imported; file not imported");
    }
    if (!refusal.isEmpty()) {
        refuseFile(itemsBefore, importedBefore, summary, result);
        issues.insert(issues.begin(), fileIssue(ImportIssue::Severity::Error, path, refusedSheet, refusal));
    }
    summary.rowsRead = result.report.rowsRead - readBefore;
    for (const ImportIssue &i : issues)
        ++(i.isError() ? summary.errors : summary.warnings);
    summary.unit = m_fileUnit.isEmpty() ? soleOwner(result.inventory, itemsBefore) : m_fileUnit;
    result.report.files.push_back(std::move(summary));
    result.report.issues.insert(result.report.issues.end(), std::make_move_iterator(issues.begin()),
                                std::make_move_iterator(issues.end()));
    return true;
}

} // namespace

ImportResult importFiles(const QStringList &givenPaths, const ImportOptions &opt, Progress *progress)
{
    ImportResult result;
    QStringList skipped;
    const QStringList paths = expandImportPaths(givenPaths, &skipped);
    for (const QString &path : std::as_const(skipped)) {
        result.report.issues.push_back(fileIssue(ImportIssue::Severity::Warning, path, QString(),
                                                 Tr::tr("Not a ledger file (.xlsx, .xls, .ods, .csv, "
                                                        ".json); skipped")));
    }
    for (const QString &given : givenPaths) {
        if (QFileInfo(given).isDir() && !paths.contains(given)
            && std::none_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
                   return p.startsWith(given);
               })) {
            result.report.issues.push_back(fileIssue(ImportIssue::Severity::Error, given, QString(),
                                                     Tr::tr("The folder holds no ledger file")));
            ++result.report.filesRefused;
        }
    }
    ImportRun run(opt, progress, result);
    for (const QString &path : paths) {
        if (!run.importFile(path, result) || (progress && progress->isCanceled())) {
            result.inventory.clear();
            result.canceled = true;
            return result;
        }
    }
    if (!opt.keepGoodRows && result.report.hasErrors()) {
        result.inventory.clear();
        result.report.rowsImported = 0;
    }
    return result;
}

std::vector<ImportPreview> previewFile(const QString &path, const ImportOptions &opt, int maxRows)
{
    std::vector<ImportPreview> out;
    QString error;
    const auto sources = openTableSources(path, opt, &error);
    if (sources.empty()) {
        ImportPreview p;
        p.file = path;
        p.error = error;
        out.push_back(std::move(p));
        return out;
    }
    for (const auto &src : sources) {
        ImportPreview p;
        p.file = path;
        p.sheet = src->sheetName();
        if (const auto *csv = dynamic_cast<const CsvReader *>(src.get())) {
            p.encoding = csv->encoding();
            p.separator = csv->separator();
        }
        SheetHead head = readHead(*src, std::max(maxRows, 1), manualMappingFor(opt, path, p.sheet));
        p.headerIndex = head.header;
        if (head.header >= 0) {
            p.headers = head.map.headers();
            for (int c = 0; c < head.map.columnCount(); ++c)
                p.fieldOfColumn << FieldMap::targetName(head.map.target(c));
            p.missingRequired = missingRequired(head.map, kindHintOf(*src, path).has_value(),
                                                !head.unitOwner.isEmpty());
            if (!p.missingRequired.isEmpty())
                p.error = missingColumnMessage(p.missingRequired.first());
        } else if (!src->errorString().isEmpty()) {
            p.error = src->errorString();
        } else {
            p.error = Tr::tr("No header row found: map the columns by hand");
        }
        p.rows = std::move(head.rows);
        out.push_back(std::move(p));
    }
    return out;
}

QStringList supportedTextEncodings()
{
    QStringList out;
    for (const char *name : {"UTF-8", "GB18030", "GBK", "Big5", "UTF-16LE", "UTF-16BE",
                             "windows-1252", "ISO-8859-1"}) {
        if (QStringDecoder(name).isValid())
            out << QString::fromLatin1(name);
    }
    return out;
}

} // namespace slimplan
