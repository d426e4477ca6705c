#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace slimplan {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_ok = false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::errorString() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
void SqliteStatement::bindInt(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
void SqliteStatement::bindDouble(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }

void SqliteStatement::bindText(int i, QStringView s)
{
    // UTF-16 binding spares a conversion here; SQLite stores UTF-8 (the file's encoding).
    // A null QString has no data pointer, which SQLite would take for NULL: bind '' instead.
    if (s.isNull())
        sqlite3_bind_text(m_stmt, i, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_stmt, i, s.utf16(), static_cast<int>(s.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindTextOrNull(int i, QStringView s)
{
    if (s.isEmpty())
        bindNull(i);
    else
        bindText(i, s);
}

void SqliteStatement::bindUtf8(int i, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int i, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8Static(int i, const char *utf8, int size)
{
    sqlite3_bind_text(m_stmt, i, utf8 ? utf8 : "", size, SQLITE_STATIC);
}

void SqliteStatement::bindBlobStatic(int i, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_STATIC);
}

void SqliteStatement::bindMemo(int i, Utf8Memo &memo, const QString &s, bool orNull)
{
    if (orNull && s.isEmpty()) {
        bindNull(i);
        return;
    }
    const QByteArray &utf8 = memo.of(s);
    bindUtf8Static(i, utf8.constData(), static_cast<int>(utf8.size()));
}

void SqliteStatement::resetKeepBindings()
{
    sqlite3_reset(m_stmt);
}

bool SqliteStatement::step()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_ok = true;
        return true;
    }
    m_ok = rc == SQLITE_DONE;
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
qint64 SqliteStatement::intAt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double SqliteStatement::doubleAt(int col) const { return sqlite3_column_double(m_stmt, col); }

QString SqliteStatement::textAt(int col) const
{
    int size = 0;
    const char *p = utf8At(col, &size);
    return p ? QString::fromUtf8(p, size) : QString();
}

const char *SqliteStatement::utf8At(int col, int *size) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    *size = sqlite3_column_bytes(m_stmt, col);
    return p;
}

const char *SqliteStatement::blobPtr(int col, int *size) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    *size = sqlite3_column_bytes(m_stmt, col);
    return static_cast<const char *>(p);
}

QByteArray SqliteStatement::blobAt(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QByteArray(static_cast<const char *>(p), n) : QByteArray();
}

} // namespace slimplan
