#pragma once
// The plan rearranged for reading: items grouped by action and kind, the merge families, counts
// per owner and the rules cited. Shared by the PDF and the spreadsheet so both tell the same story.

#include "model/inventory.h"
#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace slimplan {

struct OwnerActions
{
    QString owner;
    std::array<int, kActionCount> perAction{};
    int before = 0;
    int after = 0;
};

struct PlanDigest
{
    // Item indices per action and kind, sorted by owner, then name, then id.
    std::array<std::array<std::vector<int>, kKindCount>, kActionCount> items;
    std::array<std::array<int, kActionCount>, kKindCount> countByKind{};
    // Merge decisions that no family explains (for example P1: same unit, same platform).
    std::array<std::vector<int>, kKindCount> loneMerges;
    // Indices into Plan::clusters ordered by the survivor's kind, then by family id.
    std::vector<int> clusterOrder;
    // Owners with at least one item, the ones with most items leaving first.
    std::vector<OwnerActions> owners;
    // Every rule id cited by a decision or finding, in catalogue order (unknown ids last).
    QStringList citedRules;

    static PlanDigest build(const Inventory &inventory, const Plan &plan);
};

// "name（id）" for a merge/migrate target that is an item; the target text itself otherwise.
QString describeTarget(const Inventory &inventory, const QString &target, bool chinese);

} // namespace slimplan
