#pragma once

#include "domain/DateBridge.h"
#include "domain/MemberArchive.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace sl {

// 学习档案 as a document (BULLETIN.md "Member archive"): title 学习档案 and the year, the identity
// block, then 一、学习组与职务 二、集体学习（出勤与补学） 三、交流发言 四、个人自学（含笔记）
// 五、心得与调研 六、学习考核, in the official layout without the red header. Paint it with
// DocumentWriter (PDF, printer, preview) or write it as ODT or HTML.
class ArchiveDocument
{
public:
    // `generatedOn`, when set, closes the document with the organisation and that date.
    static std::unique_ptr<QTextDocument> build(const MemberArchive& archive,
                                                const Date& generatedOn = {});
    // "王小明同志2026年度学习档案": the document title (PDF and HTML metadata).
    static QString title(const MemberArchive& archive);
};

} // namespace sl
