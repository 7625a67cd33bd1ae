#pragma once

#include "gui/assessment/ChineseOrder.h"

#include "services/AssessmentService.h"

#include <optional>
#include <vector>

namespace sl {

// What the assessment area shows of one scope and year, read together off the GUI thread: the
// assessment as it stands now and, when the results are published, the stored publication.
// With it, when worked out, each row's place among the names and among the organisations in
// Chinese order (the table works it out when it is first sorted by either).
struct AssessmentSnapshot
{
    ScopeAssessment current;
    std::optional<ScopeAssessment> published;
    std::vector<int> nameOrder; // by row of `current`; empty: not yet worked out
    std::vector<int> orgOrder;

    struct Orders
    {
        std::vector<int> names;
        std::vector<int> orgs;
    };
    static Orders ordersOf(const std::vector<AssessmentRow>& rows)
    {
        std::vector<QString> names;
        std::vector<QString> orgs;
        names.reserve(rows.size());
        orgs.reserve(rows.size());
        for (const AssessmentRow& r : rows) {
            names.push_back(r.figures.name);
            orgs.push_back(r.orgName);
        }
        return {ChineseOrder::places(names), ChineseOrder::places(orgs)};
    }
};

} // namespace sl
