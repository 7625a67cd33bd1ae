#include "PackageRepository.h"

#include "Database.h"
#include "ScopeSql.h"
#include "SqlStatement.h"

namespace sl {

namespace {

QString tableName(PackageRepository::Table table)
{
    switch (table) {
    case PackageRepository::Table::Organisations:
        return QStringLiteral("organisations");
    case PackageRepository::Table::Groups:
        return QStringLiteral("study_groups");
    case PackageRepository::Table::Members:
        break;
    }
    return QStringLiteral("members");
}

constexpr int kChunk = 500; // bound values per IN list, well below SQLite's limit

} // namespace

Result<std::vector<PackageAdjustment>> PackageRepository::adjustments(qint64 rootOrgId, int year)
{
    const QString yearClause = year > 0 ? QStringLiteral(" AND a.year = ?") : QString();
    const QVariantList yearBind = year > 0 ? QVariantList{year} : QVariantList{};
    sqlv::Statement st;
    st.add(QStringLiteral("SELECT 0, g.ext_id, a.year, m.ext_id, a.delta, a.reason, a.made_at "
                          "FROM assessment_adjustments a "
                          "JOIN study_groups g ON g.id = a.group_id "
                          "JOIN members m ON m.id = a.member_id WHERE g.org_id") +
               sqlv::inOrgSubtree() + yearClause,
           QVariantList{rootOrgId} + yearBind);
    st.add(QStringLiteral(" UNION ALL SELECT 1, o.ext_id, a.year, m.ext_id, a.delta, a.reason, "
                          "a.made_at FROM org_assessment_adjustments a "
                          "JOIN organisations o ON o.id = a.org_id "
                          "JOIN members m ON m.id = a.member_id WHERE a.org_id") +
               sqlv::inOrgSubtree() + yearClause,
           QVariantList{rootOrgId} + yearBind);
    st.add(QStringLiteral(" ORDER BY 1, 2, 3, 4"));
    std::vector<PackageAdjustment> out;
    Status read = sqlv::forEachRow(m_db, st, [&out](QSqlQuery& q) {
        PackageAdjustment a;
        a.orgScope = q.value(0).toInt() == 1;
        a.scopeExtId = q.value(1).toString();
        a.year = q.value(2).toInt();
        a.memberExtId = q.value(3).toString();
        a.delta = q.value(4).toDouble();
        a.reason = q.value(5).toString();
        a.madeAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        out.push_back(std::move(a));
    });
    if (!read)
        return read.error();
    return out;
}

Result<QHash<QString, PackageRepository::Named>>
PackageRepository::lookUp(Table table, const QStringList& extIds)
{
    QHash<QString, Named> out;
    for (qsizetype start = 0; start < extIds.size(); start += kChunk) {
        const QStringList chunk = extIds.mid(start, kChunk);
        sqlv::Statement st;
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QVariantList binds;
        for (const QString& id : chunk)
            binds << id;
        st.add(QStringLiteral("SELECT ext_id, id, name FROM %1 WHERE ext_id IN (%2)")
                   .arg(tableName(table), marks.join(QLatin1Char(','))),
               binds);
        Status read = sqlv::forEachRow(m_db, st, [&out](QSqlQuery& q) {
            out.insert(q.value(0).toString(),
                       Named{q.value(1).toLongLong(), q.value(2).toString()});
        });
        if (!read)
            return read.error();
    }
    return out;
}

} // namespace sl
