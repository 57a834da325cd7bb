// The transport against a misbehaving loopback server: timeouts, throttling, server
// errors, truncated bodies, HTML pages, token renewal, signing, cancellation. Every
// failure must end in a readable error, and no POST may be sent twice.

#include "api/apiclient.h"
#include "api/authenticators.h"
#include "api/signer.h"
#include "scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ma::api;
using ma::test::ReceivedRequest;
using ma::test::ScriptedHttpServer;
using ma::test::ScriptedReply;

namespace
{
QByteArray tokenBody(const QDateTime &issued, const QDateTime &expires, const QString &projectId)
{
    const auto iso = [](const QDateTime &t)
    {
        return t.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    };
    return R"({"token":{"methods":["password"],"issued_at":")" + iso(issued) + R"(","expires_at":")" + iso(expires)
        + R"(","user":{"id":"u1","name":"alice","domain":{"id":"d1","name":"acme"}},"project":{"id":")"
        + projectId.toUtf8() + R"(","name":"cn-north-4","domain":{"id":"d1","name":"acme"}}}})";
}

ScriptedReply tokenReply(const QByteArray &token, const QDateTime &issued, const QDateTime &expires,
    const QString &projectId = QStringLiteral("p-123"))
{
    ScriptedReply r = ScriptedReply::json(201, tokenBody(issued, expires, projectId));
    r.headers.append({ QByteArrayLiteral("X-Subject-Token"), token });
    return r;
}

ApiResult waitFor(ApiCall *call, int timeoutMs = 10000)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(timeoutMs))
        return ApiResult {};
    return spy.takeFirst().at(0).value<ApiResult>();
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    r.auth = AuthMode::None;
    return r;
}

ApiRequest post(const QString &path, const QByteArray &body)
{
    ApiRequest r = get(path);
    r.method = QByteArrayLiteral("POST");
    r.body = body;
    return r;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getSucceeds();
    void clientReportsEveryCallOnce();
    void slowGetTimesOutAfterRetries();
    void slowPostTimesOutWithoutRetry();
    void throttledGetHonoursRetryAfter();
    void retryAfterTooLongEndsTheCall();
    void serverErrorIsNotRetried();
    void unavailableGetIsRetriedWithBackoff();
    void unavailablePostIsSentOnce();
    void truncatedBodyIsANetworkError();
    void truncatedPostIsSentOnce();
    void htmlErrorPageIsReadable();
    void connectionRefusedIsReadable();
    void cancelEndsWithCanceled();
    void cancelAllEndsEveryCall();
    void projectIdIsSubstituted();
    void tokenIsRenewedOnceAfter401();
    void tokenIsRenewedBeforeExpiry();
    void concurrentCallsShareOneTokenRequest();
    void wrongPasswordIsReadable();
    void accessKeysSignAndResolveProject();
    void temporaryKeysSendSecurityToken();
    void retryAfterParsing_data();
    void retryAfterParsing();

private:
    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

void TestApiClient::init()
{
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->start());
    m_client = new ApiClient(Endpoints { m_server->url(), m_server->url() }, this);
    RetryPolicy fast;
    fast.maxRetries = 2;
    fast.initialDelayMs = 10;
    fast.maxDelayMs = 40;
    fast.maxRetryAfterMs = 5000;
    m_client->setRetryPolicy(fast);
}

void TestApiClient::cleanup()
{
    delete m_client;
    delete m_server;
    m_client = nullptr;
    m_server = nullptr;
}

void TestApiClient::getSucceeds()
{
    m_server->enqueue("/ok", ScriptedReply::json(200, R"({"a":1})"));
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/ok"))));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, QByteArray(R"({"a":1})"));
    QCOMPARE(r.attempts, 1);
}

void TestApiClient::clientReportsEveryCallOnce()
{
    // The connection state follows ApiClient::callFinished: one report per call, failures included.
    m_server->enqueue("/ok", ScriptedReply::json(200, "{}"));
    m_server->enqueue("/gone", ScriptedReply::json(404, R"({"error_code":"ModelArts.0001","error_msg":"gone"})"));
    QSignalSpy reported(m_client, &ApiClient::callFinished);
    QVERIFY(waitFor(m_client->send(get(QStringLiteral("/ok")))).ok());
    const ApiResult failed = waitFor(m_client->send(get(QStringLiteral("/gone"))));
    QCOMPARE(failed.httpStatus, 404);
    QCOMPARE(reported.size(), 2);
    QVERIFY(reported.at(0).at(0).value<ApiResult>().ok());
    const ApiResult second = reported.at(1).at(0).value<ApiResult>();
    QCOMPARE(second.httpStatus, 404);
    QCOMPARE(second.error.code, QStringLiteral("ModelArts.0001"));
}

void TestApiClient::slowGetTimesOutAfterRetries()
{
    m_server->setHandler(
        [](const ReceivedRequest &)
        {
            ScriptedReply r = ScriptedReply::json(200, "{}");
            r.delayMs = 3000;
            return r;
        });
    ApiRequest req = get(QStringLiteral("/slow"));
    req.timeoutMs = 150;
    const ApiResult r = waitFor(m_client->send(req));
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(r.attempts, 3); // first try + maxRetries
    QCOMPARE(m_server->count("GET", "/slow"), 3);
    QVERIFY(r.error.displayText().contains(QStringLiteral("did not answer")));
}

void TestApiClient::slowPostTimesOutWithoutRetry()
{
    m_server->setHandler(
        [](const ReceivedRequest &)
        {
            ScriptedReply r = ScriptedReply::json(201, "{}");
            r.delayMs = 3000;
            return r;
        });
    ApiRequest req = post(QStringLiteral("/v2/p/training-jobs"), R"({"kind":"job"})");
    req.timeoutMs = 150;
    const ApiResult r = waitFor(m_client->send(req));
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->count("POST", "/v2/p/training-jobs"), 1);
}

void TestApiClient::throttledGetHonoursRetryAfter()
{
    ScriptedReply throttled = ScriptedReply::json(429, R"({"error_code":"ModelArts.6101","error_msg":"busy"})");
    throttled.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    m_server->enqueue("/list", throttled);
    m_server->enqueue("/list", ScriptedReply::json(200, "[]"));
    QElapsedTimer clock;
    clock.start();
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/list"))));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.attempts, 2);
    // The backoff alone would be 10-40 ms; Retry-After asked for a second.
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::retryAfterTooLongEndsTheCall()
{
    ScriptedReply throttled
        = ScriptedReply::json(429, R"({"error_code":"ModelArts.6101","error_msg":"The system is busy now."})");
    throttled.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("120") });
    m_server->enqueue("/list", throttled);
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/list"))));
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 429);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6101"));
    QCOMPARE(r.attempts, 1);
}

void TestApiClient::serverErrorIsNotRetried()
{
    ScriptedReply err = ScriptedReply::json(500, R"({"error_code":"ModelArts.6102","error_msg":"internal error"})");
    err.headers.append({ QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("req-500") });
    m_server->enqueue("/x", err);
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/x"))));
    QCOMPARE(r.error.httpStatus, 500);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.6102"));
    QCOMPARE(r.error.requestId, QStringLiteral("req-500"));
    QCOMPARE(r.error.displayText(), QStringLiteral("internal error"));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->count("GET", "/x"), 1);
}

void TestApiClient::unavailableGetIsRetriedWithBackoff()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedReply::json(503, ""); });
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/busy"))));
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_server->count("GET", "/busy"), 3);
    QVERIFY(r.error.displayText().contains(QStringLiteral("503")));
}

void TestApiClient::unavailablePostIsSentOnce()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedReply::json(503, ""); });
    const ApiResult r = waitFor(m_client->send(post(QStringLiteral("/v1/p/notebooks"), "{}")));
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->count("POST", "/v1/p/notebooks"), 1);
}

void TestApiClient::truncatedBodyIsANetworkError()
{
    m_server->setHandler(
        [](const ReceivedRequest &)
        {
            ScriptedReply r = ScriptedReply::json(200, R"({"items":[{"id":"a"},{"id":"b"}]})");
            r.truncateAfter = 12;
            return r;
        });
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/cut"))));
    QVERIFY(r.error.isError());
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QVERIFY(!r.error.displayText().isEmpty());
    QCOMPARE(r.attempts, 3);
}

void TestApiClient::truncatedPostIsSentOnce()
{
    m_server->setHandler(
        [](const ReceivedRequest &)
        {
            ScriptedReply r = ScriptedReply::json(201, R"({"metadata":{"id":"j1"}})");
            r.truncateAfter = 5;
            return r;
        });
    const ApiResult r = waitFor(m_client->send(post(QStringLiteral("/v2/p/training-jobs"), "{}")));
    // Depending on timing Qt reports the closed connection or (6.4) a success with a short
    // body; the client compares the body with Content-Length, so both end as a network error.
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QVERIFY(r.error.networkError == QNetworkReply::ProtocolFailure
        || r.error.networkError == QNetworkReply::RemoteHostClosedError);
    QVERIFY(!r.error.displayText().isEmpty());
    QCOMPARE(m_server->count("POST", "/v2/p/training-jobs"), 1);
}

void TestApiClient::htmlErrorPageIsReadable()
{
    ScriptedReply html;
    html.status = 502;
    html.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html") } };
    html.body = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
    m_server->setHandler([html](const ReceivedRequest &) { return html; });
    const ApiResult r = waitFor(m_client->send(post(QStringLiteral("/v2/p/training-job-searches"), "{}")));
    QCOMPARE(r.error.httpStatus, 502);
    QVERIFY(r.error.displayText().contains(QStringLiteral("web page")));
    QVERIFY(!r.error.displayText().contains(QStringLiteral("<html")));
    QCOMPARE(m_server->count("POST", "/v2/p/training-job-searches"), 1);
}

void TestApiClient::connectionRefusedIsReadable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    m_client->setEndpoints(Endpoints { QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QUrl() });
    const ApiResult r = waitFor(m_client->send(get(QStringLiteral("/x"))));
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(r.error.networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(r.error.displayText().contains(QStringLiteral("refused")));
    QCOMPARE(r.attempts, 1); // refused is not transient
}

void TestApiClient::cancelEndsWithCanceled()
{
    ScriptedReply hang;
    hang.hang = true;
    m_server->setHandler([hang](const ReceivedRequest &) { return hang; });
    ApiCall *call = m_client->send(get(QStringLiteral("/hang")));
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy received(m_server, &ScriptedHttpServer::requestReceived);
    QVERIFY(received.wait());
    call->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResult>().error.kind, ApiError::Kind::Canceled);
}

void TestApiClient::cancelAllEndsEveryCall()
{
    ScriptedReply hang;
    hang.hang = true;
    m_server->setHandler([hang](const ReceivedRequest &) { return hang; });
    QSignalSpy a(m_client->send(get(QStringLiteral("/a"))), &ApiCall::finished);
    QSignalSpy b(m_client->send(get(QStringLiteral("/b"))), &ApiCall::finished);
    QSignalSpy received(m_server, &ScriptedHttpServer::requestReceived);
    QTRY_COMPARE(received.size(), 2);
    m_client->cancelAll();
    QTRY_COMPARE(a.size(), 1);
    QTRY_COMPARE(b.size(), 1);
}

void TestApiClient::projectIdIsSubstituted()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-1", now, now.addSecs(24 * 3600), QStringLiteral("proj-42")));
    m_server->enqueue("/v2/proj-42/training-job-flavors", ScriptedReply::json(200, R"({"flavors":[]})"));
    m_client->setAuthenticator(new PasswordTokenAuthenticator(
        { QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("pw") }, QStringLiteral("cn-north-4")));
    ApiRequest req;
    req.path = QStringLiteral("/v2/{project_id}/training-job-flavors");
    req.query = { { QStringLiteral("flavor_type"), QStringLiteral("CPU") } };
    const ApiResult r = waitFor(m_client->send(req));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    const ReceivedRequest &sent = m_server->requests().last();
    QCOMPARE(sent.target, QByteArray("/v2/proj-42/training-job-flavors?flavor_type=CPU"));
    QCOMPARE(sent.header("X-Auth-Token"), QByteArray("tok-1"));
}

void TestApiClient::tokenIsRenewedOnceAfter401()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *auth = new PasswordTokenAuthenticator(
        { QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("pw") }, QStringLiteral("cn-north-4"));
    m_client->setAuthenticator(auth);
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-old", now, now.addSecs(24 * 3600)));
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-new", now, now.addSecs(24 * 3600)));
    m_server->setHandler(
        [](const ReceivedRequest &req)
        {
            if (req.header("X-Auth-Token") == "tok-new")
                return ScriptedReply::json(200, R"({"items":[]})");
            return ScriptedReply::json(401, R"({"error_code":"ModelArts.0203","error_msg":"Invalid token."})");
        });
    ApiRequest req;
    req.path = QStringLiteral("/v2/{project_id}/training-jobs/j1");
    const ApiResult r = waitFor(m_client->send(req));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(auth->tokensFetched(), 2);
    QCOMPARE(m_server->count("POST", "/v3/auth/tokens"), 2);
    QCOMPARE(m_server->count("GET", "/v2/p-123/training-jobs/j1"), 2);
    QCOMPARE(m_server->requests().last().header("X-Auth-Token"), QByteArray("tok-new"));

    // A token that keeps being refused is renewed only once, then the 401 is reported.
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-bad", now, now.addSecs(24 * 3600)));
    m_server->setHandler([](const ReceivedRequest &)
        { return ScriptedReply::json(401, R"({"error_code":"ModelArts.0203","error_msg":"Invalid token."})"); });
    const ApiResult r2 = waitFor(m_client->send(req));
    QCOMPARE(r2.error.httpStatus, 401);
    QCOMPARE(r2.error.code, QStringLiteral("ModelArts.0203"));
    QCOMPARE(m_server->count("POST", "/v3/auth/tokens"), 3);
}

void TestApiClient::tokenIsRenewedBeforeExpiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *auth = new PasswordTokenAuthenticator(
        { QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("pw") }, QStringLiteral("cn-north-4"));
    m_client->setAuthenticator(auth);
    // Valid for ten more minutes of a 24 h life: inside the renewal margin.
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-ageing", now.addSecs(-24 * 3600 + 600), now.addSecs(600)));
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-fresh", now, now.addSecs(24 * 3600)));
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedReply::json(200, "{}"); });
    ApiRequest req;
    req.path = QStringLiteral("/v1/{project_id}/notebooks");
    QVERIFY(waitFor(m_client->send(req)).ok());
    QVERIFY(!auth->hasFreshToken());
    QVERIFY(waitFor(m_client->send(req)).ok());
    QCOMPARE(auth->tokensFetched(), 2);
    QCOMPARE(m_server->requests().last().header("X-Auth-Token"), QByteArray("tok-fresh"));
    QVERIFY(auth->hasFreshToken());
    QVERIFY(waitFor(m_client->send(req)).ok());
    QCOMPARE(auth->tokensFetched(), 2); // a fresh token is reused
}

void TestApiClient::concurrentCallsShareOneTokenRequest()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_client->setAuthenticator(new PasswordTokenAuthenticator(
        { QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("pw") }, QStringLiteral("cn-north-4")));
    m_server->enqueue("/v3/auth/tokens", tokenReply("tok-1", now, now.addSecs(24 * 3600)));
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedReply::json(200, "{}"); });
    ApiRequest req;
    req.path = QStringLiteral("/v2/{project_id}/training-job-engines");
    QSignalSpy a(m_client->send(req), &ApiCall::finished);
    QSignalSpy b(m_client->send(req), &ApiCall::finished);
    QTRY_COMPARE(a.size(), 1);
    QTRY_COMPARE(b.size(), 1);
    QCOMPARE(m_server->count("POST", "/v3/auth/tokens"), 1);
}

void TestApiClient::wrongPasswordIsReadable()
{
    m_client->setAuthenticator(new PasswordTokenAuthenticator(
        { QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("bad") }, QStringLiteral("cn-north-4")));
    m_server->enqueue("/v3/auth/tokens",
        ScriptedReply::json(
            401, R"({"error":{"code":"IAM.0062","message":"Incorrect password.","title":"Unauthorized"}})"));
    ApiRequest req;
    req.path = QStringLiteral("/v2/{project_id}/training-jobs/j1");
    const ApiResult r = waitFor(m_client->send(req));
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(r.error.code, QStringLiteral("IAM.0062"));
    QCOMPARE(r.error.displayText(), QStringLiteral("Incorrect password."));
    QCOMPARE(m_server->count("GET", "/v2"), 0); // nothing was sent without a token
}

void TestApiClient::accessKeysSignAndResolveProject()
{
    const QByteArray sk = "SecretKey-123";
    m_server->enqueue("/v3/projects",
        ScriptedReply::json(200,
            R"({"links":{"self":"x"},"projects":[{"id":"proj-ak","name":"cn-north-4","enabled":true,"domain_id":"d1","is_domain":false,"parent_id":"d1","description":""}]})"));
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedReply::json(200, R"({"total":0})"); });
    m_client->setAuthenticator(new AccessKeyAuthenticator({ "AccessKey-1", sk, {} }, QStringLiteral("cn-north-4")));

    ApiRequest req;
    req.method = QByteArrayLiteral("POST");
    req.path = QStringLiteral("/v2/{project_id}/training-job-searches");
    req.body = R"({"offset":0,"limit":10})";
    const ApiResult r = waitFor(m_client->send(req));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));

    QCOMPARE(m_server->requests().size(), 2);
    const ReceivedRequest &lookup = m_server->requests().at(0);
    QCOMPARE(lookup.target, QByteArray("/v3/projects?name=cn-north-4"));
    QVERIFY(lookup.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=AccessKey-1"));

    const ReceivedRequest &sent = m_server->requests().at(1);
    QCOMPARE(sent.path(), QByteArray("/v2/proj-ak/training-job-searches"));
    QCOMPARE(sent.header("X-Project-Id"), QByteArray("proj-ak"));
    const auto parsed = Signer::parseAuthorization(sent.header("Authorization"));
    QVERIFY(parsed);
    QCOMPARE(parsed->signedHeaders, QList<QByteArray>({ "content-type", "host", "x-project-id", "x-sdk-date" }));
    // The server side of the algorithm accepts what the client sent, byte for byte.
    const QUrl url(m_server->url().toString() + QString::fromLatin1(sent.target));
    QVERIFY(Signer::verify(sent.method, url, sent.headers, sent.body, sk));
    QVERIFY(!Signer::verify(sent.method, url, sent.headers, sent.body + " ", sk));
    QVERIFY(!Signer::verify(sent.method, url, sent.headers, sent.body, "wrong"));
}

void TestApiClient::temporaryKeysSendSecurityToken()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedReply::json(200, "{}"); });
    m_client->setAuthenticator(new AccessKeyAuthenticator(
        { "TmpAK", "TmpSK", "sec-token-1" }, QStringLiteral("cn-north-4"), QStringLiteral("p9")));
    ApiRequest req;
    req.path = QStringLiteral("/v2/{project_id}/training-job-engines");
    QVERIFY(waitFor(m_client->send(req)).ok());
    const ReceivedRequest &sent = m_server->requests().last();
    QCOMPARE(sent.header("X-Security-Token"), QByteArray("sec-token-1"));
    const auto parsed = Signer::parseAuthorization(sent.header("Authorization"));
    QVERIFY(parsed);
    QVERIFY(parsed->signedHeaders.contains("x-security-token"));
    const QUrl url(m_server->url().toString() + QString::fromLatin1(sent.target));
    QVERIFY(Signer::verify(sent.method, url, sent.headers, sent.body, "TmpSK"));
}

void TestApiClient::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("seconds") << QByteArray("3") << 3000;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("http-date") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << 30000;
    QTest::newRow("past-date") << QByteArray("Sun, 22 Nov 2026 09:00:00 GMT") << 0;
}

void TestApiClient::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(retryAfterMs(value, now), expected);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
