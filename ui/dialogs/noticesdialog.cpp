#include "dialogs/noticesdialog.h"

#include "document.h"
#include "store/projectstore.h"
#include "util/i18n.h"
#include "util/progress.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace slimplan {

NoticesDialog::NoticesDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Write Notices"));
    buildUi();
    const QString project = m_document.projectPath();
    if (!project.isEmpty()) {
        const QFileInfo info(project);
        m_folder->setText(QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + tr("_notices"))));
    }
    refresh();
}

NoticesDialog::~NoticesDialog()
{
    if (m_watcher) {
        m_task->cancel();
        m_watcher->waitForFinished();
    }
}

void NoticesDialog::buildUi()
{
    m_folder = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Notices"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF notice"), static_cast<int>(NoticeFormat::Pdf));
    m_format->addItem(tr("Progress sheet for the unit (.xlsx)"), static_cast<int>(NoticeFormat::Xlsx));
    m_format->addItem(tr("Word document (.docx) — not available yet"), static_cast<int>(NoticeFormat::Docx));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_format->model()); model && model->item(2))
        model->item(2)->setEnabled(false);

    m_perKind = new QRadioButton(this);
    m_perKind->setChecked(true);
    m_oneDate = new QRadioButton(tr("One date for all:"), this);
    m_date = new QDateEdit(QDate::currentDate().addDays(30), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(QDate::currentDate());
    m_date->setEnabled(false);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_oneDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    connect(m_oneDate, &QRadioButton::toggled, m_date, &QWidget::setEnabled);
    connect(m_oneDate, &QRadioButton::toggled, this, &NoticesDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &NoticesDialog::refresh);

    m_preview = new QTreeWidget(this);
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Unit"), tr("Items"), tr("Latest deadline")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_write = m_buttons->button(QDialogButtonBox::Ok);
    m_write->setText(tr("Write"));
    connect(m_write, &QPushButton::clicked, this, &NoticesDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isWriting())
            m_task->cancel();
        else
            reject();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Deadline:"), m_perKind);
    form->addRow(QString(), dateRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(620, 460);
}

QString NoticesDialog::perKindText() const
{
    const PolicyProfile &p = m_document.profile();
    return tr("Per action kind: shut down within %1 days, merge %2, migrate %3, rectify %4")
        .arg(p.shutdownDeadlineDays)
        .arg(p.mergeDeadlineDays)
        .arg(p.migrateDeadlineDays)
        .arg(p.rectifyDeadlineDays);
}

NoticeOptions NoticesDialog::options() const
{
    NoticeOptions o;
    o.chinese = isChinese();
    if (const ProjectStore *store = m_document.store())
        o.regionName = store->regionName();
    o.issued = QDate::currentDate();
    o.deadline = m_oneDate->isChecked() ? m_date->date() : QDate();
    o.profile = m_document.profile();
    return o;
}

void NoticesDialog::refresh()
{
    m_perKind->setText(perKindText());
    int unowned = 0;
    m_notices = Notices::build(m_document.inventory(), m_document.plan(), options(), &unowned);
    m_preview->clear();
    int items = 0;
    for (const Notice &n : m_notices) {
        auto *row = new QTreeWidgetItem(m_preview, {n.owner, QString::number(n.items.size()),
                                                    n.latestDeadline().toString(Qt::ISODate)});
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items += static_cast<int>(n.items.size());
    }
    QString text = tr("%n notice(s)", nullptr, static_cast<int>(m_notices.size())) + QStringLiteral(", ")
                   + tr("%n item(s) to act on.", nullptr, items);
    if (unowned > 0)
        text += QLatin1Char(' ') + tr("%n item(s) have no unit and are in no notice.", nullptr, unowned);
    m_summary->setText(text);
    m_write->setEnabled(!m_notices.empty() && !isWriting());
}

bool NoticesDialog::isWriting() const { return m_watcher != nullptr; }

void NoticesDialog::setFolder(const QString &folder) { m_folder->setText(folder); }

void NoticesDialog::setFormat(NoticeFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void NoticesDialog::setDeadline(const QDate &oneForAll)
{
    if (oneForAll.isValid())
        m_date->setDate(oneForAll);
    (oneForAll.isValid() ? m_oneDate : m_perKind)->setChecked(true);
    refresh();
}

void NoticesDialog::start()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || isWriting() || m_notices.empty()) {
        m_summary->setText(tr("Choose a folder for the notices."));
        return;
    }
    m_runOptions = options();
    const auto format = static_cast<NoticeFormat>(m_format->currentData().toInt());
    m_task = std::make_shared<AtomicProgress>();
    m_progress->setRange(0, static_cast<int>(m_notices.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_write->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_watcher = new QFutureWatcher<NoticeFilesResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] { done(m_watcher->result()); });
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, [this] { m_progress->setValue(static_cast<int>(m_task->done())); });
    m_poll->start(100);
    // The worker gets its own copies: the document may change while it writes.
    m_watcher->setFuture(QtConcurrent::run([notices = m_notices, folder, format, task = m_task] {
        return NoticeFiles::write(notices, folder, format, task.get());
    }));
}

void NoticesDialog::done(const NoticeFilesResult &result)
{
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_poll->deleteLater();
    m_poll = nullptr;
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_written = result.files;
    QString error = result.error;
    // What was written is recorded, also when the run stopped early: those units have it.
    if (ProjectStore *store = m_document.store(); store && !m_written.isEmpty()) {
        QString recordError;
        if (!NoticeFiles::record(*store, m_notices, m_written, m_runOptions, &recordError))
            error = recordError;
        emit m_document.trackingChanged(); // the units written to are marked notified
    }
    QString text = tr("%1 of %2 notices written to %3.")
                       .arg(m_written.size())
                       .arg(m_notices.size())
                       .arg(QDir::toNativeSeparators(m_folder->text().trimmed()));
    if (result.canceled)
        text += QLatin1Char(' ') + tr("Cancelled.");
    if (!error.isEmpty())
        text += QLatin1Char(' ') + error;
    m_summary->setText(text);
    m_write->setEnabled(true);
    emit finished(error.isEmpty() && !result.canceled);
}

void NoticesDialog::writeNotices(Document &document, QWidget *parent)
{
    QString why;
    if (!document.store())
        why = tr("Notices are recorded in the project file, and the items are tracked there: save the "
                 "project first (File ▸ Save As…).");
    else if (document.isModified())
        why = tr("The project has unsaved changes: save it first, so that the notices and the project agree.");
    else if (document.isEmpty())
        why = tr("The project has no items.");
    if (!why.isEmpty()) {
        QMessageBox::information(parent, tr("Write Notices"), why);
        return;
    }
    NoticesDialog dialog(document, parent);
    dialog.exec();
}

} // namespace slimplan
