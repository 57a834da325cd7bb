#pragma once

// Storage helpers of the pool module: pool, node and network documents as the API returns
// them (docs/server-conventions.md), their indexed columns, the status counters derived
// from the nodes, pool events, and which nodes running work holds.
//
// Bookkeeping the API has no field for (when a transition started, how long it takes)
// lives in annotations under "os.modelarts.local/", which render() strips from replies.

#include "flavorcatalog.h"
#include "router.h"
#include "servercontext.h"

#include <functional>
#include <optional>
#include <QSet>
#include <QStringList>
#include <vector>

namespace ma::server
{
namespace poolkeys
{
inline const QString kPool = QStringLiteral("pool");
inline const QString kNode = QStringLiteral("node");
inline const QString kNetwork = QStringLiteral("network");
inline const QString kTrainingJob = QStringLiteral("training_job");
inline const QString kTrainingJobV1 = QStringLiteral("training_job_v1");
inline const QString kNotebook = QStringLiteral("notebook");

inline const QString kNameLabel = QStringLiteral("os.modelarts/name");
inline const QString kWorkspaceLabel = QStringLiteral("os.modelarts/workspace.id");
inline const QString kDescription = QStringLiteral("os.modelarts/description");

// Internal annotations (never rendered).
inline const QString kInternalPrefix = QStringLiteral("os.modelarts.local/");
inline const QString kCreatedMs = QStringLiteral("os.modelarts.local/created-ms");
inline const QString kPhaseSince = QStringLiteral("os.modelarts.local/phase-since");
inline const QString kReadyAfter = QStringLiteral("os.modelarts.local/ready-after");
inline const QString kAvailableSince = QStringLiteral("os.modelarts.local/available-since");
inline const QString kScopeSince = QStringLiteral("os.modelarts.local/scope-since");
inline const QString kNextIp = QStringLiteral("os.modelarts.local/next-ip");
// Why a pool being created will fail (out of stock); the lifecycle fails it after the setup time.
// Driver upgrade in progress: "gpu:535.129.03" and when its current step started.
inline const QString kDriverTarget = QStringLiteral("os.modelarts.local/driver-target");
inline const QString kDriverStepSince = QStringLiteral("os.modelarts.local/driver-step-since");
// Nodes upgraded per step (rolling batch, or every node) and the strategy, "idle" or "force".
inline const QString kDriverBatch = QStringLiteral("os.modelarts.local/driver-batch");
inline const QString kDriverStrategy = QStringLiteral("os.modelarts.local/driver-strategy");
// When nodes of the pool were replaced (JSON array of ms), for the console's daily limit.
inline const QString kReplacedAt = QStringLiteral("os.modelarts.local/replaced-at");
// Pool tags (TMS style), a JSON array [{key, value}], served by …/pools/{pool_name}/tags.
inline const QString kTags = QStringLiteral("os.modelarts.local/tags");
inline const QString kFailReason = QStringLiteral("os.modelarts.local/fail-reason");

// Written by the training module on job documents (docs/server-conventions.md).
inline const QString kJobNodes = QStringLiteral("os.modelarts.local/nodes");
inline const QString kQueuePosition = QStringLiteral("os.modelarts.local/queue-position");

inline const QString kPhaseCreating = QStringLiteral("Creating");
inline const QString kPhaseRunning = QStringLiteral("Running");
inline const QString kPhaseDeleting = QStringLiteral("Deleting");
inline const QString kPhaseAvailable = QStringLiteral("Available");
inline const QString kPhaseAbnormal = QStringLiteral("Abnormal");
inline const QString kPhaseActive = QStringLiteral("Active");
// Node operations of the console's Nodes tab (Reboot, Reset): back to Available when done.
inline const QString kPhaseRebooting = QStringLiteral("Rebooting");
inline const QString kPhaseResetting = QStringLiteral("Resetting");
// Replace: the node goes Replacing, then leaves and a new node (new name and IP) is Available.
inline const QString kPhaseReplacing = QStringLiteral("Replacing");
} // namespace poolkeys

/** @brief available/abnormal/creating/deleting node counts of a pool (the event wording's order). */
struct NodeCounts
{
    int available = 0;
    int abnormal = 0;
    int creating = 0;
    int deleting = 0;

    bool operator==(const NodeCounts &) const = default;
    QString text() const;
};

/** @brief Where a job that ran on a pool ran: its sample owner and the node of each worker. */
struct JobPlacement
{
    QString jobId; // owner of the job's metric samples
    QStringList nodes; // worker-N ran on nodes[N]
    qint64 startMs = 0; // when it began holding nodes (0: unknown)
    qint64 endMs = 0; // when it stopped (0: still running or unknown)
};

/** How the pool and network APIs refuse a body they cannot read (ModelArts.50004000, "Bad request. …"). */
inline const BodyErrors kPoolBodyErrors { QStringLiteral("ModelArts.50004000"), QStringLiteral("Bad request.") };

class PoolStore final
{
public:
    explicit PoolStore(ServerContext &context);

    Store &store() { return m_ctx.store(); }
    const Store &store() const { return m_ctx.store(); }
    qint64 nowMs() const { return m_ctx.clock().nowMs(); }

    // ---- JSON helpers
    static QString str(const Json &j, const char *pointer);
    static QString annotation(const Json &doc, const QString &key);
    static qint64 annotationMs(const Json &doc, const QString &key, qint64 fallback = 0);
    static void setAnnotation(Json &doc, const QString &key, const QString &value);
    static void removeAnnotation(Json &doc, const QString &key);
    static QString label(const Json &doc, const QString &key);
    static QString displayName(const Json &doc);
    static qint64 createdMs(const Json &doc);
    /** The document without internal annotations: what the API returns. */
    static Json render(Json doc);
    /** Throws the pool/network APIs' 400 (ModelArts.50004000) with @p detail. */
    [[noreturn]] static void badRequest(const QString &detail);

    /** Name rules of pools and networks: lowercase letters, digits and '-', starting with a letter, not ending with
     * '-'. */
    static void checkResourceName(const QString &value, const QString &field, int minLength, int maxLength);
    /** A workspace label must name an existing workspace ("0" always exists). */
    void checkWorkspace(const QString &workspaceId) const;
    /**
     * Applies a merge patch to metadata.labels or metadata.annotations (@p map): a string
     * sets, null removes. Keys in @p immutable may only be repeated with their current value;
     * internal keys are ignored.
     */
    static void mergeMap(Json &doc, const char *map, const Json &patch, const QStringList &immutable);

    // ---- pools
    std::optional<Json> findPool(const QString &nameOrDisplayName) const;
    /** The pool or 404 ModelArts.50015001. */
    Json requirePool(const QString &nameOrDisplayName) const;
    std::vector<Json> pools() const;
    void savePool(const Json &doc);

    // ---- networks
    std::optional<Json> findNetwork(const QString &nameOrDisplayName) const;
    void saveNetwork(const Json &doc);

    // ---- nodes
    /** The pool's nodes, oldest first (ties by name): a stable order for paging. */
    std::vector<Json> nodes(const QString &pool) const;
    void saveNode(const Json &doc);
    QString newNodeName() const;
    /** A node document in @p phase (not saved). */
    Json makeNode(const Json &pool, const FlavorShape &shape, const QString &name, const QString &phase,
        qint64 createdMs, const QString &privateIp) const;
    /** The next private IP of the pool's network for a new node; advances the pool's counter. */
    QString nextPrivateIp(Json &pool) const;
    /** The node with allocatable and free resources filled in. */
    Json renderNode(const Json &node, bool busy) const;

    // ---- status
    static NodeCounts countsOf(const Json &pool);
    /** Recomputes status.resources from @p nodes; returns the new counts. */
    static NodeCounts recount(Json &pool, const std::vector<Json> &nodes);
    /** Reads the pool's nodes, recounts, and records a PoolResourcesStatusChange event when counts changed. */
    NodeCounts refreshResources(Json &pool);
    void poolEvent(
        const QString &pool, const QString &type, const QString &reason, const QString &message, qint64 timeMs = 0);
    void resourcesEvent(const QString &pool, const NodeCounts &before, const NodeCounts &after, qint64 timeMs = 0);
    void phaseEvent(const QString &pool, const QString &from, const QString &to, qint64 timeMs = 0);

    // ---- work placed on the pool
    /** Node names held by active jobs (the training module's nodes annotation). */
    QSet<QString> busyNodes(const QString &pool) const;
    /**
     * Nodes of @p flavorId the region can still supply: its stock (a fixed table, so a user
     * can provoke "insufficient resources") minus the nodes of that flavor in every pool.
     */
    int stockLeft(const QString &flavorId) const;
    static int stockOf(const QString &flavorId);

    /** Nodes in use: the larger of the units held and the named busy nodes. */
    int nodesInUse(const QString &pool) const;
    /** Jobs that ran or run on the pool with the node of each worker (for node monitoring). */
    std::vector<JobPlacement> placements(const QString &pool) const;
    /** Remembers where running jobs run, so node series stay right after they release their nodes. */
    void rememberPlacements();

    // ---- paging (Kubernetes style: limit + continue token = offset)
    struct Page
    {
        int offset = 0;
        int limit = 500;
    };
    static Page page(const Request &request, int total, int maxLimit = 500);
    /**
     * The page of @p all that @p request asks for, as the list answer @p kind of @p apiVersion
     * (items, and continue + remainingItemCount while more follow); @p render shapes each item.
     */
    static Json pagedList(const Request &request, const char *kind, const char *apiVersion,
        const std::vector<Json> &all, const std::function<Json(const Json &)> &render);

    // ---- label selectors ("k=v,k2!=v,k3,!k4")
    static bool matchesSelector(const Json &doc, const QString &selector);

    /** A stable UUID derived from @p key (cluster ids, workload uids). */
    static QString stableUuid(const QString &key);

private:
    void saveWithIndex(const QString &kind, const Json &doc);
    ServerContext &m_ctx;
};
} // namespace ma::server
