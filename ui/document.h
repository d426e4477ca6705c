#pragma once
// The open project: the inventory, the plan (recommendations + the official's overrides), the
// overlap graph, the undo stack and where it is saved. Every model and view listens to its
// precise change signals; only commands (ui/commands) change decisions, so every change can be
// undone.

#include "model/campaign.h"
#include "model/inventory.h"
#include "overlap/overlap.h"
#include "model/plan.h"
#include "plan/summarytally.h"
#include "store/projectfile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace slimplan {

class ProjectStore;

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Inventory &inventory() const { return m_inventory; }
    const Plan &plan() const { return m_plan; }
    const PolicyProfile &profile() const { return m_plan.profile; }
    const OverlapResult &overlap() const { return m_overlap; }
    QUndoStack *undoStack() const { return m_undoStack; }
    int rowCount() const { return m_inventory.size(); }
    bool isEmpty() const { return m_inventory.isEmpty(); }

    // Replaces the whole document (after an import, opening a project or the demo). `plan` holds
    // the planner's recommendations; its overrides, if any, are applied on top. Clears undo.
    void reset(Inventory inventory, Plan plan, const QString &title, const QString &projectPath = {});
    void setOverlap(OverlapResult overlap);

    QString title() const { return m_title; }
    QString projectPath() const { return m_projectPath; }
    void setProjectPath(const QString &path);
    // True when some work exists in no project file: imported ledgers never saved, decisions of
    // a document without a file, a re-plan or a policy profile not saved yet (overrides reach
    // an attached project as they are made, the recommendations and the profile only on Save).
    bool isModified() const;

    // Where the document came from, after reset(): the salt its items' member hashes were made
    // with, the import not in any file yet, and whether it is unsaved work as a whole.
    void setOrigin(const QByteArray &memberSalt, const std::optional<PendingImport> &pendingImport,
                   bool unsaved);
    QByteArray memberSalt() const { return m_memberSalt; }
    const std::optional<PendingImport> &pendingImport() const { return m_pendingImport; }

    // The project file this document lives in (overrides are written to it as they are made);
    // nullptr for ledgers imported into a new, unsaved project.
    ProjectStore *store() const { return m_store.get(); }
    void attachStore(std::unique_ptr<ProjectStore> store);
    // What a save writes, for a worker thread (projectfile.h). The inventory is lent.
    ProjectContent contentForSave() const;
    // After `content` was written to `path`: attaches that project (unless it is the attached
    // one) and marks the document saved. False + *error if the file cannot be opened again.
    bool markSaved(const QString &path, const ProjectContent &content, QString *error);
    // On the calling thread: profile, plan and overrides into the attached project, in one
    // transaction. False + *error.
    bool save(QString *error);
    // On the calling thread: everything into the project `path`, replaced only once the new
    // file is complete; then attaches it.
    bool saveAs(const QString &path, QString *error);

    // While a save runs on another thread the document must not change: views and actions
    // check this, and the table model refuses decisions.
    bool isLocked() const { return m_locked; }
    void setLocked(bool locked);

    // The planner's own recommendation for a row, before any override.
    Action recommendedAction(int row) const { return m_recommended[std::size_t(row)].action; }
    QString recommendedTarget(int row) const { return m_recommended[std::size_t(row)].target; }
    // The official's decision on a row, or nullptr when the recommendation stands untouched.
    const Override *overrideFor(int row) const;
    // Accepted = an override that keeps the recommended action and target.
    bool isAccepted(int row) const;
    bool isOverridden(int row) const;

    // The plan's decisions with the recommendations only (no overrides), for re-planning undo.
    Plan recommendationsOnly() const;
    // Neighbours of a row in the overlap graph (edge indices into overlap().edges).
    const std::vector<int> &edgesOf(int row) const;

    // Every decision made on this project, oldest first: loaded from the attached project (on
    // attachStore), else kept here until the first save writes it. Only ever grows while the
    // document lives (decisionLogAppended); replaced with the project (decisionLogReset).
    const std::vector<DecisionLogEntry> &decisionLog() const { return m_log; }

    // --- Scenarios (issue #20). The document shows one at a time: the baseline (empty name) or a
    // named scenario of the attached project, its own profile and decisions. Decisions made
    // while a scenario is active are logged with its name and never touch the baseline's
    // overrides; a save still writes the baseline's plan and profile. Switching clears undo.
    QString activeScenario() const { return m_activeScenario; }
    // Plans `name` (empty or a baseline name = back to the baseline) from the attached project.
    // False + *error without a project or with no such scenario (nothing changes).
    bool setActiveScenario(const QString &name, QString *error = nullptr);
    // Makes scenario `name` the plan (one transaction in the project), then shows the baseline.
    bool promoteScenario(const QString &name, QString *error = nullptr);

    // --- Used by commands only: they are the single way decisions change. ---
    // Sets one decision on many rows in one go: `o` = nullopt returns them to the recommendation.
    // Each row changed appends one log entry (kind; old and new action/target = what the row had
    // before and has after, nullopt = no override); the entries share a batch (*batch, when given
    // and > 0, else a new one, written back). Rows out of range, repeated rows and rows with
    // nothing to change are skipped. With a project attached the entries and overrides are
    // written to it in one transaction first: false (and nothing changes) when the file refuses,
    // writeFailed says why. Emits decisionLogAppended and decisionsChanged once per call.
    bool setDecisions(const std::vector<int> &rows, const std::optional<Override> &o,
                      DecisionLogEntry::Kind kind, qint64 *batch = nullptr);
    // The same with one override per row (perRow parallel to rows): undo restores each row's own.
    bool setDecisions(const std::vector<int> &rows, const std::vector<std::optional<Override>> &perRow,
                      DecisionLogEntry::Kind kind, qint64 *batch = nullptr);
    // One row: setDecisions with kind Decide (or Revert when `o` is nullopt).
    bool setOverride(int row, const std::optional<Override> &o);
    // Replaces the recommendations (re-planning with another profile); keeps the overrides.
    void replaceRecommendations(Plan plan);

signals:
    // Before the inventory or the whole plan is replaced: readers on other threads must stop.
    void aboutToReplace();
    void inventoryReplaced();
    void planChanged();
    // Rows whose decision changed; an empty list means every row.
    void decisionsChanged(const QList<int> &rows);
    void overlapChanged();
    void titleChanged();
    // isModified() may have changed.
    void modificationChanged();
    void lockedChanged(bool locked);
    // activeScenario() changed (and with it the whole plan).
    void activeScenarioChanged(const QString &name);
    // A decision could not be written to the project file (and was not made).
    void writeFailed(const QString &message);
    // Entries [first, first + count) of decisionLog() are new.
    void decisionLogAppended(int first, int count);
    // decisionLog() was replaced as a whole (another project, or the file's own copy after a save).
    void decisionLogReset();
    // Tracking steps were written to the attached project (marked on the Tracking tab, notices written).
    void trackingChanged();

private:
    struct Recommended
    {
        Action action = Action::Keep;
        QString target;
    };
    void captureRecommendations();
    static Plan recommendationsOnly(const Plan &plan, const std::vector<Recommended> &recommended,
                                    const Inventory &inventory);
    // m_plan replaced as a whole (a scenario switch): indexes, summary, undo and signals.
    void planReplaced();
    // Keeps the latest override per item (a file's history may hold several) and indexes them.
    void rebuildOverrideIndex();
    // Lays the overrides over the recommendations and counts the summary from scratch.
    void applyAllOverrides();
    // Makes `o` the row's only override (nullopt: none) and updates its decision and the summary.
    void putOverride(int row, const std::optional<Override> &o);
    // The entries that setDecisions writes; rowsOut: the rows they are about, in the same order.
    std::vector<DecisionLogEntry> entriesFor(const std::vector<int> &rows,
                                             const std::vector<std::optional<Override>> &perRow,
                                             DecisionLogEntry::Kind kind, std::vector<int> *rowsOut) const;

    Inventory m_inventory;
    Plan m_plan;
    OverlapResult m_overlap;
    std::vector<std::vector<int>> m_edgesOf;
    std::vector<Recommended> m_recommended;
    QHash<QString, int> m_overrideIndex; // item id -> index in m_plan.overrides
    SummaryTally m_tally;                // m_plan.summary, kept up to date decision by decision
    std::vector<DecisionLogEntry> m_log;
    QUndoStack *m_undoStack;
    QString m_title;
    QString m_projectPath;
    std::unique_ptr<ProjectStore> m_store;
    QByteArray m_memberSalt;
    std::optional<PendingImport> m_pendingImport;
    bool m_unsaved = false;
    bool m_locked = false;
    QString m_activeScenario; // empty = the baseline
    // While a scenario is active: the baseline's plan and recommendations, restored on return.
    std::optional<Plan> m_baselinePlan;
    std::vector<Recommended> m_baselineRecommended;
};

} // namespace slimplan
