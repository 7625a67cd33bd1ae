#pragma once

#include "domain/LedgerBook.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace sl {

// 签到表 of a planned or held session as a document in the official page: the title 学习签到表,
// the header (学习组, 日期, 学习主题, 时间, 地点), then the expected members in the order of the
// sheet, each with 姓名, 职务, a blank 签到 cell tall enough to sign in and 备注 (列席, 请假：…).
// The members stand in two halves side by side, read down the left half and then down the
// right, 40 to a page: up to 40 fit the first page; more continue on further pages, each a
// table of its own with the header row repeated. Paint it with DocumentWriter (PDF, printer,
// preview) or write it as ODT or HTML.
class SigninDocument
{
public:
    static std::unique_ptr<QTextDocument> build(const SigninSheet& sheet);
    // "机关第一支部学习组2026年3月10日学习签到表": the document title (PDF and HTML metadata).
    static QString title(const SigninSheet& sheet);

    static constexpr int membersPerPage = 40;
    // The height of a signature line in points (the rows are this and their padding tall).
    static constexpr double signatureLinePt = 18;
};

} // namespace sl
