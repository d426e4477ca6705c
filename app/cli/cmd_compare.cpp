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

// Each project's summary, in the order given; nullopt when one could not be opened (printed).
std::optional<std::vector<RegionSummary>> regionSummaries(const QStringList &projects,
                                                          const QDate &asOf)
{
    std::vector<RegionSummary> regions;
    bool failed = false;
    for (const QString &path : projects) {
        std::unique_ptr<ProjectStore> store = openProject(path);
        if (!store) {
            failed = true;
            continue;
        }
        const Inventory inventory = store->loadInventory();
        const Plan plan = currentPlan(*store, inventory, asOf);
        regions.push_back({store->regionName(), store->regionCode(), plan.summary});
    }
    if (failed)
        return std::nullopt;
    return regions;
}

void printRegionSummaries(const std::vector<RegionSummary> &regions)
{
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
} // namespace

int runCompare(const QStringList &args)
{
    Command cmd(QStringLiteral("compare"),
        Tr::tr("Compares the plans of several regions' projects: before/after counts, reduction "
               "and cost saved, one entry per project in the order given. A project's saved plan "
               "is used (with its overrides); one without a current plan is planned with its own "
               "policy profile as of --as-of (default today). Projects are not changed.\n"
               "Exit status: 0 success, 1 a project could not be read or an output written, "
               "2 bad usage."));
    cmd.parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("Projects to compare."),
                                     QStringLiteral("P1.slimplan P2.slimplan..."));
    cmd.parser.addOption({QStringLiteral("json"),
                          Tr::tr("Write the comparison as JSON (\"-\" = stdout)."),
                          QStringLiteral("OUT.json")});
    cmd.parser.addOption({QStringLiteral("pdf"), Tr::tr("Write the comparison as a PDF report."),
                          QStringLiteral("OUT.pdf")});
    const std::optional<QDate> asOf = cmd.parse(args, kAsOfOption | kPreparedByOption);
    if (!asOf)
        return cmd.exitCode;
    const QStringList projects = cmd.parser.positionalArguments();
    if (projects.isEmpty())
        return cmd.usageError(Tr::tr("no projects to compare"));

    const std::optional<std::vector<RegionSummary>> regions = regionSummaries(projects, *asOf);
    if (!regions)
        return kExitInputErrors;

    QString error;
    const QString json = cmd.value(QStringLiteral("json"));
    const QString pdf = cmd.value(QStringLiteral("pdf"));
    if (!json.isEmpty() && !writeCompareJson(*regions, json, &error)) {
        printFileProblem(json, error);
        return kExitInputErrors;
    }
    if (!pdf.isEmpty() && !writeComparePdf(*regions, reportOptionsOf(cmd.parser), pdf, &error)) {
        printFileProblem(pdf, error);
        return kExitInputErrors;
    }
    if (json.isEmpty() && pdf.isEmpty())
        printRegionSummaries(*regions);
    return kExitOk;
}

} // namespace slimplan::cli
