#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace sl {

class Ledger;

// Who may read and change the secretary's records: study plans, sessions, attendance, make-up
// study, speeches and the registers (expert pool, demonstration sites and brand activities),
// after PRODUCT.md "Who uses it". Single-user mode: everything. Admins and secretaries change
// them within the organisation scope of their account (its organisation and descendants; no
// organisation: all); members and leaders only read, within their scope.
class SessionAccess
{
    Q_DECLARE_TR_FUNCTIONS(sl::SessionAccess)

public:
    // Whether the account may change records of organisation `orgId` (0: no particular one).
    static Status mayEdit(Ledger& ledger, qint64 orgId = 0);
    // Whether the account may read records of organisation `orgId`.
    static Status mayRead(Ledger& ledger, qint64 orgId);
    // The root of what the account may read: 0 for everything, else its organisation.
    static qint64 readRoot(const Ledger& ledger);
    // Limits a query's organisation root (0: all) to what the account may read: an account
    // with an organisation reads that subtree; a root outside it is refused.
    static Status limitRead(Ledger& ledger, qint64& rootOrgId);
    // Whether the account may change a study group's records (its organisation's scope).
    static Status mayEditGroup(Ledger& ledger, qint64 groupId);
    // Whether the account may read a study group's records (its organisation's scope); an
    // unknown group is left to the caller (it reads nothing).
    static Status mayReadGroup(Ledger& ledger, qint64 groupId);

    // ImportSession's permission check for the kinds plans, sessions, attendance and speeches
    // (the role only; each row's group is then checked with mayEditGroup).
    static Status mayImportInto(const Ledger& ledger);

private:
    static Status inScope(Ledger& ledger, qint64 orgId);
};

} // namespace sl
