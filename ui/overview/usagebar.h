#pragma once

// A thin horizontal bar split into coloured segments (nodes in use / free / abnormal, cards
// allocated / idle) for the Overview's pools card; colours come from the theme's roles.

#include "widgets/theme.h"

#include <QList>
#include <QWidget>

namespace ma::ui
{
class UsageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBar)

public:
    struct Segment
    {
        double value = 0;
        widgets::Theme::Role role = widgets::Theme::Role::StatusRunning;
    };

    explicit UsageBar(QWidget *parent = nullptr);

    /** Segments drawn left to right in proportion to @p total (the rest stays empty). */
    void setSegments(const QList<Segment> &segments, double total);
    const QList<Segment> &segments() const { return m_segments; }
    double total() const { return m_total; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Segment> m_segments;
    double m_total = 0;
};
} // namespace ma::ui
