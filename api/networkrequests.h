#pragma once

// Request builders for ModelArts networks (api.md §2.3, /v1/{project_id}/networks).

#include "api/requestbuilder.h"
#include "api/types/network.h"

namespace ma::api::networks
{
/** POST /v1/{project_id}/networks → Network. */
ApiRequest create(const NetworkCreateRequest &request);
/** GET /v1/{project_id}/networks[?workspaceId=&labelSelector=] → NetworkList. */
ApiRequest list(const QueryItems &query = {});
/** GET /v1/{project_id}/networks/{name} → Network. */
ApiRequest show(const QString &networkName);
/** DELETE /v1/{project_id}/networks/{name} → Network. */
ApiRequest remove(const QString &networkName);
} // namespace ma::api::networks
