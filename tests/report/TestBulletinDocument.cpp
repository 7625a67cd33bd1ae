#include "BulletinPdf.h"
#include "BulletinSample.h"
#include "PdfText.h"

#include "domain/BulletinText.h"
#include "report/BulletinDocument.h"
#include "report/DocumentWriter.h"
#include "report/OfficialPage.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace sl;
namespace bp = bulletinpdf;

namespace {

const Date kToday(2027, 1, 4);

QString squeezedProse(const QStringList& prose)
{
    return bp::normalised(prose.join(QString()));
}

bool fullWidth(const QString& text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
}

// unzip -p of one member of a zip file; null when unzip is missing or fails.
QByteArray unzipped(const QString& zip, const QString& member)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, {QStringLiteral("-p"), zip, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// The character data of an XML document; `error` gets the parser's complaint.
QString xmlText(const QByteArray& xml, QString* error)
{
    QXmlStreamReader r(xml);
    QString out;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            out += r.text();
        else if (r.isEndElement() && r.name() == QLatin1String("p"))
            out += QLatin1Char('\n');
    }
    if (r.hasError())
        *error = r.errorString();
    return out;
}

} // namespace

class TestBulletinDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePdf(const BulletinData& data, const QString& name)
    {
        auto doc = BulletinDocument::build(data, kToday);
        const QString file = m_dir.filePath(name);
        const Status s = DocumentWriter::writeFile(*doc, DocumentFormat::Pdf, file);
        return s.ok() ? file : QString();
    }

    // The text of the pages before the attachment is the prose character for character; the
    // attachment's page opens with 附件 and its title. Returns the attachment's first page
    // (0-based), -1 on failure (after a failed check).
    static int compareProse(const QString& pdf, const BulletinData& data)
    {
        const QStringList pages = bp::pages(pdf);
        const QStringList prose = BulletinText::prose(data, kToday);
        const QString head = QStringLiteral("附件") + BulletinText::attachmentTitle(data);
        int attachment = -1;
        for (int i = 0; i < pages.size() && attachment < 0; ++i) {
            if (bp::normalised(pages[i]).startsWith(head))
                attachment = i;
        }
        if (attachment < 1)
            return -1;
        const QString body = bp::normalised(pages.mid(0, attachment).join(QString()));
        const QString expected = squeezedProse(prose.mid(0, prose.size() - 2));
        if (body != expected) {
            int at = 0;
            while (at < body.size() && at < expected.size() && body[at] == expected[at])
                ++at;
            qWarning().noquote() << "differs at" << at << "\n pdf: " << body.mid(at - 20, 80)
                                 << "\n prose:" << expected.mid(at - 20, 80);
            return -1;
        }
        return attachment;
    }

    static void checkFontsEmbedded(const QString& pdf)
    {
        const QStringList fonts = pdftext::run(QStringLiteral("pdffonts"), {pdf})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols[cols.size() - 5] == QLatin1String("yes"),
                     qPrintable(line));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
    }

    void titleIsTheDocumentTitle()
    {
        const BulletinData d = bulletinsample::group();
        auto doc = BulletinDocument::build(d, kToday);
        QCOMPARE(BulletinDocument::title(d),
                 QStringLiteral("关于2026年度机关第一支部学习组学习情况的通报"));
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), BulletinDocument::title(d));
    }

    void groupPdfGivesTheProseBack()
    {
        const BulletinData d = bulletinsample::group();
        const QString pdf = writePdf(d, QStringLiteral("group.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString info = pdftext::run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
        QVERIFY(info.contains(BulletinDocument::title(d)));
        checkFontsEmbedded(pdf);

        const QString text = pdftext::text(pdf);
        QCOMPARE(pdftext::radicals(text), QString());
        const QString flat = bp::normalised(text);
        QVERIFY(flat.contains(QStringLiteral("关于2026年度机关第一支部学习组学习情况的通报")));
        QVERIFY2(flat.contains(QStringLiteral("特此通报。")),
                 qPrintable(flat.mid(flat.indexOf(QStringLiteral("特此")) - 20, 60)));
        QVERIFY(flat.contains(QStringLiteral("附件：2026年度学习情况统计表")));
        QVERIFY(text.contains(QStringLiteral("— 1 —")));
        const int attachment = compareProse(pdf, d);
        QVERIFY2(attachment > 0, "the body pages are not the prose (see the warning)");
    }

    void organisationPdfGivesTheProseAndTheSubOrganisations()
    {
        const BulletinData d = bulletinsample::organisation();
        const QString pdf = writePdf(d, QStringLiteral("org.pdf"));
        QVERIFY(!pdf.isEmpty());
        checkFontsEmbedded(pdf);
        const int attachment = compareProse(pdf, d);
        QVERIFY2(attachment > 0, "the body pages are not the prose (see the warning)");
        const QString rest = bp::normalised(bp::pages(pdf).mid(attachment).join(QString()));
        for (const QString& s :
             {QStringLiteral("（一）各党组织学习情况"), QStringLiteral("机关党委（本级）"),
              QStringLiteral("机关第二党支部"), QStringLiteral("76.4%"),
              QStringLiteral("（二）党员学习情况"), QStringLiteral("基本合格")})
            QVERIFY2(rest.contains(s), qPrintable(s));
    }

    // GB/T 9704: the text block 37 mm from the top and 28 mm from the left, 28 characters a
    // line in 156 mm; the page numbers outside.
    void textBlockAndLineLength()
    {
        const QString pdf = writePdf(bulletinsample::group(), QStringLiteral("geometry.pdf"));
        const std::vector<bp::Page> pages = bp::lines(pdf);
        QVERIFY(pages.size() >= 4);
        const double mm = bp::pointsPerMm;
        const double blockBottom = (OfficialPage::heightMm - OfficialPage::bottomMm) * mm;
        const double pitch = OfficialPage::characterPitchPt();
        double oddLeft = 1e9;
        for (size_t p = 2; p < pages.size(); p += 2) { // odd pages after the first
            double top = 1e9;
            for (const bp::Line& l : pages[p]) {
                if (l.yMax > blockBottom)
                    continue; // the page number
                top = std::min(top, l.yMin);
                oddLeft = std::min(oddLeft, l.xMin);
            }
            QVERIFY2(std::abs(top / mm - 37) <= 1, qPrintable(QString::number(top / mm)));
        }
        QVERIFY2(std::abs(oddLeft / mm - 28) <= 1, qPrintable(QString::number(oddLeft / mm)));
        for (const bp::Page& page : pages) {
            for (const bp::Line& l : page)
                QVERIFY2(l.xMin / mm > 27 && l.xMax / mm < 185, qPrintable(l.text));
        }
        int full = 0;
        for (const bp::Page& page : pages) {
            for (const bp::Line& l : page) {
                if (!fullWidth(l.text))
                    continue;
                QVERIFY2(l.text.size() <= 28, qPrintable(l.text));
                if (l.text.size() == 28) {
                    ++full;
                    QVERIFY2(std::abs(l.xMin / mm - 28) <= 1, qPrintable(l.text));
                    QVERIFY2(std::abs((l.xMax - l.xMin) - 156 * mm) <= pitch,
                             qPrintable(QString::number((l.xMax - l.xMin) / mm)));
                }
            }
        }
        QVERIFY2(full >= 3, qPrintable(QString::number(full)));
    }

    // The red line: as wide as the text block, 4 mm under the number; the mark red and centred
    // above it.
    void redHeader()
    {
        const QString pdf = writePdf(bulletinsample::group(), QStringLiteral("header.pdf"));
        const std::vector<bp::Page> pages = bp::lines(pdf);
        QVERIFY(!pages.empty());
        const double mm = bp::pointsPerMm;
        double numberFoot = -1, titleTop = -1;
        for (const bp::Line& l : pages[0]) {
            if (l.text.contains(QStringLiteral("〔2026〕")))
                numberFoot = l.yMax / mm;
            if (l.text.startsWith(QStringLiteral("关于")) && titleTop < 0)
                titleTop = l.yMin / mm;
        }
        QVERIFY(numberFoot > 0 && titleTop > numberFoot);

        constexpr int dpi = 200;
        const QImage page = bp::pageImage(pdf, 1, dpi, m_dir);
        QVERIFY2(!page.isNull(), "pdftoppm (poppler-utils) is needed");
        const double pxPerMm = dpi / 25.4;
        int ruleRow = -1, ruleLeft = -1, ruleRight = -1;
        int markTop = -1, markLeft = page.width(), markRight = -1;
        for (int y = 0; y < page.height(); ++y) {
            int count = 0, first = -1, last = -1;
            for (int x = 0; x < page.width(); ++x) {
                if (bp::isRed(page.pixel(x, y))) {
                    ++count;
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (count > 0.9 * 156 * pxPerMm) {
                if (ruleRow < 0) {
                    ruleRow = y;
                    ruleLeft = first;
                    ruleRight = last;
                }
            } else if (count > 0 && ruleRow < 0) {
                markTop = markTop < 0 ? y : markTop;
                markLeft = std::min(markLeft, first);
                markRight = std::max(markRight, last);
            }
        }
        QVERIFY2(ruleRow > 0, "no red line");
        const double ruleMm = ruleRow / pxPerMm;
        QVERIFY2(std::abs(ruleMm - numberFoot - 4) <= 1,
                 qPrintable(
                     QStringLiteral("rule %1 mm, number foot %2 mm").arg(ruleMm).arg(numberFoot)));
        QVERIFY2(std::abs(ruleLeft / pxPerMm - 28) <= 1, qPrintable(QString::number(ruleLeft)));
        QVERIFY2(std::abs(ruleRight / pxPerMm - 184) <= 1, qPrintable(QString::number(ruleRight)));
        QVERIFY2(titleTop > ruleMm + 15, qPrintable(QString::number(titleTop)));
        // The mark: red, above the number, centred on the text block (106 mm).
        QVERIFY2(markTop > 0 && markTop / pxPerMm < numberFoot - 15,
                 "no red mark above the number");
        // GB/T 9704: the mark's top edge 35 mm below the text block's (the ink of the glyphs
        // starts a little under their em box).
        QVERIFY2(std::abs(markTop / pxPerMm - (37 + 35)) <= 2.5,
                 qPrintable(QString::number(markTop / pxPerMm)));
        QVERIFY2(std::abs((markLeft + markRight) / 2.0 / pxPerMm - 106) <= 2,
                 qPrintable(QString::number((markLeft + markRight) / 2.0 / pxPerMm)));
    }

    // The attachment: a new page, the header row on every page, no row split across pages.
    void attachmentRowsStayWhole()
    {
        const BulletinData d = bulletinsample::group();
        const QString pdf = writePdf(d, QStringLiteral("rows.pdf"));
        const int first = compareProse(pdf, d);
        QVERIFY(first > 0);
        const QStringList pages = bp::pages(pdf);
        QVERIFY2(pages.size() - first >= 2, "the table of 30 members should span two pages");
        for (int p = first; p < pages.size(); ++p)
            QVERIFY2(bp::normalised(pages[p]).contains(QStringLiteral("所在组织")),
                     qPrintable(QString::number(p + 1)));
        // No cell printed over another (a row cut at a page's foot would continue over the
        // repeated header).
        const std::vector<bp::Page> boxes = bp::lines(pdf);
        for (size_t p = size_t(first); p < boxes.size(); ++p) {
            for (size_t i = 0; i < boxes[p].size(); ++i) {
                for (size_t j = i + 1; j < boxes[p].size(); ++j) {
                    const bp::Line& a = boxes[p][i];
                    const bp::Line& b = boxes[p][j];
                    const bool overlap = a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 &&
                                         a.yMin < b.yMax - 0.5 && b.yMin < a.yMax - 0.5;
                    QVERIFY2(!overlap, qPrintable(a.text + QStringLiteral(" / ") + b.text));
                }
            }
        }
        for (const BulletinMemberRow& r : d.members) {
            int namePage = -1, notesPage = -1;
            for (int p = first; p < pages.size(); ++p) {
                const QString t = bp::normalised(pages[p]);
                if (t.contains(r.figures.name))
                    namePage = p;
                if (t.contains(QString::number(r.figures.notesChars)))
                    notesPage = p;
            }
            QVERIFY2(namePage >= first && namePage == notesPage, qPrintable(r.figures.name));
        }
    }

    void pageNumbersOddRightEvenLeft()
    {
        const QString pdf = writePdf(bulletinsample::group(), QStringLiteral("numbers.pdf"));
        const std::vector<bp::Page> pages = bp::lines(pdf);
        QVERIFY(pages.size() >= 2);
        for (size_t p = 0; p < pages.size(); ++p) {
            const QString number = QStringLiteral("—%1—").arg(p + 1);
            const auto it = std::find_if(pages[p].begin(), pages[p].end(),
                                         [&](const bp::Line& l) { return l.text == number; });
            QVERIFY2(it != pages[p].end(), qPrintable(number));
            const bool odd = p % 2 == 0;
            QVERIFY2(odd ? it->xMin > 595 / 2.0 : it->xMax < 595 / 2.0, qPrintable(number));
        }
    }

    void odtHoldsTheProse()
    {
        const BulletinData d = bulletinsample::organisation();
        auto doc = BulletinDocument::build(d, kToday);
        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
        // An ODF package: a zip whose first member is the uncompressed mimetype.
        QVERIFY(odt->startsWith("PK\x03\x04"));
        QCOMPARE(odt->mid(30, 8), QByteArray("mimetype"));
        QVERIFY(odt->mid(38, 39) == "application/vnd.oasis.opendocument.text");
        const QString file = m_dir.filePath(QStringLiteral("org.odt"));
        QVERIFY(pdftext::writeFile(file, *odt));
        const QByteArray content = unzipped(file, QStringLiteral("content.xml"));
        if (content.isNull())
            QSKIP("unzip is not installed: content.xml not read");
        QString error;
        const QString text = bp::normalised(xmlText(content, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& p : BulletinText::prose(d, kToday))
            QVERIFY2(text.contains(bp::normalised(p)), qPrintable(p));
        QVERIFY(text.contains(QStringLiteral("机关党委（本级）")));
        // The red of the header is carried.
        QVERIFY(content.toLower().contains("#e60012"));
    }

    void odtConvertsWithLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: the ODT is not converted to text");
        const BulletinData d = bulletinsample::group();
        auto doc = BulletinDocument::build(d, kToday);
        const QString file = m_dir.filePath(QStringLiteral("lo.odt"));
        QVERIFY(DocumentWriter::writeFile(*doc, DocumentFormat::Odt, file).ok());
        QProcess p;
        p.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                          QStringLiteral("txt:Text (encoded):UTF8"), QStringLiteral("--outdir"),
                          m_dir.path(), file});
        QVERIFY(p.waitForFinished(120000));
        QFile txt(m_dir.filePath(QStringLiteral("lo.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        const QString text = bp::normalised(QString::fromUtf8(txt.readAll()));
        for (const QString& s : BulletinText::prose(d, kToday))
            QVERIFY2(text.contains(bp::normalised(s)), qPrintable(s));
    }

    void htmlHoldsTheProse()
    {
        const BulletinData d = bulletinsample::group();
        auto doc = BulletinDocument::build(d, kToday);
        auto html = DocumentWriter::render(*doc, DocumentFormat::Html);
        QVERIFY(html.ok());
        QTextDocument parsed;
        parsed.setHtml(QString::fromUtf8(*html));
        QCOMPARE(parsed.metaInformation(QTextDocument::DocumentTitle), BulletinDocument::title(d));
        // A title of two lines breaks between its units (the line break is not text).
        QString text = parsed.toPlainText();
        text.remove(QChar(QChar::LineSeparator));
        text.remove(QLatin1Char('\n'));
        for (const QString& p : BulletinText::prose(d, kToday))
            QVERIFY2(text.contains(p), qPrintable(p));
    }

    // GB/T 9704: a title that takes two lines breaks between whole units, never inside a name
    // or 通报, and the lines are as even as the units allow.
    void aLongTitleBreaksBetweenItsUnits()
    {
        const BulletinData d = bulletinsample::group();
        auto doc = BulletinDocument::build(d, kToday);
        const QStringList parts = BulletinText::titleParts(d);
        QCOMPARE(parts.join(QString()), BulletinDocument::title(d));
        QString titleBlock;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().remove(QChar(QChar::LineSeparator)) == BulletinDocument::title(d))
                titleBlock = b.text();
        }
        QVERIFY2(!titleBlock.isEmpty(), "the title block");
        // 关于2026年度机关第一支部学习组学习情况的通报 is 24 characters of 22 pt (528 pt) in a
        // 442 pt block: two lines, broken after the group's name (about 15 and 7 characters)
        // rather than after 年度 (about 6 and 16).
        const QStringList lines = titleBlock.split(QChar(QChar::LineSeparator));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), parts.at(0) + parts.at(1));
        QCOMPARE(lines.last(), QStringLiteral("学习情况的通报"));
    }

    // Markup, a formula and control characters in the secretary's prose and the names are text:
    // escaped in HTML, harmless in the ODT's XML, replaced where XML cannot hold them.
    void hostileTextIsHarmless()
    {
        BulletinData d = bulletinsample::group();
        d.prose.practices = QStringLiteral("<script>alert(1)</script>\n=1+1\n控制\x01字符\x1b结束");
        d.scope.name = QStringLiteral("</title><b>组</b>&amp;");
        d.members[0].figures.name = QStringLiteral("=HYPERLINK(\"x\")");
        auto doc = BulletinDocument::build(d, kToday);

        auto html = DocumentWriter::render(*doc, DocumentFormat::Html);
        QVERIFY(html.ok());
        const QString h = QString::fromUtf8(*html);
        QVERIFY(!h.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!h.contains(QStringLiteral("<b>组")));
        QCOMPARE(h.count(QStringLiteral("</title>")), 1);
        QTextDocument parsed;
        parsed.setHtml(h);
        const QString plain = parsed.toPlainText();
        QVERIFY(plain.contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(plain.contains(QStringLiteral("=1+1")));
        QVERIFY(plain.contains(QStringLiteral("控制") + QChar::ReplacementCharacter +
                               QStringLiteral("字符")));
        QVERIFY(!plain.contains(QChar(0x01)) && !plain.contains(QChar(0x1b)));

        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
        const QString file = m_dir.filePath(QStringLiteral("hostile.odt"));
        QVERIFY(pdftext::writeFile(file, *odt));
        const QByteArray content = unzipped(file, QStringLiteral("content.xml"));
        if (content.isNull())
            QSKIP("unzip is not installed: content.xml not read");
        QString error;
        const QString text = xmlText(content, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(text.contains(QStringLiteral("=HYPERLINK(\"x\")")));
        QVERIFY(!content.contains("<script"));
        QVERIFY(!content.contains("table:formula"));
    }

    // SL_BULLETIN_IMAGES=DIR writes the pages of a group and an organisation bulletin as PNG
    // at 60 dpi (docs/images: bulletin-group-N.png, bulletin-org-N.png).
    void pageImagesForTheDocs()
    {
        const QString dir = qEnvironmentVariable("SL_BULLETIN_IMAGES");
        if (dir.isEmpty())
            QSKIP("set SL_BULLETIN_IMAGES=DIR to write the page images");
        QVERIFY(QDir().mkpath(dir));
        const std::pair<BulletinData, QString> bulletins[] = {
            {bulletinsample::group(), QStringLiteral("bulletin-group")},
            {bulletinsample::organisation(), QStringLiteral("bulletin-org")}};
        for (const auto& [data, name] : bulletins) {
            const QString pdf = writePdf(data, name + QStringLiteral(".pdf"));
            QVERIFY(!pdf.isEmpty());
            pdftext::run(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf,
                          QDir(dir).filePath(name)});
            QVERIFY(QFile::exists(QDir(dir).filePath(name + QStringLiteral("-1.png"))));
        }
    }
};

QTEST_MAIN(TestBulletinDocument)
#include "TestBulletinDocument.moc"
