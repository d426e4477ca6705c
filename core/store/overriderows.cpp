#include "store/overriderows.h"

#include "store/sqlitestatement.h"

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

bool add(sqlite3 *db, int snapshot, const Override &o, QString *error)
{
    SqliteStatement st(db, "INSERT INTO overrides (snapshot_id, item_id, action, target,"
                           " reason, who, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bindInt(1, snapshot);
    st.bindText(2, o.itemId);
    st.bindUtf8(3, actionName(o.action).toLatin1());
    st.bindTextOrNull(4, o.target);
    st.bindText(5, o.reason);
    st.bindText(6, o.who);
    const QDateTime when = o.when.isValid() ? o.when : QDateTime::currentDateTimeUtc();
    st.bindText(7, when.toUTC().toString(Qt::ISODateWithMs));
    if (st.exec())
        return true;
    if (error)
        *error = st.errorString();
    return false;
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
    for (const Override &o : all) {
        if (!add(db, snapshot, o, error))
            return false;
    }
    return true;
}

} // namespace slimplan::overriderows
