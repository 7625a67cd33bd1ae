#include "BulletinRepository.h"
#include "RollupPeriod.h"
#include "ScopeSql.h"

#include "Database.h"
#include "SqlStatement.h"
#include "SqlValues.h"

namespace sl {

namespace {

using sqlv::Statement;

// The pieces that differ between a group and an organisation scope.
struct ScopeParts
{
    Statement prefix; // a WITH clause, or empty
    Statement groups; // " IN (…)": the ids of the groups in S
};

ScopeParts partsOf(const ScopeRef& scope)
{
    ScopeParts p;
    if (scope.isGroup()) {
        p.groups.add(QStringLiteral(" IN (?)"), {scope.id});
    } else {
        p.prefix.add(sqlv::orgSubtreeCte(QStringLiteral("scope_orgs")), {scope.id});
        p.groups.add(QStringLiteral(" IN (SELECT sg.id FROM study_groups sg "
                                    "WHERE sg.org_id IN (SELECT id FROM scope_orgs))"));
    }
    return p;
}

// " WHERE s.… AND s.group_id IN (…)": the sessions `s` of Sessions(S, P).
Statement heldSessions(const ScopeParts& parts, const Period& period)
{
    Statement st;
    st.add(QStringLiteral(" WHERE s.status = 'held' AND s.date >= ? AND s.date <= ? "
                          "AND s.group_id"),
           {dates::toIso(period.from), dates::toIso(period.to)})
        .add(parts.groups);
    return st;
}

// The plan items `i` of plans `p` of the groups in S whose month lies in P (as year * 100 +
// month, the months P touches).
Statement planItemsInPeriod(const ScopeParts& parts, const Period& period)
{
    Statement st;
    st.add(QStringLiteral(" WHERE p.year * 100 + i.month BETWEEN ? AND ? AND p.group_id"),
           {period.from.year() * 100 + period.from.month(),
            period.to.year() * 100 + period.to.month()})
        .add(parts.groups);
    return st;
}

// "EXISTS (…)": plan item `i` is carried out by a session of Sessions(S, P).
Statement doneBySession(const ScopeParts& parts, const Period& period)
{
    Statement st;
    st.add(QStringLiteral("EXISTS (SELECT 1 FROM sessions s"))
        .add(heldSessions(parts, period))
        .add(QStringLiteral(" AND s.plan_item_id = i.id)"));
    return st;
}

const QString attended =
    QStringLiteral("SUM(CASE WHEN a.status IN ('present', 'late', 'early_leave') THEN 1 ELSE 0 "
                   "END)");
const QString recorded = QStringLiteral(
    "SUM(CASE WHEN a.status IS NOT NULL AND a.status <> 'observer' THEN 1 ELSE 0 END)");

// One row per session of Sessions(S, P): its date, group, topic, form, trigger, Records and
// attended; `condition` narrows the sessions, `tail` groups and orders them.
Statement sessionRows(const ScopeParts& parts, const Period& period, const QString& condition,
                      const QString& having, const QString& order)
{
    Statement st;
    st.add(parts.prefix)
        .add(QStringLiteral("SELECT s.id, s.date, g.name, s.topic, s.form, s.trigger, ") +
             recorded + QStringLiteral(", ") + attended +
             QStringLiteral(" FROM sessions s JOIN study_groups g ON g.id = s.group_id "
                            "LEFT JOIN attendance a ON a.session_id = s.id"))
        .add(heldSessions(parts, period))
        .add(condition)
        .add(QStringLiteral(" GROUP BY s.id, s.ext_id, s.date, g.name, s.topic, s.form, "
                            "s.trigger") +
             having + QStringLiteral(" ORDER BY ") + order);
    return st;
}

// The same rows from the per-session roll-up: `condition` narrows the sessions (the roll-up `r`
// of a session without records is missing: its counts are 0).
Statement rolledUpSessionRows(const ScopeParts& parts, const Period& period,
                              const QString& condition, const QString& order)
{
    Statement st;
    st.add(parts.prefix)
        .add(QStringLiteral("SELECT s.id, s.date, g.name, s.topic, s.form, s.trigger, "
                            "COALESCE(r.records, 0), COALESCE(r.attended, 0) "
                            "FROM sessions s JOIN study_groups g ON g.id = s.group_id "
                            "LEFT JOIN session_rollup r ON r.session_id = s.id"))
        .add(heldSessions(parts, period))
        .add(condition + QStringLiteral(" ORDER BY ") + order);
    return st;
}

} // namespace

BulletinRepository::Sql BulletinRepository::statement(Query which, const ScopeRef& scope,
                                                      const Period& period, int limit)
{
    const ScopeParts parts = partsOf(scope);
    Statement st;
    switch (which) {
    case SessionsByForm:
        st.add(parts.prefix)
            .add(QStringLiteral("SELECT s.form, COUNT(*), "
                                "SUM(CASE WHEN s.trigger IS NOT NULL THEN 1 ELSE 0 END) "
                                "FROM sessions s"))
            .add(heldSessions(parts, period))
            .add(QStringLiteral(" GROUP BY s.form"));
        break;
    case Records:
        st.add(parts.prefix)
            .add(QStringLiteral(
                "SELECT COUNT(*), "
                "SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN a.status = 'early_leave' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN a.status IN ('excused', 'absent') AND a.makeup_date IS NOT NULL "
                "THEN 1 ELSE 0 END) "
                "FROM attendance a JOIN sessions s ON s.id = a.session_id"))
            .add(heldSessions(parts, period))
            .add(QStringLiteral(" AND a.status <> 'observer'"));
        break;
    case Speeches:
        st.add(parts.prefix)
            .add(QStringLiteral("SELECT COUNT(*) FROM speeches sp "
                                "JOIN sessions s ON s.id = sp.session_id"))
            .add(heldSessions(parts, period));
        break;
    case PlanItems:
        st.add(parts.prefix)
            .add(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN "))
            .add(doneBySession(parts, period))
            .add(QStringLiteral(" THEN 1 ELSE 0 END) FROM plan_items i "
                                "JOIN study_plans p ON p.id = i.plan_id"))
            .add(planItemsInPeriod(parts, period));
        break;
    case ThreeMusts:
        st = sessionRows(parts, period, QStringLiteral(" AND s.trigger IS NOT NULL"), QString(),
                         QStringLiteral("s.date, s.ext_id"));
        break;
    case BestAttended:
        // Participation as a fraction: equal fractions (2/4, 1/2) divide to the same double.
        st = sessionRows(parts, period, QString(),
                         QStringLiteral(" HAVING ") + recorded + QStringLiteral(" > 0"),
                         attended + QStringLiteral(" * 1.0 / ") + recorded +
                             QStringLiteral(" DESC, ") + attended +
                             QStringLiteral(" DESC, s.date, s.ext_id LIMIT ?"));
        st.binds.append(limit);
        break;
    case PlanNotDone:
        st.add(parts.prefix)
            .add(QStringLiteral("SELECT g.name, i.month, i.topic FROM plan_items i "
                                "JOIN study_plans p ON p.id = i.plan_id "
                                "JOIN study_groups g ON g.id = p.group_id"))
            .add(planItemsInPeriod(parts, period))
            .add(QStringLiteral(" AND NOT "))
            .add(doneBySession(parts, period))
            .add(QStringLiteral(" ORDER BY p.year, i.month, g.ext_id, i.item_no"));
        break;
    case StatementCount:
        break;
    }
    return {st.sql, st.binds};
}

std::optional<BulletinRepository::Sql> BulletinRepository::rollupRecords(const ScopeRef& scope,
                                                                         const Period& period)
{
    const auto rows = sqlv::rollupRowsOf(period, QStringLiteral("r"));
    if (!rows)
        return std::nullopt;
    const ScopeParts parts = partsOf(scope);
    Statement st;
    st.add(parts.prefix)
        .add(QStringLiteral("SELECT SUM(r.records), SUM(r.present), SUM(r.late), "
                            "SUM(r.early_leave), SUM(r.excused), SUM(r.absent), SUM(r.made_up), "
                            "SUM(r.speeches) FROM attendance_rollup r WHERE r.group_id"))
        .add(parts.groups)
        .add(*rows);
    return Sql{st.sql, st.binds};
}

BulletinRepository::Sql BulletinRepository::rolledUpSessions(Query which, const ScopeRef& scope,
                                                             const Period& period, int limit)
{
    const ScopeParts parts = partsOf(scope);
    Statement st;
    if (which == ThreeMusts) {
        st = rolledUpSessionRows(parts, period, QStringLiteral(" AND s.trigger IS NOT NULL"),
                                 QStringLiteral("s.date, s.ext_id"));
    } else {
        st = rolledUpSessionRows(parts, period, QStringLiteral(" AND r.records > 0"),
                                 QStringLiteral("r.attended * 1.0 / r.records DESC, "
                                                "r.attended DESC, s.date, s.ext_id LIMIT ?"));
        st.binds.append(limit);
    }
    return {st.sql, st.binds};
}

std::vector<BulletinRepository::Sql> BulletinRepository::statements(const ScopeRef& scope,
                                                                    const Period& period)
{
    std::vector<Sql> out;
    for (int q = 0; q < StatementCount; ++q)
        out.push_back(statement(Query(q), scope, period));
    return out;
}

Status BulletinRepository::checkCancel() const
{
    if (m_cancel && m_cancel->isCancelled())
        return Error::cancelled();
    return {};
}

Result<BulletinFigures> BulletinRepository::scopeFigures(const ScopeRef& scope,
                                                         const Period& period)
{
    BulletinFigures f;
    auto run = [&](Query which, auto visit) -> Status {
        if (Status go = checkCancel(); !go)
            return go;
        const Sql sql = statement(which, scope, period);
        return sqlv::forEachRow(m_db, Statement{sql.sql, sql.binds}, visit);
    };
    if (Status ok = run(SessionsByForm,
                        [&](const QSqlQuery& q) {
                            const auto form = sqlv::toEnum<SessionForm>(q.value(0));
                            const int count = q.value(1).toInt();
                            if (form)
                                f.sessions.byForm[size_t(*form)] += count;
                            f.sessions.total += count;
                            f.sessions.threeMusts += q.value(2).toInt();
                        });
        !ok)
        return ok.error();
    // Records by status and the speeches: from the roll-ups for whole months, else the records.
    const auto fillRecords = [&](const QSqlQuery& q) {
        BulletinFigures::Attendance& a = f.attendance;
        a.expected = q.value(0).toInt();
        a.present = q.value(1).toInt();
        a.late = q.value(2).toInt();
        a.earlyLeave = q.value(3).toInt();
        a.excused = q.value(4).toInt();
        a.absent = q.value(5).toInt();
        f.makeup.owed = a.excused + a.absent;
        f.makeup.done = q.value(6).toInt();
    };
    if (const auto rollup = m_rollups ? rollupRecords(scope, period) : std::nullopt) {
        if (Status go = checkCancel(); !go)
            return go.error();
        if (Status ok = sqlv::forEachRow(m_db, Statement{rollup->sql, rollup->binds},
                                         [&](const QSqlQuery& q) {
                                             fillRecords(q);
                                             f.speeches = q.value(7).toInt();
                                         });
            !ok)
            return ok.error();
    } else {
        if (Status ok = run(Records, fillRecords); !ok)
            return ok.error();
        if (Status ok = run(Speeches, [&](const QSqlQuery& q) { f.speeches = q.value(0).toInt(); });
            !ok)
            return ok.error();
    }
    if (Status ok = run(PlanItems,
                        [&](const QSqlQuery& q) {
                            f.plan.items = q.value(0).toInt();
                            f.plan.done = q.value(1).toInt();
                        });
        !ok)
        return ok.error();
    return f;
}

Result<std::vector<BulletinSession>> BulletinRepository::sessions(const Sql& sql)
{
    std::vector<BulletinSession> out;
    if (Status go = checkCancel(); !go)
        return go.error();
    if (Status ok = sqlv::forEachRow(m_db, Statement{sql.sql, sql.binds},
                                     [&](const QSqlQuery& q) {
                                         BulletinSession s;
                                         s.id = q.value(0).toLongLong();
                                         s.date = sqlv::toDate(q.value(1));
                                         s.groupName = q.value(2).toString();
                                         s.topic = q.value(3).toString();
                                         s.form = sqlv::toEnum(q.value(4), SessionForm::Collective);
                                         s.trigger = sqlv::toEnum<Trigger>(q.value(5));
                                         s.expected = q.value(6).toInt();
                                         s.attended = q.value(7).toInt();
                                         out.push_back(std::move(s));
                                     });
        !ok)
        return ok.error();
    return out;
}

Result<std::vector<BulletinSession>> BulletinRepository::threeMustSessions(const ScopeRef& scope,
                                                                           const Period& period)
{
    return sessions(m_rollups ? rolledUpSessions(ThreeMusts, scope, period)
                              : statement(ThreeMusts, scope, period));
}

Result<std::vector<BulletinSession>>
BulletinRepository::bestAttended(const ScopeRef& scope, const Period& period, int limit)
{
    if (limit <= 0)
        return std::vector<BulletinSession>();
    return sessions(m_rollups ? rolledUpSessions(BestAttended, scope, period, limit)
                              : statement(BestAttended, scope, period, limit));
}

Result<std::vector<BulletinPlanItem>> BulletinRepository::planItemsNotDone(const ScopeRef& scope,
                                                                           const Period& period)
{
    std::vector<BulletinPlanItem> out;
    if (Status go = checkCancel(); !go)
        return go.error();
    const Sql sql = statement(PlanNotDone, scope, period);
    if (Status ok = sqlv::forEachRow(m_db, Statement{sql.sql, sql.binds},
                                     [&](const QSqlQuery& q) {
                                         BulletinPlanItem item;
                                         item.groupName = q.value(0).toString();
                                         item.month = q.value(1).toInt();
                                         item.topic = q.value(2).toString();
                                         out.push_back(std::move(item));
                                     });
        !ok)
        return ok.error();
    return out;
}

} // namespace sl
