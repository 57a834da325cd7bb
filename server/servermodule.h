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
    /** Adds routes to the handlers of module @p M; see routes(). */
    template <typename M> class RouteAdder
    {
    public:
        RouteAdder(Router &router, M *module)
            : m_router(router)
            , m_module(module)
        {
        }
        void operator()(const char *method, const QString &pattern, Response (M::*handler)(const Request &)) const
        {
            M *module = m_module;
            m_router.add(
                QByteArray(method), pattern, [module, handler](const Request &r) { return (module->*handler)(r); });
        }
        void operator()(const char *method, const char *pattern, Response (M::*handler)(const Request &)) const
        {
            (*this)(method, QString::fromLatin1(pattern), handler);
        }

    private:
        Router &m_router;
        M *m_module;
    };

    /**
     * @brief `const auto route = routes<MyModule>(router); route("GET", "/v1/{project_id}/x", &MyModule::list);`
     * The router checks the path's {project_id} before any handler runs (LocalServer's guard).
     */
    template <typename M> RouteAdder<M> routes(Router &router) { return RouteAdder<M>(router, static_cast<M *>(this)); }

    ServerContext &m_ctx;
};
} // namespace ma::server
