#include "WritingService.h"

#include "Access.h"
#include "Clock.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/ActivityRules.h"
#include "domain/AuditDetails.h"
#include "storage/AuditRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Transaction.h"
#include "storage/WritingRepository.h"

namespace sl {

namespace {

const QString entity = QStringLiteral("writing");

Status recordAudit(Ledger& ledger, const QString& action, qint64 id, const QString& detail)
{
    return AuditRepository(ledger.db())
        .record(ledger.actor().accountId, action, entity, id, detail);
}

} // namespace

Writing WritingService::draft(qint64 memberId)
{
    Writing w;
    w.memberId = memberId;
    w.date = Clock::today();
    return w;
}

Writing WritingService::normalised(Writing writing)
{
    writing.title = writing.title.trimmed();
    writing.published = writing.published.trimmed();
    return writing;
}

bool WritingService::mayAppraise() const
{
    return Access(m_ledger).require(Action::WritingAppraise).ok();
}

std::vector<Error> WritingService::check(const Writing& given)
{
    const Writing w = normalised(given);
    std::vector<Error> problems = rules::checkWriting(w, Clock::today());
    auto member = MemberRepository(m_ledger.db()).byId(w.memberId);
    if (!member) {
        problems.push_back(member.error());
        return problems;
    }
    if (!*member)
        problems.push_back(
            Error::invalid(QStringLiteral("member_id"), tr("choose the member who wrote it")));
    if (w.title.isEmpty())
        return problems;
    auto same = WritingRepository(m_ledger.db()).byKey(w.memberId, w.title);
    if (!same)
        problems.push_back(same.error());
    else if (*same && (*same)->id != w.id)
        problems.push_back(Error{ErrorCode::Conflict, QStringLiteral("title"),
                                 tr("the member has a writing titled %1 already").arg(w.title)});
    return problems;
}

Result<qint64> WritingService::save(const Writing& given)
{
    Writing w = normalised(given);
    WritingRepository repo(m_ledger.db());
    std::optional<Writing> stored;
    if (w.id != 0) {
        auto found = repo.byId(w.id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(QString(), tr("the writing no longer exists"));
        stored = **found;
        if (Status allowed = Access(m_ledger).requireMember(Action::WritingWrite, stored->memberId);
            !allowed)
            return allowed.error();
    }
    if (Status allowed = Access(m_ledger).requireMember(Action::WritingWrite, w.memberId); !allowed)
        return allowed.error();
    if (!mayAppraise())
        w.award = stored ? stored->award : std::nullopt;
    if (stored && w == *stored)
        return w.id;

    const std::vector<Error> problems = check(w);
    if (!problems.empty())
        return problems.front();
    LedgerWrite tx(m_ledger);
    qint64 id = w.id;
    if (id == 0) {
        auto inserted = repo.insert(w);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = repo.update(w); !s) {
        return s.error();
    }
    const QString action = stored ? QStringLiteral("update") : QStringLiteral("create");
    if (Status s = recordAudit(m_ledger, action, id,
                               stored ? audit::writingChange(*stored, w)
                                      : audit::created(audit::writingText(w)));
        !s)
        return s.error();
    tx.changes().records(w.memberId, LedgerChanges::Record::Writing);
    if (stored && stored->memberId != w.memberId)
        tx.changes().records(stored->memberId, LedgerChanges::Record::Writing);
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status WritingService::remove(qint64 id)
{
    WritingRepository repo(m_ledger.db());
    auto stored = repo.byId(id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QString(), tr("the writing no longer exists"));
    if (Status allowed = Access(m_ledger).requireMember(Action::WritingWrite, (*stored)->memberId);
        !allowed)
        return allowed;
    LedgerWrite tx(m_ledger);
    if (Status s = repo.remove(id); !s)
        return s;
    if (Status s = recordAudit(m_ledger, QStringLiteral("delete"), id,
                               audit::removed(audit::writingText(**stored)));
        !s)
        return s;
    tx.changes().records((*stored)->memberId, LedgerChanges::Record::Writing);
    return tx.commit();
}

Result<qint64> WritingService::restore(const Writing& removed)
{
    Writing w = normalised(removed);
    if (Status allowed = Access(m_ledger).requireMember(Action::WritingWrite, w.memberId); !allowed)
        return allowed.error();
    if (w.award && !mayAppraise()) {
        auto last = AuditRepository(m_ledger.db()).latest(entity, w.id);
        if (!last)
            return last.error();
        if (!*last || (*last)->action != QLatin1String("delete") ||
            (*last)->accountId != m_ledger.actor().accountId)
            return Error{ErrorCode::Permission, QStringLiteral("award"),
                         tr("only a secretary or an administrator sets the appraisal result")};
    }
    w.id = 0;
    const std::vector<Error> problems = check(w);
    if (!problems.empty())
        return problems.front();
    WritingRepository repo(m_ledger.db());
    LedgerWrite tx(m_ledger);
    auto inserted = repo.insert(w);
    if (!inserted)
        return inserted.error();
    QString detail = audit::created(audit::writingText(w));
    if (w.award)
        detail += QStringLiteral("（评选 %1）").arg(audit::awardText(w.award));
    if (Status s = recordAudit(m_ledger, QStringLiteral("create"), *inserted, detail); !s)
        return s.error();
    tx.changes().records(w.memberId, LedgerChanges::Record::Writing);
    if (Status s = tx.commit(); !s)
        return s.error();
    return *inserted;
}

Status WritingService::setAward(qint64 writingId, const std::optional<Award>& award)
{
    if (Status allowed = Access(m_ledger).require(Action::WritingAppraise); !allowed)
        return allowed;
    WritingRepository repo(m_ledger.db());
    auto stored = repo.byId(writingId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QString(), tr("the writing no longer exists"));
    if (Status allowed =
            Access(m_ledger).requireMember(Action::WritingAppraise, (*stored)->memberId);
        !allowed)
        return allowed;
    if ((*stored)->award == award)
        return {};
    LedgerWrite tx(m_ledger);
    if (Status s = repo.setAward(writingId, award); !s)
        return s;
    const QString detail = audit::writingText(**stored) + QStringLiteral("：评选 ") +
                           audit::awardText((*stored)->award) + QStringLiteral(" → ") +
                           audit::awardText(award);
    if (Status s = recordAudit(m_ledger, QStringLiteral("appraise"), writingId, detail); !s)
        return s;
    tx.changes().records((*stored)->memberId, LedgerChanges::Record::Writing);
    return tx.commit();
}

Result<std::optional<Writing>> WritingService::writing(qint64 id)
{
    auto stored = WritingRepository(m_ledger.db()).byId(id);
    if (!stored || !*stored)
        return stored;
    if (Status allowed =
            Access(m_ledger).requireMember(Action::MemberRecordsRead, (*stored)->memberId);
        !allowed)
        return allowed.error();
    return stored;
}

Result<std::vector<Writing>> WritingService::list(qint64 memberId, const Date& from, const Date& to)
{
    if (Status allowed = Access(m_ledger).requireMember(Action::MemberRecordsRead, memberId);
        !allowed)
        return allowed.error();
    return WritingRepository(m_ledger.db()).list(memberId, from, to);
}

Status WritingService::exportRows(const ActivityFilter& filter,
                                  const std::function<Status(const WritingRow&)>& visit)
{
    ActivityFilter scoped = filter;
    if (Status allowed = Access(m_ledger).limitRoot(Action::MemberRecordsRead, scoped.rootOrgId);
        !allowed)
        return allowed;
    return WritingRepository(m_ledger.db()).scan(scoped, visit);
}

} // namespace sl
