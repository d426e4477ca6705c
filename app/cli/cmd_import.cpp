// slimplan-cli import PATH... --project P.slimplan [--dry-run] [--strict] [--snapshot LABEL]
// Reads ledger files, or folders of returns, and adds their items to a project in one transaction,
// with a report per file. With --snapshot the items go to the snapshot of that label, a new empty
// one (a fresh ledger) if none has it. --dry-run reports what would change and changes nothing.
// Both print the round per unit (returndiff.h): new, changed (field: old → new, dry run), unchanged
// and gone; a real import marks the gone items "reported gone" and never deletes them.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "store/projectstore.h"
#include "store/returndiff.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Import)
};
// Selects the snapshot labelled `label`, the last one if several are; creates an empty one if none is.
bool selectSnapshotLabel(ProjectStore &store, const QString &label, QString *error)
{
    const std::vector<SnapshotInfo> all = store.snapshots();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->label == label)
            return store.selectSnapshot(it->id);
    }
    const std::optional<int> id = store.createSnapshot(label, QDate(), error, false);
    return id && store.selectSnapshot(*id);
}

// One line per file: unit, rows read, kept, folded, problems (the campaign's "what came back").
void printFileReports(const ImportReport &report)
{
    if (report.files.size() < 2 && (report.files.empty() || report.files.front().rowsFolded == 0))
        return; // one file: the summary line says it all
    for (const FileImportSummary &f : report.files) {
        const QString unit = f.unit.isEmpty() ? Tr::tr("(unit not named)") : f.unit;
        QString line;
        if (f.refused)
            line = Tr::tr("%1 — %2: not imported (%3 errors)").arg(f.file, unit).arg(f.errors);
        else if (f.noItemsReported)
            line = Tr::tr("%1 — %2: no items reported").arg(f.file, unit);
        else
            line = Tr::tr("%1 — %2: %3 rows read, %4 kept, %5 folded into items reported earlier, "
                          "%6 errors, %7 warnings")
                       .arg(f.file, unit)
                       .arg(f.rowsRead)
                       .arg(f.rowsKept)
                       .arg(f.rowsFolded)
                       .arg(f.errors)
                       .arg(f.warnings);
        out() << line << "\n";
    }
}

// The counts every summary line of an import ends with, filled into its next four placeholders:
// rows read, rows folded, errors, warnings.
QString withRowCounts(const QString &text, const ImportReport &report)
{
    return text.arg(report.rowsRead)
        .arg(report.rowsFolded)
        .arg(report.errorCount())
        .arg(report.warningCount());
}

ImportOptions importOptions(const Command &cmd)
{
    ImportOptions options;
    options.keepGoodRows = !cmd.isSet(QStringLiteral("strict"));
    return options;
}

// Reads the files, printing every problem and the per-file reports.
ImportResult readFiles(const QStringList &files, const ImportOptions &options)
{
    ImportResult result = importFiles(files, options, nullptr);
    printIssues(result.report);
    printFileReports(result.report);
    return result;
}

// --dry-run for a project that does not exist yet: read everything, create nothing.
int dryRunNewProject(const Command &cmd, const QStringList &files, const QString &projectPath)
{
    const ImportResult result = readFiles(files, importOptions(cmd));
    printLine(withRowCounts(Tr::tr("Dry run: %1 would be created with %2 items from %3 rows (%4 folded, "
                                   "%5 errors, %6 warnings); nothing was written.")
                                .arg(projectPath)
                                .arg(result.inventory.size()),
                            result.report));
    return hasInputErrors(result.report) ? kExitInputErrors : kExitOk;
}

// "NAME (ID)" of an item, from the return when it lists it, else from the project.
QString itemLabel(const QString &id, const QString &name)
{
    return Tr::tr("%1 (%2)").arg(name, id);
}

// Units a real import lists one by one: a county's consolidated ledger names thousands of owners,
// and --dry-run is there for the full list.
constexpr std::size_t kMaxUnitLines = 200;

// Per unit: its counts and, with details (the dry run), each changed item with field: old → new
// and each gone item. The context is spelt out: lupdate filed these Tr::tr() calls under "Tr",
// so they were never translated.
void printUnitDiffs(const ReturnDiff &diff, const Inventory &existing, bool details)
{
    for (std::size_t i = 0; i < diff.units.size(); ++i) {
        const UnitDiff &u = diff.units[i];
        if (!details && i == kMaxUnitLines) {
            const int more = static_cast<int>(diff.units.size() - i);
            out() << QCoreApplication::translate("slimplan::cli::Import",
                                               "… and %n more unit(s) (import --dry-run lists them all)",
                                               nullptr, more)
                  << "\n";
            break;
        }
        out() << ReturnDiffText::unitLine(u) << "\n";
        if (!details)
            continue;
        for (const ItemChange &c : u.changed) {
            out() << "  "
                  << QCoreApplication::translate("slimplan::cli::Import", "changed: %1").arg(itemLabel(c.id, c.name))
                  << "\n";
            for (const FieldChange &f : c.fields)
                out() << "    " << ReturnDiffText::changeLine(f) << "\n";
        }
        for (const QString &id : u.gone) {
            const int at = existing.indexOf(id);
            const QString name = at >= 0 ? existing.at(at).name : QString();
            out() << "  " << QCoreApplication::translate("slimplan::cli::Import", "gone: %1").arg(itemLabel(id, name))
                  << "\n";
        }
    }
    out().flush();
}

// --dry-run for an existing project: which items the import would add and which it would update.
void printDryRun(const ProjectStore &store, const ImportResult &result, const QString &projectPath)
{
    const Inventory existing = store.loadInventory();
    printUnitDiffs(diffReturns(existing, result.inventory, result.report), existing, true);
    int updated = 0;
    for (const Item &it : result.inventory.items())
        updated += existing.indexOf(it.id) >= 0 ? 1 : 0;
    printLine(withRowCounts(Tr::tr("Dry run: %1 new items and %2 updated from %3 rows (%4 folded, %5 errors, "
                                   "%6 warnings); %7 is unchanged.")
                                .arg(result.inventory.size() - updated)
                                .arg(updated),
                            result.report)
                  .arg(projectPath));
}

// Adds the items to the project in one transaction, with the "reported gone" marks of the round;
// false when it could not (printed).
bool storeImport(ProjectStore &store, const ImportResult &result, const QStringList &files,
                 const QString &projectPath)
{
    QString error;
    // An empty project has nothing to compare with: skip reading it back.
    const Inventory existing = store.itemCount() > 0 ? store.loadInventory() : Inventory();
    const ReturnDiff diff = existing.isEmpty() ? ReturnDiff() : diffReturns(existing, result.inventory, result.report);
    bool stored = true;
    if (!result.inventory.isEmpty())
        stored = store.importInventory(result.inventory, result.report, files, nullptr, &error, &diff);
    else if (diff.goneCount() > 0) // a return of "无" leaves every item of its unit out
        stored = store.recordReportedGone(reportedGoneOf(diff, QDateTime::currentDateTimeUtc()), &error);
    if (!stored) {
        printFileProblem(projectPath, error);
        return false;
    }
    if (!existing.isEmpty()) // into an empty project everything is new: the file lines say it
        printUnitDiffs(diff, existing, false);
    if (diff.goneCount() > 0)
        printLine(Tr::tr("%n item(s) no longer listed by their unit's return are marked as reported gone "
                         "(kept in the project).", nullptr, diff.goneCount()));
    const int fileCount = static_cast<int>(std::max<std::size_t>(result.report.files.size(), 1));
    printLine(withRowCounts(Tr::tr("%1: imported %2 items from %3 rows of %n file(s) (%4 folded into items "
                                   "reported earlier, %5 errors, %6 warnings); the project holds %7 items.",
                                   nullptr, fileCount)
                                .arg(projectPath)
                                .arg(result.inventory.size()),
                            result.report)
                  .arg(store.itemCount()));
    return true;
}
} // namespace

int runImport(const QStringList &args)
{
    Command cmd(QStringLiteral("import"),
        Tr::tr("Adds inventory files (.xlsx, .xls, .ods, .csv, .tsv, .json), or folders of returns "
               "(every ledger file in them, in name order), to a project, creating it if needed. "
               "Items are matched by id, 备案编号, or kind, owner, name and platform: a re-import "
               "updates them, and an item reported by two units is imported once.\n"
               "Every problem is printed to stderr as FILE:SHEET:ROW:COLUMN: message.\n"
               "Rows with errors are skipped and the good rows ARE imported (exit status 1); "
               "with --strict any error imports nothing. The project changes in one transaction: "
               "all rows or none.\n"
               "Exit status: 0 success (warnings allowed), 1 the input had errors, 2 bad usage."));
    cmd.parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Inventory files or folders to import."),
                                     QStringLiteral("PATH..."));
    cmd.parser.addOption({QStringLiteral("dry-run"),
                          Tr::tr("Read and check everything, print what would change, change nothing.")});
    cmd.parser.addOption({QStringLiteral("project"), Tr::tr("The project file to add the items to."),
                          QStringLiteral("P.slimplan")});
    cmd.parser.addOption({QStringLiteral("strict"),
                          Tr::tr("Import nothing when any row or file has an error.")});
    cmd.parser.addOption({QStringLiteral("snapshot"),
                          Tr::tr("Import into the snapshot with this label (a moment of the ledger), "
                                 "creating an empty one if the project has none of that label."),
                          QStringLiteral("LABEL")});
    if (!cmd.parse(args, 0))
        return cmd.exitCode;
    const QStringList files = cmd.parser.positionalArguments();
    const QString projectPath = cmd.value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return cmd.usageError(Tr::tr("--project P.slimplan is required"));
    if (files.isEmpty())
        return cmd.usageError(Tr::tr("no files to import"));

    const bool dryRun = cmd.isSet(QStringLiteral("dry-run"));
    if (dryRun && !QFileInfo::exists(projectPath))
        return dryRunNewProject(cmd, files, projectPath);
    std::unique_ptr<ProjectStore> store = openProject(projectPath);
    if (!store)
        return kExitInputErrors;
    QString error;
    if (cmd.isSet(QStringLiteral("snapshot"))
        && !selectSnapshotLabel(*store, cmd.value(QStringLiteral("snapshot")), &error)) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    ImportOptions options = importOptions(cmd);
    options.memberSalt = store->memberSalt();
    const ImportResult result = readFiles(files, options);
    if (dryRun)
        printDryRun(*store, result, projectPath);
    else if (!storeImport(*store, result, files, projectPath))
        return kExitInputErrors;
    return hasInputErrors(result.report) ? kExitInputErrors : kExitOk;
}

} // namespace slimplan::cli
