#pragma once

// The ResourceWatcher of one notebook (N-4 GET /v1/{project_id}/notebooks/{id}): polled while
// its details page is visible. Only a deleted notebook is final: a stopped one can start, a
// failed one can be started or deleted, a running one counts its auto stop down.

#include "api/types/notebook.h"
#include "models/resourcewatcher.h"

namespace ma::models
{
struct NotebookWatchTraits
{
    using Item = api::Notebook;

    static api::ApiRequest request(const QString &id);
    static bool isFinal(const Item &notebook);
    /** Wire keys that differ: "status", "lease", "volume", "image", "flavor", "endpoints", "tags"... */
    static QStringList changedFields(const Item &before, const Item &after);
    static QStringList allFields();
};

using NotebookWatcher = ResourceWatcher<NotebookWatchTraits>;
} // namespace ma::models
