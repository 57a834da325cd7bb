#include "api/prometheusclient.h"
#include "connectionmanager.h"
#include "localbackend.h"
#include "models/connection.h"
#include "profile.h"
#include "server/localserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;
using namespace ma::desktop;
using namespace Qt::StringLiterals;

class TestConnectionManager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openLocal();
    void localBackendServesWhileUiThreadWaits();
    void switchLocalToEnvironment();
    void wrongSecretKey();
    void environmentWithoutKeys();
    void huaweiCloudWithoutSecret();
    void huaweiCloudPrometheusSource();

private:
    static api::ApiRequest flavorsRequest();
    static Profile environmentProfile(const QUrl &endpoint);
    static QProcessEnvironment keysOf(test::LocalBackend &backend, const QByteArray &secretKey = QByteArray());
};

void TestConnectionManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

api::ApiRequest TestConnectionManager::flavorsRequest()
{
    api::ApiRequest request;
    request.path = u"/v2/{project_id}/training-job-flavors"_s;
    return request;
}

Profile TestConnectionManager::environmentProfile(const QUrl &endpoint)
{
    Profile p;
    p.name = u"Environment"_s;
    p.kind = Profile::Kind::Environment;
    p.auth = Profile::AuthMethod::AccessKey;
    p.modelArtsEndpoint = endpoint; // IAM defaults to the same address for a non-Huawei region
    return p;
}

QProcessEnvironment TestConnectionManager::keysOf(test::LocalBackend &backend, const QByteArray &secretKey)
{
    QProcessEnvironment env;
    const server::ServerConfig &c = backend.server().config();
    env.insert(u"HUAWEICLOUD_SDK_AK"_s, QString::fromLatin1(c.accessKey));
    env.insert(u"HUAWEICLOUD_SDK_SK"_s, QString::fromLatin1(secretKey.isEmpty() ? c.secretKey : secretKey));
    env.insert(u"HUAWEICLOUD_SDK_REGION"_s, c.region);
    return env;
}

void TestConnectionManager::openLocal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionManager manager;
    manager.setLocalDataDir(dir.filePath(u"local-backend"_s));
    QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
    QSignalSpy failed(&manager, &ConnectionManager::connectionFailed);

    QElapsedTimer blocked;
    blocked.start();
    manager.open(Profile::local());
    // The backend starts on its own thread: open() hands the work over and returns.
    qInfo("open(Local) returned after %lld ms", static_cast<long long>(blocked.elapsed()));
    QTRY_COMPARE(ready.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(ready.count(), 1);
    auto *connection = ready.constFirst().constFirst().value<models::Connection *>();
    QVERIFY(connection);
    QCOMPARE(connection, manager.current());
    QCOMPARE(connection->kind(), models::Connection::Kind::Local);
    QCOMPARE(connection->profileName(), u"Local"_s);
    QVERIFY(manager.localBackend());
    QVERIFY(manager.localBackend()->url().host() == u"127.0.0.1"_s);
    QVERIFY(manager.localBackend()->port() != 0);
    QCOMPARE(connection->client()->endpoints().modelArts, manager.localBackend()->url());

    const api::ApiResult result = test::callAndWait(*connection->client(), flavorsRequest());
    QVERIFY2(result.ok(), qPrintable(result.error.displayText()));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(QJsonDocument::fromJson(result.body).object().contains(u"flavors"_s));
    QCOMPARE(connection->projectId(), manager.localBackend()->projectId());
    // The probe call marks the connection as connected.
    QTRY_COMPARE(connection->state(), models::Connection::State::Connected);
}

void TestConnectionManager::localBackendServesWhileUiThreadWaits()
{
    // A blocking request from the UI thread could never be answered by a backend that
    // shares this thread's event loop; the embedded one has a thread of its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionManager manager;
    manager.setLocalDataDir(dir.filePath(u"local-backend"_s));
    manager.setProbeEnabled(false);
    QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
    manager.open(Profile::local());
    QTRY_COMPARE(ready.count(), 1);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, manager.localBackend()->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v3/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData()); // no credentials: refused, but answered
}

void TestConnectionManager::switchLocalToEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::LocalBackend second;
    QVERIFY2(second.isRunning(), qPrintable(second.error()));

    ConnectionManager manager;
    manager.setLocalDataDir(dir.filePath(u"local-backend"_s));
    manager.setEnvironment(keysOf(second));
    QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
    QSignalSpy failed(&manager, &ConnectionManager::connectionFailed);

    manager.open(Profile::local());
    QTRY_COMPARE(ready.count(), 1);
    QPointer<models::Connection> local = ready.at(0).at(0).value<models::Connection *>();
    QVERIFY(local);
    QVERIFY(manager.localBackend());

    manager.open(environmentProfile(second.url()));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(ready.count(), 2);
    auto *env = ready.at(1).at(0).value<models::Connection *>();
    QVERIFY(env);
    QVERIFY(env != local);
    QCOMPARE(manager.current(), env);
    QCOMPARE(env->kind(), models::Connection::Kind::Environment);
    QCOMPARE(env->client()->endpoints().modelArts, second.url());
    QCOMPARE(env->client()->endpoints().iam, second.url());

    // The old connection goes once the event loop runs, and with it the local server.
    QTRY_VERIFY(local.isNull());
    QTRY_VERIFY(!manager.localBackend());

    const api::ApiResult result = test::callAndWait(*env->client(), flavorsRequest());
    QVERIFY2(result.ok(), qPrintable(result.error.displayText()));
    // The project id was looked up through the second backend's IAM.
    QCOMPARE(env->projectId(), second.projectId());
}

void TestConnectionManager::wrongSecretKey()
{
    test::LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));

    ConnectionManager manager;
    manager.setEnvironment(keysOf(backend, "definitely-not-the-secret-key"));
    QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
    manager.open(environmentProfile(backend.url()));
    QCOMPARE(ready.count(), 1);
    auto *connection = ready.at(0).at(0).value<models::Connection *>();

    const api::ApiResult result = test::callAndWait(*connection->client(), flavorsRequest());
    QVERIFY(!result.ok());
    const QString text = result.error.displayText();
    QVERIFY(!text.trimmed().isEmpty());
    qInfo("wrong SK: %s", qPrintable(text));

    // The probe call has reported the same failure to the connection (the status bar's source).
    QTRY_COMPARE(connection->state(), models::Connection::State::Failed);
    QVERIFY(!connection->lastError().displayText().trimmed().isEmpty());
}

void TestConnectionManager::environmentWithoutKeys()
{
    ConnectionManager manager;
    manager.setEnvironment(QProcessEnvironment());
    QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
    QSignalSpy failed(&manager, &ConnectionManager::connectionFailed);
    manager.open(environmentProfile(QUrl(u"http://127.0.0.1:1"_s)));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"HUAWEICLOUD_SDK_AK"_s));
}

void TestConnectionManager::huaweiCloudWithoutSecret()
{
    ConnectionManager manager;
    QSignalSpy failed(&manager, &ConnectionManager::connectionFailed);
    Profile p;
    p.name = u"Work"_s;
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = u"cn-north-4"_s;
    manager.open(p);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"password"_s));
    QVERIFY(!manager.current());
}

void TestConnectionManager::huaweiCloudPrometheusSource()
{
    // A cloud profile whose endpoints are a modelarts-local, and whose Prometheus data source is
    // that backend's Prometheus HTTP API with basic auth, as AOM's instance takes it.
    test::LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const server::ServerConfig &c = backend.server().config();
    Profile p;
    p.name = u"Work"_s;
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = c.region;
    p.auth = Profile::AuthMethod::AccessKey;
    p.accessKeyId = QString::fromLatin1(c.accessKey);
    p.modelArtsEndpoint = backend.url();
    p.iamEndpoint = backend.url();
    p.prometheusUrl = backend.url();
    p.prometheusUser = c.userName;
    QVERIFY(p.prometheusNeedsSecret());

    auto labelsWith = [&](const QString &password)
    {
        ConnectionManager manager;
        manager.setProbeEnabled(false);
        QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
        manager.open(p, QString::fromLatin1(c.secretKey), QString(), password);
        if (ready.count() != 1)
            return api::PromResult {};
        auto *connection = ready.at(0).at(0).value<models::Connection *>();
        if (!connection->prometheus() || connection->prometheusSource().user != c.userName)
            return api::PromResult {};
        api::PromResult out;
        bool done = false;
        QObject::connect(connection->prometheus()->labels(), &api::PrometheusCall::finished, connection,
            [&](const api::PromResult &r)
            {
                out = r;
                done = true;
            });
        [&]
        {
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }();
        return out;
    };
    const api::PromResult signedIn = labelsWith(c.password);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error.displayText()));
    QVERIFY(signedIn.strings.contains(u"__name__"_s));
    // The password is the data source's own: a wrong one is refused (401), not replaced by the
    // profile's ModelArts credentials.
    const api::PromResult refused = labelsWith(u"not-the-password"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.httpStatus, 401);

    // Without a data source the connection has none.
    p.prometheusUrl.clear();
    ConnectionManager manager;
    manager.setProbeEnabled(false);
    QSignalSpy ready(&manager, &ConnectionManager::connectionReady);
    manager.open(p, QString::fromLatin1(c.secretKey));
    QCOMPARE(ready.count(), 1);
    QVERIFY(!ready.at(0).at(0).value<models::Connection *>()->prometheus());
}

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
