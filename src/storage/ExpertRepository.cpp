#include "ExpertRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectExperts =
    QStringLiteral("SELECT id, name, title, affiliation, fields FROM experts ");

Result<std::vector<Expert>> readExperts(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<Expert> out;
    while (q.next()) {
        Expert e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.title = q.value(2).toString();
        e.affiliation = q.value(3).toString();
        e.fields = q.value(4).toString();
        out.push_back(e);
    }
    return out;
}

void bindExpert(QSqlQuery& q, const Expert& e)
{
    q.addBindValue(sqlv::text(e.name));
    q.addBindValue(sqlv::text(e.title));
    q.addBindValue(sqlv::text(e.affiliation));
    q.addBindValue(sqlv::text(e.fields));
}

} // namespace

Result<std::vector<Expert>> ExpertRepository::all()
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectExperts + QStringLiteral("ORDER BY name COLLATE zh, id"));
    return readExperts(q);
}

Result<std::optional<Expert>> ExpertRepository::byId(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectExperts + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    auto rows = readExperts(q);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Expert>();
    return std::optional<Expert>(rows->front());
}

Result<std::vector<Expert>> ExpertRepository::byName(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectExperts + QStringLiteral("WHERE name = ? ORDER BY id"));
    q.addBindValue(name);
    return readExperts(q);
}

Result<qint64> ExpertRepository::insert(const Expert& expert)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO experts (name, title, affiliation, fields) VALUES (?, ?, ?, ?)"));
    bindExpert(q, expert);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ExpertRepository::update(const Expert& expert)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE experts SET name = ?, title = ?, affiliation = ?, fields = ? WHERE id = ?"));
    bindExpert(q, expert);
    q.addBindValue(expert.id);
    return sqlv::exec(q);
}

Status ExpertRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM experts WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<int> ExpertRepository::sessionCount(qint64 expertId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sessions WHERE speaker_expert_id = ?"));
    q.addBindValue(expertId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace sl
