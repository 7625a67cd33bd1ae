#include "PageSheets.h"

#include "OfficialPage.h"
#include "PagePainter.h"

#include <QPainter>

namespace sl {

namespace {

QImage blankPaper(double dpi)
{
    const double dpmm = dpi / 25.4;
    QImage paper(qRound(OfficialPage::widthMm * dpmm), qRound(OfficialPage::heightMm * dpmm),
                 QImage::Format_RGB32);
    paper.setDotsPerMeterX(qRound(dpmm * 1000));
    paper.setDotsPerMeterY(qRound(dpmm * 1000));
    paper.fill(Qt::white);
    return paper;
}

} // namespace

PageSheets::PageSheets(const QTextDocument& document, double dpi)
    : m_paper(blankPaper(dpi)), m_pages(std::make_unique<PagePainter>(document, m_paper))
{
}

PageSheets::~PageSheets() = default;

int PageSheets::pageCount() const
{
    return m_pages->pages();
}

QImage PageSheets::sheet(int page) const
{
    if (page < 0 || page >= m_pages->pages())
        return {};
    QImage image = m_paper;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_pages->paint(painter, page, page + 1);
    painter.end();
    return image;
}

std::optional<PagePainter::TableRows> PageSheets::lastTableRows() const
{
    return m_pages->lastTableRows();
}

void PageSheets::moveToThread(QThread* thread)
{
    m_pages->moveToThread(thread);
}

} // namespace sl
