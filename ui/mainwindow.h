#pragma once
// The planner's main window: region tree on the left, inventory / plan / charts in the middle,
// the selected item's details and its overlap graph on the right, progress in the status bar.
// File work (open, import, save, export) lives in FileController; actions in MainActions.

#include <QDate>
#include <QMainWindow>

class QLabel;
class QTabWidget;
class QTreeView;
class QDockWidget;

namespace slimplan {

class Autosaver;
class ChartsPanel;
class CompareWindow;
class ScenarioController;
class DecisionLogPage;
class DetailPane;
class Document;
class FileController;
class GraphView;
class OverlapPanel;
class InventoryPage;
class ItemTableModel;
class MainActions;
class OverviewPage;
class PlanView;
class RegionTreeModel;
class TrackingPage;
class ReturnsPage;
class TaskRunner;
struct ItemFilter;
struct PolicyProfile;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document &document() const { return *m_document; }
    TaskRunner &taskRunner() const { return *m_runner; }
    FileController &files() const { return *m_files; }
    MainActions &actions() const { return *m_actions; }
    Autosaver &autosaver() const { return *m_autosaver; }
    ItemTableModel &tableModel() const { return *m_model; }
    OverviewPage *overviewPage() const { return m_overview; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    PlanView *planView() const { return m_plan; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    GraphView *graphView() const { return m_graph; }
    OverlapPanel *overlapPanel() const { return m_overlapPanel; }
    DetailPane *detailPane() const { return m_detail; }
    QTreeView *regionTree() const { return m_regionTree; }
    QTabWidget *tabs() const { return m_tabs; }
    TrackingPage *trackingPage() const { return m_tracking; }
    DecisionLogPage *decisionLogPage() const { return m_decisionLog; }
    ScenarioController *scenarios() const { return m_scenarios; } // issue #20
    ReturnsPage *returnsPage() const { return m_returns; }
    // The comparison and progress window, made on first use.
    CompareWindow *compareWindow();

    // Selects an inventory row everywhere: table, plan, details, graph.
    void selectItem(int row);
    // Switches to the Inventory tab with the table filtered to exactly `filter` (the whole
    // region: a region chosen in the tree is let go, as the overview counts the whole region).
    void showFiltered(const ItemFilter &filter);
    int selectedItem() const { return m_selected; }
    // Switches the interface language live and remembers it.
    void setLanguage(const QString &language);
    // At start: if an earlier run left unsaved work, asks "Recover unsaved work from <time>?"
    // and recovers or discards it. True if the user chose to recover.
    bool offerRecovery();
    // Loads the recovery file (true if there was one to load); discardRecovery removes it.
    bool recover();
    void discardRecovery();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void connectActions();
    void connectKeyboard();
    void focusPane(QWidget *pane);
    void cyclePanes(int step);
    void retranslateUi();
    void updateTitle();
    void updateRecentMenu();
    void onRegionSelected();
    void showPolicyDialog();
    // Re-plans with the profile; asOf invalid = the current plan's as-of date.
    void replanWith(const PolicyProfile &profile, QDate asOf = {});
    void updateEditing();

    Document *m_document;
    TaskRunner *m_runner;
    Autosaver *m_autosaver;
    ItemTableModel *m_model;
    RegionTreeModel *m_regionModel;
    MainActions *m_actions;
    FileController *m_files;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    InventoryPage *m_inventory;
    PlanView *m_plan;
    ChartsPanel *m_charts;
    OverlapPanel *m_overlapPanel;
    GraphView *m_graph; // the panel's graph
    DetailPane *m_detail;
    QTreeView *m_regionTree;
    QDockWidget *m_regionDock;
    QDockWidget *m_detailDock;
    QDockWidget *m_graphDock;
    QLabel *m_status;
    TrackingPage *m_tracking = nullptr;
    DecisionLogPage *m_decisionLog = nullptr;
    ReturnsPage *m_returns = nullptr;
    CompareWindow *m_compare = nullptr;
    ScenarioController *m_scenarios = nullptr;
    int m_selected = -1;
    bool m_syncing = false;
};

} // namespace slimplan
