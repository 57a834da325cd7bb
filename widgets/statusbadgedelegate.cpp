#include "statusbadgedelegate.h"

#include "widgets/theme.h"

#include <algorithm>
#include <cmath>
#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace ma::widgets
{
namespace
{
constexpr int Margin = 4; // between the cell edge and the badge
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;

// Rounded up: a width rounded down would elide the last letter.
int textWidth(const QFontMetricsF &fm, const QString &text)
{
    return int(std::ceil(fm.horizontalAdvance(text)));
}
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject *parent)
    : StatusBadgeDelegate(statusRole, NoRole, parent)
{
}

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, int secondaryStatusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
    , m_secondaryRole(secondaryStatusRole)
{
}

QString StatusBadgeDelegate::badgeText(const QModelIndex &index) const
{
    const QString raw = index.data(m_statusRole).toString();
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        text = statusText(raw);
    if (m_secondaryRole == NoRole)
        return text;
    const QString secondary = index.data(m_secondaryRole).toString();
    if (secondary.isEmpty() || secondary.compare(raw, Qt::CaseInsensitive) == 0)
        return text;
    return tr("%1 · %2", "status · secondary status").arg(text, statusText(secondary));
}

StatusTone StatusBadgeDelegate::tone(const QModelIndex &index) const
{
    const QString raw = index.data(m_statusRole).toString();
    return toneOf(raw.isEmpty() ? index.data(Qt::DisplayRole).toString() : raw);
}

QFont StatusBadgeDelegate::badgeFont(const QStyleOptionViewItem &option) const
{
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    return font;
}

QRect StatusBadgeDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = badgeText(index);
    if (text.isEmpty())
        return {};
    const QFontMetricsF fm(badgeFont(option));
    const QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    const int height = std::min(int(std::ceil(fm.height())) + 2 * VerticalPadding, option.rect.height());
    const int width = std::min(textWidth(fm, text) + 2 * HorizontalPadding, area.width());
    QRect badge(0, 0, std::max(width, 0), height);
    const Qt::Alignment h = option.displayAlignment & Qt::AlignHorizontal_Mask;
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    if (h & Qt::AlignHCenter)
        badge.moveTo(area.left() + (area.width() - badge.width()) / 2, top);
    else if (h & Qt::AlignRight)
        badge.moveTo(area.right() - badge.width() + 1, top);
    else
        badge.moveTo(area.left(), top);
    return badge;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The view's own background first: selection highlight, alternating rows, focus.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    // Without text the style would highlight an empty text rect: highlight the whole cell instead.
    opt.showDecorationSelected = true;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString text = badgeText(index);
    const QRect badge = badgeRect(opt, index);
    if (text.isEmpty() || badge.isEmpty())
        return;

    const QFont font = badgeFont(opt);
    const QFontMetricsF fm(font);
    QColor background = badgeColor(tone(index));
    if (!(opt.state & QStyle::State_Enabled))
        background.setAlphaF(0.55f);
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(selected ? QPen(opt.palette.color(QPalette::HighlightedText), 1) : QPen(Qt::NoPen));
    painter->setBrush(background);
    const double radius = badge.height() / 2.0;
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(Theme::color(Theme::Role::BadgeText));
    painter->setFont(font);
    const QRect textRect = badge.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0);
    const bool fits = textWidth(fm, text) <= textRect.width();
    painter->drawText(textRect, Qt::AlignCenter, fits ? text : fm.elidedText(text, Qt::ElideRight, textRect.width()));
    const QString mark = m_markRole == NoRole ? QString() : index.data(m_markRole).toString();
    const QRect markRect(
        badge.right() + 1 + Margin, opt.rect.top(), opt.rect.right() - badge.right() - Margin, opt.rect.height());
    if (!mark.isEmpty() && markRect.width() > 0)
    {
        // Beside the badge, in the warning colour: the status stays the badge's word.
        const QFontMetricsF markMetrics(opt.font);
        painter->setFont(opt.font);
        painter->setPen(
            selected ? opt.palette.color(QPalette::HighlightedText) : Theme::color(Theme::Role::WarningText));
        painter->drawText(
            markRect, Qt::AlignLeft | Qt::AlignVCenter, markMetrics.elidedText(mark, Qt::ElideRight, markRect.width()));
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetricsF fm(badgeFont(opt));
    int width = textWidth(fm, badgeText(index)) + 2 * HorizontalPadding + 2 * Margin;
    if (const QString mark = m_markRole == NoRole ? QString() : index.data(m_markRole).toString(); !mark.isEmpty())
        width += textWidth(QFontMetricsF(opt.font), mark) + Margin;
    const int height = int(std::ceil(fm.height())) + 2 * VerticalPadding + 4;
    return { std::max(base.width(), width), std::max(base.height(), height) };
}

bool StatusBadgeDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // An elided badge shows its full text as the tooltip unless the model provides one.
    if (event && view && event->type() == QEvent::ToolTip && index.isValid() && index.data(Qt::ToolTipRole).isNull())
    {
        const QString text = badgeText(index);
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        if (textWidth(QFontMetricsF(badgeFont(opt)), text) > badgeRect(opt, index).width() - 2 * HorizontalPadding)
        {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
} // namespace ma::widgets
