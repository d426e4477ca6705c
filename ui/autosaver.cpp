#include "autosaver.h"

#include "document.h"
#include "store/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace slimplan {

namespace {
constexpr int kIntervalMs = 60 * 1000;
constexpr int kDecisionDelayMs = 1500;
const QString kRecoveryName = QStringLiteral("autosave.slimplan");
const QString kInfoName = QStringLiteral("autosave.json");

// Which project the work belongs to, beside the recovery file (written first: the recovery
// project itself is the last thing to change).
bool writeInfo(const QString &path, const ProjectContent &content, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    const QJsonObject o{{QStringLiteral("project"), content.sourcePath},
                        {QStringLiteral("title"), content.title},
                        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}
} // namespace

Autosaver::Autosaver(Document &document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_lock(QDir(directory).filePath(QStringLiteral("autosave.lock")))
{
    // A lock left by a crashed instance is stale (its process is gone) and taken over.
    m_enabled = QDir().mkpath(directory) && m_lock.tryLock(0);
    m_periodic.setInterval(kIntervalMs);
    m_soon.setInterval(kDecisionDelayMs);
    m_soon.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_soon, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&document, &Document::decisionsChanged, this, &Autosaver::schedule);
    connect(&document, &Document::modificationChanged, this, &Autosaver::schedule);
    // The inventory a write reads is the document's own: stop before it is replaced.
    connect(&document, &Document::aboutToReplace, this, &Autosaver::stop);
    // The user has answered "save changes?" by then: the old work is saved or given up.
    connect(&document, &Document::inventoryReplaced, this, &Autosaver::discard);
    if (m_enabled) {
        // What a crash during an autosave left behind: the previous recovery file is whole.
        QDir dir(directory);
        for (const QString &stale : dir.entryList({kRecoveryName + QStringLiteral(".tmp-*")}, QDir::Files))
            dir.remove(stale);
        m_periodic.start();
    }
}

Autosaver::~Autosaver()
{
    stop();
}

QString Autosaver::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString Autosaver::recoveryPath() const
{
    return QDir(m_directory).filePath(kRecoveryName);
}

QString Autosaver::infoPath() const
{
    return QDir(m_directory).filePath(kInfoName);
}

std::optional<RecoveryInfo> Autosaver::recovery() const
{
    const QFileInfo fi(recoveryPath());
    if (!m_enabled || !fi.exists() || fi.size() == 0)
        return std::nullopt;
    RecoveryInfo info;
    info.path = fi.filePath();
    info.saved = fi.lastModified();
    QFile f(infoPath());
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        info.projectPath = o.value(QStringLiteral("project")).toString();
        info.title = o.value(QStringLiteral("title")).toString();
    }
    return info;
}

void Autosaver::schedule()
{
    if (m_enabled && m_document.isModified() && !m_document.isEmpty())
        m_soon.start();
}

void Autosaver::saveNow()
{
    if (!m_enabled || !m_document.isModified())
        return;
    if (m_watcher) {
        m_again = true;
        return;
    }
    m_soon.stop();
    auto content = std::make_shared<ProjectContent>(m_document.contentForSave());
    auto progress = std::make_shared<TaskProgress>();
    const QString path = recoveryPath();
    const QString info = infoPath();
    m_progress = progress;
    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        const bool canceled = m_progress && m_progress->isCanceled();
        m_progress.reset();
        if (!canceled)
            onFinished(error.isEmpty(), error);
    });
    m_watcher->setFuture(QtConcurrent::run([content, progress, path, info] {
        QString error;
        if (!writeInfo(info, *content, &error) || !writeProjectFile(path, *content, progress.get(), &error))
            return error.isEmpty() ? QStringLiteral("?") : error;
        return QString();
    }));
}

void Autosaver::onFinished(bool ok, const QString &error)
{
    // Saved (or given up) while this was written: the recovery file is obsolete.
    if (!m_document.isModified())
        discard();
    emit written(ok, error);
    if (m_again) {
        m_again = false;
        schedule();
    }
}

void Autosaver::waitForFinished()
{
    if (m_watcher) {
        m_watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_watcher); // deliver finished() now
    }
}

void Autosaver::stop()
{
    m_soon.stop();
    m_again = false;
    if (!m_watcher)
        return;
    if (m_progress)
        m_progress->cancel();
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progress.reset();
}

void Autosaver::discard()
{
    if (!m_enabled)
        return;
    stop();
    QFile::remove(recoveryPath());
    QFile::remove(infoPath());
}

} // namespace slimplan
