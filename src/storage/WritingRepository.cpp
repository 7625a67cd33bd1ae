#include "WritingRepository.h"

#include "ActivityFilterSql.h"
#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString writingColumns = QStringLiteral(
    "w.id, w.member_id, w.kind, w.title, w.date, w.chars, w.body, w.published, w.award");

Writing readWriting(const QSqlQuery& q)
{
    Writing w;
    w.id = q.value(0).toLongLong();
    w.memberId = q.value(1).toLongLong();
    w.kind = sqlv::toEnum(q.value(2), WritingKind::Reflection);
    w.title = q.value(3).toString();
    w.date = sqlv::toDate(q.value(4));
    if (!q.value(5).isNull())
        w.chars = q.value(5).toInt();
    w.text = q.value(6).isNull() ? QString() : q.value(6).toString();
    w.published = q.value(7).toString();
    w.award = sqlv::toEnum<Award>(q.value(8));
    return w;
}

Result<std::vector<Writing>> readWritings(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<Writing> out;
    while (q.next())
        out.push_back(readWriting(q));
    return out;
}

Result<std::optional<Writing>> firstOf(Result<std::vector<Writing>> writings)
{
    if (!writings)
        return writings.error();
    if (writings->empty())
        return std::optional<Writing>();
    return std::optional<Writing>(writings->front());
}

void bindWriting(QSqlQuery& q, const Writing& w)
{
    q.addBindValue(w.memberId);
    q.addBindValue(sqlv::code(w.kind));
    q.addBindValue(sqlv::text(w.title));
    q.addBindValue(sqlv::date(w.date));
    q.addBindValue(w.chars ? QVariant(*w.chars) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(w.text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(w.text));
    q.addBindValue(sqlv::text(w.published));
    q.addBindValue(sqlv::code(w.award));
}

} // namespace

Result<qint64> WritingRepository::insert(const Writing& writing)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO writings (member_id, kind, title, date, chars, body, "
                       "published, award) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindWriting(q, writing);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status WritingRepository::update(const Writing& writing)
{
    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE writings SET member_id = ?, kind = ?, title = ?, date = ?, "
                       "chars = ?, body = ?, published = ?, award = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindWriting(q, writing);
    q.addBindValue(writing.id);
    return sqlv::exec(q);
}

Status WritingRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM writings WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Status WritingRepository::setAward(qint64 id, const std::optional<Award>& award)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE writings SET award = ? WHERE id = ?"));
    q.addBindValue(sqlv::code(award));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<std::optional<Writing>> WritingRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(QStringLiteral("SELECT ") + writingColumns +
                                  QStringLiteral(" FROM writings w WHERE w.id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return firstOf(readWritings(q));
}

Result<std::optional<Writing>> WritingRepository::byKey(qint64 memberId, const QString& title)
{
    auto prepared =
        m_db.prepared(QStringLiteral("SELECT ") + writingColumns +
                      QStringLiteral(" FROM writings w WHERE w.member_id = ? AND w.title = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(memberId);
    q.addBindValue(sqlv::text(title));
    return firstOf(readWritings(q));
}

Result<std::vector<Writing>> WritingRepository::list(qint64 memberId, const Date& from,
                                                     const Date& to)
{
    QString sql = QStringLiteral("SELECT ") + writingColumns +
                  QStringLiteral(" FROM writings w WHERE w.member_id = ?");
    if (dates::isSet(from))
        sql += QStringLiteral(" AND w.date >= ?");
    if (dates::isSet(to))
        sql += QStringLiteral(" AND w.date <= ?");
    sql += QStringLiteral(" ORDER BY w.date DESC, w.id DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(memberId);
    if (dates::isSet(from))
        q.addBindValue(sqlv::date(from));
    if (dates::isSet(to))
        q.addBindValue(sqlv::date(to));
    return readWritings(q);
}

Status WritingRepository::scan(const ActivityFilter& filter,
                               const std::function<Status(const WritingRow&)>& visit)
{
    const sqlv::FilterClause where = sqlv::whereOf(filter, QStringLiteral("w"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + writingColumns +
              QStringLiteral(", m.ext_id FROM writings w JOIN members m ON m.id = w.member_id") +
              where.sql + QStringLiteral(" ORDER BY m.ext_id, w.date, w.title"));
    for (const QVariant& v : where.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s;
    WritingRow row;
    while (q.next()) {
        row.writing = readWriting(q);
        row.memberExtId = q.value(9).toString();
        if (Status s = visit(row); !s)
            return s;
    }
    if (q.lastError().isValid())
        return sqlv::queryError(q);
    return {};
}

} // namespace sl
