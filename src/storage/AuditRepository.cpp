#include "AuditRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QDateTime>

namespace sl {

Status AuditRepository::record(qint64 accountId, const QString& action, const QString& entity,
                               qint64 entityId, const QString& detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, entity_id, "
                             "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(sqlv::id(accountId));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(sqlv::id(entityId));
    q.addBindValue(sqlv::text(detail));
    return sqlv::exec(q);
}

Result<qint64> AuditRepository::count()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace sl
