#pragma once

#include <QImage>
#include <QScrollArea>

#include <functional>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace sl {

// The page preview of the bulletin: the sheets as DocumentWriter paints them for the printer,
// one under the other on a grey desk, scaled to the width of the pane, with the page count
// (and, for a long attachment, how many of the pages are shown). Sheets not painted yet are
// blank sheets of their size until they are scrolled to, when they are painted.
class BulletinPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit BulletinPreview(QWidget* parent = nullptr);

    // Paints sheet `page` (0-based) of the document shown.
    using SheetPainter = std::function<QImage(int page)>;

    // Shows `pages` of a document of `pageCount` pages.
    void setPages(std::vector<QImage> pages, int pageCount);
    // Shows the first `shown` sheets of a document of `pageCount` pages, of which `painted`
    // are the first; `paint` paints the others as they come into sight.
    void setPages(std::vector<QImage> painted, int shown, int pageCount, SheetPainter paint);
    // After setPages: the pages are those of the first `shown` of the attachment's `total` rows.
    void setPartial(int shown, int total);
    // Shows a message instead of pages (nothing to preview, an error).
    void setMessage(const QString& text);

    int shownPages() const { return int(m_pages.size()); }
    int pageCount() const { return m_pageCount; }
    QString captionText() const;
    // The sheets shown; a sheet not painted yet is a null image.
    const std::vector<QImage>& pages() const { return m_pages; }
    int paintedPages() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutPages();
    void showSheet(size_t index);
    // Paints the sheets in sight (and the next screen's) that are not painted yet.
    void paintInSight();

    QWidget* m_desk;
    QVBoxLayout* m_layout;
    QLabel* m_caption;
    std::vector<QLabel*> m_sheets;
    std::vector<QImage> m_pages;
    int m_pageCount = 0;
    SheetPainter m_paint;
    int m_sheetWidth = 0; // in device-independent pixels
};

} // namespace sl
