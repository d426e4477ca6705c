// slimplan-cli demo [--json OUT] [--pdf OUT] [--docx OUT] [--xlsx OUT] [--csv OUT] [--as-of] [--lang]
// Plans the embedded demo region (the fictional county 青溪县), read from :/demo/qingxi.csv.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "plan/planner.h"
#include "util/i18n.h"

#include <QCoreApplication>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Demo)
};
const QString kDemoFile = QStringLiteral(":/demo/qingxi.csv");
} // namespace

int runDemo(const QStringList &args)
{
    Command cmd(QStringLiteral("demo"),
        Tr::tr("Plans the embedded demo region, the fictional county 青溪县, with the default "
               "policy profile. Without an output option the summary is printed.\n"
               "Exit status: 0 success, 1 an output could not be written, 2 bad usage."));
    const std::optional<QDate> asOf = cmd.parse(args, kAsOfOption | kPlanOutputOptions | kPreparedByOption);
    if (!asOf)
        return cmd.exitCode;
    if (!cmd.parser.positionalArguments().isEmpty())
        return cmd.usageError(Tr::tr("the demo takes no files"));

    ImportOptions importOptions;
    importOptions.memberSalt = QByteArrayLiteral("slimplan-demo-16");
    const ImportResult result = importFiles({kDemoFile}, importOptions, nullptr);
    printIssues(result.report);
    if (result.inventory.isEmpty()) {
        printFileProblem(kDemoFile, Tr::tr("the demo region could not be read"));
        return kExitInputErrors;
    }
    const Plan plan = makePlan(result.inventory, PolicyProfile(), *asOf, nullptr);
    ReportOptions options = reportOptionsOf(cmd.parser);
    options.regionName = QStringLiteral("青溪县");
    const int written = writePlanOutputs(result.inventory, plan, outputsOf(cmd.parser), options);
    return result.report.hasErrors() || written != kExitOk ? kExitInputErrors : kExitOk;
}

} // namespace slimplan::cli
