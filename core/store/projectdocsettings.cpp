// The 公文 settings of the project (issue #19): "doc.*" keys of the meta table.

#include "store/projectstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace slimplan {

QHash<QString, QString> ProjectStore::documentSettings() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'doc.%'"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool ProjectStore::setDocumentSettings(const QHash<QString, QString> &settings, QString *error)
{
    return inTransaction(error, [&](QString *err) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("doc.")))
                continue;
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec()) {
                if (err)
                    *err = q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

} // namespace slimplan
