#include "cli/clicommon.h"

#include "cli/clicommands.h"
#include "report/comparepdf.h"
#include "report/csvexport.h"
#include "report/docxwriter.h"
#include "report/planjson.h"
#include "report/gongwenpdf.h"
#include "report/planpdf.h"
#include "report/planxlsx.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Common)
};
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &command, const QString &problem)
{
    err() << command << ": " << problem << "\n"
          << Tr::tr("Run 'slimplan-cli %1 --help' for usage.").arg(command) << "\n";
    err().flush();
    return kExitUsage;
}

namespace {
void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"),
                      Tr::tr("Language of the reasons and reports: zh_CN or en (default: zh_CN; "
                             "messages follow the system's language)."),
                      QStringLiteral("zh_CN|en")});
}

void addAsOfOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as-of"),
                      Tr::tr("Date the rules count \"days without a post\" from (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
}

void addOutputOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Tr::tr("Write the plan as JSON (\"-\" = stdout)."),
                      QStringLiteral("OUT.json")});
    parser.addOption({QStringLiteral("pdf"), Tr::tr("Write the plan as a PDF report."),
                      QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("style"),
                      Tr::tr("Layout of the PDF: gongwen (official document, GB/T 9704) or report "
                             "(default: gongwen for zh_CN, report for en)."),
                      QStringLiteral("gongwen|report")});
    parser.addOption({QStringLiteral("docx"),
                      Tr::tr("Write the plan as an official document (公文) to edit in Word or WPS."),
                      QStringLiteral("OUT.docx")});
    parser.addOption({QStringLiteral("xlsx"), Tr::tr("Write the plan as an Excel workbook."),
                      QStringLiteral("OUT.xlsx")});
    parser.addOption({QStringLiteral("csv"),
                      Tr::tr("Write the items with their actions as CSV for Excel (\"-\" = stdout)."),
                      QStringLiteral("OUT.csv")});
}

void addPreparedByOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("prepared-by"),
                      Tr::tr("Who prepared the plan, for the report's cover (编制单位/编制人)."),
                      QStringLiteral("NAME")});
}

bool applyLanguage(const QCommandLineParser &parser, const QString &command)
{
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                               : defaultLanguage();
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en")
        && lang != QLatin1String("zh")) {
        usageError(command, Tr::tr("unknown language '%1' (use zh_CN or en)").arg(lang));
        return false;
    }
    installTranslations(lang);
    return true;
}

std::optional<QDate> asOfDate(const QCommandLineParser &parser, const QString &command)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QString text = parser.value(QStringLiteral("as-of"));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        usageError(command, Tr::tr("--as-of needs a date as YYYY-MM-DD, not '%1'").arg(text));
        return std::nullopt;
    }
    return d;
}

// On --help prints the help to stdout and sets *exitCode 0; on an unknown option or a bad value
// prints the problem and the help to stderr and sets *exitCode 2. True when the command goes on.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << args.value(0) << ": " << parser.errorText() << "\n\n" << parser.helpText();
        err().flush();
        *exitCode = kExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        *exitCode = kExitOk;
        return false;
    }
    return true;
}

} // namespace

Command::Command(const QString &name, const QString &description)
    : name(name)
{
    parser.setApplicationDescription(description);
}

std::optional<QDate> Command::parse(const QStringList &args, unsigned shared)
{
    if (shared & kAsOfOption)
        addAsOfOption(parser);
    if (shared & kPlanOutputOptions)
        addOutputOptions(parser);
    addLanguageOption(parser);
    if (shared & kPreparedByOption)
        addPreparedByOption(parser);
    if (!parseArguments(parser, args, &exitCode))
        return std::nullopt;
    exitCode = kExitUsage;
    if (!applyLanguage(parser, name))
        return std::nullopt;
    std::optional<QDate> asOf = (shared & kAsOfOption) ? asOfDate(parser, name) : QDate::currentDate();
    if (asOf)
        exitCode = kExitOk;
    return asOf;
}

int Command::usageError(const QString &problem) const
{
    return cli::usageError(name, problem);
}

ReportOptions reportOptionsOf(const QCommandLineParser &parser)
{
    // Reports are Chinese unless --lang says otherwise: they go to Chinese offices whatever the
    // locale of the machine that wrote them.
    ReportOptions options;
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                               : QStringLiteral("zh_CN");
    options.language = lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (parser.isSet(QStringLiteral("prepared-by")))
        options.preparedBy = parser.value(QStringLiteral("prepared-by")).trimmed();
    return options;
}

PlanOutputs outputsOf(const QCommandLineParser &parser)
{
    PlanOutputs outputs{parser.value(QStringLiteral("json")), parser.value(QStringLiteral("pdf")),
                        parser.value(QStringLiteral("xlsx")), parser.value(QStringLiteral("csv")),
                        parser.value(QStringLiteral("style")).trimmed().toLower(), {},
                        parser.value(QStringLiteral("docx"))};
    return outputs;
}

void printIssues(const ImportReport &report)
{
    for (const ImportIssue &issue : report.issues)
        err() << issue.toLine() << "\n";
    err().flush();
}

bool hasInputErrors(const ImportReport &report)
{
    return report.hasErrors() || report.filesRefused > 0;
}

void printFileProblem(const QString &file, const QString &message)
{
    ImportIssue issue;
    issue.file = file;
    issue.message = message;
    err() << issue.toLine() << "\n";
    err().flush();
}

std::unique_ptr<ProjectStore> openProject(const QString &path)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store)
        printFileProblem(path, error);
    return store;
}

void printLine(const QString &line)
{
    out() << line << "\n";
    out().flush();
}

namespace {
// The plan PDF in the style asked for: 公文 (plan document) or the report.
bool writePdfOutput(const Inventory &inventory, const Plan &plan, const PlanOutputs &outputs,
                    const ReportOptions &options, QString *error)
{
    const QString style = outputs.style.isEmpty()
                              ? (options.chinese() ? QStringLiteral("gongwen") : QStringLiteral("report"))
                              : outputs.style;
    if (style == QLatin1String("report"))
        return writePlanPdf(inventory, plan, options, outputs.pdf, nullptr, error);
    if (style != QLatin1String("gongwen")) {
        *error = Tr::tr("unknown --style \"%1\" (gongwen or report)").arg(style);
        return false;
    }
    const DocumentSettings settings = DocumentSettings::fromMeta(outputs.documentMeta);
    if (!writePlanGongwenPdf(inventory, plan, options, settings, outputs.pdf, nullptr, error))
        return false;
    for (const QString &line : gongwenFontSubstitutions(options.chinese()))
        out() << Tr::tr("Font substituted: %1").arg(line) << Qt::endl;
    return true;
}
} // namespace

int writePlanOutputs(const Inventory &inventory, const Plan &plan, const PlanOutputs &outputs,
                     const ReportOptions &options)
{
    int status = kExitOk;
    QString error;
    const bool chinese = options.chinese();
    if (!outputs.json.isEmpty() && !writePlanJson(inventory, plan, chinese, outputs.json, nullptr, &error)) {
        printFileProblem(outputs.json, error);
        status = kExitInputErrors;
    }
    if (!outputs.csv.isEmpty() && !writePlanCsv(inventory, plan, chinese, outputs.csv, nullptr, &error)) {
        printFileProblem(outputs.csv, error);
        status = kExitInputErrors;
    }
    if (!outputs.xlsx.isEmpty()
        && !writePlanXlsx(inventory, plan, options, outputs.xlsx, nullptr, &error)) {
        printFileProblem(outputs.xlsx, error);
        status = kExitInputErrors;
    }
    if (!outputs.pdf.isEmpty() && !writePdfOutput(inventory, plan, outputs, options, &error)) {
        printFileProblem(outputs.pdf, error);
        status = kExitInputErrors;
    }
    if (!outputs.docx.isEmpty()
        && !writePlanDocx(inventory, plan, options, DocumentSettings::fromMeta(outputs.documentMeta), outputs.docx,
                          &error)) {
        printFileProblem(outputs.docx, error);
        status = kExitInputErrors;
    }
    if (!outputs.any())
        printPlanSummary(plan);
    return status;
}

void printPlanSummary(const Plan &plan)
{
    const PlanSummary &s = plan.summary;
    out() << Tr::tr("Plan as of %1: %2 items before, %3 after (-%4 %); apps %5 → %6, accounts %7 → "
                    "%8, groups %9 → %10.")
                 .arg(plan.asOf.toString(Qt::ISODate))
                 .arg(s.before.total())
                 .arg(s.after.total())
                 .arg(s.reductionPctTotal, 0, 'f', 1)
                 .arg(s.before.perKind[0])
                 .arg(s.after.perKind[0])
                 .arg(s.before.perKind[1])
                 .arg(s.after.perKind[1])
                 .arg(s.before.perKind[2])
                 .arg(s.after.perKind[2])
          << "\n";
    std::array<int, kActionCount> perAction{};
    for (const Decision &d : plan.decisions)
        ++perAction[static_cast<std::size_t>(d.action)];
    QStringList parts;
    for (int a = 0; a < kActionCount; ++a)
        parts << QStringLiteral("%1 %2").arg(actionLabel(static_cast<Action>(a))).arg(perAction[static_cast<std::size_t>(a)]);
    out() << parts.join(QStringLiteral(", ")) << "\n";
    out().flush();
}

} // namespace slimplan::cli
