#pragma once

// Paints a status column as a rounded coloured badge ("Running", "Running · Queuing") for the job,
// notebook and pool lists; colours and words come from statuspalette.h.

#include "widgets/statuspalette.h"

#include <QStyledItemDelegate>

namespace ma::widgets
{
/**
 * @brief A delegate for a status column: a pill in the status tone's colour with white text.
 *
 * The word is the index's DisplayRole (or statusText() of the raw status when DisplayRole is empty);
 * the tone is toneOf() of the raw API status read from @p statusRole. An optional
 * @p secondaryStatusRole adds the secondary status ("Running · Queuing") when it differs.
 * Selected rows keep the view's highlight behind the badge, which gets an outline in the highlighted
 * text colour. A long word is elided; the tooltip then shows it in full.
 */
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    static constexpr int NoRole = -1;

    explicit StatusBadgeDelegate(int statusRole, QObject *parent = nullptr);
    StatusBadgeDelegate(int statusRole, int secondaryStatusRole, QObject *parent = nullptr);

    int statusRole() const { return m_statusRole; }
    int secondaryStatusRole() const { return m_secondaryRole; }
    /**
     * A role whose non-empty text is painted after the badge in the warning colour (a job's
     * low-utilisation mark, "Low GPU 23 %"); NoRole (the default): none.
     */
    void setMarkRole(int role) { m_markRole = role; }
    int markRole() const { return m_markRole; }

    /** The text painted for @p index: "Running" or "Running · Queuing". */
    QString badgeText(const QModelIndex &index) const;
    StatusTone tone(const QModelIndex &index) const;
    /** The badge rectangle inside @p option's rect (also used by the tests). */
    QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    QFont badgeFont(const QStyleOptionViewItem &option) const;

    int m_statusRole;
    int m_secondaryRole;
    int m_markRole = NoRole;
};
} // namespace ma::widgets
