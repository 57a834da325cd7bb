#include "trainingv1requests.h"

namespace ma::api::trainingv1
{
namespace
{
const QString kJobs = QStringLiteral("/v1/{project_id}/training-jobs");

QString jobPath(qint64 jobId)
{
    return kJobs + u'/' + QString::number(jobId);
}

QString versionPath(qint64 jobId, qint64 versionId)
{
    return jobPath(jobId) + QStringLiteral("/versions/") + QString::number(versionId);
}

QueryItems items(const QUrlQuery &query)
{
    return query.queryItems(QUrl::FullyDecoded);
}
} // namespace

ApiRequest create(const v1::TrainingJobCreate &job)
{
    return jsonRequest(QByteArrayLiteral("POST"), kJobs, v1::encode(job));
}

ApiRequest list(const v1::TrainingJobListParams &params)
{
    return getRequest(kJobs, items(v1::toUrlQuery(params)));
}

ApiRequest updateDescription(qint64 jobId, const QString &description)
{
    v1::TrainingJobDescriptionUpdate update;
    update.jobDesc = description;
    return jsonRequest(QByteArrayLiteral("PUT"), jobPath(jobId), v1::encode(update));
}

ApiRequest remove(qint64 jobId)
{
    return plainRequest(QByteArrayLiteral("DELETE"), jobPath(jobId));
}

ApiRequest createVersion(qint64 jobId, const v1::TrainingJobVersionCreate &version)
{
    return jsonRequest(QByteArrayLiteral("POST"), jobPath(jobId) + QStringLiteral("/versions"), v1::encode(version));
}

ApiRequest versions(qint64 jobId)
{
    return getRequest(jobPath(jobId) + QStringLiteral("/versions"));
}

ApiRequest version(qint64 jobId, qint64 versionId)
{
    return getRequest(versionPath(jobId, versionId));
}

ApiRequest removeVersion(qint64 jobId, qint64 versionId)
{
    return plainRequest(QByteArrayLiteral("DELETE"), versionPath(jobId, versionId));
}

ApiRequest stopVersion(qint64 jobId, qint64 versionId)
{
    return plainRequest(QByteArrayLiteral("POST"), versionPath(jobId, versionId) + QStringLiteral("/stop"));
}

ApiRequest logFileNames(qint64 jobId, qint64 versionId)
{
    return getRequest(versionPath(jobId, versionId) + QStringLiteral("/log/file-names"));
}

ApiRequest aomLog(qint64 jobId, qint64 versionId, const v1::AomLogParams &params)
{
    return getRequest(versionPath(jobId, versionId) + QStringLiteral("/aom-log"), items(v1::toUrlQuery(params)));
}

ApiRequest resourceSpecs(const QString &jobType)
{
    return getRequest(
        QStringLiteral("/v1/{project_id}/job/resource-specs"), { { QStringLiteral("job_type"), jobType } });
}

ApiRequest aiEngines(const QString &jobType)
{
    return getRequest(QStringLiteral("/v1/{project_id}/job/ai-engines"), { { QStringLiteral("job_type"), jobType } });
}
} // namespace ma::api::trainingv1
