#pragma once

#include "domain/Result.h"
#include "domain/Writing.h"
#include "domain/WritingRecords.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class Ledger;

// 心得与调研: members' reflections, research reports and theory articles. A member registers
// and changes only their own writings and never their appraisal result (评选结果), which only
// a secretary or an admin (or single-user mode) sets; a leader only reads.
class WritingService
{
    Q_DECLARE_TR_FUNCTIONS(sl::WritingService)

public:
    explicit WritingService(Ledger& ledger) : m_ledger(ledger) {}

    // A new writing: the member, dated today, a reflection (心得体会).
    static Writing draft(qint64 memberId);

    // Every problem of the writing as it would be saved (rules, member, title taken by another
    // writing of the member), each naming its field; empty when it can be saved.
    std::vector<Error> check(const Writing& writing);

    // Inserts (id 0) or updates a writing; title and place of publication are trimmed, the
    // text is kept as written. When the account may not appraise, the stored appraisal result
    // is kept (none for a new writing) whatever `writing.award` says. Returns the id.
    Result<qint64> save(const Writing& writing);
    Status remove(qint64 id);
    // Registers a removed writing again as it was (the undo of a removal): text, length and
    // appraisal result included. Needs the right to write the member's writings; an appraisal
    // result comes back only when the account may appraise or it is the account that removed
    // the writing (`writing.id`, the latest entry of the audit trail about it). Returns the new
    // id.
    Result<qint64> restore(const Writing& writing);
    // Sets or clears the appraisal result: secretaries and admins (and single-user mode) only.
    Status setAward(qint64 writingId, const std::optional<Award>& award);
    // Whether the acting account may set appraisal results (for enabling the control).
    bool mayAppraise() const;

    Result<std::optional<Writing>> writing(qint64 id);
    // The member's writings dated in [from, to] (an unset end is open), newest first.
    Result<std::vector<Writing>> list(qint64 memberId, const Date& from = {}, const Date& to = {});

    // Every writing the filter selects (member number, date, title order), one at a time;
    // refused for accounts that may not read every member's records.
    Status exportRows(const ActivityFilter& filter,
                      const std::function<Status(const WritingRow&)>& visit);

private:
    static Writing normalised(Writing writing);

    Ledger& m_ledger;
};

} // namespace sl
