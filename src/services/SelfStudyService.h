#pragma once

#include "domain/Result.h"
#include "domain/SelfStudyEntry.h"
#include "domain/SelfStudyRecords.h"
#include "domain/TextRow.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// 个人自学: a member's self-study log and notes. Every call checks the acting account
// (Access, the permission matrix): a member reads and changes only their own entries, a leader only
// reads, secretaries and admins (and single-user mode) everything.
class SelfStudyService
{
    Q_DECLARE_TR_FUNCTIONS(sl::SelfStudyService)

public:
    explicit SelfStudyService(Ledger& ledger) : m_ledger(ledger) {}

    // A new entry for the quick entry: the member, dated today, 30 minutes.
    static SelfStudyEntry draft(qint64 memberId);

    // Every problem of the entry as it would be saved (rules, member, key taken by another
    // entry), each naming its field; empty when it can be saved. For validation as you type.
    std::vector<Error> check(const SelfStudyEntry& entry);

    // Adds a new entry (its id is ignored); the material is trimmed. Returns the new id.
    Result<qint64> log(const SelfStudyEntry& entry);
    // Changes the entry with entry.id (also its member, where the account may touch both).
    Status edit(const SelfStudyEntry& entry);
    Status remove(qint64 id);

    Result<std::optional<SelfStudyEntry>> entry(qint64 id);
    // The member's entries dated in [from, to] (an unset end is open), newest first.
    Result<std::vector<SelfStudyEntry>> list(qint64 memberId, const Date& from = {},
                                             const Date& to = {});
    // The member's earlier materials starting with `prefix`, most recently studied first.
    Result<QStringList> materials(qint64 memberId, const QString& prefix = {}, int limit = 20);

    // Every entry the filter selects (member number, date, material order), one at a time;
    // refused for accounts that may not read every member's records.
    Status exportRows(const ActivityFilter& filter,
                      const std::function<Status(const SelfStudyRow&)>& visit);
    // The same entries as stored text (SelfStudyRepository::scanText's columns), for an export.
    Status exportText(const ActivityFilter& filter,
                      const std::function<Status(const TextRow&)>& visit);

private:
    static SelfStudyEntry normalised(SelfStudyEntry entry);
    // `formerMember`: the member the entry belonged to before an edit (0: the same).
    Result<qint64> write(const SelfStudyEntry& entry, const QString& action,
                         qint64 formerMember = 0);

    Ledger& m_ledger;
};

} // namespace sl
