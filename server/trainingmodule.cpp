#include "trainingmodule.h"

#include "algorithmmodule.h"
#include "api/types/training.h"
#include "autosearch.h"
#include "datasetmodule.h"
#include "flavorcatalog.h"
#include "serverutil.h"
#include "trainingcatalog.h"
#include "trainingengine.h"
#include "trainingv1api.h"

#include <algorithm>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ma::server
{
namespace
{
constexpr qint64 kPreviewLimit = 5 * 1024 * 1024; // T2-7: at most 5 MB
constexpr int kJobQuota = 1000;
constexpr int kMaxEnvironments = 100;
constexpr int kMaxParameters = 100;
// The id of modelarts-local's one IAM user, as its token answers it (LocalServer, /v3/auth/tokens).
constexpr QStringView kLocalUserId = u"local-user";

std::string s(const QString &text)
{
    return text.toStdString();
}

QString notFoundMessage(const QString &id)
{
    return QStringLiteral("Training job (ID: %1) not found.").arg(id);
}

/** An event time as the service writes it: RFC 3339 with the local offset. */
QString eventTime(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

/** Epoch ms or RFC 3339 text; -1 when neither. */
qint64 parseTime(const QString &text)
{
    bool digits = false;
    const qint64 ms = text.trimmed().toLongLong(&digits);
    if (digits)
        return ms;
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QString valueOf(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

/**
 * The algorithm a job runs when it names @p stored by id: the code, boot file, command, engine
 * and working folders of the algorithm (the job's where it sets them), its hyperparameters
 * with the job's values over the defaults, the job's channels.
 */
api::TrainingAlgorithm withStoredAlgorithm(api::TrainingAlgorithm job, const api::Algorithm &stored)
{
    job.name = stored.metadata.name;
    if (!stored.jobConfig)
        return job;
    const api::AlgorithmJobConfig &config = *stored.jobConfig;
    const auto fill = [](std::optional<QString> &target, const std::optional<QString> &from)
    {
        if (valueOf(target).isEmpty() && !valueOf(from).isEmpty())
            target = from;
    };
    fill(job.codeDir, config.codeDir);
    fill(job.bootFile, config.bootFile);
    fill(job.command, config.command);
    fill(job.localCodeDir, config.localCodeDir);
    fill(job.workingDir, config.workingDir);
    if (!job.engine && config.engine)
        job.engine = config.engine;
    std::vector<api::AlgorithmParameter> parameters = job.parameters.value_or(std::vector<api::AlgorithmParameter>());
    for (const api::AlgorithmParameter &def : config.parameters.value_or(std::vector<api::AlgorithmParameter>()))
    {
        const bool given = std::any_of(
            parameters.begin(), parameters.end(), [&](const api::AlgorithmParameter &p) { return p.name == def.name; });
        if (!given && def.value)
        {
            api::AlgorithmParameter p;
            p.name = def.name;
            p.value = def.value;
            parameters.push_back(std::move(p));
        }
    }
    if (!parameters.empty())
        job.parameters = std::move(parameters);
    return job;
}
} // namespace

TrainingModule::TrainingModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
    , m_engine(new TrainingEngine(context, this))
    , m_v1(std::make_unique<TrainingV1Api>(context, *m_engine))
{
}

TrainingModule::~TrainingModule() = default;

void TrainingModule::start()
{
    m_engine->start();
}

void TrainingModule::registerRoutes(Router &router)
{
    const auto route = routes<TrainingModule>(router);
    const QString job = QStringLiteral("/v2/{project_id}/training-jobs/{training_job_id}");
    route("POST", QStringLiteral("/v2/{project_id}/training-jobs"), &TrainingModule::create);
    route("GET", job, &TrainingModule::show);
    route("PUT", job, &TrainingModule::updateDescription);
    route("DELETE", job, &TrainingModule::remove);
    route("POST", QStringLiteral("/v2/{project_id}/training-job-searches"), &TrainingModule::search);
    route("POST", job + QStringLiteral("/actions"), &TrainingModule::action);
    route("GET", job + QStringLiteral("/tasks/{task_id}/logs/preview"), &TrainingModule::logPreview);
    route("GET", job + QStringLiteral("/tasks/{task_id}/logs/url"), &TrainingModule::logUrl);
    route("GET", job + QStringLiteral("/tasks/{task_id}/logs/download"), &TrainingModule::logDownload);
    route("GET", job + QStringLiteral("/metrics/{task_id}"), &TrainingModule::metrics);
    route("GET", job + QStringLiteral("/events"), &TrainingModule::events);
    route("GET", job + QStringLiteral("/tasks"), &TrainingModule::tasks);
    route("GET", job + QStringLiteral("/autosearch-trials"), &TrainingModule::autosearchTrials);
    route("GET", QStringLiteral("/v2/{project_id}/training-job-flavors"), &TrainingModule::flavorList);
    route("GET", QStringLiteral("/v2/{project_id}/training-job-engines"), &TrainingModule::engineList);
    route("GET", QStringLiteral("/v2/{project_id}/training-quotas"), &TrainingModule::quotas);
    const QString tags = QStringLiteral("/v2/{project_id}/modelarts-training-job/{training_job_id}/tags");
    route("POST", tags + QStringLiteral("/create"), &TrainingModule::createTags);
    route("GET", tags, &TrainingModule::showTags);
    route("DELETE", tags + QStringLiteral("/delete"), &TrainingModule::deleteTags);
    m_v1->registerRoutes(router);
}

// ---------------------------------------------------------------------------------------
// T2-1 create

TrainingLaunch TrainingModule::resolve(const Json &body)
{
    const auto req = api::fromJson<api::TrainingJobCreate>(body);
    TrainingLaunch launch;
    launch.kind = kTrainingJobKind;
    launch.id = ServerContext::newUuid();

    if (req.kind != u"job" && req.kind != u"visualization_job" && req.kind != u"autosearch_job")
        invalidArgument(QStringLiteral("kind must be job, autosearch_job or visualization_job."));
    launch.visualization = req.kind == u"visualization_job";
    const QString name = req.metadata.name;
    checkName(name, QStringLiteral("metadata.name"), 1, 64, namePattern(),
        QStringLiteral("letters, digits, hyphens (-) and underscores (_)"));
    const QString description = valueOf(req.metadata.description);
    if (description.size() > 256)
        invalidArgument(QStringLiteral("metadata.description must be at most 256 characters long."));
    if (m_engine->index(kTrainingJobKind).nameTaken(name))
        throw HttpError(400, QStringLiteral("ModelArts.2751"),
            QStringLiteral("Training job name %1 already exists.").arg(name),
            QStringLiteral("Use another name for the training job."));
    launch.workspaceId = req.metadata.workspaceId.value_or(QStringLiteral("0"));
    if (launch.workspaceId.isEmpty())
        launch.workspaceId = QStringLiteral("0");

    // Resource: pool, flavor, nodes.
    const api::TrainingSpec spec = req.spec.value_or(api::TrainingSpec());
    api::TrainingResource resource = spec.resource.value_or(api::TrainingResource());
    if (!spec.resource && req.tasks && !req.tasks->empty() && req.tasks->front().taskResource)
    {
        resource.flavorId = req.tasks->front().taskResource->flavorId;
        resource.nodeCount = req.tasks->front().taskResource->nodeCount;
    }
    const int nodeCount = resource.nodeCount.value_or(1);
    if (nodeCount < 1)
        invalidArgument(QStringLiteral("spec.resource.node_count must be at least 1."));
    QString flavorId = valueOf(resource.flavorId);
    QString poolId = valueOf(resource.poolId);
    const FlavorShape *shape = nullptr;
    QString billingCode;
    int maxNodes = 1;
    bool isLocalPool = false;
    if (poolId.isEmpty())
    {
        if (flavorId.isEmpty())
            invalidArgument(QStringLiteral("spec.resource.flavor_id is required on the public resource pool."));
        bool freeVariant = false;
        shape = trainingcatalog::publicFlavor(flavorId, &freeVariant);
        if (!shape)
            throw HttpError(400, QStringLiteral("ModelArts.2781"), QStringLiteral("Flavor %1 not found.").arg(flavorId),
                QStringLiteral("Choose a flavor listed by GET /v2/{project_id}/training-job-flavors."));
        if (freeVariant)
            billingCode = QStringLiteral("modelarts.vm.%1.free").arg(shape->type.toLower());
        maxNodes = shape->maxNodes;
    }
    else
    {
        const std::optional<PoolView> pool = m_engine->trainingPool(poolId);
        if (!pool)
            throw HttpError(
                404, QStringLiteral("ModelArts.2890"), QStringLiteral("Pool (%1) does not exist").arg(poolId));
        if (!pool->allows(QStringLiteral("Train")))
            invalidArgument(QStringLiteral("The resource pool %1 does not accept training jobs (job types: %2).")
                                .arg(pool->name, pool->scope.join(QStringLiteral(", "))));
        if (!pool->isRunning())
            invalidArgument(QStringLiteral("The resource pool %1 is %2; training jobs need a running pool.")
                                .arg(pool->name, pool->phase));
        poolId = pool->name;
        isLocalPool = pool->isLocal;
        shape = pool->shape;
        const bool allowed = flavorId.isEmpty() || flavorId == pool->flavorId || flavorId == shape->id
            || pool->flavorIds.contains(flavorId) || flavorId.startsWith(u"modelarts.pool.visual.");
        if (!allowed)
            throw HttpError(400, QStringLiteral("ModelArts.2763"),
                QStringLiteral("The resource pool %1 does not have the flavor %2.").arg(poolId, flavorId),
                QStringLiteral("Use the flavor of the pool's nodes (%1).").arg(shape->id));
        if (flavorId.isEmpty())
            flavorId = shape->id;
        maxNodes = std::max(1, pool->nodeCount);
    }
    if (nodeCount > maxNodes)
        invalidArgument(QStringLiteral("spec.resource.node_count must be between 1 and %1 for %2.")
                            .arg(maxNodes)
                            .arg(poolId.isEmpty() ? flavorId : QStringLiteral("pool %1").arg(poolId)));
    launch.poolId = poolId;
    launch.flavorId = shape->id;
    launch.nodeCount = nodeCount;

    if (spec.schedulePolicy && spec.schedulePolicy->priority)
    {
        const int priority = *spec.schedulePolicy->priority;
        if (priority < 1 || priority > 3)
            invalidArgument(QStringLiteral("spec.schedule_policy.priority must be 1, 2 or 3."));
        launch.priority = priority;
    }
    if (spec.autoStop)
    {
        const QString unit = valueOf(spec.autoStop->timeUnit);
        if (!unit.isEmpty() && unit != u"HOURS")
            invalidArgument(QStringLiteral("spec.auto_stop.time_unit must be HOURS."));
        const int hours = spec.autoStop->duration.value_or(0);
        if (hours < 1 || hours > 24 * 30)
            invalidArgument(QStringLiteral("spec.auto_stop.duration must be between 1 and 720 hours."));
        launch.autoStopMs = hours * 3600000LL;
    }

    // Algorithm.
    std::optional<api::TrainingAlgorithm> algorithmOpt = req.algorithm;
    if (!algorithmOpt && req.tasks && !req.tasks->empty())
        algorithmOpt = req.tasks->front().algorithm;
    if (!algorithmOpt)
        invalidArgument(QStringLiteral("algorithm is required."));
    // An algorithm of Algorithm Management (My algorithm): the job runs with its code, boot file
    // or command and engine; the job's own hyperparameter values override its defaults.
    const std::optional<api::Algorithm> stored
        = valueOf(algorithmOpt->id).isEmpty() ? std::nullopt : storedAlgorithm(m_ctx.store(), *algorithmOpt->id);
    if (stored)
        algorithmOpt = withStoredAlgorithm(*algorithmOpt, *stored);
    const api::TrainingAlgorithm &algo = *algorithmOpt;
    // Hyperparameter search: the policy must suit the algorithm; a search job must have one.
    const std::optional<api::AutoSearchPolicy> search
        = algo.policies && algo.policies->autoSearch ? algo.policies->autoSearch : std::nullopt;
    if (search)
        autosearch::check(*search, stored ? &*stored : nullptr);
    else if (req.kind == u"autosearch_job")
        invalidArgument(QStringLiteral("An autosearch_job needs algorithm.policies.auto_search."));
    const QString algorithmId = valueOf(algo.id);
    const QString command = valueOf(algo.command);
    const QString imageUrl = algo.engine ? valueOf(algo.engine->imageUrl) : QString();
    const bool hasBootFile = !valueOf(algo.codeDir).isEmpty() && !valueOf(algo.bootFile).isEmpty();
    // Code in an SFS file system: code_dir "file://<absolute folder>" (the v2 JobAlgorithm,
    // whose local_code_dir has no effect then). The local backend stands in for the SFS
    // mount with this computer's file system.
    QString sfsCodeDir;
    if (valueOf(algo.codeDir).startsWith(u"file://"))
    {
        sfsCodeDir = QDir::cleanPath(valueOf(algo.codeDir).mid(7));
        if (!sfsCodeDir.startsWith(u'/') || valueOf(algo.codeDir).contains(QStringLiteral("/../")))
            invalidArgument(QStringLiteral("algorithm.code_dir: a file:// code directory must be an absolute path, "
                                           "for example file:///mnt/sfs_turbo/code/."));
    }
    const bool hasSubscription = !valueOf(algo.subscriptionId).isEmpty() && !valueOf(algo.itemVersionId).isEmpty();
    const bool hasImage = !imageUrl.isEmpty();
    const bool commandOnly = !command.isEmpty() && isLocalPool; // local extension: no image needed
    if (algorithmId.isEmpty() && !hasSubscription && !hasBootFile && !hasImage && !commandOnly)
        invalidArgument(QStringLiteral("algorithm must name an algorithm id, a subscription (subscription_id and "
                                       "item_version_id), a code_dir with a boot_file, or a custom image "
                                       "(engine.image_url) with a command."));
    if (hasImage && command.isEmpty() && !hasBootFile)
        invalidArgument(QStringLiteral("algorithm.command is required with a custom image (engine.image_url)."));
    if (!algorithmId.isEmpty() && !stored && !isUuid(algorithmId))
        throw HttpError(400, QStringLiteral("ModelArts.2755"), QStringLiteral("algorithm not found."),
            QStringLiteral("Check whether the training project information in the request is valid."));
    const api::StringMap environments = algo.environments.value_or(api::StringMap());
    if (environments.size() > kMaxEnvironments)
        invalidArgument(QStringLiteral("algorithm.environments may hold at most %1 variables.").arg(kMaxEnvironments));
    for (const auto &[key, value] : environments)
    {
        if (key.isEmpty() || key.contains(u'$'))
            invalidArgument(QStringLiteral("algorithm.environments: the name \"%1\" is not allowed (empty, or "
                                           "contains $).")
                                .arg(key));
    }
    const std::vector<api::AlgorithmParameter> parameters
        = algo.parameters.value_or(std::vector<api::AlgorithmParameter>());
    if (parameters.size() > kMaxParameters)
        invalidArgument(
            QStringLiteral("algorithm.parameters may hold at most %1 hyperparameters.").arg(kMaxParameters));
    for (std::size_t i = 0; i < parameters.size(); ++i)
    {
        if (parameters[i].name.isEmpty())
            invalidArgument(QStringLiteral("algorithm.parameters[%1].name must not be empty.").arg(i));
    }
    // access_method: "parameter" (the default) or "env", as the v2 API documents.
    const auto checkAccessMethod = [](const std::optional<QString> &method, const char *list, std::size_t i)
    {
        if (method && *method != u"parameter" && *method != u"env")
            invalidArgument(QStringLiteral("algorithm.%1[%2].access_method must be parameter or env.")
                                .arg(QLatin1String(list))
                                .arg(i));
    };
    const auto inputs = algo.inputs.value_or(std::vector<api::AlgorithmInput>());
    for (std::size_t i = 0; i < inputs.size(); ++i)
    {
        if (!inputs[i].remote.obs && !inputs[i].remote.dataset)
            invalidArgument(QStringLiteral("algorithm.inputs[%1].remote must name an obs_url or a dataset.").arg(i));
        checkAccessMethod(inputs[i].accessMethod, "inputs", i);
    }
    const auto outputs = algo.outputs.value_or(std::vector<api::AlgorithmOutput>());
    for (std::size_t i = 0; i < outputs.size(); ++i)
    {
        if (!outputs[i].remote.obs)
            invalidArgument(QStringLiteral("algorithm.outputs[%1].remote.obs is required.").arg(i));
        checkAccessMethod(outputs[i].accessMethod, "outputs", i);
    }
    const trainingcatalog::Engine *engine = nullptr;
    if (algo.engine)
        engine = trainingcatalog::findEngine(
            valueOf(algo.engine->engineId), valueOf(algo.engine->engineName), valueOf(algo.engine->engineVersion));
    launch.engineName = engine ? engine->name : (algo.engine ? valueOf(algo.engine->engineName) : QString());

    // How it runs.
    const auto envValue = [&](const QString &key)
    {
        const auto it = environments.find(key);
        if (it != environments.end())
            return it->second;
        for (const api::AlgorithmParameter &p : parameters)
        {
            if (p.name == key)
                return valueOf(p.value);
        }
        return QString();
    };
    QMap<QString, QString> channelDirs;
    launch.runLocally = isLocalPool && m_ctx.config().executeLocalJobs && (!command.isEmpty() || hasBootFile);
    if (launch.runLocally)
    {
        LocalPlanRequest plan;
        plan.codeDir = sfsCodeDir.isEmpty() ? valueOf(algo.codeDir) : sfsCodeDir;
        if (!sfsCodeDir.isEmpty() && !QFileInfo(sfsCodeDir).isDir())
            invalidArgument(QStringLiteral("algorithm.code_dir: the SFS folder %1 does not exist on this computer.")
                                .arg(sfsCodeDir));
        plan.bootFile = valueOf(algo.bootFile);
        plan.command = command;
        for (const api::AlgorithmParameter &p : parameters)
            plan.parameters.append({ p.name, valueOf(p.value) });
        plan.jobDir = m_engine->workingDir(launch.id);
        for (const api::AlgorithmInput &in : inputs)
            plan.inputs.append({ in.name,
                in.remote.obs ? in.remote.obs->obsUrl
                              : datasetObsUrl(m_ctx.store(), in.remote.dataset->id)
                                    .value_or(QStringLiteral("dataset://") + in.remote.dataset->id),
                channelDelivery(in.accessMethod), valueOf(in.localDir) });
        for (const api::AlgorithmOutput &out : outputs)
            plan.outputs.append(
                { out.name, out.remote.obs->obsUrl, channelDelivery(out.accessMethod), valueOf(out.localDir) });
        for (const auto &[key, value] : environments)
            plan.environment.insert(key, value);
        LocalPlan result;
        QString error;
        if (!m_engine->planLocal(plan, &result, &error))
            invalidArgument(QStringLiteral("A path of the job cannot be used on this computer: %1").arg(error));
        if (search)
            result.command = searchCommand(plan, *search, launch.id);
        launch.command = result.command;
        launch.environment = result.environment;
        channelDirs = result.channelDirs;
    }
    else
    {
        launch.nominalRunMs
            = TrainingEngine::simulatedRunMs(launch.id, envValue(QStringLiteral("MA_LOCAL_DURATION_SECONDS")));
        launch.exitCode = TrainingEngine::simulatedExitCode(command, envValue(QStringLiteral("MA_LOCAL_FAIL")));
    }

    // The job document, in the order the service writes it; unknown keys are kept.
    Json doc = Json::object();
    doc["kind"] = s(req.kind);
    Json metadata = Json::object();
    metadata["id"] = s(launch.id);
    metadata["name"] = s(name);
    metadata["description"] = s(description);
    metadata["create_time"] = 0;
    metadata["workspace_id"] = s(launch.workspaceId);
    metadata["user_name"] = s(m_ctx.config().userName);
    if (const auto it = body.find("metadata"); it != body.end() && it->is_object())
    {
        for (auto m = it->begin(); m != it->end(); ++m)
        {
            if (!metadata.contains(m.key()) && !m.value().is_null())
                metadata[m.key()] = m.value();
        }
    }
    doc["metadata"] = metadata;
    doc["status"] = Json::object();

    Json algorithm = body.contains("algorithm") && body["algorithm"].is_object() ? body["algorithm"] : Json::object();
    if (stored)
    {
        // The job echoes what it runs: the algorithm's name, code, boot file or command and image.
        algorithm["name"] = s(stored->metadata.name);
        const auto echo = [&](const char *key, const std::optional<QString> &value)
        {
            if (!algorithm.contains(key) && !valueOf(value).isEmpty())
                algorithm[key] = s(*value);
        };
        echo("code_dir", algo.codeDir);
        echo("boot_file", algo.bootFile);
        echo("command", algo.command);
        if (!engine && algo.engine && !valueOf(algo.engine->imageUrl).isEmpty()
            && !(algorithm.contains("engine") && algorithm["engine"].is_object()))
            algorithm["engine"] = { { "image_url", s(*algo.engine->imageUrl) } };
    }
    if (engine)
    {
        Json &e = algorithm["engine"];
        e["engine_id"] = s(engine->id);
        e["engine_name"] = s(engine->name);
        e["engine_version"] = s(engine->version);
    }
    const auto fillLocalDirs = [&](const char *key, const QString &containerRoot)
    {
        if (!algorithm.contains(key) || !algorithm[key].is_array())
            return;
        for (Json &channel : algorithm[key])
        {
            const QString channelName = stringAt(channel, "/name");
            if (channelDirs.contains(channelName))
                channel["local_dir"] = s(channelDirs.value(channelName));
            else if (!channel.contains("local_dir"))
                channel["local_dir"] = s(QStringLiteral("%1/%2_0").arg(containerRoot, channelName));
        }
    };
    fillLocalDirs("inputs", QStringLiteral("/home/ma-user/modelarts/inputs"));
    // A dataset input names the folder of its files in the answer (remote.dataset.obs_url).
    if (algorithm.contains("inputs") && algorithm["inputs"].is_array())
    {
        for (Json &channel : algorithm["inputs"])
        {
            if (!channel.contains("remote") || !channel["remote"].is_object() || !channel["remote"].contains("dataset")
                || !channel["remote"]["dataset"].is_object())
                continue;
            Json &dataset = channel["remote"]["dataset"];
            if (const auto url = datasetObsUrl(m_ctx.store(), stringAt(dataset, "/id")))
                dataset["obs_url"] = s(*url);
        }
    }
    fillLocalDirs("outputs", QStringLiteral("/home/ma-user/modelarts/outputs"));
    doc["algorithm"] = algorithm;
    if (body.contains("tasks"))
        doc["tasks"] = body["tasks"];

    Json specJson = body.contains("spec") && body["spec"].is_object() ? body["spec"] : Json::object();
    Json res = Json::object();
    res["policy"] = "regular";
    res["flavor_id"] = s(flavorId);
    res["flavor_name"] = s(trainingcatalog::flavorName(*shape));
    res["node_count"] = nodeCount;
    if (!poolId.isEmpty())
        res["pool_id"] = s(poolId);
    res["flavor_detail"] = trainingcatalog::flavorDetail(*shape, billingCode);
    specJson["resource"] = res;
    if (!specJson.contains("log_export_path"))
        specJson["log_export_path"] = Json::object();
    doc["spec"] = specJson;
    for (auto it = body.begin(); it != body.end(); ++it)
    {
        if (!doc.contains(it.key()))
            doc[it.key()] = it.value();
    }
    launch.document = doc;
    return launch;
}

Response TrainingModule::create(const Request &req)
{
    TrainingLaunch launch = resolve(req.object());
    const QString id = launch.id;
    m_ctx.store().transaction([&] { m_engine->submit(std::move(launch)); });
    return Response::json(201, m_engine->present(kTrainingJobKind, *m_engine->stored(kTrainingJobKind, id)));
}

// ---------------------------------------------------------------------------------------
// T2-2 .. T2-6

Json TrainingModule::loadJob(const Request &req) const
{
    const QString id = req.param(QStringLiteral("training_job_id"));
    std::optional<Json> doc = m_engine->stored(kTrainingJobKind, id);
    if (!doc)
        throw HttpError(400, QStringLiteral("ModelArts.2775"), notFoundMessage(id),
            QStringLiteral("Check whether the training job ID is correct."));
    return *doc;
}

QString TrainingModule::taskOf(const Request &req, const Json &job) const
{
    const QString task = req.param(QStringLiteral("task_id"));
    if (!TrainingEngine::tasksOf(job).contains(task))
        invalidArgument(QStringLiteral("The training job %1 has no task %2; its tasks are %3.")
                            .arg(req.param(QStringLiteral("training_job_id")), task,
                                TrainingEngine::tasksOf(job).join(QStringLiteral(", "))));
    return task;
}

Response TrainingModule::show(const Request &req)
{
    return Response::json(200, m_engine->present(kTrainingJobKind, loadJob(req)));
}

Response TrainingModule::search(const Request &req)
{
    Json body = Json::object();
    if (!req.body.trimmed().isEmpty())
    {
        body = req.object();
    }
    const auto search = api::fromJson<api::TrainingJobSearchRequest>(body);
    const int limit
        = search.limit.value_or(queryInt(req, QStringLiteral("limit"), 10, 1, api::kTrainingSearchMaxLimit));
    if (limit < 1 || limit > api::kTrainingSearchMaxLimit)
        invalidArgument(QStringLiteral("limit must be between 1 and %1.").arg(api::kTrainingSearchMaxLimit));
    const int offset = search.offset.value_or(queryInt(req, QStringLiteral("offset"), 0, 0, 1000000));
    if (offset < 0)
        invalidArgument(QStringLiteral("offset is a page number and must be 0 or more."));
    const QString sortBy = search.sortBy.value_or(QStringLiteral("create_time"));
    if (!TrainingJobIndex::isSortKey(sortBy))
        invalidArgument(
            QStringLiteral("sort_by %1 is not supported; use create_time, name, duration or phase.").arg(sortBy));
    const QString order = search.order.value_or(QStringLiteral("desc")).toLower();
    if (order != u"desc" && order != u"asc")
        invalidArgument(QStringLiteral("order must be desc or asc."));

    TrainingJobQuery query;
    query.sortBy = sortBy;
    query.ascending = order == u"asc";
    query.limit = limit;
    query.first = pageStart(offset, limit);
    query.workspaceId = valueOf(search.workspaceId);
    // The keys of the published example (name, create_time, phase, algorithm_name, kind, user_id,
    // runtime_type), the console's ID and resource pool (id, pool_id), and flavor_id, user_name.
    static const QStringList keys = { QStringLiteral("name"), QStringLiteral("phase"), QStringLiteral("create_time"),
        QStringLiteral("kind"), QStringLiteral("algorithm_name"), QStringLiteral("pool_id"),
        QStringLiteral("flavor_id"), QStringLiteral("user_name"), QStringLiteral("user_id"), QStringLiteral("id"),
        QStringLiteral("runtime_type") };
    static const QStringList operators
        = { QStringLiteral("between"), QStringLiteral("like"), QStringLiteral("in"), QStringLiteral("not") };
    const auto filters = search.filters.value_or(std::vector<api::TrainingJobFilter>());
    for (std::size_t i = 0; i < filters.size(); ++i)
    {
        const api::TrainingJobFilter &f = filters[i];
        if (!operators.contains(f.op))
            invalidArgument(QStringLiteral("filters[%1].operator must be between, like, in or not.").arg(i));
        if (!keys.contains(f.key))
            invalidArgument(QStringLiteral("filters[%1].key %2 is not supported.").arg(i).arg(f.key));
        if (f.key == u"create_time" && f.op != u"between")
            invalidArgument(QStringLiteral("filters[%1]: create_time takes the operator between.").arg(i));
        if (f.key != u"create_time" && f.op == u"between")
            invalidArgument(QStringLiteral("filters[%1]: between is only for create_time.").arg(i));
        TrainingJobFilterSpec spec;
        spec.key = f.key;
        spec.op = f.op;
        for (const QString &v : f.value.value_or(std::vector<QString>()))
            spec.values << v;
        if (f.key == u"user_id")
        {
            // modelarts-local has one IAM user (its token names it kLocalUserId) and every job is
            // created by it: a job's user id is that user's when the job's user_name is its name.
            spec.key = QStringLiteral("user_name");
            // Another id names no local user: it becomes a name no job has, so it matches none.
            for (QString &v : spec.values)
            {
                if (!v.trimmed().isEmpty())
                    v = v.trimmed() == kLocalUserId ? m_ctx.config().userName : QChar(0x01) + v;
            }
        }
        // runtime_type: local jobs have none, so "in" keeps none of them and "not" keeps them all.
        if (f.key == u"create_time")
        {
            for (const QString &v : std::as_const(spec.values))
            {
                bool ok = false;
                if (!v.trimmed().isEmpty() && (v.trimmed().toLongLong(&ok), !ok))
                    invalidArgument(QStringLiteral("filters[%1]: create_time values are epoch milliseconds.").arg(i));
            }
        }
        query.filters.push_back(spec);
    }

    const TrainingJobIndex &index = m_engine->index(kTrainingJobKind);
    const TrainingJobPage page = index.search(query, m_ctx.clock().nowMs());
    Json items = Json::array();
    for (const QString &id : page.ids)
    {
        if (const std::optional<Json> doc = m_engine->stored(kTrainingJobKind, id))
            items.push_back(m_engine->present(kTrainingJobKind, *doc));
    }
    Json out = Json::object();
    out["total"] = index.countIn(query.workspaceId);
    out["count"] = page.matching;
    out["limit"] = limit;
    out["offset"] = offset;
    out["sort_by"] = s(sortBy);
    out["order"] = s(order);
    out["group_by"] = s(valueOf(search.groupBy));
    out["workspace_id"] = s(query.workspaceId.isEmpty() ? QStringLiteral("0") : query.workspaceId);
    out["ai_project"] = "default-ai-project";
    out["items"] = items;
    return Response::json(200, out);
}

Response TrainingModule::updateDescription(const Request &req)
{
    // The current API (ChangeTrainingJobDescription) updates the description and, for a
    // job queued in a dedicated pool, its priority; either key may come alone.
    Json doc = loadJob(req);
    const Json body = req.json();
    if (!body.is_object() || (!body.contains("description") && !body.contains("priority")))
        invalidArgument(QStringLiteral("The body needs description or priority."));
    if (body.contains("description"))
    {
        const auto update = api::fromJson<api::TrainingJobDescriptionUpdate>(body);
        if (update.description.size() > 256)
            invalidArgument(QStringLiteral("description must be at most 256 characters long."));
        doc["metadata"]["description"] = s(update.description);
    }
    if (body.contains("priority"))
    {
        const Json &p = body["priority"];
        if (!p.is_number_integer() || p.get<int>() < 1 || p.get<int>() > 3)
            invalidArgument(QStringLiteral("priority must be 1, 2 or 3."));
        const QString phase = TrainingEngine::phaseOf(doc);
        if (phase != u"Pending")
            invalidArgument(QStringLiteral("The priority of a training job can only be changed while it is Pending "
                                           "(this job is %1).")
                                .arg(phase));
        if (!doc["spec"]["resource"].contains("pool_id"))
            invalidArgument(QStringLiteral("Only jobs on a dedicated resource pool have a priority."));
    }
    const QString id = req.param(QStringLiteral("training_job_id"));
    m_ctx.store().transaction(
        [&]
        {
            m_engine->save(kTrainingJobKind, id, doc);
            if (body.contains("priority"))
                m_engine->setPriority(kTrainingJobKind, id, body["priority"].get<int>());
        });
    return Response::json(200, nullptr);
}

// ---------------------------------------------------------------------------------------
// CreateTrainJobTags / ShowTrainJobTags / DeleteTrainJobTags: TMS tags {key, value}, at most 20
// per job; a key that exists gets the new value; deleting a key the job does not have is a no-op.

Response TrainingModule::createTags(const Request &req)
{
    Json doc = loadJob(req);
    const Json body = req.json();
    if (!body.is_object() || !body.contains("tags") || !body["tags"].is_array())
        invalidArgument(QStringLiteral("The body needs tags: [{key, value}]."));
    Json tags = doc["_local"].value("tags", Json::array());
    for (const Json &tag : body["tags"])
    {
        if (!tag.is_object() || !tag.contains("key") || !tag["key"].is_string())
            invalidArgument(QStringLiteral("Every tag needs a key."));
        const std::string key = tag["key"].get<std::string>();
        if (tag.contains("value") && !tag["value"].is_string())
            invalidArgument(QStringLiteral("A tag value must be a string."));
        const std::string value = tag.value("value", std::string());
        checkTagText(QString::fromStdString(key), QString::fromStdString(value), QStringLiteral("tag"));
        if (key.empty() || key.size() > 128 || value.size() > 255 || key.rfind("_sys_", 0) == 0)
            invalidArgument(QStringLiteral("Tag keys have 1 to 128 characters and do not start with _sys_; values "
                                           "have at most 255."));
        auto same = std::find_if(tags.begin(), tags.end(), [&](const Json &t) { return t["key"] == key; });
        if (same != tags.end())
            (*same)["value"] = value;
        else
            tags.push_back({ { "key", key }, { "value", value } });
    }
    if (tags.size() > 20)
        invalidArgument(QStringLiteral("A training job has at most 20 tags."));
    doc["_local"]["tags"] = tags;
    const QString id = req.param(QStringLiteral("training_job_id"));
    m_ctx.store().transaction([&] { m_engine->save(kTrainingJobKind, id, doc); });
    return Response::text(204, QByteArray(), QByteArrayLiteral("application/json"));
}

Response TrainingModule::showTags(const Request &req)
{
    const Json doc = loadJob(req);
    Json out = Json::object();
    out["tags"] = doc.contains("_local") ? doc["_local"].value("tags", Json::array()) : Json::array();
    return Response::json(200, out);
}

Response TrainingModule::deleteTags(const Request &req)
{
    Json doc = loadJob(req);
    const Json body = req.json();
    if (!body.is_object() || !body.contains("tags") || !body["tags"].is_array())
        invalidArgument(QStringLiteral("The body needs tags: [{key}]."));
    Json tags = doc["_local"].value("tags", Json::array());
    for (const Json &tag : body["tags"])
    {
        if (!tag.is_object() || !tag.contains("key") || !tag["key"].is_string())
            invalidArgument(QStringLiteral("Every tag needs a key."));
        const std::string key = tag["key"].get<std::string>();
        tags.erase(
            std::remove_if(tags.begin(), tags.end(), [&](const Json &t) { return t["key"] == key; }), tags.end());
    }
    doc["_local"]["tags"] = tags;
    const QString id = req.param(QStringLiteral("training_job_id"));
    m_ctx.store().transaction([&] { m_engine->save(kTrainingJobKind, id, doc); });
    return Response::text(204, QByteArray(), QByteArrayLiteral("application/json"));
}

Response TrainingModule::remove(const Request &req)
{
    loadJob(req);
    const QString id = req.param(QStringLiteral("training_job_id"));
    m_ctx.store().transaction([&] { m_engine->remove(kTrainingJobKind, id); });
    return Response::text(202, QByteArray(), QByteArrayLiteral("application/json"));
}

Response TrainingModule::action(const Request &req)
{
    const Json doc = loadJob(req);
    const QString id = req.param(QStringLiteral("training_job_id"));
    const auto action = req.decode<api::TrainingJobAction>();
    if (action.actionType != u"terminate")
        invalidArgument(QStringLiteral("action_type must be terminate."));
    const QString phase = TrainingEngine::phaseOf(doc);
    if (!api::canTerminate(phase))
        invalidArgument(QStringLiteral("The training job %1 is %2 and cannot be terminated; only Creating, Pending "
                                       "and Running jobs can.")
                            .arg(id, phase));
    m_ctx.store().transaction([&] { m_engine->terminate(kTrainingJobKind, id); });
    return Response::json(202, m_engine->present(kTrainingJobKind, *m_engine->stored(kTrainingJobKind, id)));
}

QString TrainingModule::searchCommand(
    const LocalPlanRequest &plan, const api::AutoSearchPolicy &policy, const QString &jobId) const
{
    // One run of the job's command per trial, each in its own subshell with the trial's
    // values (as environment variables for a command, as --name=value for a boot file),
    // between the markers autosearch-trials reads back. The job fails when every trial failed.
    QStringList steps = { QStringLiteral("ok=0") };
    for (const autosearch::Trial &trial : autosearch::plan(policy, jobId))
    {
        LocalPlanRequest trialPlan = plan;
        QStringList exports;
        for (const auto &[name, value] : trial.values)
        {
            bool replaced = false;
            for (auto &parameter : trialPlan.parameters)
            {
                if (parameter.first == name)
                {
                    parameter.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                trialPlan.parameters.append({ name, value });
            if (!plan.command.isEmpty() && isEnvName(name))
                exports << QStringLiteral("export %1=%2").arg(name, shellQuote(value));
        }
        LocalPlan result;
        QString error;
        if (!m_engine->planLocal(trialPlan, &result, &error))
            invalidArgument(QStringLiteral("A path of the job cannot be used on this computer: %1").arg(error));
        exports << result.command;
        steps << QStringLiteral("echo %1").arg(shellQuote(autosearch::marker(trial)))
              << QStringLiteral("(\n%1\n); rc=$?").arg(exports.join(u'\n'))
              << QStringLiteral("echo \"%1\"").arg(autosearch::endMarker(trial))
              << QStringLiteral("[ $rc -eq 0 ] && ok=1");
    }
    steps << QStringLiteral("[ $ok -eq 1 ]");
    return steps.join(u'\n');
}

Response TrainingModule::autosearchTrials(const Request &req)
{
    const Json doc = loadJob(req);
    const auto job = api::fromJson<api::TrainingJob>(doc);
    const bool searching = job.algorithm && job.algorithm->policies && job.algorithm->policies->autoSearch;
    if (!searching)
        throw HttpError(400, QStringLiteral("ModelArts.2799"),
            QStringLiteral("Training job %1 is not a hyperparameter search job.")
                .arg(req.param(QStringLiteral("training_job_id"))),
            QStringLiteral("Only jobs created with algorithm.policies.auto_search have trials."));
    const int limit = queryInt(req, QStringLiteral("limit"), 10, 1, 500);
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, 1000000);
    // The trials run one after another on the first node; its log holds them.
    const QStringList tasks = TrainingEngine::tasksOf(doc);
    const QByteArray log = tasks.isEmpty()
        ? QByteArray()
        : m_ctx.store().log(req.param(QStringLiteral("training_job_id")), tasks.constFirst());
    return Response::json(200, autosearch::trialsResponse(log, *job.algorithm->policies->autoSearch, limit, offset));
}

// ---------------------------------------------------------------------------------------
// T2-7 .. T2-9 logs and metrics

Response TrainingModule::logPreview(const Request &req)
{
    const Json doc = loadJob(req);
    const QString task = taskOf(req, doc);
    const QByteArray log = m_ctx.store().log(req.param(QStringLiteral("training_job_id")), task);
    QByteArray content = log;
    if (content.size() > kPreviewLimit)
    {
        content = content.right(kPreviewLimit);
        const qsizetype lineStart = content.indexOf('\n');
        if (lineStart >= 0)
            content = content.mid(lineStart + 1);
    }
    Json out = Json::object();
    out["content"] = s(QString::fromUtf8(content));
    out["current_size"] = static_cast<qint64>(content.size());
    out["full_size"] = static_cast<qint64>(log.size());
    return Response::json(200, out);
}

Response TrainingModule::logUrl(const Request &req)
{
    const Json doc = loadJob(req);
    const QString task = taskOf(req, doc);
    QString contentType = QString::fromLatin1(req.header("Content-Type"));
    if (req.hasQuery(QStringLiteral("Content-Type")))
        contentType = req.query(QStringLiteral("Content-Type"));
    const bool download = contentType.startsWith(u"application/octet-stream");
    QString host = QString::fromLatin1(req.header("Host"));
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    const QString url = QStringLiteral("http://%1/v2/%2/training-jobs/%3/tasks/%4/logs/download%5")
                            .arg(host, m_ctx.projectId(), req.param(QStringLiteral("training_job_id")), task,
                                download ? QStringLiteral("?Content-Type=application/octet-stream") : QString());
    Json out = Json::object();
    out["obs_url"] = s(url);
    return Response::json(200, out);
}

Response TrainingModule::logDownload(const Request &req)
{
    const Json doc = loadJob(req);
    const QString task = taskOf(req, doc);
    const QString id = req.param(QStringLiteral("training_job_id"));
    const QByteArray log = m_ctx.store().log(id, task);
    if (req.query(QStringLiteral("Content-Type")).startsWith(u"application/octet-stream"))
    {
        Response r = Response::text(200, log, QByteArrayLiteral("application/octet-stream"));
        r.headers.append({ QByteArrayLiteral("Content-Disposition"),
            QStringLiteral("attachment; filename=\"modelarts-job-%1-%2.log\"").arg(id, task).toUtf8() });
        return r;
    }
    return Response::text(200, log, QByteArrayLiteral("text/plain; charset=utf-8"));
}

Response TrainingModule::metrics(const Request &req)
{
    const Json doc = loadJob(req);
    const QString task = taskOf(req, doc);
    const int stepSeconds = queryInt(req, QStringLiteral("step"), 60, 1, 86400);
    Json series = Json::array();
    for (const auto &[name, values] :
        m_engine->metricSeries(req.param(QStringLiteral("training_job_id")), doc, task, stepSeconds * 1000LL))
    {
        Json v = Json::array();
        for (double value : values)
        {
            if (value == std::floor(value))
                v.push_back(static_cast<qint64>(value));
            else
                v.push_back(value);
        }
        series.push_back({ { "metric", s(name) }, { "value", v } });
    }
    Json out = Json::object();
    out["metrics"] = series;
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------------------
// T2-10 events

Response TrainingModule::events(const Request &req)
{
    const Json doc = loadJob(req);
    const QString id = req.param(QStringLiteral("training_job_id"));
    const int offset = queryInt(req, QStringLiteral("offset"), 0, 0, 1000000);
    const int limit = queryInt(req, QStringLiteral("limit"), 50, 1, api::kTrainingEventsMaxLimit);
    const QString order
        = req.hasQuery(QStringLiteral("order")) ? req.query(QStringLiteral("order")).toLower() : QStringLiteral("desc");
    const auto badRequest = [](const QString &message)
    {
        throw HttpError(400, QStringLiteral("ModelArts.50004000"), QStringLiteral("Bad request. %1").arg(message));
    };
    if (order != u"asc" && order != u"desc")
        badRequest(QStringLiteral("order must be asc or desc."));
    const QString level = req.query(QStringLiteral("level"));
    static const QStringList levels = { QStringLiteral("Info"), QStringLiteral("Warning"), QStringLiteral("Error") };
    if (!level.isEmpty() && !levels.contains(level, Qt::CaseInsensitive))
        badRequest(QStringLiteral("level must be Info, Warning or Error."));
    const QString source = req.query(QStringLiteral("source"));
    static const QStringList sources = { QStringLiteral("K8S"), QStringLiteral("Job"), QStringLiteral("Task") };
    if (!source.isEmpty() && !sources.contains(source, Qt::CaseInsensitive))
        badRequest(QStringLiteral("source must be K8S, Job or Task."));
    const QString pattern = req.query(QStringLiteral("pattern"));
    if (pattern.size() > 256)
        badRequest(QStringLiteral("pattern must be at most 256 characters long."));
    const bool hasStart = req.hasQuery(QStringLiteral("start_time"));
    const bool hasEnd = req.hasQuery(QStringLiteral("end_time"));
    if (hasStart != hasEnd)
        badRequest(QStringLiteral("start_time and end_time must be given together."));
    qint64 from = 0;
    qint64 to = 0;
    if (hasStart)
    {
        from = parseTime(req.query(QStringLiteral("start_time")));
        to = parseTime(req.query(QStringLiteral("end_time")));
        if (from < 0 || to < 0)
            badRequest(QStringLiteral("start_time and end_time are epoch milliseconds or RFC 3339 times."));
        if (from > to)
            badRequest(QStringLiteral("start_time must not be after end_time."));
    }

    std::vector<StoredEvent> all = m_ctx.store().events(kTrainingJobKind, id);
    std::vector<StoredEvent> hits;
    for (const StoredEvent &e : all)
    {
        if (hasStart && (e.timeMs < from || e.timeMs > to))
            continue;
        if (!level.isEmpty() && e.level.compare(level, Qt::CaseInsensitive) != 0)
            continue;
        if (!source.isEmpty() && e.source.compare(source, Qt::CaseInsensitive) != 0)
            continue;
        if (!pattern.isEmpty() && !e.message.contains(pattern, Qt::CaseInsensitive))
            continue;
        hits.push_back(e);
    }
    if (order == u"desc")
        std::reverse(hits.begin(), hits.end()); // the store gives them oldest first
    Json list = Json::array();
    for (std::size_t i = static_cast<std::size_t>(offset);
         i < hits.size() && list.size() < static_cast<std::size_t>(limit); ++i)
    {
        const StoredEvent &e = hits[i];
        list.push_back({ { "time", s(eventTime(e.timeMs)) }, { "level", s(e.level) }, { "message", s(e.message) },
            { "source", s(e.source) } });
    }
    Json out = Json::object();
    out["total"] = static_cast<qint64>(hits.size());
    out["limit"] = limit;
    out["offset"] = offset;
    out["order"] = s(order);
    if (hasStart)
    {
        out["start_time"] = s(eventTime(from));
        out["end_time"] = s(eventTime(to));
    }
    out["events"] = list;
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------------------
// T2-11 .. T2-14

Response TrainingModule::flavorList(const Request &req)
{
    const QString type = req.query(QStringLiteral("flavor_type"));
    static const QStringList types = { QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("Ascend") };
    if (!type.isEmpty() && !types.contains(type, Qt::CaseInsensitive))
        invalidArgument(QStringLiteral("flavor_type must be CPU, GPU or Ascend."));
    Json list = Json::array();
    for (const FlavorShape &f : flavors::training())
    {
        if (type.isEmpty() || f.type.compare(type, Qt::CaseInsensitive) == 0)
            list.push_back(trainingcatalog::trainingFlavor(f));
    }
    Json out = Json::object();
    out["total_count"] = static_cast<int>(list.size());
    out["flavors"] = list;
    return Response::json(200, out);
}

Response TrainingModule::engineList(const Request &)
{
    Json items = Json::array();
    for (const trainingcatalog::Engine &e : trainingcatalog::engines())
        items.push_back(trainingcatalog::engineJson(e));
    Json out = Json::object();
    out["total"] = static_cast<int>(items.size());
    out["items"] = items;
    return Response::json(200, out);
}

Response TrainingModule::tasks(const Request &req)
{
    const Json doc = loadJob(req);
    const bool scheduled = intAt(doc, "/status/start_time") > 0;
    Json list = Json::array();
    for (const QString &task : TrainingEngine::tasksOf(doc))
    {
        const auto [ip, hostIp] = TrainingEngine::taskAddresses(doc, task);
        list.push_back({ { "task", s(task) }, { "ip", scheduled ? s(ip) : "" },
            { "host_ip", scheduled ? s(hostIp) : "" }, { "schedule_count", scheduled ? 1 : 0 } });
    }
    return Response::json(200, list);
}

Response TrainingModule::quotas(const Request &)
{
    const int used
        = m_engine->index(kTrainingJobKind).activeCount() + m_engine->index(kTrainingJobV1Kind).activeCount();
    Json out = Json::object();
    out["quotas"] = Json::array({ { { "resource", "job-num" }, { "quota", kJobQuota }, { "used", used } } });
    return Response::json(200, out);
}

// ---------------------------------------------------------------------------------------
// Demo data

void TrainingModule::seedDemoData()
{
    const qint64 now = m_ctx.clock().nowMs();
    constexpr qint64 hour = 3600000;
    constexpr qint64 minute = 60000;

    // A small dedicated pool for the running job and the one queued behind it: the
    // smallest running Train pool the pool module has seeded, else the built-in one.
    std::optional<PoolView> small;
    for (const Json &poolDoc : m_ctx.store().list(QStringLiteral("pool")))
    {
        const std::optional<PoolView> pool = findPool(m_ctx.store(), stringAt(poolDoc, "/metadata/name"));
        if (pool && !pool->isLocal && pool->isRunning() && pool->allows(QStringLiteral("Train")) && pool->nodeCount > 0
            && (!small || pool->nodeCount < small->nodeCount))
            small = pool;
    }
    if (!small)
        small = m_engine->trainingPool(flavors::kLocalPool);

    struct Demo
    {
        QString name;
        QString description;
        QString flavor; // public pool flavor, or empty for `small`
        QString engineId;
        QString codeDir;
        QString bootFile;
        QString phase;
        qint64 createdAgo;
        qint64 runMs;
        int exitCode;
        int nodeCount;
        int priority;
    };
    const QList<Demo> demos = {
        { QStringLiteral("resnet50-imagenet-baseline"), QStringLiteral("ResNet-50 baseline on ImageNet-mini"),
            QStringLiteral("modelarts.p3.large.public"),
            QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"),
            QStringLiteral("obs://demo-bucket/code/resnet/"), QStringLiteral("train.py"), QStringLiteral("Completed"),
            74 * hour, 28 * minute, 0, 1, 1 },
        { QStringLiteral("bert-finetune-squad"), QStringLiteral("BERT base fine-tuned on SQuAD v1.1"),
            QStringLiteral("modelarts.vm.gpu.t4"), QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64"),
            QStringLiteral("obs://demo-bucket/code/bert/"), QStringLiteral("run_squad.py"), QStringLiteral("Completed"),
            50 * hour, 24 * minute, 0, 1, 1 },
        { QStringLiteral("xgboost-churn"), QStringLiteral("Customer churn, gradient boosting"),
            QStringLiteral("modelarts.vm.cpu.8u"), QStringLiteral("xgboost-sklearn-python3.6"),
            QStringLiteral("obs://demo-bucket/code/churn/"), QStringLiteral("train.py"), QStringLiteral("Completed"),
            27 * hour, 12 * minute, 0, 1, 1 },
        { QStringLiteral("yolov5-detection-exp3"), QStringLiteral("Learning rate too high"),
            QStringLiteral("modelarts.vm.gpu.t4"), QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"),
            QStringLiteral("obs://demo-bucket/code/yolov5/"), QStringLiteral("train.py"), QStringLiteral("Failed"),
            22 * hour, 14 * minute, 1, 1, 1 },
        { QStringLiteral("mindspore-lenet-ascend"), QString(), QStringLiteral("modelarts.kat1.xlarge"),
            QStringLiteral("mindspore_2.2.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b"),
            QStringLiteral("obs://demo-bucket/code/lenet/"), QStringLiteral("train.py"), QStringLiteral("Terminated"),
            20 * hour, 30 * minute, 0, 1, 1 },
        { QStringLiteral("llama-lora-sft"), QStringLiteral("LoRA supervised fine-tuning, long run"), QString(),
            QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64"),
            QStringLiteral("obs://demo-bucket/code/sft/"), QStringLiteral("train.py"), QStringLiteral("Running"),
            45 * minute, 6 * hour, 0, 0, 2 },
        { QStringLiteral("llama-lora-sft-ablation"), QStringLiteral("Waits for the pool"), QString(),
            QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64"),
            QStringLiteral("obs://demo-bucket/code/sft/"), QStringLiteral("train.py"), QStringLiteral("Pending"),
            10 * minute, 40 * minute, 0, 1, 1 },
    };

    for (const Demo &d : demos)
    {
        Json body = {
            { "kind", "job" },
            { "metadata", { { "name", s(d.name) }, { "description", s(d.description) } } },
            { "algorithm",
                { { "code_dir", s(d.codeDir) }, { "boot_file", s(d.codeDir + d.bootFile) },
                    { "engine", { { "engine_id", s(d.engineId) } } },
                    { "parameters",
                        Json::array({ { { "name", "epochs" }, { "value", "20" } },
                            { { "name", "learning_rate" }, { "value", d.exitCode ? "0.5" : "0.001" } },
                            { { "name", "batch_size" }, { "value", "64" } } }) },
                    { "inputs",
                        Json::array({ { { "name", "data_url" },
                            { "remote",
                                { { "obs", { { "obs_url", "obs://demo-datasets/" + s(d.name) + "/" } } } } } } }) },
                    { "outputs",
                        Json::array({ { { "name", "train_url" },
                            { "remote",
                                { { "obs",
                                    { { "obs_url", "obs://demo-bucket/output/" + s(d.name) + "/" } } } } } } }) } } },
            { "spec", Json::object() },
        };
        Json resource = Json::object();
        const bool onSmall = d.flavor.isEmpty();
        if (onSmall)
        {
            resource["pool_id"] = s(small->name);
            resource["node_count"] = d.nodeCount > 0 ? d.nodeCount : std::max(1, small->nodeCount);
        }
        else
        {
            resource["flavor_id"] = s(d.flavor);
            resource["node_count"] = d.nodeCount;
        }
        body["spec"]["resource"] = resource;
        body["spec"]["schedule_policy"] = { { "priority", d.priority } };
        try
        {
            TrainingLaunch launch = resolve(body);
            launch.runLocally = false; // demo jobs are simulated, also on the local pool
            launch.nominalRunMs = d.runMs;
            launch.exitCode = d.exitCode;
            TrainingEngine::History h;
            h.phase = d.phase;
            h.exitCode = d.exitCode;
            if (d.phase == u"Running" || d.phase == u"Pending")
            {
                // Live jobs run at the server's pace: history in job time.
                const Clock &clock = m_ctx.clock();
                h.timeFactor = clock.scale();
                h.createdMs = now - clock.scaled(d.createdAgo);
                if (d.phase == u"Running")
                    h.startMs = h.createdMs + clock.scaled(2 * minute);
            }
            else
            {
                h.createdMs = now - d.createdAgo;
                h.startMs = h.createdMs + 3 * minute;
                const qint64 ran
                    = d.phase == u"Failed" ? d.runMs / 2 : (d.phase == u"Terminated" ? 9 * minute : d.runMs);
                h.endMs = h.startMs + ran;
            }
            m_engine->seed(std::move(launch), h);
        }
        catch (const std::exception &e)
        {
            qWarning("training: demo job %s not created: %s", qPrintable(d.name), e.what());
        }
    }
    m_v1->seedDemoData();
}
} // namespace ma::server
