// slimplan-cli scenario --project P (--list | --create NAME [--policy PROFILE.json] [--from NAME]
//              | --compare A B [--json OUT.json] | --promote NAME) [--as-of YYYY-MM-DD]
// Named scenarios (issue #20): "baseline" (or "plan") names the plan itself.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "plan/scenarioplan.h"
#include "report/planjson.h"
#include "report/trackingjson.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Scenario)
};

QByteArray jsonString(const QString &s)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("s"), s}}).toJson(QJsonDocument::Compact).mid(5).chopped(1);
}

bool writeCompareJson(const ScenarioComparison &c, const QString &path, QString *error)
{
    QByteArray buf = "{\"a\": " + jsonString(c.a) + ", \"b\": " + jsonString(c.b) + ", \"summary\": {\"a\": "
                     + summaryJson(c.planA.summary) + ", \"b\": " + summaryJson(c.planB.summary)
                     + "}, \"changed\": [";
    for (std::size_t i = 0; i < c.changed.size(); ++i) {
        const ScenarioChange &ch = c.changed[i];
        buf += (i ? ",\n  " : "\n  ") + QByteArray("{\"id\": ") + jsonString(ch.id) + ", \"a\": \""
               + actionName(ch.a).toLatin1() + "\", \"b\": \"" + actionName(ch.b).toLatin1() + "\"}";
    }
    buf += c.changed.empty() ? "]}\n" : "\n]}\n";
    return writeJsonFile(buf, path, error);
}

int listScenarios(const ProjectStore &store)
{
    printLine(Tr::tr("baseline (the plan itself)"));
    for (const ScenarioInfo &s : store.scenarios()) {
        printLine(Tr::tr("%1 — zombie after %2 days, overlap ≥ %3, from %4, %n decision(s)", nullptr,
                         static_cast<int>(store.scenarioOverrides(s.name).size()))
                      .arg(s.name)
                      .arg(s.profile.zombieDays)
                      .arg(s.profile.overlapThreshold)
                      .arg(s.createdFrom.isEmpty() ? QStringLiteral("baseline") : s.createdFrom));
    }
    return kExitOk;
}

int compare(const Command &cmd, const ProjectStore &store, const QString &projectPath, const QDate &asOf)
{
    const QStringList names = QStringList{cmd.value(QStringLiteral("compare"))} + cmd.parser.positionalArguments();
    if (names.size() != 2)
        return cmd.usageError(Tr::tr("--compare takes two scenario names: --compare A B"));
    for (const QString &n : names) {
        if (!ProjectStore::isBaselineName(n) && !store.scenario(n))
            return cmd.usageError(Tr::tr("there is no scenario named '%1' in %2").arg(n, projectPath));
    }
    QString error;
    const std::optional<ScenarioComparison> c =
        compareScenarios(store, store.loadInventory(), names[0], names[1], asOf, &error);
    if (!c) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    printLine(Tr::tr("%1: %2 → %3 items; %4: %5 → %6 items; %n item(s) differ", nullptr,
                     static_cast<int>(c->changed.size()))
                  .arg(c->a).arg(c->planA.summary.before.total()).arg(c->planA.summary.after.total())
                  .arg(c->b).arg(c->planB.summary.before.total()).arg(c->planB.summary.after.total()));
    const QString json = cmd.value(QStringLiteral("json"));
    if (!json.isEmpty() && !writeCompareJson(*c, json, &error)) {
        printFileProblem(json, error);
        return kExitInputErrors;
    }
    return kExitOk;
}
} // namespace

int runScenario(const QStringList &args)
{
    Command cmd(QStringLiteral("scenario"),
        Tr::tr("Named scenarios: a policy profile and decisions of their own over the project's items; "
               "the plan itself (the baseline) is not changed by them. 'baseline' (or 'plan') names the "
               "plan in --from and --compare.\n"
               "Exit status: 0 success, 1 the project could not be read or written, 2 bad usage."));
    cmd.parser.addPositionalArgument(QStringLiteral("B"), Tr::tr("The second scenario of --compare."), QStringLiteral("[B]"));
    cmd.parser.addOption({QStringLiteral("project"), Tr::tr("The project."), QStringLiteral("P.slimplan")});
    cmd.parser.addOption({QStringLiteral("list"), Tr::tr("List the scenarios.")});
    cmd.parser.addOption({QStringLiteral("create"), Tr::tr("Create a scenario."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("policy"), Tr::tr("Policy profile (JSON) of the new scenario."), QStringLiteral("PROFILE.json")});
    cmd.parser.addOption({QStringLiteral("from"), Tr::tr("Copy the new scenario from this one (default: baseline)."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("compare"), Tr::tr("Compare scenarios A and B."), QStringLiteral("A")});
    cmd.parser.addOption({QStringLiteral("json"), Tr::tr("Write the comparison as JSON."), QStringLiteral("OUT.json")});
    cmd.parser.addOption({QStringLiteral("promote"), Tr::tr("Make this scenario the plan."), QStringLiteral("NAME")});
    const std::optional<QDate> asOf = cmd.parse(args, kAsOfOption);
    if (!asOf)
        return cmd.exitCode;
    const QString projectPath = cmd.value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return cmd.usageError(Tr::tr("--project P.slimplan is required"));
    const int modes = int(cmd.isSet(QStringLiteral("list"))) + int(cmd.isSet(QStringLiteral("create")))
                      + int(cmd.isSet(QStringLiteral("compare"))) + int(cmd.isSet(QStringLiteral("promote")));
    if (modes != 1)
        return cmd.usageError(Tr::tr("give exactly one of --list, --create, --compare, --promote"));
    if (!cmd.isSet(QStringLiteral("compare")) && !cmd.parser.positionalArguments().isEmpty())
        return cmd.usageError(Tr::tr("unexpected argument '%1'").arg(cmd.parser.positionalArguments().constFirst()));
    std::unique_ptr<ProjectStore> store = openProject(projectPath);
    if (!store)
        return kExitInputErrors;
    if (cmd.isSet(QStringLiteral("list")))
        return listScenarios(*store);
    if (cmd.isSet(QStringLiteral("compare")))
        return compare(cmd, *store, projectPath, *asOf);
    QString error;
    if (cmd.isSet(QStringLiteral("promote"))) {
        const QString name = cmd.value(QStringLiteral("promote"));
        if (!store->scenario(name))
            return cmd.usageError(Tr::tr("there is no scenario named '%1' in %2").arg(name, projectPath));
        if (!promoteScenario(*store, store->loadInventory(), name, *asOf, QString(), &error)) {
            printFileProblem(projectPath, error);
            return kExitInputErrors;
        }
        printLine(Tr::tr("Scenario %1 is now the plan.").arg(name));
        return kExitOk;
    }
    const QString name = cmd.value(QStringLiteral("create"));
    const QString from = cmd.value(QStringLiteral("from"));
    if (ProjectStore::isBaselineName(name) || store->scenario(name))
        return cmd.usageError(Tr::tr("'%1' cannot be the name of a new scenario").arg(name));
    if (!ProjectStore::isBaselineName(from) && !store->scenario(from))
        return cmd.usageError(Tr::tr("there is no scenario named '%1' in %2").arg(from, projectPath));
    std::optional<PolicyProfile> profile;
    if (cmd.isSet(QStringLiteral("policy"))) {
        profile = PolicyProfile::fromFile(cmd.value(QStringLiteral("policy")), &error);
        if (!error.isEmpty()) {
            printFileProblem(cmd.value(QStringLiteral("policy")), error);
            return kExitInputErrors;
        }
    }
    if (!store->createScenario(name, from, profile, QString(), &error)) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    printLine(Tr::tr("Created scenario %1.").arg(name));
    return kExitOk;
}

} // namespace slimplan::cli
