#pragma once
// File work of the main window: open a project, import ledgers, the demo, save, export (PDF,
// Excel, CSV) and print. Every long step runs through the TaskRunner; the document is replaced
// only when the work finished without being cancelled.

#include "import/importer.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace slimplan {

class Document;
class ImportWizard;
class Progress;
class TaskRunner;
struct LoadedProject;
struct Plan;
struct ReportOptions;

class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(Document &document, TaskRunner &runner, QWidget *window);

    // .slimplan → open the project; anything else (ledgers, folders of returns) → import the
    // ledgers into a new project (through the import wizard when `wizard` is true).
    void openFiles(const QStringList &paths, bool wizard = false);
    void openProject(const QString &path);
    // recent: what the recent-files menu remembers (the folders chosen rather than every file in
    // them); empty = the paths.
    void importLedgers(const QStringList &paths, const ImportOptions &options = {},
                       const QStringList &recent = {});
    // Adds a checked import (the wizard's dry run, what the user accepted) to the open project,
    // then reloads it: the window shows the updated items, the Returns tab the new round.
    void importIntoProject(std::shared_ptr<const ImportResult> result, const QStringList &files,
                           const QStringList &recent = {});
    void openDemo();
    // Loads the work an earlier run left in a recovery file (see Autosaver) as unsaved work of
    // the project it belonged to, or of a new project.
    void openRecovery(const QString &recoveryPath, const QString &projectPath);

    void openDialog();
    void importDialog();
    // Asks for a folder of returns and opens the import wizard on it.
    void importFolderDialog();
    // Save and Save As run on a worker thread with progress; the document is locked meanwhile.
    // They return when the save is over: true = saved.
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void exportPdf();
    void exportXlsx();
    void exportCsv();
    void exportCsvTo(const QString &path);
    void printPreview();
    void print();
    // Asks to save an unsaved, changed project. False = the user cancelled.
    bool maybeSave();


signals:
    void message(const QString &text);
    void recentFilesChanged();
    // A load finished (ok = a document was loaded), for tests and the command line.
    void loadFinished(bool ok);
    // The document's work is saved in `path`.
    void saved(const QString &path);

private:
    // finished: emit loadFinished; false when analyse() follows and emits it.
    void adopt(LoadedProject &loaded, bool finished = true);
    void analyse(bool plan);
    // A project read by openProjectFile (deferred analysis): adopts it, remembers `remembered` in
    // the recent files and runs the analysis it still needs.
    void adoptProject(LoadedProject &loaded, const QStringList &remembered);
    // Runs the import wizard; offers the open project as the import's target when there is one.
    void runImportWizard(ImportWizard &wizard);
    bool runSave(const QString &path, bool intoAttached);
    QString askSavePath(const QString &title, const QString &filter, const QString &suffix);
    // Writes an export to `path` on a worker, with progress and cancel, then says where it went
    // or why it failed. The writer gets its own copy of the plan: decisions may change meanwhile.
    using PlanWriter = std::function<bool(const Inventory &, const Plan &, Progress &, QString *error)>;
    void runExport(const QString &label, const QString &path, PlanWriter write);
    // Asks where (title, filter, default suffix) and runs the export of the plan as a report.
    using ReportWriter = bool (*)(const Inventory &, const Plan &, const ReportOptions &, const QString &path,
                                  Progress *, QString *error);
    void exportReport(const QString &title, const QString &filter, const QString &suffix, const QString &label,
                      ReportWriter write);

    Document &m_document;
    TaskRunner &m_runner;
    QWidget *m_window;
};

} // namespace slimplan
