#pragma once
// Identity across the returns of one import (INVENTORY-FORMAT.md, *Identity*): the same item
// reported twice — the same id or 备案编号, or the same kind, owner, name and platform in another
// return — becomes one item. The record read first stands, its empty fields are filled from the
// later one, the later name is kept as an alias and its place as a further source.

#include "model/inventory.h"

#include <QHash>
#include <QString>

namespace slimplan {

class ItemFolder
{
public:
    explicit ItemFolder(Inventory &inventory) : m_inventory(inventory) {}

    enum class Outcome {
        Added,       // a new item
        Folded,      // the same item as an earlier one: merged into it
        DuplicateId  // an id column repeats an id within one file: a typing mistake, not imported
    };
    struct Result
    {
        Outcome outcome = Outcome::Added;
        int index = -1;     // the item added or folded into
        bool byFilingNo = false; // folded because the 备案编号 matched (the ids differ)
    };
    // idFromColumn: the id was typed in an id column (a repeat within one file is an error there).
    Result add(Item item, bool idFromColumn);

    // A file starts: what it folds into earlier items can be taken back (rollbackFile()).
    void beginFile();
    // The file is refused: earlier items it folded into are restored, and its own items (index
    // itemsBefore and above) leave the inventory.
    void rollbackFile(int itemsBefore);

    // "FILE:SHEET:ROW" of an item's first report.
    static QString sourceOf(const Item &item);

private:
    static void fill(Item &into, Item &&from);

    Inventory &m_inventory;
    QHash<QString, int> m_byFilingNo;
    QHash<int, Item> m_before; // earlier items as they were before this file folded into them
};

} // namespace slimplan
