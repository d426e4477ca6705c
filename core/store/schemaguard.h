#pragma once
// Defences for opening project files that come from others (mail, USB sticks): a crafted file
// must not make SlimPlan run anything or exhaust memory, and a file that holds objects SlimPlan
// never creates (triggers, views, changed tables) is refused rather than trusted.

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace slimplan::schemaguard {

// Lowers SQLite's size limits on the connection (strings/blobs, SQL text, ATTACH, expression
// depth) to what a project needs. Call before the first statement.
void applyLimits(sqlite3 *db);

// Compares the file's schema (sqlite_schema) with the one SlimPlan's migrations create for the
// file's version, built in memory. False with a translated *error naming the unexpected objects.
bool matchesVersion(QSqlDatabase &db, int version, QString *error);

// The first 100 bytes of the file (SQLite's header) against the file's size: a file shorter than
// its header says was cut (an interrupted copy or download). Empty result = fine, else a
// translated reason. A hot journal beside the file (a crash mid-write) skips the check: SQLite
// restores the file from it.
QString checkHeader(const QByteArray &header, qint64 fileSize, bool hotJournal);

// Largest string or blob a project may hold (bytes): far above any real cell, report or plan.
inline constexpr int kMaxValueBytes = 64 * 1024 * 1024;

} // namespace slimplan::schemaguard
