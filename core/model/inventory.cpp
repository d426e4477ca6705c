#include "model/inventory.h"

namespace slimplan {

int Inventory::upsert(Item item)
{
    auto it = m_index.constFind(item.id);
    if (it != m_index.constEnd()) {
        m_items[static_cast<std::size_t>(*it)] = std::move(item);
        return *it;
    }
    const int idx = size();
    m_index.insert(item.id, idx);
    m_items.push_back(std::move(item));
    return idx;
}

void Inventory::reserve(int n)
{
    m_items.reserve(static_cast<std::size_t>(n));
    m_index.reserve(n);
}

void Inventory::clear()
{
    m_items.clear();
    m_index.clear();
}

std::array<int, kKindCount> Inventory::countByKind() const
{
    std::array<int, kKindCount> out{};
    for (const Item &it : m_items)
        ++out[static_cast<int>(it.kind)];
    return out;
}

} // namespace slimplan
