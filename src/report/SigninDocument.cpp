#include "SigninDocument.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "SessionText.h"

#include <QTextDocument>

#include <algorithm>

namespace sl {

namespace {

using Column = DocumentComposer::Column;

constexpr double fieldsPointSize = 10.5;
constexpr double tablePointSize = 10.5; // 5号
constexpr double cellPaddingPt = 1;

std::vector<Column> columns()
{
    const Qt::Alignment centre = Qt::AlignHCenter;
    std::vector<Column> half{
        {QStringLiteral("姓名"), 10, centre, true},
        {QStringLiteral("职务"), 13, centre, true},
        {QStringLiteral("签到"), 14, centre, false, SigninDocument::signatureLinePt},
        {QStringLiteral("备注"), 13, centre, true}};
    std::vector<Column> both = half;
    both.insert(both.end(), half.begin(), half.end());
    return both;
}

QStringList cells(const SigninRow* row)
{
    if (!row)
        return {QString(), QString(), QString(), QString()};
    return {row->name, row->position, QString(), row->note};
}

// The rows of one page: the first half of `members` down the left, the rest down the right.
std::vector<QStringList> pageRows(const std::vector<SigninRow>& rows, size_t from, size_t count)
{
    const size_t lines = (count + 1) / 2;
    std::vector<QStringList> out;
    for (size_t i = 0; i < lines; ++i) {
        const SigninRow* left = &rows[from + i];
        const SigninRow* right = lines + i < count ? &rows[from + lines + i] : nullptr;
        out.push_back(cells(left) + cells(right));
    }
    return out;
}

} // namespace

QString SigninDocument::title(const SigninSheet& sheet)
{
    return sheet.groupName + ChineseText::date(sheet.session.date) + QStringLiteral("学习签到表");
}

std::unique_ptr<QTextDocument> SigninDocument::build(const SigninSheet& sheet)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, title(sheet));
    DocumentComposer c(*document);
    c.title(QStringLiteral("学习签到表"));
    const StudySession& s = sheet.session;
    c.fields({{QStringLiteral("学习组"), sheet.groupName},
              {QStringLiteral("日期"), ChineseText::date(s.date)},
              {QStringLiteral("学习主题"), s.topic, true},
              {QStringLiteral("时间"), sessiontext::timeSpan(s)},
              {QStringLiteral("地点"), s.location}},
             fieldsPointSize);
    const size_t total = sheet.rows.size();
    if (total == 0) {
        c.table(columns(), {}, tablePointSize, cellPaddingPt);
        c.plain(QStringLiteral("本次学习无应到成员。"));
        return document;
    }
    for (size_t from = 0; from < total; from += membersPerPage) {
        if (from > 0) {
            c.pageBreak();
            c.plain(QStringLiteral("%1（续）").arg(title(sheet)));
        }
        const size_t count = std::min<size_t>(membersPerPage, total - from);
        c.table(columns(), pageRows(sheet.rows, from, count), tablePointSize, cellPaddingPt);
    }
    return document;
}

} // namespace sl
