#pragma once

#include "domain/Result.h"
#include "domain/Rubric.h"

#include <vector>

namespace sl {

class Ledger;

// The rubric and targets of each year (settings, per year). Anyone may read them; only an
// administrator (or single-user mode) may change them, and not once the year's results are
// published.
class RubricService
{
public:
    explicit RubricService(Ledger& ledger) : m_ledger(ledger) {}

    // The rubric of the year: the stored one, else the defaults of METRICS.md.
    Result<Rubric> rubric(int year);
    // Whether the year has a stored rubric (false: the defaults apply).
    Result<bool> isStored(int year);
    // Every rule the rubric breaks, each naming its field (the rubrics column).
    static std::vector<Error> check(const Rubric& rubric) { return rubric.problems(); }
    // Validates and stores the rubric of rubric.year. Refused when the stored rubric of that
    // year is published (Conflict), and for rubric.published (use setPublished).
    Status save(const Rubric& rubric);
    // Publishes the year's results (the rubric freezes) or takes the publication back.
    Status setPublished(int year, bool published);

private:
    Ledger& m_ledger;
};

} // namespace sl
