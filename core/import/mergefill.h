#pragma once
// Fills cells merged down over several rows: a ledger that merges 主办单位 over a block of rows
// means that value for every row of the block, so each row handed to the importer gets it.
// Shared by the .xlsx reader (which learns the merges before the rows) and the .ods reader (which
// learns each merge on its top row). Only vertical merges are filled, in their first column: a
// title merged across the sheet stays one text in its first cell.

#include "import/tablesource.h"

#include <map>
#include <vector>

namespace slimplan {

class MergeFill
{
public:
    struct Merge
    {
        int firstRow = 0; // 1-based physical rows, firstRow < lastRow
        int lastRow = 0;
        int column = 0;   // 0-based: the merge's first column
    };

    // A merge whose value is taken from the row firstRow when it passes apply(). Add it before
    // that row is applied; merges may come in any order.
    void add(const Merge &merge);
    // Takes the values of merges starting in this row and writes the values of merges started
    // above into it (padding its cells). Rows must come in increasing order.
    void apply(RawRow &row);
    // The last row a value is being filled down to, 0 when none: lets a reader skip blank rows
    // beyond it without handing them out one by one.
    int lastFilledRow() const;
    bool hasPending() const { return m_next < m_pending.size(); }

private:
    struct Fill
    {
        int firstRow = 0;
        int lastRow = 0;
        QString text;
        bool isDate = false;
    };
    std::vector<Merge> m_pending;
    std::size_t m_next = 0;
    bool m_sorted = true;
    std::map<int, Fill> m_active; // by column; a column carries at most one merge at a time
};

} // namespace slimplan
