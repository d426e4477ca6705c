#pragma once
// How long work in core reports progress and learns it was cancelled, without knowing about
// widgets. The GUI implements it with a progress bar; the CLI and tests use AtomicProgress.

#include <QString>

#include <atomic>

namespace slimplan {

class Progress
{
public:
    virtual ~Progress() = default;
    // A new stage of the work ("Reading file", "Comparing items", …) with its amount of work.
    virtual void beginStage(const QString &label, qint64 total) { (void)label; (void)total; }
    // Work done in the current stage. May be called from worker threads.
    virtual void advance(qint64 done) { (void)done; }
    // Polled by the work; when true the work stops and leaves everything as it was.
    virtual bool isCanceled() const { return false; }
};

// Thread-safe progress that anyone may poll (the GUI polls it from a timer).
class AtomicProgress : public Progress
{
public:
    void beginStage(const QString &label, qint64 total) override
    {
        m_total.store(total);
        m_done.store(0);
        (void)label;
        m_stage.fetch_add(1);
    }
    void advance(qint64 done) override { m_done.store(done); }
    bool isCanceled() const override { return m_canceled.load(); }

    void cancel() { m_canceled.store(true); }
    qint64 total() const { return m_total.load(); }
    qint64 done() const { return m_done.load(); }
    int stage() const { return m_stage.load(); }

private:
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<int> m_stage{0};
    std::atomic<bool> m_canceled{false};
};

} // namespace slimplan
