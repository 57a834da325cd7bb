#include "pool.h"

#include "api/jsonfields.h"

#include <cmath>
#include <QRegularExpression>

namespace ma::api
{
namespace
{
int sumCounts(const std::optional<std::vector<PoolResource>> &list)
{
    int total = 0;
    if (list)
    {
        for (const PoolResource &res : *list)
            total += res.count;
    }
    return total;
}

const std::optional<std::vector<PoolResource>> *statusList(const Pool &pool, PoolResourceState state)
{
    if (!pool.status || !pool.status->resources)
        return nullptr;
    const PoolStatusResources &res = *pool.status->resources;
    switch (state)
    {
    case PoolResourceState::Creating:
        return &res.creating;
    case PoolResourceState::Available:
        return &res.available;
    case PoolResourceState::Abnormal:
        return &res.abnormal;
    case PoolResourceState::Deleting:
        return &res.deleting;
    }
    return nullptr;
}
} // namespace

// ---------------------------------------------------------------------------
// Envelope
// ---------------------------------------------------------------------------

constexpr auto k8sObjectMetaFields = std::make_tuple(field("name", &K8sObjectMeta::name),
    field("creationTimestamp", &K8sObjectMeta::creationTimestamp), field("labels", &K8sObjectMeta::labels),
    field("annotations", &K8sObjectMeta::annotations), field("deletionTimestamp", &K8sObjectMeta::deletionTimestamp));
MA_JSON_OBJECT(K8sObjectMeta, k8sObjectMetaFields)

constexpr auto k8sListMetaFields = std::make_tuple(
    field("continue", &K8sListMeta::continue_), field("remainingItemCount", &K8sListMeta::remainingItemCount));
MA_JSON_OBJECT(K8sListMeta, k8sListMetaFields)

QString k8sLabel(const K8sObjectMeta &meta, const QString &key)
{
    if (!meta.labels)
        return QString();
    const auto it = meta.labels->find(key);
    return it == meta.labels->end() ? QString() : it->second;
}

QString k8sLabel(const std::optional<K8sObjectMeta> &meta, const QString &key)
{
    return meta ? k8sLabel(*meta, key) : QString();
}

bool k8sListHasMore(const std::optional<K8sListMeta> &meta)
{
    return meta && meta->continue_ && !meta->continue_->isEmpty();
}

double parseKubernetesQuantity(QStringView text, bool *ok)
{
    // <number><suffix>, suffix = binary SI (Ki..Ei), decimal SI (n u m k M G T P E) or a
    // decimal exponent (e3). "E" alone is exa; "e" needs digits after it.
    static const QRegularExpression re(QStringLiteral(
        "^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\\d+|n|u|m|k|M|G|T|P|E)?\\s*$"));
    if (ok)
        *ok = false;
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return 0;
    bool numberOk = false;
    const double number = m.capturedView(1).toDouble(&numberOk);
    if (!numberOk)
        return 0;
    const QStringView suffix = m.capturedView(2);
    double factor = 1;
    if (suffix.isEmpty())
        factor = 1;
    else if (suffix.size() == 2 && suffix.at(1) == u'i')
    {
        static constexpr char16_t binary[] = u"KMGTPE";
        const qsizetype power = QStringView(binary).indexOf(suffix.at(0)) + 1;
        factor = std::pow(1024.0, static_cast<double>(power));
    }
    else if (suffix.size() > 1)
    {
        // decimal exponent "e3" / "E-2"
        bool expOk = false;
        const int exponent = suffix.mid(1).toInt(&expOk);
        if (!expOk)
            return 0;
        factor = std::pow(10.0, exponent);
    }
    else
    {
        switch (suffix.at(0).unicode())
        {
        case u'n':
            factor = 1e-9;
            break;
        case u'u':
            factor = 1e-6;
            break;
        case u'm':
            factor = 1e-3;
            break;
        case u'k':
            factor = 1e3;
            break;
        case u'M':
            factor = 1e6;
            break;
        case u'G':
            factor = 1e9;
            break;
        case u'T':
            factor = 1e12;
            break;
        case u'P':
            factor = 1e15;
            break;
        case u'E':
            factor = 1e18;
            break;
        default:
            return 0;
        }
    }
    if (ok)
        *ok = true;
    return number * factor;
}

double parseKubernetesQuantity(const Json &value, bool *ok)
{
    if (value.is_number())
    {
        if (ok)
            *ok = true;
        return value.get<double>();
    }
    if (value.is_string())
        return parseKubernetesQuantity(QString::fromStdString(value.get_ref<const std::string &>()), ok);
    if (ok)
        *ok = false;
    return 0;
}

// ---------------------------------------------------------------------------
// Pool
// ---------------------------------------------------------------------------

constexpr auto poolAzCountFields = std::make_tuple(field("az", &PoolAzCount::az), field("count", &PoolAzCount::count));
MA_JSON_OBJECT(PoolAzCount, poolAzCountFields)

constexpr auto poolTagFields = std::make_tuple(field("key", &PoolTag::key), field("value", &PoolTag::value));
MA_JSON_OBJECT(PoolTag, poolTagFields)

constexpr auto poolCreatingStepFields
    = std::make_tuple(field("step", &PoolCreatingStep::step), field("type", &PoolCreatingStep::type));
MA_JSON_OBJECT(PoolCreatingStep, poolCreatingStepFields)

constexpr auto poolVolumeFields
    = std::make_tuple(field("volumeType", &PoolVolume::volumeType), field("size", &PoolVolume::size),
        field("count", &PoolVolume::count), field("extendParams", &PoolVolume::extendParams));
MA_JSON_OBJECT(PoolVolume, poolVolumeFields)

constexpr auto poolResourceFields = std::make_tuple(field("flavor", &PoolResource::flavor),
    field("count", &PoolResource::count), field("maxCount", &PoolResource::maxCount), field("azs", &PoolResource::azs),
    field("tags", &PoolResource::tags), field("extendParams", &PoolResource::extendParams),
    field("creatingStep", &PoolResource::creatingStep), field("rootVolume", &PoolResource::rootVolume),
    field("dataVolumes", &PoolResource::dataVolumes), field("volumeGroupConfigs", &PoolResource::volumeGroupConfigs),
    field("nodePool", &PoolResource::nodePool), field("os", &PoolResource::os), field("driver", &PoolResource::driver),
    field("taints", &PoolResource::taints), field("labels", &PoolResource::labels));
MA_JSON_OBJECT(PoolResource, poolResourceFields)

constexpr auto poolNetworkRefFields = std::make_tuple(field("name", &PoolNetworkRef::name),
    field("vpcId", &PoolNetworkRef::vpcId), field("subnetId", &PoolNetworkRef::subnetId));
MA_JSON_OBJECT(PoolNetworkRef, poolNetworkRefFields)

constexpr auto poolContainerNetworkFields
    = std::make_tuple(field("mode", &PoolContainerNetwork::mode), field("cidr", &PoolContainerNetwork::cidr));
MA_JSON_OBJECT(PoolContainerNetwork, poolContainerNetworkFields)

constexpr auto poolDriverFields = std::make_tuple(field("gpuVersion", &PoolDriver::gpuVersion),
    field("npuVersion", &PoolDriver::npuVersion), field("updateStrategy", &PoolDriver::updateStrategy));
MA_JSON_OBJECT(PoolDriver, poolDriverFields)

constexpr auto poolSpecFields = std::make_tuple(field("type", &PoolSpec::type), field("scope", &PoolSpec::scope),
    field("resources", &PoolSpec::resources), field("network", &PoolSpec::network),
    field("containerNetwork", &PoolSpec::containerNetwork),
    field("kubernetesSvcIpRange", &PoolSpec::kubernetesSvcIpRange), field("masters", &PoolSpec::masters),
    field("clusterFlavor", &PoolSpec::clusterFlavor), field("driver", &PoolSpec::driver),
    field("parent", &PoolSpec::parent), field("ipv6enable", &PoolSpec::ipv6enable),
    field("userLogin", &PoolSpec::userLogin), field("clusters", &PoolSpec::clusters),
    field("jobFlavors", &PoolSpec::jobFlavors), field("controlMode", &PoolSpec::controlMode));
MA_JSON_OBJECT(PoolSpec, poolSpecFields)

constexpr auto poolStatusResourcesFields = std::make_tuple(field("creating", &PoolStatusResources::creating),
    field("available", &PoolStatusResources::available), field("abnormal", &PoolStatusResources::abnormal),
    field("deleting", &PoolStatusResources::deleting));
MA_JSON_OBJECT(PoolStatusResources, poolStatusResourcesFields)

constexpr auto poolPluginStatusFields
    = std::make_tuple(field("name", &PoolPluginStatus::name), field("phase", &PoolPluginStatus::phase));
MA_JSON_OBJECT(PoolPluginStatus, poolPluginStatusFields)

constexpr auto poolScopeStatusFields
    = std::make_tuple(field("scopeType", &PoolScopeStatus::scopeType), field("state", &PoolScopeStatus::state),
        field("plugins", &PoolScopeStatus::plugins), field("message", &PoolScopeStatus::message));
MA_JSON_OBJECT(PoolScopeStatus, poolScopeStatusFields)

constexpr auto poolDriverStateFields
    = std::make_tuple(field("version", &PoolDriverState::version), field("state", &PoolDriverState::state));
MA_JSON_OBJECT(PoolDriverState, poolDriverStateFields)

constexpr auto poolDriverStatusFields
    = std::make_tuple(field("gpu", &PoolDriverStatus::gpu), field("npu", &PoolDriverStatus::npu));
MA_JSON_OBJECT(PoolDriverStatus, poolDriverStatusFields)

constexpr auto poolStatusFields = std::make_tuple(field("phase", &PoolStatus::phase),
    field("message", &PoolStatus::message), field("resources", &PoolStatus::resources),
    field("scope", &PoolStatus::scope), field("driver", &PoolStatus::driver), field("parent", &PoolStatus::parent),
    field("root", &PoolStatus::root), field("clusters", &PoolStatus::clusters));
MA_JSON_OBJECT(PoolStatus, poolStatusFields)

constexpr auto poolFields = std::make_tuple(field("apiVersion", &Pool::apiVersion), field("kind", &Pool::kind),
    field("metadata", &Pool::metadata), field("spec", &Pool::spec), field("status", &Pool::status));
MA_JSON_OBJECT(Pool, poolFields)

constexpr auto poolListFields = std::make_tuple(
    field("apiVersion", &PoolList::apiVersion), field("kind", &PoolList::kind), listField("items", &PoolList::items));
MA_JSON_OBJECT(PoolList, poolListFields)

constexpr auto poolPatchSpecFields = std::make_tuple(field("scope", &PoolPatchSpec::scope),
    field("resources", &PoolPatchSpec::resources), field("driver", &PoolPatchSpec::driver));
MA_JSON_OBJECT(PoolPatchSpec, poolPatchSpecFields)

constexpr auto poolPatchFields
    = std::make_tuple(field("metadata", &PoolPatch::metadata), field("spec", &PoolPatch::spec));
MA_JSON_OBJECT(PoolPatch, poolPatchFields)

QString poolDisplayName(const Pool &pool)
{
    const QString label = k8sLabel(pool.metadata, PoolLabel::Name.toString());
    if (!label.isEmpty())
        return label;
    return pool.metadata.name.value_or(QString());
}

QString poolWorkspaceId(const Pool &pool)
{
    const QString label = k8sLabel(pool.metadata, PoolLabel::WorkspaceId.toString());
    return label.isEmpty() ? QStringLiteral("0") : label;
}

int poolTargetNodeCount(const Pool &pool)
{
    int total = 0;
    for (const PoolResource &res : pool.spec.resources)
        total += res.count;
    return total;
}

int poolNodeCount(const Pool &pool, PoolResourceState state)
{
    const auto *list = statusList(pool, state);
    return list ? sumCounts(*list) : 0;
}

int poolTotalNodeCount(const Pool &pool)
{
    bool anyState = false;
    int total = 0;
    for (const PoolResourceState state : { PoolResourceState::Creating, PoolResourceState::Available,
             PoolResourceState::Abnormal, PoolResourceState::Deleting })
    {
        const auto *list = statusList(pool, state);
        if (list && *list)
        {
            anyState = true;
            total += sumCounts(*list);
        }
    }
    return anyState ? total : poolTargetNodeCount(pool);
}

PoolPatch poolScalePatch(const Pool &pool, const QString &flavor, int count)
{
    std::vector<PoolResource> resources = pool.spec.resources;
    bool found = false;
    for (PoolResource &res : resources)
    {
        if (res.flavor != flavor)
            continue;
        if (res.maxCount && *res.maxCount == res.count)
            res.maxCount = count;
        res.count = count;
        found = true;
    }
    if (!found)
    {
        PoolResource added;
        added.flavor = flavor;
        added.count = count;
        resources.push_back(std::move(added));
    }
    PoolPatch patch;
    patch.spec = PoolPatchSpec();
    patch.spec->resources = std::move(resources);
    return patch;
}

// ---------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------

constexpr auto nodeHostNetworkFields = std::make_tuple(field("vpc", &NodeHostNetwork::vpc),
    field("subnet", &NodeHostNetwork::subnet), field("securityGroups", &NodeHostNetwork::securityGroups));
MA_JSON_OBJECT(NodeHostNetwork, nodeHostNetworkFields)

constexpr auto nodeSpecFields
    = std::make_tuple(field("flavor", &NodeSpec::flavor), field("hostNetwork", &NodeSpec::hostNetwork));
MA_JSON_OBJECT(NodeSpec, nodeSpecFields)

constexpr auto nodeTaintFields = std::make_tuple(field("key", &NodeTaint::key), field("value", &NodeTaint::value),
    field("effect", &NodeTaint::effect), field("timeAdded", &NodeTaint::timeAdded));
MA_JSON_OBJECT(NodeTaint, nodeTaintFields)

constexpr auto nodeStatusFields = std::make_tuple(field("phase", &NodeStatus::phase), field("az", &NodeStatus::az),
    field("privateIp", &NodeStatus::privateIp), field("resources", &NodeStatus::resources),
    field("availableResources", &NodeStatus::availableResources), field("taints", &NodeStatus::taints));
MA_JSON_OBJECT(NodeStatus, nodeStatusFields)

constexpr auto nodeFields = std::make_tuple(field("apiVersion", &Node::apiVersion), field("kind", &Node::kind),
    field("metadata", &Node::metadata), field("spec", &Node::spec), field("status", &Node::status));
MA_JSON_OBJECT(Node, nodeFields)

constexpr auto nodeListFields = std::make_tuple(field("apiVersion", &NodeList::apiVersion),
    field("kind", &NodeList::kind), field("metadata", &NodeList::metadata), listField("items", &NodeList::items));
MA_JSON_OBJECT(NodeList, nodeListFields)

constexpr auto batchDeleteNodesRequestFields
    = std::make_tuple(field("deleteNodeNames", &BatchDeleteNodesRequest::deleteNodeNames));

void decode(const Json &j, BatchDeleteNodesRequest &out, const QString &path)
{
    decodeObject(j, out, path, batchDeleteNodesRequestFields);
    if (out.deleteNodeNames.empty())
        throw DecodeError(joinPath(path, "deleteNodeNames"), QStringLiteral("at least one node name is required"));
}

Json encode(const BatchDeleteNodesRequest &v)
{
    return encodeObject(v, batchDeleteNodesRequestFields);
}

constexpr auto batchNodesRequestFields = std::make_tuple(field("nodeNames", &BatchNodesRequest::nodeNames));

void decode(const Json &j, BatchNodesRequest &out, const QString &path)
{
    decodeObject(j, out, path, batchNodesRequestFields);
    if (out.nodeNames.empty())
        throw DecodeError(joinPath(path, "nodeNames"), QStringLiteral("at least one node name is required"));
}

Json encode(const BatchNodesRequest &v)
{
    return encodeObject(v, batchNodesRequestFields);
}

constexpr auto batchUpdateNodesRequestFields = std::make_tuple(field("nodeNames", &BatchUpdateNodesRequest::nodeNames),
    field("tags", &BatchUpdateNodesRequest::tags), field("haRedundant", &BatchUpdateNodesRequest::haRedundant));

void decode(const Json &j, BatchUpdateNodesRequest &out, const QString &path)
{
    decodeObject(j, out, path, batchUpdateNodesRequestFields);
    if (out.nodeNames.empty())
        throw DecodeError(joinPath(path, "nodeNames"), QStringLiteral("at least one node name is required"));
}

Json encode(const BatchUpdateNodesRequest &v)
{
    return encodeObject(v, batchUpdateNodesRequestFields);
}

constexpr auto poolTagListFields = std::make_tuple(field("tags", &PoolTagList::tags));
MA_JSON_OBJECT(PoolTagList, poolTagListFields)

// ---------------------------------------------------------------------------
// Resource flavors
// ---------------------------------------------------------------------------

constexpr auto resourceFlavorAcceleratorFields = std::make_tuple(field("type", &ResourceFlavorAccelerator::type),
    field("size", &ResourceFlavorAccelerator::size), field("memory", &ResourceFlavorAccelerator::memory));
MA_JSON_OBJECT(ResourceFlavorAccelerator, resourceFlavorAcceleratorFields)

constexpr auto resourceFlavorSpecFields = std::make_tuple(field("type", &ResourceFlavorSpec::type),
    field("cpuArch", &ResourceFlavorSpec::cpuArch), field("cpu", &ResourceFlavorSpec::cpu),
    field("memory", &ResourceFlavorSpec::memory), field("gpu", &ResourceFlavorSpec::gpu),
    field("npu", &ResourceFlavorSpec::npu), field("dataVolumes", &ResourceFlavorSpec::dataVolumes),
    field("rootVolume", &ResourceFlavorSpec::rootVolume), field("jobFlavors", &ResourceFlavorSpec::jobFlavors),
    field("nodeConfigTemplate", &ResourceFlavorSpec::nodeConfigTemplate),
    field("creatingSteps", &ResourceFlavorSpec::creatingSteps),
    field("flavorBootType", &ResourceFlavorSpec::flavorBootType),
    field("localDiskDetail", &ResourceFlavorSpec::localDiskDetail));
MA_JSON_OBJECT(ResourceFlavorSpec, resourceFlavorSpecFields)

constexpr auto resourceFlavorStatusFields = std::make_tuple(field("phase", &ResourceFlavorStatus::phase));
MA_JSON_OBJECT(ResourceFlavorStatus, resourceFlavorStatusFields)

constexpr auto resourceFlavorFields = std::make_tuple(field("apiVersion", &ResourceFlavor::apiVersion),
    field("kind", &ResourceFlavor::kind), field("metadata", &ResourceFlavor::metadata),
    field("spec", &ResourceFlavor::spec), field("status", &ResourceFlavor::status));
MA_JSON_OBJECT(ResourceFlavor, resourceFlavorFields)

constexpr auto resourceFlavorListFields
    = std::make_tuple(field("apiVersion", &ResourceFlavorList::apiVersion), field("kind", &ResourceFlavorList::kind),
        field("metadata", &ResourceFlavorList::metadata), listField("items", &ResourceFlavorList::items));
MA_JSON_OBJECT(ResourceFlavorList, resourceFlavorListFields)

bool resourceFlavorSoldOut(const ResourceFlavor &flavor, const QString &az)
{
    if (!flavor.status || !flavor.status->phase)
        return false;
    const auto it = flavor.status->phase->find(az);
    return it != flavor.status->phase->end() && it->second.compare(u"soldout", Qt::CaseInsensitive) == 0;
}

// ---------------------------------------------------------------------------
// Workloads
// ---------------------------------------------------------------------------

constexpr auto workloadFields = std::make_tuple(field("apiVersion", &Workload::apiVersion),
    field("kind", &Workload::kind), field("type", &Workload::type), field("namespace", &Workload::namespace_),
    field("name", &Workload::name), field("jobName", &Workload::jobName), field("uid", &Workload::uid),
    field("jobUUID", &Workload::jobUUID), field("flavor", &Workload::flavor), field("status", &Workload::status),
    field("resourceRequirement", &Workload::resourceRequirement), field("priority", &Workload::priority),
    field("runningDuration", &Workload::runningDuration), field("pendingDuration", &Workload::pendingDuration),
    field("pendingPosition", &Workload::pendingPosition), field("createTime", &Workload::createTime),
    field("gvk", &Workload::gvk), field("hostIps", &Workload::hostIps), field("nodes", &Workload::nodes));
MA_JSON_OBJECT(Workload, workloadFields)

constexpr auto workloadListFields = std::make_tuple(field("apiVersion", &WorkloadList::apiVersion),
    field("kind", &WorkloadList::kind), field("metadata", &WorkloadList::metadata),
    listField("items", &WorkloadList::items), field("total", &WorkloadList::total));
MA_JSON_OBJECT(WorkloadList, workloadListFields)

constexpr auto workloadStatusCountsFields = std::make_tuple(field("Queue", &WorkloadStatusCounts::queue),
    field("Pending", &WorkloadStatusCounts::pending), field("Abnormal", &WorkloadStatusCounts::abnormal),
    field("Terminating", &WorkloadStatusCounts::terminating), field("Creating", &WorkloadStatusCounts::creating),
    field("Running", &WorkloadStatusCounts::running), field("Completed", &WorkloadStatusCounts::completed),
    field("Terminated", &WorkloadStatusCounts::terminated), field("Failed", &WorkloadStatusCounts::failed));
MA_JSON_OBJECT(WorkloadStatusCounts, workloadStatusCountsFields)

constexpr auto workloadTypeStatisticsFields = std::make_tuple(field("type", &WorkloadTypeStatistics::type),
    field("total", &WorkloadTypeStatistics::total), field("status", &WorkloadTypeStatistics::status));
MA_JSON_OBJECT(WorkloadTypeStatistics, workloadTypeStatisticsFields)

constexpr auto workloadStatisticsBodyFields
    = std::make_tuple(field("total", &WorkloadStatisticsBody::total), field("items", &WorkloadStatisticsBody::items));
MA_JSON_OBJECT(WorkloadStatisticsBody, workloadStatisticsBodyFields)

void decode(const Json &j, WorkloadStatistics &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("statistics", out.statistics);
    out.usesStaticsKey = false;
    if (!out.statistics)
    {
        // The response table spells the key "statics"; accept it when "statistics" is absent.
        r.optional("statics", out.statistics);
        out.usesStaticsKey = out.statistics.has_value();
    }
    out.extra = r.rest();
}

Json encode(const WorkloadStatistics &v)
{
    ObjectWriter w(v.extra);
    w.put(v.usesStaticsKey ? "statics" : "statistics", v.statistics);
    return w.take();
}

// ---------------------------------------------------------------------------
// Monitoring and statistics
// ---------------------------------------------------------------------------

constexpr auto poolMetricDimensionFields
    = std::make_tuple(field("name", &PoolMetricDimension::name), field("value", &PoolMetricDimension::value));
MA_JSON_OBJECT(PoolMetricDimension, poolMetricDimensionFields)

constexpr auto poolMetricInfoFields = std::make_tuple(field("metricName", &PoolMetricInfo::metricName),
    field("namespace", &PoolMetricInfo::namespace_), field("dimensions", &PoolMetricInfo::dimensions));
MA_JSON_OBJECT(PoolMetricInfo, poolMetricInfoFields)

constexpr auto poolMetricStatisticFields
    = std::make_tuple(field("statistic", &PoolMetricStatistic::statistic), field("value", &PoolMetricStatistic::value));
MA_JSON_OBJECT(PoolMetricStatistic, poolMetricStatisticFields)

constexpr auto poolMetricDataPointFields = std::make_tuple(field("timestamp", &PoolMetricDataPoint::timestamp),
    field("unit", &PoolMetricDataPoint::unit), field("statistics", &PoolMetricDataPoint::statistics));
MA_JSON_OBJECT(PoolMetricDataPoint, poolMetricDataPointFields)

constexpr auto poolMetricSeriesFields
    = std::make_tuple(field("metric", &PoolMetricSeries::metric), field("dataPoints", &PoolMetricSeries::dataPoints));
MA_JSON_OBJECT(PoolMetricSeries, poolMetricSeriesFields)

constexpr auto poolMonitorFields = std::make_tuple(listField("metrics", &PoolMonitor::metrics));
MA_JSON_OBJECT(PoolMonitor, poolMonitorFields)

constexpr auto poolStatusCountsFields = std::make_tuple(field("creating", &PoolStatusCounts::creating),
    field("created", &PoolStatusCounts::created), field("failed", &PoolStatusCounts::failed),
    field("pending", &PoolStatusCounts::pending), field("deleting", &PoolStatusCounts::deleting));
MA_JSON_OBJECT(PoolStatusCounts, poolStatusCountsFields)

constexpr auto poolStatisticsBodyFields = std::make_tuple(field("status", &PoolStatisticsBody::status));
MA_JSON_OBJECT(PoolStatisticsBody, poolStatisticsBodyFields)

constexpr auto poolStatisticsFields = std::make_tuple(
    field("statistics", &PoolStatistics::statistics), field("operationTime", &PoolStatistics::operationTime));
MA_JSON_OBJECT(PoolStatistics, poolStatisticsFields)

constexpr auto poolUsageSampleFields
    = std::make_tuple(field("value", &PoolUsageSample::value), field("maxValue", &PoolUsageSample::maxValue),
        field("timestamp", &PoolUsageSample::timestamp), field("window", &PoolUsageSample::window));
MA_JSON_OBJECT(PoolUsageSample, poolUsageSampleFields)

constexpr auto poolUsageTableFields
    = std::make_tuple(field("allocated", &PoolUsageTable::allocated), field("capacity", &PoolUsageTable::capacity));
MA_JSON_OBJECT(PoolUsageTable, poolUsageTableFields)

constexpr auto poolRuntimeMetricsItemFields = std::make_tuple(
    field("table", &PoolRuntimeMetricsItem::table), field("metadata", &PoolRuntimeMetricsItem::metadata));
MA_JSON_OBJECT(PoolRuntimeMetricsItem, poolRuntimeMetricsItemFields)

constexpr auto poolRuntimeMetricsFields = std::make_tuple(field("apiVersion", &PoolRuntimeMetrics::apiVersion),
    field("kind", &PoolRuntimeMetrics::kind), listField("items", &PoolRuntimeMetrics::items));
MA_JSON_OBJECT(PoolRuntimeMetrics, poolRuntimeMetricsFields)

std::optional<double> metricValue(const PoolMetricDataPoint &point, QStringView statistic)
{
    if (!point.statistics)
        return std::nullopt;
    for (const PoolMetricStatistic &s : *point.statistics)
    {
        if (s.statistic && *s.statistic == statistic)
        {
            // The service reports "no data" as -1 rather than leaving the value out.
            if (!s.value || *s.value == -1)
                return std::nullopt;
            return s.value;
        }
    }
    return std::nullopt;
}

std::optional<double> usageQuantity(const PoolUsageSample &sample, const QString &resource)
{
    if (!sample.value || !sample.value->is_object())
        return std::nullopt;
    const auto it = sample.value->find(resource.toStdString());
    if (it == sample.value->end())
        return std::nullopt;
    bool ok = false;
    const double v = parseKubernetesQuantity(*it, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// ---------------------------------------------------------------------------
// Events and quotas
// ---------------------------------------------------------------------------

constexpr auto poolEventFields = std::make_tuple(field("apiVersion", &PoolEvent::apiVersion),
    field("kind", &PoolEvent::kind), field("type", &PoolEvent::type),
    field("firstTimestamp", &PoolEvent::firstTimestamp), field("lastTimestamp", &PoolEvent::lastTimestamp),
    field("count", &PoolEvent::count), field("reason", &PoolEvent::reason), field("message", &PoolEvent::message));
MA_JSON_OBJECT(PoolEvent, poolEventFields)

constexpr auto poolEventListFields = std::make_tuple(field("apiVersion", &PoolEventList::apiVersion),
    field("kind", &PoolEventList::kind), field("metadata", &PoolEventList::metadata),
    listField("items", &PoolEventList::items), field("total", &PoolEventList::total));
MA_JSON_OBJECT(PoolEventList, poolEventListFields)

constexpr auto osQuotaResourceFields = std::make_tuple(field("type", &OsQuotaResource::type),
    field("quota", &OsQuotaResource::quota), field("used", &OsQuotaResource::used));
MA_JSON_OBJECT(OsQuotaResource, osQuotaResourceFields)

constexpr auto osQuotaSetFields = std::make_tuple(listField("resources", &OsQuotaSet::resources));
MA_JSON_OBJECT(OsQuotaSet, osQuotaSetFields)

constexpr auto osQuotasFields = std::make_tuple(field("quotas", &OsQuotas::quotas));
MA_JSON_OBJECT(OsQuotas, osQuotasFields)

} // namespace ma::api
