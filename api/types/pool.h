#pragma once

// Dedicated resource pools and everything hanging off them (api.md §2.4, P-1..P-19):
// pools, nodes, resource flavors, workloads, monitoring series, statistics, events,
// OS quotas. These are Kubernetes-style objects with camelCase JSON keys, so the
// shared envelope pieces (K8sObjectMeta, K8sListMeta) live here; network.h reuses them.
//
// Mapping rules are those of api/jsoncodec.h: required fields are plain members,
// optional ones std::optional (absent stays absent on encode), unknown keys in `extra`.
// Response objects are read leniently (almost everything optional) because the service
// adds and drops fields between releases; request-side fields the API marks mandatory
// (PoolResource.flavor / .count, BatchDeleteNodesRequest) are strict.

#include "api/jsoncodec.h"

#include <optional>
#include <QStringView>
#include <vector>

namespace ma::api
{
// ---------------------------------------------------------------------------
// Kubernetes-style envelope (shared with network.h)
// ---------------------------------------------------------------------------

/** @brief `metadata` of a single object (pool, node, network, resource flavor). */
struct K8sObjectMeta
{
    std::optional<QString> name; // generated id, absent in create requests
    std::optional<QString> creationTimestamp; // RFC 3339 text, kept verbatim
    std::optional<StringMap> labels;
    std::optional<StringMap> annotations;
    std::optional<QString> deletionTimestamp; // only in DELETE responses
    Json extra;
};

/** @brief `metadata` of a list: Kubernetes paging by continue token (api.md §7). */
struct K8sListMeta
{
    std::optional<QString> continue_; // JSON key "continue" (a C++ keyword)
    std::optional<qint64> remainingItemCount;
    Json extra;
};

void decode(const Json &j, K8sObjectMeta &out, const QString &path);
Json encode(const K8sObjectMeta &v);
void decode(const Json &j, K8sListMeta &out, const QString &path);
Json encode(const K8sListMeta &v);

/** Label value, or an empty string when the object has no such label. */
QString k8sLabel(const K8sObjectMeta &meta, const QString &key);
QString k8sLabel(const std::optional<K8sObjectMeta> &meta, const QString &key);

/** True when a list reply says more items follow (non-empty continue token). */
bool k8sListHasMore(const std::optional<K8sListMeta> &meta);

/**
 * @brief Parses a Kubernetes quantity ("3920m", "6270Mi", "2", "1Gi", "1.5e3") into a
 * plain number: milli-CPU becomes cores (3.92), binary/decimal suffixes become units
 * (bytes for memory). Returns 0 and sets @p ok to false for anything else (e.g. the
 * "6.52 GiB" prose of workload requirements).
 */
double parseKubernetesQuantity(QStringView text, bool *ok = nullptr);

/** Same for a JSON value that may be a number or a quantity string (P-10 runtime metrics). */
double parseKubernetesQuantity(const Json &value, bool *ok = nullptr);

// ---------------------------------------------------------------------------
// Pool (P-1..P-5)
// ---------------------------------------------------------------------------

/** Values of Pool status.phase (api.md §3; OTC lists 8, the SDK the first five). */
namespace PoolPhase
{
inline constexpr QStringView Creating = u"Creating";
inline constexpr QStringView Running = u"Running";
inline constexpr QStringView Abnormal = u"Abnormal";
inline constexpr QStringView Deleting = u"Deleting";
inline constexpr QStringView Error = u"Error";
inline constexpr QStringView CreationFailed = u"CreationFailed";
inline constexpr QStringView ScalingFailed = u"ScalingFailed";
inline constexpr QStringView Waiting = u"Waiting";
} // namespace PoolPhase

/** Values of status.scope[].state. */
namespace PoolScopeState
{
inline constexpr QStringView Enabling = u"Enabling";
inline constexpr QStringView Enabled = u"Enabled";
inline constexpr QStringView EnableFailed = u"EnableFailed";
inline constexpr QStringView Disabling = u"Disabling";
inline constexpr QStringView Disabled = u"Disabled";
} // namespace PoolScopeState

/** Label and annotation keys the client reads or writes. */
namespace PoolLabel
{
inline constexpr QStringView Name = u"os.modelarts/name";
inline constexpr QStringView WorkspaceId = u"os.modelarts/workspace.id";
inline constexpr QStringView Description = u"os.modelarts/description";
} // namespace PoolLabel

struct PoolAzCount
{
    std::optional<QString> az;
    std::optional<int> count;
    Json extra;
};

struct PoolTag
{
    std::optional<QString> key;
    std::optional<QString> value;
    Json extra;
};

struct PoolCreatingStep
{
    std::optional<int> step;
    std::optional<QString> type; // rack | hyperinstance
    Json extra;
};

/** @brief A disk description: rootVolume / dataVolumes of pools and resource flavors. */
struct PoolVolume
{
    std::optional<QString> volumeType; // SSD | GPSSD | SAS
    std::optional<QString> size; // a string in the API ("100", "500Gi")
    std::optional<int> count;
    std::optional<Json> extendParams;
    Json extra;
};

/**
 * @brief One flavor's share of a pool: spec.resources[] and the items of
 * status.resources.{creating,available,abnormal,deleting}. Scaling = changing `count`.
 */
struct PoolResource
{
    QString flavor;
    int count = 0;
    std::optional<int> maxCount;
    std::optional<std::vector<PoolAzCount>> azs;
    std::optional<std::vector<PoolTag>> tags;
    std::optional<Json> extendParams; // {dockerBaseSize, postInstall (base64)}
    std::optional<PoolCreatingStep> creatingStep;
    std::optional<PoolVolume> rootVolume;
    std::optional<std::vector<PoolVolume>> dataVolumes;
    std::optional<Json> volumeGroupConfigs;
    std::optional<QString> nodePool;
    std::optional<Json> os; // {name, imageId, imageType}
    std::optional<Json> driver;
    std::optional<Json> taints;
    std::optional<StringMap> labels;
    Json extra;
};

/** spec.network: by network name, or (Terraform) by VPC and subnet id. */
struct PoolNetworkRef
{
    std::optional<QString> name;
    std::optional<QString> vpcId;
    std::optional<QString> subnetId;
    Json extra;
};

struct PoolContainerNetwork
{
    std::optional<QString> mode; // overlay_l2 | vpc-router | eni
    std::optional<QString> cidr;
    Json extra;
};

struct PoolDriver
{
    std::optional<QString> gpuVersion;
    std::optional<QString> npuVersion;
    std::optional<QString> updateStrategy; // force | idle
    Json extra;
};

struct PoolSpec
{
    std::optional<QString> type; // "Dedicate"
    std::optional<std::vector<QString>> scope; // Train | Infer | Notebook
    std::vector<PoolResource> resources;
    std::optional<PoolNetworkRef> network;
    std::optional<PoolContainerNetwork> containerNetwork;
    std::optional<QString> kubernetesSvcIpRange;
    std::optional<Json> masters;
    std::optional<QString> clusterFlavor;
    std::optional<PoolDriver> driver;
    std::optional<QString> parent;
    std::optional<bool> ipv6enable;
    std::optional<Json> userLogin; // create only; carries a password, never logged
    std::optional<Json> clusters;
    std::optional<std::vector<QString>> jobFlavors;
    std::optional<int> controlMode;
    Json extra;
};

struct PoolStatusResources
{
    std::optional<std::vector<PoolResource>> creating;
    std::optional<std::vector<PoolResource>> available;
    std::optional<std::vector<PoolResource>> abnormal;
    std::optional<std::vector<PoolResource>> deleting;
    Json extra;
};

struct PoolPluginStatus
{
    std::optional<QString> name;
    std::optional<QString> phase;
    Json extra;
};

struct PoolScopeStatus
{
    std::optional<QString> scopeType;
    std::optional<QString> state;
    std::optional<std::vector<PoolPluginStatus>> plugins;
    std::optional<QString> message;
    Json extra;
};

struct PoolDriverState
{
    std::optional<QString> version;
    std::optional<QString> state;
    Json extra;
};

struct PoolDriverStatus
{
    std::optional<PoolDriverState> gpu;
    std::optional<PoolDriverState> npu;
    Json extra;
};

struct PoolStatus
{
    std::optional<QString> phase;
    std::optional<QString> message;
    std::optional<PoolStatusResources> resources;
    std::optional<std::vector<PoolScopeStatus>> scope;
    std::optional<PoolDriverStatus> driver;
    std::optional<QString> parent;
    std::optional<QString> root;
    std::optional<Json> clusters;
    Json extra;
};

/** @brief A pool as created (P-1 body), returned (P-1/3/4/5) and listed (P-2). */
struct Pool
{
    std::optional<QString> apiVersion; // "v2"
    std::optional<QString> kind; // "Pool"
    K8sObjectMeta metadata;
    PoolSpec spec;
    std::optional<PoolStatus> status;
    Json extra;
};

struct PoolList
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "PoolList"
    std::vector<Pool> items; // no paging (api.md §7)
    Json extra;
};

/** spec part of a PATCH body; everything optional (merge-patch semantics). */
struct PoolPatchSpec
{
    std::optional<std::vector<QString>> scope;
    std::optional<std::vector<PoolResource>> resources;
    std::optional<PoolDriver> driver;
    Json extra;
};

/**
 * @brief Body of PATCH /v2/{project_id}/pools/{name} (P-4). Sent as a JSON merge patch,
 * which replaces arrays as a whole: a `resources` list must carry every flavor.
 */
struct PoolPatch
{
    std::optional<K8sObjectMeta> metadata; // labels / annotations only
    std::optional<PoolPatchSpec> spec;
    Json extra;
};

void decode(const Json &j, PoolAzCount &out, const QString &path);
Json encode(const PoolAzCount &v);
void decode(const Json &j, PoolTag &out, const QString &path);
Json encode(const PoolTag &v);
void decode(const Json &j, PoolCreatingStep &out, const QString &path);
Json encode(const PoolCreatingStep &v);
void decode(const Json &j, PoolVolume &out, const QString &path);
Json encode(const PoolVolume &v);
void decode(const Json &j, PoolResource &out, const QString &path);
Json encode(const PoolResource &v);
void decode(const Json &j, PoolNetworkRef &out, const QString &path);
Json encode(const PoolNetworkRef &v);
void decode(const Json &j, PoolContainerNetwork &out, const QString &path);
Json encode(const PoolContainerNetwork &v);
void decode(const Json &j, PoolDriver &out, const QString &path);
Json encode(const PoolDriver &v);
void decode(const Json &j, PoolSpec &out, const QString &path);
Json encode(const PoolSpec &v);
void decode(const Json &j, PoolStatusResources &out, const QString &path);
Json encode(const PoolStatusResources &v);
void decode(const Json &j, PoolPluginStatus &out, const QString &path);
Json encode(const PoolPluginStatus &v);
void decode(const Json &j, PoolScopeStatus &out, const QString &path);
Json encode(const PoolScopeStatus &v);
void decode(const Json &j, PoolDriverState &out, const QString &path);
Json encode(const PoolDriverState &v);
void decode(const Json &j, PoolDriverStatus &out, const QString &path);
Json encode(const PoolDriverStatus &v);
void decode(const Json &j, PoolStatus &out, const QString &path);
Json encode(const PoolStatus &v);
void decode(const Json &j, Pool &out, const QString &path);
Json encode(const Pool &v);
void decode(const Json &j, PoolList &out, const QString &path);
Json encode(const PoolList &v);
void decode(const Json &j, PoolPatchSpec &out, const QString &path);
Json encode(const PoolPatchSpec &v);
void decode(const Json &j, PoolPatch &out, const QString &path);
Json encode(const PoolPatch &v);

/** The user-given name (label os.modelarts/name), falling back to metadata.name. */
QString poolDisplayName(const Pool &pool);

/** Workspace of the pool (label os.modelarts/workspace.id), "0" when unlabelled. */
QString poolWorkspaceId(const Pool &pool);

enum class PoolResourceState
{
    Creating,
    Available,
    Abnormal,
    Deleting
};

/** Sum of spec.resources[].count: the size the pool is asked to have. */
int poolTargetNodeCount(const Pool &pool);

/** Sum of status.resources.<state>[].count. */
int poolNodeCount(const Pool &pool, PoolResourceState state);

/**
 * @brief Nodes the pool has in any state (creating + available + abnormal + deleting).
 * A freshly created pool reports `status.resources: {}`; then the target count is used.
 */
int poolTotalNodeCount(const Pool &pool);

/**
 * @brief A PATCH body that scales @p flavor to @p count and keeps every other resource
 * entry (with its unknown keys) as it is in @p pool, since a merge patch replaces the
 * whole array. A flavor not in the pool is appended. maxCount follows count when it was
 * equal to the old count (physical pools keep maxCount == count).
 */
PoolPatch poolScalePatch(const Pool &pool, const QString &flavor, int count);

// ---------------------------------------------------------------------------
// Nodes (P-6, P-7)
// ---------------------------------------------------------------------------

namespace NodePhase
{
inline constexpr QStringView Available = u"Available";
inline constexpr QStringView Creating = u"Creating";
inline constexpr QStringView Deleting = u"Deleting";
inline constexpr QStringView Abnormal = u"Abnormal";
inline constexpr QStringView Checking = u"Checking";
inline constexpr QStringView Rebooting = u"Rebooting";
inline constexpr QStringView Resetting = u"Resetting";
} // namespace NodePhase

struct NodeHostNetwork
{
    std::optional<QString> vpc;
    std::optional<QString> subnet;
    std::optional<std::vector<QString>> securityGroups;
    Json extra;
};

struct NodeSpec
{
    std::optional<QString> flavor;
    std::optional<NodeHostNetwork> hostNetwork;
    Json extra;
};

struct NodeTaint
{
    std::optional<QString> key;
    std::optional<QString> value;
    std::optional<QString> effect; // NoSchedule | PreferNoSchedule | NoExecute
    std::optional<QString> timeAdded;
    Json extra;
};

struct NodeStatus
{
    std::optional<QString> phase;
    std::optional<QString> az;
    std::optional<QString> privateIp;
    std::optional<StringMap> resources; // Kubernetes quantities: {"cpu": "3920m", ...}
    std::optional<StringMap> availableResources;
    std::optional<std::vector<NodeTaint>> taints;
    Json extra;
};

struct Node
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "Node"
    std::optional<K8sObjectMeta> metadata;
    std::optional<NodeSpec> spec;
    std::optional<NodeStatus> status;
    Json extra;
};

struct NodeList
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "NodeList"
    std::optional<K8sListMeta> metadata;
    std::vector<Node> items;
    Json extra;
};

/** Body of POST …/nodes/batch-delete (P-7); at least one name. */
struct BatchDeleteNodesRequest
{
    std::vector<QString> deleteNodeNames;
    Json extra;
};

void decode(const Json &j, NodeHostNetwork &out, const QString &path);
Json encode(const NodeHostNetwork &v);
void decode(const Json &j, NodeSpec &out, const QString &path);
Json encode(const NodeSpec &v);
void decode(const Json &j, NodeTaint &out, const QString &path);
Json encode(const NodeTaint &v);
void decode(const Json &j, NodeStatus &out, const QString &path);
Json encode(const NodeStatus &v);
void decode(const Json &j, Node &out, const QString &path);
Json encode(const Node &v);
void decode(const Json &j, NodeList &out, const QString &path);
Json encode(const NodeList &v);
void decode(const Json &j, BatchDeleteNodesRequest &out, const QString &path);
Json encode(const BatchDeleteNodesRequest &v);

/**
 * Body of POST …/nodes/batch-reboot and …/nodes/batch-reset (ModelArts "Batch Restarting
 * Nodes", "Batch Resetting Nodes"; api.md P-21); at least one name.
 */
struct BatchNodesRequest
{
    std::vector<QString> nodeNames;
    Json extra;
};

void decode(const Json &j, BatchNodesRequest &out, const QString &path);
Json encode(const BatchNodesRequest &v);

/**
 * Body of POST …/nodes/batch-update (api.md P-21; the body is not published: this is
 * modelarts-local's): resource tags and HA redundancy of the named nodes. Absent fields
 * are left as they are; `tags` replaces the node's tags.
 */
struct BatchUpdateNodesRequest
{
    std::vector<QString> nodeNames;
    std::optional<std::vector<PoolTag>> tags;
    std::optional<bool> haRedundant;
    Json extra;
};

void decode(const Json &j, BatchUpdateNodesRequest &out, const QString &path);
Json encode(const BatchUpdateNodesRequest &v);

/** Pool tags, TMS style: reply of GET /v1/{project_id}/pools/{name}/tags and body of …/tags/create and …/tags/delete.
 */
struct PoolTagList
{
    std::vector<PoolTag> tags;
    Json extra;
};

void decode(const Json &j, PoolTagList &out, const QString &path);
Json encode(const PoolTagList &v);

/** At most this many tags on a pool or a node (console: Tags tab, "Up to 20 tags"). */
inline constexpr int kMaxPoolTags = 20;

// ---------------------------------------------------------------------------
// Resource flavors (P-13, P-14)
// ---------------------------------------------------------------------------

struct ResourceFlavorAccelerator
{
    std::optional<QString> type;
    std::optional<int> size; // number of cards
    std::optional<QString> memory;
    Json extra;
};

struct ResourceFlavorSpec
{
    std::optional<QString> type;
    std::optional<QString> cpuArch; // x86 | arm64
    std::optional<QString> cpu; // quantity text ("8")
    std::optional<QString> memory; // quantity text ("32Gi")
    std::optional<ResourceFlavorAccelerator> gpu;
    std::optional<ResourceFlavorAccelerator> npu;
    std::optional<std::vector<PoolVolume>> dataVolumes;
    std::optional<PoolVolume> rootVolume;
    std::optional<std::vector<QString>> jobFlavors;
    std::optional<Json> nodeConfigTemplate; // free-form
    std::optional<Json> creatingSteps;
    std::optional<QString> flavorBootType;
    std::optional<Json> localDiskDetail;
    Json extra;
};

struct ResourceFlavorStatus
{
    std::optional<StringMap> phase; // az -> normal | soldout
    Json extra;
};

struct ResourceFlavor
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "ResourceFlavor"
    std::optional<K8sObjectMeta> metadata;
    std::optional<ResourceFlavorSpec> spec;
    std::optional<ResourceFlavorStatus> status;
    Json extra;
};

struct ResourceFlavorList
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "ResourceFlavorList"
    std::optional<K8sListMeta> metadata;
    std::vector<ResourceFlavor> items;
    Json extra;
};

void decode(const Json &j, ResourceFlavorAccelerator &out, const QString &path);
Json encode(const ResourceFlavorAccelerator &v);
void decode(const Json &j, ResourceFlavorSpec &out, const QString &path);
Json encode(const ResourceFlavorSpec &v);
void decode(const Json &j, ResourceFlavorStatus &out, const QString &path);
Json encode(const ResourceFlavorStatus &v);
void decode(const Json &j, ResourceFlavor &out, const QString &path);
Json encode(const ResourceFlavor &v);
void decode(const Json &j, ResourceFlavorList &out, const QString &path);
Json encode(const ResourceFlavorList &v);

/** True when status.phase lists @p az as "soldout" (no entry = not sold out). */
bool resourceFlavorSoldOut(const ResourceFlavor &flavor, const QString &az);

// ---------------------------------------------------------------------------
// Workloads (P-11, P-12)
// ---------------------------------------------------------------------------

namespace WorkloadStatus
{
inline constexpr QStringView Queue = u"Queue";
inline constexpr QStringView Pending = u"Pending";
inline constexpr QStringView Abnormal = u"Abnormal";
inline constexpr QStringView Terminating = u"Terminating";
inline constexpr QStringView Creating = u"Creating";
inline constexpr QStringView Running = u"Running";
inline constexpr QStringView Completed = u"Completed";
inline constexpr QStringView Terminated = u"Terminated";
inline constexpr QStringView Failed = u"Failed";
} // namespace WorkloadStatus

struct Workload
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "Workload"
    std::optional<QString> type; // train | infer | notebook
    std::optional<QString> namespace_; // JSON key "namespace"
    std::optional<QString> name;
    std::optional<QString> jobName;
    std::optional<QString> uid;
    std::optional<QString> jobUUID;
    std::optional<QString> flavor;
    std::optional<QString> status;
    // The table documents an array of {cpu, memory, "nvidia.com/gpu"}, the example an
    // object of prose values ("1 Cores"); kept as JSON.
    std::optional<Json> resourceRequirement;
    std::optional<QString> priority; // "0" in the example
    std::optional<qint64> runningDuration;
    std::optional<qint64> pendingDuration;
    std::optional<qint64> pendingPosition;
    std::optional<qint64> createTime; // ms epoch
    std::optional<QString> gvk;
    std::optional<Json> hostIps;
    std::optional<Json> nodes;
    Json extra;
};

struct WorkloadList
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "WorkloadList"
    std::optional<K8sListMeta> metadata;
    std::vector<Workload> items;
    std::optional<qint64> total; // in the example, not in the table
    Json extra;
};

/** Workload counts by status; unknown statuses stay in `extra`. */
struct WorkloadStatusCounts
{
    std::optional<qint64> queue; // JSON keys are capitalised: "Queue", "Pending", ...
    std::optional<qint64> pending;
    std::optional<qint64> abnormal;
    std::optional<qint64> terminating;
    std::optional<qint64> creating;
    std::optional<qint64> running;
    std::optional<qint64> completed;
    std::optional<qint64> terminated;
    std::optional<qint64> failed;
    Json extra;
};

struct WorkloadTypeStatistics
{
    std::optional<QString> type;
    std::optional<qint64> total;
    std::optional<WorkloadStatusCounts> status;
    Json extra;
};

struct WorkloadStatisticsBody
{
    std::optional<qint64> total;
    std::optional<std::vector<WorkloadTypeStatistics>> items;
    Json extra;
};

/**
 * @brief Reply of P-12. The table names the top-level key `statics`, the example
 * `statistics`; both are read, and encode() writes back under the key that was read.
 */
struct WorkloadStatistics
{
    std::optional<WorkloadStatisticsBody> statistics;
    bool usesStaticsKey = false; // the body came (or goes) under "statics"
    Json extra;
};

void decode(const Json &j, Workload &out, const QString &path);
Json encode(const Workload &v);
void decode(const Json &j, WorkloadList &out, const QString &path);
Json encode(const WorkloadList &v);
void decode(const Json &j, WorkloadStatusCounts &out, const QString &path);
Json encode(const WorkloadStatusCounts &v);
void decode(const Json &j, WorkloadTypeStatistics &out, const QString &path);
Json encode(const WorkloadTypeStatistics &v);
void decode(const Json &j, WorkloadStatisticsBody &out, const QString &path);
Json encode(const WorkloadStatisticsBody &v);
void decode(const Json &j, WorkloadStatistics &out, const QString &path);
Json encode(const WorkloadStatistics &v);

// ---------------------------------------------------------------------------
// Monitoring and statistics (P-8, P-9, P-10)
// ---------------------------------------------------------------------------

struct PoolMetricDimension
{
    std::optional<QString> name;
    std::optional<QString> value;
    Json extra;
};

struct PoolMetricInfo
{
    std::optional<QString> metricName; // cpuUsage, memUsedRate, gpuUtil, ...
    std::optional<QString> namespace_; // JSON key "namespace": PAAS.AGGR, ...
    std::optional<std::vector<PoolMetricDimension>> dimensions;
    Json extra;
};

struct PoolMetricStatistic
{
    std::optional<QString> statistic; // maximum | minimum | sum | average
    std::optional<double> value; // -1 = no data
    Json extra;
};

struct PoolMetricDataPoint
{
    std::optional<qint64> timestamp; // ms epoch
    std::optional<QString> unit;
    std::optional<std::vector<PoolMetricStatistic>> statistics;
    Json extra;
};

struct PoolMetricSeries
{
    std::optional<PoolMetricInfo> metric;
    std::optional<std::vector<PoolMetricDataPoint>> dataPoints;
    Json extra;
};

/** Reply of GET …/pools/{name}/monitor (P-8). */
struct PoolMonitor
{
    std::vector<PoolMetricSeries> metrics;
    Json extra;
};

struct PoolStatusCounts
{
    std::optional<qint64> creating;
    std::optional<qint64> created;
    std::optional<qint64> failed;
    std::optional<qint64> pending;
    std::optional<qint64> deleting; // in the example, not in the table
    Json extra;
};

struct PoolStatisticsBody
{
    std::optional<PoolStatusCounts> status;
    Json extra;
};

/** Reply of GET /v2/{project_id}/statistics/pools (P-9). */
struct PoolStatistics
{
    std::optional<PoolStatisticsBody> statistics;
    std::optional<QString> operationTime; // free text ("2025-… +0000 UTC")
    Json extra;
};

/** One side of the usage table: `value` maps resource -> number or quantity string. */
struct PoolUsageSample
{
    std::optional<Json> value;
    std::optional<Json> maxValue;
    std::optional<QString> timestamp;
    std::optional<QString> window;
    Json extra;
};

struct PoolUsageTable
{
    std::optional<PoolUsageSample> allocated;
    std::optional<PoolUsageSample> capacity;
    Json extra;
};

struct PoolRuntimeMetricsItem
{
    std::optional<PoolUsageTable> table;
    std::optional<K8sObjectMeta> metadata; // name = pool name
    Json extra;
};

/** Reply of GET /v2/{project_id}/metrics/runtime/pools (P-10). */
struct PoolRuntimeMetrics
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "PoolMetricsList"
    std::vector<PoolRuntimeMetricsItem> items;
    Json extra;
};

void decode(const Json &j, PoolMetricDimension &out, const QString &path);
Json encode(const PoolMetricDimension &v);
void decode(const Json &j, PoolMetricInfo &out, const QString &path);
Json encode(const PoolMetricInfo &v);
void decode(const Json &j, PoolMetricStatistic &out, const QString &path);
Json encode(const PoolMetricStatistic &v);
void decode(const Json &j, PoolMetricDataPoint &out, const QString &path);
Json encode(const PoolMetricDataPoint &v);
void decode(const Json &j, PoolMetricSeries &out, const QString &path);
Json encode(const PoolMetricSeries &v);
void decode(const Json &j, PoolMonitor &out, const QString &path);
Json encode(const PoolMonitor &v);
void decode(const Json &j, PoolStatusCounts &out, const QString &path);
Json encode(const PoolStatusCounts &v);
void decode(const Json &j, PoolStatisticsBody &out, const QString &path);
Json encode(const PoolStatisticsBody &v);
void decode(const Json &j, PoolStatistics &out, const QString &path);
Json encode(const PoolStatistics &v);
void decode(const Json &j, PoolUsageSample &out, const QString &path);
Json encode(const PoolUsageSample &v);
void decode(const Json &j, PoolUsageTable &out, const QString &path);
Json encode(const PoolUsageTable &v);
void decode(const Json &j, PoolRuntimeMetricsItem &out, const QString &path);
Json encode(const PoolRuntimeMetricsItem &v);
void decode(const Json &j, PoolRuntimeMetrics &out, const QString &path);
Json encode(const PoolRuntimeMetrics &v);

/** Value of @p statistic in a data point; nullopt when absent or the "-1 = no data" marker. */
std::optional<double> metricValue(const PoolMetricDataPoint &point, QStringView statistic);

/** A resource of a usage sample's `value` map as a number (quantities parsed); nullopt if absent. */
std::optional<double> usageQuantity(const PoolUsageSample &sample, const QString &resource);

// ---------------------------------------------------------------------------
// Events (P-18) and OS quotas (P-19)
// ---------------------------------------------------------------------------

struct PoolEvent
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "Event"
    std::optional<QString> type; // Normal | Warning
    std::optional<QString> firstTimestamp;
    std::optional<QString> lastTimestamp;
    std::optional<int> count;
    std::optional<QString> reason;
    std::optional<QString> message;
    Json extra;
};

/** Reply of GET /v1/{project_id}/events: paged by `total` (table) or `metadata.continue` (example). */
struct PoolEventList
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "EventList"
    std::optional<K8sListMeta> metadata;
    std::vector<PoolEvent> items;
    std::optional<qint64> total;
    Json extra;
};

struct OsQuotaResource
{
    std::optional<QString> type; // pool | network | ...
    std::optional<qint64> quota; // typed string in the table, number in the example
    std::optional<qint64> used;
    Json extra;
};

struct OsQuotaSet
{
    std::vector<OsQuotaResource> resources;
    Json extra;
};

/** Reply of GET /v1/{project_id}/quotas (P-19). */
struct OsQuotas
{
    OsQuotaSet quotas;
    Json extra;
};

void decode(const Json &j, PoolEvent &out, const QString &path);
Json encode(const PoolEvent &v);
void decode(const Json &j, PoolEventList &out, const QString &path);
Json encode(const PoolEventList &v);
void decode(const Json &j, OsQuotaResource &out, const QString &path);
Json encode(const OsQuotaResource &v);
void decode(const Json &j, OsQuotaSet &out, const QString &path);
Json encode(const OsQuotaSet &v);
void decode(const Json &j, OsQuotas &out, const QString &path);
Json encode(const OsQuotas &v);
} // namespace ma::api
