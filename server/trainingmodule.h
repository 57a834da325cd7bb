#pragma once

// Training jobs of modelarts-local: the v2 API (api.md §2.1, T2-1..T2-14) and the
// historical v1 API (§2.2, TrainingV1Api), on one lifecycle engine (TrainingEngine).
//
// Routes (all under the project of the server; auth happens before them):
//   POST   /v2/{project_id}/training-jobs                                   T2-1 (201, phase Creating)
//   GET    /v2/{project_id}/training-jobs/{training_job_id}                 T2-2
//   POST   /v2/{project_id}/training-job-searches                           T2-3 (offset = page number)
//   PUT    /v2/{project_id}/training-jobs/{training_job_id}                 T2-4 (200, body null)
//   DELETE /v2/{project_id}/training-jobs/{training_job_id}                 T2-5 (202, empty body)
//   POST   /v2/{project_id}/training-jobs/{training_job_id}/actions         T2-6 (202, Terminating)
//   GET    /v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/preview   T2-7
//   GET    /v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url       T2-8
//   GET    /v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/download  (extension)
//   GET    /v2/{project_id}/training-jobs/{training_job_id}/metrics/{task_id}              T2-9
//   GET    /v2/{project_id}/training-jobs/{training_job_id}/events          T2-10
//   GET    /v2/{project_id}/training-job-flavors                            T2-11
//   GET    /v2/{project_id}/training-job-engines                            T2-12
//   GET    /v2/{project_id}/training-jobs/{training_job_id}/tasks           T2-13
//   GET    /v2/{project_id}/training-quotas                                 T2-14
//
// modelarts-local specifics (extensions and choices where the docs leave room):
// - T2-7 preview: content is the whole task log up to 5 MiB, else its latest 5 MiB (cut at
//   a line start); current_size = bytes in content, full_size = bytes of the whole log.
// - T2-8 returns a URL of this server, .../logs/download, which serves the whole log as
//   text/plain (or application/octet-stream with a file name when T2-8 was asked with
//   Content-Type: application/octet-stream, as header or query). The download needs the
//   same authentication as every call (no pre-signed URL).
// - T2-9 accepts a non-standard query parameter `step` (seconds, 1..86400,
//   default 60): one value per step instead of per minute, so that a chart of a short
//   local job has points. All six metrics are listed; a series without data is -1.
// - Time: create_time, start_time, duration and the metric minutes are wall-clock time
//   (consistent with the pool module's view of who held a node when). --time-scale only
//   makes a simulated job live faster: its "nominal minute" k (a few log lines, one sample
//   per metric) happens k x 60 s / scale after its start.
// - Simulated jobs (every pool but "local", or "local" with executeLocalJobs off) run for
//   10-30 nominal minutes (derived from the job id), or MA_LOCAL_DURATION_SECONDS
//   (nominal seconds) given as an environment variable or hyperparameter. They fail
//   halfway with exit code N when the command contains "exit N" (N > 0) or when
//   MA_LOCAL_FAIL=1 is set (exit code 1). visualization_job jobs run until terminated or
//   auto-stopped.
// - Names are unique per project (400 ModelArts.2751). Algorithm ids: an algorithm of
//   Algorithm Management (AlgorithmModule) gives the job its code, boot file or command,
//   engine and hyperparameter defaults, and runs on the local pool like a custom algorithm;
//   another id in UUID form is taken as a preset algorithm of the service (its job is
//   simulated), anything else is 400 ModelArts.2755 "algorithm not found.".
// - Flavors: public pool = flavors::training() and the published "<flavor>.free" variant;
//   a dedicated pool accepts its node flavor, a modelarts.pool.visual.* flavor, or none.
// - A job holds its nodes (ResourceIndex units, nodes annotation) from the moment it is
//   scheduled until it stops running; Creating comes before the queue and holds nothing.

#include "servermodule.h"

#include <memory>

namespace ma::api
{
struct AutoSearchPolicy;
struct TrainingJobCreate;
} // namespace ma::api

namespace ma::server
{
class TrainingEngine;
class TrainingV1Api;
struct LocalPlanRequest;
struct TrainingLaunch;

class TrainingModule final : public ServerModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingModule)

public:
    explicit TrainingModule(ServerContext &context, QObject *parent = nullptr);
    ~TrainingModule() override;

    void registerRoutes(Router &router) override;
    void seedDemoData() override;
    void start() override;

    TrainingEngine &engine() { return *m_engine; }

private:
    Response create(const Request &req);
    Response show(const Request &req);
    Response search(const Request &req);
    Response updateDescription(const Request &req);
    Response remove(const Request &req);
    Response action(const Request &req);
    Response logPreview(const Request &req);
    /** GET .../autosearch-trials: the trials of a hyperparameter search job, read from its log. */
    Response autosearchTrials(const Request &req);
    /** The command of a local search job: @p plan once per trial of @p policy. */
    QString searchCommand(
        const LocalPlanRequest &plan, const api::AutoSearchPolicy &policy, const QString &jobId) const;
    Response logUrl(const Request &req);
    Response logDownload(const Request &req);
    Response metrics(const Request &req);
    Response events(const Request &req);
    Response flavorList(const Request &req);
    Response engineList(const Request &req);
    Response tasks(const Request &req);
    Response quotas(const Request &req);
    Response createTags(const Request &req);
    Response showTags(const Request &req);
    Response deleteTags(const Request &req);

    /** The stored job of the path, or 400 ModelArts.2775. */
    Json loadJob(const Request &req) const;
    /** The task of the path, which must be one of the job's. */
    QString taskOf(const Request &req, const Json &job) const;
    /** Validates a T2-1 body and turns it into a launch; throws HttpError as the service answers. */
    TrainingLaunch resolve(const Json &body);

    TrainingEngine *m_engine;
    std::unique_ptr<TrainingV1Api> m_v1;
};
} // namespace ma::server
