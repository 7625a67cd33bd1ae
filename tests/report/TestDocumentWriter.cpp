#include "PdfText.h"

#include "report/DocumentComposer.h"
#include "report/DocumentWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace sl;

class TestDocumentWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Three pages or so of headings and paragraphs with characters that Noto would spoil.
    static std::unique_ptr<QTextDocument> sample()
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->setMetaInformation(QTextDocument::DocumentTitle, QStringLiteral("测试文档"));
        DocumentComposer c(*doc);
        c.title(QStringLiteral("关于学习情况的报告"));
        for (int i = 0; i < 3; ++i) {
            c.heading1(QStringLiteral("一、门前日月见长"));
            c.heading2(QStringLiteral("（一）自言自语"));
            for (int p = 0; p < 6; ++p)
                c.paragraph(QStringLiteral("一二三四五六七八九十，日月山川，门户人心，言行一致，"
                                           "工作生活，见贤思齐。第%1段。")
                                .arg(p + 1));
        }
        c.table({{QStringLiteral("项目"), 50}, {QStringLiteral("数量"), 50}},
                {{QStringLiteral("集体学习"), QStringLiteral("12")}});
        return doc;
    }

    // x of the page number (the digits) on each page, from pdftotext -bbox.
    static QList<double> pageNumberX(const QString& bbox)
    {
        QList<double> out;
        const QStringList pages = bbox.split(QStringLiteral("<page "));
        for (int i = 1; i < pages.size(); ++i) {
            static const QRegularExpression word(
                QStringLiteral("<word xMin=\"([0-9.]+)\"[^>]*>(\\d+)</word>"));
            double x = -1;
            auto it = word.globalMatch(pages[i]);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.captured(2) == QString::number(i))
                    x = m.captured(1).toDouble(); // the last match: the number at the foot
            }
            out << x;
        }
        return out;
    }

private slots:
    void formatNames()
    {
        QCOMPARE(DocumentWriter::formatFromName(QStringLiteral("PDF")),
                 std::optional<DocumentFormat>(DocumentFormat::Pdf));
        QCOMPARE(DocumentWriter::formatFromName(QStringLiteral("odt")),
                 std::optional<DocumentFormat>(DocumentFormat::Odt));
        QCOMPARE(DocumentWriter::formatFromName(QStringLiteral("html")),
                 std::optional<DocumentFormat>(DocumentFormat::Html));
        QVERIFY(!DocumentWriter::formatFromName(QStringLiteral("docx")));
        QCOMPARE(DocumentWriter::extension(DocumentFormat::Odt), QStringLiteral("odt"));
    }

    // The preview's pages: A4 sheets at the resolution asked, as many as the PDF has, with ink
    // inside the text block and at the foot (the page number), the margins left blank.
    void pageImagesAreTheSheetsOfThePdf()
    {
        auto doc = sample();
        auto pdf = DocumentWriter::render(*doc, DocumentFormat::Pdf);
        QVERIFY(pdf.ok());
        const QString file = m_dir.filePath(QStringLiteral("pages.pdf"));
        QVERIFY(pdftext::writeFile(file, *pdf));
        const auto preview = DocumentWriter::pageImages(*doc, 50.8); // 2 px a mm
        const std::vector<QImage>& pages = preview.images;
        const QString info = pdftext::run(QStringLiteral("pdfinfo"), {file});
        const auto count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(count.hasMatch(), "pdfinfo (poppler-utils) is needed");
        QCOMPARE(int(pages.size()), count.captured(1).toInt());
        QCOMPARE(preview.pageCount, int(pages.size()));
        QVERIFY(pages.size() >= 2);
        auto inked = [](const QImage& image, const QRect& area) {
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    if (qGray(image.pixel(x, y)) < 128)
                        return true;
            return false;
        };
        for (const QImage& page : pages) {
            QCOMPARE(page.size(), QSize(420, 594));
            QVERIFY(inked(page, QRect(56, 74, 312, 450))); // the text block
            QVERIFY(!inked(page, QRect(0, 0, 420, 70)));   // the top margin (天头)
            QVERIFY(!inked(page, QRect(0, 80, 52, 440)));  // the left margin (订口)
            QVERIFY(inked(page, QRect(56, 538, 312, 30))); // the page number
        }
        CancelFlag cancel;
        cancel.cancel();
        QVERIFY(DocumentWriter::pageImages(*doc, 50.8, &cancel).images.empty());
        const auto first = DocumentWriter::pageImages(*doc, 50.8, nullptr, 1);
        QCOMPARE(int(first.images.size()), 1);
        QCOMPARE(first.pageCount, int(pages.size()));
    }

    void pdfIsA4WithEmbeddedFontsAndCleanText()
    {
        auto doc = sample();
        auto pdf = DocumentWriter::render(*doc, DocumentFormat::Pdf);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString file = m_dir.filePath(QStringLiteral("sample.pdf"));
        QVERIFY(pdftext::writeFile(file, *pdf));

        const QString info = pdftext::run(QStringLiteral("pdfinfo"), {file});
        QVERIFY2(!info.isNull(), "pdfinfo (poppler-utils) is needed");
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("测试文档")));
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pageCount = pages.match(info).captured(1).toInt();
        QVERIFY2(pageCount >= 2, qPrintable(info));

        // Every font is embedded.
        const QStringList fonts = pdftext::run(QStringLiteral("pdffonts"), {file})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols[cols.size() - 5] == QLatin1String("yes"),
                     qPrintable(line));
        }

        const QString text = pdftext::text(file);
        QVERIFY2(!text.isNull(), "pdftotext (poppler-utils) is needed");
        QCOMPARE(pdftext::radicals(text), QString());
        const QString flat = pdftext::squeezed(text);
        QVERIFY(flat.contains(QStringLiteral("关于学习情况的报告")));
        QVERIFY(flat.contains(QStringLiteral("一、门前日月见长")));
        QVERIFY(flat.contains(QStringLiteral("（一）自言自语")));
        QVERIFY(
            flat.contains(QStringLiteral("一二三四五六七八九十，日月山川，门户人心，言行一致")));
        QVERIFY(text.contains(QStringLiteral("— 1 —")));
        QVERIFY(text.contains(QStringLiteral("— 2 —")));
    }

    void pageNumbersOddRightEvenLeft()
    {
        auto doc = sample();
        const QString file = m_dir.filePath(QStringLiteral("numbers.pdf"));
        QVERIFY(DocumentWriter::writeFile(*doc, DocumentFormat::Pdf, file).ok());
        const QString bbox = pdftext::run(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-bbox"), file, QStringLiteral("-")});
        QVERIFY(!bbox.isNull());
        const QList<double> xs = pageNumberX(bbox);
        QVERIFY(xs.size() >= 2);
        const double half = 595.0 / 2;
        QVERIFY2(xs[0] > half, qPrintable(QString::number(xs[0])));
        QVERIFY2(xs[1] > 0 && xs[1] < half, qPrintable(QString::number(xs[1])));
    }

    void odtAndHtml()
    {
        auto doc = sample();
        auto odt = DocumentWriter::render(*doc, DocumentFormat::Odt);
        QVERIFY(odt.ok());
        QVERIFY(odt->startsWith("PK"));
        QVERIFY(odt->contains("application/vnd.oasis.opendocument.text"));
        auto html = DocumentWriter::render(*doc, DocumentFormat::Html);
        QVERIFY(html.ok());
        const QString text = QString::fromUtf8(*html);
        QVERIFY(text.contains(QStringLiteral("<meta charset=\"utf-8\"")));
        QVERIFY(text.contains(QStringLiteral("<title>测试文档</title>")));
        QVERIFY(text.contains(QStringLiteral("一、门前日月见长")));
    }

    void unwritableFileIsAnError()
    {
        auto doc = sample();
        Status s = DocumentWriter::writeFile(*doc, DocumentFormat::Html,
                                             m_dir.filePath(QStringLiteral("no/such/dir/x.html")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Io);
    }
};

QTEST_MAIN(TestDocumentWriter)
#include "TestDocumentWriter.moc"
