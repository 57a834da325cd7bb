// TrainingJobV1ListModel against the real local backend: v1 jobs (T1-1) listed with their
// version count, the v1 status codes as the list's status words, paging with fetchMore,
// the search, and refreshes that follow a new version, a stop and a delete with row
// changes and removes, never a reset.

#include "api/trainingv1requests.h"
#include "api/types/trainingv1.h"
#include "localbackend.h"
#include "models/trainingjobv1listmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ma;
using models::TrainingJobV1ListModel;
using test::callAndWait;

namespace
{
constexpr int kWaitMs = 20000;
constexpr int kJobs = 7;

api::v1::TrainingJobCreate longJob(const QString &name)
{
    api::v1::TrainingJobCreate job;
    job.jobName = name;
    job.jobDesc = QStringLiteral("legacy job %1").arg(name);
    job.config.workerServerNum = 1;
    job.config.appUrl = QStringLiteral("/bucket/code/");
    job.config.bootFileUrl = QStringLiteral("/bucket/code/train.py");
    job.config.dataUrl = QStringLiteral("/bucket/data/");
    job.config.specId = 2;
    api::v1::TrainingParameter duration;
    duration.label = QStringLiteral("MA_LOCAL_DURATION_SECONDS");
    duration.value = api::LooseScalar(QStringLiteral("86400")); // runs for the whole test
    job.config.parameter = std::vector<api::v1::TrainingParameter> { duration };
    return job;
}
} // namespace

class TestTrainingJobV1ListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyModel();
    void phaseOfStatus_data();
    void phaseOfStatus();
    void listsV1Jobs();
    void pagesWithFetchMore();
    void searchesByName();
    void refreshFollowsVersionsStopAndDelete();

private:
    void attach(TrainingJobV1ListModel &model, const QString &scope);
    void loadAll(TrainingJobV1ListModel &model);
    qint64 create(const QString &name);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    QList<qint64> m_jobs;
};

void TestTrainingJobV1ListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    for (int i = 0; i < kJobs; ++i)
    {
        const qint64 id = create(QStringLiteral("legacy-%1").arg(i));
        QVERIFY(id > 0);
        m_jobs << id;
    }
}

void TestTrainingJobV1ListModel::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

qint64 TestTrainingJobV1ListModel::create(const QString &name)
{
    const api::ApiResult r = callAndWait(*m_client, api::trainingv1::create(longJob(name)));
    return r.ok() ? api::fromBody<api::v1::TrainingJobCreateResult>(r.body).jobId : 0;
}

void TestTrainingJobV1ListModel::attach(TrainingJobV1ListModel &model, const QString &scope)
{
    model.setClient(m_client.get());
    model.setScope(scope);
}

void TestTrainingJobV1ListModel::loadAll(TrainingJobV1ListModel &model)
{
    QSignalSpy loaded(&model, &TrainingJobV1ListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    while (model.canFetchMore(QModelIndex()))
    {
        model.fetchMore(QModelIndex());
        QVERIFY(loaded.wait(kWaitMs));
    }
    QVERIFY(!model.state().hasError());
}

void TestTrainingJobV1ListModel::emptyModel()
{
    TrainingJobV1ListModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TrainingJobV1ListModel::ColumnCount));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    for (int c = 0; c < TrainingJobV1ListModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.jobAt(0));
}

void TestTrainingJobV1ListModel::phaseOfStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phase");
    QTest::newRow("init") << 1 << QStringLiteral("Creating");
    QTest::newRow("image failed") << 3 << QStringLiteral("CreateFailed");
    QTest::newRow("waiting") << 7 << QStringLiteral("Pending");
    QTest::newRow("running") << 8 << QStringLiteral("Running");
    QTest::newRow("killing") << 9 << QStringLiteral("Terminating");
    QTest::newRow("completed") << 10 << QStringLiteral("Completed");
    QTest::newRow("failed") << 11 << QStringLiteral("Failed");
    QTest::newRow("killed") << 12 << QStringLiteral("Terminated");
    QTest::newRow("canceled") << 13 << QStringLiteral("Terminated");
    QTest::newRow("lost") << 14 << QStringLiteral("Lost");
    QTest::newRow("unknown") << 0 << QStringLiteral("Unknown");
    QTest::newRow("out of range") << 99 << QStringLiteral("Unknown");
}

void TestTrainingJobV1ListModel::phaseOfStatus()
{
    QFETCH(int, status);
    QFETCH(QString, phase);
    QCOMPARE(TrainingJobV1ListModel::phaseOfStatus(status), phase);
}

void TestTrainingJobV1ListModel::listsV1Jobs()
{
    TrainingJobV1ListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model, QStringLiteral("all"));
    loadAll(model);
    QCOMPARE(model.rowCount(), kJobs);
    QCOMPARE(model.totalCount(), kJobs);
    // Newest first: the last created job is on top.
    QCOMPARE(
        model.index(0, TrainingJobV1ListModel::Name).data().toString(), QStringLiteral("legacy-%1").arg(kJobs - 1));
    const int row = model.rowOf(QString::number(m_jobs.front()));
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(TrainingJobV1ListModel::Name).toString(), QStringLiteral("legacy-0"));
    QCOMPARE(cell(TrainingJobV1ListModel::Api).toString(), QStringLiteral("v1"));
    QCOMPARE(cell(TrainingJobV1ListModel::Versions).toString(), QStringLiteral("1"));
    QCOMPARE(cell(TrainingJobV1ListModel::Description).toString(), QStringLiteral("legacy job legacy-0"));
    QVERIFY(!cell(TrainingJobV1ListModel::Created).toString().isEmpty());
    QCOMPARE(cell(0, TrainingJobV1ListModel::JobIdRole).toString(), QString::number(m_jobs.front()));
    QCOMPARE(cell(0, TrainingJobV1ListModel::VersionIdRole).toLongLong(), m_jobs.front());
    // The status word of the v2 list for the v1 code.
    const QString phase = cell(0, TrainingJobV1ListModel::PhaseRole).toString();
    QVERIFY2(QStringList({ QStringLiteral("Creating"), QStringLiteral("Pending"), QStringLiteral("Running") })
                 .contains(phase),
        qPrintable(phase));
    QCOMPARE(cell(0, TrainingJobV1ListModel::CanStopRole).toBool(), true);
    QCOMPARE(cell(TrainingJobV1ListModel::Status).toString().isEmpty(), false);
}

void TestTrainingJobV1ListModel::pagesWithFetchMore()
{
    TrainingJobV1ListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model, QStringLiteral("paged"));
    model.setPageSize(3);
    QSignalSpy loaded(&model, &TrainingJobV1ListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore(QModelIndex()));
    loadAll(model);
    QCOMPARE(model.rowCount(), kJobs);
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(TrainingJobV1ListModel::JobIdRole).toString());
    QCOMPARE(ids.size(), kJobs); // no row twice
}

void TestTrainingJobV1ListModel::searchesByName()
{
    TrainingJobV1ListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model, QStringLiteral("search"));
    model.setSearchText(QStringLiteral(" legacy-3 "));
    loadAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("legacy-3"));
}

void TestTrainingJobV1ListModel::refreshFollowsVersionsStopAndDelete()
{
    TrainingJobV1ListModel model;
    QAbstractItemModelTester tester(&model);
    attach(model, QStringLiteral("refresh"));
    loadAll(model);
    QCOMPARE(model.rowCount(), kJobs);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(&model, &TrainingJobV1ListModel::loaded);

    // A new version of legacy-1: its row shows two versions and the new version's id.
    const qint64 jobId = m_jobs.at(1);
    api::v1::TrainingJobVersionCreate version;
    version.config.preVersionId = jobId;
    const api::ApiResult created = callAndWait(*m_client, api::trainingv1::createVersion(jobId, version));
    QVERIFY2(created.ok(), created.body.constData());
    const qint64 versionId = api::fromBody<api::v1::TrainingJobCreateResult>(created.body).versionId.value_or(0);
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    const int row = model.rowOf(QString::number(jobId));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, TrainingJobV1ListModel::Versions).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(row, 0).data(TrainingJobV1ListModel::VersionIdRole).toLongLong(), versionId);
    QVERIFY(!changed.isEmpty());

    // Stopping that version: the row turns Stopping, then Stopped.
    QTRY_COMPARE_WITH_TIMEOUT(api::fromBody<api::v1::TrainingJobVersion>(
                                  callAndWait(*m_client, api::trainingv1::version(jobId, versionId)).body)
                                  .status.value_or(0),
        8, kWaitMs);
    QVERIFY(callAndWait(*m_client, api::trainingv1::stopVersion(jobId, versionId)).ok());
    const auto phaseOfRow = [&]
    {
        loaded.clear();
        model.refresh();
        if (!loaded.wait(kWaitMs))
            return QString();
        return model.index(model.rowOf(QString::number(jobId)), 0).data(TrainingJobV1ListModel::PhaseRole).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(phaseOfRow(), QStringLiteral("Terminated"), kWaitMs);
    QCOMPARE(model.index(model.rowOf(QString::number(jobId)), TrainingJobV1ListModel::Status).data().toString(),
        QStringLiteral("Stopped"));
    QVERIFY(!model.index(model.rowOf(QString::number(jobId)), 0).data(TrainingJobV1ListModel::CanStopRole).toBool());

    // Deleting the job removes its row.
    QVERIFY(callAndWait(*m_client, api::trainingv1::remove(jobId)).ok());
    loaded.clear();
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowOf(QString::number(jobId)), -1);
    QCOMPARE(model.rowCount(), kJobs - 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(resets.size(), 0); // refreshes never reset
    m_jobs.removeAt(1);
}

QTEST_MAIN(TestTrainingJobV1ListModel)
#include "tst_trainingjobv1listmodel.moc"
