#include "trainingv1.h"

#include "api/jsonfields.h"

#include <array>
#include <QCoreApplication>

namespace ma::api::v1
{
// ---------------------------------------------------------------------------------------
// create request

constexpr auto trainingParameterFields
    = std::make_tuple(field("label", &TrainingParameter::label), field("value", &TrainingParameter::value));
MA_JSON_OBJECT(TrainingParameter, trainingParameterFields)

constexpr auto dataSourceFields = std::make_tuple(field("dataset_id", &DataSource::datasetId),
    field("dataset_version", &DataSource::datasetVersion), field("type", &DataSource::type),
    field("data_url", &DataSource::dataUrl));
MA_JSON_OBJECT(DataSource, dataSourceFields)

constexpr auto nfsMountFields = std::make_tuple(field("id", &NfsMount::id), field("src_path", &NfsMount::srcPath),
    field("dest_path", &NfsMount::destPath), field("read_only", &NfsMount::readOnly));
MA_JSON_OBJECT(NfsMount, nfsMountFields)

constexpr auto hostPathMountFields = std::make_tuple(field("src_path", &HostPathMount::srcPath),
    field("dest_path", &HostPathMount::destPath), field("read_only", &HostPathMount::readOnly));
MA_JSON_OBJECT(HostPathMount, hostPathMountFields)

constexpr auto volumeFields = std::make_tuple(field("nfs", &Volume::nfs), field("host_path", &Volume::hostPath));
MA_JSON_OBJECT(Volume, volumeFields)

constexpr auto trainingConfigFields = std::make_tuple(field("worker_server_num", &TrainingConfig::workerServerNum),
    field("app_url", &TrainingConfig::appUrl), field("boot_file_url", &TrainingConfig::bootFileUrl),
    field("parameter", &TrainingConfig::parameter), field("data_url", &TrainingConfig::dataUrl),
    field("dataset_id", &TrainingConfig::datasetId), field("dataset_version_id", &TrainingConfig::datasetVersionId),
    field("data_source", &TrainingConfig::dataSource), field("spec_id", &TrainingConfig::specId),
    field("pool_id", &TrainingConfig::poolId), field("engine_id", &TrainingConfig::engineId),
    field("model_id", &TrainingConfig::modelId), field("train_url", &TrainingConfig::trainUrl),
    field("log_url", &TrainingConfig::logUrl), field("user_image_url", &TrainingConfig::userImageUrl),
    field("user_command", &TrainingConfig::userCommand), field("create_version", &TrainingConfig::createVersion),
    field("volumes", &TrainingConfig::volumes), field("pre_version_id", &TrainingConfig::preVersionId));
MA_JSON_OBJECT(TrainingConfig, trainingConfigFields)

constexpr auto trainingJobCreateFields
    = std::make_tuple(field("job_name", &TrainingJobCreate::jobName), field("job_desc", &TrainingJobCreate::jobDesc),
        field("workspace_id", &TrainingJobCreate::workspaceId), field("config", &TrainingJobCreate::config));
MA_JSON_OBJECT(TrainingJobCreate, trainingJobCreateFields)

constexpr auto trainingJobVersionCreateFields = std::make_tuple(
    field("job_desc", &TrainingJobVersionCreate::jobDesc), field("config", &TrainingJobVersionCreate::config));
MA_JSON_OBJECT(TrainingJobVersionCreate, trainingJobVersionCreateFields)

constexpr auto trainingJobCreateResultFields = std::make_tuple(field("is_success", &TrainingJobCreateResult::isSuccess),
    field("job_id", &TrainingJobCreateResult::jobId), field("job_name", &TrainingJobCreateResult::jobName),
    field("status", &TrainingJobCreateResult::status), field("create_time", &TrainingJobCreateResult::createTime),
    field("version_id", &TrainingJobCreateResult::versionId),
    field("resource_id", &TrainingJobCreateResult::resourceId),
    field("version_name", &TrainingJobCreateResult::versionName));
MA_JSON_OBJECT(TrainingJobCreateResult, trainingJobCreateResultFields)

constexpr auto trainingJobDescriptionUpdateFields
    = std::make_tuple(field("job_desc", &TrainingJobDescriptionUpdate::jobDesc));
MA_JSON_OBJECT(TrainingJobDescriptionUpdate, trainingJobDescriptionUpdateFields)

constexpr auto successResponseFields = std::make_tuple(field("is_success", &SuccessResponse::isSuccess));
MA_JSON_OBJECT(SuccessResponse, successResponseFields)

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

constexpr auto trainingJobSummaryFields
    = std::make_tuple(field("job_id", &TrainingJobSummary::jobId), field("job_name", &TrainingJobSummary::jobName),
        field("version_id", &TrainingJobSummary::versionId), field("status", &TrainingJobSummary::status),
        field("create_time", &TrainingJobSummary::createTime), field("duration", &TrainingJobSummary::duration),
        field("job_desc", &TrainingJobSummary::jobDesc), field("version_count", &TrainingJobSummary::versionCount));
MA_JSON_OBJECT(TrainingJobSummary, trainingJobSummaryFields)

constexpr auto trainingJobListFields = std::make_tuple(field("is_success", &TrainingJobList::isSuccess),
    field("job_total_count", &TrainingJobList::jobTotalCount),
    field("job_count_limit", &TrainingJobList::jobCountLimit), field("quotas", &TrainingJobList::quotas),
    field("jobs", &TrainingJobList::jobs));
MA_JSON_OBJECT(TrainingJobList, trainingJobListFields)

// ---------------------------------------------------------------------------------------
// versions

constexpr auto trainingJobVersionFields = std::make_tuple(field("version_id", &TrainingJobVersion::versionId),
    field("version_name", &TrainingJobVersion::versionName), field("pre_version_id", &TrainingJobVersion::preVersionId),
    field("engine_type", &TrainingJobVersion::engineType), field("engine_name", &TrainingJobVersion::engineName),
    field("engine_id", &TrainingJobVersion::engineId), field("engine_version", &TrainingJobVersion::engineVersion),
    field("status", &TrainingJobVersion::status), field("app_url", &TrainingJobVersion::appUrl),
    field("boot_file_url", &TrainingJobVersion::bootFileUrl), field("create_time", &TrainingJobVersion::createTime),
    field("parameter", &TrainingJobVersion::parameter), field("duration", &TrainingJobVersion::duration),
    field("spec_id", &TrainingJobVersion::specId), field("core", &TrainingJobVersion::core),
    field("cpu", &TrainingJobVersion::cpu), field("gpu", &TrainingJobVersion::gpu),
    field("gpu_num", &TrainingJobVersion::gpuNum), field("gpu_type", &TrainingJobVersion::gpuType),
    field("worker_server_num", &TrainingJobVersion::workerServerNum), field("data_url", &TrainingJobVersion::dataUrl),
    field("train_url", &TrainingJobVersion::trainUrl), field("log_url", &TrainingJobVersion::logUrl),
    field("dataset_version_id", &TrainingJobVersion::datasetVersionId),
    field("dataset_id", &TrainingJobVersion::datasetId), field("data_source", &TrainingJobVersion::dataSource),
    field("model_id", &TrainingJobVersion::modelId), field("model_metric_list", &TrainingJobVersion::modelMetricList),
    field("system_metric_list", &TrainingJobVersion::systemMetricList),
    field("user_image_url", &TrainingJobVersion::userImageUrl), field("user_command", &TrainingJobVersion::userCommand),
    field("resource_id", &TrainingJobVersion::resourceId), field("dataset_name", &TrainingJobVersion::datasetName),
    field("start_time", &TrainingJobVersion::startTime), field("volumes", &TrainingJobVersion::volumes),
    field("dataset_version_name", &TrainingJobVersion::datasetVersionName),
    field("pool_name", &TrainingJobVersion::poolName), field("pool_id", &TrainingJobVersion::poolId),
    field("nas_mount_path", &TrainingJobVersion::nasMountPath),
    field("nas_share_addr", &TrainingJobVersion::nasShareAddr), field("nas_type", &TrainingJobVersion::nasType),
    field("is_success", &TrainingJobVersion::isSuccess), field("job_id", &TrainingJobVersion::jobId),
    field("job_name", &TrainingJobVersion::jobName), field("job_desc", &TrainingJobVersion::jobDesc),
    field("spec_code", &TrainingJobVersion::specCode));
MA_JSON_OBJECT(TrainingJobVersion, trainingJobVersionFields)

constexpr auto trainingJobVersionListFields = std::make_tuple(field("is_success", &TrainingJobVersionList::isSuccess),
    field("job_id", &TrainingJobVersionList::jobId), field("job_name", &TrainingJobVersionList::jobName),
    field("job_desc", &TrainingJobVersionList::jobDesc), field("version_count", &TrainingJobVersionList::versionCount),
    field("versions", &TrainingJobVersionList::versions));
MA_JSON_OBJECT(TrainingJobVersionList, trainingJobVersionListFields)

Json expandJsonText(const Json &value)
{
    if (value.is_object() || value.is_array())
        return value;
    if (!value.is_string())
        return Json();
    const std::string &text = value.get_ref<const std::string &>();
    try
    {
        // Depth and size limits: the text comes from the server like any body.
        return parseJson(QByteArray::fromStdString(text));
    }
    catch (const DecodeError &)
    {
        return Json();
    }
}

// ---------------------------------------------------------------------------------------
// logs

constexpr auto logFileNamesFields = std::make_tuple(
    field("is_success", &LogFileNames::isSuccess), field("log_file_list", &LogFileNames::logFileList));
MA_JSON_OBJECT(LogFileNames, logFileNamesFields)

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

constexpr auto aomLogFields
    = std::make_tuple(field("is_success", &AomLog::isSuccess), field("content", &AomLog::content),
        field("lines", &AomLog::lines), field("start_line", &AomLog::startLine), field("end_line", &AomLog::endLine));
MA_JSON_OBJECT(AomLog, aomLogFields)

// ---------------------------------------------------------------------------------------
// specs, engines

constexpr auto resourceSpecFields = std::make_tuple(field("spec_id", &ResourceSpec::specId),
    field("core", &ResourceSpec::core), field("cpu", &ResourceSpec::cpu), field("gpu_num", &ResourceSpec::gpuNum),
    field("gpu_type", &ResourceSpec::gpuType), field("spec_code", &ResourceSpec::specCode),
    field("max_num", &ResourceSpec::maxNum), field("unit_num", &ResourceSpec::unitNum),
    field("storage", &ResourceSpec::storage), field("interface_type", &ResourceSpec::interfaceType),
    field("no_resource", &ResourceSpec::noResource));
MA_JSON_OBJECT(ResourceSpec, resourceSpecFields)

constexpr auto resourceSpecListFields = std::make_tuple(field("is_success", &ResourceSpecList::isSuccess),
    field("spec_total_count", &ResourceSpecList::specTotalCount), field("specs", &ResourceSpecList::specs));
MA_JSON_OBJECT(ResourceSpecList, resourceSpecListFields)

constexpr auto aiEngineFields
    = std::make_tuple(field("engine_id", &AiEngine::engineId), field("engine_type", &AiEngine::engineType),
        field("engine_name", &AiEngine::engineName), field("engine_version", &AiEngine::engineVersion));
MA_JSON_OBJECT(AiEngine, aiEngineFields)

constexpr auto aiEngineListFields
    = std::make_tuple(field("is_success", &AiEngineList::isSuccess), field("engines", &AiEngineList::engines));
MA_JSON_OBJECT(AiEngineList, aiEngineListFields)

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
