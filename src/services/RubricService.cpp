#include "RubricService.h"

#include "Access.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/Period.h"
#include "storage/AuditRepository.h"
#include "storage/PublicationRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>

namespace sl {

namespace {

Status checkYear(int year)
{
    if (year >= Period::kMinYear && year <= Period::kMaxYear)
        return {};
    return Error::invalid(QStringLiteral("year"),
                          QCoreApplication::translate("sl", "must be between %1 and %2")
                              .arg(Period::kMinYear)
                              .arg(Period::kMaxYear));
}

} // namespace

Result<Rubric> RubricService::rubric(int year)
{
    if (Status allowed = Access(m_ledger).require(Action::RubricRead); !allowed)
        return allowed.error();
    if (Status s = checkYear(year); !s)
        return s.error();
    return RubricRepository(m_ledger.db()).forYear(year);
}

Result<bool> RubricService::isStored(int year)
{
    if (Status allowed = Access(m_ledger).require(Action::RubricRead); !allowed)
        return allowed.error();
    return RubricRepository(m_ledger.db()).exists(year);
}

Status RubricService::save(const Rubric& rubric)
{
    if (Status allowed = Access(m_ledger).require(Action::RubricWrite); !allowed)
        return allowed;
    if (Status s = checkYear(rubric.year); !s)
        return s;
    if (const std::vector<Error> problems = rubric.problems(); !problems.empty())
        return problems.front();
    if (rubric.published)
        return Error::invalid(
            QStringLiteral("published"),
            QCoreApplication::translate("sl::RubricService",
                                        "publish the results with setPublished, not by saving"));
    LedgerWrite tx(m_ledger);
    tx.changes().settings(rubric.year);
    RubricRepository repo(m_ledger.db());
    auto stored = repo.forYear(rubric.year);
    if (!stored)
        return stored.error();
    if (stored->published)
        return Error{ErrorCode::Conflict, QStringLiteral("year"),
                     QCoreApplication::translate(
                         "sl::RubricService",
                         "the results of %1 are published; the rubric can no longer change")
                         .arg(rubric.year)};
    auto publications = PublicationRepository(m_ledger.db()).countForYear(rubric.year);
    if (!publications)
        return publications.error();
    if (*publications > 0)
        return Error{ErrorCode::Conflict, QStringLiteral("year"),
                     QCoreApplication::translate("sl::RubricService",
                                                 "results of %1 assessed by this rubric are "
                                                 "published; the rubric can no longer change")
                         .arg(rubric.year)};
    if (Status s = repo.save(rubric); !s)
        return s;
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("update"),
                               QStringLiteral("rubric"), rubric.year,
                               audit::rubricChange(*stored, rubric));
        !s)
        return s;
    return tx.commit();
}

Status RubricService::setPublished(int year, bool published)
{
    if (Status allowed = Access(m_ledger).require(Action::RubricWrite); !allowed)
        return allowed;
    if (Status s = checkYear(year); !s)
        return s;
    LedgerWrite tx(m_ledger);
    tx.changes().settings(year);
    RubricRepository repo(m_ledger.db());
    auto stored = repo.forYear(year);
    if (!stored)
        return stored.error();
    Rubric r = *stored;
    r.published = published;
    if (Status s = repo.save(r); !s)
        return s;
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId,
                               published ? QStringLiteral("publish") : QStringLiteral("unpublish"),
                               QStringLiteral("rubric"), year,
                               QStringLiteral("%1 年考核结果：%2")
                                   .arg(year)
                                   .arg(published ? QStringLiteral("未发布 → 已发布")
                                                  : QStringLiteral("已发布 → 未发布")));
        !s)
        return s;
    return tx.commit();
}

} // namespace sl
