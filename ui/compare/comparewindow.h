#pragma once
// The window behind View → Compare Regions… and Progress Over Time…: the regions of the open
// project (split by region code) beside the regions of other project files the user adds (file
// dialog or drop), as a table and charts; and the open project's progress over its snapshots.
// Reading and planning run off the GUI thread on the window's own TaskRunner, one job after
// another, with progress and Cancel at the bottom of the window.

#include "compare/compareloader.h"

#include <QWidget>

#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QTabWidget;
class QTimer;
class QToolBar;

namespace slimplan {

class CompareView;
class Document;
class ProgressView;
class TaskRunner;

class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    enum Page { ComparePage, ProgressPage };

    explicit CompareWindow(Document &document, QWidget *parent = nullptr);
    ~CompareWindow() override;

    // Reads the projects (.slimplan) and adds their regions; a project already listed is read again.
    void addProjects(const QStringList &paths);
    // Removes rows of the comparison (model rows); the open project's regions stay out until
    // included again.
    void removeRows(const std::vector<int> &rows);
    void removeSelected();
    void clear();
    void setIncludeOpenProject(bool include);
    void showPage(Page page);
    // Imports ledgers as the snapshot `label` of the open project, then shows its progress.
    void importSnapshot(const QStringList &files, const QString &label);

    // True while a job runs or waits.
    bool isBusy() const;
    CompareView *compareView() const { return m_view; }
    ProgressView *progressView() const { return m_progress; }
    TaskRunner &runner() const { return *m_runner; }
    QString statusText() const;
    // Every row shown, in table order: the open project's regions first, then the added ones.
    const std::vector<ComparedRegion> &shown() const { return m_shown; }

signals:
    // Every queued job has finished (or was cancelled).
    void idle();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Job { None, OpenProject, Projects, Progress, Import };
    void retranslateUi();
    void schedule();
    void startNext();
    void publish();
    void addDialog();
    void importSnapshotDialog();
    static QString keyOf(const RegionRow &row);

    Document &m_document;
    TaskRunner *m_runner;
    QTimer *m_debounce;
    QToolBar *m_toolBar;
    QAction *m_add, *m_remove, *m_clear, *m_importSnapshot, *m_saveKinds, *m_saveRanked;
    QCheckBox *m_includeOpen;
    QTabWidget *m_tabs;
    CompareView *m_view;
    ProgressView *m_progress;
    QLabel *m_status;
    QString m_statusText;

    std::vector<ComparedRegion> m_open;  // the open project's regions
    std::vector<ComparedRegion> m_added; // regions of added projects, in the order added
    std::vector<ComparedRegion> m_shown;
    QStringList m_hiddenOpen;            // keyOf() of open-project regions the user removed
    QStringList m_pending;               // projects waiting to be read
    bool m_openStale = true;
    bool m_progressStale = true;
    Job m_job = Job::None;
};

} // namespace slimplan
