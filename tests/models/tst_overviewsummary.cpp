// OverviewSummary and OverviewTopJobsModel against the real local backend with demo data:
// the counts equal what the server's own searches and lists answer, the pools carry their
// nodes and cards, a created job changes the counts and enters the top table without a
// reset, a GPU job idling under 50 % raises the low-utilisation alarm (from the Prometheus
// API of modelarts-local), and nothing is sent while the summary is inactive.

#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/prometheusclient.h"
#include "api/trainingrequests.h"
#include "api/types/notebook.h"
#include "api/types/pool.h"
#include "api/types/training.h"
#include "localbackend.h"
#include "models/overviewsummary.h"
#include "models/overviewtopjobsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::OverviewAlarm;
using models::OverviewSummary;
using models::OverviewTopJob;
using models::OverviewTopJobsModel;

namespace
{
constexpr int kWaitMs = 20000;

OverviewTopJob topJob(const QString &id, int cards, double cores)
{
    OverviewTopJob job;
    job.id = id;
    job.name = id;
    job.accelerators = cards;
    job.acceleratorKind = cards ? QStringLiteral("GPU") : QString();
    job.cpuCores = cores;
    job.nodes = 1;
    return job;
}
} // namespace

class TestOverviewSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsMatchTheServer();
    void poolsCarryNodesAndCards();
    void createdJobChangesCountsWithoutReset();
    void lowUtilizationAlarmForAnIdleGpuJob();
    void inactiveSummarySendsNothing();
    void topJobsRankByCardsThenCores();
    void topJobsRefreshNeverResets();

private:
    bool loadOnce();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PrometheusClient> m_prometheus;
    std::unique_ptr<OverviewSummary> m_summary;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOverviewSummary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOverviewSummary::init()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    const server::ServerConfig &c = m_backend->server().config();
    m_prometheus = std::make_unique<api::PrometheusClient>(
        m_client.get(), api::PrometheusSource { m_backend->url(), c.userName, c.password });
    m_summary = std::make_unique<OverviewSummary>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_summary->topJobs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_summary->setClient(m_client.get());
    m_summary->setPrometheusClient(m_prometheus.get());
}

void TestOverviewSummary::cleanup()
{
    m_tester.reset();
    m_summary.reset();
    m_prometheus.reset();
    m_client.reset();
    m_backend.reset();
}

bool TestOverviewSummary::loadOnce()
{
    QSignalSpy refreshed(m_summary.get(), &OverviewSummary::refreshed);
    m_summary->refresh();
    return refreshed.wait(kWaitMs);
}

void TestOverviewSummary::countsMatchTheServer()
{
    QVERIFY(loadOnce());
    QVERIFY(!m_summary->jobsState().hasError());
    int sum = 0;
    for (const QString &phase : OverviewSummary::trainingPhases())
    {
        const int expected = test::countJobsInPhase(*m_client, phase);
        QVERIFY(expected >= 0);
        QCOMPARE(m_summary->trainingJobCounts().value(phase, -1), expected);
        sum += expected;
    }
    QVERIFY(sum > 0); // the demo data has jobs
    QCOMPARE(m_summary->trainingJobTotal(), sum);

    const api::ApiResult notebooks
        = test::callAndWait(*m_client, api::notebooks::list({ { QStringLiteral("limit"), QStringLiteral("1000") } }));
    QVERIFY(notebooks.ok());
    QMap<QString, int> expected;
    const auto list = api::fromBody<api::NotebookList>(notebooks.body);
    for (const api::Notebook &n : list.data)
        ++expected[n.status.value_or(QString())];
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_summary->notebookCounts(), expected);
    QCOMPARE(m_summary->notebookTotal(), int(list.data.size()));
}

void TestOverviewSummary::poolsCarryNodesAndCards()
{
    QVERIFY(loadOnce());
    const api::ApiResult r = test::callAndWait(*m_client, api::pools::list());
    QVERIFY(r.ok());
    const auto pools = api::fromBody<api::PoolList>(r.body);
    QCOMPARE(m_summary->pools().size(), qsizetype(pools.items.size()));
    for (const api::Pool &pool : pools.items)
    {
        const QString id = pool.metadata.name.value_or(QString());
        const auto it = std::find_if(m_summary->pools().cbegin(), m_summary->pools().cend(),
            [&](const models::OverviewPool &p) { return p.id == id; });
        QVERIFY2(it != m_summary->pools().cend(), qPrintable(id));
        QCOMPARE(it->name, api::poolDisplayName(pool));
        QCOMPARE(it->nodesTotal, api::poolTotalNodeCount(pool));
        QCOMPARE(it->nodesInUse + it->nodesFree, api::poolNodeCount(pool, api::PoolResourceState::Available));
    }
    const auto byName = [&](const QString &name)
    {
        for (const models::OverviewPool &p : m_summary->pools())
            if (p.name == name)
                return p;
        return models::OverviewPool();
    };
    // The demo pools: 4 nodes of 8 V100 (32 GPUs), 2 of 8 Ascend Snt9 (16 NPUs); the CPU pool
    // runs the demo's long job on its one node.
    QCOMPARE(byName(QStringLiteral("gpu-v100-pool")).acceleratorKind, QStringLiteral("GPU"));
    QCOMPARE(byName(QStringLiteral("gpu-v100-pool")).acceleratorsCapacity, 32.0);
    QCOMPARE(byName(QStringLiteral("ascend-snt9-pool")).acceleratorKind, QStringLiteral("NPU"));
    QCOMPARE(byName(QStringLiteral("ascend-snt9-pool")).acceleratorsCapacity, 16.0);
    QCOMPARE(byName(QStringLiteral("cpu-small-pool")).acceleratorKind, QString());
    QCOMPARE(byName(QStringLiteral("cpu-small-pool")).nodesInUse, 1);
    QCOMPARE(byName(QStringLiteral("cpu-small-pool")).nodesFree, 0);
}

void TestOverviewSummary::createdJobChangesCountsWithoutReset()
{
    QVERIFY(loadOnce());
    const int before = m_summary->trainingJobTotal();
    const int runningBefore = m_summary->trainingJobCounts().value(QStringLiteral("Running"));
    QSignalSpy counts(m_summary.get(), &OverviewSummary::trainingJobCountsChanged);
    QSignalSpy resets(m_summary->topJobs(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_summary->topJobs(), &QAbstractItemModel::rowsInserted);

    const QString id = test::createDemoGpuJob(*m_client, m_backend->projectId(), QStringLiteral("overview-gpu"), 2);
    QVERIFY(!id.isEmpty());
    m_summary->setIntervalMs(300);
    m_summary->setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_summary->trainingJobTotal(), before + 1, kWaitMs);
    QVERIFY(counts.size() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_summary->trainingJobCounts().value(QStringLiteral("Running")), runningBefore + 1, kWaitMs);

    // 2 nodes × 8 GPUs: first in the top table, inserted as a row.
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->topJobs()->rowCount() > 0 && m_summary->topJobs()->job(0).id == id, kWaitMs);
    const OverviewTopJob &top = m_summary->topJobs()->job(0);
    QCOMPARE(top.accelerators, 16);
    QCOMPARE(top.acceleratorKind, QStringLiteral("GPU"));
    QCOMPARE(top.nodes, 2);
    QCOMPARE(top.poolName, QStringLiteral("gpu-v100-pool"));
    QVERIFY(inserted.size() >= 1);
    QCOMPARE(resets.size(), 0);

    // The GPU pool now has cards allocated and two nodes in use.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(m_summary->pools().cbegin(), m_summary->pools().cend(),
            [](const models::OverviewPool &p)
            { return p.acceleratorKind == u"GPU" && p.acceleratorsAllocated == 16 && p.nodesInUse == 2; }),
        kWaitMs);
    m_summary->setActive(false);
}

void TestOverviewSummary::lowUtilizationAlarmForAnIdleGpuJob()
{
    const QString id = test::createDemoGpuJob(*m_client, m_backend->projectId(), QStringLiteral("idle-gpu"), 1);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Running"), kWaitMs);

    m_summary->setIntervalMs(500);
    m_summary->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->topJobs()->rowCount() > 0 && m_summary->topJobs()->job(0).id == id
            && m_summary->topJobs()->job(0).usagePercent.has_value(),
        kWaitMs);
    const double usage = *m_summary->topJobs()->job(0).usagePercent;
    QVERIFY2(usage >= 0 && usage <= 100, qPrintable(QString::number(usage)));

    const auto lowAlarm = [&]
    {
        for (const OverviewAlarm &alarm : m_summary->alarms())
            if (alarm.kind == OverviewAlarm::Kind::LowUtilization && alarm.resourceId == id)
                return std::optional<OverviewAlarm>(alarm);
        return std::optional<OverviewAlarm>();
    };
    // The simulated V100 job idles around 25 % GPU usage: under the 50 % of the console's alarm.
    QTRY_VERIFY_WITH_TIMEOUT(lowAlarm().has_value(), kWaitMs);
    QVERIFY(lowAlarm()->value < 50.0);
    QCOMPARE(lowAlarm()->acceleratorKind, QStringLiteral("GPU"));
    QCOMPARE(lowAlarm()->resourceName, QStringLiteral("idle-gpu"));
    m_summary->setActive(false);

    // Without a metrics source there is neither usage nor the alarm, and the rest still loads.
    m_summary->setPrometheusClient(nullptr);
    QVERIFY(!lowAlarm().has_value());
    QVERIFY(loadOnce());
    QVERIFY(!lowAlarm().has_value());
    QVERIFY(!m_summary->topJobs()->job(0).usagePercent.has_value());
}

void TestOverviewSummary::inactiveSummarySendsNothing()
{
    QSignalSpy calls(m_client.get(), &api::ApiClient::callFinished);
    m_summary->setIntervalMs(100);
    m_summary->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_summary->trainingJobCounts().isEmpty(), kWaitMs);
    m_summary->setActive(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_summary->isRefreshing(), kWaitMs);
    const qsizetype after = calls.size();
    QTest::qWait(500); // five intervals: an inactive summary must not poll
    QCOMPARE(calls.size(), after);
}

void TestOverviewSummary::topJobsRankByCardsThenCores()
{
    OverviewTopJobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimit(3);
    model.setJobs({ topJob(QStringLiteral("cpu-big"), 0, 64), topJob(QStringLiteral("gpu-8"), 8, 72),
        topJob(QStringLiteral("gpu-16"), 16, 144), topJob(QStringLiteral("cpu-small"), 0, 2) });
    QCOMPARE(
        model.jobIds(), (QStringList { QStringLiteral("gpu-16"), QStringLiteral("gpu-8"), QStringLiteral("cpu-big") }));
    QCOMPARE(model.index(0, OverviewTopJobsModel::Resources).data().toString(), QStringLiteral("16 × GPU"));
    QCOMPARE(model.index(2, OverviewTopJobsModel::Resources).data().toString(), QStringLiteral("64 vCPUs"));
    QCOMPARE(model.index(0, OverviewTopJobsModel::Usage).data().toString(), QStringLiteral("–"));
    model.setUsage({ { QStringLiteral("gpu-8"), 42.26 } });
    QCOMPARE(model.index(1, OverviewTopJobsModel::Usage).data().toString(), QStringLiteral("42.3 %"));
    QCOMPARE(model.index(1, OverviewTopJobsModel::Usage).data(OverviewTopJobsModel::UsageRole).toDouble(), 42.26);
}

void TestOverviewSummary::topJobsRefreshNeverResets()
{
    OverviewTopJobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs(
        { topJob(QStringLiteral("a"), 8, 8), topJob(QStringLiteral("b"), 4, 8), topJob(QStringLiteral("c"), 0, 8) });
    model.setUsage({ { QStringLiteral("a"), 10.0 } });

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The same jobs again: nothing changes, nothing is signalled, and "a" keeps its usage.
    model.setJobs(
        { topJob(QStringLiteral("a"), 8, 8), topJob(QStringLiteral("b"), 4, 8), topJob(QStringLiteral("c"), 0, 8) });
    QCOMPARE(inserted.size() + removed.size() + moved.size() + changed.size(), 0);
    QCOMPARE(model.job(0).usagePercent, std::optional<double>(10.0));

    // "b" grows past "a", "c" ends, "d" starts.
    model.setJobs(
        { topJob(QStringLiteral("a"), 8, 8), topJob(QStringLiteral("b"), 16, 8), topJob(QStringLiteral("d"), 2, 8) });
    QCOMPARE(model.jobIds(), (QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d") }));
    QCOMPARE(resets.size(), 0);
    QVERIFY(removed.size() >= 1);
    QVERIFY(inserted.size() >= 1);
    QVERIFY(changed.size() >= 1); // b's resources

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 0);
}

QTEST_MAIN(TestOverviewSummary)
#include "tst_overviewsummary.moc"
