#pragma once
// Every action of the main window with its shortcut, and the menus that hold them. Texts are set
// in retranslate(), so a language switch relabels everything live.

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QMenuBar;
class QUndoStack;

namespace slimplan {

class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(QMainWindow &window, QUndoStack &undoStack);

    void retranslate();

    QAction *open, *importFiles, *importFolder, *openDemo, *save, *saveAs, *exportPdf, *exportXlsx, *exportCsv,
        *printPreview, *print, *saveCharts, *quit;
    QAction *undo, *redo, *find;
    QAction *replan, *policy, *accept, *override_, *revert;
    QAction *compareRegions, *progress;
    // The campaign (issue #18): survey sheets out, returns in, many decisions at once, notices,
    // tracking, and the decision log.
    QAction *exportSurvey, *showReturns, *bulkDecide, *writeNotices, *showTracking, *showDecisionLog;
    QAction *precheck; // Campaign ▸ 立项预审… (issue #20)
    QAction *zoomIn, *zoomOut, *chinese, *english;
    QAction *fontSettings; // View ▸ Document Fonts… (issue #19)
    // Views and panes from the keyboard: Ctrl+1…4 the tabs, Ctrl+5…7 the panels, F6 / Shift+F6
    // the next / previous pane.
    QAction *showOverview, *showInventory, *showPlan, *showCharts;
    QAction *focusRegions, *focusDetails, *focusGraph, *nextPane, *previousPane;
    QAction *shortcuts, *about;
    QActionGroup *languages;
    QMenu *fileMenu, *recentMenu, *editMenu, *viewMenu, *planMenu, *campaignMenu, *helpMenu, *languageMenu,
        *panelsMenu, *goMenu;

private:
    void createActions(QMainWindow &window, QUndoStack &undoStack);
    void createMenus(QMenuBar &bar);
};

} // namespace slimplan
