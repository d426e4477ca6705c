#pragma once
// The open project: the inventory, the plan (recommendations + the official's overrides), the
// overlap graph, the undo stack and where it is saved. Every model and view listens to its
// precise change signals; only commands (ui/commands) change decisions, so every change can be
// undone.

#include "model/inventory.h"
#include "overlap/overlap.h"
#include "model/plan.h"
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

    // --- Used by commands only: they are the single way decisions change. ---
    // False (and nothing changes) when the attached project cannot be written; writeFailed says why.
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
    // A decision could not be written to the project file (and was not made).
    void writeFailed(const QString &message);

private:
    struct Recommended
    {
        Action action = Action::Keep;
        QString target;
    };
    void captureRecommendations();
    void rebuildOverrideIndex();
    void applyDecision(int row);

    Inventory m_inventory;
    Plan m_plan;
    OverlapResult m_overlap;
    std::vector<std::vector<int>> m_edgesOf;
    std::vector<Recommended> m_recommended;
    QHash<QString, int> m_overrideIndex; // item id -> index in m_plan.overrides
    QUndoStack *m_undoStack;
    QString m_title;
    QString m_projectPath;
    std::unique_ptr<ProjectStore> m_store;
    QByteArray m_memberSalt;
    std::optional<PendingImport> m_pendingImport;
    bool m_unsaved = false;
    bool m_locked = false;
};

} // namespace slimplan
