#pragma once
// Interns repeated strings (owners, platforms, regions, function names) so that a million imported
// items share one buffer per distinct text instead of holding a million copies. Looked up by view:
// a text seen before costs no allocation.

#include <QHash>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <unordered_set>

namespace slimplan {

// Hash and equality over QString keys that also accept a QStringView, for heterogeneous lookup in
// the standard unordered containers (no QString built just to look a text up).
// Deliberately not noexcept: libstdc++ then caches each node's hash, instead of hashing the stored
// strings again while it walks a bucket.
struct StringViewHash
{
    using is_transparent = void;
    std::size_t operator()(QStringView s) const { return qHash(s); }
    std::size_t operator()(const QString &s) const { return qHash(QStringView(s)); }
};
struct StringViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

class StringPool
{
public:
    // The pooled copy equal to s (s itself the first time it is seen). Empty stays empty.
    QString intern(const QString &s)
    {
        if (s.isEmpty())
            return QString();
        auto it = m_pool.find(QStringView(s));
        if (it != m_pool.end())
            return *it;
        m_pool.insert(s);
        return s;
    }
    QString intern(QStringView s)
    {
        if (s.isEmpty())
            return QString();
        auto it = m_pool.find(s);
        if (it != m_pool.end())
            return *it;
        return *m_pool.insert(s.toString()).first;
    }
    qsizetype size() const { return static_cast<qsizetype>(m_pool.size()); }

private:
    std::unordered_set<QString, StringViewHash, StringViewEqual> m_pool;
};

} // namespace slimplan
