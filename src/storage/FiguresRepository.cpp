#include "FiguresRepository.h"
#include "FiguresRowFills.h"
#include "RollupPeriod.h"
#include "RollupsBeside.h"
#include "ScopeSets.h"
#include "ScopeSql.h"

#include "Database.h"
#include "NativeRows.h"
#include "SqlStatement.h"
#include "SqlValues.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sl {

namespace {

using sqlv::Statement;
using namespace figuresrows;

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

// " AND s.group_id IN (…)": the sessions `s` of the scope, or nothing for a member's own.
Statement sessionsOf(const ScopeSql& s)
{
    Statement st;
    if (!s.groups.sql.isEmpty())
        st.add(QStringLiteral(" AND s.group_id")).add(s.groups);
    return st;
}

Result<std::vector<MemberFigures>> collected(const Status& read, std::vector<MemberFigures>& rows)
{
    if (!read)
        return read.error();
    return std::move(rows);
}

} // namespace

Result<std::vector<MemberFigures>> FiguresRepository::forGroup(qint64 groupId, const Period& period)
{
    std::vector<MemberFigures> rows;
    FiguresRows<MemberFigures> out(rows);
    return collected(collect(Scope::Group, groupId, period, out), rows);
}

Result<std::vector<MemberFigures>> FiguresRepository::forOrganisation(qint64 orgId,
                                                                      const Period& period)
{
    std::vector<MemberFigures> rows;
    FiguresRows<MemberFigures> out(rows);
    return collected(collect(Scope::Organisation, orgId, period, out), rows);
}

Status FiguresRepository::forGroup(qint64 groupId, const Period& period, FiguresOut& out)
{
    return collect(Scope::Group, groupId, period, out);
}

Status FiguresRepository::forOrganisation(qint64 orgId, const Period& period, FiguresOut& out)
{
    return collect(Scope::Organisation, orgId, period, out);
}

std::vector<FiguresRepository::Sql> FiguresRepository::organisationStatements(qint64 orgId,
                                                                              const Period& period)
{
    return statements(Scope::Organisation, orgId, period);
}

Result<std::optional<MemberFigures>> FiguresRepository::forMember(qint64 memberId,
                                                                  const Period& period)
{
    std::vector<MemberFigures> all;
    FiguresRows<MemberFigures> out(all);
    if (Status read = collect(Scope::Member, memberId, period, out); !read)
        return read.error();
    if (all.empty())
        return std::optional<MemberFigures>();
    return std::optional<MemberFigures>(std::move(all.front()));
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

Status FiguresRepository::collect(Scope scope, qint64 id, const Period& period, FiguresOut& out)
{
    if (scope == Scope::Organisation && m_rollups && m_plan != Plan::Seek) {
        auto scanned = scanOrganisation(id, period, out);
        if (!scanned)
            return scanned.error();
        if (*scanned)
            return {};
    }
    // Whole months add up the roll-ups; any other period scans the records.
    std::vector<Sql> sql;
    std::vector<Fill> fills;
    auto rollup = m_rollups ? rollupStatements(scope, id, period) : std::nullopt;
    if (rollup) {
        sql = std::move(*rollup);
        fills = {nullptr, fillAttendanceRollup, fillStudyRollup};
    } else {
        sql = statements(scope, id, period);
        fills = {nullptr, fillRecords, fillSpeeches, fillSelfStudy, fillWritings};
    }

    std::unordered_map<qint64, size_t> index;
    TextBlocks texts;
    // The members, in the order of their numbers (fills[0], theirs, is fillMember).
    if (Status ok = scanNativeRows(m_db, sql[0].sql, sql[0].binds,
                                   [&](const NativeRow& q) -> Status {
                                       MemberFigures& f = out.append();
                                       fillMember(f, q, texts);
                                       index.emplace(f.memberId, out.size() - 1);
                                       return {};
                                   });
        !ok)
        return ok.error();
    for (size_t i = 1; i < sql.size() && out.size() > 0; ++i) {
        if (m_cancel && m_cancel->isCancelled())
            return Error::cancelled();
        const Fill fill = fills[i];
        if (Status ok = scanNativeRows(m_db, sql[i].sql, sql[i].binds,
                                       [&](const NativeRow& q) -> Status {
                                           const auto it = index.find(q.integer(0));
                                           if (it != index.end())
                                               fill(out.at(it->second), q);
                                           return {};
                                       });
            !ok)
            return ok.error();
    }
    return {};
}

Result<bool> FiguresRepository::scanOrganisation(qint64 orgId, const Period& period,
                                                 FiguresOut& out)
{
    const auto rows = sqlv::rollupRowsOf(period, QStringLiteral("r"));
    if (!rows)
        return false;
    auto sets = readScopeSets(m_db, orgId);
    if (!sets)
        return sets.error();
    if (m_plan == Plan::Auto && !sets->large)
        return false;
    const std::unordered_set<qint64>& orgs = sets->orgs;
    const std::unordered_set<qint64>& groups = sets->groups;
    // Members are found by id in a table as long as the largest id (ids are SQLite's rowids,
    // 1 up, with the gaps of deleted members); ids far beyond the count keep the seek plan.
    qint64 memberCount = 0;
    qint64 lastMember = 0;
    if (Status ok = scanNativeRows(
            m_db, QStringLiteral("SELECT count(*), ifnull(max(id), 0) FROM members"), {},
            [&](const NativeRow& q) -> Status {
                memberCount = q.integer(0);
                lastMember = q.integer(1);
                return {};
            });
        !ok)
        return ok.error();
    if (lastMember < 0 || lastMember > 4 * memberCount + 65536)
        return false;

    // The period's rows of the whole ledger, those of the scope's members added up (and, for
    // attendance, only at the scope's groups).
    Statement attendance;
    attendance
        .add(QStringLiteral("SELECT r.member_id, r.group_id, r.records, r.present, r.late, "
                            "r.early_leave, r.excused, r.absent, r.made_up, r.owed, "
                            "r.attended_minutes, r.speeches FROM attendance_rollup r WHERE 1"))
        .add(*rows);
    Statement study;
    study
        .add(QStringLiteral("SELECT r.member_id, r.selfstudy_minutes, r.notes_chars, "
                            "r.reflections, r.articles, r.reports, r.awarded "
                            "FROM study_rollup r WHERE 1"))
        .add(*rows);
    // Read beside the members when a second connection can (RollupsBeside), else after them.
    RollupsBeside beside(m_db, attendance, study, groups, lastMember, m_cancel);

    // The members of the subtree as stored, then in the order of their numbers (SQLite's
    // BINARY order: their UTF-8 bytes), which is mostly the order they were stored in: each
    // number is compared with the one before as it is read, and only numbers out of order are
    // sorted (a district's 100,000 are not copied to find them in order).
    std::string previous;
    bool inOrder = true;
    TextBlocks texts;
    out.reserve(size_t(memberCount));
    if (Status ok = scanNativeRows(
            m_db,
            QStringLiteral("SELECT m.id, m.ext_id, m.name, m.cadre_level, m.org_id FROM members m"),
            {},
            [&](const NativeRow& q) -> Status {
                if (!orgs.count(q.integer(4)))
                    return {};
                fillMember(out.append(), q, texts);
                if (inOrder) {
                    const QByteArrayView number = q.bytes(1);
                    const std::string_view bytes(number.data(), size_t(number.size()));
                    inOrder = out.size() == 1 || previous < bytes;
                    previous.assign(bytes);
                }
                return {};
            });
        !ok)
        return ok.error();
    if (!inOrder) {
        std::vector<std::string> numbers;
        numbers.reserve(out.size());
        for (size_t i = 0; i < out.size(); ++i)
            numbers.push_back(out.at(i).extId.toStdString()); // UTF-8, as stored
        std::vector<size_t> order(out.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&numbers](size_t a, size_t b) { return numbers[a] < numbers[b]; });
        out.permute(order);
    }
    if (m_cancel && m_cancel->isCancelled())
        return Error::cancelled();
    if (auto totals = beside.started() ? beside.get() : std::nullopt) {
        if (!*totals)
            return totals->error();
        for (size_t i = 0; i < out.size(); ++i) {
            MemberFigures& f = out.at(i);
            if (f.memberId >= 0 && f.memberId <= lastMember)
                (**totals)[size_t(f.memberId)].addTo(f);
        }
        return true;
    }
    // Where each member's figures are, by id (ids run from 1 to the largest).
    std::vector<int> place(size_t(lastMember) + 1, -1);
    for (size_t i = 0; i < out.size(); ++i) {
        const qint64 id = out.at(i).memberId;
        if (id >= 0 && id <= lastMember)
            place[size_t(id)] = int(i);
    }
    auto figuresOf = [&](qint64 memberId) -> MemberFigures* {
        if (memberId < 0 || memberId > lastMember || place[size_t(memberId)] < 0)
            return nullptr;
        return &out.at(size_t(place[size_t(memberId)]));
    };

    if (m_cancel && m_cancel->isCancelled())
        return Error::cancelled();
    if (Status ok = scanNativeRows(m_db, attendance.sql, attendance.binds,
                                   [&](const NativeRow& q) -> Status {
                                       MemberFigures* f = figuresOf(q.integer(0));
                                       if (f && groups.count(q.integer(1)))
                                           addAttendanceRollup(*f, q, 2);
                                       return {};
                                   });
        !ok)
        return ok.error();
    if (m_cancel && m_cancel->isCancelled())
        return Error::cancelled();
    if (Status ok = scanNativeRows(m_db, study.sql, study.binds,
                                   [&](const NativeRow& q) -> Status {
                                       if (MemberFigures* f = figuresOf(q.integer(0)))
                                           addStudyRollup(*f, q);
                                       return {};
                                   });
        !ok)
        return ok.error();
    return true;
}

} // namespace sl
