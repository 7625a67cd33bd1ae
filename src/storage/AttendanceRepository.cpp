#include "AttendanceRepository.h"

#include "Database.h"
#include "SessionQuerySql.h"
#include "SqlStatement.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString recordColumns = QStringLiteral(
    "a.id, a.session_id, a.member_id, a.status, a.reason, a.makeup_date, a.makeup_note");

Attendance readRecord(const QSqlQuery& q)
{
    Attendance a;
    a.id = q.value(0).toLongLong();
    a.sessionId = q.value(1).toLongLong();
    a.memberId = q.value(2).toLongLong();
    a.status = sqlv::toEnum(q.value(3), AttendanceStatus::Present);
    a.reason = q.value(4).toString();
    a.makeupDate = sqlv::toDate(q.value(5));
    a.makeupNote = q.value(6).toString();
    return a;
}

void bindRecord(QSqlQuery& q, const Attendance& a)
{
    q.addBindValue(a.sessionId);
    q.addBindValue(a.memberId);
    q.addBindValue(sqlv::code(a.status));
    q.addBindValue(sqlv::text(a.reason));
    q.addBindValue(sqlv::date(a.makeupDate));
    q.addBindValue(sqlv::text(a.makeupNote));
}

Result<std::optional<Attendance>> firstRecord(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Attendance>();
    return std::optional<Attendance>(readRecord(q));
}

// The ledger's WHERE clause. The status condition is written as the partial index
// attendance_makeup has it, so that the index serves the ledger.
sqlv::SessionWhere makeupWhere(const MakeupQuery& query)
{
    SessionQuery sessions;
    sessions.groupIds = query.groupIds;
    sessions.rootOrgId = query.rootOrgId;
    sessions.from = query.from;
    sessions.to = query.to;
    sessions.status = SessionStatus::Held;
    sqlv::SessionWhere w = sqlv::sessionWhere(sessions);
    w.sql += QStringLiteral(" AND a.status IN ('excused', 'absent')");
    if (query.memberId > 0) {
        w.sql += QStringLiteral(" AND a.member_id = ?");
        w.values << query.memberId;
    }
    if (query.state == MakeupQuery::State::Owing)
        w.sql += QStringLiteral(" AND a.makeup_date IS NULL");
    else if (query.state == MakeupQuery::State::Done)
        w.sql += QStringLiteral(" AND a.makeup_date IS NOT NULL");
    return w;
}

const QString makeupFrom =
    QStringLiteral(" FROM attendance a JOIN sessions s ON s.id = a.session_id "
                   "JOIN study_groups g ON g.id = s.group_id JOIN members m ON m.id = a.member_id");

// The same rows read session by session in date order (CROSS JOIN keeps that order of the
// tables), for a page by date over many groups: the page stops after its rows instead of
// sorting a district's year of excused and absent records (81,000) for the 100 shown.
const QString makeupFromByDate =
    QStringLiteral(" FROM sessions s CROSS JOIN study_groups g ON g.id = s.group_id "
                   "CROSS JOIN attendance a ON a.session_id = s.id "
                   "CROSS JOIN members m ON m.id = a.member_id");

// Whether a page of the ledger is read in session date order (makeupFromByDate): by date, over
// more than one group, not one member's records (those are few and found by the member), not
// a deep page.
bool pagedBySessionDate(const MakeupQuery& query)
{
    constexpr int shallow = 2000;
    return query.sortKey == MakeupQuery::SortKey::SessionDate && query.groupIds.empty() &&
           query.memberId <= 0 && query.limit >= 0 && query.offset < shallow;
}

// The calendar year that `query`'s dates span exactly, or 0.
int wholeYearOf(const MakeupQuery& query)
{
    if (!dates::isSet(query.from) || !dates::isSet(query.to) ||
        query.from.year() != query.to.year())
        return 0;
    const int year = int(query.from.year());
    const Date first(static_cast<unsigned short>(year), 1, 1);
    const Date last(static_cast<unsigned short>(year), 12, 31);
    return query.from == first && query.to == last ? year : 0;
}

// The ORDER BY of the make-up ledger: the chosen column (text in pinyin order), then session
// date and number, member number.
QString makeupOrderBy(const MakeupQuery& query)
{
    const QString dir =
        query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString first;
    switch (query.sortKey) {
    case MakeupQuery::SortKey::SessionDate:
        break;
    case MakeupQuery::SortKey::Group:
        first = QStringLiteral("g.name COLLATE zh");
        break;
    case MakeupQuery::SortKey::Topic:
        first = QStringLiteral("s.topic COLLATE zh");
        break;
    case MakeupQuery::SortKey::Member:
        first = QStringLiteral("m.name COLLATE zh");
        break;
    case MakeupQuery::SortKey::MakeupDate:
        first = QStringLiteral("a.makeup_date");
        break;
    }
    const QString ties = QStringLiteral("s.date") + dir + QStringLiteral(", s.ext_id") + dir +
                         QStringLiteral(", m.ext_id") + dir;
    return QStringLiteral(" ORDER BY ") + (first.isEmpty() ? ties : first + dir + ", " + ties);
}

} // namespace

Result<std::vector<AttendanceRow>> AttendanceRepository::forSession(qint64 sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + recordColumns +
              QStringLiteral(", s.ext_id, m.ext_id, m.name FROM attendance a JOIN sessions s ON "
                             "s.id = a.session_id JOIN members m ON m.id = a.member_id "
                             "WHERE a.session_id = ? ORDER BY m.ext_id"));
    q.addBindValue(sessionId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<AttendanceRow> out;
    while (q.next()) {
        AttendanceRow r;
        r.record = readRecord(q);
        r.sessionExtId = q.value(7).toString();
        r.memberExtId = q.value(8).toString();
        r.memberName = q.value(9).toString();
        out.push_back(r);
    }
    return out;
}

Result<std::optional<Attendance>> AttendanceRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(QStringLiteral("SELECT ") + recordColumns +
                                  QStringLiteral(" FROM attendance a WHERE a.id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return firstRecord(q);
}

Result<std::optional<Attendance>> AttendanceRepository::byKey(qint64 sessionId, qint64 memberId)
{
    auto prepared = m_db.prepared(
        QStringLiteral("SELECT ") + recordColumns +
        QStringLiteral(" FROM attendance a WHERE a.session_id = ? AND a.member_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(sessionId);
    q.addBindValue(memberId);
    return firstRecord(q);
}

namespace {

const QString insertAttendanceSql =
    QStringLiteral("INSERT INTO attendance (session_id, member_id, status, reason, "
                   "makeup_date, makeup_note) VALUES (?, ?, ?, ?, ?, ?)");

} // namespace

Result<qint64> AttendanceRepository::insert(const Attendance& record)
{
    return sqlv::insertRow(m_db, insertAttendanceSql, [&](QSqlQuery& q) { bindRecord(q, record); });
}

Result<qint64> AttendanceRepository::insertNew(const Attendance& record)
{
    return sqlv::insertRow(m_db,
                           insertAttendanceSql +
                               QStringLiteral(" ON CONFLICT (session_id, member_id) DO NOTHING"),
                           [&](QSqlQuery& q) { bindRecord(q, record); });
}

Status AttendanceRepository::update(const Attendance& record)
{
    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE attendance SET session_id = ?, member_id = ?, status = ?, "
                       "reason = ?, makeup_date = ?, makeup_note = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindRecord(q, record);
    q.addBindValue(record.id);
    return sqlv::exec(q);
}

Status AttendanceRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM attendance WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<std::vector<MakeupRow>> AttendanceRepository::makeup(const MakeupQuery& query)
{
    const sqlv::SessionWhere w = makeupWhere(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + recordColumns +
              QStringLiteral(", m.ext_id, m.name, g.id, g.ext_id, g.name, s.ext_id, s.date, "
                             "s.form, s.topic") +
              (pagedBySessionDate(query) ? makeupFromByDate : makeupFrom) + w.sql +
              makeupOrderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    q.addBindValue(query.limit < 0 ? qint64(-1) : qint64(query.limit));
    q.addBindValue(qint64(std::max(0, query.offset)));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<MakeupRow> out;
    while (q.next()) {
        MakeupRow r;
        r.record = readRecord(q);
        r.memberExtId = q.value(7).toString();
        r.memberName = q.value(8).toString();
        r.groupId = q.value(9).toLongLong();
        r.groupExtId = q.value(10).toString();
        r.groupName = q.value(11).toString();
        r.sessionExtId = q.value(12).toString();
        r.sessionDate = sqlv::toDate(q.value(13));
        r.form = sqlv::toEnum(q.value(14), SessionForm::Collective);
        r.topic = q.value(15).toString();
        out.push_back(r);
    }
    return out;
}

Result<qint64> AttendanceRepository::makeupCount(const MakeupQuery& query)
{
    if (wholeYearOf(query)) { // a calendar year: from the roll-up, as makeupCounts
        auto counts = makeupCounts(query);
        if (!counts)
            return counts.error();
        return counts->total;
    }
    const sqlv::SessionWhere w = makeupWhere(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*)") + makeupFrom + w.sql);
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

namespace {

// The counts of a calendar year from the attendance roll-up's year rows (kept by the storage in
// the same transactions as the records, checked against a recount by `check`): its excused and
// absent records of held sessions and those made up, per member and group, instead of the
// records themselves.
Result<MakeupCounts> makeupCountsOfYear(Database& db, const MakeupQuery& query, int year)
{
    QString sql =
        QStringLiteral("SELECT coalesce(sum(r.excused + r.absent), 0), coalesce(sum(r.made_up), 0) "
                       "FROM attendance_rollup r");
    QVariantList values;
    QStringList where{QStringLiteral("r.year = ?"), QStringLiteral("r.month = 0")};
    values << year;
    if (query.rootOrgId > 0) {
        sql += QStringLiteral(" JOIN study_groups g ON g.id = r.group_id");
        where << QStringLiteral("g.org_id") + sqlv::inOrgSubtree();
        values << query.rootOrgId;
    }
    if (!query.groupIds.empty()) {
        QStringList marks;
        for (qint64 id : query.groupIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        where << QStringLiteral("r.group_id IN (") + marks.join(QLatin1Char(',')) +
                     QLatin1Char(')');
    }
    if (query.memberId > 0) {
        where << QStringLiteral("r.member_id = ?");
        values << query.memberId;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    qint64 records = 0;
    qint64 madeUp = 0;
    if (q.next()) {
        records = q.value(0).toLongLong();
        madeUp = q.value(1).toLongLong();
    }
    MakeupCounts counts;
    switch (query.state) {
    case MakeupQuery::State::Any:
        counts.total = records;
        counts.owed = records - madeUp;
        break;
    case MakeupQuery::State::Owing:
        counts.total = records - madeUp;
        counts.owed = counts.total;
        break;
    case MakeupQuery::State::Done:
        counts.total = madeUp;
        counts.owed = 0;
        break;
    }
    return counts;
}

} // namespace

Result<MakeupCounts> AttendanceRepository::makeupCounts(const MakeupQuery& query)
{
    if (const int year = wholeYearOf(query))
        return makeupCountsOfYear(m_db, query, year);
    const sqlv::SessionWhere w = makeupWhere(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE a.makeup_date IS NULL)") +
              makeupFrom + w.sql);
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    MakeupCounts counts;
    if (q.next()) {
        counts.total = q.value(0).toLongLong();
        counts.owed = q.value(1).toLongLong();
    }
    return counts;
}

Status AttendanceRepository::scan(const SessionQuery& sessions,
                                  const std::function<Status(const AttendanceRow&)>& visit)
{
    const sqlv::SessionWhere w = sqlv::sessionWhere(sessions);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + recordColumns +
              QStringLiteral(", s.ext_id, m.ext_id, m.name FROM attendance a JOIN sessions s ON "
                             "s.id = a.session_id JOIN study_groups g ON g.id = s.group_id "
                             "JOIN members m ON m.id = a.member_id") +
              w.sql +
              QStringLiteral(" ORDER BY g.ext_id, s.date, s.start_time, s.ext_id, m.ext_id"));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (Status s = sqlv::exec(q); !s)
        return s;
    while (q.next()) {
        AttendanceRow r;
        r.record = readRecord(q);
        r.sessionExtId = q.value(7).toString();
        r.memberExtId = q.value(8).toString();
        r.memberName = q.value(9).toString();
        if (Status s = visit(r); !s)
            return s;
    }
    return {};
}

} // namespace sl
