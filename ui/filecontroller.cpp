#include "filecontroller.h"

#include "dialogs/importwizard.h"
#include "document.h"
#include "projectloader.h"
#include "report/csvexport.h"
#include "report/planpdf.h"
#include "report/planxlsx.h"
#include "settings.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"
#include "util/i18n.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace slimplan {

namespace {
ReportOptions reportOptions(const Document &doc)
{
    ReportOptions o;
    o.language = currentLanguage();
    o.regionName = doc.title();
    o.preparedBy = Settings::userName();
    if (!doc.decisionLog().empty()) // a copy: the export runs on a worker while decisions go on
        o.decisionLog = std::make_shared<const std::vector<DecisionLogEntry>>(doc.decisionLog());
    if (const ProjectStore *store = doc.store()) { // read here: the store belongs to this thread
        o.tracking = std::make_shared<const std::vector<TrackingStatus>>(store->trackingStates());
        if (auto later = store->laterSnapshotItemIds())
            o.laterItemIds = std::make_shared<const QSet<QString>>(std::move(*later));
    }
    return o;
}
} // namespace

FileController::FileController(Document &document, TaskRunner &runner, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_runner(runner)
    , m_window(window)
{
}

void FileController::openFiles(const QStringList &paths, bool wizard)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".slimplan"), Qt::CaseInsensitive)
        && !QFileInfo(paths.first()).isDir()) {
        openProject(paths.first());
        return;
    }
    if (wizard) {
        ImportWizard w(paths, m_window);
        runImportWizard(w);
        return;
    }
    importLedgers(paths);
}

void FileController::adopt(LoadedProject &loaded, bool finished)
{
    if (!loaded.error.isEmpty()) {
        emit message(loaded.error);
        QMessageBox::warning(m_window, tr("SlimPlan"), loaded.error);
        emit loadFinished(false);
        return;
    }
    m_document.reset(std::move(loaded.inventory), std::move(loaded.plan), loaded.title, loaded.projectPath);
    m_document.setOverlap(std::move(loaded.overlap));
    if (!loaded.projectPath.isEmpty()) {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(loaded.projectPath, &error);
        if (store)
            m_document.attachStore(std::move(store));
        else
            emit message(error);
    }
    m_document.setOrigin(loaded.memberSalt, loaded.pendingImport, loaded.unsaved);
    const ImportReport &r = loaded.report;
    if (r.rowsRead > 0 && r.rowsFolded > 0)
        emit message(tr("%1 items imported from %2 rows (%3 rows folded into items reported earlier); "
                        "%4 errors, %5 warnings.")
                         .arg(r.rowsImported).arg(r.rowsRead).arg(r.rowsFolded).arg(r.errorCount()).arg(r.warningCount()));
    else if (r.rowsRead > 0)
        emit message(tr("%1 items imported from %2 rows; %3 errors, %4 warnings.")
                         .arg(r.rowsImported).arg(r.rowsRead).arg(r.errorCount()).arg(r.warningCount()));
    else
        emit message(tr("%n items loaded.", nullptr, m_document.rowCount()));
    if (finished)
        emit loadFinished(true);
}

void FileController::analyse(bool plan)
{
    // The table is shown; the plan (when the project had none) and the overlap graph follow. The
    // inventory cannot change meanwhile: a new document is only loaded by another task.
    const Inventory *inventory = &m_document.inventory();
    const PolicyProfile profile = m_document.profile();
    const bool started = m_runner.run<ProjectAnalysis>(
        plan ? tr("Planning") : tr("Finding overlaps"),
        [inventory, profile, plan](Progress &p) { return analyseProject(*inventory, profile, plan, p); },
        [this](ProjectAnalysis &a) {
            if (a.plan)
                m_document.replaceRecommendations(std::move(*a.plan));
            m_document.setOverlap(std::move(a.overlap));
            emit loadFinished(true);
        });
    if (!started)
        emit loadFinished(true);
}

void FileController::adoptProject(LoadedProject &loaded, const QStringList &remembered)
{
    // Shown as soon as the items are read (a 1,000,000-item project in about a second);
    // planning and the overlap graph run next, with their own progress and cancel.
    const bool more = loaded.error.isEmpty() && (loaded.needsPlan || loaded.needsOverlap);
    const bool plan = loaded.needsPlan;
    adopt(loaded, !more);
    if (loaded.error.isEmpty()) {
        for (const QString &p : remembered)
            Settings::addRecentFile(p);
        emit recentFilesChanged();
    }
    if (more)
        analyse(plan);
}

void FileController::openProject(const QString &path)
{
    if (!maybeSave())
        return;
    const bool started = m_runner.run<LoadedProject>(
        tr("Opening %1").arg(QFileInfo(path).fileName()),
        [path](Progress &p) { return openProjectFile(path, p, true); },
        [this, path](LoadedProject &loaded) { adoptProject(loaded, {path}); });
    if (!started)
        emit message(tr("Please wait for the running task to finish."));
}

void FileController::importLedgers(const QStringList &paths, const ImportOptions &options,
                                   const QStringList &recent)
{
    if (!maybeSave())
        return;
    const PolicyProfile profile = m_document.isEmpty() ? PolicyProfile{} : m_document.profile();
    const bool started = m_runner.run<LoadedProject>(
        tr("Importing"),
        [paths, options, profile](Progress &p) { return importAndPlan(paths, options, profile, p); },
        [this, remembered = recent.isEmpty() ? paths : recent](LoadedProject &loaded) {
            adopt(loaded);
            if (loaded.error.isEmpty()) {
                for (const QString &p : remembered)
                    Settings::addRecentFile(p);
                emit recentFilesChanged();
            }
        });
    if (!started)
        emit message(tr("Please wait for the running task to finish."));
}

void FileController::openDemo()
{
    if (!maybeSave())
        return;
    m_runner.run<LoadedProject>(tr("Opening the demo region"), [](Progress &p) { return loadDemo(p); },
                                [this](LoadedProject &loaded) { adopt(loaded); });
}

void FileController::openRecovery(const QString &recoveryPath, const QString &projectPath)
{
    const bool started = m_runner.run<LoadedProject>(
        tr("Recovering unsaved work"), [recoveryPath](Progress &p) { return openProjectFile(recoveryPath, p); },
        [this, projectPath](LoadedProject &loaded) {
            // The work belongs to its own project (if that still exists), never to the recovery
            // file, and it is unsaved until the user saves it.
            loaded.projectPath = !projectPath.isEmpty() && QFileInfo::exists(projectPath) ? projectPath : QString();
            if (!loaded.projectPath.isEmpty())
                loaded.pendingImport.reset();
            loaded.unsaved = true;
            adopt(loaded);
            if (loaded.error.isEmpty())
                emit message(tr("Recovered the unsaved work; save it to keep it."));
        });
    if (!started)
        emit message(tr("Please wait for the running task to finish."));
}

void FileController::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), Settings::lastDirectory(),
                                                      tr("SlimPlan projects (*.slimplan);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    openFiles({path});
}

void FileController::importDialog()
{
    ImportWizard w({}, m_window);
    runImportWizard(w);
}

void FileController::runImportWizard(ImportWizard &w)
{
    if (m_document.store() && !m_document.isEmpty())
        w.setTargetProject(&m_document.inventory(), m_document.memberSalt(),
                           QFileInfo(m_document.projectPath()).fileName());
    if (w.exec() != QDialog::Accepted || w.files().isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(w.files().first()).absolutePath());
    std::shared_ptr<const ImportResult> checked = w.importsIntoProject() ? w.takeCheckedResult() : nullptr;
    if (checked)
        importIntoProject(std::move(checked), w.files(), w.sources());
    else
        importLedgers(w.files(), w.options(), w.sources());
}

void FileController::importIntoProject(std::shared_ptr<const ImportResult> result, const QStringList &files,
                                       const QStringList &recent)
{
    if (!result || !m_document.store() || !maybeSave())
        return;
    const QString path = m_document.projectPath();
    const bool started = m_runner.run<LoadedProject>(
        tr("Importing into %1").arg(QFileInfo(path).fileName()),
        [path, result, files](Progress &p) { return slimplan::importIntoProject(path, *result, files, p); },
        [this, remembered = recent.isEmpty() ? files : recent](LoadedProject &loaded) {
            adoptProject(loaded, remembered);
        });
    if (!started)
        emit message(tr("Please wait for the running task to finish."));
}

void FileController::importFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Folder of Returns"),
                                                          Settings::lastDirectory());
    if (dir.isEmpty())
        return;
    // The folder's parent: the next campaign's folder is usually its sibling.
    Settings::setLastDirectory(QFileInfo(dir).absolutePath());
    openFiles({dir}, /*wizard=*/true);
}

QString FileController::askSavePath(const QString &title, const QString &filter, const QString &suffix)
{
    QString base = m_document.title().isEmpty() ? QStringLiteral("plan") : m_document.title();
    QString path = QFileDialog::getSaveFileName(m_window, title, Settings::lastDirectory() + QLatin1Char('/') + base + suffix, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

bool FileController::save()
{
    if (!m_document.store())
        return saveAs();
    return runSave(m_document.projectPath(), true);
}

bool FileController::saveAs()
{
    const QString path = askSavePath(tr("Save Project"), tr("SlimPlan projects (*.slimplan)"), QStringLiteral(".slimplan"));
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool FileController::saveTo(const QString &path)
{
    const bool attached = m_document.store() && QFileInfo(m_document.store()->path()) == QFileInfo(path);
    if (!runSave(path, attached))
        return false;
    Settings::addRecentFile(path);
    emit recentFilesChanged();
    return true;
}

bool FileController::runSave(const QString &path, bool intoAttached)
{
    if (m_runner.isBusy()) {
        emit message(tr("Please wait for the running task to finish."));
        return false;
    }
    auto content = std::make_shared<ProjectContent>(m_document.contentForSave());
    // The worker reads the document's inventory: nothing may change it until the save is over.
    m_document.setLocked(true);
    bool ok = false;
    QString error;
    QEventLoop loop;
    const QMetaObject::Connection over = connect(&m_runner, &TaskRunner::finished, &loop, &QEventLoop::quit);
    const bool started = m_runner.run<QString>(
        tr("Saving %1").arg(QFileInfo(path).fileName()),
        [content, path, intoAttached](Progress &p) {
            QString e;
            const bool done = intoAttached ? saveIntoProject(*content, &p, &e) : writeProjectFile(path, *content, &p, &e);
            return done ? QString() : (e.isEmpty() ? tr("Saving failed.") : e);
        },
        [&](QString &result) {
            error = result;
            ok = error.isEmpty() && m_document.markSaved(path, *content, &error);
        });
    if (started)
        loop.exec();
    disconnect(over);
    m_document.setLocked(false);
    if (!ok) {
        if (error.isEmpty())
            error = tr("Saving was cancelled; the file is unchanged.");
        emit message(error);
        QMessageBox::warning(m_window, tr("Save"), error);
        return false;
    }
    emit message(tr("Saved %1.").arg(path));
    emit saved(path);
    return true;
}

bool FileController::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const QString text = m_document.store()
        ? tr("%1 has changes that are not saved yet (a re-plan or another policy profile). Save them?")
              .arg(m_document.projectPath())
        : tr("The plan has decisions that are not saved in a project. Save them?");
    const auto answer = QMessageBox::question(m_window, tr("SlimPlan"), text,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::runExport(const QString &label, const QString &path, PlanWriter write)
{
    auto plan = std::make_shared<Plan>(m_document.plan());
    const Inventory *inventory = &m_document.inventory();
    m_runner.run<QString>(
        label,
        [=](Progress &p) {
            QString error;
            return write(*inventory, *plan, p, &error) ? QString() : error;
        },
        [this, path](QString &error) {
            emit message(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Export"), error);
        });
}

void FileController::exportPdf()
{
    exportReport(tr("Export Plan as PDF"), tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"), tr("Writing PDF"),
                 &writePlanPdf);
}

void FileController::exportXlsx()
{
    exportReport(tr("Export Plan as Excel"), tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"),
                 tr("Writing Excel workbook"), &writePlanXlsx);
}

void FileController::exportReport(const QString &title, const QString &filter, const QString &suffix,
                                  const QString &label, ReportWriter write)
{
    const QString path = askSavePath(title, filter, suffix);
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_document);
    runExport(label, path, [options, path, write](const Inventory &inv, const Plan &plan, Progress &p, QString *error) {
        return write(inv, plan, options, path, &p, error);
    });
}

void FileController::exportCsv()
{
    const QString path = askSavePath(tr("Export Plan as CSV"), tr("CSV files (*.csv)"), QStringLiteral(".csv"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void FileController::exportCsvTo(const QString &path)
{
    const bool chinese = isChinese();
    runExport(tr("Writing CSV"), path,
              [chinese, path](const Inventory &inv, const Plan &plan, Progress &p, QString *error) {
                  return writePlanCsv(inv, plan, chinese, path, &p, error);
              });
}

void FileController::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, m_window);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QString error;
        if (!renderPlan(p, m_document.inventory(), m_document.plan(), reportOptions(m_document), nullptr, &error))
            emit message(error);
    });
    dialog.resize(1000, 800);
    dialog.exec();
}

void FileController::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!renderPlan(&printer, m_document.inventory(), m_document.plan(), reportOptions(m_document), nullptr, &error))
        QMessageBox::warning(m_window, tr("Print"), error);
}

} // namespace slimplan
