#pragma once

#include "domain/AuditRecords.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// Reading the audit trail (审计日志): administrators only (and single-user mode). The trail is
// read-only: there is no way here, or anywhere in the program, to change or delete a row.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(sl::AuditService)

public:
    explicit AuditService(Ledger& ledger) : m_ledger(ledger) {}

    // Administrators and single-user mode; a signed-out session and every other role are refused.
    Status mayRead() const;

    // One page of the rows that match, newest first, older than `beforeId` (0: the newest).
    // In another order than newest first (a header click), pages by `offset` instead.
    Result<std::vector<AuditEntry>> page(const AuditQuery& query, qint64 beforeId, int limit,
                                         int offset = 0);
    Result<qint64> count(const AuditQuery& query);
    // Every row that matches, newest first, read page by page.
    Status forEach(const AuditQuery& query, const std::function<Status(const AuditEntry&)>& visit);
    // The entities that occur in the trail.
    Result<std::vector<QString>> entities();
    // The people that occur in the trail: account id (0: single-user mode) and name.
    Result<std::vector<std::pair<qint64, QString>>> people();
    // The account called `name` (for the CLI's --user-name); NotFound when there is none.
    Result<qint64> accountIdByName(const QString& name);

    // The columns of the CSV export and the fields of one row, in that order.
    static QStringList csvHeader();
    static QStringList csvFields(const AuditEntry& entry);
    // The local time of a stored UTC time, "yyyy-MM-dd HH:mm:ss".
    static QString localTime(const QString& utcIso);
    // The person of a row as shown: the account's name, or 单用户模式.
    static QString personOf(const AuditEntry& entry);

private:
    Ledger& m_ledger;
};

} // namespace sl
