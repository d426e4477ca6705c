#pragma once
// A project: one SQLite file (*.slimplan) holding a region's inventory, import history, policy
// profile, plan decisions and overrides, and snapshots. Opened through Qt Sql (QSQLITE); the hot
// paths use the driver's raw sqlite3 handle. Every write is one transaction: a failed or
// cancelled import changes nothing. Use a store from the thread that opened it (Qt Sql's rule):
// a worker that imports opens its own ProjectStore on the same file.

#include "import/importreport.h"
#include "model/campaign.h"
#include "model/inventory.h"
#include "model/plan.h"
#include "model/policyprofile.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace slimplan {

struct ReturnDiff;

// One import as the history keeps it.
struct ImportRecord
{
    qint64 id = 0;
    QDateTime when;        // UTC
    QStringList files;
    int rowsRead = 0;
    int rowsImported = 0;
    int warnings = 0;
    int errors = 0;
    ImportReport report;   // the issues (at most ProjectStore::kMaxStoredIssues of them)
    int issuesDropped = 0; // issues beyond the stored maximum
};

struct SnapshotInfo
{
    int id = 0;
    QString label;
    QDateTime created;     // UTC
    QDate asOf;            // invalid = not set
};

// A named scenario (issue #20): a policy profile of its own; its decisions are the decision log's
// entries carrying its name. The baseline (the plan itself) is not a row.
struct ScenarioInfo
{
    QString name;
    PolicyProfile profile;
    QString createdFrom;   // empty = the baseline
    QDateTime createdAt;   // UTC
    QString who;
};

class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::ProjectStore)
public:
    static constexpr int kMaxStoredIssues = 10000;
    static constexpr int kCurrentSnapshot = 1;

    // Opens the project, creating it if the file is missing (or empty). Older files are migrated
    // after a backup "<path>.v<N>.bak"; files of a newer program, non-SlimPlan databases and
    // damaged files are refused with a message in *error.
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const { return m_path; }
    // The Qt Sql connection, for read-only queries by views and tests (same thread only).
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const;
    // The 16 random bytes hashed with group members (ImportOptions::memberSalt).
    QByteArray memberSalt() const { return m_salt; }

    // --- inventory (of the selected snapshot) ---
    // One transaction: all rows or none. Upserts by item id (a re-import updates, never
    // duplicates) and records the import in the history. Cancel → rollback, false.
    // diff (a round of returns, diffReturns): its gone items are marked "reported gone" and the
    // marks of the items it lists are cleared, in the same transaction.
    bool importInventory(const Inventory &inv, const ImportReport &report, const QStringList &files,
                         Progress *progress, QString *error, const ReturnDiff *diff = nullptr);
    // Items in the order they were first imported.
    Inventory loadInventory(Progress *progress = nullptr) const;
    int itemCount() const;
    std::vector<ImportRecord> importHistory() const;

    // --- policy profile ---
    PolicyProfile policyProfile() const; // defaults if none saved
    bool hasPolicyProfile() const;
    bool savePolicyProfile(const PolicyProfile &profile, QString *error = nullptr);

    // --- plan ---
    // Replaces the saved plan (decisions, clusters, as-of date, profile). Does not touch the
    // overrides, which are kept by addOverride/removeOverride/setOverrides.
    bool savePlan(const Plan &plan, const Inventory &inv, QString *error = nullptr);
    // The saved plan for this inventory with the overrides filled in (plan.overrides), not yet
    // applied: savedPlan() in core/plan/projectplan.h applies them and computes the summary.
    // nullopt if no plan was saved or an item has no decision (the inventory changed since).
    std::optional<Plan> loadPlan(const Inventory &inv) const;

    // --- overrides: a history; for one item the latest wins (applyOverrides applies in order) ---
    std::vector<Override> overrides() const;
    bool addOverride(const Override &o, QString *error = nullptr);
    // Removes every override of the item (back to the recommendation).
    bool removeOverride(const QString &itemId, QString *error = nullptr);
    bool setOverrides(const std::vector<Override> &all, QString *error = nullptr);

    // --- decision log: append-only (core/store/projectdecisions.cpp). Each entry is appended and
    // applied to the overrides (the latest decision per item) in one transaction: a bulk decision
    // of 10,000 items is one call. Entries get their ids; *error + false and nothing written. ---
    bool recordDecisions(std::vector<DecisionLogEntry> &entries, QString *error = nullptr);
    // The log in order, from the entry after `afterId`.
    std::vector<DecisionLogEntry> decisionLog(qint64 afterId = 0) const;

    // --- scenarios (core/store/projectscenarios.cpp); the baseline is never changed by them ---
    std::vector<ScenarioInfo> scenarios() const;
    std::optional<ScenarioInfo> scenario(const QString &name) const;
    // A new scenario from the baseline (from empty) or from another scenario: its profile (or
    // `profile` when given) and its decisions, copied as Imported log entries of the new one.
    bool createScenario(const QString &name, const QString &from, const std::optional<PolicyProfile> &profile,
                        const QString &who, QString *error = nullptr);
    // The scenario's decisions in force: the latest log entry per item of that scenario.
    std::vector<Override> scenarioOverrides(const QString &name) const;
    // One transaction: the scenario's profile becomes the project's, its decisions that differ
    // from the baseline are appended to the baseline's log, and `plan` is saved as the plan.
    bool promoteScenario(const QString &name, const Plan &plan, const Inventory &inv, const QString &who,
                         QString *error = nullptr);
    static bool isBaselineName(const QString &name);

    // --- tracking (core/store/projecttracking.cpp): each event is appended to the history and
    // becomes its item's state; deadline: set with the Notified step (PolicyProfile::deadlineDays). ---
    bool recordTracking(const std::vector<TrackingEvent> &events, QString *error = nullptr,
                        const PolicyProfile *profile = nullptr);
    // Items that have left "planned" (an item without a row is planned).
    std::vector<TrackingStatus> trackingStates() const;
    // Every step of one item (or of all items when itemId is empty), oldest first.
    std::vector<TrackingEvent> trackingHistory(const QString &itemId = {}) const;
    // The review's later ledger: the item ids of the last snapshot after the selected one that
    // holds items, or nullopt when there is none (then nothing is "still present").
    std::optional<QSet<QString>> laterSnapshotItemIds() const;

    // --- campaign records (core/store/projectsurveys.cpp, projectnotices.cpp, projectgone.cpp) ---
    bool recordSurveys(const std::vector<SurveyRecord> &surveys, QString *error = nullptr);
    std::vector<SurveyRecord> surveys() const;
    bool recordNotices(const std::vector<NoticeRecord> &notices, QString *error = nullptr);
    // The notices and their items' steps (Notified) in ONE transaction: both or neither.
    bool recordNoticesAndTracking(const std::vector<NoticeRecord> &notices,
                                  const std::vector<TrackingEvent> &events, QString *error = nullptr,
                                  const PolicyProfile *profile = nullptr);
    std::vector<NoticeRecord> notices() const;
    // Replaces an item's "reported gone" mark (a later return that lists it again clears it:
    // clearReportedGone).
    bool recordReportedGone(const std::vector<ReportedGone> &gone, QString *error = nullptr);
    bool clearReportedGone(const QStringList &itemIds, QString *error = nullptr);
    std::vector<ReportedGone> reportedGone() const;

    // --- saving a document: profile, plan and overrides in one transaction, so a kill leaves
    // all of them as they were or all of them new ---
    bool saveAll(const PolicyProfile &profile, const Plan &plan, const Inventory &inv,
                 const std::vector<Override> &overrides, QString *error = nullptr);

    // --- member salt ---
    // 16 random bytes, what a new project gets.
    static QByteArray newMemberSalt();
    // Gives a project without items the salt a document's items were already hashed with (a
    // document imported before its file existed). Refused once the project holds items.
    bool setMemberSalt(const QByteArray &salt, QString *error = nullptr);


    // --- region: set by the user, else derived at import (most common region code; the name
    // from the most common owner prefix up to its county/city, e.g. 青溪县民政局 → 青溪县) ---
    QString regionName() const;
    QString regionCode() const;
    bool setRegion(const QString &code, const QString &name, QString *error = nullptr);

    // --- 公文 settings (core/store/projectdocsettings.cpp): the meta table's "doc.*" keys, read
    // and written by DocumentSettings::fromMeta/toMeta (core/report/plandocument.h) ---
    QHash<QString, QString> documentSettings() const;
    bool setDocumentSettings(const QHash<QString, QString> &settings, QString *error = nullptr);

    // --- snapshots: items, plan, overrides and history are scoped to the selected one ---
    std::vector<SnapshotInfo> snapshots() const;
    int currentSnapshot() const { return m_snapshot; }
    bool selectSnapshot(int id);
    // Copies the selected snapshot's items into a new snapshot (or, with copyItems false, makes
    // an empty one for a fresh ledger) and returns its id. The selection does not change.
    std::optional<int> createSnapshot(const QString &label, const QDate &asOf, QString *error = nullptr,
                                      bool copyItems = true);

private:
    ProjectStore(QString path, QString connectionName);
    bool init(QString *error);
    bool configure(QString *error);
    bool updateDerivedRegion(QString *error, const Inventory *fresh = nullptr);
    // Inside the import's transaction (core/store/projectgone.cpp).
    bool writeReturnMarks(const ReturnDiff &diff, QString *error);
    // Runs `work` in one transaction: commit if it returns true, else roll back.
    bool inTransaction(QString *error, const std::function<bool(QString *)> &work);
    sqlite3 *handle() const { return m_handle; }

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QByteArray m_salt;
    int m_snapshot = kCurrentSnapshot;
};

} // namespace slimplan
