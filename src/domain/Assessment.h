#pragma once

#include "MemberFigures.h"
#include "Rubric.h"

#include <optional>
#include <vector>

namespace sl {

// The assessment of one member for one year (METRICS.md "Default assessment rubric").
struct AssessmentResult
{
    // Points earned per component; nullopt where the component does not apply (attendance
    // when the member has no records). Unrounded.
    std::optional<double> attendance;
    std::optional<double> hours;
    std::optional<double> notes;
    std::optional<double> speeches;
    std::optional<double> writings;

    double score = 0;      // 100 × earned / max over the applicable components, unrounded
    double bonus = 0;      // per award, capped
    double adjustment = 0; // the manual adjustment
    double final = 0;      // clamped to [0, 100], rounded to one decimal half away from zero
    Grade grade = Grade::Fail;
    bool vetoed = false; // 优秀 lowered to 合格 for a 缺席 without make-up
    int rank = 0;        // 0 until ranked

    bool operator==(const AssessmentResult&) const = default;
};

// The pure calculator of the rubric: no database, no clock.
class Assessment
{
public:
    explicit Assessment(const Rubric& rubric) : m_rubric(rubric) {}

    const Rubric& rubric() const { return m_rubric; }

    // Components, score, bonus, final and grade of one member; the rank stays 0.
    AssessmentResult assess(const MemberFigures& figures, double adjustment = 0) const;

    // Rounds to `decimals` places, halves away from zero (89.95 → 90.0, -0.05 → -0.1). The
    // value is first snapped to a millionth of the last place, so that a decimal half that
    // binary floating point holds as …4999999 still rounds up.
    static double roundHalfAwayFromZero(double value, int decimals = 1);

    // Competition ranks by final score, descending: equal finals share a rank (1, 2, 2, 4).
    static std::vector<int> ranks(const std::vector<double>& finals);
    // Sets `rank` of each result.
    static void rank(std::vector<AssessmentResult*>& results);

private:
    Rubric m_rubric;
};

} // namespace sl
