#pragma once

#include "router.h"
#include "servercontext.h"

#include <QObject>

namespace ma::server
{
/**
 * @brief One area of the API (training, notebooks, pools, workspaces): registers its
 * routes, seeds its demo data and drives its lifecycles from the server's event loop.
 */
class ServerModule : public QObject
{
    Q_OBJECT

public:
    ServerModule(ServerContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_ctx(context)
    {
    }

    virtual void registerRoutes(Router &router) = 0;
    /** Called once on a new, empty data dir unless --empty. */
    virtual void seedDemoData() { }
    /** Called after the server listens: start timers, resume what a restart interrupted. */
    virtual void start() { }

protected:
    ServerContext &m_ctx;
};
} // namespace ma::server
