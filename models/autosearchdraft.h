#pragma once

// Hyperparameter search (AutoSearch) of a training job, as the Create Training Job form holds
// it: shown when the chosen algorithm supports auto search (its advanced_config.auto_search),
// sent as algorithm.policies.auto_search of the v2 create body with kind "autosearch_job"
// (Huawei Cloud "Creating a Training Job": the AutoSearch policy, bounds and parameter values
// as strings; user guide "Creating a Training Job for Automatic Model Tuning"). The trials
// come back from GET .../training-jobs/{id}/autosearch-trials.

#include "api/types/training.h"
#include "models/keyvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief The three search algorithms ModelArts has built in, in console order. */
QStringList autoSearchAlgorithms();
/**
 * @brief The parameters ModelArts documents for @p algorithm (bayes_opt_search: num_samples,
 * kind, kappa, xi, seed; tpe_search: num_samples, n_initial_points, gamma, seed; anneal_search:
 * num_samples, avg_best_idx, shrink_coef, seed), in that order.
 */
QStringList autoSearchParameterKeys(const QString &algorithm);
/** The type of a documented parameter: "Integer", "Float" or "String"; empty for an unknown key. */
QString autoSearchParameterType(const QString &key);

/** @brief One hyperparameter the search varies: its name and its range as typed. */
struct SearchRange
{
    QString name;
    QString lower;
    QString upper;
    bool operator==(const SearchRange &) const = default;
};

struct AutoSearchDraft
{
    bool enabled = false;
    QString metric; // Auto Search Metric: reward_attrs[0].name
    QString direction; // reward_attrs[0].mode (max | min), from the algorithm
    QString regex; // reward_attrs[0].regex, from the algorithm
    QStringList algorithms; // Auto Search Algorithm: algo_configs[].name
    /** Auto Search Parameters, key = value; each goes to the chosen algorithms that document it. */
    QList<KeyValue> parameters;
    QList<SearchRange> ranges; // search_params (continuous)
    bool operator==(const AutoSearchDraft &) const = default;

    /**
     * @brief The form's values from a policy: the algorithm's advanced_config.auto_search (its
     * defaults) or a job's algorithm.policies.auto_search (Rebuild). Parameters of several
     * algorithms with one key keep the first value.
     */
    static AutoSearchDraft fromPolicy(const api::AutoSearchPolicy &policy, bool enabled);
    /** The policy the create request carries. Ranges go out as typed (the validator checks them). */
    api::AutoSearchPolicy toPolicy() const;
};
} // namespace ma::models
