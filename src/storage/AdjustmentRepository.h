#pragma once

#include "domain/AssessmentAdjustment.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// Manual adjustments of the assessment: at most one per year, scope and member. A group's live
// in `assessment_adjustments`, an organisation scope's in `org_assessment_adjustments`.
class AdjustmentRepository
{
public:
    explicit AdjustmentRepository(Database& db) : m_db(db) {}

    // The adjustments of one scope's assessment of a year.
    Result<std::vector<AssessmentAdjustment>> forScope(const ScopeRef& scope, int year);
    Result<std::vector<AssessmentAdjustment>> forGroup(qint64 groupId, int year)
    {
        return forScope(ScopeRef::group(groupId), year);
    }
    Result<std::optional<AssessmentAdjustment>> find(const ScopeRef& scope, qint64 memberId,
                                                     int year);
    Result<std::optional<AssessmentAdjustment>> find(qint64 groupId, qint64 memberId, int year)
    {
        return find(ScopeRef::group(groupId), memberId, year);
    }
    // Inserts the adjustment or replaces the one of the same year, scope and member; the scope
    // is the adjustment's orgId when set, else its groupId.
    Result<qint64> save(const AssessmentAdjustment& adjustment);
    // Removes the member's adjustment of the scope and year, if any.
    Status remove(const ScopeRef& scope, qint64 memberId, int year);

private:
    Database& m_db;
};

} // namespace sl
