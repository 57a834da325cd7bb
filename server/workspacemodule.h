#pragma once

// Workspaces of modelarts-local: api.md §2.5, W-1..W-6.
//
// Documents (docs/server-conventions.md): kind "workspace", id = 32 hex digits ("0" for the
// default workspace, created in start() when missing), the Workspace JSON of W-3 (with
// grants); status NORMAL, or DELETING for a short, scaled while after W-5 before the
// document goes and GET answers HTTP 400 ModelArts.7005. Quotas (W-6): workspacequota.h.

#include "api/types/workspace.h"
#include "servermodule.h"

namespace ma::server
{
class LifecycleTicker;
class WorkspaceModule final : public ServerModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceModule)

public:
    explicit WorkspaceModule(ServerContext &context, QObject *parent = nullptr);

    void registerRoutes(Router &router) override;
    void seedDemoData() override;
    void start() override;

private:
    Response createWorkspace(const Request &req);
    Response listWorkspaces(const Request &req);
    Response showWorkspace(const Request &req);
    Response updateWorkspace(const Request &req);
    Response deleteWorkspace(const Request &req);
    Response showQuotas(const Request &req);
    Response updateQuotas(const Request &req);

    Json load(const QString &id) const;
    void save(const Json &doc);
    void ensureDefaultWorkspace();
    /** A PUBLIC workspace in the default enterprise project, owned by the local user. */
    api::Workspace publicWorkspace(
        const QString &id, const QString &name, const QString &description, qint64 createdMs) const;
    /** Removes workspaces whose deletion time has passed (the ticker's step). */
    void tick();

    LifecycleTicker *m_ticker = nullptr;
};
} // namespace ma::server
