#pragma once
// The items table: writing an inventory into it and reading it back, on the raw sqlite3 handle
// (1,000,000 rows in seconds). Lists are JSON arrays of strings, extra attributes a JSON object
// in column order, member hashes a BLOB of little-endian uint64s, dates YYYY-MM-DD, unknown
// values NULL.

#include "model/inventory.h"
#include "util/progress.h"

#include <QString>

struct sqlite3;

namespace slimplan::itemrows {

// Upserts every item into the snapshot (inside the caller's transaction). False on error or
// cancel (*error says which); the caller rolls back.
bool write(sqlite3 *db, int snapshot, const Inventory &inv, Progress *progress, QString *error);

// The snapshot's items in first-import order. Empty if cancelled.
Inventory read(sqlite3 *db, int snapshot, Progress *progress);

// Encodings shared with the plan tables.
QByteArray encodeDate(const QDate &d);          // empty for an invalid date
QDate decodeDate(const char *p, int size);
QByteArray encodeHashes(const std::vector<quint64> &hashes);
std::vector<quint64> decodeHashes(const QByteArray &blob);

} // namespace slimplan::itemrows
