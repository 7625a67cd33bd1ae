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
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &BulletinPreview::paintInSight);
}

QString BulletinPreview::captionText() const
{
    return m_caption->text();
}

int BulletinPreview::paintedPages() const
{
    return int(std::count_if(m_pages.begin(), m_pages.end(),
                             [](const QImage& page) { return !page.isNull(); }));
}

void BulletinPreview::setMessage(const QString& text)
{
    m_pages.clear();
    m_paint = {};
    m_pageCount = 0;
    m_caption->setText(text);
    layoutPages();
}

void BulletinPreview::setPages(std::vector<QImage> pages, int pageCount)
{
    const int shown = int(pages.size());
    setPages(std::move(pages), shown, pageCount, {});
}

void BulletinPreview::setPages(std::vector<QImage> painted, int shown, int pageCount,
                               SheetPainter paint)
{
    m_pages = std::move(painted);
    m_pages.resize(size_t(std::max(shown, 0)));
    m_pageCount = pageCount;
    m_paint = std::move(paint);
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
    m_sheetWidth = std::max(120, viewport()->width() - 24 - verticalScrollBar()->width() / 2);
    for (size_t i = 0; i < m_pages.size(); ++i) {
        m_sheets[i]->setAccessibleName(tr("Page %1").arg(i + 1));
        showSheet(i);
    }
    paintInSight();
}

void BulletinPreview::showSheet(size_t index)
{
    QLabel* sheet = m_sheets[index];
    const QImage& page = m_pages[index];
    if (page.isNull()) {
        // A blank sheet of the size of a painted one (A4) until it is painted.
        const int height = qRound(m_sheetWidth * 297.0 / 210.0);
        sheet->setPixmap(QPixmap());
        sheet->setFixedSize(m_sheetWidth, height);
        sheet->setAutoFillBackground(true);
        QPalette palette = sheet->palette();
        palette.setColor(QPalette::Window, Qt::white);
        sheet->setPalette(palette);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage scaled = page.scaledToWidth(int(m_sheetWidth * ratio), Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    sheet->setMinimumSize(0, 0);
    sheet->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    sheet->setAutoFillBackground(false);
    sheet->setPixmap(QPixmap::fromImage(scaled));
}

void BulletinPreview::paintInSight()
{
    if (!m_paint || m_pages.empty())
        return;
    // The sheets lie one under the other under the caption, each as tall as an A4 sheet of the
    // pane's width: the ones from the top of the view to one screen below it are painted.
    const int pitch = qRound(m_sheetWidth * 297.0 / 210.0) + m_layout->spacing();
    const int top =
        m_layout->contentsMargins().top() + m_caption->sizeHint().height() + m_layout->spacing();
    const int from = verticalScrollBar()->value() - top;
    const int to = from + 2 * viewport()->height();
    const size_t first = size_t(std::max(0, from / std::max(1, pitch)));
    const size_t last = size_t(std::max(0, to / std::max(1, pitch)));
    for (size_t i = first; i <= last && i < m_pages.size(); ++i) {
        if (!m_pages[i].isNull())
            continue;
        m_pages[i] = m_paint(int(i));
        if (!m_pages[i].isNull())
            showSheet(i);
    }
}

} // namespace sl
