#pragma once

// Request builders for notebooks (api.md §2.2, N-1..N-14, /v1/{project_id}/notebooks).

#include "api/requestbuilder.h"
#include "api/types/notebook.h"

namespace ma::api::notebooks
{
/** N-1 POST /v1/{project_id}/notebooks → Notebook. */
ApiRequest create(const NotebookCreate &notebook);
/** N-2 GET /v1/{project_id}/notebooks[?offset=&limit=&status=&name=&workspace_id=&owner=] → NotebookList: the
 * caller's own notebooks. */
ApiRequest list(const QueryItems &query = {});
/** N-3 GET /v1/{project_id}/notebooks/all[?…] → NotebookList: every IAM user's notebooks ("View all"). */
ApiRequest listAll(const QueryItems &query = {});
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
/** N-17 DELETE …/notebooks/{id}/storage/{storage_id} (unmount an OBS storage) → DataVolume. */
ApiRequest unmountStorage(const QString &id, const QString &storageId);
/** GET …/notebooks/{id}/storage → DataVolumeList. */
ApiRequest storage(const QString &id);
/** N-18 POST …/notebooks/{id}/create-image (Save Image) → NotebookImage (status CREATING). */
ApiRequest saveImage(const QString &id, const NotebookImageSave &request);
/** N-18 GET /v1/{project_id}/images/{image_id} → NotebookImage. */
ApiRequest image(const QString &imageId);
/** N-18 DELETE /v1/{project_id}/images/{image_id} (private images) → NotebookImage. */
ApiRequest removeImage(const QString &imageId);
/** GET …/notebooks/{id}/tags → NotebookTagList. */
ApiRequest tags(const QString &id);
/** N-18 POST …/notebooks/{id}/tags/create → 204; adds or changes the given tags. */
ApiRequest addTags(const QString &id, const NotebookTagList &tags);
/** N-18 DELETE …/notebooks/{id}/tags/delete → 204; removes the tags with the given keys. */
ApiRequest removeTags(const QString &id, const NotebookTagList &tags);
/** N-18 GET /v1/{project_id}/notebooks/tags → NotebookTagSummary (every key with its values). */
ApiRequest tagSummary();
/** Non-standard GET …/notebooks/{id}/events → NotebookEventList {total, events:[{time, event, severity, description}]}.
 */
ApiRequest events(const QString &id);
} // namespace ma::api::notebooks
