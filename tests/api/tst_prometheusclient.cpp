// PrometheusClient against modelarts-local over real HTTP (typed query, query_range, series,
// labels, label values with basic auth), cancellation, an unreachable source and Prometheus
// error bodies mapped to readable errors; decodePrometheusBody on each answer shape and on
// hostile bodies.

#include "api/prometheusclient.h"
#include "localbackend.h"

#include <cmath>
#include <QTcpServer>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;

namespace
{
api::PromResult await(api::PrometheusCall *call, int timeoutMs = 15000)
{
    api::PromResult out;
    out.error = api::ApiError::timeout(timeoutMs);
    bool done = false;
    QObject::connect(call, &api::PrometheusCall::finished, call,
        [&](const api::PromResult &r)
        {
            out = r;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        call->cancel();
    return out;
}
} // namespace

class TestPrometheusClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void requestShape();
    void basicAuthorization();
    void query();
    void queryRange();
    void seriesLabelsValues();
    void prometheusErrorMapped();
    void wrongPasswordMapped();
    void unreachableSource();
    void cancelAbortsAndReportsOnce();
    void decodeShapes();
    void decodeSpecialValues();
    void decodeHostile_data();
    void decodeHostile();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PrometheusClient> m_prom;
};

void TestPrometheusClient::initTestCase()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = std::make_unique<api::ApiClient>(api::Endpoints { QUrl(u"http://modelarts.invalid"_s), QUrl() });
    api::PrometheusSource source;
    source.url = m_backend->url();
    source.user = m_backend->server().config().userName;
    source.password = m_backend->server().config().password;
    m_prom = std::make_unique<api::PrometheusClient>(m_client.get(), source);
}

void TestPrometheusClient::cleanupTestCase()
{
    m_prom.reset();
    m_client.reset();
    m_backend.reset();
}

void TestPrometheusClient::requestShape()
{
    api::PrometheusSource source;
    source.url = QUrl(u"https://aom.example.com/v1/abc/"_s);
    source.user = u"u"_s;
    source.password = u"p"_s;
    api::PrometheusClient client(m_client.get(), source);
    const api::ApiRequest r = client.request(u"/api/v1/query"_s, { { u"query"_s, u"sum(m{a=\"b c\"})"_s } });
    QCOMPARE(r.auth, api::AuthMode::None);
    QCOMPARE(api::headerValue(r.headers, "Authorization"), QByteArray("Basic dTpw"));
    const QUrl url = m_client->urlFor(r);
    QCOMPARE(url.host(), u"aom.example.com"_s);
    QCOMPARE(url.path(), u"/v1/abc/api/v1/query"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"query"_s, QUrl::FullyDecoded), u"sum(m{a=\"b c\"})"_s);
    QCOMPARE(api::prometheusTime(QDateTime::fromMSecsSinceEpoch(1700000000050)), u"1700000000.050"_s);
}

void TestPrometheusClient::basicAuthorization()
{
    api::PrometheusSource s;
    QVERIFY(s.basicAuthorization().isEmpty());
    s.user = u"admin"_s;
    s.password = u"pä:ss"_s;
    QCOMPARE(s.basicAuthorization(), "Basic " + QByteArray("admin:p\xc3\xa4:ss").toBase64());
}

void TestPrometheusClient::query()
{
    const api::PromResult r = await(m_prom->query(u"max by (pool_id) (ma_node_cpu_limit_core{pool_id=\"local\"})"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.type, api::PromResult::Type::Vector);
    QCOMPARE(r.series.size(), size_t(1));
    QCOMPARE(r.series[0].labels, api::PromLabels({ { u"pool_id"_s, u"local"_s } }));
    QCOMPARE(r.series[0].values.size(), size_t(1));
    QVERIFY(r.series[0].values[0] >= 1);
    QVERIFY(std::abs(r.series[0].timestamps[0] - QDateTime::currentMSecsSinceEpoch() / 1000.0) < 60);

    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000250);
    const api::PromResult scalar = await(m_prom->query(u"6 / 4"_s, at));
    QCOMPARE(scalar.type, api::PromResult::Type::Scalar);
    QCOMPARE(scalar.series.size(), size_t(1));
    QCOMPARE(scalar.series[0].values[0], 1.5);
    QCOMPARE(scalar.series[0].timestamps[0], 1700000000.25);
}

void TestPrometheusClient::queryRange()
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const api::PromResult r
        = await(m_prom->queryRange(u"ma_node_memory_util{pool_id=\"local\"}"_s, end.addSecs(-30), end, 2000));
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.type, api::PromResult::Type::Matrix);
    QCOMPARE(r.series.size(), size_t(1));
    QCOMPARE(r.series[0].metricName(), u"ma_node_memory_util"_s);
    QCOMPARE(r.series[0].timestamps.size(), r.series[0].values.size());
    QVERIFY(!r.series[0].values.empty());
    for (size_t i = 1; i < r.series[0].timestamps.size(); ++i)
        QCOMPARE(r.series[0].timestamps[i] - r.series[0].timestamps[i - 1], 2.0);
}

void TestPrometheusClient::seriesLabelsValues()
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const api::PromResult s = await(m_prom->series({ u"ma_node_cpu_util"_s }, end.addSecs(-600), end));
    QVERIFY2(s.ok(), qPrintable(s.error.displayText()));
    QCOMPARE(s.type, api::PromResult::Type::Series);
    QVERIFY(!s.labelSets.empty());
    const api::PromResult names = await(m_prom->labels());
    QVERIFY(names.strings.contains(u"host_name"_s));
    const api::PromResult values = await(m_prom->labelValues(u"pool_id"_s, { u"ma_node_cpu_util"_s }));
    QVERIFY(values.strings.contains(u"local"_s));
}

void TestPrometheusClient::prometheusErrorMapped()
{
    const api::PromResult r = await(m_prom->query(u"rate(m)"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, api::ApiError::Kind::Http);
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.code, u"bad_data"_s);
    QCOMPARE(r.error.message,
        u"invalid parameter \"query\": 1:1: parse error: expected type range vector in call to function \"rate\", got instant vector"_s);
    QCOMPARE(r.error.displayText(), r.error.message);
}

void TestPrometheusClient::wrongPasswordMapped()
{
    api::PrometheusSource source = m_prom->source();
    source.password = u"wrong"_s;
    api::PrometheusClient client(m_client.get(), source);
    const api::PromResult r = await(client.query(u"ma_node_cpu_util"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.httpStatus, 401);
    QVERIFY(!r.error.displayText().isEmpty());
}

void TestPrometheusClient::unreachableSource()
{
    QTcpServer probe; // a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    api::PrometheusSource source;
    source.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    api::ApiClient client(api::Endpoints {});
    client.setRetryPolicy({ 0, 10, 10, 0 });
    api::PrometheusClient prom(&client, source);
    const api::PromResult r = await(prom.query(u"up"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, api::ApiError::Kind::Network);
    QVERIFY(!r.error.displayText().isEmpty());
}

void TestPrometheusClient::cancelAbortsAndReportsOnce()
{
    api::PrometheusCall *call = m_prom->queryRange(
        u"ma_node_cpu_util"_s, QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc(), 1000);
    int reports = 0;
    api::PromResult last;
    connect(call, &api::PrometheusCall::finished, this,
        [&](const api::PromResult &r)
        {
            ++reports;
            last = r;
        });
    QPointer<api::PrometheusCall> guard(call);
    call->cancel();
    QTRY_VERIFY(guard.isNull()); // deleted after finishing
    QCOMPARE(reports, 1);
    QCOMPARE(last.error.kind, api::ApiError::Kind::Canceled);
}

void TestPrometheusClient::decodeShapes()
{
    api::PromResult r = api::decodePrometheusBody(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"p"},"value":[1.5,"1"]},{"metric":{},"value":[2,"0.25"]}]}})",
        200);
    QVERIFY(r.ok());
    QCOMPARE(r.type, api::PromResult::Type::Vector);
    QCOMPARE(r.series.size(), size_t(2));
    QCOMPARE(r.series[0].metricName(), u"up"_s);
    QCOMPARE(r.series[0].label(u"job"_s), u"p"_s);
    QCOMPARE(r.series[1].values[0], 0.25);
    QCOMPARE(r.series[1].timestamps[0], 2.0);

    r = api::decodePrometheusBody(
        R"({"status":"success","warnings":["w1"],"data":{"resultType":"matrix","result":[{"metric":{"a":"1"},"values":[[1,"1"],[2,"2"],[3,"3"]]}]}})",
        200);
    QCOMPARE(r.type, api::PromResult::Type::Matrix);
    QCOMPARE(r.series[0].values, std::vector<double>({ 1, 2, 3 }));
    QCOMPARE(r.warnings, QStringList { u"w1"_s });

    r = api::decodePrometheusBody(R"({"status":"success","data":[{"__name__":"up","a":"b"}]})", 200);
    QCOMPARE(r.type, api::PromResult::Type::Series);
    QCOMPARE(r.labelSets.size(), size_t(1));
    r = api::decodePrometheusBody(R"({"status":"success","data":["a","b"]})", 200);
    QCOMPARE(r.type, api::PromResult::Type::Strings);
    QCOMPARE(r.strings, QStringList({ u"a"_s, u"b"_s }));
}

void TestPrometheusClient::decodeSpecialValues()
{
    const api::PromResult r = api::decodePrometheusBody(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"1e3"]]}]}})",
        200);
    QVERIFY(r.ok());
    const auto &v = r.series[0].values;
    QVERIFY(std::isnan(v[0]));
    QVERIFY(std::isinf(v[1]) && v[1] > 0);
    QVERIFY(std::isinf(v[2]) && v[2] < 0);
    QCOMPARE(v[3], 1000.0);
}

void TestPrometheusClient::decodeHostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << QByteArray() << 200 << int(api::ApiError::Kind::Decode);
    QTest::newRow("html") << QByteArray("<html>proxy</html>") << 502 << int(api::ApiError::Kind::Http);
    QTest::newRow("truncated") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)") << 200
                               << int(api::ApiError::Kind::Decode);
    QTest::newRow("deep") << (QByteArray(R"({"status":"success","data":)") + QByteArray(100000, '[')) << 200
                          << int(api::ApiError::Kind::Decode);
    QTest::newRow("no status") << QByteArray(R"({"data":[]})") << 200 << int(api::ApiError::Kind::Decode);
    QTest::newRow("missing value") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1]}]}})")
                                   << 200 << int(api::ApiError::Kind::Decode);
    QTest::newRow("unknown type") << QByteArray(R"({"status":"success","data":{"resultType":"x","result":[]}})") << 200
                                  << int(api::ApiError::Kind::Decode);
    QTest::newRow("error body") << QByteArray(R"({"status":"error","errorType":"execution","error":"boom"})") << 422
                                << int(api::ApiError::Kind::Http);
}

void TestPrometheusClient::decodeHostile()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, kind);
    const api::PromResult r = api::decodePrometheusBody(body, status);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY(!r.error.displayText().isEmpty());
}

QTEST_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
