// The pre-submit checks of Create Training Job against a real modelarts-local: quota,
// dedicated pool nodes and queue, OBS paths in the Local store, image and cost.

#include "api/obsmapper.h"
#include "api/poolrequests.h"
#include "api/trainingrequests.h"
#include "api/types/pool.h"
#include "api/types/training.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/presubmitchecks.h"
#include "models/trainingjobdraft.h"
#include "models/trainingjobprechecks.h"
#include "server/localserver.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using Outcome = models::PreSubmitCheck::Outcome;

class TestTrainingJobPrechecks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quotaComesFromTheApi();
    void localPoolHasTheNodes();
    void poolWithoutEnoughNodesBlocks();
    void queuePositionFollowsTheWorkloads();
    void obsPathsInTheLocalStore();
    void codeDirectoryOverTheConsoleLimit();
    void cloudObsIsNotGuessed();
    void costIsNeverInvented();
    void imageOfAPresetEngineAndOfSwr();
    void lateAndRepeatedReportsAreDropped();

private:
    /** Runs the checks of @p draft and waits for all of them. */
    std::unique_ptr<models::PreSubmitChecks> run(const models::TrainingJobDraft &draft, models::Connection *connection,
        const models::TrainingFlavorFacts &facts = {});
    static const models::PreSubmitCheck *find(const models::PreSubmitChecks &checks, const QString &title);
    static models::TrainingJobDraft publicDraft();
    static void writeFile(const QString &path, const QByteArray &content = "x");

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection; // Local: with the OBS store
    QString m_obsRoot;
};

void TestTrainingJobPrechecks::initTestCase()
{
    test::LocalBackend::Options options;
    options.demoData = true;
    m_backend = std::make_unique<test::LocalBackend>(options);
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, u"Local"_s,
        m_backend->server().config().region, m_backend->accessKeyClient().release());
    m_obsRoot = api::ObsMapper(m_backend->dataDir()).root();
    m_connection->setLocalObsRoot(m_obsRoot);
}

std::unique_ptr<models::PreSubmitChecks> TestTrainingJobPrechecks::run(
    const models::TrainingJobDraft &draft, models::Connection *connection, const models::TrainingFlavorFacts &facts)
{
    auto checks = std::make_unique<models::PreSubmitChecks>();
    models::addTrainingJobChecks(*checks, connection, draft, facts);
    QSignalSpy finished(checks.get(), &models::PreSubmitChecks::finished);
    checks->start();
    if (!checks->isFinished())
        finished.wait(15000);
    return checks;
}

const models::PreSubmitCheck *TestTrainingJobPrechecks::find(
    const models::PreSubmitChecks &checks, const QString &title)
{
    for (const models::PreSubmitCheck &check : checks.checks())
    {
        if (check.title == title)
            return &check;
    }
    return nullptr;
}

models::TrainingJobDraft TestTrainingJobPrechecks::publicDraft()
{
    models::TrainingJobDraft draft;
    draft.name = u"precheck"_s;
    draft.bootMode = models::TrainingJobDraft::BootMode::CustomImage;
    draft.image = u"org/train:1"_s;
    draft.bootCommand = u"python train.py"_s;
    draft.resourceType = u"CPU"_s;
    draft.flavorId = u"modelarts.vm.cpu.2u"_s;
    draft.persistentLog = false;
    return draft;
}

void TestTrainingJobPrechecks::writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestTrainingJobPrechecks::quotaComesFromTheApi()
{
    const api::ApiResult answer = test::callAndWait(*m_connection->client(), api::training::quotas());
    QVERIFY(answer.ok());
    const auto quotas = api::fromBody<api::TrainingQuotas>(answer.body);
    QVERIFY(!quotas.quotas.empty());
    const api::TrainingQuota &quota = quotas.quotas.front();

    auto checks = run(publicDraft(), m_connection.get());
    QVERIFY(checks->isFinished());
    const models::PreSubmitCheck *check = find(*checks, u"Training job quota"_s);
    QVERIFY(check);
    QCOMPARE(check->outcome, Outcome::Passed);
    QVERIFY2(check->detail.contains(QString::number(*quota.quota)), qPrintable(check->detail));
    QVERIFY(check->detail.contains(QString::number(*quota.used)));
    // A public-pool job asks nothing of a dedicated pool.
    QVERIFY(!find(*checks, u"Nodes in the pool"_s));
    QVERIFY(!checks->blocks());
}

void TestTrainingJobPrechecks::localPoolHasTheNodes()
{
    models::TrainingJobDraft draft = publicDraft();
    draft.dedicatedPool = true;
    draft.poolId = u"local"_s;
    draft.flavorId = u"modelarts.local.cpu"_s;
    auto checks = run(draft, m_connection.get());
    const models::PreSubmitCheck *nodes = find(*checks, u"Nodes in the pool"_s);
    QVERIFY(nodes);
    QCOMPARE(nodes->outcome, Outcome::Passed);
    QVERIFY2(nodes->detail.contains(u"1 available"_s), qPrintable(nodes->detail));
    QVERIFY(find(*checks, u"Queue"_s));
}

void TestTrainingJobPrechecks::poolWithoutEnoughNodesBlocks()
{
    models::TrainingJobDraft draft = publicDraft();
    draft.dedicatedPool = true;
    draft.poolId = u"local"_s;
    draft.flavorId = u"modelarts.local.cpu"_s;
    draft.nodeCount = 3;
    auto checks = run(draft, m_connection.get());
    const models::PreSubmitCheck *nodes = find(*checks, u"Nodes in the pool"_s);
    QVERIFY(nodes);
    QCOMPARE(nodes->outcome, Outcome::Blocking);
    QVERIFY2(nodes->detail.contains(u"3 are needed"_s), qPrintable(nodes->detail));
    QVERIFY(checks->blocks());

    draft.nodeCount = 1;
    draft.flavorId = u"modelarts.bm.gpu.v100.8"_s; // not a flavor of the local pool
    checks = run(draft, m_connection.get());
    QCOMPARE(find(*checks, u"Nodes in the pool"_s)->outcome, Outcome::Blocking);
    QVERIFY(find(*checks, u"Nodes in the pool"_s)->detail.contains(u"modelarts.bm.gpu.v100.8"_s));
}

void TestTrainingJobPrechecks::queuePositionFollowsTheWorkloads()
{
    // Keep the local node busy, then compare the check with the pool's own workload statistics.
    const QString first = test::createLocalJob(*m_connection->client(), u"busy-1"_s, u"sleep 30"_s);
    const QString second = test::createLocalJob(*m_connection->client(), u"busy-2"_s, u"sleep 30"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_connection->client(), first), u"Running"_s, 15000);

    const api::ApiResult answer
        = test::callAndWait(*m_connection->client(), api::pools::workloadStatistics(u"local"_s));
    QVERIFY(answer.ok());
    const auto stats = api::fromBody<api::WorkloadStatistics>(answer.body);
    qint64 waiting = 0;
    for (const api::WorkloadTypeStatistics &type :
        stats.statistics->items.value_or(std::vector<api::WorkloadTypeStatistics>()))
    {
        if (type.status)
            waiting += type.status->queue.value_or(0) + type.status->pending.value_or(0);
    }

    models::TrainingJobDraft draft = publicDraft();
    draft.dedicatedPool = true;
    draft.poolId = u"local"_s;
    draft.flavorId = u"modelarts.local.cpu"_s;
    auto checks = run(draft, m_connection.get());
    const models::PreSubmitCheck *queue = find(*checks, u"Queue"_s);
    QVERIFY(queue);
    if (waiting == 0)
    {
        QCOMPARE(queue->outcome, Outcome::Passed);
    }
    else
    {
        QCOMPARE(queue->outcome, Outcome::Warning);
        QVERIFY2(queue->detail.contains(u"number %1"_s.arg(waiting + 1)), qPrintable(queue->detail));
    }
    for (const QString &id : { first, second })
        test::callAndWait(*m_connection->client(), api::training::terminate(id));
}

void TestTrainingJobPrechecks::obsPathsInTheLocalStore()
{
    const QString bucket = m_obsRoot + u"/prechecks"_s;
    writeFile(bucket + u"/code/train.py"_s);
    writeFile(bucket + u"/out/old-model.bin"_s);
    writeFile(bucket + u"/logs/old.log"_s);

    models::TrainingJobDraft draft = publicDraft();
    draft.bootMode = models::TrainingJobDraft::BootMode::PresetImage;
    draft.engineName = u"PyTorch"_s;
    draft.engineVersion = u"pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"_s;
    draft.codeDir = u"obs://prechecks/code/"_s;
    draft.bootFile = u"obs://prechecks/code/train.py"_s;
    draft.inputs = { models::DataChannel { .name = u"data_url"_s, .obsPath = u"obs://prechecks/data/"_s } };
    draft.outputs = { models::DataChannel { .name = u"train_url"_s, .obsPath = u"obs://prechecks/out/"_s } };
    draft.persistentLog = true;
    draft.logPath = u"obs://prechecks/logs/"_s;

    auto checks = run(draft, m_connection.get());
    const models::PreSubmitCheck *paths = find(*checks, u"OBS paths"_s);
    QVERIFY(paths);
    QCOMPARE(paths->outcome, Outcome::Blocking);
    QVERIFY2(paths->detail.contains(u"obs://prechecks/data/ does not exist"_s), qPrintable(paths->detail));
    QVERIFY(paths->detail.contains(u"obs://prechecks/logs/ must be an empty folder"_s));
    QVERIFY(paths->detail.contains(u"obs://prechecks/out/ is not empty"_s));
    QVERIFY(!paths->detail.contains(u"code/"_s)); // the code is there

    // Input made, log folder emptied: only the output's warning is left.
    writeFile(bucket + u"/data/part-0"_s);
    QVERIFY(QFile::remove(bucket + u"/logs/old.log"_s));
    checks = run(draft, m_connection.get());
    QCOMPARE(find(*checks, u"OBS paths"_s)->outcome, Outcome::Warning);
    QVERIFY(!checks->blocks());

    QVERIFY(QFile::remove(bucket + u"/out/old-model.bin"_s));
    checks = run(draft, m_connection.get());
    QCOMPARE(find(*checks, u"OBS paths"_s)->outcome, Outcome::Passed);
}

void TestTrainingJobPrechecks::codeDirectoryOverTheConsoleLimit()
{
    const QString code = m_obsRoot + u"/bigcode/src"_s;
    for (int i = 0; i <= 1000; ++i)
        writeFile(code + u"/f%1.py"_s.arg(i));
    models::TrainingJobDraft draft = publicDraft();
    draft.codeDir = u"obs://bigcode/src/"_s;
    auto checks = run(draft, m_connection.get());
    const models::PreSubmitCheck *paths = find(*checks, u"OBS paths"_s);
    QVERIFY(paths);
    QCOMPARE(paths->outcome, Outcome::Blocking);
    QVERIFY2(paths->detail.contains(u"more than 1000 files"_s), qPrintable(paths->detail));
}

void TestTrainingJobPrechecks::cloudObsIsNotGuessed()
{
    models::Connection cloud(models::Connection::Kind::HuaweiCloud, u"Work"_s, m_backend->server().config().region,
        m_backend->accessKeyClient().release());
    models::TrainingJobDraft draft = publicDraft();
    draft.outputs = { models::DataChannel { .name = u"train_url"_s, .obsPath = u"obs://anything/out/"_s } };
    auto checks = run(draft, &cloud);
    const models::PreSubmitCheck *paths = find(*checks, u"OBS paths"_s);
    QVERIFY(paths);
    QCOMPARE(paths->outcome, Outcome::Unknown);
    QVERIFY(paths->detail.contains(u"cannot be listed"_s));
}

void TestTrainingJobPrechecks::costIsNeverInvented()
{
    // The billing code as the flavor list gives it.
    const api::ApiResult answer = test::callAndWait(*m_connection->client(), api::training::flavors());
    QVERIFY(answer.ok());
    const auto flavors = api::fromBody<api::TrainingFlavorList>(answer.body);
    QVERIFY(!flavors.flavors.empty() && flavors.flavors.front().billing);
    const QString code = flavors.flavors.front().billing->code.value_or(QString());
    QVERIFY(!code.isEmpty());

    models::TrainingJobDraft draft = publicDraft();
    draft.nodeCount = 2;
    auto checks = run(draft, m_connection.get(), { code, 1 });
    const models::PreSubmitCheck *cost = find(*checks, u"Cost per hour"_s);
    QVERIFY(cost);
    QCOMPARE(cost->outcome, Outcome::Unknown);
    QVERIFY(cost->detail.startsWith(u"Unknown"_s));
    QVERIFY(cost->detail.contains(code));
    QVERIFY(cost->detail.contains(u"2 unit"_s));
    QVERIFY(!cost->detail.contains(u"¥"_s) && !cost->detail.contains(u"$"_s));

    checks = run(draft, m_connection.get(), {});
    QCOMPARE(find(*checks, u"Cost per hour"_s)->outcome, Outcome::Unknown);
    QVERIFY(find(*checks, u"Cost per hour"_s)->detail.contains(u"no billing code"_s));
}

void TestTrainingJobPrechecks::imageOfAPresetEngineAndOfSwr()
{
    models::TrainingJobDraft draft = publicDraft();
    auto checks = run(draft, m_connection.get());
    QCOMPARE(find(*checks, u"Image"_s)->outcome, Outcome::Unknown);
    QVERIFY(find(*checks, u"Image"_s)->detail.contains(u"org/train:1"_s));

    draft.bootMode = models::TrainingJobDraft::BootMode::PresetImage;
    draft.engineName = u"PyTorch"_s;
    draft.engineVersion = u"pytorch-1.8"_s;
    checks = run(draft, m_connection.get());
    QCOMPARE(find(*checks, u"Image"_s)->outcome, Outcome::Passed);
}

void TestTrainingJobPrechecks::lateAndRepeatedReportsAreDropped()
{
    models::PreSubmitChecks::Report kept;
    auto checks = std::make_unique<models::PreSubmitChecks>();
    checks->add(u"Slow"_s, [&kept](const models::PreSubmitChecks::Report &report) { kept = report; });
    QSignalSpy changed(checks.get(), &models::PreSubmitChecks::checkChanged);
    QSignalSpy finished(checks.get(), &models::PreSubmitChecks::finished);
    checks->start();
    QVERIFY(!checks->isFinished());
    QCOMPARE(checks->checks().front().outcome, Outcome::Running);
    kept(Outcome::Warning, u"first"_s);
    kept(Outcome::Blocking, u"second"_s); // a second answer is ignored
    QCOMPARE(changed.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(checks->checks().front().outcome, Outcome::Warning);
    QCOMPARE(checks->count(Outcome::Warning), 1);

    models::PreSubmitChecks::Report late;
    checks = std::make_unique<models::PreSubmitChecks>();
    checks->add(u"Late"_s, [&late](const models::PreSubmitChecks::Report &report) { late = report; });
    checks->start();
    checks.reset();
    late(Outcome::Passed, QString()); // the dialog is gone: nothing happens
}

QTEST_MAIN(TestTrainingJobPrechecks)
#include "tst_trainingjobprechecks.moc"
