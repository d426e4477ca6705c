#include "store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace slimplan::schema {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Schema)
};

bool execAll(QSqlDatabase &db, std::initializer_list<const char *> statements, QString *error)
{
    for (const char *sql : statements) {
        if (!exec(db, QString::fromUtf8(sql), error))
            return false;
    }
    return true;
}

// Version 1, the first release: the document's tables. Items, decisions, overrides and import
// history carry a snapshot id so that several states of a region can live in one file
// (snapshot 1 is the current inventory).
bool toVersion1(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {
            "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)",
            "CREATE TABLE regions (id INTEGER PRIMARY KEY, code TEXT, name TEXT,"
            " derived INTEGER NOT NULL DEFAULT 1)",
            "CREATE TABLE snapshots (id INTEGER PRIMARY KEY, label TEXT NOT NULL,"
            " created TEXT NOT NULL, as_of TEXT)",
            "CREATE TABLE items ("
            " snapshot_id INTEGER NOT NULL DEFAULT 1 REFERENCES snapshots(id) ON DELETE CASCADE,"
            " id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, platform TEXT, owner TEXT,"
            " level TEXT, region TEXT, functions TEXT, data_items TEXT, audience TEXT,"
            " users INTEGER, active_users INTEGER, last_active TEXT, posts_90d INTEGER,"
            " annual_cost REAL, launched TEXT, filing_no TEXT, flags INTEGER NOT NULL DEFAULT 0,"
            " scene TEXT, member_hashes BLOB, notes TEXT, extra TEXT,"
            " source_file TEXT, source_sheet TEXT, source_row INTEGER,"
            " UNIQUE (snapshot_id, id))",
            "CREATE TABLE imports (id INTEGER PRIMARY KEY,"
            " snapshot_id INTEGER NOT NULL DEFAULT 1 REFERENCES snapshots(id) ON DELETE CASCADE,"
            " at TEXT NOT NULL, files TEXT NOT NULL, rows_read INTEGER, rows_imported INTEGER,"
            " warnings INTEGER, errors INTEGER, report TEXT)",
            "CREATE TABLE policy_profile (id INTEGER PRIMARY KEY CHECK (id = 1),"
            " profile TEXT NOT NULL, saved TEXT)",
            "CREATE TABLE plan_decisions ("
            " snapshot_id INTEGER NOT NULL DEFAULT 1 REFERENCES snapshots(id) ON DELETE CASCADE,"
            " item_id TEXT NOT NULL, action TEXT NOT NULL, target TEXT, rules TEXT,"
            " reason_zh TEXT, reason_en TEXT, confidence REAL, cluster INTEGER,"
            " PRIMARY KEY (snapshot_id, item_id))",
            "CREATE TABLE overrides (id INTEGER PRIMARY KEY,"
            " snapshot_id INTEGER NOT NULL DEFAULT 1 REFERENCES snapshots(id) ON DELETE CASCADE,"
            " item_id TEXT NOT NULL, action TEXT NOT NULL, target TEXT, reason TEXT, who TEXT,"
            " at TEXT)",
            "CREATE INDEX overrides_item ON overrides (snapshot_id, item_id)",
        }, error))
        return false;

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO snapshots (id, label, created) VALUES (1, 'current', ?)"));
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    // The salt makes member hashes useless outside this project: the same person hashes
    // differently in two projects, and a list of known ids cannot be matched against the file.
    std::array<quint32, 4> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    const QByteArray saltBytes(reinterpret_cast<const char *>(salt.data()), 16);
    const std::array<std::pair<QString, QVariant>, 3> meta{{
        {QStringLiteral("application"), QStringLiteral("SlimPlan")},
        {QStringLiteral("created"), now},
        {QStringLiteral("member_salt"), saltBytes},
    }};
    for (const auto &[key, value] : meta) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 2: the plan keeps its as-of date, profile and merge families, and each decision the
// findings behind it and, when an override changed it, what the recommender had said. Plans saved by version 1 get a row with unknown as-of date.
bool toVersion2(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        "CREATE TABLE plans ("
        " snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots(id) ON DELETE CASCADE,"
        " as_of TEXT, profile TEXT, created TEXT)",
        "CREATE TABLE plan_clusters ("
        " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
        " id INTEGER NOT NULL, survivor TEXT, members TEXT NOT NULL,"
        " PRIMARY KEY (snapshot_id, id))",
        "ALTER TABLE plan_decisions ADD COLUMN findings TEXT",
        "ALTER TABLE plan_decisions ADD COLUMN recommended_action TEXT",
        "ALTER TABLE plan_decisions ADD COLUMN recommended_target TEXT",
        "INSERT INTO plans (snapshot_id) SELECT DISTINCT snapshot_id FROM plan_decisions",
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('migrated_to_2', datetime('now'))",
    }, error);
}

// Version 3: an item reported by several returns keeps the other names it was given and where
// each further report stands (unit-separated lists; NULL = reported once).
bool toVersion3(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        "ALTER TABLE items ADD COLUMN aliases TEXT",
        "ALTER TABLE items ADD COLUMN also_reported_at TEXT",
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('migrated_to_3', datetime('now'))",
    }, error);
}
// Version 4, the campaign (issue #18): the official's decisions as an append-only log (the
// overrides table stays as the latest decision per item, for loading), each item's tracking from
// planned to verified with its history, the survey sheets sent, the notices written, and the
// items a unit's return no longer lists. The log is append-only in the file itself: triggers
// refuse every UPDATE and DELETE. Existing overrides enter the log as "imported" entries.
bool toVersion4(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        "CREATE TABLE decision_log (id INTEGER PRIMARY KEY,"
        " snapshot_id INTEGER NOT NULL DEFAULT 1, batch INTEGER NOT NULL DEFAULT 0,"
        " item_id TEXT NOT NULL, who TEXT, at TEXT NOT NULL,"
        " old_action TEXT, old_target TEXT, new_action TEXT, new_target TEXT,"
        " reason TEXT, scenario TEXT, kind TEXT NOT NULL)",
        "CREATE INDEX decision_log_item ON decision_log (snapshot_id, item_id)",
        "CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log"
        " BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END",
        "CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log"
        " BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END",
        "INSERT INTO decision_log (snapshot_id, item_id, who, at, new_action, new_target, reason, kind)"
        " SELECT snapshot_id, item_id, who, COALESCE(at, datetime('now')), action, target, reason,"
        " 'imported' FROM overrides ORDER BY id",
        "CREATE TABLE tracking (snapshot_id INTEGER NOT NULL DEFAULT 1, item_id TEXT NOT NULL,"
        " state TEXT NOT NULL, on_date TEXT, deadline TEXT, note TEXT,"
        " PRIMARY KEY (snapshot_id, item_id))",
        "CREATE TABLE tracking_events (id INTEGER PRIMARY KEY,"
        " snapshot_id INTEGER NOT NULL DEFAULT 1, item_id TEXT NOT NULL, state TEXT NOT NULL,"
        " on_date TEXT, note TEXT, evidence TEXT, who TEXT, at TEXT NOT NULL)",
        "CREATE INDEX tracking_events_item ON tracking_events (snapshot_id, item_id)",
        "CREATE TABLE surveys (id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL DEFAULT 1,"
        " owner TEXT NOT NULL, file TEXT NOT NULL, items INTEGER NOT NULL, at TEXT NOT NULL)",
        "CREATE TABLE notices (id INTEGER PRIMARY KEY, snapshot_id INTEGER NOT NULL DEFAULT 1,"
        " owner TEXT NOT NULL, file TEXT NOT NULL, items INTEGER NOT NULL, deadline TEXT,"
        " at TEXT NOT NULL)",
        "CREATE TABLE reported_gone (snapshot_id INTEGER NOT NULL DEFAULT 1, item_id TEXT NOT NULL,"
        " owner TEXT, file TEXT, at TEXT NOT NULL, PRIMARY KEY (snapshot_id, item_id))",
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('migrated_to_4', datetime('now'))",
    }, error);
}

// Version 5 (issue #20): named scenarios, each a policy profile of its own; a scenario's
// decisions are the decision log's entries that carry its name (the log is not changed).
bool toVersion5(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        "CREATE TABLE scenarios (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        " profile TEXT NOT NULL, created_from TEXT, created_at TEXT NOT NULL, who TEXT)",
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('migrated_to_5', datetime('now'))",
    }, error);
}

// Version 6 (issue #18 part 2, a decision on 10,000 of 1,000,000 items in ≤ 50 ms): the overrides
// table keyed by (snapshot, item) WITHOUT ROWID, so a decision is one INSERT OR REPLACE instead
// of a DELETE and an INSERT through a second index. seq keeps the order the decisions were made
// in (the old rowid); meta's "overrides_seq" is the last one given. An item with several rows
// (possible before) keeps its latest, the one that applied.
bool toVersion6(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        "CREATE TABLE overrides_v6 ("
        " snapshot_id INTEGER NOT NULL DEFAULT 1 REFERENCES snapshots(id) ON DELETE CASCADE,"
        " item_id TEXT NOT NULL, seq INTEGER NOT NULL, action TEXT NOT NULL, target TEXT,"
        " reason TEXT, who TEXT, at TEXT, PRIMARY KEY (snapshot_id, item_id)) WITHOUT ROWID",
        "INSERT OR REPLACE INTO overrides_v6 (snapshot_id, item_id, seq, action, target, reason, who, at)"
        " SELECT snapshot_id, item_id, id, action, target, reason, who, at FROM overrides ORDER BY id",
        "DROP TABLE overrides",
        "ALTER TABLE overrides_v6 RENAME TO overrides",
        "INSERT OR REPLACE INTO meta (key, value)"
        " VALUES ('overrides_seq', (SELECT COALESCE(MAX(seq), 0) FROM overrides))",
        // No query reads the log by item (it is read in id order): its index only cost a random
        // B-tree insert per entry. The log itself is unchanged, its triggers stay.
        "DROP INDEX decision_log_item",
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('migrated_to_6', datetime('now'))",
    }, error);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1, "project tables", &toVersion1},
        {2, "plan as-of date, profile, clusters and findings", &toVersion2},
        {3, "item aliases and further sources", &toVersion3},
        {4, "decision log, tracking, surveys, notices, items reported gone", &toVersion4},
        {5, "scenarios", &toVersion5},
        {6, "overrides keyed by item, without rowid", &toVersion6},
    };
    return steps;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

int userVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, int target, QString *error)
{
    QString err;
    const int from = userVersion(db, &err);
    if (from < 0) {
        *error = err;
        return false;
    }
    for (const Migration &m : migrations()) {
        if (m.toVersion <= from || m.toVersion > target)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        // user_version lives in the file header, which SQLite writes inside the transaction.
        if (!m.apply(db, &err)
            || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion), &err)
            || !db.commit()) {
            db.rollback();
            *error = Tr::tr("Upgrading the project to version %1 (%2) failed: %3")
                         .arg(m.toVersion)
                         .arg(QString::fromUtf8(m.description), err);
            return false;
        }
    }
    return true;
}

} // namespace slimplan::schema
