// MetricsQueryRunner against modelarts-local's Prometheus API: N queries at once, one
// TimeSeries per series named by the legend, failures reported per query, and a new run
// cancelling the stale one so none of its answers arrive.

#include "localbackend.h"
#include "models/metricsqueryrunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using models::MetricQuery;
using models::MetricsQueryRunner;

class TestMetricsQueryRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void runsQueriesConcurrently();
    void failuresPerQuery();
    void instantQueries();
    void newRunCancelsStale();
    void cancelStopsEverything();
    void withoutClient();
    void legend();
    void autoStep();

private:
    bool localCpuSampled();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PrometheusClient> m_prom;
};

void TestMetricsQueryRunner::initTestCase()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = std::make_unique<api::ApiClient>(api::Endpoints { m_backend->url(), m_backend->url() });
    api::PrometheusSource source;
    source.url = m_backend->url();
    source.user = m_backend->server().config().userName;
    source.password = m_backend->server().config().password;
    m_prom = std::make_unique<api::PrometheusClient>(m_client.get(), source);
    // The local pool's node CPU comes from the process sampler, whose first sample lands a
    // moment after start: the tests below expect it.
    QTRY_VERIFY_WITH_TIMEOUT(localCpuSampled(), 15000);
}

bool TestMetricsQueryRunner::localCpuSampled()
{
    MetricsQueryRunner runner(m_prom.get());
    QSignalSpy finished(&runner, &MetricsQueryRunner::queryFinished);
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    runner.run(
        { { u"cpu"_s, u"ma_node_cpu_util{pool_id=\"local\"}"_s, QString(), u"%"_s } }, end.addSecs(-60), end, 5000);
    if (!done.wait(5000) || finished.isEmpty())
        return false;
    return !finished.first().at(2).value<QList<models::TimeSeries>>().isEmpty();
}

void TestMetricsQueryRunner::cleanupTestCase()
{
    m_prom.reset();
    m_client.reset();
    m_backend.reset();
}

void TestMetricsQueryRunner::runsQueriesConcurrently()
{
    MetricsQueryRunner runner(m_prom.get());
    QSignalSpy finished(&runner, &MetricsQueryRunner::queryFinished);
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    QSignalSpy running(&runner, &MetricsQueryRunner::runningChanged);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QList<MetricQuery> queries = {
        { u"cpu"_s, u"ma_node_cpu_util{pool_id=\"local\"}"_s, u"{{host_name}}"_s, u"%"_s },
        { u"mem"_s, u"ma_node_memory_util{pool_id=\"local\"}"_s, QString(), u"%"_s },
        { u"cores"_s, u"sum by (pool_id) (ma_node_cpu_limit_core)"_s, u"{{pool_id}}"_s, u"Cores"_s },
    };
    const int id = runner.run(queries, end.addSecs(-60), end, 5000);
    QCOMPARE(runner.pending(), 3); // all in flight at once
    QVERIFY(runner.isRunning());
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().first().toInt(), id);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(running.size(), 2);
    QVERIFY(!runner.isRunning());
    QHash<QString, QList<models::TimeSeries>> byId;
    for (const QList<QVariant> &args : finished)
        byId.insert(args.at(1).toString(), args.at(2).value<QList<models::TimeSeries>>());
    QCOMPARE(byId.value(u"cpu"_s).size(), 1);
    const models::TimeSeries cpu = byId.value(u"cpu"_s).first();
    QVERIFY(!cpu.name().isEmpty());
    QVERIFY(!cpu.name().contains(u"{{"_s));
    QCOMPARE(cpu.unit(), u"%"_s);
    QVERIFY(cpu.hasData());
    QVERIFY(byId.value(u"mem"_s).first().name().startsWith(u"ma_node_memory_util{"_s));
    bool local = false;
    for (const models::TimeSeries &s : byId.value(u"cores"_s))
        local = local || s.name() == u"local"_s;
    QVERIFY(local);
}

void TestMetricsQueryRunner::failuresPerQuery()
{
    MetricsQueryRunner runner(m_prom.get());
    QSignalSpy finished(&runner, &MetricsQueryRunner::queryFinished);
    QSignalSpy failed(&runner, &MetricsQueryRunner::queryFailed);
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    runner.run({ { u"good"_s, u"ma_node_cpu_util"_s, {}, {} }, { u"bad"_s, u"rate(ma_node_cpu_util)"_s, {}, {} } },
        end.addSecs(-60), end, 10000);
    QVERIFY(done.wait(15000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), u"bad"_s);
    const QString message = failed.first().at(2).toString();
    QVERIFY2(message.contains(u"bad_data"_s) && message.contains(u"range vector"_s), qPrintable(message));
}

void TestMetricsQueryRunner::instantQueries()
{
    MetricsQueryRunner runner(m_prom.get());
    QSignalSpy finished(&runner, &MetricsQueryRunner::queryFinished);
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    runner.runInstant(
        { { u"top"_s, u"topk(1, ma_node_cpu_limit_core{pool_id=\"local\"})"_s, u"{{host_name}}"_s, {} } }, at);
    QVERIFY(done.wait(15000));
    QCOMPARE(finished.size(), 1);
    const auto series = finished.first().at(2).value<QList<models::TimeSeries>>();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().size(), 1);
    QCOMPARE(series.first().at(0).timeMs, at.toMSecsSinceEpoch());
    QVERIFY(series.first().at(0).value >= 1);
}

void TestMetricsQueryRunner::newRunCancelsStale()
{
    MetricsQueryRunner runner(m_prom.get());
    QSignalSpy finished(&runner, &MetricsQueryRunner::queryFinished);
    QSignalSpy failed(&runner, &MetricsQueryRunner::queryFailed);
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const int first
        = runner.run({ { u"a"_s, u"ma_node_cpu_util"_s, {}, {} }, { u"b"_s, u"ma_node_memory_util"_s, {}, {} } },
            end.addSecs(-3600), end, 15000);
    const int second = runner.run({ { u"c"_s, u"ma_node_cpu_limit_core"_s, {}, {} } }, end.addSecs(-300), end, 15000);
    QVERIFY(second != first);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toInt(), second);
    QCOMPARE(failed.size(), 0); // cancelled calls report nothing
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), second);
    QCOMPARE(finished.first().at(1).toString(), u"c"_s);
}

void TestMetricsQueryRunner::cancelStopsEverything()
{
    MetricsQueryRunner runner(m_prom.get());
    QSignalSpy finished(&runner, &MetricsQueryRunner::queryFinished);
    QSignalSpy running(&runner, &MetricsQueryRunner::runningChanged);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    runner.run({ { u"a"_s, u"ma_node_cpu_util"_s, {}, {} } }, end.addSecs(-60), end, 15000);
    runner.cancel();
    QVERIFY(!runner.isRunning());
    QCOMPARE(running.size(), 2);
    // A second run answers; the cancelled one never does.
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    runner.run({ { u"b"_s, u"ma_node_cpu_util"_s, {}, {} } }, end.addSecs(-60), end, 15000);
    QVERIFY(done.wait(15000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), u"b"_s);
}

void TestMetricsQueryRunner::withoutClient()
{
    MetricsQueryRunner runner;
    QSignalSpy failed(&runner, &MetricsQueryRunner::queryFailed);
    QSignalSpy done(&runner, &MetricsQueryRunner::runFinished);
    runner.run({ { u"a"_s, u"up"_s, {}, {} } }, QDateTime::currentDateTimeUtc().addSecs(-60),
        QDateTime::currentDateTimeUtc(), 15000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(done.size(), 1);
    QVERIFY(!failed.first().at(2).toString().isEmpty());
}

void TestMetricsQueryRunner::legend()
{
    api::PromSeries s;
    s.labels
        = { { u"__name__"_s, u"ma_node_cpu_util"_s }, { u"host_name"_s, u"n1"_s }, { u"node_ip"_s, u"10.0.0.1"_s } };
    QCOMPARE(MetricsQueryRunner::legendFor(u"{{host_name}} ({{ node_ip }})"_s, s), u"n1 (10.0.0.1)"_s);
    QCOMPARE(MetricsQueryRunner::legendFor(u"{{missing}}x"_s, s), u"x"_s);
    QCOMPARE(
        MetricsQueryRunner::legendFor(QString(), s), u"ma_node_cpu_util{host_name=\"n1\", node_ip=\"10.0.0.1\"}"_s);
}

void TestMetricsQueryRunner::autoStep()
{
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1700000000);
    QCOMPARE(MetricsQueryRunner::autoStep(end.addSecs(-300), end), qint64(15000)); // floor
    QCOMPARE(MetricsQueryRunner::autoStep(end.addDays(-7), end), qint64(1008000)); // 7 d / 600
    QCOMPARE(MetricsQueryRunner::autoStep(end.addSecs(-3600), end, 100, 1000), qint64(36000));
}

QTEST_MAIN(TestMetricsQueryRunner)
#include "tst_metricsqueryrunner.moc"
