#pragma once
// Keeps unsaved work safe from a crash. Whenever the document holds work that is in no project
// file (Document::isModified: imported ledgers never saved, a re-plan, a new policy profile,
// decisions of a document without a file), it is written to a recovery project in the
// application's data folder: every minute, and shortly after each decision, on a worker thread,
// atomically (writeProjectFile: a kill during an autosave leaves the previous recovery file
// whole). A save, a clean close or replacing the document removes it; on the next start the
// main window offers to recover it. One program instance owns the folder at a time (a lock
// file); a second instance does not autosave.

#include "tasks/taskprogress.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace slimplan {

class Document;

// A recovery file left by an earlier run.
struct RecoveryInfo
{
    QString path;         // the recovery project
    QDateTime saved;      // when it was written (local time)
    QString projectPath;  // the project the work belonged to; empty = never saved
    QString title;
};

class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(Document &document, const QString &directory = defaultDirectory(),
                       QObject *parent = nullptr);
    ~Autosaver() override;

    // <AppDataLocation>/recovery
    static QString defaultDirectory();
    // False when another running instance owns the recovery folder.
    bool isEnabled() const { return m_enabled; }
    QString recoveryPath() const;
    std::optional<RecoveryInfo> recovery() const;

    void setInterval(int ms) { m_periodic.setInterval(ms); }
    void setDecisionDelay(int ms) { m_soon.setInterval(ms); }

    // Starts writing the recovery file if there is unsaved work; returns at once.
    void saveNow();
    bool isWriting() const { return m_watcher != nullptr; }
    void waitForFinished();
    // Cancels a running write and waits for it (before the document changes or goes away).
    void stop();
    // Removes the recovery file (after a save, a clean close, "Discard").
    void discard();

signals:
    void written(bool ok, const QString &error);

private:
    void schedule();
    void onFinished(bool ok, const QString &error);
    QString infoPath() const;

    Document &m_document;
    QString m_directory;
    QLockFile m_lock;
    bool m_enabled = false;
    bool m_again = false;
    QTimer m_periodic;
    QTimer m_soon;
    QFutureWatcher<QString> *m_watcher = nullptr;
    std::shared_ptr<TaskProgress> m_progress;
};

} // namespace slimplan
