#include "BulletinDocument.h"

#include "BulletinJson.h"
#include "DocumentWriter.h"

#include "ChineseText.h"
#include "DocumentComposer.h"

#include "domain/BulletinText.h"
#include "domain/EnumTraits.h"

#include <QTextDocument>

#include <algorithm>

namespace sl {

namespace {

using Column = DocumentComposer::Column;

constexpr double tablePointSize = 10.5; // 五号
constexpr double tablePaddingPt = 1.5;
constexpr Qt::Alignment centred = Qt::AlignHCenter;
constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignAbsolute;

QString count(qint64 n)
{
    return QString::number(n);
}

QString ofWhole(int part, int whole)
{
    return count(part) + QLatin1Char('/') + count(whole);
}

void body(DocumentComposer& c, const BulletinParagraphs& paragraphs)
{
    for (const BulletinParagraph& p : paragraphs) {
        switch (p.kind) {
        case BulletinParagraph::Kind::Heading1:
            c.heading1(p.text);
            break;
        case BulletinParagraph::Kind::Heading2:
            c.heading2(p.text);
            break;
        case BulletinParagraph::Kind::Body:
            c.paragraph(p.text);
            break;
        }
    }
}

// The attachment's member rows [from, to) as a table with its header row.
void memberTable(DocumentComposer& c, const BulletinData& data, size_t from, size_t to)
{
    const bool year = data.period.isCalendarYear();
    // 10.5 pt (五号) in 156 mm: two characters need 6 %; longer names and organisations are set
    // smaller to stay on one line.
    std::vector<Column> columns{{QStringLiteral("姓名"), year ? 9 : 12, kLeft, true},
                                {QStringLiteral("所在组织"), year ? 18 : 29, kLeft, true},
                                {QStringLiteral("出勤/应到"), 7, centred},
                                {QStringLiteral("请假"), 6, centred},
                                {QStringLiteral("缺席"), 6, centred},
                                {QStringLiteral("补学/应补"), 7, centred},
                                {QStringLiteral("集体学时"), 7, centred},
                                {QStringLiteral("自学学时"), 7, centred},
                                {QStringLiteral("笔记字数"), 7, centred},
                                {QStringLiteral("发言"), 6, centred},
                                {QStringLiteral("文章"), 6, centred}};
    if (year) {
        columns.push_back({QStringLiteral("得分"), 6, centred});
        columns.push_back({QStringLiteral("等次"), 8, centred, true});
    }
    std::vector<QStringList> rows;
    for (size_t i = from; i < std::min(to, data.members.size()); ++i) {
        const BulletinMemberRow& r = data.members[i];
        const MemberFigures& f = r.figures;
        QStringList row{f.name,
                        r.orgName,
                        ofWhole(f.attended(), f.expected),
                        count(f.excused),
                        count(f.absent),
                        ofWhole(f.makeupDone, f.makeupOwed()),
                        ChineseText::hours(f.collectiveMinutes),
                        ChineseText::hours(f.selfStudyMinutes),
                        count(f.notesChars),
                        count(f.speeches),
                        count(f.reflections + f.articles + f.reports)};
        if (year) {
            row << (r.finalScore ? ChineseText::number(*r.finalScore, 1) : QString())
                << (r.grade ? enumZh(*r.grade) : QString());
        }
        rows.push_back(row);
    }
    c.table(columns, rows, tablePointSize, tablePaddingPt);
}

void subOrgTable(DocumentComposer& c, const BulletinData& data)
{
    const bool year = data.period.isCalendarYear();
    std::vector<Column> columns{{QStringLiteral("组织"), year ? 32 : 46, kLeft, true},
                                {QStringLiteral("活动次数"), year ? 11 : 18, centred},
                                {QStringLiteral("参学率"), year ? 12 : 18, centred},
                                {QStringLiteral("人均学时"), year ? 11 : 18, centred}};
    if (year) {
        for (const EnumEntry<Grade>& e : EnumTraits<Grade>::entries)
            columns.push_back({enumZh(e.value), e.value == Grade::BasicPass ? 10 : 8, centred});
    }
    std::vector<QStringList> rows;
    for (const SubOrgFigures& s : data.subOrgs) {
        QStringList row{
            s.ownLevel ? s.name + QStringLiteral("（本级）") : s.name, count(s.sessionsHeld),
            s.expected > 0 ? ChineseText::number(s.participationRate() * 100, 1) + QLatin1Char('%')
                           : QStringLiteral("—"),
            ChineseText::number(s.hoursPerMember(), 1)};
        if (year) {
            for (int g : s.grades)
                row << count(g);
        }
        rows.push_back(row);
    }
    c.table(columns, rows, tablePointSize, tablePaddingPt);
}

} // namespace

QString BulletinDocument::title(const BulletinData& data)
{
    return BulletinText::title(data);
}

std::unique_ptr<QTextDocument> BulletinDocument::build(const BulletinData& data, const Date& today)
{
    return buildFirstPart(data, today, data.members.size());
}

std::unique_ptr<QTextDocument>
BulletinDocument::buildFirstPart(const BulletinData& data, const Date& today, size_t memberRows)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title(data));
    DocumentComposer c(*document);

    // 版头: the mark, two blank lines, the number, the red line 4 mm under it.
    c.redMark(BulletinText::organMark(data), markSpaceAboveMm);
    c.blankLine();
    c.blankLine();
    c.documentNumber(BulletinText::documentNumber(data, today));
    c.redRule(4);

    // 主体: the title two blank lines under the red line, the addressee on the next line.
    c.blankLine();
    c.blankLine();
    c.title(BulletinText::titleParts(data));
    c.plain(BulletinText::addressee(data));
    body(c, BulletinText::body(data));

    // 附件说明 one blank line under the body, the signature one blank line under it.
    c.blankLine();
    c.paragraph(BulletinText::attachmentNote(data));
    c.blankLine();
    c.closing(BulletinText::signature(data), BulletinText::issueDate(data, today));

    // The attachment on a new page: 附件 on the first line, its title on the third.
    c.pageBreak();
    c.attachmentHeading(QStringLiteral("附件"));
    c.blankLine();
    c.title(BulletinText::attachmentTitle(data));
    if (!data.subOrgs.empty()) {
        c.heading2(QStringLiteral("（一）各党组织学习情况"));
        subOrgTable(c, data);
        c.heading2(QStringLiteral("（二）党员学习情况"));
    }
    memberTable(c, data, 0, memberRows);
    return document;
}

std::unique_ptr<QTextDocument> BulletinDocument::buildMemberPart(const BulletinData& data,
                                                                 size_t from, size_t to)
{
    auto document = std::make_unique<QTextDocument>();
    DocumentComposer c(*document);
    memberTable(c, data, from, to);
    return document;
}

Result<QByteArray> BulletinDocument::renderPdf(const BulletinData& data, const Date& today)
{
    if (data.members.size() <= wholeDocumentRows)
        return DocumentWriter::render(*build(data, today), DocumentFormat::Pdf);
    return renderPdfInParts(data, today, pagesPerPart);
}

Result<QByteArray> BulletinDocument::renderPdfInParts(const BulletinData& data, const Date& today,
                                                      int pages)
{
    // Parts of whole pages: the rows a page holds, measured on a part laid out as the PDF is.
    const size_t probe = 120;
    const int onFirstPage = DocumentWriter::tableRowsOnFirstPage(
        *buildMemberPart(data, 0, std::min(probe, data.members.size())));
    const size_t perPage = size_t(std::max(1, onFirstPage - 1)); // less the header row
    const size_t perPart = perPage * size_t(std::max(1, pages));
    auto parts = [&](int index) -> std::unique_ptr<QTextDocument> {
        if (index == 0)
            return buildFirstPart(data, today, perPart);
        const size_t from = perPart * size_t(index);
        if (from >= data.members.size())
            return nullptr;
        return buildMemberPart(data, from, from + perPart);
    };
    auto pdf = DocumentWriter::renderPdfParts(parts);
    if (!pdf)
        return pdf.error();
    return pdf->pdf;
}

BulletinRenderers BulletinDocument::renderers()
{
    BulletinRenderers r;
    r.pdf = [](const BulletinData& d) -> Result<QByteArray> { return renderPdf(d, d.issuedOn); };
    r.json = [](const BulletinData& d) { return BulletinJson::write(d); };
    r.title = [](const BulletinData& d) { return title(d); };
    return r;
}

} // namespace sl
