#include "compare/compareloader.h"

#include "import/importer.h"
#include "plan/planner.h"
#include "plan/projectplan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <memory>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::CompareLoader)
};
} // namespace

Plan comparisonPlan(const ProjectStore &store, const Inventory &inventory, const QDate &asOf,
                    Progress *progress)
{
    return currentPlan(store, inventory, asOf, progress);
}

std::vector<ComparedRegion> regionsOf(const Inventory &inventory, const Plan &plan, const QString &name,
                                      const QString &code, const QString &source, Progress *progress)
{
    // Most projects hold one region: compare it whole rather than copy it into a part.
    QSet<QString> keys;
    for (const Item &it : inventory.items()) {
        keys.insert(regionKey(it.region));
        if (keys.size() > 1)
            break;
    }
    std::vector<ComparedRegion> out;
    if (keys.size() <= 1) {
        const QString ownCode = code.isEmpty() && !keys.isEmpty() ? *keys.cbegin() : code;
        out.push_back({compareRow({name, ownCode, &inventory, &plan}), source});
        return out;
    }
    if (progress)
        progress->beginStage(Tr::tr("Splitting the regions"), 0);
    const std::vector<RegionPart> parts = splitByRegion(inventory, &plan);
    for (const RegionPart &p : parts)
        out.push_back({compareRow({p.name, p.code, &p.inventory, &p.plan}), source});
    return out;
}

CompareLoad loadCompareProjects(const QStringList &paths, const QDate &asOf, Progress &progress)
{
    CompareLoad load;
    for (const QString &path : paths) {
        if (progress.isCanceled())
            break;
        progress.beginStage(Tr::tr("Reading %1").arg(QFileInfo(path).fileName()), 0);
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store) {
            load.errors << QStringLiteral("%1: %2").arg(path, error);
            continue;
        }
        const Inventory inventory = store->loadInventory(&progress);
        if (progress.isCanceled())
            break;
        if (inventory.isEmpty()) {
            load.errors << QStringLiteral("%1: %2").arg(path, Tr::tr("the project holds no items"));
            continue;
        }
        progress.beginStage(Tr::tr("Planning %1").arg(QFileInfo(path).fileName()), 0);
        const Plan plan = comparisonPlan(*store, inventory, asOf, &progress);
        if (progress.isCanceled())
            break;
        QString name = store->regionName();
        if (name.isEmpty())
            name = QFileInfo(path).completeBaseName();
        for (ComparedRegion &r : regionsOf(inventory, plan, name, store->regionCode(), path, &progress))
            load.regions.push_back(std::move(r));
    }
    return load;
}

ProgressLoad loadProjectProgress(const QString &path, const QDate &asOf, Progress &progress)
{
    ProgressLoad load;
    load.path = path;
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store) {
        load.error = error;
        return load;
    }
    std::vector<Inventory> inventories;
    for (const SnapshotInfo &s : store->snapshots()) {
        if (progress.isCanceled())
            return load;
        progress.beginStage(Tr::tr("Reading snapshot %1").arg(s.label), 0);
        if (!store->selectSnapshot(s.id))
            continue;
        Inventory inv = store->loadInventory(&progress);
        if (inv.isEmpty()) {
            ++load.emptySnapshots;
            continue;
        }
        load.snapshots.push_back(s);
        inventories.push_back(std::move(inv));
    }
    std::optional<Plan> baselinePlan;
    if (!load.snapshots.empty() && !progress.isCanceled()) {
        // The baseline as it was planned: its saved plan, else planned as of its own date.
        store->selectSnapshot(load.snapshots.front().id);
        progress.beginStage(Tr::tr("Planning the baseline"), 0);
        const QDate date = load.snapshots.front().asOf.isValid() ? load.snapshots.front().asOf : asOf;
        baselinePlan = comparisonPlan(*store, inventories.front(), date, &progress);
    }
    if (progress.isCanceled())
        return load;
    std::vector<SnapshotInput> inputs;
    for (std::size_t i = 0; i < load.snapshots.size(); ++i)
        inputs.push_back({load.snapshots[i].label, load.snapshots[i].asOf, &inventories[i]});
    progress.beginStage(Tr::tr("Comparing the snapshots"), 0);
    load.diff = diffSnapshots(inputs, baselinePlan ? &*baselinePlan : nullptr);
    return load;
}

QString importSnapshot(const QString &path, const QStringList &files, const QString &label, const QDate &asOf,
                       Progress &progress)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store)
        return error;
    ImportOptions options;
    options.memberSalt = store->memberSalt();
    const ImportResult result = importFiles(files, options, &progress);
    if (result.canceled || progress.isCanceled())
        return {};
    if (result.inventory.isEmpty())
        return Tr::tr("No item could be imported.");
    std::optional<int> id;
    const std::vector<SnapshotInfo> all = store->snapshots();
    // Never the project's own inventory (snapshot 1): a snapshot is another moment of the ledger.
    for (auto it = all.rbegin(); it != all.rend() && !id; ++it)
        if (it->label == label && it->id != ProjectStore::kCurrentSnapshot)
            id = it->id;
    if (!id)
        id = store->createSnapshot(label, asOf, &error, false);
    if (!id || !store->selectSnapshot(*id))
        return error.isEmpty() ? Tr::tr("Could not select the snapshot.") : error;
    if (!store->importInventory(result.inventory, result.report, files, &progress, &error))
        return progress.isCanceled() ? QString() : error;
    return {};
}

} // namespace slimplan
