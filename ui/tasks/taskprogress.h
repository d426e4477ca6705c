#pragma once
// AtomicProgress that also remembers the stage label, so the GUI can show what is being done.

#include "util/progress.h"

#include <QMutex>

namespace slimplan {

class TaskProgress : public AtomicProgress
{
public:
    void beginStage(const QString &label, qint64 total) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_label = label;
        }
        AtomicProgress::beginStage(label, total);
    }
    QString label() const
    {
        QMutexLocker lock(&m_mutex);
        return m_label;
    }

private:
    mutable QMutex m_mutex;
    QString m_label;
};

} // namespace slimplan
