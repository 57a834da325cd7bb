#include "networkroutes.h"

#include "api/types/network.h"
#include "serverutil.h"

#include <algorithm>
#include <optional>
#include <QHostAddress>

namespace ma::server
{
using namespace poolkeys;

namespace
{
[[noreturn]] void networkNotFound()
{
    throw HttpError(404, QStringLiteral("ModelArts.50025001"), QStringLiteral("Network not exist."));
}

/** status.connectionStatus for a spec.connection: every link is up at once locally. */
Json connectionStatus(const Json &connection)
{
    Json status = Json::object();
    if (!connection.is_object())
        return status;
    if (const auto peers = connection.find("peerConnectionList"); peers != connection.end() && peers->is_array())
    {
        Json list = Json::array();
        for (Json peer : *peers)
        {
            peer["phase"] = toStd(kPhaseActive);
            list.push_back(peer);
        }
        status["peerConnectionStatus"] = list;
    }
    if (const auto sfs = connection.find("sfsTurboConnectionList"); sfs != connection.end() && sfs->is_array())
    {
        Json list = Json::array();
        int host = 20;
        for (const Json &item : *sfs)
        {
            Json s = Json::object();
            s["name"] = item.value("name", std::string());
            s["sfsId"] = item.value("sfsId", std::string());
            s["connectionType"] = "VpcPort";
            s["ipAddr"] = toStd(QStringLiteral("192.168.250.%1").arg(host++));
            s["status"] = toStd(kPhaseActive);
            list.push_back(s);
        }
        status["sfsTurboStatus"] = list;
    }
    return status;
}
} // namespace

NetworkRoutes::NetworkRoutes(ServerContext &context, PoolStore &pools)
    : m_ctx(context)
    , m_pools(pools)
{
}

void NetworkRoutes::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v1/{project_id}/networks"), [this](const Request &r) { return create(r); });
    router.add("GET", QStringLiteral("/v1/{project_id}/networks"), [this](const Request &r) { return list(r); });
    router.add("GET", QStringLiteral("/v1/{project_id}/networks/{network_name}"),
        [this](const Request &r) { return show(r); });
    router.add("PATCH", QStringLiteral("/v1/{project_id}/networks/{network_name}"),
        [this](const Request &r) { return patch(r); });
    router.add("DELETE", QStringLiteral("/v1/{project_id}/networks/{network_name}"),
        [this](const Request &r) { return remove(r); });
    // The VPC service's list paths (VPC API v1), not ModelArts: see vpcCatalogue().
    router.add("GET", QStringLiteral("/v1/{project_id}/vpcs"), [this](const Request &r) { return listVpcs(r); });
    router.add("GET", QStringLiteral("/v1/{project_id}/subnets"), [this](const Request &r) { return listSubnets(r); });
}

const QList<NetworkRoutes::CatalogueSubnet> &NetworkRoutes::vpcCatalogue()
{
    static const QList<CatalogueSubnet> catalogue = []
    {
        QList<CatalogueSubnet> out;
        const QString defaultVpc = QStringLiteral("4a5c7e0b-1d2f-4c3a-9b8e-000000000001");
        const QString trainingVpc = QStringLiteral("4a5c7e0b-1d2f-4c3a-9b8e-000000000002");
        const QString officeVpc = QStringLiteral("4a5c7e0b-1d2f-4c3a-9b8e-000000000003");
        const auto subnetId = [](int n)
        {
            return QStringLiteral("7f3e9d21-6b4a-4e8c-a1d0-%1").arg(n, 12, 10, QLatin1Char('0'));
        };
        // vpc-default overlaps the demo network (192.168.0.0/16); vpc-office's wide subnet
        // overlaps vpc-training's: both rules can be tried from the dialog.
        out.append({ defaultVpc, QStringLiteral("vpc-default"), QStringLiteral("192.168.0.0/16"), subnetId(1),
            QStringLiteral("subnet-default"), QStringLiteral("192.168.0.0/24") });
        out.append({ defaultVpc, QStringLiteral("vpc-default"), QStringLiteral("192.168.0.0/16"), subnetId(2),
            QStringLiteral("subnet-db"), QStringLiteral("192.168.10.0/24") });
        for (int i = 0; i < 12; ++i)
            out.append({ trainingVpc, QStringLiteral("vpc-training"), QStringLiteral("10.10.0.0/16"), subnetId(10 + i),
                QStringLiteral("subnet-train-%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                QStringLiteral("10.10.%1.0/24").arg(i) });
        out.append({ officeVpc, QStringLiteral("vpc-office"), QStringLiteral("10.0.0.0/8"), subnetId(30),
            QStringLiteral("subnet-office"), QStringLiteral("10.200.0.0/24") });
        out.append({ officeVpc, QStringLiteral("vpc-office"), QStringLiteral("10.0.0.0/8"), subnetId(31),
            QStringLiteral("subnet-office-wide"), QStringLiteral("10.10.0.0/20") });
        return out;
    }();
    return catalogue;
}

Response NetworkRoutes::listVpcs(const Request &)
{
    Json vpcs = Json::array();
    QStringList seen;
    for (const CatalogueSubnet &s : vpcCatalogue())
    {
        if (seen.contains(s.vpcId))
            continue;
        seen << s.vpcId;
        vpcs.push_back({ { "id", toStd(s.vpcId) }, { "name", toStd(s.vpcName) }, { "cidr", toStd(s.vpcCidr) },
            { "status", "OK" }, { "description", "" }, { "routes", Json::array() }, { "enterprise_project_id", "0" } });
    }
    return Response::json(200, Json { { "vpcs", vpcs } });
}

Response NetworkRoutes::listSubnets(const Request &request)
{
    const QString vpcId = request.query(QStringLiteral("vpc_id"));
    Json subnets = Json::array();
    for (const CatalogueSubnet &s : vpcCatalogue())
    {
        if (!vpcId.isEmpty() && s.vpcId != vpcId)
            continue;
        const QString gateway = s.cidr.section(u'/', 0, 0).section(u'.', 0, 2) + QStringLiteral(".1");
        subnets.push_back({ { "id", toStd(s.id) }, { "name", toStd(s.name) }, { "cidr", toStd(s.cidr) },
            { "vpc_id", toStd(s.vpcId) }, { "gateway_ip", toStd(gateway) }, { "status", "ACTIVE" },
            { "dhcp_enable", true }, { "neutron_subnet_id", toStd(s.id) } });
    }
    return Response::json(200, Json { { "subnets", subnets } });
}

void NetworkRoutes::checkPeers(const Json &connection, const QString &networkCidr)
{
    const auto peers = connection.find("peerConnectionList");
    if (peers == connection.end() || !peers->is_array())
        return;
    if (static_cast<int>(peers->size()) > kMaxPeerSubnets)
        PoolStore::badRequest(QStringLiteral("spec.connection.peerConnectionList has %1 subnets; at most %2 can be "
                                             "interconnected.")
                                  .arg(peers->size())
                                  .arg(kMaxPeerSubnets));
    const auto block = [](const QString &cidr) -> std::optional<std::pair<QHostAddress, int>>
    {
        const auto parsed = QHostAddress::parseSubnet(cidr);
        if (parsed.first.protocol() != QAbstractSocket::IPv4Protocol || !cidr.contains(u'/'))
            return std::nullopt;
        return parsed;
    };
    const auto overlaps = [](const std::pair<QHostAddress, int> &a, const std::pair<QHostAddress, int> &b)
    {
        return a.first.isInSubnet(b.first, b.second) || b.first.isInSubnet(a.first, a.second);
    };
    const auto network = block(networkCidr);
    QList<std::pair<QString, std::pair<QHostAddress, int>>> chosen; // subnet name, block
    for (size_t i = 0; i < peers->size(); ++i)
    {
        const Json &peer = (*peers)[i];
        const QString path = QStringLiteral("spec.connection.peerConnectionList[%1]").arg(i);
        const QString vpcId = QString::fromStdString(peer.value("peerVpcId", std::string()));
        const QString subnetId = QString::fromStdString(peer.value("peerSubnetId", std::string()));
        if (vpcId.isEmpty() || subnetId.isEmpty())
            PoolStore::badRequest(QStringLiteral("%1 needs peerVpcId and peerSubnetId.").arg(path));
        const auto &catalogue = vpcCatalogue();
        const auto found = std::find_if(
            catalogue.cbegin(), catalogue.cend(), [&](const CatalogueSubnet &s) { return s.id == subnetId; });
        if (found == catalogue.cend())
            PoolStore::badRequest(QStringLiteral("%1.peerSubnetId: the subnet %2 does not exist.").arg(path, subnetId));
        if (found->vpcId != vpcId)
            PoolStore::badRequest(
                QStringLiteral("%1: the subnet %2 does not belong to the VPC %3.").arg(path, found->name, vpcId));
        const auto subnet = block(found->cidr);
        if (!subnet)
            PoolStore::badRequest(
                QStringLiteral("%1: the subnet %2 has no valid CIDR block (%3).").arg(path, found->name, found->cidr));
        if (network && overlaps(*subnet, *network))
            PoolStore::badRequest(QStringLiteral("%1: the subnet %2 (%3) overlaps the network's CIDR block %4.")
                                      .arg(path, found->name, found->cidr, networkCidr));
        for (const auto &[name, other] : chosen)
        {
            if (overlaps(*subnet, other))
                PoolStore::badRequest(QStringLiteral("%1: the subnet %2 (%3) overlaps the subnet %4.")
                                          .arg(path, found->name, found->cidr, name));
        }
        chosen.append({ found->name, *subnet });
    }
}

QString NetworkRoutes::cidrProblem(const QString &cidr)
{
    const QStringList parts = cidr.split(u'/');
    bool ok = false;
    const int prefix = parts.size() == 2 ? parts[1].toInt(&ok) : -1;
    const QHostAddress address(parts.value(0));
    if (parts.size() != 2 || !ok || address.protocol() != QAbstractSocket::IPv4Protocol || prefix < 0 || prefix > 32)
        return QStringLiteral("spec.cidr %1 is not an IPv4 CIDR block such as 192.168.0.0/16.").arg(cidr);
    const quint32 ip = address.toIPv4Address();
    const quint32 mask = prefix == 0 ? 0 : (0xffffffffU << (32 - prefix));
    if ((ip & ~mask) != 0)
        return QStringLiteral("spec.cidr %1 has host bits set; use %2/%3.")
            .arg(cidr, QHostAddress(ip & mask).toString())
            .arg(prefix);
    const bool in172
        = address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) && prefix >= 12 && prefix <= 24;
    const bool in192
        = address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16) && prefix >= 16 && prefix <= 24;
    if (!in172 && !in192)
        return QStringLiteral("spec.cidr %1 must lie in 172.16.0.0/12 (mask /12 to /24) or 192.168.0.0/16 (mask /16 "
                              "to /24).")
            .arg(cidr);
    return {};
}

Json NetworkRoutes::makeNetwork(const QString &displayName, const QString &cidr, const QString &workspaceId,
    qint64 createdMs, const QString &phase) const
{
    Json doc;
    doc["kind"] = "Network";
    doc["apiVersion"] = "v1";
    Json meta;
    meta["name"] = toStd(displayName + u'-' + m_ctx.projectId());
    meta["creationTimestamp"] = toStd(rfc3339(createdMs));
    meta["labels"] = { { toStd(kNameLabel), toStd(displayName) } };
    if (!workspaceId.isEmpty())
        meta["labels"][toStd(kWorkspaceLabel)] = toStd(workspaceId);
    meta["annotations"] = {
        { toStd(kCreatedMs), toStd(QString::number(createdMs)) },
        { toStd(kPhaseSince), toStd(QString::number(createdMs)) },
    };
    doc["metadata"] = meta;
    doc["spec"] = { { "cidr", toStd(cidr) }, { "connection", Json::object() } };
    doc["status"] = { { "phase", toStd(phase) }, { "connectionStatus", Json::object() } };
    return doc;
}

Json NetworkRoutes::requireNetwork(const QString &name) const
{
    auto doc = m_pools.findNetwork(name);
    if (!doc)
        networkNotFound();
    return std::move(*doc);
}

Response NetworkRoutes::create(const Request &request)
{
    const auto in = request.decode<api::NetworkCreateRequest>(kPoolBodyErrors);
    if (in.apiVersion && *in.apiVersion != u"v1")
        PoolStore::badRequest(QStringLiteral("apiVersion must be v1."));
    if (in.kind && *in.kind != u"Network")
        PoolStore::badRequest(QStringLiteral("kind must be Network."));
    const QString displayName = api::k8sLabel(in.metadata, kNameLabel);
    PoolStore::checkResourceName(displayName, QStringLiteral("metadata.labels.os.modelarts/name"), 4, 64);
    const QString workspace = api::k8sLabel(in.metadata, kWorkspaceLabel);
    m_pools.checkWorkspace(workspace);
    const QString cidr = in.spec.cidr.value_or(QString());
    if (cidr.isEmpty())
        PoolStore::badRequest(QStringLiteral("spec.cidr is required."));
    if (const QString problem = cidrProblem(cidr); !problem.isEmpty())
        PoolStore::badRequest(problem);
    if (m_pools.store().count(kNetwork) >= kQuota)
        PoolStore::badRequest(QStringLiteral("The network quota (%1) is used up; delete a network first.").arg(kQuota));
    if (m_pools.store().nameExists(kNetwork, displayName))
        PoolStore::badRequest(QStringLiteral("A network named %1 already exists.").arg(displayName));

    Json doc = makeNetwork(displayName, cidr, workspace, m_pools.nowMs(), kPhaseCreating);
    if (in.metadata.annotations)
    {
        for (const auto &[key, value] : *in.metadata.annotations)
        {
            if (!key.startsWith(kInternalPrefix))
                doc["metadata"]["annotations"][toStd(key)] = toStd(value);
        }
    }
    if (in.metadata.labels)
    {
        for (const auto &[key, value] : *in.metadata.labels)
            doc["metadata"]["labels"][toStd(key)] = toStd(value);
    }
    if (in.spec.ipv6enable)
        doc["spec"]["ipv6enable"] = *in.spec.ipv6enable;
    if (in.spec.connection)
    {
        checkPeers(api::encode(*in.spec.connection), cidr);
        doc["spec"]["connection"] = api::encode(*in.spec.connection);
        doc["status"]["connectionStatus"] = connectionStatus(doc["spec"]["connection"]);
    }
    m_pools.saveNetwork(doc);
    return Response::json(200, PoolStore::render(doc));
}

Response NetworkRoutes::list(const Request &request)
{
    const QString workspace = request.query(QStringLiteral("workspaceId"));
    const QString selector = request.query(QStringLiteral("labelSelector"));
    std::vector<Json> matching;
    for (Json &doc : m_pools.store().list(kNetwork))
    {
        const QString ws = PoolStore::label(doc, kWorkspaceLabel);
        if (!workspace.isEmpty() && (ws.isEmpty() ? QStringLiteral("0") : ws) != workspace)
            continue;
        if (!selector.isEmpty() && !PoolStore::matchesSelector(doc, selector))
            continue;
        matching.push_back(std::move(doc));
    }
    return Response::json(200, PoolStore::pagedList(request, "NetworkList", "v1", matching, &PoolStore::render));
}

Response NetworkRoutes::show(const Request &request)
{
    return Response::json(200, PoolStore::render(requireNetwork(request.param(QStringLiteral("network_name")))));
}

Response NetworkRoutes::patch(const Request &request)
{
    Json doc = requireNetwork(request.param(QStringLiteral("network_name")));
    const Json body = request.object(kPoolBodyErrors);
    if (const auto meta = body.find("metadata"); meta != body.end() && !meta->is_null())
    {
        if (!meta->is_object())
            PoolStore::badRequest(QStringLiteral("metadata must be an object."));
        if (const auto name = meta->find("name"); name != meta->end() && *name != doc["metadata"]["name"])
            PoolStore::badRequest(QStringLiteral("metadata.name cannot be changed."));
        if (const auto labels = meta->find("labels"); labels != meta->end())
        {
            if (labels->is_object())
            {
                if (const auto ws = labels->find(toStd(kWorkspaceLabel)); ws != labels->end() && ws->is_string())
                    m_pools.checkWorkspace(QString::fromStdString(ws->get<std::string>()));
            }
            PoolStore::mergeMap(doc, "labels", *labels, { kNameLabel });
        }
        if (const auto annotations = meta->find("annotations"); annotations != meta->end())
            PoolStore::mergeMap(doc, "annotations", *annotations, {});
    }
    if (const auto spec = body.find("spec"); spec != body.end() && !spec->is_null())
    {
        if (!spec->is_object())
            PoolStore::badRequest(QStringLiteral("spec must be an object."));
        for (auto it = spec->begin(); it != spec->end(); ++it)
        {
            const Json &value = it.value();
            if (it.key() == "cidr")
            {
                if (value != doc["spec"]["cidr"])
                    PoolStore::badRequest(QStringLiteral("spec.cidr cannot be changed after the network is created."));
            }
            else if (it.key() == "ipv6enable")
            {
                if (!value.is_boolean())
                    PoolStore::badRequest(QStringLiteral("spec.ipv6enable must be a boolean."));
                if (!value.get<bool>() && doc["spec"].value("ipv6enable", false))
                    PoolStore::badRequest(QStringLiteral("IPv6 cannot be disabled once enabled."));
                doc["spec"]["ipv6enable"] = value;
            }
            else if (it.key() == "connection")
            {
                api::NetworkConnection connection;
                try
                {
                    connection = api::fromJson<api::NetworkConnection>(value, QStringLiteral("spec.connection"));
                }
                catch (const api::DecodeError &e)
                {
                    PoolStore::badRequest(QString::fromUtf8(e.what()));
                }
                // Merge patch: the lists given replace theirs, the others stay.
                const Json given = api::encode(connection);
                checkPeers(given, PoolStore::str(doc, "/spec/cidr"));
                Json &stored = doc["spec"]["connection"];
                if (!stored.is_object())
                    stored = Json::object();
                for (auto item = given.begin(); item != given.end(); ++item)
                    stored[item.key()] = item.value();
                doc["status"]["connectionStatus"] = connectionStatus(stored);
            }
            else
            {
                PoolStore::badRequest(
                    QStringLiteral("spec.%1 cannot be changed.").arg(QString::fromStdString(it.key())));
            }
        }
    }
    m_pools.saveNetwork(doc);
    return Response::json(200, PoolStore::render(doc));
}

Response NetworkRoutes::remove(const Request &request)
{
    Json doc = requireNetwork(request.param(QStringLiteral("network_name")));
    const QString name = PoolStore::str(doc, "/metadata/name");
    QStringList users;
    for (const Json &pool : m_pools.pools())
    {
        if (PoolStore::str(pool, "/spec/network/name") == name)
            users << PoolStore::displayName(pool);
    }
    if (!users.isEmpty())
        PoolStore::badRequest(QStringLiteral("The network %1 is used by the pool(s) %2; delete them first.")
                                  .arg(PoolStore::displayName(doc), users.join(QStringLiteral(", "))));
    m_pools.store().transaction(
        [&]
        {
            m_pools.store().remove(kNetwork, name);
            m_pools.store().purgeOwned(name);
        });
    doc["metadata"]["deletionTimestamp"] = toStd(rfc3339(m_pools.nowMs()));
    return Response::json(200, PoolStore::render(doc));
}
} // namespace ma::server
