#include "trainingv1api.h"

#include "api/types/trainingv1.h"
#include "serverutil.h"
#include "trainingcatalog.h"
#include "trainingengine.h"
#include "trainingsimulator.h"

#include <QRandomGenerator>

namespace ma::server
{
namespace
{
constexpr int kJobQuota = 1000;
const QString kNextJobIdKey = QStringLiteral("training_v1_next_job_id");

std::string s(const QString &text)
{
    return text.toStdString();
}

QString valueOf(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

Response v1Error(int status, const QString &code, const QString &message)
{
    Json body = Json::object();
    body["is_success"] = false;
    body["error_code"] = s(code);
    body["error_message"] = s(message);
    return Response::json(status, body);
}

Response success()
{
    return Response::json(200, Json { { "is_success", true } });
}

[[noreturn]] void notFound(const QString &id)
{
    throw HttpError(400, QStringLiteral("ModelArts.2775"), QStringLiteral("Training job (ID: %1) not found.").arg(id));
}

/** The answer of a v1 create (job or version): the new version as the API reports it. */
Json createdAnswer(const Json &doc)
{
    Json out = Json::object();
    out["is_success"] = true;
    for (const char *key : { "job_id", "job_name", "status", "create_time", "version_id", "version_name" })
        out[key] = doc[key];
    return out;
}

QString metricText(double value)
{
    return value < 0 ? QStringLiteral("0") : QString::number(value, 'f', 2);
}
} // namespace

TrainingV1Api::TrainingV1Api(ServerContext &context, TrainingEngine &engine)
    : m_ctx(context)
    , m_engine(engine)
{
}

void TrainingV1Api::registerRoutes(Router &router)
{
    // v1 answers failures with its own envelope (error_message, not error_msg).
    const auto route =
        [this, &router](const char *method, const QString &pattern, Response (TrainingV1Api::*handler)(const Request &))
    {
        router.add(
            method, pattern, [this, handler](const Request &req) { return (this->*handler)(req); }, &v1Error);
    };
    const QString jobs = QStringLiteral("/v1/{project_id}/training-jobs");
    const QString job = jobs + QStringLiteral("/{job_id}");
    const QString version = job + QStringLiteral("/versions/{version_id}");
    route("POST", jobs, &TrainingV1Api::create);
    route("GET", jobs, &TrainingV1Api::list);
    route("PUT", job, &TrainingV1Api::updateDescription);
    route("DELETE", job, &TrainingV1Api::remove);
    route("POST", job + QStringLiteral("/versions"), &TrainingV1Api::createVersion);
    route("GET", job + QStringLiteral("/versions"), &TrainingV1Api::versions);
    route("GET", version, &TrainingV1Api::version);
    route("DELETE", version, &TrainingV1Api::remove);
    route("POST", version + QStringLiteral("/stop"), &TrainingV1Api::stop);
    route("GET", version + QStringLiteral("/log/file-names"), &TrainingV1Api::logFileNames);
    route("GET", version + QStringLiteral("/aom-log"), &TrainingV1Api::aomLog);
    route("GET", QStringLiteral("/v1/{project_id}/job/resource-specs"), &TrainingV1Api::resourceSpecs);
    route("GET", QStringLiteral("/v1/{project_id}/job/ai-engines"), &TrainingV1Api::aiEngines);
}

qint64 TrainingV1Api::nextJobId()
{
    Store &store = m_ctx.store();
    const qint64 id = std::max<qint64>(1, store.meta(kNextJobIdKey).toLongLong());
    store.setMeta(kNextJobIdKey, QString::number(id + 1));
    return id;
}

// ---------------------------------------------------------------------------------------
// T1-1 create

TrainingLaunch TrainingV1Api::resolve(const Json &body, qint64 jobId, const NewVersion *version)
{
    const auto req = api::fromJson<api::v1::TrainingJobCreate>(body);
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    checkName(req.jobName, QStringLiteral("job_name"), 1, 64, namePattern,
        QStringLiteral("letters, digits, hyphens (-) and underscores (_)"));
    const QString description = valueOf(req.jobDesc);
    if (description.size() > 256)
        invalidArgument(QStringLiteral("job_desc must be at most 256 characters long."));
    if (!version && m_engine.index(kTrainingJobV1Kind).nameTaken(req.jobName))
        throw HttpError(
            400, QStringLiteral("ModelArts.0103"), QStringLiteral("Job name:%1 is existed").arg(req.jobName));
    const api::v1::TrainingConfig &cfg = req.config;
    if (cfg.workerServerNum < 1)
        invalidArgument(QStringLiteral("config.worker_server_num must be at least 1."));

    // Resource: a dedicated pool, or a public spec.
    const FlavorShape *shape = nullptr;
    QString poolId = valueOf(cfg.poolId);
    QString poolName;
    int maxNodes = 1;
    bool isLocalPool = false;
    if (!poolId.isEmpty())
    {
        const std::optional<PoolView> pool = m_engine.trainingPool(poolId);
        if (!pool)
            throw HttpError(
                404, QStringLiteral("ModelArts.2890"), QStringLiteral("Pool (%1) does not exist").arg(poolId));
        if (!pool->allows(QStringLiteral("Train")))
            invalidArgument(QStringLiteral("The resource pool %1 does not accept training jobs.").arg(pool->name));
        if (!pool->isRunning())
            invalidArgument(QStringLiteral("The resource pool %1 is %2; training jobs need a running pool.")
                                .arg(pool->name, pool->phase));
        poolId = pool->name;
        poolName = pool->displayName;
        shape = pool->shape;
        maxNodes = std::max(1, pool->nodeCount);
        isLocalPool = pool->isLocal;
    }
    else if (cfg.specId)
    {
        shape = trainingcatalog::v1Spec(*cfg.specId);
        if (!shape)
            throw HttpError(400, QStringLiteral("ModelArts.2781"),
                QStringLiteral("Resource spec %1 not found (GET /v1/{project_id}/job/resource-specs).")
                    .arg(*cfg.specId));
        maxNodes = shape->maxNodes;
    }
    else
    {
        invalidArgument(QStringLiteral("config.spec_id (public pool) or config.pool_id (dedicated pool) is required."));
    }
    if (cfg.workerServerNum > maxNodes)
        invalidArgument(QStringLiteral("config.worker_server_num must be between 1 and %1.").arg(maxNodes));

    // Data: data_url | dataset_id + dataset_version_id | data_source.
    const QString dataUrl = valueOf(cfg.dataUrl);
    const QString datasetId = valueOf(cfg.datasetId);
    const QString datasetVersionId = valueOf(cfg.datasetVersionId);
    const auto dataSource = cfg.dataSource.value_or(std::vector<api::v1::DataSource>());
    if (datasetId.isEmpty() != datasetVersionId.isEmpty())
        invalidArgument(QStringLiteral("config.dataset_id and config.dataset_version_id go together."));
    if (dataUrl.isEmpty() && datasetId.isEmpty() && dataSource.empty())
        invalidArgument(QStringLiteral("config needs data_url, dataset_id with dataset_version_id, or data_source."));

    // Algorithm: model_id | app_url + boot_file_url (+ engine_id) | user_image_url + user_command.
    const QString appUrl = valueOf(cfg.appUrl);
    const QString bootFile = valueOf(cfg.bootFileUrl);
    const QString command = valueOf(cfg.userCommand);
    const bool hasModel = cfg.modelId.has_value();
    const bool hasCode = !bootFile.isEmpty();
    const bool hasImage = !valueOf(cfg.userImageUrl).isEmpty() && !command.isEmpty();
    if (!hasModel && !hasCode && !hasImage && !(isLocalPool && !command.isEmpty()))
        invalidArgument(QStringLiteral("config needs model_id, app_url with boot_file_url, or user_image_url with "
                                       "user_command."));
    const trainingcatalog::V1Engine *engine = nullptr;
    if (hasCode || (!hasImage && !hasModel) || cfg.engineId)
    {
        const qint64 engineId = cfg.engineId.value_or(1);
        engine = trainingcatalog::findV1Engine(engineId);
        if (!engine && !hasImage)
            invalidArgument(QStringLiteral("config.engine_id %1 is not a training engine (GET "
                                           "/v1/{project_id}/job/ai-engines).")
                                .arg(engineId));
    }

    TrainingLaunch launch;
    launch.kind = kTrainingJobV1Kind;
    const qint64 versionId = version ? version->versionId : jobId;
    launch.id = QString::number(versionId);
    launch.poolId = poolId;
    launch.flavorId = shape->id;
    launch.nodeCount = cfg.workerServerNum;
    launch.workspaceId = valueOf(req.workspaceId).isEmpty() ? QStringLiteral("0") : valueOf(req.workspaceId);
    launch.engineName = engine ? engine->name : QString();

    std::vector<api::v1::TrainingParameter> parameters
        = cfg.parameter.value_or(std::vector<api::v1::TrainingParameter>());
    const auto parameterValue = [&](const QString &label)
    {
        for (const auto &p : parameters)
        {
            if (valueOf(p.label) == label && p.value)
                return p.value->toString();
        }
        return QString();
    };
    launch.runLocally = isLocalPool && m_ctx.config().executeLocalJobs && (hasCode || !command.isEmpty());
    if (launch.runLocally)
    {
        LocalPlanRequest plan;
        plan.codeDir = appUrl;
        plan.bootFile = bootFile;
        plan.command = command;
        for (const auto &p : parameters)
        {
            if (!valueOf(p.label).isEmpty())
                plan.parameters.append({ valueOf(p.label), p.value ? p.value->toString() : QString() });
        }
        if (!dataUrl.isEmpty())
            plan.inputs.append({ QStringLiteral("data_url"), dataUrl });
        else if (!datasetId.isEmpty())
            plan.inputs.append({ QStringLiteral("data_url"), QStringLiteral("dataset://") + datasetId });
        else if (!dataSource.empty())
        {
            const auto &src = dataSource.front();
            plan.inputs.append({ QStringLiteral("data_url"),
                !valueOf(src.dataUrl).isEmpty() ? valueOf(src.dataUrl)
                                                : QStringLiteral("dataset://") + valueOf(src.datasetId) });
        }
        if (!valueOf(cfg.trainUrl).isEmpty())
            plan.outputs.append({ QStringLiteral("train_url"), valueOf(cfg.trainUrl) });
        LocalPlan result;
        QString error;
        if (!m_engine.planLocal(plan, &result, &error))
            invalidArgument(QStringLiteral("A path of the job cannot be used on this computer: %1").arg(error));
        launch.command = result.command;
        launch.environment = result.environment;
    }
    else
    {
        launch.nominalRunMs
            = TrainingEngine::simulatedRunMs(launch.id, parameterValue(QStringLiteral("MA_LOCAL_DURATION_SECONDS")));
        launch.exitCode = TrainingEngine::simulatedExitCode(command, parameterValue(QStringLiteral("MA_LOCAL_FAIL")));
    }

    // The version details (T1-7) as the document.
    Json doc = Json::object();
    doc["job_id"] = jobId;
    doc["job_name"] = s(req.jobName);
    doc["job_desc"] = s(description);
    doc["version_id"] = versionId;
    doc["version_name"] = version ? s(version->versionName) : "V0001";
    doc["pre_version_id"] = version ? version->preVersionId : 0;
    if (engine)
    {
        doc["engine_type"] = engine->type;
        doc["engine_name"] = s(engine->name);
        doc["engine_id"] = engine->id;
        doc["engine_version"] = s(engine->version);
    }
    doc["status"] = 1;
    if (!appUrl.isEmpty())
        doc["app_url"] = s(appUrl);
    if (!bootFile.isEmpty())
        doc["boot_file_url"] = s(bootFile);
    doc["create_time"] = 0;
    Json parameterJson = Json::array();
    for (const auto &p : parameters)
        parameterJson.push_back(api::v1::encode(p));
    doc["parameter"] = parameterJson;
    doc["duration"] = 0;
    doc["spec_id"] = cfg.specId.value_or(trainingcatalog::v1SpecId(shape->id));
    doc["core"] = s(QString::number(shape->cpuCores));
    doc["cpu"] = s(QString::number(shape->memoryMiB / 1024));
    doc["gpu"] = shape->gpuCount > 0;
    doc["gpu_num"] = shape->gpuCount;
    doc["gpu_type"] = s(shape->gpuProduct.section(u'-', 1));
    doc["worker_server_num"] = cfg.workerServerNum;
    const auto optional = [&](const char *key, const std::optional<QString> &value)
    {
        if (value && !value->isEmpty())
            doc[key] = s(*value);
    };
    optional("data_url", cfg.dataUrl);
    optional("train_url", cfg.trainUrl);
    optional("log_url", cfg.logUrl);
    optional("dataset_version_id", cfg.datasetVersionId);
    optional("dataset_id", cfg.datasetId);
    if (cfg.dataSource)
        doc["data_source"] = api::encode(*cfg.dataSource);
    if (cfg.modelId)
        doc["model_id"] = *cfg.modelId;
    doc["model_metric_list"] = "";
    doc["system_metric_list"] = Json::object();
    optional("user_image_url", cfg.userImageUrl);
    optional("user_command", cfg.userCommand);
    doc["resource_id"]
        = s(QStringLiteral("job%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    doc["dataset_name"] = "";
    doc["dataset_version_name"] = "";
    doc["spec_code"] = s(shape->id);
    doc["start_time"] = 0;
    if (cfg.volumes)
    {
        doc["volumes"] = api::encode(*cfg.volumes);
        for (const auto &v : *cfg.volumes)
        {
            if (v.nfs)
            {
                doc["nas_mount_path"] = s(valueOf(v.nfs->destPath));
                doc["nas_share_addr"] = s(valueOf(v.nfs->srcPath));
                doc["nas_type"] = "nfs";
                break;
            }
        }
    }
    if (!poolId.isEmpty())
    {
        doc["pool_id"] = s(poolId);
        doc["pool_name"] = s(poolName);
    }
    launch.document = doc;
    return launch;
}

Response TrainingV1Api::create(const Request &req)
{
    const Json body = req.object();
    QString id;
    m_ctx.store().transaction(
        [&]
        {
            TrainingLaunch launch = resolve(body, nextJobId());
            id = launch.id;
            m_engine.submit(std::move(launch));
        });
    const Json doc = *m_engine.stored(kTrainingJobV1Kind, id);
    Json out = createdAnswer(doc);
    out["resource_id"] = doc["resource_id"];
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------------------
// T1-5 create a version

Response TrainingV1Api::createVersion(const Request &req)
{
    const StoredVersion job = loadVersion(req);
    const Json body = req.object();
    const auto request = decodeAs<api::v1::TrainingJobVersionCreate>(body);
    if (!request.config.preVersionId)
        invalidArgument(QStringLiteral("config.pre_version_id is required."));
    const QString jobId = job.id;
    const QString jobName = stringAt(job.doc, "/job_name");
    const QString preId = QString::number(*request.config.preVersionId);
    const QStringList later = laterVersionIds(jobId, jobName);
    std::optional<Json> pre = preId == jobId ? std::optional<Json>(job.doc) : std::nullopt;
    if (!pre && later.contains(preId))
        pre = m_engine.stored(kTrainingJobV1Kind, preId);
    if (!pre)
        throw HttpError(400, QStringLiteral("ModelArts.2775"),
            QStringLiteral("Version %1 of training job %2 not found (config.pre_version_id).").arg(preId, jobId));

    // The parent's settings, each group replaced as a whole by what the request gives.
    const Json given = body.value("config", Json::object());
    const auto givesAny = [&given](std::initializer_list<const char *> keys)
    {
        return std::any_of(keys.begin(), keys.end(), [&given](const char *k) { return given.contains(k); });
    };
    const std::initializer_list<const char *> resource = { "spec_id", "pool_id" };
    const std::initializer_list<const char *> data = { "data_url", "dataset_id", "dataset_version_id", "data_source" };
    const std::initializer_list<const char *> algorithm
        = { "model_id", "app_url", "boot_file_url", "engine_id", "user_image_url", "user_command" };
    Json config = Json::object();
    const auto inherit = [&](std::initializer_list<const char *> keys)
    {
        if (givesAny(keys))
            return;
        for (const char *k : keys)
        {
            if (pre->contains(k) && !(*pre)[k].is_null())
                config[k] = (*pre)[k];
        }
    };
    inherit(resource);
    if (config.contains("pool_id"))
        config.erase("spec_id"); // the parent ran on a dedicated pool: spec_id only describes it
    inherit(data);
    inherit(algorithm);
    for (const char *k : { "worker_server_num", "parameter", "train_url", "log_url", "volumes" })
    {
        if (!given.contains(k) && pre->contains(k) && !(*pre)[k].is_null())
            config[k] = (*pre)[k];
    }
    for (auto it = given.begin(); it != given.end(); ++it)
    {
        if (it.key() != "pre_version_id" && it.key() != "create_version")
            config[it.key()] = it.value();
    }
    Json create = Json::object();
    create["job_name"] = s(jobName);
    create["job_desc"] = request.jobDesc ? s(*request.jobDesc) : job.doc.value("job_desc", std::string());
    if (const TrainingJobSummary *summary = m_engine.index(kTrainingJobV1Kind).find(jobId))
        create["workspace_id"] = s(summary->workspaceId);
    create["config"] = config;

    QString id;
    m_ctx.store().transaction(
        [&]
        {
            NewVersion version;
            version.versionId = nextJobId();
            version.versionName = QStringLiteral("V%1").arg(later.size() + 2, 4, 10, QLatin1Char('0'));
            version.preVersionId = *request.config.preVersionId;
            TrainingLaunch launch = resolve(create, jobId.toLongLong(), &version);
            id = launch.id;
            m_engine.submit(std::move(launch));
        });
    return Response::json(200, createdAnswer(*m_engine.stored(kTrainingJobV1Kind, id)));
}

// ---------------------------------------------------------------------------------------
// T1-2 .. T1-9

TrainingV1Api::StoredVersion TrainingV1Api::loadVersion(const Request &req) const
{
    const QString jobId = req.param(QStringLiteral("job_id"));
    std::optional<Json> job = m_engine.stored(kTrainingJobV1Kind, jobId);
    if (!job || stringAt(*job, "/job_id") != jobId)
        notFound(jobId);
    if (!req.params.contains(QStringLiteral("version_id")))
        return { jobId, std::move(*job) };
    const QString versionId = req.param(QStringLiteral("version_id"));
    std::optional<Json> version = versionId == jobId ? job : m_engine.stored(kTrainingJobV1Kind, versionId);
    if (!version || stringAt(*version, "/job_id") != jobId)
        throw HttpError(400, QStringLiteral("ModelArts.2775"),
            QStringLiteral("Version %1 of training job %2 not found.").arg(versionId, jobId));
    return { versionId, std::move(*version) };
}

QStringList TrainingV1Api::laterVersionIds(const QString &jobId, const QString &jobName) const
{
    // Later versions are indexed under the job's name (unique among v1 jobs) as kind job_version.
    const TrainingJobIndex &index = m_engine.index(kTrainingJobV1Kind);
    TrainingJobQuery query;
    query.filters.push_back({ QStringLiteral("kind"), QStringLiteral("in"), { QStringLiteral("job_version") } });
    query.textContains = jobName;
    query.sortBy = QStringLiteral("create_time");
    query.ascending = true;
    query.limit = std::max(1, index.size());
    QStringList ids;
    for (const QString &id : index.search(query, m_ctx.clock().nowMs()).ids)
    {
        const TrainingJobSummary *summary = index.find(id);
        if (summary && summary->name == jobName && id != jobId)
            ids << id;
    }
    // Created in id order; ids also break ties of equal creation times.
    std::sort(
        ids.begin(), ids.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    return ids;
}

Json TrainingV1Api::versionBody(const QString &id, const Json &stored, bool metricsAsText) const
{
    Json v = m_engine.present(kTrainingJobV1Kind, stored);
    Json metrics = Json::object();
    for (const auto &[name, values] : m_engine.metricSeries(id, stored, QStringLiteral("worker-0"), 60000))
    {
        const bool any = std::any_of(values.cbegin(), values.cend(), [](double x) { return x >= 0; });
        if (!any && name != u"cpuUsage" && name != u"memUsage")
            continue;
        Json list = Json::array();
        for (double x : values)
            list.push_back(s(metricText(x)));
        metrics[s(name)] = list;
    }
    if (metricsAsText)
    {
        metrics["interval"] = 1;
        v["system_metric_list"] = metrics.dump();
    }
    else
    {
        v["system_metric_list"] = metrics;
    }
    return v;
}

Response TrainingV1Api::list(const Request &req)
{
    const int perPage = queryInt(req, QStringLiteral("per_page"), 10, 1, 1000);
    const int page = queryInt(req, QStringLiteral("page"), 1, 1, 65535);
    const QString sortBy
        = req.hasQuery(QStringLiteral("sortBy")) ? req.query(QStringLiteral("sortBy")) : QStringLiteral("job_name");
    static const QHash<QString, QString> sortKeys = {
        { QStringLiteral("job_name"), QStringLiteral("name") },
        { QStringLiteral("job_desc"), QStringLiteral("description") },
        { QStringLiteral("status"), QStringLiteral("phase") },
        { QStringLiteral("duration"), QStringLiteral("duration") },
        { QStringLiteral("version_count"), QStringLiteral("create_time") },
        { QStringLiteral("create_time"), QStringLiteral("create_time") },
    };
    if (!sortKeys.contains(sortBy))
        invalidArgument(QStringLiteral("sortBy must be job_name, job_desc, status, duration, version_count or "
                                       "create_time."));
    const QString order
        = req.hasQuery(QStringLiteral("order")) ? req.query(QStringLiteral("order")).toLower() : QStringLiteral("asc");
    if (order != u"asc" && order != u"desc")
        invalidArgument(QStringLiteral("order must be asc or desc."));
    const QString search = req.query(QStringLiteral("search_content"));
    if (search.size() > 64)
        invalidArgument(QStringLiteral("search_content must be at most 64 characters long."));

    TrainingJobQuery query;
    query.sortBy = sortKeys.value(sortBy);
    query.ascending = order == u"asc";
    query.first = (page - 1) * perPage;
    query.limit = perPage;
    query.textContains = search;
    query.workspaceId = req.query(QStringLiteral("workspace_id"));
    query.filters.push_back({ QStringLiteral("kind"), QStringLiteral("in"), { QStringLiteral("job") } });
    if (req.hasQuery(QStringLiteral("status")))
    {
        const int status = queryInt(req, QStringLiteral("status"), 0, 0, 21);
        TrainingJobFilterSpec filter;
        filter.key = QStringLiteral("phase");
        filter.op = QStringLiteral("in");
        for (const QString &phase : { QStringLiteral("Creating"), QStringLiteral("Pending"), QStringLiteral("Running"),
                 QStringLiteral("Terminating"), QStringLiteral("Completed"), QStringLiteral("Failed"),
                 QStringLiteral("Terminated"), QStringLiteral("Abnormal") })
        {
            if (trainingcatalog::v1StatusCode(phase) == status)
                filter.values << phase;
        }
        if (filter.values.isEmpty())
            filter.values << QStringLiteral("-"); // a code no local job has: nothing matches
        query.filters.push_back(filter);
    }
    const TrainingJobIndex &index = m_engine.index(kTrainingJobV1Kind);
    const TrainingJobPage result = index.search(query, m_ctx.clock().nowMs());
    Json jobs = Json::array();
    for (const QString &id : result.ids)
    {
        const std::optional<Json> doc = m_engine.stored(kTrainingJobV1Kind, id);
        if (!doc)
            continue;
        const Json v = m_engine.present(kTrainingJobV1Kind, *doc);
        // The job's latest version gives the version, status and duration of its row.
        const QStringList later = laterVersionIds(id, stringAt(*doc, "/job_name"));
        std::optional<Json> latestDoc
            = later.isEmpty() ? std::nullopt : m_engine.stored(kTrainingJobV1Kind, later.last());
        const Json latest = latestDoc ? m_engine.present(kTrainingJobV1Kind, *latestDoc) : v;
        jobs.push_back({ { "job_id", v["job_id"] }, { "job_name", v["job_name"] },
            { "version_id", latest["version_id"] }, { "status", latest["status"] }, { "create_time", v["create_time"] },
            { "duration", latest["duration"] }, { "job_desc", v["job_desc"] }, { "version_count", 1 + later.size() } });
    }
    Json out = Json::object();
    out["is_success"] = true;
    out["job_total_count"] = result.matching;
    out["job_count_limit"] = std::max(0, kJobQuota - index.size());
    out["quotas"] = kJobQuota;
    out["jobs"] = jobs;
    return Response::json(200, out);
}

Response TrainingV1Api::updateDescription(const Request &req)
{
    Json doc = loadVersion(req).doc;
    const auto update = api::fromJson<api::v1::TrainingJobDescriptionUpdate>(req.json());
    if (update.jobDesc.size() > 256)
        invalidArgument(QStringLiteral("job_desc must be at most 256 characters long."));
    doc["job_desc"] = s(update.jobDesc);
    m_engine.save(kTrainingJobV1Kind, req.param(QStringLiteral("job_id")), doc);
    return success();
}

Response TrainingV1Api::remove(const Request &req)
{
    const StoredVersion version = loadVersion(req);
    const QString jobId = req.param(QStringLiteral("job_id"));
    m_ctx.store().transaction(
        [&]
        {
            if (version.id != jobId)
            {
                m_engine.remove(kTrainingJobV1Kind, version.id); // a later version only
                return;
            }
            for (const QString &id : laterVersionIds(jobId, stringAt(version.doc, "/job_name")))
                m_engine.remove(kTrainingJobV1Kind, id);
            m_engine.remove(kTrainingJobV1Kind, jobId);
        });
    return success();
}

Response TrainingV1Api::versions(const Request &req)
{
    const StoredVersion job = loadVersion(req);
    // Newest first; T1-6 pages only when page is given (default 0: every version).
    QStringList ids = laterVersionIds(job.id, stringAt(job.doc, "/job_name"));
    ids.prepend(job.id);
    std::reverse(ids.begin(), ids.end());
    const int page = queryInt(req, QStringLiteral("page"), 0, 0, 65535);
    const int perPage = queryInt(req, QStringLiteral("per_page"), 10, 1, 1000);
    const qsizetype total = ids.size();
    if (page > 0)
        ids = ids.mid(qsizetype(page - 1) * perPage, perPage);
    Json list = Json::array();
    for (const QString &id : std::as_const(ids))
    {
        const std::optional<Json> doc
            = id == job.id ? std::optional<Json>(job.doc) : m_engine.stored(kTrainingJobV1Kind, id);
        if (!doc)
            continue;
        Json version = versionBody(id, *doc, true);
        for (const char *key : { "job_id", "job_name", "job_desc", "spec_code" })
            version.erase(key);
        list.push_back(std::move(version));
    }
    Json out = Json::object();
    out["is_success"] = true;
    out["job_id"] = job.doc["job_id"];
    out["job_name"] = job.doc["job_name"];
    out["job_desc"] = job.doc["job_desc"];
    out["version_count"] = static_cast<int>(total);
    out["versions"] = list;
    return Response::json(200, out);
}

Response TrainingV1Api::version(const Request &req)
{
    const StoredVersion version = loadVersion(req);
    const Json body = versionBody(version.id, version.doc, false);
    Json out = Json::object();
    out["is_success"] = true;
    for (auto it = body.begin(); it != body.end(); ++it)
        out[it.key()] = it.value();
    return Response::json(200, out);
}

Response TrainingV1Api::stop(const Request &req)
{
    const StoredVersion version = loadVersion(req);
    const QString phase = TrainingEngine::phaseOf(version.doc);
    if (!api::canTerminate(phase))
        invalidArgument(QStringLiteral("The training job %1 (version %2) has status %3 (%4) and cannot be stopped.")
                            .arg(req.param(QStringLiteral("job_id")), version.id)
                            .arg(trainingcatalog::v1StatusCode(phase))
                            .arg(api::v1::statusName(trainingcatalog::v1StatusCode(phase))));
    m_ctx.store().transaction([&] { m_engine.terminate(kTrainingJobV1Kind, version.id); });
    return success();
}

// ---------------------------------------------------------------------------------------
// T1-10 .. T1-13

Response TrainingV1Api::logFileNames(const Request &req)
{
    const Json doc = loadVersion(req).doc;
    Json files = Json::array();
    const QStringList tasks = TrainingEngine::tasksOf(doc);
    for (qsizetype i = 0; i < tasks.size(); ++i)
        files.push_back(s(QStringLiteral("%1.%2").arg(stringAt(doc, "/job_name")).arg(i)));
    Json out = Json::object();
    out["is_success"] = true;
    out["log_file_list"] = files;
    return Response::json(200, out);
}

Response TrainingV1Api::aomLog(const Request &req)
{
    const StoredVersion version = loadVersion(req);
    const Json &doc = version.doc;
    const QString file = req.query(QStringLiteral("log_file"));
    const QStringList tasks = TrainingEngine::tasksOf(doc);
    const QString prefix = stringAt(doc, "/job_name") + u'.';
    bool ok = false;
    const int taskIndex = file.startsWith(prefix) ? file.mid(prefix.size()).toInt(&ok) : -1;
    if (!ok || taskIndex < 0 || taskIndex >= tasks.size())
        invalidArgument(QStringLiteral("log_file must be one of the names of .../log/file-names."));
    const int count = queryInt(req, QStringLiteral("lines"), 50, 0, 500);
    const QString order
        = req.hasQuery(QStringLiteral("order")) ? req.query(QStringLiteral("order")).toLower() : QStringLiteral("desc");
    if (order != u"asc" && order != u"desc")
        invalidArgument(QStringLiteral("order must be desc (next lines) or asc (previous lines)."));
    const QString baseLine = req.query(QStringLiteral("base_line"));

    QList<QByteArray> lines = m_ctx.store().log(version.id, tasks.at(taskIndex)).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const qint64 total = lines.size();
    qint64 first = std::max<qint64>(0, total - count); // latest lines
    if (!baseLine.isEmpty())
    {
        bool numeric = false;
        const qint64 base = baseLine.toLongLong(&numeric);
        if (!numeric || base < 0)
            invalidArgument(QStringLiteral("base_line must be a line cursor returned by an earlier call."));
        first = order == u"desc" ? std::min(base, total) : std::max<qint64>(0, std::min(base, total + 1) - 1 - count);
    }
    const qint64 last = std::min(total, first + count);
    QByteArray content;
    for (qint64 i = first; i < last; ++i)
    {
        content += lines.at(static_cast<qsizetype>(i));
        if (i + 1 < last)
            content += '\n';
    }
    Json out = Json::object();
    out["is_success"] = true;
    out["content"] = s(QString::fromUtf8(content));
    out["lines"] = static_cast<int>(last - first);
    out["start_line"] = s(QString::number(last > first ? first + 1 : first));
    out["end_line"] = s(QString::number(last));
    return Response::json(200, out);
}

Response TrainingV1Api::resourceSpecs(const Request &req)
{
    const QString jobType = req.query(QStringLiteral("job_type"));
    if (!jobType.isEmpty() && jobType != u"train" && jobType != u"inference")
        invalidArgument(QStringLiteral("job_type must be train or inference."));
    Json specs = Json::array();
    const QList<FlavorShape> &list = flavors::training();
    for (qsizetype i = 0; i < list.size(); ++i)
        specs.push_back(trainingcatalog::v1SpecJson(i + 1, list.at(i)));
    Json out = Json::object();
    out["is_success"] = true;
    out["spec_total_count"] = static_cast<int>(specs.size());
    out["specs"] = specs;
    return Response::json(200, out);
}

Response TrainingV1Api::aiEngines(const Request &)
{
    Json engines = Json::array();
    for (const trainingcatalog::V1Engine &e : trainingcatalog::v1Engines())
    {
        engines.push_back({ { "engine_type", e.type }, { "engine_id", e.id }, { "engine_name", s(e.name) },
            { "engine_version", s(e.version) } });
    }
    Json out = Json::object();
    out["is_success"] = true;
    out["engines"] = engines;
    return Response::json(200, out);
}

void TrainingV1Api::seedDemoData()
{
    const Json body = {
        { "job_name", "mnist-legacy-v1" },
        { "job_desc", "Created with the historical v1 API" },
        { "config",
            { { "worker_server_num", 1 }, { "app_url", "/demo-bucket/code/mnist/" },
                { "boot_file_url", "/demo-bucket/code/mnist/train.py" },
                { "parameter",
                    Json::array({ { { "label", "learning_rate" }, { "value", "0.01" } },
                        { { "label", "batch_size" }, { "value", "32" } } }) },
                { "data_url", "/demo-datasets/mnist/" }, { "spec_id", 2 }, { "engine_id", 1 },
                { "train_url", "/demo-bucket/output/mnist/" } } },
    };
    try
    {
        TrainingLaunch launch = resolve(body, nextJobId());
        launch.nominalRunMs = 15 * 60000;
        launch.exitCode = 0;
        TrainingEngine::History h;
        h.phase = QStringLiteral("Completed");
        h.createdMs = m_ctx.clock().nowMs() - 98 * 3600000LL;
        h.startMs = h.createdMs + 90000;
        h.endMs = h.startMs + 15 * 60000;
        m_engine.seed(std::move(launch), h);
    }
    catch (const std::exception &e)
    {
        qWarning("training: demo v1 job not created: %s", e.what());
    }
}
} // namespace ma::server
