#include "ModelUnitRepository.h"

#include "Database.h"
#include "ScopeSql.h"
#include "SqlValues.h"

#include <QStringList>

namespace sl {

namespace {

const QString selectUnits =
    QStringLiteral("SELECT u.id, u.name, u.org_id, u.kind, u.year, u.status, o.ext_id, o.name "
                   "FROM model_units u JOIN organisations o ON o.id = u.org_id");

Result<std::vector<ModelUnitRow>> readUnits(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<ModelUnitRow> out;
    while (q.next()) {
        ModelUnitRow r;
        r.unit.id = q.value(0).toLongLong();
        r.unit.name = q.value(1).toString();
        r.unit.orgId = q.value(2).toLongLong();
        r.unit.kind = sqlv::toEnum(q.value(3), ModelKind::DemoSite);
        r.unit.year = q.value(4).toInt();
        r.unit.status = sqlv::toEnum(q.value(5), ModelStatus::Applied);
        r.orgExtId = q.value(6).toString();
        r.orgName = q.value(7).toString();
        out.push_back(r);
    }
    return out;
}

void bindUnit(QSqlQuery& q, const ModelUnit& u)
{
    q.addBindValue(sqlv::text(u.name));
    q.addBindValue(u.orgId);
    q.addBindValue(sqlv::code(u.kind));
    q.addBindValue(u.year);
    q.addBindValue(sqlv::code(u.status));
}

} // namespace

Result<std::vector<ModelUnitRow>> ModelUnitRepository::list(const ModelUnitQuery& query)
{
    QStringList parts;
    QVariantList values;
    if (query.rootOrgId > 0) {
        parts << QStringLiteral("u.org_id") + sqlv::inOrgSubtree();
        values << query.rootOrgId;
    }
    if (query.year > 0) {
        parts << QStringLiteral("u.year = ?");
        values << query.year;
    }
    if (query.kind) {
        parts << QStringLiteral("u.kind = ?");
        values << sqlv::code(*query.kind);
    }
    if (query.status) {
        parts << QStringLiteral("u.status = ?");
        values << sqlv::code(*query.status);
    }
    QString sql = selectUnits;
    if (!parts.isEmpty())
        sql += QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY u.year DESC, u.name COLLATE zh, u.id");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return readUnits(q);
}

Result<std::optional<ModelUnit>> ModelUnitRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectUnits + QStringLiteral(" WHERE u.id = ?"));
    q.addBindValue(id);
    auto rows = readUnits(q);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<ModelUnit>();
    return std::optional<ModelUnit>(rows->front().unit);
}

Result<qint64> ModelUnitRepository::insert(const ModelUnit& unit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO model_units (name, org_id, kind, year, status) VALUES (?, ?, ?, ?, ?)"));
    bindUnit(q, unit);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ModelUnitRepository::update(const ModelUnit& unit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE model_units SET name = ?, org_id = ?, kind = ?, year = ?, "
                             "status = ? WHERE id = ?"));
    bindUnit(q, unit);
    q.addBindValue(unit.id);
    return sqlv::exec(q);
}

Status ModelUnitRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM model_units WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<std::vector<ModelUnitChange>> ModelUnitRepository::history(qint64 unitId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, unit_id, status, changed_on, note FROM "
                             "model_unit_history WHERE unit_id = ? ORDER BY changed_on, id"));
    q.addBindValue(unitId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<ModelUnitChange> out;
    while (q.next()) {
        ModelUnitChange c;
        c.id = q.value(0).toLongLong();
        c.unitId = q.value(1).toLongLong();
        c.status = sqlv::toEnum(q.value(2), ModelStatus::Applied);
        c.changedOn = sqlv::toDate(q.value(3));
        c.note = q.value(4).toString();
        out.push_back(c);
    }
    return out;
}

Result<qint64> ModelUnitRepository::insertChange(const ModelUnitChange& change)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO model_unit_history (unit_id, status, changed_on, note) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(change.unitId);
    q.addBindValue(sqlv::code(change.status));
    q.addBindValue(sqlv::date(change.changedOn));
    q.addBindValue(sqlv::text(change.note));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ModelUnitRepository::removeChange(qint64 changeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM model_unit_history WHERE id = ?"));
    q.addBindValue(changeId);
    return sqlv::exec(q);
}

} // namespace sl
