#include "projectloader.h"

#include "place/places.h"
#include "plan/planner.h"
#include "plan/projectplan.h"
#include "store/projectstore.h"
#include "store/returndiff.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

namespace slimplan {

namespace {
QString trText(const char *text)
{
    return QCoreApplication::translate("slimplan::ProjectLoader", text);
}

void finishPlan(LoadedProject &p, const PolicyProfile &profile, Progress &progress)
{
    if (progress.isCanceled()) {
        p.canceled = true;
        return;
    }
    p.plan = makePlan(p.inventory, profile, QDate::currentDate(), &progress, &p.overlap);
    if (progress.isCanceled())
        p.canceled = true;
}
} // namespace

QString guessRegionName(const Inventory &inventory)
{
    // The region is named after the city or county the units' names start with ("四川省青溪县…" →
    // 青溪县): a province before it is skipped; a unit named after a township alone does not vote.
    static const QString ends = QStringLiteral("县市区旗");
    const Places &places = Places::instance();
    QHash<QString, int> votes;
    QHash<QString, QString> byOwner; // owners repeat on many rows
    for (const Item &it : inventory.items()) {
        auto cached = byOwner.constFind(it.owner);
        if (cached == byOwner.constEnd()) {
            QString name;
            for (const QString &place : places.ownerPlaceNames(it.owner)) {
                const Places::Resolution r = places.resolve(place);
                if (place.endsWith(QChar(u'省')) || places.levelOf(r.code) == Level::Province)
                    continue;
                if (ends.contains(place.back()))
                    name = place;
                break;
            }
            cached = byOwner.insert(it.owner, name);
        }
        if (!cached->isEmpty())
            ++votes[*cached];
    }
    QString best;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    return best;
}

LoadedProject importAndPlan(const QStringList &paths, const ImportOptions &options,
                            const PolicyProfile &profile, Progress &progress)
{
    LoadedProject p;
    ImportOptions salted = options;
    if (salted.memberSalt.isEmpty())
        salted.memberSalt = ProjectStore::newMemberSalt();
    p.memberSalt = salted.memberSalt;
    ImportResult r = importFiles(paths, salted, &progress);
    p.report = r.report;
    if (r.canceled || progress.isCanceled()) {
        p.canceled = true;
        return p;
    }
    if (r.inventory.isEmpty()) {
        p.error = trText(QT_TRANSLATE_NOOP("slimplan::ProjectLoader", "No item could be imported."));
        return p;
    }
    p.inventory = std::move(r.inventory);
    p.pendingImport = PendingImport{p.report, paths};
    p.unsaved = true;
    p.title = guessRegionName(p.inventory);
    if (p.title.isEmpty())
        p.title = QFileInfo(paths.value(0)).completeBaseName();
    finishPlan(p, profile, progress);
    return p;
}

LoadedProject openProjectFile(const QString &path, Progress &progress, bool deferAnalysis)
{
    LoadedProject p;
    QString error;
    {
        // A store belongs to the thread that opened it: this one is closed before returning.
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store) {
            p.error = error;
            return p;
        }
        p.inventory = store->loadInventory(&progress);
        if (progress.isCanceled()) {
            p.canceled = true;
            return p;
        }
        p.title = store->regionName();
        p.memberSalt = store->memberSalt();
        const std::vector<ImportRecord> history = store->importHistory();
        if (!history.empty()) // for a recovered document that has no project of its own
            p.pendingImport = PendingImport{history.back().report, history.back().files};
        const PolicyProfile profile = store->policyProfile();
        std::optional<Plan> saved = savedPlan(*store, p.inventory);
        if (deferAnalysis) {
            p.needsPlan = !saved;
            p.needsOverlap = true;
            if (saved) {
                p.plan = std::move(*saved);
            } else {
                p.plan.profile = profile;
                p.plan.overrides = store->overrides();
            }
        } else if (saved) {
            p.plan = std::move(*saved);
            p.overlap = computeOverlap(p.inventory, p.plan.profile, &progress);
            p.canceled = p.overlap.canceled || progress.isCanceled();
        } else {
            finishPlan(p, profile, progress);
            p.plan.overrides = store->overrides();
        }
    }
    if (p.title.isEmpty())
        p.title = guessRegionName(p.inventory);
    if (p.title.isEmpty())
        p.title = QFileInfo(path).completeBaseName();
    p.projectPath = path;
    return p;
}

ProjectAnalysis analyseProject(const Inventory &inventory, const PolicyProfile &profile, bool plan,
                               Progress &progress)
{
    ProjectAnalysis a;
    if (plan) {
        a.plan = makePlan(inventory, profile, QDate::currentDate(), &progress);
        if (progress.isCanceled())
            return a;
    }
    a.overlap = computeOverlap(inventory, a.plan ? a.plan->profile : profile, &progress);
    return a;
}

LoadedProject importIntoProject(const QString &path, const ImportResult &result, const QStringList &files,
                                Progress &progress)
{
    LoadedProject failed;
    {
        // A store belongs to the thread that opened it: this one is closed before the project is read.
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &failed.error);
        if (!store)
            return failed;
        const Inventory existing = store->itemCount() > 0 ? store->loadInventory(&progress) : Inventory();
        if (progress.isCanceled()) {
            failed.canceled = true;
            return failed;
        }
        const ReturnDiff diff = diffReturns(existing, result.inventory, result.report);
        // A return of "无" lists nothing: its unit's items are marked all the same (as the CLI does).
        const bool stored = result.inventory.isEmpty()
            ? store->recordReportedGone(reportedGoneOf(diff, QDateTime::currentDateTimeUtc()), &failed.error)
            : store->importInventory(result.inventory, result.report, files, &progress, &failed.error, &diff);
        if (!stored) {
            failed.canceled = progress.isCanceled();
            if (failed.error.isEmpty())
                failed.error = trText(QT_TRANSLATE_NOOP("slimplan::ProjectLoader", "The import was not stored."));
            return failed;
        }
    }
    // The file holds the import now: read it back whatever the progress says, or the window
    // would show items the file no longer has.
    Progress uncancellable;
    LoadedProject p = openProjectFile(path, uncancellable, true);
    p.report = result.report;
    return p;
}

LoadedProject loadDemo(Progress &progress)
{
    // The importer reads files by path; the demo lives in the resources, so it is copied out.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("qingxi.csv"));
    QFile::remove(file);
    if (!dir.isValid() || !QFile::copy(QStringLiteral(":/demo/qingxi.csv"), file)) {
        LoadedProject p;
        p.error = trText(QT_TRANSLATE_NOOP("slimplan::ProjectLoader", "The demo region is not part of this build."));
        return p;
    }
    LoadedProject p = importAndPlan({file}, ImportOptions{}, PolicyProfile{}, progress);
    // The temporary copy is an implementation detail: name the demo file as the user knows it.
    for (ImportIssue &issue : p.report.issues)
        issue.file = QStringLiteral("qingxi.csv");
    for (Item &item : p.inventory.items())
        item.sourceFile = QStringLiteral(":/demo/qingxi.csv");
    if (p.pendingImport) {
        p.pendingImport->report = p.report;
        p.pendingImport->files = QStringList{QStringLiteral(":/demo/qingxi.csv")};
    }
    p.unsaved = false; // the demo can always be opened again
    if (p.title.isEmpty())
        p.title = trText(QT_TRANSLATE_NOOP("slimplan::ProjectLoader", "Demo region"));
    return p;
}

Plan planInventory(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
                   Progress &progress, OverlapResult *overlap)
{
    return makePlan(inventory, profile, asOf.isValid() ? asOf : QDate::currentDate(), &progress, overlap);
}

} // namespace slimplan
