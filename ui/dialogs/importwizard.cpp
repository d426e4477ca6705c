#include "dialogs/importwizard.h"

#include "dialogs/returndiffview.h"
#include "import/fieldmap.h"
#include "models/importfilesmodel.h"
#include "settings.h"
#include "util/progress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace slimplan {

ImportWizard::ImportWizard(const QStringList &files, QWidget *parent)
    : QWizard(parent)
{
    setWizardStyle(QWizard::ClassicStyle);
    setPage(FilesPage, createFilesPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ReportPage, createReportPage());
    setPage(DiffPage, createDiffPage());
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(980, 640);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_checkProgress->hide();
        std::shared_ptr<CheckOutcome> r = m_watcher.future().resultCount() > 0 ? m_watcher.result() : nullptr;
        if (r && !r->result.canceled)
            showCheckResult(std::move(r->result), std::move(r->diff));
        emit checkFinished();
    });
    setFiles(files);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    stopCheck();
}

QWizardPage *ImportWizard::createFilesPage()
{
    auto *page = new QWizardPage(this);
    m_fileList = new QListWidget(page);
    auto *add = new QPushButton(tr("Add Files…"), page);
    auto *addFolder = new QPushButton(tr("Add Folder…"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString &e : supportedTextEncodings())
        m_encoding->addItem(e, e);
    m_filesHint = new QLabel(page);
    m_filesHint->setWordWrap(true);
    m_skippedInfo = new QLabel(page);
    m_skippedInfo->setWordWrap(true);
    m_skippedInfo->setStyleSheet(QStringLiteral("color:#666"));
    m_intoProject = new QCheckBox(page);
    m_intoProject->hide(); // until there is an open project to add to
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addFolder);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileList, 1);
    top->addLayout(buttons);
    auto *form = new QFormLayout;
    form->addRow(tr("Text encoding:"), m_encoding);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_intoProject);
    layout->addWidget(m_skippedInfo);
    layout->addWidget(m_filesHint);
    connect(m_intoProject, &QCheckBox::toggled, this, [this] {
        m_result.reset();
        m_diff.reset();
        retranslateUi();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList more = QFileDialog::getOpenFileNames(
            this, tr("Choose Ledgers"), Settings::lastDirectory(),
            tr("Ledgers (*.xlsx *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)"));
        if (!more.isEmpty())
            addFiles(more);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Folder of Returns"),
                                                              Settings::lastDirectory());
        if (!dir.isEmpty())
            addFiles({dir});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_fileList->currentRow();
        if (r >= 0 && r < m_files.size()) {
            m_files.removeAt(r);
            m_result.reset();
            refreshFileList();
        }
    });
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage(this);
    m_sheet = new QComboBox(page);
    m_previewModel = new QStandardItemModel(page);
    m_previewTable = new QTableView(page);
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_mappingArea = new QScrollArea(page);
    m_mappingArea->setWidgetResizable(true);
    m_mappingArea->setMinimumWidth(300);
    m_previewInfo = new QLabel(page);
    m_previewInfo->setWordWrap(true);
    auto *split = new QHBoxLayout;
    split->addWidget(m_previewTable, 3);
    split->addWidget(m_mappingArea, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sheet);
    layout->addLayout(split, 1);
    layout->addWidget(m_previewInfo);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportWizard::showPreview);
    return page;
}

QWizardPage *ImportWizard::createReportPage()
{
    auto *page = new QWizardPage(this);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setWordWrap(true);
    m_checkProgress = new QProgressBar(page);

    auto *filesBox = new QWidget(page);
    m_filesTitle = new QLabel(filesBox);
    m_filesModel = new ImportFilesModel(page);
    m_filesTable = new QTableView(filesBox);
    m_filesTable->setModel(m_filesModel);
    m_filesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_filesTable->horizontalHeader()->setStretchLastSection(true);
    m_filesTable->verticalHeader()->hide();
    m_filesTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_filesTitle);
    filesLayout->addWidget(m_filesTable, 1);

    auto *issuesBox = new QWidget(page);
    m_issuesTitle = new QLabel(issuesBox);
    m_showAllIssues = new QPushButton(issuesBox);
    m_showAllIssues->setEnabled(false);
    m_reportModel = new QStandardItemModel(0, 6, page);
    m_issueProxy = new QSortFilterProxyModel(page);
    m_issueProxy->setSourceModel(m_reportModel);
    m_issueProxy->setFilterKeyColumn(1);
    m_issueProxy->setFilterRole(ImportFilesModel::PathRole);
    m_reportTable = new QTableView(issuesBox);
    m_reportTable->setModel(m_issueProxy);
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->verticalHeader()->hide();
    auto *issuesHead = new QHBoxLayout;
    issuesHead->addWidget(m_issuesTitle, 1);
    issuesHead->addWidget(m_showAllIssues);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addLayout(issuesHead);
    issuesLayout->addWidget(m_reportTable, 1);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(filesBox);
    split->addWidget(issuesBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_checkProgress);
    layout->addWidget(split, 1);
    page->setFinalPage(true);

    // Selecting a file narrows the issue list to it; the filter is a proxy, so it costs nothing.
    // The selection, not the current row: focus alone makes a row current, and must not filter.
    connect(m_filesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_filesTable->selectionModel()->selectedRows();
        showIssuesOf(rows.isEmpty() ? QString() : rows.first().data(ImportFilesModel::PathRole).toString());
    });
    connect(m_showAllIssues, &QPushButton::clicked, this, [this] {
        m_filesTable->selectionModel()->clear();
        showIssuesOf(QString());
    });
    return page;
}

QWizardPage *ImportWizard::createDiffPage()
{
    auto *page = new QWizardPage(this);
    m_diffView = new ReturnDiffView(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_diffView, 1);
    page->setFinalPage(true);
    return page;
}

void ImportWizard::setTargetProject(const Inventory *project, const QByteArray &memberSalt, const QString &name)
{
    m_project = project;
    m_projectSalt = memberSalt;
    m_projectName = name;
    m_result.reset();
    m_diff.reset();
    m_intoProject->setVisible(project != nullptr);
    m_intoProject->setChecked(project != nullptr);
    retranslateUi();
}

bool ImportWizard::importsIntoProject() const
{
    return m_project && m_intoProject->isChecked();
}

void ImportWizard::setImportsIntoProject(bool into)
{
    m_intoProject->setChecked(into);
}

int ImportWizard::nextId() const
{
    if (currentId() == ReportPage)
        return importsIntoProject() ? DiffPage : -1;
    if (currentId() == DiffPage)
        return -1;
    return QWizard::nextId();
}

bool ImportWizard::canAccept() const
{
    if (!m_result)
        return false;
    return m_result->report.rowsImported > 0 || (importsIntoProject() && m_diff && m_diff->goneCount() > 0);
}

void ImportWizard::showIssuesOf(const QString &file)
{
    m_issueProxy->setFilterRegularExpression(
        file.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(file))));
    m_showAllIssues->setEnabled(!file.isEmpty());
    m_issuesTitle->setText(file.isEmpty() ? tr("Issues of all files:") : tr("Issues of %1:").arg(displayName(file)));
}

void ImportWizard::showCheckResult(ImportResult result, std::optional<ReturnDiff> diff)
{
    m_result = std::make_unique<ImportResult>(std::move(result));
    m_diff = std::move(diff);
    const ImportReport &rep = m_result->report;
    QString summary = tr("%n files: ", nullptr, int(rep.files.size()))
        + tr("%1 rows read, %2 items can be imported; %3 errors, %4 warnings.")
              .arg(rep.rowsRead).arg(rep.rowsImported).arg(rep.errorCount()).arg(rep.warningCount());
    if (rep.rowsFolded > 0)
        summary += QLatin1Char(' ')
            + tr("%n rows reported an item already reported in another row or return and were folded into it.",
                 nullptr, rep.rowsFolded);
    if (!m_skipped.isEmpty())
        summary += QLatin1Char(' ') + tr("%n other files in the folder were skipped.", nullptr, int(m_skipped.size()));
    m_reportSummary->setText(summary);
    m_filesModel->setFiles(rep.files, [this](const QString &f) { return displayName(f); });
    m_filesTable->resizeColumnsToContents();
    m_reportModel->removeRows(0, m_reportModel->rowCount());
    for (const ImportIssue &i : rep.issues) {
        auto *file = new QStandardItem(displayName(i.file));
        file->setData(i.file, ImportFilesModel::PathRole);
        QList<QStandardItem *> row{new QStandardItem(i.isError() ? tr("Error") : tr("Warning")), file,
                                   new QStandardItem(i.sheet),
                                   new QStandardItem(i.row > 0 ? QString::number(i.row) : QString()),
                                   new QStandardItem(i.column), new QStandardItem(i.message)};
        row.first()->setForeground(i.isError() ? QColor(0xb0, 0x20, 0x20) : QColor(0x99, 0x66, 0x00));
        m_reportModel->appendRow(row);
    }
    showIssuesOf(QString());
    button(QWizard::FinishButton)->setEnabled(canAccept());
    button(QWizard::NextButton)->setEnabled(canAccept());
}

void ImportWizard::setFiles(const QStringList &files)
{
    m_files.clear();
    m_sources.clear();
    m_roots.clear();
    m_skipped.clear();
    addFiles(files);
}

void ImportWizard::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir() && !m_roots.contains(p))
            m_roots << p;
        if (!m_sources.contains(p))
            m_sources << p;
    }
    QStringList skipped;
    const QStringList expanded = expandImportPaths(paths, &skipped);
    for (const QString &f : expanded)
        if (!m_files.contains(f))
            m_files << f;
    for (const QString &f : std::as_const(skipped))
        if (!m_skipped.contains(f))
            m_skipped << f;
    m_result.reset();
    refreshFileList();
}

QString ImportWizard::displayName(const QString &path) const
{
    for (const QString &root : m_roots) {
        const QString rel = QDir(root).relativeFilePath(path);
        if (!rel.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(rel))
            return QDir::toNativeSeparators(rel);
    }
    return QFileInfo(path).fileName();
}

void ImportWizard::refreshFileList()
{
    if (!m_fileList)
        return;
    m_fileList->clear();
    for (const QString &f : std::as_const(m_files)) {
        m_fileList->addItem(displayName(f));
        m_fileList->item(m_fileList->count() - 1)->setToolTip(f);
    }
    if (m_skipped.isEmpty()) {
        m_skippedInfo->clear();
        m_skippedInfo->hide();
        return;
    }
    // A folder may hold thousands of other files: name the first few only.
    constexpr int kNamed = 8;
    QStringList names;
    for (int i = 0; i < m_skipped.size() && i < kNamed; ++i)
        names << displayName(m_skipped.at(i));
    QString list = names.join(QStringLiteral(", "));
    if (m_skipped.size() > kNamed)
        list += tr(" and %n more", nullptr, int(m_skipped.size() - kNamed));
    m_skippedInfo->setText(tr("%n files in the folder were skipped (not ledgers): %1", nullptr, int(m_skipped.size()))
                               .arg(list));
    m_skippedInfo->show();
}

void ImportWizard::setManualMapping(const QString &fileKey, int column, const QString &field)
{
    m_options.manualMappings[fileKey][column] = field;
    m_result.reset();
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        m_options.forcedEncoding = m_encoding->currentData().toString();
        loadPreviews();
    } else if (id == ReportPage) {
        page(ReportPage)->setFinalPage(!importsIntoProject());
        startCheck();
    } else if (id == DiffPage && m_result && m_diff && m_project) {
        m_diffView->setDiff(*m_diff, *m_project, m_result->inventory);
        button(QWizard::FinishButton)->setEnabled(canAccept());
    }
}

void ImportWizard::cleanupPage(int id)
{
    if (id == ReportPage)
        stopCheck();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage && m_files.isEmpty()) {
        m_filesHint->setText(tr("Add at least one ledger file."));
        return false;
    }
    if (currentId() == ReportPage || currentId() == DiffPage)
        return canAccept();
    return true;
}

void ImportWizard::reject()
{
    stopCheck();
    m_result.reset();
    m_diff.reset();
    QWizard::reject();
}

void ImportWizard::loadPreviews()
{
    m_previews.clear();
    for (const QString &f : m_files) {
        std::vector<ImportPreview> p = previewFile(f, m_options, 30);
        for (ImportPreview &one : p)
            m_previews.push_back(std::move(one));
    }
    m_sheet->blockSignals(true);
    m_sheet->clear();
    for (const ImportPreview &p : m_previews)
        m_sheet->addItem(p.sheet.isEmpty() ? displayName(p.file) : displayName(p.file) + QStringLiteral(" — ") + p.sheet);
    m_sheet->blockSignals(false);
    showPreview(0);
}

void ImportWizard::showPreview(int index)
{
    m_previewModel->clear();
    auto *mapping = new QWidget;
    auto *form = new QFormLayout(mapping);
    m_mappingArea->setWidget(mapping);
    if (index < 0 || std::size_t(index) >= m_previews.size()) {
        m_previewInfo->clear();
        return;
    }
    const ImportPreview &p = m_previews[std::size_t(index)];
    if (!p.error.isEmpty()) {
        m_previewInfo->setText(QStringLiteral("<span style='color:#b02020'>%1</span>").arg(p.error.toHtmlEscaped()));
        return;
    }
    int columns = 0;
    for (const RawRow &r : p.rows)
        columns = std::max(columns, int(r.cells.size()));
    m_previewModel->setColumnCount(columns);
    for (const RawRow &r : p.rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < columns; ++c)
            items << new QStandardItem(c < r.cells.size() ? r.cells.at(c) : QString());
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(m_previewModel->rowCount() - 1, new QStandardItem(QString::number(r.row)));
    }
    if (p.headerIndex >= 0 && p.headerIndex < m_previewModel->rowCount()) {
        for (int c = 0; c < columns; ++c) {
            QStandardItem *item = m_previewModel->item(p.headerIndex, c);
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setBackground(QColor(0xe8, 0xf0, 0xfb));
        }
    }
    // One combo per header: the automatic mapping, changeable by hand.
    const QString key = p.sheet.isEmpty() ? p.file : p.file + QLatin1Char('#') + p.sheet;
    const QStringList fields = FieldMap::fieldNames();
    for (int c = 0; c < p.headers.size(); ++c) {
        auto *combo = new QComboBox(mapping);
        combo->addItem(tr("(keep as extra attribute)"), QString());
        for (const QString &f : fields)
            combo->addItem(f, f);
        const QString current = c < p.fieldOfColumn.size() ? p.fieldOfColumn.at(c) : QString();
        const int i = combo->findData(current);
        combo->setCurrentIndex(i >= 0 ? i : 0);
        if (current.isEmpty())
            combo->setStyleSheet(QStringLiteral("color:#996600"));
        connect(combo, &QComboBox::activated, this, [this, key, c, combo] {
            setManualMapping(key, c, combo->currentData().toString());
        });
        form->addRow(p.headers.at(c).isEmpty() ? tr("(column %1)").arg(c + 1) : p.headers.at(c), combo);
    }
    QString info;
    if (!p.encoding.isEmpty())
        info += tr("Encoding: %1. ").arg(p.encoding);
    if (p.headerIndex < 0)
        info += tr("No header row recognised. ");
    if (!p.missingRequired.isEmpty())
        info += QStringLiteral("<span style='color:#b02020'>%1</span>")
                    .arg(tr("Missing required columns: %1").arg(p.missingRequired.join(QStringLiteral(", "))).toHtmlEscaped());
    m_previewInfo->setText(info);
}

void ImportWizard::startCheck()
{
    stopCheck();
    m_result.reset();
    m_diff.reset();
    m_reportModel->removeRows(0, m_reportModel->rowCount());
    m_filesModel->clear();
    m_reportSummary->setText(tr("Reading the ledgers…"));
    m_checkProgress->setRange(0, 0);
    m_checkProgress->show();
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::NextButton)->setEnabled(false);
    m_progress = std::make_shared<AtomicProgress>();
    auto progress = m_progress;
    const QStringList files = m_files;
    // Into a project: its members' salt, so that the same group hashes alike and is no change.
    m_options.memberSalt = importsIntoProject() ? m_projectSalt : QByteArray();
    const ImportOptions options = m_options;
    const Inventory *project = importsIntoProject() ? m_project : nullptr;
    m_watcher.setFuture(QtConcurrent::run([files, options, progress, project] {
        auto out = std::make_shared<CheckOutcome>();
        out->result = importFiles(files, options, progress.get());
        if (project && !out->result.canceled)
            out->diff = diffReturns(*project, out->result.inventory, out->result.report);
        return out;
    }));
}

void ImportWizard::stopCheck()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher.waitForFinished();
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import Ledgers"));
    page(FilesPage)->setTitle(tr("Choose the ledger files"));
    if (importsIntoProject())
        page(FilesPage)->setSubTitle(tr("Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are added to %1.")
                                         .arg(m_projectName));
    else
        page(FilesPage)->setSubTitle(tr("Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are imported into a new project."));
    m_intoProject->setText(tr("Add to the open project %1 (its items are updated by identity; items a unit no "
                              "longer lists are marked, never deleted)").arg(m_projectName));
    page(DiffPage)->setTitle(tr("What the returns change"));
    page(DiffPage)->setSubTitle(tr("Per unit: new, changed, unchanged and no longer listed items. Expand a unit to see "
                                   "each change. Click Import to apply them, or Cancel to change nothing."));
    page(PreviewPage)->setTitle(tr("Check how the columns were read"));
    page(PreviewPage)->setSubTitle(tr("The header row is highlighted. Map unknown columns by hand on the right."));
    page(ReportPage)->setTitle(tr("Import report"));
    page(ReportPage)->setSubTitle(tr("Rows with errors are left out. Click Import to keep the good rows, or Cancel to change nothing."));
    setButtonText(QWizard::FinishButton, tr("Import"));
    m_filesTitle->setText(tr("Files (select one to see only its issues):"));
    m_showAllIssues->setText(tr("Show All Issues"));
    const QModelIndexList selected = m_filesTable->selectionModel()->selectedRows();
    showIssuesOf(selected.isEmpty() ? QString() : selected.first().data(ImportFilesModel::PathRole).toString());
    m_filesModel->retranslate();
    m_reportModel->setHorizontalHeaderLabels({tr("Severity"), tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Message")});
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace slimplan
