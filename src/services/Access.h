#pragma once

#include "domain/Member.h"
#include "domain/Permissions.h"
#include "domain/Result.h"
#include "domain/ScopeAssessment.h"
#include "domain/ScopeRef.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace sl {

class Ledger;

// The one gate of every service (PRODUCT.md "Who uses it", issue 11): the permission matrix
// (domain/Permissions.h) applied to the ledger's actor. Single-user mode reaches everything; a
// signed-out ledger (accounts exist, nobody logged in) nothing, not even reads; an account reaches
// what the matrix gives its role: Subtree is the account's organisation and its descendants (an
// account without an organisation: all), Own the records of the member a member account stands
// for. A refusal is ErrorCode::Permission naming the action and the reason:
// "不允许：记录考勤 (attendance.write) — 领导账号只能查看".
class Access
{
    Q_DECLARE_TR_FUNCTIONS(sl::Access)

public:
    explicit Access(Ledger& ledger) : m_ledger(ledger) {}

    // How far the actor's right to the action reaches.
    Reach reach(Action action) const;

    // The role alone: refused when the action's reach is None.
    Status require(Action action) const;
    // A record of organisation `orgId` (0: of no organisation in particular; the role alone):
    // All, or Subtree with the organisation in the account's scope; Own is refused (a member
    // account reaches records through its member only).
    Status require(Action action, qint64 orgId) const;
    // What only the reach All may do (a new top-level organisation): refused otherwise.
    Status requireAll(Action action) const;
    // A record of member `memberId` (of organisation `memberOrgId`): All, Subtree with the
    // organisation in scope, or Own when the member is the account's own.
    Status requireOwn(Action action, qint64 memberId, qint64 memberOrgId) const;
    // The same, looking the member up; an unknown member is left to the caller (its check names
    // the member field).
    Status requireMember(Action action, qint64 memberId) const;
    // A record of study group `groupId`: All, Subtree with the group's organisation in scope, or
    // Own when the account's member has (or had) a seat in the group. An unknown group is a
    // "group_id" not-found error, or, with `unknownReadsNothing` (a read of an unknown group
    // finds nothing), allowed once the role may do the action at all.
    Status requireGroup(Action action, qint64 groupId, bool unknownReadsNothing = false) const;
    // A record of a session: requireGroup on the session's group; an unknown session is left to
    // the caller (it finds nothing or names the session).
    Status requireSession(Action action, qint64 sessionId) const;
    // The organisation root of what a list may show (0: everything); refused for None and Own
    // (lists a member account may read filter by its member: see ownMember()).
    Result<qint64> readRoot(Action action) const;
    // Limits a query's organisation root (0: all) to the account's scope: an account with an
    // organisation reads that subtree; a root outside it is refused.
    Status limitRoot(Action action, qint64& rootOrgId) const;
    // Limits a query of one member's records (memberId, 0: every member) within an organisation
    // root: Own reach reads its own member only (memberId 0 becomes it, another is refused);
    // otherwise limitRoot.
    Status limitMember(Action action, qint64& memberId, qint64& rootOrgId) const;
    // The member a member account stands for when its reach of the action is Own, else 0.
    qint64 ownMember(Action action) const;

    // The member whose records are read (requireOwn): a "member" not-found error with notFound
    // when there is none.
    Result<Member> readableMember(Action action, qint64 memberId, const QString& notFound) const;
    // The group or organisation of a scope with its number and name; a "group" or "org"
    // not-found error when there is none.
    Result<ScopeInfo> scope(const ScopeRef& scope) const;
    // The same, when the account may do the action on the scope (require(action, its org); a
    // member account never reaches a whole group or organisation).
    Result<ScopeInfo> scopeFor(Action action, const ScopeRef& scope) const;

    // Whether organisation `orgId` lies in the account's scope (no organisation: everything).
    Result<bool> inScope(qint64 orgId) const;
    // The refusal of the action with `reason`: "not allowed: LABEL (CODE) — REASON".
    static Error denied(Action action, const QString& reason);

private:
    // The refusal of an action whose reach is None (or a signed-out ledger).
    Error deniedByRole(Action action) const;
    Error deniedOwn(Action action) const;
    Error deniedScope(Action action) const;

    Ledger& m_ledger;
    mutable std::optional<std::vector<qint64>> m_subtree; // the account's scope, once read
};

} // namespace sl
