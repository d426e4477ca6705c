#pragma once
// The overrides table: the latest decision per item (keyed by snapshot and item, WITHOUT ROWID,
// written with INSERT OR REPLACE: one B-tree write per decision), read back in the order the
// decisions were made (the seq column; its counter lives in meta as "overrides_seq"). On the raw
// sqlite3 handle; the callers own the transaction.

#include "model/campaign.h"
#include "model/plan.h"
#include "store/sqlitestatement.h"

#include <QDateTime>
#include <QString>

#include <vector>

struct sqlite3;

namespace slimplan::overriderows {

std::vector<Override> read(sqlite3 *db, int snapshot);
// The override a logged decision leaves in force (its new action, reason, who and when), or none.
std::optional<Override> overrideAfter(const DecisionLogEntry &e);
// Makes `o` its item's override, the latest in order.
bool add(sqlite3 *db, int snapshot, const Override &o, QString *error);
// Replaces every override of the snapshot (inside the caller's transaction).
bool replaceAll(sqlite3 *db, int snapshot, const std::vector<Override> &all, QString *error);

// Writes many overrides with its statements prepared once (a bulk decision of 10,000 items).
// finish() stores the order counter and must run before the caller commits.
class Writer
{
public:
    Writer(sqlite3 *db, int snapshot);
    // Makes `o` its item's override, the latest in order (replacing the item's earlier one).
    bool add(const Override &o, QString *error);
    // Makes `o` the item's only override (o = nullopt: none, the recommendation stands).
    bool set(const QString &itemId, const std::optional<Override> &o, QString *error);
    bool finish(QString *error);

private:
    sqlite3 *m_db;
    int m_snapshot;
    SqliteStatement m_delete;
    SqliteStatement m_upsert;
    qint64 m_seq = -1; // the last seq given; -1: not read from meta yet
    bool m_dirty = false;
    QDateTime m_lastWhen;
    QString m_lastIso;
    NameMemo m_action;
    Utf8Memo m_reason, m_who, m_at;
};

} // namespace slimplan::overriderows
