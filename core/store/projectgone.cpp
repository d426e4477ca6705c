// Items a unit's return no longer lists ("reported gone", table reported_gone): flagged for the
// office, never deleted; a later return that lists the item again clears the flag. Written with
// the import itself (writeReturnMarks, inside importInventory's transaction) or on their own.
// Part of ProjectStore.

#include "store/projectstore.h"

#include "store/returndiff.h"
#include "store/sqlitestatement.h"

namespace slimplan {

namespace {

constexpr char kReplace[] = "INSERT OR REPLACE INTO reported_gone (snapshot_id, item_id, owner, file, at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr char kDelete[] = "DELETE FROM reported_gone WHERE snapshot_id = ?1 AND item_id = ?2";

bool failed(const SqliteStatement &st, QString *error)
{
    if (error)
        *error = st.errorString();
    return false;
}

bool writeGone(sqlite3 *db, int snapshot, const std::vector<ReportedGone> &gone, QString *error)
{
    SqliteStatement st(db, kReplace);
    if (!st.isValid())
        return failed(st, error);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const ReportedGone &g : gone) {
        st.reset();
        st.bindInt(1, snapshot);
        st.bindText(2, g.itemId);
        st.bindTextOrNull(3, g.owner);
        st.bindTextOrNull(4, g.file);
        st.bindText(5, g.when.isValid() ? g.when.toUTC().toString(Qt::ISODateWithMs) : now);
        if (!st.exec())
            return failed(st, error);
    }
    return true;
}

bool anyGone(sqlite3 *db, int snapshot)
{
    SqliteStatement st(db, "SELECT 1 FROM reported_gone WHERE snapshot_id = ?1 LIMIT 1");
    st.bindInt(1, snapshot);
    return st.step();
}

bool clearGone(sqlite3 *db, int snapshot, const QStringList &ids, QString *error)
{
    if (ids.isEmpty() || !anyGone(db, snapshot))
        return true; // the usual round: nothing flagged, so nothing to look up per item
    SqliteStatement st(db, kDelete);
    if (!st.isValid())
        return failed(st, error);
    for (const QString &id : ids) {
        st.reset();
        st.bindInt(1, snapshot);
        st.bindText(2, id);
        if (!st.exec())
            return failed(st, error);
    }
    return true;
}

} // namespace

bool ProjectStore::writeReturnMarks(const ReturnDiff &diff, QString *error)
{
    return clearGone(m_handle, m_snapshot, diff.listedIds(), error)
           && writeGone(m_handle, m_snapshot, reportedGoneOf(diff, QDateTime::currentDateTimeUtc()), error);
}

bool ProjectStore::recordReportedGone(const std::vector<ReportedGone> &gone, QString *error)
{
    return inTransaction(error, [&](QString *err) { return writeGone(m_handle, m_snapshot, gone, err); });
}

bool ProjectStore::clearReportedGone(const QStringList &itemIds, QString *error)
{
    return inTransaction(error, [&](QString *err) { return clearGone(m_handle, m_snapshot, itemIds, err); });
}

std::vector<ReportedGone> ProjectStore::reportedGone() const
{
    std::vector<ReportedGone> out;
    SqliteStatement st(m_handle, "SELECT item_id, owner, file, at FROM reported_gone"
                                 " WHERE snapshot_id = ?1 ORDER BY at, rowid");
    st.bindInt(1, m_snapshot);
    while (st.step())
        out.push_back({st.textAt(0), st.textAt(1), st.textAt(2),
                       QDateTime::fromString(st.textAt(3), Qt::ISODateWithMs)});
    return out;
}

} // namespace slimplan
