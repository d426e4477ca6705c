#pragma once
// Interns repeated strings (owners, platforms, regions, function names) so that a million imported
// items share one buffer per distinct text instead of holding a million copies.

#include <QHash>
#include <QString>

namespace slimplan {

class StringPool
{
public:
    // The pooled copy equal to s (s itself the first time it is seen). Empty stays empty.
    QString intern(const QString &s)
    {
        if (s.isEmpty())
            return QString();
        auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd())
            return *it;
        m_pool.insert(s, s);
        return s;
    }
    qsizetype size() const { return m_pool.size(); }

private:
    QHash<QString, QString> m_pool;
};

} // namespace slimplan
