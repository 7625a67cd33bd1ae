#pragma once

#include "ImportTypes.h"

#include "domain/Result.h"
#include "domain/SelfStudyEntry.h"
#include "domain/Writing.h"

#include <QCoreApplication>

#include <vector>

namespace sl {

class Ledger;

// Records of the selfstudy and writings import files, the member still as written in the file.
struct SelfStudyRecord
{
    SelfStudyEntry entry; // memberId is resolved from memberRef
    QString memberRef;
};

struct WritingRecord
{
    Writing writing; // memberId is resolved from memberRef
    QString memberRef;
};

// Imports members' records (FORMATS.md kinds selfstudy and writings): one transaction per file;
// a row whose key (member, date, material / member, title) exists updates that record and a
// row equal to it is counted unchanged; any invalid row and nothing is imported, every invalid
// row reported. `readErrors` are the cells that did not parse: they are reported with the rest
// and make the import change nothing.
//
// Permission: secretaries and admins (and single-user mode) import anyone's records; a member
// only their own (other rows are errors on member_id) and without appraisal results (an award
// different from the stored one is an error on award); a leader nothing.
class ActivityImportService
{
    Q_DECLARE_TR_FUNCTIONS(sl::ActivityImportService)

public:
    explicit ActivityImportService(Ledger& ledger) : m_ledger(ledger) {}

    Result<ImportReport> importSelfStudy(ImportRows<SelfStudyRecord>& rows);
    Result<ImportReport> importSelfStudy(const std::vector<ImportRow<SelfStudyRecord>>& rows,
                                         const std::vector<RowError>& readErrors = {});
    Result<ImportReport> importWritings(ImportRows<WritingRecord>& rows);
    Result<ImportReport> importWritings(const std::vector<ImportRow<WritingRecord>>& rows,
                                        const std::vector<RowError>& readErrors = {});

private:
    Ledger& m_ledger;
};

} // namespace sl
