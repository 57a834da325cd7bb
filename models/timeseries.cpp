#include "timeseries.h"

#include <algorithm>
#include <cmath>

namespace ma::models
{
TimeSeries::TimeSeries(const QString &name, const QString &unit)
    : m_name(name)
    , m_unit(unit)
{
}

bool TimeSeries::isNoData(double value)
{
    return !std::isfinite(value) || value == -1.0;
}

bool TimeSeries::hasData() const
{
    return minimum().has_value();
}

void TimeSeries::append(qint64 timeMs, double value)
{
    const TimePoint point { timeMs, normalized(value) };
    if (m_points.isEmpty() || timeMs > m_points.constLast().timeMs)
    {
        // The common case (live samples arrive in order): keep the cached range current.
        m_points.append(point);
        if (m_rangeValid && !point.isGap())
        {
            m_min = m_min ? std::min(*m_min, point.value) : point.value;
            m_max = m_max ? std::max(*m_max, point.value) : point.value;
        }
        return;
    }
    const int i = lowerBound(timeMs);
    if (i < size() && m_points.at(i).timeMs == timeMs)
        m_points[i].value = point.value;
    else
        m_points.insert(i, point);
    invalidateRange();
}

void TimeSeries::append(const QList<TimePoint> &points)
{
    m_points.reserve(m_points.size() + points.size());
    for (const TimePoint &p : points)
        append(p.timeMs, p.value);
}

void TimeSeries::setPoints(QList<TimePoint> points)
{
    for (TimePoint &p : points)
        p.value = normalized(p.value);
    // Stable sort, then keep the last of each run of equal times ("the last one wins").
    std::stable_sort(
        points.begin(), points.end(), [](const TimePoint &a, const TimePoint &b) { return a.timeMs < b.timeMs; });
    QList<TimePoint> unique;
    unique.reserve(points.size());
    for (const TimePoint &p : std::as_const(points))
    {
        if (!unique.isEmpty() && unique.constLast().timeMs == p.timeMs)
            unique.last() = p;
        else
            unique.append(p);
    }
    m_points = std::move(unique);
    invalidateRange();
}

void TimeSeries::clear()
{
    m_points.clear();
    m_min.reset();
    m_max.reset();
    m_rangeValid = true;
}

void TimeSeries::removeBefore(qint64 timeMs)
{
    const int n = lowerBound(timeMs);
    if (n <= 0)
        return;
    m_points.remove(0, n);
    invalidateRange();
}

void TimeSeries::computeRange() const
{
    m_min.reset();
    m_max.reset();
    for (const TimePoint &p : m_points)
    {
        if (p.isGap())
            continue;
        m_min = m_min ? std::min(*m_min, p.value) : p.value;
        m_max = m_max ? std::max(*m_max, p.value) : p.value;
    }
    m_rangeValid = true;
}

std::optional<double> TimeSeries::minimum() const
{
    if (!m_rangeValid)
        computeRange();
    return m_min;
}

std::optional<double> TimeSeries::maximum() const
{
    if (!m_rangeValid)
        computeRange();
    return m_max;
}

std::optional<TimePoint> TimeSeries::last() const
{
    for (auto it = m_points.crbegin(); it != m_points.crend(); ++it)
    {
        if (!it->isGap())
            return *it;
    }
    return std::nullopt;
}

int TimeSeries::lowerBound(qint64 timeMs) const
{
    const auto it = std::lower_bound(
        m_points.cbegin(), m_points.cend(), timeMs, [](const TimePoint &p, qint64 t) { return p.timeMs < t; });
    return int(it - m_points.cbegin());
}

int TimeSeries::indexNearest(qint64 timeMs) const
{
    if (m_points.isEmpty())
        return -1;
    const int i = lowerBound(timeMs);
    if (i >= size())
        return size() - 1;
    if (i == 0)
        return 0;
    const qint64 before = timeMs - m_points.at(i - 1).timeMs;
    const qint64 after = m_points.at(i).timeMs - timeMs;
    return after < before ? i : i - 1;
}

TimeSeries TimeSeries::downsampled(int maxPoints) const
{
    maxPoints = std::max(maxPoints, 3);
    if (size() <= maxPoints)
        return *this;

    const bool anyGap = std::any_of(m_points.cbegin(), m_points.cend(), [](const TimePoint &p) { return p.isGap(); });
    // Each bucket emits its min and max, plus one gap point when it holds a gap.
    const int buckets = std::max(1, maxPoints / (anyGap ? 3 : 2));
    const qint64 t0 = firstTime();
    const double span = double(lastTime() - t0) + 1.0;

    TimeSeries out(m_name, m_unit);
    QList<TimePoint> result;
    result.reserve(maxPoints);

    int i = 0;
    const int n = size();
    while (i < n)
    {
        const int bucket = std::min(buckets - 1, int(double(m_points.at(i).timeMs - t0) * buckets / span));
        int minIdx = -1;
        int maxIdx = -1;
        int gapIdx = -1;
        for (; i < n; ++i)
        {
            const TimePoint &p = m_points.at(i);
            if (std::min(buckets - 1, int(double(p.timeMs - t0) * buckets / span)) != bucket)
                break;
            if (p.isGap())
            {
                if (gapIdx < 0)
                    gapIdx = i;
                continue;
            }
            if (minIdx < 0 || p.value < m_points.at(minIdx).value)
                minIdx = i;
            if (maxIdx < 0 || p.value > m_points.at(maxIdx).value)
                maxIdx = i;
        }
        int picks[3] = { minIdx, maxIdx, gapIdx };
        std::sort(std::begin(picks), std::end(picks));
        int previous = -1;
        for (int idx : picks)
        {
            if (idx >= 0 && idx != previous)
                result.append(m_points.at(idx));
            previous = idx;
        }
    }
    out.m_points = std::move(result);
    out.invalidateRange();
    return out;
}
} // namespace ma::models
