#include "pool.h"

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

void decode(const Json &j, K8sObjectMeta &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("creationTimestamp", out.creationTimestamp);
    r.optional("labels", out.labels);
    r.optional("annotations", out.annotations);
    r.optional("deletionTimestamp", out.deletionTimestamp);
    out.extra = r.rest();
}

Json encode(const K8sObjectMeta &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("creationTimestamp", v.creationTimestamp);
    w.put("labels", v.labels);
    w.put("annotations", v.annotations);
    w.put("deletionTimestamp", v.deletionTimestamp);
    return w.take();
}

void decode(const Json &j, K8sListMeta &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("continue", out.continue_);
    r.optional("remainingItemCount", out.remainingItemCount);
    out.extra = r.rest();
}

Json encode(const K8sListMeta &v)
{
    ObjectWriter w(v.extra);
    w.put("continue", v.continue_);
    w.put("remainingItemCount", v.remainingItemCount);
    return w.take();
}

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

void decode(const Json &j, PoolAzCount &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("az", out.az);
    r.optional("count", out.count);
    out.extra = r.rest();
}

Json encode(const PoolAzCount &v)
{
    ObjectWriter w(v.extra);
    w.put("az", v.az);
    w.put("count", v.count);
    return w.take();
}

void decode(const Json &j, PoolTag &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("key", out.key);
    r.optional("value", out.value);
    out.extra = r.rest();
}

Json encode(const PoolTag &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, PoolCreatingStep &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("step", out.step);
    r.optional("type", out.type);
    out.extra = r.rest();
}

Json encode(const PoolCreatingStep &v)
{
    ObjectWriter w(v.extra);
    w.put("step", v.step);
    w.put("type", v.type);
    return w.take();
}

void decode(const Json &j, PoolVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("volumeType", out.volumeType);
    r.optional("size", out.size);
    r.optional("count", out.count);
    r.optional("extendParams", out.extendParams);
    out.extra = r.rest();
}

Json encode(const PoolVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("volumeType", v.volumeType);
    w.put("size", v.size);
    w.put("count", v.count);
    w.put("extendParams", v.extendParams);
    return w.take();
}

void decode(const Json &j, PoolResource &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("flavor", out.flavor);
    r.required("count", out.count);
    r.optional("maxCount", out.maxCount);
    r.optional("azs", out.azs);
    r.optional("tags", out.tags);
    r.optional("extendParams", out.extendParams);
    r.optional("creatingStep", out.creatingStep);
    r.optional("rootVolume", out.rootVolume);
    r.optional("dataVolumes", out.dataVolumes);
    r.optional("volumeGroupConfigs", out.volumeGroupConfigs);
    r.optional("nodePool", out.nodePool);
    r.optional("os", out.os);
    r.optional("driver", out.driver);
    r.optional("taints", out.taints);
    r.optional("labels", out.labels);
    out.extra = r.rest();
}

Json encode(const PoolResource &v)
{
    ObjectWriter w(v.extra);
    w.put("flavor", v.flavor);
    w.put("count", v.count);
    w.put("maxCount", v.maxCount);
    w.put("azs", v.azs);
    w.put("tags", v.tags);
    w.put("extendParams", v.extendParams);
    w.put("creatingStep", v.creatingStep);
    w.put("rootVolume", v.rootVolume);
    w.put("dataVolumes", v.dataVolumes);
    w.put("volumeGroupConfigs", v.volumeGroupConfigs);
    w.put("nodePool", v.nodePool);
    w.put("os", v.os);
    w.put("driver", v.driver);
    w.put("taints", v.taints);
    w.put("labels", v.labels);
    return w.take();
}

void decode(const Json &j, PoolNetworkRef &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("vpcId", out.vpcId);
    r.optional("subnetId", out.subnetId);
    out.extra = r.rest();
}

Json encode(const PoolNetworkRef &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("vpcId", v.vpcId);
    w.put("subnetId", v.subnetId);
    return w.take();
}

void decode(const Json &j, PoolContainerNetwork &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("mode", out.mode);
    r.optional("cidr", out.cidr);
    out.extra = r.rest();
}

Json encode(const PoolContainerNetwork &v)
{
    ObjectWriter w(v.extra);
    w.put("mode", v.mode);
    w.put("cidr", v.cidr);
    return w.take();
}

void decode(const Json &j, PoolDriver &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("gpuVersion", out.gpuVersion);
    r.optional("npuVersion", out.npuVersion);
    r.optional("updateStrategy", out.updateStrategy);
    out.extra = r.rest();
}

Json encode(const PoolDriver &v)
{
    ObjectWriter w(v.extra);
    w.put("gpuVersion", v.gpuVersion);
    w.put("npuVersion", v.npuVersion);
    w.put("updateStrategy", v.updateStrategy);
    return w.take();
}

void decode(const Json &j, PoolSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("type", out.type);
    r.optional("scope", out.scope);
    r.required("resources", out.resources);
    r.optional("network", out.network);
    r.optional("containerNetwork", out.containerNetwork);
    r.optional("kubernetesSvcIpRange", out.kubernetesSvcIpRange);
    r.optional("masters", out.masters);
    r.optional("clusterFlavor", out.clusterFlavor);
    r.optional("driver", out.driver);
    r.optional("parent", out.parent);
    r.optional("ipv6enable", out.ipv6enable);
    r.optional("userLogin", out.userLogin);
    r.optional("clusters", out.clusters);
    r.optional("jobFlavors", out.jobFlavors);
    r.optional("controlMode", out.controlMode);
    out.extra = r.rest();
}

Json encode(const PoolSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("type", v.type);
    w.put("scope", v.scope);
    w.put("resources", v.resources);
    w.put("network", v.network);
    w.put("containerNetwork", v.containerNetwork);
    w.put("kubernetesSvcIpRange", v.kubernetesSvcIpRange);
    w.put("masters", v.masters);
    w.put("clusterFlavor", v.clusterFlavor);
    w.put("driver", v.driver);
    w.put("parent", v.parent);
    w.put("ipv6enable", v.ipv6enable);
    w.put("userLogin", v.userLogin);
    w.put("clusters", v.clusters);
    w.put("jobFlavors", v.jobFlavors);
    w.put("controlMode", v.controlMode);
    return w.take();
}

void decode(const Json &j, PoolStatusResources &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("creating", out.creating);
    r.optional("available", out.available);
    r.optional("abnormal", out.abnormal);
    r.optional("deleting", out.deleting);
    out.extra = r.rest();
}

Json encode(const PoolStatusResources &v)
{
    ObjectWriter w(v.extra);
    w.put("creating", v.creating);
    w.put("available", v.available);
    w.put("abnormal", v.abnormal);
    w.put("deleting", v.deleting);
    return w.take();
}

void decode(const Json &j, PoolPluginStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("phase", out.phase);
    out.extra = r.rest();
}

Json encode(const PoolPluginStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("phase", v.phase);
    return w.take();
}

void decode(const Json &j, PoolScopeStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("scopeType", out.scopeType);
    r.optional("state", out.state);
    r.optional("plugins", out.plugins);
    r.optional("message", out.message);
    out.extra = r.rest();
}

Json encode(const PoolScopeStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("scopeType", v.scopeType);
    w.put("state", v.state);
    w.put("plugins", v.plugins);
    w.put("message", v.message);
    return w.take();
}

void decode(const Json &j, PoolDriverState &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("version", out.version);
    r.optional("state", out.state);
    out.extra = r.rest();
}

Json encode(const PoolDriverState &v)
{
    ObjectWriter w(v.extra);
    w.put("version", v.version);
    w.put("state", v.state);
    return w.take();
}

void decode(const Json &j, PoolDriverStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("gpu", out.gpu);
    r.optional("npu", out.npu);
    out.extra = r.rest();
}

Json encode(const PoolDriverStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("gpu", v.gpu);
    w.put("npu", v.npu);
    return w.take();
}

void decode(const Json &j, PoolStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("phase", out.phase);
    r.optional("message", out.message);
    r.optional("resources", out.resources);
    r.optional("scope", out.scope);
    r.optional("driver", out.driver);
    r.optional("parent", out.parent);
    r.optional("root", out.root);
    r.optional("clusters", out.clusters);
    out.extra = r.rest();
}

Json encode(const PoolStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("phase", v.phase);
    w.put("message", v.message);
    w.put("resources", v.resources);
    w.put("scope", v.scope);
    w.put("driver", v.driver);
    w.put("parent", v.parent);
    w.put("root", v.root);
    w.put("clusters", v.clusters);
    return w.take();
}

void decode(const Json &j, Pool &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.required("metadata", out.metadata);
    r.required("spec", out.spec);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const Pool &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("spec", v.spec);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, PoolList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.list("items", out.items);
    out.extra = r.rest();
}

Json encode(const PoolList &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("items", v.items);
    return w.take();
}

void decode(const Json &j, PoolPatchSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("scope", out.scope);
    r.optional("resources", out.resources);
    r.optional("driver", out.driver);
    out.extra = r.rest();
}

Json encode(const PoolPatchSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("scope", v.scope);
    w.put("resources", v.resources);
    w.put("driver", v.driver);
    return w.take();
}

void decode(const Json &j, PoolPatch &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("metadata", out.metadata);
    r.optional("spec", out.spec);
    out.extra = r.rest();
}

Json encode(const PoolPatch &v)
{
    ObjectWriter w(v.extra);
    w.put("metadata", v.metadata);
    w.put("spec", v.spec);
    return w.take();
}

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

void decode(const Json &j, NodeHostNetwork &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("vpc", out.vpc);
    r.optional("subnet", out.subnet);
    r.optional("securityGroups", out.securityGroups);
    out.extra = r.rest();
}

Json encode(const NodeHostNetwork &v)
{
    ObjectWriter w(v.extra);
    w.put("vpc", v.vpc);
    w.put("subnet", v.subnet);
    w.put("securityGroups", v.securityGroups);
    return w.take();
}

void decode(const Json &j, NodeSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("flavor", out.flavor);
    r.optional("hostNetwork", out.hostNetwork);
    out.extra = r.rest();
}

Json encode(const NodeSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("flavor", v.flavor);
    w.put("hostNetwork", v.hostNetwork);
    return w.take();
}

void decode(const Json &j, NodeTaint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("key", out.key);
    r.optional("value", out.value);
    r.optional("effect", out.effect);
    r.optional("timeAdded", out.timeAdded);
    out.extra = r.rest();
}

Json encode(const NodeTaint &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    w.put("value", v.value);
    w.put("effect", v.effect);
    w.put("timeAdded", v.timeAdded);
    return w.take();
}

void decode(const Json &j, NodeStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("phase", out.phase);
    r.optional("az", out.az);
    r.optional("privateIp", out.privateIp);
    r.optional("resources", out.resources);
    r.optional("availableResources", out.availableResources);
    r.optional("taints", out.taints);
    out.extra = r.rest();
}

Json encode(const NodeStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("phase", v.phase);
    w.put("az", v.az);
    w.put("privateIp", v.privateIp);
    w.put("resources", v.resources);
    w.put("availableResources", v.availableResources);
    w.put("taints", v.taints);
    return w.take();
}

void decode(const Json &j, Node &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.optional("spec", out.spec);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const Node &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("spec", v.spec);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, NodeList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.list("items", out.items);
    out.extra = r.rest();
}

Json encode(const NodeList &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("items", v.items);
    return w.take();
}

void decode(const Json &j, BatchDeleteNodesRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("deleteNodeNames", out.deleteNodeNames);
    if (out.deleteNodeNames.empty())
        throw DecodeError(joinPath(path, "deleteNodeNames"), QStringLiteral("at least one node name is required"));
    out.extra = r.rest();
}

Json encode(const BatchDeleteNodesRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("deleteNodeNames", v.deleteNodeNames);
    return w.take();
}

// ---------------------------------------------------------------------------
// Resource flavors
// ---------------------------------------------------------------------------

void decode(const Json &j, ResourceFlavorAccelerator &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("type", out.type);
    r.optional("size", out.size);
    r.optional("memory", out.memory);
    out.extra = r.rest();
}

Json encode(const ResourceFlavorAccelerator &v)
{
    ObjectWriter w(v.extra);
    w.put("type", v.type);
    w.put("size", v.size);
    w.put("memory", v.memory);
    return w.take();
}

void decode(const Json &j, ResourceFlavorSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("type", out.type);
    r.optional("cpuArch", out.cpuArch);
    r.optional("cpu", out.cpu);
    r.optional("memory", out.memory);
    r.optional("gpu", out.gpu);
    r.optional("npu", out.npu);
    r.optional("dataVolumes", out.dataVolumes);
    r.optional("rootVolume", out.rootVolume);
    r.optional("jobFlavors", out.jobFlavors);
    r.optional("nodeConfigTemplate", out.nodeConfigTemplate);
    r.optional("creatingSteps", out.creatingSteps);
    r.optional("flavorBootType", out.flavorBootType);
    r.optional("localDiskDetail", out.localDiskDetail);
    out.extra = r.rest();
}

Json encode(const ResourceFlavorSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("type", v.type);
    w.put("cpuArch", v.cpuArch);
    w.put("cpu", v.cpu);
    w.put("memory", v.memory);
    w.put("gpu", v.gpu);
    w.put("npu", v.npu);
    w.put("dataVolumes", v.dataVolumes);
    w.put("rootVolume", v.rootVolume);
    w.put("jobFlavors", v.jobFlavors);
    w.put("nodeConfigTemplate", v.nodeConfigTemplate);
    w.put("creatingSteps", v.creatingSteps);
    w.put("flavorBootType", v.flavorBootType);
    w.put("localDiskDetail", v.localDiskDetail);
    return w.take();
}

void decode(const Json &j, ResourceFlavorStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("phase", out.phase);
    out.extra = r.rest();
}

Json encode(const ResourceFlavorStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("phase", v.phase);
    return w.take();
}

void decode(const Json &j, ResourceFlavor &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.optional("spec", out.spec);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const ResourceFlavor &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("spec", v.spec);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, ResourceFlavorList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.list("items", out.items);
    out.extra = r.rest();
}

Json encode(const ResourceFlavorList &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("items", v.items);
    return w.take();
}

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

void decode(const Json &j, Workload &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("type", out.type);
    r.optional("namespace", out.namespace_);
    r.optional("name", out.name);
    r.optional("jobName", out.jobName);
    r.optional("uid", out.uid);
    r.optional("jobUUID", out.jobUUID);
    r.optional("flavor", out.flavor);
    r.optional("status", out.status);
    r.optional("resourceRequirement", out.resourceRequirement);
    r.optional("priority", out.priority);
    r.optional("runningDuration", out.runningDuration);
    r.optional("pendingDuration", out.pendingDuration);
    r.optional("pendingPosition", out.pendingPosition);
    r.optional("createTime", out.createTime);
    r.optional("gvk", out.gvk);
    r.optional("hostIps", out.hostIps);
    r.optional("nodes", out.nodes);
    out.extra = r.rest();
}

Json encode(const Workload &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("type", v.type);
    w.put("namespace", v.namespace_);
    w.put("name", v.name);
    w.put("jobName", v.jobName);
    w.put("uid", v.uid);
    w.put("jobUUID", v.jobUUID);
    w.put("flavor", v.flavor);
    w.put("status", v.status);
    w.put("resourceRequirement", v.resourceRequirement);
    w.put("priority", v.priority);
    w.put("runningDuration", v.runningDuration);
    w.put("pendingDuration", v.pendingDuration);
    w.put("pendingPosition", v.pendingPosition);
    w.put("createTime", v.createTime);
    w.put("gvk", v.gvk);
    w.put("hostIps", v.hostIps);
    w.put("nodes", v.nodes);
    return w.take();
}

void decode(const Json &j, WorkloadList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.list("items", out.items);
    r.optional("total", out.total);
    out.extra = r.rest();
}

Json encode(const WorkloadList &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("items", v.items);
    w.put("total", v.total);
    return w.take();
}

void decode(const Json &j, WorkloadStatusCounts &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("Queue", out.queue);
    r.optional("Pending", out.pending);
    r.optional("Abnormal", out.abnormal);
    r.optional("Terminating", out.terminating);
    r.optional("Creating", out.creating);
    r.optional("Running", out.running);
    r.optional("Completed", out.completed);
    r.optional("Terminated", out.terminated);
    r.optional("Failed", out.failed);
    out.extra = r.rest();
}

Json encode(const WorkloadStatusCounts &v)
{
    ObjectWriter w(v.extra);
    w.put("Queue", v.queue);
    w.put("Pending", v.pending);
    w.put("Abnormal", v.abnormal);
    w.put("Terminating", v.terminating);
    w.put("Creating", v.creating);
    w.put("Running", v.running);
    w.put("Completed", v.completed);
    w.put("Terminated", v.terminated);
    w.put("Failed", v.failed);
    return w.take();
}

void decode(const Json &j, WorkloadTypeStatistics &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("type", out.type);
    r.optional("total", out.total);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const WorkloadTypeStatistics &v)
{
    ObjectWriter w(v.extra);
    w.put("type", v.type);
    w.put("total", v.total);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, WorkloadStatisticsBody &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("total", out.total);
    r.optional("items", out.items);
    out.extra = r.rest();
}

Json encode(const WorkloadStatisticsBody &v)
{
    ObjectWriter w(v.extra);
    w.put("total", v.total);
    w.put("items", v.items);
    return w.take();
}

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

void decode(const Json &j, PoolMetricDimension &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("value", out.value);
    out.extra = r.rest();
}

Json encode(const PoolMetricDimension &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, PoolMetricInfo &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("metricName", out.metricName);
    r.optional("namespace", out.namespace_);
    r.optional("dimensions", out.dimensions);
    out.extra = r.rest();
}

Json encode(const PoolMetricInfo &v)
{
    ObjectWriter w(v.extra);
    w.put("metricName", v.metricName);
    w.put("namespace", v.namespace_);
    w.put("dimensions", v.dimensions);
    return w.take();
}

void decode(const Json &j, PoolMetricStatistic &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("statistic", out.statistic);
    r.optional("value", out.value);
    out.extra = r.rest();
}

Json encode(const PoolMetricStatistic &v)
{
    ObjectWriter w(v.extra);
    w.put("statistic", v.statistic);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, PoolMetricDataPoint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("timestamp", out.timestamp);
    r.optional("unit", out.unit);
    r.optional("statistics", out.statistics);
    out.extra = r.rest();
}

Json encode(const PoolMetricDataPoint &v)
{
    ObjectWriter w(v.extra);
    w.put("timestamp", v.timestamp);
    w.put("unit", v.unit);
    w.put("statistics", v.statistics);
    return w.take();
}

void decode(const Json &j, PoolMetricSeries &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("metric", out.metric);
    r.optional("dataPoints", out.dataPoints);
    out.extra = r.rest();
}

Json encode(const PoolMetricSeries &v)
{
    ObjectWriter w(v.extra);
    w.put("metric", v.metric);
    w.put("dataPoints", v.dataPoints);
    return w.take();
}

void decode(const Json &j, PoolMonitor &out, const QString &path)
{
    ObjectReader r(j, path);
    r.list("metrics", out.metrics);
    out.extra = r.rest();
}

Json encode(const PoolMonitor &v)
{
    ObjectWriter w(v.extra);
    w.put("metrics", v.metrics);
    return w.take();
}

void decode(const Json &j, PoolStatusCounts &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("creating", out.creating);
    r.optional("created", out.created);
    r.optional("failed", out.failed);
    r.optional("pending", out.pending);
    r.optional("deleting", out.deleting);
    out.extra = r.rest();
}

Json encode(const PoolStatusCounts &v)
{
    ObjectWriter w(v.extra);
    w.put("creating", v.creating);
    w.put("created", v.created);
    w.put("failed", v.failed);
    w.put("pending", v.pending);
    w.put("deleting", v.deleting);
    return w.take();
}

void decode(const Json &j, PoolStatisticsBody &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const PoolStatisticsBody &v)
{
    ObjectWriter w(v.extra);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, PoolStatistics &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("statistics", out.statistics);
    r.optional("operationTime", out.operationTime);
    out.extra = r.rest();
}

Json encode(const PoolStatistics &v)
{
    ObjectWriter w(v.extra);
    w.put("statistics", v.statistics);
    w.put("operationTime", v.operationTime);
    return w.take();
}

void decode(const Json &j, PoolUsageSample &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("value", out.value);
    r.optional("maxValue", out.maxValue);
    r.optional("timestamp", out.timestamp);
    r.optional("window", out.window);
    out.extra = r.rest();
}

Json encode(const PoolUsageSample &v)
{
    ObjectWriter w(v.extra);
    w.put("value", v.value);
    w.put("maxValue", v.maxValue);
    w.put("timestamp", v.timestamp);
    w.put("window", v.window);
    return w.take();
}

void decode(const Json &j, PoolUsageTable &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("allocated", out.allocated);
    r.optional("capacity", out.capacity);
    out.extra = r.rest();
}

Json encode(const PoolUsageTable &v)
{
    ObjectWriter w(v.extra);
    w.put("allocated", v.allocated);
    w.put("capacity", v.capacity);
    return w.take();
}

void decode(const Json &j, PoolRuntimeMetricsItem &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("table", out.table);
    r.optional("metadata", out.metadata);
    out.extra = r.rest();
}

Json encode(const PoolRuntimeMetricsItem &v)
{
    ObjectWriter w(v.extra);
    w.put("table", v.table);
    w.put("metadata", v.metadata);
    return w.take();
}

void decode(const Json &j, PoolRuntimeMetrics &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.list("items", out.items);
    out.extra = r.rest();
}

Json encode(const PoolRuntimeMetrics &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("items", v.items);
    return w.take();
}

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

void decode(const Json &j, PoolEvent &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("type", out.type);
    r.optional("firstTimestamp", out.firstTimestamp);
    r.optional("lastTimestamp", out.lastTimestamp);
    r.optional("count", out.count);
    r.optional("reason", out.reason);
    r.optional("message", out.message);
    out.extra = r.rest();
}

Json encode(const PoolEvent &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("type", v.type);
    w.put("firstTimestamp", v.firstTimestamp);
    w.put("lastTimestamp", v.lastTimestamp);
    w.put("count", v.count);
    w.put("reason", v.reason);
    w.put("message", v.message);
    return w.take();
}

void decode(const Json &j, PoolEventList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.list("items", out.items);
    r.optional("total", out.total);
    out.extra = r.rest();
}

Json encode(const PoolEventList &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("items", v.items);
    w.put("total", v.total);
    return w.take();
}

void decode(const Json &j, OsQuotaResource &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("type", out.type);
    r.optional("quota", out.quota);
    r.optional("used", out.used);
    out.extra = r.rest();
}

Json encode(const OsQuotaResource &v)
{
    ObjectWriter w(v.extra);
    w.put("type", v.type);
    w.put("quota", v.quota);
    w.put("used", v.used);
    return w.take();
}

void decode(const Json &j, OsQuotaSet &out, const QString &path)
{
    ObjectReader r(j, path);
    r.list("resources", out.resources);
    out.extra = r.rest();
}

Json encode(const OsQuotaSet &v)
{
    ObjectWriter w(v.extra);
    w.put("resources", v.resources);
    return w.take();
}

void decode(const Json &j, OsQuotas &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("quotas", out.quotas);
    out.extra = r.rest();
}

Json encode(const OsQuotas &v)
{
    ObjectWriter w(v.extra);
    w.put("quotas", v.quotas);
    return w.take();
}
} // namespace ma::api
