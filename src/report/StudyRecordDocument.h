#pragma once

#include "domain/LedgerBook.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace sl {

class DocumentComposer;

// 学习记录 of a held session as a document in the official page: the title 学习记录 over the
// group, then the record's body (compose): the session's fields (学习组, 日期, 时间, 时长, 形式,
// 地点, 主题, 主持人, 记录人, 主讲人, 必学情形, 计划事项), 出勤情况 (应到, 实到, the members
// present, the observers, those on leave with their reasons and those absent, with their
// make-up study), 学习纪要, 交流发言, 学习材料, and the signature lines of the host and the
// recorder. Paint it with DocumentWriter (PDF, printer, preview) or write it as ODT or HTML.
class StudyRecordDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const StudyRecord& record);
    // "机关第一支部学习组2026年3月10日学习记录": the document title (PDF and HTML metadata).
    static QString title(const StudyRecord& record);
    // "3月10日　<topic>": a heading for the record inside a longer document (the annual volume).
    static QString heading(const StudyRecord& record);

    // The record's body, without a title or heading of its own: the caller writes them (the
    // document its title, the volume a heading per session). Its sections are headed at
    // `headingLevel`: 1 `一、出勤情况` (heading1), 2 `（一）出勤情况` (heading2).
    static void compose(DocumentComposer& c, const StudyRecord& record, int headingLevel = 2);
};

} // namespace sl
