#pragma once
// The import wizard: choose ledger files or folders of returns, preview the rows as read with how each header maps
// (map unknown columns by hand, override the encoding), read the full import report (every issue
// with file/sheet/row/column, and one line per file: its unit, rows kept and folded, whether it was
// imported), then import or cancel. Nothing changes in the project before the
// user clicks Import; cancelling anywhere leaves everything as it was.
// With a project open (setTargetProject) the returns can be added to it instead: a last page then
// shows, per unit, what they would change (new / changed / unchanged / gone, returndiff.h).

#include "import/importer.h"
#include "store/returndiff.h"

#include <QFutureWatcher>
#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace slimplan {

class AtomicProgress;
class ImportFilesModel;
class ReturnDiffView;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    // files: ledger files and folders; a folder stands for the ledger files in it.
    explicit ImportWizard(const QStringList &files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The ledger files to import (folders expanded), in import order.
    QStringList files() const { return m_files; }
    // The paths as the user chose them (folders not expanded), for the recent-files menu.
    QStringList sources() const { return m_sources; }
    // Files found in the folders that are no ledgers (lock files, notes, …).
    QStringList skippedFiles() const { return m_skipped; }
    // How a file is named in the wizard: relative to the folder it was found in.
    QString displayName(const QString &path) const;
    ImportOptions options() const { return m_options; }
    // The dry run of the report page (the same options), or nullptr if it did not complete.
    const ImportResult *checkedResult() const { return m_result.get(); }

    void setFiles(const QStringList &files);
    void addFiles(const QStringList &files);
    bool isChecking() const { return m_watcher.isRunning(); }
    // The check page's tables: one row per file, and the issues (filtered to the selected file).
    ImportFilesModel *fileReport() const { return m_filesModel; }
    QTableView *fileReportView() const { return m_filesTable; }
    QSortFilterProxyModel *issues() const { return m_issueProxy; }
    // Shows only the issues of one file ("" = all files).
    void showIssuesOf(const QString &file);

    void setManualMapping(const QString &fileKey, int column, const QString &field);

    // Offers to add the returns to the open project (checked by default): its items are read to
    // show what the returns change, and the members are hashed with its salt. `project` must
    // outlive the wizard and not change while it is open (the dialog is modal).
    void setTargetProject(const Inventory *project, const QByteArray &memberSalt, const QString &name);
    // True when the returns go into the open project rather than a new one.
    bool importsIntoProject() const;
    void setImportsIntoProject(bool into);
    // The per-unit changes of the dry run against the open project, or nullptr.
    const ReturnDiff *checkedDiff() const { return m_diff ? &*m_diff : nullptr; }
    // Hands the dry run over (what the user saw is what gets imported); nullptr if none.
    std::unique_ptr<ImportResult> takeCheckedResult() { return std::move(m_result); }
    ReturnDiffView *diffView() const { return m_diffView; }
    int nextId() const override;

    enum PageId { FilesPage, PreviewPage, ReportPage, DiffPage };

signals:
    // The dry run of the report page is over (checkedResult() holds it unless it was cancelled).
    void checkFinished();

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    QWizardPage *createFilesPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createReportPage();
    QWizardPage *createDiffPage();
    // The dry run is something to import: rows, or (into a project) items reported gone.
    bool canAccept() const;
    void loadPreviews();
    void showPreview(int index);
    void startCheck();
    void stopCheck();
    void retranslateUi();
    void refreshFileList();
    void showCheckResult(ImportResult result, std::optional<ReturnDiff> diff);

    // What the check's worker hands back.
    struct CheckOutcome
    {
        ImportResult result;
        std::optional<ReturnDiff> diff; // against the open project, when importing into it
    };

    QStringList m_files;
    QStringList m_sources;
    QStringList m_roots; // the folders chosen, for names relative to them
    QStringList m_skipped;
    ImportOptions m_options;
    std::vector<ImportPreview> m_previews;
    std::unique_ptr<ImportResult> m_result;
    std::shared_ptr<AtomicProgress> m_progress;
    QFutureWatcher<std::shared_ptr<CheckOutcome>> m_watcher;
    std::optional<ReturnDiff> m_diff;
    const Inventory *m_project = nullptr;
    QByteArray m_projectSalt;
    QString m_projectName;

    QListWidget *m_fileList = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_filesHint = nullptr;
    QLabel *m_skippedInfo = nullptr;
    QComboBox *m_sheet = nullptr;
    QTableView *m_previewTable = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QScrollArea *m_mappingArea = nullptr;
    QLabel *m_previewInfo = nullptr;
    QLabel *m_reportSummary = nullptr;
    QTableView *m_reportTable = nullptr;
    QStandardItemModel *m_reportModel = nullptr;
    QSortFilterProxyModel *m_issueProxy = nullptr;
    ImportFilesModel *m_filesModel = nullptr;
    QTableView *m_filesTable = nullptr;
    QLabel *m_issuesTitle = nullptr;
    QPushButton *m_showAllIssues = nullptr;
    QLabel *m_filesTitle = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QCheckBox *m_intoProject = nullptr;
    ReturnDiffView *m_diffView = nullptr;
};

} // namespace slimplan
