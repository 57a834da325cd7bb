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
    /**
     * @brief Routes @p method @p pattern to @p handler of this module (of type @p M), after
     * checking that the path's {project_id} is this server's project (403 ModelArts.0210 otherwise).
     */
    template <typename M>
    void addProjectRoute(
        Router &router, const char *method, const char *pattern, Response (M::*handler)(const Request &))
    {
        auto *self = static_cast<M *>(this);
        router.add(QByteArray(method), QString::fromLatin1(pattern),
            [this, self, handler](const Request &req)
            {
                m_ctx.checkProject(req.param(QStringLiteral("project_id")));
                return (self->*handler)(req);
            });
    }

    ServerContext &m_ctx;
};
} // namespace ma::server
