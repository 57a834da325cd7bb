#pragma once

// Networks of dedicated resource pools (api.md §2.4, P-15..P-17): Kubernetes-style
// objects with camelCase keys, sharing K8sObjectMeta / K8sListMeta with pool.h.

#include "api/types/pool.h"

#include <optional>
#include <QStringView>
#include <vector>

namespace ma::api
{
/** Values of Network status.phase (a fresh create reply carries ""); peer connections use Connecting too. */
namespace NetworkPhase
{
inline constexpr QStringView Creating = u"Creating";
inline constexpr QStringView Connecting = u"Connecting";
inline constexpr QStringView Active = u"Active";
inline constexpr QStringView Abnormal = u"Abnormal";
} // namespace NetworkPhase

struct PeerConnection
{
    std::optional<QString> peerVpcId;
    std::optional<QString> peerSubnetId;
    std::optional<bool> defaultGateWay; // sic: capital W in the API
    Json extra;
};

struct SfsTurboConnection
{
    std::optional<QString> name;
    std::optional<QString> sfsId;
    Json extra;
};

struct NetworkConnection
{
    std::optional<std::vector<PeerConnection>> peerConnectionList;
    std::optional<std::vector<SfsTurboConnection>> sfsTurboConnectionList;
    Json extra;
};

struct NetworkSpec
{
    std::optional<QString> cidr;
    std::optional<bool> ipv6enable;
    std::optional<NetworkConnection> connection;
    Json extra;
};

struct PeerConnectionStatus
{
    std::optional<QString> peerVpcId;
    std::optional<QString> peerSubnetId;
    std::optional<bool> defaultGateWay;
    std::optional<QString> phase;
    Json extra;
};

struct SfsTurboStatus
{
    std::optional<QString> name;
    std::optional<QString> sfsId;
    std::optional<QString> connectionType; // VpcPort | Peering
    std::optional<QString> ipAddr;
    std::optional<QString> status;
    Json extra;
};

struct NetworkConnectionStatus
{
    std::optional<std::vector<PeerConnectionStatus>> peerConnectionStatus;
    std::optional<std::vector<SfsTurboStatus>> sfsTurboStatus;
    Json extra;
};

struct NetworkStatus
{
    std::optional<QString> phase;
    std::optional<NetworkConnectionStatus> connectionStatus;
    Json extra;
};

/** @brief A network as returned by create / get / list / patch / delete. */
struct Network
{
    std::optional<QString> apiVersion; // "v1"
    std::optional<QString> kind; // "Network"
    std::optional<K8sObjectMeta> metadata;
    std::optional<NetworkSpec> spec;
    std::optional<NetworkStatus> status;
    Json extra;
};

struct NetworkList
{
    std::optional<QString> apiVersion;
    std::optional<QString> kind; // "NetworkList"
    std::optional<K8sListMeta> metadata;
    std::vector<Network> items;
    Json extra;
};

/**
 * @brief Body of POST /v1/{project_id}/networks (P-15). Strict: metadata.labels must
 * carry "os.modelarts/name" and spec.cidr must be set.
 */
struct NetworkCreateRequest
{
    std::optional<QString> apiVersion; // "v1"
    std::optional<QString> kind; // "Network"
    K8sObjectMeta metadata;
    NetworkSpec spec;
    Json extra;
};

void decode(const Json &j, PeerConnection &out, const QString &path);
Json encode(const PeerConnection &v);
void decode(const Json &j, SfsTurboConnection &out, const QString &path);
Json encode(const SfsTurboConnection &v);
void decode(const Json &j, NetworkConnection &out, const QString &path);
Json encode(const NetworkConnection &v);
void decode(const Json &j, NetworkSpec &out, const QString &path);
Json encode(const NetworkSpec &v);
void decode(const Json &j, PeerConnectionStatus &out, const QString &path);
Json encode(const PeerConnectionStatus &v);
void decode(const Json &j, SfsTurboStatus &out, const QString &path);
Json encode(const SfsTurboStatus &v);
void decode(const Json &j, NetworkConnectionStatus &out, const QString &path);
Json encode(const NetworkConnectionStatus &v);
void decode(const Json &j, NetworkStatus &out, const QString &path);
Json encode(const NetworkStatus &v);
void decode(const Json &j, Network &out, const QString &path);
Json encode(const Network &v);
void decode(const Json &j, NetworkList &out, const QString &path);
Json encode(const NetworkList &v);
void decode(const Json &j, NetworkCreateRequest &out, const QString &path);
Json encode(const NetworkCreateRequest &v);

/**
 * @brief A VPC as the VPC service's v1 API lists it (GET /v1/{project_id}/vpcs: {"vpcs": [...]}).
 * Not a ModelArts API: the Interconnect VPC dialog offers these. modelarts-local serves a fixed
 * catalogue at the same path.
 */
struct Vpc
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> cidr;
    std::optional<QString> status; // OK | CREATING | ERROR
    Json extra;
};

struct VpcList
{
    std::vector<Vpc> vpcs;
    Json extra;
};

/** @brief A subnet of a VPC (VPC v1: GET /v1/{project_id}/subnets[?vpc_id=]: {"subnets": [...]}). */
struct Subnet
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> cidr;
    std::optional<QString> vpcId; // vpc_id
    std::optional<QString> gatewayIp; // gateway_ip
    std::optional<QString> status; // ACTIVE | UNKNOWN | ERROR
    Json extra;
};

struct SubnetList
{
    std::vector<Subnet> subnets;
    Json extra;
};

void decode(const Json &j, Vpc &out, const QString &path);
Json encode(const Vpc &v);
void decode(const Json &j, VpcList &out, const QString &path);
Json encode(const VpcList &v);
void decode(const Json &j, Subnet &out, const QString &path);
Json encode(const Subnet &v);
void decode(const Json &j, SubnetList &out, const QString &path);
Json encode(const SubnetList &v);

/** The VPC subnets a network is interconnected with (spec.connection.peerConnectionList), in order. */
std::vector<PeerConnection> peerConnections(const Network &network);

/** The user-given name (label os.modelarts/name), falling back to metadata.name. */
QString networkDisplayName(const Network &network);
/** Workspace of the network (label os.modelarts/workspace.id), "0" when unlabelled, as poolWorkspaceId(). */
QString networkWorkspaceId(const Network &network);

/**
 * @brief A create body: apiVersion "v1", kind "Network", the display name label, the
 * workspace label (omitted when empty) and the CIDR.
 */
NetworkCreateRequest makeNetworkCreateRequest(const QString &displayName, const QString &cidr,
    const QString &workspaceId = QString(), std::optional<bool> ipv6enable = std::nullopt);
} // namespace ma::api
