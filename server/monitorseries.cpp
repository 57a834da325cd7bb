#include "monitorseries.h"

#include "serverutil.h"

#include <cmath>
#include <map>
#include <QStorageInfo>

namespace ma::server
{
using namespace poolkeys;

namespace
{
const QString kDiskCapacity = QStringLiteral("diskCapacity");
const QString kDiskAvailable = QStringLiteral("diskAvailableCapacity");
const QString kDiskUsedRate = QStringLiteral("diskUsedRate");

/** API metric name -> the job metric its samples carry (docs/server-conventions.md). */
QString jobMetricOf(const QString &metric)
{
    return metric == u"memUsedRate" ? QStringLiteral("memUsage") : metric;
}

/** A deterministic number in [0, 1) per (node, time): idle values wobble without changing between reads. */
double jitter(const QString &node, qint64 timeMs)
{
    quint64 h = 1469598103934665603ULL;
    const QByteArray key = node.toUtf8() + QByteArray::number(timeMs);
    for (const char c : key)
    {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return static_cast<double>(h % 10000) / 10000.0;
}

/** What an idle node shows: the system's own use. */
double idleBaseline(const QString &metric, const QString &node, qint64 timeMs)
{
    const double j = jitter(node + metric, timeMs);
    if (metric == u"cpuUsage")
        return 1.5 + 1.5 * j;
    if (metric == u"memUsedRate")
        return 6.0 + 1.0 * j;
    return 0.0; // idle accelerators
}

double aggregate(const std::vector<double> &values, const QString &statistic)
{
    if (values.empty())
        return -1;
    double out = values.front();
    if (statistic == u"maximum")
    {
        for (double v : values)
            out = std::max(out, v);
    }
    else if (statistic == u"minimum")
    {
        for (double v : values)
            out = std::min(out, v);
    }
    else
    {
        double sum = 0;
        for (double v : values)
            sum += v;
        out = statistic == u"sum" ? sum : sum / static_cast<double>(values.size());
    }
    return out;
}

double rounded(double v)
{
    return v < 0 ? -1 : std::round(v * 1000.0) / 1000.0;
}

bool isPercent(const QString &metric)
{
    return metric != kDiskCapacity && metric != kDiskAvailable;
}
} // namespace

struct MonitorSeries::NodeSeries
{
    std::map<QString, std::vector<double>> values;
};

MonitorSeries::MonitorSeries(ServerContext &context, PoolStore &pools)
    : m_ctx(context)
    , m_pools(pools)
{
}

MonitorSeries::Query MonitorSeries::parseQuery(const Request &request, qint64 nowMs)
{
    Query q;
    const QString range = request.hasQuery(QStringLiteral("time_range")) ? request.query(QStringLiteral("time_range"))
                                                                         : QStringLiteral("-1.-1.60");
    const QStringList parts = range.split(u'.');
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    qint64 start = parts.value(0).toLongLong(&ok1);
    qint64 end = parts.value(1).toLongLong(&ok2);
    const qint64 duration = parts.value(2).toLongLong(&ok3);
    if (parts.size() != 3 || !ok1 || !ok2 || !ok3)
        PoolStore::badRequest(QStringLiteral("time_range must be startMs.endMs.durationMin, e.g. -1.-1.60."));
    if (duration < 1 || duration > 30 * 24 * 60)
        PoolStore::badRequest(QStringLiteral("The duration of time_range must be 1 to 43200 minutes."));
    if (start < -1 || end < -1)
        PoolStore::badRequest(QStringLiteral("The start and end of time_range must be epoch milliseconds or -1."));
    if (end == -1)
        end = start == -1 ? nowMs : start + duration * 60'000;
    if (start == -1)
        start = end - duration * 60'000;
    if (start >= end)
        PoolStore::badRequest(QStringLiteral("The start of time_range must be before its end."));
    q.startMs = start;
    q.endMs = end;

    if (request.hasQuery(QStringLiteral("period")))
    {
        bool ok = false;
        q.periodS = request.query(QStringLiteral("period")).toInt(&ok);
        if (!ok || (q.periodS != 60 && q.periodS != 300 && q.periodS != 900 && q.periodS != 3600))
            PoolStore::badRequest(QStringLiteral("period must be 60, 300, 900 or 3600."));
    }
    if (request.hasQuery(QStringLiteral("statistics")))
    {
        q.statistic = request.query(QStringLiteral("statistics"));
        static const QStringList allowed = { QStringLiteral("maximum"), QStringLiteral("minimum"),
            QStringLiteral("sum"), QStringLiteral("average") };
        if (!allowed.contains(q.statistic))
            PoolStore::badRequest(QStringLiteral("statistics must be maximum, minimum, sum or average."));
    }
    const qint64 points = (q.endMs - q.startMs + q.periodS * 1000LL - 1) / (q.periodS * 1000LL);
    if (duration * 60 / q.periodS > 1440 || points > 1440)
        PoolStore::badRequest(QStringLiteral("time_range and period give more than 1440 points (duration * 60 / period "
                                             "must not exceed 1440)."));
    return q;
}

std::vector<qint64> MonitorSeries::buckets(const Query &query) const
{
    // ceil((end - start) / period) periods, the last one holding the end (the current,
    // partial period when the range ends now): -1.-1.60 by minute gives 60 points.
    const qint64 period = query.periodS * 1000LL;
    const qint64 count = (query.endMs - query.startMs + period - 1) / period;
    const qint64 last = query.endMs - query.endMs % period;
    std::vector<qint64> times;
    for (qint64 k = count - 1; k >= 0; --k)
        times.push_back(last - k * period);
    return times;
}

QStringList MonitorSeries::metricsFor(const FlavorShape &shape)
{
    QStringList metrics = { QStringLiteral("cpuUsage"), QStringLiteral("memUsedRate") };
    if (shape.gpuCount > 0)
        metrics << QStringLiteral("gpuUtil") << QStringLiteral("gpuMemUsage");
    if (shape.npuCount > 0)
        metrics << QStringLiteral("npuUtil") << QStringLiteral("npuMemUsage");
    metrics << kDiskAvailable << kDiskCapacity << kDiskUsedRate;
    return metrics;
}

MonitorSeries::NodeSeries MonitorSeries::nodeSeries(const Json &node, const FlavorShape &shape,
    const std::vector<JobPlacement> &placements, const std::vector<qint64> &times, const Query &query) const
{
    NodeSeries out;
    const size_t n = times.size();
    const qint64 period = query.periodS * 1000LL;
    const qint64 first = n ? times.front() : query.startMs;
    const qint64 last = first + static_cast<qint64>(n) * period;
    const qint64 now = m_pools.nowMs();
    const QString name = PoolStore::str(node, "/metadata/name");
    const qint64 availableSince = PoolStore::annotationMs(node, kAvailableSince, 0);
    const QStringList metrics = metricsFor(shape);

    // Samples of the jobs that ran on this node, binned by period.
    std::map<QString, std::vector<std::vector<double>>> usage;
    std::vector<bool> busy(n, false);
    for (const JobPlacement &p : placements)
    {
        const qsizetype worker = p.nodes.indexOf(name);
        if (worker < 0 || (p.startMs > 0 && p.startMs >= last) || (p.endMs > 0 && p.endMs < first))
            continue;
        for (const QString &metric : metrics)
        {
            if (!isPercent(metric) || metric == kDiskUsedRate)
                continue;
            auto &bins = usage[metric];
            bins.resize(n);
            const QString series = QStringLiteral("worker-%1:%2").arg(worker).arg(jobMetricOf(metric));
            for (const MetricSample &s : m_pools.store().samples(p.jobId, series, first))
            {
                if (s.timeMs >= last)
                    break;
                const size_t k = static_cast<size_t>((s.timeMs - first) / period);
                bins[k].push_back(s.value);
                busy[k] = true;
            }
        }
    }

    std::vector<bool> valid(n, false);
    for (size_t k = 0; k < n; ++k)
        valid[k] = availableSince > 0 && times[k] + period > availableSince && times[k] <= now;

    for (const QString &metric : metrics)
    {
        if (!isPercent(metric) || metric == kDiskUsedRate)
            continue;
        std::vector<double> values(n, -1);
        const auto bins = usage.find(metric);
        for (size_t k = 0; k < n; ++k)
        {
            if (!valid[k])
                continue;
            const double base = idleBaseline(metric, name, times[k]);
            if (bins != usage.end() && !bins->second[k].empty())
            {
                std::vector<double> v;
                for (double u : bins->second[k])
                    v.push_back(std::clamp(base + std::clamp(u, 0.0, 100.0) * (100.0 - base) / 100.0, 0.0, 100.0));
                values[k] = aggregate(v, query.statistic);
            }
            else
            {
                values[k] = base;
            }
        }
        out.values[metric] = std::move(values);
    }

    // Disks: the real one for this computer, a plausible one for simulated nodes.
    const bool local = shape.id == flavors::local().id;
    double realCapacity = 0;
    double realAvailable = 0;
    if (local)
    {
        const QStorageInfo disk(m_ctx.config().dataDir);
        realCapacity = static_cast<double>(disk.bytesTotal()) / (1024.0 * 1024.0);
        realAvailable = static_cast<double>(disk.bytesAvailable()) / (1024.0 * 1024.0);
    }
    std::vector<double> capacity(n, -1);
    std::vector<double> available(n, -1);
    std::vector<double> usedRate(n, -1);
    for (size_t k = 0; k < n; ++k)
    {
        if (!valid[k])
            continue;
        if (local && realCapacity > 0)
        {
            capacity[k] = realCapacity;
            available[k] = realAvailable;
        }
        else
        {
            capacity[k] = shape.diskGiB * 1024.0;
            const double used = 14.0 + 3.0 * jitter(name + kDiskUsedRate, times[k] / 3'600'000) + (busy[k] ? 6.0 : 0.0);
            available[k] = capacity[k] * (1.0 - used / 100.0);
        }
        usedRate[k] = capacity[k] > 0 ? (capacity[k] - available[k]) / capacity[k] * 100.0 : -1;
    }
    out.values[kDiskCapacity] = std::move(capacity);
    out.values[kDiskAvailable] = std::move(available);
    out.values[kDiskUsedRate] = std::move(usedRate);
    return out;
}

Json MonitorSeries::seriesJson(const QString &metric, const QString &ns, const Json &dimensions,
    const std::vector<qint64> &times, const std::vector<double> &values, const QString &statistic)
{
    Json points = Json::array();
    const std::string unit = isPercent(metric) ? "Percent" : "Megabytes";
    for (size_t k = 0; k < times.size(); ++k)
    {
        points.push_back({
            { "timestamp", times[k] },
            { "unit", unit },
            { "statistics", Json::array({ { { "statistic", toStd(statistic) }, { "value", rounded(values[k]) } } }) },
        });
    }
    Json series;
    series["metric"] = { { "dimensions", dimensions }, { "metricName", toStd(metric) }, { "namespace", toStd(ns) } };
    series["dataPoints"] = points;
    return series;
}

namespace
{
const FlavorShape &poolShape(const Json &pool)
{
    if (PoolStore::str(pool, "/metadata/name") == flavors::kLocalPool)
        return flavors::local();
    const FlavorShape *shape = flavors::find(PoolStore::str(pool, "/spec/resources/0/flavor"));
    return shape ? *shape : flavors::poolNodes().front();
}

const FlavorShape &nodeShape(const Json &node, const FlavorShape &fallback)
{
    const FlavorShape *shape = flavors::find(PoolStore::str(node, "/spec/flavor"));
    return shape ? *shape : fallback;
}

Json clusterDimension(const Json &pool)
{
    return { { "name", "clusterId" },
        { "value", toStd(PoolStore::stableUuid(PoolStore::str(pool, "/metadata/name"))) } };
}
} // namespace

Json MonitorSeries::poolMonitor(const Json &pool, const Query &query) const
{
    const std::vector<qint64> times = buckets(query);
    const FlavorShape &shape = poolShape(pool);
    const QString poolName = PoolStore::str(pool, "/metadata/name");
    const std::vector<JobPlacement> placements = m_pools.placements(poolName);
    std::vector<NodeSeries> perNode;
    for (const Json &node : m_pools.nodes(poolName))
        perNode.push_back(nodeSeries(node, nodeShape(node, shape), placements, times, query));

    Json metrics = Json::array();
    const Json dimensions = Json::array({ clusterDimension(pool) });
    const size_t n = times.size();
    std::vector<double> capacity(n, -1);
    std::vector<double> available(n, -1);
    for (const QString &metric : metricsFor(shape))
    {
        std::vector<double> values(n, -1);
        if (metric == kDiskUsedRate)
        {
            for (size_t k = 0; k < n; ++k)
                values[k] = capacity[k] > 0 ? (capacity[k] - available[k]) / capacity[k] * 100.0 : -1;
        }
        else
        {
            for (size_t k = 0; k < n; ++k)
            {
                double sum = 0;
                int count = 0;
                for (const NodeSeries &s : perNode)
                {
                    const auto it = s.values.find(metric);
                    if (it == s.values.end() || it->second[k] < 0)
                        continue;
                    sum += it->second[k];
                    ++count;
                }
                if (count > 0)
                    values[k] = isPercent(metric) ? sum / count : sum; // a pool's disk is all its nodes' disks
            }
            if (metric == kDiskCapacity)
                capacity = values;
            else if (metric == kDiskAvailable)
                available = values;
        }
        metrics.push_back(seriesJson(metric, QStringLiteral("PAAS.AGGR"), dimensions, times, values, query.statistic));
    }
    return { { "metrics", metrics } };
}

Json MonitorSeries::nodeMonitor(const Json &pool, const Json &node, const Query &query) const
{
    const std::vector<qint64> times = buckets(query);
    const FlavorShape &shape = nodeShape(node, poolShape(pool));
    const NodeSeries s
        = nodeSeries(node, shape, m_pools.placements(PoolStore::str(pool, "/metadata/name")), times, query);
    const Json dimensions = Json::array({
        clusterDimension(pool),
        { { "name", "nodeName" }, { "value", toStd(PoolStore::str(node, "/metadata/name")) } },
    });
    Json metrics = Json::array();
    for (const QString &metric : metricsFor(shape))
    {
        const auto it = s.values.find(metric);
        metrics.push_back(seriesJson(metric, QStringLiteral("PAAS.NODE"), dimensions, times,
            it != s.values.end() ? it->second : std::vector<double>(times.size(), -1), query.statistic));
    }
    return { { "metrics", metrics } };
}
} // namespace ma::server
