#include "gui/common/ViewHeader.h"

#include <QHBoxLayout>
#include <QLabel>

namespace sl {

ViewHeader::ViewHeader(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_layout(new QHBoxLayout(this))
{
    m_title->setObjectName(QStringLiteral("viewTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_title);
    m_layout->addStretch(1);
}

ViewHeader::ViewHeader(QWidget* parent) : ViewHeader(QString(), parent) {}

void ViewHeader::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString ViewHeader::title() const
{
    return m_title->text();
}

void ViewHeader::addWidget(QWidget* widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

void ViewHeader::addSpacing(int size)
{
    m_layout->addSpacing(size);
}

} // namespace sl
