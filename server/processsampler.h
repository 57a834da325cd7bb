#pragma once

// Resource usage of a process tree read from /proc (Linux only; elsewhere every value is 0).
// Used by LocalExecutor to report the CPU and memory of a training task on the "local" pool,
// and to find every process it has to kill.

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QtGlobal>

namespace ma::server
{
/** @brief One measurement of a process tree. */
struct ProcessSample
{
    qint64 timeMs = 0; // wall clock, ms since the epoch
    double cpuPercent = 0; // relative to one core: two busy cores = 200
    double cpuPercentOfMachine = 0; // cpuPercent / machineCpuCount(): 0..100
    double memoryMiB = 0; // sum of the resident set sizes
    int processCount = 0; // live (non-zombie) processes in the tree
};

/**
 * @brief Samples the CPU and memory of a process and all of its descendants.
 *
 * CPU is the growth of utime+stime between two sample() calls over the wall time between
 * them; the first sample after construction or setRootPid() has no baseline and reports 0.
 * Children that exit between two samples are still counted, through the cutime/cstime of
 * the parent that reaped them. Not thread-safe; cheap enough for the GUI thread (one pass
 * over /proc per sample).
 */
class ProcessSampler final
{
public:
    /** Which processes belong to a root. */
    enum class Scope
    {
        Tree, // the root and its descendants by parent pid
        TreeAndSession, // plus processes of the root's session when the root leads one (catches orphans)
    };

    explicit ProcessSampler(qint64 rootPid = 0, Scope scope = Scope::TreeAndSession);

    /** Starts over with another root (the next sample reports 0 CPU). */
    void setRootPid(qint64 rootPid);
    qint64 rootPid() const { return m_rootPid; }

    ProcessSample sample();

    /**
     * The root (first, while it exists) and its descendants, zombies included. With
     * Scope::TreeAndSession also every process whose session id is @p rootPid, which finds
     * orphans of a root started with setsid() even after the root itself has exited.
     */
    static QList<qint64> descendants(qint64 rootPid, Scope scope = Scope::Tree);

    /** Start time of @p pid in clock ticks since boot (identifies a pid across reuse); -1 when gone. */
    static qint64 startTime(qint64 pid);
    /** True while @p pid exists and is not a zombie. */
    static bool isAlive(qint64 pid);

    static int machineCpuCount();
    static qint64 machineMemoryMiB();

private:
    struct Ticks
    {
        quint64 own = 0; // utime + stime
        quint64 reaped = 0; // cutime + cstime: waited-for children
        qint64 ppid = 0;
    };
    // A pid is identified with its start time so that a reused pid is not mistaken for the old one.
    using Key = QPair<qint64, qint64>;

    qint64 m_rootPid = 0;
    Scope m_scope;
    QHash<Key, Ticks> m_last;
    QElapsedTimer m_wall;
};
} // namespace ma::server
