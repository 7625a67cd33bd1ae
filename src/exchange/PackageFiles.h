#pragma once

#include "exchange/DataPackage.h"
#include "exchange/FileImport.h"

#include "services/ImportSession.h"

#include "domain/PackageRecords.h"
#include "domain/Result.h"

#include <functional>
#include <vector>

namespace sl {

class Ledger;

// What a package holds and what of it this ledger does not know (PackageFiles::inspect).
struct PackageSummary
{
    PackageManifest manifest;
    PackageUnknowns unknown;

    // "unknown organisations: O9 某支部; unknown members: M0123 张三, … and 4 more" (empty
    // when everything is known).
    QString unknownText() const;
};

// What an import of a package did: the counts of every part, in order; or the problems of the
// first part that failed (PACKAGE:PART:LINE: COLUMN), and then nothing was changed.
struct PackageImportResult
{
    std::vector<ImportBatch::Part> parts;
    std::vector<FileProblem> problems;

    bool ok() const { return problems.empty(); }
};

// Data packages (FORMATS.md `export package` / `import package`, docs/formats.md "Data
// packages"): everything an organisation subtree recorded, as a zip of the table kinds' CSV
// files and the adjustments, with a manifest and a SHA-256 of every part.
class PackageFiles
{
public:
    // Writes the package of the subtree of `orgRef`: groups and memberships always; plans,
    // sessions, attendance, speeches, self-study, writings and adjustments of `year` (0: all).
    static Result<PackageManifest> exportPackage(Ledger& ledger, const QString& orgRef, int year,
                                                 const QString& path);
    // Reads the manifest, checks every part's checksum and looks the references up; changes
    // nothing.
    static Result<PackageSummary> inspect(Ledger& ledger, const QString& path);
    // Merges the package in one write: refused before any change for a malformed or newer
    // manifest, a bad checksum, unknown organisations or members and a lacking permission.
    // `dryRun` rolls the write back after every part went through. `progress` is told before
    // each part (index, count, kind).
    using Progress = std::function<void(int index, int count, const QString& kind)>;
    static Result<PackageImportResult> importPackage(Ledger& ledger, const QString& path,
                                                     bool dryRun = false,
                                                     const Progress& progress = {});
};

} // namespace sl
