#pragma once

#include <QCoreApplication>

#include "ImportTypes.h"

#include "domain/Member.h"
#include "domain/Organisation.h"
#include "domain/Result.h"
#include "domain/StudyGroup.h"

namespace sl {

class Ledger;

// Records of the roster import files, their references still as written in the file.
struct OrgRecord
{
    Organisation org; // parentId is resolved from parentRef
    QString parentRef;
};

struct MemberRecord
{
    Member member; // orgId is resolved from orgRef
    QString orgRef;
};

struct GroupRecord
{
    StudyGroup group; // orgId is resolved from orgRef
    QString orgRef;
};

struct MembershipRecord
{
    GroupMembership membership; // groupId and memberId are resolved from the refs
    QString groupRef;
    QString memberRef;
};

// Imports the roster files (orgs, members, groups, group-members) as FORMATS.md says: one
// transaction per file; a row whose key exists updates that record; any invalid row and
// nothing is imported, every invalid row reported.
class RosterImportService
{
    Q_DECLARE_TR_FUNCTIONS(sl::RosterImportService)

public:
    explicit RosterImportService(Ledger& ledger) : m_ledger(ledger) {}

    // `readErrors` are the cells that did not parse: they are reported with the rest and make
    // the import change nothing.
    Result<ImportReport> importOrgs(ImportRows<OrgRecord>& rows);
    Result<ImportReport> importOrgs(const std::vector<ImportRow<OrgRecord>>& rows,
                                    const std::vector<RowError>& readErrors = {});
    Result<ImportReport> importMembers(ImportRows<MemberRecord>& rows);
    Result<ImportReport> importMembers(const std::vector<ImportRow<MemberRecord>>& rows,
                                       const std::vector<RowError>& readErrors = {});
    Result<ImportReport> importGroups(ImportRows<GroupRecord>& rows);
    Result<ImportReport> importGroups(const std::vector<ImportRow<GroupRecord>>& rows,
                                      const std::vector<RowError>& readErrors = {});
    Result<ImportReport> importMemberships(ImportRows<MembershipRecord>& rows);
    Result<ImportReport> importMemberships(const std::vector<ImportRow<MembershipRecord>>& rows,
                                           const std::vector<RowError>& readErrors = {});

private:
    Ledger& m_ledger;
};

} // namespace sl
