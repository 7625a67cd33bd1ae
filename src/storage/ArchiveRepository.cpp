#include "ArchiveRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include "domain/CharCount.h"

namespace sl {

namespace {

// Prepares `sql` with the member and the period bound after the given leading values.
Status run(QSqlQuery& q, const QString& sql, qint64 memberId, const Period& period)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlv::queryError(q);
    q.addBindValue(memberId);
    q.addBindValue(dates::toIso(period.from));
    q.addBindValue(dates::toIso(period.to));
    return sqlv::exec(q);
}

} // namespace

Result<std::vector<MembershipEntry>> ArchiveRepository::memberships(qint64 memberId,
                                                                    const Period& period)
{
    QSqlQuery q(m_db.connection());
    // The overlap test is written so that the period binds from before to.
    if (Status s = run(q,
                       QStringLiteral("SELECT g.id, g.ext_id, g.name, g.kind, gm.role, "
                                      "gm.date_from, gm.date_to FROM group_memberships gm "
                                      "JOIN study_groups g ON g.id = gm.group_id "
                                      "WHERE gm.member_id = ? "
                                      "AND (gm.date_to IS NULL OR gm.date_to >= ?) "
                                      "AND (gm.date_from IS NULL OR gm.date_from <= ?) "
                                      "ORDER BY g.ext_id"),
                       memberId, period);
        !s)
        return s.error();
    std::vector<MembershipEntry> out;
    while (q.next()) {
        MembershipEntry e;
        e.groupId = q.value(0).toLongLong();
        e.groupExtId = q.value(1).toString();
        e.groupName = q.value(2).toString();
        e.groupKind = sqlv::toEnum(q.value(3), GroupKind::Branch);
        e.role = sqlv::toEnum(q.value(4), GroupRole::Member);
        e.from = sqlv::toDate(q.value(5));
        e.to = sqlv::toDate(q.value(6));
        out.push_back(e);
    }
    return out;
}

Result<std::vector<AttendanceEntry>>
ArchiveRepository::attendance(qint64 memberId, const Period& period, Records which)
{
    const QString owed = which == Records::Owed
                             ? QStringLiteral(" AND a.status IN ('excused', 'absent') "
                                              "AND a.makeup_date IS NULL")
                             : QString();
    QSqlQuery q(m_db.connection());
    if (Status s = run(q,
                       QStringLiteral("SELECT a.id, s.id, s.ext_id, g.id, g.name, s.date, "
                                      "s.start_time, s.minutes, s.form, s.topic, a.status, "
                                      "a.reason, a.makeup_date, a.makeup_note FROM attendance a "
                                      "JOIN sessions s ON s.id = a.session_id "
                                      "JOIN study_groups g ON g.id = s.group_id "
                                      "WHERE a.member_id = ? AND s.status = 'held' "
                                      "AND s.date >= ? AND s.date <= ?") +
                           owed + QStringLiteral(" ORDER BY s.date, s.start_time, s.ext_id"),
                       memberId, period);
        !s)
        return s.error();
    std::vector<AttendanceEntry> out;
    while (q.next()) {
        AttendanceEntry e;
        e.attendanceId = q.value(0).toLongLong();
        e.sessionId = q.value(1).toLongLong();
        e.sessionExtId = q.value(2).toString();
        e.groupId = q.value(3).toLongLong();
        e.groupName = q.value(4).toString();
        e.date = sqlv::toDate(q.value(5));
        e.start = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
        e.minutes = q.value(7).toInt();
        e.form = sqlv::toEnum(q.value(8), SessionForm::Collective);
        e.topic = q.value(9).toString();
        e.status = sqlv::toEnum(q.value(10), AttendanceStatus::Present);
        e.reason = q.value(11).toString();
        e.makeupDate = sqlv::toDate(q.value(12));
        e.makeupNote = q.value(13).toString();
        out.push_back(e);
    }
    return out;
}

Result<std::vector<SpeechEntry>> ArchiveRepository::speeches(qint64 memberId, const Period& period)
{
    QSqlQuery q(m_db.connection());
    if (Status s = run(q,
                       QStringLiteral("SELECT s.id, s.date, g.name, s.topic, sp.title "
                                      "FROM speeches sp JOIN sessions s ON s.id = sp.session_id "
                                      "JOIN study_groups g ON g.id = s.group_id "
                                      "WHERE sp.member_id = ? AND s.status = 'held' "
                                      "AND s.date >= ? AND s.date <= ? "
                                      "ORDER BY s.date, s.start_time, sp.id"),
                       memberId, period);
        !s)
        return s.error();
    std::vector<SpeechEntry> out;
    while (q.next()) {
        SpeechEntry e;
        e.sessionId = q.value(0).toLongLong();
        e.date = sqlv::toDate(q.value(1));
        e.groupName = q.value(2).toString();
        e.sessionTopic = q.value(3).toString();
        e.title = q.value(4).toString();
        out.push_back(e);
    }
    return out;
}

Result<std::vector<SelfStudyLine>> ArchiveRepository::selfStudy(qint64 memberId,
                                                                const Period& period)
{
    QSqlQuery q(m_db.connection());
    if (Status s = run(q,
                       QStringLiteral("SELECT id, member_id, date, minutes, material, medium, "
                                      "notes, notes_chars FROM self_study WHERE member_id = ? "
                                      "AND date >= ? AND date <= ? ORDER BY date, id"),
                       memberId, period);
        !s)
        return s.error();
    std::vector<SelfStudyLine> out;
    while (q.next()) {
        SelfStudyLine line;
        line.entry.id = q.value(0).toLongLong();
        line.entry.memberId = q.value(1).toLongLong();
        line.entry.date = sqlv::toDate(q.value(2));
        line.entry.minutes = q.value(3).toInt();
        line.entry.material = q.value(4).toString();
        line.entry.medium = sqlv::toEnum<Medium>(q.value(5));
        line.entry.notes = q.value(6).toString();
        line.notesChars = q.value(7).toInt();
        out.push_back(line);
    }
    return out;
}

Result<std::vector<WritingEntry>> ArchiveRepository::writings(qint64 memberId, const Period& period)
{
    QSqlQuery q(m_db.connection());
    // The text is read only where no explicit length is stored.
    if (Status s = run(q,
                       QStringLiteral("SELECT id, kind, title, date, chars, "
                                      "CASE WHEN chars IS NULL THEN body END, published, award "
                                      "FROM writings WHERE member_id = ? AND date >= ? "
                                      "AND date <= ? ORDER BY date, id"),
                       memberId, period);
        !s)
        return s.error();
    std::vector<WritingEntry> out;
    while (q.next()) {
        WritingEntry e;
        e.id = q.value(0).toLongLong();
        e.kind = sqlv::toEnum(q.value(1), WritingKind::Reflection);
        e.title = q.value(2).toString();
        e.date = sqlv::toDate(q.value(3));
        e.chars = q.value(4).isNull() ? countCharacters(q.value(5).toString()) : q.value(4).toInt();
        e.published = q.value(6).toString();
        e.award = sqlv::toEnum<Award>(q.value(7));
        out.push_back(e);
    }
    return out;
}

} // namespace sl
