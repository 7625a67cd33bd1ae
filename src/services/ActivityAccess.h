#pragma once

#include "Ledger.h"

#include "domain/Result.h"

#include <QCoreApplication>

namespace sl {

// Who may read and change members' own records (self-study log, notes, writings), after
// PRODUCT.md "Who uses it". Single-user mode, admins and secretaries: every member's records;
// a member: only the records of the member its account is linked to; a leader: reads, never
// changes. Only single-user mode, admins and secretaries set an appraisal result (评选结果).
class ActivityAccess
{
    Q_DECLARE_TR_FUNCTIONS(sl::ActivityAccess)

public:
    // Whether the account may change the records of member `memberId`.
    static Status mayEdit(const Actor& actor, qint64 memberId);
    // Whether the account may read the records of member `memberId`.
    static Status mayRead(const Actor& actor, qint64 memberId);
    // Whether the account may read every member's records (export).
    static Status mayReadAll(const Actor& actor);
    // Whether the account may import records at all (each row is then checked with mayEdit).
    static Status mayImport(const Actor& actor);
    // Whether the account may set the appraisal result of a writing.
    static Status mayAppraise(const Actor& actor);
    // Whether the account's changes are limited to its own member's records.
    static bool ownRecordsOnly(const Actor& actor);

    // ImportSession's permission check for the record kinds.
    static Status mayImportInto(const Ledger& ledger) { return mayImport(ledger.actor()); }
};

} // namespace sl
