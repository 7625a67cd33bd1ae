#pragma once

#include "domain/Member.h"
#include "domain/Result.h"
#include "domain/ScopeAssessment.h"
#include "domain/ScopeRef.h"

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
    // The group or organisation of a scope with its number and name; a "group" or "org"
    // not-found error when there is none.
    Result<ScopeInfo> scope(const ScopeRef& scope) const;
    // The same, when the account may read the scope's results (requireReadGroup).
    Result<ScopeInfo> readableScope(const ScopeRef& scope) const;
    // The same, when the account may change them (requireSecretaryOf).
    Result<ScopeInfo> secretaryScope(const ScopeRef& scope) const;

private:
    Status requireInScope(qint64 orgId) const;

    Ledger& m_ledger;
};

} // namespace sl
