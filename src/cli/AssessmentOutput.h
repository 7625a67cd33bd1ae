#pragma once

#include "services/AssessmentService.h"

#include <QString>

namespace sl::cli {

// The output of `studyledger-cli assess`: an aligned table, CSV, or the JSON object of
// FORMATS.md ("JSON output"), with its keys in the order shown there.
class AssessmentOutput
{
public:
    static QString table(const ScopeAssessment& assessment);
    static QString csv(const ScopeAssessment& assessment);
    static QString json(const ScopeAssessment& assessment);

    // A JSON number: at most `decimals` places (rounded half away from zero), trailing zeros
    // dropped but, when `keepPoint`, at least one decimal (34 → 34.0).
    static QString jsonNumber(double value, int decimals, bool keepPoint);
    // A JSON string literal, escaped; non-ASCII text stays as it is (UTF-8 output).
    static QString jsonString(const QString& text);
};

} // namespace sl::cli
