#pragma once

#include "Bulletin.h"
#include "BulletinParagraph.h"

#include <QString>
#include <QStringList>

namespace sl {

// Every word of the 学习通报 (BULLETIN.md "Content"), written from a BulletinData as plain
// strings: the document (report/BulletinDocument) prints them, the GUI shows them, the tests
// compare them with the text of the PDF. `today` dates a draft (no issuedOn) and gives the year
// of its number. The readings of the open points are in docs/spec-readings.md "Bulletin
// document".
class BulletinText
{
public:
    // 发文机关标志: settings.organName; empty: the issuing organisation's name + 文件 (the
    // scope's name without an issuing organisation), 文件 not doubled.
    static QString organMark(const BulletinData& data);
    // 发文字号 `X学通〔2026〕3号`: the year of the issue date (of `today` for a draft); a draft
    // (serial 0) leaves an ideographic space (U+3000) where the serial will go.
    static QString documentNumber(const BulletinData& data, const Date& today);
    // 关于2026年度机关第一支部学习组学习情况的通报 (Period::label() for a shorter period).
    static QString title(const BulletinData& data);
    // The title in the units it may be broken between when it takes two lines (GB/T 9704:
    // 回行时词意完整): 关于 and the period, the scope's name, 学习情况的通报. Joined, title().
    static QStringList titleParts(const BulletinData& data);
    // 主送机关 with its full-width colon: settings.addressee, else the scope's members.
    static QString addressee(const BulletinData& data);

    // 一、基本情况 … 五、下一步工作要求, headings and paragraphs in order, then 特此通报。
    static BulletinParagraphs body(const BulletinData& data);
    static BulletinParagraphs overview(const BulletinData& data);     // 一、基本情况
    static BulletinParagraphs practices(const BulletinData& data);    // 二、主要做法和成效
    static BulletinParagraphs commendation(const BulletinData& data); // 三、表扬
    static BulletinParagraphs problems(const BulletinData& data);     // 四、存在的问题
    static BulletinParagraphs nextSteps(const BulletinData& data);    // 五、下一步工作要求

    // 附件：2026年度学习情况统计表
    static QString attachmentNote(const BulletinData& data);
    // 2026年度学习情况统计表: the title of the attachment.
    static QString attachmentTitle(const BulletinData& data);
    // The signature: the issuing organisation's name (the scope's without one).
    static QString signature(const BulletinData& data);
    // 成文日期 2026年12月31日: issuedOn, else `today`.
    static QString issueDate(const BulletinData& data, const Date& today);

    // Every paragraph the document prints before its tables, in order: organ mark, number,
    // title, addressee, body, attachment note, signature, date, then the attachment's heading
    // 附件 and its title.
    static QStringList prose(const BulletinData& data, const Date& today);

    // A text of the secretary split into paragraphs: one a line, trimmed, empty lines dropped.
    static QStringList paragraphsOf(const QString& text);
};

} // namespace sl
