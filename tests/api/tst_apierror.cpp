// Every error shape the services send maps to one readable ApiError with its code and request id.

#include "api/apierror.h"
#include "specexamples.h"

#include <QTest>

using namespace ma::api;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void bodies_data();
    void bodies();
    void requestIdHeaderWins();
    void deepBodyIsNotParsed();
    void successIsNoError();
    void notFoundCodes_data();
    void notFoundCodes();
    void networkAndTimeoutTexts();
    void publishedErrorBodies();
};

void TestApiError::bodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("display");

    QTest::newRow("modelarts v2 with solution")
        << 400
        << QByteArray(
               R"({"error_code":"ModelArts.2755","error_msg":"algorithm not found.","error_solution":"Check the algorithm id."})")
        << QStringLiteral("ModelArts.2755") << QStringLiteral("algorithm not found.")
        << QStringLiteral("algorithm not found. Check the algorithm id.");
    QTest::newRow("v1 envelope uses error_message")
        << 400
        << QByteArray(R"({"is_success":false,"error_code":"ModelArts.0103","error_message":"Job name:x is existed"})")
        << QStringLiteral("ModelArts.0103") << QStringLiteral("Job name:x is existed")
        << QStringLiteral("Job name:x is existed");
    QTest::newRow("iam keystone nested")
        << 401
        << QByteArray(
               R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})")
        << QStringLiteral("401") << QStringLiteral("The request you have made requires authentication.")
        << QStringLiteral("The request you have made requires authentication.");
    QTest::newRow("api gateway")
        << 401
        << QByteArray(
               R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIGW.0301","request_id":"abc123"})")
        << QStringLiteral("APIGW.0301")
        << QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail")
        << QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail");
    QTest::newRow("camel case") << 400 << QByteArray(R"({"errorCode":"X.1","errorMsg":"bad"})") << QStringLiteral("X.1")
                                << QStringLiteral("bad") << QStringLiteral("bad");
    QTest::newRow("empty 404") << 404 << QByteArray() << QString() << QString()
                               << QStringLiteral("The resource was not found.");
    QTest::newRow("plain text 500") << 500 << QByteArray("upstream exploded") << QString() << QString()
                                    << QStringLiteral("The service had an internal error (HTTP 500). Try again later.");
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QString() << QString()
                              << QStringLiteral("The server answered with a web page instead of API data (HTTP 502); a "
                                                "proxy or gateway may be in the way.");
    QTest::newRow("truncated json 503") << 503 << QByteArray(R"({"error_code":"ModelArts.61)") << QString() << QString()
                                        << QStringLiteral(
                                               "The service had an internal error (HTTP 503). Try again later.");
    QTest::newRow("429 without body") << 429 << QByteArray() << QString() << QString()
                                      << QStringLiteral(
                                             "Too many requests: the service is throttling. Try again later.");
}

void TestApiError::bodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, display);
    const ApiError e = ApiError::fromHttp(status, {}, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.displayText(), display);
}

void TestApiError::deepBodyIsNotParsed()
{
    // Past api::kMaxJsonDepth the body is not parsed at all (parseJson): an excerpt, no code.
    const QByteArray body = R"({"error_code":"ModelArts.0101","error_msg":"m","x":)" + QByteArray(100000, '[')
        + QByteArray(100000, ']') + "}";
    const ApiError e = ApiError::fromHttp(400, {}, body);
    QCOMPARE(e.httpStatus, 400);
    QVERIFY(e.code.isEmpty());
    QVERIFY(e.detail.startsWith(QStringLiteral("{\"error_code\"")));
}

void TestApiError::requestIdHeaderWins()
{
    const ApiError e = ApiError::fromHttp(400, { { "x-request-id", "hdr-1" } },
        R"({"error_code":"ModelArts.0101","error_msg":"Invalid Argument.","request_id":"body-1"})");
    QCOMPARE(e.requestId, QStringLiteral("hdr-1"));
    QCOMPARE(e.reference(), QStringLiteral("ModelArts.0101 · HTTP 400 · request hdr-1"));
    const ApiError fromBody
        = ApiError::fromHttp(400, {}, R"({"error_code":"A","error_msg":"b","request_id":"body-1"})");
    QCOMPARE(fromBody.requestId, QStringLiteral("body-1"));
}

void TestApiError::successIsNoError()
{
    QVERIFY(!ApiError::fromHttp(200, {}, "{}").isError());
    QVERIFY(!ApiError::fromHttp(204, {}, "").isError());
}

void TestApiError::notFoundCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("notFound");
    QTest::newRow("training job 400") << 400 << QStringLiteral("ModelArts.2775") << true;
    QTest::newRow("notebook 400") << 400 << QStringLiteral("ModelArts.6309") << true;
    QTest::newRow("workspace 400") << 400 << QStringLiteral("ModelArts.7005") << true;
    QTest::newRow("pool 404") << 404 << QStringLiteral("ModelArts.50015001") << true;
    QTest::newRow("duplicate name") << 400 << QStringLiteral("ModelArts.2751") << false;
}

void TestApiError::notFoundCodes()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, notFound);
    const QByteArray body = R"({"error_code":")" + code.toUtf8() + R"(","error_msg":"x"})";
    QCOMPARE(ApiError::fromHttp(status, {}, body).isNotFound(), notFound);
}

void TestApiError::networkAndTimeoutTexts()
{
    const ApiError refused
        = ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
    QVERIFY(refused.displayText().contains(QStringLiteral("refused")));
    QCOMPARE(refused.detail, QStringLiteral("Connection refused"));
    const ApiError tls = ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError, QString());
    QVERIFY(tls.displayText().contains(QStringLiteral("TLS")));
    QCOMPARE(ApiError::timeout(30000).displayText(), QStringLiteral("The server did not answer within 30 seconds."));
    QCOMPARE(ApiError::canceled().kind, ApiError::Kind::Canceled);
    QVERIFY(ApiError::decode(QStringLiteral("items[3].status: expected an object"))
                .displayText()
                .contains(QStringLiteral("items[3]")));
}

void TestApiError::publishedErrorBodies()
{
    const auto examples = ma::test::loadSpecExamples();
    if (examples.isEmpty())
        QSKIP("shared/spec/api_examples.md is not present");
    int mapped = 0;
    for (const auto &ex : examples)
    {
        if (!ex.validJson || ex.isRequest)
            continue;
        const bool errorBody = ex.body.contains("\"error_code\"") || ex.body.contains("\"error_msg\"")
            || ex.title.contains(QStringLiteral("error"), Qt::CaseInsensitive)
            || ex.title.contains(QStringLiteral("not found"), Qt::CaseInsensitive)
            || ex.title.contains(QStringLiteral("failure"), Qt::CaseInsensitive);
        if (!errorBody || ex.body.contains("\"is_success\" : true"))
            continue;
        const int status = ex.httpStatus >= 400 ? ex.httpStatus : 400;
        const ApiError e = ApiError::fromHttp(status, {}, ex.body);
        QVERIFY2(!e.code.isEmpty(), qPrintable(ex.id));
        QVERIFY2(!e.message.isEmpty(), qPrintable(ex.id));
        QVERIFY2(e.displayText().contains(e.message), qPrintable(ex.id));
        ++mapped;
    }
    qInfo("mapped %d published error bodies", mapped);
    QVERIFY(mapped >= 10);
}

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
