// The versions of a v1 training job in modelarts-local, over real HTTP: T1-5 (create a
// version from pre_version_id, the settings it inherits), T1-6 with several versions, the
// list (T1-2: one row per job, its latest version and count), each version's own lifecycle,
// stop and logs, T1-8 (delete one version) and T1-4 (the job with every version), and the
// versions across a restart.

#include "api/trainingv1requests.h"
#include "api/types/trainingv1.h"
#include "localbackend.h"

#include <QStandardPaths>
#include <QTest>

using namespace ma;
using api::Json;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
constexpr double kScale = 200.0;
constexpr int kWaitMs = 20000;

Json parse(const QByteArray &body)
{
    return Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

QString errorCode(const api::ApiResult &result)
{
    const Json body = parse(result.body);
    return body.is_object() && body.contains("error_code")
        ? QString::fromStdString(body["error_code"].get<std::string>())
        : QString();
}
} // namespace

class TestTrainingV1Versions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createVersion();
    void versionLifecycle();
    void deleteVersionAndJob();
    void versionsSurviveRestart();

private:
    template <typename T> T decoded(const api::ApiResult &result) { return api::fromBody<T>(result.body); }
    api::ApiResult send(api::ApiRequest request) { return callAndWait(*m_client, std::move(request)); }
    int statusOf(qint64 jobId, qint64 versionId)
    {
        const api::ApiResult r = send(api::trainingv1::version(jobId, versionId));
        return r.ok() ? decoded<api::v1::TrainingJobVersion>(r).status.value_or(-1) : -1;
    }
    qint64 createJob(const QString &name);
    api::v1::TrainingJobCreateResult newVersion(qint64 jobId, qint64 preVersionId, const QString &lr = QString());

    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestTrainingV1Versions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<LocalBackend>(LocalBackend::Options { kScale, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

qint64 TestTrainingV1Versions::createJob(const QString &name)
{
    // An hour of job time: 18 s here.
    const api::ApiResult r = send(api::trainingv1::create(test::v1Job(name, QStringLiteral("v1 versions"), 3600)));
    if (r.httpStatus != 200)
        qWarning("create %s: %s", qPrintable(name), r.body.constData());
    return r.httpStatus == 200 ? decoded<api::v1::TrainingJobCreateResult>(r).jobId : 0;
}

api::v1::TrainingJobCreateResult TestTrainingV1Versions::newVersion(
    qint64 jobId, qint64 preVersionId, const QString &lr)
{
    api::v1::TrainingJobVersionCreate body;
    body.config.preVersionId = preVersionId;
    if (!lr.isEmpty())
    {
        api::v1::TrainingParameter p;
        p.label = QStringLiteral("learning_rate");
        p.value = api::LooseScalar(lr);
        api::v1::TrainingParameter duration;
        duration.label = QStringLiteral("MA_LOCAL_DURATION_SECONDS");
        duration.value = api::LooseScalar(QStringLiteral("3600"));
        body.config.parameter = std::vector<api::v1::TrainingParameter> { p, duration };
    }
    const api::ApiResult r = send(api::trainingv1::createVersion(jobId, body));
    if (r.httpStatus != 200)
        qWarning("create version: %s", r.body.constData());
    return r.httpStatus == 200 ? decoded<api::v1::TrainingJobCreateResult>(r) : api::v1::TrainingJobCreateResult();
}

void TestTrainingV1Versions::createVersion()
{
    const qint64 jobId = createJob(QStringLiteral("versioned-job"));
    QVERIFY(jobId > 0);
    // A second job whose name contains the first's: its versions are not the first one's.
    const qint64 otherId = createJob(QStringLiteral("versioned-job-2"));
    QVERIFY(otherId > 0);

    const api::v1::TrainingJobCreateResult v2 = newVersion(jobId, jobId, QStringLiteral("0.02"));
    QVERIFY(v2.isSuccess);
    QCOMPARE(v2.jobId, jobId);
    QCOMPARE(v2.jobName.value_or(QString()), QStringLiteral("versioned-job"));
    QCOMPARE(v2.versionName.value_or(QString()), QStringLiteral("V0002"));
    QVERIFY(v2.versionId.value_or(0) > 0);
    QVERIFY(*v2.versionId != jobId);
    QCOMPARE(v2.status.value_or(0), 1); // JOBSTAT_INIT
    QVERIFY(v2.createTime.value_or(0) > 0);
    QVERIFY(!v2.resourceId); // T1-5 answers without resource_id

    // From V0002: V0003 names V0002 as its parent and inherits what it leaves out.
    const api::v1::TrainingJobCreateResult v3 = newVersion(jobId, *v2.versionId);
    QCOMPARE(v3.versionName.value_or(QString()), QStringLiteral("V0003"));

    // Refusals: no pre_version_id, a version of another job, an unknown job.
    api::v1::TrainingJobVersionCreate noParent;
    const api::ApiResult missing = send(api::trainingv1::createVersion(jobId, noParent));
    QCOMPARE(missing.httpStatus, 400);
    QVERIFY(parse(missing.body)["is_success"] == Json(false));
    api::v1::TrainingJobVersionCreate foreign;
    foreign.config.preVersionId = otherId;
    const api::ApiResult wrongParent = send(api::trainingv1::createVersion(jobId, foreign));
    QCOMPARE(wrongParent.httpStatus, 400);
    QCOMPARE(errorCode(wrongParent), QStringLiteral("ModelArts.2775"));
    foreign.config.preVersionId = jobId;
    QCOMPARE(errorCode(send(api::trainingv1::createVersion(999999, foreign))), QStringLiteral("ModelArts.2775"));
    // A version's id is not a job's.
    QCOMPARE(errorCode(send(api::trainingv1::versions(*v2.versionId))), QStringLiteral("ModelArts.2775"));

    // T1-6: newest first, with the inherited and the given settings.
    const auto versions = decoded<api::v1::TrainingJobVersionList>(send(api::trainingv1::versions(jobId)));
    QVERIFY(versions.isSuccess);
    QCOMPARE(versions.versionCount.value_or(0), 3);
    QCOMPARE(versions.versions.size(), std::size_t(3));
    QCOMPARE(versions.versions[0].versionName.value_or(QString()), QStringLiteral("V0003"));
    QCOMPARE(versions.versions[1].versionName.value_or(QString()), QStringLiteral("V0002"));
    QCOMPARE(versions.versions[2].versionName.value_or(QString()), QStringLiteral("V0001"));
    const api::v1::TrainingJobVersion &second = versions.versions[1];
    QCOMPARE(second.preVersionId.value_or(0), jobId);
    QCOMPARE(second.appUrl.value_or(QString()), QStringLiteral("/bucket/code/"));
    QCOMPARE(second.bootFileUrl.value_or(QString()), QStringLiteral("/bucket/code/train.py"));
    QCOMPARE(second.dataUrl.value_or(QString()), QStringLiteral("/bucket/data/"));
    QCOMPARE(second.trainUrl.value_or(QString()), QStringLiteral("/bucket/out/"));
    QCOMPARE(second.specId.value_or(0), qint64(2));
    QCOMPARE(second.engineId.value_or(0), qint64(1));
    QVERIFY(second.parameter && !second.parameter->empty());
    QCOMPARE(second.parameter->front().value->toString(), QStringLiteral("0.02"));
    QCOMPARE(versions.versions[0].preVersionId.value_or(0), *v2.versionId);
    QCOMPARE(versions.versions[0].parameter->front().value->toString(), QStringLiteral("0.02")); // from V0002
    const auto paged = decoded<api::v1::TrainingJobVersionList>(send(api::trainingv1::versions(jobId)));
    QCOMPARE(paged.versions.size(), std::size_t(3));

    // T1-7 of a later version.
    const auto details = decoded<api::v1::TrainingJobVersion>(send(api::trainingv1::version(jobId, *v2.versionId)));
    QCOMPARE(details.jobId.value_or(0), jobId);
    QCOMPARE(details.versionId, *v2.versionId);
    QCOMPARE(details.jobName.value_or(QString()), QStringLiteral("versioned-job"));
    // A version of another job under this job's path.
    QCOMPARE(errorCode(send(api::trainingv1::version(otherId, *v2.versionId))), QStringLiteral("ModelArts.2775"));

    // T1-2: one row per job with its latest version and the count; versions are not jobs.
    api::v1::TrainingJobListParams params;
    params.perPage = 100;
    const auto list = decoded<api::v1::TrainingJobList>(send(api::trainingv1::list(params)));
    QCOMPARE(list.jobTotalCount.value_or(0), 2);
    QCOMPARE(list.jobs.size(), std::size_t(2));
    const auto row
        = std::find_if(list.jobs.cbegin(), list.jobs.cend(), [&](const auto &j) { return j.jobId == jobId; });
    QVERIFY(row != list.jobs.cend());
    QCOMPARE(row->versionCount.value_or(0), qint64(3));
    QCOMPARE(row->versionId.value_or(0), v3.versionId.value_or(-1));
    const auto other
        = std::find_if(list.jobs.cbegin(), list.jobs.cend(), [&](const auto &j) { return j.jobId == otherId; });
    QCOMPARE(other->versionCount.value_or(0), qint64(1));
    // The name stays taken.
    QCOMPARE(errorCode(send(api::trainingv1::create(
                 test::v1Job(QStringLiteral("versioned-job"), QStringLiteral("v1 versions"), 3600)))),
        QStringLiteral("ModelArts.0103"));
}

void TestTrainingV1Versions::versionLifecycle()
{
    const qint64 jobId = createJob(QStringLiteral("lifecycle-job"));
    QVERIFY(jobId > 0);
    const qint64 versionId = newVersion(jobId, jobId, QStringLiteral("0.05")).versionId.value_or(0);
    QVERIFY(versionId > 0);
    // Each version goes through Creating -> Waiting -> Running on its own.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(jobId, versionId), 8, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(jobId, jobId), 8, kWaitMs);

    const auto files = decoded<api::v1::LogFileNames>(send(api::trainingv1::logFileNames(jobId, versionId)));
    QCOMPARE(files.logFileList.size(), std::size_t(1));
    api::v1::AomLogParams params;
    params.logFile = files.logFileList.front();
    params.lines = 50;
    QTRY_VERIFY_WITH_TIMEOUT(!decoded<api::v1::AomLog>(send(api::trainingv1::aomLog(jobId, versionId, params)))
                                  .content.value_or(QString())
                                  .isEmpty(),
        kWaitMs);

    // Stopping the new version leaves the first running.
    const api::ApiResult stop = send(api::trainingv1::stopVersion(jobId, versionId));
    QCOMPARE(stop.httpStatus, 200);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(jobId, versionId), 12, kWaitMs);
    QCOMPARE(statusOf(jobId, jobId), 8);
    api::v1::TrainingJobListParams search;
    search.searchContent = QStringLiteral("lifecycle-job");
    const auto list = decoded<api::v1::TrainingJobList>(send(api::trainingv1::list(search)));
    QCOMPARE(list.jobs.size(), std::size_t(1));
    QCOMPARE(list.jobs.front().status.value_or(0), 12); // the latest version's
    QCOMPARE(send(api::trainingv1::stopVersion(jobId, jobId)).httpStatus, 200);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(jobId, jobId), 12, kWaitMs);
}

void TestTrainingV1Versions::deleteVersionAndJob()
{
    const qint64 jobId = createJob(QStringLiteral("deleted-job"));
    QVERIFY(jobId > 0);
    const qint64 second = newVersion(jobId, jobId).versionId.value_or(0);
    const qint64 third = newVersion(jobId, second).versionId.value_or(0);
    QVERIFY(second > 0 && third > 0);

    // T1-8 of a later version deletes that version only.
    const api::ApiResult del = send(api::trainingv1::removeVersion(jobId, second));
    QCOMPARE(del.httpStatus, 200);
    QVERIFY(parse(del.body)["is_success"] == Json(true));
    QCOMPARE(errorCode(send(api::trainingv1::version(jobId, second))), QStringLiteral("ModelArts.2775"));
    auto versions = decoded<api::v1::TrainingJobVersionList>(send(api::trainingv1::versions(jobId)));
    QCOMPARE(versions.versionCount.value_or(0), 2);
    QCOMPARE(statusOf(jobId, third) > 0, true);

    // T1-4 deletes the job with every version.
    QCOMPARE(send(api::trainingv1::remove(jobId)).httpStatus, 200);
    QCOMPARE(errorCode(send(api::trainingv1::version(jobId, third))), QStringLiteral("ModelArts.2775"));
    QCOMPARE(errorCode(send(api::trainingv1::versions(jobId))), QStringLiteral("ModelArts.2775"));
    api::v1::TrainingJobListParams search;
    search.searchContent = QStringLiteral("deleted-job");
    QCOMPARE(decoded<api::v1::TrainingJobList>(send(api::trainingv1::list(search))).jobs.size(), std::size_t(0));
    // The name is free again.
    const qint64 again = createJob(QStringLiteral("deleted-job"));
    QVERIFY(again > 0);
    QCOMPARE(send(api::trainingv1::remove(again)).httpStatus, 200);
}

void TestTrainingV1Versions::versionsSurviveRestart()
{
    const qint64 jobId = createJob(QStringLiteral("restarted-job"));
    QVERIFY(jobId > 0);
    const qint64 versionId = newVersion(jobId, jobId).versionId.value_or(0);
    QVERIFY(versionId > 0);
    m_client.reset();
    QVERIFY(m_backend->restart());
    m_client = m_backend->accessKeyClient();
    const auto versions = decoded<api::v1::TrainingJobVersionList>(send(api::trainingv1::versions(jobId)));
    QCOMPARE(versions.versionCount.value_or(0), 2);
    api::v1::TrainingJobListParams search;
    search.searchContent = QStringLiteral("restarted-job");
    const auto list = decoded<api::v1::TrainingJobList>(send(api::trainingv1::list(search)));
    QCOMPARE(list.jobs.size(), std::size_t(1));
    QCOMPARE(list.jobs.front().versionCount.value_or(0), qint64(2));
    // The version's lifecycle goes on after the restart.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(jobId, versionId), 8, kWaitMs);
}

QTEST_GUILESS_MAIN(TestTrainingV1Versions)
#include "tst_trainingv1versions.moc"
