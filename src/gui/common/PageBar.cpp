#include "gui/common/PageBar.h"

#include "gui/common/PageRows.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

namespace sl {

PageBar::PageBar(QWidget* parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_label(new QLabel(this))
{
    m_previous->setObjectName(QStringLiteral("previousPageToolButton"));
    m_next->setObjectName(QStringLiteral("nextPageToolButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    connect(m_previous, &QToolButton::clicked, this, [this] { go(m_offset - ui::pageRows); });
    connect(m_next, &QToolButton::clicked, this, [this] { go(m_offset + ui::pageRows); });
    update();
}

void PageBar::setTotal(qint64 total)
{
    m_total = std::max<qint64>(0, total);
    if (m_offset >= m_total)
        m_offset = int(std::max<qint64>(0, (m_total - 1) / ui::pageRows * ui::pageRows));
    update();
}

void PageBar::showPageOf(qint64 position)
{
    if (position < 0 || position >= m_total)
        return;
    m_offset = int(position / ui::pageRows * ui::pageRows);
    update();
}

void PageBar::go(int offset)
{
    if (offset < 0 || offset >= m_total || offset == m_offset)
        return;
    m_offset = offset;
    update();
    emit moved();
}

void PageBar::update()
{
    const QLocale locale;
    const qint64 last = std::min<qint64>(m_total, m_offset + ui::pageRows);
    m_label->setText(m_total == 0 ? QString()
                                  : tr("%1–%2 of %3")
                                        .arg(locale.toString(m_offset + 1), locale.toString(last),
                                             locale.toString(m_total)));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(last < m_total);
    setVisible(m_total > ui::pageRows);
}

} // namespace sl
