#pragma once

// A time-series chart for resource usage (CPU, memory, GPU/NPU...), the only place that uses
// QCustomPlot (style §9.3-13). qcustomplot.h stays inside chartwidget.cpp: this header is pimpl.

#include "models/timeseries.h"

#include <memory>
#include <optional>
#include <QColor>
#include <QDateTime>
#include <QPair>
#include <QRect>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace ma::widgets
{
/**
 * @brief A line chart of one or more models::TimeSeries over a local-time axis.
 *
 * - Every mutation only marks the chart dirty; one single-shot timer (ReplotDelayMs) applies the
 *   data to the plot and queues one replot, so a burst of appends costs one replot.
 * - The legend (below the plot) toggles a series when clicked; hovering shows a vertical tracer and
 *   a label with the value of every visible series at that time; gaps (NaN, -1) are drawn as gaps.
 * - Wheel zooms and dragging pans the time axis only; double-click or resetZoom() returns to
 *   "follow latest", where the view tracks the newest point (within timeWindow() when set).
 * - "No data yet" (emptyText()) is drawn while no series holds a value.
 * - A long series (more than 20,000 points) is drawn from a min/max decimation to the plot's
 *   pixel columns (first/min/max/last per column, spikes kept), made off the UI thread whenever
 *   its data, the visible range or the width changes; zoomed in far enough, the raw points. A
 *   decimation of data that changed meanwhile is dropped, never drawn.
 *
 * Must be used on the GUI thread. Series ids are the caller's keys ("cpuUsage", a job id...).
 */
class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    static constexpr int ReplotDelayMs = 100;

    /** How the horizontal axis reads the series' times. */
    enum class TimeAxis
    {
        LocalTime, // ms since the epoch, labelled in local time (the default)
        Elapsed, // ms since the start of a run (0 = the start), labelled "5:00", "1:30:00"
    };

    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setTitle(const QString &title);
    QString title() const;
    /**
     * @brief The value axis: its label (the unit is appended in parentheses) and its range.
     * An absent bound is automatic: the lower one includes zero, the upper one fits the visible data.
     */
    void setValueAxis(const QString &label, const QString &unit, std::optional<double> min = std::nullopt,
        std::optional<double> max = std::nullopt);
    /**
     * @brief Elapsed overlays runs that started at different times (a job comparison): the
     * series' times are durations since each run's start, the hover label reads "5:30 since
     * the start", and following never shows time before 0.
     */
    void setTimeAxis(TimeAxis axis);
    TimeAxis timeAxis() const;
    /** While following, show only the last @p ms of data (0 = all data, the default). */
    void setTimeWindow(qint64 ms);
    qint64 timeWindow() const;
    /**
     * @brief The range shown while following (a dashboard's query range): exactly [from, to]
     * instead of the data's extent. Invalid times go back to following the data.
     */
    void setHomeTimeRange(const QDateTime &from, const QDateTime &to);
    /** Shows or hides the legend below the plot (a dashboard panel draws its own). */
    void setLegendVisible(bool visible);
    /**
     * @brief Dragging selects a time span and zooms to it (Grafana's drag-to-zoom) instead of
     * panning; the wheel still zooms. Off by default.
     */
    void setDragZoom(bool enabled);
    /** Horizontal dashed lines at alarm values (thresholds), each in its colour. */
    void setThresholds(const QList<QPair<double, QColor>> &lines);
    /** The text shown while there is no point ("No data yet" by default; e.g. "Loading…"). */
    void setEmptyText(const QString &text);
    QString emptyText() const;

    /** Adds or replaces a series; an invalid colour picks the next one of a built-in palette. */
    void setSeries(const QString &id, const models::TimeSeries &series, const QColor &color = QColor());
    /** Appends to an existing series (ignored for unknown ids), see TimeSeries::append. */
    void appendPoints(const QString &id, const QList<models::TimePoint> &points);
    void appendPoint(const QString &id, qint64 timeMs, double value);
    void removeSeries(const QString &id);
    void clear();

    QStringList seriesIds() const;
    int seriesCount() const;
    bool hasSeries(const QString &id) const;
    models::TimeSeries series(const QString &id) const;
    QColor seriesColor(const QString &id) const;
    void setSeriesVisible(const QString &id, bool visible);
    bool isSeriesVisible(const QString &id) const;

    /** Zooms the time axis to [from, to]: stops following like a user zoom. */
    void setVisibleTimeRange(const QDateTime &from, const QDateTime &to);
    /** The time range on screen (as of the last applied update). */
    QPair<QDateTime, QDateTime> visibleTimeRange() const;
    bool isFollowingLatest() const;

    /** Shows the tracer and the value label at @p time, as hovering the mouse there does. */
    void hoverAt(const QDateTime &time);
    void clearHover();
    /** The hover label's text: the time, then "name: value" per visible series; empty when not hovering. */
    QString hoverText() const;

    /** Applies pending changes now instead of waiting for the timer (the replot is still queued). */
    void flush();
    /**
     * @brief Draws the chart as vector graphics (lines and text, no bitmap) into @p target of
     * @p painter, laid out for the target's size: what a PDF export needs.
     */
    void renderVector(QPainter *painter, const QRectF &target);
    /** Number of plot replots done so far (for tests and benchmarks). */
    int replotCount() const;
    /** The points the plot holds for a series: all, or the decimation of a long one (for tests). */
    QList<models::TimePoint> drawnPoints(const QString &id) const;
    /** A decimation is being made off the UI thread (for tests and benchmarks). */
    bool isDecimating() const;
    /** The legend entry of a series in this widget's coordinates (empty if not laid out yet). */
    QRect legendItemRect(const QString &id) const;

public Q_SLOTS:
    /** Back to the full (or windowed) range and follow the latest data. */
    void resetZoom();

Q_SIGNALS:
    void seriesVisibilityChanged(const QString &id, bool visible);
    void followingLatestChanged(bool following);
    /** The user zoomed or panned the time axis (wheel, drag, drag-to-zoom) to [from, to]. */
    void timeRangeChangedByUser(const QDateTime &from, const QDateTime &to);
    /** The mouse hovers the plot at @p time (not emitted for hoverAt()). */
    void hoverMoved(const QDateTime &time);
    /** The mouse left the plot or stopped hovering. */
    void hoverLeft();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
} // namespace ma::widgets
