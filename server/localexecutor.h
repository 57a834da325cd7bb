#pragma once

// Runs one task of a training job on this computer (the "local" pool's only node): the boot
// command under /bin/sh -c in its own session, with the ModelArts container variables set.
// Knows nothing of HTTP or the store; the training module drives it and records what it reports.

#include "processsampler.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QString>

class QTimer;

namespace ma::server
{
struct LocalRunSpec
{
    QString jobId;
    QString jobName;
    QString task = QStringLiteral("worker-0");
    QString command; // the boot command, run with /bin/sh -c
    QString workingDir; // created if missing; the process's cwd
    QMap<QString, QString> environment; // added on top of the process environment; wins over the standard ones
    int sampleIntervalMs = 1000; // <= 0: no sampling
};

/**
 * @brief Runs the boot command of one task and reports its output, resource usage and end.
 *
 * Lifecycle: start() once; then started(pid) (or finished(-1, false, reason) when it cannot
 * start), output() and sampled() while it runs, and finished() exactly once. When finished()
 * arrives no process of the task is left: processes the command left behind (for example
 * `sleep 60 &`) are terminated like a container's are when its main process exits.
 * Everything happens on the thread that owns the object; nothing blocks its event loop
 * (except the destructor, which kills and reaps a still-running task).
 */
class LocalExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalExecutor)

public:
    explicit LocalExecutor(LocalRunSpec spec, QObject *parent = nullptr);
    ~LocalExecutor() override;

    const LocalRunSpec &spec() const { return m_spec; }

    /** Starts the command; emits started(pid) or finished(-1, false, reason). Only the first call counts. */
    void start();
    /**
     * Kills the whole process tree: SIGTERM to every process of it (collected first), then
     * SIGKILL to the survivors after a 1 s grace period. finished() follows with
     * crashedOrKilled = true. No-op when not running.
     */
    void terminate();

    /** True from start() until finished() has been emitted. */
    bool isRunning() const;
    /** Pid of the /bin/sh running the command (also its session and process group id); 0 before start. */
    qint64 pid() const { return m_pid; }

    /**
     * The ModelArts container variables (training.md §4.8) as they apply locally: MA_HOME,
     * MA_MOUNT_PATH and MA_JOB_DIR are the working dir, MA_LOG_DIR its "log" and WORKSPACE its
     * "code" sub-folder; one host, no GPU, 127.0.0.1. Without the caller's spec.environment.
     */
    static QMap<QString, QString> standardEnvironment(const LocalRunSpec &spec);

    /**
     * After a crash of the server: SIGKILLs every process of process group @p pgid that still
     * carries the job's marker (MA_CURRENT_INSTANCE_NAME of @p jobId in its environment), so a
     * pid reused by someone else is left alone. Waits briefly until they are gone; returns how
     * many were killed. Linux only (elsewhere 0).
     */
    static int killOrphanedGroup(qint64 pgid, const QString &jobId);
    /**
     * killOrphanedGroup() across process groups: SIGKILLs every process that carries the
     * job's marker, whatever its group. For programs that start children in sessions of their
     * own (Jupyter starts each kernel with setsid, so a kernel outlives the recorded group).
     */
    static int killMarkedProcesses(const QString &jobId);

    /** Grace period between SIGTERM and SIGKILL. */
    static constexpr int killGraceMs = 1000;

signals:
    void started(qint64 pid);
    /** Standard output and error merged, in chunks as they arrive. */
    void output(const QByteArray &text);
    /** Every spec().sampleIntervalMs while running; the CPU of the first one covers one interval. */
    void sampled(const ma::server::ProcessSample &sample);
    /**
     * Exactly once. @p exitCode is the command's exit code, 128 + signal number when it died
     * of a signal (as a container runtime reports it), or -1 when it could not start.
     */
    void finished(int exitCode, bool crashedOrKilled, const QString &message);

private:
    enum class Phase
    {
        Idle,
        Running,
        Finishing, // the shell has exited; waiting for what it left behind to die
        Done,
    };
    using Victim = QPair<qint64, qint64>; // pid and start time (guards against pid reuse)

    /** The killing behind killOrphanedGroup() (@p pgid > 1) and killMarkedProcesses() (@p pgid 0). */
    static int killMarked(qint64 pgid, const QString &jobId);

    void onStarted();
    void onReadyRead();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onSampleTimer();
    void onGraceExpired();
    void onReapPoll();

    /** Adds the current members of the tree (and session) to m_victims. */
    void collectVictims();
    /** Sends @p signal to every victim still alive (and to the process group while the shell lives). */
    void signalVictims(int signal);
    bool victimsAlive() const;
    void emitFinished();
    void failToStart(const QString &reason);
    QString exitMessage() const;

    LocalRunSpec m_spec;
    QProcess *m_process = nullptr;
    QTimer *m_sampleTimer = nullptr;
    QTimer *m_graceTimer = nullptr;
    QTimer *m_reapTimer = nullptr;
    ProcessSampler m_sampler;
    Phase m_phase = Phase::Idle;
    qint64 m_pid = 0;
    QList<Victim> m_victims;
    bool m_terminateRequested = false;
    bool m_killSent = false;
    QElapsedTimer m_sinceKill;
    QByteArray m_tail; // last output, for the failure message
    int m_exitCode = 0;
    bool m_crashed = false;
    QString m_startError;
};
} // namespace ma::server
