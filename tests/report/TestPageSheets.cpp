#include "BulletinSample.h"

#include "report/BulletinDocument.h"
#include "report/DocumentWriter.h"
#include "report/OfficialPage.h"
#include "report/PagePainter.h"
#include "report/PageSheets.h"

#include <QPainter>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace sl;

namespace {

const Date kToday(2027, 1, 4);
constexpr double kDpi = 60;

// A bulletin whose own paragraphs run over page edges: the secretary's prose of some pages.
BulletinData longProse()
{
    BulletinData d = bulletinsample::organisation();
    QString paragraph;
    for (int i = 0; i < 60; ++i)
        paragraph += QStringLiteral("支部坚持“第一议题”制度，把学习成果转化为推动工作的实际成效，");
    d.prose.practices = paragraph + QLatin1Char('\n') + paragraph + QLatin1Char('\n') + paragraph;
    return d;
}

// The pages as the preview painted them before PageSheets: the whole document laid out and
// every page painted, in order, on a copy of a blank sheet.
std::vector<QImage> textPages(const QTextDocument& document)
{
    const double dpmm = kDpi / 25.4;
    QImage paper(qRound(OfficialPage::widthMm * dpmm), qRound(OfficialPage::heightMm * dpmm),
                 QImage::Format_RGB32);
    paper.setDotsPerMeterX(qRound(dpmm * 1000));
    paper.setDotsPerMeterY(qRound(dpmm * 1000));
    paper.fill(Qt::white);
    const PagePainter pages(document, paper);
    std::vector<QImage> out;
    for (int page = 0; page < pages.pages(); ++page) {
        QImage image = paper;
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        pages.paint(painter, page, page + 1);
        painter.end();
        out.push_back(image);
    }
    return out;
}

} // namespace

// The preview's sheets (PageSheets: laid out once, each painted when asked for) are the pages
// as they were painted all at once, pixel for pixel, in whatever order they are asked for.
class TestPageSheets : public QObject
{
    Q_OBJECT

private slots:
    void sheetsAreThePagesPaintedAtOnce_data()
    {
        QTest::addColumn<BulletinData>("data");
        QTest::newRow("group") << bulletinsample::group(60);
        QTest::newRow("organisation") << bulletinsample::organisation();
        QTest::newRow("long prose") << longProse();
    }

    void sheetsAreThePagesPaintedAtOnce()
    {
        QFETCH(BulletinData, data);
        auto doc = BulletinDocument::build(data, kToday);
        const std::vector<QImage> text = textPages(*doc);
        const PageSheets sheets(*doc, kDpi);
        QCOMPARE(sheets.pageCount(), int(text.size()));
        QVERIFY(sheets.pageCount() >= 3);
        // Last first: a sheet does not depend on those painted before it.
        for (int page = sheets.pageCount() - 1; page >= 0; --page) {
            const QImage sheet = sheets.sheet(page);
            QCOMPARE(sheet.size(), text[size_t(page)].size());
            QVERIFY2(sheet == text[size_t(page)], qPrintable(QString::number(page)));
        }
        QVERIFY(sheets.sheet(-1).isNull());
        QVERIFY(sheets.sheet(sheets.pageCount()).isNull());
        // DocumentWriter::pageImages paints the same sheets.
        const auto images = DocumentWriter::pageImages(*doc, kDpi, nullptr, 2);
        QCOMPARE(images.pageCount, sheets.pageCount());
        QCOMPARE(int(images.images.size()), 2);
        QVERIFY(images.images[1] == text[1]);
    }
};

Q_DECLARE_METATYPE(sl::BulletinData)

QTEST_MAIN(TestPageSheets)
#include "TestPageSheets.moc"
