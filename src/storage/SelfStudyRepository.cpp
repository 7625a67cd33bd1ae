#include "SelfStudyRepository.h"

#include "ActivityFilterSql.h"
#include "Database.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "TextRows.h"

#include "domain/CharCount.h"

namespace sl {

namespace {

const QString entryColumns =
    QStringLiteral("s.id, s.member_id, s.date, s.minutes, s.material, s.medium, s.notes");

SelfStudyEntry readEntry(const QSqlQuery& q)
{
    SelfStudyEntry e;
    e.id = q.value(0).toLongLong();
    e.memberId = q.value(1).toLongLong();
    e.date = sqlv::toDate(q.value(2));
    e.minutes = q.value(3).toInt();
    e.material = q.value(4).toString();
    e.medium = sqlv::toEnum<Medium>(q.value(5));
    e.notes = q.value(6).toString();
    return e;
}

Result<std::vector<SelfStudyEntry>> readEntries(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<SelfStudyEntry> out;
    while (q.next())
        out.push_back(readEntry(q));
    return out;
}

Result<std::optional<SelfStudyEntry>> firstOf(Result<std::vector<SelfStudyEntry>> entries)
{
    if (!entries)
        return entries.error();
    if (entries->empty())
        return std::optional<SelfStudyEntry>();
    return std::optional<SelfStudyEntry>(entries->front());
}

void bindEntry(QSqlQuery& q, const SelfStudyEntry& e)
{
    q.addBindValue(e.memberId);
    q.addBindValue(sqlv::date(e.date));
    q.addBindValue(e.minutes);
    q.addBindValue(sqlv::text(e.material));
    q.addBindValue(sqlv::code(e.medium));
    q.addBindValue(sqlv::text(e.notes));
    q.addBindValue(countCharacters(e.notes));
}

QString likePrefix(const QString& prefix)
{
    return sqlv::likeEscaped(prefix) + QLatin1Char('%');
}

} // namespace

namespace {

const QString insertSelfStudySql =
    QStringLiteral("INSERT INTO self_study (member_id, date, minutes, material, medium, "
                   "notes, notes_chars) VALUES (?, ?, ?, ?, ?, ?, ?)");

} // namespace

Result<qint64> SelfStudyRepository::insert(const SelfStudyEntry& entry)
{
    return sqlv::insertRow(m_db, insertSelfStudySql, [&](QSqlQuery& q) { bindEntry(q, entry); });
}

Result<qint64> SelfStudyRepository::insertNew(const SelfStudyEntry& entry)
{
    return sqlv::insertRow(
        m_db,
        insertSelfStudySql + QStringLiteral(" ON CONFLICT (member_id, date, material) DO NOTHING"),
        [&](QSqlQuery& q) { bindEntry(q, entry); });
}

Status SelfStudyRepository::update(const SelfStudyEntry& entry)
{
    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE self_study SET member_id = ?, date = ?, minutes = ?, "
                       "material = ?, medium = ?, notes = ?, notes_chars = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindEntry(q, entry);
    q.addBindValue(entry.id);
    return sqlv::exec(q);
}

Status SelfStudyRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM self_study WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<std::optional<SelfStudyEntry>> SelfStudyRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(QStringLiteral("SELECT ") + entryColumns +
                                  QStringLiteral(" FROM self_study s WHERE s.id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return firstOf(readEntries(q));
}

Result<std::optional<SelfStudyEntry>> SelfStudyRepository::byKey(qint64 memberId, const Date& date,
                                                                 const QString& material)
{
    auto prepared =
        m_db.prepared(QStringLiteral("SELECT ") + entryColumns +
                      QStringLiteral(" FROM self_study s WHERE s.member_id = ? AND s.date = ? AND "
                                     "s.material = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(memberId);
    q.addBindValue(sqlv::date(date));
    q.addBindValue(sqlv::text(material));
    return firstOf(readEntries(q));
}

Result<std::vector<SelfStudyEntry>> SelfStudyRepository::list(qint64 memberId, const Date& from,
                                                              const Date& to)
{
    QString sql = QStringLiteral("SELECT ") + entryColumns +
                  QStringLiteral(" FROM self_study s WHERE s.member_id = ?");
    if (dates::isSet(from))
        sql += QStringLiteral(" AND s.date >= ?");
    if (dates::isSet(to))
        sql += QStringLiteral(" AND s.date <= ?");
    sql += QStringLiteral(" ORDER BY s.date DESC, s.id DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(memberId);
    if (dates::isSet(from))
        q.addBindValue(sqlv::date(from));
    if (dates::isSet(to))
        q.addBindValue(sqlv::date(to));
    return readEntries(q);
}

Result<QStringList> SelfStudyRepository::materials(qint64 memberId, const QString& prefix,
                                                   int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT material FROM self_study WHERE member_id = ? AND material "
                             "LIKE ? ESCAPE '\\' GROUP BY material "
                             "ORDER BY max(date) DESC, max(id) DESC LIMIT ?"));
    q.addBindValue(memberId);
    q.addBindValue(likePrefix(prefix));
    q.addBindValue(limit);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status SelfStudyRepository::scan(const ActivityFilter& filter,
                                 const std::function<Status(const SelfStudyRow&)>& visit)
{
    const sqlv::FilterClause where = sqlv::whereOf(filter, QStringLiteral("s"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + entryColumns +
              QStringLiteral(", m.ext_id FROM self_study s JOIN members m ON m.id = s.member_id") +
              where.sql + QStringLiteral(" ORDER BY m.ext_id, s.date, s.material"));
    for (const QVariant& v : where.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s;
    SelfStudyRow row;
    while (q.next()) {
        row.entry = readEntry(q);
        row.memberExtId = q.value(7).toString();
        if (Status s = visit(row); !s)
            return s;
    }
    if (q.lastError().isValid())
        return sqlv::queryError(q);
    return {};
}

Status SelfStudyRepository::scanText(const ActivityFilter& filter,
                                     const std::function<Status(const TextRow&)>& visit)
{
    const sqlv::FilterClause where = sqlv::whereOf(filter, QStringLiteral("s"));
    return scanTextRows(m_db,
                        QStringLiteral("SELECT m.ext_id, s.date, s.minutes, s.material, s.medium, "
                                       "s.notes FROM self_study s JOIN members m ON m.id = "
                                       "s.member_id") +
                            where.sql + QStringLiteral(" ORDER BY m.ext_id, s.date, s.material"),
                        where.values, visit);
}

} // namespace sl
