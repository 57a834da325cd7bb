#pragma once

// Typed resources of the ModelArts v2 training API (api.md §2.1) and their JSON mapping.
//
// C++ members are the camelCase of the JSON keys ("secondary_phase" <-> secondaryPhase).
// Required fields are plain members; everything the docs leave optional is std::optional
// and stays absent on encode. Every struct keeps unknown keys in `extra`, so
// encode(decode(body)) gives the body back. The create request (TrainingJobCreate) and the
// job (TrainingJob) share their sub-structs, which is why response-only members of those
// (metadata.id, spec.resource.flavor_detail, ...) are optional.

#include "api/jsoncodec.h"

#include <array>
#include <optional>
#include <QDateTime>
#include <QString>
#include <vector>

namespace ma::api
{
/**
 * @brief A scalar the API does not keep to one JSON type: documented as a string but
 * published as a number (v1 "core": 2, events "total"), or a value that is a count in one
 * place and text in another (npu "unit_num"). It keeps the JSON value as it came, so
 * encode() writes back the same type, and converts on demand.
 */
class LooseScalar
{
public:
    LooseScalar() = default;
    explicit LooseScalar(const QString &text);
    explicit LooseScalar(qint64 number);
    explicit LooseScalar(double number);

    bool isNull() const { return m_value.is_null(); }
    bool isNumber() const { return m_value.is_number(); }
    bool isString() const { return m_value.is_string(); }
    /** Strings as they are, numbers as their shortest decimal text, booleans as true/false. */
    QString toString() const;
    /** Whole numbers, also from strings ("12", "1.0"); @p ok is false (and 0 returned) otherwise. */
    qint64 toInt(bool *ok = nullptr) const;
    double toDouble(bool *ok = nullptr) const;
    const Json &json() const { return m_value; }

    friend void decode(const Json &j, LooseScalar &out, const QString &path);

private:
    Json m_value; // a string, number or boolean; null only when default-constructed
};

void decode(const Json &j, LooseScalar &out, const QString &path);
Json encode(const LooseScalar &v);

/**
 * @brief Reads an API time: epoch milliseconds (number or digit string) or RFC 3339 text
 * ("2022-11-26T16:03:41+08:00"). Returns an invalid QDateTime when it is neither.
 */
QDateTime apiDateTime(const LooseScalar &v);

// ---------------------------------------------------------------------------------------
// Phases (api.md §3)

/** @brief status.phase of a v2 training job. */
enum class TrainingPhase
{
    Unknown,
    Creating,
    Pending,
    Running,
    Failed,
    Completed,
    Terminating,
    Terminated,
    Abnormal
};

/** Case-insensitive; Unknown for values outside the catalog. */
TrainingPhase trainingPhaseFromString(const QString &phase);
/** The wire value ("Running"); empty for Unknown. */
QString trainingPhaseName(TrainingPhase phase);
/** Failed, Completed, Terminated, Abnormal: the job will not change any more. */
bool isTerminalPhase(TrainingPhase phase);
bool isTerminalPhase(const QString &phase);
/** Only Creating, Pending and Running jobs accept the terminate action (T2-6). */
bool canTerminate(TrainingPhase phase);
bool canTerminate(const QString &phase);

/** T2-3 accepts 1..50 jobs per page; T2-10 1..100 events. */
inline constexpr int kTrainingSearchMaxLimit = 50;
inline constexpr int kTrainingEventsMaxLimit = 100;

// ---------------------------------------------------------------------------------------
// metadata, status

struct TrainingJobMetadata
{
    std::optional<QString> id; // response only (TrainingJob requires it)
    QString name;
    std::optional<QString> workspaceId;
    std::optional<QString> description;
    std::optional<qint64> createTime; // epoch ms
    std::optional<QString> userName;
    std::optional<StringMap> annotations;
    Json extra;
};
void decode(const Json &j, TrainingJobMetadata &out, const QString &path);
Json encode(const TrainingJobMetadata &v);

struct TrainingTaskStatus
{
    std::optional<QString> task;
    std::optional<int> exitCode;
    std::optional<QString> message;
    Json extra;
};
void decode(const Json &j, TrainingTaskStatus &out, const QString &path);
Json encode(const TrainingTaskStatus &v);

struct TrainingRunningRecord
{
    std::optional<qint64> startAt; // epoch seconds
    std::optional<qint64> endAt; // epoch seconds
    std::optional<QString> startType;
    std::optional<QString> endReason;
    std::optional<QString> endRelatedTask;
    std::optional<QString> endRecover;
    std::optional<QString> endRecoverBeforeDowngrade;
    Json extra;
};
void decode(const Json &j, TrainingRunningRecord &out, const QString &path);
Json encode(const TrainingRunningRecord &v);

/** @brief One [epoch ms, node count] pair of status.node_count_metrics. */
struct NodeCountPoint
{
    qint64 timeMs = 0;
    int nodeCount = 0;
    Json extra; // trailing array elements beyond the pair, if the API ever adds any
};
void decode(const Json &j, NodeCountPoint &out, const QString &path);
Json encode(const NodeCountPoint &v);

struct TrainingJobStatus
{
    QString phase;
    std::optional<QString> secondaryPhase;
    std::optional<qint64> duration; // ms
    std::optional<qint64> startTime; // epoch ms, 0 before the start
    std::optional<std::vector<NodeCountPoint>> nodeCountMetrics;
    std::optional<std::vector<QString>> tasks;
    std::optional<std::vector<TrainingTaskStatus>> taskStatuses;
    std::optional<std::vector<TrainingRunningRecord>> runningRecords;
    Json extra;
};
void decode(const Json &j, TrainingJobStatus &out, const QString &path);
Json encode(const TrainingJobStatus &v);

// ---------------------------------------------------------------------------------------
// algorithm

struct ParameterConstraint
{
    std::optional<QString> type;
    std::optional<bool> editable;
    std::optional<bool> required;
    std::optional<bool> sensitive;
    std::optional<QString> validType;
    std::optional<std::vector<QString>> validRange;
    Json extra;
};
void decode(const Json &j, ParameterConstraint &out, const QString &path);
Json encode(const ParameterConstraint &v);

struct I18nDescription
{
    std::optional<QString> language;
    std::optional<QString> description;
    Json extra;
};
void decode(const Json &j, I18nDescription &out, const QString &path);
Json encode(const I18nDescription &v);

struct AlgorithmParameter
{
    QString name;
    std::optional<QString> value;
    std::optional<QString> description;
    std::optional<ParameterConstraint> constraint;
    std::optional<I18nDescription> i18nDescription;
    Json extra;
};
void decode(const Json &j, AlgorithmParameter &out, const QString &path);
Json encode(const AlgorithmParameter &v);

struct RewardAttr
{
    std::optional<QString> name;
    std::optional<QString> mode; // max | min
    std::optional<QString> regex;
    Json extra;
};
void decode(const Json &j, RewardAttr &out, const QString &path);
Json encode(const RewardAttr &v);

struct SearchParam
{
    std::optional<QString> name;
    std::optional<QString> paramType; // continuous | discrete
    std::optional<LooseScalar> lowerBound;
    std::optional<LooseScalar> upperBound;
    std::optional<LooseScalar> discretePointsNum;
    std::optional<std::vector<QString>> discreteValues;
    Json extra;
};
void decode(const Json &j, SearchParam &out, const QString &path);
Json encode(const SearchParam &v);

struct AlgoConfigParam
{
    std::optional<QString> key;
    std::optional<LooseScalar> value;
    std::optional<QString> type;
    Json extra;
};
void decode(const Json &j, AlgoConfigParam &out, const QString &path);
Json encode(const AlgoConfigParam &v);

struct AlgoConfig
{
    std::optional<QString> name;
    std::optional<std::vector<AlgoConfigParam>> params;
    Json extra;
};
void decode(const Json &j, AlgoConfig &out, const QString &path);
Json encode(const AlgoConfig &v);

struct AutoSearchPolicy
{
    std::optional<QString> skipSearchParams;
    std::optional<std::vector<RewardAttr>> rewardAttrs;
    std::optional<std::vector<SearchParam>> searchParams;
    std::optional<std::vector<AlgoConfig>> algoConfigs;
    Json extra;
};
void decode(const Json &j, AutoSearchPolicy &out, const QString &path);
Json encode(const AutoSearchPolicy &v);

struct SearchAlgorithmParameter
{
    const char *key; // null: the table's row is unused
    const char *type; // "Integer", "Float" or "String"
};

/** @brief A built-in search algorithm (AlgoConfig::name) and the parameters it takes. */
struct SearchAlgorithm
{
    const char *name;
    std::array<SearchAlgorithmParameter, 5> parameters;
};

/**
 * The built-in search algorithms and their parameters, as GET /v2/{project_id}/search-algorithms
 * lists them (the user guide's tables explain each): the form offers them, modelarts-local accepts them.
 */
inline constexpr std::array<SearchAlgorithm, 3> kSearchAlgorithms { {
    { "bayes_opt_search",
        { { { "num_samples", "Integer" }, { "kind", "String" }, { "kappa", "Float" }, { "xi", "Float" },
            { "seed", "Integer" } } } },
    { "tpe_search",
        { { { "num_samples", "Integer" }, { "n_initial_points", "Integer" }, { "gamma", "Float" },
            { "seed", "Integer" }, { nullptr, nullptr } } } },
    { "anneal_search",
        { { { "num_samples", "Integer" }, { "avg_best_idx", "Float" }, { "shrink_coef", "Float" },
            { "seed", "Integer" }, { nullptr, nullptr } } } },
} };

struct AlgorithmPolicies
{
    std::optional<AutoSearchPolicy> autoSearch; // published as null when off: kept in extra
    Json extra;
};
void decode(const Json &j, AlgorithmPolicies &out, const QString &path);
Json encode(const AlgorithmPolicies &v);

struct DatasetRef
{
    QString id;
    std::optional<QString> versionId;
    std::optional<QString> obsUrl; // resolved by the service in responses
    Json extra;
};
void decode(const Json &j, DatasetRef &out, const QString &path);
Json encode(const DatasetRef &v);

struct ObsRef
{
    QString obsUrl;
    Json extra;
};
void decode(const Json &j, ObsRef &out, const QString &path);
Json encode(const ObsRef &v);

/** @brief Where an input or output channel lives: a dataset or an OBS path (outputs: OBS only). */
struct DataRemote
{
    std::optional<DatasetRef> dataset;
    std::optional<ObsRef> obs;
    Json extra;
};
void decode(const Json &j, DataRemote &out, const QString &path);
Json encode(const DataRemote &v);

struct RemoteConstraint
{
    std::optional<QString> dataType;
    std::optional<Json> attributes; // text in the SDK, shape not published: kept as JSON
    Json extra;
};
void decode(const Json &j, RemoteConstraint &out, const QString &path);
Json encode(const RemoteConstraint &v);

struct AlgorithmInput
{
    QString name;
    std::optional<QString> description;
    std::optional<QString> localDir;
    /** How the job reads the channel: "parameter" (a hyperparameter, the default) or "env". */
    std::optional<QString> accessMethod;
    DataRemote remote;
    std::optional<std::vector<RemoteConstraint>> remoteConstraint;
    Json extra;
};
void decode(const Json &j, AlgorithmInput &out, const QString &path);
Json encode(const AlgorithmInput &v);

struct AlgorithmOutput
{
    QString name;
    std::optional<QString> description;
    std::optional<QString> localDir;
    std::optional<QString> accessMethod; // as on AlgorithmInput
    DataRemote remote;
    Json extra;
};
void decode(const Json &j, AlgorithmOutput &out, const QString &path);
Json encode(const AlgorithmOutput &v);

/** @brief engine_id, or engine_name + engine_version, or image_url (custom image). */
struct AlgorithmEngine
{
    std::optional<QString> engineId;
    std::optional<QString> engineName;
    std::optional<QString> engineVersion;
    std::optional<QString> imageUrl;
    std::optional<bool> installSysPackages;
    Json extra;
};
void decode(const Json &j, AlgorithmEngine &out, const QString &path);
Json encode(const AlgorithmEngine &v);

/**
 * @brief The algorithm of a create request and of a job. One of: id |
 * subscription_id + item_version_id | code_dir + boot_file | engine.image_url + command.
 */
struct TrainingAlgorithm
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> subscriptionId;
    std::optional<QString> itemVersionId;
    std::optional<QString> codeDir;
    std::optional<QString> bootFile;
    std::optional<QString> command;
    std::optional<QString> autosearchConfigPath;
    std::optional<QString> autosearchFrameworkPath;
    std::optional<std::vector<AlgorithmParameter>> parameters;
    std::optional<AlgorithmPolicies> policies;
    std::optional<std::vector<AlgorithmInput>> inputs;
    std::optional<std::vector<AlgorithmOutput>> outputs;
    std::optional<AlgorithmEngine> engine;
    std::optional<QString> localCodeDir;
    std::optional<QString> workingDir;
    std::optional<StringMap> environments;
    std::optional<Json> summary; // {log_type, log_dir, data_sources}: passed through untyped
    Json extra;
};
void decode(const Json &j, TrainingAlgorithm &out, const QString &path);
Json encode(const TrainingAlgorithm &v);

// ---------------------------------------------------------------------------------------
// flavors (spec.resource.flavor_detail and T2-11 share FlavorInfo / FlavorBilling)

struct FlavorCpu
{
    std::optional<QString> arch;
    std::optional<int> coreNum;
    Json extra;
};
void decode(const Json &j, FlavorCpu &out, const QString &path);
Json encode(const FlavorCpu &v);

struct FlavorGpu
{
    std::optional<int> unitNum;
    std::optional<QString> productName;
    std::optional<LooseScalar> memory; // "32GB"
    Json extra;
};
void decode(const Json &j, FlavorGpu &out, const QString &path);
Json encode(const FlavorGpu &v);

struct FlavorNpu
{
    std::optional<LooseScalar> unitNum; // documented as a string
    std::optional<QString> productName;
    std::optional<LooseScalar> memory;
    Json extra;
};
void decode(const Json &j, FlavorNpu &out, const QString &path);
Json encode(const FlavorNpu &v);

/** @brief flavor_info.memory and flavor_info.disk: {size, unit}. */
struct FlavorSize
{
    std::optional<int> size;
    std::optional<QString> unit;
    Json extra;
};
void decode(const Json &j, FlavorSize &out, const QString &path);
Json encode(const FlavorSize &v);

struct FlavorInfo
{
    std::optional<int> maxNum;
    std::optional<FlavorCpu> cpu;
    std::optional<FlavorGpu> gpu;
    std::optional<FlavorNpu> npu;
    std::optional<FlavorSize> memory;
    std::optional<FlavorSize> disk;
    Json extra;
};
void decode(const Json &j, FlavorInfo &out, const QString &path);
Json encode(const FlavorInfo &v);

struct FlavorBilling
{
    std::optional<QString> code;
    std::optional<int> unitNum;
    Json extra;
};
void decode(const Json &j, FlavorBilling &out, const QString &path);
Json encode(const FlavorBilling &v);

struct FlavorDetail
{
    std::optional<QString> flavorType;
    std::optional<FlavorBilling> billing;
    std::optional<FlavorInfo> flavorInfo;
    Json extra;
};
void decode(const Json &j, FlavorDetail &out, const QString &path);
Json encode(const FlavorDetail &v);

// ---------------------------------------------------------------------------------------
// tasks[] and spec

/** @brief tasks[].task_resource: {flavor_id, node_count} in a request, a flavor in a job. */
struct TaskResource
{
    std::optional<QString> flavorId;
    std::optional<QString> flavorName;
    std::optional<QString> flavorType;
    std::optional<int> nodeCount;
    std::optional<int> maxNum;
    std::optional<FlavorBilling> billing;
    std::optional<FlavorInfo> flavorInfo;
    Json extra;
};
void decode(const Json &j, TaskResource &out, const QString &path);
Json encode(const TaskResource &v);

/** @brief One element of a job's "tasks" (heterogeneous jobs; not the T2-13 task list). */
struct TrainingTaskSpec
{
    std::optional<QString> role;
    std::optional<TrainingAlgorithm> algorithm;
    std::optional<TaskResource> taskResource;
    Json extra;
};
void decode(const Json &j, TrainingTaskSpec &out, const QString &path);
Json encode(const TrainingTaskSpec &v);

struct TrainingResource
{
    std::optional<QString> policy; // regular | economic (response)
    std::optional<QString> flavorId;
    std::optional<QString> flavorName;
    std::optional<int> nodeCount;
    std::optional<QString> poolId;
    std::optional<FlavorDetail> flavorDetail;
    Json extra;
};
void decode(const Json &j, TrainingResource &out, const QString &path);
Json encode(const TrainingResource &v);

struct NfsVolume
{
    std::optional<QString> nfsServerPath;
    std::optional<QString> localPath;
    std::optional<bool> readOnly;
    Json extra;
};
void decode(const Json &j, NfsVolume &out, const QString &path);
Json encode(const NfsVolume &v);

struct PfsVolume
{
    std::optional<QString> pfsPath;
    std::optional<QString> localPath;
    Json extra;
};
void decode(const Json &j, PfsVolume &out, const QString &path);
Json encode(const PfsVolume &v);

struct ObsVolume
{
    std::optional<QString> obsPath;
    std::optional<QString> localPath;
    Json extra;
};
void decode(const Json &j, ObsVolume &out, const QString &path);
Json encode(const ObsVolume &v);

/** @brief One of nfs | pfs | obs. */
struct TrainingVolume
{
    std::optional<NfsVolume> nfs;
    std::optional<PfsVolume> pfs;
    std::optional<ObsVolume> obs;
    Json extra;
};
void decode(const Json &j, TrainingVolume &out, const QString &path);
Json encode(const TrainingVolume &v);

struct LogExportPath
{
    std::optional<QString> obsUrl;
    std::optional<QString> hostPath;
    Json extra;
};
void decode(const Json &j, LogExportPath &out, const QString &path);
Json encode(const LogExportPath &v);

struct AutoStop
{
    std::optional<QString> timeUnit; // "HOURS"
    std::optional<int> duration;
    Json extra;
};
void decode(const Json &j, AutoStop &out, const QString &path);
Json encode(const AutoStop &v);

struct RequiredAffinity
{
    std::optional<QString> affinityType; // cabinet | hyperinstance
    std::optional<int> affinityGroupSize;
    Json extra;
};
void decode(const Json &j, RequiredAffinity &out, const QString &path);
Json encode(const RequiredAffinity &v);

struct SchedulePolicy
{
    std::optional<RequiredAffinity> requiredAffinity;
    std::optional<int> priority;
    std::optional<bool> preemptible;
    Json extra;
};
void decode(const Json &j, SchedulePolicy &out, const QString &path);
Json encode(const SchedulePolicy &v);

struct TrainingNotification
{
    std::optional<QString> topicUrn;
    std::optional<std::vector<QString>> events; // JobStarted, JobCompleted, ...
    Json extra;
};
void decode(const Json &j, TrainingNotification &out, const QString &path);
Json encode(const TrainingNotification &v);

struct TrainingSpec
{
    std::optional<TrainingResource> resource;
    std::optional<std::vector<TrainingVolume>> volumes;
    std::optional<LogExportPath> logExportPath;
    std::optional<SchedulePolicy> schedulePolicy;
    std::optional<AutoStop> autoStop;
    std::optional<TrainingNotification> notification;
    Json extra;
};
void decode(const Json &j, TrainingSpec &out, const QString &path);
Json encode(const TrainingSpec &v);

// ---------------------------------------------------------------------------------------
// endpoints

struct TaskUrl
{
    std::optional<QString> task;
    std::optional<QString> url;
    Json extra;
};
void decode(const Json &j, TaskUrl &out, const QString &path);
Json encode(const TaskUrl &v);

struct SshEndpoint
{
    std::optional<std::vector<QString>> keyPairNames;
    std::optional<std::vector<TaskUrl>> taskUrls; // response only
    Json extra;
};
void decode(const Json &j, SshEndpoint &out, const QString &path);
Json encode(const SshEndpoint &v);

/** @brief jupyter_lab, tensorboard and mindstudio_insight: {url, token}. */
struct WebEndpoint
{
    std::optional<QString> url;
    std::optional<QString> token;
    Json extra;
};
void decode(const Json &j, WebEndpoint &out, const QString &path);
Json encode(const WebEndpoint &v);

struct TrainingEndpoints
{
    std::optional<SshEndpoint> ssh;
    std::optional<WebEndpoint> jupyterLab;
    std::optional<WebEndpoint> tensorboard;
    std::optional<WebEndpoint> mindstudioInsight;
    Json extra;
};
void decode(const Json &j, TrainingEndpoints &out, const QString &path);
Json encode(const TrainingEndpoints &v);

// ---------------------------------------------------------------------------------------
// the job, the create request, search, small requests

/** @brief T2-1 request body. */
struct TrainingJobCreate
{
    QString kind = QStringLiteral("job"); // job | visualization_job
    TrainingJobMetadata metadata;
    std::optional<TrainingAlgorithm> algorithm;
    std::optional<std::vector<TrainingTaskSpec>> tasks;
    std::optional<TrainingSpec> spec;
    std::optional<TrainingEndpoints> endpoints;
    Json extra;
};
void decode(const Json &j, TrainingJobCreate &out, const QString &path);
Json encode(const TrainingJobCreate &v);

/** @brief T2-1/T2-2/T2-6 response and T2-3 item; kind, metadata.id/name and status.phase are required. */
struct TrainingJob
{
    QString kind;
    TrainingJobMetadata metadata;
    TrainingJobStatus status;
    std::optional<TrainingAlgorithm> algorithm;
    std::optional<std::vector<TrainingTaskSpec>> tasks;
    std::optional<TrainingSpec> spec;
    std::optional<TrainingEndpoints> endpoints;
    Json extra;
};
void decode(const Json &j, TrainingJob &out, const QString &path);
Json encode(const TrainingJob &v);

struct TrainingJobFilter
{
    QString key; // name, create_time, phase, algorithm_name, kind, user_id, runtime_type
    QString op; // JSON "operator": between | like | in | not
    std::optional<std::vector<QString>> value;
    Json extra;
};
void decode(const Json &j, TrainingJobFilter &out, const QString &path);
Json encode(const TrainingJobFilter &v);

struct TrainingJobTag
{
    std::optional<QString> key;
    std::optional<std::vector<QString>> values;
    Json extra;
};
void decode(const Json &j, TrainingJobTag &out, const QString &path);
Json encode(const TrainingJobTag &v);

/** @brief T2-3 request body. offset is the page number (0 = first page), not an item offset. */
struct TrainingJobSearchRequest
{
    std::optional<int> offset;
    std::optional<int> limit; // 1..kTrainingSearchMaxLimit
    std::optional<QString> sortBy;
    std::optional<QString> order; // desc | asc
    std::optional<QString> groupBy;
    std::optional<std::vector<TrainingJobFilter>> filters;
    std::optional<QString> workspaceId;
    std::optional<QString> trainType; // job | ftjob
    std::optional<std::vector<TrainingJobTag>> tags;
    std::optional<std::vector<QString>> hostIps;
    Json extra;
};
void decode(const Json &j, TrainingJobSearchRequest &out, const QString &path);
Json encode(const TrainingJobSearchRequest &v);

/** @brief T2-3 response: total = all jobs of the user, count = jobs matching the filters. */
struct TrainingJobSearchResult
{
    std::optional<int> total;
    std::optional<int> count;
    std::optional<int> limit;
    std::optional<int> offset;
    std::optional<QString> sortBy;
    std::optional<QString> order;
    std::optional<QString> groupBy;
    std::optional<QString> workspaceId;
    std::optional<QString> aiProject;
    std::optional<QString> trainType;
    std::vector<TrainingJob> items;
    Json extra;
};
void decode(const Json &j, TrainingJobSearchResult &out, const QString &path);
Json encode(const TrainingJobSearchResult &v);

/** @brief T2-4 request body (0-256 characters); the response body is null. */
struct TrainingJobDescriptionUpdate
{
    QString description;
    Json extra;
};
void decode(const Json &j, TrainingJobDescriptionUpdate &out, const QString &path);
Json encode(const TrainingJobDescriptionUpdate &v);

/** @brief T2-6 request body; "terminate" is the only documented action. */
struct TrainingJobAction
{
    QString actionType;
    Json extra;
};
void decode(const Json &j, TrainingJobAction &out, const QString &path);
Json encode(const TrainingJobAction &v);
TrainingJobAction terminateAction();

// ---------------------------------------------------------------------------------------
// T2-11 flavors, T2-12 engines

struct TrainingFlavor
{
    QString flavorId;
    std::optional<QString> flavorName;
    std::optional<int> maxNum;
    std::optional<QString> flavorType; // CPU | GPU | Ascend
    std::optional<FlavorBilling> billing;
    std::optional<FlavorInfo> flavorInfo;
    std::optional<StringMap> attributes;
    std::optional<QString> poolId;
    Json extra;
};
void decode(const Json &j, TrainingFlavor &out, const QString &path);
Json encode(const TrainingFlavor &v);

struct TrainingFlavorList
{
    std::optional<int> totalCount;
    std::vector<TrainingFlavor> flavors;
    Json extra;
};
void decode(const Json &j, TrainingFlavorList &out, const QString &path);
Json encode(const TrainingFlavorList &v);

struct EngineImageInfo
{
    std::optional<QString> cpuImageUrl;
    std::optional<QString> gpuImageUrl;
    std::optional<QString> imageVersion;
    Json extra;
};
void decode(const Json &j, EngineImageInfo &out, const QString &path);
Json encode(const EngineImageInfo &v);

struct TrainingEngine
{
    QString engineId;
    std::optional<QString> engineName;
    std::optional<QString> engineVersion;
    std::optional<bool> v1Compatible;
    std::optional<QString> runUser;
    std::optional<EngineImageInfo> imageInfo;
    Json extra;
};
void decode(const Json &j, TrainingEngine &out, const QString &path);
Json encode(const TrainingEngine &v);

struct TrainingEngineList
{
    std::optional<int> total;
    std::vector<TrainingEngine> items;
    Json extra;
};
void decode(const Json &j, TrainingEngineList &out, const QString &path);
Json encode(const TrainingEngineList &v);

// ---------------------------------------------------------------------------------------
// T2-10 events, T2-13 tasks, T2-7/8 logs, T2-9 metrics, T2-14 quotas

struct TrainingJobEvent
{
    std::optional<LooseScalar> time; // RFC 3339 text or epoch ms: see apiDateTime()
    std::optional<QString> level; // Info | Warning | Error
    std::optional<QString> message;
    std::optional<QString> source; // K8S | Job | Task (also seen: K8s)
    Json extra;
};
void decode(const Json &j, TrainingJobEvent &out, const QString &path);
Json encode(const TrainingJobEvent &v);

struct TrainingJobEventList
{
    std::optional<int> total; // typed String in the docs, numbers in the example
    std::optional<int> limit;
    std::optional<int> offset;
    std::optional<QString> order;
    std::optional<LooseScalar> startTime;
    std::optional<LooseScalar> endTime;
    std::vector<TrainingJobEvent> events;
    Json extra;
};
void decode(const Json &j, TrainingJobEventList &out, const QString &path);
Json encode(const TrainingJobEventList &v);

/** @brief One element of the T2-13 response, which is a bare JSON array. */
struct TrainingTask
{
    QString task; // "worker-0"
    std::optional<QString> ip;
    std::optional<QString> hostIp;
    std::optional<int> scheduleCount;
    Json extra;
};
void decode(const Json &j, TrainingTask &out, const QString &path);
Json encode(const TrainingTask &v);
using TrainingTaskList = std::vector<TrainingTask>;

/**
 * @brief T2-7. The text was sent as "context" before 2022-03-01; either key is read and
 * encode() writes the key it came from.
 */
struct TrainingLogPreview
{
    QString content;
    std::optional<qint64> currentSize;
    std::optional<qint64> fullSize;
    bool legacyContextKey = false;
    Json extra;
};
void decode(const Json &j, TrainingLogPreview &out, const QString &path);
Json encode(const TrainingLogPreview &v);

/** @brief T2-8: a temporary link, valid for 5 minutes. */
struct TrainingLogUrl
{
    QString obsUrl;
    Json extra;
};
void decode(const Json &j, TrainingLogUrl &out, const QString &path);
Json encode(const TrainingLogUrl &v);

/** @brief One series of T2-9: one value per minute, kMetricNoData where there is none. */
struct TrainingMetricSeries
{
    QString metric; // cpuUsage | memUsage | gpuUtil | gpuMemUsage | npuUtil | npuMemUsage
    std::vector<double> value;
    Json extra;
};
void decode(const Json &j, TrainingMetricSeries &out, const QString &path);
Json encode(const TrainingMetricSeries &v);

struct TrainingMetrics
{
    std::vector<TrainingMetricSeries> metrics;
    Json extra;
};
void decode(const Json &j, TrainingMetrics &out, const QString &path);
Json encode(const TrainingMetrics &v);

inline constexpr double kMetricNoData = -1.0;
bool isMetricNoData(double value);
/** The series named @p metric, or nullptr. */
const TrainingMetricSeries *findMetric(const TrainingMetrics &metrics, const QString &metric);

struct TrainingQuota
{
    QString resource; // "job-num"
    std::optional<int> quota;
    std::optional<int> used;
    Json extra;
};
void decode(const Json &j, TrainingQuota &out, const QString &path);
Json encode(const TrainingQuota &v);

struct TrainingQuotas
{
    std::vector<TrainingQuota> quotas;
    Json extra;
};
void decode(const Json &j, TrainingQuotas &out, const QString &path);
Json encode(const TrainingQuotas &v);

/** @brief A TMS tag of a training job (CreateTrainJobTags body, ShowTrainJobTags answer). */
struct TmsTag
{
    QString key;
    std::optional<QString> value;
    Json extra;
};
void decode(const Json &j, TmsTag &out, const QString &path);
Json encode(const TmsTag &v);

/** @brief {tags: [TmsTag]}: the body of both tag calls. */
struct TrainingJobTagList
{
    std::vector<TmsTag> tags;
    Json extra;
};
void decode(const Json &j, TrainingJobTagList &out, const QString &path);
Json encode(const TrainingJobTagList &v);
/** @brief items of the autosearch-trials answer: a table, one row per trial (cells of any JSON type). */
struct AutoSearchTrialTable
{
    std::vector<QString> header; // e.g. trial_id, config, status, reward_attr, the metric
    std::vector<Json> data; // rows: arrays in header order
    Json extra;
};
void decode(const Json &j, AutoSearchTrialTable &out, const QString &path);
Json encode(const AutoSearchTrialTable &v);

/** @brief GET .../training-jobs/{id}/autosearch-trials: the trials of a hyperparameter search. */
struct AutoSearchTrials
{
    std::optional<int> total;
    std::optional<int> count;
    std::optional<int> limit;
    std::optional<int> offset;
    std::optional<QString> groupBy;
    std::optional<AutoSearchTrialTable> items;
    Json extra;
};
void decode(const Json &j, AutoSearchTrials &out, const QString &path);
Json encode(const AutoSearchTrials &v);
} // namespace ma::api
