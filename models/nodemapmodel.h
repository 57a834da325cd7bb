#pragma once

// The nodes of every dedicated pool (or of one), for the node map (issue 10): one row per
// node, ordered by pool name, AZ and node name, with its status, the jobs running on it and
// its current CPU and GPU/NPU utilisation.
//
// A refresh reads the pool list (P-2), then per pool its nodes (P-6, limit + continue) and
// its running workloads (GET …/pools/{name}/workloads?status=Running, whose `nodes` name the
// nodes a job runs on), and applies the difference by node as row inserts, removes and
// dataChanged: never a reset (style §9.3-7). Utilisation comes afterwards from the node
// monitor (modelarts-local's GET …/pools/{pool}/nodes/{node}/monitor, the same numbers its
// ma_node_* Prometheus series carry), a few calls at a time, for Available nodes only, and
// lands as dataChanged of the utilisation roles.

#include "api/apiclient.h"

#include <deque>
#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <vector>

namespace ma::models
{
/** @brief One node as the map shows it. */
struct NodeMapEntry
{
    QString key; // poolId + '/' + node name
    QString node;
    QString poolId; // metadata.name of the pool
    QString poolName; // its display name
    QString az;
    QString phase; // status.phase as sent
    QString ip;
    QString flavor;
    QString acceleratorKind; // "GPU", "NPU" or empty (from status.resources)
    QStringList jobs; // names of the jobs running on the node
    bool haRedundant = false; // label os.modelarts.node/ha.redundant
    double cpuUtil = qQNaN(); // percent, NaN: not measured
    double acceleratorUtil = qQNaN();
};

/** @brief A pool the map knows, for a pool filter. */
struct NodeMapPool
{
    QString id;
    QString name;
    bool operator==(const NodeMapPool &o) const { return id == o.id && name == o.name; }
};

class NodeMapModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeMapModel)

public:
    enum Role
    {
        KeyRole = Qt::UserRole, // QString pool id + '/' + node name
        NodeNameRole,
        PoolIdRole,
        PoolNameRole,
        AzRole,
        PhaseRole, // QString status.phase as sent
        BadgeRole, // int BadgeKind of the phase
        StatusTextRole, // translated status word
        IpRole,
        FlavorRole,
        AcceleratorKindRole,
        JobsRole, // QStringList
        CpuUtilRole, // double percent, NaN when not measured
        AcceleratorUtilRole, // double percent, NaN when not measured
    };
    Q_ENUM(Role)

    /** Monitor calls in flight at a time: 1,000 nodes never flood the service. */
    static constexpr int kMaxMonitorCalls = 4;
    /** Nodes read per page of P-6. */
    static constexpr int kNodePageSize = 500;

    explicit NodeMapModel(QObject *parent = nullptr);
    ~NodeMapModel() override;

    /** Not owned. A different client is a different data set: the rows are reset. */
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const { return m_client; }
    /** The workspace whose pools are listed (P-2 workspaceId); empty: all. */
    void setWorkspaceId(const QString &workspaceId);
    /** Only the nodes of pool @p poolId (metadata.name); empty: every pool. Refreshes. */
    void setPoolFilter(const QString &poolId);
    QString poolFilter() const { return m_poolFilter; }
    /** Utilisation reads on or off (off: the rows keep NaN). On by default. */
    void setUtilisationEnabled(bool enabled) { m_utilisationEnabled = enabled; }

    /** Reads pools, nodes and jobs again; a refresh already running is followed by one more. */
    void refresh();
    bool isLoading() const { return m_loading; }
    /** True once a refresh has completed since the client was set. */
    bool hasLoaded() const { return m_loaded; }
    /** Every pool of the last pool list (filter or not), sorted by name. */
    const QList<NodeMapPool> &pools() const { return m_pools; }
    /** Utilisation reads queued or in flight. */
    int pendingMonitorCalls() const { return int(m_monitorQueue.size()) + m_monitorInFlight; }

    const NodeMapEntry &entry(int row) const { return m_rows[std::size_t(row)]; }
    /** Row of @p key, or -1. */
    int rowOf(const QString &key) const { return m_index.value(key, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    /** One refresh has been applied (the rows are the server's as of now). */
    void refreshed();
    void poolsChanged();
    /** A read failed; the rows of the pools concerned stay as they were. */
    void errorOccurred(const ma::api::ApiError &error);
    /** A batch of utilisation reads has landed (or the queue ran dry). */
    void utilisationUpdated();

private:
    struct Refresh;
    void startRefresh();
    void onPools(const std::shared_ptr<Refresh> &run, const api::ApiResult &result);
    void readNodes(const std::shared_ptr<Refresh> &run, const QString &poolId, const QString &continueToken);
    void readWorkloads(const std::shared_ptr<Refresh> &run, const QString &poolId);
    void finishPart(const std::shared_ptr<Refresh> &run);
    void apply(std::vector<NodeMapEntry> fresh);
    void rebuildIndex();
    void setLoading(bool loading);
    void queueUtilisation();
    void sendMonitorCalls();
    void onMonitor(const QString &key, const api::ApiResult &result);

    QPointer<api::ApiClient> m_client;
    QString m_workspaceId;
    QString m_poolFilter;
    bool m_utilisationEnabled = true;
    std::vector<NodeMapEntry> m_rows;
    QHash<QString, int> m_index;
    QList<NodeMapPool> m_pools;
    std::shared_ptr<Refresh> m_run; // the refresh in flight
    bool m_again = false;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0; // bumped when the data set changes: late answers are dropped
    std::deque<QString> m_monitorQueue; // keys
    QSet<QString> m_monitorQueued;
    int m_monitorInFlight = 0;
};
} // namespace ma::models
