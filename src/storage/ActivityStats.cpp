#include "ActivityStats.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const char* tallySql(ActivityStats::Tally what)
{
    using T = ActivityStats::Tally;
    switch (what) {
    case T::BranchUnitTypes:
        return "SELECT unit_type, count(*) FROM organisations WHERE kind = 'branch' "
               "AND unit_type IS NOT NULL GROUP BY unit_type";
    case T::MemberCategories:
        return "SELECT category, count(*) FROM members WHERE category IS NOT NULL "
               "GROUP BY category";
    case T::CadreLevels:
        return "SELECT cadre_level, count(*) FROM members GROUP BY cadre_level";
    case T::SessionForms:
        return "SELECT form, count(*) FROM sessions WHERE status = 'held' GROUP BY form";
    case T::SessionStatuses:
        return "SELECT status, count(*) FROM sessions GROUP BY status";
    case T::SessionTriggers:
        return "SELECT trigger, count(*) FROM sessions WHERE status = 'held' "
               "AND trigger IS NOT NULL GROUP BY trigger";
    case T::AttendanceStatuses:
        return "SELECT status, count(*) FROM attendance GROUP BY status";
    case T::Makeups:
        return "SELECT status, count(*) FROM attendance WHERE makeup_date IS NOT NULL "
               "GROUP BY status";
    case T::SelfStudyMedia:
        return "SELECT medium, count(*) FROM self_study WHERE medium IS NOT NULL "
               "GROUP BY medium";
    case T::WritingKinds:
        return "SELECT kind, count(*) FROM writings GROUP BY kind";
    case T::WritingAwards:
        return "SELECT award, count(*) FROM writings WHERE award IS NOT NULL GROUP BY award";
    }
    return "SELECT NULL, 0 WHERE 0";
}

const char* ruleSql(ActivityStats::Rule rule)
{
    using R = ActivityStats::Rule;
    switch (rule) {
    case R::AttendanceOutsideMembership:
        return "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
               "WHERE NOT EXISTS (SELECT 1 FROM group_memberships gm "
               "WHERE gm.group_id = s.group_id AND gm.member_id = a.member_id "
               "AND (gm.date_from IS NULL OR gm.date_from <= s.date) "
               "AND (gm.date_to IS NULL OR gm.date_to >= s.date))";
    case R::AttendanceAtUnheldSession:
        return "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
               "WHERE s.status <> 'held'";
    case R::MakeupBeforeSession:
        return "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
               "WHERE a.makeup_date IS NOT NULL AND a.makeup_date < s.date";
    case R::ObserverMismatch:
        return "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
               "JOIN group_memberships gm ON gm.group_id = s.group_id "
               "AND gm.member_id = a.member_id "
               "WHERE (a.status = 'observer') <> (gm.role = 'observer')";
    case R::JoinedBefore18:
        return "SELECT count(*) FROM members WHERE birth_date IS NOT NULL "
               "AND join_date IS NOT NULL AND join_date < date(birth_date, '+18 years')";
    case R::PlanItemOutsideYear:
        return "SELECT count(*) FROM sessions s JOIN plan_items i ON i.id = s.plan_item_id "
               "JOIN study_plans p ON p.id = i.plan_id "
               "WHERE s.status = 'held' AND CAST(substr(s.date, 1, 4) AS INTEGER) <> p.year";
    }
    return "SELECT 0";
}

} // namespace

Result<QMap<QString, qint64>> ActivityStats::tally(Tally what)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(tallySql(what))))
        return sqlv::queryError(q);
    QMap<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<qint64> ActivityStats::countViolations(Rule rule)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(ruleSql(rule))) || !q.next())
        return sqlv::queryError(q);
    return q.value(0).toLongLong();
}

} // namespace sl
