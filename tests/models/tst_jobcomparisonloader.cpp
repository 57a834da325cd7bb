// JobComparisonLoader against the real local backend: the jobs come back whole (T2-2) in the
// order asked, a job that cannot be read is reported once and left out, each job's metrics
// arrive from its start (time 0), and a new load drops the answers of the previous one.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/jobcomparisonloader.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;

namespace
{
constexpr int kWaitMs = 30000;

QString createJob(api::ApiClient &client, const QString &name, const QString &flavor)
{
    const api::Json body = {
        { "kind", "job" },
        { "metadata", { { "name", name.toStdString() } } },
        { "algorithm",
            { { "command", "python train.py" }, { "engine", { { "image_url", "org/train:1" } } },
                { "parameters",
                    api::Json::array({ { { "name", "MA_LOCAL_DURATION_SECONDS" }, { "value", "360" } } }) } } },
        { "spec", { { "resource", { { "flavor_id", flavor.toStdString() }, { "node_count", 1 } } } } },
    };
    const api::ApiResult r
        = test::callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    return r.ok() ? api::fromBody<api::TrainingJob>(r.body).metadata.id.value_or(QString()) : QString();
}
} // namespace

class TestJobComparisonLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsJobsInOrderAndTheirMetrics();
    void reportsAJobThatCannotBeRead();
    void aNewLoadDropsThePreviousOne();
    void withoutAClientNothingHappens();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_cpu;
    QString m_gpu;
};

void TestJobComparisonLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    m_cpu = createJob(*m_client, QStringLiteral("cpu-run"), QStringLiteral("modelarts.vm.cpu.8u"));
    m_gpu = createJob(*m_client, QStringLiteral("gpu-run"), QStringLiteral("modelarts.vm.gpu.t4"));
    QVERIFY(!m_cpu.isEmpty() && !m_gpu.isEmpty());
    for (const QString &id : { m_cpu, m_gpu })
        QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);
}

void TestJobComparisonLoader::loadsJobsInOrderAndTheirMetrics()
{
    models::JobComparisonLoader loader;
    loader.setClient(m_client.get());
    loader.setFineMetricSteps(true);
    QSignalSpy jobs(&loader, &models::JobComparisonLoader::jobsLoaded);
    QSignalSpy metrics(&loader, &models::JobComparisonLoader::metricsLoaded);
    QSignalSpy finished(&loader, &models::JobComparisonLoader::metricsFinished);
    QSignalSpy errors(&loader, &models::JobComparisonLoader::errorOccurred);

    loader.load({ m_gpu, m_cpu });
    QVERIFY(loader.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(jobs.count(), 1, kWaitMs);
    const auto loaded = jobs.first().at(0).value<std::vector<api::TrainingJob>>();
    QCOMPARE(loaded.size(), std::size_t(2));
    QCOMPARE(loaded[0].metadata.id, m_gpu);
    QCOMPARE(loaded[1].metadata.id, m_cpu);
    // The whole job, not a search summary: the algorithm and the flavor details are there.
    QVERIFY(loaded[0].algorithm && loaded[0].algorithm->parameters);
    QVERIFY(loaded[0].spec && loaded[0].spec->resource && loaded[0].spec->resource->flavorDetail);
    QVERIFY(!loader.isLoading());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(metrics.count(), 2);
    QCOMPARE(errors.count(), 0);
    QHash<QString, models::JobMetricSeries> byJob;
    for (const QList<QVariant> &args : std::as_const(metrics))
        byJob.insert(args.at(0).toString(), args.at(1).value<models::JobMetricSeries>());
    QVERIFY(byJob.contains(m_cpu) && byJob.contains(m_gpu));
    for (const models::JobMetricSeries &series : std::as_const(byJob))
    {
        QVERIFY(series.contains(QStringLiteral("cpuUsage")));
        const models::TimeSeries &cpu = series.value(QStringLiteral("cpuUsage"));
        QVERIFY(cpu.hasData());
        QCOMPARE(cpu.firstTime(), qint64(0)); // from the job's start
        QVERIFY(cpu.size() > 2);
    }
    // The GPU flavor reports GPU usage; the CPU one does not.
    QVERIFY(byJob.value(m_gpu).contains(QStringLiteral("gpuUtil")));
    QVERIFY(!byJob.value(m_cpu).contains(QStringLiteral("gpuUtil")));
}

void TestJobComparisonLoader::reportsAJobThatCannotBeRead()
{
    models::JobComparisonLoader loader;
    loader.setClient(m_client.get());
    QSignalSpy jobs(&loader, &models::JobComparisonLoader::jobsLoaded);
    QSignalSpy errors(&loader, &models::JobComparisonLoader::errorOccurred);
    QSignalSpy finished(&loader, &models::JobComparisonLoader::metricsFinished);

    loader.load({ m_cpu, QStringLiteral("00000000-0000-0000-0000-000000000000"), m_gpu });
    QTRY_COMPARE_WITH_TIMEOUT(jobs.count(), 1, kWaitMs);
    const auto loaded = jobs.first().at(0).value<std::vector<api::TrainingJob>>();
    QCOMPARE(loaded.size(), std::size_t(2));
    QCOMPARE(loaded[0].metadata.id, m_cpu);
    QCOMPARE(loaded[1].metadata.id, m_gpu);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().at(0).value<api::ApiError>().isNotFound());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(errors.count(), 1);
}

void TestJobComparisonLoader::aNewLoadDropsThePreviousOne()
{
    models::JobComparisonLoader loader;
    loader.setClient(m_client.get());
    QSignalSpy jobs(&loader, &models::JobComparisonLoader::jobsLoaded);
    QSignalSpy finished(&loader, &models::JobComparisonLoader::metricsFinished);
    loader.load({ m_cpu, m_gpu });
    loader.load({ m_gpu });
    QCOMPARE(loader.jobIds(), QStringList { m_gpu });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(jobs.count(), 1);
    const auto loaded = jobs.first().at(0).value<std::vector<api::TrainingJob>>();
    QCOMPARE(loaded.size(), std::size_t(1));
    QCOMPARE(loaded[0].metadata.id, m_gpu);

    // reload() asks for the same jobs again.
    loader.reload();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
    QCOMPARE(jobs.count(), 2);
}

void TestJobComparisonLoader::withoutAClientNothingHappens()
{
    models::JobComparisonLoader loader;
    QSignalSpy jobs(&loader, &models::JobComparisonLoader::jobsLoaded);
    loader.load({ m_cpu, m_gpu });
    QVERIFY(!loader.isLoading());
    QCOMPARE(jobs.count(), 0);
}

QTEST_GUILESS_MAIN(TestJobComparisonLoader)
#include "tst_jobcomparisonloader.moc"
