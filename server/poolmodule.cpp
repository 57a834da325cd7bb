#include "poolmodule.h"

#include "api/poolrequests.h"
#include "api/types/pool.h"
#include "lifecycleticker.h"
#include "monitorseries.h"
#include "networkroutes.h"
#include "poollifecycle.h"
#include "poolstore.h"
#include "poolworkloads.h"
#include "serverutil.h"

#include <algorithm>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

namespace ma::server
{
using namespace poolkeys;
using namespace pooltiming;

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const QStringList &scopeWords()
{
    static const QStringList words = { QStringLiteral("Train"), QStringLiteral("Infer"), QStringLiteral("Notebook") };
    return words;
}

QString randomSuffix(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return s;
}

Json stringArray(const QStringList &list)
{
    Json a = Json::array();
    for (const QString &s : list)
        a.push_back(toStd(s));
    return a;
}

QStringList stringList(const Json &array)
{
    QStringList out;
    if (array.is_array())
    {
        for (const Json &s : array)
        {
            if (s.is_string())
                out << QString::fromStdString(s.get<std::string>());
        }
    }
    return out;
}

/** A new pool document in phase Creating (nodes are added separately). */
Json newPoolDoc(const ServerContext &ctx, const QString &displayName, const QString &workspace,
    const QStringList &scope, const FlavorShape &shape, int count, const QString &network, qint64 createdMs)
{
    const QString name = displayName + u'-' + ctx.projectId();
    Json doc;
    doc["kind"] = "Pool";
    doc["apiVersion"] = "v2";
    Json meta;
    meta["name"] = toStd(name);
    meta["creationTimestamp"] = toStd(rfc3339(createdMs));
    meta["labels"] = {
        { toStd(kNameLabel), toStd(displayName) },
        { toStd(kWorkspaceLabel), toStd(workspace.isEmpty() ? QStringLiteral("0") : workspace) },
        { "os.modelarts/node.prefix", "" },
        { "os.modelarts/resource.id", toStd(QStringLiteral("maos-%1-%2").arg(displayName, randomSuffix(5))) },
        { "os.modelarts/tenant.domain.id", "local-domain" },
        { "os.modelarts/tenant.project.id", toStd(ctx.projectId()) },
        { "os.modelarts.pool/biz", "private" },
        { "os.modelarts/create-from", "console" },
    };
    const QString flavorIds
        = QStringLiteral("{\"%1\":\"%2\"}")
              .arg(shape.id, QStringLiteral("maos.") + shape.id.section(u'.', 1) + u'.' + randomSuffix(8));
    meta["annotations"] = {
        { toStd(kDescription), "" },
        { "os.modelarts/billing.mode", "0" },
        { "os.modelarts.pool/subpools.count", "0" },
        { "os.modelarts/flavor.resource.ids", toStd(flavorIds) },
        { toStd(kCreatedMs), toStd(QString::number(createdMs)) },
        { toStd(kPhaseSince), toStd(QString::number(createdMs)) },
    };
    doc["metadata"] = meta;
    Json spec;
    spec["type"] = "Dedicate";
    spec["scope"] = stringArray(scope);
    spec["resources"] = Json::array({ { { "flavor", toStd(shape.id) }, { "count", count }, { "maxCount", count } } });
    if (!network.isEmpty())
        spec["network"] = { { "name", toStd(network) } };
    doc["spec"] = spec;
    Json status;
    status["phase"] = toStd(kPhaseCreating);
    status["root"] = toStd(name);
    Json scopes = Json::array();
    for (const QString &s : scope)
        scopes.push_back({ { "scopeType", toStd(s) }, { "state", "Enabling" } });
    status["scope"] = scopes;
    status["resources"] = Json::object();
    if (shape.gpuCount > 0)
        status["driver"] = { { "gpu", { { "version", "535.54.03" }, { "state", "Creating" } } } };
    else if (shape.npuCount > 0)
        status["driver"] = { { "npu", { { "version", "23.0.6" }, { "state", "Creating" } } } };
    doc["status"] = status;
    return doc;
}

/** The pool's running state: phase Running, job types enabled, drivers running. */
void markRunning(Json &pool, qint64 sinceMs)
{
    pool["status"]["phase"] = toStd(kPhaseRunning);
    for (Json &s : pool["status"]["scope"])
        s["state"] = "Enabled";
    if (pool["status"].contains("driver"))
    {
        for (auto &[key, driver] : pool["status"]["driver"].items())
            driver["state"] = "Running";
    }
    PoolStore::setAnnotation(pool, kPhaseSince, QString::number(sinceMs));
}

QString machineNodeName()
{
    QString host = QSysInfo::machineHostName().trimmed().toLower();
    host.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("-"));
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

qint64 timeParam(const Request &request, const QString &name)
{
    if (!request.hasQuery(name))
        return -1;
    bool ok = false;
    const qint64 v = request.query(name).toLongLong(&ok);
    if (!ok || v < 0)
        PoolStore::badRequest(QStringLiteral("%1 must be a Unix timestamp.").arg(name));
    return v < 100'000'000'000LL ? v * 1000 : v; // seconds or milliseconds
}
/**
 * Nodes upgraded at a time by a driver upgrade: the rolling setting of the PATCH's annotation
 * api::pools::kDriverRollingAnnotation ("percentage:25" of @p nodes, rounded up, "percentage:100" for
 * every node at once, or "count:2"); one node at a time when the PATCH has none.
 */
int rollingBatch(const Json &body, int nodes)
{
    const Json *value = nullptr;
    if (const auto meta = body.find("metadata"); meta != body.end() && meta->is_object())
        if (const auto annotations = meta->find("annotations"); annotations != meta->end() && annotations->is_object())
            if (const auto it = annotations->find(toStd(api::pools::kDriverRollingAnnotation));
                it != annotations->end())
                value = &*it;
    if (!value || value->is_null())
        return 1;
    const QString text = value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
    const QString mode = text.section(u':', 0, 0);
    bool ok = false;
    const int n = text.section(u':', 1).toInt(&ok);
    if (mode == u"percentage" && ok && n >= 1 && n <= 100)
        return std::max(1, (nodes * n + 99) / 100);
    if (mode == u"count" && ok && n >= 1)
        return std::min(n, std::max(1, nodes));
    PoolStore::badRequest(QStringLiteral("The annotation %1 must be percentage:<1-100> or count:<n>, not %2.")
                              .arg(api::pools::kDriverRollingAnnotation, text));
}
} // namespace

PoolModule::PoolModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
    , m_pools(std::make_unique<PoolStore>(context))
    , m_lifecycle(std::make_unique<PoolLifecycle>(context, *m_pools))
    , m_networks(std::make_unique<NetworkRoutes>(context, *m_pools))
    , m_monitor(std::make_unique<MonitorSeries>(context, *m_pools))
    , m_workloads(std::make_unique<PoolWorkloads>(*m_pools))
{
}

PoolModule::~PoolModule() = default;

void PoolModule::registerRoutes(Router &router)
{
    const auto route = routes<PoolModule>(router);
    route("POST", "/v2/{project_id}/pools", &PoolModule::createPool);
    route("GET", "/v2/{project_id}/pools", &PoolModule::listPools);
    route("GET", "/v2/{project_id}/pools/{pool_name}", &PoolModule::showPool);
    route("PATCH", "/v2/{project_id}/pools/{pool_name}", &PoolModule::patchPool);
    route("DELETE", "/v2/{project_id}/pools/{pool_name}", &PoolModule::deletePool);
    route("GET", "/v2/{project_id}/pools/{pool_name}/nodes", &PoolModule::listNodes);
    route("GET", "/v2/{project_id}/pools/{pool_name}/nodes/{node_name}", &PoolModule::showNode);
    route("POST", "/v2/{project_id}/pools/{pool_name}/nodes/batch-delete", &PoolModule::batchDeleteNodes);
    route("POST", "/v2/{project_id}/pools/{pool_name}/nodes/batch-reboot", &PoolModule::batchRebootNodes);
    route("POST", "/v2/{project_id}/pools/{pool_name}/nodes/batch-reset", &PoolModule::batchResetNodes);
    route("POST", "/v2/{project_id}/pools/{pool_name}/nodes/batch-replace", &PoolModule::batchReplaceNodes);
    route("POST", "/v2/{project_id}/pools/{pool_name}/nodes/batch-update", &PoolModule::batchUpdateNodes);
    route("GET", "/v1/{project_id}/pools/{pool_name}/tags", &PoolModule::poolTags);
    route("POST", "/v1/{project_id}/pools/{pool_name}/tags/create", &PoolModule::createPoolTags);
    route("DELETE", "/v1/{project_id}/pools/{pool_name}/tags/delete", &PoolModule::deletePoolTags);
    route("GET", "/v2/{project_id}/pools/{pool_name}/monitor", &PoolModule::poolMonitor);
    route("GET", "/v2/{project_id}/pools/{pool_name}/nodes/{node_name}/monitor", &PoolModule::nodeMonitor);
    route("GET", "/v2/{project_id}/statistics/pools", &PoolModule::poolStatistics);
    route("GET", "/v2/{project_id}/metrics/runtime/pools", &PoolModule::runtimeMetrics);
    route("GET", "/v2/{project_id}/pools/{pool_name}/workloads", &PoolModule::workloads);
    route("GET", "/v2/{project_id}/statistics/pools/{pool_name}/workloads", &PoolModule::workloadStatistics);
    route("GET", "/v1/{project_id}/resourceflavors", &PoolModule::resourceFlavors);
    route("GET", "/v1/{project_id}/virtualresourceflavors", &PoolModule::virtualResourceFlavors);
    route("GET", "/v1/{project_id}/events", &PoolModule::poolEvents);
    route("GET", "/v1/{project_id}/quotas", &PoolModule::osQuotas);
    route("POST", "/v2/{project_id}/pools/{pool_name}/retry-scope", &PoolModule::retryScope);
    m_networks->registerRoutes(router);
}

void PoolModule::start()
{
    try
    {
        m_ctx.store().transaction([this] { ensureLocalPool(); });
    }
    catch (const std::exception &e)
    {
        qWarning("modelarts-local: cannot set up the local pool: %s", e.what());
    }
    m_ticker = new LifecycleTicker(
        m_ctx.clock(), QStringLiteral("pool"), [this] { m_lifecycle->tick(); }, this);
    m_ticker->start(); // resumes what a restart interrupted
}

// ---------------------------------------------------------------------------
// Helpers

Json PoolModule::pathPool(const Request &request) const
{
    return m_pools->requirePool(request.param(QStringLiteral("pool_name")));
}

Json PoolModule::requireNode(const Json &pool, const QString &nodeName) const
{
    const QString poolName = PoolStore::str(pool, "/metadata/name");
    auto node = m_pools->store().get(kNode, nodeName);
    if (!node || PoolStore::label(*node, QStringLiteral("os.modelarts.node/cluster")) != poolName)
        throw HttpError(404, QStringLiteral("ModelArts.50015001"),
            QStringLiteral("Node %1 not found in pool %2.").arg(nodeName, PoolStore::displayName(pool)));
    return std::move(*node);
}

const FlavorShape &PoolModule::shapeOf(const Json &pool)
{
    if (PoolStore::str(pool, "/metadata/name") == flavors::kLocalPool)
        return flavors::local();
    const FlavorShape *shape = flavors::find(PoolStore::str(pool, "/spec/resources/0/flavor"));
    return shape ? *shape : flavors::poolNodes().front();
}

QStringList PoolModule::checkScope(const Json &scope, const QString &field)
{
    if (!scope.is_array())
        PoolStore::badRequest(QStringLiteral("%1 must be an array of job types (Train, Infer, Notebook).").arg(field));
    QStringList out;
    for (const Json &s : scope)
    {
        const QString word = s.is_string() ? QString::fromStdString(s.get<std::string>()) : QString();
        if (!scopeWords().contains(word))
            PoolStore::badRequest(QStringLiteral("%1 may contain only Train, Infer and Notebook.").arg(field));
        if (out.contains(word))
            PoolStore::badRequest(QStringLiteral("%1 names %2 twice.").arg(field, word));
        out << word;
    }
    if (out.isEmpty())
        PoolStore::badRequest(QStringLiteral("%1 must name at least one job type.").arg(field));
    return out;
}

Json PoolModule::scopeStatus(const QStringList &scope, const QString &state)
{
    Json list = Json::array();
    for (const QString &s : scope)
        list.push_back({ { "scopeType", toStd(s) }, { "state", toStd(state) } });
    return list;
}

// ---------------------------------------------------------------------------
// Pools (P-1..P-5)

Response PoolModule::createPool(const Request &request)
{
    const Json body = request.object(kPoolBodyErrors);
    auto in = decodeAs<api::Pool>(body, kPoolBodyErrors);
    if (in.apiVersion && *in.apiVersion != u"v2")
        PoolStore::badRequest(QStringLiteral("apiVersion must be v2."));
    if (in.kind && *in.kind != u"Pool")
        PoolStore::badRequest(QStringLiteral("kind must be Pool."));
    const QString displayName = api::k8sLabel(in.metadata, kNameLabel);
    PoolStore::checkResourceName(displayName, QStringLiteral("metadata.labels.os.modelarts/name"), 4, 25);
    const QString workspace = api::k8sLabel(in.metadata, kWorkspaceLabel);
    m_pools->checkWorkspace(workspace);
    if (in.spec.type && *in.spec.type != u"Dedicate")
        PoolStore::badRequest(QStringLiteral("spec.type must be Dedicate."));
    QStringList scope = { QStringLiteral("Train") };
    const Json &specBody = body.at("spec");
    if (specBody.contains("scope") && !specBody.at("scope").is_null())
        scope = checkScope(specBody.at("scope"), QStringLiteral("spec.scope"));
    if (in.spec.resources.empty())
        PoolStore::badRequest(QStringLiteral("spec.resources must give the node flavor and count."));
    // Several flavors per pool (console L1121): at most 10, each once, all of one CPU architecture.
    if (static_cast<int>(in.spec.resources.size()) > kMaxPoolFlavors)
        PoolStore::badRequest(QStringLiteral("spec.resources has %1 flavors; a pool can have at most %2.")
                                  .arg(in.spec.resources.size())
                                  .arg(kMaxPoolFlavors));
    std::vector<api::PoolResource> resources = in.spec.resources;
    std::vector<const FlavorShape *> shapes;
    for (size_t i = 0; i < resources.size(); ++i)
    {
        const api::PoolResource &resource = resources[i];
        const FlavorShape *shape = nullptr;
        for (const FlavorShape &f : flavors::poolNodes())
        {
            if (f.id == resource.flavor)
                shape = &f;
        }
        if (!shape)
            PoolStore::badRequest(QStringLiteral("The flavor %1 is not a resource flavor of this region; see GET "
                                                 "/v1/{project_id}/resourceflavors.")
                                      .arg(resource.flavor));
        for (size_t j = 0; j < i; ++j)
        {
            if (shapes[j] == shape)
                PoolStore::badRequest(QStringLiteral("spec.resources[%1]: the flavor %2 is listed twice; give each "
                                                     "flavor once with its count.")
                                          .arg(i)
                                          .arg(resource.flavor));
        }
        if (!shapes.empty() && shape->cpuArch != shapes.front()->cpuArch)
            PoolStore::badRequest(
                QStringLiteral("spec.resources[%1]: the flavor %2 is %3 but %4 is %5; the flavors "
                               "of a pool share one CPU architecture.")
                    .arg(i)
                    .arg(resource.flavor, shape->cpuArch, shapes.front()->id, shapes.front()->cpuArch));
        if (resource.count < 1 || resource.count > shape->maxNodes)
            PoolStore::badRequest(
                QStringLiteral("spec.resources[%1].count must be 1 to %2.").arg(i).arg(shape->maxNodes));
        shapes.push_back(shape);
    }
    // The driver follows the first flavor with accelerators.
    const FlavorShape *shape = shapes.front();
    for (const FlavorShape *s : shapes)
    {
        if (shape->gpuCount == 0 && shape->npuCount == 0 && (s->gpuCount > 0 || s->npuCount > 0))
            shape = s;
    }
    int totalCount = 0;
    for (const api::PoolResource &r : resources)
        totalCount += r.count;
    QString network;
    if (in.spec.network && in.spec.network->name && !in.spec.network->name->isEmpty())
    {
        const auto doc = m_pools->findNetwork(*in.spec.network->name);
        if (!doc)
            PoolStore::badRequest(QStringLiteral("The network %1 does not exist.").arg(*in.spec.network->name));
        const QString phase = PoolStore::str(*doc, "/status/phase");
        if (phase != kPhaseActive)
            PoolStore::badRequest(
                QStringLiteral("The network %1 is %2; wait until it is Active.")
                    .arg(*in.spec.network->name, phase.isEmpty() ? QStringLiteral("not ready") : phase));
        network = PoolStore::str(*doc, "/metadata/name");
    }
    const int dedicated = m_pools->store().count(kPool) - (m_pools->store().get(kPool, flavors::kLocalPool) ? 1 : 0);
    if (dedicated >= kPoolQuota)
        PoolStore::badRequest(QStringLiteral("The pool quota (%1) is used up; delete a pool first.").arg(kPoolQuota));
    if (m_pools->store().nameExists(kPool, displayName))
        throw HttpError(409, QStringLiteral("ModelArts.50015000"), QStringLiteral("Pool already exists."));

    const qint64 now = m_pools->nowMs();
    Json doc = newPoolDoc(m_ctx, displayName, workspace, scope, *shape, totalCount, network, now);
    // What the caller sent beyond the essentials is kept (labels, annotations, other spec fields).
    if (in.metadata.labels)
    {
        for (const auto &[key, value] : *in.metadata.labels)
        {
            checkTagText(key, value, QStringLiteral("metadata.labels"));
            doc["metadata"]["labels"][toStd(key)] = toStd(value);
        }
    }
    if (in.metadata.annotations)
    {
        for (const auto &[key, value] : *in.metadata.annotations)
        {
            if (!key.startsWith(kInternalPrefix))
                doc["metadata"]["annotations"][toStd(key)] = toStd(value);
        }
    }
    in.spec.userLogin.reset(); // carries a password: never stored
    const Json specIn = api::encode(in.spec);
    for (auto it = specIn.begin(); it != specIn.end(); ++it)
    {
        if (!doc["spec"].contains(it.key()))
            doc["spec"][it.key()] = it.value();
    }
    Json resourceList = Json::array();
    for (api::PoolResource &resource : resources)
    {
        resource.maxCount = resource.count;
        resourceList.push_back(api::encode(resource));
    }
    doc["spec"]["resources"] = resourceList;
    Json meteringIds = Json::object(); // one metering id per flavor
    for (const FlavorShape *s : shapes)
        meteringIds[toStd(s->id)] = toStd(QStringLiteral("maos.") + s->id.section(u'.', 1) + u'.' + randomSuffix(8));
    PoolStore::setAnnotation(
        doc, QStringLiteral("os.modelarts/flavor.resource.ids"), QString::fromUtf8(api::dumpJson(meteringIds)));

    // AZ placement (console: "AZ allocation", automatic or per-AZ counts that add up to the count).
    std::vector<QStringList> placements(resources.size());
    const QStringList zones = { m_ctx.config().region + QStringLiteral("-az1"),
        m_ctx.config().region + QStringLiteral("-az2"), m_ctx.config().region + QStringLiteral("-az3") };
    for (size_t i = 0; i < resources.size(); ++i)
    {
        const api::PoolResource &resource = resources[i];
        if (!resource.azs || resource.azs->empty())
            continue;
        QStringList &placement = placements[i];
        for (const api::PoolAzCount &a : *resource.azs)
        {
            const QString az = a.az.value_or(QString());
            if (!zones.contains(az))
                PoolStore::badRequest(QStringLiteral("spec.resources[%1].azs: %2 is not an AZ of this region (%3).")
                                          .arg(i)
                                          .arg(az, zones.join(QStringLiteral(", "))));
            for (int n = 0; n < a.count.value_or(0); ++n)
                placement << az;
        }
        if (placement.size() != resource.count)
            PoolStore::badRequest(QStringLiteral("spec.resources[%1].azs counts add up to %2, not to count (%3).")
                                      .arg(i)
                                      .arg(placement.size())
                                      .arg(resource.count));
    }
    // Out of stock: the order is accepted and fails after the setup time (console: "Creation failed").
    bool inStock = true;
    for (size_t i = 0; i < resources.size() && inStock; ++i)
    {
        const int stock = m_pools->stockLeft(shapes[i]->id);
        if (resources[i].count > stock)
        {
            inStock = false;
            PoolStore::setAnnotation(doc, kFailReason,
                QStringLiteral("Insufficient resources: the flavor %1 has %2 nodes left in stock; %3 were requested.")
                    .arg(shapes[i]->id)
                    .arg(stock)
                    .arg(resources[i].count));
        }
    }
    m_pools->store().transaction(
        [&]
        {
            m_pools->savePool(doc);
            m_pools->poolEvent(PoolStore::str(doc, "/metadata/name"), QStringLiteral("Normal"),
                QStringLiteral("PoolStatusChange"), QStringLiteral("Start creating pool"), now);
            // The nodes of each flavor, one after the other (creation times stay distinct).
            int created = 0;
            for (size_t i = 0; i < resources.size() && inStock; ++i)
            {
                m_lifecycle->addNodes(doc, *shapes[i], resources[i].count, kClusterSetupMs, placements[i], created);
                created += resources[i].count;
            }
            m_pools->refreshResources(doc);
            m_pools->savePool(doc);
        });
    return Response::json(200, PoolStore::render(doc));
}

Response PoolModule::listPools(const Request &request)
{
    const QString workspace = request.query(QStringLiteral("workspaceId"));
    const QString selector = request.query(QStringLiteral("labelSelector"));
    const QString status = request.query(QStringLiteral("status"));
    QStringList phases;
    if (status == u"created")
        phases = { QStringLiteral("Running"), QStringLiteral("Abnormal"), QStringLiteral("ScalingFailed") };
    else if (status == u"failed")
        phases = { QStringLiteral("CreationFailed"), QStringLiteral("Error") };
    else if (status == u"creating")
        phases = { QStringLiteral("Creating"), QStringLiteral("Waiting") };
    else if (!status.isEmpty())
        PoolStore::badRequest(QStringLiteral("status must be created, failed or creating."));
    Json items = Json::array();
    for (const Json &pool : m_pools->pools())
    {
        const QString ws = PoolStore::label(pool, kWorkspaceLabel);
        if (!workspace.isEmpty() && (ws.isEmpty() ? QStringLiteral("0") : ws) != workspace)
            continue;
        if (!selector.isEmpty() && !PoolStore::matchesSelector(pool, selector))
            continue;
        if (!phases.isEmpty() && !phases.contains(PoolStore::str(pool, "/status/phase")))
            continue;
        items.push_back(PoolStore::render(pool));
    }
    Json out;
    out["kind"] = "PoolList";
    out["apiVersion"] = "v2";
    out["items"] = items;
    return Response::json(200, out);
}

Response PoolModule::showPool(const Request &request)
{
    return Response::json(200, PoolStore::render(pathPool(request)));
}

Response PoolModule::patchPool(const Request &request)
{
    const Json pool = pathPool(request);
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.isEmpty() && !contentType.contains("json"))
        PoolStore::badRequest(QStringLiteral("Content-Type must be application/merge-patch+json or application/json."));
    const Json body = request.object(kPoolBodyErrors);
    const QString name = PoolStore::str(pool, "/metadata/name");
    const QString phase = PoolStore::str(pool, "/status/phase");
    const bool isLocal = name == flavors::kLocalPool;
    if (phase == kPhaseDeleting)
        PoolStore::badRequest(QStringLiteral("The pool %1 is being deleted.").arg(PoolStore::displayName(pool)));

    Json updated = pool;
    if (const auto meta = body.find("metadata"); meta != body.end() && !meta->is_null())
    {
        if (!meta->is_object())
            PoolStore::badRequest(QStringLiteral("metadata must be an object."));
        if (const auto n = meta->find("name"); n != meta->end() && *n != pool.at("metadata").at("name"))
            PoolStore::badRequest(QStringLiteral("metadata.name cannot be changed."));
        if (const auto labels = meta->find("labels"); labels != meta->end())
        {
            if (labels->is_object())
            {
                if (const auto ws = labels->find(toStd(kWorkspaceLabel)); ws != labels->end() && ws->is_string())
                    m_pools->checkWorkspace(QString::fromStdString(ws->get<std::string>()));
            }
            PoolStore::mergeMap(updated, "labels", *labels, { kNameLabel });
        }
        if (const auto annotations = meta->find("annotations"); annotations != meta->end())
            PoolStore::mergeMap(updated, "annotations", *annotations, {});
    }

    std::optional<QStringList> newScope;
    std::optional<QMap<QString, int>> newCounts; // flavor → node count
    std::optional<PoolLifecycle::DriverUpgrade> driverUpgrade;
    if (const auto spec = body.find("spec"); spec != body.end() && !spec->is_null())
    {
        if (!spec->is_object())
            PoolStore::badRequest(QStringLiteral("spec must be an object."));
        for (auto it = spec->begin(); it != spec->end(); ++it)
        {
            const std::string &key = it.key();
            const Json &value = it.value();
            if (key == "scope")
            {
                newScope = checkScope(value, QStringLiteral("spec.scope"));
            }
            else if (key == "resources")
            {
                std::vector<api::PoolResource> resources;
                try
                {
                    resources = api::fromJson<std::vector<api::PoolResource>>(value, QStringLiteral("spec.resources"));
                }
                catch (const api::DecodeError &e)
                {
                    PoolStore::badRequest(QString::fromUtf8(e.what()));
                }
                // A merge patch replaces the array: every flavor of the pool, each with its new count.
                const Json &stored = pool.at("spec").value("resources", Json::array());
                QStringList flavorsNow;
                for (const Json &r : stored)
                    flavorsNow << QString::fromStdString(r.value("flavor", std::string()));
                QStringList given;
                for (size_t i = 0; i < resources.size(); ++i)
                {
                    const QString &flavor = resources[i].flavor;
                    if (!flavorsNow.contains(flavor))
                        PoolStore::badRequest(
                            QStringLiteral("The flavor %1 is not in the pool (its nodes are %2); the node "
                                           "flavors of a pool cannot be changed.")
                                .arg(flavor, flavorsNow.join(QStringLiteral(", "))));
                    if (given.contains(flavor))
                        PoolStore::badRequest(
                            QStringLiteral("spec.resources[%1]: the flavor %2 is listed twice.").arg(i).arg(flavor));
                    given << flavor;
                }
                if (given.size() != flavorsNow.size())
                    PoolStore::badRequest(QStringLiteral("spec.resources must list every flavor of the pool (%1); a "
                                                         "flavor cannot be removed, only scaled down to 1 node.")
                                              .arg(flavorsNow.join(QStringLiteral(", "))));
                newCounts.emplace();
                for (const api::PoolResource &r : resources)
                    newCounts->insert(r.flavor, r.count);
            }
            else if (key == "driver")
            {
                if (!value.is_object())
                    PoolStore::badRequest(QStringLiteral("spec.driver must be an object."));
                updated["spec"]["driver"] = value;
                QString strategy = QStringLiteral("idle");
                if (const auto st = value.find("updateStrategy"); st != value.end() && !st->is_null())
                {
                    strategy = st->is_string() ? QString::fromStdString(st->get<std::string>()) : QString();
                    if (strategy != u"idle" && strategy != u"force")
                        PoolStore::badRequest(QStringLiteral("spec.driver.updateStrategy must be idle or force."));
                }
                // Upgrade Driver (console §3.3.3): a gpuVersion/npuVersion that differs from the pool's or
                // from one of its nodes' starts an upgrade (the current version aligns the nodes).
                for (const char *kind : { "gpu", "npu" })
                {
                    const std::string key = std::string(kind) + "Version";
                    if (!value.contains(key) || !value.at(key).is_string())
                        continue;
                    const Json::json_pointer ptr(std::string("/status/driver/") + kind);
                    if (!pool.contains(ptr))
                        PoolStore::badRequest(
                            QStringLiteral("The pool %1 has no %2 driver to upgrade.")
                                .arg(PoolStore::displayName(pool), QString::fromLatin1(kind).toUpper()));
                    const QString version = QString::fromStdString(value.at(key).get<std::string>());
                    if (version.isEmpty())
                        PoolStore::badRequest(
                            QStringLiteral("spec.driver.%1 must not be empty.").arg(QString::fromStdString(key)));
                    if (pool.at(ptr).value("state", std::string()) == "Upgrading")
                        PoolStore::badRequest(QStringLiteral("The driver of the pool %1 is already being upgraded.")
                                                  .arg(PoolStore::displayName(pool)));
                    bool differs = QString::fromStdString(pool.at(ptr).value("version", std::string())) != version;
                    for (const Json &node : m_pools->nodes(name))
                    {
                        const QString v = PoolStore::str(node, "/status/driver/version");
                        differs = differs || (!v.isEmpty() && v != version);
                    }
                    if (differs)
                    {
                        driverUpgrade = PoolLifecycle::DriverUpgrade();
                        driverUpgrade->kind = QString::fromLatin1(kind);
                        driverUpgrade->version = version;
                        driverUpgrade->force = strategy == u"force";
                    }
                }
            }
            else if (key == "type")
            {
                if (value != "Dedicate")
                    PoolStore::badRequest(QStringLiteral("spec.type cannot be changed."));
            }
            else if (key == "network")
            {
                if (value != pool.at("spec").value("network", Json()))
                    PoolStore::badRequest(QStringLiteral("spec.network cannot be changed."));
            }
            else
            {
                PoolStore::badRequest(QStringLiteral("spec.%1 cannot be changed.").arg(QString::fromStdString(key)));
            }
        }
    }

    const std::vector<Json> nodes = m_pools->nodes(name);
    int current = 0;
    QMap<QString, int> currentOf; // flavor → nodes not being deleted
    for (const Json &n : nodes)
    {
        if (PoolStore::str(n, "/status/phase") != kPhaseDeleting)
        {
            ++current;
            ++currentOf[PoolStore::str(n, "/spec/flavor")];
        }
    }
    if (driverUpgrade)
        driverUpgrade->batch = rollingBatch(body, current);
    bool resize = false;
    int target = 0;
    if (newCounts)
    {
        for (auto it = newCounts->cbegin(); it != newCounts->cend(); ++it)
        {
            resize = resize || it.value() != currentOf.value(it.key());
            target += it.value();
        }
    }
    const bool scopeChange = newScope && *newScope != stringList(pool.at("spec").value("scope", Json::array()));
    if (driverUpgrade && phase != kPhaseRunning)
        PoolStore::badRequest(QStringLiteral("The pool %1 is %2; its driver can be upgraded only when it is Running.")
                                  .arg(PoolStore::displayName(pool), phase));
    if ((resize || scopeChange) && phase != kPhaseRunning)
        PoolStore::badRequest(QStringLiteral("The pool %1 is %2; it can be resized or get other job types only when "
                                             "Running.")
                                  .arg(PoolStore::displayName(pool), phase));
    if (resize && isLocal)
        PoolStore::badRequest(QStringLiteral("The built-in pool local cannot be resized: its single node is this "
                                             "computer."));
    // Per flavor (in the pool's order): nodes to add, nodes to remove.
    struct FlavorChange
    {
        int index = 0; // in spec.resources
        const FlavorShape *shape = nullptr;
        int target = 0;
        int current = 0;
    };
    std::vector<FlavorChange> changes;
    std::vector<Json> removable;
    if (resize)
    {
        const Json &stored = pool.at("spec").at("resources");
        for (size_t i = 0; i < stored.size(); ++i)
        {
            const QString flavor = QString::fromStdString(stored[i].value("flavor", std::string()));
            const FlavorShape *shape = flavors::find(flavor);
            if (!shape)
                shape = &shapeOf(pool);
            const int want = newCounts->value(flavor);
            if (want < 1 || want > shape->maxNodes)
                PoolStore::badRequest(QStringLiteral("spec.resources[%1].count must be 1 to %2; to remove every node, "
                                                     "delete the pool.")
                                          .arg(i)
                                          .arg(shape->maxNodes));
            changes.push_back({ static_cast<int>(i), shape, want, currentOf.value(flavor) });
        }
        for (const FlavorChange &c : changes)
        {
            if (c.target > c.current && c.target - c.current > m_pools->stockLeft(c.shape->id))
            {
                const QString reason = QStringLiteral("Scaling out the pool %1 failed. Insufficient resources: the "
                                                      "flavor %2 has %3 nodes left in stock; %4 more were requested.")
                                           .arg(PoolStore::displayName(pool), c.shape->id)
                                           .arg(m_pools->stockLeft(c.shape->id))
                                           .arg(c.target - c.current);
                m_pools->store().transaction(
                    [&] {
                        m_pools->poolEvent(name, QStringLiteral("Warning"), QStringLiteral("PoolScaleFailed"), reason);
                    });
                PoolStore::badRequest(reason);
            }
        }
        const QSet<QString> busy = m_pools->busyNodes(name);
        const int inUse = m_pools->nodesInUse(name);
        for (const FlavorChange &c : changes)
        {
            if (c.target >= c.current)
                continue;
            // Newest first: nodes still being created, then idle Available ones, then abnormal ones.
            std::vector<Json> candidates;
            for (const QString &wanted : { kPhaseCreating, kPhaseAvailable, kPhaseAbnormal })
            {
                for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
                {
                    if (PoolStore::str(*it, "/spec/flavor") == c.shape->id
                        && PoolStore::str(*it, "/status/phase") == wanted
                        && !busy.contains(PoolStore::str(*it, "/metadata/name")))
                        candidates.push_back(*it);
                }
            }
            if (static_cast<int>(candidates.size()) < c.current - c.target)
                PoolStore::badRequest(
                    QStringLiteral("Cannot scale in the pool %1 to %2 nodes: %3 nodes are in use by jobs or "
                                   "notebooks. Scale in to at least %3 nodes, or stop the work first.")
                        .arg(PoolStore::displayName(pool))
                        .arg(target)
                        .arg(std::max(inUse, c.current - static_cast<int>(candidates.size()) + (current - c.current))));
            candidates.resize(static_cast<size_t>(c.current - c.target));
            removable.insert(removable.end(), candidates.begin(), candidates.end());
        }
        if (target < inUse)
            PoolStore::badRequest(QStringLiteral("Cannot scale in the pool %1 to %2 nodes: %3 nodes are in use by "
                                                 "jobs or notebooks. Scale in to at least %3 nodes, or stop the "
                                                 "work first.")
                                      .arg(PoolStore::displayName(pool))
                                      .arg(target)
                                      .arg(inUse));
    }

    m_pools->store().transaction(
        [&]
        {
            const qint64 now = m_pools->nowMs();
            if (resize)
            {
                int added = 0;
                for (const FlavorChange &c : changes)
                {
                    if (c.target > c.current)
                    {
                        m_lifecycle->addNodes(updated, *c.shape, c.target - c.current, kNodeBootMs, {}, added);
                        added += c.target - c.current;
                    }
                    updated["spec"]["resources"][static_cast<size_t>(c.index)]["count"] = c.target;
                    updated["spec"]["resources"][static_cast<size_t>(c.index)]["maxCount"] = c.target;
                }
                for (Json &node : removable)
                    m_lifecycle->markDeleting(node, kNodeDeleteMs);
            }
            if (driverUpgrade)
                m_lifecycle->startDriverUpgrade(updated, *driverUpgrade);
            const QString workspaceBefore = PoolStore::label(pool, kWorkspaceLabel);
            const QString workspaceAfter = PoolStore::label(updated, kWorkspaceLabel);
            if (workspaceAfter != workspaceBefore)
                m_pools->poolEvent(name, QStringLiteral("Normal"), QStringLiteral("PoolWorkspaceMigrated"),
                    QStringLiteral("The pool was migrated from workspace %1 to workspace %2.")
                        .arg(workspaceBefore.isEmpty() ? QStringLiteral("0") : workspaceBefore, workspaceAfter));
            if (scopeChange)
            {
                Json statusScope = Json::array();
                const Json oldStatus = pool.at("status").value("scope", Json::array());
                for (const QString &s : *newScope)
                {
                    std::string state = "Enabling";
                    for (const Json &old : oldStatus)
                    {
                        if (old.value("scopeType", std::string()) == toStd(s)
                            && old.value("state", std::string()) == "Enabled")
                            state = "Enabled";
                    }
                    statusScope.push_back({ { "scopeType", toStd(s) }, { "state", state } });
                }
                for (const Json &old : oldStatus)
                {
                    if (!newScope->contains(QString::fromStdString(old.value("scopeType", std::string()))))
                        statusScope.push_back(
                            { { "scopeType", old.value("scopeType", std::string()) }, { "state", "Disabling" } });
                }
                updated["spec"]["scope"] = stringArray(*newScope);
                updated["status"]["scope"] = statusScope;
                PoolStore::setAnnotation(updated, kScopeSince, QString::number(now));
            }
            m_pools->refreshResources(updated);
            m_pools->savePool(updated);
        });
    return Response::json(200, PoolStore::render(updated));
}

Response PoolModule::deletePool(const Request &request)
{
    Json pool = pathPool(request);
    const QString name = PoolStore::str(pool, "/metadata/name");
    if (name == flavors::kLocalPool)
        PoolStore::badRequest(QStringLiteral("The built-in pool local cannot be deleted: it is this computer."));
    const QString phase = PoolStore::str(pool, "/status/phase");
    if (phase == kPhaseDeleting)
        return Response::json(200, PoolStore::render(pool));
    const Store &store = m_pools->store();
    const int running = store.unitsHeld(name);
    const int waiting = store.countUnder(kTrainingJob, name, QStringLiteral("Pending"))
        + store.countUnder(kTrainingJob, name, QStringLiteral("Creating"))
        + store.countUnder(kTrainingJobV1, name, QStringLiteral("7"));
    if (running > 0 || waiting > 0)
        PoolStore::badRequest(QStringLiteral("The pool %1 still runs work (%2 nodes in use, %3 jobs waiting); stop or "
                                             "delete its jobs and notebooks first.")
                                  .arg(PoolStore::displayName(pool))
                                  .arg(running)
                                  .arg(waiting));
    m_pools->store().transaction(
        [&]
        {
            const qint64 now = m_pools->nowMs();
            for (Json &node : m_pools->nodes(name))
            {
                if (PoolStore::str(node, "/status/phase") != kPhaseDeleting)
                    m_lifecycle->markDeleting(node, kPoolDeleteMs);
            }
            pool["status"]["phase"] = toStd(kPhaseDeleting);
            pool["metadata"]["deletionTimestamp"] = toStd(rfc3339(now));
            PoolStore::setAnnotation(pool, kPhaseSince, QString::number(now));
            m_pools->phaseEvent(name, phase, kPhaseDeleting, now);
            m_pools->refreshResources(pool);
            m_pools->savePool(pool);
        });
    return Response::json(200, PoolStore::render(pool));
}

// ---------------------------------------------------------------------------
// Nodes (P-6, P-7, P-21)

Response PoolModule::listNodes(const Request &request)
{
    const Json pool = pathPool(request);
    const QString name = PoolStore::str(pool, "/metadata/name");
    const QSet<QString> busy = m_pools->busyNodes(name);
    return Response::json(200,
        PoolStore::pagedList(request, "NodeList", "v2", m_pools->nodes(name),
            [&](const Json &node)
            { return m_pools->renderNode(node, busy.contains(PoolStore::str(node, "/metadata/name"))); }));
}

Response PoolModule::showNode(const Request &request)
{
    const Json pool = pathPool(request);
    const Json node = requireNode(pool, request.param(QStringLiteral("node_name")));
    const bool busy
        = m_pools->busyNodes(PoolStore::str(pool, "/metadata/name")).contains(PoolStore::str(node, "/metadata/name"));
    return Response::json(200, m_pools->renderNode(node, busy));
}

Response PoolModule::batchDeleteNodes(const Request &request)
{
    Json pool = pathPool(request);
    const auto in = request.decode<api::BatchDeleteNodesRequest>(kPoolBodyErrors);
    const QString name = PoolStore::str(pool, "/metadata/name");
    if (name == flavors::kLocalPool)
        PoolStore::badRequest(QStringLiteral("The node of the built-in pool local cannot be deleted."));
    const QString phase = PoolStore::str(pool, "/status/phase");
    if (phase != kPhaseRunning && phase != kPhaseAbnormal)
        PoolStore::badRequest(QStringLiteral("The pool %1 is %2; nodes can be deleted only when it is Running.")
                                  .arg(PoolStore::displayName(pool), phase));
    std::vector<Json> nodes = m_pools->nodes(name);
    const QSet<QString> busy = m_pools->busyNodes(name);
    QStringList wanted;
    for (const QString &n : in.deleteNodeNames)
    {
        if (!wanted.contains(n))
            wanted << n;
    }
    std::vector<Json *> doomed;
    int remaining = 0;
    for (Json &node : nodes)
    {
        if (PoolStore::str(node, "/status/phase") != kPhaseDeleting)
            ++remaining;
    }
    for (const QString &n : wanted)
    {
        const auto it = std::find_if(
            nodes.begin(), nodes.end(), [&n](const Json &node) { return PoolStore::str(node, "/metadata/name") == n; });
        if (it == nodes.end())
            throw HttpError(404, QStringLiteral("ModelArts.50015001"),
                QStringLiteral("Node %1 not found in pool %2.").arg(n, PoolStore::displayName(pool)));
        if (PoolStore::str(*it, "/status/phase") == kPhaseDeleting)
            continue;
        if (busy.contains(n))
            PoolStore::badRequest(
                QStringLiteral("The node %1 runs a job; stop the job before deleting the node.").arg(n));
        doomed.push_back(&*it);
    }
    const int left = remaining - static_cast<int>(doomed.size());
    if (left < 1)
        PoolStore::badRequest(QStringLiteral("At least one node must remain in the pool %1; delete the pool instead.")
                                  .arg(PoolStore::displayName(pool)));
    if (left < m_pools->nodesInUse(name))
        PoolStore::badRequest(QStringLiteral("The pool %1 needs %2 nodes for the jobs and notebooks it runs.")
                                  .arg(PoolStore::displayName(pool))
                                  .arg(m_pools->nodesInUse(name)));
    m_pools->store().transaction(
        [&]
        {
            for (Json *node : doomed)
            {
                m_lifecycle->markDeleting(*node, kNodeDeleteMs);
                // The count of the deleted node's flavor goes down (the first entry when none names it).
                const QString flavor = PoolStore::str(*node, "/spec/flavor");
                Json &resources = pool["spec"]["resources"];
                size_t index = 0;
                for (size_t i = 0; i < resources.size(); ++i)
                {
                    if (QString::fromStdString(resources[i].value("flavor", std::string())) == flavor)
                        index = i;
                }
                const int count = std::max(1, static_cast<int>(resources[index].value("count", 1)) - 1);
                resources[index]["count"] = count;
                resources[index]["maxCount"] = count;
            }
            m_pools->refreshResources(pool);
            m_pools->savePool(pool);
        });
    return Response::json(200, Json::object());
}

Response PoolModule::batchRebootNodes(const Request &request)
{
    return batchNodeOperation(request, kPhaseRebooting);
}

Response PoolModule::batchResetNodes(const Request &request)
{
    return batchNodeOperation(request, kPhaseResetting);
}

Response PoolModule::batchReplaceNodes(const Request &request)
{
    return batchNodeOperation(request, kPhaseReplacing);
}

Response PoolModule::batchNodeOperation(const Request &request, const QString &phase)
{
    Json pool = pathPool(request);
    const auto in = request.decode<api::BatchNodesRequest>(kPoolBodyErrors);
    const QString name = PoolStore::str(pool, "/metadata/name");
    const bool reboot = phase == kPhaseRebooting;
    const bool replace = phase == kPhaseReplacing;
    const QString verb
        = reboot ? QStringLiteral("rebooted") : (replace ? QStringLiteral("replaced") : QStringLiteral("reset"));
    if (name == flavors::kLocalPool)
        PoolStore::badRequest(
            QStringLiteral("The node of the built-in pool local cannot be %1: it is this computer.").arg(verb));
    const QString poolPhase = PoolStore::str(pool, "/status/phase");
    if (poolPhase != kPhaseRunning && poolPhase != kPhaseAbnormal)
        PoolStore::badRequest(QStringLiteral("The pool %1 is %2; its nodes can be %3 only when it is Running.")
                                  .arg(PoolStore::displayName(pool), poolPhase, verb));
    // Console (Nodes tab, Reboot/Reset): not during a driver upgrade.
    if (!replace && pool.contains("status") && pool["status"].contains("driver"))
    {
        for (const auto &[key, driver] : pool["status"]["driver"].items())
        {
            if (driver.value("state", std::string()) == "Upgrading")
                PoolStore::badRequest(
                    QStringLiteral("The driver of the pool %1 is being upgraded; nodes cannot be %2 meanwhile.")
                        .arg(PoolStore::displayName(pool), verb));
        }
    }
    std::vector<Json> nodes = m_pools->nodes(name);
    // Console (§3.3.4): a reset is refused while a node is Replacing, a replace while one is Resetting.
    const QString exclusive = phase == kPhaseResetting ? kPhaseReplacing : (replace ? kPhaseResetting : QString());
    for (const Json &node : nodes)
    {
        if (!exclusive.isEmpty() && PoolStore::str(node, "/status/phase") == exclusive)
            PoolStore::badRequest(
                QStringLiteral("The node %1 of the pool %2 is %3; nodes cannot be %4 meanwhile.")
                    .arg(PoolStore::str(node, "/metadata/name"), PoolStore::displayName(pool), exclusive, verb));
    }
    // Reboot and Replace take Available or Abnormal (Unavailable) nodes, Reset only Available ones.
    const QStringList allowed
        = phase == kPhaseResetting ? QStringList { kPhaseAvailable } : QStringList { kPhaseAvailable, kPhaseAbnormal };
    const QSet<QString> busy = replace ? m_pools->busyNodes(name) : QSet<QString>();
    std::vector<Json *> chosen;
    for (const QString &n : in.nodeNames)
    {
        const auto it = std::find_if(
            nodes.begin(), nodes.end(), [&n](const Json &node) { return PoolStore::str(node, "/metadata/name") == n; });
        if (it == nodes.end())
            throw HttpError(404, QStringLiteral("ModelArts.50015001"),
                QStringLiteral("Node %1 not found in pool %2.").arg(n, PoolStore::displayName(pool)));
        const QString nodePhase = PoolStore::str(*it, "/status/phase");
        if (!allowed.contains(nodePhase))
            PoolStore::badRequest(QStringLiteral("The node %1 is %2; only %3 nodes can be %4.")
                                      .arg(n, nodePhase, allowed.join(QStringLiteral(" or ")), verb));
        if (busy.contains(n))
            PoolStore::badRequest(
                QStringLiteral("The node %1 runs a job; stop the job before replacing the node.").arg(n));
        if (std::find(chosen.begin(), chosen.end(), &*it) == chosen.end())
            chosen.push_back(&*it);
    }
    Json replacedAt = Json::array();
    if (replace)
    {
        // Console: replacements per day are at most 20 % of the pool's nodes (at least one here),
        // and the region must have a node of the flavor to spare.
        const qint64 now = m_pools->nowMs();
        const QString text = PoolStore::annotation(pool, kReplacedAt);
        const Json previous = text.isEmpty() ? Json::array() : api::parseJson(text.toUtf8());
        for (const Json &t : previous)
        {
            if (t.is_number_integer() && now - t.get<qint64>() < kDayMs)
                replacedAt.push_back(t);
        }
        const int limit = std::max(1, static_cast<int>(nodes.size()) / 5);
        if (static_cast<int>(replacedAt.size() + chosen.size()) > limit)
            PoolStore::badRequest(QStringLiteral(
                "Nodes replaced in the pool %1 in the last 24 hours: %2 of at most %3 (20 % of its nodes "
                "a day).")
                                      .arg(PoolStore::displayName(pool))
                                      .arg(replacedAt.size())
                                      .arg(limit));
        QMap<QString, int> wanted; // flavor → replacements
        for (const Json *node : chosen)
            ++wanted[PoolStore::str(*node, "/spec/flavor")];
        for (auto want = wanted.cbegin(); want != wanted.cend(); ++want)
        {
            const QString &flavor = want.key();
            if (m_pools->stockLeft(flavor) >= want.value())
                continue;
            PoolStore::badRequest(
                QStringLiteral("Replacing failed. Insufficient resources: the flavor %1 has no idle node left in "
                               "stock.")
                    .arg(flavor));
        }
        for (size_t i = 0; i < chosen.size(); ++i)
            replacedAt.push_back(now);
        PoolStore::setAnnotation(pool, kReplacedAt, QString::fromUtf8(api::dumpJson(replacedAt)));
    }
    const qint64 duration = reboot ? kNodeRebootMs : (replace ? kNodeReplaceMs : kNodeResetMs);
    m_pools->store().transaction(
        [&]
        {
            for (Json *node : chosen)
                m_lifecycle->startNodeOperation(*node, phase, duration);
            m_pools->refreshResources(pool);
            m_pools->savePool(pool);
        });
    return Response::json(200, Json::object());
}

// ---------------------------------------------------------------------------
// Tags (TMS style, console Tags tab: at most 20) and node updates (P-21 batch-update)

namespace
{
std::vector<api::PoolTag> decodeTags(const Json &body, bool needValues)
{
    const auto in = decodeAs<api::PoolTagList>(body, kPoolBodyErrors);
    if (in.tags.empty())
        PoolStore::badRequest(QStringLiteral("tags must name at least one tag."));
    for (const api::PoolTag &t : in.tags)
    {
        const QString key = t.key.value_or(QString());
        if (key.isEmpty() || key.size() > 128 || key.startsWith(kInternalPrefix))
            PoolStore::badRequest(QStringLiteral("A tag key must be 1 to 128 characters."));
        if (needValues && t.value.value_or(QString()).size() > 255)
            PoolStore::badRequest(QStringLiteral("The value of the tag %1 is longer than 255 characters.").arg(key));
    }
    return in.tags;
}

/** Tags kept as [{key, value}] under @p pointer of @p doc. */
Json mergeTags(const Json &current, const std::vector<api::PoolTag> &tags, const QString &what)
{
    Json out = current.is_array() ? current : Json::array();
    for (const api::PoolTag &t : tags)
    {
        const std::string key = toStd(t.key.value_or(QString()));
        auto it = std::find_if(out.begin(), out.end(), [&key](const Json &x) { return x.value("key", "") == key; });
        if (it != out.end())
            (*it)["value"] = toStd(t.value.value_or(QString()));
        else
            out.push_back({ { "key", key }, { "value", toStd(t.value.value_or(QString())) } });
    }
    if (static_cast<int>(out.size()) > api::kMaxPoolTags)
        PoolStore::badRequest(QStringLiteral("%1 can have at most %2 tags.").arg(what).arg(api::kMaxPoolTags));
    return out;
}
} // namespace

Response PoolModule::poolTags(const Request &request)
{
    const Json pool = pathPool(request);
    const QString text = PoolStore::annotation(pool, kTags);
    Json tags = text.isEmpty() ? Json::array() : api::parseJson(text.toUtf8());
    return Response::json(200, Json { { "tags", tags } });
}

Response PoolModule::createPoolTags(const Request &request)
{
    Json pool = pathPool(request);
    const std::vector<api::PoolTag> tags = decodeTags(request.object(kPoolBodyErrors), true);
    const QString text = PoolStore::annotation(pool, kTags);
    const Json merged = mergeTags(text.isEmpty() ? Json::array() : api::parseJson(text.toUtf8()), tags,
        QStringLiteral("The pool %1").arg(PoolStore::displayName(pool)));
    PoolStore::setAnnotation(pool, kTags, QString::fromUtf8(api::dumpJson(merged)));
    m_pools->store().transaction([&] { m_pools->savePool(pool); });
    return Response::json(200, Json::object());
}

Response PoolModule::deletePoolTags(const Request &request)
{
    Json pool = pathPool(request);
    const std::vector<api::PoolTag> tags = decodeTags(request.object(kPoolBodyErrors), false);
    const QString text = PoolStore::annotation(pool, kTags);
    Json current = text.isEmpty() ? Json::array() : api::parseJson(text.toUtf8());
    Json kept = Json::array();
    for (const Json &t : current)
    {
        const QString key = QString::fromStdString(t.value("key", std::string()));
        if (std::none_of(tags.begin(), tags.end(), [&key](const api::PoolTag &d) { return d.key == key; }))
            kept.push_back(t);
    }
    PoolStore::setAnnotation(pool, kTags, QString::fromUtf8(api::dumpJson(kept)));
    m_pools->store().transaction([&] { m_pools->savePool(pool); });
    return Response::json(200, Json::object());
}

Response PoolModule::batchUpdateNodes(const Request &request)
{
    Json pool = pathPool(request);
    const auto in = request.decode<api::BatchUpdateNodesRequest>(kPoolBodyErrors);
    if (in.tags)
    {
        for (const api::PoolTag &t : *in.tags)
        {
            const QString key = t.key.value_or(QString());
            if (key.isEmpty() || key.size() > 128)
                PoolStore::badRequest(QStringLiteral("A tag key must be 1 to 128 characters."));
        }
    }
    const QString name = PoolStore::str(pool, "/metadata/name");
    std::vector<Json> chosen;
    const QSet<QString> busy = m_pools->busyNodes(name);
    for (const QString &n : in.nodeNames)
    {
        Json node = requireNode(pool, n);
        // Console: HA redundancy is enabled on a node with no service (it stands by, isolated).
        if (in.haRedundant && *in.haRedundant && busy.contains(n))
            PoolStore::badRequest(
                QStringLiteral("The node %1 runs a job; HA redundancy needs a node with no service.").arg(n));
        if (in.tags)
        {
            node["spec"]["tags"] = mergeTags(Json::array(), *in.tags, QStringLiteral("The node %1").arg(n));
        }
        if (in.haRedundant)
        {
            node["metadata"]["labels"]["os.modelarts.node/ha.redundant"] = *in.haRedundant ? "true" : "false";
        }
        chosen.push_back(std::move(node));
    }
    m_pools->store().transaction(
        [&]
        {
            for (const Json &node : chosen)
            {
                m_pools->saveNode(node);
                if (in.haRedundant)
                    m_pools->poolEvent(name, QStringLiteral("Normal"),
                        *in.haRedundant ? QStringLiteral("NodeHaRedundancyEnabled")
                                        : QStringLiteral("NodeHaRedundancyDisabled"),
                        *in.haRedundant
                            ? QStringLiteral("Node %1 is HA redundant: isolated, it stands by for a faulty node.")
                                  .arg(PoolStore::str(node, "/metadata/name"))
                            : QStringLiteral("Node %1 is no longer HA redundant and can be scheduled.")
                                  .arg(PoolStore::str(node, "/metadata/name")));
            }
        });
    return Response::json(200, Json::object());
}

// ---------------------------------------------------------------------------
// Monitoring, statistics, usage (P-8, P-9, P-10)

Response PoolModule::poolMonitor(const Request &request)
{
    const Json pool = pathPool(request);
    const MonitorSeries::Query query = MonitorSeries::parseQuery(request, m_pools->nowMs());
    return Response::json(200, m_monitor->poolMonitor(pool, query));
}

Response PoolModule::nodeMonitor(const Request &request)
{
    const Json pool = pathPool(request);
    const Json node = requireNode(pool, request.param(QStringLiteral("node_name")));
    const MonitorSeries::Query query = MonitorSeries::parseQuery(request, m_pools->nowMs());
    return Response::json(200, m_monitor->nodeMonitor(pool, node, query));
}

Response PoolModule::poolStatistics(const Request &request)
{
    const QString workspace = request.query(QStringLiteral("workspaceId"));
    int creating = 0;
    int created = 0;
    int failed = 0;
    int pending = 0;
    int deleting = 0;
    for (const Json &pool : m_pools->pools())
    {
        const QString ws = PoolStore::label(pool, kWorkspaceLabel);
        if (!workspace.isEmpty() && (ws.isEmpty() ? QStringLiteral("0") : ws) != workspace)
            continue;
        const QString phase = PoolStore::str(pool, "/status/phase");
        if (phase == u"Creating")
            ++creating;
        else if (phase == u"Running" || phase == u"Abnormal" || phase == u"ScalingFailed")
            ++created;
        else if (phase == u"CreationFailed" || phase == u"Error")
            ++failed;
        else if (phase == u"Waiting")
            ++pending;
        else if (phase == u"Deleting")
            ++deleting;
    }
    Json out;
    out["statistics"] = {
        { "status",
            { { "created", created }, { "creating", creating }, { "deleting", deleting }, { "failed", failed },
                { "pending", pending } } },
    };
    out["operationTime"] = toStd(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral("000000 +0000 UTC"));
    return Response::json(200, out);
}

Response PoolModule::runtimeMetrics(const Request &)
{
    const QString timestamp = rfc3339(m_pools->nowMs());
    Json items = Json::array();
    for (const Json &pool : m_pools->pools())
    {
        const QString name = PoolStore::str(pool, "/metadata/name");
        const FlavorShape &shape = shapeOf(pool);
        const int available = m_pools->store().countUnder(kNode, name, kPhaseAvailable);
        const int allocated = std::min(available, m_pools->store().unitsHeld(name));
        int target = 0;
        for (const Json &r : pool.at("spec").value("resources", Json::array()))
            target += r.value("count", 0);
        target = target > 0 ? target : available;
        const auto value = [&shape](int nodes)
        {
            Json v = Json::object();
            v["cpu"] = nodes * shape.cpuCores;
            v["memory"] = toStd(QStringLiteral("%1Mi").arg(nodes * shape.memoryMiB));
            if (shape.gpuCount > 0)
                v["nvidia.com/gpu"] = nodes * shape.gpuCount;
            if (shape.npuCount > 0)
                v[toStd(QStringLiteral("huawei.com/") + shape.npuProduct.toLower())] = nodes * shape.npuCount;
            return v;
        };
        Json table;
        table["allocated"] = { { "value", value(allocated) }, { "timestamp", toStd(timestamp) }, { "window", "1m" } };
        table["capacity"] = { { "value", value(available) }, { "maxValue", value(std::max(target, available)) },
            { "timestamp", toStd(timestamp) }, { "window", "1m" } };
        Json item;
        item["table"] = table;
        item["metadata"]
            = { { "name", toStd(name) }, { "labels", { { toStd(kNameLabel), toStd(PoolStore::displayName(pool)) } } } };
        items.push_back(item);
    }
    Json out;
    out["apiVersion"] = "v2";
    out["kind"] = "PoolMetricsList";
    out["items"] = items;
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------
// Workloads (P-11, P-12)

Response PoolModule::workloads(const Request &request)
{
    const Json pool = pathPool(request);
    return Response::json(200, m_workloads->list(pool, request));
}

Response PoolModule::workloadStatistics(const Request &request)
{
    const Json pool = pathPool(request);
    return Response::json(200, m_workloads->statistics(pool));
}

// ---------------------------------------------------------------------------
// Resource flavors (P-13, P-14)

Response PoolModule::resourceFlavors(const Request &request)
{
    const QString selector = request.query(QStringLiteral("labelSelector"));
    std::vector<Json> matching;
    for (const FlavorShape &f : flavors::poolNodes())
    {
        const bool baremetal = f.id.contains(QStringLiteral(".bm."));
        Json item;
        item["kind"] = "ResourceFlavor";
        item["apiVersion"] = "v1";
        item["metadata"] = {
            { "name", toStd(f.id) },
            { "labels",
                { { "os.modelarts/scope", "Train.Infer.Notebook" }, { "os.modelarts.flavor/type", toStd(f.type) },
                    { "os.modelarts.flavor/baremetal", baremetal ? "true" : "false" },
                    { "os.modelarts.flavor/localdisk", baremetal ? "true" : "false" } } },
            { "annotations",
                { { toStd(kDescription), toStd(f.displayName) },
                    { "os.modelarts/billing.code", toStd(f.billingCode) } } },
        };
        Json spec;
        spec["type"] = "Dedicate";
        spec["cpuArch"] = toStd(f.cpuArch);
        spec["cpu"] = toStd(QString::number(f.cpuCores));
        spec["memory"] = toStd(QStringLiteral("%1Gi").arg(f.memoryMiB / 1024));
        if (f.gpuCount > 0)
            spec["gpu"] = { { "type", toStd(f.gpuProduct) }, { "size", f.gpuCount },
                { "memory", toStd(QStringLiteral("%1Gi").arg(f.gpuMemoryMiB / 1024)) } };
        if (f.npuCount > 0)
            spec["npu"] = { { "type", toStd(f.npuProduct) }, { "size", f.npuCount },
                { "memory", toStd(QStringLiteral("%1Gi").arg(f.npuMemoryMiB / 1024)) } };
        spec["dataVolumes"]
            = Json::array({ { { "volumeType", "SSD" }, { "size", toStd(QStringLiteral("%1Gi").arg(f.diskGiB)) } } });
        spec["rootVolume"] = { { "volumeType", "SSD" }, { "size", "100Gi" } };
        spec["jobFlavors"] = Json::array({ toStd(f.id) });
        spec["billingModes"] = Json::array({ 0 });
        item["spec"] = spec;
        // Every AZ a pool's nodes can be placed in (createPool's per-AZ counts), sold out when
        // the region's stock of the flavor is used up.
        const char *state = m_pools->stockLeft(f.id) > 0 ? "normal" : "soldout";
        Json phase = Json::object();
        for (int i = 1; i <= 3; ++i)
            phase[toStd(QStringLiteral("%1-az%2").arg(m_ctx.config().region).arg(i))] = state;
        item["status"] = { { "phase", phase } };
        if (!selector.isEmpty() && !PoolStore::matchesSelector(item, selector))
            continue;
        matching.push_back(item);
    }
    return Response::json(
        200, PoolStore::pagedList(request, "ResourceFlavorList", "v1", matching, [](const Json &f) { return f; }));
}

Response PoolModule::virtualResourceFlavors(const Request &)
{
    Json out;
    out["kind"] = "ResourceFlavorList";
    out["apiVersion"] = "v1";
    out["metadata"] = Json::object();
    out["items"] = Json::array();
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------
// Events (P-18), quotas (P-19), retry-scope (P-20)

Response PoolModule::poolEvents(const Request &request)
{
    const QString resource = request.query(QStringLiteral("resource"));
    if (resource.isEmpty())
        PoolStore::badRequest(QStringLiteral("resource is required (pools)."));
    if (resource != u"pools")
        PoolStore::badRequest(QStringLiteral("resource must be pools."));
    const QString poolName = request.query(QStringLiteral("name"));
    if (poolName.isEmpty())
        PoolStore::badRequest(QStringLiteral("name (the pool name) is required."));
    const auto pool = m_pools->findPool(poolName);
    if (!pool)
        throw HttpError(404, QStringLiteral("ModelArts.50015001"), QStringLiteral("Pool %1 not found.").arg(poolName));
    const QString type = request.query(QStringLiteral("type"));
    if (!type.isEmpty() && type != u"Normal" && type != u"Warning")
        PoolStore::badRequest(QStringLiteral("type must be Normal or Warning."));
    const qint64 since = timeParam(request, QStringLiteral("since"));
    const qint64 until = timeParam(request, QStringLiteral("until"));
    const QString ascendText = request.query(QStringLiteral("ascend"));
    if (!ascendText.isEmpty() && ascendText != u"true" && ascendText != u"false")
        PoolStore::badRequest(QStringLiteral("ascend must be true or false."));
    const int limitArg = queryInt(request, QStringLiteral("limit"), 0, 0, 500);
    const int limit = limitArg == 0 ? 500 : limitArg;

    std::vector<StoredEvent> events;
    for (const StoredEvent &e : m_pools->store().events(kPool, PoolStore::str(*pool, "/metadata/name")))
    {
        if (!type.isEmpty() && e.level != type)
            continue;
        if ((since >= 0 && e.timeMs < since) || (until >= 0 && e.timeMs > until))
            continue;
        events.push_back(e);
    }
    if (ascendText != u"true")
        std::reverse(events.begin(), events.end()); // newest first unless asked otherwise
    const int total = static_cast<int>(events.size());
    int offset = 0;
    const QString offsetText = request.hasQuery(QStringLiteral("offset")) ? request.query(QStringLiteral("offset"))
                                                                          : request.query(QStringLiteral("continue"));
    if (!offsetText.isEmpty())
    {
        bool ok = false;
        offset = offsetText.toInt(&ok);
        if (!ok || offset < 0)
            PoolStore::badRequest(QStringLiteral("offset must be a non-negative integer."));
    }
    Json items = Json::array();
    for (int i = offset; i < total && i < offset + limit; ++i)
    {
        const StoredEvent &e = events[static_cast<size_t>(i)];
        const std::string at = toStd(rfc3339(e.timeMs));
        items.push_back({
            { "kind", "Event" },
            { "apiVersion", "v1" },
            { "type", toStd(e.level) },
            { "firstTimestamp", at },
            { "lastTimestamp", at },
            { "count", 1 },
            { "reason", toStd(e.source) },
            { "message", toStd(e.message) },
        });
    }
    Json out;
    out["kind"] = "EventList";
    out["apiVersion"] = "v1";
    out["metadata"] = Json::object();
    if (offset + limit < total)
        out["metadata"]["continue"] = toStd(QString::number(offset + limit));
    out["items"] = items;
    out["total"] = total;
    return Response::json(200, out);
}

Response PoolModule::osQuotas(const Request &)
{
    const Store &store = m_pools->store();
    const int pools = store.count(kPool) - (store.get(kPool, flavors::kLocalPool) ? 1 : 0);
    Json resources = Json::array();
    resources.push_back({ { "type", "pool" }, { "quota", kPoolQuota }, { "used", pools } });
    resources.push_back(
        { { "type", "network" }, { "quota", NetworkRoutes::kQuota }, { "used", store.count(kNetwork) } });
    Json out;
    out["quotas"] = { { "resources", resources } };
    return Response::json(200, out);
}

Response PoolModule::retryScope(const Request &request)
{
    Json pool = pathPool(request);
    const Json body = request.object(kPoolBodyErrors);
    const QString scope = body.contains("scope") && body["scope"].is_string()
        ? QString::fromStdString(body["scope"].get<std::string>())
        : QString();
    if (scope.isEmpty())
        PoolStore::badRequest(QStringLiteral("scope is required."));
    if (!stringList(pool["spec"].value("scope", Json::array())).contains(scope))
        PoolStore::badRequest(
            QStringLiteral("%1 is not a job type of the pool %2.").arg(scope, PoolStore::displayName(pool)));
    bool changed = false;
    for (Json &s : pool["status"]["scope"])
    {
        if (s.value("scopeType", std::string()) == toStd(scope) && s.value("state", std::string()) == "EnableFailed")
        {
            s["state"] = "Enabling";
            changed = true;
        }
    }
    if (changed)
    {
        PoolStore::setAnnotation(pool, kScopeSince, QString::number(m_pools->nowMs()));
        m_pools->store().transaction([&] { m_pools->savePool(pool); });
    }
    return Response::json(200, PoolStore::render(pool));
}

// ---------------------------------------------------------------------------
// The built-in pool and demo data

void PoolModule::ensureLocalPool()
{
    const FlavorShape &shape = flavors::local();
    const qint64 now = m_pools->nowMs();
    // This computer runs training jobs and notebooks (a real Jupyter), so both forms offer it.
    const QStringList localScope = { QStringLiteral("Train"), QStringLiteral("Notebook") };
    Json pool;
    if (auto existing = m_pools->store().get(kPool, flavors::kLocalPool))
    {
        pool = std::move(*existing);
    }
    else
    {
        pool = newPoolDoc(m_ctx, flavors::kLocalPool, QStringLiteral("0"), localScope, shape, 1, QString(), now);
        pool["metadata"]["name"] = toStd(flavors::kLocalPool);
        pool["metadata"]["labels"]["os.modelarts/create-from"] = "modelarts-local";
        pool["metadata"]["annotations"][toStd(kDescription)] = "This computer: jobs run here for real.";
        pool["metadata"]["annotations"].erase("os.modelarts/flavor.resource.ids");
        pool["status"]["root"] = toStd(flavors::kLocalPool);
        markRunning(pool, now);
        m_pools->poolEvent(flavors::kLocalPool, QStringLiteral("Normal"), QStringLiteral("PoolStatusChange"),
            QStringLiteral("Start creating pool"), now);
        m_pools->phaseEvent(flavors::kLocalPool, kPhaseCreating, kPhaseRunning, now);
    }

    // One node named after this computer with its real CPUs and memory.
    QString nodeName = machineNodeName();
    if (const auto other = m_pools->store().get(kNode, nodeName);
        other && PoolStore::label(*other, QStringLiteral("os.modelarts.node/cluster")) != flavors::kLocalPool)
        nodeName += QStringLiteral("-local");
    const Json fresh = m_pools->makeNode(pool, shape, nodeName, kPhaseAvailable, now, QStringLiteral("127.0.0.1"));
    std::vector<Json> nodes = m_pools->nodes(flavors::kLocalPool);
    const bool upToDate = nodes.size() == 1 && PoolStore::str(nodes.front(), "/metadata/name") == nodeName
        && nodes.front()["spec"] == fresh["spec"]
        && nodes.front()["status"]["resources"] == fresh["status"]["resources"]
        && PoolStore::str(nodes.front(), "/status/phase") == kPhaseAvailable;
    if (!upToDate)
    {
        for (const Json &old : nodes)
        {
            m_pools->store().remove(kNode, PoolStore::str(old, "/metadata/name"));
            m_pools->store().purgeOwned(PoolStore::str(old, "/metadata/name"));
        }
        m_pools->saveNode(fresh);
        nodes = { fresh };
    }
    pool["spec"]["resources"] = Json::array({ { { "flavor", toStd(shape.id) }, { "count", 1 }, { "maxCount", 1 } } });
    // A data folder from before notebooks ran here holds the local pool with Train only.
    pool["spec"]["scope"] = stringArray(localScope);
    pool["status"]["scope"] = scopeStatus(localScope, QStringLiteral("Enabled"));
    PoolStore::recount(pool, nodes);
    m_pools->savePool(pool);
}

void PoolModule::seedPool(const QString &displayName, const QString &flavorId, int count, const QStringList &scope,
    double daysAgo, const QString &network)
{
    const FlavorShape *shape = flavors::find(flavorId);
    if (!shape)
        return;
    const qint64 created = m_pools->nowMs() - static_cast<qint64>(daysAgo * kDayMs);
    Json pool = newPoolDoc(m_ctx, displayName, QStringLiteral("0"), scope, *shape, count, network, created);
    const QString name = PoolStore::str(pool, "/metadata/name");
    m_pools->poolEvent(name, QStringLiteral("Normal"), QStringLiteral("PoolStatusChange"),
        QStringLiteral("Start creating pool"), created);
    NodeCounts counts;
    counts.creating = count;
    m_pools->resourcesEvent(name, NodeCounts(), counts, created + 1000);
    std::vector<Json> nodes;
    qint64 readyAt = created;
    for (int i = 0; i < count; ++i)
    {
        readyAt = created + kClusterSetupMs * 6 + i * kNodeStepMs * 3;
        const QString ip = m_pools->nextPrivateIp(pool);
        Json node = m_pools->makeNode(pool, *shape, m_pools->newNodeName(), kPhaseAvailable, created + 1000 + i, ip);
        PoolStore::setAnnotation(node, kAvailableSince, QString::number(readyAt));
        PoolStore::setAnnotation(node, kPhaseSince, QString::number(readyAt));
        m_pools->saveNode(node);
        nodes.push_back(node);
        const NodeCounts before = counts;
        --counts.creating;
        ++counts.available;
        m_pools->resourcesEvent(name, before, counts, readyAt);
    }
    markRunning(pool, readyAt);
    m_pools->phaseEvent(name, kPhaseCreating, kPhaseRunning, readyAt + 1000);
    if (count >= 4)
    {
        // A node that failed for a while and came back: the kind of history a real pool has.
        const qint64 failedAt = created + static_cast<qint64>(daysAgo * kDayMs / 2);
        NodeCounts abnormal = counts;
        --abnormal.available;
        ++abnormal.abnormal;
        m_pools->resourcesEvent(name, counts, abnormal, failedAt);
        m_pools->phaseEvent(name, kPhaseRunning, kPhaseAbnormal, failedAt + 2000);
        m_pools->resourcesEvent(name, abnormal, counts, failedAt + 40 * 60 * 1000);
        m_pools->phaseEvent(name, kPhaseAbnormal, kPhaseRunning, failedAt + 40 * 60 * 1000 + 2000);
    }
    PoolStore::recount(pool, nodes);
    m_pools->savePool(pool);
}

void PoolModule::seedDemoData()
{
    ensureLocalPool();
    const qint64 now = m_pools->nowMs();
    Json network = m_networks->makeNetwork(QStringLiteral("network-demo"), QStringLiteral("192.168.0.0/16"),
        QStringLiteral("0"), now - 10 * kDayMs, kPhaseActive);
    m_pools->saveNetwork(network);
    const QString networkName = PoolStore::str(network, "/metadata/name");
    seedPool(QStringLiteral("gpu-v100-pool"), QStringLiteral("modelarts.bm.gpu.v100.8"), 4,
        { QStringLiteral("Train"), QStringLiteral("Infer") }, 9, networkName);
    seedPool(QStringLiteral("ascend-snt9-pool"), QStringLiteral("modelarts.bm.snt9.xlarge.8"), 2,
        { QStringLiteral("Train") }, 7, networkName);
    seedPool(QStringLiteral("cpu-small-pool"), QStringLiteral("modelarts.vm.cpu.8ud"), 1,
        { QStringLiteral("Train"), QStringLiteral("Notebook") }, 3, networkName);
}
} // namespace ma::server
