// slimplan-cli track --project P [--set ID=STATE [--date D] [--note T] [--evidence FILE]]...
//              [--import FILE]... [--json OUT.json] [--xlsx OUT.xlsx] [--as-of YYYY-MM-DD]
// Carrying the plan out (issue #18, DESIGN.md's contract): records the steps given on the command
// line or read from the progress sheets the units return (the notice's 完成情况 column), then
// shows or writes the progress by unit. All steps or none: an unknown id or state, or a bad row
// of a sheet, records nothing, so a corrected sheet can simply be imported again.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "import/importer.h"
#include "import/normalize.h"
#include "import/tablesource.h"
#include "plan/projectplan.h"
#include "report/trackingjson.h"
#include "report/trackingprogress.h"
#include "report/trackingxlsx.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Track)
};

// A header is looked for in the first rows of a sheet (title rows may stand above it).
constexpr int kHeaderSearchRows = 30;

// One --set with the --date, --note and --evidence that belong to it.
struct SetOption
{
    QString value; // ID=STATE
    QString date;
    QString note;
    QString evidence;
};

// The --set options in command-line order. A --date, --note or --evidence after a --set belongs
// to it; one given before the first --set applies to every --set that gives none of its own.
// (QCommandLineParser keeps each option's values apart, so it cannot tell which go together.)
std::vector<SetOption> setOptions(const QStringList &args)
{
    static const QSet<QString> takesValue{
        QStringLiteral("project"), QStringLiteral("set"),  QStringLiteral("date"),
        QStringLiteral("note"),    QStringLiteral("evidence"), QStringLiteral("import"),
        QStringLiteral("json"),    QStringLiteral("xlsx"), QStringLiteral("as-of"),
        QStringLiteral("lang"),    QStringLiteral("prepared-by")};
    std::vector<SetOption> sets;
    SetOption defaults;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (!arg.startsWith(QLatin1String("--")))
            continue;
        QString name = arg.mid(2);
        QString value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (takesValue.contains(name) && i + 1 < args.size()) {
            value = args.at(++i);
        }
        if (name == QLatin1String("set")) {
            sets.push_back({value, {}, {}, {}});
            continue;
        }
        SetOption &into = sets.empty() ? defaults : sets.back();
        if (name == QLatin1String("date"))
            into.date = value;
        else if (name == QLatin1String("note"))
            into.note = value;
        else if (name == QLatin1String("evidence"))
            into.evidence = value;
    }
    for (SetOption &s : sets) {
        if (s.date.isEmpty())
            s.date = defaults.date;
        if (s.note.isEmpty())
            s.note = defaults.note;
        if (s.evidence.isEmpty())
            s.evidence = defaults.evidence;
    }
    return sets;
}

// A state as a unit writes it in 完成情况 (未开始, 整改中, 已完成, 已核验, and the labels of the
// other states), or as the CLI names it (in_progress, done, …).
std::optional<TrackingState> stateFromWord(const QString &word)
{
    static const QHash<QString, TrackingState> words{
        {QStringLiteral("已计划"), TrackingState::Planned},
        {QStringLiteral("已通知"), TrackingState::Notified},
        {QStringLiteral("未开始"), TrackingState::Notified},
        {QStringLiteral("整改中"), TrackingState::InProgress},
        {QStringLiteral("进行中"), TrackingState::InProgress},
        {QStringLiteral("已完成"), TrackingState::Done},
        {QStringLiteral("已核验"), TrackingState::Verified},
    };
    const QString key = foldKey(word);
    if (const auto it = words.constFind(key); it != words.constEnd())
        return *it;
    return trackingStateFromName(key);
}

QString wordsHint()
{
    return Tr::tr("use 未开始, 整改中, 已完成 or 已核验 (or planned, notified, in_progress, done, verified)");
}

// Every item of the project by id, and by name when the name is the project's only one of it.
struct ItemLookup
{
    explicit ItemLookup(const Inventory &inventory)
    {
        for (int row = 0; row < inventory.size(); ++row) {
            const QString name = foldKey(inventory.at(row).name);
            byName.insert(name, byName.contains(name) ? kAmbiguous : row);
        }
    }
    static constexpr int kAmbiguous = -2;
    QHash<QString, int> byName;
};

// The steps of the --set options; a problem is printed and sets *status (1 for an unknown id or
// state, 2 for bad usage).
std::vector<TrackingEvent> stepsFromOptions(const std::vector<SetOption> &sets, const Inventory &inventory,
                                            const Command &cmd, int *status)
{
    std::vector<TrackingEvent> steps;
    for (const SetOption &s : sets) {
        const qsizetype eq = s.value.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == s.value.size() - 1) {
            *status = cmd.usageError(Tr::tr("--set needs ID=STATE, not '%1'").arg(s.value));
            return {};
        }
        TrackingEvent e;
        e.itemId = s.value.left(eq).trimmed();
        const QString word = s.value.mid(eq + 1).trimmed();
        e.date = parseDate(s.date);
        if (!s.date.isEmpty() && !e.date.isValid()) {
            *status = cmd.usageError(Tr::tr("--date needs a date as YYYY-MM-DD, not '%1'").arg(s.date));
            return {};
        }
        if (inventory.indexOf(e.itemId) < 0) {
            err() << Tr::tr("track: the project has no item '%1'; nothing was recorded.").arg(e.itemId) << "\n";
            *status = kExitInputErrors;
        }
        const std::optional<TrackingState> state = stateFromWord(word);
        if (!state) {
            err() << Tr::tr("track: unknown state '%1' for %2: %3; nothing was recorded.")
                         .arg(word, e.itemId, wordsHint())
                  << "\n";
            *status = kExitInputErrors;
        }
        e.state = state.value_or(TrackingState::Planned);
        e.note = s.note;
        e.evidence = s.evidence;
        steps.push_back(std::move(e));
    }
    err().flush();
    return steps;
}

// Where the progress sheet keeps what we read; -1 = no such column.
struct ProgressColumns
{
    int id = -1;
    int name = -1;
    int state = -1;
    int date = -1;
    int note = -1;
    QStringList header;
};

std::optional<ProgressColumns> progressColumns(const QStringList &cells)
{
    static const QHash<QString, int ProgressColumns::*> names{
        {QStringLiteral("id"), &ProgressColumns::id},         {QStringLiteral("编号"), &ProgressColumns::id},
        {QStringLiteral("对象编号"), &ProgressColumns::id},   {QStringLiteral("名称"), &ProgressColumns::name},
        {QStringLiteral("对象名称"), &ProgressColumns::name}, {QStringLiteral("name"), &ProgressColumns::name},
        {QStringLiteral("完成情况"), &ProgressColumns::state}, {QStringLiteral("state"), &ProgressColumns::state},
        {QStringLiteral("完成日期"), &ProgressColumns::date}, {QStringLiteral("date"), &ProgressColumns::date},
        {QStringLiteral("备注"), &ProgressColumns::note},     {QStringLiteral("note"), &ProgressColumns::note},
    };
    ProgressColumns c;
    for (qsizetype col = 0; col < cells.size(); ++col) {
        const auto it = names.constFind(foldKey(cells.at(col)));
        if (it != names.constEnd() && c.**it < 0)
            c.**it = int(col);
    }
    if (c.state < 0 || (c.id < 0 && c.name < 0))
        return std::nullopt;
    c.header = cells;
    return c;
}

// Reading one progress sheet: its issues go to `report`, its steps to `steps`.
class ProgressSheetReader
{
public:
    ProgressSheetReader(const Inventory &inventory, const ItemLookup &lookup,
                        QHash<QString, TrackingStatus> &current, ImportReport &report)
        : m_inventory(inventory), m_lookup(lookup), m_current(current), m_report(report)
    {
    }

    // False when the sheet has no progress header (it is then not a progress sheet).
    bool read(TableSource &source, const QString &evidence, std::vector<TrackingEvent> &steps)
    {
        RawRow raw;
        std::optional<ProgressColumns> columns;
        for (int seen = 0; !columns && seen < kHeaderSearchRows && source.next(raw); ++seen)
            columns = progressColumns(raw.cells);
        if (!columns)
            return false;
        m_columns = *columns;
        while (source.next(raw))
            readRow(source, raw, evidence, steps);
        if (!source.errorString().isEmpty())
            issue(source, 0, -1, source.errorString());
        return true;
    }

private:
    QString cell(const RawRow &raw, int col) const
    {
        return col >= 0 ? trimSpaces(raw.cells.value(col)).toString() : QString();
    }

    void issue(const TableSource &source, int row, int col, const QString &message)
    {
        ImportIssue i;
        i.file = source.fileName();
        i.sheet = source.sheetName();
        i.row = row;
        i.column = col >= 0 ? m_columns.header.value(col).trimmed() : QString();
        i.message = message;
        m_report.issues.push_back(std::move(i));
    }

    // The row of the item the sheet's row names, or -1 with the problem reported.
    int itemRow(const TableSource &source, const RawRow &raw)
    {
        const QString id = cell(raw, m_columns.id);
        if (!id.isEmpty()) {
            const int row = m_inventory.indexOf(id);
            if (row < 0)
                issue(source, raw.row, m_columns.id, Tr::tr("The project has no item with the id %1").arg(id));
            return row;
        }
        const QString name = cell(raw, m_columns.name);
        const int row = m_lookup.byName.value(foldKey(name), -1);
        if (row == ItemLookup::kAmbiguous)
            issue(source, raw.row, m_columns.name,
                  Tr::tr("Several items are named %1; give the item's id").arg(name));
        else if (row < 0)
            issue(source, raw.row, m_columns.name, Tr::tr("The project has no item named %1").arg(name));
        return row;
    }

    void readRow(const TableSource &source, const RawRow &raw, const QString &evidence,
                 std::vector<TrackingEvent> &steps)
    {
        const QString word = cell(raw, m_columns.state);
        if (word.isEmpty() || (cell(raw, m_columns.id).isEmpty() && cell(raw, m_columns.name).isEmpty()))
            return; // blank row, or a state the unit has not filled in yet
        const std::optional<TrackingState> state = stateFromWord(word);
        if (!state)
            issue(source, raw.row, m_columns.state, Tr::tr("Unknown progress '%1': %2").arg(word, wordsHint()));
        const QString dateText = cell(raw, m_columns.date);
        const QDate date = parseDate(dateText, source.fromSpreadsheet());
        if (!dateText.isEmpty() && !isPlaceholderValue(dateText) && !date.isValid())
            issue(source, raw.row, m_columns.date, Tr::tr("'%1' is not a date (use YYYY-MM-DD)").arg(dateText));
        const int row = itemRow(source, raw);
        if (row < 0 || !state)
            return;
        TrackingEvent e;
        e.itemId = m_inventory.at(row).id;
        e.state = *state;
        e.date = date;
        e.note = cell(raw, m_columns.note);
        e.evidence = evidence;
        // A sheet imported again records nothing new.
        const TrackingStatus &now = m_current[e.itemId];
        if (now.state == e.state && now.date == e.date && now.note == e.note)
            return;
        m_current[e.itemId] = TrackingStatus{e.itemId, e.state, e.date, now.deadline, e.note};
        steps.push_back(std::move(e));
    }

    const Inventory &m_inventory;
    const ItemLookup &m_lookup;
    QHash<QString, TrackingStatus> &m_current;
    ImportReport &m_report;
    ProgressColumns m_columns;
};

// The steps of the --import sheets; problems go to `report` (FILE:SHEET:ROW:COLUMN: message).
std::vector<TrackingEvent> stepsFromSheets(const QStringList &files, const Inventory &inventory,
                                           const std::vector<TrackingStatus> &states, ImportReport &report)
{
    std::vector<TrackingEvent> steps;
    QHash<QString, TrackingStatus> current;
    for (const TrackingStatus &s : states)
        current.insert(s.itemId, s);
    const ItemLookup lookup(inventory);
    for (const QString &file : files) {
        QString error;
        std::vector<std::unique_ptr<TableSource>> sources = openTableSources(file, ImportOptions(), &error);
        bool found = false;
        ProgressSheetReader reader(inventory, lookup, current, report);
        for (const auto &source : sources)
            found = reader.read(*source, QFileInfo(file).fileName(), steps) || found;
        if (!found) {
            ImportIssue i;
            i.file = file;
            i.message = !error.isEmpty() ? error
                        : Tr::tr("No sheet with a 完成情况 column and an id or 名称 column: is this a "
                                 "returned 整改通知?");
            report.issues.push_back(std::move(i));
            ++report.filesRefused;
        }
    }
    return steps;
}

void printProgress(const TrackingProgress &progress)
{
    const auto line = [](const QString &unit, const UnitProgress &u) {
        out() << Tr::tr("%1: %2 actions — planned %3, notified %4, in progress %5, done %6, verified %7; "
                        "overdue %8")
                     .arg(unit)
                     .arg(u.actions())
                     .arg(u.count(TrackingState::Planned))
                     .arg(u.count(TrackingState::Notified))
                     .arg(u.count(TrackingState::InProgress))
                     .arg(u.count(TrackingState::Done))
                     .arg(u.count(TrackingState::Verified))
                     .arg(u.overdue)
              << "\n";
    };
    for (const UnitProgress &u : progress.units)
        line(u.owner.isEmpty() ? Tr::tr("(no unit given)") : u.owner, u);
    line(Tr::tr("Total"), progress.total);
    if (progress.total.stillPresent > 0)
        out() << Tr::tr("%n item(s) marked done are still in the later snapshot.", nullptr,
                        progress.total.stillPresent)
              << "\n";
    out().flush();
}

// --json / --xlsx, or the progress printed when neither is asked for. 0, or 1 when a file failed.
int writeOutputs(const Command &cmd, const Inventory &inventory, const Plan &plan,
                 const TrackingProgress &progress, const QDate &today)
{
    const QString json = cmd.value(QStringLiteral("json"));
    const QString xlsx = cmd.value(QStringLiteral("xlsx"));
    int status = kExitOk;
    QString error;
    if (!json.isEmpty() && !writeJsonFile(trackingProgressJson(inventory, plan, progress), json, &error)) {
        printFileProblem(json, error);
        status = kExitInputErrors;
    }
    if (!xlsx.isEmpty()
        && !writeTrackingXlsx(inventory, plan, progress, today, reportOptionsOf(cmd.parser), xlsx, &error)) {
        printFileProblem(xlsx, error);
        status = kExitInputErrors;
    }
    if (json.isEmpty() && xlsx.isEmpty())
        printProgress(progress);
    return status;
}

void addOptions(Command &cmd)
{
    cmd.parser.addOption({QStringLiteral("project"), Tr::tr("The project whose plan is carried out."),
                          QStringLiteral("P.slimplan")});
    cmd.parser.addOption({QStringLiteral("set"),
                          Tr::tr("Record a step: the item ID is now STATE (planned, notified, in_progress, "
                                 "done, verified). Repeatable."),
                          QStringLiteral("ID=STATE")});
    cmd.parser.addOption({QStringLiteral("date"),
                          Tr::tr("The day of the step of the --set before it (before any --set: of "
                                 "every --set)."),
                          QStringLiteral("YYYY-MM-DD")});
    cmd.parser.addOption({QStringLiteral("note"), Tr::tr("A note on the step of the --set before it."),
                          QStringLiteral("TEXT")});
    cmd.parser.addOption({QStringLiteral("evidence"),
                          Tr::tr("The name of an evidence file for the step of the --set before it."),
                          QStringLiteral("FILE")});
    cmd.parser.addOption({QStringLiteral("import"),
                          Tr::tr("Read a unit's progress sheet (its returned notice: .xlsx, .ods, .csv with "
                                 "id or 名称 and 完成情况, 完成日期, 备注). Repeatable."),
                          QStringLiteral("FILE")});
    cmd.parser.addOption({QStringLiteral("json"), Tr::tr("Write the progress by unit as JSON (\"-\" = stdout)."),
                          QStringLiteral("OUT.json")});
    cmd.parser.addOption({QStringLiteral("xlsx"),
                          Tr::tr("Write the progress by unit and the overdue items as an Excel workbook."),
                          QStringLiteral("OUT.xlsx")});
}

} // namespace

int runTrack(const QStringList &args)
{
    Command cmd(QStringLiteral("track"),
        Tr::tr("Tracks the plan's actions item by item: planned, notified, in progress, done, verified. "
               "Records the steps of --set and of the --import sheets (all of them, or none when any "
               "id, state or row is wrong), then writes the progress by unit with the overdue items "
               "(deadline before --as-of, default today, and not done).\n"
               "Problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message.\n"
               "Exit status: 0 success, 1 the input had errors, 2 bad usage."));
    addOptions(cmd);
    // --prepared-by: reportOptionsOf() reads it, as for every report the CLI writes.
    const std::optional<QDate> today = cmd.parse(args, kAsOfOption | kPreparedByOption);
    if (!today)
        return cmd.exitCode;
    const QString projectPath = cmd.value(QStringLiteral("project"));
    if (projectPath.isEmpty())
        return cmd.usageError(Tr::tr("--project P.slimplan is required"));
    std::unique_ptr<ProjectStore> store = openProject(projectPath);
    if (!store)
        return kExitInputErrors;
    const Inventory inventory = store->loadInventory();
    const PolicyProfile profile = store->policyProfile();

    int status = kExitOk;
    std::vector<TrackingEvent> steps = stepsFromOptions(setOptions(args), inventory, cmd, &status);
    if (status != kExitOk)
        return status;
    ImportReport report;
    const std::vector<TrackingEvent> imported = stepsFromSheets(cmd.parser.values(QStringLiteral("import")),
                                                                inventory, store->trackingStates(), report);
    printIssues(report);
    if (!report.issues.empty())
        return kExitInputErrors;
    steps.insert(steps.end(), imported.begin(), imported.end());
    const QString who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    for (TrackingEvent &e : steps)
        e.who = who;
    QString error;
    if (!store->recordTracking(steps, &error, &profile)) {
        printFileProblem(projectPath, error);
        return kExitInputErrors;
    }
    // Not into a JSON document written to stdout.
    if (!steps.empty() && cmd.value(QStringLiteral("json")) != QLatin1String("-"))
        printLine(Tr::tr("%n step(s) recorded.", nullptr, int(steps.size())));

    const Plan plan = currentPlan(*store, inventory, *today);
    const std::optional<QSet<QString>> later = store->laterSnapshotItemIds();
    const TrackingProgress progress = computeTrackingProgress(inventory, plan, store->trackingStates(), *today,
                                                              later ? &*later : nullptr);
    return writeOutputs(cmd, inventory, plan, progress, *today);
}

} // namespace slimplan::cli
