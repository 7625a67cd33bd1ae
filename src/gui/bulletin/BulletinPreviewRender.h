#pragma once

#include "domain/Bulletin.h"
#include "domain/DateBridge.h"
#include "report/DocumentWriter.h"

#include <cstddef>
#include <memory>

class QTextDocument;

namespace sl {

class CancelFlag;
class PageSheets;

// What the bulletin's preview shows, rendered off the GUI thread: the first pages of the draft
// as they print. A bulletin of up to BulletinDocument::wholeDocumentRows members is laid out
// whole (the document prints and exports as it is); a larger one (a district's attachment of
// 100,000 rows, some 3,500 pages) shows the first pages of the document of its first
// previewRows member rows — the letter, and the attachment to attachmentPages pages past the
// page its member table starts on, previewPages at most — so that the preview takes the time
// and memory of a branch's; its PDF is painted in parts. Those pages are laid out from only the
// rows that reach past them (a first layout of about four pages of rows usually does; else it
// measures how many do): a page's layout depends on what comes before it only. The document is laid
// out once (`sheets`); of the sheets the preview shows, only the first paintedAhead are painted
// here, the first screen's: the preview paints the others from `sheets` as they are scrolled to.
struct BulletinPreviewRender
{
    // The first pages shown, at most this many.
    static constexpr int previewPages = 12;
    // Of a bounded preview's member table: the pages shown past the page it starts on.
    static constexpr int attachmentPages = 2;
    // Of them, painted before the preview is shown: the sheets of the first screen.
    static constexpr int paintedAhead = 2;
    static constexpr double previewDpi = 110;
    // The member rows of the document a bounded preview shows the start of: more than its
    // pages show.
    static constexpr size_t previewRows = 400;

    // The document laid out: for a bounded preview, the rows that reach past the pages shown.
    std::unique_ptr<QTextDocument> document;
    // The first min(paintedAhead, shownPages()) sheets; pageCount: those of the document.
    DocumentWriter::PageImages pages;
    // The laid out document, to paint the other sheets from (on the thread it was moved to).
    std::shared_ptr<PageSheets> sheets;
    size_t rowsShown = 0;          // member rows of the document previewed (the caption's count)
    size_t rowsTotal = 0;          // member rows of the bulletin
    int pagesShown = previewPages; // the most pages shown (fewer in a bounded preview)

    // Whether the document is the whole bulletin (print, ODT and HTML need it).
    bool isWhole() const { return rowsShown == rowsTotal; }
    // The sheets the preview shows.
    int shownPages() const { return std::min(pagesShown, pages.pageCount); }

    static BulletinPreviewRender render(const BulletinData& bulletin, const Date& today,
                                        const CancelFlag* cancel);
};

} // namespace sl
