#include "SessionRepository.h"

#include "Database.h"
#include "SessionQuerySql.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectRows = QStringLiteral(
    "SELECT s.id, s.ext_id, s.group_id, s.date, s.start_time, s.minutes, s.form, s.topic, "
    "s.trigger, s.plan_item_id, s.speaker, s.speaker_member_id, s.speaker_expert_id, s.host, "
    "s.recorder, s.location, s.minutes_text, s.status, g.ext_id, g.name, pi.item_no, m.ext_id "
    "FROM sessions s JOIN study_groups g ON g.id = s.group_id "
    "LEFT JOIN plan_items pi ON pi.id = s.plan_item_id "
    "LEFT JOIN members m ON m.id = s.speaker_member_id");

SessionRow readRow(const QSqlQuery& q)
{
    SessionRow r;
    StudySession& s = r.session;
    s.id = q.value(0).toLongLong();
    s.extId = q.value(1).toString();
    s.groupId = q.value(2).toLongLong();
    s.date = sqlv::toDate(q.value(3));
    s.start = q.value(4).isNull()
                  ? QTime()
                  : QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
    s.minutes = q.value(5).toInt();
    s.form = sqlv::toEnum(q.value(6), SessionForm::Collective);
    s.topic = q.value(7).toString();
    s.trigger = sqlv::toEnum<Trigger>(q.value(8));
    s.planItemId = q.value(9).toLongLong();
    s.speaker = q.value(10).toString();
    s.speakerMemberId = q.value(11).toLongLong();
    s.speakerExpertId = q.value(12).toLongLong();
    s.host = q.value(13).toString();
    s.recorder = q.value(14).toString();
    s.location = q.value(15).toString();
    s.minutesText = q.value(16).toString();
    s.status = sqlv::toEnum(q.value(17), SessionStatus::Held);
    r.groupExtId = q.value(18).toString();
    r.groupName = q.value(19).toString();
    r.planItemNo = q.value(20).toInt();
    r.speakerMemberExtId = q.value(21).toString();
    return r;
}

void bindSession(QSqlQuery& q, const StudySession& s)
{
    q.addBindValue(sqlv::text(s.extId));
    q.addBindValue(s.groupId);
    q.addBindValue(sqlv::date(s.date));
    q.addBindValue(s.start.isValid() ? QVariant(s.start.toString(QStringLiteral("HH:mm")))
                                     : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(s.minutes);
    q.addBindValue(sqlv::code(s.form));
    q.addBindValue(sqlv::text(s.topic));
    q.addBindValue(sqlv::code(s.trigger));
    q.addBindValue(sqlv::id(s.planItemId));
    q.addBindValue(sqlv::text(s.speaker));
    q.addBindValue(sqlv::id(s.speakerMemberId));
    q.addBindValue(sqlv::id(s.speakerExpertId));
    q.addBindValue(sqlv::text(s.host));
    q.addBindValue(sqlv::text(s.recorder));
    q.addBindValue(sqlv::text(s.location));
    q.addBindValue(sqlv::text(s.minutesText));
    q.addBindValue(sqlv::code(s.status));
}

Result<std::vector<SessionRow>> readRows(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<SessionRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

Result<std::optional<StudySession>> firstOf(Result<std::vector<SessionRow>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<StudySession>();
    return std::optional<StudySession>(rows->front().session);
}

Result<int> countOf(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::vector<SessionMaterial>> readMaterials(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<SessionMaterial> out;
    while (q.next()) {
        SessionMaterial m;
        m.id = q.value(0).toLongLong();
        m.sessionId = q.value(1).toLongLong();
        m.fileName = q.value(2).toString();
        m.storedPath = q.value(3).toString();
        m.addedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        out.push_back(m);
    }
    return out;
}

const QString selectMaterials = QStringLiteral(
    "SELECT id, session_id, file_name, stored_path, added_at FROM session_materials ");

} // namespace

Result<std::optional<StudySession>> SessionRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(selectRows + QStringLiteral(" WHERE s.id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return firstOf(readRows(q));
}

Result<std::optional<StudySession>> SessionRepository::byExtId(const QString& extId)
{
    auto prepared = m_db.prepared(selectRows + QStringLiteral(" WHERE s.ext_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(extId);
    return firstOf(readRows(q));
}

Result<qint64> SessionRepository::insert(const StudySession& session)
{
    auto prepared = m_db.prepared(QStringLiteral(
        "INSERT INTO sessions (ext_id, group_id, date, start_time, minutes, form, topic, "
        "trigger, plan_item_id, speaker, speaker_member_id, speaker_expert_id, host, recorder, "
        "location, minutes_text, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindSession(q, session);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status SessionRepository::update(const StudySession& session)
{
    auto prepared = m_db.prepared(QStringLiteral(
        "UPDATE sessions SET ext_id = ?, group_id = ?, date = ?, start_time = ?, minutes = ?, "
        "form = ?, topic = ?, trigger = ?, plan_item_id = ?, speaker = ?, speaker_member_id = ?, "
        "speaker_expert_id = ?, host = ?, recorder = ?, location = ?, minutes_text = ?, "
        "status = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindSession(q, session);
    q.addBindValue(session.id);
    return sqlv::exec(q);
}

Status SessionRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

namespace {

// The ORDER BY of a list: the chosen column (text in pinyin order), then date, start, number.
QString orderBy(const SessionQuery& query)
{
    const QString dir =
        query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString first;
    switch (query.sortKey) {
    case SessionQuery::SortKey::ByDate:
        break;
    case SessionQuery::SortKey::ByMinutes:
        first = QStringLiteral("s.minutes");
        break;
    case SessionQuery::SortKey::ByForm:
        first = QStringLiteral("s.form");
        break;
    case SessionQuery::SortKey::ByTopic:
        first = QStringLiteral("s.topic COLLATE zh");
        break;
    case SessionQuery::SortKey::ByStatus:
        first = QStringLiteral("s.status");
        break;
    case SessionQuery::SortKey::ByGroup:
        first = QStringLiteral("g.name COLLATE zh");
        break;
    }
    const QString ties = QStringLiteral("s.date") + dir + QStringLiteral(", s.start_time") + dir +
                         QStringLiteral(", s.ext_id") + dir;
    return QStringLiteral(" ORDER BY ") + (first.isEmpty() ? ties : first + dir + ", " + ties);
}

// Whether a page is best read in the order of the date index, stopping at the page: a page by
// date over many groups (a district's year holds 25,000 sessions; sorting them all for the 100
// shown took most of the sessions area's start-up). One group's sessions, a plan item's, an
// expert's or a member's are few and found through their own index; a deep page is left to
// the planner.
bool pagedByDateIndex(const SessionQuery& query)
{
    constexpr int shallow = 2000;
    return query.sortKey == SessionQuery::SortKey::ByDate && query.groupIds.empty() &&
           query.planItemId <= 0 && query.expertId <= 0 && query.memberId <= 0 &&
           query.limit >= 0 && query.offset < shallow;
}

} // namespace

Result<std::vector<SessionRow>> SessionRepository::list(const SessionQuery& query)
{
    const sqlv::SessionWhere w = sqlv::sessionWhere(query);
    QString select = selectRows;
    if (pagedByDateIndex(query))
        select.replace(QStringLiteral("FROM sessions s "),
                       QStringLiteral("FROM sessions s INDEXED BY sessions_date "));
    QSqlQuery q(m_db.connection());
    q.prepare(select + w.sql + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    q.addBindValue(query.limit < 0 ? qint64(-1) : qint64(query.limit));
    q.addBindValue(qint64(std::max(0, query.offset)));
    return readRows(q);
}

Result<qint64> SessionRepository::count(const SessionQuery& query)
{
    const sqlv::SessionWhere w = sqlv::sessionWhere(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sessions s JOIN study_groups g ON "
                             "g.id = s.group_id") +
              w.sql);
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status SessionRepository::scan(const SessionQuery& query,
                               const std::function<Status(const SessionRow&)>& visit)
{
    const sqlv::SessionWhere w = sqlv::sessionWhere(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectRows + w.sql +
              QStringLiteral(" ORDER BY g.ext_id, s.date, s.start_time, s.ext_id"));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s;
    while (q.next()) {
        if (Status s = visit(readRow(q)); !s)
            return s;
    }
    return {};
}

Result<int> SessionRepository::attendanceCount(qint64 sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attendance WHERE session_id = ?"));
    q.addBindValue(sessionId);
    return countOf(q);
}

Result<int> SessionRepository::speechCount(qint64 sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM speeches WHERE session_id = ?"));
    q.addBindValue(sessionId);
    return countOf(q);
}

Result<std::vector<SessionMaterial>> SessionRepository::materials(qint64 sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectMaterials + QStringLiteral("WHERE session_id = ? ORDER BY id"));
    q.addBindValue(sessionId);
    return readMaterials(q);
}

Result<std::optional<SessionMaterial>> SessionRepository::material(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectMaterials + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    auto rows = readMaterials(q);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<SessionMaterial>();
    return std::optional<SessionMaterial>(rows->front());
}

Result<qint64> SessionRepository::insertMaterial(const SessionMaterial& m)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO session_materials (session_id, file_name, stored_path, "
                             "added_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m.sessionId);
    q.addBindValue(m.fileName);
    q.addBindValue(m.storedPath);
    q.addBindValue(m.addedAt.toUTC().toString(Qt::ISODate));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status SessionRepository::removeMaterial(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM session_materials WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

} // namespace sl
