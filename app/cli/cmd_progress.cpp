// slimplan-cli progress P.slimplan [--json OUT] [--as-of] [--lang]
// Progress of a region between the first and the last snapshot that hold items: what closed
// since the baseline and what rebounded (created since, planned to leave but still there, gone
// in an intermediate snapshot and back). The baseline plan is the saved one, else a fresh plan
// with the project's policy profile. The project is not changed.

#include "cli/clicommands.h"
#include "cli/clicommon.h"

#include "compare/snapshotdiff.h"
#include "plan/projectplan.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace slimplan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::cli::Progress)
};

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray entriesJson(const std::vector<DiffEntry> &entries)
{
    QJsonArray a;
    for (const DiffEntry &e : entries) {
        a.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("baseline_id"),
             e.baselineId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.baselineId)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("kind"), kindName(e.kind)},
            {QStringLiteral("owner"), e.owner},
            {QStringLiteral("region"),
             e.region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.region)},
            {QStringLiteral("planned"),
             e.planned ? QJsonValue(actionName(*e.planned)) : QJsonValue(QJsonValue::Null)}});
    }
    return a;
}

QByteArray diffJson(const SnapshotDiff &diff)
{
    QJsonArray counts;
    for (const SnapshotCounts &c : diff.counts) {
        QJsonObject o{{QStringLiteral("label"), c.label}, {QStringLiteral("as_of"), dateJson(c.asOf)},
                      {QStringLiteral("total"), c.counts.total()}};
        for (int k = 0; k < kKindCount; ++k)
            o.insert(kindName(static_cast<Kind>(k)), c.counts.perKind[static_cast<std::size_t>(k)]);
        counts.append(o);
    }
    QJsonObject root{
        {QStringLiteral("baseline"), diff.counts.empty() ? QJsonValue() : QJsonValue(diff.counts.front().label)},
        {QStringLiteral("later"), diff.counts.empty() ? QJsonValue() : QJsonValue(diff.counts.back().label)},
        {QStringLiteral("closed"), entriesJson(diff.closed)},
        {QStringLiteral("rebound"),
         QJsonObject{{QStringLiteral("total"), diff.reboundCount()},
                     {QStringLiteral("created"), entriesJson(diff.created)},
                     {QStringLiteral("still_there"), entriesJson(diff.stillThere)},
                     {QStringLiteral("came_back"), entriesJson(diff.cameBack)}}},
        {QStringLiteral("counts"), counts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeText(const QString &path, const QByteArray &data, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile f;
        if (!f.open(stdout, QIODevice::WriteOnly) || f.write(data) != data.size()) {
            *error = f.errorString();
            return false;
        }
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void printEntries(const QString &title, const std::vector<DiffEntry> &entries)
{
    out() << title << ": " << entries.size() << "\n";
    for (const DiffEntry &e : entries) {
        out() << "  " << e.id << "  " << e.name << " (" << kindLabel(e.kind) << ", " << e.owner;
        if (e.planned)
            out() << ", " << Tr::tr("planned: %1").arg(actionLabel(*e.planned));
        out() << ")\n";
    }
}

// Every snapshot of the project that holds items, in the order they were made.
struct SnapshotsWithItems
{
    std::vector<SnapshotInfo> infos;
    std::vector<Inventory> inventories;
};

SnapshotsWithItems loadSnapshotsWithItems(ProjectStore &store)
{
    SnapshotsWithItems found;
    for (const SnapshotInfo &s : store.snapshots()) {
        if (!store.selectSnapshot(s.id))
            continue;
        Inventory inv = store.loadInventory();
        if (inv.isEmpty())
            continue;
        found.infos.push_back(s);
        found.inventories.push_back(std::move(inv));
    }
    return found;
}

// The diff from the first snapshot to the others, against the first one's plan: the saved one,
// else planned as of --as-of when given, else as of the snapshot's date, else today (`asOf`).
SnapshotDiff diffFromBaseline(ProjectStore &store, const SnapshotsWithItems &snapshots,
                              const QDate &asOf, bool asOfGiven)
{
    std::optional<Plan> baselinePlan;
    if (!snapshots.infos.empty()) {
        const SnapshotInfo &baseline = snapshots.infos.front();
        store.selectSnapshot(baseline.id);
        const QDate date = asOfGiven || !baseline.asOf.isValid() ? asOf : baseline.asOf;
        baselinePlan = currentPlan(store, snapshots.inventories.front(), date);
    }
    std::vector<SnapshotInput> inputs;
    for (std::size_t i = 0; i < snapshots.infos.size(); ++i)
        inputs.push_back({snapshots.infos[i].label, snapshots.infos[i].asOf, &snapshots.inventories[i]});
    return diffSnapshots(inputs, baselinePlan ? &*baselinePlan : nullptr);
}

// The progress as text: the headline, the items closed and rebounded, the counts per snapshot.
void printProgress(const QString &path, const SnapshotsWithItems &snapshots, const SnapshotDiff &diff)
{
    const std::vector<SnapshotInfo> &infos = snapshots.infos;
    if (infos.size() < 2) {
        out() << Tr::tr("%1: %n snapshot(s) with items; progress needs two (import with --snapshot LABEL).",
                        nullptr, static_cast<int>(infos.size())).arg(path)
              << "\n";
    } else {
        out() << Tr::tr("%1: from \"%2\" (%3 items) to \"%4\" (%5 items): %6 closed, %7 rebound.")
                     .arg(path, infos.front().label)
                     .arg(diff.counts.front().counts.total())
                     .arg(infos.back().label)
                     .arg(diff.counts.back().counts.total())
                     .arg(diff.closed.size())
                     .arg(diff.reboundCount())
              << "\n";
        printEntries(Tr::tr("Closed"), diff.closed);
        printEntries(Tr::tr("Created since the baseline"), diff.created);
        printEntries(Tr::tr("Planned to leave, still there"), diff.stillThere);
        printEntries(Tr::tr("Gone and came back"), diff.cameBack);
    }
    for (const SnapshotCounts &c : diff.counts) {
        out() << Tr::tr("  %1: %2 items (%3 apps, %4 accounts, %5 groups)")
                     .arg(c.label)
                     .arg(c.counts.total())
                     .arg(c.counts.perKind[0])
                     .arg(c.counts.perKind[1])
                     .arg(c.counts.perKind[2])
              << "\n";
    }
    out().flush();
}
} // namespace

int runProgress(const QStringList &args)
{
    Command cmd(QStringLiteral("progress"),
        Tr::tr("Shows a region's progress between its first and its last snapshot holding items: "
               "items closed since the baseline, and the rebound (items created since, items "
               "planned to merge, migrate or shut down that are still there, items gone in an "
               "intermediate snapshot that came back). Items are matched by id or by kind, owner "
               "and name. The baseline's saved plan is used, else it is planned with the "
               "project's policy profile as of --as-of (default: the snapshot's date, else today). "
               "The project is not changed.\n"
               "Exit status: 0 success, 1 the project could not be read or an output written, "
               "2 bad usage."));
    cmd.parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project."),
                                     QStringLiteral("P.slimplan"));
    cmd.parser.addOption({QStringLiteral("json"), Tr::tr("Write the progress as JSON (\"-\" = stdout)."),
                          QStringLiteral("OUT.json")});
    const std::optional<QDate> asOf = cmd.parse(args, kAsOfOption);
    if (!asOf)
        return cmd.exitCode;
    const QStringList positional = cmd.parser.positionalArguments();
    if (positional.size() != 1)
        return cmd.usageError(Tr::tr("give exactly one project"));
    const QString path = positional.first();
    if (!QFile::exists(path)) {
        printFileProblem(path, Tr::tr("no such project"));
        return kExitInputErrors;
    }
    std::unique_ptr<ProjectStore> store = openProject(path);
    if (!store)
        return kExitInputErrors;

    const SnapshotsWithItems snapshots = loadSnapshotsWithItems(*store);
    const SnapshotDiff diff = diffFromBaseline(*store, snapshots, *asOf, cmd.isSet(QStringLiteral("as-of")));
    const QString json = cmd.value(QStringLiteral("json"));
    if (json.isEmpty()) {
        printProgress(path, snapshots, diff);
        return kExitOk;
    }
    QString error;
    if (!writeText(json, diffJson(diff), &error)) {
        printFileProblem(json, error);
        return kExitInputErrors;
    }
    return kExitOk;
}

} // namespace slimplan::cli
