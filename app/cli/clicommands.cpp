#include "cli/clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Commands)
};

QString overview()
{
    return Tr::tr("usage: slimplan-cli COMMAND [OPTIONS]\n"
                  "commands:\n"
                  "  import FILE... --project P.slimplan   add inventory files to a project\n"
                  "  plan FILE...|--project P.slimplan     recommend an action for every item\n"
                  "  demo                                  plan the embedded demo region\n"
                  "  compare P1.slimplan P2.slimplan...    compare the plans of several regions\n"
                  "  progress P.slimplan                   what closed and rebounded since the first snapshot\n"
                  "  survey --project P --out DIR          one pre-filled survey sheet (核查表) per unit\n"
                  "  notices --project P --out DIR         one rectification notice per unit with actions\n"
                  "  track --project P                     track each action: planned → notified → done → verified\n"
                  "  precheck --project P FILE|--name N    立项预审: check a proposed app (--json, --pdf 预审意见)\n"
                  "  scenario --project P                  named scenarios: list, create, compare, promote\n"
                  "  generate --items N --out FILE         write a synthetic ledger\n"
                  "Run 'slimplan-cli COMMAND --help' for the options of a command.\n"
                  "Exit status: 0 success, 1 the input had errors, 2 bad usage.\n");
}

struct CommandEntry
{
    const char *name;
    int (*run)(const QStringList &args);
};
const CommandEntry kCommands[] = {
    {"import", runImport},   {"plan", runPlan},         {"demo", runDemo},
    {"compare", runCompare}, {"progress", runProgress}, {"generate", runGenerate},
    {"survey", runSurvey},   {"notices", runNotices},   {"track", runTrack},
    {"scenario", runScenario},
    {"precheck", runPrecheck},
};
} // namespace

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << overview();
        return kExitUsage;
    }
    const QString command = arguments.at(1);
    for (const CommandEntry &entry : kCommands) {
        if (command == QLatin1String(entry.name))
            return entry.run(arguments.mid(1));
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        QTextStream(stdout) << overview();
        return kExitOk;
    }
    err << Tr::tr("slimplan-cli: unknown command '%1'").arg(command) << "\n" << overview();
    return kExitUsage;
}

} // namespace slimplan::cli
