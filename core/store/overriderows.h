#pragma once
// The overrides table: the official's decisions in the order they were made, on the raw sqlite3
// handle. The callers own the transaction.

#include "model/plan.h"

#include <QString>

#include <vector>

struct sqlite3;

namespace slimplan::overriderows {

std::vector<Override> read(sqlite3 *db, int snapshot);
bool add(sqlite3 *db, int snapshot, const Override &o, QString *error);
// Replaces every override of the snapshot (inside the caller's transaction).
bool replaceAll(sqlite3 *db, int snapshot, const std::vector<Override> &all, QString *error);

} // namespace slimplan::overriderows
