// DatasetCatalog against the real local backend (its two demo datasets): nothing is asked
// before a caller needs it, the list and a dataset's versions arrive with one signal each and
// are asked once, an unknown dataset has no versions, and another client forgets everything.

#include "localbackend.h"
#include "models/datasetcatalog.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ma;
using models::DatasetCatalog;

namespace
{
constexpr int kWaitMs = 20000;
} // namespace

class TestDatasetCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsDatasetsAndVersionsOnce();
    void unknownDatasetHasNoVersions();
    void anotherClientForgets();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestDatasetCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatasetCatalog::init()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestDatasetCatalog::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

void TestDatasetCatalog::listsDatasetsAndVersionsOnce()
{
    DatasetCatalog catalog;
    QSignalSpy datasets(&catalog, &DatasetCatalog::datasetsChanged);
    QSignalSpy versions(&catalog, &DatasetCatalog::versionsChanged);
    catalog.setClient(m_client.get());
    QVERIFY(!catalog.datasetsLoading());
    QVERIFY(!catalog.datasetsLoaded());

    catalog.ensureDatasets();
    catalog.ensureDatasets(); // already in flight: not asked twice
    QVERIFY(catalog.datasetsLoading());
    QVERIFY(datasets.wait(kWaitMs));
    QCOMPARE(datasets.count(), 1);
    QVERIFY(catalog.datasetsLoaded());
    QVERIFY(!catalog.datasetsError().isError());
    QCOMPARE(catalog.datasets().size(), size_t(2));
    QString flowers;
    for (const api::Dataset &d : catalog.datasets())
        if (d.datasetName == u"flowers-demo")
            flowers = d.datasetId;
    QVERIFY(!flowers.isEmpty());
    QCOMPARE(catalog.dataset(flowers)->datasetName, QStringLiteral("flowers-demo"));
    QCOMPARE(catalog.dataset(QStringLiteral("no-such-dataset")), nullptr);
    catalog.ensureDatasets(); // loaded: nothing asked
    QVERIFY(!catalog.datasetsLoading());

    QVERIFY(!catalog.versionsLoaded(flowers));
    catalog.ensureVersions(flowers);
    catalog.ensureVersions(flowers);
    QVERIFY(versions.wait(kWaitMs));
    QCOMPARE(versions.count(), 1);
    QCOMPARE(versions.first().at(0).toString(), flowers);
    QVERIFY(catalog.versionsLoaded(flowers));
    const std::vector<api::DatasetVersion> list = catalog.versions(flowers);
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list.front().versionName.value_or(QString()), QStringLiteral("V001"));
    QCOMPARE(catalog.version(flowers, list.front().versionId)->versionId, list.front().versionId);
    QCOMPARE(catalog.version(flowers, QStringLiteral("nope")), nullptr);
    catalog.ensureVersions(flowers);
    QCOMPARE(versions.count(), 1);
}

void TestDatasetCatalog::unknownDatasetHasNoVersions()
{
    DatasetCatalog catalog;
    catalog.setClient(m_client.get());
    QSignalSpy versions(&catalog, &DatasetCatalog::versionsChanged);
    catalog.ensureVersions(QStringLiteral("no-such-dataset"));
    QVERIFY(versions.wait(kWaitMs));
    QVERIFY(catalog.versions(QStringLiteral("no-such-dataset")).empty());
    // A refusal is not kept as an answer: the next need asks again.
    QVERIFY(!catalog.versionsLoaded(QStringLiteral("no-such-dataset")));
}

void TestDatasetCatalog::anotherClientForgets()
{
    DatasetCatalog catalog;
    catalog.setClient(m_client.get());
    QSignalSpy datasets(&catalog, &DatasetCatalog::datasetsChanged);
    catalog.ensureDatasets();
    QVERIFY(datasets.wait(kWaitMs));
    QVERIFY(catalog.datasetsLoaded());

    catalog.setClient(nullptr);
    QVERIFY(!catalog.datasetsLoaded());
    QVERIFY(catalog.datasets().empty());
    catalog.ensureDatasets(); // no client: nothing to ask
    QVERIFY(!catalog.datasetsLoading());

    // An answer for the previous client is dropped.
    catalog.setClient(m_client.get());
    catalog.ensureDatasets();
    catalog.setClient(nullptr);
    QTest::qWait(300); // an absence: no signal to wait for
    QCOMPARE(datasets.count(), 1);
    QVERIFY(catalog.datasets().empty());
}

QTEST_GUILESS_MAIN(TestDatasetCatalog)
#include "tst_datasetcatalog.moc"
