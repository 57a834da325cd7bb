#include "training.h"

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

qint64 LooseScalar::toInt(bool *ok) const
{
    // Reuse the codec's integer rules (exact digit strings, whole floats) and report
    // failure instead of throwing.
    qint64 value = 0;
    bool good = !m_value.is_null() && !m_value.is_boolean();
    if (good)
    {
        try
        {
            ma::api::decode(m_value, value, QString());
        }
        catch (const DecodeError &)
        {
            good = false;
            value = 0;
        }
    }
    if (ok)
        *ok = good;
    return value;
}

double LooseScalar::toDouble(bool *ok) const
{
    double value = 0;
    bool good = !m_value.is_null() && !m_value.is_boolean();
    if (good)
    {
        try
        {
            ma::api::decode(m_value, value, QString());
        }
        catch (const DecodeError &)
        {
            good = false;
            value = 0;
        }
    }
    if (ok)
        *ok = good;
    return value;
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

void decode(const Json &j, TrainingJobMetadata &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.required("name", out.name);
    r.optional("workspace_id", out.workspaceId);
    r.optional("description", out.description);
    r.optional("create_time", out.createTime);
    r.optional("user_name", out.userName);
    r.optional("annotations", out.annotations);
    out.extra = r.rest();
}

Json encode(const TrainingJobMetadata &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("workspace_id", v.workspaceId);
    w.put("description", v.description);
    w.put("create_time", v.createTime);
    w.put("user_name", v.userName);
    w.put("annotations", v.annotations);
    return w.take();
}

void decode(const Json &j, TrainingTaskStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("task", out.task);
    r.optional("exit_code", out.exitCode);
    r.optional("message", out.message);
    out.extra = r.rest();
}

Json encode(const TrainingTaskStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("task", v.task);
    w.put("exit_code", v.exitCode);
    w.put("message", v.message);
    return w.take();
}

void decode(const Json &j, TrainingRunningRecord &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("start_at", out.startAt);
    r.optional("end_at", out.endAt);
    r.optional("start_type", out.startType);
    r.optional("end_reason", out.endReason);
    r.optional("end_related_task", out.endRelatedTask);
    r.optional("end_recover", out.endRecover);
    r.optional("end_recover_before_downgrade", out.endRecoverBeforeDowngrade);
    out.extra = r.rest();
}

Json encode(const TrainingRunningRecord &v)
{
    ObjectWriter w(v.extra);
    w.put("start_at", v.startAt);
    w.put("end_at", v.endAt);
    w.put("start_type", v.startType);
    w.put("end_reason", v.endReason);
    w.put("end_related_task", v.endRelatedTask);
    w.put("end_recover", v.endRecover);
    w.put("end_recover_before_downgrade", v.endRecoverBeforeDowngrade);
    return w.take();
}

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

void decode(const Json &j, TrainingJobStatus &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("phase", out.phase);
    r.optional("secondary_phase", out.secondaryPhase);
    r.optional("duration", out.duration);
    r.optional("start_time", out.startTime);
    r.optional("node_count_metrics", out.nodeCountMetrics);
    r.optional("tasks", out.tasks);
    r.optional("task_statuses", out.taskStatuses);
    r.optional("running_records", out.runningRecords);
    out.extra = r.rest();
}

Json encode(const TrainingJobStatus &v)
{
    ObjectWriter w(v.extra);
    w.put("phase", v.phase);
    w.put("secondary_phase", v.secondaryPhase);
    w.put("duration", v.duration);
    w.put("start_time", v.startTime);
    w.put("node_count_metrics", v.nodeCountMetrics);
    w.put("tasks", v.tasks);
    w.put("task_statuses", v.taskStatuses);
    w.put("running_records", v.runningRecords);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// algorithm

void decode(const Json &j, ParameterConstraint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("type", out.type);
    r.optional("editable", out.editable);
    r.optional("required", out.required);
    r.optional("sensitive", out.sensitive);
    r.optional("valid_type", out.validType);
    r.optional("valid_range", out.validRange);
    out.extra = r.rest();
}

Json encode(const ParameterConstraint &v)
{
    ObjectWriter w(v.extra);
    w.put("type", v.type);
    w.put("editable", v.editable);
    w.put("required", v.required);
    w.put("sensitive", v.sensitive);
    w.put("valid_type", v.validType);
    w.put("valid_range", v.validRange);
    return w.take();
}

void decode(const Json &j, I18nDescription &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("language", out.language);
    r.optional("description", out.description);
    out.extra = r.rest();
}

Json encode(const I18nDescription &v)
{
    ObjectWriter w(v.extra);
    w.put("language", v.language);
    w.put("description", v.description);
    return w.take();
}

void decode(const Json &j, AlgorithmParameter &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("name", out.name);
    r.optional("value", out.value);
    r.optional("description", out.description);
    r.optional("constraint", out.constraint);
    r.optional("i18n_description", out.i18nDescription);
    out.extra = r.rest();
}

Json encode(const AlgorithmParameter &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("value", v.value);
    w.put("description", v.description);
    w.put("constraint", v.constraint);
    w.put("i18n_description", v.i18nDescription);
    return w.take();
}

void decode(const Json &j, RewardAttr &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("mode", out.mode);
    r.optional("regex", out.regex);
    out.extra = r.rest();
}

Json encode(const RewardAttr &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("mode", v.mode);
    w.put("regex", v.regex);
    return w.take();
}

void decode(const Json &j, SearchParam &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("param_type", out.paramType);
    r.optional("lower_bound", out.lowerBound);
    r.optional("upper_bound", out.upperBound);
    r.optional("discrete_points_num", out.discretePointsNum);
    r.optional("discrete_values", out.discreteValues);
    out.extra = r.rest();
}

Json encode(const SearchParam &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("param_type", v.paramType);
    w.put("lower_bound", v.lowerBound);
    w.put("upper_bound", v.upperBound);
    w.put("discrete_points_num", v.discretePointsNum);
    w.put("discrete_values", v.discreteValues);
    return w.take();
}

void decode(const Json &j, AlgoConfigParam &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("key", out.key);
    r.optional("value", out.value);
    r.optional("type", out.type);
    out.extra = r.rest();
}

Json encode(const AlgoConfigParam &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    w.put("value", v.value);
    w.put("type", v.type);
    return w.take();
}

void decode(const Json &j, AlgoConfig &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("params", out.params);
    out.extra = r.rest();
}

Json encode(const AlgoConfig &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("params", v.params);
    return w.take();
}

void decode(const Json &j, AutoSearchPolicy &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("skip_search_params", out.skipSearchParams);
    r.optional("reward_attrs", out.rewardAttrs);
    r.optional("search_params", out.searchParams);
    r.optional("algo_configs", out.algoConfigs);
    out.extra = r.rest();
}

Json encode(const AutoSearchPolicy &v)
{
    ObjectWriter w(v.extra);
    w.put("skip_search_params", v.skipSearchParams);
    w.put("reward_attrs", v.rewardAttrs);
    w.put("search_params", v.searchParams);
    w.put("algo_configs", v.algoConfigs);
    return w.take();
}

void decode(const Json &j, AlgorithmPolicies &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("auto_search", out.autoSearch);
    out.extra = r.rest();
}

Json encode(const AlgorithmPolicies &v)
{
    ObjectWriter w(v.extra);
    w.put("auto_search", v.autoSearch);
    return w.take();
}

void decode(const Json &j, DatasetRef &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("id", out.id);
    r.optional("version_id", out.versionId);
    r.optional("obs_url", out.obsUrl);
    out.extra = r.rest();
}

Json encode(const DatasetRef &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("version_id", v.versionId);
    w.put("obs_url", v.obsUrl);
    return w.take();
}

void decode(const Json &j, ObsRef &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("obs_url", out.obsUrl);
    out.extra = r.rest();
}

Json encode(const ObsRef &v)
{
    ObjectWriter w(v.extra);
    w.put("obs_url", v.obsUrl);
    return w.take();
}

void decode(const Json &j, DataRemote &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("dataset", out.dataset);
    r.optional("obs", out.obs);
    out.extra = r.rest();
}

Json encode(const DataRemote &v)
{
    ObjectWriter w(v.extra);
    w.put("dataset", v.dataset);
    w.put("obs", v.obs);
    return w.take();
}

void decode(const Json &j, RemoteConstraint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("data_type", out.dataType);
    r.optional("attributes", out.attributes);
    out.extra = r.rest();
}

Json encode(const RemoteConstraint &v)
{
    ObjectWriter w(v.extra);
    w.put("data_type", v.dataType);
    w.put("attributes", v.attributes);
    return w.take();
}

void decode(const Json &j, AlgorithmInput &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("name", out.name);
    r.optional("description", out.description);
    r.optional("local_dir", out.localDir);
    r.required("remote", out.remote);
    r.optional("remote_constraint", out.remoteConstraint);
    out.extra = r.rest();
}

Json encode(const AlgorithmInput &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("local_dir", v.localDir);
    w.put("remote", v.remote);
    w.put("remote_constraint", v.remoteConstraint);
    return w.take();
}

void decode(const Json &j, AlgorithmOutput &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("name", out.name);
    r.optional("description", out.description);
    r.optional("local_dir", out.localDir);
    r.required("remote", out.remote);
    out.extra = r.rest();
}

Json encode(const AlgorithmOutput &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("local_dir", v.localDir);
    w.put("remote", v.remote);
    return w.take();
}

void decode(const Json &j, AlgorithmEngine &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("engine_id", out.engineId);
    r.optional("engine_name", out.engineName);
    r.optional("engine_version", out.engineVersion);
    r.optional("image_url", out.imageUrl);
    r.optional("install_sys_packages", out.installSysPackages);
    out.extra = r.rest();
}

Json encode(const AlgorithmEngine &v)
{
    ObjectWriter w(v.extra);
    w.put("engine_id", v.engineId);
    w.put("engine_name", v.engineName);
    w.put("engine_version", v.engineVersion);
    w.put("image_url", v.imageUrl);
    w.put("install_sys_packages", v.installSysPackages);
    return w.take();
}

void decode(const Json &j, TrainingAlgorithm &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    r.optional("subscription_id", out.subscriptionId);
    r.optional("item_version_id", out.itemVersionId);
    r.optional("code_dir", out.codeDir);
    r.optional("boot_file", out.bootFile);
    r.optional("command", out.command);
    r.optional("autosearch_config_path", out.autosearchConfigPath);
    r.optional("autosearch_framework_path", out.autosearchFrameworkPath);
    r.optional("parameters", out.parameters);
    r.optional("policies", out.policies);
    r.optional("inputs", out.inputs);
    r.optional("outputs", out.outputs);
    r.optional("engine", out.engine);
    r.optional("local_code_dir", out.localCodeDir);
    r.optional("working_dir", out.workingDir);
    r.optional("environments", out.environments);
    r.optional("summary", out.summary);
    out.extra = r.rest();
}

Json encode(const TrainingAlgorithm &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("subscription_id", v.subscriptionId);
    w.put("item_version_id", v.itemVersionId);
    w.put("code_dir", v.codeDir);
    w.put("boot_file", v.bootFile);
    w.put("command", v.command);
    w.put("autosearch_config_path", v.autosearchConfigPath);
    w.put("autosearch_framework_path", v.autosearchFrameworkPath);
    w.put("parameters", v.parameters);
    w.put("policies", v.policies);
    w.put("inputs", v.inputs);
    w.put("outputs", v.outputs);
    w.put("engine", v.engine);
    w.put("local_code_dir", v.localCodeDir);
    w.put("working_dir", v.workingDir);
    w.put("environments", v.environments);
    w.put("summary", v.summary);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// flavors

void decode(const Json &j, FlavorCpu &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("arch", out.arch);
    r.optional("core_num", out.coreNum);
    out.extra = r.rest();
}

Json encode(const FlavorCpu &v)
{
    ObjectWriter w(v.extra);
    w.put("arch", v.arch);
    w.put("core_num", v.coreNum);
    return w.take();
}

void decode(const Json &j, FlavorGpu &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("unit_num", out.unitNum);
    r.optional("product_name", out.productName);
    r.optional("memory", out.memory);
    out.extra = r.rest();
}

Json encode(const FlavorGpu &v)
{
    ObjectWriter w(v.extra);
    w.put("unit_num", v.unitNum);
    w.put("product_name", v.productName);
    w.put("memory", v.memory);
    return w.take();
}

void decode(const Json &j, FlavorNpu &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("unit_num", out.unitNum);
    r.optional("product_name", out.productName);
    r.optional("memory", out.memory);
    out.extra = r.rest();
}

Json encode(const FlavorNpu &v)
{
    ObjectWriter w(v.extra);
    w.put("unit_num", v.unitNum);
    w.put("product_name", v.productName);
    w.put("memory", v.memory);
    return w.take();
}

void decode(const Json &j, FlavorSize &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("size", out.size);
    r.optional("unit", out.unit);
    out.extra = r.rest();
}

Json encode(const FlavorSize &v)
{
    ObjectWriter w(v.extra);
    w.put("size", v.size);
    w.put("unit", v.unit);
    return w.take();
}

void decode(const Json &j, FlavorInfo &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("max_num", out.maxNum);
    r.optional("cpu", out.cpu);
    r.optional("gpu", out.gpu);
    r.optional("npu", out.npu);
    r.optional("memory", out.memory);
    r.optional("disk", out.disk);
    out.extra = r.rest();
}

Json encode(const FlavorInfo &v)
{
    ObjectWriter w(v.extra);
    w.put("max_num", v.maxNum);
    w.put("cpu", v.cpu);
    w.put("gpu", v.gpu);
    w.put("npu", v.npu);
    w.put("memory", v.memory);
    w.put("disk", v.disk);
    return w.take();
}

void decode(const Json &j, FlavorBilling &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("code", out.code);
    r.optional("unit_num", out.unitNum);
    out.extra = r.rest();
}

Json encode(const FlavorBilling &v)
{
    ObjectWriter w(v.extra);
    w.put("code", v.code);
    w.put("unit_num", v.unitNum);
    return w.take();
}

void decode(const Json &j, FlavorDetail &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("flavor_type", out.flavorType);
    r.optional("billing", out.billing);
    r.optional("flavor_info", out.flavorInfo);
    out.extra = r.rest();
}

Json encode(const FlavorDetail &v)
{
    ObjectWriter w(v.extra);
    w.put("flavor_type", v.flavorType);
    w.put("billing", v.billing);
    w.put("flavor_info", v.flavorInfo);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// tasks[] and spec

void decode(const Json &j, TaskResource &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("flavor_id", out.flavorId);
    r.optional("flavor_name", out.flavorName);
    r.optional("flavor_type", out.flavorType);
    r.optional("node_count", out.nodeCount);
    r.optional("max_num", out.maxNum);
    r.optional("billing", out.billing);
    r.optional("flavor_info", out.flavorInfo);
    out.extra = r.rest();
}

Json encode(const TaskResource &v)
{
    ObjectWriter w(v.extra);
    w.put("flavor_id", v.flavorId);
    w.put("flavor_name", v.flavorName);
    w.put("flavor_type", v.flavorType);
    w.put("node_count", v.nodeCount);
    w.put("max_num", v.maxNum);
    w.put("billing", v.billing);
    w.put("flavor_info", v.flavorInfo);
    return w.take();
}

void decode(const Json &j, TrainingTaskSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("role", out.role);
    r.optional("algorithm", out.algorithm);
    r.optional("task_resource", out.taskResource);
    out.extra = r.rest();
}

Json encode(const TrainingTaskSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("role", v.role);
    w.put("algorithm", v.algorithm);
    w.put("task_resource", v.taskResource);
    return w.take();
}

void decode(const Json &j, TrainingResource &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("policy", out.policy);
    r.optional("flavor_id", out.flavorId);
    r.optional("flavor_name", out.flavorName);
    r.optional("node_count", out.nodeCount);
    r.optional("pool_id", out.poolId);
    r.optional("flavor_detail", out.flavorDetail);
    out.extra = r.rest();
}

Json encode(const TrainingResource &v)
{
    ObjectWriter w(v.extra);
    w.put("policy", v.policy);
    w.put("flavor_id", v.flavorId);
    w.put("flavor_name", v.flavorName);
    w.put("node_count", v.nodeCount);
    w.put("pool_id", v.poolId);
    w.put("flavor_detail", v.flavorDetail);
    return w.take();
}

void decode(const Json &j, NfsVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("nfs_server_path", out.nfsServerPath);
    r.optional("local_path", out.localPath);
    r.optional("read_only", out.readOnly);
    out.extra = r.rest();
}

Json encode(const NfsVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("nfs_server_path", v.nfsServerPath);
    w.put("local_path", v.localPath);
    w.put("read_only", v.readOnly);
    return w.take();
}

void decode(const Json &j, PfsVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("pfs_path", out.pfsPath);
    r.optional("local_path", out.localPath);
    out.extra = r.rest();
}

Json encode(const PfsVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("pfs_path", v.pfsPath);
    w.put("local_path", v.localPath);
    return w.take();
}

void decode(const Json &j, ObsVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("obs_path", out.obsPath);
    r.optional("local_path", out.localPath);
    out.extra = r.rest();
}

Json encode(const ObsVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("obs_path", v.obsPath);
    w.put("local_path", v.localPath);
    return w.take();
}

void decode(const Json &j, TrainingVolume &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("nfs", out.nfs);
    r.optional("pfs", out.pfs);
    r.optional("obs", out.obs);
    out.extra = r.rest();
}

Json encode(const TrainingVolume &v)
{
    ObjectWriter w(v.extra);
    w.put("nfs", v.nfs);
    w.put("pfs", v.pfs);
    w.put("obs", v.obs);
    return w.take();
}

void decode(const Json &j, LogExportPath &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("obs_url", out.obsUrl);
    r.optional("host_path", out.hostPath);
    out.extra = r.rest();
}

Json encode(const LogExportPath &v)
{
    ObjectWriter w(v.extra);
    w.put("obs_url", v.obsUrl);
    w.put("host_path", v.hostPath);
    return w.take();
}

void decode(const Json &j, AutoStop &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("time_unit", out.timeUnit);
    r.optional("duration", out.duration);
    out.extra = r.rest();
}

Json encode(const AutoStop &v)
{
    ObjectWriter w(v.extra);
    w.put("time_unit", v.timeUnit);
    w.put("duration", v.duration);
    return w.take();
}

void decode(const Json &j, RequiredAffinity &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("affinity_type", out.affinityType);
    r.optional("affinity_group_size", out.affinityGroupSize);
    out.extra = r.rest();
}

Json encode(const RequiredAffinity &v)
{
    ObjectWriter w(v.extra);
    w.put("affinity_type", v.affinityType);
    w.put("affinity_group_size", v.affinityGroupSize);
    return w.take();
}

void decode(const Json &j, SchedulePolicy &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("required_affinity", out.requiredAffinity);
    r.optional("priority", out.priority);
    r.optional("preemptible", out.preemptible);
    out.extra = r.rest();
}

Json encode(const SchedulePolicy &v)
{
    ObjectWriter w(v.extra);
    w.put("required_affinity", v.requiredAffinity);
    w.put("priority", v.priority);
    w.put("preemptible", v.preemptible);
    return w.take();
}

void decode(const Json &j, TrainingNotification &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("topic_urn", out.topicUrn);
    r.optional("events", out.events);
    out.extra = r.rest();
}

Json encode(const TrainingNotification &v)
{
    ObjectWriter w(v.extra);
    w.put("topic_urn", v.topicUrn);
    w.put("events", v.events);
    return w.take();
}

void decode(const Json &j, TrainingSpec &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("resource", out.resource);
    r.optional("volumes", out.volumes);
    r.optional("log_export_path", out.logExportPath);
    r.optional("schedule_policy", out.schedulePolicy);
    r.optional("auto_stop", out.autoStop);
    r.optional("notification", out.notification);
    out.extra = r.rest();
}

Json encode(const TrainingSpec &v)
{
    ObjectWriter w(v.extra);
    w.put("resource", v.resource);
    w.put("volumes", v.volumes);
    w.put("log_export_path", v.logExportPath);
    w.put("schedule_policy", v.schedulePolicy);
    w.put("auto_stop", v.autoStop);
    w.put("notification", v.notification);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// endpoints

void decode(const Json &j, TaskUrl &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("task", out.task);
    r.optional("url", out.url);
    out.extra = r.rest();
}

Json encode(const TaskUrl &v)
{
    ObjectWriter w(v.extra);
    w.put("task", v.task);
    w.put("url", v.url);
    return w.take();
}

void decode(const Json &j, SshEndpoint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("key_pair_names", out.keyPairNames);
    r.optional("task_urls", out.taskUrls);
    out.extra = r.rest();
}

Json encode(const SshEndpoint &v)
{
    ObjectWriter w(v.extra);
    w.put("key_pair_names", v.keyPairNames);
    w.put("task_urls", v.taskUrls);
    return w.take();
}

void decode(const Json &j, WebEndpoint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("url", out.url);
    r.optional("token", out.token);
    out.extra = r.rest();
}

Json encode(const WebEndpoint &v)
{
    ObjectWriter w(v.extra);
    w.put("url", v.url);
    w.put("token", v.token);
    return w.take();
}

void decode(const Json &j, TrainingEndpoints &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("ssh", out.ssh);
    r.optional("jupyter_lab", out.jupyterLab);
    r.optional("tensorboard", out.tensorboard);
    r.optional("mindstudio_insight", out.mindstudioInsight);
    out.extra = r.rest();
}

Json encode(const TrainingEndpoints &v)
{
    ObjectWriter w(v.extra);
    w.put("ssh", v.ssh);
    w.put("jupyter_lab", v.jupyterLab);
    w.put("tensorboard", v.tensorboard);
    w.put("mindstudio_insight", v.mindstudioInsight);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// the job, the create request, search, small requests

void decode(const Json &j, TrainingJobCreate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("kind", out.kind);
    r.required("metadata", out.metadata);
    r.optional("algorithm", out.algorithm);
    r.optional("tasks", out.tasks);
    r.optional("spec", out.spec);
    r.optional("endpoints", out.endpoints);
    out.extra = r.rest();
}

Json encode(const TrainingJobCreate &v)
{
    ObjectWriter w(v.extra);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("algorithm", v.algorithm);
    w.put("tasks", v.tasks);
    w.put("spec", v.spec);
    w.put("endpoints", v.endpoints);
    return w.take();
}

void decode(const Json &j, TrainingJob &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("kind", out.kind);
    r.required("metadata", out.metadata);
    // The metadata struct is shared with the create request, where id does not exist yet;
    // a job without an id cannot be addressed, so it is required here.
    if (!out.metadata.id)
        throw DecodeError(joinPath(joinPath(path, "metadata"), "id"), QStringLiteral("required field is missing"));
    r.required("status", out.status);
    r.optional("algorithm", out.algorithm);
    r.optional("tasks", out.tasks);
    r.optional("spec", out.spec);
    r.optional("endpoints", out.endpoints);
    out.extra = r.rest();
}

Json encode(const TrainingJob &v)
{
    ObjectWriter w(v.extra);
    w.put("kind", v.kind);
    w.put("metadata", v.metadata);
    w.put("status", v.status);
    w.put("algorithm", v.algorithm);
    w.put("tasks", v.tasks);
    w.put("spec", v.spec);
    w.put("endpoints", v.endpoints);
    return w.take();
}

void decode(const Json &j, TrainingJobFilter &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("key", out.key);
    r.required("operator", out.op);
    r.optional("value", out.value);
    out.extra = r.rest();
}

Json encode(const TrainingJobFilter &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    w.put("operator", v.op);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, TrainingJobTag &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("key", out.key);
    r.optional("values", out.values);
    out.extra = r.rest();
}

Json encode(const TrainingJobTag &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    w.put("values", v.values);
    return w.take();
}

void decode(const Json &j, TrainingJobSearchRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("offset", out.offset);
    r.optional("limit", out.limit);
    r.optional("sort_by", out.sortBy);
    r.optional("order", out.order);
    r.optional("group_by", out.groupBy);
    r.optional("filters", out.filters);
    r.optional("workspace_id", out.workspaceId);
    r.optional("train_type", out.trainType);
    r.optional("tags", out.tags);
    r.optional("host_ips", out.hostIps);
    out.extra = r.rest();
}

Json encode(const TrainingJobSearchRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("offset", v.offset);
    w.put("limit", v.limit);
    w.put("sort_by", v.sortBy);
    w.put("order", v.order);
    w.put("group_by", v.groupBy);
    w.put("filters", v.filters);
    w.put("workspace_id", v.workspaceId);
    w.put("train_type", v.trainType);
    w.put("tags", v.tags);
    w.put("host_ips", v.hostIps);
    return w.take();
}

void decode(const Json &j, TrainingJobSearchResult &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("total", out.total);
    r.optional("count", out.count);
    r.optional("limit", out.limit);
    r.optional("offset", out.offset);
    r.optional("sort_by", out.sortBy);
    r.optional("order", out.order);
    r.optional("group_by", out.groupBy);
    r.optional("workspace_id", out.workspaceId);
    r.optional("ai_project", out.aiProject);
    r.optional("train_type", out.trainType);
    r.required("items", out.items);
    out.extra = r.rest();
}

Json encode(const TrainingJobSearchResult &v)
{
    ObjectWriter w(v.extra);
    w.put("total", v.total);
    w.put("count", v.count);
    w.put("limit", v.limit);
    w.put("offset", v.offset);
    w.put("sort_by", v.sortBy);
    w.put("order", v.order);
    w.put("group_by", v.groupBy);
    w.put("workspace_id", v.workspaceId);
    w.put("ai_project", v.aiProject);
    w.put("train_type", v.trainType);
    w.put("items", v.items);
    return w.take();
}

void decode(const Json &j, TrainingJobDescriptionUpdate &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("description", out.description);
    out.extra = r.rest();
}

Json encode(const TrainingJobDescriptionUpdate &v)
{
    ObjectWriter w(v.extra);
    w.put("description", v.description);
    return w.take();
}

void decode(const Json &j, TrainingJobAction &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("action_type", out.actionType);
    out.extra = r.rest();
}

Json encode(const TrainingJobAction &v)
{
    ObjectWriter w(v.extra);
    w.put("action_type", v.actionType);
    return w.take();
}

TrainingJobAction terminateAction()
{
    TrainingJobAction action;
    action.actionType = QStringLiteral("terminate");
    return action;
}

// ---------------------------------------------------------------------------------------
// flavors, engines

void decode(const Json &j, TrainingFlavor &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("flavor_id", out.flavorId);
    r.optional("flavor_name", out.flavorName);
    r.optional("max_num", out.maxNum);
    r.optional("flavor_type", out.flavorType);
    r.optional("billing", out.billing);
    r.optional("flavor_info", out.flavorInfo);
    r.optional("attributes", out.attributes);
    r.optional("pool_id", out.poolId);
    out.extra = r.rest();
}

Json encode(const TrainingFlavor &v)
{
    ObjectWriter w(v.extra);
    w.put("flavor_id", v.flavorId);
    w.put("flavor_name", v.flavorName);
    w.put("max_num", v.maxNum);
    w.put("flavor_type", v.flavorType);
    w.put("billing", v.billing);
    w.put("flavor_info", v.flavorInfo);
    w.put("attributes", v.attributes);
    w.put("pool_id", v.poolId);
    return w.take();
}

void decode(const Json &j, TrainingFlavorList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("total_count", out.totalCount);
    r.required("flavors", out.flavors);
    out.extra = r.rest();
}

Json encode(const TrainingFlavorList &v)
{
    ObjectWriter w(v.extra);
    w.put("total_count", v.totalCount);
    w.put("flavors", v.flavors);
    return w.take();
}

void decode(const Json &j, EngineImageInfo &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("cpu_image_url", out.cpuImageUrl);
    r.optional("gpu_image_url", out.gpuImageUrl);
    r.optional("image_version", out.imageVersion);
    out.extra = r.rest();
}

Json encode(const EngineImageInfo &v)
{
    ObjectWriter w(v.extra);
    w.put("cpu_image_url", v.cpuImageUrl);
    w.put("gpu_image_url", v.gpuImageUrl);
    w.put("image_version", v.imageVersion);
    return w.take();
}

void decode(const Json &j, TrainingEngine &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("engine_id", out.engineId);
    r.optional("engine_name", out.engineName);
    r.optional("engine_version", out.engineVersion);
    r.optional("v1_compatible", out.v1Compatible);
    r.optional("run_user", out.runUser);
    r.optional("image_info", out.imageInfo);
    out.extra = r.rest();
}

Json encode(const TrainingEngine &v)
{
    ObjectWriter w(v.extra);
    w.put("engine_id", v.engineId);
    w.put("engine_name", v.engineName);
    w.put("engine_version", v.engineVersion);
    w.put("v1_compatible", v.v1Compatible);
    w.put("run_user", v.runUser);
    w.put("image_info", v.imageInfo);
    return w.take();
}

void decode(const Json &j, TrainingEngineList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("total", out.total);
    r.required("items", out.items);
    out.extra = r.rest();
}

Json encode(const TrainingEngineList &v)
{
    ObjectWriter w(v.extra);
    w.put("total", v.total);
    w.put("items", v.items);
    return w.take();
}

// ---------------------------------------------------------------------------------------
// events, tasks, logs, metrics, quotas

void decode(const Json &j, TrainingJobEvent &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("time", out.time);
    r.optional("level", out.level);
    r.optional("message", out.message);
    r.optional("source", out.source);
    out.extra = r.rest();
}

Json encode(const TrainingJobEvent &v)
{
    ObjectWriter w(v.extra);
    w.put("time", v.time);
    w.put("level", v.level);
    w.put("message", v.message);
    w.put("source", v.source);
    return w.take();
}

void decode(const Json &j, TrainingJobEventList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("total", out.total);
    r.optional("limit", out.limit);
    r.optional("offset", out.offset);
    r.optional("order", out.order);
    r.optional("start_time", out.startTime);
    r.optional("end_time", out.endTime);
    r.required("events", out.events);
    out.extra = r.rest();
}

Json encode(const TrainingJobEventList &v)
{
    ObjectWriter w(v.extra);
    w.put("total", v.total);
    w.put("limit", v.limit);
    w.put("offset", v.offset);
    w.put("order", v.order);
    w.put("start_time", v.startTime);
    w.put("end_time", v.endTime);
    w.put("events", v.events);
    return w.take();
}

void decode(const Json &j, TrainingTask &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("task", out.task);
    r.optional("ip", out.ip);
    r.optional("host_ip", out.hostIp);
    r.optional("schedule_count", out.scheduleCount);
    out.extra = r.rest();
}

Json encode(const TrainingTask &v)
{
    ObjectWriter w(v.extra);
    w.put("task", v.task);
    w.put("ip", v.ip);
    w.put("host_ip", v.hostIp);
    w.put("schedule_count", v.scheduleCount);
    return w.take();
}

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
    r.optional("current_size", out.currentSize);
    r.optional("full_size", out.fullSize);
    out.extra = r.rest();
}

Json encode(const TrainingLogPreview &v)
{
    ObjectWriter w(v.extra);
    w.put(v.legacyContextKey ? "context" : "content", v.content);
    w.put("current_size", v.currentSize);
    w.put("full_size", v.fullSize);
    return w.take();
}

void decode(const Json &j, TrainingLogUrl &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("obs_url", out.obsUrl);
    out.extra = r.rest();
}

Json encode(const TrainingLogUrl &v)
{
    ObjectWriter w(v.extra);
    w.put("obs_url", v.obsUrl);
    return w.take();
}

void decode(const Json &j, TrainingMetricSeries &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("metric", out.metric);
    r.required("value", out.value);
    out.extra = r.rest();
}

Json encode(const TrainingMetricSeries &v)
{
    ObjectWriter w(v.extra);
    w.put("metric", v.metric);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, TrainingMetrics &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("metrics", out.metrics);
    out.extra = r.rest();
}

Json encode(const TrainingMetrics &v)
{
    ObjectWriter w(v.extra);
    w.put("metrics", v.metrics);
    return w.take();
}

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

void decode(const Json &j, TrainingQuota &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("resource", out.resource);
    r.optional("quota", out.quota);
    r.optional("used", out.used);
    out.extra = r.rest();
}

Json encode(const TrainingQuota &v)
{
    ObjectWriter w(v.extra);
    w.put("resource", v.resource);
    w.put("quota", v.quota);
    w.put("used", v.used);
    return w.take();
}

void decode(const Json &j, TrainingQuotas &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("quotas", out.quotas);
    out.extra = r.rest();
}

Json encode(const TrainingQuotas &v)
{
    ObjectWriter w(v.extra);
    w.put("quotas", v.quotas);
    return w.take();
}

void decode(const Json &j, TmsTag &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("key", out.key);
    r.optional("value", out.value);
    out.extra = r.rest();
}

Json encode(const TmsTag &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    w.put("value", v.value);
    return w.take();
}

void decode(const Json &j, TrainingJobTagList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("tags", out.tags);
    out.extra = r.rest();
}

Json encode(const TrainingJobTagList &v)
{
    ObjectWriter w(v.extra);
    w.put("tags", v.tags);
    return w.take();
}
} // namespace ma::api
