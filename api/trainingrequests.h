#pragma once

// Request builders for the v2 training API (api.md §2.1, T2-1..T2-14). Pure functions:
// each returns the ApiRequest (method, path with "{project_id}", query, JSON body) that
// ApiClient::send() takes, and does no I/O. The answers decode as the types of
// api/types/training.h (named next to each builder).

#include "api/requestbuilder.h"
#include "api/types/training.h"

#include <optional>
#include <QStringList>
#include <vector>

namespace ma::api::training
{
/** @brief T2-8: which link the service should return. */
enum class LogLink
{
    Preview, // Content-Type: text/plain
    Download, // Content-Type: application/octet-stream
};

/** @brief T2-10 query parameters; unset members are not sent. */
struct EventQuery
{
    std::optional<int> offset; // item offset
    std::optional<int> limit; // 1..kTrainingEventsMaxLimit (service default 50)
    QString order; // "asc" | "desc"
    std::optional<qint64> startTimeMs; // sent only together with endTimeMs (epoch ms)
    std::optional<qint64> endTimeMs;
    QString level; // Info | Warning | Error
    QString pattern; // at most 256 characters
    QString source; // K8S | Job | Task
    QString language; // X-Language header ("zh-cn", "en-us"); empty: not sent
};

/** T2-1 POST /v2/{project_id}/training-jobs → 201 TrainingJob. */
ApiRequest create(const TrainingJobCreate &job);
/** T2-2 GET /v2/{project_id}/training-jobs/{id} → TrainingJob. */
ApiRequest show(const QString &jobId);
/** T2-3 POST /v2/{project_id}/training-job-searches → TrainingJobSearchResult (offset = page number). */
ApiRequest search(const TrainingJobSearchRequest &request);
/**
 * @brief The search the list, the Overview and the command palette send: the newest jobs first
 * (create_time, desc) from the first page, narrowed by @p filters (none: every job), in
 * @p workspaceId when it is not empty.
 */
TrainingJobSearchRequest newestFirst(int limit, std::vector<TrainingJobFilter> filters, const QString &workspaceId);
/** One filter of a search: @p key (name, phase...) @p op (like, in...) @p values. */
TrainingJobFilter searchFilter(const QString &key, const QString &op, std::vector<QString> values);
/** T2-4 PUT /v2/{project_id}/training-jobs/{id} with {description} → 200, body null. */
ApiRequest updateDescription(const QString &jobId, const QString &description);
/**
 * T2-4 with {priority}: the current API (ChangeTrainingJobDescription) also changes the
 * priority (1..3) of a job queued in a dedicated pool → 200, body null.
 */
ApiRequest updatePriority(const QString &jobId, int priority);
/** Tags a training job may have (CreateTrainJobTags refuses more). */
inline constexpr int kMaxTrainingJobTags = 20;
/**
 * POST /v2/{project_id}/modelarts-training-job/{id}/tags/create {tags:[{key,value}]} → 204
 * (CreateTrainJobTags; the create request itself has no tags field).
 */
ApiRequest createTags(const QString &jobId, const std::vector<TmsTag> &tags);
/** GET /v2/{project_id}/modelarts-training-job/{id}/tags → TrainingJobTagList (ShowTrainJobTags). */
ApiRequest showTags(const QString &jobId);
/** DELETE /v2/{project_id}/modelarts-training-job/{id}/tags/delete {tags:[{key}]} → 204 (DeleteTrainJobTags). */
ApiRequest deleteTags(const QString &jobId, const QStringList &keys);
/** T2-5 DELETE /v2/{project_id}/training-jobs/{id} → 202, empty body. */
ApiRequest remove(const QString &jobId);
/** T2-6 POST /v2/{project_id}/training-jobs/{id}/actions {action_type: terminate} → 202 TrainingJob. */
ApiRequest terminate(const QString &jobId);
/** T2-7 GET .../training-jobs/{id}/tasks/{task}/logs/preview → TrainingLogPreview. */
ApiRequest logPreview(const QString &jobId, const QString &task);
/**
 * T2-8 GET .../training-jobs/{id}/tasks/{task}/logs/url → TrainingLogUrl. The link kind goes
 * as the Content-Type header (OTC table) and as the query parameter the doc example uses.
 */
ApiRequest logUrl(const QString &jobId, const QString &task, LogLink link = LogLink::Preview);
/**
 * T2-9 GET .../training-jobs/{id}/metrics/{task} → TrainingMetrics. @p stepSeconds is the
 * modelarts-local extension `step` (one value per step instead of per minute); unset: not sent.
 */
ApiRequest metrics(const QString &jobId, const QString &task, std::optional<int> stepSeconds = std::nullopt);
/** T2-10 GET .../training-jobs/{id}/events → TrainingJobEventList. */
ApiRequest events(const QString &jobId, const EventQuery &query = {});
/** T2-11 GET /v2/{project_id}/training-job-flavors[?flavor_type=] → TrainingFlavorList. */
ApiRequest flavors(const QString &flavorType = QString());
/** GET .../training-jobs/{id}/autosearch-trials?limit=&offset= → AutoSearchTrials. */
ApiRequest autosearchTrials(const QString &jobId, int limit, int offset = 0);
/** T2-12 GET /v2/{project_id}/training-job-engines → TrainingEngineList. */
ApiRequest engines();
/** T2-13 GET .../training-jobs/{id}/tasks[?schedule_count=] → TrainingTaskList (a bare array). */
ApiRequest tasks(const QString &jobId, std::optional<int> scheduleCount = std::nullopt);
/** T2-14 GET /v2/{project_id}/training-quotas[?user_id=&resource=] → TrainingQuotas. */
ApiRequest quotas(const QString &userId = QString(), const QString &resource = QString());
} // namespace ma::api::training
