#pragma once

#include "domain/Result.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace sl {

class Ledger;

// What `studyledger-cli demo` builds.
struct DemoOptions
{
    quint32 seed = 1;
    int members = 80; // 20 … 1,000,000
    int year = 0;     // 2000 … 2100; 0: the year of Clock::today()
};

// The rows the demo wrote, per table.
struct DemoSummary
{
    int year = 0;
    qint64 organisations = 0;
    qint64 members = 0;
    qint64 groups = 0;
    qint64 memberships = 0;
    qint64 experts = 0;
    qint64 plans = 0;
    qint64 planItems = 0;
    qint64 sessions = 0;
    qint64 attendance = 0;
    qint64 speeches = 0;
    qint64 selfStudy = 0;
    qint64 writings = 0;

    qint64 totalRows() const
    {
        return organisations + members + groups + memberships + experts + plans + planItems +
               sessions + attendance + speeches + selfStudy + writings;
    }
};

// Called about every 1 % with the percentage done and the stage in Chinese ("正在生成党员").
using DemoProgress = std::function<void(int percent, const QString& stage)>;

// Fills an empty database with a believable committee and a full year of its study work: the
// committee with its 中心组, branches of different unit types each with a 支部学习组, members
// with plausible Chinese names, and for the year plans, sessions of every form (some under the
// three musts), attendance with every status and make-up study, speeches, self-study with notes
// and writings with awards. Up to a few hundred members it is one committee with its branches;
// above that a district: the committee, about twenty general branches and committees below it
// and branches of 30–60 members. The same seed (and year) gives the same rows; nothing in them
// comes from the clock but the last day recorded as done (today, for the current year; the audit
// log holds one line for the demo). Refuses a database that has organisations already, a member
// count outside 20 … 1,000,000 and a year outside 2000 … 2100. It is one transaction, a district
// too: a failure or a kill part-way leaves the database as it was.
Result<DemoSummary> buildDemo(Ledger& ledger, const DemoOptions& options,
                              const DemoProgress& progress = {});

} // namespace sl
