#include "BulletinSample.h"
#include "PdfText.h"

#include "report/BulletinDocument.h"
#include "report/DocumentWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace sl;

// A bulletin too long to lay out at once (a district's attachment) is painted in parts of whole
// pages: the same rows, in order, each once, the pages numbered on, and no more pages than the
// bulletin laid out whole (but the first part's last page, which the table may not fill).
class TestBulletinParts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const Date kToday{2027, 1, 4};

    QString write(const QString& name, const QByteArray& pdf)
    {
        const QString file = m_dir.filePath(name);
        return pdftext::writeFile(file, pdf) ? file : QString();
    }

    static int pageCount(const QString& pdf)
    {
        const QString info = pdftext::run(QStringLiteral("pdfinfo"), {pdf});
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // How often the member's name stands in the text as a name of its own (王小明5 is not in
    // 王小明50).
    static int occurrences(const QString& text, const QString& name)
    {
        const QRegularExpression whole(QStringLiteral("(?<![\\d\\p{Han}])") +
                                       QRegularExpression::escape(name) +
                                       QStringLiteral("(?![\\d\\p{Han}])"));
        int n = 0;
        for (auto it = whole.globalMatch(text); it.hasNext(); it.next())
            ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
    }

    void partsHoldEveryRowOnceOnWholePages()
    {
        const BulletinData d = bulletinsample::group(300);
        auto whole =
            DocumentWriter::render(*BulletinDocument::build(d, kToday), DocumentFormat::Pdf);
        QVERIFY(whole.ok());
        auto parted = BulletinDocument::renderPdfInParts(d, kToday, 2);
        QVERIFY2(parted.ok(), parted.ok() ? "" : qPrintable(parted.error().text()));
        const QString wholePdf = write(QStringLiteral("whole.pdf"), *whole);
        const QString partedPdf = write(QStringLiteral("parted.pdf"), *parted);

        const int wholePages = pageCount(wholePdf);
        const int partedPages = pageCount(partedPdf);
        QVERIFY(wholePages > 8); // the attachment spans several parts of two pages
        QVERIFY2(
            partedPages >= wholePages && partedPages <= wholePages + 1,
            qPrintable(
                QStringLiteral("%1 pages in parts, %2 whole").arg(partedPages).arg(wholePages)));

        const QString text = pdftext::text(partedPdf);
        // The attachment: after its title (the body names members too).
        const QString table = text.mid(text.lastIndexOf(QStringLiteral("统计表")));
        for (int i = 0; i < int(d.members.size()); ++i)
            QVERIFY2(occurrences(table, d.members[size_t(i)].figures.name) == 1,
                     qPrintable(d.members[size_t(i)].figures.name));
        // In order: the last row's name after the first's.
        QVERIFY(table.indexOf(d.members.back().figures.name) >
                table.indexOf(d.members.front().figures.name));
        // The pages are numbered on through the parts: — 1 — … — n —, each once.
        for (int page = 1; page <= partedPages; ++page)
            QVERIFY2(text.count(QStringLiteral("— %1 —").arg(page)) == 1,
                     qPrintable(QString::number(page)));
        // Each part's table repeats the header row (every page of the attachment has it).
        QVERIFY2(text.count(QStringLiteral("发言")) >= partedPages - 3,
                 qPrintable(QStringLiteral("%1 of %2")
                                .arg(text.count(QStringLiteral("发言")))
                                .arg(partedPages)));
    }

    void smallBulletinsAreOneDocument()
    {
        const BulletinData d = bulletinsample::group(30);
        auto pdf = BulletinDocument::renderPdf(d, kToday);
        auto whole =
            DocumentWriter::render(*BulletinDocument::build(d, kToday), DocumentFormat::Pdf);
        QVERIFY(pdf.ok() && whole.ok());
        QCOMPARE(pageCount(write(QStringLiteral("small.pdf"), *pdf)),
                 pageCount(write(QStringLiteral("small-whole.pdf"), *whole)));
    }
};

QTEST_MAIN(TestBulletinParts)
#include "TestBulletinParts.moc"
