#include "gui/myyear/ProgressMeter.h"

#include <QPainter>
#include <QPainterPath>

namespace sl {

namespace {

const QColor onTrackColour(0x3c, 0x9a, 0x4a);
const QColor behindColour(0xd9, 0x8e, 0x04);
const QColor dueMarkColour(0x40, 0x40, 0x40);
constexpr int barHeight = 18;

} // namespace

ProgressMeter::ProgressMeter(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProgressMeter::setValues(double actual, double target, double due)
{
    m_actual = actual;
    m_target = target;
    m_due = due;
    update();
}

double ProgressMeter::fraction() const
{
    if (!(m_target > 0))
        return 0;
    return std::clamp(m_actual / m_target, 0.0, 1.0);
}

QSize ProgressMeter::sizeHint() const
{
    return {320, barHeight + 8};
}

QSize ProgressMeter::minimumSizeHint() const
{
    return {120, barHeight + 8};
}

void ProgressMeter::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(0.5, (height() - barHeight) / 2.0 + 0.5, width() - 1.0, barHeight - 1.0);
    const double radius = 3;

    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(bar, radius, radius);

    if (fraction() > 0) {
        QRectF filled = bar;
        filled.setWidth(std::max(bar.width() * fraction(), 2 * radius));
        QPainterPath clip;
        clip.addRoundedRect(bar, radius, radius);
        p.save();
        p.setClipPath(clip);
        p.setPen(Qt::NoPen);
        p.setBrush(onTrack() ? onTrackColour : behindColour);
        p.drawRect(filled);
        p.restore();
    }

    // The part due by today: a mark across the bar.
    if (m_target > 0 && m_due > 0 && m_due < m_target) {
        const double x = bar.left() + bar.width() * (m_due / m_target);
        p.setPen(QPen(dueMarkColour, 2));
        p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
    }
}

} // namespace sl
