#include "trainingv1.h"

#include <array>
#include <QCoreApplication>

namespace ma::api::v1
{
// ---------------------------------------------------------------------------------------
// create request

void decode(const Json &j, TrainingParameter &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("label", out.label);
    r.optional("value", out.value);
    out.extra = r.rest();
}

Json encode(const TrainingParameter &v)
{
    ObjectWriter w(v.extra);
    w.put("label", v.label);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, DataSource &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("dataset_id", out.datasetId);
    r.optional("dataset_version", out.datasetVersion);
    r.optional("type", out.type);
    r.optional("data_url", out.dataUrl);
    out.extra = r.rest();
}

Json encode(const DataSource &v)
{
    ObjectWriter w(v.extra);
    w.put("dataset_id", v.datasetId);
    w.put("dataset_version", v.datasetVersion);
    w.put("type", v.type);
    w.put("data_url", v.dataUrl);
    return w.take();
}

void decode(const Json &j, NfsMount &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("src_path", out.srcPath);
    r.optional("dest_path", out.destPath);
    r.optional("read_only", out.readOnly);
    out.extra = r.rest();
}

Json encode(const NfsMount &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("src_path", v.srcPath);
    w.put("dest_path", v.destPath);
    w.put("read_only", v.readOnly);
    return w.take();
}

void decode(const Json &j, HostPathMount &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("src_path", out.srcPath);
    r.optional("dest_path", out.destPath);
    r.optional("read_only", out.readOnly);
    out.extra = r.rest();
}

Json encode(const HostPathMount &v)
{
    ObjectWriter w(v.extra);
    w.put("src_path", v.srcPath);
    w.put("dest_path", v.destPath);
    w.put("read_only", v.readOnly);
    return w.take();
}

void decode(const Json &j, Volume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("nfs", out.nfs);
    r.optional("host_path", out.hostPath);
    out.extra = r.rest();
}

Json encode(const Volume &v)
{
    ObjectWriter w(v.extra);
    w.put("nfs", v.nfs);
    w.put("host_path", v.hostPath);
    return w.take();
}

void decode(const Json &j, TrainingConfig &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("worker_server_num", out.workerServerNum);
    r.optional("app_url", out.appUrl);
    r.optional("boot_file_url", out.bootFileUrl);
    r.optional("parameter", out.parameter);
    r.optional("data_url", out.dataUrl);
    r.optional("dataset_id", out.datasetId);
    r.optional("dataset_version_id", out.datasetVersionId);
    r.optional("data_source", out.dataSource);
    r.optional("spec_id", out.specId);
    r.optional("pool_id", out.poolId);
    r.optional("engine_id", out.engineId);
    r.optional("model_id", out.modelId);
    r.optional("train_url", out.trainUrl);
    r.optional("log_url", out.logUrl);
    r.optional("user_image_url", out.userImageUrl);
    r.optional("user_command", out.userCommand);
    r.optional("create_version", out.createVersion);
    r.optional("volumes", out.volumes);
    r.optional("pre_version_id", out.preVersionId);
    out.extra = r.rest();
}

Json encode(const TrainingConfig &v)
{
    ObjectWriter w(v.extra);
    w.put("worker_server_num", v.workerServerNum);
    w.put("app_url", v.appUrl);
    w.put("boot_file_url", v.bootFileUrl);
    w.put("parameter", v.parameter);
    w.put("data_url", v.dataUrl);
    w.put("dataset_id", v.datasetId);
    w.put("dataset_version_id", v.datasetVersionId);
    w.put("data_source", v.dataSource);
    w.put("spec_id", v.specId);
    w.put("pool_id", v.poolId);
    w.put("engine_id", v.engineId);
    w.put("model_id", v.modelId);
    w.put("train_url", v.trainUrl);
    w.put("log_url", v.logUrl);
    w.put("user_image_url", v.userImageUrl);
    w.put("user_command", v.userCommand);
    w.put("create_version", v.createVersion);
    w.put("volumes", v.volumes);
    w.put("pre_version_id", v.preVersionId);
    return w.take();
}

void decode(const Json &j, TrainingJobCreate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("job_name", out.jobName);
    r.optional("job_desc", out.jobDesc);
    r.optional("workspace_id", out.workspaceId);
    r.required("config", out.config);
    out.extra = r.rest();
}

Json encode(const TrainingJobCreate &v)
{
    ObjectWriter w(v.extra);
    w.put("job_name", v.jobName);
    w.put("job_desc", v.jobDesc);
    w.put("workspace_id", v.workspaceId);
    w.put("config", v.config);
    return w.take();
}

void decode(const Json &j, TrainingJobVersionCreate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("job_desc", out.jobDesc);
    r.required("config", out.config);
    out.extra = r.rest();
}

Json encode(const TrainingJobVersionCreate &v)
{
    ObjectWriter w(v.extra);
    w.put("job_desc", v.jobDesc);
    w.put("config", v.config);
    return w.take();
}

void decode(const Json &j, TrainingJobCreateResult &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.required("job_id", out.jobId);
    r.optional("job_name", out.jobName);
    r.optional("status", out.status);
    r.optional("create_time", out.createTime);
    r.optional("version_id", out.versionId);
    r.optional("resource_id", out.resourceId);
    r.optional("version_name", out.versionName);
    out.extra = r.rest();
}

Json encode(const TrainingJobCreateResult &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("job_id", v.jobId);
    w.put("job_name", v.jobName);
    w.put("status", v.status);
    w.put("create_time", v.createTime);
    w.put("version_id", v.versionId);
    w.put("resource_id", v.resourceId);
    w.put("version_name", v.versionName);
    return w.take();
}

void decode(const Json &j, TrainingJobDescriptionUpdate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("job_desc", out.jobDesc);
    out.extra = r.rest();
}

Json encode(const TrainingJobDescriptionUpdate &v)
{
    ObjectWriter w(v.extra);
    w.put("job_desc", v.jobDesc);
    return w.take();
}

void decode(const Json &j, SuccessResponse &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    out.extra = r.rest();
}

Json encode(const SuccessResponse &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// list

QUrlQuery toUrlQuery(const TrainingJobListParams &params)
{
    QUrlQuery query;
    if (params.status)
        query.addQueryItem(QStringLiteral("status"), QString::number(*params.status));
    if (params.perPage)
        query.addQueryItem(QStringLiteral("per_page"), QString::number(*params.perPage));
    if (params.page)
        query.addQueryItem(QStringLiteral("page"), QString::number(*params.page));
    // camelCase on the wire, unlike every other v1 parameter.
    if (params.sortBy)
        query.addQueryItem(QStringLiteral("sortBy"), *params.sortBy);
    if (params.order)
        query.addQueryItem(QStringLiteral("order"), *params.order);
    if (params.searchContent)
        query.addQueryItem(QStringLiteral("search_content"), *params.searchContent);
    if (params.workspaceId)
        query.addQueryItem(QStringLiteral("workspace_id"), *params.workspaceId);
    return query;
}

void decode(const Json &j, TrainingJobSummary &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("job_id", out.jobId);
    r.optional("job_name", out.jobName);
    r.optional("version_id", out.versionId);
    r.optional("status", out.status);
    r.optional("create_time", out.createTime);
    r.optional("duration", out.duration);
    r.optional("job_desc", out.jobDesc);
    r.optional("version_count", out.versionCount);
    out.extra = r.rest();
}

Json encode(const TrainingJobSummary &v)
{
    ObjectWriter w(v.extra);
    w.put("job_id", v.jobId);
    w.put("job_name", v.jobName);
    w.put("version_id", v.versionId);
    w.put("status", v.status);
    w.put("create_time", v.createTime);
    w.put("duration", v.duration);
    w.put("job_desc", v.jobDesc);
    w.put("version_count", v.versionCount);
    return w.take();
}

void decode(const Json &j, TrainingJobList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.optional("job_total_count", out.jobTotalCount);
    r.optional("job_count_limit", out.jobCountLimit);
    r.optional("quotas", out.quotas);
    r.required("jobs", out.jobs);
    out.extra = r.rest();
}

Json encode(const TrainingJobList &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("job_total_count", v.jobTotalCount);
    w.put("job_count_limit", v.jobCountLimit);
    w.put("quotas", v.quotas);
    w.put("jobs", v.jobs);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// versions

void decode(const Json &j, TrainingJobVersion &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("version_id", out.versionId);
    r.optional("version_name", out.versionName);
    r.optional("pre_version_id", out.preVersionId);
    r.optional("engine_type", out.engineType);
    r.optional("engine_name", out.engineName);
    r.optional("engine_id", out.engineId);
    r.optional("engine_version", out.engineVersion);
    r.optional("status", out.status);
    r.optional("app_url", out.appUrl);
    r.optional("boot_file_url", out.bootFileUrl);
    r.optional("create_time", out.createTime);
    r.optional("parameter", out.parameter);
    r.optional("duration", out.duration);
    r.optional("spec_id", out.specId);
    r.optional("core", out.core);
    r.optional("cpu", out.cpu);
    r.optional("gpu", out.gpu);
    r.optional("gpu_num", out.gpuNum);
    r.optional("gpu_type", out.gpuType);
    r.optional("worker_server_num", out.workerServerNum);
    r.optional("data_url", out.dataUrl);
    r.optional("train_url", out.trainUrl);
    r.optional("log_url", out.logUrl);
    r.optional("dataset_version_id", out.datasetVersionId);
    r.optional("dataset_id", out.datasetId);
    r.optional("data_source", out.dataSource);
    r.optional("model_id", out.modelId);
    r.optional("model_metric_list", out.modelMetricList);
    r.optional("system_metric_list", out.systemMetricList);
    r.optional("user_image_url", out.userImageUrl);
    r.optional("user_command", out.userCommand);
    r.optional("resource_id", out.resourceId);
    r.optional("dataset_name", out.datasetName);
    r.optional("start_time", out.startTime);
    r.optional("volumes", out.volumes);
    r.optional("dataset_version_name", out.datasetVersionName);
    r.optional("pool_name", out.poolName);
    r.optional("pool_id", out.poolId);
    r.optional("nas_mount_path", out.nasMountPath);
    r.optional("nas_share_addr", out.nasShareAddr);
    r.optional("nas_type", out.nasType);
    r.optional("is_success", out.isSuccess);
    r.optional("job_id", out.jobId);
    r.optional("job_name", out.jobName);
    r.optional("job_desc", out.jobDesc);
    r.optional("spec_code", out.specCode);
    out.extra = r.rest();
}

Json encode(const TrainingJobVersion &v)
{
    ObjectWriter w(v.extra);
    w.put("version_id", v.versionId);
    w.put("version_name", v.versionName);
    w.put("pre_version_id", v.preVersionId);
    w.put("engine_type", v.engineType);
    w.put("engine_name", v.engineName);
    w.put("engine_id", v.engineId);
    w.put("engine_version", v.engineVersion);
    w.put("status", v.status);
    w.put("app_url", v.appUrl);
    w.put("boot_file_url", v.bootFileUrl);
    w.put("create_time", v.createTime);
    w.put("parameter", v.parameter);
    w.put("duration", v.duration);
    w.put("spec_id", v.specId);
    w.put("core", v.core);
    w.put("cpu", v.cpu);
    w.put("gpu", v.gpu);
    w.put("gpu_num", v.gpuNum);
    w.put("gpu_type", v.gpuType);
    w.put("worker_server_num", v.workerServerNum);
    w.put("data_url", v.dataUrl);
    w.put("train_url", v.trainUrl);
    w.put("log_url", v.logUrl);
    w.put("dataset_version_id", v.datasetVersionId);
    w.put("dataset_id", v.datasetId);
    w.put("data_source", v.dataSource);
    w.put("model_id", v.modelId);
    w.put("model_metric_list", v.modelMetricList);
    w.put("system_metric_list", v.systemMetricList);
    w.put("user_image_url", v.userImageUrl);
    w.put("user_command", v.userCommand);
    w.put("resource_id", v.resourceId);
    w.put("dataset_name", v.datasetName);
    w.put("start_time", v.startTime);
    w.put("volumes", v.volumes);
    w.put("dataset_version_name", v.datasetVersionName);
    w.put("pool_name", v.poolName);
    w.put("pool_id", v.poolId);
    w.put("nas_mount_path", v.nasMountPath);
    w.put("nas_share_addr", v.nasShareAddr);
    w.put("nas_type", v.nasType);
    w.put("is_success", v.isSuccess);
    w.put("job_id", v.jobId);
    w.put("job_name", v.jobName);
    w.put("job_desc", v.jobDesc);
    w.put("spec_code", v.specCode);
    return w.take();
}

void decode(const Json &j, TrainingJobVersionList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.optional("job_id", out.jobId);
    r.optional("job_name", out.jobName);
    r.optional("job_desc", out.jobDesc);
    r.optional("version_count", out.versionCount);
    r.required("versions", out.versions);
    out.extra = r.rest();
}

Json encode(const TrainingJobVersionList &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("job_id", v.jobId);
    w.put("job_name", v.jobName);
    w.put("job_desc", v.jobDesc);
    w.put("version_count", v.versionCount);
    w.put("versions", v.versions);
    return w.take();
}

Json expandJsonText(const Json &value)
{
    if (value.is_object() || value.is_array())
        return value;
    if (!value.is_string())
        return Json();
    const std::string &text = value.get_ref<const std::string &>();
    Json parsed = Json::parse(text, nullptr, false);
    return parsed.is_discarded() ? Json() : parsed;
}

// ---------------------------------------------------------------------------------------
// logs

void decode(const Json &j, LogFileNames &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.required("log_file_list", out.logFileList);
    out.extra = r.rest();
}

Json encode(const LogFileNames &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("log_file_list", v.logFileList);
    return w.take();
}

QUrlQuery toUrlQuery(const AomLogParams &params)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("log_file"), params.logFile);
    if (params.baseLine)
        query.addQueryItem(QStringLiteral("base_line"), *params.baseLine);
    if (params.lines)
        query.addQueryItem(QStringLiteral("lines"), QString::number(*params.lines));
    if (params.order)
        query.addQueryItem(QStringLiteral("order"), *params.order);
    return query;
}

void decode(const Json &j, AomLog &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.optional("content", out.content);
    r.optional("lines", out.lines);
    r.optional("start_line", out.startLine);
    r.optional("end_line", out.endLine);
    out.extra = r.rest();
}

Json encode(const AomLog &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("content", v.content);
    w.put("lines", v.lines);
    w.put("start_line", v.startLine);
    w.put("end_line", v.endLine);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// specs, engines

void decode(const Json &j, ResourceSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("spec_id", out.specId);
    r.optional("core", out.core);
    r.optional("cpu", out.cpu);
    r.optional("gpu_num", out.gpuNum);
    r.optional("gpu_type", out.gpuType);
    r.optional("spec_code", out.specCode);
    r.optional("max_num", out.maxNum);
    r.optional("unit_num", out.unitNum);
    r.optional("storage", out.storage);
    r.optional("interface_type", out.interfaceType);
    r.optional("no_resource", out.noResource);
    out.extra = r.rest();
}

Json encode(const ResourceSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("spec_id", v.specId);
    w.put("core", v.core);
    w.put("cpu", v.cpu);
    w.put("gpu_num", v.gpuNum);
    w.put("gpu_type", v.gpuType);
    w.put("spec_code", v.specCode);
    w.put("max_num", v.maxNum);
    w.put("unit_num", v.unitNum);
    w.put("storage", v.storage);
    w.put("interface_type", v.interfaceType);
    w.put("no_resource", v.noResource);
    return w.take();
}

void decode(const Json &j, ResourceSpecList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.optional("spec_total_count", out.specTotalCount);
    r.required("specs", out.specs);
    out.extra = r.rest();
}

Json encode(const ResourceSpecList &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("spec_total_count", v.specTotalCount);
    w.put("specs", v.specs);
    return w.take();
}

void decode(const Json &j, AiEngine &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("engine_id", out.engineId);
    r.optional("engine_type", out.engineType);
    r.optional("engine_name", out.engineName);
    r.optional("engine_version", out.engineVersion);
    out.extra = r.rest();
}

Json encode(const AiEngine &v)
{
    ObjectWriter w(v.extra);
    w.put("engine_id", v.engineId);
    w.put("engine_type", v.engineType);
    w.put("engine_name", v.engineName);
    w.put("engine_version", v.engineVersion);
    return w.take();
}

void decode(const Json &j, AiEngineList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("is_success", out.isSuccess);
    r.required("engines", out.engines);
    out.extra = r.rest();
}

Json encode(const AiEngineList &v)
{
    ObjectWriter w(v.extra);
    w.put("is_success", v.isSuccess);
    w.put("engines", v.engines);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// status codes

namespace
{
struct StatusEntry
{
    const char *constant;
    const char *text;
};

// Indexed by code. The words follow the console's wording where the docs give one
// (7 WAITING = queuing, 9 KILLING = being stopped, 12 KILLED = stopped).
constexpr std::array<StatusEntry, 22> kStatuses { {
    { "JOBSTAT_UNKNOWN", QT_TRANSLATE_NOOP("TrainingV1Status", "Unknown") },
    { "JOBSTAT_INIT", QT_TRANSLATE_NOOP("TrainingV1Status", "Initializing") },
    { "JOBSTAT_IMAGE_CREATING", QT_TRANSLATE_NOOP("TrainingV1Status", "Creating image") },
    { "JOBSTAT_IMAGE_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Image creation failed") },
    { "JOBSTAT_SUBMIT_TRYING", QT_TRANSLATE_NOOP("TrainingV1Status", "Submitting") },
    { "JOBSTAT_SUBMIT_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Submission failed") },
    { "JOBSTAT_DELETE_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Deletion failed") },
    { "JOBSTAT_WAITING", QT_TRANSLATE_NOOP("TrainingV1Status", "Queuing") },
    { "JOBSTAT_RUNNING", QT_TRANSLATE_NOOP("TrainingV1Status", "Running") },
    { "JOBSTAT_KILLING", QT_TRANSLATE_NOOP("TrainingV1Status", "Stopping") },
    { "JOBSTAT_COMPLETED", QT_TRANSLATE_NOOP("TrainingV1Status", "Completed") },
    { "JOBSTAT_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Failed") },
    { "JOBSTAT_KILLED", QT_TRANSLATE_NOOP("TrainingV1Status", "Stopped") },
    { "JOBSTAT_CANCELED", QT_TRANSLATE_NOOP("TrainingV1Status", "Canceled") },
    { "JOBSTAT_LOST", QT_TRANSLATE_NOOP("TrainingV1Status", "Lost") },
    { "JOBSTAT_SCALING", QT_TRANSLATE_NOOP("TrainingV1Status", "Scaling") },
    { "JOBSTAT_SUBMIT_MODEL_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Model submission failed") },
    { "JOBSTAT_DEPLOY_SERVICE_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Service deployment failed") },
    { "JOBSTAT_CHECK_INIT", QT_TRANSLATE_NOOP("TrainingV1Status", "Check initializing") },
    { "JOBSTAT_CHECK_RUNNING", QT_TRANSLATE_NOOP("TrainingV1Status", "Checking") },
    { "JOBSTAT_CHECK_RUNNING_COMPLETED", QT_TRANSLATE_NOOP("TrainingV1Status", "Check completed") },
    { "JOBSTAT_CHECK_FAILED", QT_TRANSLATE_NOOP("TrainingV1Status", "Check failed") },
} };

const StatusEntry *statusEntry(int status)
{
    if (status < 0 || status >= static_cast<int>(kStatuses.size()))
        return nullptr;
    return &kStatuses[static_cast<std::size_t>(status)];
}
} // namespace

QString statusName(int status)
{
    const StatusEntry *entry = statusEntry(status);
    return entry ? QString::fromLatin1(entry->constant) : QString();
}

QString statusText(int status)
{
    if (const StatusEntry *entry = statusEntry(status))
        return QCoreApplication::translate("TrainingV1Status", entry->text);
    return QCoreApplication::translate("TrainingV1Status", "Unknown (%1)").arg(status);
}
} // namespace ma::api::v1
