// A real Prometheus (Debian's package) scrapes modelarts-local's /metrics with basic auth; the
// dashboards' queries then run through the api client against both Prometheus and
// modelarts-local's own /api/v1 and must return the same series: names, label sets and
// values within a scrape step. Prometheus runs on a free loopback port with a temporary
// config and storage, and is stopped at the end.

#include "api/prometheusclient.h"
#include "localbackend.h"
#include "models/dashboarddefinitions.h"

#include <cmath>
#include <map>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;

namespace
{
const QString kPrometheus = u"/usr/bin/prometheus"_s;

api::PromResult await(api::PrometheusCall *call, int timeoutMs = 15000)
{
    api::PromResult out;
    out.error = api::ApiError::timeout(timeoutMs);
    if (!call)
        return out;
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

QString key(const api::PromLabels &labels)
{
    QStringList parts;
    for (const auto &[k, v] : labels)
        parts << k + u'=' + v;
    parts.sort();
    return parts.join(u',');
}

/** Empty when both answers hold the same series with values within @p tolerance (relative). */
QString compare(const api::PromResult &a, const api::PromResult &b, double tolerance)
{
    if (!a.ok() || !b.ok())
        return u"error: %1 / %2"_s.arg(a.error.displayText(), b.error.displayText());
    if (a.type != b.type)
        return u"result types differ"_s;
    std::map<QString, double> left;
    std::map<QString, double> right;
    for (const api::PromSeries &s : a.series)
        left[key(s.labels)] = s.values.empty() ? qQNaN() : s.values.back();
    for (const api::PromSeries &s : b.series)
        right[key(s.labels)] = s.values.empty() ? qQNaN() : s.values.back();
    if (left.empty())
        return u"no series"_s;
    QStringList lk;
    QStringList rk;
    for (const auto &[k, v] : left)
        lk << k;
    for (const auto &[k, v] : right)
        rk << k;
    if (lk != rk)
        return u"label sets differ: [%1] vs [%2]"_s.arg(lk.join(u" | "_s), rk.join(u" | "_s));
    for (const auto &[k, v] : left)
    {
        const double w = right[k];
        if (std::abs(v - w) > tolerance * std::max(1.0, std::abs(v)))
            return u"%1: %2 vs %3"_s.arg(k).arg(v).arg(w);
    }
    return {};
}
} // namespace

class TestPrometheusScrape final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void scrapedSeriesMatchOwnApi_data();
    void scrapedSeriesMatchOwnApi();
    void rangeQueriesAgree();
    void seriesAndLabelValuesAgree();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PrometheusClient> m_prometheus; // the real one
    std::unique_ptr<api::PrometheusClient> m_local; // modelarts-local's /api/v1
    QTemporaryDir m_dir;
    QProcess m_process;
};

void TestPrometheusScrape::initTestCase()
{
    if (!QFile::exists(kPrometheus))
        QSKIP(
            "Debian's prometheus package is not installed (scripts/deps installs it): /usr/bin/prometheus is missing");
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    QVERIFY(m_dir.isValid());

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    const auto &cfg = m_backend->server().config();
    // job and instance are dropped so label sets equal modelarts-local's own.
    const QString config = uR"(global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: modelarts-local
    scrape_interval: 1s
    scrape_timeout: 1s
    metrics_path: /metrics
    basic_auth:
      username: '%1'
      password: '%2'
    static_configs:
      - targets: ['127.0.0.1:%3']
    metric_relabel_configs:
      - action: labeldrop
        regex: job|instance
)"_s.arg(cfg.userName, cfg.password)
                               .arg(m_backend->server().port());
    QFile file(m_dir.filePath(u"prometheus.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kPrometheus,
        { u"--config.file=%1"_s.arg(file.fileName()), u"--storage.tsdb.path=%1"_s.arg(m_dir.filePath(u"data"_s)),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--log.level=warn"_s });
    QVERIFY2(m_process.waitForStarted(10000), qPrintable(m_process.errorString()));

    m_client = std::make_unique<api::ApiClient>(api::Endpoints { m_backend->url(), m_backend->url() });
    m_client->setRetryPolicy({ 0, 100, 100, 0 });
    api::PrometheusSource real;
    real.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    real.timeoutMs = 5000;
    m_prometheus = std::make_unique<api::PrometheusClient>(m_client.get(), real);
    api::PrometheusSource local;
    local.url = m_backend->url();
    local.user = cfg.userName;
    local.password = cfg.password;
    m_local = std::make_unique<api::PrometheusClient>(m_client.get(), local);

    // Until a scrape is ingested: Prometheus answers and holds the local node.
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&]
        {
            const api::PromResult r = await(m_prometheus->query(u"ma_node_cpu_util{pool_id=\"local\"}"_s), 3000);
            return r.ok() && !r.series.empty();
        }(),
        qPrintable(QString::fromUtf8(m_process.readAll())), 60000);
}

void TestPrometheusScrape::cleanupTestCase()
{
    if (m_process.state() != QProcess::NotRunning)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
        {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QCOMPARE(m_process.state(), QProcess::NotRunning);
    m_prometheus.reset();
    m_local.reset();
    m_client.reset();
    m_backend.reset();
}

void TestPrometheusScrape::scrapedSeriesMatchOwnApi_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<double>("tolerance");
    // Every Cluster and Node panel of the local pool, as the dashboards send them.
    const QHash<QString, QString> vars = { { u"pool"_s, u"local"_s } };
    for (const QString &view : { u"cluster"_s, u"node"_s })
    {
        for (const models::PanelDefinition &p : models::dashboards::find(view)->panels)
        {
            if (p.expr.contains(u"gpu"_s) || p.expr.contains(u"npu"_s))
                continue; // the local node has no accelerators: both sides are empty
            // The local disk's free space moves between two reads: 1 % there, exact elsewhere.
            const double tolerance = p.expr.contains(u"space"_s) ? 0.01 : 1e-9;
            QTest::newRow(qPrintable(p.id)) << models::dashboards::expand(p.expr, vars) << tolerance;
        }
    }
    QTest::newRow("topk") << u"topk(1, ma_node_memory_total_megabytes)"_s << 1e-9;
    QTest::newRow("arithmetic") << u"100 - ma_node_cpu_util{pool_id=\"local\"}"_s << 1e-9;
    QTest::newRow("over_time") << u"max_over_time(ma_node_cpu_limit_core[1m])"_s << 1e-9;
}

void TestPrometheusScrape::scrapedSeriesMatchOwnApi()
{
    QFETCH(QString, expr);
    QFETCH(double, tolerance);
    // The node values change at minute boundaries and with each scrape: retry until both read
    // the same sample (on a loaded 2-core machine a match once took just over 20 s).
    QString problem;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (problem = compare(await(m_prometheus->query(expr)), await(m_local->query(expr)), tolerance)).isEmpty(),
        qPrintable(problem), 45000);
}

void TestPrometheusScrape::rangeQueriesAgree()
{
    const QString expr = u"avg by (pool_id) (ma_node_cpu_limit_core)"_s;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-5);
    const api::PromResult real = await(m_prometheus->queryRange(expr, start, end, 1000));
    const api::PromResult own = await(m_local->queryRange(expr, start, end, 1000));
    QVERIFY2(real.ok(), qPrintable(real.error.displayText()));
    QCOMPARE(real.type, api::PromResult::Type::Matrix);
    QCOMPARE(compare(real, own, 1e-9), QString());
}

void TestPrometheusScrape::seriesAndLabelValuesAgree()
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QStringList match = { u"ma_node_memory_util"_s };
    const api::PromResult a = await(m_prometheus->series(match, end.addSecs(-30), end));
    const api::PromResult b = await(m_local->series(match, end.addSecs(-30), end));
    QVERIFY(a.ok() && b.ok());
    QStringList ka;
    QStringList kb;
    for (const auto &l : a.labelSets)
        ka << key(l);
    for (const auto &l : b.labelSets)
        kb << key(l);
    ka.sort();
    kb.sort();
    QVERIFY(!ka.isEmpty());
    QCOMPARE(ka, kb);

    const api::PromResult va = await(m_prometheus->labelValues(u"pool_id"_s, match));
    const api::PromResult vb = await(m_local->labelValues(u"pool_id"_s, match));
    QVERIFY(va.ok() && vb.ok());
    QCOMPARE(va.strings, vb.strings);
}

QTEST_MAIN(TestPrometheusScrape)
#include "tst_prometheusscrape.moc"
