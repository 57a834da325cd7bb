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
/**
 * PATCH /v1/{project_id}/networks/{name} (P-17, application/merge-patch+json) with
 * {"spec": {"connection": {"peerConnectionList": [...]}}} → Network: the VPC subnets the
 * network is interconnected with (Interconnect VPC, pools_monitoring.md §1.0 step 2 and §4.7).
 * An empty list ends the interconnection. The body is the documented Network.spec.connection;
 * that the console sends exactly this PATCH is our reading of the Network object, not a
 * published example.
 */
ApiRequest setPeerConnections(const QString &networkName, const std::vector<PeerConnection> &peers);
/**
 * PATCH /v1/{project_id}/networks/{name} (P-17, merge patch) with
 * {"metadata": {"labels": {"os.modelarts/workspace.id": id}}} → Network: Migrate Workspace of
 * the Network tab (pools_monitoring.md §4.6), the label the pool's migration sets too.
 */
ApiRequest setWorkspace(const QString &networkName, const QString &workspaceId);
/**
 * GET /v1/{project_id}/vpcs → VpcList, on the VPC service (Service::Vpc), not ModelArts: the
 * VPC API v1 that the console's drop-down reads. modelarts-local serves a fixed catalogue.
 */
ApiRequest vpcs();
/** GET /v1/{project_id}/subnets[?vpc_id=] → SubnetList, on the VPC service; every subnet when @p vpcId is empty. */
ApiRequest subnets(const QString &vpcId = QString());
/** DELETE /v1/{project_id}/networks/{name} → Network. */
ApiRequest remove(const QString &networkName);
} // namespace ma::api::networks
