#include "poolrequests.h"

namespace ma::api::pools
{
namespace
{
const QString kPools = QStringLiteral("/v2/{project_id}/pools");

QString poolPath(const QString &poolName)
{
    return kPools + u'/' + poolName;
}

QString nodePath(const QString &poolName, const QString &nodeName)
{
    return poolPath(poolName) + QStringLiteral("/nodes/") + nodeName;
}
} // namespace

ApiRequest create(const Pool &pool)
{
    return jsonRequest(QByteArrayLiteral("POST"), kPools, encode(pool));
}

ApiRequest list(const QueryItems &query)
{
    return getRequest(kPools, query);
}

ApiRequest show(const QString &poolName)
{
    return getRequest(poolPath(poolName));
}

ApiRequest patch(const QString &poolName, const PoolPatch &patch)
{
    ApiRequest r = jsonRequest(QByteArrayLiteral("PATCH"), poolPath(poolName), encode(patch));
    r.contentType = QByteArrayLiteral("application/merge-patch+json");
    return r;
}

ApiRequest remove(const QString &poolName)
{
    return plainRequest(QByteArrayLiteral("DELETE"), poolPath(poolName));
}

ApiRequest nodes(const QString &poolName, const QueryItems &query)
{
    return getRequest(poolPath(poolName) + QStringLiteral("/nodes"), query);
}

ApiRequest node(const QString &poolName, const QString &nodeName)
{
    return getRequest(nodePath(poolName, nodeName));
}

ApiRequest deleteNodes(const QString &poolName, const BatchDeleteNodesRequest &request)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), poolPath(poolName) + QStringLiteral("/nodes/batch-delete"), encode(request));
}

ApiRequest rebootNodes(const QString &poolName, const BatchNodesRequest &request)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), poolPath(poolName) + QStringLiteral("/nodes/batch-reboot"), encode(request));
}

ApiRequest resetNodes(const QString &poolName, const BatchNodesRequest &request)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), poolPath(poolName) + QStringLiteral("/nodes/batch-reset"), encode(request));
}

ApiRequest replaceNodes(const QString &poolName, const BatchNodesRequest &request)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), poolPath(poolName) + QStringLiteral("/nodes/batch-replace"), encode(request));
}

ApiRequest updateNodes(const QString &poolName, const BatchUpdateNodesRequest &request)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), poolPath(poolName) + QStringLiteral("/nodes/batch-update"), encode(request));
}

ApiRequest tags(const QString &poolName)
{
    return getRequest(QStringLiteral("/v1/{project_id}/pools/%1/tags").arg(poolName));
}

ApiRequest createTags(const QString &poolName, const PoolTagList &tags)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), QStringLiteral("/v1/{project_id}/pools/%1/tags/create").arg(poolName), encode(tags));
}

ApiRequest deleteTags(const QString &poolName, const PoolTagList &tags)
{
    return jsonRequest(QByteArrayLiteral("DELETE"),
        QStringLiteral("/v1/{project_id}/pools/%1/tags/delete").arg(poolName), encode(tags));
}

ApiRequest monitor(const QString &poolName, const QueryItems &query)
{
    return getRequest(poolPath(poolName) + QStringLiteral("/monitor"), query);
}

ApiRequest nodeMonitor(const QString &poolName, const QString &nodeName, const QueryItems &query)
{
    return getRequest(nodePath(poolName, nodeName) + QStringLiteral("/monitor"), query);
}

ApiRequest statistics(const QueryItems &query)
{
    return getRequest(QStringLiteral("/v2/{project_id}/statistics/pools"), query);
}

ApiRequest runtimeMetrics(const QueryItems &query)
{
    return getRequest(QStringLiteral("/v2/{project_id}/metrics/runtime/pools"), query);
}

ApiRequest workloads(const QString &poolName, const QueryItems &query)
{
    return getRequest(poolPath(poolName) + QStringLiteral("/workloads"), query);
}

ApiRequest workloadStatistics(const QString &poolName)
{
    return getRequest(QStringLiteral("/v2/{project_id}/statistics/pools/") + poolName + QStringLiteral("/workloads"));
}

ApiRequest resourceFlavors(const QueryItems &query)
{
    return getRequest(QStringLiteral("/v1/{project_id}/resourceflavors"), query);
}

ApiRequest events(const QueryItems &query)
{
    return getRequest(QStringLiteral("/v1/{project_id}/events"), query);
}

ApiRequest quotas()
{
    return getRequest(QStringLiteral("/v1/{project_id}/quotas"));
}
} // namespace ma::api::pools
