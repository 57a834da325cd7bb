#pragma once

// The ResourceWatcher of one dedicated pool (P-3 GET /v2/{project_id}/pools/{pool_name}):
// polled while its details page is visible. A pool has no final phase (even a failed one
// can be deleted, a running one resized), so it is polled until the page hides.

#include "api/types/pool.h"
#include "models/resourcewatcher.h"

namespace ma::models
{
struct PoolWatchTraits
{
    using Item = api::Pool;

    static api::ApiRequest request(const QString &poolName);
    static bool isFinal(const Item &) { return false; }
    /** Wire paths that differ: "status.phase", "status.resources", "status.driver", "status.scope", "spec.resources"...
     */
    static QStringList changedFields(const Item &before, const Item &after);
    static QStringList allFields();
};

using PoolWatcher = ResourceWatcher<PoolWatchTraits>;
} // namespace ma::models
