#include "network.h"

namespace ma::api
{
void decode(const Json &j, PeerConnection &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("peerVpcId", out.peerVpcId);
    r.optional("peerSubnetId", out.peerSubnetId);
    r.optional("defaultGateWay", out.defaultGateWay);
    out.extra = r.rest();
}

Json encode(const PeerConnection &v)
{
    ObjectWriter w(v.extra);
    w.put("peerVpcId", v.peerVpcId);
    w.put("peerSubnetId", v.peerSubnetId);
    w.put("defaultGateWay", v.defaultGateWay);
    return w.take();
}

void decode(const Json &j, SfsTurboConnection &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("sfsId", out.sfsId);
    out.extra = r.rest();
}

Json encode(const SfsTurboConnection &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("sfsId", v.sfsId);
    return w.take();
}

void decode(const Json &j, NetworkConnection &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("peerConnectionList", out.peerConnectionList);
    r.optional("sfsTurboConnectionList", out.sfsTurboConnectionList);
    out.extra = r.rest();
}

Json encode(const NetworkConnection &v)
{
    ObjectWriter w(v.extra);
    w.put("peerConnectionList", v.peerConnectionList);
    w.put("sfsTurboConnectionList", v.sfsTurboConnectionList);
    return w.take();
}

void decode(const Json &j, NetworkSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("cidr", out.cidr);
    r.optional("ipv6enable", out.ipv6enable);
    r.optional("connection", out.connection);
    out.extra = r.rest();
}

Json encode(const NetworkSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("cidr", v.cidr);
    w.put("ipv6enable", v.ipv6enable);
    w.put("connection", v.connection);
    return w.take();
}

void decode(const Json &j, PeerConnectionStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("peerVpcId", out.peerVpcId);
    r.optional("peerSubnetId", out.peerSubnetId);
    r.optional("defaultGateWay", out.defaultGateWay);
    r.optional("phase", out.phase);
    out.extra = r.rest();
}

Json encode(const PeerConnectionStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("peerVpcId", v.peerVpcId);
    w.put("peerSubnetId", v.peerSubnetId);
    w.put("defaultGateWay", v.defaultGateWay);
    w.put("phase", v.phase);
    return w.take();
}

void decode(const Json &j, SfsTurboStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("sfsId", out.sfsId);
    r.optional("connectionType", out.connectionType);
    r.optional("ipAddr", out.ipAddr);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const SfsTurboStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("sfsId", v.sfsId);
    w.put("connectionType", v.connectionType);
    w.put("ipAddr", v.ipAddr);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, NetworkConnectionStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("peerConnectionStatus", out.peerConnectionStatus);
    r.optional("sfsTurboStatus", out.sfsTurboStatus);
    out.extra = r.rest();
}

Json encode(const NetworkConnectionStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("peerConnectionStatus", v.peerConnectionStatus);
    w.put("sfsTurboStatus", v.sfsTurboStatus);
    return w.take();
}

void decode(const Json &j, NetworkStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("phase", out.phase);
    r.optional("connectionStatus", out.connectionStatus);
    out.extra = r.rest();
}

Json encode(const NetworkStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("phase", v.phase);
    w.put("connectionStatus", v.connectionStatus);
    return w.take();
}

void decode(const Json &j, Network &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.optional("spec", out.spec);
    r.optional("status", out.status);
    out.extra = r.rest();
}

Json encode(const Network &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("spec", v.spec);
    w.put("status", v.status);
    return w.take();
}

void decode(const Json &j, NetworkList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.optional("metadata", out.metadata);
    r.list("items", out.items);
    out.extra = r.rest();
}

Json encode(const NetworkList &v)
{
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("items", v.items);
    return w.take();
}

void decode(const Json &j, NetworkCreateRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("apiVersion", out.apiVersion);
    r.optional("kind", out.kind);
    r.required("metadata", out.metadata);
    r.required("spec", out.spec);
    out.extra = r.rest();

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
    ObjectWriter w(v.extra);
    w.put("apiVersion", v.apiVersion);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("spec", v.spec);
    return w.take();
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
