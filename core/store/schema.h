#pragma once
// The project file's schema and its migrations. Each schema version is one step in an ordered
// list; a file at version N is brought to the current version by running steps N+1… in turn, each
// in its own transaction that also sets PRAGMA user_version, so a failed step leaves the file at
// the last complete version.

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace slimplan::schema {

// The version this program writes. A file with a larger user_version is refused.
inline constexpr int kCurrentVersion = 6;

struct Migration
{
    int toVersion = 0;
    const char *description = "";
    bool (*apply)(QSqlDatabase &db, QString *error) = nullptr;
};

// Steps in order: toVersion 1, 2, …, kCurrentVersion.
const std::vector<Migration> &migrations();

// PRAGMA user_version, or -1 (with *error) if the file cannot be read as a database.
int userVersion(QSqlDatabase &db, QString *error);

// Runs the steps from the file's version up to `target` (≤ kCurrentVersion). Tests use a smaller
// target to make files of an older version.
bool migrate(QSqlDatabase &db, int target, QString *error);

// Runs one statement; on failure puts the driver's message into *error.
bool exec(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace slimplan::schema
