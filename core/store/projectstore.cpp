#include "store/projectstore.h"

#include "store/overriderows.h"
#include "store/itemrows.h"
#include "store/planrows.h"
#include "store/reportjson.h"
#include "store/schema.h"
#include "store/schemaguard.h"
#include "store/sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>
#include <atomic>

namespace slimplan {

namespace {
std::atomic<int> g_connectionCounter{0};

QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

ProjectStore::ProjectStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connection(std::move(connectionName))
{
}

ProjectStore::~ProjectStore()
{
    m_handle = nullptr;
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase(); // no copy of the connection may live when it is removed
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error)
{
    QString err;
    const QFileInfo fi(path);
    if (fi.isDir()) {
        *error = tr("%1 is a folder, not a project file.").arg(path);
        return nullptr;
    }
    // Check the header ourselves: SQLite opens any file lazily and only fails at the first
    // query, with a message that does not name the file.
    if (fi.exists() && fi.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
            return nullptr;
        }
        const QByteArray header = f.read(100);
        if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
            *error = tr("%1 is not a SlimPlan project: it is not an SQLite database, or it is "
                        "damaged.").arg(path);
            return nullptr;
        }
        const QString damage = schemaguard::checkHeader(header, fi.size(),
                                                        QFile::exists(path + QStringLiteral("-journal")));
        if (!damage.isEmpty()) {
            *error = tr("%1 cannot be opened as a SlimPlan project: %2").arg(path, damage);
            return nullptr;
        }
    }
    const QString name = QStringLiteral("slimplan-store-%1").arg(g_connectionCounter.fetch_add(1));
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, name));
    if (!store->init(&err)) {
        *error = err;
        return nullptr;
    }
    return store;
}

bool ProjectStore::init(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    const QVariant h = m_db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(h.constData())) {
        *error = tr("Cannot open %1: the SQLite driver gave no handle.").arg(m_path);
        return false;
    }
    m_handle = *static_cast<sqlite3 *const *>(h.constData());

    QString err;
    if (!configure(&err)) {
        *error = tr("%1 cannot be opened as a SlimPlan project (damaged file?): %2").arg(m_path, err);
        return false;
    }
    const int version = schema::userVersion(m_db, &err);
    if (version < 0) {
        *error = tr("%1 cannot be opened as a SlimPlan project (damaged file?): %2").arg(m_path, err);
        return false;
    }
    if (version > schema::kCurrentVersion) {
        *error = tr("%1 was saved by a newer version of SlimPlan (project format %2; this program "
                    "reads up to %3). Please update SlimPlan to open it.")
                     .arg(m_path).arg(version).arg(schema::kCurrentVersion);
        return false;
    }
    // Before anything is written (backup, migration): a file changed outside SlimPlan — a
    // trigger, a view, an altered table — is refused, whatever it was made to do.
    if (version > 0 && !schemaguard::matchesVersion(m_db, version, &err)) {
        *error = tr("%1 cannot be opened as a SlimPlan project: %2").arg(m_path, err);
        return false;
    }
    if (version == 0) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
            *error = tr("%1 cannot be opened as a SlimPlan project (damaged file?): %2")
                         .arg(m_path, q.lastError().text());
            return false;
        }
        if (q.value(0).toInt() > 0) {
            *error = tr("%1 is an SQLite database but not a SlimPlan project.").arg(m_path);
            return false;
        }
    } else if (version < schema::kCurrentVersion) {
        // Keep the file as it was before changing it: an older SlimPlan can still read the copy.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            *error = tr("Cannot upgrade %1: the backup copy %2 could not be written.").arg(m_path, backup);
            return false;
        }
    }
    if (!schema::migrate(m_db, schema::kCurrentVersion, &err)) {
        *error = tr("%1: %2").arg(m_path, err);
        return false;
    }

    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application', 'member_salt')"));
    QString application;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else
            m_salt = q.value(1).toByteArray();
    }
    if (application != QLatin1String("SlimPlan") || m_salt.size() != 16) {
        *error = tr("%1 is not a SlimPlan project, or its header data is damaged.").arg(m_path);
        return false;
    }
    return true;
}

bool ProjectStore::configure(QString *error)
{
    // A project file is a document: it must never run code or load libraries it carries.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    schemaguard::applyLimits(m_handle);
    // journal_mode=DELETE: a project travels on USB sticks and by mail, so it must be one file
    // whenever it is closed. WAL would leave -wal/-shm files beside it (and WAL does not work on
    // network shares); the rollback journal exists only during a write and is removed after.
    // synchronous=FULL: a stick pulled right after "saved" must not lose the commit.
    // cache_size: 64 MB, so a 1,000,000-row import does not spill index pages mid-transaction.
    static const char *const pragmas[] = {
        "PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
        "PRAGMA trusted_schema = OFF",  "PRAGMA cache_size = -65536",
        "PRAGMA cell_size_check = ON", // a damaged page is reported, not read past
    };
    for (const char *p : pragmas) {
        if (!schema::exec(m_db, QString::fromLatin1(p), error))
            return false;
    }
    return true;
}

int ProjectStore::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return schema::userVersion(db, nullptr);
}

// --- inventory ---

bool ProjectStore::importInventory(const Inventory &inv, const ImportReport &report,
                                   const QStringList &files, Progress *progress, QString *error,
                                   const ReturnDiff *diff)
{
    QString err;
    if (!m_db.transaction()) {
        *error = tr("Cannot write to %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    // Into an empty snapshot the items written are all there is: the derived region is counted
    // from them in memory instead of by two GROUP BY scans of the table.
    const bool wasEmpty = itemCount() == 0;
    bool ok = itemrows::write(m_handle, m_snapshot, inv, progress, &err);
    if (ok) {
        int dropped = 0;
        const QByteArray json = reportjson::encode(report, kMaxStoredIssues, &dropped);
        SqliteStatement st(m_handle, "INSERT INTO imports (snapshot_id, at, files, rows_read,"
                                     " rows_imported, warnings, errors, report)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        st.bindInt(1, m_snapshot);
        st.bindText(2, isoNow());
        st.bindUtf8(3, QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact));
        st.bindInt(4, report.rowsRead);
        st.bindInt(5, report.rowsImported);
        st.bindInt(6, report.warningCount());
        st.bindInt(7, report.errorCount());
        st.bindUtf8(8, json);
        ok = st.exec();
        if (!ok)
            err = st.errorString();
    }
    ok = ok && updateDerivedRegion(&err, wasEmpty ? &inv : nullptr);
    ok = ok && (!diff || writeReturnMarks(*diff, &err));
    if (ok && progress && progress->isCanceled()) {
        err = tr("The import was cancelled; the project is unchanged.");
        ok = false;
    }
    if (ok && !m_db.commit()) {
        err = m_db.lastError().text();
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        *error = err;
    }
    return ok;
}

Inventory ProjectStore::loadInventory(Progress *progress) const
{
    return itemrows::read(m_handle, m_snapshot, progress);
}

int ProjectStore::itemCount() const
{
    SqliteStatement st(m_handle, "SELECT count(*) FROM items WHERE snapshot_id = ?1");
    st.bindInt(1, m_snapshot);
    return st.step() ? static_cast<int>(st.intAt(0)) : 0;
}

std::vector<ImportRecord> ProjectStore::importHistory() const
{
    std::vector<ImportRecord> out;
    SqliteStatement st(m_handle, "SELECT id, at, files, rows_read, rows_imported, warnings, errors,"
                                 " report FROM imports WHERE snapshot_id = ?1 ORDER BY id");
    st.bindInt(1, m_snapshot);
    while (st.step()) {
        ImportRecord r;
        r.id = st.intAt(0);
        r.when = QDateTime::fromString(st.textAt(1), Qt::ISODateWithMs);
        for (const QJsonValue &v : QJsonDocument::fromJson(st.blobAt(2)).array())
            r.files << v.toString();
        r.rowsRead = static_cast<int>(st.intAt(3));
        r.rowsImported = static_cast<int>(st.intAt(4));
        r.warnings = static_cast<int>(st.intAt(5));
        r.errors = static_cast<int>(st.intAt(6));
        r.report = reportjson::decode(QJsonDocument::fromJson(st.blobAt(7)).object(), &r.issuesDropped);
        out.push_back(std::move(r));
    }
    return out;
}

// --- policy profile ---

PolicyProfile ProjectStore::policyProfile() const
{
    SqliteStatement st(m_handle, "SELECT profile FROM policy_profile WHERE id = 1");
    if (!st.step())
        return {};
    return PolicyProfile::fromJson(QJsonDocument::fromJson(st.blobAt(0)).object());
}

bool ProjectStore::hasPolicyProfile() const
{
    SqliteStatement st(m_handle, "SELECT 1 FROM policy_profile WHERE id = 1");
    return st.step();
}

bool ProjectStore::savePolicyProfile(const PolicyProfile &profile, QString *error)
{
    SqliteStatement st(m_handle, "INSERT OR REPLACE INTO policy_profile (id, profile, saved)"
                                 " VALUES (1, ?1, ?2)");
    st.bindUtf8(1, QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    st.bindText(2, isoNow());
    if (st.exec())
        return true;
    if (error)
        *error = st.errorString();
    return false;
}

// --- plan ---

bool ProjectStore::savePlan(const Plan &plan, const Inventory &inv, QString *error)
{
    const bool ok = inTransaction(error, [&](QString *err) { return planrows::write(m_handle, m_snapshot, plan, inv, err); });
    if (!ok && error)
        *error = tr("Saving the plan failed: %1").arg(*error);
    return ok;
}

std::optional<Plan> ProjectStore::loadPlan(const Inventory &inv) const
{
    std::optional<Plan> plan = planrows::read(m_handle, m_snapshot, inv);
    if (!plan)
        return std::nullopt;
    plan->overrides = overrides();
    return plan;
}

// --- overrides ---

std::vector<Override> ProjectStore::overrides() const
{
    return overriderows::read(m_handle, m_snapshot);
}

bool ProjectStore::addOverride(const Override &o, QString *error)
{
    return overriderows::add(m_handle, m_snapshot, o, error);
}

bool ProjectStore::removeOverride(const QString &itemId, QString *error)
{
    SqliteStatement st(m_handle, "DELETE FROM overrides WHERE snapshot_id = ?1 AND item_id = ?2");
    st.bindInt(1, m_snapshot);
    st.bindText(2, itemId);
    if (st.exec())
        return true;
    if (error)
        *error = st.errorString();
    return false;
}

bool ProjectStore::setOverrides(const std::vector<Override> &all, QString *error)
{
    return inTransaction(error, [&](QString *err) { return overriderows::replaceAll(m_handle, m_snapshot, all, err); });
}

bool ProjectStore::saveAll(const PolicyProfile &profile, const Plan &plan, const Inventory &inv,
                           const std::vector<Override> &overrides, QString *error)
{
    const bool ok = inTransaction(error, [&](QString *err) {
        return savePolicyProfile(profile, err) && planrows::write(m_handle, m_snapshot, plan, inv, err)
               && overriderows::replaceAll(m_handle, m_snapshot, overrides, err);
    });
    if (!ok && error)
        *error = tr("Saving %1 failed; the file is as it was before: %2").arg(m_path, *error);
    return ok;
}

bool ProjectStore::inTransaction(QString *error, const std::function<bool(QString *)> &work)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QString err;
    bool ok = work(&err);
    if (ok && !m_db.commit()) {
        err = m_db.lastError().text();
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        if (error)
            *error = err;
    }
    return ok;
}

QByteArray ProjectStore::newMemberSalt()
{
    std::array<quint32, 4> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    return QByteArray(reinterpret_cast<const char *>(salt.data()), 16);
}

bool ProjectStore::setMemberSalt(const QByteArray &salt, QString *error)
{
    if (salt.size() != 16) {
        if (error)
            *error = tr("A member salt has 16 bytes.");
        return false;
    }
    {
        SqliteStatement st(m_handle, "SELECT count(*) FROM items");
        if (!st.step() || st.intAt(0) > 0) {
            if (error)
                *error = tr("%1 already holds items hashed with its own salt.").arg(m_path);
            return false;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'member_salt'"));
    q.addBindValue(salt);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_salt = salt;
    return true;
}

// --- snapshots ---

std::vector<SnapshotInfo> ProjectStore::snapshots() const
{
    std::vector<SnapshotInfo> out;
    SqliteStatement st(m_handle, "SELECT id, label, created, as_of FROM snapshots ORDER BY id");
    while (st.step()) {
        SnapshotInfo s;
        s.id = static_cast<int>(st.intAt(0));
        s.label = st.textAt(1);
        s.created = QDateTime::fromString(st.textAt(2), Qt::ISODateWithMs);
        s.asOf = QDate::fromString(st.textAt(3), Qt::ISODate);
        out.push_back(std::move(s));
    }
    return out;
}

bool ProjectStore::selectSnapshot(int id)
{
    SqliteStatement st(m_handle, "SELECT 1 FROM snapshots WHERE id = ?1");
    st.bindInt(1, id);
    if (!st.step())
        return false;
    m_snapshot = id;
    return true;
}

std::optional<int> ProjectStore::createSnapshot(const QString &label, const QDate &asOf, QString *error,
                                                 bool copyItems)
{
    int id = -1;
    const bool ok = inTransaction(error, [&](QString *err) {
        SqliteStatement ins(m_handle, "INSERT INTO snapshots (label, created, as_of) VALUES (?1, ?2, ?3)");
        ins.bindText(1, label);
        ins.bindText(2, isoNow());
        if (asOf.isValid())
            ins.bindUtf8(3, itemrows::encodeDate(asOf));
        if (!ins.exec()) {
            *err = ins.errorString();
            return false;
        }
        id = static_cast<int>(sqlite3_last_insert_rowid(m_handle));
        if (!copyItems)
            return true;
        static const char columns[] =
            "id, name, kind, platform, owner, level, region, functions, data_items, audience,"
            " users, active_users, last_active, posts_90d, annual_cost, launched, filing_no, flags,"
            " scene, member_hashes, notes, extra, source_file, source_sheet, source_row, aliases,"
            " also_reported_at";
        const QByteArray sql = QByteArray("INSERT INTO items (snapshot_id, ") + columns
                               + ") SELECT ?1, " + columns
                               + " FROM items WHERE snapshot_id = ?2 ORDER BY rowid";
        SqliteStatement copy(m_handle, sql.constData());
        copy.bindInt(1, id);
        copy.bindInt(2, m_snapshot);
        if (copy.exec())
            return true;
        *err = copy.errorString();
        return false;
    });
    if (!ok)
        return std::nullopt;
    return id;
}

} // namespace slimplan
