#include "poolstore.h"

#include "serverutil.h"

#include <algorithm>
#include <limits>
#include <map>
#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace ma::server
{
using namespace poolkeys;

namespace
{
const QString kPlacementMetaPrefix = QStringLiteral("pool.job-nodes/");

const Json *member(const Json &j, const char *key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

const Json *mapEntry(const Json &doc, const char *map, const QString &key)
{
    const Json *meta = member(doc, "metadata");
    const Json *m = meta ? member(*meta, map) : nullptr;
    if (!m || !m->is_object())
        return nullptr;
    const auto it = m->find(key.toStdString());
    return it == m->end() ? nullptr : &*it;
}

qint64 parseTimestamp(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString quantityMi(qint64 mib)
{
    return QStringLiteral("%1Mi").arg(mib);
}

QString npuResourceKey(const FlavorShape &shape)
{
    return QStringLiteral("huawei.com/") + shape.npuProduct.toLower();
}

/** CPU and memory a node offers to workloads: the system keeps a little for itself. */
Json allocatable(const FlavorShape &shape)
{
    Json r = Json::object();
    const qint64 milli = shape.cpuCores * 1000LL;
    r["cpu"] = toStd(QStringLiteral("%1m").arg(milli - std::min<qint64>(milli / 50, 1000)));
    r["memory"] = toStd(quantityMi(shape.memoryMiB - shape.memoryMiB / 12));
    if (shape.gpuCount > 0)
        r["nvidia.com/gpu"] = toStd(QString::number(shape.gpuCount));
    if (shape.npuCount > 0)
        r[toStd(npuResourceKey(shape))] = toStd(QString::number(shape.npuCount));
    return r;
}

Json nothingFree(const FlavorShape &shape)
{
    Json r = Json::object();
    r["cpu"] = "0";
    r["memory"] = "0Mi";
    if (shape.gpuCount > 0)
        r["nvidia.com/gpu"] = "0";
    if (shape.npuCount > 0)
        r[toStd(npuResourceKey(shape))] = "0";
    return r;
}
} // namespace

QString NodeCounts::text() const
{
    return QStringLiteral("%1/%2/%3/%4").arg(available).arg(abnormal).arg(creating).arg(deleting);
}

PoolStore::PoolStore(ServerContext &context)
    : m_ctx(context)
{
}

// ---------------------------------------------------------------------------
// JSON helpers

QString PoolStore::str(const Json &j, const char *pointer)
{
    return stringAt(j, pointer);
}

QString PoolStore::annotation(const Json &doc, const QString &key)
{
    const Json *v = mapEntry(doc, "annotations", key);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

qint64 PoolStore::annotationMs(const Json &doc, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 v = annotation(doc, key).toLongLong(&ok);
    return ok ? v : fallback;
}

void PoolStore::setAnnotation(Json &doc, const QString &key, const QString &value)
{
    Json &annotations = doc["metadata"]["annotations"];
    if (!annotations.is_object())
        annotations = Json::object();
    annotations[toStd(key)] = toStd(value);
}

void PoolStore::removeAnnotation(Json &doc, const QString &key)
{
    if (!doc.contains("metadata") || !doc["metadata"].contains("annotations"))
        return;
    Json &annotations = doc["metadata"]["annotations"];
    if (annotations.is_object())
        annotations.erase(toStd(key));
}

QString PoolStore::label(const Json &doc, const QString &key)
{
    const Json *v = mapEntry(doc, "labels", key);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

QString PoolStore::displayName(const Json &doc)
{
    const QString name = label(doc, kNameLabel);
    return name.isEmpty() ? str(doc, "/metadata/name") : name;
}

qint64 PoolStore::createdMs(const Json &doc)
{
    const qint64 ms = annotationMs(doc, kCreatedMs);
    return ms > 0 ? ms : parseTimestamp(str(doc, "/metadata/creationTimestamp"));
}

Json PoolStore::render(Json doc)
{
    if (doc.contains("metadata") && doc["metadata"].contains("annotations")
        && doc["metadata"]["annotations"].is_object())
    {
        Json &annotations = doc["metadata"]["annotations"];
        const std::string prefix = toStd(kInternalPrefix);
        for (auto it = annotations.begin(); it != annotations.end();)
        {
            if (it.key().rfind(prefix, 0) == 0)
                it = annotations.erase(it);
            else
                ++it;
        }
    }
    return doc;
}

void PoolStore::badRequest(const QString &detail)
{
    throw kPoolBodyErrors.refuse(detail);
}

void PoolStore::checkResourceName(const QString &value, const QString &field, int minLength, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]([a-z0-9-]*[a-z0-9])?$"));
    if (value.isEmpty())
        badRequest(QStringLiteral("%1 is required.").arg(field));
    if (value.size() < minLength || value.size() > maxLength)
        badRequest(QStringLiteral("%1 must be %2 to %3 characters long.").arg(field).arg(minLength).arg(maxLength));
    if (!pattern.match(value).hasMatch() || hasControlCharacter(value)) // "$" also matches before a final \n
        badRequest(QStringLiteral("%1 may contain only lowercase letters, digits and hyphens (-), must start with a "
                                  "lowercase letter and cannot end with a hyphen.")
                       .arg(field));
}

void PoolStore::checkWorkspace(const QString &workspaceId) const
{
    if (workspaceId.isEmpty() || workspaceId == u"0")
        return;
    if (!store().get(QStringLiteral("workspace"), workspaceId))
        badRequest(QStringLiteral("The workspace %1 does not exist.").arg(workspaceId));
}

void PoolStore::mergeMap(Json &doc, const char *map, const Json &patch, const QStringList &immutable)
{
    if (patch.is_null())
        return;
    if (!patch.is_object())
        badRequest(QStringLiteral("metadata.%1 must be an object.").arg(QLatin1String(map)));
    Json &target = doc["metadata"][map];
    if (!target.is_object())
        target = Json::object();
    const std::string internal = toStd(kInternalPrefix);
    for (auto it = patch.begin(); it != patch.end(); ++it)
    {
        const QString key = QString::fromStdString(it.key());
        if (it.key().rfind(internal, 0) == 0)
            continue;
        if (!it.value().is_null() && !it.value().is_string())
            badRequest(QStringLiteral("metadata.%1.%2 must be a string.").arg(QLatin1String(map), key));
        if (immutable.contains(key))
        {
            const auto current = target.find(it.key());
            if (current == target.end() || *current != it.value())
                badRequest(QStringLiteral("metadata.%1.%2 cannot be changed.").arg(QLatin1String(map), key));
            continue;
        }
        if (it.value().is_null())
            target.erase(it.key());
        else
            target[it.key()] = it.value();
    }
}

// ---------------------------------------------------------------------------
// Pools

std::optional<Json> PoolStore::findPool(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    if (auto doc = store().get(kPool, name))
        return doc;
    for (Json &doc : store().list(kPool))
    {
        if (label(doc, kNameLabel) == name)
            return std::move(doc);
    }
    return std::nullopt;
}

Json PoolStore::requirePool(const QString &name) const
{
    auto doc = findPool(name);
    if (!doc)
        throw HttpError(404, QStringLiteral("ModelArts.50015001"), QStringLiteral("pool not found"));
    return std::move(*doc);
}

std::vector<Json> PoolStore::pools() const
{
    return store().list(kPool);
}

void PoolStore::savePool(const Json &doc)
{
    saveWithIndex(kPool, doc);
}

void PoolStore::saveWithIndex(const QString &kind, const Json &doc)
{
    // Pools and networks index the same way: display name, phase, creation, workspace label.
    ResourceIndex index;
    index.name = displayName(doc);
    index.status = str(doc, "/status/phase");
    index.createdMs = createdMs(doc);
    index.workspace = label(doc, kWorkspaceLabel);
    if (index.workspace.isEmpty())
        index.workspace = QStringLiteral("0");
    store().put(kind, str(doc, "/metadata/name"), doc, index);
}

// ---------------------------------------------------------------------------
// Networks

std::optional<Json> PoolStore::findNetwork(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    if (auto doc = store().get(kNetwork, name))
        return doc;
    for (Json &doc : store().list(kNetwork))
    {
        if (label(doc, kNameLabel) == name)
            return std::move(doc);
    }
    return std::nullopt;
}

void PoolStore::saveNetwork(const Json &doc)
{
    saveWithIndex(kNetwork, doc);
}

// ---------------------------------------------------------------------------
// Nodes

std::vector<Json> PoolStore::nodes(const QString &pool) const
{
    std::vector<Json> list = store().list(kNode, pool);
    std::stable_sort(list.begin(), list.end(),
        [](const Json &a, const Json &b)
        {
            const qint64 ca = createdMs(a);
            const qint64 cb = createdMs(b);
            if (ca != cb)
                return ca < cb;
            return str(a, "/metadata/name") < str(b, "/metadata/name");
        });
    return list;
}

void PoolStore::saveNode(const Json &doc)
{
    ResourceIndex index;
    index.name = str(doc, "/metadata/name");
    index.status = str(doc, "/status/phase");
    index.createdMs = createdMs(doc);
    index.parent = label(doc, QStringLiteral("os.modelarts.node/cluster"));
    store().put(kNode, index.name, doc, index);
}

QString PoolStore::newNodeName() const
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (;;)
    {
        QString suffix;
        for (int i = 0; i < 5; ++i)
            suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
        const QString name = QStringLiteral("os-node-created-") + suffix;
        if (!store().get(kNode, name))
            return name;
    }
}

Json PoolStore::makeNode(const Json &pool, const FlavorShape &shape, const QString &name, const QString &phase,
    qint64 createdMs, const QString &privateIp) const
{
    const QString poolName = str(pool, "/metadata/name");
    Json node;
    node["apiVersion"] = "v2";
    node["kind"] = "Node";
    Json meta;
    meta["name"] = toStd(name);
    meta["creationTimestamp"] = toStd(rfc3339(createdMs));
    meta["labels"] = {
        { "os.modelarts.node/cluster", toStd(poolName) },
        { "os.modelarts.node/nodepool", "nodepool-default" },
        { "os.modelarts/resource.id", toStd(QStringLiteral("maos-") + name) },
        { "os.modelarts/billing.status", "0" },
    };
    meta["annotations"] = {
        { "os.modelarts/billing.mode", "0" },
        { toStd(kCreatedMs), toStd(QString::number(createdMs)) },
        { toStd(kPhaseSince), toStd(QString::number(createdMs)) },
    };
    node["metadata"] = meta;
    Json spec;
    spec["flavor"] = toStd(shape.id);
    const QString network = str(pool, "/spec/network/name");
    if (!network.isEmpty())
        spec["hostNetwork"] = { { "vpc", toStd(network) }, { "subnet", toStd(network + QStringLiteral("-subnet")) },
            { "securityGroups", Json::array() } };
    node["spec"] = spec;
    Json status;
    status["phase"] = toStd(phase);
    status["az"] = toStd(m_ctx.config().region + QStringLiteral("-az1"));
    status["privateIp"] = toStd(privateIp);
    Json resources = Json::object();
    resources["cpu"] = toStd(QString::number(shape.cpuCores));
    resources["memory"] = toStd(quantityMi(shape.memoryMiB));
    if (shape.gpuCount > 0)
        resources["nvidia.com/gpu"] = toStd(QString::number(shape.gpuCount));
    if (shape.npuCount > 0)
        resources[toStd(npuResourceKey(shape))] = toStd(QString::number(shape.npuCount));
    status["resources"] = resources;
    // Per-node driver (modelarts-local; the console's Nodes tab shows driver version and state).
    for (const char *kind : { "gpu", "npu" })
    {
        const Json::json_pointer ptr(std::string("/status/driver/") + kind + "/version");
        if (pool.contains(ptr) && pool.at(ptr).is_string())
            status["driver"] = { { "version", pool.at(ptr) }, { "state", "Running" } };
    }
    node["status"] = status;
    if (phase == kPhaseAvailable)
        setAnnotation(node, kAvailableSince, QString::number(createdMs));
    return node;
}

QString PoolStore::nextPrivateIp(Json &pool) const
{
    QString cidr = QStringLiteral("192.168.0.0/16");
    const QString network = str(pool, "/spec/network/name");
    if (!network.isEmpty())
    {
        if (const auto doc = store().get(kNetwork, network))
        {
            const QString c = str(*doc, "/spec/cidr");
            if (!c.isEmpty())
                cidr = c;
        }
    }
    const auto [base, prefix] = QHostAddress::parseSubnet(cidr);
    const qint64 counter = annotationMs(pool, kNextIp, 0);
    setAnnotation(pool, kNextIp, QString::number(counter + 1));
    const quint32 hostBits = prefix >= 0 && prefix < 32 ? 32 - prefix : 8;
    const quint32 span = hostBits >= 31 ? 0x7fffffffU : (1U << hostBits);
    const quint32 offset = span > 12 ? 10 + static_cast<quint32>(counter % (span - 12)) : 1;
    return QHostAddress(base.toIPv4Address() + offset).toString();
}

Json PoolStore::renderNode(const Json &node, bool busy) const
{
    Json doc = render(node);
    const FlavorShape *shape = flavors::find(str(node, "/spec/flavor"));
    if (!shape)
        return doc;
    const bool available = str(node, "/status/phase") == kPhaseAvailable;
    doc["status"]["availableResources"] = available && !busy ? allocatable(*shape) : nothingFree(*shape);
    return doc;
}

// ---------------------------------------------------------------------------
// Status counters and events

NodeCounts PoolStore::countsOf(const Json &pool)
{
    NodeCounts c;
    const Json::json_pointer ptr("/status/resources");
    if (!pool.contains(ptr) || !pool.at(ptr).is_object())
        return c;
    const Json &res = pool.at(ptr);
    const auto sum = [&res](const char *key)
    {
        int total = 0;
        if (const Json *list = member(res, key); list && list->is_array())
        {
            for (const Json &item : *list)
                total += static_cast<int>(intAt(item, "/count", 0));
        }
        return total;
    };
    c.available = sum("available");
    c.abnormal = sum("abnormal");
    c.creating = sum("creating");
    c.deleting = sum("deleting");
    return c;
}

NodeCounts PoolStore::recount(Json &pool, const std::vector<Json> &nodes)
{
    // phase -> flavor -> az -> count, in the order the status lists them.
    std::map<QString, std::map<QString, std::map<QString, int>>> byPhase;
    for (const Json &node : nodes)
        ++byPhase[str(node, "/status/phase")][str(node, "/spec/flavor")][str(node, "/status/az")];
    Json resources = Json::object();
    const std::pair<const char *, QString> states[] = {
        { "creating", kPhaseCreating },
        { "available", kPhaseAvailable },
        { "abnormal", kPhaseAbnormal },
        { "deleting", kPhaseDeleting },
    };
    for (const auto &[key, phase] : states)
    {
        const auto it = byPhase.find(phase);
        if (it == byPhase.end())
            continue;
        Json list = Json::array();
        for (const auto &[flavor, azs] : it->second)
        {
            int count = 0;
            Json azList = Json::array();
            for (const auto &[az, n] : azs)
            {
                count += n;
                azList.push_back({ { "az", toStd(az) }, { "count", n } });
            }
            list.push_back({ { "flavor", toStd(flavor) }, { "count", count }, { "azs", azList } });
        }
        resources[key] = list;
    }
    pool["status"]["resources"] = resources;
    return countsOf(pool);
}

int PoolStore::stockOf(const QString &flavorId)
{
    // Region-wide stock per flavor (modelarts-local): far below maxNodes for accelerators.
    if (flavorId.contains(u"v100"))
        return 24;
    if (flavorId.contains(u"snt9"))
        return 16;
    if (flavorId.contains(u"gpu"))
        return 40;
    return 200;
}

int PoolStore::stockLeft(const QString &flavorId) const
{
    int used = 0;
    for (const Json &pool : pools())
    {
        for (const Json &node : nodes(str(pool, "/metadata/name")))
        {
            if (str(node, "/spec/flavor") == flavorId && str(node, "/status/phase") != kPhaseDeleting)
                ++used;
        }
    }
    return std::max(0, stockOf(flavorId) - used);
}

NodeCounts PoolStore::refreshResources(Json &pool)
{
    const NodeCounts before = countsOf(pool);
    const NodeCounts after = recount(pool, nodes(str(pool, "/metadata/name")));
    if (!(before == after))
        resourcesEvent(str(pool, "/metadata/name"), before, after);
    return after;
}

void PoolStore::poolEvent(
    const QString &pool, const QString &type, const QString &reason, const QString &message, qint64 timeMs)
{
    store().addEvent(kPool, pool, { timeMs > 0 ? timeMs : nowMs(), type, reason, message });
}

void PoolStore::resourcesEvent(const QString &pool, const NodeCounts &before, const NodeCounts &after, qint64 timeMs)
{
    const qint64 at = timeMs > 0 ? timeMs : nowMs();
    const QString type = after.abnormal > before.abnormal ? QStringLiteral("Warning") : QStringLiteral("Normal");
    poolEvent(pool, type, QStringLiteral("PoolResourcesStatusChange"),
        QStringLiteral("Pool resources status changed, available/abnormal/creating/deleting count from %1 to %2, "
                       "timestamp: %3.")
            .arg(before.text(), after.text())
            .arg(at / 1000),
        at);
}

void PoolStore::phaseEvent(const QString &pool, const QString &from, const QString &to, qint64 timeMs)
{
    static const QStringList bad = { QStringLiteral("Abnormal"), QStringLiteral("Error"),
        QStringLiteral("CreationFailed"), QStringLiteral("ScalingFailed") };
    poolEvent(pool, bad.contains(to) ? QStringLiteral("Warning") : QStringLiteral("Normal"),
        QStringLiteral("PoolStatusChange"), QStringLiteral("Pool status changed, from %1 to %2.").arg(from, to),
        timeMs);
}

// ---------------------------------------------------------------------------
// Work placed on the pool

QSet<QString> PoolStore::busyNodes(const QString &pool) const
{
    QSet<QString> busy;
    for (const QString &kind : { kTrainingJob, kTrainingJobV1 })
    {
        for (const Json &doc : store().list(kind, pool))
        {
            const QStringList names = annotation(doc, kJobNodes).split(u',', Qt::SkipEmptyParts);
            for (const QString &n : names)
                busy.insert(n.trimmed());
        }
    }
    return busy;
}

int PoolStore::nodesInUse(const QString &pool) const
{
    return std::max(store().unitsHeld(pool), static_cast<int>(busyNodes(pool).size()));
}

std::vector<JobPlacement> PoolStore::placements(const QString &pool) const
{
    std::vector<JobPlacement> out;
    std::vector<QString> poolNodeNames;
    bool poolNodesRead = false;
    for (const QString &kind : { kTrainingJob, kTrainingJobV1 })
    {
        const bool v2 = kind == kTrainingJob;
        for (const Json &doc : store().list(kind, pool))
        {
            JobPlacement p;
            // A v1 version runs on its own (version_id = job_id for a job's first version).
            p.jobId = v2 ? str(doc, "/metadata/id") : str(doc, "/version_id");
            if (p.jobId.isEmpty() && !v2)
                p.jobId = str(doc, "/job_id");
            if (p.jobId.isEmpty())
                continue;
            const QString current = annotation(doc, kJobNodes);
            QString nodes = current;
            if (nodes.isEmpty())
                nodes = store().meta(kPlacementMetaPrefix + p.jobId);
            const qint64 created = v2 ? intAt(doc, "/metadata/create_time", 0) : intAt(doc, "/create_time", 0);
            qint64 started = v2 ? intAt(doc, "/status/start_time", 0) : intAt(doc, "/start_time", 0);
            const qint64 duration = v2 ? intAt(doc, "/status/duration", 0) : intAt(doc, "/duration", 0);
            if (nodes.isEmpty())
            {
                // Ran before anyone recorded where: assume the first nodes of the pool.
                if (started <= 0)
                    continue;
                if (!poolNodesRead)
                {
                    for (const Json &n : this->nodes(pool))
                        poolNodeNames.push_back(str(n, "/metadata/name"));
                    poolNodesRead = true;
                }
                const qint64 count
                    = v2 ? intAt(doc, "/spec/resource/node_count", 1) : intAt(doc, "/worker_server_num", 1);
                QStringList guess;
                for (qint64 i = 0; i < count && i < static_cast<qint64>(poolNodeNames.size()); ++i)
                    guess << poolNodeNames[static_cast<size_t>(i)];
                nodes = guess.join(u',');
            }
            p.nodes = nodes.split(u',', Qt::SkipEmptyParts);
            for (QString &n : p.nodes)
                n = n.trimmed();
            if (started <= 0)
                started = created;
            p.startMs = started;
            p.endMs = current.isEmpty() && started > 0 && duration > 0 ? started + duration : 0;
            out.push_back(std::move(p));
        }
    }
    return out;
}

void PoolStore::rememberPlacements()
{
    const std::pair<QString, QStringList> active[] = {
        { kTrainingJob, { QStringLiteral("Running") } },
        { kTrainingJobV1, { QStringLiteral("8") } },
    };
    for (const auto &[kind, statuses] : active)
    {
        for (const QString &id : store().idsWithStatus(kind, statuses))
        {
            const auto doc = store().get(kind, id);
            if (!doc)
                continue;
            const QString nodes = annotation(*doc, kJobNodes);
            if (nodes.isEmpty())
                continue;
            const QString jobId = kind == kTrainingJob ? str(*doc, "/metadata/id") : str(*doc, "/version_id");
            const QString key = kPlacementMetaPrefix + (jobId.isEmpty() ? id : jobId);
            if (store().meta(key) != nodes)
                store().setMeta(key, nodes);
        }
    }
}

// ---------------------------------------------------------------------------
// Paging, selectors, ids

PoolStore::Page PoolStore::page(const Request &request, int total, int maxLimit)
{
    Page p;
    p.limit = maxLimit;
    if (request.hasQuery(QStringLiteral("limit")))
    {
        bool ok = false;
        const int limit = request.query(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0 || limit > maxLimit)
            badRequest(QStringLiteral("limit must be an integer between 0 and %1.").arg(maxLimit));
        p.limit = limit == 0 ? maxLimit : limit;
    }
    const QString token = request.query(QStringLiteral("continue"));
    if (!token.isEmpty())
    {
        bool ok = false;
        const int offset = token.toInt(&ok);
        if (!ok || offset < 0 || offset > total)
            badRequest(QStringLiteral("The continue token %1 is invalid or has expired.").arg(token));
        p.offset = offset;
    }
    return p;
}

Json PoolStore::pagedList(const Request &request, const char *kind, const char *apiVersion,
    const std::vector<Json> &all, const std::function<Json(const Json &)> &render)
{
    const int total = static_cast<int>(all.size());
    const Page at = page(request, total);
    Json items = Json::array();
    for (int i = at.offset; i < total && i < at.offset + at.limit; ++i)
        items.push_back(render(all[static_cast<size_t>(i)]));
    Json out;
    out["kind"] = kind;
    out["apiVersion"] = apiVersion;
    out["metadata"] = Json::object();
    if (const int next = at.offset + at.limit; next < total)
    {
        out["metadata"]["continue"] = toStd(QString::number(next));
        out["metadata"]["remainingItemCount"] = total - next;
    }
    out["items"] = std::move(items);
    return out;
}

bool PoolStore::matchesSelector(const Json &doc, const QString &selector)
{
    const QStringList terms = selector.split(u',', Qt::SkipEmptyParts);
    for (QString term : terms)
    {
        term = term.trimmed();
        if (term.isEmpty())
            continue;
        if (const qsizetype ne = term.indexOf(QStringLiteral("!=")); ne > 0)
        {
            if (label(doc, term.left(ne).trimmed()) == term.mid(ne + 2).trimmed())
                return false;
            continue;
        }
        if (const qsizetype eq = term.indexOf(u'='); eq > 0)
        {
            const QString key = term.left(eq).trimmed();
            QString value = term.mid(eq + 1);
            if (value.startsWith(u'='))
                value = value.mid(1);
            const Json *v = mapEntry(doc, "labels", key);
            if (!v || !v->is_string() || QString::fromStdString(v->get<std::string>()) != value.trimmed())
                return false;
            continue;
        }
        if (term.startsWith(u'!'))
        {
            if (mapEntry(doc, "labels", term.mid(1).trimmed()))
                return false;
            continue;
        }
        if (!mapEntry(doc, "labels", term))
            return false;
    }
    return true;
}

QString PoolStore::stableUuid(const QString &key)
{
    static const QUuid ns(QStringLiteral("6f1c6d1e-8a47-4c55-9a0e-3f0f5a7c2b11"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}
} // namespace ma::server
