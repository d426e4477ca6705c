#include "filecontroller.h"

#include "dialogs/importwizard.h"
#include "document.h"
#include "projectloader.h"
#include "report/planpdf.h"
#include "report/planxlsx.h"
#include "settings.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"
#include "util/i18n.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#if __has_include("report/csvexport.h")
#include "report/csvexport.h"
#define SLIMPLAN_HAVE_CSV 1
#endif

namespace slimplan {

namespace {
ReportOptions reportOptions(const Document &doc)
{
    ReportOptions o;
    o.language = currentLanguage();
    o.regionName = doc.title();
    o.preparedBy = Settings::userName();
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

bool FileController::csvExportAvailable()
{
#ifdef SLIMPLAN_HAVE_CSV
    return true;
#else
    return false; // TODO: enable when core/report/csvexport.h exists
#endif
}

void FileController::openFiles(const QStringList &paths, bool wizard)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".slimplan"), Qt::CaseInsensitive)) {
        openProject(paths.first());
        return;
    }
    if (wizard) {
        ImportWizard w(paths, m_window);
        if (w.exec() == QDialog::Accepted)
            importLedgers(w.files(), w.options());
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
    const ImportReport &r = loaded.report;
    if (r.rowsRead > 0)
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

void FileController::openProject(const QString &path)
{
    if (!maybeSave())
        return;
    const bool started = m_runner.run<LoadedProject>(
        tr("Opening %1").arg(QFileInfo(path).fileName()),
        [path](Progress &p) { return openProjectFile(path, p, true); },
        [this, path](LoadedProject &loaded) {
            // Shown as soon as the items are read (a 1,000,000-item project in about a second);
            // planning and the overlap graph run next, with their own progress and cancel.
            const bool more = loaded.error.isEmpty() && (loaded.needsPlan || loaded.needsOverlap);
            const bool plan = loaded.needsPlan;
            adopt(loaded, !more);
            if (loaded.error.isEmpty()) {
                Settings::addRecentFile(path);
                emit recentFilesChanged();
            }
            if (more)
                analyse(plan);
        });
    if (!started)
        emit message(tr("Please wait for the running task to finish."));
}

void FileController::importLedgers(const QStringList &paths, const ImportOptions &options)
{
    if (!maybeSave())
        return;
    const PolicyProfile profile = m_document.isEmpty() ? PolicyProfile{} : m_document.profile();
    const bool started = m_runner.run<LoadedProject>(
        tr("Importing"),
        [paths, options, profile](Progress &p) { return importAndPlan(paths, options, profile, p); },
        [this, paths](LoadedProject &loaded) {
            adopt(loaded);
            if (loaded.error.isEmpty()) {
                for (const QString &p : paths)
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
    if (w.exec() == QDialog::Accepted && !w.files().isEmpty()) {
        Settings::setLastDirectory(QFileInfo(w.files().first()).absolutePath());
        importLedgers(w.files(), w.options());
    }
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
    QString error;
    if (!m_document.save(&error)) {
        QMessageBox::warning(m_window, tr("Save"), error);
        return false;
    }
    emit message(tr("Saved %1.").arg(m_document.projectPath()));
    return true;
}

bool FileController::saveAs()
{
    const QString path = askSavePath(tr("Save Project"), tr("SlimPlan projects (*.slimplan)"), QStringLiteral(".slimplan"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document.saveAs(path, &error)) {
        QMessageBox::warning(m_window, tr("Save"), error);
        return false;
    }
    Settings::addRecentFile(path);
    emit recentFilesChanged();
    emit message(tr("Saved %1.").arg(path));
    return true;
}

bool FileController::maybeSave()
{
    if (m_document.isEmpty() || !m_document.isModified() || m_document.store())
        return true; // a project file already holds every decision
    const auto answer = QMessageBox::question(m_window, tr("SlimPlan"),
                                              tr("The plan has decisions that are not saved in a project. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveAs();
    return answer == QMessageBox::Discard;
}

void FileController::exportPdf()
{
    const QString path = askSavePath(tr("Export Plan as PDF"), tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    // The worker gets its own copy of the plan: decisions may change while it writes.
    auto plan = std::make_shared<Plan>(m_document.plan());
    const Inventory *inventory = &m_document.inventory();
    const ReportOptions options = reportOptions(m_document);
    m_runner.run<QString>(
        tr("Writing PDF"),
        [=](Progress &p) {
            QString error;
            return writePlanPdf(*inventory, *plan, options, path, &p, &error) ? QString() : error;
        },
        [this, path](QString &error) {
            emit message(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Export"), error);
        });
}

void FileController::exportXlsx()
{
    const QString path = askSavePath(tr("Export Plan as Excel"), tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return;
    auto plan = std::make_shared<Plan>(m_document.plan());
    const Inventory *inventory = &m_document.inventory();
    const ReportOptions options = reportOptions(m_document);
    m_runner.run<QString>(
        tr("Writing Excel workbook"),
        [=](Progress &p) {
            QString error;
            return writePlanXlsx(*inventory, *plan, options, path, &p, &error) ? QString() : error;
        },
        [this, path](QString &error) {
            emit message(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Export"), error);
        });
}

void FileController::exportCsv()
{
#ifdef SLIMPLAN_HAVE_CSV
    // TODO: call the CSV writer of core/report/csvexport.h once its API is settled.
#endif
    emit message(tr("CSV export is not available in this build."));
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
