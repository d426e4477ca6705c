#pragma once
// What the CLI commands share: argument parsing with the 0/1/2 exit contract, --lang/--as-of and
// the output options, opening a project, printing import problems as FILE:SHEET:ROW:COLUMN:
// message, and writing a plan to the requested outputs.

#include "import/importreport.h"
#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"
#include "store/projectstore.h"

#include <QHash>
#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace slimplan::cli {

QTextStream &out();
QTextStream &err();

// The options several commands share. Command::parse() adds them after the command's own, always
// in the order --as-of, the plan outputs, --lang, --prepared-by, so every --help lists them alike.
// Every command has --lang.
enum SharedOption : unsigned {
    kAsOfOption = 1u << 0,
    kPlanOutputOptions = 1u << 1, // --json/--pdf/--xlsx/--csv for a plan
    kPreparedByOption = 1u << 2,
};

// One run of a command: its name (for the messages) and its parser. Construct it, add the
// command's own positional arguments and options to `parser`, then parse(): what every command
// does first, with the 0/1/2 exit contract.
struct Command
{
    Command(const QString &name, const QString &description);

    // Adds the shared options, parses args (args[0] = command name), installs --lang and reads
    // --as-of. nullopt when the command must end now, with exitCode set (0 after --help, 2 for bad
    // usage); otherwise the --as-of date (today when absent, or when it is not an option here).
    std::optional<QDate> parse(const QStringList &args, unsigned shared);
    // usageError() for this command.
    int usageError(const QString &problem) const;
    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }

    QString name;
    QCommandLineParser parser;
    int exitCode = 0;
};

// Prints "COMMAND: problem" and a hint to stderr; returns 2.
int usageError(const QString &command, const QString &problem);

// The options every report of a command shares: --lang (default zh_CN, whatever the locale) and
// --prepared-by.
ReportOptions reportOptionsOf(const QCommandLineParser &parser);

// The plan outputs the user asked for (kPlanOutputOptions): --json/--pdf/--docx/--xlsx/--csv OUT.
struct PlanOutputs
{
    QString json;
    QString pdf;
    QString xlsx;
    QString csv;
    QString style;                          // --style gongwen|report; empty = by the language
    QHash<QString, QString> documentMeta;   // the project's 公文 settings (ProjectStore::documentSettings)
    QString docx;                           // --docx OUT: the 公文 as an editable Word document
    bool any() const
    {
        return !json.isEmpty() || !pdf.isEmpty() || !xlsx.isEmpty() || !csv.isEmpty() || !docx.isEmpty();
    }
};
PlanOutputs outputsOf(const QCommandLineParser &parser);

// Every issue as FILE:SHEET:ROW:COLUMN: message.
void printIssues(const ImportReport &report);
// Errors in a row or a whole file refused: the input had errors (exit status 1).
bool hasInputErrors(const ImportReport &report);
// A problem with a whole file (project, policy profile, output): FILE:::: message.
void printFileProblem(const QString &file, const QString &message);
// Opens (or creates) the project; null when it cannot, the problem printed as FILE:::: message.
std::unique_ptr<ProjectStore> openProject(const QString &path);
// Prints one line to stdout, at once (stdout and stderr interleave in the order they happen).
void printLine(const QString &line);

// Writes the plan to every requested output; with none, prints the summary to stdout.
// Returns 0, or 1 when an output could not be written (the problem printed).
int writePlanOutputs(const Inventory &inventory, const Plan &plan, const PlanOutputs &outputs,
                     const ReportOptions &options);

// "Before 20 (apps 8, accounts 6, groups 6) → after 14: −30.0 %" and the action counts.
void printPlanSummary(const Plan &plan);

} // namespace slimplan::cli
