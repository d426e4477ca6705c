// slimplan-cli compare P1.slimplan P2.slimplan... [--json OUT] [--pdf OUT] [--as-of] [--lang]
// One summary per project, in the order given: the saved plan (with its overrides), or a fresh
// plan with the project's policy profile when none was saved or the inventory changed since.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "plan/projectplan.h"
#include "report/comparepdf.h"
#include "report/planjson.h"
#include "store/projectstore.h"
#include "util/i18n.h"

#include <QCoreApplication>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Compare)
};
} // namespace

int runCompare(const QStringList &args)
{
    const QString command = QStringLiteral("compare");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares the plans of several regions' projects: before/after counts, reduction "
               "and cost saved, one entry per project in the order given. A project's saved plan "
               "is used (with its overrides); one without a current plan is planned with its own "
               "policy profile as of --as-of (default today). Projects are not changed.\n"
               "Exit status: 0 success, 1 a project could not be read or an output written, "
               "2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("Projects to compare."),
                                 QStringLiteral("P1.slimplan P2.slimplan..."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Write the comparison as JSON (\"-\" = stdout)."),
                      QStringLiteral("OUT.json")});
    parser.addOption({QStringLiteral("pdf"), Tr::tr("Write the comparison as a PDF report."),
                      QStringLiteral("OUT.pdf")});
    addAsOfOption(parser);
    addLanguageOption(parser);
    addPreparedByOption(parser);
    int exitCode = 0;
    const std::optional<QDate> asOf = parseCommand(parser, args, command, &exitCode);
    if (!asOf)
        return exitCode;
    const QStringList projects = parser.positionalArguments();
    if (projects.isEmpty())
        return usageError(command, Tr::tr("no projects to compare"));

    std::vector<RegionSummary> regions;
    bool failed = false;
    for (const QString &path : projects) {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store) {
            printFileProblem(path, error);
            failed = true;
            continue;
        }
        const Inventory inventory = store->loadInventory();
        const Plan plan = currentPlan(*store, inventory, *asOf);
        regions.push_back({store->regionName(), store->regionCode(), plan.summary});
    }
    if (failed)
        return kExitInputErrors;

    QString error;
    const QString json = parser.value(QStringLiteral("json"));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (!json.isEmpty() && !writeCompareJson(regions, json, &error)) {
        printFileProblem(json, error);
        return kExitInputErrors;
    }
    if (!pdf.isEmpty()) {
        const ReportOptions options = reportOptionsOf(parser);
        if (!writeComparePdf(regions, options, pdf, &error)) {
            printFileProblem(pdf, error);
            return kExitInputErrors;
        }
    }
    if (json.isEmpty() && pdf.isEmpty()) {
        for (const RegionSummary &r : regions) {
            out() << Tr::tr("%1 (%2): %3 → %4 items (-%5 %)")
                         .arg(r.name.isEmpty() ? QStringLiteral("?") : r.name,
                              r.code.isEmpty() ? QStringLiteral("?") : r.code)
                         .arg(r.summary.before.total())
                         .arg(r.summary.after.total())
                         .arg(r.summary.reductionPctTotal, 0, 'f', 1)
                  << "\n";
        }
        out().flush();
    }
    return kExitOk;
}

} // namespace slimplan::cli
