#pragma once

// Pre-submit checks every creation form shares: the chosen dedicated pool's nodes and
// queue, OBS paths, and the price (which the ModelArts API never gives, only a billing code).

#include "models/presubmitchecks.h"

#include <QList>
#include <QString>

namespace ma::models
{
class Connection;

namespace prechecks
{
/** One OBS location a form will use, and what the console asks of it. */
struct ObsPath
{
    enum class Use
    {
        Read, // must exist (code, boot file, input data)
        Write, // may be missing; the console recommends an empty folder (output)
        WriteEmpty, // must be missing or empty (job log path)
    };

    QString label; // "Code directory", "Output (train_url)"
    QString url; // obs://bucket/dir/
    Use use = Use::Read;
    /** Code directory limits of Create Training Job: ≤ 1000 files, ≤ 5 GB, ≤ 32 folder levels. */
    bool codeLimits = false;
};

/**
 * @brief Adds one check over @p paths. The Local profile's store is a folder on this computer
 * and is checked for real (off the UI thread); a cloud profile's OBS cannot be listed from
 * here, which the check says instead of guessing.
 */
void addObsPathsCheck(PreSubmitChecks &checks, Connection *connection, const QList<ObsPath> &paths);

/**
 * @brief Adds the checks of a dedicated pool: whether it has @p nodeCount nodes of @p flavor
 * now (P-3 status.resources.available) and how many workloads wait in it before this one
 * (P-12 workload statistics).
 */
void addPoolChecks(
    PreSubmitChecks &checks, Connection *connection, const QString &poolName, const QString &flavor, int nodeCount);

/**
 * @brief Adds the cost estimate. The ModelArts APIs give a flavor's billing code and units,
 * never its price, so this says "unknown" with the code to look up; no price is invented.
 */
void addCostCheck(PreSubmitChecks &checks, const QString &billingCode, int unitsPerNode, int nodeCount);
} // namespace prechecks
} // namespace ma::models
