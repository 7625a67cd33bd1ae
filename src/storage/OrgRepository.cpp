#include "OrgRepository.h"
#include "ScopeSql.h"

#include "Database.h"
#include "NativeRows.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectOrgs =
    QStringLiteral("SELECT id, ext_id, name, parent_id, kind, unit_type FROM organisations ");

Organisation readOrg(const QSqlQuery& q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.extId = q.value(1).toString();
    o.name = q.value(2).toString();
    o.parentId = q.value(3).toLongLong();
    o.kind = sqlv::toEnum(q.value(4), OrgKind::Branch);
    o.unitType = sqlv::toEnum<UnitType>(q.value(5));
    return o;
}

Result<std::vector<Organisation>> readAll(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<Organisation> out;
    while (q.next())
        out.push_back(readOrg(q));
    return out;
}

Result<std::optional<Organisation>> readOne(QSqlQuery& q)
{
    auto all = readAll(q);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<Organisation>();
    return std::optional<Organisation>(all->front());
}

} // namespace

Result<std::vector<Organisation>> OrgRepository::all()
{
    // Through SQLite's own API: every scope picker of a district's window reads its thousands.
    std::vector<Organisation> out;
    const Status read = scanNativeRows(
        m_db, selectOrgs + QStringLiteral("ORDER BY ext_id"), {}, [&out](const NativeRow& q) {
            Organisation& o = out.emplace_back();
            o.id = q.integer(0);
            o.extId = q.text(1);
            o.name = q.text(2);
            o.parentId = q.integer(3);
            o.kind = enumFromCode<OrgKind>(q.bytes(4)).value_or(OrgKind::Branch);
            if (!q.isNull(5))
                o.unitType = enumFromCode<UnitType>(q.bytes(5));
            return Status();
        });
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<Organisation>> OrgRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(selectOrgs + QStringLiteral("WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return readOne(q);
}

Result<std::optional<Organisation>> OrgRepository::byExtId(const QString& extId)
{
    auto prepared = m_db.prepared(selectOrgs + QStringLiteral("WHERE ext_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(extId);
    return readOne(q);
}

Result<std::vector<Organisation>> OrgRepository::byName(const QString& name)
{
    auto prepared = m_db.prepared(selectOrgs + QStringLiteral("WHERE name = ? ORDER BY ext_id"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(name);
    return readAll(q);
}

Result<std::vector<qint64>> OrgRepository::subtreeIds(qint64 rootId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sqlv::orgSubtreeSelect());
    q.addBindValue(rootId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Result<qint64> OrgRepository::insert(const Organisation& org)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO organisations (ext_id, name, parent_id, kind, unit_type) "
                       "VALUES (?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(org.extId);
    q.addBindValue(org.name);
    q.addBindValue(sqlv::id(org.parentId));
    q.addBindValue(sqlv::code(org.kind));
    q.addBindValue(sqlv::code(org.unitType));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status OrgRepository::update(const Organisation& org)
{
    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE organisations SET ext_id = ?, name = ?, parent_id = ?, "
                       "kind = ?, unit_type = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(org.extId);
    q.addBindValue(org.name);
    q.addBindValue(sqlv::id(org.parentId));
    q.addBindValue(sqlv::code(org.kind));
    q.addBindValue(sqlv::code(org.unitType));
    q.addBindValue(org.id);
    return sqlv::exec(q);
}

Status OrgRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM organisations WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<qint64> OrgRepository::count()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM organisations"));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace sl
