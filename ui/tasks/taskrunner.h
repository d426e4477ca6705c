#pragma once
// Runs one piece of long work (import, planning, export) at a time off the GUI thread with
// QtConcurrent, hands its progress to the status bar and its result back on the GUI thread.
// Cancelling asks the work to stop through the core Progress interface; a cancelled result is
// dropped, so nothing changes.

#include "tasks/taskprogress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace slimplan {

class TaskRunner : public QObject
{
    Q_OBJECT
public:
    explicit TaskRunner(QObject *parent = nullptr) : QObject(parent) {}
    ~TaskRunner() override { waitForFinished(); }

    bool isBusy() const { return m_busy; }
    QString title() const { return m_title; }
    // The running work's progress; nullptr when idle.
    const TaskProgress *progress() const { return m_progress.get(); }

    // Starts `work` on a worker thread. `done` runs on the GUI thread with the result unless the
    // work was cancelled. Returns false (and does nothing) while other work runs.
    template<typename T>
    bool run(const QString &title, std::function<T(Progress &)> work, std::function<void(T &)> done)
    {
        if (m_busy)
            return false;
        m_busy = true;
        m_title = title;
        auto progress = std::make_shared<TaskProgress>();
        m_progress = progress;
        auto *watcher = new QFutureWatcher<std::shared_ptr<T>>(this);
        m_wait = [watcher] { watcher->waitForFinished(); };
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, done] {
            std::shared_ptr<T> result = watcher->result();
            watcher->deleteLater();
            m_busy = false;
            m_wait = nullptr;
            const bool canceled = progress->isCanceled();
            if (!canceled && result)
                done(*result);
            m_progress.reset();
            emit finished(canceled);
        });
        watcher->setFuture(QtConcurrent::run([work, progress] {
            return std::make_shared<T>(work(*progress));
        }));
        emit started(title);
        return true;
    }

    void cancel()
    {
        if (m_progress)
            m_progress->cancel();
    }
    void waitForFinished()
    {
        if (m_wait)
            m_wait();
    }

signals:
    void started(const QString &title);
    void finished(bool canceled);

private:
    bool m_busy = false;
    QString m_title;
    std::shared_ptr<TaskProgress> m_progress;
    std::function<void()> m_wait;
};

} // namespace slimplan
