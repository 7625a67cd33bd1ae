#include "SpeechService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditRecords.h"
#include "domain/SessionRules.h"
#include "storage/AuditRepository.h"
#include "storage/MemberRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SpeechRepository.h"
#include "storage/Transaction.h"

namespace sl {

Result<std::vector<SpeechRow>> SpeechService::speeches(qint64 sessionId)
{
    if (Status allowed = Access(m_ledger).requireSession(Action::RecordsRead, sessionId); !allowed)
        return allowed.error();
    return SpeechRepository(m_ledger.db()).forSession(sessionId);
}

std::vector<Error> SpeechService::check(const Speech& speech)
{
    Speech trimmed = speech;
    trimmed.title = trimmed.title.trimmed();
    std::vector<Error> problems = rules::checkSpeech(trimmed);
    auto session = SessionRepository(m_ledger.db()).byId(speech.sessionId);
    if (!session)
        return {session.error()};
    if (!*session)
        problems.push_back(Error::invalid(QStringLiteral("session_id"), tr("no such session")));
    else if ((*session)->status != SessionStatus::Held)
        problems.push_back(
            Error::invalid(QStringLiteral("session_id"),
                           tr("session %1 is %2; speeches are recorded at held sessions")
                               .arg((*session)->extId, enumZh((*session)->status))));
    auto member = MemberRepository(m_ledger.db()).byId(speech.memberId);
    if (!member)
        return {member.error()};
    if (!*member)
        problems.push_back(Error::invalid(QStringLiteral("member_id"), tr("choose a member")));
    if (problems.empty()) {
        auto same =
            SpeechRepository(m_ledger.db()).byKey(speech.sessionId, speech.memberId, trimmed.title);
        if (!same)
            return {same.error()};
        if (*same && (*same)->id != speech.id)
            problems.push_back(Error{ErrorCode::Conflict, QStringLiteral("title"),
                                     tr("the member has a speech of this title at the session "
                                        "already")});
    }
    return problems;
}

Result<qint64> SpeechService::save(const Speech& speech)
{
    auto session = SessionRepository(m_ledger.db()).byId(speech.sessionId);
    if (!session)
        return session.error();
    if (*session) {
        if (Status allowed =
                Access(m_ledger).requireGroup(Action::SpeechWrite, (*session)->groupId);
            !allowed)
            return allowed.error();
    }
    const auto problems = check(speech);
    if (!problems.empty())
        return problems.front();
    Speech saved = speech;
    saved.title = saved.title.trimmed();
    LedgerWrite tx(m_ledger);
    SpeechRepository repo(m_ledger.db());
    Result<std::optional<Speech>> before = std::optional<Speech>(); // for the audit
    if (saved.id != 0)
        before = repo.byId(saved.id);
    if (!before)
        return before.error();
    if (saved.id == 0) {
        auto id = repo.insert(saved);
        if (!id)
            return id.error();
        saved.id = *id;
    } else if (Status s = repo.update(saved); !s) {
        return s.error();
    }
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(
                    m_ledger.actor().accountId,
                    speech.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                    QStringLiteral("speech"), saved.id,
                    *before
                        ? audit::Diff()
                              .field(QStringLiteral("会议"), QString::number((*before)->sessionId),
                                     QString::number(saved.sessionId))
                              .field(QStringLiteral("党员"), QString::number((*before)->memberId),
                                     QString::number(saved.memberId))
                              .field(QStringLiteral("题目"), (*before)->title, saved.title)
                              .text(QStringLiteral("发言《%1》").arg(saved.title))
                        : audit::created(
                              QStringLiteral("%1 发言《%2》")
                                  .arg(*session ? (*session)->extId : QString(), saved.title)));
        !s)
        return s.error();
    tx.changes().attendance(saved.sessionId);
    tx.changes().records(saved.memberId, LedgerChanges::Record::Speech);
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved.id;
}

Status SpeechService::remove(qint64 id)
{
    SpeechRepository repo(m_ledger.db());
    auto speech = repo.byId(id);
    if (!speech)
        return speech.error();
    if (!*speech)
        return Error::notFound(QStringLiteral("title"), tr("no such speech"));
    auto session = SessionRepository(m_ledger.db()).byId((*speech)->sessionId);
    if (!session)
        return session.error();
    if (*session) {
        if (Status allowed =
                Access(m_ledger).requireGroup(Action::SpeechWrite, (*session)->groupId);
            !allowed)
            return allowed;
    }
    LedgerWrite tx(m_ledger);
    if (Status s = repo.remove(id); !s)
        return s;
    tx.changes().attendance((*speech)->sessionId);
    tx.changes().records((*speech)->memberId, LedgerChanges::Record::Speech);
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("delete"),
                               QStringLiteral("speech"), id,
                               audit::removed(QStringLiteral("%1 发言《%2》")
                                                  .arg(*session ? (*session)->extId : QString(),
                                                       (*speech)->title)));
        !s)
        return s;
    return tx.commit();
}

Status SpeechService::exportRows(const SessionQuery& sessions,
                                 const std::function<Status(const SpeechRow&)>& visit)
{
    SessionQuery scoped = sessions;
    if (Status s = Access(m_ledger).limitRoot(Action::RecordsRead, scoped.rootOrgId); !s)
        return s;
    return SpeechRepository(m_ledger.db()).scan(scoped, visit);
}

} // namespace sl
