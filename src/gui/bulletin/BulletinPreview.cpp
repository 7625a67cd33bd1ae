#include "gui/bulletin/BulletinPreview.h"

#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace sl {

BulletinPreview::BulletinPreview(QWidget* parent)
    : QScrollArea(parent), m_desk(new QWidget(this)), m_layout(new QVBoxLayout(m_desk))
{
    setObjectName(QStringLiteral("bulletinPreviewScrollArea"));
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    m_desk->setBackgroundRole(QPalette::Dark);
    m_desk->setAutoFillBackground(true);
    m_layout->setContentsMargins(12, 8, 12, 12);
    m_layout->setSpacing(12);
    m_caption = new QLabel(m_desk);
    m_caption->setObjectName(QStringLiteral("previewCaptionLabel"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::BrightText);
    m_layout->addWidget(m_caption);
    m_layout->addStretch(1);
    setWidget(m_desk);
}

QString BulletinPreview::captionText() const
{
    return m_caption->text();
}

void BulletinPreview::setMessage(const QString& text)
{
    m_pages.clear();
    m_pageCount = 0;
    m_caption->setText(text);
    layoutPages();
}

void BulletinPreview::setPages(std::vector<QImage> pages, int pageCount)
{
    m_pages = std::move(pages);
    m_pageCount = pageCount;
    if (int(m_pages.size()) < pageCount)
        m_caption->setText(tr("%n page(s); the preview shows the first %1.", nullptr, pageCount)
                               .arg(m_pages.size()));
    else
        m_caption->setText(tr("%n page(s), as they will print.", nullptr, pageCount));
    layoutPages();
}

void BulletinPreview::setPartial(int shown, int total)
{
    m_caption->setText(tr("The first %n page(s) of the first %1 of the attachment's %2 rows; "
                          "export the PDF to see them all.",
                          nullptr, int(m_pages.size()))
                           .arg(shown)
                           .arg(total));
}

void BulletinPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        layoutPages();
}

void BulletinPreview::layoutPages()
{
    while (m_sheets.size() > m_pages.size()) {
        delete m_sheets.back();
        m_sheets.pop_back();
    }
    while (m_sheets.size() < m_pages.size()) {
        auto* sheet = new QLabel(m_desk);
        sheet->setAlignment(Qt::AlignCenter);
        m_layout->insertWidget(int(m_sheets.size()) + 1, sheet);
        m_sheets.push_back(sheet);
    }
    const int width = std::max(120, viewport()->width() - 24 - verticalScrollBar()->width() / 2);
    const qreal ratio = devicePixelRatioF();
    for (size_t i = 0; i < m_pages.size(); ++i) {
        QImage scaled = m_pages[i].scaledToWidth(int(width * ratio), Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        m_sheets[i]->setPixmap(QPixmap::fromImage(scaled));
        m_sheets[i]->setAccessibleName(tr("Page %1").arg(i + 1));
    }
}

} // namespace sl
