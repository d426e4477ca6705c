// slimplan-cli survey --project P --out DIR [--lang]
// Writes one pre-filled 核查表 .xlsx per unit (owner) of the project into DIR, prints one line per
// file and a summary, and records the sheets in the project (the campaign's "who was asked").
// The items themselves are not changed.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "report/surveyxlsx.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Survey)
};

void printBatch(const SurveyBatch &batch, const QString &folder)
{
    int items = 0;
    for (const SurveyRecord &s : batch.written) {
        printLine(Tr::tr("%1 — %2: %n item(s)", nullptr, s.items).arg(QDir(folder).filePath(s.file), s.owner));
        items += s.items;
    }
    printLine(Tr::tr("Wrote %n survey sheet(s) to %1 with %2 items.", nullptr,
                     static_cast<int>(batch.written.size()))
                  .arg(folder)
                  .arg(items));
    if (batch.unownedItems > 0)
        printLine(Tr::tr("%n item(s) name no unit (主办单位) and are in no sheet.", nullptr, batch.unownedItems));
}
} // namespace

int runSurvey(const QStringList &args)
{
    Command cmd(QStringLiteral("survey"),
        Tr::tr("Writes one survey sheet (核查表, .xlsx) per unit (owner) of the project: the unit's items "
               "pre-filled, a hidden identity column, drop-down lists, the missing facts marked, empty "
               "rows for new items and an instructions sheet. A returned sheet imports like any ledger "
               "and updates the same items. The sheets written are recorded in the project.\n"
               "Exit status: 0 success, 1 the project or a sheet could not be read or written, 2 bad usage."));
    cmd.parser.addOption({QStringLiteral("project"), Tr::tr("The project whose units to survey."),
                          QStringLiteral("P.slimplan")});
    cmd.parser.addOption({QStringLiteral("out"), Tr::tr("The folder to write the sheets into (created if missing)."),
                          QStringLiteral("DIR")});
    if (!cmd.parse(args, 0))
        return cmd.exitCode;
    const QString projectPath = cmd.value(QStringLiteral("project"));
    const QString folder = cmd.value(QStringLiteral("out"));
    if (projectPath.isEmpty())
        return cmd.usageError(Tr::tr("--project P.slimplan is required"));
    if (folder.isEmpty())
        return cmd.usageError(Tr::tr("--out DIR is required"));
    if (!cmd.parser.positionalArguments().isEmpty())
        return cmd.usageError(Tr::tr("unexpected argument '%1'").arg(cmd.parser.positionalArguments().constFirst()));
    if (!QFileInfo::exists(projectPath)) {
        printFileProblem(projectPath, Tr::tr("No such project"));
        return kExitInputErrors;
    }
    std::unique_ptr<ProjectStore> store = openProject(projectPath);
    if (!store)
        return kExitInputErrors;
    const Inventory inventory = store->loadInventory();
    if (inventory.isEmpty()) {
        printFileProblem(projectPath, Tr::tr("The project holds no items: there is nothing to survey"));
        return kExitInputErrors;
    }
    SurveyOptions options;
    options.regionName = store->regionName();
    const SurveyBatch batch = SurveyXlsx::writeAll(inventory, options, folder);
    printBatch(batch, folder);
    QString error;
    if (!batch.written.empty() && !store->recordSurveys(batch.written, &error)) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    if (!batch.error.isEmpty()) {
        printFileProblem(folder, batch.error);
        return kExitInputErrors;
    }
    return kExitOk;
}

} // namespace slimplan::cli
