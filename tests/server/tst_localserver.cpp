// modelarts-local's own layer over real HTTP: IAM tokens, AK/SK verification, error
// bodies for bad input, and identity that survives a restart.

#include "api/authenticators.h"
#include "api/signer.h"
#include "api/types/iam.h"
#include "localbackend.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ma;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
api::ApiRequest projectsRequest()
{
    api::ApiRequest r;
    r.service = api::Service::Iam;
    r.path = QStringLiteral("/v3/projects");
    r.query = { { QStringLiteral("name"), QStringLiteral("local") } };
    r.auth = api::AuthMode::SignOnly;
    return r;
}

struct RawReply
{
    int status = 0;
    QByteArray body;
};

RawReply rawCall(const QUrl &url, const QByteArray &method, const QList<std::pair<QByteArray, QByteArray>> &headers,
    const QByteArray &body = QByteArray())
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    RawReply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}
} // namespace

class TestLocalServer : public QObject
{
    Q_OBJECT

private slots:
    void startsQuicklyOnAnEphemeralPort();
    void passwordTokenFlow();
    void wrongPasswordIsRejected();
    void accessKeySignatureIsAccepted();
    void noCredentialsIsRejected();
    void wrongSecretKeyIsRejected();
    void unknownAccessKeyIsRejected();
    void staleSdkDateIsRejected();
    void forgedTokenIsRejected();
    void malformedJsonIsA400();
    void unknownPathIsA404();
    void everyProjectRouteRefusesAnotherProject();
    void identitySurvivesRestart();
};

void TestLocalServer::startsQuicklyOnAnEphemeralPort()
{
    QElapsedTimer clock;
    clock.start();
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    QVERIFY(backend.url().port() > 0);
    QCOMPARE(backend.url().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(backend.projectId().size(), 32);
    qInfo("started in %lld ms", clock.elapsed());
}

void TestLocalServer::passwordTokenFlow()
{
    LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    auto client = backend.passwordClient();
    api::ApiRequest req = projectsRequest();
    req.auth = api::AuthMode::Full;
    const api::ApiResult r = callAndWait(*client, req);
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    auto *auth = qobject_cast<api::PasswordTokenAuthenticator *>(client->authenticator());
    QVERIFY(auth);
    QCOMPARE(auth->projectId(), backend.projectId());
    QVERIFY(auth->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    const auto list = api::fromBody<api::IamProjectList>(r.body);
    QCOMPARE(list.projects.size(), size_t(1));
    QCOMPARE(list.projects.front().id, backend.projectId());
}

void TestLocalServer::wrongPasswordIsRejected()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    api::ApiClient client(api::Endpoints { backend.url(), backend.url() });
    client.setAuthenticator(new api::PasswordTokenAuthenticator(
        { QStringLiteral("local"), QStringLiteral("admin"), QStringLiteral("not-the-password") },
        QStringLiteral("local")));
    api::ApiRequest req = projectsRequest();
    req.auth = api::AuthMode::Full;
    const api::ApiResult r = callAndWait(client, req);
    QCOMPARE(r.error.httpStatus, 401);
    QVERIFY(!r.error.displayText().isEmpty());
}

void TestLocalServer::accessKeySignatureIsAccepted()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    auto client = backend.accessKeyClient();
    const api::ApiResult r = callAndWait(*client, projectsRequest());
    QVERIFY2(r.ok(), qPrintable(r.error.displayText() + u' ' + QString::fromUtf8(r.body)));
    QVERIFY(!r.header("X-Request-Id").isEmpty());
}

void TestLocalServer::noCredentialsIsRejected()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    api::ApiClient client(api::Endpoints { backend.url(), backend.url() });
    const api::ApiResult r = callAndWait(client, projectsRequest());
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0201"));
}

void TestLocalServer::wrongSecretKeyIsRejected()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    api::ApiClient client(api::Endpoints { backend.url(), backend.url() });
    client.setAuthenticator(new api::AccessKeyAuthenticator(
        { backend.server().config().accessKey, "wrong-secret", {} }, QStringLiteral("local"), backend.projectId()));
    const api::ApiResult r = callAndWait(client, projectsRequest());
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(r.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY(r.error.message.contains(QStringLiteral("signature")));
}

void TestLocalServer::unknownAccessKeyIsRejected()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    api::ApiClient client(api::Endpoints { backend.url(), backend.url() });
    client.setAuthenticator(
        new api::AccessKeyAuthenticator({ "NOSUCHKEY", "x", {} }, QStringLiteral("local"), backend.projectId()));
    const api::ApiResult r = callAndWait(client, projectsRequest());
    QCOMPARE(r.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY(r.error.message.contains(QStringLiteral("NOSUCHKEY")));
}

void TestLocalServer::staleSdkDateIsRejected()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const server::ServerConfig &c = backend.server().config();
    QUrl url = backend.url();
    url.setPath(QStringLiteral("/v3/projects"));
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-20 * 60);
    api::SigningRequest sr { "GET", url, { { "X-Sdk-Date", api::Signer::formatSdkDate(stale) } }, {} };
    const api::SignedResult signature = api::Signer::sign(sr, c.accessKey, c.secretKey, stale);
    QList<std::pair<QByteArray, QByteArray>> headers = signature.headersToAdd;
    headers.append({ "X-Sdk-Date", signature.sdkDate });
    const RawReply r = rawCall(url, "GET", headers);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.body.contains("15 minutes"), r.body.constData());

    // The same request signed now passes: only the date was wrong.
    const api::SignedResult fresh
        = api::Signer::sign({ "GET", url, {}, {} }, c.accessKey, c.secretKey, QDateTime::currentDateTimeUtc());
    QCOMPARE(rawCall(url, "GET", fresh.headersToAdd).status, 200);
}

void TestLocalServer::forgedTokenIsRejected()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    QUrl url = backend.url();
    url.setPath(QStringLiteral("/v3/projects"));
    const RawReply r = rawCall(url, "GET", { { "X-Auth-Token", "MIILforged" } });
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("ModelArts.0203"));
    const QByteArray real = backend.server().issueToken();
    QCOMPARE(rawCall(url, "GET", { { "X-Auth-Token", real } }).status, 200);
}

void TestLocalServer::malformedJsonIsA400()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    QUrl url = backend.url();
    url.setPath(QStringLiteral("/v3/auth/tokens"));
    const RawReply r = rawCall(url, "POST", { { "Content-Type", "application/json" } }, R"({"auth": {"identity": )");
    QCOMPARE(r.status, 400);
    const api::ApiError e = api::ApiError::fromHttp(r.status, {}, r.body);
    QCOMPARE(e.code, QStringLiteral("ModelArts.0101"));
}

void TestLocalServer::unknownPathIsA404()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    QUrl url = backend.url();
    url.setPath(QStringLiteral("/v9/nothing/here"));
    const RawReply r = rawCall(url, "GET", { { "X-Auth-Token", backend.server().issueToken() } });
    QCOMPARE(r.status, 404);
}

void TestLocalServer::everyProjectRouteRefusesAnotherProject()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QByteArray token = backend.server().issueToken();
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    int checked = 0;
    for (const auto &[method, pattern] : backend.server().router().routes())
    {
        if (!pattern.contains(QStringLiteral("{project_id}")))
            continue;
        QString path = pattern;
        path.replace(QStringLiteral("{project_id}"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        path.replace(placeholder, QStringLiteral("x"));
        QUrl url = backend.url();
        url.setPath(path);
        const RawReply r = rawCall(url, method, { { "X-Auth-Token", token }, { "Content-Type", "application/json" } },
            method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}"));
        const QString where = QString::fromLatin1(method) + u' ' + pattern;
        QVERIFY2(r.status == 403, qPrintable(where + QStringLiteral(" answered %1").arg(r.status)));
        const api::Json body = api::Json::parse(r.body.toStdString(), nullptr, false);
        QVERIFY2(body.is_object() && body.value("error_code", "") == "ModelArts.0210", qPrintable(where));
        // v1 training answers in its own envelope.
        if (pattern.startsWith(QStringLiteral("/v1/{project_id}/training-jobs")))
            QVERIFY2(body.value("is_success", true) == false && body.contains("error_message"), qPrintable(where));
        ++checked;
    }
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    // The server's own project still reaches the handlers.
    QUrl url = backend.url();
    url.setPath(QStringLiteral("/v2/%1/pools/x/nodes").arg(backend.projectId()));
    QCOMPARE(rawCall(url, "GET", { { "X-Auth-Token", token } }).status, 404);
}

void TestLocalServer::identitySurvivesRestart()
{
    LocalBackend backend;
    QVERIFY(backend.isRunning());
    const QString project = backend.projectId();
    const QByteArray ak = backend.server().config().accessKey;
    const QByteArray token = backend.server().issueToken();
    QVERIFY(backend.restart());
    QCOMPARE(backend.projectId(), project);
    QCOMPARE(backend.server().config().accessKey, ak);
    QUrl url = backend.url();
    url.setPath(QStringLiteral("/v3/projects"));
    QCOMPARE(rawCall(url, "GET", { { "X-Auth-Token", token } }).status, 200);
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
