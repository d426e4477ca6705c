#pragma once
// A region's inventory: the items of one or several ledgers, indexed by id.

#include "model/item.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace slimplan {

class Inventory
{
public:
    const std::vector<Item> &items() const { return m_items; }
    std::vector<Item> &items() { return m_items; }
    int size() const { return static_cast<int>(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    const Item &at(int i) const { return m_items[static_cast<std::size_t>(i)]; }

    // Index of the item with this id, or -1.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    // Adds the item, or replaces the one with the same id (re-import updates, never duplicates).
    // Returns the item's index.
    int upsert(Item item);
    void reserve(int n);
    void clear();

    // Counts per kind.
    std::array<int, kKindCount> countByKind() const;

private:
    std::vector<Item> m_items;
    QHash<QString, int> m_index;
};

} // namespace slimplan
