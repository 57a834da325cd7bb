#pragma once

// Evaluates the PromQL subset of promql.h over an in-memory sample store, as Prometheus 2.x
// does for the same expressions: 5 min lookback for instant selectors, closed [t - range, t]
// windows, extrapolated rate/increase, label handling of aggregations and arithmetic.
//
// The store is bounded: per series, raw samples for rawRetentionMs, then one average per
// coarseStepMs up to retentionMs (30 days, the guide's retention of job metrics); at most
// maxSeries series. A series missing from a snapshot gets a stale marker, so it stops
// answering instant queries as Prometheus's staleness handling does.

#include "promql.h"

#include <deque>
#include <optional>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <stdexcept>
#include <utility>
#include <vector>

namespace ma::server::promql
{
/** Label name -> value, sorted by name; "__name__" is the metric name. */
using Labels = std::vector<std::pair<QString, QString>>;

struct Point
{
    qint64 timeMs = 0;
    double value = 0;
};

/** The canonical text of a label set ({a="1",b="2"}), used as a key. */
QString labelsKey(const Labels &labels);
QString labelValue(const Labels &labels, const QString &name);
bool matches(const Labels &labels, const std::vector<Matcher> &matchers);

class SampleStore final
{
public:
    struct Limits
    {
        qint64 rawRetentionMs = 6LL * 3600 * 1000;
        qint64 coarseStepMs = 10LL * 60 * 1000;
        qint64 retentionMs = 30LL * 24 * 3600 * 1000;
        int maxSeries = 20000;
    };

    SampleStore();
    explicit SampleStore(const Limits &limits);

    /**
     * One sampling round at @p timeMs: appends each value; series seen before but absent
     * now get a stale marker. Drops what is older than the retention.
     */
    void appendSnapshot(qint64 timeMs, const std::vector<std::pair<Labels, double>> &values);
    /** Appends one sample; out-of-order samples are ignored. False when the series limit refused it. */
    bool append(const Labels &labels, qint64 timeMs, double value);

    /**
     * @brief The whole store as bytes (compressed), so history survives a restart; the
     * backend writes it to its data folder.
     */
    QByteArray save() const;
    /**
     * @brief Replaces the store with what save() wrote, dropping what is older than the
     * retention at @p nowMs and series over the limit. False (the store left empty) for bytes
     * that are not a store of this version: a damaged file costs the history, nothing else.
     */
    bool load(const QByteArray &bytes, qint64 nowMs);

    int seriesCount() const { return static_cast<int>(m_series.size()); }
    qsizetype pointCount() const;
    qint64 lastAppendMs() const { return m_lastSnapshotMs; }

    /** Indices of the series matching every matcher. */
    std::vector<int> select(const std::vector<Matcher> &matchers) const;
    const Labels &labels(int series) const { return m_series[static_cast<size_t>(series)].labels; }
    /** Samples with from <= time <= to, oldest first, stale markers left out. */
    std::vector<Point> points(int series, qint64 fromMs, qint64 toMs) const;
    /** The latest sample at or before @p timeMs within @p lookbackMs; none when it is a stale marker. */
    std::optional<Point> latest(int series, qint64 timeMs, qint64 lookbackMs) const;

private:
    struct Series
    {
        Labels labels;
        std::deque<Point> coarse; // older than the raw window: one average per coarse step
        std::deque<Point> raw;
        qint64 bucket = -1; // coarse bucket being filled
        double bucketSum = 0;
        int bucketCount = 0;
        qint64 bucketLastMs = 0;
        qint64 lastMs = 0;
    };
    void compact(Series &s, qint64 nowMs);
    void prune(qint64 nowMs);

    Limits m_limits;
    std::vector<Series> m_series;
    QHash<QString, int> m_index;
    QHash<QString, bool> m_lastRound; // keys of the previous snapshot
    qint64 m_lastSnapshotMs = 0;
    int m_roundsSincePrune = 0;
};

/** A query the engine cannot answer (Prometheus answers these with 422 execution or 400 bad_data). */
class EvalError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct Sample
{
    Labels labels;
    double value = 0;
};

struct Value
{
    bool scalar = false;
    double number = 0;
    std::vector<Sample> vector;
};

struct Series
{
    Labels labels;
    std::vector<Point> points;
};

class Engine final
{
public:
    static constexpr qint64 kLookbackMs = 5 * 60 * 1000;

    explicit Engine(const SampleStore &store);

    /** The expression at @p timeMs: a scalar or an instant vector. Throws EvalError. */
    Value instant(const Node &expr, qint64 timeMs);
    /** The expression at start, start + step, ... <= end, one series per label set (query_range). */
    std::vector<Series> range(const Node &expr, qint64 startMs, qint64 endMs, qint64 stepMs);

private:
    Value eval(const Node &node, qint64 t);
    const std::vector<int> &selected(const Node &selector);
    Value aggregate(const Node &node, qint64 t);
    Value call(const Node &node, qint64 t);
    Value binary(const Node &node, qint64 t);

    const SampleStore &m_store;
    QHash<const Node *, std::vector<int>> m_selections; // per query: selectors resolve once
};
} // namespace ma::server::promql
