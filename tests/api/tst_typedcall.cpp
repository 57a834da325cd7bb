// Typed decoding of answers: malformed and mis-shaped bodies become readable decode
// errors naming the field; large bodies are decoded off the calling thread.

#include "api/typedcall.h"
#include "api/types/iam.h"
#include "scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ma::api;
using ma::test::ReceivedRequest;
using ma::test::ScriptedHttpServer;
using ma::test::ScriptedReply;

class TestTypedCall : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decodesAValue();
    void truncatedJsonIsADecodeError();
    void missingRequiredFieldNamesThePath();
    void largeBodyIsDecodedOffThread();
    void httpErrorPassesThrough();
    void noCallbackAfterContextIsGone();

private:
    Typed<IamProjectList> fetch(const QByteArray &body, int status = 200);

    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

void TestTypedCall::init()
{
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->start());
    m_client = new ApiClient(Endpoints { m_server->url(), m_server->url() }, this);
}

void TestTypedCall::cleanup()
{
    delete m_client;
    delete m_server;
}

Typed<IamProjectList> TestTypedCall::fetch(const QByteArray &body, int status)
{
    m_server->setHandler([body, status](const ReceivedRequest &) { return ScriptedReply::json(status, body); });
    ApiRequest req;
    req.path = QStringLiteral("/v3/projects");
    req.auth = AuthMode::None;
    std::optional<Typed<IamProjectList>> result;
    whenDecoded<IamProjectList>(m_client->send(req), this, [&](const Typed<IamProjectList> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {};
    return *result;
}

void TestTypedCall::decodesAValue()
{
    const auto r = fetch(R"({"projects":[{"id":"p1","name":"cn-north-4"}],"links":{"self":"x"}})");
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.value.projects.size(), size_t(1));
    QCOMPARE(r.value.projects.front().id, QStringLiteral("p1"));
}

void TestTypedCall::truncatedJsonIsADecodeError()
{
    const auto r = fetch(R"({"projects":[{"id":"p1","na)");
    QCOMPARE(r.error.kind, ApiError::Kind::Decode);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.error.displayText().contains(QStringLiteral("not valid JSON")));
}

void TestTypedCall::missingRequiredFieldNamesThePath()
{
    const auto r = fetch(R"({"projects":[{"id":"p1","name":"a"},{"name":"b"}]})");
    QCOMPARE(r.error.kind, ApiError::Kind::Decode);
    QVERIFY2(r.error.detail.contains(QStringLiteral("projects[1].id")), qPrintable(r.error.detail));
}

void TestTypedCall::largeBodyIsDecodedOffThread()
{
    QByteArray body = R"({"projects":[)";
    for (int i = 0; i < 2000; ++i)
        body += (i ? "," : "") + QByteArray(R"({"id":"p)") + QByteArray::number(i) + R"(","name":"region-)"
            + QByteArray::number(i) + R"(","description":"padding padding padding"})";
    body += "]}";
    QVERIFY(body.size() >= kOffThreadDecodeBytes);
    const auto r = fetch(body);
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.value.projects.size(), size_t(2000));
    QCOMPARE(r.value.projects.back().id, QStringLiteral("p1999"));
}

void TestTypedCall::httpErrorPassesThrough()
{
    const auto r = fetch(R"({"error_code":"ModelArts.0104","error_msg":"Parameter error."})", 400);
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.0104"));
}

void TestTypedCall::noCallbackAfterContextIsGone()
{
    ScriptedReply slow = ScriptedReply::json(200, R"({"projects":[]})");
    slow.delayMs = 100;
    m_server->setHandler([slow](const ReceivedRequest &) { return slow; });
    ApiRequest req;
    req.path = QStringLiteral("/v3/projects");
    req.auth = AuthMode::None;
    bool called = false;
    auto *context = new QObject;
    ApiCall *call = m_client->send(req);
    QSignalSpy finished(call, &ApiCall::finished);
    whenDecoded<IamProjectList>(call, context, [&](const Typed<IamProjectList> &) { called = true; });
    delete context;
    QVERIFY(finished.wait());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTypedCall)
#include "tst_typedcall.moc"
