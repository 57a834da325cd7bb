#pragma once

// Lifecycles of pools, nodes and networks, scaled by --time-scale (Clock::nominalSince):
// pool Creating -> Running as its nodes become Available one by one, nodes added by a
// resize (Creating -> Available) or removed (Deleting -> gone), pool Deleting -> gone,
// scope changes Enabling/Disabling -> Enabled/removed, network Creating -> Active.
// Every transition stores when it started, so a restart resumes where it stopped.

#include "poolstore.h"

namespace ma::server
{
/** Nominal durations (milliseconds before the time scale applies). */
namespace pooltiming
{
inline constexpr qint64 kClusterSetupMs = 90'000; // a new pool until its first node is up
inline constexpr qint64 kNodeStepMs = 20'000; // between two nodes of one batch
inline constexpr qint64 kNodeBootMs = 60'000; // a node added to a running pool
inline constexpr qint64 kNodeDeleteMs = 30'000;
inline constexpr qint64 kPoolDeleteMs = 30'000;
inline constexpr qint64 kScopeChangeMs = 20'000;
inline constexpr qint64 kNetworkCreateMs = 15'000;
inline constexpr qint64 kDriverStepMs = 20'000; // one node's driver upgrade (rolling, one at a time)
inline constexpr qint64 kNodeRebootMs = 30'000; // Rebooting, then Available
inline constexpr qint64 kNodeResetMs = 45'000; // Resetting, then Available
inline constexpr qint64 kNodeReplaceMs = 60'000; // Replacing, then a new node Available
} // namespace pooltiming

class PoolLifecycle final
{
public:
    PoolLifecycle(ServerContext &context, PoolStore &pools);

    /**
     * Adds @p count nodes of @p shape in phase Creating to @p pool (saved; the pool is not).
     * Node i becomes Available @p firstReadyMs + i * kNodeStepMs (nominal) from now, in
     * AZ @p azs[i] when given (per-AZ placement), else in the region's first AZ. @p firstIndex
     * shifts i when the nodes of a pool's several flavors are added one flavor after the other.
     */
    void addNodes(Json &pool, const FlavorShape &shape, int count, qint64 firstReadyMs, const QStringList &azs = {},
        int firstIndex = 0);
    /** Puts a node in phase Deleting; it disappears after @p afterMs (nominal). Saves it. */
    void markDeleting(Json &node, qint64 afterMs);

    /**
     * Starts a node operation: the node goes to @p phase (Rebooting, Resetting, Replacing) and
     * back to Available after @p afterMs (nominal), with an event at both ends. Saves it. A
     * node Replacing is then deleted and a new node (new name and IP, same AZ) is Available.
     */
    void startNodeOperation(Json &node, const QString &phase, qint64 afterMs);

    /** How a driver upgrade goes (console §3.3.3). */
    struct DriverUpgrade
    {
        QString kind; // "gpu", "npu"
        QString version;
        bool force = false; // forcible: busy nodes too; secure ("idle"): a node once its jobs are done
        int batch = 1; // nodes upgraded at a time (rolling batch, or every node)
    };

    /**
     * Starts a driver upgrade of @p pool (saved by the caller): every node whose driver is not
     * @p upgrade.version goes Waiting, then @p upgrade.batch at a time Upgrading and Running with
     * the new version (a secure upgrade takes idle nodes first and waits for busy ones); the
     * pool's driver follows when the last node is done.
     */
    void startDriverUpgrade(Json &pool, const DriverUpgrade &upgrade);

    /** Advances every transition that is due. Runs in its own transaction. */
    void tick();

private:
    void advanceNodes(QSet<QString> &touchedPools);
    void advancePool(Json pool, bool touched);
    void advanceNetworks();
    bool advanceDriverUpgrade(Json &pool);
    /** The node Replacing is done: it leaves and a new node takes its place. */
    void finishReplace(const Json &node);

    ServerContext &m_ctx;
    PoolStore &m_pools;
};
} // namespace ma::server
