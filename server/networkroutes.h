#pragma once

// Networks of dedicated pools (api.md §2.4 P-15..P-17): create, list, show, patch, delete.
// Part of the pool module (pools name their network in spec.network.name); the network
// lifecycle (Creating -> Active) is advanced by PoolLifecycle.

#include "poolstore.h"

namespace ma::server
{
class NetworkRoutes final
{
public:
    /** At most this many networks per project (the console's limit). */
    static constexpr int kQuota = 15;

    NetworkRoutes(ServerContext &context, PoolStore &pools);

    void registerRoutes(Router &router);

    /**
     * A network document (not saved). @p phase is Creating for a new network; demo data
     * passes Active.
     */
    Json makeNetwork(const QString &displayName, const QString &cidr, const QString &workspaceId, qint64 createdMs,
        const QString &phase) const;

    /** Empty when @p cidr is acceptable, else the reason (172.16.0.0/12 or 192.168.0.0/16, masks up to /24). */
    static QString cidrProblem(const QString &cidr);

    /** At most this many VPC subnets per network interconnection (pools_monitoring.md §1.0, L1079). */
    static constexpr int kMaxPeerSubnets = 10;

    /** @brief One subnet of the fixed VPC catalogue. */
    struct CatalogueSubnet
    {
        QString vpcId;
        QString vpcName;
        QString vpcCidr;
        QString id;
        QString name;
        QString cidr;
    };
    /**
     * The VPCs and subnets modelarts-local offers for Interconnect VPC. The spec has no VPC API
     * of ModelArts; the VPC service's v1 list paths (/v1/{project_id}/vpcs, /subnets) answer this
     * fixed catalogue, the same in every project.
     */
    static const QList<CatalogueSubnet> &vpcCatalogue();

private:
    Response create(const Request &request);
    Response list(const Request &request);
    Response show(const Request &request);
    Response patch(const Request &request);
    Response remove(const Request &request);
    Response listVpcs(const Request &request);
    Response listSubnets(const Request &request);

    /**
     * Checks spec.connection.peerConnectionList against the catalogue and the network's CIDR
     * (400 ModelArts.50004000): at most kMaxPeerSubnets, each a known subnet of its VPC, with a
     * valid CIDR block, overlapping neither the network nor another subnet of the list.
     */
    static void checkPeers(const Json &connection, const QString &networkCidr);

    Json requireNetwork(const QString &name) const;

    ServerContext &m_ctx;
    PoolStore &m_pools;
};
} // namespace ma::server
