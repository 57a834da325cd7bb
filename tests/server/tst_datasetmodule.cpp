// modelarts-local's datasets (server/datasetmodule.h) over real HTTP with the demo data: the
// list (paging, name search) and versions through api/datasetrequests.h, the refusal of an
// unknown dataset, and a job on the local pool whose input is a dataset getting the dataset's
// files, the answer echoing remote.dataset {id, version_id} with its resolved obs_url.

#include "api/datasetrequests.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma;

namespace
{
constexpr int kWaitMs = 30000;
} // namespace

class TestDatasetModule final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void builders();
    void listsDemoDatasetsWithPagingAndSearch();
    void versionsOfADataset();
    void unknownDatasetRefused();
    void jobReadsTheDatasetFiles();

private:
    api::ApiResult call(const api::ApiRequest &request) { return test::callAndWait(*m_client, request); }
    api::Dataset dataset(const QString &name);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestDatasetModule::initTestCase()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, true, {} });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestDatasetModule::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

api::Dataset TestDatasetModule::dataset(const QString &name)
{
    const auto list = api::decodeBody<api::DatasetList>(call(api::datasets::list(0, 100, name)));
    if (!list.ok() || list.value.datasets.empty())
        return {};
    return list.value.datasets.front();
}

void TestDatasetModule::builders()
{
    api::ApiRequest r = api::datasets::list(10, 20, QStringLiteral("flow"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/datasets"));
    const api::QueryItems expected { { QStringLiteral("offset"), QStringLiteral("10") },
        { QStringLiteral("limit"), QStringLiteral("20") },
        { QStringLiteral("search_content"), QStringLiteral("flow") } };
    QCOMPARE(r.query, expected);
    r = api::datasets::versions(QStringLiteral("d1"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/datasets/d1/versions"));
}

void TestDatasetModule::listsDemoDatasetsWithPagingAndSearch()
{
    const auto all = api::decodeBody<api::DatasetList>(call(api::datasets::list()));
    QVERIFY2(all.ok(), qPrintable(all.error.displayText()));
    QCOMPARE(all.value.totalNumber.value_or(-1), 2);
    QStringList names;
    for (const api::Dataset &d : all.value.datasets)
        names << d.datasetName;
    names.sort();
    QCOMPARE(names, QStringList({ QStringLiteral("flowers-demo"), QStringLiteral("reviews-demo") }));

    const auto page = api::decodeBody<api::DatasetList>(call(api::datasets::list(1, 1)));
    QVERIFY(page.ok());
    QCOMPARE(int(page.value.datasets.size()), 1);
    QCOMPARE(page.value.totalNumber.value_or(-1), 2);

    const api::Dataset flowers = dataset(QStringLiteral("FLOWERS"));
    QCOMPARE(flowers.datasetName, QStringLiteral("flowers-demo"));
    QVERIFY(!flowers.datasetId.isEmpty());
    QCOMPARE(flowers.currentVersionName.value_or(QString()), QStringLiteral("V001"));
    QCOMPARE(flowers.dataSources->front().dataPath.value_or(QString()), QStringLiteral("/demo-datasets/flowers-demo/"));
}

void TestDatasetModule::versionsOfADataset()
{
    const api::Dataset flowers = dataset(QStringLiteral("flowers-demo"));
    const auto versions = api::decodeBody<api::DatasetVersionList>(call(api::datasets::versions(flowers.datasetId)));
    QVERIFY2(versions.ok(), qPrintable(versions.error.displayText()));
    QCOMPARE(int(versions.value.versions.size()), 1);
    QCOMPARE(versions.value.versions.front().versionId, flowers.currentVersionId.value_or(QString()));
    QCOMPARE(versions.value.versions.front().versionName.value_or(QString()), QStringLiteral("V001"));
}

void TestDatasetModule::unknownDatasetRefused()
{
    const api::ApiResult r = call(api::datasets::versions(QStringLiteral("no-such-dataset")));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.4352"));
}

void TestDatasetModule::jobReadsTheDatasetFiles()
{
    const api::Dataset flowers = dataset(QStringLiteral("flowers-demo"));
    api::TrainingJobCreate job;
    job.metadata.name = QStringLiteral("reads-a-dataset");
    api::TrainingAlgorithm algorithm;
    algorithm.command = QStringLiteral("ls \"$data_url\"; cat \"$data_url/labels.csv\"");
    api::AlgorithmInput in;
    in.name = QStringLiteral("data_url");
    api::DatasetRef ref;
    ref.id = flowers.datasetId;
    ref.versionId = flowers.currentVersionId;
    in.remote.dataset = ref;
    algorithm.inputs = std::vector<api::AlgorithmInput> { in };
    job.algorithm = algorithm;
    api::TrainingSpec spec;
    api::TrainingResource resource;
    resource.poolId = QStringLiteral("local");
    resource.nodeCount = 1;
    spec.resource = resource;
    job.spec = spec;
    const auto created = api::decodeBody<api::TrainingJob>(call(api::training::create(job)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString id = created.value.metadata.id.value_or(QString());

    // The answer reads back the dataset and its version, with the folder they resolve to.
    const auto shown = api::decodeBody<api::TrainingJob>(call(api::training::show(id)));
    QVERIFY(shown.ok());
    const api::DatasetRef &echo = *shown.value.algorithm->inputs->front().remote.dataset;
    QCOMPARE(echo.id, flowers.datasetId);
    QCOMPARE(echo.versionId, flowers.currentVersionId);
    QCOMPARE(echo.obsUrl.value_or(QString()), QStringLiteral("obs://demo-datasets/flowers-demo/"));

    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);
    const auto log
        = api::decodeBody<api::TrainingLogPreview>(call(api::training::logPreview(id, QStringLiteral("worker-0"))));
    QVERIFY(log.ok());
    QVERIFY2(log.value.content.contains(QStringLiteral("labels.csv")), qPrintable(log.value.content));
    QVERIFY2(log.value.content.contains(QStringLiteral("rose-1.jpg,rose")), qPrintable(log.value.content));
}

QTEST_GUILESS_MAIN(TestDatasetModule)
#include "tst_datasetmodule.moc"
