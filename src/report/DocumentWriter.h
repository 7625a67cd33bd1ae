#pragma once

#include "domain/CancelFlag.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace sl {

enum class DocumentFormat
{
    Pdf,
    Odt,
    Html
};

// Writes a document built by DocumentComposer: PDF (A4, the official page, fonts embedded,
// page numbers), ODT (with the official page and page numbers in its page style: OdtPageStyle)
// and HTML (UTF-8), or paints it on any paged device — a QPrinter for
// printing and print preview.
class DocumentWriter
{
public:
    // "pdf", "odt" or "html" (any case).
    static std::optional<DocumentFormat> formatFromName(const QString& name);
    static QString extension(DocumentFormat format);

    // Lays the document out on the official page of OfficialPage (A4, margins 37/28/35/26 mm,
    // no red header) and paints every page with its number `— n —` in 4号 7 mm below the text
    // block, odd pages on the right and even pages on the left, each one character in. The
    // type of a page's first body line starts on the block's top edge (the line box's room
    // above the type is drawn above the block). Sets
    // the device's page layout to A4 portrait without margins (a printer that refuses keeps
    // its own and the page is still placed from the paper's corner). For print preview, call it
    // from QPrintPreviewDialog::paintRequested. Returns the number of pages.
    static Result<int> paint(const QTextDocument& document, QPagedPaintDevice& device);

    // The first `maxPages` pages as paint() paints them, each an image of an A4 sheet at `dpi`
    // (a preview on screen; paint from any thread), and the number of pages of the whole
    // document. No images once `cancel` is set.
    struct PageImages
    {
        std::vector<QImage> images;
        int pageCount = 0;
    };
    static PageImages pageImages(const QTextDocument& document, double dpi,
                                 const CancelFlag* cancel = nullptr, int maxPages = 1000);

    // The document in the format: PDF at 300 dpi with the document title as its title.
    static Result<QByteArray> render(const QTextDocument& document, DocumentFormat format);

    // The page (0-based) of each anchor of the document (DocumentComposer::anchor): where its
    // first block lies once the document is laid out as paint() lays it out on the PDF of
    // render(). For a contents page and the PDF's bookmarks.
    using AnchorPages = std::map<int, int>;
    static AnchorPages anchorPages(const QTextDocument& document);
    // render() as PDF, with the pages of the anchors in the layout it painted. Stops with
    // ErrorCode::Cancelled between pages once `cancel` is set.
    struct PdfPages
    {
        QByteArray pdf;
        int pageCount = 0;
        AnchorPages anchors;
    };
    static Result<PdfPages> renderPdf(const QTextDocument& document,
                                      const CancelFlag* cancel = nullptr);
    // A document too long to lay out at once (the attachment of a district's 100,000 members),
    // as a PDF painted in parts: `part(i)` builds part i (null after the last); each part is
    // laid out, painted and released before the next is built, so that the memory needed is
    // that of one part. Every part after the first starts on a new page, and the pages are
    // numbered on through the parts; the title is the first part's. Anchors are those of the
    // first part.
    using PartSource = std::function<std::unique_ptr<QTextDocument>(int index)>;
    static Result<PdfPages> renderPdfParts(const PartSource& part,
                                           const CancelFlag* cancel = nullptr);
    // How many rows (the header row included) of the first table of `document` start on its
    // first page as renderPdf() lays it out: a part that begins with a table holds whole pages
    // when its rows are a multiple of this less the repeated header.
    static int tableRowsOnFirstPage(const QTextDocument& document);

    // render() written to a file.
    static Status writeFile(const QTextDocument& document, DocumentFormat format,
                            const QString& path);
};

} // namespace sl
