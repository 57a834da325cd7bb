#pragma once

// What the user has typed into the Create Training Job form (training.md §1), independent
// of widgets: the form edits a TrainingJobDraft, the validator checks it field by field,
// and the draft converts to the v2 create request (or the v1 legacy one). Drafts are
// saved as JSON so an unfinished form survives a crash, and a job converts back into a
// draft for Rebuild.

#include "api/types/training.h"
#include "api/types/trainingv1.h"
#include "models/autosearchdraft.h"
#include "models/keyvalue.h"

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief An input or output channel row (§1.3.1, §1.3.2). */
struct DataChannel
{
    enum class Source
    {
        DataPath, // an OBS path
        Dataset, // input only: dataset id + version
    };
    enum class Delivery
    {
        Hyperparameter, // "Obtained from: Hyperparameters" (default)
        EnvironmentVariable,
    };
    QString name; // data_url / train_url recommended
    Source source = Source::DataPath;
    QString obsPath; // obs://bucket/dir/
    QString datasetId;
    QString datasetVersionId;
    Delivery delivery = Delivery::Hyperparameter;
    /**
     * Not sent: the v2 create body's outputs have no predownload field (Output: name,
     * description, local_dir, access_method, remote). Kept for the saved draft only.
     */
    bool predownload = false; // outputs only
    /** local_dir: the container path of the channel; empty lets the service choose. Kept by Rebuild. */
    QString localDir;
    bool operator==(const DataChannel &) const = default;
};

/** @brief One SFS Turbo mount row (§1.5, dedicated pools, at most 5). */
struct SfsTurboMount
{
    QString fileSystem; // SFS Turbo name or id (nfs server path for the API)
    QString mountPath; // container path
    QString directory = QStringLiteral("/"); // storage location inside the file system
    bool readOnly = false;
    /** Not sent: spec.volumes[].nfs has nfs_server_path, local_path and read_only only. */
    QString mountOptions = QStringLiteral("vers=3,timeo=600,nolock,hard");
    bool operator==(const SfsTurboMount &) const = default;
};

struct TrainingJobDraft
{
    enum class AlgorithmType
    {
        CustomAlgorithm,
        MyAlgorithm,
        MySubscription, // an algorithm subscribed in AI Gallery
    };
    enum class BootMode
    {
        PresetImage,
        CustomImage,
    };
    enum class CodeSource
    {
        Obs,
        Sfs,
    };
    enum class TrainingMode
    {
        Common,
        HighPerformance,
        FaultDiagnosis,
    };

    // Basic information (§1.1)
    QString name;
    QString description;

    // Algorithm (§1.2)
    AlgorithmType algorithmType = AlgorithmType::CustomAlgorithm;
    QString algorithmId; // My algorithm
    /** My subscription: algorithm.subscription_id and item_version_id, as AI Gallery shows them. */
    QString subscriptionId;
    QString itemVersionId;
    BootMode bootMode = BootMode::PresetImage;
    QString engineName; // preset image: engine ("PyTorch")
    QString engineVersion; // preset image: version, or kCustomizeVersion
    QString engineId; // the engine_id of the chosen version when known
    QString image; // custom image, or preset version "Customize": org/image:tag
    CodeSource codeSource = CodeSource::Obs;
    QString codeDir; // obs://bucket/code/, or with Code Source = SFS a folder of the SFS mount (/mnt/sfs/code/)
    QString bootFile; // obs://bucket/code/train.py (preset image)
    QString bootCommand; // custom image
    /**
     * Custom image. Not sent: the v2 JobEngine has no run user (engine_id, engine_name,
     * engine_version, image_url, install_sys_packages, image_repo_id only).
     */
    QString userId = QStringLiteral("1000"); // text so bad input is kept as typed
    QString localCodeDir = QStringLiteral("/home/ma-user/modelarts/user-job-dir");
    QString workDir;

    // Training parameters (§1.3)
    QList<DataChannel> inputs;
    QList<DataChannel> outputs;
    QList<KeyValue> hyperparameters;
    /** My algorithm with auto search: the Hyperparameter search block (§1.3.6). */
    AutoSearchDraft autoSearch;
    QList<KeyValue> environment;
    bool autoRestart = false;
    int restartCount = 3; // 1..128
    bool unconditionalRestart = false;
    bool restartOnSuspension = false;

    // Resource (§1.4, §1.5)
    bool dedicatedPool = false;
    QString poolId; // dedicated: the pool's metadata.name; empty for the public pool
    QString resourceType; // public: CPU | GPU | Ascend
    QString flavorId;
    int nodeCount = 1;
    int priority = 1; // dedicated: 1..3
    QList<SfsTurboMount> sfsTurbo;
    bool persistentLog = true;
    QString logPath; // obs:// job log path
    bool notification = false;
    QString topicUrn;
    QStringList notificationEvents; // JobStarted, JobCompleted, JobFailed, JobTerminated, JobHanged
    bool autoStop = false;
    int autoStopHours = 1; // 1, 2, 4, 6 or a custom 1..720
    bool sshTrust = false; // not sent: the v2 create body has no SSH mutual-trust field
    QString sshKeyDir = QStringLiteral("/home/ma-user/.ssh");

    // Training mode (§1.6) and tags (§1.7)
    TrainingMode trainingMode = TrainingMode::Common; // not sent: no field in the v2 create body
    QList<KeyValue> tags;

    bool operator==(const TrainingJobDraft &) const = default;

    /** The engine version entry that asks for an own image (§1.2.3). */
    static QString customizeVersion();
    /** "job-" + time stamp + 4 random characters, as the console proposes a name. */
    static QString generateName();
    /**
     * The name Rebuild proposes for a copy of the job @p jobName: a generated name stays a
     * fresh generated name, any other gets "-" + 4 random characters (shortened to fit 64).
     */
    static QString rebuildName(const QString &jobName);
    /** A draft with the console's defaults (generated name, one data_url input, one train_url output). */
    static TrainingJobDraft withDefaults();

    /** Saved-draft JSON (all fields; not an API body). */
    api::Json toJson() const;
    /** Missing or malformed keys keep the defaults of a default-constructed draft. */
    static TrainingJobDraft fromJson(const api::Json &json);

    /** Rebuild (§5): the form pre-filled from @p job; the name gets a fresh suffix. */
    static TrainingJobDraft fromJob(const api::TrainingJob &job);

    /**
     * The v2 create request (T2-1, api.md §2.1.1). @p workspaceId goes to
     * metadata.workspace_id when not empty. Only what the form shows for the current
     * choices is sent (hidden fields are left out).
     */
    api::TrainingJobCreate toCreateRequest(const QString &workspaceId = QString()) const;
    /**
     * The legacy v1 create request (T1-1, seed 003). In legacy mode the form lists v1
     * resource specs and AI engines, so flavorId holds the v1 spec_id and engineId the v1
     * engine_id as decimal text; inputs become data_source, the first output train_url,
     * hyperparameters config.parameter.
     */
    api::v1::TrainingJobCreate toV1CreateRequest(const QString &workspaceId = QString()) const;

    /**
     * The form fields set to something other than their default that the v2 create request
     * cannot carry, by their form label (User ID, Predownload, Mount options, SSH mutual
     * trust, Training mode), with the value as the user set it. Only fields the form shows
     * for the current choices are listed. @p legacyV1: the v1 body (toV1CreateRequest())
     * carries less still, and those fields are listed too.
     */
    QList<KeyValue> notSentFields(bool legacyV1 = false) const;
};

/** The prefix the v2 API gives code_dir for code in an SFS file system ("file:///mnt/sfs/code/"). */
inline constexpr const char *kSfsCodePrefix = "file://";

/** Keys of the v2 metadata.annotations the form writes (C8:21191-21204). */
inline constexpr const char *kAnnotationRetryNum = "fault-tolerance/job-retry-num";
inline constexpr const char *kAnnotationUnconditionalRetry = "fault-tolerance/job-unconditional-retry";
/** "Restart Upon Suspension" (api.md §2.1.1 documents the key; value "true"). */
inline constexpr const char *kAnnotationHangRetry = "fault-tolerance/hang-retry";
} // namespace ma::models
