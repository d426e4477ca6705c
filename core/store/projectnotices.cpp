// The notices (整改通知) written to the units, as the campaign's record of who was told what and
// by when: appended in one transaction per run, read back in the order they were written. Part
// of ProjectStore.

#include "store/projectstore.h"

#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace slimplan {

bool ProjectStore::recordNotices(const std::vector<NoticeRecord> &notices, QString *error)
{
    // Inside recordNoticesAndTracking's transaction the work joins it.
    const std::function<bool(QString *)> work = [&](QString *err) {
        SqliteStatement st(m_handle, "INSERT INTO notices (snapshot_id, owner, file, items, deadline, at)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const NoticeRecord &n : notices) {
            st.bindInt(1, m_snapshot);
            st.bindText(2, n.owner);
            st.bindText(3, n.file);
            st.bindInt(4, n.items);
            if (n.deadline.isValid())
                st.bindText(5, n.deadline.toString(Qt::ISODate));
            else
                st.bindNull(5);
            const QDateTime when = n.when.isValid() ? n.when : QDateTime::currentDateTimeUtc();
            st.bindText(6, when.toUTC().toString(Qt::ISODateWithMs));
            if (!st.exec()) {
                *err = st.errorString();
                return false;
            }
            st.reset();
        }
        return true;
    };
    if (sqlite3_get_autocommit(m_handle))
        return inTransaction(error, work);
    QString err;
    const bool ok = work(&err);
    if (!ok && error)
        *error = err;
    return ok;
}

bool ProjectStore::recordNoticesAndTracking(const std::vector<NoticeRecord> &notices,
                                            const std::vector<TrackingEvent> &events, QString *error,
                                            const PolicyProfile *profile)
{
    return inTransaction(error, [&](QString *err) {
        return recordNotices(notices, err) && recordTracking(events, err, profile);
    });
}

std::vector<NoticeRecord> ProjectStore::notices() const
{
    std::vector<NoticeRecord> out;
    SqliteStatement st(m_handle, "SELECT owner, file, items, deadline, at FROM notices"
                                 " WHERE snapshot_id = ?1 ORDER BY id");
    st.bindInt(1, m_snapshot);
    while (st.step()) {
        NoticeRecord n;
        n.owner = st.textAt(0);
        n.file = st.textAt(1);
        n.items = static_cast<int>(st.intAt(2));
        if (!st.isNull(3))
            n.deadline = QDate::fromString(st.textAt(3), Qt::ISODate);
        n.when = QDateTime::fromString(st.textAt(4), Qt::ISODateWithMs);
        out.push_back(std::move(n));
    }
    return out;
}

} // namespace slimplan
