#include "store/overriderows.h"

#include <QDateTime>

namespace slimplan::overriderows {

std::vector<Override> read(sqlite3 *db, int snapshot)
{
    std::vector<Override> out;
    SqliteStatement st(db, "SELECT item_id, action, target, reason, who, at FROM overrides"
                           " WHERE snapshot_id = ?1 ORDER BY id");
    st.bindInt(1, snapshot);
    while (st.step()) {
        Override o;
        o.itemId = st.textAt(0);
        o.action = actionFromName(st.textAt(1)).value_or(Action::Keep);
        o.target = st.textAt(2);
        o.reason = st.textAt(3);
        o.who = st.textAt(4);
        o.when = QDateTime::fromString(st.textAt(5), Qt::ISODateWithMs);
        out.push_back(std::move(o));
    }
    return out;
}

std::optional<Override> overrideAfter(const DecisionLogEntry &e)
{
    if (!e.newAction)
        return std::nullopt;
    return Override{e.itemId, *e.newAction, e.newTarget, e.reason, e.who, e.when};
}

Writer::Writer(sqlite3 *db, int snapshot)
    : m_snapshot(snapshot)
    , m_delete(db, "DELETE FROM overrides WHERE snapshot_id = ?1 AND item_id = ?2")
    , m_insert(db, "INSERT INTO overrides (snapshot_id, item_id, action, target,"
                   " reason, who, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
{
}

bool Writer::add(const Override &o, QString *error)
{
    m_insert.reset();
    m_insert.bindInt(1, m_snapshot);
    m_insert.bindText(2, o.itemId);
    m_insert.bindUtf8(3, actionName(o.action).toLatin1());
    m_insert.bindTextOrNull(4, o.target);
    m_insert.bindText(5, o.reason);
    m_insert.bindText(6, o.who);
    // Many overrides of one bulk decision share their time: formatted once.
    const QDateTime when = o.when.isValid() ? o.when : QDateTime::currentDateTimeUtc();
    if (when != m_lastWhen || m_lastIso.isEmpty()) {
        m_lastWhen = when;
        m_lastIso = when.toUTC().toString(Qt::ISODateWithMs);
    }
    m_insert.bindText(7, m_lastIso);
    if (m_insert.exec())
        return true;
    if (error)
        *error = m_insert.errorString();
    return false;
}

bool Writer::set(const QString &itemId, const std::optional<Override> &o, QString *error)
{
    m_delete.reset();
    m_delete.bindInt(1, m_snapshot);
    m_delete.bindText(2, itemId);
    if (!m_delete.exec()) {
        if (error)
            *error = m_delete.errorString();
        return false;
    }
    if (!o)
        return true;
    Override row = *o;
    row.itemId = itemId;
    return add(row, error);
}

bool add(sqlite3 *db, int snapshot, const Override &o, QString *error)
{
    return Writer(db, snapshot).add(o, error);
}

bool replaceAll(sqlite3 *db, int snapshot, const std::vector<Override> &all, QString *error)
{
    SqliteStatement del(db, "DELETE FROM overrides WHERE snapshot_id = ?1");
    del.bindInt(1, snapshot);
    if (!del.exec()) {
        if (error)
            *error = del.errorString();
        return false;
    }
    Writer writer(db, snapshot);
    for (const Override &o : all) {
        if (!writer.add(o, error))
            return false;
    }
    return true;
}

} // namespace slimplan::overriderows
