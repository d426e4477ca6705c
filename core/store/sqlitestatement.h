#pragma once
// A prepared statement on the raw sqlite3 handle that the QSQLITE driver lends us. Used on the
// paths that touch every item (import, load, saving a plan): Qt Sql's QVariant binding costs
// several times more per row than the statement itself.

#include <QByteArray>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace slimplan {

// The UTF-8 of the last string it was given, converted again only when the string changes: the
// rows of a bulk write share their reason, author, time and action (the same QString data), and
// binding them as UTF-16 made SQLite convert each one per row. Bind with bindUtf8Static; the
// bytes stay valid until the next of().
class Utf8Memo
{
public:
    const QByteArray &of(const QString &s)
    {
        if (!m_set || s.constData() != m_source.constData() || s.size() != m_source.size()) {
            m_source = s; // shares the data, so the pointer compared above stays valid
            m_utf8 = s.toUtf8();
            m_set = true;
        }
        return m_utf8;
    }

private:
    QString m_source;
    QByteArray m_utf8;
    bool m_set = false;
};

// The same for an enum's name (an action, a log entry's kind): converted when the value changes.
class NameMemo
{
public:
    template<typename Name>
    const QByteArray &of(int value, Name name)
    {
        if (value != m_value) {
            m_value = value;
            m_utf8 = name().toUtf8();
        }
        return m_utf8;
    }

private:
    int m_value = -1;
    QByteArray m_utf8;
};

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const;

    // Binding, 1-based like SQLite. Text is copied (SQLITE_TRANSIENT).
    void bindNull(int i);
    void bindInt(int i, qint64 v);
    void bindDouble(int i, double v);
    void bindText(int i, QStringView s);           // empty → '' (not NULL)
    void bindTextOrNull(int i, QStringView s);     // empty → NULL (unknown)
    void bindUtf8(int i, const QByteArray &utf8);  // empty → ''
    void bindBlob(int i, const void *data, int size);
    // Bytes that stay valid and unchanged until the statement is stepped and reset (no copy).
    void bindUtf8Static(int i, const char *utf8, int size);
    void bindBlobStatic(int i, const void *data, int size);
    // Text through a memo (see Utf8Memo): '' for empty, or NULL for empty with orNull.
    void bindMemo(int i, Utf8Memo &memo, const QString &s, bool orNull = false);
    void bindName(int i, const QByteArray &utf8) { bindUtf8Static(i, utf8.constData(), int(utf8.size())); }
    // reset() without clearing the bindings (for callers that bind every parameter each time).
    void resetKeepBindings();

    // SQLITE_ROW → true; SQLITE_DONE → false with ok; anything else → false with !ok.
    bool step();
    bool ok() const { return m_ok; }
    bool exec() { step(); return m_ok; } // for statements without rows
    void reset();

    bool isNull(int col) const;
    qint64 intAt(int col) const;
    double doubleAt(int col) const;
    QString textAt(int col) const;
    // Raw UTF-8 bytes valid until the next step(); size in *size.
    const char *utf8At(int col, int *size) const;
    QByteArray blobAt(int col) const;
    // Raw blob bytes valid until the next step(); size in *size.
    const char *blobPtr(int col, int *size) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};

} // namespace slimplan
