// slimplan-cli import FILE... --project P.slimplan [--strict] [--snapshot LABEL]
// Reads ledger files and adds their items to a project in one transaction. With --snapshot the
// items go to the snapshot of that label, a new empty one (a fresh ledger) if none has it.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "store/projectstore.h"

#include <QCoreApplication>

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
} // namespace

int runImport(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Adds inventory files (.xlsx, .csv, .tsv, .json) to a project, creating it if "
               "needed. Items are matched by id: a re-import updates them, never duplicates.\n"
               "Every problem is printed to stderr as FILE:SHEET:ROW:COLUMN: message.\n"
               "Rows with errors are skipped and the good rows ARE imported (exit status 1); "
               "with --strict any error imports nothing. The project changes in one transaction: "
               "all rows or none.\n"
               "Exit status: 0 success (warnings allowed), 1 the input had errors, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Inventory files to import."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("project"), Tr::tr("The project file to add the items to."),
                      QStringLiteral("P.slimplan")});
    parser.addOption({QStringLiteral("strict"),
                      Tr::tr("Import nothing when any row or file has an error.")});
    parser.addOption({QStringLiteral("snapshot"),
                      Tr::tr("Import into the snapshot with this label (a moment of the ledger), "
                             "creating an empty one if the project has none of that label."),
                      QStringLiteral("LABEL")});
    addLanguageOption(parser);
    int exitCode = 0;
    if (!parseArguments(parser, args, &exitCode))
        return exitCode;
    if (!applyLanguage(parser, command))
        return kExitUsage;
    const QStringList files = parser.positionalArguments();
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return usageError(command, Tr::tr("--project P.slimplan is required"));
    if (files.isEmpty())
        return usageError(command, Tr::tr("no files to import"));

    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(projectPath, &error);
    if (!store) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    const QString snapshotLabel = parser.value(QStringLiteral("snapshot"));
    if (parser.isSet(QStringLiteral("snapshot")) && !selectSnapshotLabel(*store, snapshotLabel, &error)) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    ImportOptions options;
    options.memberSalt = store->memberSalt();
    options.keepGoodRows = !parser.isSet(QStringLiteral("strict"));
    const ImportResult result = importFiles(files, options, nullptr);
    printIssues(result.report);
    const bool inputErrors = result.report.hasErrors() || result.report.filesRefused > 0;

    if (!result.inventory.isEmpty()
        && !store->importInventory(result.inventory, result.report, files, nullptr, &error)) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    out() << Tr::tr("%1: imported %2 of %3 rows from %n file(s) (%4 errors, %5 warnings); the "
                    "project holds %6 items.", nullptr, static_cast<int>(files.size()))
                 .arg(projectPath)
                 .arg(result.inventory.size())
                 .arg(result.report.rowsRead)
                 .arg(result.report.errorCount())
                 .arg(result.report.warningCount())
                 .arg(store->itemCount())
          << "\n";
    out().flush();
    return inputErrors ? kExitInputErrors : kExitOk;
}

} // namespace slimplan::cli
