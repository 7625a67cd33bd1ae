#pragma once

#include "exchange/ExportScope.h"
#include "exchange/FileImport.h"
#include "exchange/ImportKind.h"

#include "domain/Result.h"

namespace sl {

class Ledger;

// Import and export of members' records: selfstudy and writings (FORMATS.md). Notes (笔记) and
// the text of a writing (正文) are read exactly as written, not trimmed, so that line breaks
// (CR LF or LF), ideographic spaces and emoji go through an export and a re-import unchanged.
class ActivityFiles
{
public:
    static Result<FileImportResult> importFile(Ledger& ledger, ImportKind kind,
                                               const QString& path);
    // Writes UTF-8 CSV with a BOM and Chinese headers, ordered by member number, date and
    // material (selfstudy) or title (writings); it imports back unchanged. `scope.year`,
    // `scope.orgRef` and `scope.groupRef` select the records. Returns the number of rows.
    static Result<int> exportFile(Ledger& ledger, ImportKind kind, const QString& path,
                                  const ExportScope& scope = {});
};

} // namespace sl
