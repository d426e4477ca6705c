#pragma once
// Ids of texts looked up by the address of their characters first. The importer, the store and
// the generator intern repeated texts (function names, data items, owners), so equal texts
// mostly share one buffer: a pointer hash then replaces hashing and comparing the text. Equal
// texts in different buffers still get one id, through the text itself.
//
// An address stands for its text only while that string is alive and unchanged: keep these maps
// for the length of one computation over a const inventory, never across edits.

#include <QHash>
#include <QString>

#include <cstddef>
#include <vector>

namespace slimplan {

// Open addressing from (address, length) of a string's characters to an int.
class AddressMap
{
public:
    // The value stored for the string's buffer, or -1.
    int find(const QString &s) const
    {
        if (m_slots.empty())
            return -1;
        const QChar *p = s.constData();
        for (std::size_t k = slotOf(p);; k = (k + 1) & m_mask) {
            const Slot &slot = m_slots[k];
            if (slot.address == p && slot.length == s.size())
                return slot.value;
            if (!slot.address)
                return -1;
        }
    }
    // Stores the value for the string's buffer (replacing one stored before).
    void insert(const QString &s, int value);
    void clear();
    std::size_t size() const { return m_used; }

private:
    struct Slot
    {
        const QChar *address = nullptr;
        qsizetype length = 0;
        int value = -1;
    };
    std::size_t slotOf(const QChar *p) const
    {
        const auto x = static_cast<quint64>(reinterpret_cast<quintptr>(p)) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(x >> 32) & m_mask;
    }
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_used = 0;
};

// Dense ids 0, 1, 2 … of distinct texts, in order of first sight.
class TextIds
{
public:
    // The text's id, a new one the first time it is seen.
    int idOf(const QString &s)
    {
        const int byAddress = m_byAddress.find(s);
        if (byAddress >= 0)
            return byAddress;
        auto it = m_byText.constFind(s);
        if (it == m_byText.cend())
            it = m_byText.insert(s, static_cast<int>(m_byText.size()));
        m_byAddress.insert(s, it.value());
        return it.value();
    }
    int size() const { return static_cast<int>(m_byText.size()); }
    void clear()
    {
        m_byAddress.clear();
        m_byText.clear();
    }

private:
    AddressMap m_byAddress;
    QHash<QString, int> m_byText;
};

} // namespace slimplan
