#pragma once

#include "ImportTypes.h"

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <QCoreApplication>

#include <vector>

namespace sl {

class Ledger;

// A row of the attendance file, its session and member still as written in the file.
struct AttendanceRecord
{
    Attendance record; // sessionId and memberId are resolved from the refs
    QString sessionRef;
    QString memberRef;
};

// A row of the speeches file.
struct SpeechRecord
{
    Speech speech; // sessionId and memberId are resolved from the refs
    QString sessionRef;
    QString memberRef;
};

// Imports the attendance and speeches files (FORMATS.md): one transaction per file; a row whose
// key exists (session, member / session, member, title) updates that record and a row equal to
// it is counted unchanged; any invalid row and nothing is imported, every invalid row reported.
// The session must exist and be held; an attendance record's member must be a member of the
// session's group on the session's date; the rules of SessionRules apply.
class AttendanceImportService
{
    Q_DECLARE_TR_FUNCTIONS(sl::AttendanceImportService)

public:
    explicit AttendanceImportService(Ledger& ledger) : m_ledger(ledger) {}

    Result<ImportReport> importAttendance(ImportRows<AttendanceRecord>& rows);
    Result<ImportReport> importAttendance(const std::vector<ImportRow<AttendanceRecord>>& rows,
                                          const std::vector<RowError>& readErrors = {});
    Result<ImportReport> importSpeeches(ImportRows<SpeechRecord>& rows);
    Result<ImportReport> importSpeeches(const std::vector<ImportRow<SpeechRecord>>& rows,
                                        const std::vector<RowError>& readErrors = {});

private:
    Ledger& m_ledger;
};

} // namespace sl
