#pragma once

// An Operation column as the console shows it: a few words per row ("Open  Stop  Delete
// More ▾"), each a link that is enabled or not for that row. Painted, not widgets, so a list of
// thousands of rows stays fast: only the visible rows are laid out, when they are painted.

#include <functional>
#include <QList>
#include <QStyledItemDelegate>

namespace ma::widgets
{
/**
 * @brief Paints the links @p links gives for each index and reports a click on an enabled one
 * (linkActivated). Mouse only: keyboard users reach the same operations through the row menu.
 */
class RowLinksDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowLinksDelegate)

public:
    struct Link
    {
        int id = 0; // the caller's own key (an enum value)
        QString text;
        bool enabled = true;
        QString toolTip;
        bool menu = false; // opens a menu: painted with a down arrow after the word
    };
    /** The links of the row of @p index, left to right. Called for every paint: keep it cheap. */
    using LinksProvider = std::function<QList<Link>(const QModelIndex &index)>;

    explicit RowLinksDelegate(LinksProvider links, QObject *parent = nullptr);

    QList<Link> links(const QModelIndex &index) const { return m_links ? m_links(index) : QList<Link>(); }
    /** Where each link of @p index is painted inside @p cellRect (same order as links()). */
    QList<QRect> linkRects(const QRect &cellRect, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** The index into links() of the link at @p pos, or -1. */
    int linkAt(
        const QRect &cellRect, const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

signals:
    /** An enabled link was clicked; @p linkRect is where it is painted, in the view's viewport. */
    void linkActivated(const QModelIndex &index, int id, const QRect &linkRect);

private:
    QString shownText(const Link &link) const;

    LinksProvider m_links;
};
} // namespace ma::widgets
