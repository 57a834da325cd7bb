#pragma once

// Request builders for notebooks (api.md §2.2, N-1..N-14, /v1/{project_id}/notebooks).

#include "api/requestbuilder.h"
#include "api/types/notebook.h"

namespace ma::api::notebooks
{
/** N-1 POST /v1/{project_id}/notebooks → Notebook. */
ApiRequest create(const NotebookCreate &notebook);
/** N-2 GET /v1/{project_id}/notebooks[?offset=&limit=&status=&name=&workspace_id=] → NotebookList. */
ApiRequest list(const QueryItems &query = {});
/** N-4 GET /v1/{project_id}/notebooks/{id} → Notebook. */
ApiRequest show(const QString &id);
/** N-5 PUT /v1/{project_id}/notebooks/{id} → Notebook. */
ApiRequest update(const QString &id, const NotebookUpdate &update);
/** N-6 DELETE /v1/{project_id}/notebooks/{id} → Notebook. */
ApiRequest remove(const QString &id);
/** N-7 POST …/notebooks/{id}/start → Notebook. */
ApiRequest start(const QString &id);
/** N-8 POST …/notebooks/{id}/stop → Notebook. */
ApiRequest stop(const QString &id);
/** N-10 PATCH …/notebooks/{id}/lease → Notebook. */
ApiRequest renewLease(const QString &id, const LeaseRequest &lease);
/** GET /v1/{project_id}/notebooks/flavors[?category=] → NotebookFlavorList. */
ApiRequest flavors(const QueryItems &query = {});
/** GET /v1/{project_id}/images[?type=&limit=] → NotebookImageList. */
ApiRequest images(const QueryItems &query = {});
/** N-14 POST …/notebooks/{id}/storage → DataVolume. */
ApiRequest mountStorage(const QString &id, const DataVolumeMountRequest &request);
/** GET …/notebooks/{id}/storage → DataVolumeList. */
ApiRequest storage(const QString &id);
} // namespace ma::api::notebooks
