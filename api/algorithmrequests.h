#pragma once

// Request builders for Algorithm Management (the v2 algorithms API): CreateAlgorithm,
// ListAlgorithms, ShowAlgorithmByUuid and DeleteAlgorithm. Pure functions, no I/O; the
// answers decode as the types of api/types/algorithm.h.

#include "api/requestbuilder.h"
#include "api/types/algorithm.h"

#include <optional>

namespace ma::api::algorithms
{
/** @brief ListAlgorithms query parameters; unset members are not sent. */
struct ListQuery
{
    std::optional<int> offset; // item offset (0 = the first algorithm)
    std::optional<int> limit; // 1..kAlgorithmListMaxLimit
    QString sortBy; // "create_time" by default on the service
    QString order; // "asc" | "desc" (service default desc)
    QString nameContains; // sent as searches=name:<text> (fuzzy match on the name)
    QString workspaceId;
};

/** POST /v2/{project_id}/algorithms → 201 Algorithm. */
ApiRequest create(const Algorithm &algorithm);
/** GET /v2/{project_id}/algorithms[?offset=&limit=&sort_by=&order=&searches=&workspace_id=] → AlgorithmList. */
ApiRequest list(const ListQuery &query = {});
/** GET /v2/{project_id}/algorithms/{algorithm_id} → Algorithm. */
ApiRequest show(const QString &algorithmId);
/** DELETE /v2/{project_id}/algorithms/{algorithm_id} → 202, no content. */
ApiRequest remove(const QString &algorithmId);
} // namespace ma::api::algorithms
