#pragma once

#include "PdfText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

// What the ledger volume's tests read back from a PDF: the words of each page with their boxes
// (pdftotext -bbox, in points from the page's top left), grouped into the rows of the page,
// and the outline (qpdf --json).
namespace volumepdf {

struct Word
{
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;

    double xMid() const { return (xMin + xMax) / 2; }
    double yMid() const { return (yMin + yMax) / 2; }
};
using PageWords = std::vector<Word>;

inline std::vector<PageWords> words(const QString& pdf)
{
    const QString xml = pdftext::run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">(.*?)</word>"));
    std::vector<PageWords> out;
    const QStringList pages = xml.split(QStringLiteral("<page "));
    for (int i = 1; i < pages.size(); ++i) {
        PageWords page;
        auto it = wordRe.globalMatch(pages[i]);
        while (it.hasNext()) {
            const auto m = it.next();
            page.push_back({m.captured(1).toDouble(), m.captured(2).toDouble(),
                            m.captured(3).toDouble(), m.captured(4).toDouble(), m.captured(5)});
        }
        out.push_back(page);
    }
    return out;
}

// The words of a page in rows (their middles within 3 pt of each other), top to bottom, each
// left to right.
inline std::vector<PageWords> rows(PageWords page)
{
    std::sort(page.begin(), page.end(),
              [](const Word& a, const Word& b) { return a.yMid() < b.yMid(); });
    std::vector<PageWords> out;
    for (const Word& w : page) {
        if (out.empty() || w.yMid() - out.back().front().yMid() > 3)
            out.push_back({});
        out.back().push_back(w);
    }
    for (PageWords& r : out)
        std::sort(r.begin(), r.end(), [](const Word& a, const Word& b) { return a.xMin < b.xMin; });
    return out;
}

inline QString joined(const PageWords& row, int from = 0, int to = -1)
{
    QString out;
    for (int i = from; i < (to < 0 ? int(row.size()) : to); ++i)
        out += row[size_t(i)].text;
    return out;
}

// A bookmark as qpdf reads it back: its title, its page (0-based) and its bookmarks.
struct Bookmark
{
    QString title;
    int page = -1;
    std::vector<Bookmark> kids;
};

inline std::vector<Bookmark> bookmarks(const QJsonArray& items)
{
    std::vector<Bookmark> out;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("title")).toString(),
                       o.value(QStringLiteral("destpageposfrom1")).toInt() - 1,
                       bookmarks(o.value(QStringLiteral("kids")).toArray())});
    }
    return out;
}

// The outline of the PDF (qpdf --json --json-key=outlines); empty when qpdf is missing.
inline std::vector<Bookmark> outline(const QString& pdf)
{
    const QString json =
        pdftext::run(QStringLiteral("qpdf"),
                     {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf});
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    return bookmarks(root.value(QStringLiteral("outlines")).toArray());
}

} // namespace volumepdf
