#include "import/rowpump.h"

namespace slimplan {

namespace {
constexpr std::size_t kMaxQueued = 8; // batches read ahead: bounded memory whatever the file size
}

RowPump::RowPump(TableSource &source) : m_source(source), m_thread([this] { run(); })
{
}

RowPump::~RowPump()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPump::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_full.size() < kMaxQueued; });
            if (m_stop)
                return;
            if (!m_spare.empty()) {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        if (batch.rows.size() < kBatchRows)
            batch.rows.resize(kBatchRows);
        batch.count = 0;
        while (batch.count < kBatchRows && m_source.next(batch.rows[batch.count]))
            ++batch.count;
        batch.bytesRead = m_source.bytesRead();
        const bool last = batch.count < kBatchRows;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (batch.count > 0)
                m_full.push_back(std::move(batch));
            m_done = last;
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool RowPump::next(Batch &batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
    if (m_full.empty())
        return false;
    batch = std::move(m_full.front());
    m_full.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RowPump::recycle(Batch &&batch)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_spare.size() < 2)
        m_spare.push_back(std::move(batch));
}

} // namespace slimplan
