// TrainingEventModel against the real local backend: events arrive oldest first, a refresh
// appends only the new ones (rowsInserted, never a reset), the level filter is applied by
// the service, a missing job is reported, and times read as local time with the offset.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/trainingeventmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace ma;
using models::TrainingEventModel;

namespace
{
constexpr int kWaitMs = 30000;

int serverEventCount(api::ApiClient &client, const QString &id, const QString &level = QString())
{
    api::training::EventQuery query;
    query.limit = 100;
    query.level = level;
    const api::ApiResult r = test::callAndWait(client, api::training::events(id, query));
    return r.ok() ? int(api::fromBody<api::TrainingJobEventList>(r.body).events.size()) : -1;
}
} // namespace

class TestTrainingEventModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerAndEmptyModel();
    void loadsEventsOldestFirst();
    void refreshAppendsWithoutReset();
    void levelFilterAppliedByService();
    void missingJobReportsError();
    void formatTimeShowsOffset();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<TrainingEventModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTrainingEventModel::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestTrainingEventModel::init()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    m_model = std::make_unique<TrainingEventModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setClient(m_client.get());
}

void TestTrainingEventModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_backend.reset();
}

void TestTrainingEventModel::headerAndEmptyModel()
{
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(TrainingEventModel::Level, Qt::Horizontal).toString(), QStringLiteral("Event Type"));
    QCOMPARE(
        m_model->headerData(TrainingEventModel::Message, Qt::Horizontal).toString(), QStringLiteral("Event Message"));
    QCOMPARE(m_model->headerData(TrainingEventModel::Occurred, Qt::Horizontal).toString(), QStringLiteral("Occurred"));
    QCOMPARE(m_model->rowCount(), 0);
    // Without a job, refresh sends nothing.
    QSignalSpy state(m_model.get(), &TrainingEventModel::stateChanged);
    m_model->refresh();
    QCOMPARE(state.size(), 0);
    QVERIFY(!m_model->state().loading);
}

void TestTrainingEventModel::loadsEventsOldestFirst()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("events-order"), QStringLiteral("echo hello"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);

    QSignalSpy loaded(m_model.get(), &TrainingEventModel::loaded);
    m_model->setJobId(id);
    m_model->refresh();
    QVERIFY(m_model->state().loading);
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(!m_model->state().loading);
    QCOMPARE(m_model->rowCount(), serverEventCount(*m_client, id));
    QVERIFY(m_model->rowCount() >= 3);
    QCOMPARE(m_model->index(0, TrainingEventModel::Message).data().toString(), QStringLiteral("Training job created."));
    qint64 previous = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const qint64 time = m_model->index(row, 0).data(TrainingEventModel::TimeRole).toLongLong();
        QVERIFY(time > 0);
        QVERIFY2(time >= previous, qPrintable(QString::number(row)));
        previous = time;
        const QString level = m_model->index(row, TrainingEventModel::Level).data().toString();
        QVERIFY2(level == u"Info" || level == u"Warning" || level == u"Error", qPrintable(level));
        QCOMPARE(m_model->index(row, TrainingEventModel::Occurred).data().toString(),
            TrainingEventModel::formatTime(QDateTime::fromMSecsSinceEpoch(time)));
    }
    QVERIFY(m_model->eventAt(0) != nullptr);
    QVERIFY(m_model->eventAt(m_model->rowCount()) == nullptr);
}

void TestTrainingEventModel::refreshAppendsWithoutReset()
{
    const QString id
        = test::createLocalJob(*m_client, QStringLiteral("events-incremental"), QStringLiteral("sleep 2; echo done"));
    QVERIFY(!id.isEmpty());
    m_model->setJobId(id);
    QSignalSpy loaded(m_model.get(), &TrainingEventModel::loaded);
    m_model->refresh();
    QVERIFY(loaded.wait(kWaitMs));
    const int before = m_model->rowCount();
    QVERIFY(before >= 1);
    QStringList messagesBefore;
    for (int row = 0; row < before; ++row)
        messagesBefore << m_model->index(row, TrainingEventModel::Message).data().toString();

    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Completed"), kWaitMs);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    loaded.clear();
    m_model->refresh();
    m_model->refresh(); // queued behind the first: one more request, nothing duplicated
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QVERIFY(!m_model->state().loading);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QVERIFY(inserted.size() >= 1);
    QCOMPARE(inserted.front().at(1).toInt(), before);
    QCOMPARE(m_model->rowCount(), serverEventCount(*m_client, id));
    QVERIFY(m_model->rowCount() > before);
    for (int row = 0; row < before; ++row)
        QCOMPARE(m_model->index(row, TrainingEventModel::Message).data().toString(), messagesBefore.at(row));

    // Nothing new: no signal that changes rows.
    inserted.clear();
    loaded.clear();
    m_model->refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestTrainingEventModel::levelFilterAppliedByService()
{
    const QString id
        = test::createLocalJob(*m_client, QStringLiteral("events-failing"), QStringLiteral("echo boom; exit 3"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Failed"), kWaitMs);
    const int all = serverEventCount(*m_client, id);
    const int errors = serverEventCount(*m_client, id, QStringLiteral("Error"));
    QVERIFY(errors >= 1);
    QVERIFY(all > errors);

    QSignalSpy loaded(m_model.get(), &TrainingEventModel::loaded);
    m_model->setJobId(id);
    m_model->refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_model->rowCount(), all);

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setLevelFilter(QStringLiteral("Error"));
    QCOMPARE(m_model->levelFilter(), QStringLiteral("Error"));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_model->rowCount(), errors);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, TrainingEventModel::Level).data(TrainingEventModel::LevelRole).toString(),
            QStringLiteral("Error"));

    m_model->setLevelFilter(QString());
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_model->rowCount(), all);
    // The same filter again changes nothing.
    resets.clear();
    m_model->setLevelFilter(QString());
    QCOMPARE(resets.size(), 0);
}

void TestTrainingEventModel::missingJobReportsError()
{
    QSignalSpy errors(m_model.get(), &TrainingEventModel::errorOccurred);
    m_model->setJobId(QStringLiteral("no-such-job"));
    m_model->refresh();
    QVERIFY(errors.wait(kWaitMs));
    const auto error = errors.front().front().value<api::ApiError>();
    QCOMPARE(error.code, QStringLiteral("ModelArts.2775"));
    QCOMPARE(error.message, QStringLiteral("Training job (ID: no-such-job) not found."));
    QVERIFY(m_model->state().hasError());
    QVERIFY(!m_model->state().loading);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTrainingEventModel::formatTimeShowsOffset()
{
    const QDateTime utc(QDate(2024, 1, 29), QTime(1, 52, 20), Qt::UTC);
    QCOMPARE(TrainingEventModel::formatTime(utc), QStringLiteral("2024/01/29 01:52:20 GMT+00:00"));
    QCOMPARE(TrainingEventModel::formatTime(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestTrainingEventModel)
#include "tst_trainingeventmodel.moc"
