#include "gui/common/BusyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace sl {

BusyBar::BusyBar(const QString& text, QWidget* parent)
    : QWidget(parent), m_label(new QLabel(text, this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this))
{
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancel->setText(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancelRequested);
    hide();
}

void BusyBar::setText(const QString& text)
{
    m_label->setText(text);
}

void BusyBar::setSteps(int done, int count)
{
    m_progress->setRange(0, count > 0 ? count : 0);
    m_progress->setValue(count > 0 ? done : 0);
}

} // namespace sl
