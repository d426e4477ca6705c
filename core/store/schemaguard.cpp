#include "store/schemaguard.h"

#include "store/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <atomic>

namespace slimplan::schemaguard {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::ProjectStore)
};

std::atomic<int> g_referenceCounter{0};

// type + name + SQL with whitespace runs collapsed, so layout never matters but content does.
using Objects = QSet<QString>;

QString objectKey(const QString &type, const QString &name, const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString s = sql;
    s.replace(space, QStringLiteral(" "));
    return type + QLatin1Char('\x1f') + name + QLatin1Char('\x1f') + s.trimmed();
}

// SQLite's own objects: automatic indexes (no SQL), AUTOINCREMENT's counter and ANALYZE's
// statistics. Anything else named sqlite_* was written into the file by hand.
bool isSqliteInternal(const QString &type, const QString &name, const QVariant &sql)
{
    if (!name.startsWith(QLatin1String("sqlite_")))
        return false;
    if (type == QLatin1String("index"))
        return sql.isNull() && name.startsWith(QLatin1String("sqlite_autoindex_"));
    static const QSet<QString> tables{QStringLiteral("sqlite_sequence"), QStringLiteral("sqlite_stat1"),
                                      QStringLiteral("sqlite_stat4")};
    return type == QLatin1String("table") && tables.contains(name);
}

bool readObjects(QSqlDatabase &db, Objects *out, QStringList *internalOdd, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        if (name.startsWith(QLatin1String("sqlite_"))) {
            if (!isSqliteInternal(type, name, q.value(2)) && internalOdd)
                *internalOdd << name;
            continue;
        }
        out->insert(objectKey(type, name, q.value(2).toString()));
    }
    return true;
}

bool referenceObjects(int version, Objects *out, QString *error)
{
    // What a version's migrations create never changes: build it once per version, not on every
    // open (an in-memory database and all the migrations cost more than checking a small file).
    static QMutex cacheMutex;
    static QHash<int, Objects> cache;
    {
        const QMutexLocker lock(&cacheMutex);
        const auto it = cache.constFind(version);
        if (it != cache.cend()) {
            *out = *it;
            return true;
        }
    }
    const QString connection = QStringLiteral("slimplan-schema-reference-%1").arg(g_referenceCounter.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase ref = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        ref.setDatabaseName(QStringLiteral(":memory:"));
        ok = ref.open() && schema::migrate(ref, version, error) && readObjects(ref, out, nullptr, error);
        if (!ok && error->isEmpty())
            *error = ref.lastError().text();
        ref.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok) {
        const QMutexLocker lock(&cacheMutex);
        cache.insert(version, *out);
    }
    return ok;
}
} // namespace

QString checkHeader(const QByteArray &header, qint64 fileSize, bool hotJournal)
{
    if (header.size() < 100 || hotJournal)
        return {};
    auto be32 = [&header](int at) {
        const auto *p = reinterpret_cast<const unsigned char *>(header.constData() + at);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    qint64 pageSize = (h[16] << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Tr::tr("its header is damaged (page size %1)").arg(pageSize);
    // The page count is valid only when the change counter matches "version-valid-for".
    const quint32 pages = be32(28);
    if (pages == 0 || be32(24) != be32(92))
        return {};
    if (fileSize < pageSize * pages)
        return Tr::tr("it is shorter than its header says (%1 of %2 bytes): it was not copied or "
                      "saved completely").arg(fileSize).arg(pageSize * pages);
    return {};
}

void applyLimits(sqlite3 *db)
{
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

bool matchesVersion(QSqlDatabase &db, int version, QString *error)
{
    QString err;
    Objects expected;
    if (!referenceObjects(version, &expected, &err)) {
        *error = Tr::tr("the expected structure of project format %1 cannot be built: %2").arg(version).arg(err);
        return false;
    }
    Objects found;
    QStringList unexpected;
    if (!readObjects(db, &found, &unexpected, &err)) {
        *error = err;
        return false;
    }
    auto describe = [](const QString &key) {
        const QStringList parts = key.split(QLatin1Char('\x1f'));
        return QStringLiteral("%1 %2").arg(parts.value(0), parts.value(1));
    };
    QStringList missing;
    for (const QString &key : std::as_const(expected)) {
        if (!found.contains(key))
            missing << describe(key);
    }
    for (const QString &key : std::as_const(found)) {
        if (!expected.contains(key))
            unexpected << describe(key);
    }
    if (unexpected.isEmpty() && missing.isEmpty())
        return true;
    if (unexpected.isEmpty()) {
        missing.sort();
        *error = Tr::tr("parts of the project are missing (%1): the file is damaged")
                     .arg(missing.mid(0, 5).join(QStringLiteral(", ")));
        return false;
    }
    unexpected.sort();
    const qsizetype shown = std::min<qsizetype>(unexpected.size(), 5);
    *error = Tr::tr("it holds database objects SlimPlan does not create (%1), so it was changed "
                    "outside SlimPlan and is not opened, for safety")
                 .arg(unexpected.mid(0, shown).join(QStringLiteral(", ")));
    return false;
}

} // namespace slimplan::schemaguard
