#include "mainwindow.h"

#include "actioncolors.h"
#include "appicon.h"
#include "autosaver.h"
#include "charts/chartspanel.h"
#include "commands/replancommand.h"
#include "compare/comparewindow.h"
#include "dialogs/noticesdialog.h"
#include "dialogs/precheckdialog.h"
#include "dialogs/policydialog.h"
#include "dialogs/shortcutsdialog.h"
#include "document.h"
#include "filecontroller.h"
#include "mainactions.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "models/regiontreemodel.h"
#include "projectloader.h"
#include "scenarios/scenariocontroller.h"
#include "settings.h"
#include "surveyexport.h"
#include "tasks/taskrunner.h"
#include "util/i18n.h"
#include "views/decisionlogpage.h"
#include "views/detailpane.h"
#include "views/graphview.h"
#include "views/inventorypage.h"
#include "views/overlappanel.h"
#include "views/overviewpage.h"
#include "views/planview.h"
#include "views/returnspage.h"
#include "views/trackingpage.h"
#include "widgets/progresswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slimplan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_runner(new TaskRunner(this))
    , m_autosaver(new Autosaver(*m_document, Autosaver::defaultDirectory(), this))
    , m_model(new ItemTableModel(*m_document, this))
    , m_regionModel(new RegionTreeModel(*m_document, this))
    , m_actions(new MainActions(*this, *m_document->undoStack()))
    , m_files(new FileController(*m_document, *m_runner, this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(*m_document, this))
    , m_inventory(new InventoryPage(*m_model, this))
    , m_plan(new PlanView(*m_model, this))
    , m_charts(new ChartsPanel(*m_document, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    m_tabs->addTab(m_overview, QString()); // first: what matters, on opening
    m_tabs->addTab(m_inventory, QString());
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_charts, QString());
    m_tracking = new TrackingPage(*m_document, this);
    m_tabs->addTab(m_tracking, QString());
    m_decisionLog = new DecisionLogPage(*m_document, this);
    m_tabs->addTab(m_decisionLog, QString());
    connect(m_decisionLog, &DecisionLogPage::itemActivated, this, [this](int row) {
        m_tabs->setCurrentWidget(m_inventory);
        selectItem(row);
    });
    m_returns = new ReturnsPage(*m_document, this);
    m_tabs->insertTab(m_tabs->indexOf(m_tracking), m_returns, QString()); // the campaign's order: returns, then tracking
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createDocks();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(new ProgressWidget(*m_runner, this));

    connect(m_overview, &OverviewPage::filterRequested, this, &MainWindow::showFiltered);
    connect(m_inventory, &InventoryPage::itemSelected, this, &MainWindow::selectItem);
    connect(m_plan, &PlanView::itemSelected, this, &MainWindow::selectItem);
    connect(m_detail, &DetailPane::itemActivated, this, &MainWindow::selectItem);
    connect(m_overlapPanel, &OverlapPanel::itemClicked, this, &MainWindow::selectItem);
    connect(m_document, &Document::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::lockedChanged, this, &MainWindow::updateEditing);
    connect(m_document, &Document::writeFailed, this, [this](const QString &text) {
        m_status->setText(text);
        QMessageBox::warning(this, tr("SlimPlan"), text);
    });
    connect(m_files, &FileController::saved, m_autosaver, &Autosaver::discard);
    connect(m_document, &Document::inventoryReplaced, this, [this] {
        m_selected = -1;
        m_regionTree->expandToDepth(2);
        m_actions->save->setEnabled(true);
    });
    connect(m_files, &FileController::message, m_status, &QLabel::setText);
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_runner, &TaskRunner::started, this, [this] { m_status->clear(); });
    connectActions();
    m_scenarios = new ScenarioController(*m_document, *this, *m_actions->planMenu);
    retranslateUi();
    updateRecentMenu();
    // First start: nearly the whole screen; later: where the user left it.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect avail = screen->availableGeometry();
        resize(std::min(1680, avail.width() - 20), std::min(1050, avail.height() - 40));
    }
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    m_tabs->setCurrentIndex(std::clamp(Settings::currentTab(), 0, m_tabs->count() - 1));
}

MainWindow::~MainWindow()
{
    delete m_compare; // its worker may read the document: stop it first
    // Not a clean close (that is closeEvent): the recovery file stays for the next start.
    m_autosaver->stop();
    m_runner->cancel();
    m_runner->waitForFinished();
}

void MainWindow::createDocks()
{
    m_regionTree = new QTreeView(this);
    m_regionTree->setModel(m_regionModel);
    m_regionTree->setUniformRowHeights(true);
    m_regionTree->setMinimumWidth(230);
    m_regionTree->header()->setStretchLastSection(false);
    m_regionTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_regionTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_regionTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onRegionSelected);
    // The model's clear() drops the header's per-section modes: set them again after each rebuild.
    const auto fitRegionColumns = [this] {
        m_regionTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_regionTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_regionTree->expandToDepth(2);
    };
    connect(m_regionModel, &QAbstractItemModel::modelReset, this, fitRegionColumns);
    connect(m_regionModel, &QAbstractItemModel::rowsInserted, this, fitRegionColumns);
    m_regionDock = new QDockWidget(this);
    m_regionDock->setObjectName(QStringLiteral("RegionDock"));
    m_regionDock->setWidget(m_regionTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_regionDock);

    m_detail = new DetailPane(*m_document, this);
    m_detail->setMinimumWidth(340);
    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(QStringLiteral("DetailDock"));
    m_detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);

    m_overlapPanel = new OverlapPanel(*m_document, this);
    m_overlapPanel->setMinimumWidth(340);
    m_graph = m_overlapPanel->graphView();
    m_graphDock = new QDockWidget(this);
    m_graphDock->setObjectName(QStringLiteral("GraphDock"));
    m_graphDock->setWidget(m_overlapPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_graphDock);
    resizeDocks({m_regionDock, m_detailDock}, {260, 430}, Qt::Horizontal);
    resizeDocks({m_detailDock, m_graphDock}, {380, 420}, Qt::Vertical);
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.open, &QAction::triggered, m_files, &FileController::openDialog);
    connect(a.importFiles, &QAction::triggered, m_files, &FileController::importDialog);
    connect(a.importFolder, &QAction::triggered, m_files, &FileController::importFolderDialog);
    connect(a.openDemo, &QAction::triggered, m_files, &FileController::openDemo);
    connect(a.save, &QAction::triggered, m_files, &FileController::save);
    connect(a.saveAs, &QAction::triggered, m_files, &FileController::saveAs);
    connect(a.exportPdf, &QAction::triggered, m_files, &FileController::exportPdf);
    connect(a.exportXlsx, &QAction::triggered, m_files, &FileController::exportXlsx);
    connect(a.exportCsv, &QAction::triggered, m_files, &FileController::exportCsv);
    connect(a.printPreview, &QAction::triggered, m_files, &FileController::printPreview);
    connect(a.print, &QAction::triggered, m_files, &FileController::print);
    auto *survey = new SurveyExport(*m_document, *m_runner, a.exportSurvey, this);
    connect(survey, &SurveyExport::message, m_status, &QLabel::setText);
    connect(a.saveCharts, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_charts);
        m_charts->saveChartInteractively(ChartsPanel::KindChart);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_inventory);
        m_inventory->searchBox()->setFocus();
        m_inventory->searchBox()->selectAll();
    });
    connect(a.accept, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_plan);
        m_plan->selectRow(m_selected);
        m_plan->acceptSelected();
    });
    connect(a.override_, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_plan);
        m_plan->selectRow(m_selected);
        m_plan->overrideSelected();
    });
    connect(a.revert, &QAction::triggered, this, [this] {
        m_plan->selectRow(m_selected);
        m_plan->revertSelected();
    });
    // On the plan view when it is shown, else on the inventory table (its selection or filter).
    connect(a.bulkDecide, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_plan) {
            m_plan->decideSelection();
            return;
        }
        m_tabs->setCurrentWidget(m_inventory);
        m_inventory->decideSelection();
    });
    connect(a.replan, &QAction::triggered, this, [this] { replanWith(m_document->profile()); });
    connect(a.policy, &QAction::triggered, this, &MainWindow::showPolicyDialog);
    connect(a.writeNotices, &QAction::triggered, this, [this] { NoticesDialog::writeNotices(*m_document, this); });
    connect(a.precheck, &QAction::triggered, this, [this] {
        PrecheckDialog dialog(m_document->inventory(), m_document->profile(), m_document->plan().asOf, this);
        dialog.exec();
    });
    const auto showCompare = [this](CompareWindow::Page page) {
        CompareWindow *w = compareWindow();
        w->showPage(page);
        w->show();
        w->raise();
        w->activateWindow();
    };
    connect(a.compareRegions, &QAction::triggered, this, [showCompare] { showCompare(CompareWindow::ComparePage); });
    connect(a.progress, &QAction::triggered, this, [showCompare] { showCompare(CompareWindow::ProgressPage); });
    connect(a.zoomIn, &QAction::triggered, this, [this] { m_graph->zoomBy(1.25); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { m_graph->zoomBy(0.8); });
    connect(a.languages, &QActionGroup::triggered, this, [this](QAction *act) { setLanguage(act->data().toString()); });
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About SlimPlan"),
                           tr("<b>SlimPlan %1</b><p>Plans the slimming of a region's government apps, "
                              "public accounts and work groups.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connectKeyboard();
    a.panelsMenu->addAction(m_regionDock->toggleViewAction());
    a.panelsMenu->addAction(m_detailDock->toggleViewAction());
    a.panelsMenu->addAction(m_graphDock->toggleViewAction());
    for (QAction *act : {a.save, a.saveAs, a.exportPdf, a.exportXlsx, a.exportCsv, a.printPreview, a.print,
                         a.replan, a.policy, a.saveCharts})
        act->setEnabled(false);
    const auto updateEnabled = [this] {
        const bool has = !m_document->isEmpty();
        const bool idle = !m_runner->isBusy();
        MainActions &a = *m_actions;
        for (QAction *act : {a.save, a.saveAs, a.exportPdf, a.exportXlsx, a.exportCsv, a.printPreview, a.print,
                             a.replan, a.policy, a.saveCharts})
            act->setEnabled(has && idle);
        for (QAction *act : {a.open, a.importFiles, a.importFolder, a.openDemo})
            act->setEnabled(idle);
    };
    connect(m_document, &Document::inventoryReplaced, this, updateEnabled);
    connect(m_runner, &TaskRunner::started, this, updateEnabled);
    connect(m_runner, &TaskRunner::finished, this, updateEnabled);
}

void MainWindow::connectKeyboard()
{
    MainActions &a = *m_actions;
    const std::pair<QAction *, QWidget *> pages[] = {
        {a.showOverview, m_overview}, {a.showInventory, m_inventory}, {a.showPlan, m_plan}, {a.showCharts, m_charts}};
    for (const auto &[action, page] : pages)
        connect(action, &QAction::triggered, this, [this, page] {
            m_tabs->setCurrentWidget(page);
            focusPane(m_tabs);
        });
    const std::pair<QAction *, QDockWidget *> docks[] = {
        {a.focusRegions, m_regionDock}, {a.focusDetails, m_detailDock}, {a.focusGraph, m_graphDock}};
    for (const auto &[action, dock] : docks)
        connect(action, &QAction::triggered, this, [this, dock] {
            dock->show();
            dock->raise();
            focusPane(dock);
        });
    connect(a.showReturns, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_returns);
        focusPane(m_tabs);
    });
    connect(a.showTracking, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_tracking);
        focusPane(m_tabs);
    });
    connect(a.showDecisionLog, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_decisionLog);
        focusPane(m_tabs);
    });
    connect(a.nextPane, &QAction::triggered, this, [this] { cyclePanes(+1); });
    connect(a.previousPane, &QAction::triggered, this, [this] { cyclePanes(-1); });
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(*menuBar(), this);
        dialog.exec();
    });
}

// Puts the keyboard focus on the first widget of `pane` that takes it (the table of a table page,
// the tree of the regions panel); a page without one takes the focus itself.
void MainWindow::focusPane(QWidget *pane)
{
    QWidget *root = pane == m_tabs ? m_tabs->currentWidget() : pane;
    if (!root)
        return;
    QWidget *preferred = nullptr;
    if (root == m_inventory)
        preferred = m_inventory->table();
    else if (root == m_regionDock)
        preferred = m_regionTree;
    if (!preferred) {
        for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
            if (root->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                preferred = w;
                break;
            }
        }
    }
    if (!preferred) {
        root->setFocusPolicy(Qt::StrongFocus);
        preferred = root;
    }
    preferred->setFocus(Qt::ShortcutFocusReason);
}

// F6 / Shift+F6: regions → the current tab → details → overlap graph, skipping hidden panels.
void MainWindow::cyclePanes(int step)
{
    QList<QWidget *> panes;
    for (QWidget *p : std::initializer_list<QWidget *>{m_regionDock, m_tabs, m_detailDock, m_graphDock})
        if (p->isVisible())
            panes << p;
    if (panes.isEmpty())
        return;
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (focus && (panes[i] == focus || panes[i]->isAncestorOf(focus)))
            at = i;
    const qsizetype n = panes.size();
    const qsizetype next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    focusPane(panes[next]);
}

CompareWindow *MainWindow::compareWindow()
{
    if (!m_compare)
        m_compare = new CompareWindow(*m_document, this);
    return m_compare;
}

// While a save runs the document must not change: every way of deciding is switched off.
void MainWindow::updateEditing()
{
    const bool editable = !m_document->isLocked();
    MainActions &a = *m_actions;
    for (QAction *act : {a.accept, a.override_, a.revert})
        act->setEnabled(editable);
    a.bulkDecide->setEnabled(editable);
    a.undo->setEnabled(editable && m_document->undoStack()->canUndo());
    a.redo->setEnabled(editable && m_document->undoStack()->canRedo());
    m_plan->setEnabled(editable);
}

bool MainWindow::offerRecovery()
{
    const std::optional<RecoveryInfo> info = m_autosaver->recovery();
    if (!info)
        return false;
    QMessageBox box(QMessageBox::Question, tr("SlimPlan"),
                    tr("Recover unsaved work from %1?")
                        .arg(QLocale().toString(info->saved, QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    if (!info->title.isEmpty() || !info->projectPath.isEmpty())
        box.setInformativeText(info->projectPath.isEmpty() ? info->title : info->projectPath);
    QPushButton *recoverButton = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recoverButton);
    box.exec();
    if (box.clickedButton() == recoverButton)
        return recover();
    discardRecovery();
    return false;
}

bool MainWindow::recover()
{
    const std::optional<RecoveryInfo> info = m_autosaver->recovery();
    if (!info)
        return false;
    m_files->openRecovery(info->path, info->projectPath);
    return true;
}

void MainWindow::discardRecovery()
{
    m_autosaver->discard();
}

void MainWindow::selectItem(int row)
{
    if (m_syncing || row < 0 || row >= m_document->rowCount())
        return;
    m_syncing = true;
    m_selected = row;
    m_inventory->selectRow(row);
    m_plan->selectRow(row);
    m_detail->setRow(row);
    // The panel keeps the graph when the item is drawn already, else shows the item's family.
    m_overlapPanel->showItem(row);
    m_syncing = false;
}

void MainWindow::showFiltered(const ItemFilter &filter)
{
    // The overview counts the whole region: go back to the tree's root so that the table, the
    // tree and the graph agree with the figure that was clicked.
    const QModelIndex root = m_regionModel->index(0, 0);
    const QModelIndex cur = m_regionTree->currentIndex();
    if (root.isValid() && cur.isValid() && !cur.sibling(cur.row(), 0).data(RegionTreeModel::FilterRole).toString().isEmpty())
        m_regionTree->setCurrentIndex(root);
    m_inventory->setFilter(filter);
    m_tabs->setCurrentWidget(m_inventory);
    m_inventory->table()->setFocus();
}

void MainWindow::onRegionSelected()
{
    const QModelIndex cur = m_regionTree->currentIndex();
    const QString filter = cur.sibling(cur.row(), 0).data(RegionTreeModel::FilterRole).toString();
    m_inventory->setRegionFilter(filter);
    m_overlapPanel->setRegionFilter(filter);
}

void MainWindow::showPolicyDialog()
{
    PolicyDialog dialog(m_document->profile(), m_document->plan().asOf, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.profile().toJson() != m_document->profile().toJson() || dialog.asOf() != m_document->plan().asOf)
        replanWith(dialog.profile(), dialog.asOf());
}

void MainWindow::replanWith(const PolicyProfile &profile, QDate asOf)
{
    if (m_document->isEmpty())
        return;
    if (!asOf.isValid())
        asOf = m_document->plan().asOf;
    struct Result
    {
        Plan plan;
        OverlapResult overlap;
    };
    const Inventory *inventory = &m_document->inventory();
    m_runner->run<Result>(
        tr("Planning"),
        [inventory, profile, asOf](Progress &progress) {
            Result r;
            r.plan = planInventory(*inventory, profile, asOf, progress, &r.overlap);
            return r;
        },
        [this](Result &r) {
            m_document->undoStack()->push(
                new ReplanCommand(*m_document, std::move(r.plan), std::move(r.overlap)));
            m_status->setText(tr("Re-planned."));
        });
}

void MainWindow::setLanguage(const QString &language)
{
    if (!installTranslations(language))
        return;
    Settings::setLanguage(currentLanguage());
    // installTranslations() posts LanguageChange to every widget; the models are refreshed in
    // retranslateUi().
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    (isChinese() ? m_actions->chinese : m_actions->english)->setChecked(true);
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_inventory), tr("Inventory"));
    m_tabs->setTabText(m_tabs->indexOf(m_plan), tr("Plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Charts"));
    m_tabs->setTabText(m_tabs->indexOf(m_tracking), tr("Tracking"));
    m_tabs->setTabText(m_tabs->indexOf(m_decisionLog), tr("Decision Log"));
    m_tabs->setTabText(m_tabs->indexOf(m_returns), tr("Returns"));
    m_regionDock->setWindowTitle(tr("Regions"));
    m_detailDock->setWindowTitle(tr("Details"));
    m_graphDock->setWindowTitle(tr("Overlap graph"));
    m_model->retranslate();
    m_regionModel->retranslate();
    m_regionTree->expandToDepth(2);
    if (m_document->isEmpty())
        m_status->setText(tr("Open a project (Ctrl+O), import ledgers (Ctrl+I) or a folder of returns (Ctrl+Shift+I), or drop files or folders here."));
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = m_document->title();
    if (title.isEmpty())
        title = tr("No region");
    if (!m_document->projectPath().isEmpty())
        title += QStringLiteral(" — ") + m_document->projectPath();
    else if (!m_document->isEmpty())
        title += tr(" (not saved)");
    setWindowTitle(title + QStringLiteral("[*] — ") + tr("SlimPlan"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &f : files)
        menu->addAction(f, this, [this, f] { m_files->openFiles({f}); });
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isBusy() && m_document->isLocked()) {
        event->ignore(); // a save is being written
        return;
    }
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    // A clean close: whatever was unsaved has been saved or given up.
    m_autosaver->discard();
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setCurrentTab(m_tabs->currentIndex());
    m_inventory->saveHeader();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        m_files->openFiles(paths, /*wizard=*/true);
    }
}

} // namespace slimplan
