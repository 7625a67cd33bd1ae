#pragma once

#include "exchange/XlsxCells.h"
#include "exchange/XlsxPackage.h"

#include "domain/Result.h"

#include <QString>
#include <QXmlStreamReader>

#include <vector>

namespace sl {

// What the reader needs of a workbook before its first sheet: where the parts are (found through
// the package's relationships, targets relative or absolute), the first sheet in workbook order
// and its name, the date system, the shared strings, and which cell styles show dates or times.
struct XlsxWorkbook
{
    // The most that is unpacked of each part.
    static constexpr qint64 maxSheetBytes = qint64(1) << 30;        // 1 GB
    static constexpr qint64 maxSharedStringBytes = qint64(1) << 28; // 256 MB
    static constexpr qint64 maxSmallPartBytes = qint64(1) << 24;    // 16 MB

    QString sheetName;
    QString sheetPart;
    bool date1904 = false;
    std::vector<QString> sharedStrings;
    std::vector<XlsxTimeKind> styles; // by cell style index (the `s` attribute)

    static Result<XlsxWorkbook> read(XlsxPackage& package);
    // The text of the <si> or <is> element the reader is at (rich-text runs joined, phonetic
    // runs left out, `_xHHHH_` escapes decoded), read up to the element's end.
    static QString readText(QXmlStreamReader& xml);

    XlsxTimeKind styleKind(int index) const
    {
        return index >= 0 && size_t(index) < styles.size() ? styles[size_t(index)]
                                                           : XlsxTimeKind::None;
    }
};

} // namespace sl
