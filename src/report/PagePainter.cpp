#include "PagePainter.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "DocumentFonts.h"
#include "OfficialPage.h"
#include "RowPages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <vector>

namespace sl {

namespace {

constexpr int pdfResolution = 300;

Error ioError(const QString& message)
{
    return Error{ErrorCode::Io, {}, message};
}

void scaleBlockIndents(QTextDocument& document, double factor)
{
    QTextCursor cursor(&document);
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (f.textIndent() == 0 && f.leftMargin() == 0 && f.rightMargin() == 0)
            continue;
        f.setTextIndent(f.textIndent() * factor);
        f.setLeftMargin(f.leftMargin() * factor);
        f.setRightMargin(f.rightMargin() * factor);
        cursor.setPosition(b.position());
        cursor.setBlockFormat(f);
    }
}

// QTextLayout::draw (Qt 6.4) starts a clipped paragraph one line early: the last line of a
// page is drawn again at the head of the next page when a paragraph runs on. The clip hides it,
// but a PDF reader would extract its text twice. So each paragraph of the copy that is painted
// is split where it runs onto a new page; the lines stay where they were laid out.
void splitAtPageEdges(QTextDocument& document, double pageHeight)
{
    // One layout a pass: every paragraph that runs onto a new page is split there, the last
    // first so that the positions of the others stay valid (a split moves no line: the rest
    // starts without indent or top margin where its line was). A paragraph that runs over more
    // than one page edge is split again in the next pass; the bound only guards against a layout
    // that would not settle. (A layout a split made a district's bulletin quadratic.)
    for (int pass = 0; pass < 16 && document.blockCount() < 4 * 65536; ++pass) {
        document.pageCount(); // lays the whole document out (Qt lays out lazily)
        struct Split
        {
            QTextBlock block;
            int at = 0;
        };
        std::vector<Split> splits;
        for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            const QTextLayout* layout = block.isValid() ? block.layout() : nullptr;
            if (!layout || layout->lineCount() < 2)
                continue;
            const auto pageOf = [&](int i) {
                const QTextLine line = layout->lineAt(i);
                return int((layout->position().y() + line.y() + line.height() / 2) / pageHeight);
            };
            for (int i = 1; i < layout->lineCount(); ++i) {
                if (pageOf(i) != pageOf(0)) {
                    splits.push_back({block, block.position() + layout->lineAt(i).textStart()});
                    break;
                }
            }
        }
        if (splits.empty())
            return;
        // One change for the layout: without the edit block each split would lay the rest of
        // the document out again (the preview of a district's bulletin spent a third of its
        // time so).
        QTextCursor edit(&document);
        edit.beginEditBlock();
        for (auto split = splits.rbegin(); split != splits.rend(); ++split) {
            QTextBlockFormat rest = split->block.blockFormat();
            rest.setTextIndent(0);
            rest.setTopMargin(0);
            rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor cursor(&document);
            cursor.setPosition(split->at);
            // A forced line break (the closing's signature and date) becomes the break.
            if (document.characterAt(split->at - 1) == QChar(QChar::LineSeparator))
                cursor.setPosition(split->at - 1, QTextCursor::KeepAnchor);
            cursor.insertBlock(rest, cursor.charFormat());
        }
        edit.endEditBlock();
    }
}

// How far the pages are drawn above the text block, in device pixels, so that the type of a
// first line starts on the block's top edge (37 mm), as GB/T 9704 measures it. Qt sets a line
// of fixed height with its baseline at four fifths of the line (as word processors do with an
// exact line pitch), which leaves the body's line pitch less its ascent above the type.
double typeRaise(const QPaintDevice& device)
{
    const QFontMetricsF metrics(
        QFont(DocumentFonts::font(FontChain::Role::Body, OfficialPage::bodyPointSize), &device));
    const double pitch = OfficialPage::linePitchPt() / 72.0 * device.logicalDpiY();
    return std::max(0.0, pitch * 4 / 5 - metrics.ascent());
}

} // namespace

PagePainter::PagePainter(const QTextDocument& document, QPaintDevice& device)
    : PagePainter(std::unique_ptr<QTextDocument>(document.clone()), device)
{
}

PagePainter::PagePainter(std::unique_ptr<QTextDocument> document, QPaintDevice& device)
    : m_dpmm(device.logicalDpiY() / 25.4), m_copy(std::move(document)),
      m_numberFont(QFont(
          DocumentFonts::font(FontChain::Role::Body, OfficialPage::pageNumberPointSize), &device))
{
    layOut(device);
}

PagePainter::~PagePainter() = default;

void PagePainter::moveToThread(QThread* thread)
{
    m_copy->moveToThread(thread);
}

void PagePainter::layOut(QPaintDevice& device)
{
    m_block = QRectF(OfficialPage::leftMm * m_dpmm, OfficialPage::topMm * m_dpmm,
                     OfficialPage::textBlockMm().width() * m_dpmm,
                     OfficialPage::textBlockMm().height() * m_dpmm);
    // Qt (6.4) scales frames, vertical margins and line heights from the document's
    // resolution to the device's, but not the indent and side margins of blocks: the copy
    // gets those in device pixels.
    scaleBlockIndents(*m_copy, device.logicalDpiY() / DocumentComposer::documentDpi());
    m_copy->documentLayout()->setPaintDevice(&device);
    m_copy->setPageSize(m_block.size());
    rowpages::keepWhole(*m_copy, m_block.height());
    splitAtPageEdges(*m_copy, m_block.height());
    m_pages = m_copy->pageCount();
    m_raise = typeRaise(device);
}

std::map<int, int> PagePainter::anchorPages() const
{
    std::map<int, int> out;
    const QAbstractTextDocumentLayout* layout = m_copy->documentLayout();
    for (QTextBlock b = m_copy->begin(); b.isValid(); b = b.next()) {
        const QVariant anchor = b.blockFormat().property(DocumentComposer::anchorProperty);
        if (!anchor.isValid() || out.count(anchor.toInt()) > 0)
            continue;
        const QRectF box = layout->blockBoundingRect(b);
        const QTextLayout* lines = b.layout();
        double y = box.top() + box.height() / 2;
        if (lines && lines->lineCount() > 0)
            y = box.top() + lines->lineAt(0).y() + lines->lineAt(0).height() / 2;
        out[anchor.toInt()] = int(y / m_block.height());
    }
    return out;
}

int PagePainter::firstTableRowsOnFirstPage() const
{
    const QAbstractTextDocumentLayout* layout = m_copy->documentLayout();
    for (QTextFrame* frame : m_copy->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        int rows = 0;
        for (int r = 0; r < table->rows(); ++r) {
            const QTextBlock cell = m_copy->findBlock(table->cellAt(r, 0).firstPosition());
            if (int(layout->blockBoundingRect(cell).top() / m_block.height()) > 0)
                break;
            ++rows;
        }
        return rows;
    }
    return 0;
}

std::optional<PagePainter::TableRows> PagePainter::lastTableRows() const
{
    const QAbstractTextDocumentLayout* layout = m_copy->documentLayout();
    QTextTable* table = nullptr;
    for (QTextFrame* frame : m_copy->rootFrame()->childFrames())
        if (auto* t = qobject_cast<QTextTable*>(frame))
            table = t;
    if (!table)
        return std::nullopt;
    const auto top = [&](int row) {
        return layout->blockBoundingRect(m_copy->findBlock(table->cellAt(row, 0).firstPosition()))
                   .top() /
               m_block.height();
    };
    const int first = std::max(0, table->format().headerRowCount());
    std::optional<TableRows> out;
    int measured = 0;
    double sum = 0;
    for (int r = first + 1; r < table->rows(); ++r) {
        const double above = top(r - 1);
        const double here = top(r);
        if (int(above) != int(here))
            continue; // a page's edge lies between them
        if (!out)
            out = TableRows{top(first), 0, here - above};
        out->shortestRow = std::min(out->shortestRow, here - above);
        sum += here - above;
        ++measured;
    }
    if (out)
        out->rowHeight = sum / measured;
    return out;
}

void PagePainter::paint(QPainter& painter, int page, int number) const
{
    // A line that ends exactly on a page's edge belongs to that page only: without the
    // margin the layout draws it on the next page too (clipped from sight, but its text
    // would be extracted twice).
    constexpr double edge = 0.5;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.save();
    painter.translate(m_block.left(), m_block.top() - m_raise - page * m_block.height());
    const QRectF pageRect(0, page * m_block.height(), m_block.width(), m_block.height());
    painter.setClipRect(pageRect);
    context.clip = pageRect.adjusted(0, edge, 0, -edge);
    m_copy->documentLayout()->draw(&painter, context);
    painter.restore();

    painter.setFont(m_numberFont);
    painter.setPen(Qt::black);
    const double inset = OfficialPage::pageNumberPointSize / 72.0 * 25.4 * m_dpmm;
    const QRectF line(m_block.left() + inset, m_block.bottom() + 7 * m_dpmm,
                      m_block.width() - 2 * inset, 12 * m_dpmm);
    const bool odd = number % 2 == 1;
    painter.drawText(line, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                     ChineseText::pageNumber(number));
}

namespace pages {

Status begin(QPainter& painter, QPagedPaintDevice& device)
{
    if (!painter.begin(&device))
        return ioError(
            QCoreApplication::translate("sl::DocumentWriter", "cannot paint the document"));
    // A printer that keeps a minimum margin paints from the corner of its printable area.
    painter.translate(-device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft());
    return {};
}

Result<int> paint(const PagePainter& pages, QPainter& painter, QPagedPaintDevice& device,
                  const CancelFlag* cancel, int firstNumber)
{
    for (int page = 0; page < pages.pages(); ++page) {
        if (cancel && cancel->isCancelled())
            return Error{ErrorCode::Cancelled, {}, {}};
        const int number = firstNumber + page;
        if (number > 1 && !device.newPage())
            return ioError(QCoreApplication::translate("sl::DocumentWriter", "cannot start page %1")
                               .arg(number));
        pages.paint(painter, page, number);
    }
    return pages.pages();
}

void setOfficialPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

void setUpPdf(QPdfWriter& pdf, const QString& title)
{
    pdf.setResolution(pdfResolution);
    pdf.setCreator(QStringLiteral("StudyLedger"));
    pdf.setTitle(title);
    setOfficialPage(pdf);
}

} // namespace pages

} // namespace sl
