#pragma once

#include "LedgerEvents.h"

#include "domain/Result.h"

#include <memory>

namespace sl {

class Ledger;
class Transaction;

// The one frame of every service write: the storage Transaction and what the write changed.
// commit() commits the transaction and then, when this is the outermost write and the commit
// succeeded, has the ledger's LedgerEvents announce the changes; a write that is destroyed
// without a successful commit rolls back and announces nothing. Nested writes (an import calling
// a service) join the outermost one, which announces everything once.
class LedgerWrite
{
public:
    explicit LedgerWrite(Ledger& ledger);
    ~LedgerWrite();
    LedgerWrite(const LedgerWrite&) = delete;
    LedgerWrite& operator=(const LedgerWrite&) = delete;

    bool isActive() const;
    Error beginError() const;
    // What this write changes: tell it before commit().
    LedgerChanges& changes() { return m_changes; }
    Status commit();

private:
    LedgerEvents& m_events;
    std::unique_ptr<Transaction> m_tx; // storage stays out of the service headers
    LedgerChanges m_changes;
    bool m_closed = false;
};

} // namespace sl
