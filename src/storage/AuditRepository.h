#pragma once

#include "domain/AuditRecords.h"
#include "domain/Result.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Database;

// 审计日志: who changed what, when. Written inside the transaction of the change itself; the
// table refuses UPDATE and DELETE (schema 5 triggers), and nothing here offers either.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    Status record(qint64 accountId, const QString& action, const QString& entity, qint64 entityId,
                  const QString& detail);
    Result<qint64> count();
    // The rows that match, newest first, at most `limit`, older than the row `beforeId` (0: from
    // the newest): one page of a keyset walk, never the whole table.
    // In the query's order: newest first pages by id (older than `beforeId`), any other order
    // by `offset`.
    Result<std::vector<AuditEntry>> page(const AuditQuery& query, qint64 beforeId, int limit,
                                         int offset = 0);
    Result<qint64> count(const AuditQuery& query);
    // Every row that matches, newest first, read page by page (for an export).
    Status forEach(const AuditQuery& query, const std::function<Status(const AuditEntry&)>& visit);
    // The latest row about one record (`entity`, `entityId`), nullopt when there is none.
    Result<std::optional<AuditEntry>> latest(const QString& entity, qint64 entityId);
    // The entities that occur in the trail, sorted.
    Result<std::vector<QString>> entities();
    // The accounts that occur in the trail (id 0 for single-user mode), with their names.
    Result<std::vector<std::pair<qint64, QString>>> people();
    // The id of the account named `name`, nullopt when there is none.
    Result<std::optional<qint64>> accountIdByName(const QString& name);

private:
    Database& m_db;
};

} // namespace sl
