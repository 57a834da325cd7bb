#include "nodemapmodel.h"

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "models/poolstatus.h"

#include <algorithm>
#include <cmath>

namespace ma::models
{
namespace
{
const QString kStatusAvailable = QStringLiteral("Available");

/** The order of the map: pool name, pool id, AZ, node name. */
bool before(const NodeMapEntry &a, const NodeMapEntry &b)
{
    if (int c = a.poolName.compare(b.poolName, Qt::CaseInsensitive))
        return c < 0;
    if (int c = a.poolId.compare(b.poolId))
        return c < 0;
    if (int c = a.az.compare(b.az))
        return c < 0;
    return a.node < b.node;
}

bool sameSortKey(const NodeMapEntry &a, const NodeMapEntry &b)
{
    return a.poolName == b.poolName && a.poolId == b.poolId && a.az == b.az && a.node == b.node;
}

bool sameShown(const NodeMapEntry &a, const NodeMapEntry &b)
{
    const auto same = [](double x, double y)
    {
        return (std::isnan(x) && std::isnan(y)) || x == y;
    };
    return a.phase == b.phase && a.ip == b.ip && a.flavor == b.flavor && a.acceleratorKind == b.acceleratorKind
        && a.haRedundant == b.haRedundant && a.jobs == b.jobs && same(a.cpuUtil, b.cpuUtil)
        && same(a.acceleratorUtil, b.acceleratorUtil);
}

QString acceleratorKindOf(const api::Node &node)
{
    if (!node.status || !node.status->resources)
        return {};
    for (const auto &[resource, quantity] : *node.status->resources)
    {
        if (resource == u"nvidia.com/gpu")
            return QStringLiteral("GPU");
        if (resource.startsWith(u"huawei.com/"))
            return QStringLiteral("NPU");
    }
    return {};
}

NodeMapEntry entryOf(const NodeMapPool &pool, const api::Node &node)
{
    NodeMapEntry e;
    e.node = node.metadata && node.metadata->name ? *node.metadata->name : QString();
    e.poolId = pool.id;
    e.poolName = pool.name;
    e.key = pool.id + QLatin1Char('/') + e.node;
    if (node.status)
    {
        e.az = node.status->az.value_or(QString());
        e.phase = node.status->phase.value_or(QString());
        e.ip = node.status->privateIp.value_or(QString());
    }
    if (node.spec)
        e.flavor = node.spec->flavor.value_or(QString());
    e.acceleratorKind = acceleratorKindOf(node);
    e.haRedundant = api::k8sLabel(node.metadata, QStringLiteral("os.modelarts.node/ha.redundant")) == u"true";
    return e;
}

/** The last measured value of @p metric in a node monitor answer, NaN when none. */
double lastValue(const api::PoolMonitor &monitor, QStringView metric)
{
    for (const api::PoolMetricSeries &series : monitor.metrics)
    {
        if (!series.metric || series.metric->metricName.value_or(QString()) != metric || !series.dataPoints)
            continue;
        for (auto it = series.dataPoints->crbegin(); it != series.dataPoints->crend(); ++it)
        {
            if (const std::optional<double> v = api::metricValue(*it, u"average"))
                return *v;
        }
    }
    return qQNaN();
}

/** Emits dataChanged over the rows in @p rows (ascending): contiguous runs, or one range when most changed. */
template <typename Model>
void emitChanged(Model *model, const std::vector<int> &rows, int rowCount, const QList<int> &roles)
{
    if (rows.empty())
        return;
    if (int(rows.size()) * 2 > rowCount)
    {
        emit model->dataChanged(model->index(0), model->index(rowCount - 1), roles);
        return;
    }
    std::size_t i = 0;
    while (i < rows.size())
    {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit model->dataChanged(model->index(rows[i]), model->index(rows[j]), roles);
        i = j + 1;
    }
}
} // namespace

/** What one refresh has read so far. */
struct NodeMapModel::Refresh
{
    int generation = 0;
    int pending = 0;
    bool listFailed = false;
    QList<NodeMapPool> pools; // those whose nodes are read
    QHash<QString, std::vector<api::Node>> nodes; // pool id → nodes
    QHash<QString, QHash<QString, QStringList>> jobs; // pool id → node → jobs
    QSet<QString> failedPools; // their rows are kept as they were
    QList<QPointer<api::ApiCall>> calls;
};

NodeMapModel::NodeMapModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

NodeMapModel::~NodeMapModel()
{
    if (m_run)
    {
        for (const QPointer<api::ApiCall> &call : std::as_const(m_run->calls))
        {
            if (call)
                call->cancel();
        }
    }
}

void NodeMapModel::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    ++m_generation;
    if (m_run)
    {
        for (const QPointer<api::ApiCall> &call : std::as_const(m_run->calls))
        {
            if (call)
                call->cancel();
        }
    }
    m_run.reset();
    m_again = false;
    m_monitorQueue.clear();
    m_monitorQueued.clear();
    m_monitorInFlight = 0;
    m_client = client;
    // Another backend is another data set: the one case where a reset is right.
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
    m_loaded = false;
    if (!m_pools.isEmpty())
    {
        m_pools.clear();
        emit poolsChanged();
    }
    setLoading(false);
}

void NodeMapModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

void NodeMapModel::setPoolFilter(const QString &poolId)
{
    if (m_poolFilter == poolId)
        return;
    m_poolFilter = poolId;
    refresh();
}

void NodeMapModel::refresh()
{
    if (!m_client)
        return;
    if (m_run)
    {
        m_again = true;
        return;
    }
    startRefresh();
}

void NodeMapModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void NodeMapModel::startRefresh()
{
    m_again = false;
    m_run = std::make_shared<Refresh>();
    m_run->generation = m_generation;
    m_run->pending = 1;
    setLoading(true);
    api::QueryItems query;
    if (!m_workspaceId.isEmpty())
        query.append({ QStringLiteral("workspaceId"), m_workspaceId });
    api::ApiCall *call = m_client->send(api::pools::list(query));
    m_run->calls.append(call);
    const std::shared_ptr<Refresh> run = m_run;
    connect(call, &api::ApiCall::finished, this, [this, run](const api::ApiResult &result) { onPools(run, result); });
}

void NodeMapModel::onPools(const std::shared_ptr<Refresh> &run, const api::ApiResult &result)
{
    if (run != m_run || run->generation != m_generation)
        return;
    const api::Typed<api::PoolList> list = api::decodeBody<api::PoolList>(result);
    if (!list.ok())
    {
        run->listFailed = true;
        if (list.error.kind != api::ApiError::Kind::Canceled)
            emit errorOccurred(list.error);
        finishPart(run);
        return;
    }
    QList<NodeMapPool> pools;
    for (const api::Pool &pool : list.value.items)
        pools.append({ pool.metadata.name.value_or(QString()), api::poolDisplayName(pool) });
    std::sort(pools.begin(), pools.end(),
        [](const NodeMapPool &a, const NodeMapPool &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    if (pools != m_pools)
    {
        m_pools = pools;
        emit poolsChanged();
    }
    for (const NodeMapPool &pool : std::as_const(pools))
    {
        if (pool.id.isEmpty() || (!m_poolFilter.isEmpty() && pool.id != m_poolFilter))
            continue;
        run->pools.append(pool);
        readNodes(run, pool.id, QString());
        readWorkloads(run, pool.id);
    }
    finishPart(run);
}

void NodeMapModel::readNodes(const std::shared_ptr<Refresh> &run, const QString &poolId, const QString &continueToken)
{
    api::QueryItems query = { { QStringLiteral("limit"), QString::number(kNodePageSize) } };
    if (!continueToken.isEmpty())
        query.append({ QStringLiteral("continue"), continueToken });
    api::ApiCall *call = m_client->send(api::pools::nodes(poolId, query));
    run->calls.append(call);
    ++run->pending;
    api::whenDecoded<api::NodeList>(call, this,
        [this, run, poolId](const api::Typed<api::NodeList> &page)
        {
            if (run != m_run)
                return;
            if (!page.ok())
            {
                run->failedPools.insert(poolId);
                if (page.error.kind != api::ApiError::Kind::Canceled)
                    emit errorOccurred(page.error);
            }
            else
            {
                std::vector<api::Node> &nodes = run->nodes[poolId];
                nodes.insert(nodes.end(), page.value.items.begin(), page.value.items.end());
                if (api::k8sListHasMore(page.value.metadata) && !page.value.items.empty())
                    readNodes(run, poolId, page.value.metadata->continue_.value_or(QString()));
            }
            finishPart(run);
        });
}

void NodeMapModel::readWorkloads(const std::shared_ptr<Refresh> &run, const QString &poolId)
{
    // Only running workloads occupy nodes; the list is capped at 500 per page by the API.
    const api::QueryItems query = { { QStringLiteral("status"), QStringLiteral("Running") },
        { QStringLiteral("limit"), QStringLiteral("500") } };
    api::ApiCall *call = m_client->send(api::pools::workloads(poolId, query));
    run->calls.append(call);
    ++run->pending;
    api::whenDecoded<api::WorkloadList>(call, this,
        [this, run, poolId](const api::Typed<api::WorkloadList> &list)
        {
            if (run != m_run)
                return;
            // Jobs are extra information: a failure leaves the tiles without them, no banner.
            if (list.ok())
            {
                QHash<QString, QStringList> &byNode = run->jobs[poolId];
                for (const api::Workload &w : list.value.items)
                {
                    if (!w.nodes || !w.nodes->is_array())
                        continue;
                    const QString job = w.jobName.value_or(w.name.value_or(QString()));
                    for (const api::Json &n : *w.nodes)
                    {
                        if (n.is_string())
                            byNode[QString::fromStdString(n.get<std::string>())].append(job);
                    }
                }
            }
            finishPart(run);
        });
}

void NodeMapModel::finishPart(const std::shared_ptr<Refresh> &run)
{
    if (--run->pending > 0)
        return;
    if (!run->listFailed)
    {
        std::vector<NodeMapEntry> fresh;
        QSet<QString> read;
        for (const NodeMapPool &pool : std::as_const(run->pools))
        {
            if (run->failedPools.contains(pool.id))
                continue;
            read.insert(pool.id);
            const QHash<QString, QStringList> jobs = run->jobs.value(pool.id);
            for (const api::Node &node : run->nodes.value(pool.id))
            {
                NodeMapEntry e = entryOf(pool, node);
                if (e.node.isEmpty())
                    continue;
                e.jobs = jobs.value(e.node);
                fresh.push_back(std::move(e));
            }
        }
        // A pool whose nodes could not be read keeps the rows it had.
        for (const NodeMapEntry &e : m_rows)
        {
            if (run->failedPools.contains(e.poolId) && !read.contains(e.poolId))
                fresh.push_back(e);
        }
        apply(std::move(fresh));
        m_loaded = true;
    }
    m_run.reset();
    setLoading(false);
    emit refreshed();
    if (!run->listFailed)
        queueUtilisation();
    if (m_again)
        startRefresh();
}

void NodeMapModel::apply(std::vector<NodeMapEntry> fresh)
{
    std::sort(fresh.begin(), fresh.end(), before);
    QHash<QString, int> freshIndex;
    freshIndex.reserve(int(fresh.size()));
    for (std::size_t i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].key, int(i));

    // Utilisation is read separately: a fresh row keeps the last reading while Available.
    for (NodeMapEntry &e : fresh)
    {
        const int old = m_index.value(e.key, -1);
        if (old >= 0 && e.phase == kStatusAvailable)
        {
            e.cpuUtil = m_rows[std::size_t(old)].cpuUtil;
            e.acceleratorUtil = m_rows[std::size_t(old)].acceleratorUtil;
        }
    }

    // 1. Removes, bottom up in contiguous runs: gone, or moved in the order (renamed pool, new AZ).
    int row = int(m_rows.size()) - 1;
    while (row >= 0)
    {
        const auto goes = [&](int r)
        {
            const int f = freshIndex.value(m_rows[std::size_t(r)].key, -1);
            return f < 0 || !sameSortKey(m_rows[std::size_t(r)], fresh[std::size_t(f)]);
        };
        if (!goes(row))
        {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && goes(first - 1))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Inserts, top down: what is left of the old rows is a subsequence of fresh, in order.
    std::size_t i = 0;
    while (i < fresh.size())
    {
        if (i < m_rows.size() && m_rows[i].key == fresh[i].key)
        {
            ++i;
            continue;
        }
        // fresh[i] is new: the batch runs until the old row now at i comes up.
        const QString next = i < m_rows.size() ? m_rows[i].key : QString();
        std::size_t end = i + 1;
        while (end < fresh.size() && (next.isEmpty() || fresh[end].key != next))
            ++end;
        beginInsertRows(QModelIndex(), int(i), int(end) - 1);
        m_rows.insert(
            m_rows.begin() + std::ptrdiff_t(i), fresh.begin() + std::ptrdiff_t(i), fresh.begin() + std::ptrdiff_t(end));
        endInsertRows();
        i = end;
    }
    Q_ASSERT(m_rows.size() == fresh.size());

    // 3. Changes.
    std::vector<int> changed;
    for (std::size_t r = 0; r < fresh.size(); ++r)
    {
        if (!sameShown(m_rows[r], fresh[r]))
        {
            m_rows[r] = std::move(fresh[r]);
            changed.push_back(int(r));
        }
    }
    rebuildIndex();
    emitChanged(this, changed, int(m_rows.size()), {});
}

void NodeMapModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(int(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].key, int(i));
}

// ---------------------------------------------------------------------------
// Utilisation

void NodeMapModel::queueUtilisation()
{
    // One round at a time: while a round still runs, a refresh does not start another.
    if (!m_utilisationEnabled || !m_client || !m_monitorQueue.empty() || m_monitorInFlight > 0)
        return;
    for (const NodeMapEntry &e : m_rows)
    {
        if (e.phase == kStatusAvailable && !m_monitorQueued.contains(e.key))
        {
            m_monitorQueue.push_back(e.key);
            m_monitorQueued.insert(e.key);
        }
    }
    sendMonitorCalls();
}

void NodeMapModel::sendMonitorCalls()
{
    while (m_client && m_monitorInFlight < kMaxMonitorCalls && !m_monitorQueue.empty())
    {
        const QString key = m_monitorQueue.front();
        m_monitorQueue.pop_front();
        const int row = rowOf(key);
        if (row < 0)
        {
            m_monitorQueued.remove(key);
            continue;
        }
        const NodeMapEntry &e = m_rows[std::size_t(row)];
        // The last five minutes by minute: the newest average is "now".
        const api::QueryItems query = { { QStringLiteral("time_range"), QStringLiteral("-1.-1.5") },
            { QStringLiteral("period"), QStringLiteral("60") },
            { QStringLiteral("statistics"), QStringLiteral("average") } };
        api::ApiCall *call = m_client->send(api::pools::nodeMonitor(e.poolId, e.node, query));
        ++m_monitorInFlight;
        const int generation = m_generation;
        connect(call, &api::ApiCall::finished, this,
            [this, key, generation](const api::ApiResult &result)
            {
                if (generation != m_generation)
                    return;
                --m_monitorInFlight;
                m_monitorQueued.remove(key);
                onMonitor(key, result);
                sendMonitorCalls();
                if (m_monitorInFlight == 0 && m_monitorQueue.empty())
                    emit utilisationUpdated();
            });
    }
}

void NodeMapModel::onMonitor(const QString &key, const api::ApiResult &result)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    // A backend without the node monitor (the cloud: a modelarts-local extension) leaves NaN.
    const api::Typed<api::PoolMonitor> monitor = api::decodeBody<api::PoolMonitor>(result);
    if (!monitor.ok())
        return;
    NodeMapEntry &e = m_rows[std::size_t(row)];
    if (e.phase != kStatusAvailable)
        return;
    const double cpu = lastValue(monitor.value, u"cpuUsage");
    const double accelerator = e.acceleratorKind == u"NPU" ? lastValue(monitor.value, u"npuUtil")
        : e.acceleratorKind == u"GPU"                      ? lastValue(monitor.value, u"gpuUtil")
                                                           : qQNaN();
    NodeMapEntry updated = e;
    updated.cpuUtil = cpu;
    updated.acceleratorUtil = accelerator;
    if (sameShown(e, updated))
        return;
    e = std::move(updated);
    const QModelIndex index = this->index(row);
    emit dataChanged(index, index, { CpuUtilRole, AcceleratorUtilRole });
}

// ---------------------------------------------------------------------------
// Model API

int NodeMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NodeMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeMapEntry &e = m_rows[std::size_t(index.row())];
    switch (role)
    {
    case Qt::DisplayRole:
    case NodeNameRole:
        return e.node;
    case KeyRole:
        return e.key;
    case PoolIdRole:
        return e.poolId;
    case PoolNameRole:
        return e.poolName;
    case AzRole:
        return e.az;
    case PhaseRole:
        return e.phase;
    case BadgeRole:
        return int(poolstatus::node(e.phase).badge);
    case StatusTextRole:
        return poolstatus::node(e.phase).text;
    case IpRole:
        return e.ip;
    case FlavorRole:
        return e.flavor;
    case AcceleratorKindRole:
        return e.acceleratorKind;
    case JobsRole:
        return e.jobs;
    case CpuUtilRole:
        return e.cpuUtil;
    case AcceleratorUtilRole:
        return e.acceleratorUtil;
    default:
        return {};
    }
}

QHash<int, QByteArray> NodeMapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NodeNameRole, "nodeName");
    names.insert(PoolIdRole, "poolId");
    names.insert(PoolNameRole, "poolName");
    names.insert(AzRole, "az");
    names.insert(PhaseRole, "phase");
    names.insert(BadgeRole, "badge");
    names.insert(StatusTextRole, "statusText");
    names.insert(IpRole, "ip");
    names.insert(FlavorRole, "flavor");
    names.insert(AcceleratorKindRole, "acceleratorKind");
    names.insert(JobsRole, "jobs");
    names.insert(CpuUtilRole, "cpuUtil");
    names.insert(AcceleratorUtilRole, "acceleratorUtil");
    return names;
}
} // namespace ma::models
