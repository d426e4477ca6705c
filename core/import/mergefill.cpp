#include "import/mergefill.h"

#include <algorithm>

namespace slimplan {

void MergeFill::add(const Merge &merge)
{
    if (merge.lastRow <= merge.firstRow || merge.column < 0)
        return; // one row high: nothing to fill
    if (m_next < m_pending.size() && merge.firstRow < m_pending.back().firstRow)
        m_sorted = false;
    m_pending.push_back(merge);
}

void MergeFill::apply(RawRow &row)
{
    if (!m_sorted) {
        std::stable_sort(m_pending.begin() + static_cast<std::ptrdiff_t>(m_next), m_pending.end(),
                         [](const Merge &a, const Merge &b) { return a.firstRow < b.firstRow; });
        m_sorted = true;
    }
    while (m_next < m_pending.size() && m_pending[m_next].firstRow <= row.row) {
        const Merge &m = m_pending[m_next++];
        // Merges are disjoint in a valid file; a new one in a column ends any older one there.
        m_active.erase(m.column);
        // A top row absent from the file (xlsx writes no empty rows) leaves nothing to fill.
        if (m.firstRow != row.row || m.column >= row.cells.size() || row.cells.at(m.column).isEmpty())
            continue;
        const bool isDate = m.column < row.isDate.size() && row.isDate.at(m.column);
        m_active[m.column] = Fill{m.firstRow, m.lastRow, row.cells.at(m.column), isDate};
    }
    if (m_next == m_pending.size()) {
        m_pending.clear();
        m_next = 0;
    }
    for (auto it = m_active.begin(); it != m_active.end();) {
        const Fill &fill = it->second;
        if (fill.lastRow < row.row) {
            it = m_active.erase(it);
            continue;
        }
        if (row.row > fill.firstRow) {
            const int column = it->first;
            while (row.cells.size() <= column)
                row.cells.append(QString());
            while (row.isDate.size() < row.cells.size())
                row.isDate.append(false);
            row.cells[column] = fill.text;
            row.isDate[column] = fill.isDate;
        }
        ++it;
    }
}

int MergeFill::lastFilledRow() const
{
    int last = 0;
    for (const auto &[column, fill] : m_active)
        last = std::max(last, fill.lastRow);
    return last;
}

} // namespace slimplan
