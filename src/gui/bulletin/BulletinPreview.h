#pragma once

#include <QImage>
#include <QScrollArea>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace sl {

// The page preview of the bulletin: the sheets as DocumentWriter paints them for the printer,
// one under the other on a grey desk, scaled to the width of the pane, with the page count
// (and, for a long attachment, how many of the pages are shown).
class BulletinPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit BulletinPreview(QWidget* parent = nullptr);

    // Shows `pages` of a document of `pageCount` pages.
    void setPages(std::vector<QImage> pages, int pageCount);
    // After setPages: the pages are those of the first `shown` of the attachment's `total` rows.
    void setPartial(int shown, int total);
    // Shows a message instead of pages (nothing to preview, an error).
    void setMessage(const QString& text);

    int shownPages() const { return int(m_pages.size()); }
    int pageCount() const { return m_pageCount; }
    QString captionText() const;
    const std::vector<QImage>& pages() const { return m_pages; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutPages();

    QWidget* m_desk;
    QVBoxLayout* m_layout;
    QLabel* m_caption;
    std::vector<QLabel*> m_sheets;
    std::vector<QImage> m_pages;
    int m_pageCount = 0;
};

} // namespace sl
