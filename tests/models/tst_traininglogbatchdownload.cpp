// TrainingLogBatchDownload against the real local backend: a two-node job's logs land in one
// folder, one file per task named as the console names them, each equal to the task's own log;
// a task the job does not have fails with a readable line and the other files are still
// written; an unwritable folder fails every file without asking the server.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/traininglogbatchdownload.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ma;
using namespace Qt::StringLiterals;
using models::TrainingLogBatchDownload;

namespace
{
constexpr int kWaitMs = 30000;

QByteArray taskLog(api::ApiClient &client, const QString &id, const QString &task)
{
    const api::ApiResult r = test::callAndWait(client, api::training::logPreview(id, task));
    return r.ok() ? api::fromBody<api::TrainingLogPreview>(r.body).content.toUtf8() : QByteArray();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestTrainingLogBatchDownload : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyTaskOneFile();
    void failedTaskIsReportedOthersWritten();
    void unwritableFolderFailsEveryFile();

private:
    /** A simulated job on two nodes that has started: both tasks have a log. */
    QString twoNodeJob();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestTrainingLogBatchDownload::init()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 60.0, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestTrainingLogBatchDownload::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

QString TestTrainingLogBatchDownload::twoNodeJob()
{
    const api::Json body = { { "kind", "job" }, { "metadata", { { "name", "batch-logs" } } },
        { "algorithm",
            { { "engine", { { "image_url", "swr.local/team/trainer:1.0" } } }, { "command", "python train.py" },
                { "environments", { { "MA_LOCAL_DURATION_SECONDS", "36000" } } } } },
        { "spec", { { "resource", { { "flavor_id", "modelarts.vm.cpu.8u" }, { "node_count", 2 } } } } } };
    const api::ApiResult created
        = test::callAndWait(*m_client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    if (!created.ok())
    {
        qWarning("create refused: %s", qPrintable(created.error.displayText()));
        return QString();
    }
    const QString id = api::fromBody<api::TrainingJob>(created.body).metadata.id.value_or(QString());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kWaitMs
        && (taskLog(*m_client, id, u"worker-0"_s).isEmpty() || taskLog(*m_client, id, u"worker-1"_s).isEmpty()))
        QTest::qWait(100); // the simulated start writes both logs; nothing to wait on but the server
    return id;
}

void TestTrainingLogBatchDownload::everyTaskOneFile()
{
    const QString id = twoNodeJob();
    QVERIFY(!id.isEmpty());
    const QByteArray log0 = taskLog(*m_client, id, u"worker-0"_s);
    const QByteArray log1 = taskLog(*m_client, id, u"worker-1"_s);
    QVERIFY(!log0.isEmpty() && !log1.isEmpty());
    QVERIFY(log0 != log1); // each task has its own log

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrainingLogBatchDownload batch(m_client.get(), id, { u"worker-0"_s, u"worker-1"_s }, dir.path());
    QSignalSpy finished(&batch, &TrainingLogBatchDownload::finished);
    QSignalSpy tasks(&batch, &TrainingLogBatchDownload::taskFinished);
    QSignalSpy progress(&batch, &TrainingLogBatchDownload::progress);
    batch.start();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.size(), 1);
    QVERIFY(batch.isFinished());
    QCOMPARE(tasks.size(), 2);
    QVERIFY(batch.failures().empty());
    QCOMPARE(progress.last().at(0).toInt(), 100);

    const QString file0 = dir.filePath(u"modelarts-job-%1-worker-0.log"_s.arg(id));
    const QString file1 = dir.filePath(u"modelarts-job-%1-worker-1.log"_s.arg(id));
    QCOMPARE(batch.written(), (QStringList { file0, file1 }));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    // The logs may grow while the job runs: each file starts with what the task had logged.
    QVERIFY(readFile(file0).startsWith(log0));
    QVERIFY(readFile(file1).startsWith(log1));
    QVERIFY(!readFile(file1).startsWith(log0));
}

void TestTrainingLogBatchDownload::failedTaskIsReportedOthersWritten()
{
    const QString id = twoNodeJob();
    QVERIFY(!id.isEmpty());
    QTemporaryDir dir;
    TrainingLogBatchDownload batch(m_client.get(), id, { u"worker-9"_s, u"worker-1"_s }, dir.path());
    QSignalSpy finished(&batch, &TrainingLogBatchDownload::finished);
    batch.start();
    QVERIFY(finished.wait(kWaitMs));

    QCOMPARE(batch.failures().size(), std::size_t(1));
    const TrainingLogBatchDownload::Failure &failure = batch.failures().front();
    QCOMPARE(failure.task, u"worker-9"_s);
    QVERIFY(failure.error.isError());
    QVERIFY(!QFile::exists(failure.filePath)); // no half file
    QCOMPARE(batch.written(), QStringList { dir.filePath(u"modelarts-job-%1-worker-1.log"_s.arg(id)) });
    const QString text = batch.failureText();
    QVERIFY2(text.startsWith(u"worker-9: "_s), qPrintable(text));
    QVERIFY2(text.size() > u"worker-9: "_s.size(), qPrintable(text)); // the error itself follows
    QVERIFY(!text.contains(u'\n'));
}

void TestTrainingLogBatchDownload::unwritableFolderFailsEveryFile()
{
    const QString id = twoNodeJob();
    QVERIFY(!id.isEmpty());
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no/such/folder"_s);
    TrainingLogBatchDownload batch(m_client.get(), id, { u"worker-0"_s, u"worker-1"_s }, missing);
    QSignalSpy finished(&batch, &TrainingLogBatchDownload::finished);
    batch.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(batch.failures().size(), std::size_t(2));
    QVERIFY(batch.written().isEmpty());
    QCOMPARE(batch.failureText().split(u'\n').size(), 2);
}

QTEST_GUILESS_MAIN(TestTrainingLogBatchDownload)
#include "tst_traininglogbatchdownload.moc"
