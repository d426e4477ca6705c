#pragma once
// The plan's before/after figures kept up to date as decisions change: built once from the
// inventory and the decisions, then each changed decision moves the figures by its own share
// (O(data items of the row)), so a decision on a 1,000,000-item project does not recount them all.
// computeSummary() is this tally built from scratch: one home for what the summary counts.

#include "model/inventory.h"
#include "model/plan.h"

#include <cstdint>
#include <vector>

namespace slimplan {

class SummaryTally
{
public:
    SummaryTally() = default;
    // Decisions beyond the inventory are ignored; items without a decision are not counted.
    SummaryTally(const Inventory &inventory, const std::vector<Decision> &decisions);

    // The decision of `row` changed from oldAction to newAction. Rows out of range are ignored.
    void update(int row, Action oldAction, Action newAction);
    PlanSummary summary() const;
    int rowCount() const { return static_cast<int>(m_kind.size()); }

private:
    // Adds (sign +1) or removes (sign -1) the row's share under action a, for the "after" side.
    void count(std::size_t row, Action a, int sign);

    std::vector<std::uint8_t> m_kind;
    std::vector<std::uint8_t> m_level; // kLevelCount = unknown
    std::vector<double> m_cost;        // NaN = unknown
    std::vector<int> m_dataBegin;      // row -> first of its data-item ids in m_dataIds (size n + 1)
    std::vector<int> m_dataIds;
    std::vector<int> m_collecting;     // data-item id -> items still collecting it (not shut down)
    int m_distinct = 0;                // data-item ids with m_collecting > 0
    PlanSummary m_sum;                 // before, after, the per-level counts, dataItemsBefore
    double m_saved = 0.0;
    int m_savedItems = 0;              // leaving items with a known cost
};

} // namespace slimplan
