#include "poolworkloads.h"

#include "serverutil.h"

#include <algorithm>
#include <map>

namespace ma::server
{
using namespace poolkeys;

namespace
{
const FlavorShape &poolShapeOf(const Json &pool)
{
    if (PoolStore::str(pool, "/metadata/name") == flavors::kLocalPool)
        return flavors::local();
    const FlavorShape *shape = flavors::find(PoolStore::str(pool, "/spec/resources/0/flavor"));
    return shape ? *shape : flavors::poolNodes().front();
}

Json requirement(const FlavorShape &shape, qint64 nodeCount)
{
    Json perNode = Json::object();
    perNode["cpu"] = toStd(QString::number(shape.cpuCores));
    perNode["memory"] = toStd(QStringLiteral("%1Mi").arg(shape.memoryMiB));
    if (shape.gpuCount > 0)
        perNode["nvidia.com/gpu"] = toStd(QString::number(shape.gpuCount));
    if (shape.npuCount > 0)
        perNode[toStd(QStringLiteral("huawei.com/") + shape.npuProduct.toLower())]
            = toStd(QString::number(shape.npuCount));
    Json list = Json::array();
    for (qint64 i = 0; i < std::max<qint64>(1, nodeCount); ++i)
        list.push_back(perNode);
    return list;
}

QString v1StatusWord(qint64 code)
{
    switch (code)
    {
    case 1:
    case 2:
    case 4:
        return QStringLiteral("Creating");
    case 7:
        return QStringLiteral("Queue");
    case 8:
    case 15:
    case 18:
    case 19:
        return QStringLiteral("Running");
    case 9:
        return QStringLiteral("Terminating");
    case 10:
    case 20:
        return QStringLiteral("Completed");
    case 12:
    case 13:
        return QStringLiteral("Terminated");
    case 0:
    case 14:
        return QStringLiteral("Abnormal");
    default:
        return QStringLiteral("Failed");
    }
}

QString notebookStatusWord(const QString &status)
{
    if (status == u"INIT" || status == u"CREATING" || status == u"STARTING")
        return QStringLiteral("Creating");
    if (status == u"RUNNING")
        return QStringLiteral("Running");
    if (status == u"STOPPING" || status == u"DELETING" || status == u"SNAPSHOTTING")
        return QStringLiteral("Terminating");
    if (status == u"STOPPED" || status == u"DELETED")
        return QStringLiteral("Terminated");
    if (status == u"FROZEN")
        return QStringLiteral("Abnormal");
    return QStringLiteral("Failed");
}

Json baseWorkload(const QString &type, const Json &pool, const QString &id, const QString &jobName)
{
    Json w;
    w["kind"] = "Workload";
    w["apiVersion"] = "v1";
    w["uid"] = toStd(PoolStore::stableUuid(QStringLiteral("workload/") + id));
    w["jobUUID"] = toStd(id);
    w["name"] = toStd(QStringLiteral("modelarts-job-") + id);
    w["jobName"] = toStd(jobName);
    w["type"] = toStd(type);
    w["namespace"] = toStd(PoolStore::str(pool, "/metadata/name"));
    return w;
}

void setNodes(Json &w, const QString &annotation, const QHash<QString, QString> &nodeIps)
{
    const QStringList nodes = annotation.split(u',', Qt::SkipEmptyParts);
    if (nodes.isEmpty())
        return;
    Json names = Json::array();
    QStringList ips;
    for (const QString &n : nodes)
    {
        names.push_back(toStd(n.trimmed()));
        const QString ip = nodeIps.value(n.trimmed());
        if (!ip.isEmpty())
            ips << ip;
    }
    w["nodes"] = names;
    w["hostIps"] = toStd(ips.join(u','));
}
} // namespace

PoolWorkloads::PoolWorkloads(PoolStore &pools)
    : m_pools(pools)
{
}

const QStringList &PoolWorkloads::statusWords()
{
    static const QStringList words = {
        QStringLiteral("Queue"),
        QStringLiteral("Pending"),
        QStringLiteral("Abnormal"),
        QStringLiteral("Terminating"),
        QStringLiteral("Creating"),
        QStringLiteral("Running"),
        QStringLiteral("Completed"),
        QStringLiteral("Terminated"),
        QStringLiteral("Failed"),
    };
    return words;
}

Json PoolWorkloads::trainingWorkload(const Json &pool, const Json &job, const QHash<QString, QString> &nodeIps) const
{
    const qint64 now = m_pools.nowMs();
    const QString id = PoolStore::str(job, "/metadata/id");
    Json w = baseWorkload(QStringLiteral("train"), pool, id, PoolStore::str(job, "/metadata/name"));
    const QString phase = PoolStore::str(job, "/status/phase");
    const QString queuePosition = PoolStore::annotation(job, kQueuePosition);
    QString status = phase;
    if (phase == u"Pending")
        status = !queuePosition.isEmpty() || PoolStore::str(job, "/status/secondary_phase") == u"Queuing"
            ? QStringLiteral("Queue")
            : QStringLiteral("Pending");
    if (!statusWords().contains(status))
        status = QStringLiteral("Abnormal");
    const QString flavorId = PoolStore::str(job, "/spec/resource/flavor_id");
    const FlavorShape *shape = flavors::find(flavorId);
    const qint64 nodeCount = intAt(job, "/spec/resource/node_count", 1);
    const qint64 created = intAt(job, "/metadata/create_time", 0);
    const qint64 started = intAt(job, "/status/start_time", 0);
    const qint64 duration = intAt(job, "/status/duration", 0);

    w["flavor"] = toStd(flavorId.isEmpty() ? poolShapeOf(pool).id : flavorId);
    w["status"] = toStd(status);
    w["resourceRequirement"] = requirement(shape ? *shape : poolShapeOf(pool), nodeCount);
    w["priority"] = toStd(QString::number(intAt(job, "/spec/schedule_policy/priority", 0)));
    w["createTime"] = created;
    qint64 running = 0;
    if (phase == u"Running" && started > 0)
        running = (now - started) / 1000;
    else if (started > 0 && duration > 0)
        running = duration / 1000;
    qint64 pending = 0;
    if (started > 0 && created > 0)
        pending = std::max<qint64>(0, (started - created) / 1000);
    else if ((phase == u"Pending" || phase == u"Creating") && created > 0)
        pending = std::max<qint64>(0, (now - created) / 1000);
    w["runningDuration"] = running;
    w["pendingDuration"] = pending;
    bool ok = false;
    const qint64 position = queuePosition.toLongLong(&ok);
    w["pendingPosition"] = ok ? position : -1;
    w["gvk"] = "batch.volcano.sh/v1alpha1, Kind=Job";
    setNodes(w, PoolStore::annotation(job, kJobNodes), nodeIps);
    w["isDeleted"] = "false";
    return w;
}

Json PoolWorkloads::trainingV1Workload(const Json &pool, const Json &job, const QHash<QString, QString> &nodeIps) const
{
    const qint64 now = m_pools.nowMs();
    const QString id = PoolStore::str(job, "/job_id");
    Json w = baseWorkload(QStringLiteral("train"), pool, id, PoolStore::str(job, "/job_name"));
    const QString status = v1StatusWord(intAt(job, "/status", 0));
    const qint64 created = intAt(job, "/create_time", 0);
    const qint64 duration = intAt(job, "/duration", 0);
    const QString flavorId = PoolStore::str(job, "/spec_code");
    const FlavorShape *shape = flavors::find(flavorId);
    w["flavor"] = toStd(flavorId.isEmpty() ? poolShapeOf(pool).id : flavorId);
    w["status"] = toStd(status);
    w["resourceRequirement"] = requirement(shape ? *shape : poolShapeOf(pool), intAt(job, "/worker_server_num", 1));
    w["priority"] = "0";
    w["createTime"] = created;
    w["runningDuration"] = duration / 1000;
    w["pendingDuration"] = status == u"Queue" && created > 0 ? std::max<qint64>(0, (now - created) / 1000) : 0;
    bool ok = false;
    const qint64 position = PoolStore::annotation(job, kQueuePosition).toLongLong(&ok);
    w["pendingPosition"] = ok ? position : -1;
    w["gvk"] = "batch.volcano.sh/v1alpha1, Kind=Job";
    setNodes(w, PoolStore::annotation(job, kJobNodes), nodeIps);
    w["isDeleted"] = "false";
    return w;
}

Json PoolWorkloads::notebookWorkload(const Json &pool, const Json &notebook) const
{
    const qint64 now = m_pools.nowMs();
    const QString id = PoolStore::str(notebook, "/id");
    Json w = baseWorkload(QStringLiteral("notebook"), pool, id, PoolStore::str(notebook, "/name"));
    const QString status = notebookStatusWord(PoolStore::str(notebook, "/status"));
    const QString flavorId = PoolStore::str(notebook, "/flavor");
    const FlavorShape *shape = flavors::find(flavorId);
    const qint64 created = intAt(notebook, "/create_at", 0);
    const qint64 updated = intAt(notebook, "/update_at", created);
    w["flavor"] = toStd(flavorId);
    w["status"] = toStd(status);
    w["resourceRequirement"] = requirement(shape ? *shape : poolShapeOf(pool), 1);
    w["priority"] = "0";
    w["createTime"] = created;
    w["runningDuration"] = status == u"Running" && updated > 0 ? std::max<qint64>(0, (now - updated) / 1000) : 0;
    w["pendingDuration"] = 0;
    w["pendingPosition"] = -1;
    w["gvk"] = "apps/v1, Kind=Deployment";
    w["isDeleted"] = "false";
    return w;
}

std::vector<Json> PoolWorkloads::collect(const Json &pool) const
{
    const QString name = PoolStore::str(pool, "/metadata/name");
    QHash<QString, QString> nodeIps;
    for (const Json &node : m_pools.nodes(name))
        nodeIps.insert(PoolStore::str(node, "/metadata/name"), PoolStore::str(node, "/status/privateIp"));
    std::vector<Json> out;
    const Store &store = m_pools.store();
    for (const Json &job : store.list(kTrainingJob, name))
        out.push_back(trainingWorkload(pool, job, nodeIps));
    for (const Json &job : store.list(kTrainingJobV1, name))
        out.push_back(trainingV1Workload(pool, job, nodeIps));
    for (const Json &notebook : store.list(kNotebook, name))
        out.push_back(notebookWorkload(pool, notebook));
    std::stable_sort(out.begin(), out.end(),
        [](const Json &a, const Json &b)
        { return a.value("createTime", qint64(0)) > b.value("createTime", qint64(0)); });
    return out;
}

Json PoolWorkloads::list(const Json &pool, const Request &request) const
{
    const QString type = request.query(QStringLiteral("type"));
    if (!type.isEmpty() && type != u"train" && type != u"infer" && type != u"notebook" && type != u"x-infer")
        PoolStore::badRequest(QStringLiteral("type must be train, infer or notebook."));
    const QString status = request.query(QStringLiteral("status"));
    if (!status.isEmpty() && !statusWords().contains(status))
        PoolStore::badRequest(
            QStringLiteral("status must be one of %1.").arg(statusWords().join(QStringLiteral(", "))));
    const QString sort = request.query(QStringLiteral("sort"));
    if (!sort.isEmpty() && sort != u"create_time")
        PoolStore::badRequest(QStringLiteral("sort must be create_time."));
    const QString ascendText = request.query(QStringLiteral("ascend"));
    if (!ascendText.isEmpty() && ascendText != u"true" && ascendText != u"false")
        PoolStore::badRequest(QStringLiteral("ascend must be true or false."));
    const int limitArg = queryInt(request, QStringLiteral("limit"), 0, 0, 500);
    const int limit = limitArg == 0 ? 500 : limitArg;
    int offset = 0;
    if (request.hasQuery(QStringLiteral("offset")))
    {
        bool ok = false;
        offset = request.query(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            PoolStore::badRequest(QStringLiteral("offset must be a non-negative integer."));
    }

    std::vector<Json> matching;
    for (Json &w : collect(pool))
    {
        if (!type.isEmpty() && QString::fromStdString(w.value("type", std::string())) != type)
            continue;
        if (!status.isEmpty() && QString::fromStdString(w.value("status", std::string())) != status)
            continue;
        matching.push_back(std::move(w));
    }
    if (ascendText == u"true")
        std::reverse(matching.begin(), matching.end());
    Json items = Json::array();
    for (size_t i = static_cast<size_t>(offset); i < matching.size() && i < static_cast<size_t>(offset + limit); ++i)
        items.push_back(matching[i]);
    Json out;
    out["kind"] = "WorkloadList";
    out["apiVersion"] = "v1";
    out["metadata"] = Json::object();
    out["items"] = items;
    out["total"] = matching.size();
    return out;
}

Json PoolWorkloads::statistics(const Json &pool) const
{
    std::map<QString, std::map<QString, int>> byType;
    int total = 0;
    byType[QStringLiteral("train")]; // always listed, like the console's Jobs tab
    for (const Json &w : collect(pool))
    {
        ++byType[QString::fromStdString(w.value("type", std::string()))]
                [QString::fromStdString(w.value("status", std::string()))];
        ++total;
    }
    Json items = Json::array();
    for (const auto &[type, counts] : byType)
    {
        Json status = Json::object();
        int typeTotal = 0;
        for (const QString &word : statusWords())
        {
            const auto it = counts.find(word);
            const int n = it == counts.end() ? 0 : it->second;
            status[toStd(word)] = n;
            typeTotal += n;
        }
        items.push_back({ { "type", toStd(type) }, { "total", typeTotal }, { "status", status } });
    }
    Json out;
    out["statistics"] = { { "total", total }, { "items", items } };
    return out;
}
} // namespace ma::server
