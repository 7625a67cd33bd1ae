#include "gui/bulletin/BulletinPreviewRender.h"

#include "domain/CancelFlag.h"
#include "report/BulletinDocument.h"
#include "report/PageSheets.h"

#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace sl {

namespace {

// The member rows of the first layout of a bounded preview: about four pages of one-line rows,
// which reach past the pages shown (the member table to attachmentPages pages past the page it
// starts on) in most bulletins, so that one layout is enough; when they do not (tall rows, a
// letter past the pages shown), they measure where the table starts and how tall its rows are.
constexpr size_t probeRows = 120;

struct LaidOut
{
    std::unique_ptr<QTextDocument> document;
    std::shared_ptr<PageSheets> sheets;
};

LaidOut layOut(const BulletinData& bulletin, const Date& today, size_t rows)
{
    LaidOut out;
    out.document = BulletinDocument::buildFirstPart(bulletin, today, rows);
    out.sheets = std::make_shared<PageSheets>(*out.document, BulletinPreviewRender::previewDpi);
    return out;
}

// The shown pages of a document that runs on past them are those of any longer one: the layout
// of a page depends on what comes before it only (a table running on past the page's foot is
// cut there as it would be with more rows).
bool coversShownPages(const LaidOut& laidOut, int shown)
{
    return laidOut.sheets->pageCount() > shown;
}

// A bounded preview's pages: the letter and the member table to attachmentPages pages past
// the page it starts on.
int boundedPages(const PagePainter::TableRows& rows)
{
    return std::min(BulletinPreviewRender::previewPages,
                    int(std::floor(rows.start)) + 1 + BulletinPreviewRender::attachmentPages);
}

// The member rows that reach past the shown pages, estimated from the probe's table: from its
// start to the foot of the page after the shown ones (a page more than needed), each page
// holding one page's height of rows of `height` (more than it holds under the repeated header
// row).
size_t rowsPastShownPages(const PagePainter::TableRows& rows, double height, int shown)
{
    if (height <= 0)
        return 0;
    const double perPage = std::ceil(1.0 / height);
    const double pages = std::max(0.0, shown + 1 - rows.start);
    return size_t(std::ceil(pages * perPage));
}

} // namespace

BulletinPreviewRender BulletinPreviewRender::render(const BulletinData& bulletin, const Date& today,
                                                    const CancelFlag* cancel)
{
    BulletinPreviewRender out;
    out.rowsTotal = bulletin.members.size();
    out.rowsShown = out.rowsTotal > BulletinDocument::wholeDocumentRows
                        ? std::min(previewRows, out.rowsTotal)
                        : out.rowsTotal;
    if (cancel && cancel->isCancelled())
        return out;
    LaidOut chosen;
    if (out.rowsShown < out.rowsTotal && out.rowsShown > probeRows) {
        // A bounded preview shows the first pages of the document of its first rowsShown rows
        // (the probe tells how many: boundedPages): laid out only as far as those pages reach
        // (Qt's layout of a table grows faster than its rows), the pages are the same.
        LaidOut probe = layOut(bulletin, today, probeRows);
        const auto rows = probe.sheets->lastTableRows();
        if (rows)
            out.pagesShown = boundedPages(*rows);
        if (coversShownPages(probe, out.pagesShown)) {
            chosen = std::move(probe);
        } else if (rows) {
            // Rows of the probe's mean height; should the rows after the probe's be shorter
            // and not reach, rows of its shortest (the rows are of one line, some of two).
            size_t tried = probeRows;
            for (double height : {rows->rowHeight, rows->shortestRow}) {
                const size_t needed = rowsPastShownPages(*rows, height, out.pagesShown);
                if (needed <= tried || needed >= out.rowsShown || chosen.document)
                    continue;
                if (cancel && cancel->isCancelled())
                    return out;
                LaidOut part = layOut(bulletin, today, needed);
                if (coversShownPages(part, out.pagesShown))
                    chosen = std::move(part);
                tried = needed;
            }
        }
        if (cancel && cancel->isCancelled())
            return out;
    }
    if (!chosen.document)
        chosen = layOut(bulletin, today, out.rowsShown);
    out.document = std::move(chosen.document);
    out.sheets = std::move(chosen.sheets);
    out.pages.pageCount = out.sheets->pageCount();
    for (int page = 0; page < std::min(paintedAhead, out.shownPages()); ++page) {
        if (cancel && cancel->isCancelled())
            break;
        out.pages.images.push_back(out.sheets->sheet(page));
    }
    if (cancel && cancel->isCancelled()) {
        out.document.reset();
        out.sheets.reset();
    }
    return out;
}

} // namespace sl
