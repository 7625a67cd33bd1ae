#include "RowPages.h"

#include "DocumentComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace sl::rowpages {

namespace {

constexpr int requestProperty = QTextFormat::UserProperty + 3;
// A page break this pass put before a table, taken back when its heading moves with it.
constexpr int ownBreakProperty = QTextFormat::UserProperty + 4;

// A little inside a box, so that a rule on a page's edge does not count as the next page.
constexpr double inside = 1.0;

struct Extent
{
    double top = std::numeric_limits<double>::max();
    double bottom = 0;
};

class Pages
{
public:
    Pages(QTextDocument& document, double pageHeight)
        : m_document(document), m_layout(*document.documentLayout()), m_height(pageHeight)
    {
    }

    // Finds the first place to change and changes it; false when there is none.
    bool fixFirst()
    {
        QTextBlock pendingHeading;
        for (QTextFrame::iterator it = m_document.rootFrame()->begin(); !it.atEnd(); ++it) {
            QTextTable* table = qobject_cast<QTextTable*>(it.currentFrame());
            const double top = table ? rowExtent(table, 0).top : blockTop(it.currentBlock());
            if (pendingHeading.isValid() && page(top) > page(blockBottom(pendingHeading))) {
                breakBeforeHeading(pendingHeading, table);
                return true;
            }
            pendingHeading = QTextBlock();
            if (table && fixTable(table))
                return true;
            if (!table &&
                it.currentBlock().blockFormat().hasProperty(DocumentComposer::keepWithNextProperty))
                pendingHeading = it.currentBlock();
        }
        return false;
    }

private:
    int page(double y) const { return int(y / m_height); }

    // Where the block's first line starts and its last line ends: the layout moves a line that
    // does not fit to the next page without moving the block's box.
    double blockTop(const QTextBlock& block) const
    {
        const QRectF box = m_layout.blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            return box.top() + inside;
        return box.top() + lines->lineAt(0).y() + inside;
    }
    double blockBottom(const QTextBlock& block) const
    {
        const QRectF box = m_layout.blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            return box.bottom() - inside;
        const QTextLine last = lines->lineAt(lines->lineCount() - 1);
        return box.top() + last.y() + last.height() - inside;
    }

    Extent rowExtent(QTextTable* table, int row) const
    {
        Extent e;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            e.top = std::min(e.top, blockTop(m_document.findBlock(cell.firstPosition())));
            e.bottom = std::max(e.bottom, blockBottom(m_document.findBlock(cell.lastPosition())));
        }
        return e;
    }

    bool fixTable(QTextTable* table)
    {
        const int headers = std::max(0, table->format().headerRowCount());
        if (table->rows() <= headers || hasSpans(table, headers))
            return false;
        const Extent first = rowExtent(table, headers);
        const bool startsOnNewPage =
            table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        const Extent head = rowExtent(table, 0);
        if (!startsOnNewPage &&
            (page(first.top) > page(head.top) || page(first.bottom) > page(first.top))) {
            QTextTableFormat f = table->format();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            f.setProperty(ownBreakProperty, true);
            table->setFormat(f);
            return true;
        }
        for (int r = headers + 1; r < table->rows(); ++r) {
            const Extent above = rowExtent(table, r - 1);
            const Extent row = rowExtent(table, r);
            if (page(row.top) > page(above.top) || page(row.bottom) > page(row.top)) {
                continueOnNextPage(table, headers, r);
                return true;
            }
        }
        return false;
    }

    // Tables with merged cells (forms) are left as Qt lays them out.
    static bool hasSpans(QTextTable* table, int headers)
    {
        for (int r = headers; r < table->rows(); ++r)
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.rowSpan() > 1 || cell.columnSpan() > 1)
                    return true;
            }
        return false;
    }

    // Copies the blocks of `from` into the empty cell `to`, with their formats.
    void copyCell(const QTextTableCell& from, const QTextTableCell& to)
    {
        QTextTableCell target = to;
        target.setFormat(from.format());
        QTextCursor out = to.firstCursorPosition();
        bool first = true;
        for (QTextBlock b = m_document.findBlock(from.firstPosition());
             b.isValid() && b.position() <= from.lastPosition(); b = b.next()) {
            if (first) {
                out.setBlockFormat(b.blockFormat());
                out.setBlockCharFormat(b.charFormat());
                first = false;
            } else {
                out.insertBlock(b.blockFormat(), b.charFormat());
            }
            for (QTextBlock::iterator f = b.begin(); !f.atEnd(); ++f)
                out.insertText(f.fragment().text(), f.fragment().charFormat());
        }
    }

    // Ends the table before row `row` and continues it, header rows first, in a new table that
    // starts the next page.
    void continueOnNextPage(QTextTable* table, int headers, int row)
    {
        const int moved = table->rows() - row;
        // One change for the layout: without the edit block every cell written would lay the
        // new table out again.
        QTextCursor edit(&m_document);
        edit.beginEditBlock();
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.clearProperty(ownBreakProperty);
        QTextCursor at(&m_document);
        at.setPosition(table->lastPosition() + 1);
        QTextTable* next = at.insertTable(headers + moved, table->columns(), format);
        for (int r = 0; r < headers + moved; ++r) {
            const int source = r < headers ? r : row + r - headers;
            for (int c = 0; c < table->columns(); ++c)
                copyCell(table->cellAt(source, c), next->cellAt(r, c));
        }
        table->removeRows(row, moved);
        edit.endEditBlock();
    }

    // Moves a heading left at a page's foot to the next page; a break put before the table
    // it heads is taken back (the heading now starts the page).
    void breakBeforeHeading(const QTextBlock& heading, QTextTable* next)
    {
        QTextCursor cursor(heading);
        QTextBlockFormat f = heading.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        f.clearProperty(DocumentComposer::keepWithNextProperty);
        cursor.setBlockFormat(f);
        if (next && next->format().hasProperty(ownBreakProperty)) {
            QTextTableFormat tf = next->format();
            tf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            tf.clearProperty(ownBreakProperty);
            next->setFormat(tf);
        }
    }

    QTextDocument& m_document;
    const QAbstractTextDocumentLayout& m_layout;
    double m_height;
};

} // namespace

void request(QTextDocument& document)
{
    QTextFrameFormat f = document.rootFrame()->frameFormat();
    f.setProperty(requestProperty, true);
    document.rootFrame()->setFrameFormat(f);
}

bool requested(const QTextDocument& document)
{
    return document.rootFrame()->frameFormat().boolProperty(requestProperty);
}

void keepWhole(QTextDocument& document, double pageHeight)
{
    if (!requested(document) || pageHeight <= 0)
        return;
    Pages pages(document, pageHeight);
    // Each change moves something to a new page, so there are fewer changes than twice the
    // pages a document ends with; the bound only guards against a layout that would not settle.
    for (int pass = 0; pass < 4 * document.pageCount() + 16; ++pass) {
        document.pageCount(); // lays the whole document out (Qt lays out lazily)
        if (!pages.fixFirst())
            return;
    }
}

} // namespace sl::rowpages
