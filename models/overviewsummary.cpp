#include "overviewsummary.h"

#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/prometheusclient.h"
#include "api/trainingrequests.h"
#include "api/types/notebook.h"
#include "api/types/pool.h"
#include "api/types/training.h"
#include "metricsqueryrunner.h"
#include "overviewtopjobsmodel.h"

#include <algorithm>
#include <QTimer>

namespace ma::models
{
namespace
{
constexpr int kDefaultIntervalMs = 15000;
// The search API pages by at most 50 jobs: the top table ranks the newest 50 running jobs.
constexpr int kRunningJobsRead = 50;
// Failed and abnormal jobs shown as alarms, the newest first.
constexpr int kJobAlarmsRead = 5;
constexpr int kNotebookPage = 100;
constexpr int kNotebookPagesMax = 20; // 2,000 instances: enough for a count, bounded work
// The low-utilisation alarm averages worker-0 over the job's run, as the training list does,
// within the 3 days the Resource Usage tab shows (pools_monitoring.md §5.3).

const QString kUsagePrefix = QStringLiteral("usage:");

/** The accelerator kind of a P-10 resource key: nvidia.com/gpu → GPU, huawei.com/ascend-* → NPU. */
QString acceleratorKindOf(const QString &resource)
{
    if (resource.contains(u"gpu", Qt::CaseInsensitive))
        return QStringLiteral("GPU");
    if (resource.contains(u"ascend", Qt::CaseInsensitive) || resource.contains(u"npu", Qt::CaseInsensitive))
        return QStringLiteral("NPU");
    return QString();
}

/** Workloads that hold their nodes: the ones placed and not yet final. */
bool holdsNodes(const QString &status)
{
    return status == api::WorkloadStatus::Running || status == api::WorkloadStatus::Creating
        || status == api::WorkloadStatus::Terminating || status == api::WorkloadStatus::Abnormal;
}

api::TrainingJobSearchRequest phaseSearch(const QString &phase, int limit, const QString &workspaceId)
{
    return api::training::newestFirst(
        limit, { api::training::searchFilter(QStringLiteral("phase"), QStringLiteral("in"), { phase }) }, workspaceId);
}
} // namespace

struct OverviewSummary::Round
{
    quint64 generation = 0;

    // Pools: the list, then the runtime metrics and each pool's workloads.
    std::vector<api::Pool> pools;
    bool poolsRead = false;
    int poolPartsPending = 0;
    bool poolsFailed = false;
    struct Accelerators
    {
        QString kind;
        double allocated = 0;
        double capacity = 0;
    };
    QHash<QString, Accelerators> accelerators; // by pool id
    QHash<QString, QSet<QString>> busyNodes; // by pool id

    // Training jobs: one search per phase.
    int jobCallsPending = 0;
    bool jobsFailed = false;
    QMap<QString, int> jobCounts;
    int jobTotal = 0;
    QList<OverviewAlarm> jobAlarms;

    // Notebooks: pages of the list.
    QMap<QString, int> notebookCounts;
    int notebookTotal = 0;
};

OverviewSummary::OverviewSummary(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_metrics(new MetricsQueryRunner(nullptr, this))
    , m_lowProbe(new LowUtilizationProbe(this))
    , m_topJobs(new OverviewTopJobsModel(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &OverviewSummary::refresh);

    connect(m_metrics, &MetricsQueryRunner::queryFinished, this,
        [this](int, const QString &id, const QList<TimeSeries> &series)
        {
            // One series per job (legend {{service_id}}); GPU and NPU answers override CPU.
            for (const TimeSeries &s : series)
            {
                if (s.isEmpty() || !s.hasData())
                    continue;
                const QString jobId = s.name();
                const bool accelerator = id != kUsagePrefix + u"cpu";
                if (accelerator || !m_pendingUsage.contains(jobId))
                    m_pendingUsage.insert(jobId, s.at(s.size() - 1).value);
                if (accelerator)
                    m_acceleratorUsage.insert(jobId);
            }
        });
    connect(m_metrics, &MetricsQueryRunner::runFinished, this,
        [this](int)
        {
            // A job holding cards shows its GPU/NPU usage only, never its CPU figure instead;
            // a job without samples yet shows "–".
            for (const OverviewTopJob &job : std::as_const(m_runningForAlarm))
                if (job.accelerators > 0 && !m_acceleratorUsage.contains(job.id))
                    m_pendingUsage.remove(job.id);
            m_topJobs->setUsage(m_pendingUsage);
        });
    // The low-utilisation alarm is the Training Jobs list's check: the same probe, the same mark.
    connect(m_lowProbe, &LowUtilizationProbe::checked, this,
        [this](const QHash<QString, double> &lowJobs)
        {
            QList<OverviewAlarm> alarms;
            for (const OverviewTopJob &job : std::as_const(m_runningForAlarm))
            {
                const auto low = lowJobs.constFind(job.id);
                if (low == lowJobs.cend())
                    continue;
                OverviewAlarm alarm;
                alarm.kind = OverviewAlarm::Kind::LowUtilization;
                alarm.severity = OverviewAlarm::Severity::Suggestion;
                alarm.resourceId = job.id;
                alarm.resourceName = job.name;
                alarm.acceleratorKind = job.acceleratorKind;
                alarm.value = *low;
                alarms.append(alarm);
            }
            std::sort(alarms.begin(), alarms.end(),
                [](const OverviewAlarm &a, const OverviewAlarm &b) { return a.value < b.value; });
            m_lowUtilization = alarms;
            publishAlarms();
        });
}

OverviewSummary::~OverviewSummary() = default;

const QStringList &OverviewSummary::trainingPhases()
{
    static const QStringList phases = {
        QStringLiteral("Creating"),
        QStringLiteral("Pending"),
        QStringLiteral("Running"),
        QStringLiteral("Completed"),
        QStringLiteral("Failed"),
        QStringLiteral("Terminating"),
        QStringLiteral("Terminated"),
        QStringLiteral("Abnormal"),
    };
    return phases;
}

const QStringList &OverviewSummary::notebookStatuses()
{
    static const QStringList statuses = {
        api::NotebookStatus::Creating.toString(),
        api::NotebookStatus::Starting.toString(),
        api::NotebookStatus::Running.toString(),
        api::NotebookStatus::Stopping.toString(),
        api::NotebookStatus::Stopped.toString(),
        api::NotebookStatus::Error.toString(),
    };
    return statuses;
}

void OverviewSummary::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    clear();
    if (m_active && m_client)
        refresh();
}

void OverviewSummary::setWorkspaceId(const QString &workspaceId)
{
    if (m_workspaceId == workspaceId)
        return;
    m_workspaceId = workspaceId;
    if (m_active && m_client)
        refresh();
}

void OverviewSummary::setPrometheusClient(api::PrometheusClient *client)
{
    m_prometheus = client;
    m_metrics->setClient(client);
    m_lowProbe->setClient(client);
    if (!client)
    {
        m_lowUtilization.clear();
        m_topJobs->setUsage({});
        publishAlarms();
    }
}

bool OverviewSummary::hasMetricsSource() const
{
    return !m_prometheus.isNull();
}

void OverviewSummary::setIntervalMs(int ms)
{
    m_timer->setInterval(std::max(100, ms));
}

bool OverviewSummary::isRefreshing() const
{
    return m_pending > 0 || m_metrics->isRunning() || m_lowProbe->isRunning();
}

void OverviewSummary::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active)
    {
        m_timer->start();
        refresh();
    }
    else
    {
        // Nothing polls off screen; what is in flight still lands (it is cheap and current).
        m_timer->stop();
    }
}

void OverviewSummary::clear()
{
    ++m_generation;
    m_round.reset();
    for (const QPointer<api::ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    m_calls.clear();
    m_pending = 0;
    m_metrics->cancel();
    m_lowProbe->cancel();
    m_poolsState = {};
    m_jobsState = {};
    m_notebooksState = {};
    m_lowUtilization.clear();
    m_poolAlarms.clear();
    m_jobAlarms.clear();
    m_runningForAlarm.clear();
    m_topJobs->clear();
    if (!m_pools.isEmpty())
    {
        m_pools.clear();
        emit poolsChanged();
    }
    if (!m_jobCounts.isEmpty())
    {
        m_jobCounts.clear();
        m_jobTotal = 0;
        emit trainingJobCountsChanged();
    }
    if (!m_notebookCounts.isEmpty() || m_notebookTotal)
    {
        m_notebookCounts.clear();
        m_notebookTotal = 0;
        emit notebookCountsChanged();
    }
    publishAlarms();
    emit stateChanged();
}

template <typename T>
void OverviewSummary::send(api::ApiRequest request, std::function<void(const api::Typed<T> &)> done)
{
    api::ApiCall *call = m_client->send(std::move(request));
    m_calls.append(call);
    ++m_pending;
    const quint64 generation = m_generation;
    api::whenDecoded<T>(call, this,
        [this, generation, done](const api::Typed<T> &result)
        {
            if (generation != m_generation || !m_round)
                return; // an older round, or the client changed
            if (result.error.kind != api::ApiError::Kind::Canceled)
                done(result);
            if (--m_pending == 0)
            {
                m_calls.clear();
                emit refreshed();
            }
        });
}

void OverviewSummary::refresh()
{
    if (!m_client)
        return;
    if (m_pending > 0)
        return; // the round in flight is current enough; the next tick starts another
    ++m_generation;
    m_round = std::make_unique<Round>();
    m_round->generation = m_generation;
    m_poolsState.loading = m_jobsState.loading = m_notebooksState.loading = true;
    emit stateChanged();

    // Pools, their accelerators (P-10) and each pool's workloads (P-11) for the nodes in use.
    send<api::PoolList>(api::pools::list(),
        [this](const api::Typed<api::PoolList> &r)
        {
            if (!r.ok())
            {
                fail(m_poolsState, r.error);
                return;
            }
            readPools(r.value);
        });

    // Training jobs: a count per phase (the search's "count" is the jobs matching the filter).
    m_round->jobCallsPending = trainingPhases().size();
    for (const QString &phase : trainingPhases())
    {
        const bool listed = phase == u"Running" || phase == u"Failed" || phase == u"Abnormal";
        requestPhase(phase, phase == u"Running" ? kRunningJobsRead : listed ? kJobAlarmsRead : 1);
    }

    requestNotebookPage(0);
}

void OverviewSummary::requestPhase(const QString &phase, int limit)
{
    send<api::TrainingJobSearchResult>(api::training::search(phaseSearch(phase, limit, m_workspaceId)),
        [this, phase](const api::Typed<api::TrainingJobSearchResult> &r)
        {
            Round &round = *m_round;
            if (!r.ok())
            {
                round.jobsFailed = true;
                fail(m_jobsState, r.error);
            }
            else
            {
                const api::TrainingJobSearchResult &result = r.value;
                round.jobCounts.insert(phase, result.count.value_or(int(result.items.size())));
                round.jobTotal = std::max(round.jobTotal, result.total.value_or(0));
                if (phase == u"Running")
                    readRunningJobs(result.items);
                else if (phase == u"Failed" || phase == u"Abnormal")
                {
                    for (const api::TrainingJob &job : result.items)
                    {
                        OverviewAlarm alarm;
                        alarm.kind
                            = phase == u"Failed" ? OverviewAlarm::Kind::FailedJob : OverviewAlarm::Kind::AbnormalJob;
                        alarm.severity = OverviewAlarm::Severity::Major;
                        alarm.resourceId = job.metadata.id.value_or(QString());
                        alarm.resourceName = job.metadata.name;
                        alarm.timeMs = job.metadata.createTime.value_or(0);
                        round.jobAlarms.append(alarm);
                    }
                }
            }
            if (--round.jobCallsPending == 0 && !round.jobsFailed)
            {
                std::sort(round.jobAlarms.begin(), round.jobAlarms.end(),
                    [](const OverviewAlarm &a, const OverviewAlarm &b) { return a.timeMs > b.timeMs; });
                m_jobAlarms = round.jobAlarms;
                succeed(m_jobsState);
                publishJobs();
                publishAlarms();
            }
        });
}

void OverviewSummary::requestNotebookPage(int offset)
{
    api::QueryItems query { { QStringLiteral("offset"), QString::number(offset) },
        { QStringLiteral("limit"), QString::number(kNotebookPage) } };
    if (!m_workspaceId.isEmpty())
        query.append({ QStringLiteral("workspaceId"), m_workspaceId });
    send<api::NotebookList>(api::notebooks::list(query),
        [this, offset](const api::Typed<api::NotebookList> &r)
        {
            Round &round = *m_round;
            if (!r.ok())
            {
                fail(m_notebooksState, r.error);
                return;
            }
            for (const api::Notebook &notebook : r.value.data)
                ++round.notebookCounts[notebook.status.value_or(QString())];
            round.notebookTotal += int(r.value.data.size());
            const qint64 total = r.value.total.value_or(0);
            const int next = offset + kNotebookPage;
            if (!r.value.data.empty() && next < total && next / kNotebookPage < kNotebookPagesMax)
            {
                requestNotebookPage(next);
                return;
            }
            // Past the pages read, the count is the server's total (statuses of the rest unknown).
            round.notebookTotal = std::max<qint64>(round.notebookTotal, total);
            succeed(m_notebooksState);
            publishNotebooks();
        });
}

void OverviewSummary::readPools(const api::PoolList &list)
{
    Round &round = *m_round;
    round.pools = list.items;
    round.poolsRead = true;
    round.poolPartsPending = 1 + int(list.items.size());
    send<api::PoolRuntimeMetrics>(api::pools::runtimeMetrics(),
        [this](const api::Typed<api::PoolRuntimeMetrics> &r)
        {
            if (r.ok())
                readRuntime(r.value);
            // Without P-10 the pools still show their nodes; the bars of cards stay empty.
            finishPoolPart();
        });
    for (const api::Pool &pool : list.items)
    {
        const QString id = pool.metadata.name.value_or(QString());
        send<api::WorkloadList>(api::pools::workloads(id),
            [this, id](const api::Typed<api::WorkloadList> &r)
            {
                if (r.ok())
                    readWorkloads(id, r.value);
                finishPoolPart();
            });
    }
}

void OverviewSummary::readRuntime(const api::PoolRuntimeMetrics &metrics)
{
    Round &round = *m_round;
    for (const api::PoolRuntimeMetricsItem &item : metrics.items)
    {
        if (!item.metadata || !item.metadata->name || !item.table)
            continue;
        Round::Accelerators acc;
        const api::PoolUsageTable &table = *item.table;
        if (table.capacity && table.capacity->value && table.capacity->value->is_object())
        {
            for (auto it = table.capacity->value->begin(); it != table.capacity->value->end(); ++it)
            {
                const QString key = QString::fromStdString(it.key());
                const QString kind = acceleratorKindOf(key);
                if (kind.isEmpty())
                    continue;
                acc.kind = kind;
                acc.capacity += usageQuantity(*table.capacity, key).value_or(0);
                if (table.allocated)
                    acc.allocated += usageQuantity(*table.allocated, key).value_or(0);
            }
        }
        round.accelerators.insert(*item.metadata->name, acc);
    }
}

void OverviewSummary::readWorkloads(const QString &poolId, const api::WorkloadList &list)
{
    QSet<QString> &busy = m_round->busyNodes[poolId];
    for (const api::Workload &workload : list.items)
    {
        if (!holdsNodes(workload.status.value_or(QString())))
            continue;
        // "nodes": the nodes a workload is placed on.
        if (!workload.nodes || !workload.nodes->is_array())
            continue;
        for (const auto &node : *workload.nodes)
            if (node.is_string())
                busy.insert(QString::fromStdString(node.get<std::string>()));
    }
}

void OverviewSummary::finishPoolPart()
{
    Round &round = *m_round;
    if (--round.poolPartsPending > 0)
        return;
    QList<OverviewPool> pools;
    QList<OverviewAlarm> alarms;
    for (const api::Pool &pool : round.pools)
    {
        OverviewPool p;
        p.id = pool.metadata.name.value_or(QString());
        p.name = api::poolDisplayName(pool);
        p.phase = pool.status ? pool.status->phase.value_or(QString()) : QString();
        p.nodesTotal = api::poolTotalNodeCount(pool);
        p.nodesAbnormal = api::poolNodeCount(pool, api::PoolResourceState::Abnormal);
        const int available = api::poolNodeCount(pool, api::PoolResourceState::Available);
        p.nodesInUse = std::min(available, int(round.busyNodes.value(p.id).size()));
        p.nodesFree = available - p.nodesInUse;
        const Round::Accelerators acc = round.accelerators.value(p.id);
        p.acceleratorKind = acc.kind;
        p.acceleratorsAllocated = acc.allocated;
        p.acceleratorsCapacity = acc.capacity;
        pools.append(p);

        if (p.phase == u"Abnormal" || p.phase == u"Failed" || p.phase == u"Error")
        {
            OverviewAlarm alarm;
            alarm.kind = OverviewAlarm::Kind::AbnormalPool;
            alarm.severity = OverviewAlarm::Severity::Critical;
            alarm.resourceId = p.id;
            alarm.resourceName = p.name;
            alarms.append(alarm);
        }
        if (p.nodesAbnormal > 0)
        {
            OverviewAlarm alarm;
            alarm.kind = OverviewAlarm::Kind::AbnormalNodes;
            alarm.severity = OverviewAlarm::Severity::Major;
            alarm.resourceId = p.id;
            alarm.resourceName = p.name;
            alarm.value = p.nodesAbnormal;
            alarms.append(alarm);
        }
    }
    m_poolAlarms = alarms;
    succeed(m_poolsState);
    if (pools != m_pools)
    {
        m_pools = pools;
        emit poolsChanged();
    }
    // The top table names pools by their display name: refresh it now that they are known.
    if (!m_runningForAlarm.isEmpty())
    {
        for (OverviewTopJob &job : m_runningForAlarm)
            for (const OverviewPool &pool : std::as_const(m_pools))
                if (pool.id == job.poolId)
                    job.poolName = pool.name;
        m_topJobs->setJobs(std::vector<OverviewTopJob>(m_runningForAlarm.cbegin(), m_runningForAlarm.cend()));
    }
    publishAlarms();
}

void OverviewSummary::readRunningJobs(const std::vector<api::TrainingJob> &jobs)
{
    QHash<QString, QString> poolNames;
    for (const OverviewPool &pool : std::as_const(m_pools))
        poolNames.insert(pool.id, pool.name);
    QList<OverviewTopJob> running;
    for (const api::TrainingJob &job : jobs)
    {
        OverviewTopJob entry = OverviewTopJob::fromJob(job);
        entry.poolName = poolNames.value(entry.poolId, entry.poolId);
        running.append(entry);
    }
    m_runningForAlarm = running;
    m_topJobs->setJobs(std::vector<OverviewTopJob>(running.cbegin(), running.cend()));
    queryMetrics();
}

void OverviewSummary::queryMetrics()
{
    if (!m_prometheus || m_runningForAlarm.isEmpty())
    {
        m_lowUtilization.clear();
        return;
    }
    // Usage per job (legend = the job id); the low-utilisation check of the jobs holding cards.
    const QString usage = QStringLiteral("avg by (service_id) (%1{modelarts_service=\"train\"})");
    QList<MetricQuery> queries {
        { kUsagePrefix + u"cpu", usage.arg(u"ma_container_cpu_util"), QStringLiteral("{{service_id}}"), {} },
        { kUsagePrefix + u"gpu", usage.arg(u"ma_container_gpu_util"), QStringLiteral("{{service_id}}"), {} },
        { kUsagePrefix + u"npu", usage.arg(u"ma_container_npu_util"), QStringLiteral("{{service_id}}"), {} },
    };
    QList<LowUtilizationCandidate> holdingCards;
    for (const OverviewTopJob &job : std::as_const(m_runningForAlarm))
        if (job.accelerators > 0)
            holdingCards.append({ job.id, job.acceleratorKind == u"NPU", job.durationMs });
    m_pendingUsage.clear();
    m_acceleratorUsage.clear();
    m_metrics->runInstant(queries, QDateTime()); // the data source's own now, as the low-utilisation probe asks
    m_lowProbe->check(holdingCards);
}

void OverviewSummary::publishJobs()
{
    const Round &round = *m_round;
    if (round.jobCounts == m_jobCounts && round.jobTotal == m_jobTotal)
        return;
    m_jobCounts = round.jobCounts;
    m_jobTotal = round.jobTotal;
    emit trainingJobCountsChanged();
}

void OverviewSummary::publishNotebooks()
{
    const Round &round = *m_round;
    if (round.notebookCounts == m_notebookCounts && round.notebookTotal == m_notebookTotal)
        return;
    m_notebookCounts = round.notebookCounts;
    m_notebookTotal = round.notebookTotal;
    emit notebookCountsChanged();
}

void OverviewSummary::publishAlarms()
{
    // Most severe first: pools, then nodes, failed and abnormal jobs, then low utilisation.
    QList<OverviewAlarm> alarms = m_poolAlarms;
    alarms += m_jobAlarms;
    alarms += m_lowUtilization;
    std::stable_sort(alarms.begin(), alarms.end(),
        [](const OverviewAlarm &a, const OverviewAlarm &b) { return a.severity > b.severity; });
    if (alarms == m_alarms)
        return;
    m_alarms = alarms;
    emit alarmsChanged();
}

void OverviewSummary::succeed(LoadState &state)
{
    state.loading = false;
    state.complete = true;
    state.lastError = {};
    emit stateChanged();
}

void OverviewSummary::fail(LoadState &state, const api::ApiError &error)
{
    const bool firstFailure = !state.hasError();
    state.loading = false;
    state.lastError = error;
    emit stateChanged();
    if (firstFailure)
        emit errorOccurred(error);
}
} // namespace ma::models
