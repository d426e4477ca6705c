#pragma once
// Progress over time of the open project: its snapshots with their counts per kind, a chart of
// the counts over the snapshots, and the diff against the baseline (the first snapshot): what
// closed since, and what rebounded (created since, planned to leave but still there, gone and
// back). With fewer than two snapshots it says how to add one.

#include "compare/compareloader.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace slimplan {

class DiffEntryModel;
class SnapshotCountsModel;

class ProgressView : public QWidget
{
    Q_OBJECT
public:
    enum List { Closed, Created, StillThere, CameBack, ListCount };

    explicit ProgressView(QWidget *parent = nullptr);

    // Shows a loaded project's progress; an empty path = no project file (nothing to track).
    void setProgress(ProgressLoad load);
    void showNoProject();
    const ProgressLoad &progress() const { return m_load; }

    bool hasDiff() const;
    QString message() const;
    SnapshotCountsModel *countsModel() const { return m_countsModel; }
    DiffEntryModel *listModel(List list) const { return m_lists[std::size_t(list)]; }
    QTabWidget *listTabs() const { return m_listTabs; }
    QCustomPlot *chart() const { return m_chart; }
    bool saveChart(const QString &path) const;

signals:
    // The user asked to import a ledger as a new snapshot of the open project.
    void importSnapshotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void drawChart();

    ProgressLoad m_load;
    bool m_noProject = true;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_summary;
    QTableView *m_countsTable;
    SnapshotCountsModel *m_countsModel;
    QCustomPlot *m_chart;
    QTabWidget *m_listTabs;
    std::array<DiffEntryModel *, ListCount> m_lists{};
};

} // namespace slimplan
