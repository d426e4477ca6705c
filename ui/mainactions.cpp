#include "mainactions.h"

#include "dialogs/fontsettingsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace slimplan {

MainActions::MainActions(QMainWindow &window, QUndoStack &undoStack)
    : QObject(&window)
{
    createActions(window, undoStack);
    createMenus(*window.menuBar());
    retranslate();
}

void MainActions::createActions(QMainWindow &window, QUndoStack &undoStack)
{
    const auto make = [&](const QKeySequence &key = {}) {
        auto *a = new QAction(&window);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    open = make(QKeySequence::Open);
    importFiles = make(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFolder = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    openDemo = make();
    save = make(QKeySequence::Save);
    saveAs = make(QKeySequence::SaveAs);
    exportPdf = make(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportXlsx = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportCsv = make();
    printPreview = make();
    print = make(QKeySequence::Print);
    saveCharts = make();
    quit = make(QKeySequence::Quit);
    undo = undoStack.createUndoAction(&window);
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack.createRedoAction(&window);
    // Ctrl+Shift+Z everywhere, plus the platform's own redo keys (Ctrl+Y on Windows). A key listed
    // twice would make Qt treat the shortcut as ambiguous and fire nothing, so no duplicates.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    find = make(QKeySequence::Find);
    replan = make(QKeySequence(Qt::Key_F5));
    policy = make();
    accept = make(QKeySequence(Qt::CTRL | Qt::Key_Return));
    override_ = make(QKeySequence(Qt::CTRL | Qt::Key_R));
    revert = make();
    compareRegions = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    progress = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    exportSurvey = make();
    showReturns = make(QKeySequence(Qt::CTRL | Qt::Key_8));
    bulkDecide = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    writeNotices = make();
    showTracking = make(QKeySequence(Qt::CTRL | Qt::Key_9));
    showDecisionLog = make(QKeySequence(Qt::CTRL | Qt::Key_0));
    precheck = make();
    zoomIn = make(QKeySequence::ZoomIn);
    zoomOut = make(QKeySequence::ZoomOut);
    chinese = make();
    fontSettings = make();
    connect(fontSettings, &QAction::triggered, &window, [&window] { FontSettingsDialog(&window).exec(); });
    english = make();
    showOverview = make(QKeySequence(Qt::CTRL | Qt::Key_1));
    showInventory = make(QKeySequence(Qt::CTRL | Qt::Key_2));
    showPlan = make(QKeySequence(Qt::CTRL | Qt::Key_3));
    showCharts = make(QKeySequence(Qt::CTRL | Qt::Key_4));
    focusRegions = make(QKeySequence(Qt::CTRL | Qt::Key_5));
    focusDetails = make(QKeySequence(Qt::CTRL | Qt::Key_6));
    focusGraph = make(QKeySequence(Qt::CTRL | Qt::Key_7));
    nextPane = make(QKeySequence(Qt::Key_F6));
    previousPane = make(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    shortcuts = make(QKeySequence(Qt::Key_F1));
    about = make();
    languages = new QActionGroup(this);
    for (QAction *a : {chinese, english}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    chinese->setData(QStringLiteral("zh_CN"));
    english->setData(QStringLiteral("en"));
    // The language names are written in their own language: never translated.
    chinese->setText(QStringLiteral("中文"));
    english->setText(QStringLiteral("English"));
}

void MainActions::createMenus(QMenuBar &bar)
{
    fileMenu = bar.addMenu(QString());
    fileMenu->addActions({open, importFiles, importFolder, openDemo});
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addSeparator();
    fileMenu->addActions({save, saveAs});
    fileMenu->addSeparator();
    fileMenu->addActions({exportPdf, exportXlsx, exportCsv, saveCharts});
    fileMenu->addSeparator();
    fileMenu->addActions({printPreview, print});
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar.addMenu(QString());
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    editMenu->addAction(find);

    planMenu = bar.addMenu(QString());
    planMenu->addActions({accept, override_, bulkDecide, revert});
    planMenu->addSeparator();
    planMenu->addActions({replan, policy});

    campaignMenu = bar.addMenu(QString());
    campaignMenu->addActions({exportSurvey, showReturns});
    campaignMenu->addSeparator();
    campaignMenu->addActions({writeNotices, showTracking});
    campaignMenu->addSeparator();
    campaignMenu->addAction(showDecisionLog);
    campaignMenu->addSeparator();
    campaignMenu->addAction(precheck);

    viewMenu = bar.addMenu(QString());
    goMenu = viewMenu->addMenu(QString());
    goMenu->addActions({showOverview, showInventory, showPlan, showCharts});
    goMenu->addSeparator();
    goMenu->addActions({focusRegions, focusDetails, focusGraph});
    goMenu->addSeparator();
    goMenu->addActions({nextPane, previousPane});
    panelsMenu = viewMenu->addMenu(QString());
    viewMenu->addActions({compareRegions, progress});
    viewMenu->addSeparator();
    viewMenu->addActions({zoomIn, zoomOut});
    viewMenu->addSeparator();
    languageMenu = viewMenu->addMenu(QString());
    languageMenu->addActions({chinese, english});
    viewMenu->addAction(fontSettings);

    helpMenu = bar.addMenu(QString());
    helpMenu->addAction(shortcuts);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    recentMenu->setTitle(tr("Open &Recent"));
    editMenu->setTitle(tr("&Edit"));
    planMenu->setTitle(tr("&Plan"));
    viewMenu->setTitle(tr("&View"));
    campaignMenu->setTitle(tr("&Campaign"));
    panelsMenu->setTitle(tr("&Panels"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    open->setText(tr("&Open Project…"));
    importFiles->setText(tr("&Import Ledgers…"));
    importFolder->setText(tr("Import &Folder…"));
    openDemo->setText(tr("Open the &Demo Region"));
    save->setText(tr("&Save"));
    saveAs->setText(tr("Save &As…"));
    exportPdf->setText(tr("Export Plan as &PDF…"));
    exportXlsx->setText(tr("Export Plan as E&xcel…"));
    exportCsv->setText(tr("Export Plan as &CSV…"));
    saveCharts->setText(tr("Save C&harts…"));
    printPreview->setText(tr("Print Pre&view…"));
    print->setText(tr("&Print…"));
    quit->setText(tr("&Quit"));
    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    find->setText(tr("&Find…"));
    accept->setText(tr("&Accept Recommendation"));
    override_->setText(tr("&Override…"));
    revert->setText(tr("Re&vert to Recommendation"));
    replan->setText(tr("&Re-plan"));
    policy->setText(tr("Policy &Profile…"));
    compareRegions->setText(tr("&Compare Regions…"));
    progress->setText(tr("Pro&gress Over Time…"));
    exportSurvey->setText(tr("Export &Survey Sheets…"));
    showReturns->setText(tr("&Returns"));
    bulkDecide->setText(tr("Set Action for &Selection…"));
    writeNotices->setText(tr("Write &Notices…"));
    showTracking->setText(tr("&Tracking"));
    showDecisionLog->setText(tr("Decision &Log"));
    precheck->setText(tr("&Pre-check a Proposed App…"));
    zoomIn->setText(tr("Zoom &In (graph)"));
    zoomOut->setText(tr("Zoom &Out (graph)"));
    fontSettings->setText(tr("Document &Fonts…"));
    goMenu->setTitle(tr("&Go To"));
    showOverview->setText(tr("&Overview"));
    showInventory->setText(tr("&Inventory"));
    showPlan->setText(tr("&Plan"));
    showCharts->setText(tr("&Charts"));
    focusRegions->setText(tr("&Regions Panel"));
    focusDetails->setText(tr("&Details Panel"));
    focusGraph->setText(tr("Overlap &Graph Panel"));
    nextPane->setText(tr("&Next Pane"));
    previousPane->setText(tr("Pre&vious Pane"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About SlimPlan"));
}

} // namespace slimplan
