// slimplan-cli plan FILE...|--project P.slimplan [--policy PROFILE.json] [--as-of YYYY-MM-DD]
//              [--json OUT] [--pdf OUT] [--docx OUT] [--xlsx OUT] [--csv OUT] [--lang zh_CN|en]

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "plan/planner.h"
#include "plan/scenarioplan.h"
#include "report/trackingjson.h"
#include "store/projectstore.h"
#include "util/i18n.h"

#include <QCoreApplication>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Plan)
};

// --policy, if given: the profile, or nullopt with *failed set when it cannot be read (printed).
std::optional<PolicyProfile> policyOption(const Command &cmd, bool *failed)
{
    if (!cmd.isSet(QStringLiteral("policy")))
        return std::nullopt;
    const QString policyPath = cmd.value(QStringLiteral("policy"));
    QString error;
    PolicyProfile profile = PolicyProfile::fromFile(policyPath, &error);
    if (!error.isEmpty()) {
        printFileProblem(policyPath, error);
        *failed = true;
        return std::nullopt;
    }
    return profile;
}

// The inventory files read in memory; *inputErrors when they had errors (printed).
Inventory importInMemory(const QStringList &files, bool *inputErrors)
{
    ImportOptions importOptions;
    // Nothing is stored, so the salt only has to be the same for every file of this run;
    // a fixed one keeps the plan of the same files the same from run to run.
    importOptions.memberSalt = QByteArrayLiteral("slimplan-cli-mem");
    ImportResult result = importFiles(files, importOptions, nullptr);
    printIssues(result.report);
    *inputErrors = hasInputErrors(result.report);
    return std::move(result.inventory);
}
} // namespace

int runPlan(const QStringList &args)
{
    Command cmd(QStringLiteral("plan"),
        Tr::tr("Recommends keep, rectify, merge, migrate or shut down for every item of the "
               "inventory files (read in memory) or of a project, and writes the plan. A project "
               "keeps the plan, with the official's overrides applied on top.\n"
               "The policy profile is --policy, else the project's, else the defaults.\n"
               "Import problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message; the good "
               "rows are still planned.\n"
               "Exit status: 0 success, 1 the input had errors, 2 bad usage."));
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Inventory files to plan."),
                                     QStringLiteral("[FILE...]"));
    cmd.parser.addOption({QStringLiteral("project"), Tr::tr("Plan the items of this project."),
                          QStringLiteral("P.slimplan")});
    cmd.parser.addOption({QStringLiteral("policy"), Tr::tr("Policy profile (JSON) to plan with."),
                          QStringLiteral("PROFILE.json")});
    cmd.parser.addOption({QStringLiteral("scenario"),
                          Tr::tr("Plan under this named scenario of the project (its profile and decisions; "
                                 "the saved plan is not changed)."),
                          QStringLiteral("NAME")});
    const std::optional<QDate> asOf = cmd.parse(args, kAsOfOption | kPlanOutputOptions | kPreparedByOption);
    if (!asOf)
        return cmd.exitCode;
    const QStringList files = cmd.parser.positionalArguments();
    const QString projectPath = cmd.value(QStringLiteral("project"));
    if (files.isEmpty() == projectPath.isEmpty())
        return cmd.usageError(Tr::tr("give either inventory files or --project P.slimplan"));

    bool failed = false;
    std::optional<PolicyProfile> profile = policyOption(cmd, &failed);
    if (failed)
        return kExitInputErrors;

    Inventory inventory;
    std::unique_ptr<ProjectStore> store;
    ReportOptions options = reportOptionsOf(cmd.parser);
    bool inputErrors = false;
    if (!projectPath.isEmpty()) {
        store = openProject(projectPath);
        if (!store)
            return kExitInputErrors;
        inventory = store->loadInventory();
        if (!profile)
            profile = store->policyProfile();
        options.regionName = store->regionName();
        options.decisionLog = std::make_shared<const std::vector<DecisionLogEntry>>(store->decisionLog());
        options.tracking = std::make_shared<const std::vector<TrackingStatus>>(store->trackingStates());
        if (auto later = store->laterSnapshotItemIds())
            options.laterItemIds = std::make_shared<const QSet<QString>>(std::move(*later));
    } else {
        inventory = importInMemory(files, &inputErrors);
    }

    const QString scenario = cmd.value(QStringLiteral("scenario"));
    if (!scenario.isEmpty() && (!store || (!ProjectStore::isBaselineName(scenario) && !store->scenario(scenario))))
        return cmd.usageError(store ? Tr::tr("there is no scenario named '%1' in %2").arg(scenario, projectPath)
                                    : Tr::tr("--scenario needs --project P.slimplan"));
    if (!scenario.isEmpty() && !ProjectStore::isBaselineName(scenario)) {
        const Plan plan = *scenarioPlan(*store, inventory, scenario, *asOf);
        return writePlanOutputs(inventory, plan, outputsOf(cmd.parser), options);
    }
    Plan plan = makePlan(inventory, profile.value_or(PolicyProfile()), *asOf, nullptr);
    if (store) {
        plan.overrides = store->overrides();
        applyOverrides(inventory, plan);
        QString error;
        if (!store->savePlan(plan, inventory, &error)) {
            printFileProblem(projectPath, error);
            return kExitInputErrors;
        }
    }
    PlanOutputs outputs = outputsOf(cmd.parser);
    if (store)
        outputs.documentMeta = store->documentSettings();
    // A project's plan JSON carries each item's tracking state and deadline (issue #18); the
    // files' plan has every item planned, as writePlanOutputs writes it.
    if (options.tracking && !outputs.json.isEmpty()) {
        QString error;
        if (!writePlanJson(inventory, plan, options.chinese(), *options.tracking, outputs.json, nullptr, &error)) {
            printFileProblem(outputs.json, error);
            inputErrors = true;
        }
        outputs.json.clear();
        if (!outputs.any())
            return inputErrors ? kExitInputErrors : kExitOk;
    }
    const int written = writePlanOutputs(inventory, plan, outputs, options);
    return inputErrors || written != kExitOk ? kExitInputErrors : kExitOk;
}

} // namespace slimplan::cli
