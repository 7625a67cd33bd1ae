#include "ActivityWriter.h"

#include "Database.h"
#include "SqlValues.h"

#include "domain/CharCount.h"
#include "domain/PinyinInitials.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <unordered_map>

namespace sl {

namespace {

// The database code of an enumeration value as a ready-made QVariant, built once per enum.
template <typename E> const QVariant& codeOf(E value)
{
    static const auto table = [] {
        std::array<QVariant, EnumTraits<E>::entries.size()> out;
        for (const auto& e : EnumTraits<E>::entries)
            out[static_cast<size_t>(e.value)] = QVariant(QString::fromUtf8(e.code));
        return out;
    }();
    return table[static_cast<size_t>(value)];
}

const QVariant& nullText()
{
    static const QVariant v{QMetaType(QMetaType::QString)};
    return v;
}

const QVariant& nullInt()
{
    static const QVariant v{QMetaType(QMetaType::LongLong)};
    return v;
}

template <typename E> const QVariant& codeOf(const std::optional<E>& value)
{
    return value ? codeOf(*value) : nullText();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInt();
}

// The fixed statements per table: SQL text is never built from input.
struct TableSql
{
    ActivityWriter::Table table;
    const char* count;
    const char* dump;
};

constexpr std::array<TableSql, ActivityWriter::tableCount> tableSql{{
    {ActivityWriter::Table::Organisations, "SELECT count(*) FROM organisations",
     "SELECT * FROM organisations ORDER BY id"},
    {ActivityWriter::Table::Members, "SELECT count(*) FROM members",
     "SELECT * FROM members ORDER BY id"},
    {ActivityWriter::Table::StudyGroups, "SELECT count(*) FROM study_groups",
     "SELECT * FROM study_groups ORDER BY id"},
    {ActivityWriter::Table::GroupMemberships, "SELECT count(*) FROM group_memberships",
     "SELECT * FROM group_memberships ORDER BY id"},
    {ActivityWriter::Table::Experts, "SELECT count(*) FROM experts",
     "SELECT * FROM experts ORDER BY id"},
    {ActivityWriter::Table::StudyPlans, "SELECT count(*) FROM study_plans",
     "SELECT * FROM study_plans ORDER BY id"},
    {ActivityWriter::Table::PlanItems, "SELECT count(*) FROM plan_items",
     "SELECT * FROM plan_items ORDER BY id"},
    {ActivityWriter::Table::Sessions, "SELECT count(*) FROM sessions",
     "SELECT * FROM sessions ORDER BY id"},
    {ActivityWriter::Table::Attendance, "SELECT count(*) FROM attendance",
     "SELECT * FROM attendance ORDER BY id"},
    {ActivityWriter::Table::Speeches, "SELECT count(*) FROM speeches",
     "SELECT * FROM speeches ORDER BY id"},
    {ActivityWriter::Table::SelfStudy, "SELECT count(*) FROM self_study",
     "SELECT * FROM self_study ORDER BY id"},
    {ActivityWriter::Table::Writings, "SELECT count(*) FROM writings",
     "SELECT * FROM writings ORDER BY id"},
    {ActivityWriter::Table::AuditLog, "SELECT count(*) FROM audit_log",
     "SELECT * FROM audit_log ORDER BY id"},
}};

const TableSql& sqlFor(ActivityWriter::Table table)
{
    for (const auto& t : tableSql) {
        if (t.table == table)
            return t;
    }
    return tableSql.front(); // unreachable: every enumerator has its row
}

// A query prepared on first use and reused for every row after.
struct Statement
{
    QSqlQuery query;
    bool prepared = false;
};

Result<qint64> run(QSqlQuery& q)
{
    if (!q.exec())
        return sqlv::queryError(q);
    return q.lastInsertId().toLongLong();
}

} // namespace

struct ActivityWriter::Statements
{
    explicit Statements(Database& database) : db(database) {}

    Result<QSqlQuery*> get(Statement& s, const char* sql)
    {
        if (!s.prepared) {
            s.query = QSqlQuery(db.connection());
            s.query.setForwardOnly(true);
            if (!s.query.prepare(QString::fromLatin1(sql)))
                return sqlv::queryError(s.query);
            s.prepared = true;
        }
        return &s.query;
    }

    // Dates as bound values, made once per day.
    const QVariant& date(const Date& d)
    {
        if (!dates::isSet(d))
            return nullText();
        const long day = static_cast<long>(d.day_number());
        auto it = dayValues.find(day);
        if (it == dayValues.end())
            it = dayValues.emplace(day, QVariant(dates::toIso(d))).first;
        return it->second;
    }

    Database& db;
    Statement member;
    Statement membership;
    Statement expert;
    Statement plan;
    Statement planItem;
    Statement session;
    Statement attendance;
    Statement speech;
    Statement selfStudy;
    Statement writing;
    std::unordered_map<long, QVariant> dayValues; // day number → ISO text
};

ActivityWriter::ActivityWriter(Database& db) : m_db(db), m_s(std::make_unique<Statements>(db)) {}

ActivityWriter::~ActivityWriter() = default;

Result<qint64> ActivityWriter::insertMember(const Member& m)
{
    auto q = m_s->get(m_s->member, "INSERT INTO members (ext_id, name, gender, birth_date, "
                                   "join_date, category, org_id, position, cadre_level, phone, "
                                   "name_initials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, sqlv::text(m.extId));
    s.bindValue(1, sqlv::text(m.name));
    s.bindValue(2, codeOf(m.gender));
    s.bindValue(3, m_s->date(m.birthDate));
    s.bindValue(4, m_s->date(m.joinDate));
    s.bindValue(5, codeOf(m.category));
    s.bindValue(6, m.orgId);
    s.bindValue(7, sqlv::text(m.position));
    s.bindValue(8, codeOf(m.cadreLevel));
    s.bindValue(9, sqlv::text(m.phone));
    s.bindValue(10, PinyinInitials::of(m.name));
    return run(s);
}

Result<qint64> ActivityWriter::insertMembership(const GroupMembership& m)
{
    auto q = m_s->get(m_s->membership, "INSERT INTO group_memberships (group_id, member_id, role, "
                                       "date_from, date_to) VALUES (?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, m.groupId);
    s.bindValue(1, m.memberId);
    s.bindValue(2, codeOf(m.role));
    s.bindValue(3, m_s->date(m.from));
    s.bindValue(4, m_s->date(m.to));
    return run(s);
}

Result<qint64> ActivityWriter::insertExpert(const Expert& e)
{
    auto q = m_s->get(m_s->expert, "INSERT INTO experts (name, title, affiliation, fields) "
                                   "VALUES (?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, sqlv::text(e.name));
    s.bindValue(1, sqlv::text(e.title));
    s.bindValue(2, sqlv::text(e.affiliation));
    s.bindValue(3, sqlv::text(e.fields));
    return run(s);
}

Result<qint64> ActivityWriter::insertPlan(const StudyPlan& plan)
{
    auto q = m_s->get(m_s->plan,
                      "INSERT INTO study_plans (group_id, year, approved_on) VALUES (?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, plan.groupId);
    s.bindValue(1, plan.year);
    s.bindValue(2, m_s->date(plan.approvedOn));
    return run(s);
}

Result<qint64> ActivityWriter::insertPlanItem(const PlanItem& item)
{
    auto q =
        m_s->get(m_s->planItem, "INSERT INTO plan_items (plan_id, item_no, month, topic, form, "
                                "lead, trigger) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, item.planId);
    s.bindValue(1, item.itemNo);
    s.bindValue(2, item.month);
    s.bindValue(3, sqlv::text(item.topic));
    s.bindValue(4, codeOf(item.form));
    s.bindValue(5, sqlv::text(item.lead));
    s.bindValue(6, codeOf(item.trigger));
    return run(s);
}

Result<qint64> ActivityWriter::insertSession(const StudySession& x)
{
    auto q = m_s->get(m_s->session,
                      "INSERT INTO sessions (ext_id, group_id, date, start_time, minutes, form, "
                      "topic, trigger, plan_item_id, speaker, speaker_member_id, "
                      "speaker_expert_id, host, recorder, location, minutes_text, status) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, sqlv::text(x.extId));
    s.bindValue(1, x.groupId);
    s.bindValue(2, m_s->date(x.date));
    s.bindValue(3, x.start.isValid() ? QVariant(x.start.toString(QStringLiteral("HH:mm")))
                                     : nullText());
    s.bindValue(4, x.minutes);
    s.bindValue(5, codeOf(x.form));
    s.bindValue(6, sqlv::text(x.topic));
    s.bindValue(7, codeOf(x.trigger));
    s.bindValue(8, idOrNull(x.planItemId));
    s.bindValue(9, sqlv::text(x.speaker));
    s.bindValue(10, idOrNull(x.speakerMemberId));
    s.bindValue(11, idOrNull(x.speakerExpertId));
    s.bindValue(12, sqlv::text(x.host));
    s.bindValue(13, sqlv::text(x.recorder));
    s.bindValue(14, sqlv::text(x.location));
    s.bindValue(15, sqlv::text(x.minutesText));
    s.bindValue(16, codeOf(x.status));
    return run(s);
}

Result<qint64> ActivityWriter::insertAttendance(const Attendance& a)
{
    auto q =
        m_s->get(m_s->attendance, "INSERT INTO attendance (session_id, member_id, status, reason, "
                                  "makeup_date, makeup_note) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, a.sessionId);
    s.bindValue(1, a.memberId);
    s.bindValue(2, codeOf(a.status));
    s.bindValue(3, sqlv::text(a.reason));
    s.bindValue(4, m_s->date(a.makeupDate));
    s.bindValue(5, sqlv::text(a.makeupNote));
    return run(s);
}

Result<qint64> ActivityWriter::insertSpeech(const Speech& speech)
{
    auto q = m_s->get(m_s->speech,
                      "INSERT INTO speeches (session_id, member_id, title) VALUES (?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, speech.sessionId);
    s.bindValue(1, speech.memberId);
    s.bindValue(2, sqlv::text(speech.title));
    return run(s);
}

Result<qint64> ActivityWriter::insertSelfStudy(const SelfStudyEntry& e)
{
    auto q = m_s->get(m_s->selfStudy,
                      "INSERT INTO self_study (member_id, date, minutes, material, medium, notes, "
                      "notes_chars) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, e.memberId);
    s.bindValue(1, m_s->date(e.date));
    s.bindValue(2, e.minutes);
    s.bindValue(3, sqlv::text(e.material));
    s.bindValue(4, codeOf(e.medium));
    s.bindValue(5, sqlv::text(e.notes));
    s.bindValue(6, countCharacters(e.notes));
    return run(s);
}

Result<qint64> ActivityWriter::insertWriting(const Writing& w)
{
    auto q =
        m_s->get(m_s->writing, "INSERT INTO writings (member_id, kind, title, date, chars, body, "
                               "published, award) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(0, w.memberId);
    s.bindValue(1, codeOf(w.kind));
    s.bindValue(2, sqlv::text(w.title));
    s.bindValue(3, m_s->date(w.date));
    s.bindValue(4, w.chars ? QVariant(*w.chars) : nullInt());
    s.bindValue(5, w.text.isEmpty() ? nullText() : QVariant(w.text));
    s.bindValue(6, sqlv::text(w.published));
    s.bindValue(7, codeOf(w.award));
    return run(s);
}

Status ActivityWriter::setBulkLoad(bool on)
{
    QSqlQuery q(m_db.connection());
    const char* pragmas[2];
    if (on) {
        pragmas[0] = "PRAGMA synchronous = OFF";
        pragmas[1] = "PRAGMA cache_size = -131072"; // 128 MiB
    } else {
        pragmas[0] = "PRAGMA synchronous = NORMAL";
        pragmas[1] = "PRAGMA cache_size = -2000"; // SQLite's default
    }
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return sqlv::queryError(q);
    }
    return {};
}

Status ActivityWriter::checkpoint()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlv::queryError(q);
    return {};
}

Result<qint64> ActivityWriter::countRows(Table table)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(sqlFor(table).count)) || !q.next())
        return sqlv::queryError(q);
    return q.value(0).toLongLong();
}

Result<QStringList> ActivityWriter::dumpRows(Table table)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(sqlFor(table).dump)))
        return sqlv::queryError(q);
    QStringList out;
    const int columns = q.record().count();
    QStringList fields;
    while (q.next()) {
        fields.clear();
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value(c);
            fields << (v.isNull() ? QStringLiteral("\\N") : v.toString());
        }
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace sl
