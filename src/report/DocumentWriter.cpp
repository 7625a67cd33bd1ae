#include "DocumentWriter.h"

#include "ChineseText.h"
#include "DocumentComposer.h"
#include "DocumentFonts.h"
#include "OdtPageStyle.h"
#include "OfficialPage.h"

#include "files/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace sl {

namespace {

Error ioError(const QString& message)
{
    return Error{ErrorCode::Io, {}, message};
}

constexpr int pdfResolution = 300;

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

// QTextDocument::toHtml (Qt 6.4) writes the document title into <title> as it is, while it
// escapes all text of the body: a name such as `</title><script>…` would end the title and
// add a script. The head comes first and the body cannot hold a raw `<title>`, so the first
// `<title>TITLE</title>` is the one Qt wrote; it is written again escaped. (A Qt that escapes
// the title itself writes no raw match, and nothing is replaced.)
QString html(const QTextDocument& document)
{
    QString out = document.toHtml();
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    if (title.isEmpty())
        return out;
    const QString raw = QStringLiteral("<title>%1</title>").arg(title);
    const qsizetype at = out.indexOf(raw);
    if (at >= 0)
        out.replace(at, raw.size(), QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped()));
    return out;
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

std::optional<DocumentFormat> DocumentWriter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (n == QLatin1String("odt"))
        return DocumentFormat::Odt;
    if (n == QLatin1String("html"))
        return DocumentFormat::Html;
    return std::nullopt;
}

QString DocumentWriter::extension(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Odt:
        return QStringLiteral("odt");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

namespace {

// A copy of a document laid out on a device, one text block a page, and painted page by page
// with its number `— n —` in 4号 7 mm below the block, one character in from the outer edge.
class PagePainter
{
public:
    PagePainter(const QTextDocument& document, QPaintDevice& device)
        : m_dpmm(device.logicalDpiY() / 25.4), m_copy(document.clone()),
          m_numberFont(
              QFont(DocumentFonts::font(FontChain::Role::Body, OfficialPage::pageNumberPointSize),
                    &device))
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
        splitAtPageEdges(*m_copy, m_block.height());
        m_pages = m_copy->pageCount();
        m_raise = typeRaise(device);
    }

    int pages() const { return m_pages; }

    // The page of each anchor's first block (a block split at a page's edge keeps the anchor in
    // both parts: the first is where it starts).
    DocumentWriter::AnchorPages anchorPages() const
    {
        DocumentWriter::AnchorPages out;
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

    // Paints page `page` (0-based) with the painter's origin at the paper's corner.
    void paint(QPainter& painter, int page) const
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
        const bool odd = (page + 1) % 2 == 1;
        painter.drawText(line, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                         ChineseText::pageNumber(page + 1));
    }

private:
    double m_dpmm;
    std::unique_ptr<QTextDocument> m_copy;
    QFont m_numberFont;
    QRectF m_block;
    int m_pages = 0;
    double m_raise = 0; // typeRaise: the first line's type starts on the block's top edge
};

} // namespace

namespace {

// Paints the laid out pages on the device; stops between pages once `cancel` is set.
Result<int> paintPages(const PagePainter& pages, QPagedPaintDevice& device,
                       const CancelFlag* cancel = nullptr)
{
    QPainter painter;
    if (!painter.begin(&device))
        return ioError(
            QCoreApplication::translate("sl::DocumentWriter", "cannot paint the document"));
    // A printer that keeps a minimum margin paints from the corner of its printable area.
    const QPointF origin = device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft();
    painter.translate(-origin);
    for (int page = 0; page < pages.pages(); ++page) {
        if (cancel && cancel->isCancelled()) {
            painter.end();
            return Error{ErrorCode::Cancelled, {}, {}};
        }
        if (page > 0 && !device.newPage())
            return ioError(QCoreApplication::translate("sl::DocumentWriter", "cannot start page %1")
                               .arg(page + 1));
        pages.paint(painter, page);
    }
    painter.end();
    return pages.pages();
}

void setOfficialPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

// The PDF writer of render(): 300 dpi, the document's title.
void setUpPdf(QPdfWriter& pdf, const QTextDocument& document)
{
    pdf.setResolution(pdfResolution);
    pdf.setCreator(QStringLiteral("StudyLedger"));
    pdf.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    setOfficialPage(pdf);
}

} // namespace

Result<int> DocumentWriter::paint(const QTextDocument& document, QPagedPaintDevice& device)
{
    setOfficialPage(device);
    const PagePainter pages(document, device);
    return paintPages(pages, device);
}

DocumentWriter::AnchorPages DocumentWriter::anchorPages(const QTextDocument& document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    setUpPdf(pdf, document);
    return PagePainter(document, pdf).anchorPages();
}

Result<DocumentWriter::PdfPages> DocumentWriter::renderPdf(const QTextDocument& document,
                                                           const CancelFlag* cancel)
{
    PdfPages out;
    {
        QBuffer buffer(&out.pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        setUpPdf(pdf, document);
        const PagePainter pages(document, pdf);
        out.anchors = pages.anchorPages();
        auto painted = paintPages(pages, pdf, cancel);
        if (!painted)
            return painted.error();
        out.pageCount = *painted;
    } // the writer finishes the file when it goes
    return out;
}

DocumentWriter::PageImages DocumentWriter::pageImages(const QTextDocument& document, double dpi,
                                                      const CancelFlag* cancel, int maxPages)
{
    const double dpmm = dpi / 25.4;
    QImage paper(qRound(OfficialPage::widthMm * dpmm), qRound(OfficialPage::heightMm * dpmm),
                 QImage::Format_RGB32);
    paper.setDotsPerMeterX(qRound(dpmm * 1000));
    paper.setDotsPerMeterY(qRound(dpmm * 1000));
    paper.fill(Qt::white);
    const PagePainter pages(document, paper);
    PageImages out;
    out.pageCount = pages.pages();
    for (int page = 0; page < std::min(maxPages, pages.pages()); ++page) {
        if (cancel && cancel->isCancelled())
            return {};
        QImage image = paper;
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        pages.paint(painter, page);
        painter.end();
        out.images.push_back(std::move(image));
    }
    return out;
}

Result<QByteArray> DocumentWriter::render(const QTextDocument& document, DocumentFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case DocumentFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        setUpPdf(pdf, document);
        auto pages = paint(document, pdf);
        if (!pages)
            return pages.error();
        break;
    }
    case DocumentFormat::Odt: {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return ioError(
                QCoreApplication::translate("sl::DocumentWriter", "cannot write the ODT document"));
        buffer.close();
        // Qt writes no page layout: the package gets the official page and its numbers.
        return OdtPageStyle::apply(bytes);
    }
    case DocumentFormat::Html:
        bytes = html(document).toUtf8();
        break;
    }
    return bytes;
}

Status DocumentWriter::writeFile(const QTextDocument& document, DocumentFormat format,
                                 const QString& path)
{
    auto bytes = render(document, format);
    if (!bytes)
        return bytes.error();
    return OutputFile::writeAll(path, *bytes);
}

} // namespace sl
