#pragma once

// Request builders for workspaces (api.md §2.5, W-1..W-6, /v1/{project_id}/workspaces).

#include "api/requestbuilder.h"
#include "api/types/workspace.h"

namespace ma::api::workspaces
{
/** W-1 POST /v1/{project_id}/workspaces → Workspace. */
ApiRequest create(const WorkspaceCreateRequest &request);
/** W-2 GET /v1/{project_id}/workspaces[?offset=(page)&limit=&name=…] → WorkspaceList. */
ApiRequest list(const QueryItems &query = {});
/** W-3 GET /v1/{project_id}/workspaces/{id} → Workspace. */
ApiRequest show(const QString &id);
/** W-4 PUT /v1/{project_id}/workspaces/{id} → WorkspaceIdResponse. */
ApiRequest update(const QString &id, const WorkspaceUpdateRequest &request);
/** W-5 DELETE /v1/{project_id}/workspaces/{id} → WorkspaceIdResponse. */
ApiRequest remove(const QString &id);
/** W-6 GET …/workspaces/{id}/quotas → WorkspaceQuotas. */
ApiRequest quotas(const QString &id);
/** W-6 PUT …/workspaces/{id}/quotas → WorkspaceQuotas. */
ApiRequest updateQuotas(const QString &id, const WorkspaceQuotas &quotas);
} // namespace ma::api::workspaces
