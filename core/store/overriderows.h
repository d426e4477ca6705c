#pragma once
// The overrides table: the official's decisions in the order they were made, on the raw sqlite3
// handle. The callers own the transaction.

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
bool add(sqlite3 *db, int snapshot, const Override &o, QString *error);
// Replaces every override of the snapshot (inside the caller's transaction).
bool replaceAll(sqlite3 *db, int snapshot, const std::vector<Override> &all, QString *error);

// Writes many overrides with its statements prepared once (a bulk decision of 10,000 items).
class Writer
{
public:
    Writer(sqlite3 *db, int snapshot);
    // Appends one override row.
    bool add(const Override &o, QString *error);
    // Makes `o` the item's only override (o = nullopt: none, the recommendation stands).
    bool set(const QString &itemId, const std::optional<Override> &o, QString *error);

private:
    int m_snapshot;
    SqliteStatement m_delete;
    SqliteStatement m_insert;
    QDateTime m_lastWhen;
    QString m_lastIso;
};

} // namespace slimplan::overriderows
