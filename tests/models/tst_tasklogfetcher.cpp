// TaskLogFetcher and TaskLogDownload. Against the real local backend: polling a running job's
// log moves only the new text, the download streams the whole log to a file with progress up
// to 100, a missing job fails without leaving a file. Against scripted servers (the cloud case):
// a pre-signed link on another host is fetched without our authentication headers.

#include "api/authenticators.h"
#include "api/filedownload.h"
#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/tasklogfetcher.h"
#include "scriptedhttpserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ma;
using models::TaskLogDownload;
using models::TaskLogFetcher;

namespace
{
constexpr int kWaitMs = 30000;

QByteArray fullLog(api::ApiClient &client, const QString &id)
{
    const api::ApiResult r = test::callAndWait(client, api::training::logPreview(id, QStringLiteral("worker-0")));
    return api::fromBody<api::TrainingLogPreview>(r.body).content.toUtf8();
}
} // namespace

class TestTaskLogFetcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pollingAppendsOnlyNewText();
    void anotherTaskResets();
    void previewErrorIsReported();
    void downloadWritesWholeLog();
    void downloadOfMissingJobFails();
    void presignedLinkWithoutAuth();
    void sameOrigin();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestTaskLogFetcher::init()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestTaskLogFetcher::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

void TestTaskLogFetcher::pollingAppendsOnlyNewText()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("log-follow"),
        QStringLiteral("for i in 1 2 3 4; do echo follow-line-$i; sleep 0.5; done"));
    QVERIFY(!id.isEmpty());

    TaskLogFetcher fetcher;
    fetcher.setClient(m_client.get());
    fetcher.setTask(id, QStringLiteral("worker-0"));
    fetcher.setIntervalMs(150);
    QString shown;
    QSignalSpy resets(&fetcher, &TaskLogFetcher::textReset);
    QSignalSpy appends(&fetcher, &TaskLogFetcher::textAppended);
    QSignalSpy errors(&fetcher, &TaskLogFetcher::errorOccurred);
    connect(&fetcher, &TaskLogFetcher::textReset, this, [&shown](const QString &text) { shown = text; });
    connect(&fetcher, &TaskLogFetcher::textAppended, this, [&shown](const QString &text) { shown += text; });
    fetcher.setPolling(true);
    QVERIFY(fetcher.isPolling());
    QVERIFY(fetcher.isFetching());

    QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QStringLiteral("follow-line-4")), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);
    QSignalSpy fetched(&fetcher, &TaskLogFetcher::fetched);
    QVERIFY(fetched.wait(kWaitMs));
    fetcher.setPolling(false);
    QVERIFY(!fetcher.isPolling());

    // The text built from one reset and the appends is exactly the log.
    QCOMPARE(shown.toUtf8(), fullLog(*m_client, id));
    QCOMPARE(resets.size(), 1);
    QVERIFY(appends.size() >= 1);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(fetcher.fullSize(), qint64(fullLog(*m_client, id).size()));
    // Every line once: no part was appended twice.
    QCOMPARE(shown.count(QStringLiteral("follow-line-2")), 1);

    // A fetch with nothing new emits nothing.
    appends.clear();
    fetched.clear();
    fetcher.fetch();
    QVERIFY(fetched.wait(kWaitMs));
    QCOMPARE(appends.size(), 0);
    QCOMPARE(resets.size(), 1);
}

void TestTaskLogFetcher::anotherTaskResets()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("log-reset"), QStringLiteral("echo reset-me"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);
    TaskLogFetcher fetcher;
    fetcher.setClient(m_client.get());
    fetcher.setTask(id, QStringLiteral("worker-0"));
    QSignalSpy resets(&fetcher, &TaskLogFetcher::textReset);
    fetcher.fetch();
    QVERIFY(resets.wait(kWaitMs));
    QVERIFY(resets.back().front().toString().contains(QStringLiteral("reset-me")));
    // The same task again keeps what was shown; a reset() starts over.
    fetcher.setTask(id, QStringLiteral("worker-0"));
    QCOMPARE(fetcher.fullSize(), qint64(fullLog(*m_client, id).size()));
    fetcher.reset();
    QCOMPARE(fetcher.fullSize(), qint64(-1));
    fetcher.fetch();
    QVERIFY(resets.wait(kWaitMs));
    QCOMPARE(resets.size(), 2);
}

void TestTaskLogFetcher::previewErrorIsReported()
{
    TaskLogFetcher fetcher;
    fetcher.setClient(m_client.get());
    fetcher.setTask(QStringLiteral("no-such-job"), QStringLiteral("worker-0"));
    QSignalSpy errors(&fetcher, &TaskLogFetcher::errorOccurred);
    fetcher.fetch();
    QVERIFY(errors.wait(kWaitMs));
    const auto error = errors.front().front().value<api::ApiError>();
    QCOMPARE(error.code, QStringLiteral("ModelArts.2775"));
    QCOMPARE(error.message, QStringLiteral("Training job (ID: no-such-job) not found."));
    QVERIFY(!fetcher.isFetching());
}

void TestTaskLogFetcher::downloadWritesWholeLog()
{
    // About 1.3 MB of log, streamed to the file in chunks.
    const QString id = test::createLocalJob(
        *m_client, QStringLiteral("log-download"), QStringLiteral("seq 1 200000; echo last-line"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);
    const QByteArray expected = fullLog(*m_client, id);
    QVERIFY2(expected.size() > 1000000, qPrintable(QString::number(expected.size())));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker-0.log"));
    TaskLogDownload download(m_client.get(), id, QStringLiteral("worker-0"), path);
    QSignalSpy progress(&download, &TaskLogDownload::progress);
    QSignalSpy finished(&download, &TaskLogDownload::finished);
    download.start();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.size(), 1);
    const auto error = finished.front().front().value<api::ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.displayText()));
    QVERIFY(download.isFinished());
    QCOMPARE(download.bytesWritten(), qint64(expected.size()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);

    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.front().front().toInt(), 0);
    QCOMPARE(progress.back().front().toInt(), 100);
    int previous = -1;
    for (const QList<QVariant> &args : progress)
    {
        QVERIFY(args.front().toInt() >= previous);
        previous = args.front().toInt();
    }
}

void TestTaskLogFetcher::downloadOfMissingJobFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.log"));
    TaskLogDownload download(m_client.get(), QStringLiteral("no-such-job"), QStringLiteral("worker-0"), path);
    QSignalSpy finished(&download, &TaskLogDownload::finished);
    download.start();
    QVERIFY(finished.wait(kWaitMs));
    const auto error = finished.front().front().value<api::ApiError>();
    QCOMPARE(error.code, QStringLiteral("ModelArts.2775"));
    QVERIFY(!QFile::exists(path));

    // A folder that cannot be written: a readable local error, nothing sent.
    TaskLogDownload bad(m_client.get(), QStringLiteral("x"), QStringLiteral("worker-0"),
        dir.filePath(QStringLiteral("no/such/dir/file.log")));
    QSignalSpy badFinished(&bad, &TaskLogDownload::finished);
    bad.start();
    QCOMPARE(badFinished.size(), 1);
    const auto badError = badFinished.front().front().value<api::ApiError>();
    QVERIFY(badError.isError());
    QVERIFY2(badError.displayText().startsWith(QStringLiteral("Cannot write ")), qPrintable(badError.displayText()));
}

void TestTaskLogFetcher::presignedLinkWithoutAuth()
{
    // The cloud answers T2-8 with a pre-signed OBS link on another host.
    test::ScriptedHttpServer obs;
    QVERIFY(obs.start());
    const QByteArray body = QByteArray("obs line\n").repeated(5000);
    obs.setHandler(
        [&body](const test::ReceivedRequest &)
        {
            test::ScriptedReply reply;
            reply.headers = { { "Content-Type", "application/octet-stream" } };
            reply.body = body;
            return reply;
        });
    test::ScriptedHttpServer service;
    QVERIFY(service.start());
    const QString link = obs.url().toString() + QStringLiteral("/bucket/log/worker-0.log?AccessKeyId=AK&Signature=abc");
    service.setHandler([link](const test::ReceivedRequest &)
        { return test::ScriptedReply::json(200, QStringLiteral("{\"obs_url\": \"%1\"}").arg(link).toUtf8()); });

    api::ApiClient client(api::Endpoints { service.url(), service.url() });
    client.setAuthenticator(new api::AccessKeyAuthenticator({ QByteArrayLiteral("AK1"), QByteArrayLiteral("SK1"), {} },
        QStringLiteral("cn-north-4"), QStringLiteral("project-1")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cloud.log"));
    TaskLogDownload download(&client, QStringLiteral("job-1"), QStringLiteral("worker-0"), path);
    QSignalSpy finished(&download, &TaskLogDownload::finished);
    download.start();
    QVERIFY(finished.wait(kWaitMs));
    const auto error = finished.front().front().value<api::ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.displayText()));

    QCOMPARE(service.requests().size(), 1);
    QVERIFY(!service.requests().front().header("Authorization").isEmpty());
    QVERIFY(service.requests().front().target.contains("/logs/url"));
    QCOMPARE(obs.requests().size(), 1);
    const test::ReceivedRequest &got = obs.requests().front();
    QCOMPARE(got.target, QByteArray("/bucket/log/worker-0.log?AccessKeyId=AK&Signature=abc"));
    QVERIFY(got.header("Authorization").isEmpty());
    QVERIFY(got.header("X-Auth-Token").isEmpty());
    QVERIFY(got.header("X-Project-Id").isEmpty());
    QVERIFY(got.header("X-Sdk-Date").isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), body);
}

void TestTaskLogFetcher::sameOrigin()
{
    const QUrl endpoint(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com"));
    QVERIFY(ma::api::FileDownload::sameOrigin(
        QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com/v2/x")), endpoint));
    QVERIFY(ma::api::FileDownload::sameOrigin(
        QUrl(QStringLiteral("https://MODELARTS.cn-north-4.myhuaweicloud.com:443/v2/x")), endpoint));
    QVERIFY(!ma::api::FileDownload::sameOrigin(
        QUrl(QStringLiteral("https://bucket.obs.cn-north-4.myhuaweicloud.com/log")), endpoint));
    QVERIFY(!ma::api::FileDownload::sameOrigin(
        QUrl(QStringLiteral("http://modelarts.cn-north-4.myhuaweicloud.com/v2/x")), endpoint));
    QVERIFY(ma::api::FileDownload::sameOrigin(
        QUrl(QStringLiteral("http://127.0.0.1:8080/a")), QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    QVERIFY(!ma::api::FileDownload::sameOrigin(
        QUrl(QStringLiteral("http://127.0.0.1:8081/a")), QUrl(QStringLiteral("http://127.0.0.1:8080"))));
}

QTEST_GUILESS_MAIN(TestTaskLogFetcher)
#include "tst_tasklogfetcher.moc"
