#pragma once
// The headless commands of slimplan-cli (DESIGN.md's command-line contract). Each command lives
// in its own file (cmd_<name>.cpp) and gets the arguments from its own name on: args[0] is the
// command name ("plan"), which QCommandLineParser takes for the program name.

#include <QStringList>

namespace slimplan::cli {

// Exit status of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1; // the input had errors, each printed to stderr
inline constexpr int kExitUsage = 2;

// Dispatches on arguments[1]; arguments[0] is the program.
int run(const QStringList &arguments);

int runImport(const QStringList &args);
int runPlan(const QStringList &args);
int runDemo(const QStringList &args);
int runCompare(const QStringList &args);
int runGenerate(const QStringList &args);
int runProgress(const QStringList &args);
int runSurvey(const QStringList &args);
int runNotices(const QStringList &args);
int runTrack(const QStringList &args);
int runScenario(const QStringList &args);
int runPrecheck(const QStringList &args);

} // namespace slimplan::cli
