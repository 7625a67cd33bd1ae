#include "ActivityImportService.h"

#include "Access.h"
#include "Clock.h"
#include "ImportSession.h"
#include "Ledger.h"
#include "RosterService.h"

#include "domain/ActivityRules.h"
#include "storage/SelfStudyRepository.h"
#include "storage/WritingRepository.h"

#include <QHash>

namespace sl {

namespace {

// Resolves the members of a file once each, and checks that the account may import their
// records; a failure is reported on the row's member_id.
class MemberResolver
{
public:
    MemberResolver(Ledger& ledger, ImportSession& session)
        : m_ledger(ledger), m_session(session), m_roster(ledger)
    {
    }

    // The member's id, or 0 after reporting why not.
    qint64 resolve(int line, const QString& ref)
    {
        auto it = m_cache.constFind(ref);
        if (it == m_cache.cend()) {
            Outcome outcome;
            auto member = m_roster.resolveMember(ref);
            if (!member) {
                outcome.error = member.error().message;
            } else if (Status allowed = Access(m_ledger).requireOwn(m_session.action(), member->id,
                                                                    member->orgId);
                       !allowed) {
                outcome.error = allowed.error().message;
            } else {
                outcome.id = member->id;
            }
            it = m_cache.insert(ref, outcome);
        }
        if (it->id == 0)
            m_session.error(line, QStringLiteral("member_id"), it->error);
        return it->id;
    }

private:
    struct Outcome
    {
        qint64 id = 0;
        QString error;
    };

    Ledger& m_ledger;
    ImportSession& m_session;
    RosterService m_roster;
    QHash<QString, Outcome> m_cache;
};

// Remembers the key of each row and reports a key that an earlier row of the file had.
class KeyTracker
{
public:
    // The line where the key was first seen, or 0 (and the key is remembered).
    int seen(const QString& key, int line)
    {
        auto it = m_first.constFind(key);
        if (it != m_first.cend())
            return *it;
        m_first.insert(key, line);
        return 0;
    }

private:
    QHash<QString, int> m_first;
};

const QChar separator(0x1f);

} // namespace

Result<ImportReport>
ActivityImportService::importSelfStudy(const std::vector<ImportRow<SelfStudyRecord>>& rows,
                                       const std::vector<RowError>& readErrors)
{
    VectorRows<SelfStudyRecord> source(rows, readErrors);
    return importSelfStudy(source);
}

Result<ImportReport> ActivityImportService::importSelfStudy(ImportRows<SelfStudyRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("selfstudy"), Action::SelfStudyWrite);
    if (Status s = session.begin(); !s)
        return s.error();
    MemberResolver members(m_ledger, session);
    SelfStudyRepository repo(m_ledger.db());
    const Date today = Clock::today();
    const Status ran = session.each(rows, [&](const ImportRow<SelfStudyRecord>& row) -> Status {
        SelfStudyEntry entry = row.record.entry;
        entry.material = entry.material.trimmed();
        const auto problems = rules::checkSelfStudy(entry, today);
        session.errors(row.line, problems);
        entry.memberId = members.resolve(row.line, row.record.memberRef);
        if (!problems.empty() || entry.memberId == 0)
            return {};
        return session.write(
            repo, entry, row.line,
            [&] { return repo.byKey(entry.memberId, entry.date, entry.material); },
            QStringLiteral("material"),
            tr("the same member, date and material are on line %1 already"));
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

Result<ImportReport>
ActivityImportService::importWritings(const std::vector<ImportRow<WritingRecord>>& rows,
                                      const std::vector<RowError>& readErrors)
{
    VectorRows<WritingRecord> source(rows, readErrors);
    return importWritings(source);
}

Result<ImportReport> ActivityImportService::importWritings(ImportRows<WritingRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("writings"), Action::WritingWrite);
    if (Status s = session.begin(); !s)
        return s.error();
    MemberResolver members(m_ledger, session);
    KeyTracker keys;
    WritingRepository repo(m_ledger.db());
    const Date today = Clock::today();
    const Status appraise = Access(m_ledger).require(Action::WritingAppraise);
    const bool mayAppraise = appraise.ok();
    const Status ran = session.each(rows, [&](const ImportRow<WritingRecord>& row) -> Status {
        Writing writing = row.record.writing;
        writing.title = writing.title.trimmed();
        writing.published = writing.published.trimmed();
        const auto problems = rules::checkWriting(writing, today);
        session.errors(row.line, problems);
        writing.memberId = members.resolve(row.line, row.record.memberRef);
        if (!problems.empty() || writing.memberId == 0)
            return {};
        const QString key = QString::number(writing.memberId) + separator + writing.title;
        if (const int first = keys.seen(key, row.line)) {
            session.error(row.line, QStringLiteral("title"),
                          tr("the same member and title are on line %1 already").arg(first));
            return {};
        }
        auto existing = repo.byKey(writing.memberId, writing.title);
        if (!existing)
            return existing.error();
        const bool awardChanged =
            *existing ? writing.award != (**existing).award : writing.award.has_value();
        if (!mayAppraise && awardChanged) {
            session.error(row.line, QStringLiteral("award"), appraise.error().message);
            return {};
        }
        if (mayAppraise && awardChanged &&
            !session.require(
                row.line, QStringLiteral("award"),
                Access(m_ledger).requireMember(Action::WritingAppraise, writing.memberId)))
            return {};
        writing.id = *existing ? (**existing).id : 0;
        const bool changed = !*existing || !(writing == **existing);
        if (!*existing) {
            if (auto id = repo.insert(writing); !id)
                return id.error();
        } else if (changed) {
            if (Status s = repo.update(writing); !s)
                return s.error();
        }
        session.count(existing->has_value(), changed);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

} // namespace sl
