#include "trainingrequests.h"

namespace ma::api::training
{
namespace
{
const QString kJobs = QStringLiteral("/v2/{project_id}/training-jobs");

QString jobPath(const QString &jobId)
{
    return kJobs + u'/' + jobId;
}

QString tagsPath(const QString &jobId)
{
    return QStringLiteral("/v2/{project_id}/modelarts-training-job/") + jobId + QStringLiteral("/tags");
}

QString taskPath(const QString &jobId, const QString &task)
{
    return jobPath(jobId) + QStringLiteral("/tasks/") + task;
}

} // namespace

ApiRequest create(const TrainingJobCreate &job)
{
    return jsonRequest(QByteArrayLiteral("POST"), kJobs, encode(job));
}

ApiRequest show(const QString &jobId)
{
    return getRequest(jobPath(jobId));
}

ApiRequest search(const TrainingJobSearchRequest &request)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), QStringLiteral("/v2/{project_id}/training-job-searches"), encode(request));
}

ApiRequest updateDescription(const QString &jobId, const QString &description)
{
    TrainingJobDescriptionUpdate update;
    update.description = description;
    return jsonRequest(QByteArrayLiteral("PUT"), jobPath(jobId), encode(update));
}

ApiRequest updatePriority(const QString &jobId, int priority)
{
    Json body = Json::object();
    body["priority"] = priority;
    return jsonRequest(QByteArrayLiteral("PUT"), jobPath(jobId), body);
}

ApiRequest createTags(const QString &jobId, const std::vector<TmsTag> &tags)
{
    TrainingJobTagList list;
    list.tags = tags;
    return jsonRequest(QByteArrayLiteral("POST"), tagsPath(jobId) + QStringLiteral("/create"), encode(list));
}

TrainingJobSearchRequest newestFirst(int limit, std::vector<TrainingJobFilter> filters, const QString &workspaceId)
{
    TrainingJobSearchRequest request;
    request.offset = 0;
    request.limit = limit;
    request.sortBy = QStringLiteral("create_time");
    request.order = QStringLiteral("desc");
    if (!filters.empty())
        request.filters = std::move(filters);
    if (!workspaceId.isEmpty())
        request.workspaceId = workspaceId;
    return request;
}

TrainingJobFilter searchFilter(const QString &key, const QString &op, std::vector<QString> values)
{
    TrainingJobFilter filter;
    filter.key = key;
    filter.op = op;
    filter.value = std::move(values);
    return filter;
}

ApiRequest showTags(const QString &jobId)
{
    return getRequest(tagsPath(jobId));
}

ApiRequest deleteTags(const QString &jobId, const QStringList &keys)
{
    TrainingJobTagList list;
    for (const QString &key : keys)
        list.tags.push_back({ key, std::nullopt, {} });
    return jsonRequest(QByteArrayLiteral("DELETE"), tagsPath(jobId) + QStringLiteral("/delete"), encode(list));
}

ApiRequest remove(const QString &jobId)
{
    return plainRequest(QByteArrayLiteral("DELETE"), jobPath(jobId));
}

ApiRequest terminate(const QString &jobId)
{
    return jsonRequest(
        QByteArrayLiteral("POST"), jobPath(jobId) + QStringLiteral("/actions"), encode(terminateAction()));
}

ApiRequest logPreview(const QString &jobId, const QString &task)
{
    return getRequest(taskPath(jobId, task) + QStringLiteral("/logs/preview"));
}

ApiRequest logUrl(const QString &jobId, const QString &task, LogLink link)
{
    ApiRequest r = getRequest(taskPath(jobId, task) + QStringLiteral("/logs/url"));
    const QByteArray type
        = link == LogLink::Download ? QByteArrayLiteral("application/octet-stream") : QByteArrayLiteral("text/plain");
    // The OTC table documents a header, its example a query parameter: send both.
    r.headers.append({ QByteArrayLiteral("Content-Type"), type });
    r.query.append({ QStringLiteral("Content-Type"), QString::fromLatin1(type) });
    return r;
}

ApiRequest metrics(const QString &jobId, const QString &task, std::optional<int> stepSeconds)
{
    ApiRequest r = getRequest(jobPath(jobId) + QStringLiteral("/metrics/") + task);
    if (stepSeconds)
        r.query.append({ QStringLiteral("step"), QString::number(*stepSeconds) });
    return r;
}

ApiRequest events(const QString &jobId, const EventQuery &query)
{
    ApiRequest r = getRequest(jobPath(jobId) + QStringLiteral("/events"));
    if (query.offset)
        r.query.append({ QStringLiteral("offset"), QString::number(*query.offset) });
    if (query.limit)
        r.query.append({ QStringLiteral("limit"), QString::number(*query.limit) });
    if (!query.order.isEmpty())
        r.query.append({ QStringLiteral("order"), query.order });
    // The service wants both bounds or neither.
    if (query.startTimeMs && query.endTimeMs)
    {
        r.query.append({ QStringLiteral("start_time"), QString::number(*query.startTimeMs) });
        r.query.append({ QStringLiteral("end_time"), QString::number(*query.endTimeMs) });
    }
    if (!query.level.isEmpty())
        r.query.append({ QStringLiteral("level"), query.level });
    if (!query.pattern.isEmpty())
        r.query.append({ QStringLiteral("pattern"), query.pattern });
    if (!query.source.isEmpty())
        r.query.append({ QStringLiteral("source"), query.source });
    if (!query.language.isEmpty())
        r.headers.append({ QByteArrayLiteral("X-Language"), query.language.toLatin1() });
    return r;
}

ApiRequest flavors(const QString &flavorType)
{
    ApiRequest r = getRequest(QStringLiteral("/v2/{project_id}/training-job-flavors"));
    if (!flavorType.isEmpty())
        r.query.append({ QStringLiteral("flavor_type"), flavorType });
    return r;
}

ApiRequest engines()
{
    return getRequest(QStringLiteral("/v2/{project_id}/training-job-engines"));
}

ApiRequest tasks(const QString &jobId, std::optional<int> scheduleCount)
{
    ApiRequest r = getRequest(jobPath(jobId) + QStringLiteral("/tasks"));
    if (scheduleCount)
        r.query.append({ QStringLiteral("schedule_count"), QString::number(*scheduleCount) });
    return r;
}

ApiRequest autosearchTrials(const QString &jobId, int limit, int offset)
{
    ApiRequest r = getRequest(jobPath(jobId) + QStringLiteral("/autosearch-trials"));
    r.query.append({ QStringLiteral("limit"), QString::number(limit) });
    r.query.append({ QStringLiteral("offset"), QString::number(offset) });
    return r;
}

ApiRequest quotas(const QString &userId, const QString &resource)
{
    ApiRequest r = getRequest(QStringLiteral("/v2/{project_id}/training-quotas"));
    if (!userId.isEmpty())
        r.query.append({ QStringLiteral("user_id"), userId });
    if (!resource.isEmpty())
        r.query.append({ QStringLiteral("resource"), resource });
    return r;
}
} // namespace ma::api::training
