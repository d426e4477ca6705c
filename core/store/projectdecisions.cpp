// The decision log: every decision appended, never rewritten (the file's triggers refuse UPDATE
// and DELETE), and applied to the overrides table (the latest decision per item) in the same
// transaction. Part of ProjectStore.

#include "store/projectstore.h"

#include "store/overriderows.h"
#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace slimplan {

namespace {

// The entries of one bulk decision share their time: formatted once (a conversion to UTC and a
// format cost more than the row's insert).
class IsoTimes
{
public:
    const QString &of(const QDateTime &when)
    {
        if (when != m_last || m_text.isEmpty()) {
            m_last = when;
            m_text = when.toUTC().toString(Qt::ISODateWithMs);
        }
        return m_text;
    }

private:
    QDateTime m_last;
    QString m_text;
};

void bindAction(SqliteStatement &st, int i, NameMemo &memo, const std::optional<Action> &a)
{
    if (a)
        st.bindName(i, memo.of(int(*a), [&] { return actionName(*a); }));
    else
        st.bindNull(i);
}

// One memo per text column of the log that a bulk decision repeats.
struct LogMemos
{
    Utf8Memo who, at, reason, scenario;
    NameMemo oldAction, newAction, kind;
};

} // namespace

// Entries of one call without a batch of their own share one: the id of the first (a bulk
// decision reads back as one). An enclosing transaction (saveAll) is joined, not nested.
bool ProjectStore::recordDecisions(std::vector<DecisionLogEntry> &entries, QString *error)
{
    if (entries.empty())
        return true;
    std::vector<DecisionLogEntry> written = entries;
    const auto work = [&](QString *err) {
        SqliteStatement ins(m_handle, "INSERT INTO decision_log (snapshot_id, batch, item_id, who, at,"
                                      " old_action, old_target, new_action, new_target, reason,"
                                      " scenario, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                      " ?10, ?11, ?12)");
        overriderows::Writer overrides(m_handle, m_snapshot);
        // The id the first entry will get (the largest id + 1): the batch is known before the
        // first insert, since no entry is ever updated afterwards.
        qint64 sharedBatch = 0;
        if (written.size() > 1) {
            SqliteStatement next(m_handle, "SELECT COALESCE(MAX(id), 0) + 1 FROM decision_log");
            if (!next.step()) {
                *err = next.errorString();
                return false;
            }
            sharedBatch = next.intAt(0);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        IsoTimes times;
        LogMemos memo;
        for (DecisionLogEntry &e : written) {
            if (!e.when.isValid())
                e.when = now;
            if (e.batch == 0)
                e.batch = sharedBatch;
            ins.reset();
            ins.bindInt(1, m_snapshot);
            ins.bindInt(2, e.batch);
            ins.bindText(3, e.itemId);
            ins.bindMemo(4, memo.who, e.who);
            ins.bindMemo(5, memo.at, times.of(e.when));
            bindAction(ins, 6, memo.oldAction, e.oldAction);
            ins.bindTextOrNull(7, e.oldTarget);
            bindAction(ins, 8, memo.newAction, e.newAction);
            ins.bindTextOrNull(9, e.newTarget);
            ins.bindMemo(10, memo.reason, e.reason);
            ins.bindMemo(11, memo.scenario, e.scenario, true);
            ins.bindName(12, memo.kind.of(int(e.kind), [&] { return decisionKindName(e.kind); }));
            if (!ins.exec()) {
                *err = ins.errorString();
                return false;
            }
            e.id = sqlite3_last_insert_rowid(m_handle);
            if (e.scenario.isEmpty() && !overrides.set(e.itemId, overriderows::overrideAfter(e), err))
                return false;
        }
        return overrides.finish(err);
    };
    QString err;
    const bool ok = sqlite3_get_autocommit(m_handle) ? inTransaction(&err, work) : work(&err);
    if (!ok) {
        if (error)
            *error = tr("The decisions could not be written to %1: %2").arg(m_path, err);
        return false;
    }
    entries = std::move(written);
    return true;
}

std::vector<DecisionLogEntry> ProjectStore::decisionLog(qint64 afterId) const
{
    std::vector<DecisionLogEntry> out;
    SqliteStatement st(m_handle, "SELECT id, batch, item_id, who, at, old_action, old_target,"
                                 " new_action, new_target, reason, scenario, kind FROM decision_log"
                                 " WHERE snapshot_id = ?1 AND id > ?2 ORDER BY id");
    st.bindInt(1, m_snapshot);
    st.bindInt(2, afterId);
    while (st.step()) {
        DecisionLogEntry e;
        e.id = st.intAt(0);
        e.batch = st.intAt(1);
        e.itemId = st.textAt(2);
        e.who = st.textAt(3);
        e.when = QDateTime::fromString(st.textAt(4), Qt::ISODateWithMs);
        if (!st.isNull(5))
            e.oldAction = actionFromName(st.textAt(5));
        e.oldTarget = st.textAt(6);
        if (!st.isNull(7))
            e.newAction = actionFromName(st.textAt(7));
        e.newTarget = st.textAt(8);
        e.reason = st.textAt(9);
        e.scenario = st.textAt(10);
        e.kind = decisionKindFromName(st.textAt(11)).value_or(DecisionLogEntry::Kind::Imported);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace slimplan
