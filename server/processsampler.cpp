#include "processsampler.h"

#include <QDateTime>
#include <QSet>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ma::server
{
namespace
{
#ifdef Q_OS_LINUX
/** The fields of /proc/<pid>/stat this file needs. */
struct ProcStat
{
    qint64 pid = 0;
    char state = '?';
    qint64 ppid = 0;
    qint64 session = 0;
    quint64 utime = 0;
    quint64 stime = 0;
    quint64 cutime = 0;
    quint64 cstime = 0;
    qint64 startTime = 0;
};

/** Reads a small /proc file in one go (their size is reported as 0, so no stat()-and-read). */
QByteArray readProcFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray data;
    char buffer[4096];
    for (;;)
    {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    ::close(fd);
    return data;
}

QByteArray procPath(qint64 pid, const char *file)
{
    return QByteArrayLiteral("/proc/") + QByteArray::number(pid) + '/' + file;
}

bool readStat(qint64 pid, ProcStat *out)
{
    const QByteArray text = readProcFile(procPath(pid, "stat"));
    // The command name is in parentheses and may itself contain spaces and ')': the fields
    // proper start after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 of proc(5) (state); starttime is field 22.
    if (fields.size() < 20)
        return false;
    const auto field = [&fields](int number)
    {
        return fields.at(number - 3);
    };
    out->pid = pid;
    out->state = field(3).isEmpty() ? '?' : field(3).at(0);
    out->ppid = field(4).toLongLong();
    out->session = field(6).toLongLong();
    out->utime = field(14).toULongLong();
    out->stime = field(15).toULongLong();
    // cutime/cstime are signed in proc(5) but never negative in practice.
    out->cutime = static_cast<quint64>(qMax(0LL, field(16).toLongLong()));
    out->cstime = static_cast<quint64>(qMax(0LL, field(17).toLongLong()));
    out->startTime = field(22).toLongLong();
    return true;
}

/** Every process of the machine; processes that vanish while listing are skipped. */
QList<ProcStat> allProcesses()
{
    QList<ProcStat> result;
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return result;
    while (const dirent *entry = ::readdir(dir))
    {
        char *end = nullptr;
        const long long pid = std::strtoll(entry->d_name, &end, 10);
        if (pid <= 0 || !end || *end != '\0')
            continue;
        ProcStat stat;
        if (readStat(pid, &stat))
            result.append(stat);
    }
    ::closedir(dir);
    return result;
}

/** The members of @p rootPid's tree (root first when present) among @p all. */
QList<ProcStat> selectTree(const QList<ProcStat> &all, qint64 rootPid, ProcessSampler::Scope scope)
{
    QList<ProcStat> result;
    if (rootPid <= 0)
        return result;
    QHash<qint64, QList<qsizetype>> children;
    QSet<qint64> included;
    qsizetype rootIndex = -1;
    for (qsizetype i = 0; i < all.size(); ++i)
    {
        children[all.at(i).ppid].append(i);
        if (all.at(i).pid == rootPid)
            rootIndex = i;
    }
    QList<qsizetype> queue;
    if (rootIndex >= 0)
        queue.append(rootIndex);
    if (scope == ProcessSampler::Scope::TreeAndSession)
    {
        // A session id is the pid of its leader, and the kernel does not reuse a pid while a
        // session still carries it, so this cannot pick up strangers.
        for (qsizetype i = 0; i < all.size(); ++i)
        {
            if (all.at(i).session == rootPid && i != rootIndex)
                queue.append(i);
        }
    }
    while (!queue.isEmpty())
    {
        const qsizetype index = queue.takeFirst();
        const ProcStat &stat = all.at(index);
        if (included.contains(stat.pid))
            continue;
        included.insert(stat.pid);
        result.append(stat);
        queue.append(children.value(stat.pid));
    }
    return result;
}

long pageSizeBytes()
{
    static const long size = ::sysconf(_SC_PAGESIZE);
    return size > 0 ? size : 4096;
}

long clockTicksPerSecond()
{
    static const long ticks = ::sysconf(_SC_CLK_TCK);
    return ticks > 0 ? ticks : 100;
}
#endif
} // namespace

ProcessSampler::ProcessSampler(qint64 rootPid, Scope scope)
    : m_rootPid(rootPid)
    , m_scope(scope)
{
}

void ProcessSampler::setRootPid(qint64 rootPid)
{
    m_rootPid = rootPid;
    m_last.clear();
    m_wall.invalidate();
}

ProcessSample ProcessSampler::sample()
{
    ProcessSample result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
#ifdef Q_OS_LINUX
    const QList<ProcStat> members = selectTree(allProcesses(), m_rootPid, m_scope);

    QHash<Key, Ticks> current;
    QSet<qint64> currentPids;
    qint64 ticks = 0; // signed: the correction below may briefly overshoot
    for (const ProcStat &stat : members)
    {
        const Key key(stat.pid, stat.startTime);
        const Ticks now { stat.utime + stat.stime, stat.cutime + stat.cstime, stat.ppid };
        current.insert(key, now);
        currentPids.insert(stat.pid);
        // A process not seen before was born since the last sample: all its time is new.
        const Ticks before = m_last.value(key);
        ticks += static_cast<qint64>(now.own - qMin(before.own, now.own));
        ticks += static_cast<qint64>(now.reaped - qMin(before.reaped, now.reaped));

        if (stat.state != 'Z')
        {
            ++result.processCount;
            const QList<QByteArray> statm = readProcFile(procPath(stat.pid, "statm")).split(' ');
            if (statm.size() >= 2)
                result.memoryMiB += statm.at(1).toDouble() * pageSizeBytes() / (1024.0 * 1024.0);
        }
    }

    // A child that exited was reaped by its parent, whose cutime/cstime just grew by the
    // child's whole time: subtract what was already counted for the child, but only when the
    // reaper (possibly through other vanished ancestors) is still in the tree. Orphans reaped
    // by init took their time out of the tree and are simply dropped.
    QHash<qint64, Key> vanishedByPid;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it)
    {
        if (!current.contains(it.key()))
            vanishedByPid.insert(it.key().first, it.key());
    }
    for (const Key &key : std::as_const(vanishedByPid))
    {
        qint64 parent = m_last.value(key).ppid;
        for (int depth = 0; depth < 64 && vanishedByPid.contains(parent) && !currentPids.contains(parent); ++depth)
            parent = m_last.value(vanishedByPid.value(parent)).ppid;
        if (currentPids.contains(parent))
        {
            const Ticks before = m_last.value(key);
            ticks -= static_cast<qint64>(before.own + before.reaped);
        }
    }

    if (m_wall.isValid())
    {
        const double seconds = m_wall.nsecsElapsed() / 1e9;
        if (seconds > 0 && ticks > 0)
        {
            result.cpuPercent = 100.0 * static_cast<double>(ticks) / clockTicksPerSecond() / seconds;
            result.cpuPercentOfMachine = result.cpuPercent / machineCpuCount();
        }
    }
    m_wall.start();
    m_last = current;
#endif
    return result;
}

QList<qint64> ProcessSampler::descendants(qint64 rootPid, Scope scope)
{
    QList<qint64> pids;
#ifdef Q_OS_LINUX
    for (const ProcStat &stat : selectTree(allProcesses(), rootPid, scope))
        pids.append(stat.pid);
#else
    Q_UNUSED(rootPid);
    Q_UNUSED(scope);
#endif
    return pids;
}

qint64 ProcessSampler::startTime(qint64 pid)
{
#ifdef Q_OS_LINUX
    ProcStat stat;
    if (pid > 0 && readStat(pid, &stat))
        return stat.startTime;
#else
    Q_UNUSED(pid);
#endif
    return -1;
}

bool ProcessSampler::isAlive(qint64 pid)
{
#ifdef Q_OS_LINUX
    ProcStat stat;
    return pid > 0 && readStat(pid, &stat) && stat.state != 'Z' && stat.state != 'X';
#else
    Q_UNUSED(pid);
    return false;
#endif
}

int ProcessSampler::machineCpuCount()
{
    return qMax(1, QThread::idealThreadCount());
}

qint64 ProcessSampler::machineMemoryMiB()
{
#ifdef Q_OS_LINUX
    const QByteArray meminfo = readProcFile(QByteArrayLiteral("/proc/meminfo"));
    for (const QByteArray &line : meminfo.split('\n'))
    {
        if (line.startsWith("MemTotal:"))
        {
            // "MemTotal:       16303484 kB"
            const QList<QByteArray> parts = line.mid(9).simplified().split(' ');
            return parts.isEmpty() ? 0 : parts.first().toLongLong() / 1024;
        }
    }
#endif
    return 0;
}
} // namespace ma::server
