#pragma once

#include "domain/CancelFlag.h"
#include "domain/Result.h"

#include <QFont>
#include <QRectF>

#include <map>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QPdfWriter;
class QThread;
class QTextDocument;

namespace sl {

// A document laid out on a device, one text block a page (the official page of OfficialPage),
// and painted page by page with its number `— n —` in 4号 7 mm below the block, one character in
// from the outer edge. DocumentWriter's engine; the report layer's own.
class PagePainter
{
public:
    // Lays out a copy of `document`.
    PagePainter(const QTextDocument& document, QPaintDevice& device);
    // Lays out `document` itself (a part built for painting only: no copy is made).
    PagePainter(std::unique_ptr<QTextDocument> document, QPaintDevice& device);
    ~PagePainter();
    PagePainter(const PagePainter&) = delete;
    PagePainter& operator=(const PagePainter&) = delete;

    int pages() const { return m_pages; }
    // Gives the laid out copy to `thread` (painted there afterwards).
    void moveToThread(QThread* thread);

    // The page (0-based) of each anchor's first block (a block split at a page's edge keeps the
    // anchor in both parts: the first is where it starts).
    std::map<int, int> anchorPages() const;

    // How many rows of the first table start on the first page (all of them when the table
    // fits; 0 without a table).
    int firstTableRowsOnFirstPage() const;

    // The body rows (those under its header rows) of the document's last table as laid out:
    // where the first starts, in pages from the top of the document (2.5: half way down the
    // third page), and the mean and the least height of a row in pages (of the rows followed by
    // one on the same page). nullopt without a table of two body rows on one page.
    struct TableRows
    {
        double start = 0;
        double rowHeight = 0;
        double shortestRow = 0;
    };
    std::optional<TableRows> lastTableRows() const;

    // Paints page `page` (0-based) with the painter's origin at the paper's corner, numbered
    // `number` (1-based; a document painted in parts numbers on).
    void paint(QPainter& painter, int page, int number) const;

private:
    void layOut(QPaintDevice& device);

    double m_dpmm;
    std::unique_ptr<QTextDocument> m_copy;
    QFont m_numberFont;
    QRectF m_block;
    int m_pages = 0;
    double m_raise = 0; // typeRaise: the first line's type starts on the block's top edge
};

namespace pages {

// Paints the laid out pages on the device, numbered from `firstNumber`; a new page is started
// before every page but the device's first (`firstNumber` 1). Stops between pages once `cancel`
// is set. Returns the number of pages painted.
Result<int> paint(const PagePainter& pages, QPainter& painter, QPagedPaintDevice& device,
                  const CancelFlag* cancel = nullptr, int firstNumber = 1);
// Begins `painter` on the device with its origin at the paper's corner.
Status begin(QPainter& painter, QPagedPaintDevice& device);
// A4 portrait without margins.
void setOfficialPage(QPagedPaintDevice& device);
// The PDF writer of DocumentWriter::render(): 300 dpi, the creator and the title.
void setUpPdf(QPdfWriter& pdf, const QString& title);

} // namespace pages

} // namespace sl
