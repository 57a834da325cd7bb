#include "rowlinksdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ma::widgets
{
namespace
{
constexpr int kMargin = 6; // left and right of the cell
constexpr int kSpacing = 12; // between two links
} // namespace

RowLinksDelegate::RowLinksDelegate(LinksProvider links, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_links(std::move(links))
{
}

QString RowLinksDelegate::shownText(const Link &link) const
{
    return link.menu ? link.text + QStringLiteral(" \u25BE") : link.text;
}

QList<QRect> RowLinksDelegate::linkRects(
    const QRect &cellRect, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QList<QRect> out;
    const QFontMetrics metrics(option.font);
    int x = cellRect.left() + kMargin;
    for (const Link &link : links(index))
    {
        const int width = metrics.horizontalAdvance(shownText(link));
        out << QRect(x, cellRect.top(), width, cellRect.height());
        x += width + kSpacing;
    }
    return out;
}

int RowLinksDelegate::linkAt(
    const QRect &cellRect, const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const QList<QRect> rects = linkRects(cellRect, option, index);
    for (int i = 0; i < rects.size(); ++i)
        if (rects.at(i).contains(pos))
            return i;
    return -1;
}

void RowLinksDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background and selection as any other cell, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<Link> all = links(index);
    const QList<QRect> rects = linkRects(option.rect, option, index);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(option.rect.adjusted(0, 0, -kMargin / 2, 0));
    for (int i = 0; i < all.size(); ++i)
    {
        const Link &link = all.at(i);
        QColor color;
        if (!link.enabled)
            color = option.palette.color(QPalette::Disabled, QPalette::Text);
        else if (selected)
            color = option.palette.color(QPalette::Active, QPalette::HighlightedText);
        else
            color = option.palette.color(QPalette::Active, QPalette::Link);
        painter->setPen(color);
        painter->setFont(option.font);
        painter->drawText(rects.at(i), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownText(link));
    }
    painter->restore();
}

QSize RowLinksDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QList<QRect> rects = linkRects(QRect(0, 0, 0, base.height()), option, index);
    const int width = rects.isEmpty() ? 0 : rects.back().right() + 1 + kMargin;
    return { std::max(base.width(), width), base.height() };
}

bool RowLinksDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || (mouse->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
        return false;
    const QList<Link> all = links(index);
    const int at = linkAt(option.rect, option, index, mouse->position().toPoint());
    if (at < 0 || !all.at(at).enabled)
        return false;
    emit linkActivated(index, all.at(at).id, linkRects(option.rect, option, index).at(at));
    return true;
}

bool RowLinksDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip)
    {
        const QList<Link> all = links(index);
        const int at = linkAt(option.rect, option, index, event->pos());
        if (at >= 0 && !all.at(at).toolTip.isEmpty())
        {
            QToolTip::showText(event->globalPos(), all.at(at).toolTip, view);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
} // namespace ma::widgets
