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

private:
    Response create(const Request &request);
    Response list(const Request &request);
    Response show(const Request &request);
    Response patch(const Request &request);
    Response remove(const Request &request);

    Json requireNetwork(const QString &name) const;

    ServerContext &m_ctx;
    PoolStore &m_pools;
};
} // namespace ma::server
