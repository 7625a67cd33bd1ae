#include "LedgerWrite.h"

#include "Ledger.h"

#include "storage/Transaction.h"

namespace sl {

LedgerWrite::LedgerWrite(Ledger& ledger)
    : m_events(ledger.events()), m_tx(std::make_unique<Transaction>(ledger.db()))
{
    m_events.opened();
}

LedgerWrite::~LedgerWrite()
{
    if (!m_closed)
        m_events.closed(nullptr);
}

bool LedgerWrite::isActive() const
{
    return m_tx->isActive();
}

Error LedgerWrite::beginError() const
{
    return m_tx->beginError();
}

Status LedgerWrite::commit()
{
    if (m_closed)
        return {};
    Status committed = m_tx->commit();
    m_closed = true;
    m_events.closed(committed ? &m_changes : nullptr);
    return committed;
}

} // namespace sl
