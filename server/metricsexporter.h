#pragma once

// What modelarts-local's GET /metrics exposes: the AOM metric catalog's names and labels
// (pools_monitoring.md §5.9, §5.10) for what the backend simulates or samples. Node metrics
// (ma_node_*) carry cid, host_name, node_ip, pool_id and project_id; container metrics
// (ma_container_*) of running training jobs carry modelarts_service, service_id (the job id),
// instance_name (the task's pod), task_name (the job name), node_ip, pool_id, pool_name, cid,
// project_id, user_name and task_spec_code.
//
// Node values are the current period of the pool/node monitor API (P-8, statistics=average,
// period=60), so /metrics, the monitor API and the Prometheus API agree at the same moment;
// container values are the latest sample of the job's metrics (T2-9).

#include "promqlengine.h"
#include "servercontext.h"

#include <QByteArray>
#include <vector>

namespace ma::server
{
class PoolStore;

class MetricsExporter final
{
public:
    using Snapshot = std::vector<std::pair<promql::Labels, double>>;

    MetricsExporter(ServerContext &context, PoolStore &pools);

    /** Every series at @p nowMs, each with "__name__" among its labels. */
    Snapshot collect(qint64 nowMs) const;

    /** The Prometheus text exposition format 0.0.4, grouped by metric with HELP and TYPE lines. */
    static QByteArray exposition(const Snapshot &snapshot);
    /** The catalog's description and unit of a metric this exporter writes. */
    static QString help(const QString &metric);
    /** "text/plain; version=0.0.4; charset=utf-8" */
    static QByteArray contentType();

private:
    void collectNodes(qint64 nowMs, Snapshot &out) const;
    void collectJobs(qint64 nowMs, Snapshot &out) const;

    ServerContext &m_ctx;
    PoolStore &m_pools;
};
} // namespace ma::server
