// modelarts-local as a metrics source over real HTTP: GET /metrics (text format 0.0.4, the
// catalog's names and labels, values equal to the node monitor API's at the same moment),
// its authentication (basic auth with the IAM user, token, AK/SK; none: 401 and no data),
// and the Prometheus HTTP API routes with Prometheus's own error shape.

#include "api/prometheusclient.h"
#include "localbackend.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ma;
using namespace Qt::StringLiterals;

namespace
{
struct ExposedSample
{
    QString name;
    QHash<QString, QString> labels;
    double value = 0;
};

/** Parses the text format strictly enough to fail on a malformed line. */
bool parseExposition(const QByteArray &text, QList<ExposedSample> *out, QString *problem)
{
    static const QRegularExpression sampleLine(
        QString::fromLatin1(R"re(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.e+]+|NaN|[+-]Inf)$)re"));
    static const QRegularExpression labelPair(QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\""));
    QSet<QString> closedFamilies;
    QString family;
    QString typed;
    for (const QByteArray &raw : text.split('\n'))
    {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"# HELP "_s))
            continue;
        if (line.startsWith(u"# TYPE "_s))
        {
            const QStringList parts = line.split(u' ');
            if (parts.size() != 4 || parts[3] != u"gauge"_s)
                return *problem = line, false;
            typed = parts[2];
            continue;
        }
        const auto m = sampleLine.match(line);
        if (!m.hasMatch())
            return *problem = line, false;
        ExposedSample s;
        s.name = m.captured(1);
        if (s.name != family)
        {
            if (closedFamilies.contains(s.name) || typed != s.name)
                return *problem = u"family not contiguous or untyped: "_s + s.name, false;
            if (!family.isEmpty())
                closedFamilies.insert(family);
            family = s.name;
        }
        auto it = labelPair.globalMatch(m.captured(3));
        while (it.hasNext())
        {
            const auto l = it.next();
            s.labels.insert(l.captured(1), l.captured(2));
        }
        s.value = m.captured(4).toDouble();
        out->append(s);
    }
    return true;
}
} // namespace

class TestMetricsModule final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void noCredentialsNoData_data();
    void noCredentialsNoData();
    void basicAuth();
    void tokenAndSignature();
    void expositionFormat();
    void valuesMatchNodeMonitor();
    void queryGetAndPost();
    void queryRangeAndSeries();
    void labelsAndValues();
    void prometheusErrors_data();
    void prometheusErrors();
    void hostileQueryOverHttp();
    void containerSeriesOfRunningJob();
    void historySurvivesARestart();

private:
    api::ApiRequest plain(const QString &path, const QByteArray &authorization = {}) const;
    api::ApiResult basic(const QString &path, QList<std::pair<QString, QString>> query = {});
    QString localNode();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client; // no authenticator: headers as given
    api::PrometheusSource m_source;
};

void TestMetricsModule::initTestCase()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = std::make_unique<api::ApiClient>(api::Endpoints { m_backend->url(), m_backend->url() });
    m_source.url = m_backend->url();
    m_source.user = m_backend->server().config().userName;
    m_source.password = m_backend->server().config().password;
}

void TestMetricsModule::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

api::ApiRequest TestMetricsModule::plain(const QString &path, const QByteArray &authorization) const
{
    api::ApiRequest r;
    r.path = path;
    r.auth = api::AuthMode::None;
    if (!authorization.isEmpty())
        r.headers.append({ "Authorization", authorization });
    return r;
}

api::ApiResult TestMetricsModule::basic(const QString &path, QList<std::pair<QString, QString>> query)
{
    api::ApiRequest r = plain(path, m_source.basicAuthorization());
    r.query = std::move(query);
    return test::callAndWait(*m_client, r);
}

QString TestMetricsModule::localNode()
{
    const api::ApiResult nodes = test::callAndWait(
        *m_backend->accessKeyClient(), { "GET", api::Service::ModelArts, u"/v2/{project_id}/pools/local/nodes"_s });
    if (!nodes.ok())
        return {};
    const api::Json j = api::parseJson(nodes.body);
    return QString::fromStdString(j["items"][0]["metadata"]["name"].get<std::string>());
}

void TestMetricsModule::noCredentialsNoData_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("metrics") << u"/metrics"_s;
    QTest::newRow("query") << u"/api/v1/query"_s;
    QTest::newRow("query_range") << u"/api/v1/query_range"_s;
    QTest::newRow("series") << u"/api/v1/series"_s;
    QTest::newRow("labels") << u"/api/v1/labels"_s;
    QTest::newRow("label values") << u"/api/v1/label/pool_id/values"_s;
}

void TestMetricsModule::noCredentialsNoData()
{
    QFETCH(QString, path);
    const api::ApiResult none = test::callAndWait(*m_client, plain(path));
    QCOMPARE(none.httpStatus, 401);
    QVERIFY(none.header("WWW-Authenticate").startsWith("Basic"));
    QVERIFY(!none.body.contains("ma_node"));
    QVERIFY(!none.body.contains("\"success\""));

    api::PrometheusSource wrong = m_source;
    wrong.password += u"x"_s;
    const api::ApiResult bad = test::callAndWait(*m_client, plain(path, wrong.basicAuthorization()));
    QCOMPARE(bad.httpStatus, 401);
    QVERIFY(!bad.body.contains("ma_node"));
    wrong = m_source;
    wrong.user = u"someone"_s;
    QCOMPARE(test::callAndWait(*m_client, plain(path, wrong.basicAuthorization())).httpStatus, 401);
}

void TestMetricsModule::basicAuth()
{
    const api::ApiResult r = basic(u"/metrics"_s);
    QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QVERIFY(r.body.contains("\nma_node_cpu_util{"));
    // Basic auth is only for the metrics routes: ModelArts APIs still need a token or a signature.
    QCOMPARE(test::callAndWait(
                 *m_client, plain(u"/v2/%1/pools"_s.arg(m_backend->projectId()), m_source.basicAuthorization()))
                 .httpStatus,
        401);
}

void TestMetricsModule::tokenAndSignature()
{
    for (const auto &client : { m_backend->passwordClient(), m_backend->accessKeyClient() })
    {
        const api::ApiResult r = test::callAndWait(*client, { "GET", api::Service::ModelArts, u"/metrics"_s });
        QVERIFY2(r.ok(), qPrintable(r.error.displayText()));
        QVERIFY(r.body.contains("ma_node_cpu_util"));
        api::ApiRequest q { "GET", api::Service::ModelArts, u"/api/v1/query"_s };
        q.query = { { u"query"_s, u"ma_node_cpu_util"_s } };
        const api::ApiResult answer = test::callAndWait(*client, q);
        QVERIFY2(answer.ok(), answer.body.constData());
        QVERIFY(answer.body.startsWith("{\"status\":\"success\""));
    }
}

void TestMetricsModule::expositionFormat()
{
    const api::ApiResult r = basic(u"/metrics"_s);
    QVERIFY(r.ok());
    QList<ExposedSample> samples;
    QString problem;
    QVERIFY2(parseExposition(r.body, &samples, &problem), qPrintable(problem));
    QVERIFY(!samples.isEmpty());
    const QString node = localNode();
    QVERIFY(!node.isEmpty());
    QSet<QString> names;
    for (const ExposedSample &s : samples)
    {
        names.insert(s.name);
        QVERIFY2(s.name.startsWith(u"ma_node_"_s) || s.name.startsWith(u"ma_container_"_s), qPrintable(s.name));
        QCOMPARE(s.labels.value(u"project_id"_s), m_backend->projectId());
        if (s.name.startsWith(u"ma_node_"_s))
        {
            for (const char *label : { "cid", "host_name", "node_ip", "pool_id" })
                QVERIFY2(!s.labels.value(QLatin1String(label)).isEmpty(), label);
        }
        if (s.name.endsWith(u"_util"_s) || s.name.endsWith(u"_percent"_s))
            QVERIFY2(s.value >= 0 && s.value <= 100, qPrintable(s.name));
    }
    for (const char *name :
        { "ma_node_cpu_util", "ma_node_cpu_limit_core", "ma_node_memory_util", "ma_node_memory_total_megabytes",
            "ma_node_container_space_capacity_megabytes", "ma_node_container_space_used_percent" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
    bool localSeen = false;
    for (const ExposedSample &s : samples)
        localSeen = localSeen
            || (s.name == u"ma_node_cpu_util"_s && s.labels.value(u"host_name"_s) == node
                && s.labels.value(u"pool_id"_s) == u"local"_s);
    QVERIFY(localSeen);
}

void TestMetricsModule::valuesMatchNodeMonitor()
{
    const QString node = localNode();
    QVERIFY(!node.isEmpty());
    auto client = m_backend->accessKeyClient();
    // Both read the current minute; retry when the minute turns between the two reads.
    bool compared = false;
    for (int attempt = 0; attempt < 3 && !compared; ++attempt)
    {
        const qint64 minute = QDateTime::currentMSecsSinceEpoch() / 60000;
        api::ApiRequest monitor { "GET", api::Service::ModelArts,
            u"/v2/{project_id}/pools/local/nodes/%1/monitor"_s.arg(node) };
        monitor.query = { { u"time_range"_s, u"-1.-1.1"_s }, { u"statistics"_s, u"average"_s } };
        const api::ApiResult m = test::callAndWait(*client, monitor);
        QVERIFY2(m.ok(), m.body.constData());
        const api::ApiResult exposed = basic(u"/metrics"_s);
        if (QDateTime::currentMSecsSinceEpoch() / 60000 != minute)
            continue;
        QList<ExposedSample> samples;
        QString problem;
        QVERIFY2(parseExposition(exposed.body, &samples, &problem), qPrintable(problem));
        const api::Json j = api::parseJson(m.body);
        const std::pair<const char *, const char *> pairs[] = { { "cpuUsage", "ma_node_cpu_util" },
            { "memUsedRate", "ma_node_memory_util" }, { "diskUsedRate", "ma_node_container_space_used_percent" },
            { "diskCapacity", "ma_node_container_space_capacity_megabytes" } };
        for (const auto &[apiName, metric] : pairs)
        {
            double expected = -1;
            for (const api::Json &series : j["metrics"])
            {
                if (series["metric"]["metricName"] == apiName)
                    expected = series["dataPoints"].back()["statistics"][0]["value"].get<double>();
            }
            QVERIFY2(expected >= 0, apiName);
            double actual = -1;
            for (const ExposedSample &s : samples)
            {
                if (s.name == QLatin1String(metric) && s.labels.value(u"host_name"_s) == node)
                    actual = s.value;
            }
            QVERIFY2(qFuzzyCompare(actual, expected),
                qPrintable(u"%1: %2 vs %3"_s.arg(QLatin1String(metric)).arg(actual).arg(expected)));
        }
        compared = true;
    }
    QVERIFY(compared);
}

void TestMetricsModule::queryGetAndPost()
{
    const api::ApiResult get
        = basic(u"/api/v1/query"_s, { { u"query"_s, u"count(ma_node_cpu_util{pool_id=\"local\"})"_s } });
    QVERIFY2(get.ok(), get.body.constData());
    api::PromResult decoded = api::decodePrometheusBody(get.body, get.httpStatus);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.type, api::PromResult::Type::Vector);
    QCOMPARE(decoded.series.size(), size_t(1));
    QCOMPARE(decoded.series[0].values[0], 1.0);

    // Form-encoded POST, '+' as a space, as Prometheus and Grafana send it.
    api::ApiRequest post = plain(u"/api/v1/query"_s, m_source.basicAuthorization());
    post.method = "POST";
    post.contentType = "application/x-www-form-urlencoded";
    post.body = "query=sum+by+(pool_id)+(ma_node_cpu_limit_core%7Bpool_id%3D%22local%22%7D)";
    const api::ApiResult r = test::callAndWait(*m_client, post);
    QVERIFY2(r.ok(), r.body.constData());
    decoded = api::decodePrometheusBody(r.body, r.httpStatus);
    QCOMPARE(decoded.series.size(), size_t(1));
    QCOMPARE(decoded.series[0].label(u"pool_id"_s), u"local"_s);
    QVERIFY(decoded.series[0].values[0] >= 1);

    const api::ApiResult scalar
        = basic(u"/api/v1/query"_s, { { u"query"_s, u"1 + 2"_s }, { u"time"_s, u"1700000000.5"_s } });
    QCOMPARE(scalar.body,
        QByteArray(R"x({"status":"success","data":{"resultType":"scalar","result":[1700000000.5,"3"]}})x"));
}

void TestMetricsModule::queryRangeAndSeries()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000;
    const api::ApiResult r = basic(u"/api/v1/query_range"_s,
        { { u"query"_s, u"ma_node_cpu_util{pool_id=\"local\"}"_s }, { u"start"_s, QString::number(now - 60) },
            { u"end"_s, QString::number(now + 1) }, { u"step"_s, u"1s"_s } });
    QVERIFY2(r.ok(), r.body.constData());
    const api::PromResult decoded = api::decodePrometheusBody(r.body, r.httpStatus);
    QCOMPARE(decoded.type, api::PromResult::Type::Matrix);
    QCOMPARE(decoded.series.size(), size_t(1));
    QVERIFY(!decoded.series[0].values.empty());
    QCOMPARE(decoded.series[0].metricName(), u"ma_node_cpu_util"_s);

    const api::ApiResult series = basic(u"/api/v1/series"_s, { { u"match[]"_s, u"ma_node_memory_util"_s } });
    QVERIFY2(series.ok(), series.body.constData());
    const api::PromResult sets = api::decodePrometheusBody(series.body, series.httpStatus);
    QCOMPARE(sets.type, api::PromResult::Type::Series);
    QVERIFY(!sets.labelSets.empty());
    for (const api::PromLabels &l : sets.labelSets)
        QVERIFY(l.contains({ u"__name__"_s, u"ma_node_memory_util"_s }));
}

void TestMetricsModule::labelsAndValues()
{
    const api::ApiResult labels = basic(u"/api/v1/labels"_s);
    const api::PromResult names = api::decodePrometheusBody(labels.body, labels.httpStatus);
    QVERIFY(names.ok());
    for (const char *l : { "__name__", "pool_id", "node_ip", "host_name", "cid", "project_id" })
        QVERIFY2(names.strings.contains(QLatin1String(l)), l);
    const api::ApiResult values = basic(u"/api/v1/label/pool_id/values"_s, { { u"match[]"_s, u"ma_node_cpu_util"_s } });
    const api::PromResult pools = api::decodePrometheusBody(values.body, values.httpStatus);
    QVERIFY(pools.strings.contains(u"local"_s));
    QVERIFY(std::is_sorted(pools.strings.begin(), pools.strings.end()));
}

void TestMetricsModule::prometheusErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("params"); // name, value, name, value ...
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("parse")
        << u"/api/v1/query"_s << QStringList { u"query"_s, u"foo{"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unexpected end of input inside braces"})x");
    QTest::newRow("unsupported")
        << u"/api/v1/query"_s << QStringList { u"query"_s, u"histogram_quantile(0.9, m)"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:1: parse error: function \"histogram_quantile\" is not supported by modelarts-local"})x");
    QTest::newRow("time")
        << u"/api/v1/query"_s << QStringList { u"query"_s, u"m"_s, u"time"_s, u"soon"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"invalid parameter \"time\": cannot parse \"soon\" to a valid timestamp"})x");
    QTest::newRow("no start")
        << u"/api/v1/query_range"_s << QStringList { u"query"_s, u"m"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"invalid parameter \"start\": cannot parse \"\" to a valid timestamp"})x");
    QTest::newRow("end before start")
        << u"/api/v1/query_range"_s
        << QStringList { u"query"_s, u"m"_s, u"start"_s, u"100"_s, u"end"_s, u"50"_s, u"step"_s, u"1"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"end timestamp must not be before start time"})x");
    QTest::newRow("zero step")
        << u"/api/v1/query_range"_s
        << QStringList { u"query"_s, u"m"_s, u"start"_s, u"1"_s, u"end"_s, u"2"_s, u"step"_s, u"0"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"zero or negative query resolution step widths are not accepted. Try a positive integer"})x");
    QTest::newRow("too many points")
        << u"/api/v1/query_range"_s
        << QStringList { u"query"_s, u"m"_s, u"start"_s, u"0"_s, u"end"_s, u"20000"_s, u"step"_s, u"1"_s }
        << QByteArray(
               R"x({"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"})x");
    QTest::newRow("no match")
        << u"/api/v1/series"_s << QStringList {}
        << QByteArray(R"x({"status":"error","errorType":"bad_data","error":"no match[] parameter provided"})x");
}

void TestMetricsModule::prometheusErrors()
{
    QFETCH(QString, path);
    QFETCH(QStringList, params);
    QFETCH(QByteArray, body);
    QList<std::pair<QString, QString>> query;
    for (qsizetype i = 0; i + 1 < params.size(); i += 2)
        query.append({ params[i], params[i + 1] });
    const api::ApiResult r = basic(path, query);
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.body, body);
    const api::PromResult decoded = api::decodePrometheusBody(r.body, r.httpStatus);
    QCOMPARE(decoded.error.code, u"bad_data"_s);
}

void TestMetricsModule::hostileQueryOverHttp()
{
    // Deep nesting in a form body: a bad_data answer, and the backend still serves afterwards.
    api::ApiRequest post = plain(u"/api/v1/query"_s, m_source.basicAuthorization());
    post.method = "POST";
    post.contentType = "application/x-www-form-urlencoded";
    post.body = "query=" + QByteArray(200000, '(') + "m" + QByteArray(200000, ')');
    const api::ApiResult r = test::callAndWait(*m_client, post);
    QCOMPARE(r.httpStatus, 400);
    const api::PromResult decoded = api::decodePrometheusBody(r.body, r.httpStatus);
    QCOMPARE(decoded.error.code, u"bad_data"_s);
    QVERIFY(decoded.error.message.contains(u"nested deeper than 64 levels"_s));
    QVERIFY(basic(u"/metrics"_s).ok());
}

void TestMetricsModule::containerSeriesOfRunningJob()
{
    // A job on the local pool runs for real; its sampled CPU and memory become ma_container_*.
    auto client = m_backend->accessKeyClient();
    const QString id = test::createLocalJob(*client, u"metrics-probe"_s, u"sleep 60"_s);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*client, id), u"Running"_s, 30000);
    QList<ExposedSample> samples;
    auto containerSeen = [&]
    {
        samples.clear();
        QString problem;
        if (!parseExposition(basic(u"/metrics"_s).body, &samples, &problem))
            return false;
        for (const ExposedSample &s : samples)
        {
            if (s.name == u"ma_container_memory_util"_s && s.labels.value(u"service_id"_s) == id)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(containerSeen(), 30000);
    for (const ExposedSample &s : samples)
    {
        if (s.labels.value(u"service_id"_s) != id)
            continue;
        QVERIFY2(s.name.startsWith(u"ma_container_"_s), qPrintable(s.name));
        QCOMPARE(s.labels.value(u"modelarts_service"_s), u"train"_s);
        QCOMPARE(s.labels.value(u"pool_id"_s), u"local"_s);
        QCOMPARE(s.labels.value(u"task_name"_s), u"metrics-probe"_s);
        QCOMPARE(s.labels.value(u"instance_name"_s), u"modelarts-job-%1-worker-0"_s.arg(id));
        QVERIFY(!s.labels.value(u"node_ip"_s).isEmpty());
        if (s.name.endsWith(u"_util"_s))
            QVERIFY(s.value >= 0 && s.value <= 100);
    }
    // The Task details view's query finds it through the Prometheus API.
    const api::ApiResult r = basic(u"/api/v1/query"_s,
        { { u"query"_s, u"ma_container_memory_util{service_id=~\"%1\",instance_name=~\".*\"}"_s.arg(id) } });
    const api::PromResult decoded = api::decodePrometheusBody(r.body, r.httpStatus);
    QVERIFY2(decoded.ok(), r.body.constData());
    QCOMPARE(decoded.series.size(), size_t(1));
    QCOMPARE(decoded.series[0].label(u"host_name"_s), QString()); // a container label set, not a node's
}

void TestMetricsModule::historySurvivesARestart()
{
    QTemporaryDir dir;
    const test::LocalBackend::Options options { 50.0, false, dir.path() };
    QString at; // empty: the server's now
    const auto valueAt = [&](test::LocalBackend &backend)
    {
        QList<std::pair<QString, QString>> query { { u"query"_s, u"ma_node_cpu_util{pool_id=\"local\"}"_s } };
        if (!at.isEmpty())
            query.append({ u"time"_s, at });
        api::ApiClient client(api::Endpoints { backend.url(), backend.url() });
        api::PrometheusSource source { backend.url(), backend.server().config().userName,
            backend.server().config().password };
        api::ApiRequest r = plain(u"/api/v1/query"_s, source.basicAuthorization());
        r.query = query;
        const api::ApiResult result = test::callAndWait(client, r);
        const api::PromResult decoded = api::decodePrometheusBody(result.body, result.httpStatus);
        return decoded.series.size() == 1 && !decoded.series[0].values.empty()
            ? std::optional<double>(decoded.series[0].values.front())
            : std::nullopt;
    };
    std::optional<double> before;
    {
        test::LocalBackend first(options);
        QVERIFY2(first.isRunning(), qPrintable(first.error()));
        QTRY_VERIFY_WITH_TIMEOUT(valueAt(first).has_value(), 10000); // it has sampled
        at = QString::number(QDateTime::currentMSecsSinceEpoch() / 1000.0, 'f', 3);
        before = valueAt(first);
        QVERIFY(before.has_value());
    }
    // Written when the backend went, readable by its owner only.
    const QFileInfo history(dir.filePath(u"metrics-history.bin"_s));
    QVERIFY(history.exists());
    QCOMPARE(history.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // Restarted, the backend answers for the time before the restart from the history: its
    // own samples are all later than that.
    {
        test::LocalBackend second(options);
        QVERIFY2(second.isRunning(), qPrintable(second.error()));
        const std::optional<double> after = valueAt(second);
        QVERIFY(after.has_value());
        QCOMPARE(*after, *before);
    }

    // A damaged history costs the history, not the start.
    QFile damaged(history.filePath());
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("garbage");
    damaged.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not a metrics history"_s));
    test::LocalBackend third(options);
    QVERIFY2(third.isRunning(), qPrintable(third.error()));
}

QTEST_MAIN(TestMetricsModule)
#include "tst_metricsmodule.moc"
