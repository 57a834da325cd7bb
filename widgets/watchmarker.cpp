#include "watchmarker.h"

#include "widgets/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ma::widgets
{
namespace
{
QPixmap paintBell(int size, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 24.0, size / 24.0); // drawn on a 24-unit grid
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);

    QPainterPath body;
    body.moveTo(4.0, 18.0);
    body.lineTo(20.0, 18.0);
    body.lineTo(18.0, 15.5);
    body.lineTo(18.0, 11.0);
    body.cubicTo(18.0, 7.2, 15.6, 4.6, 12.0, 4.6);
    body.cubicTo(8.4, 4.6, 6.0, 7.2, 6.0, 11.0);
    body.lineTo(6.0, 15.5);
    body.closeSubpath();
    painter.drawPath(body);
    painter.drawEllipse(QPointF(12.0, 3.8), 1.6, 1.6); // the loop on top
    painter.drawEllipse(QPointF(12.0, 19.6), 2.4, 2.2); // the clapper
    return pixmap;
}
} // namespace

QIcon bellIcon()
{
    const QColor color = Theme::color(Theme::Role::WarningText);
    QIcon icon;
    for (int size : { 16, 24, 32 })
        icon.addPixmap(paintBell(size, color));
    return icon;
}

WatchMarkerDelegate::WatchMarkerDelegate(Predicate isWatched, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_isWatched(std::move(isWatched))
    , m_bell(bellIcon())
{
}

void WatchMarkerDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isWatched(index))
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = m_bell;
    option->decorationSize = QSize(14, 14);
}
} // namespace ma::widgets
