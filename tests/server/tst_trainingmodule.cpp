// The training module of modelarts-local over real HTTP: v2 T2-1..T2-14, the v1 API of
// seed 003, lifecycles at a high time scale, the queue of the one-node "local" pool, real
// local jobs (exit 0, exit 1, terminate, metrics), persistence across a restart, demo data
// and the speed of the search with 20k jobs.

#include "api/authenticators.h"
#include "api/trainingrequests.h"
#include "api/types/training.h"
#include "api/types/trainingv1.h"
#include "localbackend.h"
#include "server/trainingengine.h"
#include "specexamples.h"

#include <algorithm>
#include <limits>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;
using namespace Qt::StringLiterals;
using api::Json;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
constexpr double kScale = 200.0;
constexpr int kWaitMs = 20000;

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

Json parse(const QByteArray &body)
{
    return Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

QString str(const Json &j, const char *pointer)
{
    const Json::json_pointer p(pointer);
    if (!j.contains(p) || !j.at(p).is_string())
        return QString();
    return QString::fromStdString(j.at(p).get<std::string>());
}

/** A job on the public pool whose simulated run lasts @p seconds of job time. */
Json simulatedJob(const QString &name, int seconds, const QString &command = QStringLiteral("python train.py"))
{
    return { { "kind", "job" }, { "metadata", { { "name", name.toStdString() }, { "description", "test job" } } },
        { "algorithm",
            { { "engine", { { "image_url", "swr.local/team/trainer:1.0" } } }, { "command", command.toStdString() },
                { "environments", { { "MA_LOCAL_DURATION_SECONDS", std::to_string(seconds) } } } } },
        { "spec", { { "resource", { { "flavor_id", "modelarts.vm.cpu.2u" }, { "node_count", 1 } } } } } };
}

/** A job that runs @p command for real on this computer. */
Json localJob(const QString &name, const QString &command, int priority = 1)
{
    return { { "kind", "job" }, { "metadata", { { "name", name.toStdString() } } },
        { "algorithm", { { "command", command.toStdString() } } },
        { "spec",
            { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } },
                { "schedule_policy", { { "priority", priority } } } } } };
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) != "Z";
}

/** A Running dedicated pool with one Available node, stored as the pool module stores pools. */
void storePool(server::Store &store, const QString &name, const QString &flavor)
{
    const Json pool = { { "apiVersion", "v2" }, { "kind", "Pool" },
        { "metadata", { { "name", name.toStdString() }, { "labels", { { "os.modelarts/name", "test-pool" } } } } },
        { "spec",
            { { "type", "Dedicate" }, { "scope", Json::array({ "Train" }) },
                { "resources", Json::array({ { { "flavor", flavor.toStdString() }, { "count", 1 } } }) } } },
        { "status", { { "phase", "Running" } } } };
    server::ResourceIndex pix;
    pix.name = name;
    pix.status = QStringLiteral("Running");
    pix.createdMs = QDateTime::currentMSecsSinceEpoch();
    store.put(QStringLiteral("pool"), name, pool, pix);
    const QString node = name + QStringLiteral("-node-0");
    const Json nodeDoc = { { "apiVersion", "v1" }, { "kind", "Node" },
        { "metadata",
            { { "name", node.toStdString() },
                { "labels", { { "os.modelarts/resource.pool", name.toStdString() } } } } },
        { "status", { { "phase", "Available" } } } };
    server::ResourceIndex nix;
    nix.name = node;
    nix.status = QStringLiteral("Available");
    nix.parent = name;
    nix.createdMs = pix.createdMs;
    store.put(QStringLiteral("node"), node, nodeDoc, nix);
}
} // namespace

class TestTrainingModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createAndShow();
    void createValidation();
    void publishedCreateExamples();
    void lifecycleCompletesWithEvents();
    void simulatedFailure();
    void searchFiltersSortAndPaging();
    /** Each filter key the list sends (id, create_time, pool_id, algorithm_name, kind, user_id) narrows the result. */
    void searchFilterKeysNarrow_data();
    void searchFilterKeysNarrow();
    /** An unknown key, an unknown operator or between on another key than create_time: 400 with a ModelArts body. */
    void searchFilterRefusals_data();
    void searchFilterRefusals();
    void descriptionDeleteAndTerminateRules();
    void terminateSimulatedJob();
    void eventsFilters();
    void flavorsEnginesQuotas();
    void logUrlServesTheLog();
    void sealedEventsAndLogsReadTheSame();
    void localJobSucceeds();
    void localJobFails();
    void localBootFileWithChannels();
    void channelAccessMethodDecidesHowTheJobReadsIt();
    void unknownAccessMethodIsRefused();
    void sfsCodeDirRunsFromTheFolder();
    void channelLocalDirIsCopiedInAndOut();
    void terminateLocalJob();
    void localBusyJobHasCpuMetrics();
    void queueOnTheLocalPool();
    void priorityChangeWhilePending();
    void jobTags();
    void localPoolIsSimulatedWhenExecutionIsOff();
    void v1Api();
    void persistenceAcrossRestart();
    void demoData();
    void searchPerformance();
    void restartKeepsOrderAndSearchResults();
    void rowsOfEarlierVersionsStillLoad();

private:
    /** The ids (in order) and count of the searches a list page makes, for comparing across restarts. */
    QList<QPair<int, QStringList>> searchSnapshot();
    api::ApiResult call(const QByteArray &method, const QString &path, const Json &body = Json(),
        const QList<std::pair<QString, QString>> &query = {});
    api::ApiResult callRaw(const QByteArray &method, const QString &path, const QByteArray &body);
    /** Creates a v2 job; returns its id, or an empty string (with a test failure) when refused. */
    QString create(const Json &body);
    Json show(const QString &id);
    QString phase(const QString &id);
    bool waitPhase(const QString &id, const QString &wanted, int timeoutMs = kWaitMs);
    Json events(const QString &id, const QList<std::pair<QString, QString>> &query = {});
    QStringList eventMessages(const QString &id);

    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

api::ApiResult TestTrainingModule::call(
    const QByteArray &method, const QString &path, const Json &body, const QList<std::pair<QString, QString>> &query)
{
    api::ApiRequest r;
    r.method = method;
    r.path = path;
    r.query = query;
    if (!body.is_null())
        r.body = dump(body);
    return callAndWait(*m_client, r);
}

api::ApiResult TestTrainingModule::callRaw(const QByteArray &method, const QString &path, const QByteArray &body)
{
    api::ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    return callAndWait(*m_client, r);
}

QString TestTrainingModule::create(const Json &body)
{
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), body);
    if (r.httpStatus != 201)
    {
        qWarning("create refused: %d %s", r.httpStatus, r.body.constData());
        return QString();
    }
    return str(parse(r.body), "/metadata/id");
}

Json TestTrainingModule::show(const QString &id)
{
    return parse(call("GET", QStringLiteral("/v2/{project_id}/training-jobs/") + id).body);
}

QString TestTrainingModule::phase(const QString &id)
{
    return str(show(id), "/status/phase");
}

bool TestTrainingModule::waitPhase(const QString &id, const QString &wanted, int timeoutMs)
{
    QString last;
    const bool ok = QTest::qWaitFor(
        [&]
        {
            last = phase(id);
            return last == wanted;
        },
        timeoutMs);
    if (!ok)
        qWarning("job %s: phase %s, waited for %s", qPrintable(id), qPrintable(last), qPrintable(wanted));
    return ok;
}

Json TestTrainingModule::events(const QString &id, const QList<std::pair<QString, QString>> &query)
{
    return parse(call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/events").arg(id), Json(), query).body);
}

QStringList TestTrainingModule::eventMessages(const QString &id)
{
    QStringList out;
    const Json list = events(id, { { QStringLiteral("limit"), QStringLiteral("100") } });
    for (const Json &e : list.value("events", Json::array()))
        out << QString::fromStdString(e.value("message", std::string()));
    return out;
}

void TestTrainingModule::initTestCase()
{
    m_backend = std::make_unique<LocalBackend>(LocalBackend::Options { kScale, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestTrainingModule::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

// ---------------------------------------------------------------------------------------

void TestTrainingModule::createAndShow()
{
    const api::ApiResult r = call(
        "POST", QStringLiteral("/v2/{project_id}/training-jobs"), simulatedJob(QStringLiteral("create-show"), 600));
    QCOMPARE(r.httpStatus, 201);
    const auto job = api::fromBody<api::TrainingJob>(r.body);
    QCOMPARE(job.kind, QStringLiteral("job"));
    QCOMPARE(job.status.phase, QStringLiteral("Creating"));
    QCOMPARE(job.status.secondaryPhase.value_or(QString()), QStringLiteral("Creating"));
    QVERIFY(job.metadata.id && job.metadata.id->size() == 36);
    QVERIFY(job.metadata.createTime.value_or(0) > 0);
    QCOMPARE(job.metadata.workspaceId.value_or(QString()), QStringLiteral("0"));
    QCOMPARE(job.status.tasks.value_or(std::vector<QString>()), std::vector<QString> { QStringLiteral("worker-0") });
    QVERIFY(job.spec && job.spec->resource && job.spec->resource->flavorDetail);
    QCOMPARE(job.spec->resource->flavorDetail->flavorType.value_or(QString()), QStringLiteral("CPU"));
    QCOMPARE(job.spec->resource->policy.value_or(QString()), QStringLiteral("regular"));
    QVERIFY(!parse(r.body).contains("_local"));

    const api::ApiResult got = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/") + *job.metadata.id);
    QCOMPARE(got.httpStatus, 200);
    const auto shown = api::fromBody<api::TrainingJob>(got.body);
    QCOMPARE(shown.metadata.name, QStringLiteral("create-show"));
    QVERIFY(waitPhase(*job.metadata.id, QStringLiteral("Running")));
    QVERIFY(show(*job.metadata.id)["status"]["start_time"].get<qint64>() > 0);

    const api::ApiResult tasks
        = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks").arg(*job.metadata.id));
    QCOMPARE(tasks.httpStatus, 200);
    const auto list = api::fromBody<api::TrainingTaskList>(tasks.body);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].task, QStringLiteral("worker-0"));
    QVERIFY(!list[0].ip.value_or(QString()).isEmpty());
}

void TestTrainingModule::createValidation()
{
    const QString path = QStringLiteral("/v2/{project_id}/training-jobs");
    const auto expect = [&](const Json &body, int status, const QString &code)
    {
        const api::ApiResult r = call("POST", path, body);
        if (r.httpStatus != status || r.error.code != code)
            qWarning("got %d %s", r.httpStatus, r.body.constData());
        return r.httpStatus == status && r.error.code == code;
    };
    const QString badArg = QStringLiteral("ModelArts.0101");

    Json j = simulatedJob(QString(), 60);
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QString(65, u'a'), 60);
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("bad name!"), 60);
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("valid-kind"), 60);
    j["kind"] = "notebook";
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("zero-nodes"), 60);
    j["spec"]["resource"]["node_count"] = 0;
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("too-many-nodes"), 60);
    j["spec"]["resource"]["node_count"] = 5; // modelarts.vm.cpu.2u: max 4
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("bad-flavor"), 60);
    j["spec"]["resource"]["flavor_id"] = "modelarts.vm.cpu.999u";
    QVERIFY(expect(j, 400, QStringLiteral("ModelArts.2781")));
    j = simulatedJob(QStringLiteral("no-flavor"), 60);
    j["spec"]["resource"].erase("flavor_id");
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("no-pool"), 60);
    j["spec"]["resource"]["pool_id"] = "pool-does-not-exist";
    QVERIFY(expect(j, 404, QStringLiteral("ModelArts.2890")));
    j = localJob(QStringLiteral("pool-flavor"), QStringLiteral("true"));
    j["spec"]["resource"]["flavor_id"] = "modelarts.vm.gpu.t4";
    QVERIFY(expect(j, 400, QStringLiteral("ModelArts.2763")));
    j = simulatedJob(QStringLiteral("bad-algorithm"), 60);
    j["algorithm"] = { { "id", "not-an-algorithm" } };
    const api::ApiResult algo = call("POST", path, j);
    QCOMPARE(algo.httpStatus, 400);
    QCOMPARE(algo.error.code, QStringLiteral("ModelArts.2755"));
    QCOMPARE(algo.error.message, QStringLiteral("algorithm not found."));
    QVERIFY(!algo.error.solution.isEmpty());
    j = simulatedJob(QStringLiteral("no-algorithm"), 60);
    j.erase("algorithm");
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("image-without-command"), 60);
    j["algorithm"].erase("command");
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("dollar-env"), 60);
    j["algorithm"]["environments"]["$HOME"] = "x";
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("bad-priority"), 60);
    j["spec"]["schedule_policy"] = { { "priority", 5 } };
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("long-description"), 60);
    j["metadata"]["description"] = std::string(257, 'd');
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("bad-auto-stop"), 60);
    j["spec"]["auto_stop"] = { { "time_unit", "MINUTES" }, { "duration", 1 } };
    QVERIFY(expect(j, 400, badArg));
    j = simulatedJob(QStringLiteral("wrong-type"), 60);
    j["spec"]["resource"]["node_count"] = "many";
    QVERIFY(expect(j, 400, badArg)); // DecodeError names the field

    // Malformed JSON and non-objects are 400s, never a crash.
    for (const QByteArray &raw :
        { QByteArray("{\"kind\": \"job\", "), QByteArray("[1,2]"), QByteArray("null"), QByteArray("") })
    {
        const api::ApiResult r = callRaw("POST", path, raw);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.error.code, badArg);
    }

    // Duplicate names.
    QVERIFY(!create(simulatedJob(QStringLiteral("unique-name"), 60)).isEmpty());
    QVERIFY(expect(simulatedJob(QStringLiteral("unique-name"), 60), 400, QStringLiteral("ModelArts.2751")));

    // Unknown ids.
    const api::ApiResult missing = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/0000-nope"));
    QCOMPARE(missing.httpStatus, 400);
    QCOMPARE(missing.error.code, QStringLiteral("ModelArts.2775"));
    QCOMPARE(missing.error.message, QStringLiteral("Training job (ID: 0000-nope) not found."));
    QVERIFY(missing.error.isNotFound());
}

void TestTrainingModule::publishedCreateExamples()
{
    const QList<test::SpecExample> examples = test::loadSpecExamples();
    if (examples.isEmpty())
        QSKIP("api_examples.md is not available");
    const test::SpecExample ex1 = test::specExample(examples, QStringLiteral("EX001"));
    const test::SpecExample ex2 = test::specExample(examples, QStringLiteral("EX002"));
    QVERIFY(ex1.validJson && ex2.validJson);

    // EX001: preset algorithm id, public free flavor.
    const api::ApiResult r1 = callRaw("POST", QStringLiteral("/v2/{project_id}/training-jobs"), ex1.body);
    QCOMPARE(r1.httpStatus, 201);
    const auto job1 = api::fromBody<api::TrainingJob>(r1.body);
    QCOMPARE(job1.status.phase, QStringLiteral("Creating"));
    QCOMPARE(job1.spec->resource->flavorId.value_or(QString()), QStringLiteral("modelarts.p3.large.public.free"));
    QCOMPARE(
        job1.spec->resource->flavorDetail->billing->code.value_or(QString()), QStringLiteral("modelarts.vm.gpu.free"));
    QCOMPARE(job1.algorithm->id.value_or(QString()), QStringLiteral("3f5d6706-7b67-408d-8ba0-ec08048c45ed"));

    // EX002 names the dedicated pool poolfaf38d76: the documented error without it...
    const api::ApiResult missing = callRaw("POST", QStringLiteral("/v2/{project_id}/training-jobs"), ex2.body);
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.error.code, QStringLiteral("ModelArts.2890"));
    QCOMPARE(missing.error.message, QStringLiteral("Pool (poolfaf38d76) does not exist"));
    // ... and accepted once the pool exists (a GPU pool; the visual flavor is a share of its nodes).
    storePool(m_backend->server().store(), QStringLiteral("poolfaf38d76"), QStringLiteral("modelarts.vm.gpu.t4.4"));
    const api::ApiResult r2 = callRaw("POST", QStringLiteral("/v2/{project_id}/training-jobs"), ex2.body);
    QCOMPARE(r2.httpStatus, 201);
    const auto job2 = api::fromBody<api::TrainingJob>(r2.body);
    QCOMPARE(job2.spec->resource->poolId.value_or(QString()), QStringLiteral("poolfaf38d76"));
    QCOMPARE(job2.algorithm->command.value_or(QString()), QStringLiteral("cd /home/ma-user/ddp_demo && sh run_ddp.sh"));
    QVERIFY(job2.spec->volumes && job2.spec->volumes->size() == 1);

    // The GPU pool job runs (simulated) on the pool's node and reports GPU metrics.
    QVERIFY(waitPhase(*job2.metadata.id, QStringLiteral("Running")));
    const Json running = show(*job2.metadata.id);
    QCOMPARE(str(running, "/metadata/annotations/os.modelarts.local~1nodes"), QStringLiteral("poolfaf38d76-node-0"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            const auto m = api::fromBody<api::TrainingMetrics>(
                call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(*job2.metadata.id))
                    .body);
            const api::TrainingMetricSeries *gpu = api::findMetric(m, QStringLiteral("gpuUtil"));
            return gpu && std::any_of(gpu->value.begin(), gpu->value.end(), [](double v) { return v > 0; });
        }(),
        kWaitMs);
    QCOMPARE(call("POST", QStringLiteral("/v2/{project_id}/training-jobs/%1/actions").arg(*job2.metadata.id),
                 api::encode(api::terminateAction()))
                 .httpStatus,
        202);
    QVERIFY(waitPhase(*job2.metadata.id, QStringLiteral("Terminated")));
}

void TestTrainingModule::lifecycleCompletesWithEvents()
{
    const QString id = create(simulatedJob(QStringLiteral("lifecycle"), 150));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));

    const auto job = api::fromJson<api::TrainingJob>(show(id));
    QCOMPARE(job.status.secondaryPhase.value_or(QString()), QStringLiteral("Completed"));
    QVERIFY(job.status.startTime.value_or(0) >= job.metadata.createTime.value_or(0));
    // 150 s of job time at x200: the duration is wall-clock time, consistent with start_time.
    QCOMPARE(job.status.duration.value_or(0), qint64(150000 / kScale));
    QVERIFY(job.status.taskStatuses && job.status.taskStatuses->size() == 1);
    QCOMPARE(job.status.taskStatuses->front().exitCode.value_or(-1), 0);
    QVERIFY(job.status.runningRecords && job.status.runningRecords->front().endAt.value_or(0) > 0);
    QVERIFY(job.status.nodeCountMetrics && job.status.nodeCountMetrics->size() == 2);
    QVERIFY(!show(id)["metadata"].contains("annotations")); // no nodes held, no queue position

    const QStringList messages = eventMessages(id);
    for (const QString &m : { QStringLiteral("Training job created."), QStringLiteral("The training job is queuing."),
             QStringLiteral("Training job is running."), QStringLiteral("[worker-0] training started."),
             QStringLiteral("[worker-0] Training finished. Exit code 0."), QStringLiteral("Training job completed.") })
        QVERIFY2(messages.contains(m), qPrintable(m));
    // Newest first by default.
    QCOMPARE(messages.first(), QStringLiteral("Training job completed."));
    const auto list = api::fromJson<api::TrainingJobEventList>(events(id));
    for (const api::TrainingJobEvent &e : list.events)
    {
        QVERIFY(QStringList({ QStringLiteral("Info"), QStringLiteral("Warning"), QStringLiteral("Error") })
                    .contains(e.level.value_or(QString())));
        QVERIFY(QStringList({ QStringLiteral("Job"), QStringLiteral("Task"), QStringLiteral("K8S") })
                    .contains(e.source.value_or(QString())));
        QVERIFY(api::apiDateTime(*e.time).isValid());
    }

    // Simulated log and metrics: a few lines per minute, CPU flavor = no GPU data.
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body);
    QVERIFY(preview.content.contains(QStringLiteral("loss")));
    QVERIFY(preview.content.contains(QStringLiteral("exit with 0")));
    QCOMPARE(preview.currentSize.value_or(0), preview.fullSize.value_or(-1));
    const auto metrics = api::fromBody<api::TrainingMetrics>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(id)).body);
    QCOMPARE(metrics.metrics.size(), std::size_t(6));
    const api::TrainingMetricSeries *cpu = api::findMetric(metrics, QStringLiteral("cpuUsage"));
    QVERIFY(cpu && cpu->value.size() == 1); // one minute of wall-clock time
    QVERIFY(cpu->value[0] > 0 && cpu->value[0] <= 100);
    const api::TrainingMetricSeries *gpu = api::findMetric(metrics, QStringLiteral("gpuUtil"));
    QVERIFY(gpu && std::all_of(gpu->value.begin(), gpu->value.end(), api::isMetricNoData));
    const api::ApiResult badTask
        = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-7").arg(id));
    QCOMPARE(badTask.httpStatus, 400);
}

void TestTrainingModule::simulatedFailure()
{
    const QString id
        = create(simulatedJob(QStringLiteral("simulated-failure"), 120, QStringLiteral("python train.py; exit 3")));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Failed")));
    const auto job = api::fromJson<api::TrainingJob>(show(id));
    QCOMPARE(job.status.taskStatuses->front().exitCode.value_or(0), 3);
    const auto errors = api::fromJson<api::TrainingJobEventList>(
        events(id, { { QStringLiteral("level"), QStringLiteral("Error") } }));
    QVERIFY(errors.events.size() >= 2);
    QStringList messages;
    for (const auto &e : errors.events)
        messages << e.message.value_or(QString());
    QVERIFY(messages.contains(QStringLiteral("Training job failed.")));
    QVERIFY(messages.contains(QStringLiteral("[worker-0] Training finished. Exit code 3.")));
}

void TestTrainingModule::searchFiltersSortAndPaging()
{
    QStringList ids;
    for (const QString &name : { QStringLiteral("srch-delta"), QStringLiteral("srch-alpha"),
             QStringLiteral("srch-echo"), QStringLiteral("srch-charlie"), QStringLiteral("srch-bravo") })
    {
        ids << create(simulatedJob(name, 3600));
        QVERIFY(!ids.last().isEmpty());
        QTest::qWait(5); // distinct creation times
    }
    const QString path = QStringLiteral("/v2/{project_id}/training-job-searches");
    const Json nameFilter
        = Json::array({ { { "key", "name" }, { "operator", "like" }, { "value", Json::array({ "srch-" }) } } });

    // Newest first by default; offset is a page number.
    QStringList seen;
    for (int page = 0; page < 3; ++page)
    {
        const api::ApiResult r = call("POST", path, { { "offset", page }, { "limit", 2 }, { "filters", nameFilter } });
        QCOMPARE(r.httpStatus, 200);
        const auto result = api::fromBody<api::TrainingJobSearchResult>(r.body);
        QCOMPARE(result.count.value_or(0), 5);
        QVERIFY(result.total.value_or(0) >= 5);
        QCOMPARE(result.offset.value_or(-1), page);
        QCOMPARE(result.limit.value_or(0), 2);
        QCOMPARE(int(result.items.size()), page < 2 ? 2 : 1);
        for (const auto &item : result.items)
            seen << *item.metadata.id;
    }
    QStringList newestFirst = ids;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);

    // Sort by name, ascending.
    const auto byName = api::fromBody<api::TrainingJobSearchResult>(call("POST", path,
        { { "limit", 10 }, { "sort_by", "name" }, { "order", "asc" },
            { "filters", nameFilter } }).body);
    QStringList names;
    for (const auto &item : byName.items)
        names << item.metadata.name;
    QCOMPARE(names,
        QStringList({ QStringLiteral("srch-alpha"), QStringLiteral("srch-bravo"), QStringLiteral("srch-charlie"),
            QStringLiteral("srch-delta"), QStringLiteral("srch-echo") }));

    // Phase in / not, create_time between.
    Json phaseFilter = nameFilter;
    phaseFilter.push_back({ { "key", "phase" }, { "operator", "in" }, { "value", Json::array({ "Completed" }) } });
    QCOMPARE(api::fromBody<api::TrainingJobSearchResult>(call("POST", path, { { "filters", phaseFilter } }).body)
                 .count.value_or(-1),
        0);
    phaseFilter[1]["operator"] = "not";
    QCOMPARE(api::fromBody<api::TrainingJobSearchResult>(call("POST", path, { { "filters", phaseFilter } }).body)
                 .count.value_or(-1),
        5);
    const qint64 firstCreated = show(ids.first())["metadata"]["create_time"].get<qint64>();
    const qint64 thirdCreated = show(ids.at(2))["metadata"]["create_time"].get<qint64>();
    Json timeFilter = nameFilter;
    timeFilter.push_back({ { "key", "create_time" }, { "operator", "between" },
        { "value", Json::array({ std::to_string(firstCreated), std::to_string(thirdCreated) }) } });
    QCOMPARE(api::fromBody<api::TrainingJobSearchResult>(call("POST", path, { { "filters", timeFilter } }).body)
                 .count.value_or(-1),
        3);

    // The published request (EX005) is accepted as it is, and an empty body lists everything.
    const test::SpecExample ex5 = test::specExample(test::loadSpecExamples(), QStringLiteral("EX005"));
    if (ex5.validJson)
    {
        const api::ApiResult r = callRaw("POST", path, ex5.body);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(api::fromBody<api::TrainingJobSearchResult>(r.body).limit.value_or(0), 1);
    }
    QCOMPARE(callRaw("POST", path, QByteArray()).httpStatus, 200);

    // Errors.
    QCOMPARE(call("POST", path, { { "limit", 51 } }).httpStatus, 400);
    QCOMPARE(call("POST", path, { { "limit", 0 } }).httpStatus, 400);
    QCOMPARE(call("POST", path, { { "offset", -1 } }).httpStatus, 400);
    QCOMPARE(call("POST", path, { { "sort_by", "flavor" } }).httpStatus, 400);
    QCOMPARE(call("POST", path, { { "order", "sideways" } }).httpStatus, 400);
    QCOMPARE(call("POST", path,
                 { { "filters",
                     Json::array({ { { "key", "color" }, { "operator", "in" }, { "value", Json::array() } } }) } })
                 .httpStatus,
        400);
    QCOMPARE(callRaw("POST", path, "{\"limit\":").httpStatus, 400);
}

void TestTrainingModule::searchFilterKeysNarrow_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value"); // "$ID" and "$CREATED" name the job made here
    QTest::addColumn<bool>("keepsTheJob"); // the job made here is in the answer
    QTest::addColumn<bool>("keepsOthers"); // the other jobs are in it too

    QTest::newRow("id in") << u"id"_s << u"in"_s << u"$ID"_s << true << false;
    QTest::newRow("id in (another)") << u"id"_s << u"in"_s << u"no-such-id"_s << false << false;
    QTest::newRow("create_time between") << u"create_time"_s << u"between"_s << u"$CREATED"_s << true << false;
    QTest::newRow("pool_id in") << u"pool_id"_s << u"in"_s << u"poolfilter1"_s << true << false;
    QTest::newRow("pool_id not") << u"pool_id"_s << u"not"_s << u"poolfilter1"_s << false << true;
    QTest::newRow("algorithm_name like") << u"algorithm_name"_s << u"like"_s << u"FILTER-ALGO"_s << true << false;
    QTest::newRow("kind in visualization_job") << u"kind"_s << u"in"_s << u"visualization_job"_s << true << false;
    QTest::newRow("kind in job") << u"kind"_s << u"in"_s << u"job"_s << false << true;
    QTest::newRow("user_id in (local user)") << u"user_id"_s << u"in"_s << u"local-user"_s << true << true;
    QTest::newRow("user_id in (another user)") << u"user_id"_s << u"in"_s << u"someone-else"_s << false << false;
    QTest::newRow("runtime_type in debug") << u"runtime_type"_s << u"in"_s << u"debug"_s << false << false;
}

void TestTrainingModule::searchFilterKeysNarrow()
{
    QFETCH(QString, key);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, keepsTheJob);
    QFETCH(bool, keepsOthers);

    // Two plain jobs, then one that differs in every filtered field: a dedicated pool, an
    // algorithm name, the visualization kind; all with the same name prefix.
    static int row = 0; // a name prefix of each row's own
    const QString prefix = u"keyfilter%1-"_s.arg(++row);
    const QStringList others
        = { create(simulatedJob(prefix + u"-a"_s, 3600)), create(simulatedJob(prefix + u"-b"_s, 3600)) };
    QVERIFY(!others.contains(QString()));
    storePool(m_backend->server().store(), u"poolfilter1"_s, u"modelarts.vm.gpu.t4.4"_s);
    QTest::qWait(5); // a creation time of its own
    Json special = simulatedJob(prefix + u"-special"_s, 3600);
    special["kind"] = "visualization_job";
    special["algorithm"]["name"] = "my-filter-algo-v2";
    special["spec"]["resource"]["pool_id"] = "poolfilter1";
    special["spec"]["resource"]["flavor_id"] = "modelarts.vm.gpu.t4.4";
    const QString id = create(special);
    QVERIFY(!id.isEmpty());
    const qint64 created = show(id)["metadata"]["create_time"].get<qint64>();

    Json values = Json::array();
    if (value == u"$ID")
        values.push_back(id.toStdString());
    else if (value == u"$CREATED")
        values = Json::array({ std::to_string(created), "" }); // an open upper end
    else
        values.push_back(value.toStdString());
    const Json filters
        = Json::array({ { { "key", "name" }, { "operator", "like" }, { "value", { prefix.toStdString() } } },
            { { "key", key.toStdString() }, { "operator", op.toStdString() }, { "value", values } } });
    const api::ApiResult r
        = call("POST", u"/v2/{project_id}/training-job-searches"_s, { { "limit", 50 }, { "filters", filters } });
    QCOMPARE(r.httpStatus, 200);
    const auto result = api::fromBody<api::TrainingJobSearchResult>(r.body);
    QStringList found;
    for (const auto &item : result.items)
        found << item.metadata.id.value_or(QString());
    QStringList expected;
    if (keepsOthers)
        expected << others;
    if (keepsTheJob)
        expected << id;
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QCOMPARE(result.count.value_or(-1), int(expected.size()));
}

void TestTrainingModule::searchFilterRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("message"); // part of error_msg

    QTest::newRow("unknown key") << u"colour"_s << u"in"_s << u"key colour is not supported"_s;
    QTest::newRow("unknown operator") << u"name"_s << u"equals"_s << u"operator must be"_s;
    QTest::newRow("between on pool_id") << u"pool_id"_s << u"between"_s << u"between is only for create_time"_s;
    QTest::newRow("create_time like") << u"create_time"_s << u"like"_s << u"create_time takes the operator between"_s;
}

void TestTrainingModule::searchFilterRefusals()
{
    QFETCH(QString, key);
    QFETCH(QString, op);
    QFETCH(QString, message);
    const Json filters = Json::array(
        { { { "key", key.toStdString() }, { "operator", op.toStdString() }, { "value", Json::array({ "x" }) } } });
    const api::ApiResult r = call("POST", u"/v2/{project_id}/training-job-searches"_s, { { "filters", filters } });
    QCOMPARE(r.httpStatus, 400);
    const Json body = Json::parse(r.body.toStdString());
    QCOMPARE(str(body, "/error_code"), u"ModelArts.0101"_s);
    QVERIFY2(str(body, "/error_msg").contains(message), qPrintable(str(body, "/error_msg")));
}

void TestTrainingModule::descriptionDeleteAndTerminateRules()
{
    const QString id = create(simulatedJob(QStringLiteral("describe-me"), 60));
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/training-jobs/") + id;

    const api::ApiResult put = call("PUT", path, { { "description", "new words" } });
    QCOMPARE(put.httpStatus, 200);
    QCOMPARE(put.body.trimmed(), QByteArray("null"));
    QCOMPARE(str(show(id), "/metadata/description"), QStringLiteral("new words"));
    QCOMPARE(call("PUT", path, { { "description", std::string(257, 'x') } }).httpStatus, 400);

    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const api::ApiResult terminate
        = call("POST", path + QStringLiteral("/actions"), { { "action_type", "terminate" } });
    QCOMPARE(terminate.httpStatus, 400);
    QVERIFY(terminate.error.message.contains(QStringLiteral("Completed")));
    QCOMPARE(call("POST", path + QStringLiteral("/actions"), { { "action_type", "pause" } }).httpStatus, 400);

    const api::ApiResult del = call("DELETE", path);
    QCOMPARE(del.httpStatus, 202);
    QCOMPARE(call("GET", path).error.code, QStringLiteral("ModelArts.2775"));
    QCOMPARE(call("DELETE", path).error.code, QStringLiteral("ModelArts.2775"));
    QCOMPARE(call("POST", path + QStringLiteral("/actions"), { { "action_type", "terminate" } }).error.code,
        QStringLiteral("ModelArts.2775"));
    // The name is free again.
    QVERIFY(!create(simulatedJob(QStringLiteral("describe-me"), 60)).isEmpty());
}

void TestTrainingModule::terminateSimulatedJob()
{
    const QString id = create(simulatedJob(QStringLiteral("terminate-me"), 36000));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Running")));
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs/%1/actions").arg(id),
        api::encode(api::terminateAction()));
    QCOMPARE(r.httpStatus, 202);
    const auto job = api::fromBody<api::TrainingJob>(r.body);
    QCOMPARE(job.status.phase, QStringLiteral("Terminating"));
    QCOMPARE(job.status.secondaryPhase.value_or(QString()), QStringLiteral("Terminating"));
    QVERIFY(waitPhase(id, QStringLiteral("Terminated")));
    const QStringList messages = eventMessages(id);
    QVERIFY(std::any_of(
        messages.begin(), messages.end(), [](const QString &m) { return m.contains(QStringLiteral("TerminateJob")); }));
    QVERIFY(messages.contains(QStringLiteral("Training job terminated.")));

    // Terminate before it runs: straight to Terminated, never started.
    const QString early = create(simulatedJob(QStringLiteral("terminate-early"), 36000));
    QCOMPARE(call("POST", QStringLiteral("/v2/{project_id}/training-jobs/%1/actions").arg(early),
                 { { "action_type", "terminate" } })
                 .httpStatus,
        202);
    QVERIFY(waitPhase(early, QStringLiteral("Terminated")));
    QCOMPARE(show(early)["status"]["start_time"].get<qint64>(), 0);
}

void TestTrainingModule::eventsFilters()
{
    const QString id = create(simulatedJob(QStringLiteral("events-filters"), 60));
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const auto all = api::fromJson<api::TrainingJobEventList>(events(id));
    const int total = all.total.value_or(0);
    QVERIFY(total >= 7);
    QCOMPARE(all.limit.value_or(0), 50);

    const auto page = api::fromJson<api::TrainingJobEventList>(events(
        id, { { QStringLiteral("limit"), QStringLiteral("2") }, { QStringLiteral("offset"), QStringLiteral("1") } }));
    QCOMPARE(page.events.size(), std::size_t(2));
    QCOMPARE(page.total.value_or(0), total);
    QCOMPARE(page.events[0].message, all.events[1].message);

    const auto asc
        = api::fromJson<api::TrainingJobEventList>(events(id, { { QStringLiteral("order"), QStringLiteral("asc") } }));
    QCOMPARE(asc.events.front().message.value_or(QString()), QStringLiteral("Training job created."));
    const auto tasks = api::fromJson<api::TrainingJobEventList>(
        events(id, { { QStringLiteral("source"), QStringLiteral("Task") } }));
    QVERIFY(!tasks.events.empty());
    for (const auto &e : tasks.events)
        QCOMPARE(e.source.value_or(QString()), QStringLiteral("Task"));
    const auto pattern = api::fromJson<api::TrainingJobEventList>(
        events(id, { { QStringLiteral("pattern"), QStringLiteral("RUNNING") } }));
    QCOMPARE(pattern.total.value_or(0), 1);
    QCOMPARE(
        api::fromJson<api::TrainingJobEventList>(events(id, { { QStringLiteral("level"), QStringLiteral("Error") } }))
            .total.value_or(-1),
        0);

    const qint64 created = show(id)["metadata"]["create_time"].get<qint64>();
    const auto window = api::fromJson<api::TrainingJobEventList>(events(id,
        { { QStringLiteral("start_time"), QString::number(created) },
            { QStringLiteral("end_time"), QString::number(created) } }));
    QVERIFY(window.total.value_or(0) >= 1);
    QVERIFY(window.startTime && api::apiDateTime(*window.startTime).isValid());

    const QString path = QStringLiteral("/v2/{project_id}/training-jobs/%1/events").arg(id);
    QCOMPARE(call("GET", path, Json(), { { QStringLiteral("start_time"), QString::number(created) } }).httpStatus, 400);
    QCOMPARE(call("GET", path, Json(), { { QStringLiteral("limit"), QStringLiteral("0") } }).httpStatus, 400);
    QCOMPARE(call("GET", path, Json(), { { QStringLiteral("limit"), QStringLiteral("101") } }).httpStatus, 400);
    QCOMPARE(call("GET", path, Json(), { { QStringLiteral("level"), QStringLiteral("Debug") } }).httpStatus, 400);
}

void TestTrainingModule::flavorsEnginesQuotas()
{
    const api::ApiResult all = call("GET", QStringLiteral("/v2/{project_id}/training-job-flavors"));
    QCOMPARE(all.httpStatus, 200);
    const auto flavors = api::fromBody<api::TrainingFlavorList>(all.body);
    QCOMPARE(flavors.totalCount.value_or(0), int(flavors.flavors.size()));
    QVERIFY(flavors.flavors.size() >= 5);
    const auto gpu = api::fromBody<api::TrainingFlavorList>(call("GET",
        QStringLiteral("/v2/{project_id}/training-job-flavors"), Json(),
        { { QStringLiteral("flavor_type"),
            QStringLiteral("GPU") } }).body);
    QVERIFY(!gpu.flavors.empty());
    for (const auto &f : gpu.flavors)
    {
        QCOMPARE(f.flavorType.value_or(QString()), QStringLiteral("GPU"));
        QVERIFY(f.flavorInfo->gpu && f.flavorInfo->gpu->unitNum.value_or(0) > 0);
    }
    const auto cpu = api::fromBody<api::TrainingFlavorList>(call("GET",
        QStringLiteral("/v2/{project_id}/training-job-flavors"), Json(),
        { { QStringLiteral("flavor_type"),
            QStringLiteral("CPU") } }).body);
    for (const auto &f : cpu.flavors)
        QVERIFY(!f.flavorInfo->gpu && f.flavorInfo->cpu->coreNum.value_or(0) > 0);
    QCOMPARE(call("GET", QStringLiteral("/v2/{project_id}/training-job-flavors"), Json(),
                 { { QStringLiteral("flavor_type"), QStringLiteral("TPU") } })
                 .httpStatus,
        400);

    const auto engines = api::fromBody<api::TrainingEngineList>(
        call("GET", QStringLiteral("/v2/{project_id}/training-job-engines")).body);
    QCOMPARE(engines.total.value_or(0), int(engines.items.size()));
    QStringList names;
    for (const auto &e : engines.items)
    {
        names << e.engineName.value_or(QString());
        QVERIFY(e.imageInfo && !e.imageInfo->cpuImageUrl.value_or(QString()).isEmpty());
    }
    for (const QString &n : { QStringLiteral("PyTorch"), QStringLiteral("TensorFlow"), QStringLiteral("MindSpore") })
        QVERIFY(names.contains(n));

    const auto quotas
        = api::fromBody<api::TrainingQuotas>(call("GET", QStringLiteral("/v2/{project_id}/training-quotas")).body);
    QCOMPARE(quotas.quotas.size(), std::size_t(1));
    QCOMPARE(quotas.quotas[0].resource, QStringLiteral("job-num"));
    QVERIFY(quotas.quotas[0].quota.value_or(0) > 0);
    QVERIFY(quotas.quotas[0].used.value_or(-1) >= 0);
}

void TestTrainingModule::logUrlServesTheLog()
{
    const QString id = create(simulatedJob(QStringLiteral("log-url"), 60));
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const api::ApiResult r
        = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/url").arg(id));
    QCOMPARE(r.httpStatus, 200);
    const auto link = api::fromBody<api::TrainingLogUrl>(r.body);
    const QUrl url(link.obsUrl);
    QCOMPARE(url.port(), m_backend->url().port());
    const api::ApiResult text = call("GET", url.path());
    QCOMPARE(text.httpStatus, 200);
    QVERIFY(text.header("Content-Type").startsWith("text/plain"));
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body);
    QCOMPARE(QString::fromUtf8(text.body), preview.content);

    const api::ApiResult download
        = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/url").arg(id), Json(),
            { { QStringLiteral("Content-Type"), QStringLiteral("application/octet-stream") } });
    const QUrl downloadUrl(api::fromBody<api::TrainingLogUrl>(download.body).obsUrl);
    api::ApiRequest get;
    get.path = downloadUrl.path();
    get.query = { { QStringLiteral("Content-Type"), QStringLiteral("application/octet-stream") } };
    const api::ApiResult file = callAndWait(*m_client, get);
    QCOMPARE(file.httpStatus, 200);
    QVERIFY(file.header("Content-Disposition").contains("attachment"));
    QCOMPARE(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-3/logs/preview").arg(id)).httpStatus,
        400);
}

void TestTrainingModule::sealedEventsAndLogsReadTheSame()
{
    // A running job's events and log, read over HTTP, then its rows sealed under it: every read
    // answers the same. A local job that printed its lines and sleeps writes nothing while this
    // runs. Its end adds rows after the seal and seals again, merging them.
    const QString id = create(localJob(QStringLiteral("sealed-reads"),
        QStringLiteral("echo first; sleep 0.2; echo second; sleep 0.2; echo ready; exec sleep 60")));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Running")));
    const QString logPath = QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/download").arg(id);
    const QString previewPath = QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id);
    QVERIFY(QTest::qWaitFor([&] { return call("GET", logPath).body.contains("ready\n"); }, kWaitMs));
    const auto read = [&]
    {
        return QList<QByteArray> { dump(events(id, { { QStringLiteral("limit"), QStringLiteral("100") } })),
            dump(events(id,
                { { QStringLiteral("order"), QStringLiteral("asc") }, { QStringLiteral("limit"), QStringLiteral("2") },
                    { QStringLiteral("offset"), QStringLiteral("1") } })),
            dump(events(id, { { QStringLiteral("source"), QStringLiteral("Job") } })), call("GET", logPath).body,
            call("GET", previewPath).body };
    };
    const QString dbPath = QDir(m_backend->dataDir()).filePath(QStringLiteral("modelarts-local.sqlite"));
    const auto rows = [&](const char *table)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek-sealed"));
            db.setDatabaseName(dbPath);
            if (db.open())
            {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE owner = ?").arg(QLatin1String(table)));
                q.addBindValue(id);
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek-sealed"));
        return n;
    };

    const QList<QByteArray> before = read();
    QVERIFY(rows("events") >= 3);
    QVERIFY(rows("logs") >= 2);
    m_backend->server().store().seal(server::kTrainingJobKind, id);
    QCOMPARE(rows("events"), 0);
    QCOMPARE(rows("event_archive"), 1);
    QCOMPARE(rows("logs"), 1);
    const QList<QByteArray> after = read();
    QCOMPARE(phase(id), QStringLiteral("Running"));
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i), before.at(i));

    // Terminated: events written after the seal, then sealed again with the earlier ones.
    QCOMPARE(call("POST", QStringLiteral("/v2/{project_id}/training-jobs/%1/actions").arg(id),
                 api::encode(api::terminateAction()))
                 .httpStatus,
        202);
    QVERIFY(waitPhase(id, QStringLiteral("Terminated")));
    QCOMPARE(rows("events"), 0);
    QCOMPARE(rows("event_archive"), 1);
    QVERIFY(call("GET", logPath).body.startsWith(before.at(3)));
    const QStringList messages = eventMessages(id); // newest first
    const Json earlier = parse(before.at(0)).at("events");
    QVERIFY(messages.size() > static_cast<qsizetype>(earlier.size()));
    const qsizetype added = messages.size() - static_cast<qsizetype>(earlier.size());
    for (std::size_t i = 0; i < earlier.size(); ++i)
    {
        QCOMPARE(messages.at(added + static_cast<qsizetype>(i)),
            QString::fromStdString(earlier.at(i).value("message", std::string())));
    }
    QCOMPARE(messages.front(), QStringLiteral("Training job terminated."));
}

void TestTrainingModule::localJobSucceeds()
{
    const QString id = create(
        localJob(QStringLiteral("local-ok"), QStringLiteral("echo hello-from-local; echo \"dir=$MA_JOB_DIR\"")));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body);
    QVERIFY2(preview.content.contains(QStringLiteral("hello-from-local")), qPrintable(preview.content));
    const QString dir = QDir(m_backend->dataDir()).filePath(QStringLiteral("training-jobs/") + id);
    QVERIFY2(preview.content.contains(QStringLiteral("dir=") + dir), qPrintable(preview.content));
    QVERIFY(QFileInfo(dir).isDir());
    const auto job = api::fromJson<api::TrainingJob>(show(id));
    QCOMPARE(job.status.taskStatuses->front().exitCode.value_or(-1), 0);
    QCOMPARE(job.spec->resource->poolId.value_or(QString()), QStringLiteral("local"));
    const auto tasks = api::fromBody<api::TrainingTaskList>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks").arg(id)).body);
    QCOMPARE(tasks.at(0).ip.value_or(QString()), QStringLiteral("127.0.0.1"));
}

void TestTrainingModule::localJobFails()
{
    const QString id = create(localJob(QStringLiteral("local-fail"), QStringLiteral("echo about-to-fail; exit 1")));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Failed")));
    const auto job = api::fromJson<api::TrainingJob>(show(id));
    QCOMPARE(job.status.taskStatuses->front().exitCode.value_or(0), 1);
    const auto errors = api::fromJson<api::TrainingJobEventList>(
        events(id, { { QStringLiteral("level"), QStringLiteral("Error") } }));
    QStringList messages;
    for (const auto &e : errors.events)
        messages << e.message.value_or(QString());
    QVERIFY2(messages.contains(QStringLiteral("[worker-0] Training finished. Exit code 1.")),
        qPrintable(messages.join(u'|')));
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body);
    QVERIFY(preview.content.contains(QStringLiteral("about-to-fail")));
}

void TestTrainingModule::localBootFileWithChannels()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    // The code lives in "OBS" (a folder of the data dir); parameters and channels become arguments.
    const QString codeDir = QDir(m_backend->dataDir()).filePath(QStringLiteral("obs/code-bucket/mnist"));
    QVERIFY(QDir().mkpath(codeDir));
    QFile script(codeDir + QStringLiteral("/train.py"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("import os, sys\n"
                 "args = dict(a[2:].split('=', 1) for a in sys.argv[1:])\n"
                 "print('args:', ' '.join(sys.argv[1:]))\n"
                 "open(os.path.join(args['train_url'], 'model.txt'), 'w').write('epochs=' + args['epochs'])\n"
                 "print('env data_url:', os.environ.get('data_url'))\n");
    script.close();
    const Json body = { { "kind", "job" }, { "metadata", { { "name", "local-boot-file" } } },
        { "algorithm",
            { { "code_dir", "obs://code-bucket/mnist/" }, { "boot_file", "train.py" },
                { "parameters", Json::array({ { { "name", "epochs" }, { "value", "3" } } }) },
                { "inputs",
                    Json::array({ { { "name", "data_url" },
                        { "remote", { { "obs", { { "obs_url", "obs://data-bucket/mnist/" } } } } } } }) },
                { "outputs",
                    Json::array({ { { "name", "train_url" },
                        { "remote", { { "obs", { { "obs_url", "obs://out-bucket/run1/" } } } } } } }) } } },
        { "spec", { { "resource", { { "pool_id", "local" } } } } } };
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), body);
    QCOMPARE(r.httpStatus, 201);
    const auto created = api::fromBody<api::TrainingJob>(r.body);
    const QString outDir = QDir(m_backend->dataDir()).filePath(QStringLiteral("obs/out-bucket/run1"));
    QCOMPARE(created.algorithm->outputs->front().localDir.value_or(QString()), outDir);
    const QString id = *created.metadata.id;
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body);
    QVERIFY2(preview.content.contains(QStringLiteral("--epochs=3")), qPrintable(preview.content));
    QVERIFY2(preview.content.contains(QStringLiteral("env data_url: ")
                 + QDir(m_backend->dataDir()).filePath(QStringLiteral("obs/data-bucket/mnist"))),
        qPrintable(preview.content));
    QFile model(outDir + QStringLiteral("/model.txt"));
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(model.readAll(), QByteArray("epochs=3"));
}

// Code Source = SFS: code_dir "file://<folder>" (the v2 JobAlgorithm). The local backend
// stands in for the SFS mount with this computer's file system.
void TestTrainingModule::sfsCodeDirRunsFromTheFolder()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir sfs;
    QVERIFY(sfs.isValid());
    QFile script(sfs.filePath(QStringLiteral("train.py")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("print('hello from the sfs folder')\n");
    script.close();
    const auto body = [](const QString &codeDir, const QString &bootFile)
    {
        return Json { { "kind", "job" }, { "metadata", { { "name", "local-sfs-code" } } },
            { "algorithm", { { "code_dir", codeDir.toStdString() }, { "boot_file", bootFile.toStdString() } } },
            { "spec", { { "resource", { { "pool_id", "local" } } } } } };
    };
    api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"),
        body(QStringLiteral("file://relative/code/"), QStringLiteral("train.py")));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.body.contains("a file:// code directory must be an absolute path"), r.body.constData());
    r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"),
        body(QStringLiteral("file://") + sfs.path() + QStringLiteral("/missing/"), QStringLiteral("train.py")));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.body.contains("does not exist on this computer"), r.body.constData());

    r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"),
        body(QStringLiteral("file://") + sfs.path() + u'/', sfs.filePath(QStringLiteral("train.py"))));
    QCOMPARE(r.httpStatus, 201);
    const auto created = api::fromBody<api::TrainingJob>(r.body);
    QCOMPARE(created.algorithm->codeDir.value_or(QString()), QStringLiteral("file://") + sfs.path() + u'/');
    const QString id = *created.metadata.id;
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body);
    QVERIFY2(preview.content.contains(QStringLiteral("hello from the sfs folder")), qPrintable(preview.content));
}

// local_dir of a channel (the v2 Input/Output): the input is copied there before the boot
// command, the output uploaded from there after it (re-rooted in the job's folder here).
void TestTrainingModule::channelLocalDirIsCopiedInAndOut()
{
    const QString dataDir = QDir(m_backend->dataDir()).filePath(QStringLiteral("obs/data-bucket/localdir"));
    QVERIFY(QDir().mkpath(dataDir));
    QFile in(dataDir + QStringLiteral("/in.txt"));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("copied-in");
    in.close();
    const auto channel = [](const char *name, const char *url, const char *localDir)
    {
        return Json { { "name", name }, { "access_method", "env" }, { "local_dir", localDir },
            { "remote", { { "obs", { { "obs_url", url } } } } } };
    };
    const Json body = { { "kind", "job" }, { "metadata", { { "name", "local-dir-copies" } } },
        { "algorithm",
            { { "command",
                  "pwd; test \"$data_url\" != \"" + dataDir.toStdString()
                      + "\" && cat \"$data_url/in.txt\" > \"$train_url/out.txt\" && echo wrote" },
                { "inputs",
                    Json::array({ channel(
                        "data_url", "obs://data-bucket/localdir/", "/home/ma-user/modelarts/inputs/data") }) },
                { "outputs",
                    Json::array({ channel(
                        "train_url", "obs://out-bucket/localdir/", "/home/ma-user/modelarts/outputs/model") }) } } },
        { "spec", { { "resource", { { "pool_id", "local" } } } } } };
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), body);
    QCOMPARE(r.httpStatus, 201);
    const auto created = api::fromBody<api::TrainingJob>(r.body);
    const QString id = *created.metadata.id;
    const QString inputCopy = created.algorithm->inputs->front().localDir.value_or(QString());
    QVERIFY2(
        inputCopy.endsWith(QStringLiteral("/container/home/ma-user/modelarts/inputs/data")), qPrintable(inputCopy));
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    QFile copiedIn(inputCopy + QStringLiteral("/in.txt"));
    QVERIFY(copiedIn.open(QIODevice::ReadOnly));
    QCOMPARE(copiedIn.readAll(), QByteArray("copied-in"));
    QFile uploaded(QDir(m_backend->dataDir()).filePath(QStringLiteral("obs/out-bucket/localdir/out.txt")));
    QVERIFY(uploaded.open(QIODevice::ReadOnly));
    QCOMPARE(uploaded.readAll(), QByteArray("copied-in"));

    // A local_dir that climbs out of the job's folder is refused.
    Json bad = body;
    bad["metadata"]["name"] = "local-dir-escape";
    bad["algorithm"]["inputs"][0]["local_dir"] = "/home/../../../etc";
    const api::ApiResult refused = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), bad);
    QCOMPARE(refused.httpStatus, 400);
}

// "Obtained from": access_method "parameter" gives the channel as an argument only, "env" as an
// environment variable only (the v2 API's algorithm.inputs[].access_method).
void TestTrainingModule::channelAccessMethodDecidesHowTheJobReadsIt()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString codeDir = QDir(m_backend->dataDir()).filePath(QStringLiteral("obs/code-bucket/access"));
    QVERIFY(QDir().mkpath(codeDir));
    QFile script(codeDir + QStringLiteral("/train.py"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("import os, sys\n"
                 "print('argv:', ' '.join(a.split('=')[0] for a in sys.argv[1:]))\n"
                 "print('env data_url:', 'data_url' in os.environ)\n"
                 "print('env train_url:', 'train_url' in os.environ)\n");
    script.close();
    const auto channel = [](const char *name, const char *url, const char *method)
    {
        return Json { { "name", name }, { "access_method", method },
            { "remote", { { "obs", { { "obs_url", url } } } } } };
    };
    const Json body = { { "kind", "job" }, { "metadata", { { "name", "local-access-method" } } },
        { "algorithm",
            { { "code_dir", "obs://code-bucket/access/" }, { "boot_file", "train.py" },
                { "inputs", Json::array({ channel("data_url", "obs://data-bucket/access/", "env") }) },
                { "outputs", Json::array({ channel("train_url", "obs://out-bucket/access/", "parameter") }) } } },
        { "spec", { { "resource", { { "pool_id", "local" } } } } } };
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), body);
    QCOMPARE(r.httpStatus, 201);
    const auto created = api::fromBody<api::TrainingJob>(r.body);
    QCOMPARE(created.algorithm->inputs->front().accessMethod.value_or(QString()), QStringLiteral("env"));
    QCOMPARE(created.algorithm->outputs->front().accessMethod.value_or(QString()), QStringLiteral("parameter"));
    const QString id = *created.metadata.id;
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const QString log = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(id)).body)
                            .content;
    QVERIFY2(log.contains(QStringLiteral("argv: --train_url\n")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("env data_url: True")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("env train_url: False")), qPrintable(log));
}

void TestTrainingModule::unknownAccessMethodIsRefused()
{
    Json body = localJob(QStringLiteral("bad-access"), QStringLiteral("true"));
    body["algorithm"]["inputs"] = Json::array({ { { "name", "data_url" }, { "access_method", "mount" },
        { "remote", { { "obs", { { "obs_url", "obs://data-bucket/x/" } } } } } } });
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), body);
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.body.contains("access_method must be parameter or env"), r.body.constData());
}

void TestTrainingModule::terminateLocalJob()
{
    const QString id = create(localJob(QStringLiteral("local-sleep"),
        QStringLiteral("echo $$ > \"$MA_JOB_DIR/shell.pid\"; sleep 60 & echo $! > "
                       "\"$MA_JOB_DIR/sleep.pid\"; wait")));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Running")));
    const QString dir = QDir(m_backend->dataDir()).filePath(QStringLiteral("training-jobs/") + id);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dir + QStringLiteral("/sleep.pid")).size() > 0, kWaitMs);
    const auto readPid = [&](const QString &file)
    {
        QFile f(dir + u'/' + file);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    };
    const qint64 shellPid = readPid(QStringLiteral("shell.pid"));
    const qint64 sleepPid = readPid(QStringLiteral("sleep.pid"));
    QVERIFY(processAlive(sleepPid));

    QElapsedTimer clock;
    clock.start();
    const api::ApiResult r = call("POST", QStringLiteral("/v2/{project_id}/training-jobs/%1/actions").arg(id),
        api::encode(api::terminateAction()));
    QCOMPARE(r.httpStatus, 202);
    QCOMPARE(api::fromBody<api::TrainingJob>(r.body).status.phase, QStringLiteral("Terminating"));
    QVERIFY(waitPhase(id, QStringLiteral("Terminated"), 10000));
    qInfo("terminated in %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(shellPid) && !processAlive(sleepPid), 5000);
    QVERIFY(!show(id)["metadata"].contains("annotations"));
}

void TestTrainingModule::localBusyJobHasCpuMetrics()
{
    const QString id = create(localJob(QStringLiteral("local-busy"),
        QStringLiteral("end=$(( $(date +%s) + 3 )); while [ $(date +%s) -lt $end ]; do :; "
                       "done; echo busy-done")));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    const api::ApiResult r = call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(id),
        Json(), { { QStringLiteral("step"), QStringLiteral("1") } });
    QCOMPARE(r.httpStatus, 200);
    const auto metrics = api::fromBody<api::TrainingMetrics>(r.body);
    const api::TrainingMetricSeries *cpu = api::findMetric(metrics, QStringLiteral("cpuUsage"));
    const api::TrainingMetricSeries *mem = api::findMetric(metrics, QStringLiteral("memUsage"));
    QVERIFY(cpu && mem);
    QVERIFY2(cpu->value.size() >= 3, qPrintable(QString::number(cpu->value.size())));
    QVERIFY(std::any_of(cpu->value.begin(), cpu->value.end(), [](double v) { return v > 0; }));
    QVERIFY(std::any_of(mem->value.begin(), mem->value.end(), [](double v) { return v >= 0; }));
    // Default: one value per minute.
    const auto perMinute = api::fromBody<api::TrainingMetrics>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(id)).body);
    QCOMPARE(api::findMetric(perMinute, QStringLiteral("cpuUsage"))->value.size(), std::size_t(1));
    QCOMPARE(call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(id), Json(),
                 { { QStringLiteral("step"), QStringLiteral("0") } })
                 .httpStatus,
        400);
}

void TestTrainingModule::queueOnTheLocalPool()
{
    // The built-in pool has one node: the second and third jobs wait, priority first.
    const QString first = create(localJob(QStringLiteral("queue-first"), QStringLiteral("sleep 2; echo first-done")));
    QVERIFY(!first.isEmpty());
    QVERIFY(waitPhase(first, QStringLiteral("Running")));
    const QString second = create(localJob(QStringLiteral("queue-second"), QStringLiteral("echo second-done"), 1));
    const QString third = create(localJob(QStringLiteral("queue-third"), QStringLiteral("echo third-done"), 3));
    QVERIFY(!second.isEmpty() && !third.isEmpty());

    const auto queueOf = [&](const QString &id)
    {
        const Json j = show(id);
        return std::make_pair(
            str(j, "/status/secondary_phase"), str(j, "/metadata/annotations/os.modelarts.local~1queue-position"));
    };
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(third), std::make_pair(QStringLiteral("Queuing"), QStringLiteral("1")), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(second), std::make_pair(QStringLiteral("Queuing"), QStringLiteral("2")), kWaitMs);
    QCOMPARE(phase(first), QStringLiteral("Running"));
    QVERIFY(!str(show(first), "/metadata/annotations/os.modelarts.local~1nodes").isEmpty());
    QCOMPARE(phase(second), QStringLiteral("Pending"));

    QVERIFY(waitPhase(third, QStringLiteral("Completed")));
    QVERIFY(waitPhase(second, QStringLiteral("Completed")));
    const auto start = [&](const QString &id)
    {
        return show(id)["status"]["start_time"].get<qint64>();
    };
    const auto end = [&](const QString &id)
    {
        const Json j = show(id);
        return j["status"]["start_time"].get<qint64>() + j["status"]["duration"].get<qint64>();
    };
    QVERIFY(start(third) >= end(first));
    QVERIFY(start(second) >= start(third));
    QVERIFY(!show(second)["metadata"].contains("annotations"));
}

void TestTrainingModule::priorityChangeWhilePending()
{
    // One node: "low" waits behind "busy"; raising it to 3 lets it pass "mid" (2).
    const QString busy = create(localJob(QStringLiteral("prio-busy"), QStringLiteral("sleep 2; echo busy-done")));
    QVERIFY(!busy.isEmpty());
    QVERIFY(waitPhase(busy, QStringLiteral("Running")));
    const QString low = create(localJob(QStringLiteral("prio-low"), QStringLiteral("echo low-done"), 1));
    const QString mid = create(localJob(QStringLiteral("prio-mid"), QStringLiteral("echo mid-done"), 2));
    QVERIFY(!low.isEmpty() && !mid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(phase(low), QStringLiteral("Pending"), kWaitMs);

    const QString lowPath = QStringLiteral("/v2/{project_id}/training-jobs/") + low;
    QCOMPARE(call("PUT", lowPath, { { "priority", 4 } }).httpStatus, 400);
    QCOMPARE(call("PUT", lowPath, Json::object()).httpStatus, 400);
    const api::ApiResult raised = callAndWait(*m_client, api::training::updatePriority(low, 3));
    QCOMPARE(raised.httpStatus, 200);
    QCOMPARE(show(low)["spec"]["schedule_policy"]["priority"].get<int>(), 3);

    const api::ApiResult running = callAndWait(*m_client, api::training::updatePriority(busy, 2));
    QCOMPARE(running.httpStatus, 400);
    QVERIFY2(running.error.message.contains(QStringLiteral("Pending")), qPrintable(running.error.message));

    QVERIFY(waitPhase(low, QStringLiteral("Completed")));
    QVERIFY(waitPhase(mid, QStringLiteral("Completed")));
    QVERIFY(show(low)["status"]["start_time"].get<qint64>() <= show(mid)["status"]["start_time"].get<qint64>());
}

void TestTrainingModule::jobTags()
{
    const QString id = create(simulatedJob(QStringLiteral("tagged"), 60));
    QVERIFY(!id.isEmpty());
    const auto tagsOf = [&]
    {
        return Json::parse(callAndWait(*m_client, api::training::showTags(id)).body.toStdString())["tags"];
    };
    QVERIFY(tagsOf() == Json::array());
    const api::ApiResult added = callAndWait(*m_client,
        api::training::createTags(id,
            { { QStringLiteral("team"), QStringLiteral("cv") }, { QStringLiteral("stage"), QStringLiteral("dev") } }));
    QCOMPARE(added.httpStatus, 204);
    // An existing key takes the new value.
    QCOMPARE(
        callAndWait(*m_client, api::training::createTags(id, { { QStringLiteral("stage"), QStringLiteral("prod") } }))
            .httpStatus,
        204);
    QVERIFY2(tagsOf() == Json::parse(R"([{"key":"team","value":"cv"},{"key":"stage","value":"prod"}])"),
        tagsOf().dump().c_str());
    QCOMPARE(
        callAndWait(*m_client, api::training::createTags(id, { { QStringLiteral("_sys_x"), QStringLiteral("1") } }))
            .httpStatus,
        400);
    std::vector<api::TmsTag> many;
    for (int i = 0; i < 19; ++i)
        many.push_back({ QStringLiteral("k%1").arg(i), QString(), {} });
    QCOMPARE(callAndWait(*m_client, api::training::createTags(id, many)).httpStatus, 400); // 2 + 19 > 20
    QCOMPARE(tagsOf().size(), size_t(2));
    QCOMPARE(callAndWait(*m_client, api::training::showTags(QStringLiteral("no-such-job"))).error.code,
        QStringLiteral("ModelArts.2775"));

    // DeleteTrainJobTags: by key; a key the job does not have is ignored; a malformed body is a 400.
    QCOMPARE(callAndWait(*m_client, api::training::deleteTags(id, { QStringLiteral("team"), QStringLiteral("nope") }))
                 .httpStatus,
        204);
    QVERIFY2(tagsOf() == Json::parse(R"([{"key":"stage","value":"prod"}])"), tagsOf().dump().c_str());
    api::ApiRequest malformed = api::training::deleteTags(id, {});
    malformed.body = QByteArrayLiteral(R"({"tags":[{"value":"x"}]})");
    const api::ApiResult refused = callAndWait(*m_client, malformed);
    QCOMPARE(refused.httpStatus, 400);
    QVERIFY(!refused.error.code.isEmpty());
    QCOMPARE(tagsOf().size(), size_t(1));
}

void TestTrainingModule::localPoolIsSimulatedWhenExecutionIsOff()
{
    QTemporaryDir dir;
    server::ServerConfig config;
    config.dataDir = dir.path();
    config.timeScale = kScale;
    config.demoData = false;
    config.executeLocalJobs = false;
    server::LocalServer srv(config);
    QString error;
    QVERIFY2(srv.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    auto client = std::make_unique<api::ApiClient>(api::Endpoints { srv.url(), srv.url() });
    client->setAuthenticator(
        new api::AccessKeyAuthenticator({ srv.config().accessKey, srv.config().secretKey, {} }, srv.config().region));
    std::swap(m_client, client);
    auto restore = qScopeGuard([&] { std::swap(m_client, client); });

    const QString marker = dir.filePath(QStringLiteral("marker"));
    Json ok = localJob(QStringLiteral("not-executed"), QStringLiteral("touch ") + marker);
    ok["algorithm"]["environments"] = { { "MA_LOCAL_DURATION_SECONDS", "60" } };
    Json failing = localJob(QStringLiteral("simulated-exit"), QStringLiteral("exit 1"));
    failing["algorithm"]["environments"] = { { "MA_LOCAL_DURATION_SECONDS", "60" } };
    const QString okId = create(ok);
    QVERIFY(!okId.isEmpty());
    QVERIFY(waitPhase(okId, QStringLiteral("Completed")));
    QVERIFY(!QFile::exists(marker));
    const QString failId = create(failing);
    QVERIFY(!failId.isEmpty());
    QVERIFY(waitPhase(failId, QStringLiteral("Failed")));
    QCOMPARE(api::fromJson<api::TrainingJob>(show(failId)).status.taskStatuses->front().exitCode.value_or(0), 1);
}

void TestTrainingModule::v1Api()
{
    const QString jobs = QStringLiteral("/v1/{project_id}/training-jobs");
    // The three request samples of seed 003, as published.
    const Json sample1 = { { "job_name", "TestModelArtsJob" }, { "job_desc", "This is a ModelArts job" },
        { "workspace_id", "af261af2218841ec960b01ab3cf1a5fa" },
        { "config",
            { { "worker_server_num", 1 }, { "app_url", "/usr/app/" }, { "boot_file_url", "/usr/app/boot.py" },
                { "parameter",
                    Json::array({ { { "label", "learning_rate" }, { "value", "0.01" } },
                        { { "label", "batch_size" }, { "value", "32" } } }) },
                { "dataset_id", "38277e62-9e59-48f4-8d89-c8cf41622c24" },
                { "dataset_version_id", "2ff0d6ba-c480-45ae-be41-09a8369bfc90" }, { "spec_id", 1 }, { "engine_id", 1 },
                { "train_url", "/usr/train/" }, { "log_url", "/usr/log/" } } } };
    Json sample2 = { { "job_name", "TestModelArtsJob2" }, { "job_desc", "This is a ModelArts job" },
        { "workspace_id", "af261af2218841ec960b01ab3cf1a5fa" },
        { "config",
            { { "worker_server_num", 1 }, { "data_url", "/usr/data/" }, { "app_url", "/usr/app/" },
                { "parameter", Json::array({ { { "label", "CUSTOM_PARAM1" }, { "value", "1" } } }) }, { "spec_id", 1 },
                { "user_command",
                    "bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py "
                    "--data_url /home/work/user-job-dir/app/mnist_data" },
                { "user_image_url", "100.125.5.235:20202/jobmng/custom-cpu-base:1.0" }, { "train_url", "/usr/train/" },
                { "log_url", "/usr/log/" } } } };
    Json sample3 = sample1;
    sample3["job_name"] = "TestModelArtsJob3";
    sample3["config"]["volumes"]
        = Json::array({ { { "nfs",
                            { { "id", "43b37236-9afa-4855-8174-32254b9562e7" }, { "src_path", "192.168.8.150:/" },
                                { "dest_path", "/home/work/nas" }, { "read_only", false } } } },
            { { "host_path",
                { { "src_path", "/root/work" }, { "dest_path", "/home/mind" }, { "read_only", false } } } } });

    const api::ApiResult r1 = call("POST", jobs, sample1);
    QCOMPARE(r1.httpStatus, 200);
    const auto created = api::fromBody<api::v1::TrainingJobCreateResult>(r1.body);
    QVERIFY(created.isSuccess);
    QVERIFY(parse(r1.body)["job_id"].is_number());
    QVERIFY(created.jobId > 0);
    QCOMPARE(created.status.value_or(0), 1);
    QCOMPARE(created.versionName.value_or(QString()), QStringLiteral("V0001"));
    QVERIFY(created.createTime.value_or(0) > 0);
    QVERIFY(!created.resourceId.value_or(QString()).isEmpty());
    QCOMPARE(call("POST", jobs, sample2).httpStatus, 200);
    QCOMPARE(call("POST", jobs, sample3).httpStatus, 200);

    const api::ApiResult dup = call("POST", jobs, sample1);
    QCOMPARE(dup.httpStatus, 400);
    const Json dupBody = parse(dup.body);
    QVERIFY(dupBody["is_success"] == Json(false));
    QCOMPARE(str(dupBody, "/error_code"), QStringLiteral("ModelArts.0103"));
    QCOMPARE(str(dupBody, "/error_message"), QStringLiteral("Job name:TestModelArtsJob is existed"));
    Json noSpec = sample1;
    noSpec["job_name"] = "no-spec";
    noSpec["config"]["spec_id"] = 99;
    QCOMPARE(str(parse(call("POST", jobs, noSpec).body), "/error_code"), QStringLiteral("ModelArts.2781"));
    Json noData = sample1;
    noData["job_name"] = "no-data";
    noData["config"].erase("dataset_id");
    noData["config"].erase("dataset_version_id");
    QCOMPARE(call("POST", jobs, noData).httpStatus, 400);
    const api::ApiResult broken = callRaw("POST", jobs, "{\"job_name\": ");
    QCOMPARE(broken.httpStatus, 400);
    QVERIFY(parse(broken.body)["is_success"] == Json(false));

    // List: paging, search, status.
    const auto list = api::fromBody<api::v1::TrainingJobList>(call("GET", jobs, Json(),
        { { QStringLiteral("per_page"), QStringLiteral("2") },
            { QStringLiteral("page"), QStringLiteral("1") } }).body);
    QVERIFY(list.isSuccess);
    QCOMPARE(list.jobTotalCount.value_or(0), 3);
    QCOMPARE(list.jobs.size(), std::size_t(2));
    QCOMPARE(list.jobs[0].jobName.value_or(QString()), QStringLiteral("TestModelArtsJob")); // job_name asc by default
    const auto page2 = api::fromBody<api::v1::TrainingJobList>(call("GET", jobs, Json(),
        { { QStringLiteral("per_page"), QStringLiteral("2") },
            { QStringLiteral("page"), QStringLiteral("2") } }).body);
    QCOMPARE(page2.jobs.size(), std::size_t(1));
    const auto searched = api::fromBody<api::v1::TrainingJobList>(
        call("GET", jobs, Json(), { { QStringLiteral("search_content"), QStringLiteral("job3") } }).body);
    QCOMPARE(searched.jobs.size(), std::size_t(1));
    QCOMPARE(call("GET", jobs, Json(), { { QStringLiteral("per_page"), QStringLiteral("1001") } }).httpStatus, 400);
    QCOMPARE(call("GET", jobs, Json(), { { QStringLiteral("sortBy"), QStringLiteral("size") } }).httpStatus, 400);

    // Details, stop, status codes.
    const QString job = QStringLiteral("%1/%2").arg(jobs).arg(created.jobId);
    const QString version = QStringLiteral("%1/versions/%2").arg(job).arg(created.versionId.value_or(0));
    const api::ApiResult details = call("GET", version);
    QCOMPARE(details.httpStatus, 200);
    const auto v = api::fromBody<api::v1::TrainingJobVersion>(details.body);
    QVERIFY(v.isSuccess.value_or(false));
    QCOMPARE(v.jobName.value_or(QString()), QStringLiteral("TestModelArtsJob"));
    QCOMPARE(v.specCode.value_or(QString()), QStringLiteral("modelarts.vm.cpu.free"));
    QCOMPARE(v.engineName.value_or(QString()), QStringLiteral("TensorFlow"));
    QVERIFY(!parse(details.body).contains("metadata"));
    QTRY_VERIFY_WITH_TIMEOUT(
        api::fromBody<api::v1::TrainingJobVersion>(call("GET", version).body).status.value_or(0) == 8, kWaitMs);
    const api::ApiResult stop = call("POST", version + QStringLiteral("/stop"));
    QCOMPARE(stop.httpStatus, 200);
    QVERIFY(parse(stop.body)["is_success"] == Json(true));
    QTRY_VERIFY_WITH_TIMEOUT(
        api::fromBody<api::v1::TrainingJobVersion>(call("GET", version).body).status.value_or(0) == 12, kWaitMs);
    const api::ApiResult stopAgain = call("POST", version + QStringLiteral("/stop"));
    QCOMPARE(stopAgain.httpStatus, 400);
    QVERIFY(parse(stopAgain.body)["is_success"] == Json(false));
    const auto stopped = api::fromBody<api::v1::TrainingJobList>(
        call("GET", jobs, Json(), { { QStringLiteral("status"), QStringLiteral("12") } }).body);
    QCOMPARE(stopped.jobs.size(), std::size_t(1));

    const auto versions
        = api::fromBody<api::v1::TrainingJobVersionList>(call("GET", job + QStringLiteral("/versions")).body);
    QCOMPARE(versions.versionCount.value_or(0), 1);
    QCOMPARE(versions.versions.size(), std::size_t(1));
    const auto files
        = api::fromBody<api::v1::LogFileNames>(call("GET", version + QStringLiteral("/log/file-names")).body);
    QCOMPARE(files.logFileList.size(), std::size_t(1));
    const api::ApiResult aom = call("GET", version + QStringLiteral("/aom-log"), Json(),
        { { QStringLiteral("log_file"), files.logFileList[0] }, { QStringLiteral("lines"), QStringLiteral("5") } });
    QCOMPARE(aom.httpStatus, 200);
    QVERIFY(api::fromBody<api::v1::AomLog>(aom.body).isSuccess);

    const auto specs = api::fromBody<api::v1::ResourceSpecList>(call("GET",
        QStringLiteral("/v1/{project_id}/job/resource-specs"), Json(),
        { { QStringLiteral("job_type"), QStringLiteral("train") } }).body);
    QVERIFY(specs.specs.size() >= 2);
    QCOMPARE(specs.specs[1].specId, qint64(2));
    QCOMPARE(specs.specs[1].specCode.value_or(QString()), QStringLiteral("modelarts.vm.cpu.2u"));
    const auto engines
        = api::fromBody<api::v1::AiEngineList>(call("GET", QStringLiteral("/v1/{project_id}/job/ai-engines")).body);
    QCOMPARE(engines.engines.front().engineId, qint64(1));

    // Description and delete.
    QCOMPARE(call("PUT", job, { { "job_desc", "changed" } }).httpStatus, 200);
    QCOMPARE(api::fromBody<api::v1::TrainingJobVersion>(call("GET", version).body).jobDesc.value_or(QString()),
        QStringLiteral("changed"));
    const api::ApiResult del = call("DELETE", job);
    QCOMPARE(del.httpStatus, 200);
    QVERIFY(parse(del.body)["is_success"] == Json(true));
    const api::ApiResult gone = call("GET", version);
    QCOMPARE(gone.httpStatus, 400);
    QCOMPARE(str(parse(gone.body), "/error_code"), QStringLiteral("ModelArts.2775"));
    QVERIFY(parse(gone.body)["is_success"] == Json(false));
}

void TestTrainingModule::persistenceAcrossRestart()
{
    LocalBackend backend(LocalBackend::Options { kScale, false, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    std::unique_ptr<api::ApiClient> saved = std::move(m_client);
    m_client = backend.accessKeyClient();
    auto restore = qScopeGuard([&] { m_client = std::move(saved); });

    const QString simulated = create(simulatedJob(QStringLiteral("survives-restart"), 900)); // 4.5 s at x200
    const QString local = create(localJob(QStringLiteral("local-dies-with-server"), QStringLiteral("sleep 30")));
    const QString done = create(simulatedJob(QStringLiteral("done-before-restart"), 30));
    QVERIFY(!simulated.isEmpty() && !local.isEmpty() && !done.isEmpty());
    QVERIFY(waitPhase(simulated, QStringLiteral("Running")));
    QVERIFY(waitPhase(local, QStringLiteral("Running")));
    QVERIFY(waitPhase(done, QStringLiteral("Completed")));
    const qint64 startedAt = show(simulated)["status"]["start_time"].get<qint64>();

    QVERIFY(backend.restart());
    m_client = backend.accessKeyClient();

    const auto listed = api::fromBody<api::TrainingJobSearchResult>(
        call("POST", QStringLiteral("/v2/{project_id}/training-job-searches"), { { "limit", 50 } }).body);
    QCOMPARE(listed.total.value_or(0), 3);
    QCOMPARE(phase(done), QStringLiteral("Completed"));
    QCOMPARE(show(simulated)["status"]["start_time"].get<qint64>(), startedAt);
    QVERIFY(waitPhase(local, QStringLiteral("Failed")));
    const QStringList messages = eventMessages(local);
    QVERIFY(std::any_of(
        messages.begin(), messages.end(), [](const QString &m) { return m.contains(QStringLiteral("restarted")); }));
    QVERIFY(waitPhase(simulated, QStringLiteral("Completed")));
    const auto metrics = api::fromBody<api::TrainingMetrics>(call("GET",
        QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(simulated), Json(),
        { { QStringLiteral("step"), QStringLiteral("1") } }).body);
    const api::TrainingMetricSeries *cpu = api::findMetric(metrics, QStringLiteral("cpuUsage"));
    QVERIFY(cpu && cpu->value.size() >= 4); // 4.5 s
    QCOMPARE(show(simulated)["status"]["duration"].get<qint64>(), qint64(900000 / kScale));
    QVERIFY(std::none_of(cpu->value.begin(), cpu->value.end(), api::isMetricNoData)); // resumed without a gap
}

void TestTrainingModule::demoData()
{
    LocalBackend backend(LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    std::swap(m_client, client);
    auto restore = qScopeGuard([&] { std::swap(m_client, client); });

    const auto result = api::fromBody<api::TrainingJobSearchResult>(
        call("POST", QStringLiteral("/v2/{project_id}/training-job-searches"), { { "limit", 50 } }).body);
    QSet<QString> phases;
    QString completed;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const auto &job : result.items)
    {
        phases.insert(job.status.phase);
        if (job.status.phase == u"Completed" && completed.isEmpty())
            completed = *job.metadata.id;
        oldest = std::min(oldest, job.metadata.createTime.value_or(0));
    }
    for (const QString &p : { QStringLiteral("Completed"), QStringLiteral("Failed"), QStringLiteral("Running"),
             QStringLiteral("Pending"), QStringLiteral("Terminated") })
        QVERIFY2(phases.contains(p), qPrintable(p));
    QVERIFY(oldest < QDateTime::currentMSecsSinceEpoch() - 24 * 3600000LL);
    const auto metrics = api::fromBody<api::TrainingMetrics>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/metrics/worker-0").arg(completed)).body);
    const api::TrainingMetricSeries *cpu = api::findMetric(metrics, QStringLiteral("cpuUsage"));
    QVERIFY(cpu && cpu->value.size() >= 10);
    QVERIFY(std::none_of(cpu->value.begin(), cpu->value.end(), api::isMetricNoData));
    const auto preview = api::fromBody<api::TrainingLogPreview>(
        call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/tasks/worker-0/logs/preview").arg(completed))
            .body);
    QVERIFY(preview.content.count(u'\n') > 20);
    QVERIFY(eventMessages(completed).contains(QStringLiteral("Training job completed.")));

    // The queued job waits behind the running one, on the same pool.
    for (const auto &job : result.items)
    {
        if (job.status.phase == u"Pending")
        {
            QTRY_COMPARE_WITH_TIMEOUT(
                str(show(*job.metadata.id), "/metadata/annotations/os.modelarts.local~1queue-position"),
                QStringLiteral("1"), kWaitMs);
        }
    }
    const auto v1
        = api::fromBody<api::v1::TrainingJobList>(call("GET", QStringLiteral("/v1/{project_id}/training-jobs")).body);
    QVERIFY(!v1.jobs.empty());
}

void TestTrainingModule::searchPerformance()
{
    constexpr int kJobs = 20000;
    LocalBackend backend(LocalBackend::Options { kScale, false, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    std::swap(m_client, client);
    auto restore = qScopeGuard([&] { std::swap(m_client, client); });

    // One finished job through the API, then 20k copies of its document straight into the store.
    const QString seedId = create(simulatedJob(QStringLiteral("perf-seed"), 30));
    QVERIFY(waitPhase(seedId, QStringLiteral("Completed")));
    server::Store &store = backend.server().store();
    const Json templateDoc = *store.get(server::kTrainingJobKind, seedId);
    QElapsedTimer clock;
    clock.start();
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600000;
    static const char *const phases[] = { "Completed", "Failed", "Terminated" };
    store.transaction(
        [&]
        {
            for (int i = 0; i < kJobs; ++i)
            {
                Json doc = templateDoc;
                const QString id = server::ServerContext::newUuid();
                const QString name = QStringLiteral("bulk-%1-%2")
                                         .arg(i % 7 == 0 ? QStringLiteral("resnet") : QStringLiteral("bert"))
                                         .arg(i);
                const qint64 created = base + i * 60000LL;
                const char *p = phases[i % 3];
                doc["metadata"]["id"] = id.toStdString();
                doc["metadata"]["name"] = name.toStdString();
                doc["metadata"]["create_time"] = created;
                doc["status"]["phase"] = p;
                doc["status"]["secondary_phase"] = p;
                doc["status"]["duration"] = (i % 97) * 1000;
                doc["_local"]["phase"] = p;
                doc["_local"]["created"] = created;
                doc["_local"]["duration"] = (i % 97) * 1000;
                server::ResourceIndex ix;
                ix.name = name;
                ix.status = QString::fromLatin1(p);
                ix.createdMs = created;
                store.put(server::kTrainingJobKind, id, doc, ix);
            }
        });
    qInfo("stored %d jobs in %lld ms", kJobs, clock.elapsed());
    clock.restart();
    QVERIFY(backend.restart());
    qInfo("restart with %d jobs (index rebuilt) in %lld ms", kJobs + 1, clock.elapsed());
    m_client = backend.accessKeyClient();

    const QString path = QStringLiteral("/v2/{project_id}/training-job-searches");
    const QList<std::pair<QString, Json>> searches = {
        { QStringLiteral("first page, newest first"), { { "limit", 50 } } },
        { QStringLiteral("page 200, by name"),
            { { "limit", 50 }, { "offset", 200 }, { "sort_by", "name" }, { "order", "asc" } } },
        { QStringLiteral("name like + phase in, by duration"),
            { { "limit", 50 }, { "sort_by", "duration" },
                { "filters",
                    Json::array({ { { "key", "name" }, { "operator", "like" }, { "value", Json::array({ "resnet" }) } },
                        { { "key", "phase" }, { "operator", "in" }, { "value", Json::array({ "Failed" }) } } }) } } },
    };
    call("POST", path, { { "limit", 1 } }); // warm up the connection
    for (const auto &[what, body] : searches)
    {
        QElapsedTimer t;
        t.start();
        const api::ApiResult r = call("POST", path, body);
        const qint64 ms = t.elapsed();
        QCOMPARE(r.httpStatus, 200);
        const auto result = api::fromBody<api::TrainingJobSearchResult>(r.body);
        QCOMPARE(result.total.value_or(0), kJobs + 1);
        QVERIFY(!result.items.empty());
        qInfo("search over %d jobs (%s): %lld ms round trip, %d matching", kJobs + 1, qPrintable(what), ms,
            result.count.value_or(0));
    }
}

QTEST_GUILESS_MAIN(TestTrainingModule)
QList<QPair<int, QStringList>> TestTrainingModule::searchSnapshot()
{
    const QList<Json> searches = {
        { { "limit", 4 } },
        { { "limit", 4 }, { "offset", 1 } },
        { { "limit", 4 }, { "offset", 2 }, { "sort_by", "name" }, { "order", "asc" } },
        { { "limit", 50 }, { "sort_by", "description" } },
        // Finished jobs only: the running one's duration grows between the two snapshots.
        { { "limit", 50 }, { "sort_by", "duration" }, { "order", "asc" },
            { "filters",
                Json::array(
                    { { { "key", "phase" }, { "operator", "in" }, { "value", Json::array({ "Completed" }) } } }) } },
        { { "limit", 50 },
            { "filters",
                Json::array({ { { "key", "name" }, { "operator", "like" }, { "value", Json::array({ "KEEP-B" }) } },
                    { { "key", "phase" }, { "operator", "in" }, { "value", Json::array({ "Completed" }) } } }) } },
    };
    QList<QPair<int, QStringList>> out;
    for (const Json &body : searches)
    {
        const auto r = api::fromBody<api::TrainingJobSearchResult>(
            call("POST", QStringLiteral("/v2/{project_id}/training-job-searches"), body).body);
        QStringList ids;
        for (const auto &job : r.items)
            ids << job.metadata.id.value_or(QString());
        out.append({ r.count.value_or(-1), ids });
    }
    return out;
}

void TestTrainingModule::restartKeepsOrderAndSearchResults()
{
    LocalBackend backend(LocalBackend::Options { kScale, false, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    std::unique_ptr<api::ApiClient> saved = std::move(m_client);
    m_client = backend.accessKeyClient();
    auto restore = qScopeGuard([&] { m_client = std::move(saved); });

    QStringList ids;
    for (int i = 0; i < 9; ++i)
    {
        Json body = simulatedJob(QStringLiteral("keep-%1-%2").arg(QChar(u'a' + (i * 5) % 9)).arg(i), 10 + i * 5);
        body["metadata"]["description"] = QStringLiteral("Run %1").arg(i % 4).toStdString();
        ids << create(body);
        QVERIFY(!ids.last().isEmpty());
    }
    for (const QString &id : std::as_const(ids))
        QVERIFY(waitPhase(id, QStringLiteral("Completed")));
    // One unfinished job: its document is read at the start to drive it on.
    const QString running = create(simulatedJob(QStringLiteral("keep-running"), 3600));
    QVERIFY(waitPhase(running, QStringLiteral("Running")));

    const QList<QPair<int, QStringList>> before = searchSnapshot();
    QCOMPARE(before.at(0).first, 10);
    QCOMPARE(before.at(5).first, 1); // keep-b-2, the one name with "keep-b"
    const Json shownBefore = show(ids.first());

    QVERIFY(backend.restart());
    m_client = backend.accessKeyClient();
    QCOMPARE(searchSnapshot(), before);
    QVERIFY(show(ids.first()) == shownBefore);
    QCOMPARE(phase(running), QStringLiteral("Running")); // still driven after the restart
    // Every job was listed from its stored summary: none was missing one.
    for (const server::StoredSummary &row : backend.server().store().summaries(server::kTrainingJobKind))
    {
        server::TrainingJobSummary summary;
        QVERIFY2(server::TrainingJobSummary::decode(row.summary, &summary), qPrintable(row.id));
        QCOMPARE(summary.id, row.id);
    }
}

void TestTrainingModule::rowsOfEarlierVersionsStillLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Json oldDoc;
    QString id;
    {
        LocalBackend backend(LocalBackend::Options { kScale, false, dir.path() });
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        std::unique_ptr<api::ApiClient> saved = std::move(m_client);
        m_client = backend.accessKeyClient();
        auto restore = qScopeGuard([&] { m_client = std::move(saved); });
        id = create(simulatedJob(QStringLiteral("written-earlier"), 10));
        QVERIFY(waitPhase(id, QStringLiteral("Completed")));
        oldDoc = *backend.server().store().get(server::kTrainingJobKind, id);
    }

    // The database as an earlier version left it: no summary column, the document as JSON text.
    const QString dbPath = QDir(dir.path()).filePath(QStringLiteral("modelarts-local.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier-version"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE resources RENAME TO resources_new")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE resources (kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status TEXT, "
                           "created INTEGER, parent TEXT, workspace TEXT, priority INTEGER, units INTEGER DEFAULT 0, "
                           "doc TEXT NOT NULL, PRIMARY KEY(kind, id))")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO resources SELECT kind, id, name, status, created, parent, "
                                  "workspace, priority, units, doc FROM resources_new WHERE kind <> 'training_job'")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE resources_new")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO resources (kind, id, name, status, created, parent, workspace, "
                                         "priority, units, doc) VALUES ('training_job', ?, 'written-earlier', "
                                         "'Completed', ?, '', '0', 1, 0, ?)")));
        q.addBindValue(id);
        q.addBindValue(oldDoc["_local"]["created"].get<qint64>());
        q.addBindValue(QString::fromStdString(oldDoc.dump()));
        QVERIFY(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("earlier-version"));

    LocalBackend backend(LocalBackend::Options { kScale, false, dir.path() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    std::unique_ptr<api::ApiClient> saved = std::move(m_client);
    m_client = backend.accessKeyClient();
    auto restore = qScopeGuard([&] { m_client = std::move(saved); });
    const auto listed = api::fromBody<api::TrainingJobSearchResult>(call("POST",
        QStringLiteral("/v2/{project_id}/training-job-searches"),
        { { "limit", 10 },
            { "filters",
                Json::array({ { { "key", "name" }, { "operator", "like" },
                    { "value",
                        Json::array({ "written-earlier" }) } } }) } }).body);
    QCOMPARE(listed.count.value_or(0), 1);
    QCOMPARE(listed.items.at(0).metadata.id.value_or(QString()), id);
    QCOMPARE(phase(id), QStringLiteral("Completed"));
    QVERIFY(*backend.server().store().get(server::kTrainingJobKind, id) == oldDoc);
    // The summary was written once, so the next start does not parse the document again.
    const auto rows = backend.server().store().summaries(server::kTrainingJobKind);
    QCOMPARE(rows.size(), std::size_t(1));
    server::TrainingJobSummary summary;
    QVERIFY(server::TrainingJobSummary::decode(rows.front().summary, &summary));
    QCOMPARE(summary.name, QStringLiteral("written-earlier"));

    // A rewrite by this version stores the document compressed: it reads back the same.
    QCOMPARE(
        call("PUT", QStringLiteral("/v2/{project_id}/training-jobs/") + id, { { "description", "new" } }).httpStatus,
        200);
    QCOMPARE(str(show(id), "/metadata/description"), QStringLiteral("new"));
}

#include "tst_trainingmodule.moc"
