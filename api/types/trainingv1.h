#pragma once

// Typed resources of the historical ModelArts v1 training API (api.md §2.2, seed 003).
//
// Same mapping rules as training.h. The v1 docs type ids and times as Long/Int but the
// examples publish them as strings ("job_id": "10"): those are integers here and decode
// from either. Values documented as text but published as numbers ("core": 2) are
// LooseScalar so they are written back as they came. Every response carries the
// envelope flag is_success; failure bodies (is_success false, error_message) are the
// client's ApiError and are not modelled here.

#include "api/types/training.h"

#include <optional>
#include <QString>
#include <QUrlQuery>
#include <vector>

namespace ma::api::v1
{
// ---------------------------------------------------------------------------------------
// T1-1 / T1-5 create request

/** @brief config.parameter[]: a hyper-parameter, or an environment variable for custom images. */
struct TrainingParameter
{
    std::optional<QString> label;
    std::optional<LooseScalar> value; // "0.01" in requests, 0.01 in version listings
    Json extra;
};
void decode(const Json &j, TrainingParameter &out, const QString &path);
Json encode(const TrainingParameter &v);

struct DataSource
{
    std::optional<QString> datasetId;
    std::optional<QString> datasetVersion; // sic: not dataset_version_id
    std::optional<QString> type; // obs | dataset
    std::optional<QString> dataUrl;
    Json extra;
};
void decode(const Json &j, DataSource &out, const QString &path);
Json encode(const DataSource &v);

/** @brief volumes[].nfs: an SFS Turbo file system. */
struct NfsMount
{
    std::optional<QString> id;
    std::optional<QString> srcPath;
    std::optional<QString> destPath;
    std::optional<bool> readOnly;
    Json extra;
};
void decode(const Json &j, NfsMount &out, const QString &path);
Json encode(const NfsMount &v);

/** @brief volumes[].host_path (dedicated pools only). */
struct HostPathMount
{
    std::optional<QString> srcPath;
    std::optional<QString> destPath;
    std::optional<bool> readOnly;
    Json extra;
};
void decode(const Json &j, HostPathMount &out, const QString &path);
Json encode(const HostPathMount &v);

/** @brief One of nfs | host_path. */
struct Volume
{
    std::optional<NfsMount> nfs;
    std::optional<HostPathMount> hostPath;
    Json extra;
};
void decode(const Json &j, Volume &out, const QString &path);
Json encode(const Volume &v);

/**
 * @brief The job's "config". The docs mark app_url, boot_file_url, spec_id, engine_id and
 * model_id all mandatory, but they are alternatives (model_id | code + engine | custom
 * image; spec_id for public pools | pool_id), so only worker_server_num is required.
 */
struct TrainingConfig
{
    int workerServerNum = 1;
    std::optional<QString> appUrl;
    std::optional<QString> bootFileUrl;
    std::optional<std::vector<TrainingParameter>> parameter;
    std::optional<QString> dataUrl;
    std::optional<QString> datasetId;
    std::optional<QString> datasetVersionId;
    std::optional<std::vector<DataSource>> dataSource;
    std::optional<qint64> specId;
    std::optional<QString> poolId;
    std::optional<qint64> engineId;
    std::optional<qint64> modelId;
    std::optional<QString> trainUrl;
    std::optional<QString> logUrl;
    std::optional<QString> userImageUrl;
    std::optional<QString> userCommand;
    std::optional<bool> createVersion;
    std::optional<std::vector<Volume>> volumes;
    std::optional<qint64> preVersionId; // T1-5 (new version) only, required there
    Json extra;
};
void decode(const Json &j, TrainingConfig &out, const QString &path);
Json encode(const TrainingConfig &v);

/** @brief T1-1 request body. */
struct TrainingJobCreate
{
    QString jobName;
    std::optional<QString> jobDesc;
    std::optional<QString> workspaceId;
    TrainingConfig config;
    Json extra;
};
void decode(const Json &j, TrainingJobCreate &out, const QString &path);
Json encode(const TrainingJobCreate &v);

/** @brief T1-5 request body (config.pre_version_id names the parent version). */
struct TrainingJobVersionCreate
{
    std::optional<QString> jobDesc;
    TrainingConfig config;
    Json extra;
};
void decode(const Json &j, TrainingJobVersionCreate &out, const QString &path);
Json encode(const TrainingJobVersionCreate &v);

/** @brief T1-1 and T1-5 response (T1-5 has no resource_id). */
struct TrainingJobCreateResult
{
    bool isSuccess = false;
    qint64 jobId = 0;
    std::optional<QString> jobName;
    std::optional<int> status; // see JobStatus
    std::optional<qint64> createTime; // epoch ms
    std::optional<qint64> versionId; // absent when create_version was false
    std::optional<QString> resourceId;
    std::optional<QString> versionName;
    Json extra;
};
void decode(const Json &j, TrainingJobCreateResult &out, const QString &path);
Json encode(const TrainingJobCreateResult &v);

/** @brief T1-3 request body. */
struct TrainingJobDescriptionUpdate
{
    QString jobDesc;
    Json extra;
};
void decode(const Json &j, TrainingJobDescriptionUpdate &out, const QString &path);
Json encode(const TrainingJobDescriptionUpdate &v);

/** @brief {is_success}: T1-3, T1-4, T1-8 and T1-9 responses. */
struct SuccessResponse
{
    bool isSuccess = false;
    Json extra;
};
void decode(const Json &j, SuccessResponse &out, const QString &path);
Json encode(const SuccessResponse &v);

// ---------------------------------------------------------------------------------------
// T1-2 list

/** @brief T1-2 query parameters; unset ones are left to the server defaults. */
struct TrainingJobListParams
{
    std::optional<int> status; // a JobStatus code
    std::optional<int> perPage; // 1..1000, default 10
    std::optional<int> page; // 1-based, default 1
    std::optional<QString> sortBy; // job_name | job_desc | status | duration | version_count | create_time
    std::optional<QString> order; // asc | desc
    std::optional<QString> searchContent;
    std::optional<QString> workspaceId;
};
QUrlQuery toUrlQuery(const TrainingJobListParams &params);

struct TrainingJobSummary
{
    qint64 jobId = 0;
    std::optional<QString> jobName;
    std::optional<qint64> versionId;
    std::optional<int> status;
    std::optional<qint64> createTime; // epoch ms
    std::optional<qint64> duration; // ms
    std::optional<QString> jobDesc;
    std::optional<qint64> versionCount;
    Json extra;
};
void decode(const Json &j, TrainingJobSummary &out, const QString &path);
Json encode(const TrainingJobSummary &v);

struct TrainingJobList
{
    bool isSuccess = false;
    std::optional<int> jobTotalCount;
    std::optional<int> jobCountLimit;
    std::optional<int> quotas;
    std::vector<TrainingJobSummary> jobs;
    Json extra;
};
void decode(const Json &j, TrainingJobList &out, const QString &path);
Json encode(const TrainingJobList &v);

// ---------------------------------------------------------------------------------------
// T1-6 / T1-7 versions

/**
 * @brief A job version: an element of T1-6 "versions" and the whole T1-7 body (which adds
 * is_success, job_id, job_name, job_desc and spec_code). model_metric_list and
 * system_metric_list are JSON text in T1-6 and an object in T1-7, so they stay Json; see
 * expandJsonText().
 */
struct TrainingJobVersion
{
    qint64 versionId = 0;
    std::optional<QString> versionName;
    std::optional<qint64> preVersionId;
    std::optional<int> engineType;
    std::optional<QString> engineName;
    std::optional<qint64> engineId;
    std::optional<QString> engineVersion;
    std::optional<int> status;
    std::optional<QString> appUrl;
    std::optional<QString> bootFileUrl;
    std::optional<qint64> createTime;
    std::optional<std::vector<TrainingParameter>> parameter;
    std::optional<qint64> duration;
    std::optional<qint64> specId;
    std::optional<LooseScalar> core;
    std::optional<LooseScalar> cpu;
    std::optional<bool> gpu;
    std::optional<int> gpuNum;
    std::optional<QString> gpuType;
    std::optional<int> workerServerNum;
    std::optional<QString> dataUrl;
    std::optional<QString> trainUrl;
    std::optional<QString> logUrl;
    std::optional<QString> datasetVersionId;
    std::optional<QString> datasetId;
    std::optional<std::vector<DataSource>> dataSource;
    std::optional<qint64> modelId;
    std::optional<Json> modelMetricList;
    std::optional<Json> systemMetricList;
    std::optional<QString> userImageUrl;
    std::optional<QString> userCommand;
    std::optional<QString> resourceId;
    std::optional<QString> datasetName;
    std::optional<qint64> startTime;
    std::optional<std::vector<Volume>> volumes;
    std::optional<QString> datasetVersionName;
    std::optional<QString> poolName;
    std::optional<QString> poolId;
    std::optional<QString> nasMountPath;
    std::optional<QString> nasShareAddr;
    std::optional<QString> nasType;
    // T1-7 only
    std::optional<bool> isSuccess;
    std::optional<qint64> jobId;
    std::optional<QString> jobName;
    std::optional<QString> jobDesc;
    std::optional<QString> specCode;
    Json extra;
};
void decode(const Json &j, TrainingJobVersion &out, const QString &path);
Json encode(const TrainingJobVersion &v);

/** @brief T1-6 response. */
struct TrainingJobVersionList
{
    bool isSuccess = false;
    std::optional<qint64> jobId;
    std::optional<QString> jobName;
    std::optional<QString> jobDesc;
    std::optional<int> versionCount;
    std::vector<TrainingJobVersion> versions;
    Json extra;
};
void decode(const Json &j, TrainingJobVersionList &out, const QString &path);
Json encode(const TrainingJobVersionList &v);

/**
 * @brief A metric list as an object: parses JSON text, returns objects as they are, and
 * returns null for anything unreadable.
 */
Json expandJsonText(const Json &value);

// ---------------------------------------------------------------------------------------
// T1-10 / T1-11 logs

struct LogFileNames
{
    bool isSuccess = false;
    std::vector<QString> logFileList; // one file per worker
    Json extra;
};
void decode(const Json &j, LogFileNames &out, const QString &path);
Json encode(const LogFileNames &v);

/** @brief T1-11 query parameters. */
struct AomLogParams
{
    QString logFile;
    std::optional<QString> baseLine; // cursor; empty = latest
    std::optional<int> lines; // 0..500, default 50
    std::optional<QString> order; // desc (next) | asc (previous)
};
QUrlQuery toUrlQuery(const AomLogParams &params);

struct AomLog
{
    bool isSuccess = false;
    std::optional<QString> content;
    std::optional<int> lines;
    std::optional<LooseScalar> startLine; // cursor tokens: numbers beyond 2^53 or text
    std::optional<LooseScalar> endLine;
    Json extra;
};
void decode(const Json &j, AomLog &out, const QString &path);
Json encode(const AomLog &v);

// ---------------------------------------------------------------------------------------
// T1-12 resource specs, T1-13 engines

struct ResourceSpec
{
    qint64 specId = 0;
    std::optional<LooseScalar> core;
    std::optional<LooseScalar> cpu;
    std::optional<int> gpuNum;
    std::optional<QString> gpuType;
    std::optional<QString> specCode;
    std::optional<int> maxNum;
    std::optional<int> unitNum;
    std::optional<QString> storage;
    std::optional<int> interfaceType;
    std::optional<bool> noResource;
    Json extra;
};
void decode(const Json &j, ResourceSpec &out, const QString &path);
Json encode(const ResourceSpec &v);

struct ResourceSpecList
{
    bool isSuccess = false;
    std::optional<int> specTotalCount;
    std::vector<ResourceSpec> specs;
    Json extra;
};
void decode(const Json &j, ResourceSpecList &out, const QString &path);
Json encode(const ResourceSpecList &v);

struct AiEngine
{
    qint64 engineId = 0;
    std::optional<int> engineType;
    std::optional<QString> engineName;
    std::optional<QString> engineVersion;
    Json extra;
};
void decode(const Json &j, AiEngine &out, const QString &path);
Json encode(const AiEngine &v);

struct AiEngineList
{
    bool isSuccess = false;
    std::vector<AiEngine> engines;
    Json extra;
};
void decode(const Json &j, AiEngineList &out, const QString &path);
Json encode(const AiEngineList &v);

// ---------------------------------------------------------------------------------------
// Status codes (OTC "Job Statuses", api.md §3)

enum class JobStatus
{
    Unknown = 0,
    Init = 1,
    ImageCreating = 2,
    ImageFailed = 3,
    SubmitTrying = 4,
    SubmitFailed = 5,
    DeleteFailed = 6,
    Waiting = 7,
    Running = 8,
    Killing = 9,
    Completed = 10,
    Failed = 11,
    Killed = 12,
    Canceled = 13,
    Lost = 14,
    Scaling = 15,
    SubmitModelFailed = 16,
    DeployServiceFailed = 17,
    CheckInit = 18,
    CheckRunning = 19,
    CheckRunningCompleted = 20,
    CheckFailed = 21
};

/** The documented constant ("JOBSTAT_INIT"); empty for codes outside 0..21. */
QString statusName(int status);
/** A translated word for the status column ("Initializing"); "Unknown (n)" for other codes. */
QString statusText(int status);
} // namespace ma::api::v1
