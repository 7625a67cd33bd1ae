#pragma once

#include "domain/LedgerBook.h"
#include "domain/LedgerBookRecords.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"
#include "domain/SessionRecords.h"

#include <vector>

namespace sl {

class Database;

// The reads of the ledger book (学习台账) that the session, plan and activity repositories do not
// make: each one statement for a whole scope and period (a group, or the groups and members of
// an organisation subtree), never one per member or per session.
class LedgerBookRepository
{
public:
    explicit LedgerBookRepository(Database& db) : m_db(db) {}

    // The group, or every group of the organisation subtree, with its organisation's name, by
    // group number.
    Result<std::vector<GroupWithOrg>> groups(const ScopeRef& scope);

    // The seats of the group (or of every group of the organisation subtree) whose dates overlap
    // the period (列席 included), with the member's number, name and 职务; by member name in
    // pinyin order, then member number.
    Result<std::vector<GroupSeat>> seats(const ScopeRef& scope, const Period& period);

    // The materials of every session the query selects (offset and limit ignored), by session
    // and the order they were attached.
    Result<std::vector<SessionMaterial>> materials(const SessionQuery& sessions);

    // The plans of `year` of the group (or of the groups of the organisation subtree) with their
    // items by number, by group number. The items carry no session dates.
    Result<std::vector<VolumePlan>> plans(const ScopeRef& scope, int year);

    // Members(S, P) of METRICS.md (a group: seats other than 列席 overlapping P; an
    // organisation: the members of its subtree) with their self-study entries, minutes and notes
    // characters dated in P (zero without entries), by member number.
    Result<std::vector<SelfStudySummaryRow>> selfStudySummary(const ScopeRef& scope,
                                                              const Period& period);

    // The writings of Members(S, P) dated in P, by date, member number and title; the length is
    // the explicit one, else the count of the text.
    Result<std::vector<WritingRegisterRow>> writings(const ScopeRef& scope, const Period& period);

private:
    Database& m_db;
};

} // namespace sl
