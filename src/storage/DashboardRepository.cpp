#include "DashboardRepository.h"
#include "RollupPeriod.h"
#include "ScopeSql.h"

#include "Database.h"
#include "SqlStatement.h"
#include "SqlValues.h"

#include <QStringList>

#include <map>

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

// Each organisation of O's subtree with the row it counts in: O itself for O, else the child of
// O above it. Binds the root three times.
Statement branchesCte(qint64 orgId)
{
    Statement st;
    st.add(QStringLiteral("WITH RECURSIVE branches(id, branch) AS (SELECT ?, ? UNION ALL "
                          "SELECT c.id, CASE WHEN b.id = ? THEN c.id ELSE b.branch END "
                          "FROM organisations c JOIN branches b ON c.parent_id = b.id) "),
           {orgId, orgId, orgId});
    return st;
}

QVariant iso(const Date& d)
{
    return dates::toIso(d);
}

// The month key "YYYY-MM" of a session date.
const QString monthOfDate = QStringLiteral("substr(s.date, 1, 7)");

QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

const QString attendedSum =
    QStringLiteral("SUM(CASE WHEN a.status IN ('present', 'late', 'early_leave') THEN 1 "
                   "ELSE 0 END)");

template <typename Visit> Status run(Database& db, const Statement& st, Visit visit)
{
    return sqlv::forEachRow(db, st, visit);
}

} // namespace

Result<std::vector<MonthFigures>> DashboardRepository::months(const ScopeRef& scope,
                                                              const Period& period)
{
    std::vector<MonthFigures> out = dashboard::emptyMonths(period);
    std::map<QString, size_t> index;
    for (size_t i = 0; i < out.size(); ++i)
        index.emplace(monthKey(out[i].year, out[i].month), i);
    auto at = [&](const QString& key) -> MonthFigures* {
        const auto it = index.find(key);
        return it == index.end() ? nullptr : &out[it->second];
    };
    const ScopeParts parts = partsOf(scope);
    const QVariantList inPeriod{iso(period.from), iso(period.to)};

    Statement held;
    held.add(parts.prefix)
        .add(QStringLiteral("SELECT ") + monthOfDate +
                 QStringLiteral(", COUNT(*) FROM sessions s WHERE s.status = 'held' "
                                "AND s.date >= ? AND s.date <= ? AND s.group_id"),
             inPeriod)
        .add(parts.groups)
        .add(QStringLiteral(" GROUP BY ") + monthOfDate);
    if (Status ok = run(m_db, held,
                        [&](const QSqlQuery& q) {
                            if (MonthFigures* m = at(q.value(0).toString()))
                                m->sessionsHeld = q.value(1).toInt();
                        });
        !ok)
        return ok.error();

    // Records by month: the month rows of the roll-up for whole months, else the records.
    Statement records;
    const auto rows =
        m_rollups ? sqlv::rollupRowsOf(period, QStringLiteral("r"), sqlv::RollupRows::MonthsOnly)
                  : std::nullopt;
    if (rows) {
        records.add(parts.prefix)
            .add(QStringLiteral("SELECT printf('%04d-%02d', r.year, r.month), SUM(r.records), "
                                "SUM(r.attended) FROM group_rollup r WHERE r.group_id"))
            .add(parts.groups)
            .add(*rows)
            .add(QStringLiteral(" GROUP BY r.year, r.month"));
    } else {
        records.add(parts.prefix)
            .add(QStringLiteral("SELECT ") + monthOfDate + QStringLiteral(", COUNT(*), ") +
                     attendedSum +
                     QStringLiteral(" FROM attendance a JOIN sessions s ON s.id = a.session_id "
                                    "WHERE s.status = 'held' AND s.date >= ? AND s.date <= ? "
                                    "AND a.status <> 'observer' AND s.group_id"),
                 inPeriod)
            .add(parts.groups)
            .add(QStringLiteral(" GROUP BY ") + monthOfDate);
    }
    if (Status ok = run(m_db, records,
                        [&](const QSqlQuery& q) {
                            if (MonthFigures* m = at(q.value(0).toString())) {
                                m->expected = q.value(1).toInt();
                                m->attended = q.value(2).toInt();
                            }
                        });
        !ok)
        return ok.error();

    if (out.empty())
        return out;
    Statement plan;
    plan.add(parts.prefix)
        .add(QStringLiteral("SELECT p.year, i.month, COUNT(*) FROM plan_items i "
                            "JOIN study_plans p ON p.id = i.plan_id "
                            "WHERE p.year * 100 + i.month BETWEEN ? AND ? AND p.group_id"),
             {out.front().year * 100 + out.front().month, out.back().year * 100 + out.back().month})
        .add(parts.groups)
        .add(QStringLiteral(" GROUP BY p.year, i.month"));
    if (Status ok = run(m_db, plan,
                        [&](const QSqlQuery& q) {
                            if (MonthFigures* m =
                                    at(monthKey(q.value(0).toInt(), q.value(1).toInt())))
                                m->planItems = q.value(2).toInt();
                        });
        !ok)
        return ok.error();
    return out;
}

Result<std::vector<SubOrgFigures>> DashboardRepository::subOrganisations(qint64 orgId,
                                                                         const Period& period)
{
    std::vector<SubOrgFigures> out;
    QHash<qint64, size_t> index;
    {
        Statement st;
        st.add(QStringLiteral("SELECT o.id, o.ext_id, o.name FROM organisations o "
                              "WHERE o.id = ? OR o.parent_id = ? "
                              "ORDER BY CASE WHEN o.id = ? THEN 0 ELSE 1 END, o.ext_id"),
               {orgId, orgId, orgId});
        if (Status ok = run(m_db, st,
                            [&](const QSqlQuery& q) {
                                SubOrgFigures f;
                                f.orgId = q.value(0).toLongLong();
                                f.extId = q.value(1).toString();
                                f.name = q.value(2).toString();
                                f.ownLevel = f.orgId == orgId;
                                index.insert(f.orgId, out.size());
                                out.push_back(std::move(f));
                            });
            !ok)
            return ok.error();
    }
    if (out.empty())
        return out;
    auto at = [&](qint64 id) -> SubOrgFigures* {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out[*it];
    };
    const QVariantList inPeriod{iso(period.from), iso(period.to)};

    Statement held;
    held.add(branchesCte(orgId))
        .add(QStringLiteral("SELECT b.branch, COUNT(*) FROM sessions s "
                            "JOIN study_groups g ON g.id = s.group_id "
                            "JOIN branches b ON b.id = g.org_id "
                            "WHERE s.status = 'held' AND s.date >= ? AND s.date <= ? "
                            "GROUP BY b.branch"),
             inPeriod);
    if (Status ok = run(m_db, held,
                        [&](const QSqlQuery& q) {
                            if (SubOrgFigures* f = at(q.value(0).toLongLong()))
                                f->sessionsHeld = q.value(1).toInt();
                        });
        !ok)
        return ok.error();

    // Records by branch: the group roll-up for whole months, else the records.
    Statement records;
    if (const auto rows =
            m_rollups ? sqlv::rollupRowsOf(period, QStringLiteral("r")) : std::nullopt) {
        records.add(branchesCte(orgId))
            .add(QStringLiteral("SELECT b.branch, SUM(r.records), SUM(r.attended) "
                                "FROM group_rollup r JOIN study_groups g ON g.id = r.group_id "
                                "JOIN branches b ON b.id = g.org_id WHERE 1"))
            .add(*rows)
            .add(QStringLiteral(" GROUP BY b.branch"));
    } else {
        records.add(branchesCte(orgId))
            .add(QStringLiteral("SELECT b.branch, COUNT(*), ") + attendedSum +
                     QStringLiteral(" FROM attendance a JOIN sessions s ON s.id = a.session_id "
                                    "JOIN study_groups g ON g.id = s.group_id "
                                    "JOIN branches b ON b.id = g.org_id "
                                    "WHERE s.status = 'held' AND s.date >= ? AND s.date <= ? "
                                    "AND a.status <> 'observer' GROUP BY b.branch"),
                 inPeriod);
    }
    if (Status ok = run(m_db, records,
                        [&](const QSqlQuery& q) {
                            if (SubOrgFigures* f = at(q.value(0).toLongLong())) {
                                f->expected = q.value(1).toInt();
                                f->attended = q.value(2).toInt();
                            }
                        });
        !ok)
        return ok.error();

    const auto months = dashboard::monthsOf(period);
    if (months.empty())
        return out;
    Statement plan;
    plan.add(branchesCte(orgId))
        .add(QStringLiteral("SELECT b.branch, COUNT(*) FROM plan_items i "
                            "JOIN study_plans p ON p.id = i.plan_id "
                            "JOIN study_groups g ON g.id = p.group_id "
                            "JOIN branches b ON b.id = g.org_id "
                            "WHERE p.year * 100 + i.month BETWEEN ? AND ? GROUP BY b.branch"),
             {months.front().first * 100 + months.front().second,
              months.back().first * 100 + months.back().second});
    if (Status ok = run(m_db, plan,
                        [&](const QSqlQuery& q) {
                            if (SubOrgFigures* f = at(q.value(0).toLongLong()))
                                f->planItems = q.value(1).toInt();
                        });
        !ok)
        return ok.error();
    return out;
}

Result<QHash<qint64, qint64>> DashboardRepository::orgBranches(qint64 orgId)
{
    QHash<qint64, qint64> out;
    Statement st;
    st.add(branchesCte(orgId)).add(QStringLiteral("SELECT b.id, b.branch FROM branches b"));
    if (Status ok = run(m_db, st,
                        [&](const QSqlQuery& q) {
                            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
                        });
        !ok)
        return ok.error();
    return out;
}

Result<std::vector<DashboardSession>> DashboardRepository::sessions(const ScopeRef& scope,
                                                                    const Period& period)
{
    std::vector<DashboardSession> out;
    const ScopeParts parts = partsOf(scope);
    Statement st;
    const QString columns =
        QStringLiteral("SELECT s.id, s.ext_id, s.date, g.name, s.topic, s.form, s.minutes, "
                       "s.plan_item_id IS NOT NULL, ");
    const QVariantList inPeriod{iso(period.from), iso(period.to)};
    if (m_rollups) {
        // Each session's records and attended from its roll-up row (none: no records), not its
        // attendance joined and grouped.
        st.add(parts.prefix)
            .add(columns +
                     QStringLiteral("ifnull(sr.records, 0), ifnull(sr.attended, 0) "
                                    "FROM sessions s JOIN study_groups g ON g.id = s.group_id "
                                    "LEFT JOIN session_rollup sr ON sr.session_id = s.id "
                                    "WHERE s.status = 'held' AND s.date >= ? AND s.date <= ? "
                                    "AND s.group_id"),
                 inPeriod)
            .add(parts.groups)
            .add(QStringLiteral(" ORDER BY s.date, s.ext_id"));
    } else {
        st.add(parts.prefix)
            .add(columns +
                     QStringLiteral("SUM(CASE WHEN a.status IS NOT NULL AND a.status <> "
                                    "'observer' THEN 1 ELSE 0 END), ") +
                     attendedSum +
                     QStringLiteral(" FROM sessions s JOIN study_groups g ON g.id = s.group_id "
                                    "LEFT JOIN attendance a ON a.session_id = s.id "
                                    "WHERE s.status = 'held' AND s.date >= ? AND s.date <= ? "
                                    "AND s.group_id"),
                 inPeriod)
            .add(parts.groups)
            .add(QStringLiteral(" GROUP BY s.id, s.ext_id, s.date, g.name, s.topic, s.form, "
                                "s.minutes, s.plan_item_id ORDER BY s.date, s.ext_id"));
    }
    if (Status ok = run(m_db, st,
                        [&](const QSqlQuery& q) {
                            DashboardSession d;
                            d.id = q.value(0).toLongLong();
                            d.extId = q.value(1).toString();
                            d.date = sqlv::toDate(q.value(2));
                            d.groupName = q.value(3).toString();
                            d.topic = q.value(4).toString();
                            d.form = sqlv::toEnum(q.value(5), SessionForm::Collective);
                            d.minutes = q.value(6).toInt();
                            d.fromPlan = q.value(7).toBool();
                            d.expected = q.value(8).toInt();
                            d.attended = q.value(9).toInt();
                            out.push_back(std::move(d));
                        });
        !ok)
        return ok.error();
    return out;
}

} // namespace sl
