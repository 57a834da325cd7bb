// The legacy v1 training request builders (api/trainingv1requests.h), then the catalog
// and list reads sent to the real local backend and decoded as their v1 types.

#include "api/trainingv1requests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

class TestTrainingV1Requests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void readsAgainstLocalBackend();
};

void TestTrainingV1Requests::builders()
{
    ApiRequest r = trainingv1::resourceSpecs();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/job/resource-specs"));
    QCOMPARE(r.query.front(), std::make_pair(QStringLiteral("job_type"), QStringLiteral("train")));
    r = trainingv1::aiEngines();
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/job/ai-engines"));
    QCOMPARE(r.query.front(), std::make_pair(QStringLiteral("job_type"), QStringLiteral("train")));

    v1::TrainingJobListParams params;
    params.perPage = 20;
    r = trainingv1::list(params);
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/training-jobs"));
    QCOMPARE(r.query.front(), std::make_pair(QStringLiteral("per_page"), QStringLiteral("20")));

    r = trainingv1::updateDescription(12, QStringLiteral("d"));
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/training-jobs/12"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"job_desc":"d"})"));
    QCOMPARE(trainingv1::remove(12).method, QByteArray("DELETE"));
    QCOMPARE(trainingv1::versions(12).path, QStringLiteral("/v1/{project_id}/training-jobs/12/versions"));
    QCOMPARE(trainingv1::version(12, 34).path, QStringLiteral("/v1/{project_id}/training-jobs/12/versions/34"));
    r = trainingv1::stopVersion(12, 34);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/training-jobs/12/versions/34/stop"));
    QCOMPARE(trainingv1::logFileNames(12, 34).path,
        QStringLiteral("/v1/{project_id}/training-jobs/12/versions/34/log/file-names"));
    v1::AomLogParams log;
    log.logFile = QStringLiteral("job-0.log");
    r = trainingv1::aomLog(12, 34, log);
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/training-jobs/12/versions/34/aom-log"));
    QVERIFY(r.query.contains(std::make_pair(QStringLiteral("log_file"), QStringLiteral("job-0.log"))));
}

void TestTrainingV1Requests::readsAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    const auto specs = decodeBody<v1::ResourceSpecList>(ma::test::callAndWait(*client, trainingv1::resourceSpecs()));
    QVERIFY2(specs.ok(), qPrintable(specs.error.displayText()));
    QVERIFY(!specs.value.specs.empty());

    const auto engines = decodeBody<v1::AiEngineList>(ma::test::callAndWait(*client, trainingv1::aiEngines()));
    QVERIFY2(engines.ok(), qPrintable(engines.error.displayText()));
    QVERIFY(!engines.value.engines.empty());

    const auto jobs = decodeBody<v1::TrainingJobList>(ma::test::callAndWait(*client, trainingv1::list()));
    QVERIFY2(jobs.ok(), qPrintable(jobs.error.displayText()));
    QVERIFY(jobs.value.isSuccess);
}

QTEST_GUILESS_MAIN(TestTrainingV1Requests)
#include "tst_trainingv1requests.moc"
