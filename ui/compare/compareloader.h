#pragma once
// The long steps behind the comparison window, as plain functions for a worker thread: read
// projects and plan them as `slimplan-cli compare` does, split an inventory into its regions, and
// read a project's snapshots and diff them as `slimplan-cli progress` does. They report through
// Progress and never touch a widget; each opens its own ProjectStore (a store is per thread).

#include "compare/regioncompare.h"
#include "compare/snapshotdiff.h"
#include "store/projectstore.h"
#include "util/progress.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

// One row of the comparison with where it came from.
struct ComparedRegion
{
    RegionRow row;
    QString source; // the project file; empty for the open project
};

struct CompareLoad
{
    std::vector<ComparedRegion> regions;
    QStringList errors; // "FILE: message", one per project that could not be read
};

// The plan a comparison uses for a project: its saved plan (with overrides), else a fresh plan
// with the project's policy profile as of `asOf`, overrides applied.
Plan comparisonPlan(const ProjectStore &store, const Inventory &inventory, const QDate &asOf,
                    Progress *progress = nullptr);

// The rows of one inventory with its plan (decisions parallel to it). One region: one row named
// `name`/`code`; several region codes: one row per region (splitByRegion), named by its owners.
std::vector<ComparedRegion> regionsOf(const Inventory &inventory, const Plan &plan, const QString &name,
                                      const QString &code, const QString &source,
                                      Progress *progress = nullptr);

// Every project's regions, in the order given. Cancelled: whatever was read so far.
CompareLoad loadCompareProjects(const QStringList &paths, const QDate &asOf, Progress &progress);

// A project's snapshots that hold items, in the order they were made, and the diff of the first
// (the baseline, with its plan) against the last.
struct ProgressLoad
{
    QString path;
    std::vector<SnapshotInfo> snapshots; // parallel to diff.counts
    int emptySnapshots = 0;              // snapshots without items, left out
    SnapshotDiff diff;
    QString error;
};

ProgressLoad loadProjectProgress(const QString &path, const QDate &asOf, Progress &progress);

// Imports ledgers into the project's snapshot labelled `label` (a new, empty snapshot when none
// has that label), as `slimplan-cli import --snapshot` does. One transaction. Returns an error
// message, empty on success.
QString importSnapshot(const QString &path, const QStringList &files, const QString &label, const QDate &asOf,
                       Progress &progress);

} // namespace slimplan
