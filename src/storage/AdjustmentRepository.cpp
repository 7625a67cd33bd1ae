#include "AdjustmentRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectAdjustments =
    QStringLiteral("SELECT id, year, group_id, member_id, delta, reason, made_by, made_at "
                   "FROM assessment_adjustments ");

Result<std::vector<AssessmentAdjustment>> readAll(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<AssessmentAdjustment> out;
    while (q.next()) {
        AssessmentAdjustment a;
        a.id = q.value(0).toLongLong();
        a.year = q.value(1).toInt();
        a.groupId = q.value(2).toLongLong();
        a.memberId = q.value(3).toLongLong();
        a.delta = q.value(4).toDouble();
        a.reason = q.value(5).toString();
        a.madeBy = q.value(6).toLongLong();
        a.madeAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        out.push_back(a);
    }
    return out;
}

} // namespace

Result<std::vector<AssessmentAdjustment>> AdjustmentRepository::forGroup(qint64 groupId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectAdjustments + QStringLiteral("WHERE group_id = ? AND year = ?"));
    q.addBindValue(groupId);
    q.addBindValue(year);
    return readAll(q);
}

Result<std::optional<AssessmentAdjustment>> AdjustmentRepository::find(qint64 groupId,
                                                                       qint64 memberId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectAdjustments +
              QStringLiteral("WHERE group_id = ? AND member_id = ? AND year = ?"));
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    q.addBindValue(year);
    auto all = readAll(q);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<AssessmentAdjustment>();
    return std::optional<AssessmentAdjustment>(all->front());
}

Result<qint64> AdjustmentRepository::save(const AssessmentAdjustment& a)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO assessment_adjustments (year, group_id, member_id, delta, reason, made_by, "
        "made_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year, group_id, member_id) DO UPDATE "
        "SET delta = excluded.delta, reason = excluded.reason, made_by = excluded.made_by, "
        "made_at = excluded.made_at"));
    q.addBindValue(a.year);
    q.addBindValue(a.groupId);
    q.addBindValue(a.memberId);
    q.addBindValue(a.delta);
    q.addBindValue(a.reason);
    q.addBindValue(sqlv::id(a.madeBy));
    q.addBindValue(a.madeAt.toUTC().toString(Qt::ISODate));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    auto stored = find(a.groupId, a.memberId, a.year);
    if (!stored)
        return stored.error();
    return *stored ? (*stored)->id : qint64(0);
}

} // namespace sl
