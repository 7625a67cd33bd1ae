#include "GroupRepository.h"

#include "Database.h"
#include "NativeRows.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString selectGroups =
    QStringLiteral("SELECT id, ext_id, name, kind, org_id FROM study_groups ");

Result<std::vector<StudyGroup>> readGroups(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<StudyGroup> out;
    while (q.next()) {
        StudyGroup g;
        g.id = q.value(0).toLongLong();
        g.extId = q.value(1).toString();
        g.name = q.value(2).toString();
        g.kind = sqlv::toEnum(q.value(3), GroupKind::Branch);
        g.orgId = q.value(4).toLongLong();
        out.push_back(g);
    }
    return out;
}

Result<std::optional<StudyGroup>> firstOf(Result<std::vector<StudyGroup>> groups)
{
    if (!groups)
        return groups.error();
    if (groups->empty())
        return std::optional<StudyGroup>();
    return std::optional<StudyGroup>(groups->front());
}

const QString selectMemberships = QStringLiteral(
    "SELECT gm.id, gm.group_id, gm.member_id, gm.role, gm.date_from, gm.date_to, g.ext_id, "
    "m.ext_id, m.name, g.name FROM group_memberships gm JOIN study_groups g ON g.id = gm.group_id "
    "JOIN members m ON m.id = gm.member_id ");

Result<std::vector<MembershipRow>> readMemberships(QSqlQuery& q)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<MembershipRow> out;
    while (q.next()) {
        MembershipRow r;
        r.membership.id = q.value(0).toLongLong();
        r.membership.groupId = q.value(1).toLongLong();
        r.membership.memberId = q.value(2).toLongLong();
        r.membership.role = sqlv::toEnum(q.value(3), GroupRole::Member);
        r.membership.from = sqlv::toDate(q.value(4));
        r.membership.to = sqlv::toDate(q.value(5));
        r.groupExtId = q.value(6).toString();
        r.memberExtId = q.value(7).toString();
        r.memberName = q.value(8).toString();
        r.groupName = q.value(9).toString();
        out.push_back(r);
    }
    return out;
}

void bindMembership(QSqlQuery& q, const GroupMembership& m)
{
    q.addBindValue(m.groupId);
    q.addBindValue(m.memberId);
    q.addBindValue(sqlv::code(m.role));
    q.addBindValue(sqlv::date(m.from));
    q.addBindValue(sqlv::date(m.to));
}

} // namespace

Result<std::vector<StudyGroup>> GroupRepository::list(const std::vector<qint64>& orgIds)
{
    if (orgIds.empty()) {
        // Through SQLite's own API: every scope picker of a district's window reads its
        // thousands.
        std::vector<StudyGroup> out;
        const Status read = scanNativeRows(
            m_db, selectGroups + QStringLiteral("ORDER BY ext_id"), {}, [&out](const NativeRow& q) {
                StudyGroup& g = out.emplace_back();
                g.id = q.integer(0);
                g.extId = q.text(1);
                g.name = q.text(2);
                g.kind = enumFromCode<GroupKind>(q.bytes(3)).value_or(GroupKind::Branch);
                g.orgId = q.integer(4);
                return Status();
            });
        if (!read)
            return read.error();
        return out;
    }
    QSqlQuery q(m_db.connection());
    QStringList marks;
    for (size_t i = 0; i < orgIds.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(selectGroups + QStringLiteral("WHERE org_id IN (") + marks.join(QLatin1Char(',')) +
              QStringLiteral(") ORDER BY ext_id"));
    for (qint64 id : orgIds)
        q.addBindValue(id);
    return readGroups(q);
}

Result<std::optional<StudyGroup>> GroupRepository::byId(qint64 id)
{
    auto prepared = m_db.prepared(selectGroups + QStringLiteral("WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(id);
    return firstOf(readGroups(q));
}

Result<std::optional<StudyGroup>> GroupRepository::byExtId(const QString& extId)
{
    auto prepared = m_db.prepared(selectGroups + QStringLiteral("WHERE ext_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(extId);
    return firstOf(readGroups(q));
}

Result<std::vector<StudyGroup>> GroupRepository::byName(const QString& name)
{
    auto prepared = m_db.prepared(selectGroups + QStringLiteral("WHERE name = ? ORDER BY ext_id"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(name);
    return readGroups(q);
}

Result<qint64> GroupRepository::insert(const StudyGroup& group)
{
    auto prepared = m_db.prepared(QStringLiteral(
        "INSERT INTO study_groups (ext_id, name, kind, org_id) VALUES (?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(group.extId);
    q.addBindValue(group.name);
    q.addBindValue(sqlv::code(group.kind));
    q.addBindValue(group.orgId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status GroupRepository::update(const StudyGroup& group)
{
    auto prepared = m_db.prepared(QStringLiteral(
        "UPDATE study_groups SET ext_id = ?, name = ?, kind = ?, org_id = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(group.extId);
    q.addBindValue(group.name);
    q.addBindValue(sqlv::code(group.kind));
    q.addBindValue(group.orgId);
    q.addBindValue(group.id);
    return sqlv::exec(q);
}

Result<std::vector<MembershipRow>> GroupRepository::memberships(qint64 groupId)
{
    QSqlQuery q(m_db.connection());
    if (groupId > 0) {
        q.prepare(selectMemberships +
                  QStringLiteral("WHERE gm.group_id = ? ORDER BY g.ext_id, m.ext_id"));
        q.addBindValue(groupId);
    } else {
        q.prepare(selectMemberships + QStringLiteral("ORDER BY g.ext_id, m.ext_id"));
    }
    return readMemberships(q);
}

Result<std::vector<MembershipRow>> GroupRepository::membershipsOf(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectMemberships +
              QStringLiteral("WHERE gm.member_id = ? ORDER BY gm.date_from, g.name COLLATE zh"));
    q.addBindValue(memberId);
    return readMemberships(q);
}

Result<std::optional<GroupMembership>> GroupRepository::membership(qint64 groupId, qint64 memberId)
{
    auto prepared = m_db.prepared(selectMemberships +
                                  QStringLiteral("WHERE gm.group_id = ? AND gm.member_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    auto rows = readMemberships(q);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<GroupMembership>();
    return std::optional<GroupMembership>(rows->front().membership);
}

Result<qint64> GroupRepository::insertMembership(const GroupMembership& m)
{
    auto prepared = m_db.prepared(
        QStringLiteral("INSERT INTO group_memberships (group_id, member_id, role, date_from, "
                       "date_to) VALUES (?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindMembership(q, m);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status GroupRepository::updateMembership(const GroupMembership& m)
{
    auto prepared = m_db.prepared(
        QStringLiteral("UPDATE group_memberships SET group_id = ?, member_id = ?, role = ?, "
                       "date_from = ?, date_to = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    bindMembership(q, m);
    q.addBindValue(m.id);
    return sqlv::exec(q);
}

Status GroupRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM study_groups WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

Result<std::optional<GroupMembership>> GroupRepository::membershipById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT group_id, member_id FROM group_memberships WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<GroupMembership>();
    return membership(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Status GroupRepository::removeMembership(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM group_memberships WHERE id = ?"));
    q.addBindValue(id);
    return sqlv::exec(q);
}

} // namespace sl
