#include "MemberLeavingRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

Result<qint64> MemberLeavingRepository::recordCount(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM attendance WHERE member_id = :m) "
                       "+ (SELECT count(*) FROM self_study WHERE member_id = :m) "
                       "+ (SELECT count(*) FROM writings WHERE member_id = :m) "
                       "+ (SELECT count(*) FROM speeches WHERE member_id = :m) "
                       "+ (SELECT count(*) FROM sessions WHERE speaker_member_id = :m) "
                       "+ (SELECT count(*) FROM assessment_adjustments WHERE member_id = :m) "
                       "+ (SELECT count(*) FROM org_assessment_adjustments WHERE member_id = :m) "
                       "+ (SELECT count(*) FROM published_results WHERE member_id = :m)"));
    q.bindValue(QStringLiteral(":m"), memberId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<std::vector<GroupMembership>>
MemberLeavingRepository::endableOn(qint64 memberId, const Date& date, qint64 orgId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT gm.id, gm.group_id, gm.member_id, gm.role, gm.date_from, gm.date_to "
        "FROM group_memberships gm JOIN study_groups g ON g.id = gm.group_id "
        "WHERE gm.member_id = :m AND (gm.date_to IS NULL OR gm.date_to > :d) "
        "AND (gm.date_from IS NULL OR gm.date_from <= :d) AND (:o = 0 OR g.org_id = :o) "
        "ORDER BY gm.id"));
    q.bindValue(QStringLiteral(":m"), memberId);
    q.bindValue(QStringLiteral(":d"), sqlv::date(date));
    q.bindValue(QStringLiteral(":o"), orgId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<GroupMembership> out;
    while (q.next()) {
        GroupMembership m;
        m.id = q.value(0).toLongLong();
        m.groupId = q.value(1).toLongLong();
        m.memberId = q.value(2).toLongLong();
        m.role = sqlv::toEnum(q.value(3), GroupRole::Member);
        m.from = sqlv::toDate(q.value(4));
        m.to = sqlv::toDate(q.value(5));
        out.push_back(m);
    }
    return out;
}

Status MemberLeavingRepository::setEnd(qint64 membershipId, const Date& to)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE group_memberships SET date_to = ? WHERE id = ?"));
    q.addBindValue(sqlv::date(to));
    q.addBindValue(membershipId);
    return sqlv::exec(q);
}

Result<std::vector<qint64>> MemberLeavingRepository::linkedAccounts(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM accounts WHERE member_id = ? ORDER BY id"));
    q.addBindValue(memberId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Status MemberLeavingRepository::relinkAccount(qint64 accountId, qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE accounts SET member_id = ? WHERE id = ? AND member_id IS NULL"));
    q.addBindValue(memberId);
    q.addBindValue(accountId);
    return sqlv::exec(q);
}

} // namespace sl
