#pragma once

// The bell of watched items (issue 15: desktop notifications): an icon for the Watch actions
// and a delegate that shows it before the name of a watched row.

#include <functional>
#include <QIcon>
#include <QStyledItemDelegate>

namespace ma::widgets
{
/** A bell in the theme's warning colour, painted at 16, 24 and 32 px (no image file, follows the scheme). */
QIcon bellIcon();

/**
 * @brief Adds the bell as the decoration of the rows @p isWatched says are watched; paints
 * everything else as QStyledItemDelegate does. Set it on the name column.
 */
class WatchMarkerDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchMarkerDelegate)

public:
    using Predicate = std::function<bool(const QModelIndex &index)>;

    explicit WatchMarkerDelegate(Predicate isWatched, QObject *parent = nullptr);

    bool isWatched(const QModelIndex &index) const { return m_isWatched && m_isWatched(index); }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Predicate m_isWatched;
    QIcon m_bell;
};
} // namespace ma::widgets
