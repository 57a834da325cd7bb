#include "training.h"

#include "api/jsonfields.h"

#include <array>
#include <QLocale>

namespace ma::api
{
// ---------------------------------------------------------------------------------------
// LooseScalar

LooseScalar::LooseScalar(const QString &text)
    : m_value(text.toStdString())
{
}

LooseScalar::LooseScalar(qint64 number)
    : m_value(static_cast<std::int64_t>(number))
{
}

LooseScalar::LooseScalar(double number)
    : m_value(number)
{
}

QString LooseScalar::toString() const
{
    if (m_value.is_string())
        return QString::fromStdString(m_value.get_ref<const std::string &>());
    if (m_value.is_number_unsigned())
        return QString::number(m_value.get<std::uint64_t>());
    if (m_value.is_number_integer())
        return QString::number(m_value.get<std::int64_t>());
    if (m_value.is_number_float())
        return QString::number(m_value.get<double>(), 'g', QLocale::FloatingPointShortest);
    if (m_value.is_boolean())
        return m_value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

namespace
{
/** A number from a loose scalar by the codec's rules (exact digit strings, whole floats); no throw. */
template <typename T> T looseNumber(const Json &value, bool *ok)
{
    T number = 0;
    bool good = !value.is_null() && !value.is_boolean();
    if (good)
    {
        try
        {
            ma::api::decode(value, number, QString());
        }
        catch (const DecodeError &)
        {
            good = false;
            number = 0;
        }
    }
    if (ok)
        *ok = good;
    return number;
}
} // namespace

qint64 LooseScalar::toInt(bool *ok) const
{
    return looseNumber<qint64>(m_value, ok);
}

double LooseScalar::toDouble(bool *ok) const
{
    return looseNumber<double>(m_value, ok);
}

void decode(const Json &j, LooseScalar &out, const QString &path)
{
    if (!j.is_string() && !j.is_number() && !j.is_boolean())
        throw DecodeError(
            path, QStringLiteral("expected a string or a number, got %1").arg(QString::fromUtf8(j.type_name())));
    out.m_value = j;
}

Json encode(const LooseScalar &v)
{
    return v.json();
}

QDateTime apiDateTime(const LooseScalar &v)
{
    if (v.isNumber())
    {
        bool ok = false;
        const qint64 ms = v.toInt(&ok);
        return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }
    if (!v.isString())
        return QDateTime();
    const QString text = v.toString().trimmed();
    if (text.isEmpty())
        return QDateTime();
    bool digits = false;
    const qint64 ms = text.toLongLong(&digits);
    if (digits)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // Qt's ISO parser reads the RFC 3339 forms the API uses: "Z" and "+08:00" offsets.
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// ---------------------------------------------------------------------------------------
// Phases

namespace
{
struct PhaseName
{
    TrainingPhase phase;
    const char16_t *name;
};

constexpr std::array<PhaseName, 8> kPhaseNames { {
    { TrainingPhase::Creating, u"Creating" },
    { TrainingPhase::Pending, u"Pending" },
    { TrainingPhase::Running, u"Running" },
    { TrainingPhase::Failed, u"Failed" },
    { TrainingPhase::Completed, u"Completed" },
    { TrainingPhase::Terminating, u"Terminating" },
    { TrainingPhase::Terminated, u"Terminated" },
    { TrainingPhase::Abnormal, u"Abnormal" },
} };
} // namespace

TrainingPhase trainingPhaseFromString(const QString &phase)
{
    const QString trimmed = phase.trimmed();
    for (const PhaseName &p : kPhaseNames)
    {
        if (trimmed.compare(QStringView(p.name), Qt::CaseInsensitive) == 0)
            return p.phase;
    }
    return TrainingPhase::Unknown;
}

QString trainingPhaseName(TrainingPhase phase)
{
    for (const PhaseName &p : kPhaseNames)
    {
        if (p.phase == phase)
            return QStringView(p.name).toString();
    }
    return QString();
}

bool isTerminalPhase(TrainingPhase phase)
{
    switch (phase)
    {
    case TrainingPhase::Failed:
    case TrainingPhase::Completed:
    case TrainingPhase::Terminated:
    case TrainingPhase::Abnormal:
        return true;
    case TrainingPhase::Unknown:
    case TrainingPhase::Creating:
    case TrainingPhase::Pending:
    case TrainingPhase::Running:
    case TrainingPhase::Terminating:
        break;
    }
    return false;
}

bool isTerminalPhase(const QString &phase)
{
    return isTerminalPhase(trainingPhaseFromString(phase));
}

bool canTerminate(TrainingPhase phase)
{
    return phase == TrainingPhase::Creating || phase == TrainingPhase::Pending || phase == TrainingPhase::Running;
}

bool canTerminate(const QString &phase)
{
    return canTerminate(trainingPhaseFromString(phase));
}

// ---------------------------------------------------------------------------------------
// metadata, status

constexpr auto trainingJobMetadataFields = std::make_tuple(field("id", &TrainingJobMetadata::id),
    field("name", &TrainingJobMetadata::name), field("workspace_id", &TrainingJobMetadata::workspaceId),
    field("description", &TrainingJobMetadata::description), field("create_time", &TrainingJobMetadata::createTime),
    field("user_name", &TrainingJobMetadata::userName), field("annotations", &TrainingJobMetadata::annotations));
MA_JSON_OBJECT(TrainingJobMetadata, trainingJobMetadataFields)

constexpr auto trainingTaskStatusFields = std::make_tuple(field("task", &TrainingTaskStatus::task),
    field("exit_code", &TrainingTaskStatus::exitCode), field("message", &TrainingTaskStatus::message));
MA_JSON_OBJECT(TrainingTaskStatus, trainingTaskStatusFields)

constexpr auto trainingRunningRecordFields = std::make_tuple(field("start_at", &TrainingRunningRecord::startAt),
    field("end_at", &TrainingRunningRecord::endAt), field("start_type", &TrainingRunningRecord::startType),
    field("end_reason", &TrainingRunningRecord::endReason),
    field("end_related_task", &TrainingRunningRecord::endRelatedTask),
    field("end_recover", &TrainingRunningRecord::endRecover),
    field("end_recover_before_downgrade", &TrainingRunningRecord::endRecoverBeforeDowngrade));
MA_JSON_OBJECT(TrainingRunningRecord, trainingRunningRecordFields)

void decode(const Json &j, NodeCountPoint &out, const QString &path)
{
    if (!j.is_array() || j.size() < 2)
        throw DecodeError(path, QStringLiteral("expected a [time, node count] pair"));
    decode(j[0], out.timeMs, joinPath(path, 0));
    decode(j[1], out.nodeCount, joinPath(path, 1));
    out.extra = Json::array();
    for (std::size_t i = 2; i < j.size(); ++i)
        out.extra.push_back(j[i]);
}

Json encode(const NodeCountPoint &v)
{
    Json pair = Json::array({ encode(v.timeMs), encode(v.nodeCount) });
    if (v.extra.is_array())
    {
        for (const auto &item : v.extra)
            pair.push_back(item);
    }
    return pair;
}

constexpr auto trainingJobStatusFields = std::make_tuple(field("phase", &TrainingJobStatus::phase),
    field("secondary_phase", &TrainingJobStatus::secondaryPhase), field("duration", &TrainingJobStatus::duration),
    field("start_time", &TrainingJobStatus::startTime),
    field("node_count_metrics", &TrainingJobStatus::nodeCountMetrics), field("tasks", &TrainingJobStatus::tasks),
    field("task_statuses", &TrainingJobStatus::taskStatuses),
    field("running_records", &TrainingJobStatus::runningRecords));
MA_JSON_OBJECT(TrainingJobStatus, trainingJobStatusFields)

// ---------------------------------------------------------------------------------------
// algorithm

constexpr auto parameterConstraintFields
    = std::make_tuple(field("type", &ParameterConstraint::type), field("editable", &ParameterConstraint::editable),
        field("required", &ParameterConstraint::required), field("sensitive", &ParameterConstraint::sensitive),
        field("valid_type", &ParameterConstraint::validType), field("valid_range", &ParameterConstraint::validRange));
MA_JSON_OBJECT(ParameterConstraint, parameterConstraintFields)

constexpr auto i18nDescriptionFields = std::make_tuple(
    field("language", &I18nDescription::language), field("description", &I18nDescription::description));
MA_JSON_OBJECT(I18nDescription, i18nDescriptionFields)

constexpr auto algorithmParameterFields
    = std::make_tuple(field("name", &AlgorithmParameter::name), field("value", &AlgorithmParameter::value),
        field("description", &AlgorithmParameter::description), field("constraint", &AlgorithmParameter::constraint),
        field("i18n_description", &AlgorithmParameter::i18nDescription));
MA_JSON_OBJECT(AlgorithmParameter, algorithmParameterFields)

constexpr auto rewardAttrFields = std::make_tuple(
    field("name", &RewardAttr::name), field("mode", &RewardAttr::mode), field("regex", &RewardAttr::regex));
MA_JSON_OBJECT(RewardAttr, rewardAttrFields)

constexpr auto searchParamFields = std::make_tuple(field("name", &SearchParam::name),
    field("param_type", &SearchParam::paramType), field("lower_bound", &SearchParam::lowerBound),
    field("upper_bound", &SearchParam::upperBound), field("discrete_points_num", &SearchParam::discretePointsNum),
    field("discrete_values", &SearchParam::discreteValues));
MA_JSON_OBJECT(SearchParam, searchParamFields)

constexpr auto algoConfigParamFields = std::make_tuple(field("key", &AlgoConfigParam::key),
    field("value", &AlgoConfigParam::value), field("type", &AlgoConfigParam::type));
MA_JSON_OBJECT(AlgoConfigParam, algoConfigParamFields)

constexpr auto algoConfigFields
    = std::make_tuple(field("name", &AlgoConfig::name), field("params", &AlgoConfig::params));
MA_JSON_OBJECT(AlgoConfig, algoConfigFields)

constexpr auto autoSearchPolicyFields
    = std::make_tuple(field("skip_search_params", &AutoSearchPolicy::skipSearchParams),
        field("reward_attrs", &AutoSearchPolicy::rewardAttrs), field("search_params", &AutoSearchPolicy::searchParams),
        field("algo_configs", &AutoSearchPolicy::algoConfigs));
MA_JSON_OBJECT(AutoSearchPolicy, autoSearchPolicyFields)

constexpr auto algorithmPoliciesFields = std::make_tuple(field("auto_search", &AlgorithmPolicies::autoSearch));
MA_JSON_OBJECT(AlgorithmPolicies, algorithmPoliciesFields)

constexpr auto datasetRefFields = std::make_tuple(
    field("id", &DatasetRef::id), field("version_id", &DatasetRef::versionId), field("obs_url", &DatasetRef::obsUrl));
MA_JSON_OBJECT(DatasetRef, datasetRefFields)

constexpr auto obsRefFields = std::make_tuple(field("obs_url", &ObsRef::obsUrl));
MA_JSON_OBJECT(ObsRef, obsRefFields)

constexpr auto dataRemoteFields
    = std::make_tuple(field("dataset", &DataRemote::dataset), field("obs", &DataRemote::obs));
MA_JSON_OBJECT(DataRemote, dataRemoteFields)

constexpr auto remoteConstraintFields = std::make_tuple(
    field("data_type", &RemoteConstraint::dataType), field("attributes", &RemoteConstraint::attributes));
MA_JSON_OBJECT(RemoteConstraint, remoteConstraintFields)

constexpr auto algorithmInputFields
    = std::make_tuple(field("name", &AlgorithmInput::name), field("description", &AlgorithmInput::description),
        field("local_dir", &AlgorithmInput::localDir), field("access_method", &AlgorithmInput::accessMethod),
        field("remote", &AlgorithmInput::remote), field("remote_constraint", &AlgorithmInput::remoteConstraint));
MA_JSON_OBJECT(AlgorithmInput, algorithmInputFields)

constexpr auto algorithmOutputFields = std::make_tuple(field("name", &AlgorithmOutput::name),
    field("description", &AlgorithmOutput::description), field("local_dir", &AlgorithmOutput::localDir),
    field("access_method", &AlgorithmOutput::accessMethod), field("remote", &AlgorithmOutput::remote));
MA_JSON_OBJECT(AlgorithmOutput, algorithmOutputFields)

constexpr auto algorithmEngineFields = std::make_tuple(field("engine_id", &AlgorithmEngine::engineId),
    field("engine_name", &AlgorithmEngine::engineName), field("engine_version", &AlgorithmEngine::engineVersion),
    field("image_url", &AlgorithmEngine::imageUrl),
    field("install_sys_packages", &AlgorithmEngine::installSysPackages));
MA_JSON_OBJECT(AlgorithmEngine, algorithmEngineFields)

constexpr auto trainingAlgorithmFields = std::make_tuple(field("id", &TrainingAlgorithm::id),
    field("name", &TrainingAlgorithm::name), field("subscription_id", &TrainingAlgorithm::subscriptionId),
    field("item_version_id", &TrainingAlgorithm::itemVersionId), field("code_dir", &TrainingAlgorithm::codeDir),
    field("boot_file", &TrainingAlgorithm::bootFile), field("command", &TrainingAlgorithm::command),
    field("autosearch_config_path", &TrainingAlgorithm::autosearchConfigPath),
    field("autosearch_framework_path", &TrainingAlgorithm::autosearchFrameworkPath),
    field("parameters", &TrainingAlgorithm::parameters), field("policies", &TrainingAlgorithm::policies),
    field("inputs", &TrainingAlgorithm::inputs), field("outputs", &TrainingAlgorithm::outputs),
    field("engine", &TrainingAlgorithm::engine), field("local_code_dir", &TrainingAlgorithm::localCodeDir),
    field("working_dir", &TrainingAlgorithm::workingDir), field("environments", &TrainingAlgorithm::environments),
    field("summary", &TrainingAlgorithm::summary));
MA_JSON_OBJECT(TrainingAlgorithm, trainingAlgorithmFields)

// ---------------------------------------------------------------------------------------
// flavors

constexpr auto flavorCpuFields
    = std::make_tuple(field("arch", &FlavorCpu::arch), field("core_num", &FlavorCpu::coreNum));
MA_JSON_OBJECT(FlavorCpu, flavorCpuFields)

constexpr auto flavorGpuFields = std::make_tuple(field("unit_num", &FlavorGpu::unitNum),
    field("product_name", &FlavorGpu::productName), field("memory", &FlavorGpu::memory));
MA_JSON_OBJECT(FlavorGpu, flavorGpuFields)

constexpr auto flavorNpuFields = std::make_tuple(field("unit_num", &FlavorNpu::unitNum),
    field("product_name", &FlavorNpu::productName), field("memory", &FlavorNpu::memory));
MA_JSON_OBJECT(FlavorNpu, flavorNpuFields)

constexpr auto flavorSizeFields = std::make_tuple(field("size", &FlavorSize::size), field("unit", &FlavorSize::unit));
MA_JSON_OBJECT(FlavorSize, flavorSizeFields)

constexpr auto flavorInfoFields = std::make_tuple(field("max_num", &FlavorInfo::maxNum), field("cpu", &FlavorInfo::cpu),
    field("gpu", &FlavorInfo::gpu), field("npu", &FlavorInfo::npu), field("memory", &FlavorInfo::memory),
    field("disk", &FlavorInfo::disk));
MA_JSON_OBJECT(FlavorInfo, flavorInfoFields)

constexpr auto flavorBillingFields
    = std::make_tuple(field("code", &FlavorBilling::code), field("unit_num", &FlavorBilling::unitNum));
MA_JSON_OBJECT(FlavorBilling, flavorBillingFields)

constexpr auto flavorDetailFields = std::make_tuple(field("flavor_type", &FlavorDetail::flavorType),
    field("billing", &FlavorDetail::billing), field("flavor_info", &FlavorDetail::flavorInfo));
MA_JSON_OBJECT(FlavorDetail, flavorDetailFields)

// ---------------------------------------------------------------------------------------
// tasks[] and spec

constexpr auto taskResourceFields = std::make_tuple(field("flavor_id", &TaskResource::flavorId),
    field("flavor_name", &TaskResource::flavorName), field("flavor_type", &TaskResource::flavorType),
    field("node_count", &TaskResource::nodeCount), field("max_num", &TaskResource::maxNum),
    field("billing", &TaskResource::billing), field("flavor_info", &TaskResource::flavorInfo));
MA_JSON_OBJECT(TaskResource, taskResourceFields)

constexpr auto trainingTaskSpecFields = std::make_tuple(field("role", &TrainingTaskSpec::role),
    field("algorithm", &TrainingTaskSpec::algorithm), field("task_resource", &TrainingTaskSpec::taskResource));
MA_JSON_OBJECT(TrainingTaskSpec, trainingTaskSpecFields)

constexpr auto trainingResourceFields
    = std::make_tuple(field("policy", &TrainingResource::policy), field("flavor_id", &TrainingResource::flavorId),
        field("flavor_name", &TrainingResource::flavorName), field("node_count", &TrainingResource::nodeCount),
        field("pool_id", &TrainingResource::poolId), field("flavor_detail", &TrainingResource::flavorDetail));
MA_JSON_OBJECT(TrainingResource, trainingResourceFields)

constexpr auto nfsVolumeFields = std::make_tuple(field("nfs_server_path", &NfsVolume::nfsServerPath),
    field("local_path", &NfsVolume::localPath), field("read_only", &NfsVolume::readOnly));
MA_JSON_OBJECT(NfsVolume, nfsVolumeFields)

constexpr auto pfsVolumeFields
    = std::make_tuple(field("pfs_path", &PfsVolume::pfsPath), field("local_path", &PfsVolume::localPath));
MA_JSON_OBJECT(PfsVolume, pfsVolumeFields)

constexpr auto obsVolumeFields
    = std::make_tuple(field("obs_path", &ObsVolume::obsPath), field("local_path", &ObsVolume::localPath));
MA_JSON_OBJECT(ObsVolume, obsVolumeFields)

constexpr auto trainingVolumeFields = std::make_tuple(
    field("nfs", &TrainingVolume::nfs), field("pfs", &TrainingVolume::pfs), field("obs", &TrainingVolume::obs));
MA_JSON_OBJECT(TrainingVolume, trainingVolumeFields)

constexpr auto logExportPathFields
    = std::make_tuple(field("obs_url", &LogExportPath::obsUrl), field("host_path", &LogExportPath::hostPath));
MA_JSON_OBJECT(LogExportPath, logExportPathFields)

constexpr auto autoStopFields
    = std::make_tuple(field("time_unit", &AutoStop::timeUnit), field("duration", &AutoStop::duration));
MA_JSON_OBJECT(AutoStop, autoStopFields)

constexpr auto requiredAffinityFields = std::make_tuple(field("affinity_type", &RequiredAffinity::affinityType),
    field("affinity_group_size", &RequiredAffinity::affinityGroupSize));
MA_JSON_OBJECT(RequiredAffinity, requiredAffinityFields)

constexpr auto schedulePolicyFields = std::make_tuple(field("required_affinity", &SchedulePolicy::requiredAffinity),
    field("priority", &SchedulePolicy::priority), field("preemptible", &SchedulePolicy::preemptible));
MA_JSON_OBJECT(SchedulePolicy, schedulePolicyFields)

constexpr auto trainingNotificationFields = std::make_tuple(
    field("topic_urn", &TrainingNotification::topicUrn), field("events", &TrainingNotification::events));
MA_JSON_OBJECT(TrainingNotification, trainingNotificationFields)

constexpr auto trainingSpecFields
    = std::make_tuple(field("resource", &TrainingSpec::resource), field("volumes", &TrainingSpec::volumes),
        field("log_export_path", &TrainingSpec::logExportPath), field("schedule_policy", &TrainingSpec::schedulePolicy),
        field("auto_stop", &TrainingSpec::autoStop), field("notification", &TrainingSpec::notification));
MA_JSON_OBJECT(TrainingSpec, trainingSpecFields)

// ---------------------------------------------------------------------------------------
// endpoints

constexpr auto taskUrlFields = std::make_tuple(field("task", &TaskUrl::task), field("url", &TaskUrl::url));
MA_JSON_OBJECT(TaskUrl, taskUrlFields)

constexpr auto sshEndpointFields
    = std::make_tuple(field("key_pair_names", &SshEndpoint::keyPairNames), field("task_urls", &SshEndpoint::taskUrls));
MA_JSON_OBJECT(SshEndpoint, sshEndpointFields)

constexpr auto webEndpointFields
    = std::make_tuple(field("url", &WebEndpoint::url), field("token", &WebEndpoint::token));
MA_JSON_OBJECT(WebEndpoint, webEndpointFields)

constexpr auto trainingEndpointsFields = std::make_tuple(field("ssh", &TrainingEndpoints::ssh),
    field("jupyter_lab", &TrainingEndpoints::jupyterLab), field("tensorboard", &TrainingEndpoints::tensorboard),
    field("mindstudio_insight", &TrainingEndpoints::mindstudioInsight));
MA_JSON_OBJECT(TrainingEndpoints, trainingEndpointsFields)

// ---------------------------------------------------------------------------------------
// the job, the create request, search, small requests

constexpr auto trainingJobCreateFields
    = std::make_tuple(field("kind", &TrainingJobCreate::kind), field("metadata", &TrainingJobCreate::metadata),
        field("algorithm", &TrainingJobCreate::algorithm), field("tasks", &TrainingJobCreate::tasks),
        field("spec", &TrainingJobCreate::spec), field("endpoints", &TrainingJobCreate::endpoints));
MA_JSON_OBJECT(TrainingJobCreate, trainingJobCreateFields)

constexpr auto trainingJobFields = std::make_tuple(field("kind", &TrainingJob::kind),
    field("metadata", &TrainingJob::metadata), field("status", &TrainingJob::status),
    field("algorithm", &TrainingJob::algorithm), field("tasks", &TrainingJob::tasks), field("spec", &TrainingJob::spec),
    field("endpoints", &TrainingJob::endpoints));

void decode(const Json &j, TrainingJob &out, const QString &path)
{
    decodeObject(j, out, path, trainingJobFields);
    // The metadata struct is shared with the create request, where id does not exist yet;
    // a job without an id cannot be addressed, so it is required here.
    if (!out.metadata.id)
        throw DecodeError(joinPath(joinPath(path, "metadata"), "id"), QStringLiteral("required field is missing"));
}

Json encode(const TrainingJob &v)
{
    return encodeObject(v, trainingJobFields);
}

constexpr auto trainingJobFilterFields = std::make_tuple(field("key", &TrainingJobFilter::key),
    field("operator", &TrainingJobFilter::op), field("value", &TrainingJobFilter::value));
MA_JSON_OBJECT(TrainingJobFilter, trainingJobFilterFields)

constexpr auto trainingJobTagFields
    = std::make_tuple(field("key", &TrainingJobTag::key), field("values", &TrainingJobTag::values));
MA_JSON_OBJECT(TrainingJobTag, trainingJobTagFields)

constexpr auto trainingJobSearchRequestFields = std::make_tuple(field("offset", &TrainingJobSearchRequest::offset),
    field("limit", &TrainingJobSearchRequest::limit), field("sort_by", &TrainingJobSearchRequest::sortBy),
    field("order", &TrainingJobSearchRequest::order), field("group_by", &TrainingJobSearchRequest::groupBy),
    field("filters", &TrainingJobSearchRequest::filters), field("workspace_id", &TrainingJobSearchRequest::workspaceId),
    field("train_type", &TrainingJobSearchRequest::trainType), field("tags", &TrainingJobSearchRequest::tags),
    field("host_ips", &TrainingJobSearchRequest::hostIps));
MA_JSON_OBJECT(TrainingJobSearchRequest, trainingJobSearchRequestFields)

constexpr auto trainingJobSearchResultFields = std::make_tuple(field("total", &TrainingJobSearchResult::total),
    field("count", &TrainingJobSearchResult::count), field("limit", &TrainingJobSearchResult::limit),
    field("offset", &TrainingJobSearchResult::offset), field("sort_by", &TrainingJobSearchResult::sortBy),
    field("order", &TrainingJobSearchResult::order), field("group_by", &TrainingJobSearchResult::groupBy),
    field("workspace_id", &TrainingJobSearchResult::workspaceId),
    field("ai_project", &TrainingJobSearchResult::aiProject), field("train_type", &TrainingJobSearchResult::trainType),
    field("items", &TrainingJobSearchResult::items));
MA_JSON_OBJECT(TrainingJobSearchResult, trainingJobSearchResultFields)

constexpr auto trainingJobDescriptionUpdateFields
    = std::make_tuple(field("description", &TrainingJobDescriptionUpdate::description));
MA_JSON_OBJECT(TrainingJobDescriptionUpdate, trainingJobDescriptionUpdateFields)

constexpr auto trainingJobActionFields = std::make_tuple(field("action_type", &TrainingJobAction::actionType));
MA_JSON_OBJECT(TrainingJobAction, trainingJobActionFields)

TrainingJobAction terminateAction()
{
    TrainingJobAction action;
    action.actionType = QStringLiteral("terminate");
    return action;
}

// ---------------------------------------------------------------------------------------
// flavors, engines

constexpr auto trainingFlavorFields
    = std::make_tuple(field("flavor_id", &TrainingFlavor::flavorId), field("flavor_name", &TrainingFlavor::flavorName),
        field("max_num", &TrainingFlavor::maxNum), field("flavor_type", &TrainingFlavor::flavorType),
        field("billing", &TrainingFlavor::billing), field("flavor_info", &TrainingFlavor::flavorInfo),
        field("attributes", &TrainingFlavor::attributes), field("pool_id", &TrainingFlavor::poolId));
MA_JSON_OBJECT(TrainingFlavor, trainingFlavorFields)

constexpr auto trainingFlavorListFields = std::make_tuple(
    field("total_count", &TrainingFlavorList::totalCount), field("flavors", &TrainingFlavorList::flavors));
MA_JSON_OBJECT(TrainingFlavorList, trainingFlavorListFields)

constexpr auto engineImageInfoFields = std::make_tuple(field("cpu_image_url", &EngineImageInfo::cpuImageUrl),
    field("gpu_image_url", &EngineImageInfo::gpuImageUrl), field("image_version", &EngineImageInfo::imageVersion));
MA_JSON_OBJECT(EngineImageInfo, engineImageInfoFields)

constexpr auto trainingEngineFields
    = std::make_tuple(field("engine_id", &TrainingEngine::engineId), field("engine_name", &TrainingEngine::engineName),
        field("engine_version", &TrainingEngine::engineVersion), field("v1_compatible", &TrainingEngine::v1Compatible),
        field("run_user", &TrainingEngine::runUser), field("image_info", &TrainingEngine::imageInfo));
MA_JSON_OBJECT(TrainingEngine, trainingEngineFields)

constexpr auto trainingEngineListFields
    = std::make_tuple(field("total", &TrainingEngineList::total), field("items", &TrainingEngineList::items));
MA_JSON_OBJECT(TrainingEngineList, trainingEngineListFields)

// ---------------------------------------------------------------------------------------
// events, tasks, logs, metrics, quotas

constexpr auto trainingJobEventFields
    = std::make_tuple(field("time", &TrainingJobEvent::time), field("level", &TrainingJobEvent::level),
        field("message", &TrainingJobEvent::message), field("source", &TrainingJobEvent::source));
MA_JSON_OBJECT(TrainingJobEvent, trainingJobEventFields)

constexpr auto trainingJobEventListFields = std::make_tuple(field("total", &TrainingJobEventList::total),
    field("limit", &TrainingJobEventList::limit), field("offset", &TrainingJobEventList::offset),
    field("order", &TrainingJobEventList::order), field("start_time", &TrainingJobEventList::startTime),
    field("end_time", &TrainingJobEventList::endTime), field("events", &TrainingJobEventList::events));
MA_JSON_OBJECT(TrainingJobEventList, trainingJobEventListFields)

constexpr auto trainingTaskFields = std::make_tuple(field("task", &TrainingTask::task), field("ip", &TrainingTask::ip),
    field("host_ip", &TrainingTask::hostIp), field("schedule_count", &TrainingTask::scheduleCount));
MA_JSON_OBJECT(TrainingTask, trainingTaskFields)

// The text's key changed in 2022 (see decode); the sizes are plain fields.
constexpr auto trainingLogSizeFields = std::make_tuple(
    field("current_size", &TrainingLogPreview::currentSize), field("full_size", &TrainingLogPreview::fullSize));

void decode(const Json &j, TrainingLogPreview &out, const QString &path)
{
    ObjectReader r(j, path);
    std::optional<QString> content;
    r.optional("content", content);
    if (content)
    {
        out.content = *content;
        out.legacyContextKey = false;
    }
    else
    {
        // Bodies from before 2022-03-01 carry the text as "context".
        std::optional<QString> legacy;
        r.optional("context", legacy);
        if (!legacy)
            throw DecodeError(joinPath(path, "content"), QStringLiteral("required field is missing"));
        out.content = *legacy;
        out.legacyContextKey = true;
    }
    readFields(r, out, trainingLogSizeFields);
    out.extra = r.rest();
}

Json encode(const TrainingLogPreview &v)
{
    ObjectWriter w(v.extra);
    w.put(v.legacyContextKey ? "context" : "content", v.content);
    writeFields(w, v, trainingLogSizeFields);
    return w.take();
}

constexpr auto trainingLogUrlFields = std::make_tuple(field("obs_url", &TrainingLogUrl::obsUrl));
MA_JSON_OBJECT(TrainingLogUrl, trainingLogUrlFields)

constexpr auto trainingMetricSeriesFields
    = std::make_tuple(field("metric", &TrainingMetricSeries::metric), field("value", &TrainingMetricSeries::value));
MA_JSON_OBJECT(TrainingMetricSeries, trainingMetricSeriesFields)

constexpr auto trainingMetricsFields = std::make_tuple(field("metrics", &TrainingMetrics::metrics));
MA_JSON_OBJECT(TrainingMetrics, trainingMetricsFields)

bool isMetricNoData(double value)
{
    // -1 is the documented marker; the API sends it as an exact integer.
    return value == kMetricNoData;
}

const TrainingMetricSeries *findMetric(const TrainingMetrics &metrics, const QString &metric)
{
    for (const TrainingMetricSeries &series : metrics.metrics)
    {
        if (series.metric == metric)
            return &series;
    }
    return nullptr;
}

constexpr auto trainingQuotaFields = std::make_tuple(field("resource", &TrainingQuota::resource),
    field("quota", &TrainingQuota::quota), field("used", &TrainingQuota::used));
MA_JSON_OBJECT(TrainingQuota, trainingQuotaFields)

constexpr auto trainingQuotasFields = std::make_tuple(field("quotas", &TrainingQuotas::quotas));
MA_JSON_OBJECT(TrainingQuotas, trainingQuotasFields)

constexpr auto tmsTagFields = std::make_tuple(field("key", &TmsTag::key), field("value", &TmsTag::value));
MA_JSON_OBJECT(TmsTag, tmsTagFields)

constexpr auto trainingJobTagListFields = std::make_tuple(field("tags", &TrainingJobTagList::tags));
MA_JSON_OBJECT(TrainingJobTagList, trainingJobTagListFields)

constexpr auto autoSearchTrialTableFields
    = std::make_tuple(field("header", &AutoSearchTrialTable::header), field("data", &AutoSearchTrialTable::data));
MA_JSON_OBJECT(AutoSearchTrialTable, autoSearchTrialTableFields)

constexpr auto autoSearchTrialsFields
    = std::make_tuple(field("total", &AutoSearchTrials::total), field("count", &AutoSearchTrials::count),
        field("limit", &AutoSearchTrials::limit), field("offset", &AutoSearchTrials::offset),
        field("group_by", &AutoSearchTrials::groupBy), field("items", &AutoSearchTrials::items));
MA_JSON_OBJECT(AutoSearchTrials, autoSearchTrialsFields)

} // namespace ma::api
