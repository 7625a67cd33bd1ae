#pragma once

#include "domain/Result.h"

namespace sl {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Nested transactions join the
// outermost one (only the outermost commit reaches the database).
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

private:
    Database& m_db;
    bool m_active = false;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace sl
