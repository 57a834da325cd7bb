#pragma once

// The panels of a monitoring dashboard in a grid (issue 11; console-framework.md: "a dashboard
// grid arranges several charts with one time range, a synced crosshair and linked zoom").

#include "models/dashboarddefinitions.h"
#include "models/metricsqueryrunner.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

class QGridLayout;

namespace ma::widgets
{
class DashboardPanel;

/**
 * @brief Panels in rows of columns() columns, sharing one time range.
 *
 * - Hovering one panel shows the crosshair at the same time on every other panel.
 * - A zoom on one panel (drag-to-zoom, wheel, pan) shows the same range on every panel at once,
 *   and timeRangeZoomed() follows once the user stops (ZoomSettleMs), so the page can re-query.
 */
class DashboardGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardGrid)

public:
    static constexpr int ZoomSettleMs = 400;

    explicit DashboardGrid(QWidget *parent = nullptr);
    ~DashboardGrid() override;

    /** Replaces every panel (a view switch). */
    void setPanels(const QList<models::PanelDefinition> &panels);
    QList<DashboardPanel *> panels() const { return m_panels; }
    DashboardPanel *panel(const QString &id) const;

    void setColumns(int columns);
    int columns() const { return m_columns; }

    /** The dashboard's range: every panel shows exactly [from, to] (undoing a zoom). */
    void setTimeRange(const QDateTime &from, const QDateTime &to);

    /** Shows each answer of @p runner on the panel its query id names: the series, or the error. */
    void showAnswersOf(models::MetricsQueryRunner *runner);
    /** One query per panel, its variables expanded from @p values; every panel shows it is loading. */
    QList<models::MetricQuery> startQueries(const QHash<QString, QString> &values);

signals:
    /** The user zoomed a panel to [from, to] and stopped; every panel already shows it. */
    void timeRangeZoomed(const QDateTime &from, const QDateTime &to);

private:
    void relayout();
    void onHover(DashboardPanel *source, const QDateTime &time);
    void onHoverLeft(DashboardPanel *source);
    void onUserRange(DashboardPanel *source, const QDateTime &from, const QDateTime &to);

    QGridLayout *m_layout = nullptr;
    QList<DashboardPanel *> m_panels;
    int m_columns = 2;
    QTimer m_zoomSettle;
    QDateTime m_zoomFrom;
    QDateTime m_zoomTo;
};
} // namespace ma::widgets
