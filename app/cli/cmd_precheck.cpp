// slimplan-cli precheck --project P (FILE | --name N --owner O --functions F...) [--json OUT.json] [--pdf OUT.pdf]
// 立项预审: a proposed app or account checked against the project's inventory — the existing items
// that already do its job, the rules it would break, and a verdict. The project is not changed.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "import/normalize.h"
#include "plan/precheck.h"
#include "policy/rulecatalog.h"
#include "report/plandocument.h"
#include "report/precheckpdf.h"
#include "report/trackingjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Precheck)
};

void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("A one-row ledger describing the proposal (any supported format)."),
                                 QStringLiteral("[FILE]"));
    parser.addOptions({
        {QStringLiteral("project"), Tr::tr("The project to check against."), QStringLiteral("P.slimplan")},
        {QStringLiteral("name"), Tr::tr("Name of the proposed item."), QStringLiteral("N")},
        {QStringLiteral("owner"), Tr::tr("Owning unit."), QStringLiteral("O")},
        {QStringLiteral("functions"), Tr::tr("Functions, separated by 、 , ; or |."), QStringLiteral("F")},
        {QStringLiteral("kind"), Tr::tr("app (default), account or group."), QStringLiteral("KIND")},
        {QStringLiteral("platform"), Tr::tr("Platform (安卓/iOS, 微信公众号, …)."), QStringLiteral("PLATFORM")},
        {QStringLiteral("data-items"), Tr::tr("Data items collected, separated like --functions."),
         QStringLiteral("D")},
        {QStringLiteral("level"), Tr::tr("Level of the owner (county, township, …); default: from the owner's name."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("audience"), Tr::tr("internal, public or enterprise."), QStringLiteral("A")},
        {QStringLiteral("flags"), Tr::tr("Feature flags (check_in, ranking, …)."), QStringLiteral("FLAGS")},
        {QStringLiteral("json"), Tr::tr("Write the opinion as JSON (\"-\" = stdout)."), QStringLiteral("OUT.json")},
        {QStringLiteral("pdf"), Tr::tr("Write the opinion (预审意见) as a one-page PDF in the document style."),
         QStringLiteral("OUT.pdf")},
    });
}

// The proposal from the options; nullopt with *problem set for a bad value.
std::optional<Item> itemFromOptions(const Command &cmd, QString *problem)
{
    Item p;
    p.name = cmd.value(QStringLiteral("name")).trimmed();
    p.owner = cmd.value(QStringLiteral("owner")).trimmed();
    if (p.name.isEmpty() || p.owner.isEmpty()) {
        *problem = Tr::tr("give FILE, or --name and --owner");
        return std::nullopt;
    }
    p.functions = parseList(cmd.value(QStringLiteral("functions")));
    p.dataItems = parseList(cmd.value(QStringLiteral("data-items")));
    p.platform = cmd.value(QStringLiteral("platform")).trimmed();
    if (cmd.isSet(QStringLiteral("kind"))) {
        const auto k = parseKind(cmd.value(QStringLiteral("kind")));
        if (!k) {
            *problem = Tr::tr("unknown --kind '%1'").arg(cmd.value(QStringLiteral("kind")));
            return std::nullopt;
        }
        p.kind = *k;
    }
    if (cmd.isSet(QStringLiteral("level"))) {
        p.level = parseLevel(cmd.value(QStringLiteral("level")));
        if (!p.level) {
            *problem = Tr::tr("unknown --level '%1'").arg(cmd.value(QStringLiteral("level")));
            return std::nullopt;
        }
    } else {
        p.level = levelFromOwner(p.owner);
    }
    if (cmd.isSet(QStringLiteral("audience"))) {
        p.audience = parseAudience(cmd.value(QStringLiteral("audience")));
        if (!p.audience) {
            *problem = Tr::tr("unknown --audience '%1'").arg(cmd.value(QStringLiteral("audience")));
            return std::nullopt;
        }
    }
    p.flags = parseFlags(cmd.value(QStringLiteral("flags"))) | flagsFromFunctions(p.functions);
    return p;
}

// The one row of FILE; nullopt (exit 1) when the file had errors or holds not exactly one item.
std::optional<Item> itemFromFile(const QString &file, const QByteArray &salt)
{
    ImportOptions options;
    options.memberSalt = salt;
    ImportResult result = importFiles({file}, options, nullptr);
    printIssues(result.report);
    if (hasInputErrors(result.report))
        return std::nullopt;
    if (result.inventory.size() != 1) {
        printFileProblem(file, Tr::tr("a pre-check reads exactly one item; the file holds %1")
                                   .arg(result.inventory.size()));
        return std::nullopt;
    }
    return result.inventory.at(0);
}

QByteArray resultJson(const PrecheckResult &r, const Item &p)
{
    QJsonArray overlaps;
    for (const PrecheckOverlap &o : r.overlaps)
        overlaps.append(QJsonObject{{QStringLiteral("id"), o.id},
                                    {QStringLiteral("name"), o.name},
                                    {QStringLiteral("score"), std::round(o.score * 1000) / 1000},
                                    {QStringLiteral("owner"), o.owner},
                                    {QStringLiteral("duplicate"), o.duplicate},
                                    {QStringLiteral("shared_functions"), QJsonArray::fromStringList(o.sharedFunctions)},
                                    {QStringLiteral("shared_data_items"), QJsonArray::fromStringList(o.sharedDataItems)},
                                    {QStringLiteral("same_audience"), o.sameAudience},
                                    {QStringLiteral("explanation"), o.explanationZh}});
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("suggested"), actionName(f.suggested)},
                                    {QStringLiteral("evidence"), f.evidence(true)}});
    const QJsonObject root{{QStringLiteral("verdict"), precheckVerdictName(r.verdict)},
                           {QStringLiteral("overlaps"), overlaps},
                           {QStringLiteral("rules"), QJsonArray::fromStringList(r.ruleIds())},
                           {QStringLiteral("reason"), r.reasonZh},
                           {QStringLiteral("reason_en"), r.reasonEn},
                           {QStringLiteral("findings"), findings},
                           {QStringLiteral("name"), p.name},
                           {QStringLiteral("owner"), p.owner},
                           {QStringLiteral("kind"), kindName(p.kind)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printResult(const PrecheckResult &r, const Item &p)
{
    out() << Tr::tr("Pre-check of \"%1\" (%2): %3").arg(p.name, p.owner, precheckVerdictName(r.verdict)) << "\n";
    out() << r.reasonZh << "\n" << r.reasonEn << "\n";
    for (const PrecheckOverlap &o : r.overlaps)
        out() << "  " << o.id << "  " << o.name << "  " << QString::number(o.score, 'f', 2) << "  "
              << o.explanationZh << "\n";
    for (const Finding &f : r.findings)
        out() << "  " << ruleLabel(f.rule, true) << ": " << f.evidence(true) << "\n";
    out().flush();
}

} // namespace

int runPrecheck(const QStringList &args)
{
    Command cmd(QStringLiteral("precheck"),
        Tr::tr("立项预审: checks a proposed app, account or group against the project's inventory "
               "before it is built — the existing items that already do its job, the rules it would "
               "break — and gives a verdict: approve, revise or reject. The proposal is FILE (a "
               "one-row ledger) or --name, --owner and --functions (with --kind, --platform, "
               "--data-items, --level, --audience, --flags). --pdf writes the 预审意见 as a one-page "
               "document. The project is not changed.\n"
               "Exit status: 0 success, 1 the input had errors, 2 bad usage."));
    addOptions(cmd.parser);
    const std::optional<QDate> asOf = cmd.parse(args, kAsOfOption);
    if (!asOf)
        return cmd.exitCode;
    const QStringList positional = cmd.parser.positionalArguments();
    const QString project = cmd.value(QStringLiteral("project"));
    if (project.isEmpty())
        return cmd.usageError(Tr::tr("--project is required"));
    if (positional.size() > 1 || (positional.size() == 1 && cmd.isSet(QStringLiteral("name"))))
        return cmd.usageError(Tr::tr("give one FILE, or --name and --owner"));
    QString problem;
    std::optional<Item> fromOptions;
    if (positional.isEmpty()) {
        fromOptions = itemFromOptions(cmd, &problem);
        if (!fromOptions)
            return cmd.usageError(problem);
    }
    if (!QFile::exists(project)) {
        printFileProblem(project, Tr::tr("no such project"));
        return kExitInputErrors;
    }
    std::unique_ptr<ProjectStore> store = openProject(project);
    if (!store)
        return kExitInputErrors;
    const std::optional<Item> proposed =
        fromOptions ? fromOptions : itemFromFile(positional.first(), store->memberSalt());
    if (!proposed)
        return kExitInputErrors;
    const PrecheckResult r = precheck(store->loadInventory(), *proposed, store->policyProfile(), *asOf);
    printResult(r, *proposed);
    const QString json = cmd.value(QStringLiteral("json"));
    QString writeError;
    if (!json.isEmpty() && !writeJsonFile(resultJson(r, *proposed), json, &writeError)) {
        printFileProblem(json, writeError);
        return kExitInputErrors;
    }
    if (const QString pdf = cmd.value(QStringLiteral("pdf")); !pdf.isEmpty()) {
        const Inventory inventory = store->loadInventory();
        ReportOptions options;
        const DocumentSettings settings = DocumentSettings::fromMeta(store->documentSettings())
                                              .resolved(documentRegion(inventory, options), options);
        const doc::Document d =
            precheckDocument(*proposed, r, settings, documentRegion(inventory, options), options.chinese());
        if (!writePrecheckPdf(d, pdf, &writeError)) {
            printFileProblem(pdf, writeError);
            return kExitInputErrors;
        }
    }
    return kExitOk;
}

} // namespace slimplan::cli
