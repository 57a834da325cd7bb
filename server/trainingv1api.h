#pragma once

// The historical v1 training API of modelarts-local (api.md §2.2, training.md §6), on the
// same lifecycle engine as v2. A v1 job has exactly one version (version_id = job_id,
// version_name "V0001"); it is stored as its T1-7 version details (kind
// "training_job_v1", id = the decimal job_id).
//
// Routes:
//   POST   /v1/{project_id}/training-jobs                                         T1-1
//   GET    /v1/{project_id}/training-jobs                                         T1-2
//   PUT    /v1/{project_id}/training-jobs/{job_id}                                T1-3
//   DELETE /v1/{project_id}/training-jobs/{job_id}                                T1-4
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

    /** The stored job of the path (and its version when the path names one), or ModelArts.2775. */
    Json loadJob(const Request &req) const;
    /** T1-7 body of a stored job. */
    Json versionBody(const Json &stored, bool metricsAsText) const;
    TrainingLaunch resolve(const Json &body, qint64 jobId);
    qint64 nextJobId();

    ServerContext &m_ctx;
    TrainingEngine &m_engine;
};
} // namespace ma::server
