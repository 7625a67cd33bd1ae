#pragma once

#include "PagePainter.h"

#include <QImage>

#include <memory>
#include <optional>

class QTextDocument;
class QThread;

namespace sl {

// A document laid out once on the official page, as DocumentWriter::paint() lays it out, and
// painted one sheet at a time as an image of an A4 sheet at `dpi` (DocumentWriter::pageImages
// paints its sheets so). A preview on screen paints the sheets it shows and, as they are
// scrolled to, the others, instead of all of them before the first is seen. Lay it out on any
// thread; paint it on one thread at a time (moveToThread() before painting on another).
class PageSheets
{
public:
    PageSheets(const QTextDocument& document, double dpi);
    ~PageSheets();
    PageSheets(const PageSheets&) = delete;
    PageSheets& operator=(const PageSheets&) = delete;

    int pageCount() const;
    // Page `page` (0-based) with its number; a null image outside the pages.
    QImage sheet(int page) const;
    // The body rows of the document's last table as laid out (PagePainter::lastTableRows).
    std::optional<PagePainter::TableRows> lastTableRows() const;
    // Gives the laid out copy of the document to `thread` (a preview painted from the GUI
    // thread after a worker laid it out).
    void moveToThread(QThread* thread);

private:
    QImage m_paper; // a blank sheet at the resolution
    std::unique_ptr<PagePainter> m_pages;
};

} // namespace sl
