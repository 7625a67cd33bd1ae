#pragma once

#include "ImportTypes.h"

#include "domain/Result.h"
#include "domain/StudyPlan.h"
#include "domain/StudySession.h"

#include <QCoreApplication>

#include <vector>

namespace sl {

class Ledger;

// A row of the plans file, its group still as written in the file.
struct PlanRecord
{
    PlanItem item; // planId is resolved from groupRef and year
    QString groupRef;
    int year = 0;
    Date approvedOn;
    bool hasApprovedOn = false; // the file has the column 批准日期/approved_on
};

// A row of the sessions file, its references still as written in the file.
struct SessionRecord
{
    StudySession session; // groupId, planItemId and the speaker's ids are resolved
    QString groupRef;
    int planItemNo = 0;          // 0: none
    QString speakerRef;          // 主讲人 as written
    bool hasMinutesText = false; // the file has the column 纪要/minutes_text
};

// Imports the plans and sessions files (FORMATS.md): one transaction per file; a row whose key
// exists (group, year, item number / session number) updates that record and a row equal to it
// is counted unchanged; any invalid row and nothing is imported, every invalid row reported.
// `readErrors` are the cells that did not parse.
//
// Sessions: the group must exist; a plan item number must be an item of the group's plan for
// the year of the session's date; the speaker is a member when the cell holds a member's
// number, else an expert of the pool when exactly one has that name, else a member when exactly
// one has that name, else text as written. A file without the column 纪要/minutes_text keeps
// the minutes stored; a plans file without 批准日期/approved_on keeps the approval date.
class SessionImportService
{
    Q_DECLARE_TR_FUNCTIONS(sl::SessionImportService)

public:
    explicit SessionImportService(Ledger& ledger) : m_ledger(ledger) {}

    Result<ImportReport> importPlans(ImportRows<PlanRecord>& rows);
    Result<ImportReport> importPlans(const std::vector<ImportRow<PlanRecord>>& rows,
                                     const std::vector<RowError>& readErrors = {});
    Result<ImportReport> importSessions(ImportRows<SessionRecord>& rows);
    Result<ImportReport> importSessions(const std::vector<ImportRow<SessionRecord>>& rows,
                                        const std::vector<RowError>& readErrors = {});

private:
    Ledger& m_ledger;
};

} // namespace sl
