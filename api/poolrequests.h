#pragma once

// Request builders for dedicated resource pools, their nodes and the pool-side catalog
// (api.md §2.3, ModelArts "Resource Management" v2 API). Pure functions like
// trainingrequests.h: each returns the ApiRequest and names the type its answer decodes as.

#include "api/requestbuilder.h"
#include "api/types/pool.h"

namespace ma::api::pools
{
/**
 * Annotation carrying the console's rolling setting of a driver upgrade (Upgrade Driver, P-4
 * PATCH): "percentage:<1-100>" or "count:<n>" nodes per batch ("percentage:100": every node at
 * once; absent, modelarts-local upgrades one node at a time). The published API has no field for
 * it (spec.driver is {gpuVersion, npuVersion, updateStrategy: idle|force}), so it travels as a
 * pool annotation: modelarts-local reads it, a real service keeps it as an opaque string.
 */
inline const QString kDriverRollingAnnotation = QStringLiteral("os.modelarts/driver.upgrade.rolling");

/** P-1 POST /v2/{project_id}/pools → Pool. */
ApiRequest create(const Pool &pool);
/** P-2 GET /v2/{project_id}/pools[?workspaceId=&labelSelector=&status=] → PoolList. */
ApiRequest list(const QueryItems &query = {});
/** P-3 GET /v2/{project_id}/pools/{name} → Pool. */
ApiRequest show(const QString &poolName);
/** P-4 PATCH /v2/{project_id}/pools/{name} (application/merge-patch+json) → Pool. */
ApiRequest patch(const QString &poolName, const PoolPatch &patch);
/** P-5 DELETE /v2/{project_id}/pools/{name} → Pool. */
ApiRequest remove(const QString &poolName);
/** P-6 GET /v2/{project_id}/pools/{name}/nodes → NodeList. */
ApiRequest nodes(const QString &poolName, const QueryItems &query = {});
/** GET /v2/{project_id}/pools/{name}/nodes/{node} → Node. */
ApiRequest node(const QString &poolName, const QString &nodeName);
/** P-7 POST /v2/{project_id}/pools/{name}/nodes/batch-delete → empty body. */
ApiRequest deleteNodes(const QString &poolName, const BatchDeleteNodesRequest &request);
/** P-21 POST /v2/{project_id}/pools/{name}/nodes/batch-reboot ("Batch Restarting Nodes") → empty body. */
ApiRequest rebootNodes(const QString &poolName, const BatchNodesRequest &request);
/** P-21 POST /v2/{project_id}/pools/{name}/nodes/batch-reset ("Batch Resetting Nodes") → empty body. */
ApiRequest resetNodes(const QString &poolName, const BatchNodesRequest &request);
/**
 * POST /v2/{project_id}/pools/{name}/nodes/batch-replace ("Replace" on the Nodes tab) → empty body.
 * api.md names no path for replacing nodes (P-21 lists batch-lock/unlock/update/reboot/reset/
 * resize/migrate/bind); this is the closest v2 shape, as modelarts-local serves it.
 */
ApiRequest replaceNodes(const QString &poolName, const BatchNodesRequest &request);
/** P-21 POST /v2/{project_id}/pools/{name}/nodes/batch-update (resource tags, HA redundancy) → empty body. */
ApiRequest updateNodes(const QString &poolName, const BatchUpdateNodesRequest &request);
/** GET /v1/{project_id}/pools/{name}/tags → PoolTagList. */
ApiRequest tags(const QString &poolName);
/** POST /v1/{project_id}/pools/{name}/tags/create (adds, or sets the value of an existing key) → empty body. */
ApiRequest createTags(const QString &poolName, const PoolTagList &tags);
/** DELETE /v1/{project_id}/pools/{name}/tags/delete (by key) → empty body. */
ApiRequest deleteTags(const QString &poolName, const PoolTagList &tags);
/** P-8 GET /v2/{project_id}/pools/{name}/monitor[?start=&end=&period=] → PoolMonitor. */
ApiRequest monitor(const QString &poolName, const QueryItems &query = {});
/** modelarts-local extension: GET …/pools/{name}/nodes/{node}/monitor → PoolMonitor. */
ApiRequest nodeMonitor(const QString &poolName, const QString &nodeName, const QueryItems &query = {});
/** P-9 GET /v2/{project_id}/statistics/pools → PoolStatistics. */
ApiRequest statistics(const QueryItems &query = {});
/** P-10 GET /v2/{project_id}/metrics/runtime/pools → PoolRuntimeMetrics. */
ApiRequest runtimeMetrics(const QueryItems &query = {});
/** GET /v2/{project_id}/pools/{name}/workloads → WorkloadList. */
ApiRequest workloads(const QString &poolName, const QueryItems &query = {});
/** GET /v2/{project_id}/statistics/pools/{name}/workloads → WorkloadStatistics. */
ApiRequest workloadStatistics(const QString &poolName);
/** GET /v1/{project_id}/resourceflavors → ResourceFlavorList. */
ApiRequest resourceFlavors(const QueryItems &query = {});
/** GET /v1/{project_id}/events[?resource=pools&name=] → PoolEventList. */
ApiRequest events(const QueryItems &query = {});
/** P-19 GET /v1/{project_id}/quotas → OsQuotas. */
ApiRequest quotas();
} // namespace ma::api::pools
