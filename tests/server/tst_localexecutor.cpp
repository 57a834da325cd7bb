// LocalExecutor: runs a boot command for real and reports output, samples and its end.

#include "server/localexecutor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ma::server::LocalExecutor;
using ma::server::LocalRunSpec;
using ma::server::ProcessSample;
using namespace Qt::StringLiterals;

namespace
{
/** True while /proc shows @p pid as a live (non-zombie) process. Independent of ProcessSampler. */
bool procAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0 || close + 2 >= text.size())
        return false;
    const char state = text.at(close + 2);
    return state != 'Z' && state != 'X';
}

/** Direct children of @p pid according to /proc (ppid field). */
QList<qint64> procChildren(qint64 pid)
{
    QList<qint64> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries)
    {
        bool ok = false;
        const qint64 candidate = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(candidate));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid && procAlive(candidate))
            children.append(candidate);
    }
    return children;
}
} // namespace

class TestLocalExecutor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void printsAndExitsZero();
    void exitCode();
    void stderrIsMerged();
    void standardEnvironment();
    void environmentReachesCommand();
    void workingDirIsCreatedAndIsCwd();
    void commandNotFound();
    void killedBySignal();
    void terminateKillsWholeTree();
    void terminateEscalatesToSigkill();
    void leftoverProcessesAreCleanedUp();
    void sampledWhileBusy();
    void cannotStart();
    void destructorKillsTask();

private:
    /** A spec running @p command in a fresh folder below the test's temporary dir. */
    LocalRunSpec spec(const QString &command) const;
    /** Runs @p executor to its end; returns finished()'s arguments and fills @p output. */
    QList<QVariant> run(LocalExecutor &executor, QByteArray *output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalExecutor::init()
{
#ifndef Q_OS_LINUX
    QSKIP("LocalExecutor tests inspect /proc: Linux only");
#endif
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalExecutor::cleanup()
{
    m_dir.reset();
}

LocalRunSpec TestLocalExecutor::spec(const QString &command) const
{
    LocalRunSpec s;
    s.jobId = u"4f1c2d3e-job"_s;
    s.jobName = u"my-local-job"_s;
    s.command = command;
    s.workingDir = m_dir->filePath(u"job"_s);
    s.sampleIntervalMs = 100;
    return s;
}

QList<QVariant> TestLocalExecutor::run(LocalExecutor &executor, QByteArray *output)
{
    QSignalSpy finished(&executor, &LocalExecutor::finished);
    QByteArray text;
    connect(&executor, &LocalExecutor::output, this, [&text](const QByteArray &chunk) { text += chunk; });
    executor.start();
    if (!finished.wait(5000))
        return {};
    if (output)
        *output = text;
    if (finished.size() != 1)
        return {};
    return finished.takeFirst();
}

void TestLocalExecutor::printsAndExitsZero()
{
    LocalExecutor executor(spec(u"echo hello from the task"_s));
    QSignalSpy started(&executor, &LocalExecutor::started);
    QVERIFY(!executor.isRunning());
    QByteArray output;
    const QList<QVariant> args = run(executor, &output);
    QCOMPARE(args.size(), 3);
    QCOMPARE(started.size(), 1);
    QVERIFY(started.first().first().toLongLong() > 0);
    QCOMPARE(started.first().first().toLongLong(), executor.pid());
    QCOMPARE(output, QByteArray("hello from the task\n"));
    QCOMPARE(args.at(0).toInt(), 0);
    QCOMPARE(args.at(1).toBool(), false);
    QVERIFY(!args.at(2).toString().isEmpty());
    QVERIFY(!executor.isRunning());
}

void TestLocalExecutor::exitCode()
{
    LocalExecutor executor(spec(u"echo failing; exit 3"_s));
    const QList<QVariant> args = run(executor);
    QCOMPARE(args.size(), 3);
    QCOMPARE(args.at(0).toInt(), 3);
    QCOMPARE(args.at(1).toBool(), false);
    QVERIFY2(args.at(2).toString().contains(u"3"_s), qPrintable(args.at(2).toString()));
    QVERIFY2(args.at(2).toString().contains(u"failing"_s), qPrintable(args.at(2).toString()));
}

void TestLocalExecutor::stderrIsMerged()
{
    LocalExecutor executor(spec(u"echo to-stdout; echo to-stderr >&2"_s));
    QByteArray output;
    const QList<QVariant> args = run(executor, &output);
    QCOMPARE(args.size(), 3);
    QVERIFY(output.contains("to-stdout\n"));
    QVERIFY(output.contains("to-stderr\n"));
}

void TestLocalExecutor::standardEnvironment()
{
    const LocalRunSpec s = spec(QString());
    const QMap<QString, QString> env = LocalExecutor::standardEnvironment(s);
    const QString dir = QDir::cleanPath(s.workingDir);
    QCOMPARE(env.value(u"MA_HOME"_s), dir);
    QCOMPARE(env.value(u"MA_MOUNT_PATH"_s), dir);
    QCOMPARE(env.value(u"MA_JOB_DIR"_s), dir);
    QCOMPARE(env.value(u"MA_LOG_DIR"_s), dir + u"/log"_s);
    QCOMPARE(env.value(u"WORKSPACE"_s), dir + u"/code"_s);
    QCOMPARE(env.value(u"MA_NUM_HOSTS"_s), u"1"_s);
    QCOMPARE(env.value(u"MA_NUM_GPUS"_s), u"0"_s);
    QCOMPARE(env.value(u"MA_TASK_NAME"_s), u"worker"_s);
    QCOMPARE(env.value(u"VC_TASK_INDEX"_s), u"0"_s);
    QCOMPARE(env.value(u"VC_WORKER_NUM"_s), u"1"_s);
    QCOMPARE(env.value(u"VC_WORKER_HOSTS"_s), u"127.0.0.1"_s);
    QCOMPARE(env.value(u"MA_CURRENT_IP"_s), u"127.0.0.1"_s);
    QCOMPARE(env.value(u"MA_VJ_NAME"_s), u"my-local-job"_s);
    QVERIFY(env.value(u"MA_CURRENT_INSTANCE_NAME"_s).endsWith(u"-worker-0"_s));
    QVERIFY(env.value(u"MA_CURRENT_INSTANCE_NAME"_s).contains(s.jobId));
}

void TestLocalExecutor::environmentReachesCommand()
{
    LocalRunSpec s = spec(u"echo \"$VC_TASK_INDEX|$MA_JOB_DIR|$MY_VAR|$MA_NUM_GPUS|$WORKSPACE\""_s);
    s.environment.insert(u"MY_VAR"_s, u"from the caller"_s);
    s.environment.insert(u"MA_NUM_GPUS"_s, u"8"_s); // the caller wins over a standard value
    LocalExecutor executor(s);
    QByteArray output;
    QCOMPARE(run(executor, &output).value(0).toInt(), 0);
    const QString dir = QDir::cleanPath(s.workingDir);
    QCOMPARE(QString::fromUtf8(output).trimmed(), u"0|%1|from the caller|8|%1/code"_s.arg(dir));
}

void TestLocalExecutor::workingDirIsCreatedAndIsCwd()
{
    LocalRunSpec s = spec(u"pwd -P; test -d \"$MA_LOG_DIR\" && echo log-ok"_s);
    s.workingDir = m_dir->filePath(u"does/not/exist/yet"_s);
    QVERIFY(!QFileInfo::exists(s.workingDir));
    LocalExecutor executor(s);
    QByteArray output;
    QCOMPARE(run(executor, &output).value(0).toInt(), 0);
    QVERIFY(QFileInfo(s.workingDir).isDir());
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QFileInfo(s.workingDir).canonicalFilePath());
    QCOMPARE(lines.at(1), u"log-ok"_s);
}

void TestLocalExecutor::commandNotFound()
{
    LocalExecutor executor(spec(u"no-such-command-for-modelarts-local --flag"_s));
    QByteArray output;
    const QList<QVariant> args = run(executor, &output);
    QCOMPARE(args.size(), 3);
    QCOMPARE(args.at(0).toInt(), 127);
    QCOMPARE(args.at(1).toBool(), false);
    QVERIFY(output.contains("not found"));
    const QString message = args.at(2).toString();
    QVERIFY2(message.contains(u"127"_s) && message.contains(u"not found"_s), qPrintable(message));
}

void TestLocalExecutor::killedBySignal()
{
    LocalExecutor executor(spec(u"kill -KILL $$"_s));
    const QList<QVariant> args = run(executor);
    QCOMPARE(args.size(), 3);
    QCOMPARE(args.at(0).toInt(), 128 + 9);
    QCOMPARE(args.at(1).toBool(), true);
    QVERIFY2(args.at(2).toString().contains(u"SIGKILL"_s), qPrintable(args.at(2).toString()));
}

void TestLocalExecutor::terminateKillsWholeTree()
{
    LocalExecutor executor(spec(u"sleep 60 & sleep 60; wait"_s));
    QSignalSpy started(&executor, &LocalExecutor::started);
    QSignalSpy finished(&executor, &LocalExecutor::finished);
    executor.start();
    QVERIFY(started.wait(5000));
    const qint64 shell = executor.pid();
    QTRY_COMPARE(procChildren(shell).size(), 2);
    QList<qint64> tree = procChildren(shell);
    tree.prepend(shell);
    QVERIFY(executor.isRunning());

    executor.terminate();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 128 + 15); // the shell died of SIGTERM
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY2(
        finished.first().at(2).toString().contains(u"Terminated"_s), qPrintable(finished.first().at(2).toString()));
    for (const qint64 pid : std::as_const(tree))
        QVERIFY2(!procAlive(pid), qPrintable(u"pid %1 survived"_s.arg(pid)));
    QVERIFY(!executor.isRunning());
    executor.terminate(); // harmless once finished
    QCOMPARE(finished.size(), 1);
}

void TestLocalExecutor::terminateEscalatesToSigkill()
{
    // The subshell ignores SIGTERM and so does the sleep it runs (ignored signals survive exec).
    LocalExecutor executor(spec(u"(trap '' TERM; sleep 60; true) & wait"_s));
    QSignalSpy started(&executor, &LocalExecutor::started);
    QSignalSpy finished(&executor, &LocalExecutor::finished);
    executor.start();
    QVERIFY(started.wait(5000));
    const qint64 shell = executor.pid();
    QTRY_COMPARE(procChildren(shell).size(), 1);
    const qint64 subshell = procChildren(shell).first();
    QTRY_COMPARE(procChildren(subshell).size(), 1);
    const qint64 sleeper = procChildren(subshell).first();

    QElapsedTimer timer;
    timer.start();
    executor.terminate();
    QVERIFY(finished.wait(5000));
    // The sleeper outlived SIGTERM, so the end had to wait for the SIGKILL after the grace period.
    QVERIFY(timer.elapsed() >= LocalExecutor::killGraceMs - 50);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(!procAlive(shell));
    QVERIFY(!procAlive(subshell));
    QVERIFY(!procAlive(sleeper));
}

void TestLocalExecutor::leftoverProcessesAreCleanedUp()
{
    // The shell exits at once and leaves an orphan; like a container, the task ends with it.
    LocalExecutor executor(spec(u"sleep 60 & echo $!"_s));
    QByteArray output;
    const QList<QVariant> args = run(executor, &output);
    QCOMPARE(args.size(), 3);
    QCOMPARE(args.at(0).toInt(), 0);
    QCOMPARE(args.at(1).toBool(), false);
    bool ok = false;
    const qint64 orphan = output.trimmed().toLongLong(&ok);
    QVERIFY(ok && orphan > 0);
    QVERIFY(!procAlive(orphan));
}

void TestLocalExecutor::sampledWhileBusy()
{
    LocalRunSpec s = spec(u"yes > /dev/null; true"_s);
    LocalExecutor executor(s);
    QList<ProcessSample> samples;
    connect(
        &executor, &LocalExecutor::sampled, this, [&samples](const ProcessSample &sample) { samples.append(sample); });
    QSignalSpy finished(&executor, &LocalExecutor::finished);
    executor.start();
    const auto busySample = [&samples]
    {
        for (const ProcessSample &sample : std::as_const(samples))
        {
            if (sample.cpuPercent > 0 && sample.memoryMiB > 0)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(busySample(), 4000);
    const ProcessSample &last = samples.last();
    QVERIFY(last.timeMs > 0);
    QCOMPARE(last.processCount, 2);
    QVERIFY(last.cpuPercentOfMachine <= last.cpuPercent);

    executor.terminate();
    QVERIFY(finished.wait(5000));
    const qsizetype count = samples.size();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(samples.size(), count); // no samples after the end
}

void TestLocalExecutor::cannotStart()
{
    LocalRunSpec s = spec(u"echo never"_s);
    s.workingDir = u"/proc/modelarts-local-test/job"_s; // mkpath cannot succeed in /proc
    LocalExecutor executor(s);
    QSignalSpy started(&executor, &LocalExecutor::started);
    QSignalSpy finished(&executor, &LocalExecutor::finished);
    executor.start();
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(executor.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(started.size(), 0);
    QCOMPARE(finished.first().at(0).toInt(), -1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(finished.first().at(2).toString().contains(u"/proc/modelarts-local-test"_s));
    QVERIFY(!executor.isRunning());

    LocalExecutor empty(spec(u"  "_s));
    QSignalSpy emptyFinished(&empty, &LocalExecutor::finished);
    empty.start();
    QVERIFY(emptyFinished.wait(5000));
    QCOMPARE(emptyFinished.first().at(0).toInt(), -1);
}

void TestLocalExecutor::destructorKillsTask()
{
    auto executor = std::make_unique<LocalExecutor>(spec(u"sleep 60 & sleep 60; wait"_s));
    QSignalSpy started(executor.get(), &LocalExecutor::started);
    executor->start();
    QVERIFY(started.wait(5000));
    const qint64 shell = executor->pid();
    QTRY_COMPARE(procChildren(shell).size(), 2);
    const QList<qint64> children = procChildren(shell);
    executor.reset();
    QVERIFY(!procAlive(shell));
    // SIGKILL has been sent; the kernel may need a moment to finish them.
    for (const qint64 pid : children)
        QTRY_VERIFY(!procAlive(pid));
}

QTEST_GUILESS_MAIN(TestLocalExecutor)
#include "tst_localexecutor.moc"
