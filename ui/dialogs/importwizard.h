#pragma once
// The import wizard: choose ledger files, preview the rows as read with how each header maps
// (map unknown columns by hand, override the encoding), read the full import report (every issue
// with file/sheet/row/column), then import or cancel. Nothing changes in the project before the
// user clicks Import; cancelling anywhere leaves everything as it was.

#include "import/importer.h"

#include <QFutureWatcher>
#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QScrollArea;
class QStandardItemModel;
class QTableView;

namespace slimplan {

class AtomicProgress;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ImportWizard(const QStringList &files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    QStringList files() const { return m_files; }
    ImportOptions options() const { return m_options; }
    // The dry run of the report page (the same options), or nullptr if it did not complete.
    const ImportResult *checkedResult() const { return m_result.get(); }

    void setFiles(const QStringList &files);
    void setManualMapping(const QString &fileKey, int column, const QString &field);

    enum PageId { FilesPage, PreviewPage, ReportPage };

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
    void loadPreviews();
    void showPreview(int index);
    void startCheck();
    void stopCheck();
    void retranslateUi();

    QStringList m_files;
    ImportOptions m_options;
    std::vector<ImportPreview> m_previews;
    std::unique_ptr<ImportResult> m_result;
    std::shared_ptr<AtomicProgress> m_progress;
    QFutureWatcher<std::shared_ptr<ImportResult>> m_watcher;

    QListWidget *m_fileList = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_filesHint = nullptr;
    QComboBox *m_sheet = nullptr;
    QTableView *m_previewTable = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QScrollArea *m_mappingArea = nullptr;
    QLabel *m_previewInfo = nullptr;
    QLabel *m_reportSummary = nullptr;
    QTableView *m_reportTable = nullptr;
    QStandardItemModel *m_reportModel = nullptr;
    QProgressBar *m_checkProgress = nullptr;
};

} // namespace slimplan
