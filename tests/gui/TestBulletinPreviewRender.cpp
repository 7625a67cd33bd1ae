#include "report/BulletinSample.h"

#include "gui/bulletin/BulletinPreviewRender.h"
#include "report/BulletinDocument.h"
#include "report/PageSheets.h"

#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace sl;

namespace {

const Date kToday(2027, 1, 4);

int tableRows(const QTextDocument& document)
{
    int rows = 0;
    for (QTextFrame* frame : document.rootFrame()->childFrames())
        if (const auto* table = qobject_cast<const QTextTable*>(frame))
            rows += table->rows();
    return rows;
}

// A bulletin too long to lay out whole, with the secretary's prose of `paragraphs` paragraphs
// and, for `tallRows`, rows of several lines at the head of the attachment (organisations of
// long names), so that the rows after them are shorter than those the preview measures.
BulletinData large(int paragraphs, int tallRows = 0)
{
    BulletinData d = bulletinsample::group(int(BulletinDocument::wholeDocumentRows) + 500);
    for (int i = 0; i < tallRows; ++i)
        d.members[size_t(i)].orgName =
            QStringLiteral("中共示范县委机关第一党支部第%1学习小组（含离退休党员和流动党员）")
                .arg(i + 1)
                .repeated(3);
    QStringList prose;
    for (int i = 0; i < paragraphs; ++i)
        prose << QStringLiteral("支部坚持“第一议题”制度，把学习成果转化为推动工作的实际成效，"
                                "做到学思用贯通、知信行统一，第%1项做法。")
                     .arg(i + 1)
                     .repeated(6);
    d.prose.practices = prose.join(QLatin1Char('\n'));
    return d;
}

} // namespace

// The bounded preview of a long bulletin shows the letter and its member table to
// attachmentPages pages past the page the table starts on (previewPages at most); it lays its
// document out only as far as those pages reach, and they are the pages of the document of its
// first previewRows rows, pixel for pixel, whether the letter is short or runs past the pages
// shown.
class TestBulletinPreviewRender : public QObject
{
    Q_OBJECT

private slots:
    void theShownPagesAreThoseOfTheFirstRows_data()
    {
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("tallRows");
        QTest::addColumn<bool>("fewerRows");
        QTest::newRow("short letter") << 0 << 0 << true;
        QTest::newRow("letter of some pages") << 12 << 0 << true;
        QTest::newRow("letter past the shown pages") << 90 << 0 << true;
        QTest::newRow("tall rows first") << 0 << 40 << false;
    }

    void theShownPagesAreThoseOfTheFirstRows()
    {
        QFETCH(int, paragraphs);
        QFETCH(int, tallRows);
        QFETCH(bool, fewerRows);
        const BulletinData data = large(paragraphs, tallRows);
        const BulletinPreviewRender render = BulletinPreviewRender::render(data, kToday, nullptr);
        QVERIFY(render.document && render.sheets);
        QVERIFY(!render.isWhole());
        QCOMPARE(render.rowsShown, BulletinPreviewRender::previewRows);
        QCOMPARE(render.rowsTotal, data.members.size());

        auto whole = BulletinDocument::buildFirstPart(data, kToday, render.rowsShown);
        const PageSheets wholeSheets(*whole, BulletinPreviewRender::previewDpi);
        QVERIFY(wholeSheets.pageCount() > BulletinPreviewRender::previewPages);
        const auto table = wholeSheets.lastTableRows();
        QVERIFY(table);
        const int expected =
            std::min(BulletinPreviewRender::previewPages,
                     int(table->start) + 1 + BulletinPreviewRender::attachmentPages);
        if (paragraphs == 0) // a short letter: fewer pages than the most shown
            QVERIFY2(expected < BulletinPreviewRender::previewPages,
                     qPrintable(QString::number(expected)));
        QCOMPARE(render.shownPages(), expected);
        QVERIFY(render.pages.pageCount > expected);
        QVERIFY(render.pages.pageCount <= wholeSheets.pageCount());
        if (fewerRows)
            QVERIFY2(tableRows(*render.document) < tableRows(*whole),
                     qPrintable(QStringLiteral("%1 of %2")
                                    .arg(tableRows(*render.document))
                                    .arg(tableRows(*whole))));
        QCOMPARE(int(render.pages.images.size()), BulletinPreviewRender::paintedAhead);
        for (int page = 0; page < render.shownPages(); ++page) {
            const QImage shown = render.sheets->sheet(page);
            QVERIFY2(shown == wholeSheets.sheet(page), qPrintable(QString::number(page)));
            if (page < BulletinPreviewRender::paintedAhead)
                QVERIFY(render.pages.images[size_t(page)] == shown);
        }
    }
};

QTEST_MAIN(TestBulletinPreviewRender)
#include "TestBulletinPreviewRender.moc"
