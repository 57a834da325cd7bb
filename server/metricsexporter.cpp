#include "metricsexporter.h"

#include "monitorseries.h"
#include "poolstore.h"
#include "serverutil.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace ma::server
{
using namespace poolkeys;
using promql::Labels;

namespace
{
struct CatalogEntry
{
    const char *name;
    const char *help;
};

// Descriptions and units as the AOM catalog prints them (pools_monitoring.md §5.9).
const CatalogEntry kCatalog[] = {
    { "ma_node_cpu_util", "CPU usage of a measured object (%)" },
    { "ma_node_cpu_limit_core", "Total number of CPU cores that have been requested for a measured object (Cores)" },
    { "ma_node_cpu_used_core", "Number of CPU cores used by a measured object (Cores)" },
    { "ma_node_memory_util", "Percentage of the used physical memory to the total physical memory (%)" },
    { "ma_node_memory_total_megabytes", "Total physical memory that has been applied for a measured object (MB)" },
    { "ma_node_gpu_util", "GPU usage of a measured object (%)" },
    { "ma_node_gpu_mem_util", "Percentage of the used GPU memory to the total GPU memory (%)" },
    { "ma_node_gpu_mem_total_megabytes", "Total GPU memory of a measured object (MB)" },
    { "ma_node_gpu_mem_used_megabytes", "GPU memory used by a measured object (MB)" },
    { "ma_node_gpu_mem_free_megabytes", "Idle GPU memory of a measured object (MB)" },
    { "ma_node_npu_util", "NPU usage of a measured object (%)" },
    { "ma_node_npu_ai_core_util", "AI core usage of Ascend AI processors (%)" },
    { "ma_node_npu_memory_util", "Percentage of the used NPU memory to the total NPU memory (%)" },
    { "ma_node_npu_memory_total_megabytes", "Total NPU memory of a measured object (MB)" },
    { "ma_node_npu_memory_used_megabytes", "NPU memory used by a measured object (MB)" },
    { "ma_node_container_space_capacity_megabytes", "Total container space (MB)" },
    { "ma_node_container_space_used_capacity_megabytes", "Used container space (MB)" },
    { "ma_node_container_space_used_percent", "Space usage of a container (%)" },
    { "ma_container_cpu_util", "CPU usage of a measured object (%)" },
    { "ma_container_cpu_limit_core", "Total number of CPU cores that have been applied for a measured object (Cores)" },
    { "ma_container_cpu_used_core", "Number of CPU cores used by a measured object (Cores)" },
    { "ma_container_memory_util", "Percentage of the used physical memory to the total physical memory (%)" },
    { "ma_container_memory_capacity_megabytes",
        "Total physical memory that has been requested for a measured object (MB)" },
    { "ma_container_memory_used_megabytes", "Physical memory that has been used by a measured object (MB)" },
    { "ma_container_gpu_util", "GPU usage of a measured object (%)" },
    { "ma_container_gpu_mem_util", "Percentage of the used GPU memory to the total GPU memory (%)" },
    { "ma_container_gpu_mem_total_megabytes", "Total GPU memory of a training job (MB)" },
    { "ma_container_gpu_mem_used_megabytes", "GPU memory used by a measured object (MB)" },
    { "ma_container_gpu_mem_free_megabytes", "Idle GPU memory of a measured object (MB)" },
    { "ma_container_npu_util", "NPU usage of a measured object (%)" },
    { "ma_container_npu_ai_core_util", "AI core usage of Ascend AI processors (%)" },
    { "ma_container_npu_memory_util", "Percentage of the used NPU memory to the total NPU memory (%)" },
    { "ma_container_npu_memory_total_megabytes", "Total NPU memory of a measured object (MB)" },
    { "ma_container_npu_memory_used_megabytes", "NPU memory used by a measured object (MB)" },
};

Labels sorted(Labels labels)
{
    std::sort(labels.begin(), labels.end());
    return labels;
}

void put(MetricsExporter::Snapshot &out, const char *name, const Labels &base, double value)
{
    if (!std::isfinite(value) || value < 0)
        return; // the monitor APIs' -1 ("no data") is no sample at all
    Labels labels = base;
    labels.emplace_back(QStringLiteral("__name__"), QString::fromLatin1(name));
    out.emplace_back(sorted(std::move(labels)), value);
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

const FlavorShape &poolShapeOf(const Json &pool)
{
    if (PoolStore::str(pool, "/metadata/name") == flavors::kLocalPool)
        return flavors::local();
    const FlavorShape *shape = flavors::find(PoolStore::str(pool, "/spec/resources/0/flavor"));
    return shape ? *shape : flavors::poolNodes().front();
}

void appendValue(QByteArray &out, double v)
{
    if (std::isnan(v))
    {
        out += "NaN";
        return;
    }
    if (std::isinf(v))
    {
        out += v > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<qsizetype>(r.ptr - buf));
}

void appendEscaped(QByteArray &out, const QString &value, bool help)
{
    for (const char c : value.toUtf8())
    {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && !help)
            out += "\\\"";
        else
            out += c;
    }
}
} // namespace

MetricsExporter::MetricsExporter(ServerContext &context, PoolStore &pools)
    : m_ctx(context)
    , m_pools(pools)
{
}

QByteArray MetricsExporter::contentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QString MetricsExporter::help(const QString &metric)
{
    for (const CatalogEntry &e : kCatalog)
    {
        if (metric == QLatin1String(e.name))
            return QString::fromLatin1(e.help);
    }
    return {};
}

MetricsExporter::Snapshot MetricsExporter::collect(qint64 nowMs) const
{
    Snapshot out;
    collectNodes(nowMs, out);
    collectJobs(nowMs, out);
    return out;
}

void MetricsExporter::collectNodes(qint64 nowMs, Snapshot &out) const
{
    MonitorSeries monitor(m_ctx, m_pools);
    MonitorSeries::Query query;
    query.startMs = nowMs - 60'000;
    query.endMs = nowMs;
    query.periodS = 60;
    query.statistic = QStringLiteral("average");
    for (const Json &pool : m_pools.pools())
    {
        const QString poolName = PoolStore::str(pool, "/metadata/name");
        const FlavorShape &poolShape = poolShapeOf(pool);
        for (const Json &node : m_pools.nodes(poolName))
        {
            if (PoolStore::str(node, "/status/phase") != kPhaseAvailable)
                continue;
            const FlavorShape *found = flavors::find(PoolStore::str(node, "/spec/flavor"));
            const FlavorShape &shape = found ? *found : poolShape;
            const Json series = monitor.nodeMonitor(pool, node, query);
            std::map<QString, double> now;
            for (const Json &m : series.value("metrics", Json::array()))
            {
                const Json &points = m.value("dataPoints", Json::array());
                if (points.empty())
                    continue;
                const Json &stats = points.back().value("statistics", Json::array());
                if (stats.empty() || !stats.front().value("value", Json()).is_number())
                    continue;
                now[QString::fromStdString(m["metric"].value("metricName", std::string()))]
                    = stats.front()["value"].get<double>();
            }
            auto value = [&](const char *metric)
            {
                const auto it = now.find(QString::fromLatin1(metric));
                return it == now.end() ? -1.0 : it->second;
            };
            const Labels base = {
                { QStringLiteral("cid"), PoolStore::stableUuid(poolName) },
                { QStringLiteral("host_name"), PoolStore::str(node, "/metadata/name") },
                { QStringLiteral("node_ip"), PoolStore::str(node, "/status/privateIp") },
                { QStringLiteral("pool_id"), poolName },
                { QStringLiteral("project_id"), m_ctx.projectId() },
            };
            const double cpu = value("cpuUsage");
            put(out, "ma_node_cpu_util", base, cpu);
            put(out, "ma_node_cpu_limit_core", base, shape.cpuCores);
            if (cpu >= 0)
                put(out, "ma_node_cpu_used_core", base, round3(shape.cpuCores * cpu / 100.0));
            put(out, "ma_node_memory_util", base, value("memUsedRate"));
            put(out, "ma_node_memory_total_megabytes", base, static_cast<double>(shape.memoryMiB));
            if (shape.gpuCount > 0)
            {
                const double total = static_cast<double>(shape.gpuMemoryMiB) * shape.gpuCount;
                const double memUtil = value("gpuMemUsage");
                put(out, "ma_node_gpu_util", base, value("gpuUtil"));
                put(out, "ma_node_gpu_mem_util", base, memUtil);
                put(out, "ma_node_gpu_mem_total_megabytes", base, total);
                if (memUtil >= 0)
                {
                    put(out, "ma_node_gpu_mem_used_megabytes", base, round3(total * memUtil / 100.0));
                    put(out, "ma_node_gpu_mem_free_megabytes", base, round3(total * (1.0 - memUtil / 100.0)));
                }
            }
            if (shape.npuCount > 0)
            {
                const double total = static_cast<double>(shape.npuMemoryMiB) * shape.npuCount;
                const double memUtil = value("npuMemUsage");
                put(out, "ma_node_npu_util", base, value("npuUtil"));
                put(out, "ma_node_npu_ai_core_util", base, value("npuUtil"));
                put(out, "ma_node_npu_memory_util", base, memUtil);
                put(out, "ma_node_npu_memory_total_megabytes", base, total);
                if (memUtil >= 0)
                    put(out, "ma_node_npu_memory_used_megabytes", base, round3(total * memUtil / 100.0));
            }
            const double capacity = value("diskCapacity");
            const double available = value("diskAvailableCapacity");
            put(out, "ma_node_container_space_capacity_megabytes", base, capacity);
            if (capacity >= 0 && available >= 0)
                put(out, "ma_node_container_space_used_capacity_megabytes", base, round3(capacity - available));
            put(out, "ma_node_container_space_used_percent", base, value("diskUsedRate"));
        }
    }
}

void MetricsExporter::collectJobs(qint64 nowMs, Snapshot &out) const
{
    Store &store = m_ctx.store();
    const std::pair<QString, QStringList> active[] = {
        { kTrainingJob, { QStringLiteral("Running") } },
        { kTrainingJobV1, { QStringLiteral("8") } },
    };
    std::map<QString, Json> poolCache;
    for (const auto &[kind, statuses] : active)
    {
        const bool v2 = kind == kTrainingJob;
        for (const QString &id : store.idsWithStatus(kind, statuses))
        {
            const auto doc = store.get(kind, id);
            if (!doc)
                continue;
            const QString jobId = v2 ? stringAt(*doc, "/metadata/id") : stringAt(*doc, "/job_id");
            const QString jobName = v2 ? stringAt(*doc, "/metadata/name") : stringAt(*doc, "/job_name");
            const QString poolId = v2 ? stringAt(*doc, "/spec/resource/pool_id") : stringAt(*doc, "/pool_id");
            QString flavorId = stringAt(*doc, "/_local/flavor");
            if (flavorId.isEmpty())
                flavorId = v2 ? stringAt(*doc, "/spec/resource/flavor_id") : stringAt(*doc, "/spec_code");
            const FlavorShape *shape = flavors::find(flavorId);
            const int workers = static_cast<int>(std::clamp<qint64>(
                v2 ? intAt(*doc, "/spec/resource/node_count", 1) : intAt(*doc, "/worker_server_num", 1), 1, 64));
            const QStringList nodes = PoolStore::annotation(*doc, kJobNodes).split(u',', Qt::SkipEmptyParts);
            QString poolName = poolId;
            if (!poolId.isEmpty())
            {
                auto it = poolCache.find(poolId);
                if (it == poolCache.end())
                    it = poolCache.emplace(poolId, m_pools.findPool(poolId).value_or(Json::object())).first;
                const QString display = PoolStore::displayName(it->second);
                if (!display.isEmpty())
                    poolName = display;
            }
            for (int w = 0; w < workers; ++w)
            {
                const QString task = QStringLiteral("worker-%1").arg(w);
                QString nodeIp;
                if (w < nodes.size() && !poolId.isEmpty())
                {
                    for (const Json &n : m_pools.nodes(poolId))
                    {
                        if (PoolStore::str(n, "/metadata/name") == nodes[w].trimmed())
                            nodeIp = PoolStore::str(n, "/status/privateIp");
                    }
                }
                const Labels base = {
                    { QStringLiteral("cid"), poolId.isEmpty() ? QString() : PoolStore::stableUuid(poolId) },
                    { QStringLiteral("instance_name"), QStringLiteral("modelarts-job-%1-%2").arg(jobId, task) },
                    { QStringLiteral("modelarts_service"), QStringLiteral("train") },
                    { QStringLiteral("node_ip"), nodeIp },
                    { QStringLiteral("pool_id"), poolId },
                    { QStringLiteral("pool_name"), poolName },
                    { QStringLiteral("project_id"), m_ctx.projectId() },
                    { QStringLiteral("service_id"), jobId },
                    { QStringLiteral("task_name"), jobName },
                    { QStringLiteral("task_spec_code"), flavorId },
                    { QStringLiteral("user_name"), v2 ? stringAt(*doc, "/metadata/user_name") : QString() },
                };
                // Empty label values are no labels in Prometheus.
                Labels labels;
                for (const auto &l : base)
                {
                    if (!l.second.isEmpty())
                        labels.push_back(l);
                }
                auto latest = [&](const char *metric) -> double
                {
                    const auto samples
                        = store.samples(jobId, task + u':' + QLatin1String(metric), nowMs - 15LL * 60 * 1000);
                    return samples.empty() ? -1.0 : samples.back().value;
                };
                const double cpu = latest("cpuUsage");
                const double mem = latest("memUsage");
                put(out, "ma_container_cpu_util", labels, cpu);
                put(out, "ma_container_memory_util", labels, mem);
                if (shape)
                {
                    put(out, "ma_container_cpu_limit_core", labels, shape->cpuCores);
                    if (cpu >= 0)
                        put(out, "ma_container_cpu_used_core", labels, round3(shape->cpuCores * cpu / 100.0));
                    put(out, "ma_container_memory_capacity_megabytes", labels, static_cast<double>(shape->memoryMiB));
                    if (mem >= 0)
                        put(out, "ma_container_memory_used_megabytes", labels,
                            round3(static_cast<double>(shape->memoryMiB) * mem / 100.0));
                }
                if (!shape || shape->gpuCount > 0)
                {
                    const double memUtil = latest("gpuMemUsage");
                    put(out, "ma_container_gpu_util", labels, latest("gpuUtil"));
                    put(out, "ma_container_gpu_mem_util", labels, memUtil);
                    if (shape && memUtil >= 0)
                    {
                        const double total = static_cast<double>(shape->gpuMemoryMiB) * shape->gpuCount;
                        put(out, "ma_container_gpu_mem_total_megabytes", labels, total);
                        put(out, "ma_container_gpu_mem_used_megabytes", labels, round3(total * memUtil / 100.0));
                        put(out, "ma_container_gpu_mem_free_megabytes", labels,
                            round3(total * (1.0 - memUtil / 100.0)));
                    }
                }
                if (!shape || shape->npuCount > 0)
                {
                    const double util = latest("npuUtil");
                    const double memUtil = latest("npuMemUsage");
                    put(out, "ma_container_npu_util", labels, util);
                    put(out, "ma_container_npu_ai_core_util", labels, util);
                    put(out, "ma_container_npu_memory_util", labels, memUtil);
                    if (shape && memUtil >= 0)
                    {
                        const double total = static_cast<double>(shape->npuMemoryMiB) * shape->npuCount;
                        put(out, "ma_container_npu_memory_total_megabytes", labels, total);
                        put(out, "ma_container_npu_memory_used_megabytes", labels, round3(total * memUtil / 100.0));
                    }
                }
            }
        }
    }
}

QByteArray MetricsExporter::exposition(const Snapshot &snapshot)
{
    // Families must be contiguous: sort by name, then by the label set.
    std::vector<const std::pair<Labels, double> *> order;
    order.reserve(snapshot.size());
    for (const auto &s : snapshot)
        order.push_back(&s);
    auto nameOf = [](const Labels &l)
    {
        return promql::labelValue(l, QStringLiteral("__name__"));
    };
    std::stable_sort(order.begin(), order.end(),
        [&](const auto *a, const auto *b)
        {
            const QString na = nameOf(a->first);
            const QString nb = nameOf(b->first);
            return na != nb ? na < nb : promql::labelsKey(a->first) < promql::labelsKey(b->first);
        });
    QByteArray out;
    out.reserve(static_cast<qsizetype>(snapshot.size()) * 200);
    QString family;
    for (const auto *s : order)
    {
        const QString name = nameOf(s->first);
        if (name != family)
        {
            family = name;
            const QString text = help(name);
            if (!text.isEmpty())
            {
                out += "# HELP " + name.toUtf8() + ' ';
                appendEscaped(out, text, true);
                out += '\n';
            }
            out += "# TYPE " + name.toUtf8() + " gauge\n";
        }
        out += name.toUtf8();
        bool first = true;
        for (const auto &[key, value] : s->first)
        {
            if (key == u"__name__")
                continue;
            out += first ? '{' : ',';
            first = false;
            out += key.toUtf8() + "=\"";
            appendEscaped(out, value, false);
            out += '"';
        }
        if (!first)
            out += '}';
        out += ' ';
        appendValue(out, s->second);
        out += '\n';
    }
    return out;
}
} // namespace ma::server
