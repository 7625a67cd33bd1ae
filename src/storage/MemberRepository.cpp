#include "MemberRepository.h"
#include "ScopeSql.h"

#include "Database.h"
#include "NativeStatement.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "TextRows.h"

#include "domain/PinyinInitials.h"

namespace sl {

namespace {

const QString memberColumns = QStringLiteral(
    "m.id, m.ext_id, m.name, m.gender, m.birth_date, m.join_date, m.category, m.org_id, "
    "m.position, m.cadre_level, m.phone, m.left_on, m.leave_reason, m.leave_note");

Member readMember(const QSqlQuery& q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.extId = q.value(1).toString();
    m.name = q.value(2).toString();
    m.gender = sqlv::toEnum<Gender>(q.value(3));
    m.birthDate = sqlv::toDate(q.value(4));
    m.joinDate = sqlv::toDate(q.value(5));
    m.category = sqlv::toEnum<MemberCategory>(q.value(6));
    m.orgId = q.value(7).toLongLong();
    m.position = q.value(8).toString();
    m.cadreLevel = sqlv::toEnum(q.value(9), CadreLevel::NotCadre);
    m.phone = q.value(10).toString();
    m.leftOn = sqlv::toDate(q.value(11));
    m.leaveReason = sqlv::toEnum<LeaveReason>(q.value(12));
    m.leaveNote = q.value(13).toString();
    return m;
}

// The ORDER BY of a list; names sort in Chinese (pinyin) order, ties by number.
QString orderBy(const MemberQuery& query)
{
    QString column;
    switch (query.sortKey) {
    case MemberQuery::SortKey::ExtId:
        column = QStringLiteral("m.ext_id");
        break;
    case MemberQuery::SortKey::Name:
        column = QStringLiteral("m.name COLLATE zh");
        break;
    case MemberQuery::SortKey::Gender:
        column = QStringLiteral("m.gender");
        break;
    case MemberQuery::SortKey::JoinDate:
        column = QStringLiteral("m.join_date");
        break;
    case MemberQuery::SortKey::Category:
        column = QStringLiteral("m.category");
        break;
    case MemberQuery::SortKey::Org:
        column = QStringLiteral("o.name COLLATE zh");
        break;
    case MemberQuery::SortKey::Position:
        column = QStringLiteral("m.position COLLATE zh");
        break;
    case MemberQuery::SortKey::CadreLevel:
        column = QStringLiteral("m.cadre_level");
        break;
    }
    const QString dir =
        query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", m.ext_id") + dir;
}

// The WHERE clause and its bound values for a query.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const MemberQuery& query)
{
    Where w;
    QStringList parts;
    if (query.orgId > 0) {
        if (query.includeDescendants) {
            parts << QStringLiteral("m.org_id") + sqlv::inOrgSubtree();
        } else {
            parts << QStringLiteral("m.org_id = ?");
        }
        w.values << query.orgId;
    }
    const QString filter = query.filter.trimmed();
    if (!filter.isEmpty()) {
        const QString pattern = QLatin1Char('%') + sqlv::likeEscaped(filter) + QLatin1Char('%');
        // Letters typed with the input method off also find a name by its pinyin initials, from
        // the first ("zw" finds 张伟).
        const QVariant initials =
            PinyinInitials::isInitialsFilter(filter)
                ? QVariant(sqlv::likeEscaped(filter.toLower()) + QLatin1Char('%'))
                : QVariant(QMetaType::fromType<QString>()); // no match
        parts << QStringLiteral("(m.name LIKE ? ESCAPE '\\' OR m.ext_id LIKE ? ESCAPE '\\' OR "
                                "m.phone LIKE ? ESCAPE '\\' OR m.position LIKE ? ESCAPE '\\' OR "
                                "m.name_initials LIKE ? ESCAPE '\\')");
        w.values << pattern << pattern << pattern << pattern << initials;
    }
    if (query.activeOnly)
        parts << QStringLiteral("m.left_on IS NULL");
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

// The condition "after the cursor row" for the orders that have a key without NULLs; empty for
// the others (which page by offset).
Where keysetOf(const MemberQuery& query)
{
    Where w;
    if (!query.after)
        return w;
    const MemberRow& a = *query.after;
    const QString op =
        query.order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    switch (query.sortKey) {
    case MemberQuery::SortKey::ExtId:
        w.sql = QStringLiteral("m.ext_id") + op + QStringLiteral("?");
        w.values << a.member.extId;
        break;
    case MemberQuery::SortKey::Name:
        w.sql = QStringLiteral("(m.name COLLATE zh, m.ext_id)") + op + QStringLiteral("(?, ?)");
        w.values << a.member.name << a.member.extId;
        break;
    case MemberQuery::SortKey::Org:
        w.sql = QStringLiteral("(o.name COLLATE zh, m.ext_id)") + op + QStringLiteral("(?, ?)");
        w.values << a.orgName << a.member.extId;
        break;
    case MemberQuery::SortKey::Position:
        w.sql = QStringLiteral("(m.position COLLATE zh, m.ext_id)") + op + QStringLiteral("(?, ?)");
        w.values << a.member.position << a.member.extId;
        break;
    default:
        break;
    }
    return w;
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
}

void bindMember(QSqlQuery& q, const Member& m)
{
    q.addBindValue(m.extId);
    q.addBindValue(m.name);
    q.addBindValue(sqlv::code(m.gender));
    q.addBindValue(sqlv::date(m.birthDate));
    q.addBindValue(sqlv::date(m.joinDate));
    q.addBindValue(sqlv::code(m.category));
    q.addBindValue(m.orgId);
    q.addBindValue(sqlv::text(m.position));
    q.addBindValue(sqlv::code(m.cadreLevel));
    q.addBindValue(sqlv::text(m.phone));
    q.addBindValue(PinyinInitials::of(m.name));
    q.addBindValue(sqlv::date(m.leftOn));
    q.addBindValue(sqlv::code(m.leaveReason));
    q.addBindValue(sqlv::text(m.leaveNote));
}

Result<std::vector<Member>> readMembers(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<Member> out;
    while (q.next())
        out.push_back(readMember(q));
    return out;
}

} // namespace

Result<qint64> MemberRepository::count(const MemberQuery& query)
{
    const Where w = whereOf(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM members m") + w.sql);
    bindAll(q, w.values);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Status MemberRepository::run(QSqlQuery& q, const MemberQuery& query, int offset, int limit)
{
    Where w = whereOf(query);
    const Where keyset = keysetOf(query);
    if (!keyset.sql.isEmpty()) {
        w.sql +=
            (w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + keyset.sql;
        w.values += keyset.values;
        offset = 0; // the cursor replaces the offset
    }
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + memberColumns +
              QStringLiteral(", o.ext_id, o.name FROM members m JOIN organisations o ON o.id = "
                             "m.org_id") +
              w.sql + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, w.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return sqlv::exec(q);
}

Result<std::vector<MemberRow>> MemberRepository::page(const MemberQuery& query, int offset,
                                                      int limit)
{
    QSqlQuery q(m_db.connection());
    if (Status s = run(q, query, offset, limit); !s)
        return s.error();
    std::vector<MemberRow> rows;
    while (q.next())
        rows.push_back({readMember(q), q.value(14).toString(), q.value(15).toString()});
    return rows;
}

Status MemberRepository::scan(const MemberQuery& query,
                              const std::function<Status(const MemberRow&)>& visit)
{
    QSqlQuery q(m_db.connection());
    if (Status s = run(q, query, 0, -1); !s)
        return s;
    MemberRow row;
    while (q.next()) {
        row.member = readMember(q);
        row.orgExtId = q.value(14).toString();
        row.orgName = q.value(15).toString();
        if (Status s = visit(row); !s)
            return s;
    }
    if (q.lastError().isValid())
        return sqlv::queryError(q);
    return {};
}

Status MemberRepository::scanText(const MemberQuery& query,
                                  const std::function<Status(const TextRow&)>& visit)
{
    const Where w = whereOf(query);
    return scanTextRows(
        m_db,
        QStringLiteral("SELECT m.ext_id, m.name, m.gender, m.birth_date, m.join_date, m.category, "
                       "o.ext_id, m.position, m.cadre_level, m.phone FROM members m JOIN "
                       "organisations o ON o.id = m.org_id") +
            w.sql + orderBy(query),
        w.values, visit);
}

Result<std::optional<Member>> MemberRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(QStringLiteral("SELECT ") + memberColumns +
                                  QStringLiteral(" FROM members m WHERE m.id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    auto found = readMembers(q);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<Member>() : std::optional<Member>(found->front());
}

Result<std::optional<Member>> MemberRepository::byExtId(const QString& extId)
{
    auto prepared = m_db.prepared(QStringLiteral("SELECT ") + memberColumns +
                                  QStringLiteral(" FROM members m WHERE m.ext_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(extId);
    auto found = readMembers(q);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<Member>() : std::optional<Member>(found->front());
}

Result<QString> MemberRepository::highestExtId()
{
    auto prepared = m_db.prepared(QStringLiteral(
        "SELECT ext_id FROM members ORDER BY length(ext_id) DESC, ext_id DESC LIMIT 1"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<std::vector<Member>> MemberRepository::byName(const QString& name)
{
    auto prepared =
        m_db.prepared(QStringLiteral("SELECT ") + memberColumns +
                      QStringLiteral(" FROM members m WHERE m.name = ? ORDER BY m.ext_id"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(name);
    return readMembers(q);
}

namespace {

// The columns bindMember binds, in its order.
const QStringList boundColumns{
    QStringLiteral("ext_id"),       QStringLiteral("name"),          QStringLiteral("gender"),
    QStringLiteral("birth_date"),   QStringLiteral("join_date"),     QStringLiteral("category"),
    QStringLiteral("org_id"),       QStringLiteral("position"),      QStringLiteral("cadre_level"),
    QStringLiteral("phone"),        QStringLiteral("name_initials"), QStringLiteral("left_on"),
    QStringLiteral("leave_reason"), QStringLiteral("leave_note")};

QString insertMembersInto(const QStringList& columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO members (") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

const QString insertMemberSql = insertMembersInto(boundColumns);
// The same with the id: a deleted member put back as they were.
const QString restoreMemberSql =
    insertMembersInto(boundColumns + QStringList{QStringLiteral("id")});
const QString updateMemberSql = QStringLiteral("UPDATE members SET ") +
                                boundColumns.join(QStringLiteral(" = ?, ")) +
                                QStringLiteral(" = ? WHERE id = ?");

} // namespace

Result<qint64> MemberRepository::insert(const Member& member)
{
    return sqlv::insertRow(m_db, insertMemberSql, [&](QSqlQuery& q) { bindMember(q, member); });
}

Result<qint64> MemberRepository::insertNew(const Member& m)
{
    if (!m_insertNew) {
        auto prepared = NativeStatement::prepare(
            m_db, insertMemberSql + QStringLiteral(" ON CONFLICT (ext_id) DO NOTHING"));
        if (!prepared)
            return prepared.error();
        m_insertNew = *prepared;
    }
    // The values of bindMember, in its order and with its NULLs.
    NativeStatement& q = *m_insertNew;
    q.text(1, m.extId);
    q.text(2, m.name);
    q.text(3, m.gender ? enumCode(*m.gender) : QString());
    q.date(4, m.birthDate);
    q.date(5, m.joinDate);
    q.text(6, m.category ? enumCode(*m.category) : QString());
    q.integer(7, m.orgId);
    q.textNotNull(8, m.position);
    q.text(9, enumCode(m.cadreLevel));
    q.textNotNull(10, m.phone);
    q.text(11, PinyinInitials::of(m.name));
    q.date(12, m.leftOn);
    q.text(13, m.leaveReason ? enumCode(*m.leaveReason) : QString());
    q.textNotNull(14, m.leaveNote);
    return q.insert();
}

Status MemberRepository::restore(const Member& member)
{
    return writeWithId(restoreMemberSql, member);
}

Status MemberRepository::update(const Member& member)
{
    return writeWithId(updateMemberSql, member);
}

Status MemberRepository::writeWithId(const QString& sql, const Member& member)
{
    auto prepared = m_db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindMember(q, member);
    q.addBindValue(member.id);
    return sqlv::exec(q);
}

Status MemberRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

} // namespace sl
