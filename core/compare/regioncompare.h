#pragma once
// Comparing regions: one row per region (items per kind and level, findings per rule, planned
// reduction, cost saved, data items), and splitting a multi-region inventory into its regions by
// the first six digits of the division code so that one project may hold several regions.

#include "model/inventory.h"
#include "model/plan.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace slimplan {

// One region to compare: its inventory and its plan (decisions parallel to the items, summary
// filled in as makePlan/loadPlan leave it). Borrowed, not owned.
struct RegionInput
{
    QString name;
    QString code;
    const Inventory *inventory = nullptr;
    const Plan *plan = nullptr;
};

// One row of the comparison table.
struct RegionRow
{
    QString name;
    QString code;
    std::array<int, kKindCount> itemsPerKind{};       // before the plan
    std::array<int, kLevelCount + 1> itemsPerLevel{}; // before the plan; last = unknown level
    QMap<QString, int> findingsPerRule;               // rule id → decisions whose rules hold it
    std::array<double, kKindCount> reductionPct{};
    double reductionPctTotal = 0.0;
    double annualCostSaved = 0.0;                     // 万元; a lower bound when costUnknown > 0
    int annualCostUnknown = 0;
    int dataItemsBefore = 0;
    int dataItemsAfter = 0;
    PlanSummary summary;                              // the whole summary, for reports

    int itemsTotal() const { return itemsPerKind[0] + itemsPerKind[1] + itemsPerKind[2]; }
};

// The row of one region.
RegionRow compareRow(const RegionInput &region);
// One row per region, in the order given.
std::vector<RegionRow> compareRegions(const std::vector<RegionInput> &regions);
// Every rule id with a finding in any row, sorted: the rule columns of a table.
QStringList ruleColumns(const std::vector<RegionRow> &rows);

// One region of a split inventory with its share of the plan.
struct RegionPart
{
    QString code;              // first six digits of the division code; empty = unknown
    QString name;              // most common county/city prefix of the owners; may be empty
    Inventory inventory;
    Plan plan;                 // decisions parallel to inventory; summary recomputed; no clusters
    std::vector<int> sourceIndex; // index of each item in the inventory that was split
};

// The first six digits of a division code ("510101001" → "510101"), or empty when the region is
// unknown or a place name.
QString regionKey(const QString &region);

// Splits the inventory (and, if given with decisions parallel to it, the plan) by regionKey.
// Parts sorted by code, the unknown region last; a part per code that occurs.
std::vector<RegionPart> splitByRegion(const Inventory &inventory, const Plan *plan = nullptr);

} // namespace slimplan
