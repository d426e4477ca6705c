#include "plan/summarytally.h"

#include "policy/rulecontext.h"

#include <cmath>
#include <limits>

namespace slimplan {

// After the plan, reporting is folded into one form (一表通): every distinct data item that is
// still collected is reported once. Items that shut down stop collecting; items that merge or
// migrate carry their data items into the survivor or the platform; so "after" is the number of
// distinct data items (trimmed, spaces removed, case-folded) over all items that do not shut down.
// Unknown annual costs are not counted as 0: the saving sums the known costs of leaving items and
// annualCostUnknown says how many leaving items had none (the saving is then a lower bound).
SummaryTally::SummaryTally(const Inventory &inventory, const std::vector<Decision> &decisions)
{
    const std::size_t n = std::min(inventory.items().size(), decisions.size());
    m_kind.resize(n);
    m_level.resize(n);
    m_cost.resize(n);
    m_dataBegin.resize(n + 1);
    NormalizedIds dataItems;
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = inventory.items()[i];
        m_kind[i] = static_cast<std::uint8_t>(it.kind);
        m_level[i] = static_cast<std::uint8_t>(it.level ? static_cast<int>(*it.level) : kLevelCount);
        m_cost[i] = it.annualCost ? *it.annualCost : std::numeric_limits<double>::quiet_NaN();
        m_dataBegin[i] = static_cast<int>(m_dataIds.size());
        for (const QString &d : it.dataItems) {
            const int id = dataItems.idOf(d);
            if (id >= 0)
                m_dataIds.push_back(id);
        }
        ++m_sum.before.perKind[m_kind[i]];
        ++m_sum.beforeByLevel[m_level[i]].perKind[m_kind[i]];
        m_sum.dataItemsBefore += static_cast<int>(it.dataItems.size());
    }
    m_dataBegin[n] = static_cast<int>(m_dataIds.size());
    m_collecting.assign(std::size_t(dataItems.size()), 0);
    for (std::size_t i = 0; i < n; ++i)
        count(i, decisions[i].action, +1);
}

void SummaryTally::count(std::size_t row, Action a, int sign)
{
    const int k = m_kind[row];
    if (!leavesCount(a)) {
        m_sum.after.perKind[k] += sign;
        m_sum.afterByLevel[m_level[row]].perKind[k] += sign;
    } else if (!std::isnan(m_cost[row])) {
        m_saved += sign * m_cost[row];
        m_savedItems += sign;
    } else {
        m_sum.annualCostUnknown += sign;
    }
    if (a == Action::Shutdown)
        return;
    for (int j = m_dataBegin[row]; j < m_dataBegin[row + 1]; ++j) {
        int &refs = m_collecting[std::size_t(m_dataIds[std::size_t(j)])];
        if (sign > 0 && refs++ == 0)
            ++m_distinct;
        else if (sign < 0 && --refs == 0)
            --m_distinct;
    }
}

void SummaryTally::update(int row, Action oldAction, Action newAction)
{
    if (row < 0 || row >= rowCount() || oldAction == newAction)
        return;
    count(std::size_t(row), oldAction, -1);
    count(std::size_t(row), newAction, +1);
}

PlanSummary SummaryTally::summary() const
{
    PlanSummary s = m_sum;
    // Added and taken away in another order than a fresh count: with no leaving item of known
    // cost left, the saving is exactly 0, not a rounding residue.
    s.annualCostSaved = m_savedItems > 0 ? m_saved : 0.0;
    s.dataItemsAfter = m_distinct;
    for (int k = 0; k < kKindCount; ++k) {
        const int b = s.before.perKind[k];
        s.reductionPct[k] = b ? 100.0 * (b - s.after.perKind[k]) / b : 0.0;
    }
    const int bt = s.before.total();
    s.reductionPctTotal = bt ? 100.0 * (bt - s.after.total()) / bt : 0.0;
    return s;
}

} // namespace slimplan
