#pragma once
// The open project: the inventory, the plan (recommendations + the official's overrides), the
// overlap graph, the undo stack and where it is saved. Every model and view listens to its
// precise change signals; only commands (ui/commands) change decisions, so every change can be
// undone.

#include "model/inventory.h"
#include "overlap/overlap.h"
#include "plan/plan.h"

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
    bool isModified() const;

    // The project file this document lives in (overrides are written to it as they are made);
    // nullptr for ledgers imported into a new, unsaved project.
    ProjectStore *store() const { return m_store.get(); }
    void attachStore(std::unique_ptr<ProjectStore> store);
    // Writes the plan, the profile and the overrides to the attached project. False + *error.
    bool save(QString *error);
    // Writes everything (inventory included) into a new project file and attaches it.
    bool saveAs(const QString &path, QString *error);

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
    void setOverride(int row, const std::optional<Override> &o);
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
};

} // namespace slimplan
