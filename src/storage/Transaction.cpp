#include "Transaction.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sl {

namespace {

bool run(Database& db, const QString& statement, QSqlError* error)
{
    QSqlQuery q(db.connection());
    if (q.exec(statement))
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        m_outermost = true;
        // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another writer,
        // instead of failing at the first write after the reads.
        m_active = run(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_beginError);
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
    QSqlError ignored;
    if (m_outermost)
        run(m_db, QStringLiteral("ROLLBACK"), &ignored);
    else
        m_db.m_rollbackOnly = true; // an inner failure dooms the outer transaction
}

Status Transaction::commit()
{
    if (!m_active)
        return beginError();
    if (m_done)
        return {};
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_outermost)
        return {};
    QSqlError error;
    if (m_db.m_rollbackOnly) {
        m_db.m_rollbackOnly = false;
        run(m_db, QStringLiteral("ROLLBACK"), &error);
        return Error::database(QCoreApplication::translate(
            "sl::Transaction", "an inner step failed; the change was rolled back"));
    }
    if (!run(m_db, QStringLiteral("COMMIT"), &error)) {
        QSqlError ignored;
        run(m_db, QStringLiteral("ROLLBACK"), &ignored);
        return m_db.sqlError(error);
    }
    return {};
}

Error Transaction::beginError() const
{
    return m_db.sqlError(m_beginError);
}

} // namespace sl
