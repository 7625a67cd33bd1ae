#pragma once

#include "services/AssessmentService.h"

#include <optional>

namespace sl {

// What the assessment area shows of one scope and year, read together off the GUI thread: the
// assessment as it stands now and, when the results are published, the stored publication.
struct AssessmentSnapshot
{
    ScopeAssessment current;
    std::optional<ScopeAssessment> published;
};

} // namespace sl
