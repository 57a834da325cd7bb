#include "dashboarddefinitions.h"

#include <algorithm>
#include <QRegularExpression>

namespace ma::models::dashboards
{
namespace
{
using Sev = PanelThreshold::Severity;

PanelDefinition percent(const QString &id, const char *title, const QString &expr, const QString &legend,
    QList<PanelThreshold> thresholds = {})
{
    PanelDefinition p;
    p.id = id;
    p.titleSource = title;
    p.expr = expr;
    p.legend = legend;
    p.unit = QStringLiteral("%");
    p.thresholds = std::move(thresholds);
    p.maximum = 100;
    return p;
}

PanelDefinition amount(
    const QString &id, const char *title, const QString &expr, const QString &legend, const QString &unit)
{
    PanelDefinition p;
    p.id = id;
    p.titleSource = title;
    p.expr = expr;
    p.legend = legend;
    p.unit = unit;
    return p;
}

// Node selectors and their panels follow the catalog's node table (§5.9 Table 11-2); the
// thresholds are its alarm column (CPU and memory 95 % Major, GPU/NPU memory 97 %
// Suggestion, container space 90 % Critical).
const QString kNodeSel = QStringLiteral("{pool_id=~\"$pool\"}");
const QString kNodeOneSel = QStringLiteral("{pool_id=~\"$pool\",node_ip=~\"$node\"}");
const QString kUserSel = QStringLiteral("{pool_id=~\"$pool\",user_name=~\"$user\"}");
const QString kJobSel = QStringLiteral("{pool_id=~\"$pool\",service_id=~\"$job\"}");
const QString kTaskSel = QStringLiteral("{service_id=~\"$job\",instance_name=~\"$task\"}");

QString m(const char *metric, const QString &selector)
{
    return QLatin1String(metric) + selector;
}

VariableDefinition var(const char *name, const char *label, const QString &source, const char *title)
{
    return { QLatin1String(name), QLatin1String(label), source, title, false };
}

QList<DashboardDefinition> build()
{
    const VariableDefinition pool = var("pool", "pool_id", QStringLiteral("ma_node_cpu_util"),
        QT_TRANSLATE_NOOP("DashboardDefinitions", "Resource pool"));
    const VariableDefinition node = var("node", "node_ip", QStringLiteral("ma_node_cpu_util{pool_id=~\"$pool\"}"),
        QT_TRANSLATE_NOOP("DashboardDefinitions", "Node"));
    const VariableDefinition user = var("user", "user_name",
        QStringLiteral("ma_container_cpu_util{pool_id=~\"$pool\"}"), QT_TRANSLATE_NOOP("DashboardDefinitions", "User"));
    const VariableDefinition job = var("job", "service_id", QStringLiteral("ma_container_cpu_util{pool_id=~\"$pool\"}"),
        QT_TRANSLATE_NOOP("DashboardDefinitions", "Job"));
    const VariableDefinition task
        = var("task", "instance_name", QStringLiteral("ma_container_cpu_util{service_id=~\"$job\"}"),
            QT_TRANSLATE_NOOP("DashboardDefinitions", "Task"));

    const QString byPool = QStringLiteral("{{pool_id}}");
    const QString byHost = QStringLiteral("{{host_name}} ({{node_ip}})");
    const QString byUser = QStringLiteral("{{user_name}}");
    const QString byJob = QStringLiteral("{{task_name}}");
    const QString byTask = QStringLiteral("{{instance_name}}");

    DashboardDefinition cluster;
    cluster.id = QStringLiteral("cluster");
    cluster.titleSource = QT_TRANSLATE_NOOP("DashboardDefinitions", "Cluster");
    cluster.variables = { pool };
    cluster.panels = {
        percent(QStringLiteral("cluster.cpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "CPU usage"),
            QStringLiteral("avg by (pool_id) (%1)").arg(m("ma_node_cpu_util", kNodeSel)), byPool,
            { { 95, Sev::Major } }),
        percent(QStringLiteral("cluster.memory"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Memory usage"),
            QStringLiteral("avg by (pool_id) (%1)").arg(m("ma_node_memory_util", kNodeSel)), byPool,
            { { 95, Sev::Major } }),
        percent(QStringLiteral("cluster.gpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU usage"),
            QStringLiteral("avg by (pool_id) (%1)").arg(m("ma_node_gpu_util", kNodeSel)), byPool),
        percent(QStringLiteral("cluster.gpumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU memory usage"),
            QStringLiteral("avg by (pool_id) (%1)").arg(m("ma_node_gpu_mem_util", kNodeSel)), byPool,
            { { 97, Sev::Suggestion } }),
        percent(QStringLiteral("cluster.npu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU usage"),
            QStringLiteral("avg by (pool_id) (%1)").arg(m("ma_node_npu_util", kNodeSel)), byPool),
        percent(QStringLiteral("cluster.npumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU memory usage"),
            QStringLiteral("avg by (pool_id) (%1)").arg(m("ma_node_npu_memory_util", kNodeSel)), byPool,
            { { 97, Sev::Suggestion } }),
        percent(QStringLiteral("cluster.disk"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Container space usage"),
            QStringLiteral("sum by (pool_id) (%1) / sum by (pool_id) (%2) * 100")
                .arg(m("ma_node_container_space_used_capacity_megabytes", kNodeSel),
                    m("ma_node_container_space_capacity_megabytes", kNodeSel)),
            byPool, { { 90, Sev::Critical } }),
        amount(QStringLiteral("cluster.cores"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used CPU cores"),
            QStringLiteral("sum by (pool_id) (%1)").arg(m("ma_node_cpu_used_core", kNodeSel)), byPool,
            QStringLiteral("Cores")),
        amount(QStringLiteral("cluster.nodes"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Nodes reporting"),
            QStringLiteral("count by (pool_id) (%1)").arg(m("ma_node_cpu_util", kNodeSel)), byPool, QString()),
    };

    DashboardDefinition nodeView;
    nodeView.id = QStringLiteral("node");
    nodeView.titleSource = QT_TRANSLATE_NOOP("DashboardDefinitions", "Node");
    nodeView.variables = { pool, node };
    nodeView.panels = {
        percent(QStringLiteral("node.cpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "CPU usage"),
            m("ma_node_cpu_util", kNodeOneSel), byHost, { { 95, Sev::Major } }),
        percent(QStringLiteral("node.memory"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Memory usage"),
            m("ma_node_memory_util", kNodeOneSel), byHost, { { 95, Sev::Major } }),
        percent(QStringLiteral("node.gpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU usage"),
            m("ma_node_gpu_util", kNodeOneSel), byHost),
        percent(QStringLiteral("node.gpumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU memory usage"),
            m("ma_node_gpu_mem_util", kNodeOneSel), byHost, { { 97, Sev::Suggestion } }),
        percent(QStringLiteral("node.npu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU usage"),
            m("ma_node_npu_util", kNodeOneSel), byHost),
        percent(QStringLiteral("node.npumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU memory usage"),
            m("ma_node_npu_memory_util", kNodeOneSel), byHost, { { 97, Sev::Suggestion } }),
        percent(QStringLiteral("node.disk"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Container space usage"),
            m("ma_node_container_space_used_percent", kNodeOneSel), byHost, { { 90, Sev::Critical } }),
        amount(QStringLiteral("node.cores"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used CPU cores"),
            m("ma_node_cpu_used_core", kNodeOneSel), byHost, QStringLiteral("Cores")),
        amount(QStringLiteral("node.gpumemused"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used GPU memory"),
            m("ma_node_gpu_mem_used_megabytes", kNodeOneSel), byHost, QStringLiteral("MB")),
    };

    DashboardDefinition userView;
    userView.id = QStringLiteral("user");
    userView.titleSource = QT_TRANSLATE_NOOP("DashboardDefinitions", "User");
    userView.variables = { pool, user };
    userView.panels = {
        amount(QStringLiteral("user.cores"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used CPU cores"),
            QStringLiteral("sum by (user_name) (%1)").arg(m("ma_container_cpu_used_core", kUserSel)), byUser,
            QStringLiteral("Cores")),
        amount(QStringLiteral("user.memory"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used memory"),
            QStringLiteral("sum by (user_name) (%1)").arg(m("ma_container_memory_used_megabytes", kUserSel)), byUser,
            QStringLiteral("MB")),
        percent(QStringLiteral("user.gpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU usage"),
            QStringLiteral("avg by (user_name) (%1)").arg(m("ma_container_gpu_util", kUserSel)), byUser),
        percent(QStringLiteral("user.npu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU usage"),
            QStringLiteral("avg by (user_name) (%1)").arg(m("ma_container_npu_util", kUserSel)), byUser),
        amount(QStringLiteral("user.tasks"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Running tasks"),
            QStringLiteral("count by (user_name) (%1)").arg(m("ma_container_cpu_util", kUserSel)), byUser, QString()),
    };

    DashboardDefinition taskView;
    taskView.id = QStringLiteral("task");
    taskView.titleSource = QT_TRANSLATE_NOOP("DashboardDefinitions", "Task");
    VariableDefinition jobs = job; // several jobs overlaid to compare runs
    jobs.multi = true;
    taskView.variables = { pool, jobs };
    taskView.panels = {
        percent(QStringLiteral("task.cpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "CPU usage"),
            QStringLiteral("avg by (service_id, task_name) (%1)").arg(m("ma_container_cpu_util", kJobSel)), byJob,
            { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("task.memory"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Memory usage"),
            QStringLiteral("avg by (service_id, task_name) (%1)").arg(m("ma_container_memory_util", kJobSel)), byJob,
            { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("task.gpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU usage"),
            QStringLiteral("avg by (service_id, task_name) (%1)").arg(m("ma_container_gpu_util", kJobSel)), byJob,
            { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("task.gpumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU memory usage"),
            QStringLiteral("avg by (service_id, task_name) (%1)").arg(m("ma_container_gpu_mem_util", kJobSel)), byJob,
            { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("task.npu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU usage"),
            QStringLiteral("avg by (service_id, task_name) (%1)").arg(m("ma_container_npu_util", kJobSel)), byJob,
            { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("task.npumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU memory usage"),
            QStringLiteral("avg by (service_id, task_name) (%1)").arg(m("ma_container_npu_memory_util", kJobSel)),
            byJob, { { 95, Sev::Suggestion } }),
        amount(QStringLiteral("task.topcores"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Jobs using most CPU cores"),
            QStringLiteral("topk(5, sum by (service_id, task_name) (%1))")
                .arg(m("ma_container_cpu_used_core", kJobSel)),
            byJob, QStringLiteral("Cores")),
    };

    DashboardDefinition details;
    details.id = QStringLiteral("task-details");
    details.titleSource = QT_TRANSLATE_NOOP("DashboardDefinitions", "Task details");
    details.variables = { pool, job, task };
    details.panels = {
        percent(QStringLiteral("details.cpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "CPU usage"),
            m("ma_container_cpu_util", kTaskSel), byTask, { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("details.memory"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Memory usage"),
            m("ma_container_memory_util", kTaskSel), byTask, { { 95, Sev::Suggestion } }),
        amount(QStringLiteral("details.cores"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used CPU cores"),
            m("ma_container_cpu_used_core", kTaskSel), byTask, QStringLiteral("Cores")),
        amount(QStringLiteral("details.memused"), QT_TRANSLATE_NOOP("DashboardDefinitions", "Used memory"),
            m("ma_container_memory_used_megabytes", kTaskSel), byTask, QStringLiteral("MB")),
        percent(QStringLiteral("details.gpu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU usage"),
            m("ma_container_gpu_util", kTaskSel), byTask, { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("details.gpumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "GPU memory usage"),
            m("ma_container_gpu_mem_util", kTaskSel), byTask, { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("details.npu"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU usage"),
            m("ma_container_npu_util", kTaskSel), byTask, { { 95, Sev::Suggestion } }),
        percent(QStringLiteral("details.npumem"), QT_TRANSLATE_NOOP("DashboardDefinitions", "NPU memory usage"),
            m("ma_container_npu_memory_util", kTaskSel), byTask, { { 95, Sev::Suggestion } }),
    };
    return { cluster, nodeView, userView, taskView, details };
}
} // namespace

const QList<DashboardDefinition> &all()
{
    static const QList<DashboardDefinition> views = build();
    return views;
}

const DashboardDefinition *find(const QString &id)
{
    for (const DashboardDefinition &d : all())
    {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString expand(const QString &expr, const QHash<QString, QString> &values)
{
    static const QRegularExpression variable(QStringLiteral("\\$([a-zA-Z_][a-zA-Z0-9_]*)"));
    QString out;
    qsizetype last = 0;
    auto it = variable.globalMatch(expr);
    while (it.hasNext())
    {
        const auto match = it.next();
        out += expr.mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        if (value.isEmpty() || value == u"*")
        {
            out += QStringLiteral(".*");
        }
        else
        {
            QStringList alternatives;
            for (const QString &one : value.split(u'\n', Qt::SkipEmptyParts))
            {
                // Regex-escaped, then escaped again for the PromQL string it sits in.
                QString escaped = QRegularExpression::escape(one);
                escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
                alternatives << escaped;
            }
            out += alternatives.join(u'|');
        }
        last = match.capturedEnd();
    }
    out += expr.mid(last);
    return out;
}

QString promDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("1s");
    if (ms % 1000)
        return QStringLiteral("%1ms").arg(ms);
    qint64 s = ms / 1000;
    QString out;
    const std::pair<qint64, char> units[] = { { 86400, 'd' }, { 3600, 'h' }, { 60, 'm' }, { 1, 's' } };
    for (const auto &[size, unit] : units)
    {
        if (s >= size)
        {
            out += QString::number(s / size) + QLatin1Char(unit);
            s %= size;
        }
    }
    return out;
}

qint64 lowUtilizationRangeMs(qint64 durationMs)
{
    return std::clamp(durationMs, qint64(60 * 1000), qint64(3 * 24 * 3600 * 1000LL));
}

QString lowUtilizationQuery(const QString &jobId, bool npu, qint64 rangeMs)
{
    QString id = jobId;
    id.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return QStringLiteral("avg(avg_over_time(%1{service_id=\"%2\",instance_name=~\".*-worker-0\"}[%3]))")
        .arg(npu ? QStringLiteral("ma_container_npu_util") : QStringLiteral("ma_container_gpu_util"), id,
            promDuration(rangeMs));
}
} // namespace ma::models::dashboards
