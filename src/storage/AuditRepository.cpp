#include "AuditRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include "domain/PinyinInitials.h"

#include <QDateTime>

namespace sl {

namespace {

// The start of a local calendar day as the UTC text the table stores.
QString utcStartOf(const Date& day)
{
    return QDateTime(dates::toQDate(day), QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

// The WHERE clause of `query` (with "id < ?" when `beforeId` is set) and its values.
QString whereOf(const AuditQuery& query, qint64 beforeId, QVariantList& values)
{
    QStringList terms;
    if (query.accountId) {
        if (*query.accountId == 0) {
            terms << QStringLiteral("a.account_id IS NULL");
        } else {
            terms << QStringLiteral("a.account_id = ?");
            values << *query.accountId;
        }
    }
    if (!query.entity.isEmpty()) {
        terms << QStringLiteral("a.entity = ?");
        values << query.entity;
    }
    if (dates::isSet(query.from)) {
        terms << QStringLiteral("a.at >= ?");
        values << utcStartOf(query.from);
    }
    if (dates::isSet(query.to)) {
        terms << QStringLiteral("a.at < ?");
        values << utcStartOf(query.to + boost::gregorian::days(1));
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = QLatin1Char('%') + sqlv::likeEscaped(text) + QLatin1Char('%');
        const QVariant initials =
            PinyinInitials::isInitialsFilter(text)
                ? QVariant(QStringLiteral("% ") + sqlv::likeEscaped(text.toLower()) +
                           QLatin1Char('%'))
                : QVariant(QMetaType::fromType<QString>()); // no match
        terms << QStringLiteral("(a.detail LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR "
                                "word_initials(a.detail) LIKE ? ESCAPE '\\' OR "
                                "word_initials(c.name) LIKE ? ESCAPE '\\')");
        values << pattern << pattern << initials << initials;
    }
    if (beforeId > 0) {
        terms << QStringLiteral("a.id < ?");
        values << beforeId;
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

// The ORDER BY of a list: by id (time) or by a column, ties newest first.
QString orderOf(const AuditQuery& query)
{
    const QString dir = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (query.sortKey) {
    case AuditQuery::SortKey::Time:
        return QStringLiteral(" ORDER BY a.id") + dir;
    case AuditQuery::SortKey::Person:
        column = QStringLiteral("c.name COLLATE zh");
        break;
    case AuditQuery::SortKey::Action:
        column = QStringLiteral("a.action");
        break;
    case AuditQuery::SortKey::Entity:
        column = QStringLiteral("a.entity");
        break;
    case AuditQuery::SortKey::Key:
        column = QStringLiteral("a.entity_id");
        break;
    case AuditQuery::SortKey::Detail:
        column = QStringLiteral("a.detail COLLATE zh");
        break;
    }
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", a.id DESC");
}

const QString joinAccounts = QStringLiteral(" LEFT JOIN accounts c ON c.id = a.account_id");

} // namespace

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
    return count(AuditQuery{});
}

Result<qint64> AuditRepository::count(const AuditQuery& query)
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log a") + joinAccounts +
              whereOf(query, 0, values));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<std::vector<AuditEntry>> AuditRepository::page(const AuditQuery& query, qint64 beforeId,
                                                      int limit, int offset)
{
    if (!query.newestFirst())
        beforeId = 0; // another order pages by offset
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.at, a.account_id, c.name, a.action, a.entity, "
                             "a.entity_id, a.detail FROM audit_log a") +
              joinAccounts + whereOf(query, beforeId, values) + orderOf(query) +
              QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(query.newestFirst() ? 0 : offset);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<AuditEntry> rows;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.accountId = q.value(2).toLongLong();
        e.accountName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.detail = q.value(7).toString();
        rows.push_back(std::move(e));
    }
    return rows;
}

Status AuditRepository::forEach(const AuditQuery& query,
                                const std::function<Status(const AuditEntry&)>& visit)
{
    constexpr int pageSize = 500;
    qint64 before = 0;
    for (int offset = 0;; offset += pageSize) {
        auto rows = page(query, before, pageSize, offset);
        if (!rows)
            return rows.error();
        for (const AuditEntry& e : *rows) {
            if (Status s = visit(e); !s)
                return s;
        }
        if (rows->size() < size_t(pageSize))
            return {};
        before = rows->back().id;
    }
}

Result<std::optional<AuditEntry>> AuditRepository::latest(const QString& entity, qint64 entityId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, account_id, action FROM audit_log "
                             "WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<AuditEntry>();
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.accountId = q.value(2).toLongLong();
    e.action = q.value(3).toString();
    e.entity = entity;
    e.entityId = entityId;
    return std::optional<AuditEntry>(std::move(e));
}

Result<std::vector<QString>> AuditRepository::entities()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<QString> out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

Result<std::vector<std::pair<qint64, QString>>> AuditRepository::people()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.account_id, c.name FROM (SELECT DISTINCT account_id FROM audit_log) p "
        "LEFT JOIN accounts c ON c.id = p.account_id ORDER BY c.name COLLATE zh, p.account_id"));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<std::pair<qint64, QString>> out;
    while (q.next())
        out.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<std::optional<qint64>> AuditRepository::accountIdByName(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace sl
