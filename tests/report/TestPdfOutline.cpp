#include "VolumePdf.h"

#include "report/DocumentComposer.h"
#include "report/DocumentWriter.h"
#include "report/PdfOutline.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace sl;
namespace vp = volumepdf;

// PdfOutline over a PDF of the report layer: the bookmarks read back with qpdf (titles in any
// script, pages, nesting, order), the text and the pages left as they were.
class TestPdfOutline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_pdf; // four pages: 第一部分 on page 1, 第二部分 on 2, its sections on 3 and 4

    QString write(const QByteArray& bytes, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        return pdftext::writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
                 "qpdf is needed to read the outline back");
        QTextDocument doc;
        DocumentComposer c(doc);
        const QStringList headings{QStringLiteral("第一部分"), QStringLiteral("第二部分"),
                                   QStringLiteral("（一）甲节"), QStringLiteral("（二）乙节")};
        for (int i = 0; i < headings.size(); ++i) {
            if (i > 0)
                c.pageBreak();
            c.anchor(i);
            c.heading1(headings[i]);
            c.paragraph(QStringLiteral("正文"));
        }
        auto pdf = DocumentWriter::renderPdf(doc);
        QVERIFY(pdf.ok());
        QCOMPARE(pdf->pageCount, 4);
        QCOMPARE(pdf->anchors, (DocumentWriter::AnchorPages{{0, 0}, {1, 1}, {2, 2}, {3, 3}}));
        m_pdf = pdf->pdf;
    }

    void bookmarksReadBack()
    {
        const std::vector<OutlineEntry> entries{
            {QStringLiteral("第一部分"), 0, {}},
            {QStringLiteral("第二部分 Part two"),
             1,
             {{QStringLiteral("（一）甲节"), 2, {}}, {QStringLiteral("（二）乙节 ü"), 3, {}}}}};
        auto marked = PdfOutline::addOutline(m_pdf, entries);
        QVERIFY2(marked.ok(), qPrintable(marked.ok() ? QString() : marked.error().text()));
        const QString file = write(*marked, QStringLiteral("marked.pdf"));
        const std::vector<vp::Bookmark> read = vp::outline(file);
        QCOMPARE(read.size(), size_t(2));
        QCOMPARE(read[0].title, QStringLiteral("第一部分"));
        QCOMPARE(read[0].page, 0);
        QVERIFY(read[0].kids.empty());
        QCOMPARE(read[1].title, QStringLiteral("第二部分 Part two"));
        QCOMPARE(read[1].page, 1);
        QCOMPARE(read[1].kids.size(), size_t(2));
        QCOMPARE(read[1].kids[0].title, QStringLiteral("（一）甲节"));
        QCOMPARE(read[1].kids[0].page, 2);
        QCOMPARE(read[1].kids[1].title, QStringLiteral("（二）乙节 ü"));
        QCOMPARE(read[1].kids[1].page, 3);

        // The reader opens the outline; the pages and their text are as they were.
        QVERIFY(marked->contains("/PageMode /UseOutlines"));
        const QString plain = write(m_pdf, QStringLiteral("plain.pdf"));
        QCOMPARE(pdftext::text(file), pdftext::text(plain));
        QVERIFY(pdftext::text(file).contains(QStringLiteral("（二）乙节")));
    }

    void noEntriesLeavesThePdf()
    {
        auto same = PdfOutline::addOutline(m_pdf, {});
        QVERIFY(same.ok());
        QCOMPARE(*same, m_pdf);
    }

    void refusals()
    {
        auto beyond = PdfOutline::addOutline(m_pdf, {{QStringLiteral("x"), 4, {}}});
        QVERIFY(!beyond.ok());
        QCOMPARE(beyond.error().code, ErrorCode::Io);
        auto negative = PdfOutline::addOutline(
            m_pdf, {{QStringLiteral("x"), 0, {{QStringLiteral("y"), -1, {}}}}});
        QVERIFY(!negative.ok());
        auto garbage =
            PdfOutline::addOutline(QByteArray("not a pdf"), {{QStringLiteral("x"), 0, {}}});
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, ErrorCode::Io);
    }
};

QTEST_MAIN(TestPdfOutline)
#include "TestPdfOutline.moc"
