#include "FiguresRepository.h"
#include "RollupPeriod.h"
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
    Statement groups;    // " IN (…)": the groups whose sessions count, or empty for all
};

QVariant iso(const Date& d)
{
    return dates::toIso(d);
}

const QString heldInPeriod =
    QStringLiteral(" WHERE s.status = 'held' AND s.date >= ? AND s.date <= ?");

using Fill = void (*)(MemberFigures&, const QSqlQuery&);

ScopeSql scopeSqlOf(FiguresRepository::Scope scope, qint64 id, const Period& period)
{
    using Scope = FiguresRepository::Scope;
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
        s.groups.add(QStringLiteral(" IN (?)"), {id});
        break;
    case Scope::Organisation:
        s.prefix.add(sqlv::orgSubtreeCte(QStringLiteral("scope_orgs")), {id});
        s.memberSet.add(QStringLiteral(
            "SELECT sm.id FROM members sm WHERE sm.org_id IN (SELECT id FROM scope_orgs)"));
        s.groups.add(QStringLiteral(" IN (SELECT sg.id FROM study_groups sg "
                                    "WHERE sg.org_id IN (SELECT id FROM scope_orgs))"));
        break;
    case Scope::Member:
        s.memberSet.add(QStringLiteral("SELECT sm.id FROM members sm WHERE sm.id = ?"), {id});
        break;
    }

    return s;
}

// The members of Members(S, P) with what the figures show of them, by number.
Statement membersOf(const ScopeSql& s)
{
    Statement members;
    members.add(s.prefix)
        .add(QStringLiteral("SELECT m.id, m.ext_id, m.name, m.cadre_level, m.org_id FROM members m "
                            "WHERE m.id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(") ORDER BY m.ext_id"));
    return members;
}

void fillMember(MemberFigures& f, const QSqlQuery& q)
{
    f.memberId = q.value(0).toLongLong();
    f.extId = q.value(1).toString();
    f.name = q.value(2).toString();
    f.cadreLevel = sqlv::toEnum(q.value(3), CadreLevel::NotCadre);
    f.orgId = q.value(4).toLongLong();
}

// Columns 1..9 of a Records(S, P) row: count, by status, made up, owed, attended minutes.
void fillRecords(MemberFigures& f, const QSqlQuery& q)
{
    f.expected = q.value(1).toInt();
    f.present = q.value(2).toInt();
    f.late = q.value(3).toInt();
    f.earlyLeave = q.value(4).toInt();
    f.excused = q.value(5).toInt();
    f.absent = q.value(6).toInt();
    f.makeupDone = q.value(7).toInt();
    f.absentNotMadeUp = q.value(8).toInt();
    f.collectiveMinutes = q.value(9).toLongLong();
}

void fillSpeeches(MemberFigures& f, const QSqlQuery& q)
{
    f.speeches = q.value(1).toInt();
}

void fillSelfStudy(MemberFigures& f, const QSqlQuery& q)
{
    f.selfStudyMinutes = q.value(1).toLongLong();
    f.notesChars = q.value(2).toLongLong();
}

// Columns 1..4 (from `first`) of a writings row: reflections, articles, reports, awarded.
void fillWritingsFrom(MemberFigures& f, const QSqlQuery& q, int first)
{
    f.reflections = q.value(first).toInt();
    f.articles = q.value(first + 1).toInt();
    f.reports = q.value(first + 2).toInt();
    f.awards = q.value(first + 3).toInt();
}

void fillWritings(MemberFigures& f, const QSqlQuery& q)
{
    fillWritingsFrom(f, q, 1);
}

// The attendance roll-up row: Records columns, then speeches.
void fillAttendanceRollup(MemberFigures& f, const QSqlQuery& q)
{
    fillRecords(f, q);
    f.speeches = q.value(10).toInt();
}

// The study roll-up row: self-study minutes and notes, then the writings.
void fillStudyRollup(MemberFigures& f, const QSqlQuery& q)
{
    fillSelfStudy(f, q);
    fillWritingsFrom(f, q, 3);
}

// " AND s.group_id IN (…)": the sessions `s` of the scope, or nothing for a member's own.
Statement sessionsOf(const ScopeSql& s)
{
    Statement st;
    if (!s.groups.sql.isEmpty())
        st.add(QStringLiteral(" AND s.group_id")).add(s.groups);
    return st;
}

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
    const ScopeSql s = scopeSqlOf(scope, id, period);
    Statement members = membersOf(s);

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
        .add(sessionsOf(s))
        .add(QStringLiteral(" AND a.status <> 'observer' AND a.member_id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(") GROUP BY a.member_id"));

    // Speeches at Sessions(S, P).
    Statement speeches;
    speeches.add(s.prefix)
        .add(QStringLiteral("SELECT sp.member_id, COUNT(*) FROM speeches sp "
                            "JOIN sessions s ON s.id = sp.session_id"))
        .add(heldInPeriod, {from, to})
        .add(sessionsOf(s))
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

std::optional<std::vector<FiguresRepository::Sql>>
FiguresRepository::rollupStatements(Scope scope, qint64 id, const Period& period)
{
    const auto rows = sqlv::rollupRowsOf(period, QStringLiteral("r"));
    if (!rows)
        return std::nullopt;
    const ScopeSql s = scopeSqlOf(scope, id, period);
    Statement members = membersOf(s);

    // Records(S, P) and the speeches at Sessions(S, P), from the member × group × month totals.
    Statement attendance;
    attendance.add(s.prefix)
        .add(QStringLiteral("SELECT r.member_id, SUM(r.records), SUM(r.present), SUM(r.late), "
                            "SUM(r.early_leave), SUM(r.excused), SUM(r.absent), SUM(r.made_up), "
                            "SUM(r.owed), SUM(r.attended_minutes), SUM(r.speeches) "
                            "FROM attendance_rollup r WHERE r.member_id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(")"))
        .add(*rows);
    // "+": the groups only filter; seeking each member's rows for each group of a district's
    // thousands would multiply the seeks.
    if (!s.groups.sql.isEmpty())
        attendance.add(QStringLiteral(" AND +r.group_id")).add(s.groups);
    attendance.add(QStringLiteral(" GROUP BY r.member_id"));

    // Self-study and writings dated in P, member-wide, from the member × month totals.
    Statement study;
    study.add(s.prefix)
        .add(QStringLiteral("SELECT r.member_id, SUM(r.selfstudy_minutes), SUM(r.notes_chars), "
                            "SUM(r.reflections), SUM(r.articles), SUM(r.reports), "
                            "SUM(r.awarded) FROM study_rollup r WHERE r.member_id IN ("))
        .add(s.memberSet)
        .add(QStringLiteral(")"))
        .add(*rows)
        .add(QStringLiteral(" GROUP BY r.member_id"));

    std::vector<Sql> out;
    for (const Statement* st : {&members, &attendance, &study})
        out.push_back({st->sql, st->binds});
    return out;
}

Result<std::vector<MemberFigures>> FiguresRepository::collect(Scope scope, qint64 id,
                                                              const Period& period)
{
    // Whole months add up the roll-ups; any other period scans the records.
    std::vector<Sql> sql;
    std::vector<Fill> fills;
    auto rollup = m_rollups ? rollupStatements(scope, id, period) : std::nullopt;
    if (rollup) {
        sql = std::move(*rollup);
        fills = {fillMember, fillAttendanceRollup, fillStudyRollup};
    } else {
        sql = statements(scope, id, period);
        fills = {fillMember, fillRecords, fillSpeeches, fillSelfStudy, fillWritings};
    }

    std::vector<MemberFigures> out;
    std::unordered_map<qint64, size_t> index;
    // The members, in the order of their numbers.
    if (Status ok = sqlv::forEachRow(m_db, Statement{sql[0].sql, sql[0].binds},
                                     [&](const QSqlQuery& q) {
                                         MemberFigures f;
                                         fills[0](f, q);
                                         index.emplace(f.memberId, out.size());
                                         out.push_back(std::move(f));
                                     });
        !ok)
        return ok.error();
    for (size_t i = 1; i < sql.size() && !out.empty(); ++i) {
        if (m_cancel && m_cancel->isCancelled())
            return Error::cancelled();
        const Fill fill = fills[i];
        if (Status ok = sqlv::forEachRow(m_db, Statement{sql[i].sql, sql[i].binds},
                                         [&](const QSqlQuery& q) {
                                             const auto it = index.find(q.value(0).toLongLong());
                                             if (it != index.end())
                                                 fill(out[it->second], q);
                                         });
            !ok)
            return ok.error();
    }
    return out;
}

} // namespace sl
