#include "Assessment.h"

#include <algorithm>
#include <cmath>

namespace sl {

namespace {

// max × min(1, actual / target); a target of 0 counts as met.
double capped(double max, double actual, double target)
{
    if (target <= 0)
        return max;
    return max * std::min(1.0, actual / target);
}

} // namespace

AssessmentResult Assessment::assess(const MemberFigures& f, double adjustment) const
{
    const Rubric& r = m_rubric;
    AssessmentResult out;
    if (f.expected > 0) {
        const double points = r.pointsPresent * f.present + r.pointsLate * f.late +
                              r.pointsEarlyLeave * f.earlyLeave + r.pointsExcused * f.excused +
                              r.pointsAbsent * f.absent + r.pointsMakeup * f.makeupDone;
        out.attendance = capped(r.attendanceMax, points, r.pointsPresent * f.expected);
    }
    out.hours = capped(r.hoursMax, f.hours(), r.hoursTargetFor(f.cadreLevel));
    out.notes = capped(r.notesMax, double(f.notesChars), r.notesTargetFor(f.cadreLevel));
    out.speeches = capped(r.speechesMax, f.speeches, r.speechesTarget);
    out.writings = capped(r.writingsMax, f.writingUnits(), r.writingsTarget);

    double earned = 0;
    double max = 0;
    const std::pair<const std::optional<double>*, double> parts[] = {
        {&out.attendance, r.attendanceMax}, {&out.hours, r.hoursMax},
        {&out.notes, r.notesMax},           {&out.speeches, r.speechesMax},
        {&out.writings, r.writingsMax},
    };
    for (const auto& [value, partMax] : parts) {
        if (value->has_value()) {
            earned += **value;
            max += partMax;
        }
    }
    out.score = max > 0 ? 100.0 * earned / max : 0.0;
    out.bonus = std::min(r.bonusMax, r.bonusPerAward * f.awards);
    out.adjustment = adjustment;
    const double raw = std::min(100.0, out.score + out.bonus) + adjustment;
    out.final = roundHalfAwayFromZero(std::clamp(raw, 0.0, 100.0), 1);
    out.grade = r.gradeFor(out.final);
    if (r.veto && out.grade == Grade::Excellent && f.absentNotMadeUp > 0) {
        out.grade = Grade::Pass;
        out.vetoed = true;
    }
    return out;
}

double Assessment::roundHalfAwayFromZero(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    // Snap away the representation error of a decimal half (0.15 is 0.1499999…).
    const double snapped = std::round(scaled * 1e6) / 1e6;
    return std::round(snapped) / scale; // std::round: halves away from zero
}

std::vector<int> Assessment::ranks(const std::vector<double>& finals)
{
    // Finals are tenths from 0 to 100 (assess rounds them so): counted by their 1,001 values,
    // each rank is one more than the count of finals above it, without sorting a district.
    std::vector<int> above(1001, 0);
    std::vector<int> tenth(finals.size(), 0);
    bool tenths = true;
    for (size_t i = 0; i < finals.size() && tenths; ++i) {
        const double k = std::round(finals[i] * 10);
        tenths = k >= 0 && k <= 1000 && k / 10 == finals[i];
        if (tenths) {
            tenth[i] = int(k);
            ++above[size_t(k)];
        }
    }
    if (tenths) {
        int greater = 0;
        for (size_t k = above.size(); k-- > 0;) {
            const int here = above[k];
            above[k] = greater;
            greater += here;
        }
        std::vector<int> out(finals.size(), 0);
        for (size_t i = 0; i < finals.size(); ++i)
            out[i] = above[size_t(tenth[i])] + 1;
        return out;
    }
    std::vector<size_t> order(finals.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return finals[a] > finals[b]; });
    std::vector<int> out(finals.size(), 0);
    for (size_t pos = 0; pos < order.size(); ++pos) {
        const bool tied = pos > 0 && finals[order[pos]] == finals[order[pos - 1]];
        out[order[pos]] = tied ? out[order[pos - 1]] : int(pos) + 1;
    }
    return out;
}

void Assessment::rank(std::vector<AssessmentResult*>& results)
{
    std::vector<double> finals;
    finals.reserve(results.size());
    for (const AssessmentResult* r : results)
        finals.push_back(r->final);
    const std::vector<int> r = ranks(finals);
    for (size_t i = 0; i < results.size(); ++i)
        results[i]->rank = r[i];
}

} // namespace sl
