#include "Transaction.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace sl {

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        m_outermost = true;
        m_active = m_db.connection().transaction();
    } else {
        m_active = true;
    }
    if (m_active)
        ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active || m_done)
        return;
    --m_db.m_transactionDepth;
    if (m_outermost)
        m_db.connection().rollback();
    else
        m_db.m_rollbackOnly = true; // an inner failure dooms the outer transaction
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::database(QStringLiteral("could not begin a transaction: ") +
                               m_db.connection().lastError().text());
    if (m_done)
        return {};
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_outermost)
        return {};
    if (m_db.m_rollbackOnly) {
        m_db.m_rollbackOnly = false;
        m_db.connection().rollback();
        return Error::database(QStringLiteral("an inner step failed; the change was rolled back"));
    }
    if (!m_db.connection().commit()) {
        const QString why = m_db.connection().lastError().text();
        m_db.connection().rollback();
        return Error::database(QStringLiteral("could not commit: ") + why);
    }
    return {};
}

} // namespace sl
