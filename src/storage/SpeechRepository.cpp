#include "SpeechRepository.h"

#include "Database.h"
#include "SessionQuerySql.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectRows = QStringLiteral(
    "SELECT sp.id, sp.session_id, sp.member_id, sp.title, s.ext_id, m.ext_id, m.name "
    "FROM speeches sp JOIN sessions s ON s.id = sp.session_id "
    "JOIN study_groups g ON g.id = s.group_id JOIN members m ON m.id = sp.member_id");

Result<std::vector<SpeechRow>> readRows(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<SpeechRow> out;
    while (q.next()) {
        SpeechRow r;
        r.speech.id = q.value(0).toLongLong();
        r.speech.sessionId = q.value(1).toLongLong();
        r.speech.memberId = q.value(2).toLongLong();
        r.speech.title = q.value(3).toString();
        r.sessionExtId = q.value(4).toString();
        r.memberExtId = q.value(5).toString();
        r.memberName = q.value(6).toString();
        out.push_back(r);
    }
    return out;
}

Result<std::optional<Speech>> firstOf(Result<std::vector<SpeechRow>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Speech>();
    return std::optional<Speech>(rows->front().speech);
}

} // namespace

Result<std::vector<SpeechRow>> SpeechRepository::forSession(qint64 sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectRows + QStringLiteral(" WHERE sp.session_id = ? ORDER BY m.ext_id, sp.title"));
    q.addBindValue(sessionId);
    return readRows(q);
}

Result<std::optional<Speech>> SpeechRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(selectRows + QStringLiteral(" WHERE sp.id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return firstOf(readRows(q));
}

Result<std::optional<Speech>> SpeechRepository::byKey(qint64 sessionId, qint64 memberId,
                                                      const QString& title)
{
    auto prepared = m_db.prepared(
        selectRows +
        QStringLiteral(" WHERE sp.session_id = ? AND sp.member_id = ? AND sp.title = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(sessionId);
    q.addBindValue(memberId);
    q.addBindValue(title);
    return firstOf(readRows(q));
}

Result<qint64> SpeechRepository::insert(const Speech& speech)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO speeches (session_id, member_id, title) VALUES (?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(speech.sessionId);
    q.addBindValue(speech.memberId);
    q.addBindValue(sqlv::text(speech.title));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status SpeechRepository::update(const Speech& speech)
{
    auto prepared = m_db.prepared(QStringLiteral(
        "UPDATE speeches SET session_id = ?, member_id = ?, title = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(speech.sessionId);
    q.addBindValue(speech.memberId);
    q.addBindValue(sqlv::text(speech.title));
    q.addBindValue(speech.id);
    return sqlv::exec(q);
}

Status SpeechRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM speeches WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Status SpeechRepository::scan(const SessionQuery& sessions,
                              const std::function<Status(const SpeechRow&)>& visit)
{
    const sqlv::SessionWhere w = sqlv::sessionWhere(sessions);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectRows + w.sql +
              QStringLiteral(" ORDER BY g.ext_id, s.date, s.start_time, s.ext_id, m.ext_id, "
                             "sp.title"));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    auto rows = readRows(q);
    if (!rows)
        return rows.error();
    for (const SpeechRow& r : *rows) {
        if (Status s = visit(r); !s)
            return s;
    }
    return {};
}

} // namespace sl
