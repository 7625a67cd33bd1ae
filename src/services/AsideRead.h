#pragma once

#include "Ledger.h"

#include "domain/Result.h"

#include <QFileInfo>

#include <functional>
#include <future>
#include <optional>
#include <system_error>
#include <utility>

namespace sl {

// Reading work run beside the caller's own: on another thread, through a read-only ledger of
// its own on the same file (one connection per thread), while the caller goes on reading — a
// district's dashboard reads its monthly totals so while it assesses 100,000 members, each
// on one of the machine's cores. get() waits for the result; so does the destructor, should the
// caller return early. The work runs in get(), on the ledger itself, when a second connection
// cannot be had: no file, a file that does not open, no thread. The two connections read the
// file as committed: a write committed between their reads is seen by one and not the other, as
// between any two reads (the views read again after each commit). For reading outside a write
// transaction only (LedgerJob's readers, the command line): the other connection would not see
// the transaction's writes.
template <class T> class AsideRead
{
public:
    using Work = std::function<Result<T>(Ledger& ledger)>;

    AsideRead(Ledger& ledger, Work work) : m_ledger(ledger), m_work(std::move(work))
    {
        const QString path = ledger.path();
        if (!QFileInfo(path).isFile())
            return;
        try {
            m_future = std::async(
                std::launch::async,
                [path, actor = ledger.actor(), work = m_work]() -> std::optional<Result<T>> {
                    auto reader = Ledger::open(path, OpenMode::ReadOnly);
                    if (!reader)
                        return std::nullopt; // read on the caller's ledger instead
                    (*reader)->setActor(actor);
                    return work(**reader);
                });
        } catch (const std::system_error&) {
            // No thread to be had: get() reads on the caller's ledger.
        }
    }
    AsideRead(const AsideRead&) = delete;
    AsideRead& operator=(const AsideRead&) = delete;

    Result<T> get()
    {
        if (m_future.valid()) {
            if (std::optional<Result<T>> done = m_future.get())
                return std::move(*done);
        }
        return m_work(m_ledger);
    }

private:
    Ledger& m_ledger;
    Work m_work;
    std::future<std::optional<Result<T>>> m_future; // waits in its destructor
};

} // namespace sl
