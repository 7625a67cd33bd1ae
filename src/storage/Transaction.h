#pragma once

#include "domain/Result.h"

#include <QSqlError>

namespace sl {

class Database;

// RAII write transaction: rolls back unless commit() succeeded. The outermost one begins with
// BEGIN IMMEDIATE, so that it holds the write lock from the start (waiting the busy timeout when
// another window or process writes); nested transactions join it (only the outermost commit
// reaches the database).
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; a failed transaction refuses to commit.
    bool isActive() const { return m_active; }
    Status commit();
    // Why BEGIN failed (another writer held the lock past the timeout, a read-only file …).
    Error beginError() const;

private:
    Database& m_db;
    bool m_active = false;
    bool m_outermost = false;
    bool m_done = false;
    QSqlError m_beginError;
};

} // namespace sl
