#include "util/textids.h"

#include <algorithm>

namespace slimplan {

void AddressMap::insert(const QString &s, int value)
{
    const QChar *p = s.constData();
    if (!p)
        return; // a null string has no buffer to stand for it: found by its text
    if (2 * (m_used + 1) > m_slots.size())
        grow();
    for (std::size_t k = slotOf(p);; k = (k + 1) & m_mask) {
        Slot &slot = m_slots[k];
        if (slot.address == p && slot.length == s.size()) {
            slot.value = value;
            return;
        }
        if (!slot.address) {
            slot = {p, s.size(), value};
            ++m_used;
            return;
        }
    }
}

void AddressMap::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), Slot());
    m_used = 0;
}

void AddressMap::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.resize(std::max<std::size_t>(64, 2 * old.size()));
    m_mask = m_slots.size() - 1;
    m_used = 0;
    for (const Slot &slot : old) {
        if (!slot.address)
            continue;
        for (std::size_t k = slotOf(slot.address);; k = (k + 1) & m_mask) {
            if (!m_slots[k].address) {
                m_slots[k] = slot;
                ++m_used;
                break;
            }
        }
    }
}

} // namespace slimplan
