#pragma once
// The long steps behind File → Open/Import and --demo, as plain functions for a worker thread:
// read (import ledgers or load a project), plan, build the overlap graph. They report through
// Progress and return everything the Document needs; they never touch the GUI.

#include "import/importer.h"
#include "model/inventory.h"
#include "overlap/overlap.h"
#include "model/plan.h"
#include "store/projectfile.h"
#include "util/progress.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace slimplan {

struct LoadedProject
{
    Inventory inventory;
    Plan plan;
    OverlapResult overlap;
    ImportReport report;
    QString title;        // region name for the window title and the region tree
    QString projectPath;  // empty for ledgers imported into a new, unsaved project
    QString error;        // non-empty: nothing was loaded
    QByteArray memberSalt; // the salt the items' member hashes were made with
    // Imported ledgers not in a project file yet: their report, for the history of the file.
    std::optional<PendingImport> pendingImport;
    bool unsaved = false; // work that exists in no project file (imported ledgers, recovery)
    bool canceled = false;
    // openProjectFile(…, deferAnalysis): what is still to be computed by analyseProject() after
    // the table is shown.
    bool needsPlan = false;
    bool needsOverlap = false;
};

// The analysis a project opened with deferAnalysis still needs.
struct ProjectAnalysis
{
    std::optional<Plan> plan; // set when the project had no plan for its inventory
    OverlapResult overlap;
};

// Imports ledgers into a new project and plans it. Members are hashed with options.memberSalt,
// or with a new random salt (the new project's) when it is empty.
LoadedProject importAndPlan(const QStringList &paths, const ImportOptions &options,
                            const PolicyProfile &profile, Progress &progress);
// Opens a .slimplan project (plans it when it holds no plan for its inventory). With deferAnalysis
// only the inventory and the saved plan (or the overrides alone) are read, so that the table shows
// at once; the plan and the overlap graph follow from analyseProject() on another task.
LoadedProject openProjectFile(const QString &path, Progress &progress, bool deferAnalysis = false);
ProjectAnalysis analyseProject(const Inventory &inventory, const PolicyProfile &profile, bool plan,
                               Progress &progress);
// Adds a checked import (the wizard's dry run) to the project at `path` in one transaction, with
// the round's "reported gone" marks (diffReturns against the file's own items), then opens the
// project as openProjectFile(…, deferAnalysis = true) does. On failure the file is unchanged and
// error says why.
LoadedProject importIntoProject(const QString &path, const ImportResult &result, const QStringList &files,
                                Progress &progress);
// The embedded demo region (:/demo/qingxi.csv).
LoadedProject loadDemo(Progress &progress);
// Plans an inventory (re-planning with another profile or as-of date): recommendations only.
// An invalid asOf means today. *overlap, when given, receives the graph the plan was read from.
Plan planInventory(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
                   Progress &progress, OverlapResult *overlap = nullptr);

// A region name from the owners: the most common "XX县"/"XX市"/"XX区" prefix.
QString guessRegionName(const Inventory &inventory);

} // namespace slimplan
