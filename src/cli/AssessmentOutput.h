#pragma once

#include "services/AssessmentService.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sl::cli {

// The output of `studyledger-cli assess`: an aligned table, CSV, or the JSON object of
// FORMATS.md ("JSON output"), with its keys in the order shown there.
class AssessmentOutput
{
public:
    static QString table(const ScopeAssessment& assessment);
    static QString csv(const ScopeAssessment& assessment);
    static QString json(const ScopeAssessment& assessment);
    // The table of csv() as a header and rows of cells (an empty cell for a component that does
    // not apply), for a file of any format (export assessment).
    static QStringList header(const ScopeAssessment& assessment);
    static std::vector<QStringList> rows(const ScopeAssessment& assessment);

    // A JSON number: at most `decimals` places (rounded half away from zero), trailing zeros
    // dropped but, when `keepPoint`, at least one decimal (34 → 34.0).
    static QString jsonNumber(double value, int decimals, bool keepPoint);
    // A JSON string literal, escaped; non-ASCII text stays as it is (UTF-8 output).
    static QString jsonString(const QString& text);
};

} // namespace sl::cli
