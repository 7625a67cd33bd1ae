#include "AttendanceImportService.h"

#include "ImportResolver.h"

#include "domain/SessionRules.h"
#include "storage/AttendanceRepository.h"
#include "storage/SpeechRepository.h"

namespace sl {

namespace {

const QChar separator(0x1f);

// The session of a row, held; or nullopt after reporting why not.
std::optional<StudySession> heldSession(ImportResolver& resolve, ImportSession& session, int line,
                                        const QString& ref)
{
    auto found = resolve.session(line, QStringLiteral("session_id"), ref);
    if (found && found->status != SessionStatus::Held) {
        session.error(line, QStringLiteral("session_id"),
                      AttendanceImportService::tr("session %1 is %2; only a held session takes "
                                                  "attendance and speeches")
                          .arg(found->extId, enumZh(found->status)));
        return std::nullopt;
    }
    return found;
}

} // namespace

Result<ImportReport>
AttendanceImportService::importAttendance(const std::vector<ImportRow<AttendanceRecord>>& rows,
                                          const std::vector<RowError>& readErrors)
{
    VectorRows<AttendanceRecord> source(rows, readErrors);
    return importAttendance(source);
}

Result<ImportReport> AttendanceImportService::importAttendance(ImportRows<AttendanceRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("attendance"), Action::AttendanceWrite);
    if (Status s = session.begin(); !s)
        return s.error();
    ImportResolver resolve(m_ledger, session);
    AttendanceRepository repo(m_ledger.db());
    const Status ran = session.each(rows, [&](const ImportRow<AttendanceRecord>& row) -> Status {
        Attendance a = row.record.record;
        a.reason = a.reason.trimmed();
        a.makeupNote = a.makeupNote.trimmed();
        const auto held = heldSession(resolve, session, row.line, row.record.sessionRef);
        const auto member =
            resolve.member(row.line, QStringLiteral("member_id"), row.record.memberRef);
        const auto problems = rules::checkAttendance(a, held ? held->date : Date());
        session.errors(row.line, problems);
        if (!held || !member || !problems.empty())
            return {};
        a.sessionId = held->id;
        a.memberId = member->id;
        bool isMember = false;
        for (const MembershipRow& m : resolve.memberships(held->groupId)) {
            if (m.membership.memberId == a.memberId && m.membership.holdsOn(held->date))
                isMember = true;
        }
        if (!isMember) {
            session.error(row.line, QStringLiteral("member_id"),
                          tr("%1 %2 was not a member of the session's group on %3")
                              .arg(member->extId, member->name, dates::toIso(held->date)));
            return {};
        }
        return session.write(
            repo, a, row.line, [&] { return repo.byKey(a.sessionId, a.memberId); },
            QStringLiteral("member_id"), tr("the same session and member are on line %1 already"));
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

Result<ImportReport>
AttendanceImportService::importSpeeches(const std::vector<ImportRow<SpeechRecord>>& rows,
                                        const std::vector<RowError>& readErrors)
{
    VectorRows<SpeechRecord> source(rows, readErrors);
    return importSpeeches(source);
}

Result<ImportReport> AttendanceImportService::importSpeeches(ImportRows<SpeechRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("speeches"), Action::SpeechWrite);
    if (Status s = session.begin(); !s)
        return s.error();
    ImportResolver resolve(m_ledger, session);
    SpeechRepository repo(m_ledger.db());
    QHash<QString, int> firstLine;
    const Status ran = session.each(rows, [&](const ImportRow<SpeechRecord>& row) -> Status {
        Speech speech = row.record.speech;
        speech.title = speech.title.trimmed();
        const auto held = heldSession(resolve, session, row.line, row.record.sessionRef);
        const auto member =
            resolve.member(row.line, QStringLiteral("member_id"), row.record.memberRef);
        const auto problems = rules::checkSpeech(speech);
        session.errors(row.line, problems);
        if (!held || !member || !problems.empty())
            return {};
        speech.sessionId = held->id;
        speech.memberId = member->id;
        const QString key = QString::number(speech.sessionId) + separator +
                            QString::number(speech.memberId) + separator + speech.title;
        if (const int first = firstLine.value(key)) {
            session.error(
                row.line, QStringLiteral("title"),
                tr("the same session, member and title are on line %1 already").arg(first));
            return {};
        }
        firstLine.insert(key, row.line);
        auto existing = repo.byKey(speech.sessionId, speech.memberId, speech.title);
        if (!existing)
            return existing.error();
        if (!*existing) {
            if (auto id = repo.insert(speech); !id)
                return id.error();
        }
        session.count(existing->has_value(), false);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

} // namespace sl
