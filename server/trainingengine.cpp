#include "trainingengine.h"

#include "api/obsmapper.h"
#include "flavorcatalog.h"
#include "lifecycleticker.h"
#include "localexecutor.h"
#include "pathconfinement.h"
#include "poolview.h"
#include "serverutil.h"
#include "trainingcatalog.h"
#include "trainingsimulator.h"

#include <cmath>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace ma::server
{
namespace
{
// Nominal lengths of the lifecycle steps (divided by the time scale).
constexpr qint64 kCreatingMs = 4000;
constexpr qint64 kPendingMinMs = 3000;
constexpr qint64 kTerminatingMs = 3000;
constexpr qint64 kMinuteMs = 60000;
constexpr int kMaxMetricPoints = 20000;
constexpr int kSampleIntervalMs = 1000;

const QString kRunning = QStringLiteral("Running");
const QString kPending = QStringLiteral("Pending");
const QString kCreating = QStringLiteral("Creating");
const QString kTerminating = QStringLiteral("Terminating");
const QString kTerminated = QStringLiteral("Terminated");
const QString kCompleted = QStringLiteral("Completed");
const QString kFailed = QStringLiteral("Failed");
const QString kNodesAnnotation = QStringLiteral("os.modelarts.local/nodes");
const QString kQueueAnnotation = QStringLiteral("os.modelarts.local/queue-position");
const QString kInfo = QStringLiteral("Info");
const QString kError = QStringLiteral("Error");
const QString kWarning = QStringLiteral("Warning");
const QString kJob = QStringLiteral("Job");
const QString kTask = QStringLiteral("Task");
const QString kK8s = QStringLiteral("K8S");

std::string s(const QString &text)
{
    return text.toStdString();
}

QString qs(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

bool isV1(const QString &kind)
{
    return kind == kTrainingJobV1Kind;
}

bool isTerminal(const QString &phase)
{
    return phase == kCompleted || phase == kFailed || phase == kTerminated || phase == u"Abnormal";
}

Json &loc(Json &doc)
{
    Json &l = doc["_local"];
    if (!l.is_object())
        l = Json::object();
    return l;
}

const Json &locOf(const Json &doc)
{
    static const Json empty = Json::object();
    if (!doc.is_object())
        return empty;
    const auto it = doc.find("_local");
    return it != doc.end() && it->is_object() ? *it : empty;
}

QString locStr(const Json &doc, const char *key)
{
    const Json &l = locOf(doc);
    const auto it = l.find(key);
    return it == l.end() ? QString() : qs(*it);
}

qint64 locInt(const Json &doc, const char *key, qint64 fallback = 0)
{
    const Json &l = locOf(doc);
    const auto it = l.find(key);
    return it != l.end() && it->is_number() ? it->get<qint64>() : fallback;
}

double locDouble(const Json &doc, const char *key, double fallback)
{
    const Json &l = locOf(doc);
    const auto it = l.find(key);
    return it != l.end() && it->is_number() ? it->get<double>() : fallback;
}

bool locBool(const Json &doc, const char *key)
{
    const Json &l = locOf(doc);
    const auto it = l.find(key);
    return it != l.end() && it->is_boolean() && it->get<bool>();
}

QString nameOf(const QString &kind, const Json &doc)
{
    return isV1(kind) ? stringAt(doc, "/job_name") : stringAt(doc, "/metadata/name");
}

void setAnnotation(Json &doc, const QString &key, const QString &value)
{
    Json &metadata = doc["metadata"];
    if (!metadata.is_object())
        metadata = Json::object();
    Json &annotations = metadata["annotations"];
    if (!annotations.is_object())
        annotations = Json::object();
    annotations[s(key)] = s(value);
}

void removeAnnotation(Json &doc, const QString &key)
{
    const Json::json_pointer ptr("/metadata/annotations");
    if (!doc.contains(ptr) || !doc.at(ptr).is_object())
        return;
    Json &annotations = doc.at(ptr);
    annotations.erase(s(key));
    if (annotations.empty())
        doc["metadata"].erase("annotations");
}

void setPhase(const QString &kind, Json &doc, const QString &phase, const QString &secondary, qint64 nowMs)
{
    Json &l = loc(doc);
    l["phase"] = s(phase);
    l["since"] = nowMs;
    if (isV1(kind))
    {
        doc["status"] = trainingcatalog::v1StatusCode(phase);
        return;
    }
    Json &status = doc["status"];
    if (!status.is_object())
        status = Json::object();
    status["phase"] = s(phase);
    status["secondary_phase"] = s(secondary);
}

const FlavorShape &shapeOf(const QString &flavorId)
{
    if (const FlavorShape *f = flavors::find(flavorId))
        return *f;
    return flavors::training().front();
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

quint32 hashOf(const QString &text)
{
    const QByteArray d = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return (static_cast<quint32>(static_cast<quint8>(d.at(0))) << 8) | static_cast<quint8>(d.at(1));
}
} // namespace

TrainingEngine::TrainingEngine(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_ticker(new LifecycleTicker(
          context.clock(), QStringLiteral("training"), [this] { tick(); }, this))
{
}

// The server destroys its modules after it has closed the store: nothing here may touch it.
// The executors (children) kill what they still run in their own destructors.
TrainingEngine::~TrainingEngine()
{
    m_ticker->setRunning(false);
    for (LocalExecutor *executor : std::as_const(m_executors))
        executor->disconnect(this);
}

const TrainingJobIndex &TrainingEngine::index(const QString &kind) const
{
    return isV1(kind) ? m_v1 : m_v2;
}

TrainingJobIndex &TrainingEngine::indexFor(const QString &kind)
{
    return isV1(kind) ? m_v1 : m_v2;
}

std::optional<Json> TrainingEngine::stored(const QString &kind, const QString &id) const
{
    return m_ctx.store().get(kind, id);
}

QString TrainingEngine::phaseOf(const Json &document)
{
    const QString phase = locStr(document, "phase");
    // Documents written by someone else (tests of other modules) have no bookkeeping.
    return phase.isEmpty() ? stringAt(document, "/status/phase") : phase;
}

QStringList TrainingEngine::tasksOf(const Json &document)
{
    QStringList tasks;
    const Json &l = locOf(document);
    const auto it = l.find("tasks");
    if (it != l.end() && it->is_array())
    {
        for (const Json &t : *it)
            tasks << qs(t);
    }
    return tasks;
}

QPair<QString, QString> TrainingEngine::taskAddresses(const Json &document, const QString &task)
{
    if (locStr(document, "pool") == flavors::kLocalPool)
        return { QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1") };
    const quint32 h = hashOf(stringAt(document, "/metadata/id") + stringAt(document, "/job_id") + task);
    return { QStringLiteral("172.16.%1.%2").arg((h >> 8) & 0x3f).arg((h & 0xff) % 250 + 2),
        QStringLiteral("192.168.0.%1").arg((h >> 4) % 200 + 10) };
}

Json TrainingEngine::present(const QString &kind, const Json &document) const
{
    Json out = document;
    out.erase("_local");
    const QString phase = phaseOf(document);
    const qint64 start = locInt(document, "start");
    qint64 duration = locInt(document, "duration");
    if (start > 0 && (phase == kRunning || phase == kTerminating))
        duration = std::max<qint64>(0, m_ctx.clock().nowMs() - start);
    if (isV1(kind))
    {
        out.erase("metadata");
        out["duration"] = duration;
    }
    else if (out.contains("status") && out["status"].is_object())
    {
        out["status"]["duration"] = duration;
    }
    return out;
}

namespace
{
ResourceIndex resourceIndexOf(const QString &kind, const Json &document)
{
    const QString phase = TrainingEngine::phaseOf(document);
    ResourceIndex ix;
    ix.name = nameOf(kind, document);
    ix.status = isV1(kind) ? QString::number(trainingcatalog::v1StatusCode(phase)) : phase;
    ix.createdMs = locInt(document, "created");
    ix.parent = locStr(document, "pool");
    ix.workspace = locStr(document, "workspace");
    ix.priority = static_cast<int>(locInt(document, "priority", 1));
    // The nodes a job holds: from the moment the scheduler gives them to it until it stops
    // running (Creating precedes the queue here, so it holds nothing yet).
    ix.units = phase == kRunning ? static_cast<int>(locInt(document, "nodes_needed", 1)) : 0;
    return ix;
}

TrainingJobSummary summaryOf(const QString &kind, const QString &id, const Json &document)
{
    const ResourceIndex ix = resourceIndexOf(kind, document);
    TrainingJobSummary sum;
    sum.id = id;
    sum.name = ix.name;
    sum.description = isV1(kind) ? stringAt(document, "/job_desc") : stringAt(document, "/metadata/description");
    sum.phase = TrainingEngine::phaseOf(document);
    // A v1 version after the first is indexed apart from the jobs (trainingv1api.h).
    const QString v1Version = stringAt(document, "/version_id");
    sum.kind = !isV1(kind)                                                  ? stringAt(document, "/kind")
        : v1Version.isEmpty() || v1Version == stringAt(document, "/job_id") ? QStringLiteral("job")
                                                                            : QStringLiteral("job_version");
    sum.algorithmName = isV1(kind) ? stringAt(document, "/engine_name") : stringAt(document, "/algorithm/name");
    sum.poolId = ix.parent;
    sum.flavorId = locStr(document, "flavor");
    sum.workspaceId = ix.workspace.isEmpty() ? QStringLiteral("0") : ix.workspace;
    sum.userName = stringAt(document, "/metadata/user_name");
    sum.createdMs = ix.createdMs;
    if (!locOf(document).contains("created"))
    { // written by someone else
        sum.createdMs = isV1(kind) ? intAt(document, "/create_time") : intAt(document, "/metadata/create_time");
        sum.poolId = isV1(kind) ? stringAt(document, "/pool_id") : stringAt(document, "/spec/resource/pool_id");
    }
    sum.startMs = locInt(document, "start");
    sum.durationMs = locInt(document, "duration");
    sum.priority = ix.priority;
    return sum;
}
} // namespace

void TrainingEngine::write(const QString &kind, const QString &id, const Json &document)
{
    const TrainingJobSummary summary = summaryOf(kind, id, document);
    m_ctx.store().put(kind, id, document, resourceIndexOf(kind, document), summary.encode());
    indexFor(kind).upsert(summary);
}

void TrainingEngine::save(const QString &kind, const QString &id, const Json &document)
{
    write(kind, id, document);
}

template <typename Fn> void TrainingEngine::update(const Active &job, Fn &&change)
{
    std::optional<Json> doc = stored(job.kind, job.id);
    if (!doc)
        return;
    change(*doc);
    write(job.kind, job.id, *doc);
}

void TrainingEngine::recordEvent(
    const Active &job, const QString &level, const QString &source, const QString &message, qint64 timeMs)
{
    m_ctx.store().addEvent(job.kind, job.id, { timeMs > 0 ? timeMs : m_ctx.clock().nowMs(), level, source, message });
}

TrainingEngine::Active TrainingEngine::activeFrom(const QString &kind, const QString &id, const Json &document) const
{
    Active a;
    a.kind = kind;
    a.id = id;
    a.phase = phaseOf(document);
    a.sinceMs = locInt(document, "since");
    a.createdMs = locInt(document, "created");
    a.startMs = locInt(document, "start");
    a.poolId = locStr(document, "pool");
    a.nodeCount = static_cast<int>(locInt(document, "nodes_needed", 1));
    a.priority = static_cast<int>(locInt(document, "priority", 1));
    a.local = locStr(document, "exec") == u"local";
    a.visualization = locBool(document, "visual");
    a.factor = locDouble(document, "factor", 1.0);
    a.runMs = locInt(document, "run_ms");
    a.exitCode = static_cast<int>(locInt(document, "exit"));
    a.autoStopMs = locInt(document, "auto_stop_ms");
    a.flavorId = locStr(document, "flavor");
    a.engineName = locStr(document, "engine");
    a.tasks = tasksOf(document);
    const QString nodes = stringAt(document, "/metadata/annotations/os.modelarts.local~1nodes");
    if (!nodes.isEmpty())
        a.nodes = nodes.split(u',');
    a.queuePosition = static_cast<int>(intAt(document, "/metadata/annotations/os.modelarts.local~1queue-position", 0));
    return a;
}

// ---------------------------------------------------------------------------------------
// Creating jobs

namespace
{
/** Fills the bookkeeping and the phase fields every new job has. */
void initialise(const TrainingLaunch &launch, Json &doc, qint64 createdMs, double factor)
{
    QStringList tasks;
    for (int i = 0; i < launch.nodeCount; ++i)
        tasks << QStringLiteral("worker-%1").arg(i);
    Json taskArray = Json::array();
    for (const QString &t : tasks)
        taskArray.push_back(s(t));

    Json &l = loc(doc);
    l["created"] = createdMs;
    l["pool"] = s(launch.poolId);
    l["flavor"] = s(launch.flavorId);
    l["nodes_needed"] = launch.nodeCount;
    l["priority"] = launch.priority;
    l["workspace"] = s(launch.workspaceId);
    l["engine"] = s(launch.engineName);
    l["visual"] = launch.visualization;
    l["exec"] = launch.runLocally ? "local" : "simulated";
    l["run_ms"] = launch.nominalRunMs;
    l["exit"] = launch.exitCode;
    l["factor"] = factor;
    l["auto_stop_ms"] = launch.autoStopMs;
    l["tasks"] = taskArray;
    if (launch.runLocally)
    {
        l["command"] = s(launch.command);
        Json env = Json::object();
        for (auto it = launch.environment.cbegin(); it != launch.environment.cend(); ++it)
            env[s(it.key())] = s(it.value());
        l["env"] = env;
    }
    l["start"] = 0;
    l["end"] = 0;
    l["duration"] = 0;

    if (isV1(launch.kind))
    {
        doc["create_time"] = createdMs;
        doc["start_time"] = 0;
        doc["duration"] = 0;
    }
    else
    {
        doc["metadata"]["create_time"] = createdMs;
        Json &status = doc["status"];
        if (!status.is_object())
            status = Json::object();
        status["duration"] = 0;
        status["start_time"] = 0;
        status["node_count_metrics"] = nullptr;
        status["tasks"] = taskArray;
    }
}
} // namespace

void TrainingEngine::submit(TrainingLaunch launch)
{
    const qint64 now = m_ctx.clock().nowMs();
    Json doc = std::move(launch.document);
    const double factor = launch.runLocally ? 1.0 : m_ctx.clock().scale();
    initialise(launch, doc, now, factor);
    setPhase(launch.kind, doc, kCreating, kCreating, now);
    write(launch.kind, launch.id, doc);
    const Active job = activeFrom(launch.kind, launch.id, doc);
    recordEvent(job, kInfo, kJob, QStringLiteral("Training job created."), now);
    m_active.insert(keyOf(job.kind, job.id), job);
    updateTimer();
}

void TrainingEngine::seed(TrainingLaunch launch, const History &h)
{
    Json doc = std::move(launch.document);
    initialise(launch, doc, h.createdMs, h.timeFactor);
    const bool terminal = isTerminal(h.phase);
    setPhase(launch.kind, doc, h.phase, h.phase == kPending ? QStringLiteral("Queuing") : h.phase,
        terminal ? h.endMs : (h.startMs > 0 ? h.startMs : h.createdMs + 5000));
    Json &l = loc(doc);
    const qint64 now = m_ctx.clock().nowMs();
    const qint64 until = terminal ? h.endMs : now;
    const qint64 duration = h.startMs > 0 ? until - h.startMs : 0;
    const qint64 jobTime = static_cast<qint64>(duration * h.timeFactor);
    QStringList nodes;
    if (h.startMs > 0)
    {
        l["start"] = h.startMs;
        if (isV1(launch.kind))
        {
            doc["start_time"] = h.startMs;
        }
        else
        {
            Json &status = doc["status"];
            status["start_time"] = h.startMs;
            Json metrics = Json::array({ Json::array({ h.startMs, launch.nodeCount }) });
            Json record = { { "start_at", h.startMs / 1000 }, { "start_type", "init_or_rescheduled" } };
            if (terminal)
            {
                metrics.push_back(Json::array({ h.endMs, 0 }));
                record["end_at"] = h.endMs / 1000;
                record["end_reason"] = h.phase == kCompleted ? "job completed"
                    : h.phase == kFailed                     ? s(QStringLiteral("exit with %1").arg(h.exitCode))
                                                             : "job terminated";
            }
            status["node_count_metrics"] = metrics;
            status["running_records"] = Json::array({ record });
        }
    }
    if (terminal)
    {
        l["end"] = h.endMs;
        l["duration"] = duration;
        if (isV1(launch.kind))
            doc["duration"] = duration;
        else
            doc["status"]["duration"] = duration;
    }
    if (h.phase == kRunning && !launch.poolId.isEmpty())
    {
        nodes = pickNodes(launch.poolId, launch.nodeCount);
        if (!nodes.isEmpty())
            setAnnotation(doc, kNodesAnnotation, nodes.join(u','));
    }
    const QStringList tasks = tasksOf(doc);
    if (terminal && h.startMs > 0 && !isV1(launch.kind))
    {
        Json statuses = Json::array();
        for (const QString &t : tasks)
            statuses.push_back({ { "task", s(t) }, { "exit_code", h.exitCode }, { "message", "" } });
        doc["status"]["task_statuses"] = statuses;
    }
    write(launch.kind, launch.id, doc);

    Active job = activeFrom(launch.kind, launch.id, doc);
    recordEvent(job, kInfo, kJob, QStringLiteral("Training job created."), h.createdMs);
    recordEvent(job, kInfo, kJob, QStringLiteral("The training job is queuing."), h.createdMs + 4000);
    if (h.startMs > 0)
    {
        recordEvent(job, kInfo, kK8s,
            QStringLiteral("[Job: modelarts-job-%1] Scheduled: resources allocated%2")
                .arg(job.id, nodes.isEmpty() ? QString() : QStringLiteral(" on %1").arg(nodes.join(u", "))),
            h.startMs - 1000);
        recordEvent(job, kInfo, kJob, QStringLiteral("Training job is running."), h.startMs);
        for (const QString &t : tasks)
            recordEvent(job, kInfo, kTask, QStringLiteral("[%1] training started.").arg(t), h.startMs);

        // History: logs and metrics of every minute of job time until the end (or now).
        const qint64 runMinutes = std::max<qint64>(1, (launch.nominalRunMs + kMinuteMs - 1) / kMinuteMs);
        TrainingSimulator sim(job.id, shapeOf(job.flavorId), job.engineName, runMinutes);
        for (const QString &t : tasks)
            m_ctx.store().appendLog(job.id, t, sim.startLog(t, h.startMs));
        job.startMs = h.startMs;
        emitSimulatedMinutes(job, jobTime);
        if (terminal)
        {
            for (const QString &t : tasks)
            {
                if (h.phase != kTerminated)
                    m_ctx.store().appendLog(job.id, t, sim.endLog(t, h.exitCode, h.endMs));
                recordEvent(job, h.exitCode == 0 ? kInfo : kError, kTask,
                    QStringLiteral("[%1] Training finished. Exit code %2.").arg(t).arg(h.exitCode), h.endMs);
            }
        }
    }
    if (h.phase == kCompleted)
        recordEvent(job, kInfo, kJob, QStringLiteral("Training job completed."), h.endMs);
    else if (h.phase == kFailed)
        recordEvent(job, kError, kJob, QStringLiteral("Training job failed."), h.endMs);
    else if (h.phase == kTerminated)
        recordEvent(job, kInfo, kJob, QStringLiteral("Training job terminated."), h.endMs);
    if (terminal)
        m_ctx.store().seal(job.kind, job.id);
}

// ---------------------------------------------------------------------------------------
// The clock

void TrainingEngine::start()
{
    m_v2.clear();
    m_v1.clear();
    m_active.clear();
    Store &store = m_ctx.store();
    // The index comes from the summaries stored beside the documents: only the documents of
    // unfinished jobs are read. A row without a summary (written by an earlier version or by
    // someone else) is summarised from its document once, and the summary is kept.
    try
    {
        store.transaction(
            [&]
            {
                for (const QString &kind : { kTrainingJobKind, kTrainingJobV1Kind })
                {
                    for (const StoredSummary &row : store.summaries(kind))
                    {
                        TrainingJobSummary summary;
                        std::optional<Json> doc;
                        if (!TrainingJobSummary::decode(row.summary, &summary) || summary.id != row.id)
                        {
                            doc = store.get(kind, row.id);
                            if (!doc)
                                continue;
                            QString id = isV1(kind) ? stringAt(*doc, "/version_id") : stringAt(*doc, "/metadata/id");
                            if (id.isEmpty() && isV1(kind))
                                id = stringAt(*doc, "/job_id");
                            if (id.isEmpty())
                                continue;
                            summary = summaryOf(kind, id, *doc);
                            if (id == row.id)
                                store.setSummary(kind, id, summary.encode());
                        }
                        indexFor(kind).upsert(summary);
                        if (isTerminal(summary.phase))
                            continue;
                        if (!doc)
                            doc = store.get(kind, row.id);
                        // Only jobs this module created (with bookkeeping) are driven.
                        if (doc && locOf(*doc).contains("phase"))
                            m_active.insert(keyOf(kind, summary.id), activeFrom(kind, summary.id, *doc));
                    }
                }
            });
    }
    catch (const std::exception &e)
    {
        qWarning("training: loading the job index failed: %s", e.what());
    }
    m_started = true;

    // A process that ran on this computer died with the previous server; simulated jobs
    // continue from their stored timestamps.
    try
    {
        store.transaction(
            [this]
            {
                const QStringList keys = m_active.keys();
                for (const QString &key : keys)
                {
                    Active &job = m_active[key];
                    if (job.local && (job.phase == kRunning || job.phase == kTerminating))
                    {
                        // PR_SET_PDEATHSIG took the shell; what it left in the background
                        // would keep running beside the next queued job.
                        // A server killed before it recorded the group (the process had started,
                        // its started signal was not yet handled) leaves no pgid: then every
                        // process marked with the job's id goes, whatever its group.
                        const auto doc = stored(job.kind, job.id);
                        const qint64 pgid = doc ? locInt(*doc, "pgid") : 0;
                        if (pgid > 1)
                            LocalExecutor::killOrphanedGroup(pgid, job.id);
                        else
                            LocalExecutor::killMarkedProcesses(job.id);
                    }
                    if (job.local && job.phase == kRunning)
                    {
                        recordEvent(job, kError, kJob,
                            QStringLiteral("The modelarts-local backend restarted while the job was running on this "
                                           "computer; a local job cannot be resumed."));
                        finish(key, kFailed, -1, QStringLiteral("backend restarted"));
                    }
                    else if (job.local && job.phase == kTerminating)
                    {
                        finish(key, kTerminated, 137, QStringLiteral("job terminated"));
                    }
                    else if (job.phase == kRunning && job.startMs > 0)
                    {
                        const auto samples = m_ctx.store().samples(
                            job.id, job.tasks.value(0) + QStringLiteral(":cpuUsage"), job.startMs);
                        if (!samples.empty())
                        {
                            job.emittedMinutes = static_cast<int>(
                                static_cast<qint64>((samples.back().timeMs - job.startMs) * job.factor) / kMinuteMs
                                + 1);
                        }
                    }
                }
            });
    }
    catch (const std::exception &e)
    {
        qWarning("training: resuming jobs failed: %s", e.what());
    }
    updateTimer();
}

void TrainingEngine::updateTimer()
{
    if (m_started)
        m_ticker->setRunning(!m_active.isEmpty());
}

void TrainingEngine::tick()
{
    // One transaction per tick: a tick without changes costs no disk write. A failure (the
    // store closed or failing) goes to the ticker, which tries again in a while.
    m_ctx.store().transaction(
        [&]
        {
            stopJobsOnForcedDriverUpgrades();
            const QStringList keys = m_active.keys();
            for (const QString &key : keys)
                advance(key);
            schedule();
        });
    updateTimer();
}

void TrainingEngine::stopJobsOnForcedDriverUpgrades()
{
    // A forcible driver upgrade (console §3.3.3) does not wait for a node's jobs: they fail.
    QHash<QString, QSet<QString>> forced; // pool → nodes being upgraded forcibly
    const QStringList keys = m_active.keys();
    for (const QString &key : keys)
    {
        const auto it = m_active.find(key);
        if (it == m_active.end() || it->phase != kRunning || it->local || it->nodes.isEmpty() || it->poolId.isEmpty())
            continue;
        if (!forced.contains(it->poolId))
            forced.insert(it->poolId, forcedDriverUpgradeNodes(m_ctx.store(), it->poolId));
        const QSet<QString> &upgrading = forced[it->poolId];
        for (const QString &node : std::as_const(it->nodes))
        {
            if (!upgrading.contains(node))
                continue;
            recordEvent(*it, kError, kJob,
                QStringLiteral("The driver of the node %1 is being upgraded forcibly; the training job is stopped.")
                    .arg(node));
            if (!it->local)
                emitSimulatedMinutes(*it, static_cast<qint64>((m_ctx.clock().nowMs() - it->startMs) * it->factor));
            finish(key, kFailed, 137, QStringLiteral("node driver upgraded forcibly"));
            break;
        }
    }
}

void TrainingEngine::advance(const QString &key)
{
    const auto it = m_active.find(key);
    if (it == m_active.end())
        return;
    Active &job = it.value();
    const qint64 now = m_ctx.clock().nowMs();
    const Clock &clock = m_ctx.clock();

    if (job.phase == kCreating)
    {
        if (now - job.sinceMs >= clock.scaled(kCreatingMs))
            toPending(job);
        return;
    }
    if (job.phase == kTerminating)
    {
        if (!m_executors.contains(key) && now - job.sinceMs >= clock.scaled(kTerminatingMs))
            finish(key, kTerminated, job.startMs > 0 ? 143 : 0, QStringLiteral("job terminated"));
        return;
    }
    if (job.phase != kRunning || job.startMs <= 0)
        return;

    const qint64 jobNow = static_cast<qint64>((now - job.startMs) * job.factor);
    if (job.autoStopMs > 0 && jobNow >= job.autoStopMs)
    {
        if (!job.local)
            emitSimulatedMinutes(job, job.autoStopMs);
        recordEvent(job, kWarning, kJob,
            QStringLiteral("The training job is stopped because it reached its maximum running duration "
                           "(%1 hours).")
                .arg(job.autoStopMs / 3600000.0));
        terminate(job.kind, job.id);
        return;
    }
    if (job.local)
        return; // the process decides
    if (job.exitCode != 0)
    {
        const qint64 failAt = std::max<qint64>(kMinuteMs, job.runMs / 2);
        if (jobNow >= failAt)
        {
            emitSimulatedMinutes(job, failAt);
            finish(key, kFailed, job.exitCode, QStringLiteral("exit with %1").arg(job.exitCode), failAt);
            return;
        }
    }
    else if (!job.visualization && jobNow >= job.runMs)
    {
        emitSimulatedMinutes(job, std::max<qint64>(0, job.runMs - 1));
        finish(key, kCompleted, 0, QStringLiteral("job completed"), job.runMs);
        return;
    }
    emitSimulatedMinutes(job, jobNow);
}

void TrainingEngine::emitSimulatedMinutes(Active &job, qint64 upToJobMs)
{
    const qint64 runMinutes = std::max<qint64>(1, (job.runMs + kMinuteMs - 1) / kMinuteMs);
    if (static_cast<qint64>(job.emittedMinutes) * kMinuteMs > upToJobMs)
        return;
    const FlavorShape &shape = shapeOf(job.flavorId);
    const TrainingSimulator sim(job.id, shape, job.engineName, runMinutes);
    const QStringList metrics = TrainingSimulator::metricNames(shape);
    Store &store = m_ctx.store();
    while (static_cast<qint64>(job.emittedMinutes) * kMinuteMs <= upToJobMs
        && (job.visualization || job.emittedMinutes < runMinutes))
    {
        const int k = job.emittedMinutes;
        const qint64 logTime = job.startMs + static_cast<qint64>(k * kMinuteMs / job.factor);
        const qint64 sampleTime = job.startMs + static_cast<qint64>((k * kMinuteMs + kMinuteMs / 2) / job.factor);
        for (const QString &task : std::as_const(job.tasks))
        {
            if (!job.visualization)
                store.appendLog(job.id, task, sim.minuteLog(task, k, logTime));
            for (const QString &metric : metrics)
                store.addSample(job.id, task + u':' + metric, { sampleTime, sim.metric(task, metric, k) });
        }
        ++job.emittedMinutes;
    }
}

void TrainingEngine::toPending(Active &job)
{
    const qint64 now = m_ctx.clock().nowMs();
    update(job, [&](Json &doc) { setPhase(job.kind, doc, kPending, QStringLiteral("Queuing"), now); });
    job.phase = kPending;
    job.sinceMs = now;
    recordEvent(job, kInfo, kJob, QStringLiteral("The training job is queuing."), now);
}

void TrainingEngine::schedule()
{
    // Pending jobs per pool, served by priority (higher first), then age.
    QMap<QString, QList<QString>> queues;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
    {
        if (it->phase == kPending)
            queues[it->poolId] << it.key();
    }
    const qint64 now = m_ctx.clock().nowMs();
    const qint64 minPending = m_ctx.clock().scaled(kPendingMinMs);
    for (auto q = queues.begin(); q != queues.end(); ++q)
    {
        QList<QString> &keys = q.value();
        std::sort(keys.begin(), keys.end(),
            [this](const QString &a, const QString &b)
            {
                const Active &x = m_active[a];
                const Active &y = m_active[b];
                if (x.priority != y.priority)
                    return x.priority > y.priority;
                if (x.createdMs != y.createdMs)
                    return x.createdMs < y.createdMs;
                return x.id < y.id;
            });
        const QString poolId = q.key();
        const bool unlimited = poolId.isEmpty(); // the public pool always has room
        int freeNodes = 0;
        if (!unlimited)
        {
            const std::optional<PoolView> pool = trainingPool(poolId);
            if (!pool)
            {
                for (const QString &key : std::as_const(keys))
                {
                    recordEvent(m_active[key], kError, kJob,
                        QStringLiteral("The resource pool %1 does not exist any more.").arg(poolId));
                    finish(key, kFailed, -1, QStringLiteral("pool deleted"));
                }
                continue;
            }
            freeNodes = pool->isRunning() ? pool->nodeCount - pool->usedNodes : 0;
        }
        bool blocked = false;
        int position = 0;
        for (const QString &key : std::as_const(keys))
        {
            Active &job = m_active[key];
            const bool eligible = now - job.sinceMs >= minPending;
            if (eligible && (unlimited || (!blocked && freeNodes >= job.nodeCount)))
            {
                QStringList nodes;
                if (!unlimited)
                {
                    nodes = pickNodes(poolId, job.nodeCount);
                    freeNodes -= job.nodeCount;
                }
                startRunning(job, nodes);
                continue;
            }
            if (!unlimited)
                blocked = true; // strict order: nobody overtakes the head of the queue
            ++position;
            if (job.queuePosition != position)
            {
                job.queuePosition = position;
                update(job, [&](Json &doc) { setAnnotation(doc, kQueueAnnotation, QString::number(position)); });
            }
        }
    }
}

QStringList TrainingEngine::pickNodes(const QString &poolId, int count) const
{
    QSet<QString> held;
    for (const Active &a : m_active)
    {
        if (a.poolId == poolId)
        {
            for (const QString &n : a.nodes)
                held.insert(n);
        }
    }
    QStringList names;
    for (const Json &node : m_ctx.store().list(QStringLiteral("node"), poolId))
    {
        const QString name = stringAt(node, "/metadata/name");
        if (stringAt(node, "/status/phase") == u"Available" && !held.contains(name))
            names << name;
    }
    names.sort();
    return names.mid(0, count);
}

void TrainingEngine::startRunning(Active &job, const QStringList &nodes)
{
    const qint64 now = m_ctx.clock().nowMs();
    job.phase = kRunning;
    job.sinceMs = now;
    job.startMs = now;
    job.nodes = nodes;
    job.queuePosition = 0;
    job.emittedMinutes = 0;
    update(job,
        [&](Json &doc)
        {
            setPhase(job.kind, doc, kRunning, kRunning, now);
            loc(doc)["start"] = now;
            removeAnnotation(doc, kQueueAnnotation);
            if (!nodes.isEmpty())
                setAnnotation(doc, kNodesAnnotation, nodes.join(u','));
            if (isV1(job.kind))
            {
                doc["start_time"] = now;
                return;
            }
            Json &status = doc["status"];
            status["start_time"] = now;
            Json &metrics = status["node_count_metrics"];
            if (!metrics.is_array())
                metrics = Json::array();
            metrics.push_back(Json::array({ now, job.nodeCount }));
            Json &records = status["running_records"];
            if (!records.is_array())
                records = Json::array();
            records.push_back({ { "start_at", now / 1000 }, { "start_type", "init_or_rescheduled" } });
        });
    const QString where = nodes.isEmpty() ? (job.poolId.isEmpty() ? QStringLiteral("the public resource pool")
                                                                  : QStringLiteral("pool %1").arg(job.poolId))
                                          : nodes.join(u", ");
    recordEvent(job, kInfo, kK8s,
        QStringLiteral("[Job: modelarts-job-%1] Scheduled: resources allocated on %2").arg(job.id, where), now);
    for (const QString &task : std::as_const(job.tasks))
    {
        recordEvent(job, kInfo, kK8s,
            QStringLiteral("[Pod: modelarts-job-%1-%2] Started: Started container").arg(job.id, task), now);
        recordEvent(job, kInfo, kTask, QStringLiteral("[%1] training started.").arg(task), now);
    }
    recordEvent(job, kInfo, kJob, QStringLiteral("Training job is running."), now);

    if (job.local)
    {
        launchLocal(job);
        return;
    }
    const qint64 runMinutes = std::max<qint64>(1, (job.runMs + kMinuteMs - 1) / kMinuteMs);
    const TrainingSimulator sim(job.id, shapeOf(job.flavorId), job.engineName, runMinutes);
    for (const QString &task : std::as_const(job.tasks))
        m_ctx.store().appendLog(job.id, task, sim.startLog(task, now));
}

std::optional<PoolView> TrainingEngine::trainingPool(const QString &name) const
{
    std::optional<PoolView> pool = findPool(m_ctx.store(), name);
    if (pool)
    {
        if (pool->isLocal)
            pool->nodeCount = std::max(pool->nodeCount, 1); // this computer is always there
        return pool;
    }
    if (name != flavors::kLocalPool)
        return std::nullopt;
    PoolView local;
    local.name = flavors::kLocalPool;
    local.displayName = flavors::kLocalPool;
    local.phase = kRunning;
    local.flavorId = flavors::local().id;
    local.shape = &flavors::local();
    local.scope = QStringList { QStringLiteral("Train"), QStringLiteral("Notebook") };
    local.nodeCount = 1;
    local.usedNodes = m_ctx.store().unitsHeld(flavors::kLocalPool);
    local.isLocal = true;
    return local;
}

qint64 TrainingEngine::simulatedRunMs(const QString &id, const QString &requestedSeconds)
{
    bool ok = false;
    const double seconds = requestedSeconds.trimmed().toDouble(&ok);
    if (ok && seconds > 0)
        return static_cast<qint64>(seconds * 1000);
    return (10 + static_cast<qint64>(hashOf(id) % 21)) * kMinuteMs;
}

int TrainingEngine::simulatedExitCode(const QString &command, const QString &failFlag)
{
    static const QRegularExpression exitPattern(QStringLiteral("\\bexit\\s+([0-9]+)"));
    auto it = exitPattern.globalMatch(command);
    while (it.hasNext())
    {
        const int code = it.next().captured(1).toInt();
        if (code > 0)
            return std::min(code, 255);
    }
    return failFlag.trimmed() == u"1" ? 1 : 0;
}

QString TrainingEngine::workingDir(const QString &id) const
{
    // Empty (nothing run, nothing removed) for an id that would leave training-jobs/.
    return confinedPath(QDir(m_ctx.config().dataDir).filePath(QStringLiteral("training-jobs")), id);
}

void TrainingEngine::launchLocal(Active &job)
{
    const std::optional<Json> doc = stored(job.kind, job.id);
    if (!doc)
        return;
    LocalRunSpec spec;
    spec.jobId = job.id;
    spec.jobName = nameOf(job.kind, *doc);
    spec.task = job.tasks.value(0, QStringLiteral("worker-0"));
    spec.command = locStr(*doc, "command");
    spec.workingDir = workingDir(job.id);
    spec.sampleIntervalMs = kSampleIntervalMs;
    const Json &l = locOf(*doc);
    if (const auto env = l.find("env"); env != l.end() && env->is_object())
    {
        for (auto it = env->begin(); it != env->end(); ++it)
            spec.environment.insert(QString::fromStdString(it.key()), qs(it.value()));
    }
    m_ctx.store().appendLog(job.id, spec.task,
        QStringLiteral("[ModelArts Service Log] modelarts-local: running on this computer in %1\n"
                       "[ModelArts Service Log] boot command: %2\n")
            .arg(QDir::toNativeSeparators(spec.workingDir), spec.command)
            .toUtf8());

    const QString key = keyOf(job.kind, job.id);
    auto *executor = new LocalExecutor(spec, this);
    m_executors.insert(key, executor);
    connect(executor, &LocalExecutor::output, this, [this, key](const QByteArray &text) { onLocalOutput(key, text); });
    // The process group is recorded so that the next start can kill what a crash left running.
    connect(executor, &LocalExecutor::started, this,
        [this, key](qint64 pid)
        {
            const auto it = m_active.constFind(key);
            if (it == m_active.cend())
                return;
            try
            {
                update(*it, [pid](Json &doc) { doc["_local"]["pgid"] = pid; });
            }
            catch (const std::exception &e)
            {
                qWarning("training: cannot record the process group of %s: %s", qPrintable(it->id), e.what());
            }
        });
    connect(executor, &LocalExecutor::sampled, this,
        [this, key](const ProcessSample &sample) { onLocalSample(key, sample); });
    // Queued: finish() changes the job table, which the scheduler may be iterating.
    connect(
        executor, &LocalExecutor::finished, this,
        [this, key](int exitCode, bool, const QString &message) { onLocalFinished(key, exitCode, message); },
        Qt::QueuedConnection);
    executor->start();
}

void TrainingEngine::onLocalOutput(const QString &key, const QByteArray &text)
{
    const auto it = m_active.constFind(key);
    if (it == m_active.cend())
        return;
    try
    {
        m_ctx.store().appendLog(it->id, it->tasks.value(0, QStringLiteral("worker-0")), text);
    }
    catch (const std::exception &e)
    {
        qWarning("training: cannot store the log of %s: %s", qPrintable(it->id), e.what());
    }
}

void TrainingEngine::onLocalSample(const QString &key, const ProcessSample &sample)
{
    const auto it = m_active.constFind(key);
    if (it == m_active.cend())
        return;
    const FlavorShape &local = flavors::local();
    const double cpu = std::clamp(sample.cpuPercent / std::max(1, local.cpuCores), 0.0, 100.0);
    const double mem = std::clamp(sample.memoryMiB * 100.0 / std::max<qint64>(1, local.memoryMiB), 0.0, 100.0);
    const QString task = it->tasks.value(0, QStringLiteral("worker-0"));
    try
    {
        m_ctx.store().addSample(it->id, task + QStringLiteral(":cpuUsage"), { sample.timeMs, round3(cpu) });
        m_ctx.store().addSample(it->id, task + QStringLiteral(":memUsage"), { sample.timeMs, round3(mem) });
    }
    catch (const std::exception &e)
    {
        qWarning("training: cannot store the metrics of %s: %s", qPrintable(it->id), e.what());
    }
}

void TrainingEngine::onLocalFinished(const QString &key, int exitCode, const QString &message)
{
    if (LocalExecutor *executor = m_executors.take(key))
        executor->deleteLater();
    const auto it = m_active.find(key);
    if (it == m_active.end())
        return;
    const Active job = it.value();
    try
    {
        m_ctx.store().transaction(
            [&]
            {
                m_ctx.store().appendLog(job.id, job.tasks.value(0, QStringLiteral("worker-0")),
                    QStringLiteral("[ModelArts Service Log] exit with %1\n").arg(exitCode).toUtf8());
                if (job.phase == kTerminating)
                    finish(key, kTerminated, exitCode, QStringLiteral("job terminated"));
                else if (exitCode == 0)
                    finish(key, kCompleted, 0, QStringLiteral("job completed"));
                else
                {
                    if (exitCode < 0 && !message.isEmpty())
                        recordEvent(job, kError, kJob, message);
                    finish(key, kFailed, exitCode, QStringLiteral("exit with %1").arg(exitCode));
                }
            });
    }
    catch (const std::exception &e)
    {
        qWarning("training: cannot record the end of %s: %s", qPrintable(job.id), e.what());
    }
    updateTimer();
}

void TrainingEngine::releaseNodes(Active &job, Json &doc)
{
    removeAnnotation(doc, kNodesAnnotation);
    job.nodes.clear();
    if (!isV1(job.kind))
    {
        Json &metrics = doc["status"]["node_count_metrics"];
        if (!metrics.is_array())
            metrics = Json::array();
        metrics.push_back(Json::array({ m_ctx.clock().nowMs(), 0 }));
    }
}

void TrainingEngine::finish(
    const QString &key, const QString &phase, int exitCode, const QString &reason, qint64 jobTimeEnd)
{
    const auto it = m_active.find(key);
    if (it == m_active.end())
        return;
    Active job = it.value();
    m_active.erase(it);
    const bool started = job.startMs > 0;
    qint64 now = m_ctx.clock().nowMs();
    if (started && jobTimeEnd >= 0)
    {
        // A simulated run ends at its nominal length, not at the tick that noticed it.
        now = std::min(now, job.startMs + static_cast<qint64>(jobTimeEnd / job.factor));
    }
    const qint64 duration = started ? now - job.startMs : 0;
    update(job,
        [&](Json &doc)
        {
            if (job.phase == kRunning)
                releaseNodes(job, doc);
            removeAnnotation(doc, kQueueAnnotation);
            setPhase(job.kind, doc, phase, phase, now);
            Json &l = loc(doc);
            l["end"] = now;
            l["duration"] = duration;
            if (isV1(job.kind))
            {
                doc["duration"] = duration;
                return;
            }
            Json &status = doc["status"];
            status["duration"] = duration;
            if (!started)
                return;
            Json &records = status["running_records"];
            if (records.is_array() && !records.empty())
            {
                records.back()["end_at"] = now / 1000;
                records.back()["end_reason"] = s(reason);
            }
            Json statuses = Json::array();
            for (const QString &task : std::as_const(job.tasks))
                statuses.push_back({ { "task", s(task) }, { "exit_code", exitCode },
                    { "message", phase == kFailed ? s(reason) : "" } });
            status["task_statuses"] = statuses;
        });

    if (started && !job.local && phase != kTerminated)
    {
        const qint64 runMinutes = std::max<qint64>(1, (job.runMs + kMinuteMs - 1) / kMinuteMs);
        const TrainingSimulator sim(job.id, shapeOf(job.flavorId), job.engineName, runMinutes);
        for (const QString &task : std::as_const(job.tasks))
            m_ctx.store().appendLog(job.id, task, sim.endLog(task, exitCode, now));
    }
    if (started)
    {
        for (const QString &task : std::as_const(job.tasks))
        {
            recordEvent(job, exitCode == 0 ? kInfo : (phase == kTerminated ? kWarning : kError), kTask,
                QStringLiteral("[%1] Training finished. Exit code %2.").arg(task).arg(exitCode), now);
        }
    }
    if (phase == kCompleted)
        recordEvent(job, kInfo, kJob, QStringLiteral("Training job completed."), now);
    else if (phase == kFailed)
        recordEvent(job, kError, kJob, QStringLiteral("Training job failed."), now);
    else
        recordEvent(job, kInfo, kJob, QStringLiteral("Training job terminated."), now);
    // Nothing more is written for a finished job (a local job's output is in its log already):
    // its events and log chunks are packed into one row each.
    m_ctx.store().seal(job.kind, job.id);
}

void TrainingEngine::setPriority(const QString &kind, const QString &id, int priority)
{
    const auto it = m_active.find(keyOf(kind, id));
    if (it == m_active.end())
        return;
    Active &job = it.value();
    job.priority = priority;
    update(job,
        [&](Json &doc)
        {
            loc(doc)["priority"] = priority;
            doc["spec"]["schedule_policy"]["priority"] = priority;
        });
    recordEvent(
        job, kInfo, kJob, QStringLiteral("The job priority was changed to %1.").arg(priority), m_ctx.clock().nowMs());
    schedule(); // queue positions follow at once
}

void TrainingEngine::terminate(const QString &kind, const QString &id)
{
    const QString key = keyOf(kind, id);
    const auto it = m_active.find(key);
    if (it == m_active.end())
        return;
    Active &job = it.value();
    const qint64 now = m_ctx.clock().nowMs();
    const bool wasRunning = job.phase == kRunning;
    update(job,
        [&](Json &doc)
        {
            if (wasRunning)
                releaseNodes(job, doc);
            removeAnnotation(doc, kQueueAnnotation);
            setPhase(kind, doc, kTerminating, kTerminating, now);
        });
    job.phase = kTerminating;
    job.sinceMs = now;
    job.queuePosition = 0;
    recordEvent(job, kInfo, kK8s,
        QStringLiteral("[Job: modelarts-job-%1] ExecuteAction: Start to execute action TerminateJob").arg(id), now);
    if (LocalExecutor *executor = m_executors.value(key))
        executor->terminate();
    updateTimer();
}

void TrainingEngine::stopExecutor(const QString &key, const QString &removeDirAfter)
{
    LocalExecutor *executor = m_executors.take(key);
    if (!executor)
    {
        if (!removeDirAfter.isEmpty())
            QDir(removeDirAfter).removeRecursively();
        return;
    }
    executor->disconnect(this);
    if (!executor->isRunning())
    {
        executor->deleteLater();
        if (!removeDirAfter.isEmpty())
            QDir(removeDirAfter).removeRecursively();
        return;
    }
    connect(executor, &LocalExecutor::finished, executor,
        [executor, removeDirAfter]
        {
            if (!removeDirAfter.isEmpty())
                QDir(removeDirAfter).removeRecursively();
            executor->deleteLater();
        });
    executor->terminate();
}

void TrainingEngine::remove(const QString &kind, const QString &id)
{
    const QString key = keyOf(kind, id);
    m_active.remove(key);
    stopExecutor(key, workingDir(id));
    Store &store = m_ctx.store();
    store.remove(kind, id);
    store.purgeOwned(id);
    indexFor(kind).remove(id);
    updateTimer();
}

// ---------------------------------------------------------------------------------------
// Metrics and local plans

QList<QPair<QString, QList<double>>> TrainingEngine::metricSeries(
    const QString &id, const Json &document, const QString &task, qint64 stepMs) const
{
    QList<QPair<QString, QList<double>>> out;
    const QStringList names = TrainingSimulator::allMetricNames();
    const qint64 start = locInt(document, "start");
    if (start <= 0 || stepMs <= 0)
    {
        for (const QString &name : names)
            out.append({ name, {} });
        return out;
    }
    const qint64 end = locInt(document, "end") > 0 ? locInt(document, "end") : m_ctx.clock().nowMs();
    const qint64 span = std::max<qint64>(1, end - start);
    const qint64 buckets = (span + stepMs - 1) / stepMs;
    if (buckets > kMaxMetricPoints)
        invalidArgument(QStringLiteral("The job ran for %1 steps of %2 s; choose a step that gives at most %3 values.")
                            .arg(buckets)
                            .arg(stepMs / 1000.0)
                            .arg(kMaxMetricPoints));
    for (const QString &name : names)
    {
        std::vector<double> sums(static_cast<std::size_t>(buckets), 0.0);
        std::vector<int> counts(static_cast<std::size_t>(buckets), 0);
        for (const MetricSample &sample : m_ctx.store().samples(id, task + u':' + name, start))
        {
            qint64 b = (sample.timeMs - start) / stepMs;
            b = std::clamp<qint64>(b, 0, buckets - 1);
            sums[static_cast<std::size_t>(b)] += sample.value;
            counts[static_cast<std::size_t>(b)] += 1;
        }
        QList<double> values;
        values.reserve(buckets);
        for (qint64 b = 0; b < buckets; ++b)
        {
            const auto i = static_cast<std::size_t>(b);
            values << (counts[i] > 0 ? round3(sums[i] / counts[i]) : -1.0);
        }
        out.append({ name, values });
    }
    return out;
}

ChannelDelivery channelDelivery(const std::optional<QString> &accessMethod)
{
    if (!accessMethod)
        return ChannelDelivery::ArgumentAndEnvironment;
    return *accessMethod == u"env" ? ChannelDelivery::Environment : ChannelDelivery::Argument;
}

bool TrainingEngine::planLocal(const LocalPlanRequest &request, LocalPlan *plan, QString *error) const
{
    const api::ObsMapper mapper(m_ctx.config().dataDir);
    const QString dataDir = m_ctx.config().dataDir;
    // obs://bucket/key and /bucket/key are OBS locations (folders under <dataDir>/obs);
    // an absolute path that exists on this computer is taken as it is (code and inputs).
    const auto map = [&](const QString &url, bool create, bool preferExisting, QString *mapped)
    {
        if (url.startsWith(u"dataset://"))
        {
            // The dataset id is caller text: "dataset://../../x" must not create a folder outside.
            QString e;
            *mapped = confinedPath(QDir(dataDir).filePath(QStringLiteral("datasets")), url.mid(10), &e);
            if (mapped->isEmpty())
            {
                if (error)
                    *error = QStringLiteral("%1: %2").arg(url, e);
                return false;
            }
            QDir().mkpath(*mapped);
            return true;
        }
        if (preferExisting && url.startsWith(u'/') && QFileInfo::exists(url)
            && !QFileInfo::exists(mapper.localPathFor(url)))
        {
            *mapped = QDir::cleanPath(url);
            return true;
        }
        if (!url.startsWith(u"obs://") && !url.startsWith(u'/'))
        {
            *mapped = url; // relative to the working dir
            return true;
        }
        QString e;
        // ObsMapper refuses ".." lexically; the check after it also catches a symlink in a bucket.
        const QString local = mapper.localPathFor(url, &e);
        if (!local.isEmpty() && !isInsideRoot(mapper.root(), local))
            e = QStringLiteral("points outside the data folder");
        *mapped = e.isEmpty() ? (create ? mapper.ensureDir(url, &e) : local) : QString();
        if (mapped->isEmpty())
        {
            if (error)
                *error = QStringLiteral("%1: %2").arg(url, e);
            return false;
        }
        return true;
    };

    LocalPlan out;
    QStringList channelArgs;
    QSet<QString> channelNames;
    QStringList before; // shell steps before the boot command: inputs to their local_dir
    QStringList after; // and after it: outputs from their local_dir to OBS
    const auto addChannel = [&](const LocalChannel &channel, bool preferExisting)
    {
        QString dir;
        if (!map(channel.url, true, preferExisting, &dir))
            return false;
        if (!channel.localDir.isEmpty() && !request.jobDir.isEmpty())
        {
            // The container path, re-rooted in the job's folder (a job cannot write /home/ma-user here).
            QString e;
            const QString local = confinedPath(
                QDir(request.jobDir).filePath(QStringLiteral("container")), channel.localDir.section(u'/', 1), &e);
            if (local.isEmpty() || !channel.localDir.startsWith(u'/'))
            {
                if (error)
                    *error = QStringLiteral("local_dir %1: %2")
                                 .arg(channel.localDir, e.isEmpty() ? QStringLiteral("not an absolute path") : e);
                return false;
            }
            const bool input = preferExisting;
            before << QStringLiteral("mkdir -p %1").arg(shellQuote(local));
            if (input)
                before << QStringLiteral("cp -R %1/. %2/").arg(shellQuote(dir), shellQuote(local));
            else
                after << QStringLiteral("cp -R %1/. %2/").arg(shellQuote(local), shellQuote(dir));
            dir = local;
        }
        out.channelDirs.insert(channel.name, dir);
        channelNames.insert(channel.name);
        if (channel.delivery != ChannelDelivery::Environment)
            channelArgs << shellQuote(QStringLiteral("--%1=%2").arg(channel.name, dir));
        if (channel.delivery != ChannelDelivery::Argument && isEnvName(channel.name))
            out.environment.insert(channel.name, dir);
        return true;
    };
    for (const LocalChannel &channel : request.inputs)
    {
        if (!addChannel(channel, true))
            return false;
    }
    for (const LocalChannel &channel : request.outputs)
    {
        if (!addChannel(channel, false))
            return false;
    }

    if (!request.command.trimmed().isEmpty())
    {
        out.command = request.command;
        for (const auto &[name, value] : request.parameters)
        {
            if (isEnvName(name) && !channelNames.contains(name))
                out.environment.insert(name, value);
        }
    }
    else
    {
        QString code;
        if (!request.codeDir.isEmpty() && !map(request.codeDir, false, true, &code))
            return false;
        QString boot;
        const QString bootFile = request.bootFile;
        if (bootFile.isEmpty())
        {
            if (error)
                *error = QStringLiteral("no boot file");
            return false;
        }
        if (bootFile.startsWith(u"obs://") || bootFile.startsWith(u'/'))
        {
            if (!map(bootFile, false, true, &boot))
                return false;
        }
        else
        {
            boot = code.isEmpty() ? bootFile : QDir(code).filePath(bootFile);
        }
        QString interpreter = QStringLiteral("bash");
        if (!bootFile.endsWith(u".sh"))
        {
            interpreter = QStandardPaths::findExecutable(QStringLiteral("python")).isEmpty() ? QStringLiteral("python3")
                                                                                             : QStringLiteral("python");
        }
        QStringList parts = { interpreter, shellQuote(boot) };
        for (const auto &[name, value] : request.parameters)
        {
            if (!channelNames.contains(name))
                parts << shellQuote(QStringLiteral("--%1=%2").arg(name, value));
        }
        parts << channelArgs;
        out.command = parts.join(u' ');
    }
    if (!before.isEmpty() || !after.isEmpty())
    {
        // The job's exit code is kept; the outputs are uploaded whether it failed or not.
        QString wrapped = QStringLiteral("(\n") + out.command + QStringLiteral("\n); rc=$?");
        if (!before.isEmpty())
            wrapped = before.join(QStringLiteral(" && ")) + QStringLiteral(" && ") + wrapped;
        if (!after.isEmpty())
            wrapped += QStringLiteral("; ") + after.join(QStringLiteral("; "));
        out.command = wrapped + QStringLiteral("; exit $rc");
    }
    for (auto it = request.environment.cbegin(); it != request.environment.cend(); ++it)
        out.environment.insert(it.key(), it.value());
    *plan = out;
    return true;
}
} // namespace ma::server
