// slimplan-cli notices --project P --out DIR [--deadline YYYY-MM-DD] [--format pdf|docx|xlsx]
//                      [--as-of YYYY-MM-DD] [--lang zh_CN|en] [--prepared-by OFFICE]
// One 整改通知 per unit with actions to take, dated --as-of (today), into DIR; records them in the
// project and marks their items notified with their deadlines. A project without a saved plan is
// planned first and the plan saved, as `plan --project` does, so the deadlines follow its actions.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "plan/projectplan.h"
#include "report/noticefiles.h"
#include "report/notices.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Notices)
};

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), Tr::tr("The project whose plan is notified."),
                      QStringLiteral("P.slimplan")});
    parser.addOption({QStringLiteral("out"), Tr::tr("Folder to write the notices into (created if missing)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("deadline"),
                      Tr::tr("One deadline for every item; default: per action kind from the policy "
                             "profile (shut down 30 days, merge/migrate 90, rectify 60)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), Tr::tr("pdf (default), xlsx (the progress sheet) or docx."),
                      QStringLiteral("pdf|docx|xlsx"), QStringLiteral("pdf")});
}

// The plan of the project, saved when it had none (the tracking store reads the saved actions).
std::optional<Plan> projectPlan(ProjectStore &store, const Inventory &inventory, const QDate &asOf)
{
    bool replanned = false;
    Plan plan = currentPlan(store, inventory, asOf, nullptr, &replanned);
    QString error;
    if (replanned && !store.savePlan(plan, inventory, &error)) {
        printFileProblem(store.path(), error);
        return std::nullopt;
    }
    return plan;
}

void printWritten(const std::vector<Notice> &notices, const NoticeFilesResult &result, const QString &folder)
{
    const QDir dir(folder);
    for (qsizetype i = 0; i < result.files.size(); ++i) {
        const Notice &n = notices[static_cast<std::size_t>(i)];
        printLine(Tr::tr("%1 — %2: %n item(s), deadline %3", nullptr, static_cast<int>(n.items.size()))
                      .arg(QDir::toNativeSeparators(dir.filePath(result.files.at(i))), n.owner,
                           n.latestDeadline().toString(Qt::ISODate)));
    }
}
} // namespace

int runNotices(const QStringList &args)
{
    Command cmd(QStringLiteral("notices"),
        Tr::tr("Writes one 整改通知 (rectification notice) per unit that has items to act on: each "
               "item with its action, target, reason, the rules and their sources, its deadline, "
               "and a receipt. Units with nothing to do get none. The items are marked notified, "
               "dated --as-of (today).\n"
               "Exit status: 0 success, 1 the project could not be read or a file not written, "
               "2 bad usage."));
    addOptions(cmd.parser);
    const std::optional<QDate> issued = cmd.parse(args, kAsOfOption | kPreparedByOption);
    if (!issued)
        return cmd.exitCode;
    const QString projectPath = cmd.value(QStringLiteral("project"));
    const QString folder = cmd.value(QStringLiteral("out"));
    if (projectPath.isEmpty() || folder.isEmpty())
        return cmd.usageError(Tr::tr("give --project P.slimplan and --out DIR"));
    const std::optional<NoticeFormat> format = NoticeFiles::formatFromName(cmd.value(QStringLiteral("format")));
    if (!format)
        return cmd.usageError(Tr::tr("--format must be pdf, docx or xlsx"));
    if (!NoticeFiles::available(*format))
        return cmd.usageError(Tr::tr("--format docx is not available yet"));
    QDate deadline;
    if (cmd.isSet(QStringLiteral("deadline"))) {
        deadline = QDate::fromString(cmd.value(QStringLiteral("deadline")), Qt::ISODate);
        if (!deadline.isValid())
            return cmd.usageError(Tr::tr("--deadline must be a date YYYY-MM-DD"));
        if (deadline < *issued)
            return cmd.usageError(Tr::tr("--deadline %1 is before the notices' date %2")
                                      .arg(deadline.toString(Qt::ISODate), issued->toString(Qt::ISODate)));
    }

    std::unique_ptr<ProjectStore> store = openProject(projectPath);
    if (!store)
        return kExitInputErrors;
    const Inventory inventory = store->loadInventory();
    const std::optional<Plan> plan = projectPlan(*store, inventory, *issued);
    if (!plan)
        return kExitInputErrors;

    const ReportOptions report = reportOptionsOf(cmd.parser);
    NoticeOptions options;
    options.chinese = report.chinese();
    options.regionName = store->regionName();
    options.office = report.preparedBy;
    options.issued = *issued;
    options.deadline = deadline;
    options.profile = store->policyProfile();
    int unowned = 0;
    const std::vector<Notice> notices = Notices::build(inventory, *plan, options, &unowned);

    const NoticeFilesResult written = NoticeFiles::write(notices, folder, *format);
    printWritten(notices, written, folder);
    QString error;
    // The files first, then their record in one transaction (NoticeFiles::record): a project that
    // refuses keeps every item's state and records no notice.
    if (!NoticeFiles::record(*store, notices, written.files, options, &error)) {
        printFileProblem(projectPath, error);
        printLine(Tr::tr("The notices were written but not recorded: no item is marked notified."));
        return kExitInputErrors;
    }
    if (!written.error.isEmpty()) {
        printFileProblem(folder, written.error);
        return kExitInputErrors;
    }
    qsizetype itemCount = 0;
    for (const Notice &n : notices)
        itemCount += static_cast<qsizetype>(n.items.size());
    printLine(Tr::tr("%n notice(s) written", nullptr, static_cast<int>(notices.size())) + QStringLiteral(", ")
              + Tr::tr("%n item(s) notified.", nullptr, static_cast<int>(itemCount)));
    if (unowned > 0)
        printLine(Tr::tr("%n item(s) to act on have no unit and are in no notice.", nullptr, unowned));
    return kExitOk;
}

} // namespace slimplan::cli
