#pragma once

// Monitoring series of pools and nodes (api.md P-8 and the node-level equivalent at
// GET /v2/{project_id}/pools/{pool_name}/nodes/{node_name}/monitor), with the metrics of
// the console's Monitoring tab (pools_monitoring.md §5.1): cpuUsage, memUsedRate,
// gpuUtil, gpuMemUsage, npuUtil, npuMemUsage (only when the node flavor has the cards),
// diskAvailableCapacity, diskCapacity, diskUsedRate.
//
// Computed on read from what runs on the pool (docs/server-conventions.md): a node's usage
// in a period is the usage its job recorded (samples "worker-N:<metric>" of the job, the
// worker that ran on the node) on top of a small idle baseline; a pool's is the average
// over its nodes (disk capacities are summed). A period before a node was available has
// the value -1 ("no data").

#include "poolstore.h"

namespace ma::server
{
class MonitorSeries final
{
public:
    struct Query
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        int periodS = 60;
        QString statistic = QStringLiteral("maximum");
    };

    /** Reads time_range (startMs.endMs.durationMin), statistics and period; 400 when invalid. */
    static Query parseQuery(const Request &request, qint64 nowMs);

    MonitorSeries(ServerContext &context, PoolStore &pools);

    Json poolMonitor(const Json &pool, const Query &query) const;
    Json nodeMonitor(const Json &pool, const Json &node, const Query &query) const;

private:
    struct NodeSeries; // per metric: one value per period (-1 = no data)

    std::vector<qint64> buckets(const Query &query) const;
    NodeSeries nodeSeries(const Json &node, const FlavorShape &shape, const std::vector<JobPlacement> &placements,
        const std::vector<qint64> &times, const Query &query) const;
    static QStringList metricsFor(const FlavorShape &shape);
    static Json seriesJson(const QString &metric, const QString &ns, const Json &dimensions,
        const std::vector<qint64> &times, const std::vector<double> &values, const QString &statistic);

    ServerContext &m_ctx;
    PoolStore &m_pools;
};
} // namespace ma::server
