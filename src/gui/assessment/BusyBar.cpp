#include "gui/assessment/BusyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace sl {

BusyBar::BusyBar(const QString& text, QWidget* parent)
    : QWidget(parent), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancel->setText(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(text, this));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancelRequested);
    hide();
}

} // namespace sl
