#pragma once

#include "domain/AssessmentAdjustment.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

namespace sl {

class Database;

// Manual adjustments of the assessment (table `assessment_adjustments`): at most one per year,
// group and member.
class AdjustmentRepository
{
public:
    explicit AdjustmentRepository(Database& db) : m_db(db) {}

    // The adjustments of one group's assessment of a year.
    Result<std::vector<AssessmentAdjustment>> forGroup(qint64 groupId, int year);
    Result<std::optional<AssessmentAdjustment>> find(qint64 groupId, qint64 memberId, int year);
    // Inserts the adjustment or replaces the one of the same year, group and member.
    Result<qint64> save(const AssessmentAdjustment& adjustment);

private:
    Database& m_db;
};

} // namespace sl
