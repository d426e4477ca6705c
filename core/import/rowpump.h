#pragma once
// Reads a TableSource on a thread of its own, in batches, while the importer turns the previous
// batch into items: decoding and splitting the file overlaps with normalising its rows. Rows come
// out in file order, so the import's result does not depend on the timing. The source must not be
// touched by anyone else while the pump lives; after it is destroyed (the thread joined) the
// caller reads errorString() and warnings() as usual.

#include "import/tablesource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace slimplan {

class RowPump
{
public:
    struct Batch
    {
        std::vector<RawRow> rows; // rows[0 .. count) are this batch's; the rest are spare buffers
        std::size_t count = 0;
        qint64 bytesRead = 0;     // the source's bytesRead() after the batch, for progress
    };
    static constexpr std::size_t kBatchRows = 1024;

    explicit RowPump(TableSource &source);
    ~RowPump(); // stops the reader and joins it
    RowPump(const RowPump &) = delete;
    RowPump &operator=(const RowPump &) = delete;

    // The next batch in order; false when the source is exhausted (or failed: see errorString()).
    bool next(Batch &batch);
    // Gives a consumed batch back, so its row buffers are reused rather than reallocated.
    void recycle(Batch &&batch);

private:
    void run();

    TableSource &m_source;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;
    std::vector<Batch> m_spare;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace slimplan
