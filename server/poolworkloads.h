#pragma once

// Workloads of a dedicated pool (api.md P-11) and their counts by type and status (P-12),
// read from the documents the training and notebook modules keep with parent = pool
// (docs/server-conventions.md). Durations are in seconds, as in the published example.

#include "poolstore.h"

namespace ma::server
{
class PoolWorkloads final
{
public:
    explicit PoolWorkloads(PoolStore &pools);

    /** Every workload on the pool, newest first. */
    std::vector<Json> collect(const Json &pool) const;
    /** GET /v2/{project_id}/pools/{pool_name}/workloads with type/status/sort/ascend/offset/limit. */
    Json list(const Json &pool, const Request &request) const;
    /** GET /v2/{project_id}/statistics/pools/{pool_name}/workloads. */
    Json statistics(const Json &pool) const;

    /** The workload status words in the order the API lists them. */
    static const QStringList &statusWords();

private:
    Json trainingWorkload(const Json &pool, const Json &job, const QHash<QString, QString> &nodeIps) const;
    Json trainingV1Workload(const Json &pool, const Json &job, const QHash<QString, QString> &nodeIps) const;
    Json notebookWorkload(const Json &pool, const Json &notebook) const;

    PoolStore &m_pools;
};
} // namespace ma::server
