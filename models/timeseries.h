#pragma once

// A named, time-ordered series of metric samples: the plain data behind ChartWidget
// (style §9.3-13: series data lives outside the widget). No QtWidgets here.

#include <optional>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <QtNumeric>

namespace ma::models
{
/** @brief One sample: milliseconds since the epoch (UTC) and a value; NaN means "no data" (a gap). */
struct TimePoint
{
    qint64 timeMs = 0;
    double value = qQNaN();

    bool isGap() const { return qIsNaN(value); }
    friend bool operator==(const TimePoint &a, const TimePoint &b)
    {
        return a.timeMs == b.timeMs && (a.value == b.value || (a.isGap() && b.isGap()));
    }
};

/**
 * @brief A named series of (time, value) points with a unit ("%", "MiB", "GB").
 *
 * Points are always sorted by time and unique per time: appending a point with a time that is
 * already present replaces its value. The APIs report "no data" as -1 (or leave the value out):
 * -1 and any non-finite value are stored as NaN, which charts draw as a gap.
 * A plain value type (implicitly shared point list): cheap to copy, not thread-safe to mutate.
 */
class TimeSeries final
{
public:
    TimeSeries() = default;
    explicit TimeSeries(const QString &name, const QString &unit = {});

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString unit() const { return m_unit; }
    void setUnit(const QString &unit) { m_unit = unit; }

    int size() const { return int(m_points.size()); }
    bool isEmpty() const { return m_points.isEmpty(); }
    /** True when at least one point carries a value (not only gaps). */
    bool hasData() const;
    const QList<TimePoint> &points() const { return m_points; }
    TimePoint at(int i) const { return m_points.at(i); }

    /** Inserts in time order; a point with an existing time replaces that point's value. */
    void append(qint64 timeMs, double value);
    void append(const TimePoint &point) { append(point.timeMs, point.value); }
    void append(const QList<TimePoint> &points);
    /** Replaces every point; the input may be unsorted, the last of equal times wins. */
    void setPoints(QList<TimePoint> points);
    void clear();
    /** Drops the points older than @p timeMs (a retention window, e.g. the last 3 days). */
    void removeBefore(qint64 timeMs);

    /** Smallest / largest value, gaps ignored; empty when there is no value. */
    std::optional<double> minimum() const;
    std::optional<double> maximum() const;
    /** The latest point that has a value. */
    std::optional<TimePoint> last() const;
    qint64 firstTime() const { return m_points.isEmpty() ? 0 : m_points.constFirst().timeMs; }
    qint64 lastTime() const { return m_points.isEmpty() ? 0 : m_points.constLast().timeMs; }

    /** Index of the point nearest to @p timeMs (ties go to the earlier one), -1 when empty. */
    int indexNearest(qint64 timeMs) const;
    /** Index of the first point with time >= @p timeMs (size() when none). */
    int lowerBound(qint64 timeMs) const;

    /**
     * @brief A copy with at most @p maxPoints points for drawing long series.
     *
     * The time span is cut into equal buckets and each bucket keeps its minimum and its maximum in
     * time order, so a one-sample spike survives; a bucket containing a gap also keeps one gap point.
     * Returns the series unchanged when it is already small enough. maxPoints < 3 is treated as 3.
     */
    TimeSeries downsampled(int maxPoints) const;

    /** True for the values the APIs use for "no data": NaN, infinities and -1. */
    static bool isNoData(double value);
    static double normalized(double value) { return isNoData(value) ? qQNaN() : value; }

private:
    void invalidateRange() { m_rangeValid = false; }
    void computeRange() const;

    QString m_name;
    QString m_unit;
    QList<TimePoint> m_points;
    // Cached value range: appends keep it current, replacements and removals recompute lazily.
    mutable bool m_rangeValid = true;
    mutable std::optional<double> m_min;
    mutable std::optional<double> m_max;
};
} // namespace ma::models
