#pragma once

#include "LedgerEvents.h"

#include "domain/Result.h"
#include "storage/Transaction.h"

namespace sl {

class Ledger;

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

    bool isActive() const { return m_tx.isActive(); }
    Error beginError() const { return m_tx.beginError(); }
    // What this write changes: tell it before commit().
    LedgerChanges& changes() { return m_changes; }
    Status commit();

private:
    LedgerEvents& m_events;
    Transaction m_tx;
    LedgerChanges m_changes;
    bool m_closed = false;
};

} // namespace sl
