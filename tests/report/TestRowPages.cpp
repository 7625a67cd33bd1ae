#include "report/DocumentComposer.h"
#include "report/RowPages.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <memory>

using namespace sl;

// rowpages::keepWhole: no table row is cut at a page's foot, every continued table repeats
// its header, and a heading is never left alone at a page's foot.
class TestRowPages : public QObject
{
    Q_OBJECT

    static constexpr double kPage = 700;

    static int page(double y) { return int(y / kPage); }

    // A heading, `filler` paragraphs, then a table of rows whose topic takes one to three lines.
    static std::unique_ptr<QTextDocument> sample(int filler, int rows, bool request)
    {
        auto document = std::make_unique<QTextDocument>();
        if (request)
            rowpages::request(*document);
        DocumentComposer c(*document);
        for (int i = 0; i < filler; ++i)
            c.paragraph(QStringLiteral("第%1段。").arg(i));
        c.heading1(QStringLiteral("二、集体学习"));
        c.paragraph(QStringLiteral("全年参加集体学习。"));
        std::vector<QStringList> body;
        for (int r = 0; r < rows; ++r) {
            const QString topic = QStringLiteral("专题研讨：推动高质量发展").repeated(1 + r % 3);
            body.push_back({QStringLiteral("行%1").arg(r), topic, QString::number(r)});
        }
        c.table({{QStringLiteral("序号"), 20},
                 {QStringLiteral("学习主题"), 60},
                 {QStringLiteral("学时"), 20}},
                body);
        document->setPageSize(QSizeF(500, kPage));
        document->pageCount();
        return document;
    }

    struct Extent
    {
        double top = 1e12;
        double bottom = 0;
    };

    static Extent row(const QTextDocument& d, QTextTable* t, int r)
    {
        Extent e;
        const QAbstractTextDocumentLayout* layout = d.documentLayout();
        for (int c = 0; c < t->columns(); ++c) {
            const QTextTableCell cell = t->cellAt(r, c);
            e.top =
                std::min(e.top, layout->blockBoundingRect(d.findBlock(cell.firstPosition())).top());
            e.bottom = std::max(
                e.bottom, layout->blockBoundingRect(d.findBlock(cell.lastPosition())).bottom());
        }
        return {e.top + 1, e.bottom - 1};
    }

    static QList<QTextTable*> tables(const QTextDocument& d)
    {
        QList<QTextTable*> out;
        for (QTextFrame* f : d.rootFrame()->childFrames())
            if (auto* t = qobject_cast<QTextTable*>(f))
                out << t;
        return out;
    }

    static QString cellText(QTextTable* t, int r, int c)
    {
        QTextCursor cursor = t->cellAt(r, c).firstCursorPosition();
        cursor.setPosition(t->cellAt(r, c).lastPosition(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    }

    // Rows cut at a page's foot, or moved whole to the next page with their table going on.
    static int cutOrMovedRows(const QTextDocument& d)
    {
        int bad = 0;
        for (QTextTable* t : tables(d))
            for (int r = 1; r < t->rows(); ++r) {
                const Extent e = row(d, t, r);
                if (page(e.bottom) != page(e.top) ||
                    (r > 1 && page(e.top) != page(row(d, t, r - 1).top)))
                    ++bad;
            }
        return bad;
    }

    // The heading's block and the top of what follows it.
    static std::pair<double, double> headingAndNext(const QTextDocument& d)
    {
        const QAbstractTextDocumentLayout* layout = d.documentLayout();
        for (QTextBlock b = d.begin(); b.isValid(); b = b.next()) {
            if (!b.text().startsWith(QStringLiteral("二、")))
                continue;
            // The lines, not the boxes: a line moved to the next page leaves its box behind.
            const QTextLine last = b.layout()->lineAt(b.layout()->lineCount() - 1);
            const QTextLine first = b.next().layout()->lineAt(0);
            return {layout->blockBoundingRect(b).top() + last.y() + last.height() - 1,
                    layout->blockBoundingRect(b.next()).top() + first.y() + 1};
        }
        return {-1, -1};
    }

private slots:
    void rowsAreNeverCutAndHeadersRepeat()
    {
        const auto plain = sample(3, 90, false);
        QVERIFY2(cutOrMovedRows(*plain) > 0, "the sample must have rows Qt cuts or moves");

        const auto kept = sample(3, 90, true);
        rowpages::keepWhole(*kept, kPage);
        QCOMPARE(cutOrMovedRows(*kept), 0);
        const QList<QTextTable*> parts = tables(*kept);
        QVERIFY(parts.size() > 1);
        QStringList rows;
        for (QTextTable* t : parts) {
            QCOMPARE(cellText(t, 0, 1), QStringLiteral("学习主题"));
            // A part of the table fits its page.
            QCOMPARE(page(row(*kept, t, t->rows() - 1).bottom), page(row(*kept, t, 0).top));
            for (int r = 1; r < t->rows(); ++r)
                rows << cellText(t, r, 0);
        }
        QStringList expected;
        for (int r = 0; r < 90; ++r)
            expected << QStringLiteral("行%1").arg(r);
        QCOMPARE(rows, expected);
    }

    void aHeadingIsNotLeftAtAPagesFoot()
    {
        // The number of paragraphs before the heading that leaves it alone at the foot.
        int filler = -1;
        for (int n = 0; n < 60 && filler < 0; ++n) {
            const auto d = sample(n, 4, false);
            const auto [heading, next] = headingAndNext(*d);
            if (page(next) > page(heading))
                filler = n;
        }
        QVERIFY2(filler >= 0, "no sample left the heading at a page's foot");
        const auto d = sample(filler, 4, true);
        rowpages::keepWhole(*d, kPage);
        const auto [heading, next] = headingAndNext(*d);
        QCOMPARE(page(heading), page(next));
        QCOMPARE(cutOrMovedRows(*d), 0);
    }

    void aDocumentThatDidNotAskIsLeftAlone()
    {
        const auto d = sample(3, 90, false);
        const int before = cutOrMovedRows(*d);
        rowpages::keepWhole(*d, kPage);
        QCOMPARE(tables(*d).size(), 1);
        QCOMPARE(cutOrMovedRows(*d), before);
    }
};

QTEST_MAIN(TestRowPages)
#include "TestRowPages.moc"
