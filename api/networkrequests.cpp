#include "networkrequests.h"

namespace ma::api::networks
{
namespace
{
const QString kNetworks = QStringLiteral("/v1/{project_id}/networks");
} // namespace

ApiRequest create(const NetworkCreateRequest &request)
{
    return jsonRequest(QByteArrayLiteral("POST"), kNetworks, encode(request));
}

ApiRequest list(const QueryItems &query)
{
    return getRequest(kNetworks, query);
}

ApiRequest show(const QString &networkName)
{
    return getRequest(kNetworks + u'/' + networkName);
}

ApiRequest setPeerConnections(const QString &networkName, const std::vector<PeerConnection> &peers)
{
    Json list = Json::array();
    for (const PeerConnection &peer : peers)
        list.push_back(encode(peer));
    Json body;
    body["spec"]["connection"]["peerConnectionList"] = list;
    ApiRequest r = jsonRequest(QByteArrayLiteral("PATCH"), kNetworks + u'/' + networkName, body);
    r.contentType = QByteArrayLiteral("application/merge-patch+json");
    return r;
}

ApiRequest setWorkspace(const QString &networkName, const QString &workspaceId)
{
    Json body;
    body["metadata"]["labels"][PoolLabel::WorkspaceId.toString().toStdString()] = workspaceId.toStdString();
    ApiRequest r = jsonRequest(QByteArrayLiteral("PATCH"), kNetworks + u'/' + networkName, body);
    r.contentType = QByteArrayLiteral("application/merge-patch+json");
    return r;
}

ApiRequest vpcs()
{
    ApiRequest r = getRequest(QStringLiteral("/v1/{project_id}/vpcs"));
    r.service = Service::Vpc;
    return r;
}

ApiRequest subnets(const QString &vpcId)
{
    QueryItems query;
    if (!vpcId.isEmpty())
        query.append({ QStringLiteral("vpc_id"), vpcId });
    ApiRequest r = getRequest(QStringLiteral("/v1/{project_id}/subnets"), query);
    r.service = Service::Vpc;
    return r;
}

ApiRequest remove(const QString &networkName)
{
    return plainRequest(QByteArrayLiteral("DELETE"), kNetworks + u'/' + networkName);
}
} // namespace ma::api::networks
