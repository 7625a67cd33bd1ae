#pragma once

#include "domain/Member.h"
#include "domain/Result.h"

#include <QString>

namespace sl {

class Ledger;

// The permission checks of the figures, assessment and archive services (PRODUCT.md "Who uses
// it"): single-user mode allows everything; otherwise by the account's role and organisation
// scope (an account with an organisation sees that organisation and its descendants only).
class Access
{
public:
    explicit Access(Ledger& ledger) : m_ledger(ledger) {}

    // Rubrics and targets: admins.
    Status requireAdmin() const;
    // Assessment adjustments: admins and secretaries, within their scope.
    Status requireSecretaryOf(qint64 orgId) const;
    // Reading a member's figures or archive: the member themself, or an admin, secretary or
    // leader whose scope holds the member's organisation.
    Status requireReadMember(qint64 memberId, qint64 memberOrgId) const;
    // The member whose figures or archive are read: a "member" not-found error with notFound
    // when there is none, the refusal of requireReadMember when they may not be read.
    Result<Member> readableMember(qint64 memberId, const QString& notFound) const;
    // Reading a group's assessment: admins, secretaries and leaders within their scope; a
    // member account may not read a whole group's results.
    Status requireReadGroup(qint64 groupOrgId) const;

private:
    Status requireInScope(qint64 orgId) const;

    Ledger& m_ledger;
};

} // namespace sl
