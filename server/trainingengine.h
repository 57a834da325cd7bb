#pragma once

// The lifecycle of training jobs in modelarts-local, shared by the v2 and the v1 API:
// Creating -> Pending (queued per pool, priority then age) -> Running -> Completed / Failed,
// and Terminating -> Terminated on request. Jobs on the "local" pool run their boot command
// for real through LocalExecutor; jobs on any other pool are simulated (TrainingSimulator).
//
// Storage: a job is the JSON document its GET endpoint returns (kind "training_job" with
// the v2 TrainingJob, or "training_job_v1" with the v1 version details), plus a private
// "_local" object with the engine's bookkeeping (phase, timestamps, execution plan), which
// present() strips. Annotations of docs/server-conventions.md (nodes, queue position) are
// kept in metadata.annotations of both kinds (v1 output strips "metadata").
//
// Time: nominal step durations are divided by the server's time scale. A simulated job
// lives in "job time" = wall-clock time x the time scale it was created with (kept per job,
// so a restart with another scale does not bend its history): its nominal minute k, with
// its log lines and samples, happens k x 60 s / scale after the start. Timestamps and
// durations in documents are wall-clock. Everything happens on the server thread, paced by
// a LifecycleTicker that runs while jobs are active; nothing blocks. A restart resumes from the stored timestamps; a
// local job that was running cannot be resumed and is marked Failed.

#include "poolview.h"
#include "servercontext.h"
#include "trainingjobindex.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace ma::server
{
class LifecycleTicker;
class LocalExecutor;
struct ProcessSample;

inline const QString kTrainingJobKind = QStringLiteral("training_job");
inline const QString kTrainingJobV1Kind = QStringLiteral("training_job_v1");

/** @brief A job as a create request resolved it: the document and how to run it. */
struct TrainingLaunch
{
    QString kind; // kTrainingJobKind | kTrainingJobV1Kind
    QString id;
    Json document; // the API document as created; the engine sets the phase fields
    QString poolId; // a dedicated pool's metadata.name, "local", or "" (public pool)
    QString flavorId; // shape of one node (metrics)
    int nodeCount = 1;
    int priority = 1; // 1..3, higher first
    QString workspaceId = QStringLiteral("0");
    QString engineName; // banner of simulated logs
    bool visualization = false; // runs until terminated (or auto-stopped)
    bool runLocally = false; // run `command` for real (pool "local")
    QString command; // /bin/sh -c
    QMap<QString, QString> environment;
    qint64 nominalRunMs = 0; // simulated run length (job time: divided by the time scale)
    int exitCode = 0; // simulated outcome: 0 completes, else fails halfway with this code
    qint64 autoStopMs = 0; // spec.auto_stop in job time; 0 = none
};

/** @brief Inputs of a local execution plan (both APIs describe the same things differently). */
/** How a local job receives a channel's folder (the v2 API's access_method). */
enum class ChannelDelivery
{
    ArgumentAndEnvironment, // no access_method: both, so scripts written either way run
    Argument, // "parameter": --name=<folder>
    Environment, // "env": name=<folder> in the environment
};

ChannelDelivery channelDelivery(const std::optional<QString> &accessMethod);

struct LocalChannel
{
    QString name;
    QString url; // OBS url / dataset://id
    ChannelDelivery delivery = ChannelDelivery::ArgumentAndEnvironment;
    /**
     * The request's local_dir (a container path). When set, the job reads and writes a
     * copy under the job's folder: inputs are copied there before the boot command,
     * outputs copied back to their OBS folder after it.
     */
    QString localDir;
};

struct LocalPlanRequest
{
    QString codeDir; // obs://..., /bucket/... or a local folder
    QString bootFile; // absolute like codeDir, or relative to it
    QString command; // custom-image style: run as given
    QList<QPair<QString, QString>> parameters; // hyperparameters: --name=value (boot file) or env (command)
    QList<LocalChannel> inputs;
    QList<LocalChannel> outputs;
    QMap<QString, QString> environment;
    QString jobDir; // the job's folder on this computer, for channels with a local_dir
};

struct LocalPlan
{
    QString command;
    QMap<QString, QString> environment;
    QMap<QString, QString> channelDirs; // channel name -> local folder
};

class TrainingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingEngine)

public:
    explicit TrainingEngine(ServerContext &context, QObject *parent = nullptr);
    ~TrainingEngine() override;

    /** Rebuilds the indexes, settles what a restart interrupted, starts the clock. */
    void start();

    /** Stores a new job in phase Creating with its first event. Runs inside the caller's transaction. */
    void submit(TrainingLaunch launch);

    /** @brief Where a demo job stands: its phase and history (seedDemoData). */
    struct History
    {
        QString phase; // Completed | Failed | Terminated | Running | Pending
        qint64 createdMs = 0;
        qint64 startMs = 0; // 0: never ran
        qint64 endMs = 0; // terminal phases
        double timeFactor = 1.0;
        int exitCode = 0;
    };
    /** Stores a demo job with its logs, metrics and events already written. */
    void seed(TrainingLaunch launch, const History &history);

    const TrainingJobIndex &index(const QString &kind) const;
    /** The stored document (with the bookkeeping), or nullopt. */
    std::optional<Json> stored(const QString &kind, const QString &id) const;
    /** The API view of a stored document: bookkeeping removed, live duration. */
    Json present(const QString &kind, const Json &document) const;
    /** Writes a document changed by an API call (description) and refreshes the index. */
    void save(const QString &kind, const QString &id, const Json &document);

    /** Phase of a stored document (both kinds). */
    static QString phaseOf(const Json &document);
    /** Task names ("worker-0", ...) of a stored document. */
    static QStringList tasksOf(const Json &document);
    /** IPs of a task as T2-13 shows them. */
    static QPair<QString, QString> taskAddresses(const Json &document, const QString &task);

    /** Starts terminating an active job (the caller checked the phase). */
    void terminate(const QString &kind, const QString &id);
    /** Moves a queued job to @p priority (1..3); the next scheduling round serves it accordingly. */
    void setPriority(const QString &kind, const QString &id, int priority);
    /** Deletes a job with its events, logs, samples and working folder; stops it first. */
    void remove(const QString &kind, const QString &id);

    /**
     * One value per @p stepMs (wall clock) for each of the six metrics (-1 = no data), from
     * the job's start to its end (or now). Empty series before the job runs.
     */
    QList<QPair<QString, QList<double>>> metricSeries(
        const QString &id, const Json &document, const QString &task, qint64 stepMs) const;

    /** The pool a job may use: findPool(), or the built-in "local" pool before the pool module has stored it. */
    std::optional<PoolView> trainingPool(const QString &name) const;
    /** Simulated run length: @p requestedSeconds (MA_LOCAL_DURATION_SECONDS) when > 0, else 10-30 minutes from @p id.
     */
    static qint64 simulatedRunMs(const QString &id, const QString &requestedSeconds);
    /** Simulated exit code: N for "exit N" (N > 0) in @p command, 1 when @p failFlag is "1", else 0. */
    static int simulatedExitCode(const QString &command, const QString &failFlag);

    /** Working folder of a local job (<dataDir>/training-jobs/<id>). */
    QString workingDir(const QString &id) const;
    /**
     * Turns a boot file or command into what LocalExecutor runs: OBS URLs mapped to folders
     * (outputs and inputs created), hyperparameters as --name=value for a boot file and as
     * environment variables for a command, channels as both. False with @p error when a
     * path cannot be mapped.
     */
    bool planLocal(const LocalPlanRequest &request, LocalPlan *plan, QString *error) const;

private:
    /** In-memory state of a job that is not finished yet (what the clock looks at). */
    struct Active
    {
        QString kind;
        QString id;
        QString phase;
        qint64 sinceMs = 0;
        qint64 createdMs = 0;
        qint64 startMs = 0;
        QString poolId;
        int nodeCount = 1;
        int priority = 1;
        bool local = false;
        bool visualization = false;
        double factor = 1.0;
        qint64 runMs = 0;
        int exitCode = 0;
        qint64 autoStopMs = 0;
        QString flavorId;
        QString engineName;
        QStringList tasks;
        QStringList nodes;
        int emittedMinutes = 0;
        int queuePosition = 0;
    };

    static QString keyOf(const QString &kind, const QString &id) { return kind + u'/' + id; }
    TrainingJobIndex &indexFor(const QString &kind);
    Active activeFrom(const QString &kind, const QString &id, const Json &document) const;
    void write(const QString &kind, const QString &id, const Json &document);
    /** Loads, changes and writes a stored document. */
    template <typename Fn> void update(const Active &job, Fn &&change);
    void recordEvent(
        const Active &job, const QString &level, const QString &source, const QString &message, qint64 timeMs = 0);

    void tick();
    void advance(const QString &key);
    void schedule();
    void toPending(Active &job);
    /** Fails the running jobs on nodes whose driver a forcible upgrade is installing (with an event). */
    void stopJobsOnForcedDriverUpgrades();
    void startRunning(Active &job, const QStringList &nodes);
    void launchLocal(Active &job);
    void emitSimulatedMinutes(Active &job, qint64 upToJobMs);
    /** Ends a job; @p jobTimeEnd >= 0 ends a simulated run at exactly that much job time. */
    void finish(const QString &key, const QString &phase, int exitCode, const QString &reason, qint64 jobTimeEnd = -1);
    void releaseNodes(Active &job, Json &document);
    void onLocalOutput(const QString &key, const QByteArray &text);
    void onLocalSample(const QString &key, const ProcessSample &sample);
    void onLocalFinished(const QString &key, int exitCode, const QString &message);
    void stopExecutor(const QString &key, const QString &removeDirAfter = QString());
    void updateTimer();

    QStringList pickNodes(const QString &poolId, int count) const;

    ServerContext &m_ctx;
    TrainingJobIndex m_v2;
    TrainingJobIndex m_v1;
    QHash<QString, Active> m_active;
    QHash<QString, LocalExecutor *> m_executors;
    LifecycleTicker *m_ticker;
    bool m_started = false;
};
} // namespace ma::server
