#include "AdjustmentRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

// The table and the scope column of a scope's adjustments (fixed names of this file).
struct ScopeTable
{
    QString table;
    QString column;
};

ScopeTable tableOf(const ScopeRef& scope)
{
    if (scope.isGroup())
        return {QStringLiteral("assessment_adjustments"), QStringLiteral("group_id")};
    return {QStringLiteral("org_assessment_adjustments"), QStringLiteral("org_id")};
}

QString selectFrom(const ScopeTable& t)
{
    return QStringLiteral("SELECT id, year, %1, member_id, delta, reason, made_by, made_at "
                          "FROM %2 WHERE %1 = ? AND year = ? ")
        .arg(t.column, t.table);
}

Result<std::vector<AssessmentAdjustment>> readAll(QSqlQuery& q, const ScopeRef& scope)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<AssessmentAdjustment> out;
    while (q.next()) {
        AssessmentAdjustment a;
        a.id = q.value(0).toLongLong();
        a.year = q.value(1).toInt();
        (scope.isGroup() ? a.groupId : a.orgId) = q.value(2).toLongLong();
        a.memberId = q.value(3).toLongLong();
        a.delta = q.value(4).toDouble();
        a.reason = q.value(5).toString();
        a.madeBy = q.value(6).toLongLong();
        a.madeAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        out.push_back(a);
    }
    return out;
}

ScopeRef scopeOf(const AssessmentAdjustment& a)
{
    return a.orgId > 0 ? ScopeRef::organisation(a.orgId) : ScopeRef::group(a.groupId);
}

} // namespace

Result<std::vector<AssessmentAdjustment>> AdjustmentRepository::forScope(const ScopeRef& scope,
                                                                         int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectFrom(tableOf(scope)));
    q.addBindValue(scope.id);
    q.addBindValue(year);
    return readAll(q, scope);
}

Result<std::optional<AssessmentAdjustment>> AdjustmentRepository::find(const ScopeRef& scope,
                                                                       qint64 memberId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectFrom(tableOf(scope)) + QStringLiteral("AND member_id = ?"));
    q.addBindValue(scope.id);
    q.addBindValue(year);
    q.addBindValue(memberId);
    auto all = readAll(q, scope);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<AssessmentAdjustment>();
    return std::optional<AssessmentAdjustment>(all->front());
}

Result<qint64> AdjustmentRepository::save(const AssessmentAdjustment& a)
{
    const ScopeRef scope = scopeOf(a);
    const ScopeTable t = tableOf(scope);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO %1 (year, %2, member_id, delta, reason, made_by, made_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year, %2, member_id) DO UPDATE "
                       "SET delta = excluded.delta, reason = excluded.reason, "
                       "made_by = excluded.made_by, made_at = excluded.made_at")
            .arg(t.table, t.column));
    q.addBindValue(a.year);
    q.addBindValue(scope.id);
    q.addBindValue(a.memberId);
    q.addBindValue(a.delta);
    q.addBindValue(a.reason);
    q.addBindValue(sqlv::id(a.madeBy));
    q.addBindValue(a.madeAt.toUTC().toString(Qt::ISODate));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    auto stored = find(scope, a.memberId, a.year);
    if (!stored)
        return stored.error();
    return *stored ? (*stored)->id : qint64(0);
}

Status AdjustmentRepository::remove(const ScopeRef& scope, qint64 memberId, int year)
{
    const ScopeTable t = tableOf(scope);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND year = ? AND member_id = ?")
                  .arg(t.table, t.column));
    q.addBindValue(scope.id);
    q.addBindValue(year);
    q.addBindValue(memberId);
    return sqlv::exec(q);
}

} // namespace sl
