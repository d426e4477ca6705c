#pragma once
// What the CLI commands share: argument parsing with the 0/1/2 exit contract, --lang/--as-of and
// the output options, printing import problems as FILE:SHEET:ROW:COLUMN: message, and writing a
// plan to the requested outputs.

#include "import/importreport.h"
#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <optional>

namespace slimplan::cli {

QTextStream &out();
QTextStream &err();

// Parses args (args[0] = command name). On --help prints the help to stdout and sets *exitCode 0;
// on an unknown option or a bad value prints the problem and the help to stderr and sets
// *exitCode 2. Returns true when the command should go on.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode);
// parseArguments(), then --lang and, for commands that have it, --as-of: what every command does
// first. nullopt when the command must end now, with *exitCode set (0 after --help, 2 for bad
// usage); otherwise the --as-of date (today when absent, or when !withAsOf: no such option).
std::optional<QDate> parseCommand(QCommandLineParser &parser, const QStringList &args,
                                  const QString &command, int *exitCode, bool withAsOf = true);
// Prints "COMMAND: problem" and a hint to stderr; returns 2.
int usageError(const QString &command, const QString &problem);

// --lang zh_CN|en and --as-of YYYY-MM-DD.
void addLanguageOption(QCommandLineParser &parser);
void addAsOfOption(QCommandLineParser &parser);
// Installs --lang (or the system's language). False (message printed) for an unknown language.
bool applyLanguage(const QCommandLineParser &parser, const QString &command);
// --as-of, or today when absent; nullopt (message printed) for a malformed or impossible date.
std::optional<QDate> asOfDate(const QCommandLineParser &parser, const QString &command);

// --prepared-by NAME, for the cover of the PDF reports.
void addPreparedByOption(QCommandLineParser &parser);
// The options every report of a command shares: --lang (default zh_CN, whatever the locale) and
// --prepared-by.
ReportOptions reportOptionsOf(const QCommandLineParser &parser);

// --json/--pdf/--xlsx/--csv OUT.
struct PlanOutputs
{
    QString json;
    QString pdf;
    QString xlsx;
    QString csv;
    bool any() const { return !json.isEmpty() || !pdf.isEmpty() || !xlsx.isEmpty() || !csv.isEmpty(); }
};
void addOutputOptions(QCommandLineParser &parser);
PlanOutputs outputsOf(const QCommandLineParser &parser);

// Every issue as FILE:SHEET:ROW:COLUMN: message.
void printIssues(const ImportReport &report);
// A problem with a whole file (project, policy profile, output): FILE:::: message.
void printFileProblem(const QString &file, const QString &message);

// Writes the plan to every requested output; with none, prints the summary to stdout.
// Returns 0, or 1 when an output could not be written (the problem printed).
int writePlanOutputs(const Inventory &inventory, const Plan &plan, const PlanOutputs &outputs,
                     const ReportOptions &options);

// "Before 20 (apps 8, accounts 6, groups 6) → after 14: −30.0 %" and the action counts.
void printPlanSummary(const Plan &plan);

} // namespace slimplan::cli
