#include "LedgerBookRepository.h"

#include "Database.h"
#include "ScopeSql.h"
#include "SessionQuerySql.h"
#include "SqlStatement.h"
#include "SqlValues.h"

#include "domain/CharCount.h"

#include <QDateTime>

namespace sl {

namespace {

using sqlv::Statement;

// "WITH RECURSIVE scope_orgs(id) AS (…) " for an organisation scope; nothing for a group.
Statement prefixOf(const ScopeRef& scope)
{
    Statement st;
    if (!scope.isGroup())
        st.add(sqlv::orgSubtreeCte(QStringLiteral("scope_orgs")), {scope.id});
    return st;
}

// "<column> = ?" for a group scope, "<column> IN (the groups of the subtree)" for an
// organisation (after prefixOf).
Statement groupIs(const ScopeRef& scope, const QString& column)
{
    Statement st;
    if (scope.isGroup())
        st.add(column + QStringLiteral(" = ?"), {scope.id});
    else
        st.add(column + QStringLiteral(" IN (SELECT sg.id FROM study_groups sg "
                                       "WHERE sg.org_id IN (SELECT id FROM scope_orgs))"));
    return st;
}

// The member ids of Members(S, P) as a SELECT (after prefixOf).
Statement memberSet(const ScopeRef& scope, const Period& period)
{
    Statement st;
    if (scope.isGroup())
        st.add(QStringLiteral("SELECT gm.member_id FROM group_memberships gm "
                              "WHERE gm.group_id = ? AND gm.role <> 'observer' "
                              "AND (gm.date_from IS NULL OR gm.date_from <= ?) "
                              "AND (gm.date_to IS NULL OR gm.date_to >= ?)"),
               {scope.id, sqlv::date(period.to), sqlv::date(period.from)});
    else
        st.add(QStringLiteral(
            "SELECT sm.id FROM members sm WHERE sm.org_id IN (SELECT id FROM scope_orgs)"));
    return st;
}

} // namespace

Result<std::vector<GroupWithOrg>> LedgerBookRepository::groups(const ScopeRef& scope)
{
    Statement st = prefixOf(scope);
    st.add(QStringLiteral("SELECT g.id, g.ext_id, g.name, g.kind, g.org_id, o.name "
                          "FROM study_groups g JOIN organisations o ON o.id = g.org_id WHERE "))
        .add(groupIs(scope, QStringLiteral("g.id")))
        .add(QStringLiteral(" ORDER BY g.ext_id"));
    std::vector<GroupWithOrg> out;
    const Status ok = sqlv::forEachRow(m_db, st, [&](const QSqlQuery& q) {
        GroupWithOrg g;
        g.group.id = q.value(0).toLongLong();
        g.group.extId = q.value(1).toString();
        g.group.name = q.value(2).toString();
        g.group.kind = sqlv::toEnum(q.value(3), GroupKind::Branch);
        g.group.orgId = q.value(4).toLongLong();
        g.orgName = q.value(5).toString();
        out.push_back(std::move(g));
    });
    if (!ok)
        return ok.error();
    return out;
}

Result<std::vector<GroupSeat>> LedgerBookRepository::seats(const ScopeRef& scope,
                                                           const Period& period)
{
    Statement st = prefixOf(scope);
    st.add(QStringLiteral("SELECT gm.id, gm.group_id, gm.member_id, gm.role, gm.date_from, "
                          "gm.date_to, m.ext_id, m.name, m.position FROM group_memberships gm "
                          "JOIN members m ON m.id = gm.member_id WHERE "))
        .add(groupIs(scope, QStringLiteral("gm.group_id")))
        .add(QStringLiteral(" AND (gm.date_from IS NULL OR gm.date_from <= ?) "
                            "AND (gm.date_to IS NULL OR gm.date_to >= ?) "
                            "ORDER BY m.name COLLATE zh, m.ext_id"),
             {sqlv::date(period.to), sqlv::date(period.from)});
    std::vector<GroupSeat> out;
    const Status ok = sqlv::forEachRow(m_db, st, [&](const QSqlQuery& q) {
        GroupSeat s;
        s.membership.id = q.value(0).toLongLong();
        s.membership.groupId = q.value(1).toLongLong();
        s.membership.memberId = q.value(2).toLongLong();
        s.membership.role = sqlv::toEnum(q.value(3), GroupRole::Member);
        s.membership.from = sqlv::toDate(q.value(4));
        s.membership.to = sqlv::toDate(q.value(5));
        s.memberExtId = q.value(6).toString();
        s.memberName = q.value(7).toString();
        s.position = q.value(8).toString();
        out.push_back(std::move(s));
    });
    if (!ok)
        return ok.error();
    return out;
}

Result<std::vector<SessionMaterial>> LedgerBookRepository::materials(const SessionQuery& sessions)
{
    const sqlv::SessionWhere w = sqlv::sessionWhere(sessions);
    Statement st;
    st.add(QStringLiteral("SELECT sm.id, sm.session_id, sm.file_name, sm.stored_path, "
                          "sm.added_at FROM session_materials sm "
                          "JOIN sessions s ON s.id = sm.session_id "
                          "JOIN study_groups g ON g.id = s.group_id") +
               w.sql + QStringLiteral(" ORDER BY sm.session_id, sm.id"),
           w.values);
    std::vector<SessionMaterial> out;
    const Status ok = sqlv::forEachRow(m_db, st, [&](const QSqlQuery& q) {
        SessionMaterial m;
        m.id = q.value(0).toLongLong();
        m.sessionId = q.value(1).toLongLong();
        m.fileName = q.value(2).toString();
        m.storedPath = q.value(3).toString();
        m.addedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        out.push_back(std::move(m));
    });
    if (!ok)
        return ok.error();
    return out;
}

Result<std::vector<VolumePlan>> LedgerBookRepository::plans(const ScopeRef& scope, int year)
{
    Statement st = prefixOf(scope);
    st.add(QStringLiteral("SELECT p.id, p.group_id, g.ext_id, g.name, p.approved_on, pi.id, "
                          "pi.item_no, pi.month, pi.topic, pi.form, pi.lead, pi.trigger "
                          "FROM study_plans p JOIN study_groups g ON g.id = p.group_id "
                          "LEFT JOIN plan_items pi ON pi.plan_id = p.id WHERE p.year = ? AND "),
           {year})
        .add(groupIs(scope, QStringLiteral("p.group_id")))
        .add(QStringLiteral(" ORDER BY g.ext_id, p.id, pi.item_no"));
    std::vector<VolumePlan> out;
    const Status ok = sqlv::forEachRow(m_db, st, [&](const QSqlQuery& q) {
        const qint64 planId = q.value(0).toLongLong();
        if (out.empty() || out.back().planId != planId) {
            VolumePlan p;
            p.planId = planId;
            p.groupId = q.value(1).toLongLong();
            p.groupExtId = q.value(2).toString();
            p.groupName = q.value(3).toString();
            p.approvedOn = sqlv::toDate(q.value(4));
            out.push_back(std::move(p));
        }
        if (q.value(5).isNull())
            return; // a plan without items
        VolumePlanItem i;
        i.item.id = q.value(5).toLongLong();
        i.item.planId = planId;
        i.item.itemNo = q.value(6).toInt();
        i.item.month = q.value(7).toInt();
        i.item.topic = q.value(8).toString();
        i.item.form = sqlv::toEnum(q.value(9), SessionForm::Collective);
        i.item.lead = q.value(10).toString();
        i.item.trigger = sqlv::toEnum<Trigger>(q.value(11));
        out.back().items.push_back(std::move(i));
    });
    if (!ok)
        return ok.error();
    return out;
}

Result<std::vector<SelfStudySummaryRow>>
LedgerBookRepository::selfStudySummary(const ScopeRef& scope, const Period& period)
{
    Statement st = prefixOf(scope);
    st.add(QStringLiteral("SELECT m.id, m.ext_id, m.name, COUNT(ss.id), "
                          "COALESCE(SUM(ss.minutes), 0), COALESCE(SUM(ss.notes_chars), 0) "
                          "FROM members m LEFT JOIN self_study ss ON ss.member_id = m.id "
                          "AND ss.date >= ? AND ss.date <= ? WHERE m.id IN ("),
           {sqlv::date(period.from), sqlv::date(period.to)})
        .add(memberSet(scope, period))
        .add(QStringLiteral(") GROUP BY m.id, m.ext_id, m.name ORDER BY m.ext_id"));
    std::vector<SelfStudySummaryRow> out;
    const Status ok = sqlv::forEachRow(m_db, st, [&](const QSqlQuery& q) {
        SelfStudySummaryRow r;
        r.memberId = q.value(0).toLongLong();
        r.memberExtId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.entries = q.value(3).toInt();
        r.minutes = q.value(4).toLongLong();
        r.notesChars = q.value(5).toLongLong();
        out.push_back(std::move(r));
    });
    if (!ok)
        return ok.error();
    return out;
}

Result<std::vector<WritingRegisterRow>> LedgerBookRepository::writings(const ScopeRef& scope,
                                                                       const Period& period)
{
    // The text is read only where no explicit length is stored.
    Statement st = prefixOf(scope);
    st.add(QStringLiteral("SELECT w.id, w.member_id, m.ext_id, m.name, w.kind, w.title, w.date, "
                          "w.chars, CASE WHEN w.chars IS NULL THEN w.body END, w.published, "
                          "w.award FROM writings w JOIN members m ON m.id = w.member_id "
                          "WHERE w.date >= ? AND w.date <= ? AND w.member_id IN ("),
           {sqlv::date(period.from), sqlv::date(period.to)})
        .add(memberSet(scope, period))
        .add(QStringLiteral(") ORDER BY w.date, m.ext_id, w.title"));
    std::vector<WritingRegisterRow> out;
    const Status ok = sqlv::forEachRow(m_db, st, [&](const QSqlQuery& q) {
        WritingRegisterRow r;
        r.writingId = q.value(0).toLongLong();
        r.memberId = q.value(1).toLongLong();
        r.memberExtId = q.value(2).toString();
        r.memberName = q.value(3).toString();
        r.kind = sqlv::toEnum(q.value(4), WritingKind::Reflection);
        r.title = q.value(5).toString();
        r.date = sqlv::toDate(q.value(6));
        r.chars = q.value(7).isNull() ? countCharacters(q.value(8).toString()) : q.value(7).toInt();
        r.published = q.value(9).toString();
        r.award = sqlv::toEnum<Award>(q.value(10));
        out.push_back(std::move(r));
    });
    if (!ok)
        return ok.error();
    return out;
}

} // namespace sl
