#include "store/overriderows.h"

#include <QDateTime>

#include <algorithm>

namespace slimplan::overriderows {

namespace {

bool fail(const SqliteStatement &st, QString *error)
{
    if (error)
        *error = st.errorString();
    return false;
}

} // namespace

std::vector<Override> read(sqlite3 *db, int snapshot)
{
    // Read in key order (one pass over the snapshot's range), then put into decision order: a
    // sort in memory is cheaper than an index on seq that every decision would have to write.
    std::vector<std::pair<qint64, Override>> rows;
    SqliteStatement st(db, "SELECT seq, item_id, action, target, reason, who, at FROM overrides"
                           " WHERE snapshot_id = ?1");
    st.bindInt(1, snapshot);
    while (st.step()) {
        Override o;
        o.itemId = st.textAt(1);
        o.action = actionFromName(st.textAt(2)).value_or(Action::Keep);
        o.target = st.textAt(3);
        o.reason = st.textAt(4);
        o.who = st.textAt(5);
        o.when = QDateTime::fromString(st.textAt(6), Qt::ISODateWithMs);
        rows.emplace_back(st.intAt(0), std::move(o));
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Override> out;
    out.reserve(rows.size());
    for (auto &r : rows)
        out.push_back(std::move(r.second));
    return out;
}

std::optional<Override> overrideAfter(const DecisionLogEntry &e)
{
    if (!e.newAction)
        return std::nullopt;
    return Override{e.itemId, *e.newAction, e.newTarget, e.reason, e.who, e.when};
}

Writer::Writer(sqlite3 *db, int snapshot)
    : m_db(db)
    , m_snapshot(snapshot)
    , m_delete(db, "DELETE FROM overrides WHERE snapshot_id = ?1 AND item_id = ?2")
    , m_upsert(db, "INSERT OR REPLACE INTO overrides (snapshot_id, item_id, seq, action, target,"
                   " reason, who, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
{
}

bool Writer::add(const Override &o, QString *error)
{
    if (m_seq < 0) {
        // The counter is in meta since version 6 was made; the table's largest seq (a scan) only
        // if the row is missing.
        SqliteStatement last(m_db, "SELECT value FROM meta WHERE key = 'overrides_seq'");
        if (last.step()) {
            m_seq = last.intAt(0);
        } else if (!last.ok()) {
            return fail(last, error);
        } else {
            SqliteStatement max(m_db, "SELECT COALESCE(MAX(seq), 0) FROM overrides");
            if (!max.step())
                return fail(max, error);
            m_seq = max.intAt(0);
        }
    }
    m_upsert.reset();
    m_upsert.bindInt(1, m_snapshot);
    m_upsert.bindText(2, o.itemId);
    m_upsert.bindInt(3, ++m_seq);
    m_upsert.bindName(4, m_action.of(int(o.action), [&] { return actionName(o.action); }));
    m_upsert.bindTextOrNull(5, o.target);
    m_upsert.bindMemo(6, m_reason, o.reason);
    m_upsert.bindMemo(7, m_who, o.who);
    // Many overrides of one bulk decision share their time: formatted once.
    const QDateTime when = o.when.isValid() ? o.when : QDateTime::currentDateTimeUtc();
    if (when != m_lastWhen || m_lastIso.isEmpty()) {
        m_lastWhen = when;
        m_lastIso = when.toUTC().toString(Qt::ISODateWithMs);
    }
    m_upsert.bindMemo(8, m_at, m_lastIso);
    m_dirty = true;
    return m_upsert.exec() || fail(m_upsert, error);
}

bool Writer::set(const QString &itemId, const std::optional<Override> &o, QString *error)
{
    if (o) {
        Override row = *o;
        row.itemId = itemId;
        return add(row, error);
    }
    m_delete.reset();
    m_delete.bindInt(1, m_snapshot);
    m_delete.bindText(2, itemId);
    return m_delete.exec() || fail(m_delete, error);
}

bool Writer::finish(QString *error)
{
    if (!m_dirty)
        return true;
    SqliteStatement st(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('overrides_seq', ?1)");
    st.bindInt(1, m_seq);
    if (!st.exec())
        return fail(st, error);
    m_dirty = false;
    return true;
}

bool add(sqlite3 *db, int snapshot, const Override &o, QString *error)
{
    Writer writer(db, snapshot);
    return writer.add(o, error) && writer.finish(error);
}

bool replaceAll(sqlite3 *db, int snapshot, const std::vector<Override> &all, QString *error)
{
    SqliteStatement del(db, "DELETE FROM overrides WHERE snapshot_id = ?1");
    del.bindInt(1, snapshot);
    if (!del.exec())
        return fail(del, error);
    Writer writer(db, snapshot);
    for (const Override &o : all) {
        if (!writer.add(o, error))
            return false;
    }
    return writer.finish(error);
}

} // namespace slimplan::overriderows
