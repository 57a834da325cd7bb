#include "network.h"

#include "api/jsonfields.h"

namespace ma::api
{
constexpr auto peerConnectionFields = std::make_tuple(field("peerVpcId", &PeerConnection::peerVpcId),
    field("peerSubnetId", &PeerConnection::peerSubnetId), field("defaultGateWay", &PeerConnection::defaultGateWay));
MA_JSON_OBJECT(PeerConnection, peerConnectionFields)

constexpr auto sfsTurboConnectionFields
    = std::make_tuple(field("name", &SfsTurboConnection::name), field("sfsId", &SfsTurboConnection::sfsId));
MA_JSON_OBJECT(SfsTurboConnection, sfsTurboConnectionFields)

constexpr auto networkConnectionFields
    = std::make_tuple(field("peerConnectionList", &NetworkConnection::peerConnectionList),
        field("sfsTurboConnectionList", &NetworkConnection::sfsTurboConnectionList));
MA_JSON_OBJECT(NetworkConnection, networkConnectionFields)

constexpr auto networkSpecFields = std::make_tuple(field("cidr", &NetworkSpec::cidr),
    field("ipv6enable", &NetworkSpec::ipv6enable), field("connection", &NetworkSpec::connection));
MA_JSON_OBJECT(NetworkSpec, networkSpecFields)

constexpr auto peerConnectionStatusFields = std::make_tuple(field("peerVpcId", &PeerConnectionStatus::peerVpcId),
    field("peerSubnetId", &PeerConnectionStatus::peerSubnetId),
    field("defaultGateWay", &PeerConnectionStatus::defaultGateWay), field("phase", &PeerConnectionStatus::phase));
MA_JSON_OBJECT(PeerConnectionStatus, peerConnectionStatusFields)

constexpr auto sfsTurboStatusFields = std::make_tuple(field("name", &SfsTurboStatus::name),
    field("sfsId", &SfsTurboStatus::sfsId), field("connectionType", &SfsTurboStatus::connectionType),
    field("ipAddr", &SfsTurboStatus::ipAddr), field("status", &SfsTurboStatus::status));
MA_JSON_OBJECT(SfsTurboStatus, sfsTurboStatusFields)

constexpr auto networkConnectionStatusFields
    = std::make_tuple(field("peerConnectionStatus", &NetworkConnectionStatus::peerConnectionStatus),
        field("sfsTurboStatus", &NetworkConnectionStatus::sfsTurboStatus));
MA_JSON_OBJECT(NetworkConnectionStatus, networkConnectionStatusFields)

constexpr auto networkStatusFields = std::make_tuple(
    field("phase", &NetworkStatus::phase), field("connectionStatus", &NetworkStatus::connectionStatus));
MA_JSON_OBJECT(NetworkStatus, networkStatusFields)

constexpr auto networkFields = std::make_tuple(field("apiVersion", &Network::apiVersion), field("kind", &Network::kind),
    field("metadata", &Network::metadata), field("spec", &Network::spec), field("status", &Network::status));
MA_JSON_OBJECT(Network, networkFields)

constexpr auto networkListFields
    = std::make_tuple(field("apiVersion", &NetworkList::apiVersion), field("kind", &NetworkList::kind),
        field("metadata", &NetworkList::metadata), listField("items", &NetworkList::items));
MA_JSON_OBJECT(NetworkList, networkListFields)

constexpr auto networkCreateRequestFields = std::make_tuple(field("apiVersion", &NetworkCreateRequest::apiVersion),
    field("kind", &NetworkCreateRequest::kind), field("metadata", &NetworkCreateRequest::metadata),
    field("spec", &NetworkCreateRequest::spec));

void decode(const Json &j, NetworkCreateRequest &out, const QString &path)
{
    decodeObject(j, out, path, networkCreateRequestFields);
    // The generic metadata/spec types are lenient; a create body has two mandatory
    // values inside them, so check those here and name their paths.
    const QString metaPath = joinPath(path, "metadata");
    if (!out.metadata.labels)
        throw DecodeError(joinPath(metaPath, "labels"), QStringLiteral("required field is missing"));
    const auto name = out.metadata.labels->find(PoolLabel::Name.toString());
    if (name == out.metadata.labels->end() || name->second.isEmpty())
        throw DecodeError(
            joinPath(joinPath(metaPath, "labels"), "os.modelarts/name"), QStringLiteral("required label is missing"));
    if (!out.spec.cidr || out.spec.cidr->isEmpty())
        throw DecodeError(joinPath(joinPath(path, "spec"), "cidr"), QStringLiteral("required field is missing"));
}

Json encode(const NetworkCreateRequest &v)
{
    return encodeObject(v, networkCreateRequestFields);
}

constexpr auto vpcFields = std::make_tuple(
    field("id", &Vpc::id), field("name", &Vpc::name), field("cidr", &Vpc::cidr), field("status", &Vpc::status));
MA_JSON_OBJECT(Vpc, vpcFields)

constexpr auto vpcListFields = std::make_tuple(listField("vpcs", &VpcList::vpcs));
MA_JSON_OBJECT(VpcList, vpcListFields)

constexpr auto subnetFields
    = std::make_tuple(field("id", &Subnet::id), field("name", &Subnet::name), field("cidr", &Subnet::cidr),
        field("vpc_id", &Subnet::vpcId), field("gateway_ip", &Subnet::gatewayIp), field("status", &Subnet::status));
MA_JSON_OBJECT(Subnet, subnetFields)

constexpr auto subnetListFields = std::make_tuple(listField("subnets", &SubnetList::subnets));
MA_JSON_OBJECT(SubnetList, subnetListFields)

std::vector<PeerConnection> peerConnections(const Network &network)
{
    if (!network.spec || !network.spec->connection || !network.spec->connection->peerConnectionList)
        return {};
    return *network.spec->connection->peerConnectionList;
}

QString networkWorkspaceId(const Network &network)
{
    const QString label = k8sLabel(network.metadata, PoolLabel::WorkspaceId.toString());
    return label.isEmpty() ? QStringLiteral("0") : label;
}

QString networkDisplayName(const Network &network)
{
    const QString label = k8sLabel(network.metadata, PoolLabel::Name.toString());
    if (!label.isEmpty() || !network.metadata)
        return label;
    return network.metadata->name.value_or(QString());
}

NetworkCreateRequest makeNetworkCreateRequest(
    const QString &displayName, const QString &cidr, const QString &workspaceId, std::optional<bool> ipv6enable)
{
    NetworkCreateRequest req;
    req.apiVersion = QStringLiteral("v1");
    req.kind = QStringLiteral("Network");
    StringMap labels;
    labels.emplace(PoolLabel::Name.toString(), displayName);
    if (!workspaceId.isEmpty())
        labels.emplace(PoolLabel::WorkspaceId.toString(), workspaceId);
    req.metadata.labels = std::move(labels);
    req.spec.cidr = cidr;
    req.spec.ipv6enable = ipv6enable;
    return req;
}
} // namespace ma::api
