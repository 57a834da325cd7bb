#pragma once

// Dedicated resource pools of modelarts-local (api.md §2.4, P-1..P-20): pools, nodes,
// networks, resource flavors, monitoring series, statistics, workloads, pool events and
// OS quotas, plus the built-in pool "local" whose single node is this computer.
//
// Routes (all under the project's id; auth is done before them):
//   POST   /v2/{project_id}/pools                                     P-1
//   GET    /v2/{project_id}/pools                                     P-2
//   GET    /v2/{project_id}/pools/{pool_name}                         P-3
//   PATCH  /v2/{project_id}/pools/{pool_name}                         P-4 (resize, scope, labels and
//          workspace migration, driver upgrade)
//   DELETE /v2/{project_id}/pools/{pool_name}                         P-5
//   GET    /v2/{project_id}/pools/{pool_name}/nodes                   P-6
//   GET    /v2/{project_id}/pools/{pool_name}/nodes/{node_name}       P-21 (show one node)
//   POST   /v2/{project_id}/pools/{pool_name}/nodes/batch-delete      P-7
//   POST   /v2/{project_id}/pools/{pool_name}/nodes/batch-reboot      P-21 (Rebooting, then Available)
//   POST   /v2/{project_id}/pools/{pool_name}/nodes/batch-reset       P-21 (Resetting, then Available)
//   POST   /v2/{project_id}/pools/{pool_name}/nodes/batch-replace     Replacing, then a new node (api.md
//          names no replace path; the closest v2 shape, body {nodeNames})
//   POST   /v2/{project_id}/pools/{pool_name}/nodes/batch-update      P-21 (resource tags, HA redundancy)
//   GET    /v1/{project_id}/pools/{pool_name}/tags, POST …/tags/create, DELETE …/tags/delete  pool tags
//   GET    /v2/{project_id}/pools/{pool_name}/monitor                 P-8
//   GET    /v2/{project_id}/pools/{pool_name}/nodes/{node_name}/monitor  node series (local
//          extension: same query and reply shape as P-8, namespace PAAS.NODE)
//   GET    /v2/{project_id}/statistics/pools                          P-9
//   GET    /v2/{project_id}/metrics/runtime/pools                     P-10
//   GET    /v2/{project_id}/pools/{pool_name}/workloads               P-11
//   GET    /v2/{project_id}/statistics/pools/{pool_name}/workloads    P-12
//   GET    /v1/{project_id}/resourceflavors                           P-13
//   GET    /v1/{project_id}/virtualresourceflavors                    P-14 (always empty)
//   POST/GET /v1/{project_id}/networks, GET/PATCH/DELETE …/networks/{network_name}  P-15..P-17
//   GET    /v1/{project_id}/events?resource=pools&name=…              P-18
//   GET    /v1/{project_id}/quotas                                    P-19
//   POST   /v2/{project_id}/pools/{pool_name}/retry-scope             P-20

#include "servermodule.h"

#include <memory>

namespace ma::server
{
class LifecycleTicker;
class MonitorSeries;
class NetworkRoutes;
class PoolLifecycle;
class PoolStore;
class PoolWorkloads;
struct FlavorShape;

class PoolModule final : public ServerModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolModule)

public:
    /** At most this many dedicated pools per project (the built-in pool does not count). */
    static constexpr int kPoolQuota = 15;
    /** At most this many flavors (spec.resources entries) per pool, all of one CPU architecture (L1121). */
    static constexpr int kMaxPoolFlavors = 10;

    explicit PoolModule(ServerContext &context, QObject *parent = nullptr);
    ~PoolModule() override;

    void registerRoutes(Router &router) override;
    void seedDemoData() override;
    void start() override;

private:
    Response createPool(const Request &request);
    Response listPools(const Request &request);
    Response showPool(const Request &request);
    Response patchPool(const Request &request);
    Response deletePool(const Request &request);
    Response listNodes(const Request &request);
    Response showNode(const Request &request);
    Response batchDeleteNodes(const Request &request);
    Response batchRebootNodes(const Request &request);
    Response batchUpdateNodes(const Request &request);
    Response poolTags(const Request &request);
    Response createPoolTags(const Request &request);
    Response deletePoolTags(const Request &request);
    Response batchResetNodes(const Request &request);
    Response batchReplaceNodes(const Request &request);
    /** Shared part of batch-reboot, batch-reset and batch-replace: checks the console's conditions, then starts
     * @p phase. */
    Response batchNodeOperation(const Request &request, const QString &phase);
    Response poolMonitor(const Request &request);
    Response nodeMonitor(const Request &request);
    Response poolStatistics(const Request &request);
    Response runtimeMetrics(const Request &request);
    Response workloads(const Request &request);
    Response workloadStatistics(const Request &request);
    Response resourceFlavors(const Request &request);
    Response virtualResourceFlavors(const Request &request);
    Response poolEvents(const Request &request);
    Response osQuotas(const Request &request);
    Response retryScope(const Request &request);

    /** The pool addressed by the request's path; 404 when unknown. */
    Json pathPool(const Request &request) const;
    Json requireNode(const Json &pool, const QString &nodeName) const;
    static const FlavorShape &shapeOf(const Json &pool);
    static QStringList checkScope(const Json &scope, const QString &field);
    static Json scopeStatus(const QStringList &scope, const QString &state);

    /** Creates the built-in pool "local" (one node: this computer) or brings its node up to date. */
    void ensureLocalPool();
    /** A Running pool created @p daysAgo with @p count Available nodes and the events of its creation. */
    void seedPool(const QString &displayName, const QString &flavorId, int count, const QStringList &scope,
        double daysAgo, const QString &network);

    std::unique_ptr<PoolStore> m_pools;
    std::unique_ptr<PoolLifecycle> m_lifecycle;
    std::unique_ptr<NetworkRoutes> m_networks;
    std::unique_ptr<MonitorSeries> m_monitor;
    std::unique_ptr<PoolWorkloads> m_workloads;
    LifecycleTicker *m_ticker = nullptr;
};
} // namespace ma::server
