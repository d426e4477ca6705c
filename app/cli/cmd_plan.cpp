// slimplan-cli plan FILE...|--project P.slimplan [--policy PROFILE.json] [--as-of YYYY-MM-DD]
//              [--json OUT] [--pdf OUT] [--xlsx OUT] [--csv OUT] [--lang zh_CN|en]

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "plan/planner.h"
#include "store/projectstore.h"
#include "util/i18n.h"

#include <QCoreApplication>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Plan)
};
} // namespace

int runPlan(const QStringList &args)
{
    const QString command = QStringLiteral("plan");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Recommends keep, rectify, merge, migrate or shut down for every item of the "
               "inventory files (read in memory) or of a project, and writes the plan. A project "
               "keeps the plan, with the official's overrides applied on top.\n"
               "The policy profile is --policy, else the project's, else the defaults.\n"
               "Import problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message; the good "
               "rows are still planned.\n"
               "Exit status: 0 success, 1 the input had errors, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Inventory files to plan."),
                                 QStringLiteral("[FILE...]"));
    parser.addOption({QStringLiteral("project"), Tr::tr("Plan the items of this project."),
                      QStringLiteral("P.slimplan")});
    parser.addOption({QStringLiteral("policy"), Tr::tr("Policy profile (JSON) to plan with."),
                      QStringLiteral("PROFILE.json")});
    addAsOfOption(parser);
    addOutputOptions(parser);
    addLanguageOption(parser);
    addPreparedByOption(parser);
    int exitCode = 0;
    const std::optional<QDate> asOf = parseCommand(parser, args, command, &exitCode);
    if (!asOf)
        return exitCode;
    const QStringList files = parser.positionalArguments();
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (files.isEmpty() == projectPath.isEmpty())
        return usageError(command, Tr::tr("give either inventory files or --project P.slimplan"));

    bool inputErrors = false;
    QString error;
    std::optional<PolicyProfile> profile;
    if (parser.isSet(QStringLiteral("policy"))) {
        const QString policyPath = parser.value(QStringLiteral("policy"));
        error.clear();
        PolicyProfile p = PolicyProfile::fromFile(policyPath, &error);
        if (!error.isEmpty()) {
            printFileProblem(policyPath, error);
            return kExitInputErrors;
        }
        profile = p;
    }

    Inventory inventory;
    std::unique_ptr<ProjectStore> store;
    ReportOptions options = reportOptionsOf(parser);
    if (!projectPath.isEmpty()) {
        store = ProjectStore::open(projectPath, &error);
        if (!store) {
            printFileProblem(projectPath, error);
            return kExitInputErrors;
        }
        inventory = store->loadInventory();
        if (!profile)
            profile = store->policyProfile();
        options.regionName = store->regionName();
    } else {
        ImportOptions importOptions;
        // Nothing is stored, so the salt only has to be the same for every file of this run;
        // a fixed one keeps the plan of the same files the same from run to run.
        importOptions.memberSalt = QByteArrayLiteral("slimplan-cli-mem");
        ImportResult result = importFiles(files, importOptions, nullptr);
        printIssues(result.report);
        inputErrors = result.report.hasErrors() || result.report.filesRefused > 0;
        inventory = std::move(result.inventory);
    }

    Plan plan = makePlan(inventory, profile.value_or(PolicyProfile()), *asOf, nullptr);
    if (store) {
        plan.overrides = store->overrides();
        applyOverrides(inventory, plan);
        if (!store->savePlan(plan, inventory, &error)) {
            printFileProblem(projectPath, error);
            return kExitInputErrors;
        }
    }
    const int written = writePlanOutputs(inventory, plan, outputsOf(parser), options);
    return inputErrors || written != kExitOk ? kExitInputErrors : kExitOk;
}

} // namespace slimplan::cli
