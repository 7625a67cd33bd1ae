#pragma once

#include <atomic>

namespace sl {

// Asks long work (the assessment or the dashboard of a district) to stop: the worker checks it
// between its steps and returns ErrorCode::Cancelled. Set from any thread.
class CancelFlag
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace sl
