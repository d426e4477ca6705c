// Tracking, part of ProjectStore: every step of an item is appended to tracking_events and becomes
// the item's row in `tracking` (its current state), in one transaction. The Notified step fixes
// the deadline from the item's action and the policy profile; later steps keep it.

#include "store/projectstore.h"

#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace slimplan {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The statements one batch of steps needs, prepared once.
struct TrackingWriter
{
    explicit TrackingWriter(sqlite3 *db)
        : exists(db, "SELECT 1 FROM items WHERE snapshot_id = ?1 AND id = ?2")
        , action(db, "SELECT COALESCE((SELECT action FROM overrides WHERE snapshot_id = ?1"
                     " AND item_id = ?2 ORDER BY seq DESC LIMIT 1), (SELECT action FROM"
                     " plan_decisions WHERE snapshot_id = ?1 AND item_id = ?2))")
        , previous(db, "SELECT deadline FROM tracking WHERE snapshot_id = ?1 AND item_id = ?2")
        , append(db, "INSERT INTO tracking_events (snapshot_id, item_id, state, on_date, note,"
                     " evidence, who, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        , upsert(db, "INSERT INTO tracking (snapshot_id, item_id, state, on_date, deadline, note)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (snapshot_id, item_id) DO UPDATE"
                     " SET state = excluded.state, on_date = excluded.on_date,"
                     " deadline = excluded.deadline, note = excluded.note")
    {
    }

    // The item's action in the plan: its latest override, else the saved decision.
    std::optional<Action> actionOf(int snapshot, const QString &itemId)
    {
        action.reset();
        action.bindInt(1, snapshot);
        action.bindText(2, itemId);
        if (!action.step() || action.isNull(0))
            return std::nullopt;
        return actionFromName(action.textAt(0));
    }

    QDate previousDeadline(int snapshot, const QString &itemId)
    {
        previous.reset();
        previous.bindInt(1, snapshot);
        previous.bindText(2, itemId);
        return previous.step() ? QDate::fromString(previous.textAt(0), Qt::ISODate) : QDate();
    }

    bool itemExists(int snapshot, const QString &itemId)
    {
        exists.reset();
        exists.bindInt(1, snapshot);
        exists.bindText(2, itemId);
        return exists.step();
    }

    SqliteStatement exists;
    SqliteStatement action;
    SqliteStatement previous;
    SqliteStatement append;
    SqliteStatement upsert;
};

// Back to planned: not notified any more, so no deadline. Notified: from the profile when one is
// given (a notice written again restarts the clock). Any other step keeps what the notice fixed.
QDate deadlineAfter(TrackingWriter &w, int snapshot, const TrackingEvent &e, const PolicyProfile *profile)
{
    if (e.state == TrackingState::Planned)
        return {};
    if (e.state == TrackingState::Notified && profile) {
        const std::optional<Action> action = w.actionOf(snapshot, e.itemId);
        const int days = action ? profile->deadlineDays(*action) : -1;
        if (days < 0)
            return {};
        const QDate from = e.date.isValid() ? e.date : QDate::currentDate();
        return from.addDays(days);
    }
    return w.previousDeadline(snapshot, e.itemId);
}

bool writeEvent(TrackingWriter &w, int snapshot, const TrackingEvent &e, const PolicyProfile *profile,
                QString *error)
{
    const QByteArray state = trackingStateName(e.state).toLatin1();
    const QString date = isoDate(e.date);
    const QDateTime when = e.when.isValid() ? e.when : QDateTime::currentDateTimeUtc();
    const QDate deadline = deadlineAfter(w, snapshot, e, profile);

    w.append.reset();
    w.append.bindInt(1, snapshot);
    w.append.bindText(2, e.itemId);
    w.append.bindUtf8(3, state);
    w.append.bindTextOrNull(4, date);
    w.append.bindTextOrNull(5, e.note);
    w.append.bindTextOrNull(6, e.evidence);
    w.append.bindTextOrNull(7, e.who);
    w.append.bindText(8, when.toUTC().toString(Qt::ISODateWithMs));
    if (!w.append.exec()) {
        *error = w.append.errorString();
        return false;
    }
    w.upsert.reset();
    w.upsert.bindInt(1, snapshot);
    w.upsert.bindText(2, e.itemId);
    w.upsert.bindUtf8(3, state);
    w.upsert.bindTextOrNull(4, date);
    w.upsert.bindTextOrNull(5, isoDate(deadline));
    w.upsert.bindTextOrNull(6, e.note);
    if (!w.upsert.exec()) {
        *error = w.upsert.errorString();
        return false;
    }
    return true;
}

} // namespace

bool ProjectStore::recordTracking(const std::vector<TrackingEvent> &events, QString *error,
                                  const PolicyProfile *profile)
{
    if (events.empty())
        return true;
    // Inside recordNoticesAndTracking's transaction the work joins it (its rollback undoes both).
    const std::function<bool(QString *)> work = [&](QString *err) {
        TrackingWriter w(m_handle);
        for (const TrackingEvent &e : events) {
            if (!w.itemExists(m_snapshot, e.itemId)) {
                *err = tr("The project has no item \"%1\"; no step was recorded.").arg(e.itemId);
                return false;
            }
            if (!writeEvent(w, m_snapshot, e, profile, err))
                return false;
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

std::vector<TrackingStatus> ProjectStore::trackingStates() const
{
    std::vector<TrackingStatus> out;
    SqliteStatement st(m_handle, "SELECT item_id, state, on_date, deadline, note FROM tracking"
                                 " WHERE snapshot_id = ?1 ORDER BY rowid");
    st.bindInt(1, m_snapshot);
    while (st.step()) {
        TrackingStatus s;
        s.itemId = st.textAt(0);
        s.state = trackingStateFromName(st.textAt(1)).value_or(TrackingState::Planned);
        s.date = QDate::fromString(st.textAt(2), Qt::ISODate);
        s.deadline = QDate::fromString(st.textAt(3), Qt::ISODate);
        s.note = st.textAt(4);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<TrackingEvent> ProjectStore::trackingHistory(const QString &itemId) const
{
    std::vector<TrackingEvent> out;
    SqliteStatement st(m_handle, "SELECT id, item_id, state, on_date, note, evidence, who, at"
                                 " FROM tracking_events WHERE snapshot_id = ?1"
                                 " AND (?2 IS NULL OR item_id = ?2) ORDER BY id");
    st.bindInt(1, m_snapshot);
    st.bindTextOrNull(2, itemId);
    while (st.step()) {
        TrackingEvent e;
        e.id = st.intAt(0);
        e.itemId = st.textAt(1);
        e.state = trackingStateFromName(st.textAt(2)).value_or(TrackingState::Planned);
        e.date = QDate::fromString(st.textAt(3), Qt::ISODate);
        e.note = st.textAt(4);
        e.evidence = st.textAt(5);
        e.who = st.textAt(6);
        e.when = QDateTime::fromString(st.textAt(7), Qt::ISODateWithMs);
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<QSet<QString>> ProjectStore::laterSnapshotItemIds() const
{
    // One query, without loading the later inventory.
    SqliteStatement st(m_handle, "SELECT id FROM items WHERE snapshot_id ="
                                 " (SELECT MAX(snapshot_id) FROM items WHERE snapshot_id > ?1)");
    st.bindInt(1, m_snapshot);
    QSet<QString> ids;
    while (st.step())
        ids.insert(st.textAt(0));
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

} // namespace slimplan
