#include "models/trainingjobdraft.h"

#include <limits>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ma::models
{
namespace
{
using api::Json;

QString randomSuffix(int length)
{
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(alphabet.size())));
    return out;
}

QString valueOf(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

std::optional<QString> nonEmpty(const QString &v)
{
    if (v.isEmpty())
        return std::nullopt;
    return v;
}

// ---------------------------------------------------------------------------------------
// SFS Turbo <-> nfs volume. The API takes one "server path"; the form has the file system
// and a directory inside it. They are joined NFS-style, "<file system>:<directory>".

QString nfsServerPath(const SfsTurboMount &mount)
{
    QString fs = mount.fileSystem;
    while (fs.endsWith(u':'))
        fs.chop(1);
    QString dir = mount.directory.isEmpty() ? QStringLiteral("/") : mount.directory;
    if (!dir.startsWith(u'/'))
        dir.prepend(u'/');
    return fs + u':' + dir;
}

SfsTurboMount mountFromNfs(const api::NfsVolume &nfs)
{
    SfsTurboMount mount;
    const QString path = valueOf(nfs.nfsServerPath);
    const qsizetype colon = path.indexOf(QStringLiteral(":/"));
    if (colon >= 0)
    {
        mount.fileSystem = path.left(colon);
        mount.directory = path.mid(colon + 1);
    }
    else if (path.endsWith(u':'))
    {
        mount.fileSystem = path.chopped(1);
    }
    else
    {
        mount.fileSystem = path;
    }
    mount.mountPath = valueOf(nfs.localPath);
    mount.readOnly = nfs.readOnly.value_or(false);
    return mount;
}

// ---------------------------------------------------------------------------------------
// Saved-draft JSON helpers: wrong types are ignored (the default stays).

Json str(const QString &v)
{
    return v.toStdString();
}

void readString(const Json &j, const char *key, QString &out)
{
    const auto it = j.find(key);
    if (it != j.end() && it->is_string())
        out = QString::fromStdString(it->get<std::string>());
}

void readBool(const Json &j, const char *key, bool &out)
{
    const auto it = j.find(key);
    if (it != j.end() && it->is_boolean())
        out = it->get<bool>();
}

void readInt(const Json &j, const char *key, int &out)
{
    const auto it = j.find(key);
    if (it != j.end() && it->is_number_integer())
    {
        const auto v = it->get<std::int64_t>();
        if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max())
            out = static_cast<int>(v);
    }
}

void readStringList(const Json &j, const char *key, QStringList &out)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return;
    out.clear();
    for (const Json &item : *it)
    {
        if (item.is_string())
            out.append(QString::fromStdString(item.get<std::string>()));
    }
}

template <typename Enum> struct EnumName
{
    Enum value;
    const char *name;
};

template <typename Enum, std::size_t N> const char *enumToName(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const auto &e : table)
    {
        if (e.value == value)
            return e.name;
    }
    return table[0].name;
}

template <typename Enum, std::size_t N>
void readEnum(const Json &j, const char *key, const EnumName<Enum> (&table)[N], Enum &out)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return;
    const std::string text = it->get<std::string>();
    for (const auto &e : table)
    {
        if (text == e.name)
        {
            out = e.value;
            return;
        }
    }
}

using Draft = TrainingJobDraft;
const EnumName<Draft::AlgorithmType> kAlgorithmTypes[] = {
    { Draft::AlgorithmType::CustomAlgorithm, "custom_algorithm" },
    { Draft::AlgorithmType::MyAlgorithm, "my_algorithm" },
    { Draft::AlgorithmType::MySubscription, "my_subscription" },
};
const EnumName<Draft::BootMode> kBootModes[] = {
    { Draft::BootMode::PresetImage, "preset_image" },
    { Draft::BootMode::CustomImage, "custom_image" },
};
const EnumName<Draft::CodeSource> kCodeSources[] = {
    { Draft::CodeSource::Obs, "obs" },
    { Draft::CodeSource::Sfs, "sfs" },
};
const EnumName<Draft::TrainingMode> kTrainingModes[] = {
    { Draft::TrainingMode::Common, "common" },
    { Draft::TrainingMode::HighPerformance, "high_performance" },
    { Draft::TrainingMode::FaultDiagnosis, "fault_diagnosis" },
};
const EnumName<DataChannel::Source> kChannelSources[] = {
    { DataChannel::Source::DataPath, "data_path" },
    { DataChannel::Source::Dataset, "dataset" },
};
const EnumName<DataChannel::Delivery> kDeliveries[] = {
    { DataChannel::Delivery::Hyperparameter, "hyperparameter" },
    { DataChannel::Delivery::EnvironmentVariable, "environment_variable" },
};

Json keyValuesToJson(const QList<KeyValue> &rows)
{
    Json arr = Json::array();
    for (const KeyValue &kv : rows)
        arr.push_back({ { "key", str(kv.key) }, { "value", str(kv.value) } });
    return arr;
}

// Replaces @p out with the objects of the array at @p key (other elements are skipped); a
// missing or malformed array keeps the default.
template <typename T, typename ReadItem> void readList(const Json &j, const char *key, QList<T> &out, ReadItem readItem)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return;
    out.clear();
    for (const Json &item : *it)
    {
        if (!item.is_object())
            continue;
        T value;
        readItem(item, value);
        out.append(value);
    }
}

void readKeyValues(const Json &j, const char *key, QList<KeyValue> &out)
{
    readList(j, key, out,
        [](const Json &item, KeyValue &kv)
        {
            readString(item, "key", kv.key);
            readString(item, "value", kv.value);
        });
}

Json channelsToJson(const QList<DataChannel> &channels)
{
    Json arr = Json::array();
    for (const DataChannel &c : channels)
    {
        arr.push_back({ { "name", str(c.name) }, { "source", enumToName(kChannelSources, c.source) },
            { "obs_path", str(c.obsPath) }, { "dataset_id", str(c.datasetId) },
            { "dataset_version_id", str(c.datasetVersionId) }, { "delivery", enumToName(kDeliveries, c.delivery) },
            { "predownload", c.predownload }, { "local_dir", str(c.localDir) } });
    }
    return arr;
}

void readChannels(const Json &j, const char *key, QList<DataChannel> &out)
{
    readList(j, key, out,
        [](const Json &item, DataChannel &c)
        {
            readString(item, "name", c.name);
            readEnum(item, "source", kChannelSources, c.source);
            readString(item, "obs_path", c.obsPath);
            readString(item, "dataset_id", c.datasetId);
            readString(item, "dataset_version_id", c.datasetVersionId);
            readEnum(item, "delivery", kDeliveries, c.delivery);
            readBool(item, "predownload", c.predownload);
            readString(item, "local_dir", c.localDir);
        });
}

Json mountsToJson(const QList<SfsTurboMount> &mounts)
{
    Json arr = Json::array();
    for (const SfsTurboMount &m : mounts)
    {
        arr.push_back({ { "file_system", str(m.fileSystem) }, { "mount_path", str(m.mountPath) },
            { "directory", str(m.directory) }, { "read_only", m.readOnly }, { "mount_options", str(m.mountOptions) } });
    }
    return arr;
}

void readMounts(const Json &j, const char *key, QList<SfsTurboMount> &out)
{
    readList(j, key, out,
        [](const Json &item, SfsTurboMount &m)
        {
            readString(item, "file_system", m.fileSystem);
            readString(item, "mount_path", m.mountPath);
            readString(item, "directory", m.directory);
            readBool(item, "read_only", m.readOnly);
            readString(item, "mount_options", m.mountOptions);
        });
}

api::DataRemote remoteOf(const DataChannel &c)
{
    api::DataRemote remote;
    if (c.source == DataChannel::Source::Dataset)
    {
        api::DatasetRef ref;
        ref.id = c.datasetId;
        ref.versionId = nonEmpty(c.datasetVersionId);
        remote.dataset = ref;
    }
    else
    {
        api::ObsRef ref;
        ref.obsUrl = c.obsPath;
        remote.obs = ref;
    }
    return remote;
}

// The v2 API's access_method: how the job reads a channel's local path.
constexpr char kAccessParameter[] = "parameter";
constexpr char kAccessEnv[] = "env";

QString accessMethodOf(DataChannel::Delivery delivery)
{
    return QString::fromLatin1(delivery == DataChannel::Delivery::EnvironmentVariable ? kAccessEnv : kAccessParameter);
}

DataChannel channelOf(const QString &name, const api::DataRemote &remote, const std::optional<QString> &accessMethod,
    const std::optional<QString> &localDir)
{
    DataChannel c;
    c.name = name;
    c.localDir = localDir.value_or(QString());
    c.delivery = accessMethod.value_or(QString()) == QLatin1String(kAccessEnv)
        ? DataChannel::Delivery::EnvironmentVariable
        : DataChannel::Delivery::Hyperparameter;
    if (remote.dataset && !remote.obs)
    {
        c.source = DataChannel::Source::Dataset;
        c.datasetId = remote.dataset->id;
        c.datasetVersionId = valueOf(remote.dataset->versionId);
    }
    else if (remote.obs)
    {
        c.obsPath = remote.obs->obsUrl;
    }
    return c;
}

bool isGeneratedName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^job-\\d{14}-[a-z0-9]{4}$"));
    return re.match(name).hasMatch();
}

/** What the form shows for the current choices (training.md §1.9). */
struct Visibility
{
    bool customAlgorithm = false;
    bool presetImage = false;
    bool customImage = false;
    bool customizeVersion = false;
    bool codeDir = false;
    bool localCodeDir = false;
};

Visibility visibility(const TrainingJobDraft &d)
{
    Visibility v;
    v.customAlgorithm = d.algorithmType == Draft::AlgorithmType::CustomAlgorithm;
    v.presetImage = v.customAlgorithm && d.bootMode == Draft::BootMode::PresetImage;
    v.customImage = v.customAlgorithm && d.bootMode == Draft::BootMode::CustomImage;
    v.customizeVersion = v.presetImage && d.engineVersion == Draft::customizeVersion();
    v.codeDir = v.presetImage || v.customImage;
    // The SDK's JobAlgorithm: local_code_dir has no effect when code_dir starts with file://.
    v.localCodeDir = (v.presetImage && d.codeSource == Draft::CodeSource::Obs) || v.customImage;
    return v;
}

qint64 toLong(const QString &text, bool *ok)
{
    return text.trimmed().toLongLong(ok);
}
} // namespace

QString TrainingJobDraft::customizeVersion()
{
    return QStringLiteral("Customize");
}

QString TrainingJobDraft::generateName()
{
    return QStringLiteral("job-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")) + u'-'
        + randomSuffix(4);
}

QString TrainingJobDraft::rebuildName(const QString &jobName)
{
    if (jobName.isEmpty() || isGeneratedName(jobName))
        return generateName();
    constexpr int kMaxBase = 64 - 5;
    return jobName.left(kMaxBase) + u'-' + randomSuffix(4);
}

TrainingJobDraft TrainingJobDraft::withDefaults()
{
    TrainingJobDraft d;
    d.name = generateName();
    DataChannel input;
    input.name = QStringLiteral("data_url");
    d.inputs = { input };
    DataChannel output;
    output.name = QStringLiteral("train_url");
    d.outputs = { output };
    return d;
}

// ---------------------------------------------------------------------------------------
// Saved drafts

api::Json TrainingJobDraft::toJson() const
{
    Json j = Json::object();
    j["format"] = 1;
    j["name"] = str(name);
    j["description"] = str(description);
    j["algorithm_type"] = enumToName(kAlgorithmTypes, algorithmType);
    j["algorithm_id"] = str(algorithmId);
    j["subscription_id"] = str(subscriptionId);
    j["item_version_id"] = str(itemVersionId);
    j["boot_mode"] = enumToName(kBootModes, bootMode);
    j["engine_name"] = str(engineName);
    j["engine_version"] = str(engineVersion);
    j["engine_id"] = str(engineId);
    j["image"] = str(image);
    j["code_source"] = enumToName(kCodeSources, codeSource);
    j["code_dir"] = str(codeDir);
    j["boot_file"] = str(bootFile);
    j["boot_command"] = str(bootCommand);
    j["user_id"] = str(userId);
    j["local_code_dir"] = str(localCodeDir);
    j["work_dir"] = str(workDir);
    j["inputs"] = channelsToJson(inputs);
    j["outputs"] = channelsToJson(outputs);
    j["hyperparameters"] = keyValuesToJson(hyperparameters);
    j["environment"] = keyValuesToJson(environment);
    Json ranges = Json::array();
    for (const SearchRange &r : autoSearch.ranges)
        ranges.push_back({ { "name", str(r.name) }, { "lower", str(r.lower) }, { "upper", str(r.upper) } });
    Json algorithms = Json::array();
    for (const QString &a : autoSearch.algorithms)
        algorithms.push_back(str(a));
    j["auto_search"] = { { "enabled", autoSearch.enabled }, { "metric", str(autoSearch.metric) },
        { "direction", str(autoSearch.direction) }, { "regex", str(autoSearch.regex) }, { "algorithms", algorithms },
        { "parameters", keyValuesToJson(autoSearch.parameters) }, { "ranges", ranges } };
    j["auto_restart"] = autoRestart;
    j["restart_count"] = restartCount;
    j["unconditional_restart"] = unconditionalRestart;
    j["restart_on_suspension"] = restartOnSuspension;
    j["dedicated_pool"] = dedicatedPool;
    j["pool_id"] = str(poolId);
    j["resource_type"] = str(resourceType);
    j["flavor_id"] = str(flavorId);
    j["node_count"] = nodeCount;
    j["priority"] = priority;
    j["sfs_turbo"] = mountsToJson(sfsTurbo);
    j["persistent_log"] = persistentLog;
    j["log_path"] = str(logPath);
    j["notification"] = notification;
    j["topic_urn"] = str(topicUrn);
    Json events = Json::array();
    for (const QString &e : notificationEvents)
        events.push_back(str(e));
    j["notification_events"] = events;
    j["auto_stop"] = autoStop;
    j["auto_stop_hours"] = autoStopHours;
    j["ssh_trust"] = sshTrust;
    j["ssh_key_dir"] = str(sshKeyDir);
    j["training_mode"] = enumToName(kTrainingModes, trainingMode);
    j["tags"] = keyValuesToJson(tags);
    return j;
}

TrainingJobDraft TrainingJobDraft::fromJson(const api::Json &j)
{
    TrainingJobDraft d;
    if (!j.is_object())
        return d;
    readString(j, "name", d.name);
    readString(j, "description", d.description);
    readEnum(j, "algorithm_type", kAlgorithmTypes, d.algorithmType);
    readString(j, "algorithm_id", d.algorithmId);
    readString(j, "subscription_id", d.subscriptionId);
    readString(j, "item_version_id", d.itemVersionId);
    readEnum(j, "boot_mode", kBootModes, d.bootMode);
    readString(j, "engine_name", d.engineName);
    readString(j, "engine_version", d.engineVersion);
    readString(j, "engine_id", d.engineId);
    readString(j, "image", d.image);
    readEnum(j, "code_source", kCodeSources, d.codeSource);
    readString(j, "code_dir", d.codeDir);
    readString(j, "boot_file", d.bootFile);
    readString(j, "boot_command", d.bootCommand);
    readString(j, "user_id", d.userId);
    readString(j, "local_code_dir", d.localCodeDir);
    readString(j, "work_dir", d.workDir);
    readChannels(j, "inputs", d.inputs);
    readChannels(j, "outputs", d.outputs);
    readKeyValues(j, "hyperparameters", d.hyperparameters);
    readKeyValues(j, "environment", d.environment);
    if (const auto search = j.find("auto_search"); search != j.end() && search->is_object())
    {
        readBool(*search, "enabled", d.autoSearch.enabled);
        readString(*search, "metric", d.autoSearch.metric);
        readString(*search, "direction", d.autoSearch.direction);
        readString(*search, "regex", d.autoSearch.regex);
        readStringList(*search, "algorithms", d.autoSearch.algorithms);
        readKeyValues(*search, "parameters", d.autoSearch.parameters);
        readList(*search, "ranges", d.autoSearch.ranges,
            [](const Json &item, SearchRange &r)
            {
                readString(item, "name", r.name);
                readString(item, "lower", r.lower);
                readString(item, "upper", r.upper);
            });
    }
    readBool(j, "auto_restart", d.autoRestart);
    readInt(j, "restart_count", d.restartCount);
    readBool(j, "unconditional_restart", d.unconditionalRestart);
    readBool(j, "restart_on_suspension", d.restartOnSuspension);
    readBool(j, "dedicated_pool", d.dedicatedPool);
    readString(j, "pool_id", d.poolId);
    readString(j, "resource_type", d.resourceType);
    readString(j, "flavor_id", d.flavorId);
    readInt(j, "node_count", d.nodeCount);
    readInt(j, "priority", d.priority);
    readMounts(j, "sfs_turbo", d.sfsTurbo);
    readBool(j, "persistent_log", d.persistentLog);
    readString(j, "log_path", d.logPath);
    readBool(j, "notification", d.notification);
    readString(j, "topic_urn", d.topicUrn);
    readStringList(j, "notification_events", d.notificationEvents);
    readBool(j, "auto_stop", d.autoStop);
    readInt(j, "auto_stop_hours", d.autoStopHours);
    readBool(j, "ssh_trust", d.sshTrust);
    readString(j, "ssh_key_dir", d.sshKeyDir);
    readEnum(j, "training_mode", kTrainingModes, d.trainingMode);
    readKeyValues(j, "tags", d.tags);
    return d;
}

// ---------------------------------------------------------------------------------------
// Rebuild

TrainingJobDraft TrainingJobDraft::fromJob(const api::TrainingJob &job)
{
    TrainingJobDraft d;
    d.name = rebuildName(job.metadata.name);
    d.description = valueOf(job.metadata.description);

    if (job.metadata.annotations)
    {
        const api::StringMap &a = *job.metadata.annotations;
        const auto retry = a.find(QString::fromLatin1(kAnnotationRetryNum));
        if (retry != a.end())
        {
            bool ok = false;
            const int count = retry->second.trimmed().toInt(&ok);
            if (ok && count > 0)
            {
                d.autoRestart = true;
                d.restartCount = count;
            }
        }
        const auto isTrue = [&a](const char *key)
        {
            const auto it = a.find(QString::fromLatin1(key));
            return it != a.end() && it->second.trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
        };
        d.unconditionalRestart = isTrue(kAnnotationUnconditionalRetry);
        d.restartOnSuspension = isTrue(kAnnotationHangRetry);
    }

    // The algorithm: of the job, or of its first task (heterogeneous jobs).
    std::optional<api::TrainingAlgorithm> algo = job.algorithm;
    if (!algo && job.tasks && !job.tasks->empty())
        algo = job.tasks->front().algorithm;
    if (algo)
    {
        const QString command = valueOf(algo->command);
        const QString imageUrl = algo->engine ? valueOf(algo->engine->imageUrl) : QString();
        if (!valueOf(algo->id).isEmpty())
        {
            d.algorithmType = AlgorithmType::MyAlgorithm;
            d.algorithmId = *algo->id;
        }
        else if (!valueOf(algo->subscriptionId).isEmpty())
        {
            d.algorithmType = AlgorithmType::MySubscription;
            d.subscriptionId = *algo->subscriptionId;
            d.itemVersionId = valueOf(algo->itemVersionId);
        }
        else if (!command.isEmpty())
        {
            d.bootMode = BootMode::CustomImage;
            d.image = imageUrl;
            d.bootCommand = command;
            d.codeDir = valueOf(algo->codeDir);
        }
        else
        {
            d.bootMode = BootMode::PresetImage;
            if (algo->engine)
            {
                d.engineId = valueOf(algo->engine->engineId);
                d.engineName = valueOf(algo->engine->engineName);
                d.engineVersion = valueOf(algo->engine->engineVersion);
            }
            if (!imageUrl.isEmpty())
            {
                d.engineVersion = customizeVersion();
                d.engineId.clear();
                d.image = imageUrl;
            }
            d.codeDir = valueOf(algo->codeDir);
            const QString sfsPrefix = QString::fromLatin1(kSfsCodePrefix);
            if (d.codeDir.startsWith(sfsPrefix))
            {
                d.codeSource = CodeSource::Sfs;
                d.codeDir = d.codeDir.mid(sfsPrefix.size());
            }
            else
            {
                d.codeSource
                    = d.codeDir.isEmpty() && !valueOf(algo->bootFile).isEmpty() ? CodeSource::Sfs : CodeSource::Obs;
            }
            d.bootFile = valueOf(algo->bootFile);
        }
        if (algo->localCodeDir)
            d.localCodeDir = *algo->localCodeDir;
        d.workDir = valueOf(algo->workingDir);

        d.inputs.clear();
        for (const api::AlgorithmInput &in : algo->inputs.value_or(std::vector<api::AlgorithmInput>()))
            d.inputs.append(channelOf(in.name, in.remote, in.accessMethod, in.localDir));
        d.outputs.clear();
        for (const api::AlgorithmOutput &out : algo->outputs.value_or(std::vector<api::AlgorithmOutput>()))
            d.outputs.append(channelOf(out.name, out.remote, out.accessMethod, out.localDir));
        for (const api::AlgorithmParameter &p : algo->parameters.value_or(std::vector<api::AlgorithmParameter>()))
            d.hyperparameters.append({ p.name, valueOf(p.value) });
        if (algo->policies && algo->policies->autoSearch)
            d.autoSearch = AutoSearchDraft::fromPolicy(*algo->policies->autoSearch, true);
        for (const auto &[key, value] : algo->environments.value_or(api::StringMap()))
            d.environment.append({ key, value });
    }

    if (job.spec)
    {
        const api::TrainingSpec &spec = *job.spec;
        if (spec.resource)
        {
            d.flavorId = valueOf(spec.resource->flavorId);
            d.nodeCount = spec.resource->nodeCount.value_or(1);
            d.poolId = valueOf(spec.resource->poolId);
            d.dedicatedPool = !d.poolId.isEmpty();
            if (spec.resource->flavorDetail)
                d.resourceType = valueOf(spec.resource->flavorDetail->flavorType);
        }
        if (spec.schedulePolicy && spec.schedulePolicy->priority)
            d.priority = *spec.schedulePolicy->priority;
        for (const api::TrainingVolume &v : spec.volumes.value_or(std::vector<api::TrainingVolume>()))
        {
            if (v.nfs)
                d.sfsTurbo.append(mountFromNfs(*v.nfs));
        }
        d.logPath = spec.logExportPath ? valueOf(spec.logExportPath->obsUrl) : QString();
        d.persistentLog = !d.logPath.isEmpty();
        if (spec.autoStop)
        {
            d.autoStop = true;
            d.autoStopHours = spec.autoStop->duration.value_or(d.autoStopHours);
        }
        if (spec.notification)
        {
            d.topicUrn = valueOf(spec.notification->topicUrn);
            d.notificationEvents.clear();
            for (const QString &e : spec.notification->events.value_or(std::vector<QString>()))
                d.notificationEvents.append(e);
            d.notification = !d.topicUrn.isEmpty() || !d.notificationEvents.isEmpty();
        }
    }
    else
    {
        d.persistentLog = false;
    }
    return d;
}

// ---------------------------------------------------------------------------------------
// v2 create request

api::TrainingJobCreate TrainingJobDraft::toCreateRequest(const QString &workspaceId) const
{
    const Visibility shown = visibility(*this);
    api::TrainingJobCreate req;
    req.kind = QStringLiteral("job");
    req.metadata.name = name;
    req.metadata.description = nonEmpty(description);
    req.metadata.workspaceId = nonEmpty(workspaceId);
    if (autoRestart)
    {
        api::StringMap annotations;
        annotations[QString::fromLatin1(kAnnotationRetryNum)] = QString::number(restartCount);
        if (unconditionalRestart)
            annotations[QString::fromLatin1(kAnnotationUnconditionalRetry)] = QStringLiteral("true");
        if (restartOnSuspension)
            annotations[QString::fromLatin1(kAnnotationHangRetry)] = QStringLiteral("true");
        req.metadata.annotations = annotations;
    }

    api::TrainingAlgorithm algo;
    if (algorithmType == AlgorithmType::MySubscription)
    {
        // Both or neither, as the API asks; the subscribed algorithm brings its engine and code.
        algo.subscriptionId = subscriptionId.trimmed();
        algo.itemVersionId = itemVersionId.trimmed();
    }
    else if (!shown.customAlgorithm)
    {
        algo.id = algorithmId;
        if (autoSearch.enabled)
        {
            // A search job is its own kind; its policy names the metric, algorithms and ranges.
            req.kind = QStringLiteral("autosearch_job");
            api::AlgorithmPolicies policies;
            policies.autoSearch = autoSearch.toPolicy();
            algo.policies = policies;
        }
    }
    else if (shown.presetImage)
    {
        api::AlgorithmEngine engine;
        if (shown.customizeVersion)
            engine.imageUrl = image;
        else if (!engineId.isEmpty())
            engine.engineId = engineId;
        else
        {
            engine.engineName = engineName;
            engine.engineVersion = engineVersion;
        }
        algo.engine = engine;
        if (codeSource == CodeSource::Sfs)
            algo.codeDir
                = nonEmpty(codeDir.isEmpty() ? QString() : QString(QString::fromLatin1(kSfsCodePrefix) + codeDir));
        else
            algo.codeDir = codeDir;
        algo.bootFile = bootFile;
    }
    else
    {
        api::AlgorithmEngine engine;
        engine.imageUrl = image;
        algo.engine = engine;
        algo.command = bootCommand;
        if (!codeDir.isEmpty())
            algo.codeDir = codeDir;
    }
    if (shown.localCodeDir && !localCodeDir.isEmpty())
        algo.localCodeDir = localCodeDir;
    if (shown.customAlgorithm && !workDir.isEmpty())
        algo.workingDir = workDir;

    if (!inputs.isEmpty())
    {
        std::vector<api::AlgorithmInput> list;
        for (const DataChannel &c : inputs)
        {
            api::AlgorithmInput in;
            in.name = c.name;
            in.accessMethod = accessMethodOf(c.delivery);
            in.localDir = nonEmpty(c.localDir);
            in.remote = remoteOf(c);
            list.push_back(in);
        }
        algo.inputs = list;
    }
    if (!outputs.isEmpty())
    {
        std::vector<api::AlgorithmOutput> list;
        for (const DataChannel &c : outputs)
        {
            api::AlgorithmOutput out;
            out.name = c.name;
            out.accessMethod = accessMethodOf(c.delivery);
            out.localDir = nonEmpty(c.localDir);
            DataChannel obsOnly = c;
            obsOnly.source = DataChannel::Source::DataPath;
            out.remote = remoteOf(obsOnly);
            list.push_back(out);
        }
        algo.outputs = list;
    }
    if (!hyperparameters.isEmpty())
    {
        std::vector<api::AlgorithmParameter> list;
        for (const KeyValue &kv : hyperparameters)
        {
            api::AlgorithmParameter p;
            p.name = kv.key;
            p.value = kv.value;
            list.push_back(p);
        }
        algo.parameters = list;
    }
    if (!environment.isEmpty())
    {
        api::StringMap env;
        for (const KeyValue &kv : environment)
            env[kv.key] = kv.value;
        algo.environments = env;
    }
    req.algorithm = algo;

    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.flavorId = nonEmpty(flavorId);
    resource.nodeCount = nodeCount;
    if (dedicatedPool)
        resource.poolId = nonEmpty(poolId);
    spec.resource = resource;
    if (dedicatedPool)
    {
        api::SchedulePolicy policy;
        policy.priority = priority;
        spec.schedulePolicy = policy;
        if (!sfsTurbo.isEmpty())
        {
            std::vector<api::TrainingVolume> volumes;
            for (const SfsTurboMount &m : sfsTurbo)
            {
                api::NfsVolume nfs;
                nfs.nfsServerPath = nfsServerPath(m);
                nfs.localPath = m.mountPath;
                nfs.readOnly = m.readOnly;
                api::TrainingVolume v;
                v.nfs = nfs;
                volumes.push_back(v);
            }
            spec.volumes = volumes;
        }
    }
    if (persistentLog && !logPath.isEmpty())
    {
        api::LogExportPath log;
        log.obsUrl = logPath;
        spec.logExportPath = log;
    }
    if (autoStop)
    {
        api::AutoStop stop;
        stop.timeUnit = QStringLiteral("HOURS");
        stop.duration = autoStopHours;
        spec.autoStop = stop;
    }
    if (notification)
    {
        api::TrainingNotification n;
        n.topicUrn = topicUrn;
        n.events = std::vector<QString>(notificationEvents.cbegin(), notificationEvents.cend());
        spec.notification = n;
    }
    req.spec = spec;
    return req;
}

// ---------------------------------------------------------------------------------------
// v1 create request

api::v1::TrainingJobCreate TrainingJobDraft::toV1CreateRequest(const QString &workspaceId) const
{
    const Visibility shown = visibility(*this);
    api::v1::TrainingJobCreate req;
    req.jobName = name;
    req.jobDesc = nonEmpty(description);
    req.workspaceId = nonEmpty(workspaceId);
    api::v1::TrainingConfig &cfg = req.config;
    cfg.workerServerNum = nodeCount;

    bool ok = false;
    if (!shown.customAlgorithm)
    {
        const qint64 id = toLong(algorithmId, &ok);
        if (ok)
            cfg.modelId = id;
    }
    else if (shown.presetImage)
    {
        if (codeSource == CodeSource::Obs) // v1 has no SFS code source
            cfg.appUrl = nonEmpty(codeDir);
        cfg.bootFileUrl = nonEmpty(bootFile);
        const qint64 id = toLong(engineId, &ok);
        if (ok)
            cfg.engineId = id;
        if (shown.customizeVersion)
            cfg.userImageUrl = nonEmpty(image);
    }
    else
    {
        cfg.userImageUrl = image;
        cfg.userCommand = bootCommand;
        cfg.appUrl = nonEmpty(codeDir);
    }

    std::vector<api::v1::TrainingParameter> parameters;
    for (const KeyValue &kv : hyperparameters)
    {
        api::v1::TrainingParameter p;
        p.label = kv.key;
        p.value = api::LooseScalar(kv.value);
        parameters.push_back(p);
    }
    if (shown.customImage)
    {
        // v1 has no environment: for custom images the parameters become environment variables.
        for (const KeyValue &kv : environment)
        {
            api::v1::TrainingParameter p;
            p.label = kv.key;
            p.value = api::LooseScalar(kv.value);
            parameters.push_back(p);
        }
    }
    if (!parameters.empty())
        cfg.parameter = parameters;

    if (!inputs.isEmpty())
    {
        std::vector<api::v1::DataSource> sources;
        for (const DataChannel &c : inputs)
        {
            api::v1::DataSource src;
            if (c.source == DataChannel::Source::Dataset)
            {
                src.type = QStringLiteral("dataset");
                src.datasetId = c.datasetId;
                src.datasetVersion = c.datasetVersionId;
            }
            else
            {
                src.type = QStringLiteral("obs");
                src.dataUrl = c.obsPath;
            }
            sources.push_back(src);
        }
        cfg.dataSource = sources;
    }
    if (!outputs.isEmpty())
        cfg.trainUrl = nonEmpty(outputs.constFirst().obsPath);

    if (dedicatedPool)
        cfg.poolId = nonEmpty(poolId);
    else
    {
        const qint64 spec = toLong(flavorId, &ok);
        if (ok)
            cfg.specId = spec;
    }
    if (persistentLog)
        cfg.logUrl = nonEmpty(logPath);
    if (dedicatedPool && !sfsTurbo.isEmpty())
    {
        std::vector<api::v1::Volume> volumes;
        for (const SfsTurboMount &m : sfsTurbo)
        {
            api::v1::NfsMount nfs;
            nfs.id = m.fileSystem;
            nfs.srcPath = nfsServerPath(m);
            nfs.destPath = m.mountPath;
            nfs.readOnly = m.readOnly;
            api::v1::Volume v;
            v.nfs = nfs;
            volumes.push_back(v);
        }
        cfg.volumes = volumes;
    }
    return req;
}
} // namespace ma::models

namespace ma::models
{
QList<KeyValue> TrainingJobDraft::notSentFields(bool legacyV1) const
{
    // lupdate files these strings under the class's qualified name: translate with that context.
    const auto tr = [](const char *text)
    {
        return QCoreApplication::translate("ma::models::TrainingJobDraft", text);
    };
    const Visibility shown = visibility(*this);
    QList<KeyValue> out;
    if (shown.customImage)
        out.append({ tr("User ID"), userId });
    QStringList predownloaded;
    for (const DataChannel &c : outputs)
    {
        if (c.predownload)
            predownloaded << c.name;
    }
    if (!predownloaded.isEmpty())
        out.append({ tr("Predownload"), predownloaded.join(QStringLiteral(", ")) });
    if (dedicatedPool)
    {
        QStringList options;
        for (const SfsTurboMount &m : sfsTurbo)
        {
            if (!m.mountOptions.isEmpty())
                options << QStringLiteral("%1: %2").arg(m.mountPath, m.mountOptions);
        }
        if (!options.isEmpty())
            out.append({ tr("Mount options"), options.join(u'\n') });
    }
    if (sshTrust)
        out.append({ tr("SSH mutual trust"), sshKeyDir });
    if (trainingMode != TrainingMode::Common)
        out.append({ tr("Training mode"),
            trainingMode == TrainingMode::HighPerformance ? tr("High performance mode") : tr("Fault diagnosis mode") });
    if (!legacyV1)
        return out;
    // The v1 create body (config) has none of these.
    if (shown.presetImage && codeSource == CodeSource::Sfs)
        out.append({ tr("Code directory"), codeDir });
    if (shown.localCodeDir && !localCodeDir.isEmpty())
        out.append({ tr("Local code directory"), localCodeDir });
    if (shown.customAlgorithm && !workDir.isEmpty())
        out.append({ tr("Work directory"), workDir });
    QStringList viaEnv;
    for (const DataChannel &c : inputs + outputs)
    {
        if (c.delivery == DataChannel::Delivery::EnvironmentVariable)
            viaEnv << c.name;
    }
    if (!viaEnv.isEmpty())
        out.append({ tr("Obtained from"), viaEnv.join(QStringLiteral(", ")) });
    if (outputs.size() > 1)
    {
        QStringList rest;
        for (qsizetype i = 1; i < outputs.size(); ++i)
            rest << outputs.at(i).name;
        out.append({ tr("Outputs after the first"), rest.join(QStringLiteral(", ")) });
    }
    if (!shown.customImage && !environment.isEmpty())
        out.append({ tr("Environment variables"), QString::number(environment.size()) });
    if (autoRestart)
        out.append({ tr("Auto restart"), QString::number(restartCount) });
    if (dedicatedPool)
        out.append({ tr("Job priority"), QString::number(priority) });
    if (notification)
        out.append({ tr("Event notification"), topicUrn });
    if (autoStop)
        out.append({ tr("Auto stop"), QString::number(autoStopHours) });
    if (!tags.isEmpty())
        out.append({ tr("Tags"), QString::number(tags.size()) });
    if (algorithmType == AlgorithmType::MyAlgorithm && autoSearch.enabled)
        out.append({ tr("Hyperparameter search"), autoSearch.algorithms.join(QStringLiteral(", ")) });
    if (algorithmType == AlgorithmType::MySubscription)
        out.append({ tr("My subscription"), subscriptionId });
    return out;
}
} // namespace ma::models
