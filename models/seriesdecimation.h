#pragma once

// Min/max decimation of long time series for drawing (issue 14: a 1,000,000-point series replots
// in <= 20 ms). M4-style: the visible time range is cut into pixel columns and each column keeps
// its first, minimum, maximum and last sample, which draws the same line as every raw sample
// (spikes included) from at most four points per column. SeriesDecimator runs it off the UI
// thread and never delivers a result that a newer request has made stale.

#include "timeseries.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace ma::models
{
/**
 * @brief The column of [from, to] cut into @p columns equal columns that @p timeMs falls in:
 * floor((timeMs - from) * columns / (to - from)), clamped to [0, columns - 1].
 */
int decimationColumn(qint64 timeMs, qint64 from, qint64 to, int columns);

/**
 * @brief The points of @p points (time-ordered) to draw [from, to] at @p columns pixel columns.
 *
 * Each column keeps, in time order, its first and last sample with a value, its minimum and its
 * maximum, and its first gap (NaN) so the line still breaks there. The nearest point before
 * @p from and after @p to are kept as they are, so the line runs on to the edges. When the range
 * holds at most 4 x @p columns points they are all returned unchanged (zoomed in: exact raw data).
 */
QList<TimePoint> decimateMinMax(const QList<TimePoint> &points, qint64 from, qint64 to, int columns);

/** @brief A decimation's answer: for which data version and range, and the points to draw. */
struct DecimatedSeries
{
    quint64 version = 0; // the caller's data version at request time
    qint64 from = 0;
    qint64 to = 0;
    int columns = 0;
    QList<TimePoint> points;
};

/**
 * @brief Runs decimateMinMax() on the global thread pool, per key (a series id).
 *
 * At most one job per key runs at a time: a request while one runs waits and replaces any
 * request waiting before it (a pan emits many ranges; only the newest matters). A result is
 * delivered only if no newer request for its key was made meanwhile, so a stale decimation
 * never reaches the chart. Lives on the GUI thread; the points are an implicitly shared copy.
 */
class SeriesDecimator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesDecimator)

public:
    explicit SeriesDecimator(QObject *parent = nullptr);
    ~SeriesDecimator() override;

    void request(
        const QString &key, quint64 version, const QList<TimePoint> &points, qint64 from, qint64 to, int columns);
    /** Forgets @p key: a job still running for it delivers nothing. */
    void cancel(const QString &key);
    /** A request for @p key has not been delivered (or dropped) yet. */
    bool isBusy(const QString &key) const;
    bool isBusy() const { return !m_keys.isEmpty(); }

Q_SIGNALS:
    void decimated(const QString &key, const ma::models::DecimatedSeries &result);

private:
    struct Job
    {
        quint64 version = 0;
        QList<TimePoint> points;
        qint64 from = 0;
        qint64 to = 0;
        int columns = 0;
    };
    struct KeyState
    {
        quint64 serial = 0; // of the newest request
        quint64 runningSerial = 0;
        bool running = false;
        bool waiting = false;
        Job next;
    };
    void start(const QString &key, KeyState &state);
    void finished(const QString &key, quint64 serial, const DecimatedSeries &result);

    QHash<QString, KeyState> m_keys;
    quint64 m_serial = 0;
};
} // namespace ma::models

Q_DECLARE_METATYPE(ma::models::DecimatedSeries)
