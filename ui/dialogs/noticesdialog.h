#pragma once
// Campaign ▸ Write Notices…: one 整改通知 per unit with actions to take, into a folder, as PDF or
// as the progress sheet (.xlsx) the unit returns. Shows the units and their item counts before
// writing and the deadline (per action kind from the policy profile, or one date for all); writes
// on a worker with progress and cancel; then records the notices in the project and marks their
// items notified. Needs a saved project: the tracking lives in it.

#include "report/noticefiles.h"
#include "report/notices.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace slimplan {

class AtomicProgress;
class Document;

class NoticesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoticesDialog(Document &document, QWidget *parent = nullptr);
    ~NoticesDialog() override;

    // What the main window's action does: explains what is missing (no project file, unsaved
    // changes, no plan) or shows the dialog.
    static void writeNotices(Document &document, QWidget *parent);

    // The notices as the dialog would write them now.
    const std::vector<Notice> &notices() const { return m_notices; }
    NoticeOptions options() const;
    bool isWriting() const;
    // The file names written by the last run.
    QStringList writtenFiles() const { return m_written; }

    // For tests and for callers that know the folder already.
    void setFolder(const QString &folder);
    void setFormat(NoticeFormat format);
    void setDeadline(const QDate &oneForAll); // invalid = per action kind

signals:
    // A run ended: ok = every notice written and recorded.
    void finished(bool ok);

private:
    void buildUi();
    void refresh();
    void start();
    void done(const NoticeFilesResult &result);
    QString perKindText() const;

    Document &m_document;
    std::vector<Notice> m_notices;
    QStringList m_written;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_format = nullptr;
    QRadioButton *m_perKind = nullptr;
    QRadioButton *m_oneDate = nullptr;
    QDateEdit *m_date = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_write = nullptr;
    QTimer *m_poll = nullptr;
    QFutureWatcher<NoticeFilesResult> *m_watcher = nullptr;
    std::shared_ptr<AtomicProgress> m_task;
    NoticeOptions m_runOptions;
};

} // namespace slimplan
