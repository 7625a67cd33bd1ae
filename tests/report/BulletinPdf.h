#pragma once

#include "PdfText.h"

#include <QImage>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include <vector>

// What the bulletin tests read back from a PDF: the text per page, the lines with their boxes
// (pdftotext -bbox-layout, in points from the page's top left), and page images (pdftoppm).
namespace bulletinpdf {

constexpr double pointsPerMm = 72.0 / 25.4;

struct Line
{
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text; // the words without spaces
};
using Page = std::vector<Line>;

inline std::vector<Page> lines(const QString& pdf)
{
    const QString xml = pdftext::run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    std::vector<Page> out;
    static const QRegularExpression lineRe(
        QStringLiteral("<line xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">(.*?)</line>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wordRe(QStringLiteral("<word [^>]*>(.*?)</word>"));
    const QStringList pages = xml.split(QStringLiteral("<page "));
    for (int i = 1; i < pages.size(); ++i) {
        Page page;
        auto it = lineRe.globalMatch(pages[i]);
        while (it.hasNext()) {
            const auto m = it.next();
            Line l{m.captured(1).toDouble(),
                   m.captured(2).toDouble(),
                   m.captured(3).toDouble(),
                   m.captured(4).toDouble(),
                   {}};
            auto words = wordRe.globalMatch(m.captured(5));
            while (words.hasNext())
                l.text += words.next().captured(1);
            page.push_back(l);
        }
        out.push_back(page);
    }
    return out;
}

// pdftotext of each page (split at the form feeds).
inline QStringList pages(const QString& pdf)
{
    QStringList out = pdftext::text(pdf).split(QLatin1Char('\f'));
    if (!out.isEmpty() && out.back().trimmed().isEmpty())
        out.removeLast();
    return out;
}

// The text without page numbers, line breaks and the spaces pdftotext puts where justification
// widened the gaps.
inline QString normalised(const QString& text)
{
    static const QRegularExpression pageNumber(QStringLiteral("—\\s*\\d+\\s*—"));
    QString t = text;
    t.remove(pageNumber);
    QString out;
    for (const QChar c : t) {
        if (c != u' ' && c != u'\n' && c != u'\r' && c != u'\f')
            out += c;
    }
    return out;
}

// Page `page` (1-based) as an image at `dpi`; a null image when pdftoppm is missing.
inline QImage pageImage(const QString& pdf, int page, int dpi, const QTemporaryDir& dir)
{
    const QString stem = dir.filePath(QStringLiteral("page%1").arg(page));
    const QString p = QString::number(page);
    // pdftoppm writes nothing on its standard output: the image tells whether it ran.
    pdftext::run(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), p,
                  QStringLiteral("-l"), p, QStringLiteral("-singlefile"), QStringLiteral("-png"),
                  pdf, stem});
    return QImage(stem + QStringLiteral(".png"));
}

inline bool isRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 110 && qBlue(c) < 110;
}

} // namespace bulletinpdf
