#include "AuditService.h"

#include "Access.h"
#include "Ledger.h"

#include "storage/AuditRepository.h"

#include <QDateTime>

namespace sl {

Status AuditService::mayRead() const
{
    return Access(m_ledger).require(Action::AuditRead); // the permission matrix
}

Result<std::vector<AuditEntry>> AuditService::page(const AuditQuery& query, qint64 beforeId,
                                                   int limit, int offset)
{
    if (Status allowed = mayRead(); !allowed)
        return allowed.error();
    return AuditRepository(m_ledger.db()).page(query, beforeId, limit, offset);
}

Result<qint64> AuditService::count(const AuditQuery& query)
{
    if (Status allowed = mayRead(); !allowed)
        return allowed.error();
    return AuditRepository(m_ledger.db()).count(query);
}

Status AuditService::forEach(const AuditQuery& query,
                             const std::function<Status(const AuditEntry&)>& visit)
{
    if (Status allowed = mayRead(); !allowed)
        return allowed;
    return AuditRepository(m_ledger.db()).forEach(query, visit);
}

Result<std::vector<QString>> AuditService::entities()
{
    if (Status allowed = mayRead(); !allowed)
        return allowed.error();
    return AuditRepository(m_ledger.db()).entities();
}

Result<std::vector<std::pair<qint64, QString>>> AuditService::people()
{
    if (Status allowed = mayRead(); !allowed)
        return allowed.error();
    return AuditRepository(m_ledger.db()).people();
}

Result<qint64> AuditService::accountIdByName(const QString& name)
{
    if (Status allowed = mayRead(); !allowed)
        return allowed.error();
    auto id = AuditRepository(m_ledger.db()).accountIdByName(name);
    if (!id)
        return id.error();
    if (!*id)
        return Error::notFound(QStringLiteral("user-name"), tr("no account named %1").arg(name));
    return **id;
}

QStringList AuditService::csvHeader()
{
    return {QStringLiteral("时间"), QStringLiteral("账号"), QStringLiteral("操作"),
            QStringLiteral("对象"), QStringLiteral("编号"), QStringLiteral("内容")};
}

QStringList AuditService::csvFields(const AuditEntry& e)
{
    return {localTime(e.at),
            personOf(e),
            audit::actionLabel(e.action),
            audit::entityLabel(e.entity),
            e.entityId ? QString::number(e.entityId) : QString(),
            e.detail};
}

QString AuditService::localTime(const QString& utcIso)
{
    const QDateTime t = QDateTime::fromString(utcIso, Qt::ISODate);
    if (!t.isValid())
        return utcIso;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditService::personOf(const AuditEntry& e)
{
    if (e.accountId == 0)
        return QStringLiteral("单用户模式");
    return e.accountName.isEmpty() ? QStringLiteral("#%1").arg(e.accountId) : e.accountName;
}

} // namespace sl
