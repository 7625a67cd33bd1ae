#pragma once

#include "exchange/FileImport.h"
#include "exchange/HeaderMap.h"

#include "domain/PackageRecords.h"
#include "domain/Result.h"

#include <vector>

namespace sl {

class PackageImport;

// The part of a data package that no table kind covers: the assessment adjustments
// (adjustments.csv: 范围类型/scope_kind, 范围编号/scope_id, 年度/year, 党员编号/member_id,
// 调整分/delta, 理由/reason, 调整时间/made_at).
class PackageAdjustments
{
public:
    static const std::vector<ColumnSpec>& columns();
    // Writes the rows as CSV (UTF-8 with BOM, Chinese header), whole or not at all.
    static Status write(const QString& path, const std::vector<PackageAdjustment>& rows);
    // Reads the part and imports it through `import` (inside its write); problems as
    // FILE:LINE: COLUMN.
    static Result<FileImportResult> importFile(PackageImport& import, const QString& path);
};

} // namespace sl
