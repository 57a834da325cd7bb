#include "seriesdecimation.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace ma::models
{
int decimationColumn(qint64 timeMs, qint64 from, qint64 to, int columns)
{
    const qint64 span = std::max<qint64>(1, to - from);
    if (timeMs <= from)
        return 0;
    // (timeMs - from) * columns stays far below 2^63 for any real time span and screen width.
    return int(std::min<qint64>(columns - 1, (timeMs - from) * columns / span));
}

QList<TimePoint> decimateMinMax(const QList<TimePoint> &points, qint64 from, qint64 to, int columns)
{
    columns = std::max(1, columns);
    to = std::max(to, from + 1);
    const auto byTime = [](const TimePoint &p, qint64 t)
    {
        return p.timeMs < t;
    };
    const int n = int(points.size());
    const int begin = int(std::lower_bound(points.cbegin(), points.cend(), from, byTime) - points.cbegin());
    const int end = int(
        std::upper_bound(points.cbegin(), points.cend(), to, [](qint64 t, const TimePoint &p) { return t < p.timeMs; })
        - points.cbegin());
    // One neighbour outside each edge: the line that crosses the edge.
    const int first = std::max(0, begin - 1);
    const int last = std::min(n, end + 1);
    if (end - begin <= 4 * qint64(columns))
        return points.mid(first, last - first);

    QList<TimePoint> out;
    out.reserve(4 * columns + 2 + columns / 4);
    if (first < begin)
        out.append(points.at(first));
    const qint64 span = to - from;
    const TimePoint *data = points.constData();
    int i = begin;
    while (i < end)
    {
        const int column = decimationColumn(data[i].timeMs, from, to, columns);
        // The column holds the times t with (t - from) * columns < (column + 1) * span, i.e.
        // t - from < ceil((column + 1) * span / columns); the last column runs to `to`.
        const qint64 limit = column + 1 >= columns ? std::numeric_limits<qint64>::max()
                                                   : from + ((column + 1) * span + columns - 1) / columns;
        int firstIdx = -1;
        int lastIdx = -1;
        int minIdx = -1;
        int maxIdx = -1;
        int gapIdx = -1;
        for (; i < end && data[i].timeMs < limit; ++i)
        {
            const double v = data[i].value;
            if (qIsNaN(v))
            {
                if (gapIdx < 0)
                    gapIdx = i;
                continue;
            }
            if (firstIdx < 0)
            {
                firstIdx = minIdx = maxIdx = i;
            }
            else if (v < data[minIdx].value)
            {
                minIdx = i;
            }
            else if (v > data[maxIdx].value)
            {
                maxIdx = i;
            }
            lastIdx = i;
        }
        int picks[5] = { firstIdx, minIdx, maxIdx, lastIdx, gapIdx };
        std::sort(std::begin(picks), std::end(picks));
        int previous = -1;
        for (int idx : picks)
        {
            if (idx >= 0 && idx != previous)
                out.append(data[idx]);
            previous = idx;
        }
    }
    if (end < last)
        out.append(points.at(end));
    return out;
}

SeriesDecimator::SeriesDecimator(QObject *parent)
    : QObject(parent)
{
}

// Jobs still running hold only their own copies; their results find no receiver.
SeriesDecimator::~SeriesDecimator() = default;

void SeriesDecimator::request(
    const QString &key, quint64 version, const QList<TimePoint> &points, qint64 from, qint64 to, int columns)
{
    KeyState &state = m_keys[key];
    // One counter for all keys: a key cancelled and asked again never reuses a running job's number.
    state.serial = ++m_serial;
    state.next = Job { version, points, from, to, columns };
    state.waiting = true;
    if (!state.running)
        start(key, state);
}

void SeriesDecimator::start(const QString &key, KeyState &state)
{
    Job job = std::move(state.next);
    state.next = Job();
    state.waiting = false;
    state.running = true;
    state.runningSerial = state.serial;
    const quint64 serial = state.serial;
    QPointer<SeriesDecimator> self(this);
    // The pool thread posts the answer back; the receiver check and the serial run on this thread.
    QThreadPool::globalInstance()->start(
        [self, key, serial, job = std::move(job)]
        {
            DecimatedSeries result { job.version, job.from, job.to, job.columns,
                decimateMinMax(job.points, job.from, job.to, job.columns) };
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, key, serial, result = std::move(result)]
                {
                    if (self)
                        self->finished(key, serial, result);
                },
                Qt::QueuedConnection);
        });
}

void SeriesDecimator::finished(const QString &key, quint64 serial, const DecimatedSeries &result)
{
    auto it = m_keys.find(key);
    if (it == m_keys.end() || !it->running || it->runningSerial != serial)
        return; // cancelled (the key may have been requested again since)
    it->running = false;
    if (it->waiting)
    {
        start(key, *it); // a newer request came in: this result is stale
        return;
    }
    m_keys.erase(it);
    Q_EMIT decimated(key, result);
}

void SeriesDecimator::cancel(const QString &key)
{
    m_keys.remove(key);
}

bool SeriesDecimator::isBusy(const QString &key) const
{
    return m_keys.contains(key);
}
} // namespace ma::models
