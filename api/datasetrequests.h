#pragma once

// Request builders for datasets as training input: ListDatasets and ListDatasetVersions
// (answers: api/types/dataset.h). Pure functions, no I/O.

#include "api/requestbuilder.h"
#include "api/types/dataset.h"

namespace ma::api::datasets
{
/** GET /v2/{project_id}/datasets[?offset=&limit=&search_content=] → DatasetList (offset counts items). */
ApiRequest list(int offset = 0, int limit = 100, const QString &searchContent = QString());
/** GET /v2/{project_id}/datasets/{dataset_id}/versions → DatasetVersionList. */
ApiRequest versions(const QString &datasetId);
} // namespace ma::api::datasets
