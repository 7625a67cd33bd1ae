#pragma once

#include "domain/Result.h"

#include <QString>

namespace sl {

class Database;

// 审计日志: who changed what, when. Written inside the transaction of the change itself.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    Status record(qint64 accountId, const QString& action, const QString& entity, qint64 entityId,
                  const QString& detail);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace sl
