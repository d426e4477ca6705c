#include "compare/comparewindow.h"

#include "compare/comparecharts.h"
#include "compare/compareview.h"
#include "compare/progressview.h"
#include "document.h"
#include "settings.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"
#include "widgets/progresswidget.h"

#include <QAction>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace slimplan {

CompareWindow::CompareWindow(Document &document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_runner(new TaskRunner(this))
    , m_debounce(new QTimer(this))
    , m_toolBar(new QToolBar(this))
    , m_includeOpen(new QCheckBox(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new CompareView(this))
    , m_progress(new ProgressView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("CompareWindow"));
    setAcceptDrops(true);
    resize(1400, 900);
    m_add = m_toolBar->addAction(QString(), this, &CompareWindow::addDialog);
    m_add->setShortcut(QKeySequence::Open);
    m_remove = m_toolBar->addAction(QString(), this, &CompareWindow::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    m_clear = m_toolBar->addAction(QString(), this, &CompareWindow::clear);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_includeOpen);
    m_toolBar->addSeparator();
    m_saveKinds = m_toolBar->addAction(QString(), this, [this] {
        m_view->charts()->saveChartInteractively(CompareCharts::KindChart);
    });
    m_saveRanked = m_toolBar->addAction(QString(), this, [this] {
        m_view->charts()->saveChartInteractively(CompareCharts::RankChart);
    });
    m_toolBar->addSeparator();
    m_importSnapshot = m_toolBar->addAction(QString(), this, &CompareWindow::importSnapshotDialog);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_includeOpen->setChecked(true);
    connect(m_includeOpen, &QCheckBox::toggled, this, &CompareWindow::setIncludeOpenProject);
    connect(m_progress, &ProgressView::importSnapshotRequested, this, &CompareWindow::importSnapshotDialog);

    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_progress, QString());
    m_tabs->setDocumentMode(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(new ProgressWidget(*m_runner, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CompareWindow::startNext);
    connect(m_runner, &TaskRunner::finished, this, [this] {
        m_job = Job::None;
        startNext();
    });
    // A worker may be reading the open project's inventory: stop it before it is replaced.
    connect(&document, &Document::aboutToReplace, this, [this] {
        if (m_job == Job::OpenProject) {
            m_runner->cancel();
            m_runner->waitForFinished();
        }
    });
    connect(&document, &Document::inventoryReplaced, this, [this] {
        m_openStale = m_progressStale = true;
        m_hiddenOpen.clear();
        schedule();
    });
    connect(&document, &Document::planChanged, this, [this] {
        m_openStale = true;
        schedule();
    });
    retranslateUi();
}

CompareWindow::~CompareWindow()
{
    m_runner->cancel();
    m_runner->waitForFinished();
}

void CompareWindow::retranslateUi()
{
    setWindowTitle(tr("Compare Regions and Progress — SlimPlan"));
    m_add->setText(tr("Add Projects…"));
    m_add->setToolTip(tr("Add the regions of other project files (.slimplan); you may also drop them here."));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected regions from the comparison"));
    m_clear->setText(tr("Clear"));
    m_includeOpen->setText(tr("Include the open project"));
    m_saveKinds->setText(tr("Save Chart by Kind…"));
    m_saveRanked->setText(tr("Save Ranking Chart…"));
    m_importSnapshot->setText(tr("Import as Snapshot…"));
    m_tabs->setTabText(ComparePage, tr("Compare regions"));
    m_tabs->setTabText(ProgressPage, tr("Progress over time"));
    if (m_statusText.isEmpty() && !isBusy())
        m_status->setText(tr("Add project files to compare (Ctrl+O) or drop them here."));
}

bool CompareWindow::isBusy() const
{
    return m_runner->isBusy() || !m_pending.isEmpty() || m_debounce->isActive();
}

QString CompareWindow::statusText() const
{
    return m_status->text();
}

void CompareWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

void CompareWindow::schedule()
{
    // Plan changes come in bursts (an undo of many overrides): compare once they settle.
    if (isVisible())
        m_debounce->start();
}

void CompareWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_debounce->start(0);
}

void CompareWindow::addProjects(const QStringList &paths)
{
    for (const QString &p : paths)
        if (!m_pending.contains(p))
            m_pending << p;
    startNext();
}

void CompareWindow::startNext()
{
    if (m_runner->isBusy())
        return;
    if (m_openStale) {
        m_openStale = false;
        if (!m_includeOpen->isChecked() || m_document.isEmpty()) {
            m_open.clear();
            publish();
        } else {
            // The worker reads a copy of the plan (decisions may change meanwhile); the inventory
            // is borrowed: aboutToReplace stops the worker before it changes.
            auto plan = std::make_shared<Plan>(m_document.plan());
            const Inventory *inventory = &m_document.inventory();
            const QString name = m_document.title();
            const QString code = m_document.store() ? m_document.store()->regionCode() : QString();
            m_job = Job::OpenProject;
            m_runner->run<std::vector<ComparedRegion>>(
                tr("Comparing the open project"),
                [=](Progress &p) { return regionsOf(*inventory, *plan, name, code, QString(), &p); },
                [this](std::vector<ComparedRegion> &regions) {
                    m_open = std::move(regions);
                    publish();
                });
            return;
        }
    }
    if (!m_pending.isEmpty()) {
        const QStringList paths = m_pending;
        m_pending.clear();
        m_job = Job::Projects;
        m_runner->run<CompareLoad>(
            tr("Reading %n project(s)", nullptr, int(paths.size())),
            [paths](Progress &p) { return loadCompareProjects(paths, QDate::currentDate(), p); },
            [this, paths](CompareLoad &load) {
                // A project read again replaces its earlier rows.
                std::erase_if(m_added, [&](const ComparedRegion &r) { return paths.contains(r.source); });
                for (ComparedRegion &r : load.regions)
                    m_added.push_back(std::move(r));
                for (const QString &p : paths)
                    Settings::setLastDirectory(QFileInfo(p).absolutePath());
                m_statusText = load.errors.join(QLatin1Char('\n'));
                publish();
            });
        return;
    }
    if (m_progressStale) {
        m_progressStale = false;
        const QString path = m_document.projectPath();
        if (path.isEmpty()) {
            m_progress->showNoProject();
        } else {
            m_job = Job::Progress;
            m_runner->run<ProgressLoad>(
                tr("Reading the snapshots"),
                [path](Progress &p) { return loadProjectProgress(path, QDate::currentDate(), p); },
                [this](ProgressLoad &load) { m_progress->setProgress(std::move(load)); });
            return;
        }
    }
    m_importSnapshot->setEnabled(!m_document.projectPath().isEmpty());
    emit idle();
}

QString CompareWindow::keyOf(const RegionRow &row)
{
    return row.code + QLatin1Char('\n') + row.name;
}

void CompareWindow::publish()
{
    m_shown.clear();
    for (const ComparedRegion &r : m_open)
        if (!m_hiddenOpen.contains(keyOf(r.row)))
            m_shown.push_back(r);
    for (const ComparedRegion &r : m_added)
        m_shown.push_back(r);
    std::vector<RegionRow> rows;
    rows.reserve(m_shown.size());
    for (const ComparedRegion &r : m_shown)
        rows.push_back(r.row);
    m_view->setRows(std::move(rows));
    m_remove->setEnabled(!m_shown.empty());
    m_clear->setEnabled(!m_shown.empty());
    if (!m_statusText.isEmpty())
        m_status->setText(m_statusText);
    else if (m_shown.empty())
        m_status->setText(tr("Add project files to compare (Ctrl+O) or drop them here."));
    else
        m_status->setText(tr("%n region(s) compared.", nullptr, int(m_shown.size())));
    m_statusText.clear();
}

void CompareWindow::removeRows(const std::vector<int> &rows)
{
    std::vector<bool> drop(m_shown.size(), false);
    for (int r : rows)
        if (r >= 0 && std::size_t(r) < m_shown.size())
            drop[std::size_t(r)] = true;
    std::vector<ComparedRegion> added;
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const ComparedRegion &r = m_shown[i];
        if (r.source.isEmpty()) {
            if (drop[i])
                m_hiddenOpen << keyOf(r.row);
        } else if (!drop[i]) {
            added.push_back(r);
        }
    }
    m_added = std::move(added);
    publish();
}

void CompareWindow::removeSelected()
{
    removeRows(m_view->selectedRows());
}

void CompareWindow::clear()
{
    m_pending.clear();
    m_added.clear();
    for (const ComparedRegion &r : m_open)
        m_hiddenOpen << keyOf(r.row);
    publish();
}

void CompareWindow::setIncludeOpenProject(bool include)
{
    if (m_includeOpen->isChecked() != include)
        m_includeOpen->setChecked(include); // toggled() comes back here
    m_hiddenOpen.clear();
    m_openStale = true;
    startNext();
}

void CompareWindow::addDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Projects to Compare"), Settings::lastDirectory(),
                                                            tr("SlimPlan projects (*.slimplan);;All files (*)"));
    addProjects(paths);
}

void CompareWindow::importSnapshot(const QStringList &files, const QString &label)
{
    const QString path = m_document.projectPath();
    if (path.isEmpty() || files.isEmpty() || label.trimmed().isEmpty())
        return;
    if (m_runner->isBusy()) {
        m_status->setText(tr("Please wait for the running task to finish."));
        return;
    }
    m_job = Job::Import;
    const QString trimmed = label.trimmed();
    m_runner->run<QString>(
        tr("Importing snapshot %1").arg(trimmed),
        [=](Progress &p) { return slimplan::importSnapshot(path, files, trimmed, QDate::currentDate(), p); },
        [this, trimmed](QString &error) {
            m_statusText = error.isEmpty() ? tr("Imported the snapshot \"%1\".").arg(trimmed) : error;
            m_status->setText(m_statusText);
            m_statusText.clear();
            m_progressStale = true;
            showPage(ProgressPage);
        });
}

void CompareWindow::importSnapshotDialog()
{
    if (m_document.projectPath().isEmpty()) {
        m_status->setText(tr("Save the plan as a project first (File → Save As…)."));
        return;
    }
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import as Snapshot"), Settings::lastDirectory(),
                                                            tr("Ledgers (*.xlsx *.csv *.tsv *.txt *.json);;All files (*)"));
    if (files.isEmpty())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Import as Snapshot"),
                                                tr("Label of the snapshot (the moment of the ledger):"),
                                                QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok);
    if (ok && !label.trimmed().isEmpty())
        importSnapshot(files, label);
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CompareWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".slimplan"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    if (paths.isEmpty()) {
        m_status->setText(tr("Only project files (.slimplan) can be compared: import ledgers into a project first."));
        return;
    }
    event->acceptProposedAction();
    addProjects(paths);
}

} // namespace slimplan
