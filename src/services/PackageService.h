#pragma once

#include "ImportSession.h"
#include "ImportTypes.h"

#include "domain/PackageRecords.h"
#include "domain/Result.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace sl {

class Ledger;
class LedgerWrite;

// The rules of data packages (FORMATS.md `export package` / `import package`) that are not
// those of the table kinds: who may export or import a subtree, the assessment adjustments it
// carries, and which of the organisations and members it refers to this ledger knows. The file
// format and the parts in the table kinds are the exchange layer's (PackageFiles).
class PackageService
{
public:
    explicit PackageService(Ledger& ledger) : m_ledger(ledger) {}

    // The organisation `orgRef` (FORMATS.md ID) whose subtree a package holds, when the account
    // may read everything a package carries of it (roster, records, members' records,
    // assessment); a Permission error otherwise.
    Result<PackageSource> exportSource(const QString& orgRef);
    // The adjustments of the subtree's groups and organisations of `year` (0: every year).
    Result<std::vector<PackageAdjustment>> adjustments(const PackageSource& source, int year);
    // The names this ledger gives the organisations / members of `extIds` (in that order;
    // numbers it does not know are left out).
    Result<std::vector<PackageRef>> organisations(const QStringList& extIds);
    Result<std::vector<PackageRef>> members(const QStringList& extIds);
    // Which of the referred organisations and members this ledger does not know (by number).
    Result<PackageUnknowns> unknown(const std::vector<PackageRef>& organisations,
                                    const std::vector<PackageRef>& members);

    // Announces on this ledger's events what a package merged through another connection of
    // the same file changed (the GUI merges on a worker thread), so that the views reload.
    Status announceMerged();

private:
    Ledger& m_ledger;
};

// The frame of one package import: the permission for the source's subtree, ONE write for every
// part (each part's import joins it; a part that fails dooms it), the adjustments, and one audit
// entry for the package. Nothing is changed unless finish() succeeds.
class PackageImport
{
public:
    explicit PackageImport(Ledger& ledger);
    ~PackageImport();
    PackageImport(const PackageImport&) = delete;
    PackageImport& operator=(const PackageImport&) = delete;

    // Refuses (Permission) an account that may not write every part into the organisation
    // `sourceExtId` of this ledger, then begins the write.
    Status begin(const QString& sourceExtId);
    // Upserts the adjustments by (scope, year, member): each row's errors by its line and
    // column key (member_id, scope_id, delta, reason); `readErrors` are the cells that did not
    // parse (they fail the part too).
    Result<ImportReport> importAdjustments(const std::vector<ImportRow<PackageAdjustment>>& rows,
                                           const std::vector<RowError>& readErrors);
    // The counts of the parts imported so far, by kind, in order.
    const std::vector<ImportBatch::Part>& parts() const;
    // Records the one audit entry (the file and the counts of every part) and commits.
    Status finish(const QString& fileName);

private:
    Ledger& m_ledger;
    std::unique_ptr<LedgerWrite> m_tx;
    std::unique_ptr<ImportBatch> m_batch;
};

} // namespace sl
