#pragma once
// Progress between moments: a baseline snapshot (and its plan) against later snapshots of the
// same project. What closed since the baseline, and what rebounded: items created after it,
// items planned to leave (merge, migrate, shut down) that are still there, and items that were
// gone in an intermediate snapshot and came back. Items are matched by id, or by kind + owner +
// name (deriveItemId) when a later ledger gave the same item another id.

#include "model/inventory.h"
#include "model/plan.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace slimplan {

// One snapshot's inventory, borrowed. The first is the baseline, the last the later moment;
// the ones between are intermediate.
struct SnapshotInput
{
    QString label;
    QDate asOf;                     // invalid = not set
    const Inventory *inventory = nullptr;
};

// One item in the diff.
struct DiffEntry
{
    QString id;                     // in the later snapshot when present there, else the baseline's
    QString baselineId;             // empty when the item is not in the baseline
    QString name;
    Kind kind = Kind::App;
    QString owner;
    QString region;
    std::optional<Action> planned;  // the baseline plan's action; nullopt = no plan/not in it
};

struct SnapshotCounts
{
    QString label;
    QDate asOf;
    KindCounts counts;
};

struct SnapshotDiff
{
    std::vector<DiffEntry> closed;      // in the baseline, absent later
    std::vector<DiffEntry> created;     // absent in the baseline, present later (rebound)
    std::vector<DiffEntry> stillThere;  // planned to leave in the baseline, still present (rebound)
    std::vector<DiffEntry> cameBack;    // in the baseline, absent in an intermediate snapshot,
                                        // present again later (rebound)
    std::vector<SnapshotCounts> counts; // per snapshot, in the order given: for a chart

    int reboundCount() const
    {
        return static_cast<int>(created.size() + stillThere.size() + cameBack.size());
    }
};

// The diff between snapshots.front() (with baselinePlan, decisions parallel to its inventory;
// may be null) and snapshots.back(). Fewer than two snapshots: only the counts are filled in.
// An item that came back is listed in cameBack only, not also in stillThere.
SnapshotDiff diffSnapshots(const std::vector<SnapshotInput> &snapshots, const Plan *baselinePlan);

} // namespace slimplan
