#include "localexecutor.h"

#include <csignal>
#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <QDirIterator>
#include <QFile>
#include <sys/prctl.h>
#endif
#ifndef SIGKILL // Windows: the executor builds, but only Unix delivers the signals
#define SIGKILL 9
#endif
#ifndef SIGHUP
#define SIGHUP 1
#endif
#ifndef SIGQUIT
#define SIGQUIT 3
#endif
#ifndef SIGPIPE
#define SIGPIPE 13
#endif
#ifndef SIGALRM
#define SIGALRM 14
#endif

namespace ma::server
{
namespace
{
constexpr qsizetype kTailBytes = 4096; // output kept for the failure message
constexpr int kReapPollMs = 25; // how often to look for left-over processes
constexpr int kReapAfterKillMs = 2000; // give up on processes that survive SIGKILL (D state)

QString signalName(int signal)
{
    switch (signal)
    {
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGQUIT:
        return QStringLiteral("SIGQUIT");
    case SIGILL:
        return QStringLiteral("SIGILL");
    case SIGABRT:
        return QStringLiteral("SIGABRT");
    case SIGFPE:
        return QStringLiteral("SIGFPE");
    case SIGKILL:
        return QStringLiteral("SIGKILL");
    case SIGSEGV:
        return QStringLiteral("SIGSEGV");
    case SIGPIPE:
        return QStringLiteral("SIGPIPE");
    case SIGALRM:
        return QStringLiteral("SIGALRM");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
#ifdef SIGBUS
    case SIGBUS:
        return QStringLiteral("SIGBUS");
#endif
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

QString lastLine(const QByteArray &tail)
{
    const QList<QByteArray> lines = tail.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
    {
        const QString line = QString::fromUtf8(*it).trimmed();
        if (!line.isEmpty())
            return line.size() > 300 ? QString(line.left(300) + u'…') : line;
    }
    return {};
}

void sendSignal(qint64 pid, int signal)
{
#ifdef Q_OS_UNIX
    if (pid > 0)
        ::kill(static_cast<pid_t>(pid), signal);
#else
    Q_UNUSED(pid);
    Q_UNUSED(signal);
#endif
}
} // namespace

LocalExecutor::LocalExecutor(LocalRunSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_sampleTimer(new QTimer(this))
    , m_graceTimer(new QTimer(this))
    , m_reapTimer(new QTimer(this))
{
    m_graceTimer->setSingleShot(true);
    m_reapTimer->setInterval(kReapPollMs);
    connect(m_sampleTimer, &QTimer::timeout, this, &LocalExecutor::onSampleTimer);
    connect(m_graceTimer, &QTimer::timeout, this, &LocalExecutor::onGraceExpired);
    connect(m_reapTimer, &QTimer::timeout, this, &LocalExecutor::onReapPoll);
}

LocalExecutor::~LocalExecutor()
{
    m_sampleTimer->stop();
    m_graceTimer->stop();
    m_reapTimer->stop();
    if (m_process)
        m_process->disconnect(this); // no signal may reach a half-destroyed object
    if (m_phase == Phase::Running || m_phase == Phase::Finishing)
    {
        collectVictims();
        signalVictims(SIGKILL);
        // Reap the shell so it does not linger as a zombie; SIGKILL makes this quick.
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->waitForFinished(1000);
    }
}

bool LocalExecutor::isRunning() const
{
    return m_phase == Phase::Running || m_phase == Phase::Finishing;
}

QMap<QString, QString> LocalExecutor::standardEnvironment(const LocalRunSpec &spec)
{
    const QString dir = QDir::cleanPath(QDir(spec.workingDir).absolutePath());

    // "worker-0" is role "worker", index 0 (the container's MA_TASK_NAME and VC_TASK_INDEX).
    QString role = spec.task.isEmpty() ? QStringLiteral("worker") : spec.task;
    QString index = QStringLiteral("0");
    static const QRegularExpression taskPattern(QStringLiteral("^(.+)-(\\d+)$"));
    if (const auto match = taskPattern.match(spec.task); match.hasMatch())
    {
        role = match.captured(1);
        index = match.captured(2);
    }
    const QString task = spec.task.isEmpty() ? QStringLiteral("worker-0") : spec.task;

    QMap<QString, QString> env;
    // In the container everything lives under /home/ma-user/modelarts; locally the whole
    // layout is the task's working dir, so a job cannot write into the user's real home.
    env.insert(QStringLiteral("MA_HOME"), dir);
    env.insert(QStringLiteral("MA_MOUNT_PATH"), dir);
    env.insert(QStringLiteral("MA_JOB_DIR"), dir);
    env.insert(QStringLiteral("MA_LOG_DIR"), dir + QStringLiteral("/log"));
    env.insert(QStringLiteral("WORKSPACE"), dir + QStringLiteral("/code"));
    env.insert(QStringLiteral("MA_NUM_HOSTS"), QStringLiteral("1"));
    env.insert(QStringLiteral("MA_NUM_GPUS"), QStringLiteral("0"));
    env.insert(QStringLiteral("MA_TASK_NAME"), role);
    env.insert(QStringLiteral("VC_TASK_INDEX"), index);
    env.insert(QStringLiteral("VC_WORKER_NUM"), QStringLiteral("1"));
    env.insert(QStringLiteral("VC_WORKER_HOSTS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("MA_CURRENT_IP"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("MA_VJ_NAME"), spec.jobName.isEmpty() ? spec.jobId : spec.jobName);
    env.insert(QStringLiteral("MA_CURRENT_INSTANCE_NAME"),
        QStringLiteral("modelarts-job-%1-%2").arg(spec.jobId.isEmpty() ? spec.jobName : spec.jobId, task));
    // stdout is a pipe here, so Python would buffer its prints until exit and the log tab
    // would stay empty while the job runs.
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    return env;
}

void LocalExecutor::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Running;

    if (m_spec.command.trimmed().isEmpty())
    {
        failToStart(QStringLiteral("The boot command is empty."));
        return;
    }
    if (m_spec.workingDir.isEmpty())
    {
        failToStart(QStringLiteral("No working directory given."));
        return;
    }
    const QMap<QString, QString> standard = standardEnvironment(m_spec);
    const QString dir = standard.value(QStringLiteral("MA_JOB_DIR"));
    for (const QString &path :
        { dir, standard.value(QStringLiteral("MA_LOG_DIR")), standard.value(QStringLiteral("WORKSPACE")) })
    {
        if (!QDir().mkpath(path))
        {
            failToStart(QStringLiteral("Cannot create the directory %1.").arg(path));
            return;
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = standard.cbegin(); it != standard.cend(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = m_spec.environment.cbegin(); it != m_spec.environment.cend(); ++it)
        env.insert(it.key(), it.value());

    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("/bin/sh"));
    m_process->setArguments({ QStringLiteral("-c"), m_spec.command });
    m_process->setWorkingDirectory(dir);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Its own session (and process group): the whole task can be found and signalled even
    // after its processes have been orphaned, and a Ctrl+C in our terminal does not reach it.
    // PR_SET_PDEATHSIG: the shell dies with the server (kill -9 included); what it started
    // in the background is reaped on the next start (killOrphanedGroup).
    m_process->setChildProcessModifier(
        []
        {
            ::setsid();
#ifdef Q_OS_LINUX
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
        });
#endif
    connect(m_process, &QProcess::started, this, &LocalExecutor::onStarted);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalExecutor::onReadyRead);
    connect(m_process, &QProcess::finished, this, &LocalExecutor::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LocalExecutor::onErrorOccurred);
    m_process->start();
}

#ifdef Q_OS_LINUX
namespace
{
/** Process group of @p pid from /proc/<pid>/stat (field 5, after the parenthesised name); -1 when gone or a zombie. */
qint64 liveProcessGroup(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 3 || fields[0] == "Z" || fields[0] == "X")
        return -1;
    return fields[2].toLongLong();
}

/** Pids in group @p pgid (any group when 0) whose environment holds @p marker. */
QList<qint64> markedMembers(qint64 pgid, const QByteArray &marker)
{
    QList<qint64> out;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
    {
        it.next();
        bool isPid = false;
        const qint64 pid = it.fileName().toLongLong(&isPid);
        if (!isPid)
            continue;
        const qint64 group = liveProcessGroup(it.fileName());
        if (group < 0 || (pgid > 0 && group != pgid))
            continue;
        QFile environ(it.filePath() + QStringLiteral("/environ"));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(marker))
            out << pid;
    }
    return out;
}
} // namespace
#endif

int LocalExecutor::killOrphanedGroup(qint64 pgid, const QString &jobId)
{
    if (pgid <= 1)
        return 0;
    return killMarked(pgid, jobId);
}

int LocalExecutor::killMarkedProcesses(const QString &jobId)
{
    return killMarked(0, jobId);
}

int LocalExecutor::killMarked(qint64 pgid, const QString &jobId)
{
#ifdef Q_OS_LINUX
    if (jobId.isEmpty())
        return 0;
    // standardEnvironment() sets this for every task of the job; children inherit it.
    const QByteArray marker = QByteArray("MA_CURRENT_INSTANCE_NAME=modelarts-job-") + jobId.toUtf8() + '-';
    const QList<qint64> victims = markedMembers(pgid, marker);
    for (const qint64 pid : victims)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    // SIGKILL is not instant: wait (bounded) so the next queued job does not start beside them.
    QElapsedTimer waited;
    waited.start();
    while (!markedMembers(pgid, marker).isEmpty() && waited.elapsed() < 2000)
        QThread::msleep(10);
    return static_cast<int>(victims.size());
#else
    Q_UNUSED(pgid);
    Q_UNUSED(jobId);
    return 0;
#endif
}

void LocalExecutor::terminate()
{
    if (m_phase != Phase::Running || m_terminateRequested || !m_process)
        return;
    m_terminateRequested = true;
    if (m_pid == 0)
        m_pid = m_process->processId();
    // Collect first, then signal: a dying parent must not let its children slip out of the tree.
    collectVictims();
    signalVictims(SIGTERM);
    m_graceTimer->start(killGraceMs);
}

void LocalExecutor::onStarted()
{
    m_pid = m_process->processId();
    m_sampler.setRootPid(m_pid);
    m_sampler.sample(); // baseline, so the first reported sample has a CPU value
    if (m_spec.sampleIntervalMs > 0)
        m_sampleTimer->start(m_spec.sampleIntervalMs);
    emit started(m_pid);
}

void LocalExecutor::onReadyRead()
{
    const QByteArray data = m_process->readAllStandardOutput();
    if (data.isEmpty())
        return;
    m_tail.append(data);
    if (m_tail.size() > kTailBytes)
        m_tail.remove(0, m_tail.size() - kTailBytes);
    emit output(data);
}

void LocalExecutor::onSampleTimer()
{
    if (m_phase == Phase::Running)
        emit sampled(m_sampler.sample());
}

void LocalExecutor::onErrorOccurred(QProcess::ProcessError error)
{
    // Every other error is followed by finished(); a failed start is not.
    if (error == QProcess::FailedToStart && m_phase == Phase::Running)
        failToStart(QStringLiteral("Cannot start /bin/sh: %1").arg(m_process->errorString()));
}

void LocalExecutor::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_phase != Phase::Running)
        return;
    onReadyRead();
    m_sampleTimer->stop();
    m_crashed = status == QProcess::CrashExit;
    // On a crash QProcess reports the signal number; a container runtime reports 128 + it.
    m_exitCode = m_crashed ? 128 + exitCode : exitCode;
    m_phase = Phase::Finishing;

    // Like a container whose main process ended: what the command left behind goes too.
    collectVictims();
    if (!victimsAlive())
    {
        emitFinished();
        return;
    }
    if (!m_terminateRequested)
    {
        signalVictims(SIGTERM);
        m_graceTimer->start(killGraceMs);
    }
    else if (m_killSent)
    {
        signalVictims(SIGKILL);
    }
    m_reapTimer->start();
}

void LocalExecutor::onGraceExpired()
{
    collectVictims();
    signalVictims(SIGKILL);
    m_killSent = true;
    m_sinceKill.start();
}

void LocalExecutor::onReapPoll()
{
    if (!victimsAlive() || (m_killSent && m_sinceKill.elapsed() > kReapAfterKillMs))
        emitFinished();
}

void LocalExecutor::collectVictims()
{
    if (m_pid <= 0)
        return;
    for (const qint64 pid : ProcessSampler::descendants(m_pid, ProcessSampler::Scope::TreeAndSession))
    {
        const qint64 started = ProcessSampler::startTime(pid);
        if (started < 0)
            continue;
        const Victim victim(pid, started);
        if (!m_victims.contains(victim))
            m_victims.append(victim);
    }
}

void LocalExecutor::signalVictims(int signal)
{
    for (const Victim &victim : std::as_const(m_victims))
    {
        if (ProcessSampler::startTime(victim.first) == victim.second)
            sendSignal(victim.first, signal);
    }
    // The process group catches whatever the /proc walk missed. Only while the shell is not
    // reaped: until then its pid, which names the group, cannot have been reused.
    if (m_phase == Phase::Running && m_pid > 0)
        sendSignal(-m_pid, signal);
}

bool LocalExecutor::victimsAlive() const
{
    for (const Victim &victim : m_victims)
    {
        if (ProcessSampler::startTime(victim.first) == victim.second && ProcessSampler::isAlive(victim.first))
            return true;
    }
    return false;
}

void LocalExecutor::failToStart(const QString &reason)
{
    m_startError = reason;
    m_exitCode = -1;
    m_crashed = false;
    m_phase = Phase::Finishing;
    // Queued, so that the caller never sees finished() from inside its own start() call.
    QTimer::singleShot(0, this, &LocalExecutor::emitFinished);
}

void LocalExecutor::emitFinished()
{
    if (m_phase == Phase::Done)
        return;
    const bool leftovers = m_phase == Phase::Finishing && m_startError.isEmpty() && victimsAlive();
    m_phase = Phase::Done;
    m_sampleTimer->stop();
    m_graceTimer->stop();
    m_reapTimer->stop();
    QString message = exitMessage();
    if (leftovers)
        message += QStringLiteral(" Some processes of the task did not die after SIGKILL.");
    const bool crashedOrKilled = m_startError.isEmpty() && (m_crashed || m_terminateRequested);
    emit finished(m_exitCode, crashedOrKilled, message);
}

QString LocalExecutor::exitMessage() const
{
    if (!m_startError.isEmpty())
        return m_startError;
    if (m_terminateRequested)
        return m_crashed ? QStringLiteral("Terminated on request (%1).").arg(signalName(m_exitCode - 128))
                         : QStringLiteral("Terminated on request (exit code %1).").arg(m_exitCode);
    if (m_crashed)
        return QStringLiteral("Killed by %1 (exit code %2).").arg(signalName(m_exitCode - 128)).arg(m_exitCode);
    if (m_exitCode == 0)
        return QStringLiteral("Exited with code 0.");

    QString message = QStringLiteral("Exited with code %1.").arg(m_exitCode);
    if (m_exitCode == 127)
        message += QStringLiteral(" Command not found.");
    else if (m_exitCode == 126)
        message += QStringLiteral(" Command not executable.");
    if (const QString line = lastLine(m_tail); !line.isEmpty())
        message += QStringLiteral(" Last output: %1").arg(line);
    return message;
}
} // namespace ma::server
