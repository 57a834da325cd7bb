#pragma once

// The pre-submit checks of Buy AI Dedicated Cluster, listed in its Confirm step: the pool
// quota (P-19, asked before the step opens), whether every chosen flavor is still on sale in
// its availability zones now (resource flavors, status.phase per AZ) and the cost.

#include "models/presubmitchecks.h"

namespace ma::models
{
class Connection;
struct PoolDraft;

/** The quota check's outcome as the form got it from GET /v1/{project_id}/quotas. */
struct PoolQuotaFacts
{
    PreSubmitCheck::Outcome outcome = PreSubmitCheck::Outcome::Unknown;
    QString text;
};

/** Adds the checks for ordering @p draft through @p connection to @p checks (start() them). */
void addPoolOrderChecks(
    PreSubmitChecks &checks, Connection *connection, const PoolDraft &draft, const PoolQuotaFacts &quota);
} // namespace ma::models
