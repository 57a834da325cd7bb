// ProcessSampler: process trees from /proc, CPU and memory of a tree, machine size.

#include "server/processsampler.h"

#include <csignal>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using ma::server::ProcessSample;
using ma::server::ProcessSampler;
using namespace Qt::StringLiterals;

class TestProcessSampler final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void machineSize();
    void memoryOfThisProcess();
    void descendantsIncludeChildren();
    void descendantsOfMissingPid();
    void cpuOfBusyChild();
    void shortLivedChildrenAreCounted();
    void setRootPidResetsBaseline();

private:
    /** Starts /bin/sh -c @p script; the test's cleanup kills its whole tree. */
    qint64 startShell(const QString &script);

    QList<QProcess *> m_processes;
};

void TestProcessSampler::init()
{
#ifndef Q_OS_LINUX
    QSKIP("ProcessSampler reads /proc: Linux only");
#endif
}

void TestProcessSampler::cleanup()
{
    for (QProcess *process : std::as_const(m_processes))
    {
        if (process->state() != QProcess::NotRunning)
        {
#ifdef Q_OS_UNIX
            for (const qint64 pid : ProcessSampler::descendants(process->processId()))
                ::kill(static_cast<pid_t>(pid), SIGKILL);
#endif
            process->waitForFinished(2000);
        }
        delete process;
    }
    m_processes.clear();
}

qint64 TestProcessSampler::startShell(const QString &script)
{
    auto *process = new QProcess;
    m_processes.append(process);
    process->start(u"/bin/sh"_s, { u"-c"_s, script });
    if (!process->waitForStarted(5000))
        return 0;
    return process->processId();
}

void TestProcessSampler::machineSize()
{
    QVERIFY(ProcessSampler::machineCpuCount() >= 1);
    QVERIFY(ProcessSampler::machineMemoryMiB() > 0);
}

void TestProcessSampler::memoryOfThisProcess()
{
    ProcessSampler sampler(QCoreApplication::applicationPid(), ProcessSampler::Scope::Tree);
    const ProcessSample first = sampler.sample();
    QVERIFY(first.timeMs > 0);
    QVERIFY(first.memoryMiB > 0);
    QVERIFY(first.memoryMiB < ProcessSampler::machineMemoryMiB());
    QVERIFY(first.processCount >= 1);
    QCOMPARE(first.cpuPercent, 0.0); // no baseline yet
    QCOMPARE(first.cpuPercentOfMachine, 0.0);
}

void TestProcessSampler::descendantsIncludeChildren()
{
    const qint64 pid = startShell(u"sleep 30 & sleep 30 & wait"_s);
    QVERIFY(pid > 0);
    QTRY_COMPARE(ProcessSampler::descendants(pid).size(), 3);
    const QList<qint64> tree = ProcessSampler::descendants(pid);
    QCOMPARE(tree.first(), pid);
    for (const qint64 child : tree)
        QVERIFY(ProcessSampler::isAlive(child));

    // This process is the shell's parent: its tree holds the shell and the children too.
    const QList<qint64> ours = ProcessSampler::descendants(QCoreApplication::applicationPid());
    QCOMPARE(ours.first(), QCoreApplication::applicationPid());
    for (const qint64 child : tree)
        QVERIFY(ours.contains(child));

    ProcessSampler sampler(pid);
    QCOMPARE(sampler.sample().processCount, 3);
}

void TestProcessSampler::descendantsOfMissingPid()
{
    QVERIFY(ProcessSampler::descendants(0).isEmpty());
    QVERIFY(ProcessSampler::descendants(-5).isEmpty());
    ProcessSampler sampler(0);
    const ProcessSample sample = sampler.sample();
    QCOMPARE(sample.processCount, 0);
    QCOMPARE(sample.memoryMiB, 0.0);
    QCOMPARE(ProcessSampler::startTime(0), qint64(-1));
    QVERIFY(!ProcessSampler::isAlive(0));
}

void TestProcessSampler::cpuOfBusyChild()
{
    // The busy loop runs in a child of the shell, so only the tree walk can see it.
    const qint64 pid = startShell(u"sh -c 'while :; do :; done'; true"_s);
    QVERIFY(pid > 0);
    QTRY_COMPARE(ProcessSampler::descendants(pid).size(), 2);

    ProcessSampler sampler(pid);
    QCOMPARE(sampler.sample().cpuPercent, 0.0);
    QElapsedTimer window;
    window.start();
    // QTRY_* evaluates its condition once more after success: keep the busy sample. The
    // window is at least 500 ms: over a few ms, one 10 ms clock tick reads as hundreds of %.
    ProcessSample sample;
    const auto sampledBusy = [&]
    {
        if (window.elapsed() < 500)
            return false;
        if (sample.cpuPercent <= 0)
            sample = sampler.sample();
        return sample.cpuPercent > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sampledBusy(), 4000);
    QVERIFY(sample.memoryMiB > 0);
    QCOMPARE(sample.processCount, 2);
    // One busy thread: at most one core, give or take tick granularity.
    QVERIFY2(sample.cpuPercent <= 150, qPrintable(QString::number(sample.cpuPercent)));
    QCOMPARE(sample.cpuPercentOfMachine, sample.cpuPercent / ProcessSampler::machineCpuCount());
}

void TestProcessSampler::shortLivedChildrenAreCounted()
{
    // Each child burns a little CPU and is gone long before the next sample; the shell only
    // waits. Their time must show up (through the shell's cutime) and not be counted twice.
    const qint64 pid = startShell(u"while :; do sh -c 'i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done'; done"_s);
    QVERIFY(pid > 0);
    ProcessSampler sampler(pid, ProcessSampler::Scope::Tree);
    sampler.sample();
    double highest = 0;
    double total = 0;
    int samples = 0;
    const auto sampleUntilBusy = [&]
    {
        if (samples >= 10 && total / samples > 10)
            return true; // QTRY_* asks once more after success
        const double cpu = sampler.sample().cpuPercent;
        highest = qMax(highest, cpu);
        total += cpu;
        ++samples;
        return samples >= 10 && total / samples > 10;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sampleUntilBusy(), 4000);
    // One process runs at a time, so on average the tree uses at most one core; counting the
    // reaped children twice would show about two.
    const double average = total / samples;
    QVERIFY2(average <= 130, qPrintable(QString::number(average)));
    QVERIFY2(highest <= 100.0 * ProcessSampler::machineCpuCount() + 100, qPrintable(QString::number(highest)));
}

void TestProcessSampler::setRootPidResetsBaseline()
{
    ProcessSampler sampler(QCoreApplication::applicationPid());
    sampler.sample();
    sampler.setRootPid(QCoreApplication::applicationPid());
    QCOMPARE(sampler.rootPid(), QCoreApplication::applicationPid());
    QCOMPARE(sampler.sample().cpuPercent, 0.0);
}

QTEST_GUILESS_MAIN(TestProcessSampler)
#include "tst_processsampler.moc"
