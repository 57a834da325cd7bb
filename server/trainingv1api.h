#pragma once

// The historical v1 training API of modelarts-local (api.md §2.2, training.md §6), on the
// same lifecycle engine as v2. Every version of a job is stored as its T1-7 version details
// (kind "training_job_v1", id = the decimal version_id) and runs through the lifecycle on its
// own. The first version has version_id = job_id ("V0001") and stands for the job: the index
// lists it (summary kind "job"), later versions (T1-5, "V0002"...) are indexed as kind
// "job_version" under the job's name and are found through it. The list (T1-2) shows each
// job with its latest version's id, status and duration and the count of its versions; its
// status filter and sorting look at the first version. A new version takes the settings of
// config.pre_version_id for what its config leaves out (the resource, the data and the
// algorithm each as a whole). Deleting the first version (T1-8) deletes the job with every
// version, as T1-4 does; deleting a later one deletes that version only.
//
// Routes:
//   POST   /v1/{project_id}/training-jobs                                         T1-1
//   GET    /v1/{project_id}/training-jobs                                         T1-2
//   PUT    /v1/{project_id}/training-jobs/{job_id}                                T1-3
//   DELETE /v1/{project_id}/training-jobs/{job_id}                                T1-4
//   POST   /v1/{project_id}/training-jobs/{job_id}/versions                       T1-5
//   GET    /v1/{project_id}/training-jobs/{job_id}/versions                       T1-6
//   GET    /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}          T1-7
//   DELETE /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}          T1-8 (deletes the job)
//   POST   /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop     T1-9
//   GET    /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log/file-names  T1-10
//   GET    /v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log  T1-11
//   GET    /v1/{project_id}/job/resource-specs                                    T1-12
//   GET    /v1/{project_id}/job/ai-engines                                        T1-13
//
// Status codes: Creating 1 (INIT), Pending 7 (WAITING), Running 8, Terminating 9 (KILLING),
// Completed 10, Failed 11, Terminated 12 (KILLED). Errors use the v1 envelope
// {is_success: false, error_code, error_message} with the HTTP status of the v2 service
// (400 for validation, ModelArts.0103 for an existing job name, ModelArts.2775 for an
// unknown job or version). Jobs with config.pool_id "local" run for real: user_command as
// given (parameters as environment variables), or `python <boot_file_url> --label=value
// ... --data_url=<folder> --train_url=<folder>` with app_url/boot_file_url, data_url and
// train_url mapped from OBS ("/bucket/path" or obs://) to folders of the data dir.

#include "router.h"
#include "servercontext.h"

namespace ma::server
{
class TrainingEngine;
struct TrainingLaunch;

class TrainingV1Api final
{
public:
    TrainingV1Api(ServerContext &context, TrainingEngine &engine);

    void registerRoutes(Router &router);
    /** One finished v1 job, so that the v1 list of a demo data dir is not empty. */
    void seedDemoData();

private:
    Response create(const Request &req);
    Response createVersion(const Request &req);
    Response list(const Request &req);
    Response updateDescription(const Request &req);
    Response remove(const Request &req);
    Response versions(const Request &req);
    Response version(const Request &req);
    Response stop(const Request &req);
    Response logFileNames(const Request &req);
    Response aomLog(const Request &req);
    Response resourceSpecs(const Request &req);
    Response aiEngines(const Request &req);

    /** A version to create (T1-5) instead of a job. */
    struct NewVersion
    {
        qint64 versionId = 0;
        QString versionName;
        qint64 preVersionId = 0;
    };
    /** A stored version: its store id (the decimal version_id) and document. */
    struct StoredVersion
    {
        QString id;
        Json doc;
    };

    /**
     * The stored version of the path: the one it names, else the job's first version; or
     * ModelArts.2775 when the job or the version (of that job) does not exist.
     */
    StoredVersion loadVersion(const Request &req) const;
    /** Store ids of the versions after the first of job @p jobId, oldest first. */
    QStringList laterVersionIds(const QString &jobId, const QString &jobName) const;
    /** T1-7 body of a stored version. */
    Json versionBody(const QString &id, const Json &stored, bool metricsAsText) const;
    TrainingLaunch resolve(const Json &body, qint64 jobId, const NewVersion *version = nullptr);
    qint64 nextJobId();

    ServerContext &m_ctx;
    TrainingEngine &m_engine;
};
} // namespace ma::server
