#include "FiguresRepository.h"
#include "ScopeSql.h"

#include "Database.h"
#include "SqlStatement.h"
#include "SqlValues.h"

#include <unordered_map>

namespace sl {

namespace {

using sqlv::Statement;

// The pieces of SQL that differ between the scopes.
struct ScopeSql
{
    Statement prefix;    // a WITH clause the others use
    Statement memberSet; // SELECT of the member ids of Members(S, P)
    Statement sessions;  // condition on sessions `s` of the scope (starting with AND), or empty
};

QVariant iso(const Date& d)
{
    return dates::toIso(d);
}

const QString heldInPeriod =
    QStringLiteral(" WHERE s.status = 'held' AND s.date >= ? AND s.date <= ?");

using Fill = void (*)(MemberFigures&, const QSqlQuery&);

} // namespace

Result<std::vector<MemberFigures>> FiguresRepository::forGroup(qint64 groupId, const Period& period)
{
    return collect(Scope::Group, groupId, period);
}

Result<std::vector<MemberFigures>> FiguresRepository::forOrganisation(qint64 orgId,
                                                                      const Period& period)
{
    return collect(Scope::Organisation, orgId, period);
}

std::vector<FiguresRepository::Sql> FiguresRepository::organisationStatements(qint64 orgId,
                                                                              const Period& period)
{
    return statements(Scope::Organisation, orgId, period);
}

Result<std::optional<MemberFigures>> FiguresRepository::forMember(qint64 memberId,
                                                                  const Period& period)
{
    auto all = collect(Scope::Member, memberId, period);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<MemberFigures>();
    return std::optional<MemberFigures>(all->front());
}

std::vector<FiguresRepository::Sql> FiguresRepository::statements(Scope scope, qint64 id,
                                                                  const Period& period)
{
    const QVariant from = iso(period.from);
    const QVariant to = iso(period.to);
    ScopeSql s;
    switch (scope) {
    case Scope::Group:
        s.memberSet.add(QStringLiteral("SELECT gm.member_id FROM group_memberships gm "
                                       "WHERE gm.group_id = ? AND gm.role <> 'observer' "
                                       "AND (gm.date_from IS NULL OR gm.date_from <= ?) "
                                       "AND (gm.date_to IS NULL OR gm.date_to >= ?)"),
                        {id, to, from});
        s.sessions.add(QStringLiteral(" AND s.group_id = ?"), {id});
        break;
    case Scope::Organisation:
        s.prefix.add(sqlv::orgSubtreeCte(QStringLiteral("scope_orgs")), {id});
        s.memberSet.add(QStringLiteral(
            "SELECT sm.id FROM members sm WHERE sm.org_id IN (SELECT id FROM scope_orgs)"));
        s.sessions.add(QStringLiteral(" AND s.group_id IN (SELECT sg.id FROM study_groups sg "
                                      "WHERE sg.org_id IN (SELECT id FROM scope_orgs))"));
        break;
    case Scope::Member:
        s.memberSet.add(QStringLiteral("SELECT sm.id FROM members sm WHERE sm.id = ?"), {id});
        break;
    }

    Statement members;
    members.add(s.prefix)
        .add(QStringLiteral("SELECT m.id, m.ext_id, m.name, m.cadre_level, m.org_id FROM members m "
                            "WHERE m.id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(") ORDER BY m.ext_id"));

    // Records(S, P): attendance at held sessions of the scope, 列席 excluded.
    Statement attendance;
    attendance.add(s.prefix)
        .add(QStringLiteral(
            "SELECT a.member_id, COUNT(*), "
            "SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status = 'early_leave' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status IN ('excused', 'absent') AND a.makeup_date IS NOT NULL "
            "THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status = 'absent' AND a.makeup_date IS NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN a.status IN ('present', 'late', 'early_leave') THEN s.minutes "
            "ELSE 0 END) "
            "FROM attendance a JOIN sessions s ON s.id = a.session_id"))
        .add(heldInPeriod, {from, to})
        .add(s.sessions)
        .add(QStringLiteral(" AND a.status <> 'observer' AND a.member_id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(") GROUP BY a.member_id"));

    // Speeches at Sessions(S, P).
    Statement speeches;
    speeches.add(s.prefix)
        .add(QStringLiteral("SELECT sp.member_id, COUNT(*) FROM speeches sp "
                            "JOIN sessions s ON s.id = sp.session_id"))
        .add(heldInPeriod, {from, to})
        .add(s.sessions)
        .add(QStringLiteral(" AND sp.member_id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(") GROUP BY sp.member_id"));

    // Self-study dated in P, member-wide.
    Statement selfStudy;
    selfStudy.add(s.prefix)
        .add(QStringLiteral("SELECT ss.member_id, SUM(ss.minutes), SUM(ss.notes_chars) "
                            "FROM self_study ss WHERE ss.date >= ? AND ss.date <= ? "
                            "AND ss.member_id IN ("),
             {from, to})
        .add(s.memberSet)
        .add(QStringLiteral(") GROUP BY ss.member_id"));

    // Writings dated in P, member-wide.
    Statement writings;
    writings.add(s.prefix)
        .add(QStringLiteral("SELECT w.member_id, "
                            "SUM(CASE WHEN w.kind = 'reflection' THEN 1 ELSE 0 END), "
                            "SUM(CASE WHEN w.kind = 'article' THEN 1 ELSE 0 END), "
                            "SUM(CASE WHEN w.kind = 'report' THEN 1 ELSE 0 END), "
                            "SUM(CASE WHEN w.award IS NOT NULL THEN 1 ELSE 0 END) "
                            "FROM writings w WHERE w.date >= ? AND w.date <= ? "
                            "AND w.member_id IN ("),
             {from, to})
        .add(s.memberSet)
        .add(QStringLiteral(") GROUP BY w.member_id"));

    std::vector<Sql> out;
    for (const Statement* st : {&members, &attendance, &speeches, &selfStudy, &writings})
        out.push_back({st->sql, st->binds});
    return out;
}

Result<std::vector<MemberFigures>> FiguresRepository::collect(Scope scope, qint64 id,
                                                              const Period& period)
{
    const std::vector<Sql> sql = statements(scope, id, period);
    std::vector<MemberFigures> out;
    std::unordered_map<qint64, size_t> index;
    auto run = [&](const Sql& st, Fill fill) -> Status {
        if (m_cancel && m_cancel->isCancelled())
            return Error::cancelled();
        QSqlQuery q(m_db.connection());
        if (Status ok = sqlv::execute(q, Statement{st.sql, st.binds}); !ok)
            return ok;
        while (q.next()) {
            const auto it = index.find(q.value(0).toLongLong());
            if (it != index.end())
                fill(out[it->second], q);
        }
        return {};
    };

    // The members, in the order of their numbers.
    {
        QSqlQuery q(m_db.connection());
        if (Status ok = sqlv::execute(q, Statement{sql[0].sql, sql[0].binds}); !ok)
            return ok.error();
        while (q.next()) {
            MemberFigures f;
            f.memberId = q.value(0).toLongLong();
            f.extId = q.value(1).toString();
            f.name = q.value(2).toString();
            f.cadreLevel = sqlv::toEnum(q.value(3), CadreLevel::NotCadre);
            f.orgId = q.value(4).toLongLong();
            index.emplace(f.memberId, out.size());
            out.push_back(std::move(f));
        }
    }
    if (out.empty())
        return out;

    if (Status ok = run(sql[1],
                        [](MemberFigures& f, const QSqlQuery& q) {
                            f.expected = q.value(1).toInt();
                            f.present = q.value(2).toInt();
                            f.late = q.value(3).toInt();
                            f.earlyLeave = q.value(4).toInt();
                            f.excused = q.value(5).toInt();
                            f.absent = q.value(6).toInt();
                            f.makeupDone = q.value(7).toInt();
                            f.absentNotMadeUp = q.value(8).toInt();
                            f.collectiveMinutes = q.value(9).toLongLong();
                        });
        !ok)
        return ok.error();
    if (Status ok = run(
            sql[2], [](MemberFigures& f, const QSqlQuery& q) { f.speeches = q.value(1).toInt(); });
        !ok)
        return ok.error();
    if (Status ok = run(sql[3],
                        [](MemberFigures& f, const QSqlQuery& q) {
                            f.selfStudyMinutes = q.value(1).toLongLong();
                            f.notesChars = q.value(2).toLongLong();
                        });
        !ok)
        return ok.error();
    if (Status ok = run(sql[4],
                        [](MemberFigures& f, const QSqlQuery& q) {
                            f.reflections = q.value(1).toInt();
                            f.articles = q.value(2).toInt();
                            f.reports = q.value(3).toInt();
                            f.awards = q.value(4).toInt();
                        });
        !ok)
        return ok.error();
    return out;
}

} // namespace sl
