#include "usagebar.h"

#include <QPainter>
#include <QPainterPath>

namespace ma::ui
{
UsageBar::UsageBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageBar::setSegments(const QList<Segment> &segments, double total)
{
    m_segments = segments;
    m_total = total;
    update();
}

QSize UsageBar::sizeHint() const
{
    return { 160, 8 };
}

QSize UsageBar::minimumSizeHint() const
{
    return { 40, 8 };
}

void UsageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = bar.height() / 2;
    QPainterPath clip;
    clip.addRoundedRect(bar, radius, radius);
    painter.setClipPath(clip);
    painter.fillRect(bar, palette().color(QPalette::Midlight));
    if (m_total > 0)
    {
        qreal x = bar.left();
        for (const Segment &segment : std::as_const(m_segments))
        {
            const qreal width = bar.width() * std::clamp(segment.value / m_total, 0.0, 1.0);
            painter.fillRect(QRectF(x, bar.top(), width, bar.height()), widgets::Theme::color(segment.role));
            x += width;
        }
    }
}
} // namespace ma::ui
