#pragma once

// Hyperparameter search (AutoSearch) in modelarts-local: checks a job's
// algorithm.policies.auto_search, plans its trials and reads the trials back from the job's
// log for GET .../training-jobs/{id}/autosearch-trials (Huawei Cloud "Obtaining the
// Hyperparameter Search Trials"). A local job runs its command once per trial with values
// drawn at random (seeded by the job id) from each range; the search algorithms ModelArts
// names are accepted, but the local backend samples the same way for all of them.

#include "api/types/algorithm.h"
#include "api/types/training.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ma::server::autosearch
{
/** @brief One trial: the values it gives the searched hyperparameters. */
struct Trial
{
    int index = 0;
    QList<QPair<QString, QString>> values;
};

/**
 * @brief 400 with the reason when @p policy cannot run: no metric, an unknown search algorithm,
 * a range that is not two numbers with lower < upper, a hyperparameter @p algorithm does not
 * define as Float, or @p algorithm (the job's stored algorithm, if any) has no autoSearch policy.
 */
void check(const api::AutoSearchPolicy &policy, const api::Algorithm *algorithm);

/** The trials of a search: num_samples of the first algorithm (10 when absent, at most 20). */
QList<Trial> plan(const api::AutoSearchPolicy &policy, const QString &seed);

/** The line the job prints before a trial's command runs; trialsResponse() finds it in the log. */
QString marker(const Trial &trial);
/** The line after the trial's command, with its exit code in $rc. */
QString endMarker(const Trial &trial);

/**
 * @brief The autosearch-trials body for a job's @p log: total, count, limit, offset and items
 * {header, data}, one row per trial started (trial_id, config, status, reward_attr, the metric),
 * the metric read with reward_attrs[0].regex (or "<metric>=<number>") from the trial's lines.
 */
api::Json trialsResponse(const QByteArray &log, const api::AutoSearchPolicy &policy, int limit, int offset);
} // namespace ma::server::autosearch
