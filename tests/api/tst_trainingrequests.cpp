// The v2 training request builders (api/trainingrequests.h): method, path, query, headers
// and body of every builder, then each request sent to the real local backend and its
// answer decoded as the documented type.

#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;
namespace training = ma::api::training;

namespace
{
using Query = QList<std::pair<QString, QString>>;

Json body(const ApiRequest &r)
{
    return parseJson(r.body);
}

Json json(const char *text)
{
    return Json::parse(text);
}

QByteArray header(const ApiRequest &r, const QByteArray &name)
{
    return headerValue(r.headers, name);
}

TrainingJobCreate simulatedJob(const QString &name, const QString &flavorId)
{
    TrainingJobCreate c;
    c.metadata.name = name;
    c.metadata.description = QStringLiteral("request builder test");
    TrainingAlgorithm algo;
    AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("swr.local/team/trainer:1.0");
    algo.engine = engine;
    algo.command = QStringLiteral("python train.py");
    algo.environments = StringMap { { QStringLiteral("MA_LOCAL_DURATION_SECONDS"), QStringLiteral("3600") } };
    c.algorithm = algo;
    TrainingSpec spec;
    TrainingResource resource;
    resource.flavorId = flavorId;
    resource.nodeCount = 1;
    spec.resource = resource;
    c.spec = spec;
    return c;
}

template <typename T> T decoded(const ApiResult &r)
{
    const Typed<T> typed = decodeBody<T>(r);
    if (!typed.ok())
        qWarning("decode failed: %s", qPrintable(typed.error.displayText()));
    return typed.value;
}
} // namespace

class TestTrainingRequests : public QObject
{
    Q_OBJECT

private slots:
    void create();
    void show();
    void search();
    void searchMinimal();
    void updateDescription();
    void updatePriority();
    void tags();
    void remove();
    void terminate();
    void logPreview();
    void logUrl_data();
    void logUrl();
    void metrics();
    void events();
    void eventsNeedBothTimeBounds();
    void flavors();
    void engines();
    void tasks();
    void quotas();
    void everyBuilderAgainstLocalBackend();
};

void TestTrainingRequests::create()
{
    const ApiRequest r = training::create(simulatedJob(QStringLiteral("job-1"), QStringLiteral("modelarts.vm.cpu.2u")));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs"));
    QVERIFY(r.query.isEmpty());
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QVERIFY(!r.isRetrySafe());
    const Json b = body(r);
    QCOMPARE(b["kind"], Json("job"));
    QCOMPARE(b["metadata"]["name"], Json("job-1"));
    QCOMPARE(b["metadata"]["description"], Json("request builder test"));
    QCOMPARE(b["algorithm"]["engine"]["image_url"], Json("swr.local/team/trainer:1.0"));
    QCOMPARE(b["algorithm"]["command"], Json("python train.py"));
    QCOMPARE(b["algorithm"]["environments"]["MA_LOCAL_DURATION_SECONDS"], Json("3600"));
    QCOMPARE(b["spec"]["resource"], json(R"({"flavor_id":"modelarts.vm.cpu.2u","node_count":1})"));
    QVERIFY(!b["metadata"].contains("id")); // response-only fields stay out of the request
}

void TestTrainingRequests::show()
{
    const ApiRequest r = training::show(QStringLiteral("abc-123"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/abc-123"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.query.isEmpty());
    QVERIFY(r.isRetrySafe());
}

void TestTrainingRequests::search()
{
    TrainingJobSearchRequest s;
    s.offset = 2;
    s.limit = 50;
    s.sortBy = QStringLiteral("create_time");
    s.order = QStringLiteral("desc");
    TrainingJobFilter name;
    name.key = QStringLiteral("name");
    name.op = QStringLiteral("like");
    name.value = std::vector<QString> { QStringLiteral("bert") };
    TrainingJobFilter phase;
    phase.key = QStringLiteral("phase");
    phase.op = QStringLiteral("in");
    phase.value = std::vector<QString> { QStringLiteral("Running"), QStringLiteral("Pending") };
    s.filters = std::vector<TrainingJobFilter> { name, phase };
    s.workspaceId = QStringLiteral("0");
    const ApiRequest r = training::search(s);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-job-searches"));
    QVERIFY(r.query.isEmpty());
    const char *expected = "{\"offset\":2,\"limit\":50,\"sort_by\":\"create_time\",\"order\":\"desc\","
                           "\"filters\":[{\"key\":\"name\",\"operator\":\"like\",\"value\":[\"bert\"]},"
                           "{\"key\":\"phase\",\"operator\":\"in\",\"value\":[\"Running\",\"Pending\"]}],"
                           "\"workspace_id\":\"0\"}";
    QCOMPARE(body(r), json(expected));
}

void TestTrainingRequests::searchMinimal()
{
    const ApiRequest r = training::search(TrainingJobSearchRequest());
    QCOMPARE(body(r), Json::object());
}

void TestTrainingRequests::updateDescription()
{
    const ApiRequest r = training::updateDescription(QStringLiteral("j1"), QStringLiteral("new \"text\", ü"));
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1"));
    Json expected = Json::object();
    expected["description"] = "new \"text\", \u00fc";
    QCOMPARE(body(r), expected);
}

void TestTrainingRequests::updatePriority()
{
    const ApiRequest r = training::updatePriority(QStringLiteral("j1"), 3);
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1"));
    Json expected = Json::object();
    expected["priority"] = 3;
    QCOMPARE(body(r), expected);
}

void TestTrainingRequests::tags()
{
    const ApiRequest create
        = training::createTags(QStringLiteral("j1"), { { QStringLiteral("team"), QStringLiteral("cv") } });
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, QStringLiteral("/v2/{project_id}/modelarts-training-job/j1/tags/create"));
    QCOMPARE(body(create), Json::parse(R"({"tags":[{"key":"team","value":"cv"}]})"));
    const ApiRequest show = training::showTags(QStringLiteral("j1"));
    QCOMPARE(show.method, QByteArray("GET"));
    QCOMPARE(show.path, QStringLiteral("/v2/{project_id}/modelarts-training-job/j1/tags"));
    QVERIFY(show.body.isEmpty());
}

void TestTrainingRequests::remove()
{
    const ApiRequest r = training::remove(QStringLiteral("j1"));
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.isRetrySafe());
}

void TestTrainingRequests::terminate()
{
    const ApiRequest r = training::terminate(QStringLiteral("j1"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1/actions"));
    QCOMPARE(body(r), json(R"({"action_type":"terminate"})"));
}

void TestTrainingRequests::logPreview()
{
    const ApiRequest r = training::logPreview(QStringLiteral("j1"), QStringLiteral("worker-0"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1/tasks/worker-0/logs/preview"));
    QVERIFY(r.query.isEmpty());
}

void TestTrainingRequests::logUrl_data()
{
    QTest::addColumn<training::LogLink>("link");
    QTest::addColumn<QString>("type");
    QTest::newRow("preview") << training::LogLink::Preview << QStringLiteral("text/plain");
    QTest::newRow("download") << training::LogLink::Download << QStringLiteral("application/octet-stream");
}

void TestTrainingRequests::logUrl()
{
    QFETCH(training::LogLink, link);
    QFETCH(QString, type);
    const ApiRequest r = training::logUrl(QStringLiteral("j1"), QStringLiteral("worker-1"), link);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1/tasks/worker-1/logs/url"));
    QCOMPARE(header(r, "Content-Type"), type.toLatin1());
    QCOMPARE(r.query, (Query { { QStringLiteral("Content-Type"), type } }));
}

void TestTrainingRequests::metrics()
{
    ApiRequest r = training::metrics(QStringLiteral("j1"), QStringLiteral("worker-0"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1/metrics/worker-0"));
    QVERIFY(r.query.isEmpty());
    r = training::metrics(QStringLiteral("j1"), QStringLiteral("worker-0"), 5);
    QCOMPARE(r.query, (Query { { QStringLiteral("step"), QStringLiteral("5") } }));
}

void TestTrainingRequests::events()
{
    QCOMPARE(training::events(QStringLiteral("j1")).path, QStringLiteral("/v2/{project_id}/training-jobs/j1/events"));
    QVERIFY(training::events(QStringLiteral("j1")).query.isEmpty());
    training::EventQuery q;
    q.offset = 100;
    q.limit = 100;
    q.order = QStringLiteral("asc");
    q.startTimeMs = 1700000000000;
    q.endTimeMs = 1700000600000;
    q.level = QStringLiteral("Error");
    q.pattern = QStringLiteral("out of memory");
    q.source = QStringLiteral("Task");
    q.language = QStringLiteral("zh-cn");
    const ApiRequest r = training::events(QStringLiteral("j1"), q);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.query,
        (Query { { QStringLiteral("offset"), QStringLiteral("100") },
            { QStringLiteral("limit"), QStringLiteral("100") }, { QStringLiteral("order"), QStringLiteral("asc") },
            { QStringLiteral("start_time"), QStringLiteral("1700000000000") },
            { QStringLiteral("end_time"), QStringLiteral("1700000600000") },
            { QStringLiteral("level"), QStringLiteral("Error") },
            { QStringLiteral("pattern"), QStringLiteral("out of memory") },
            { QStringLiteral("source"), QStringLiteral("Task") } }));
    QCOMPARE(header(r, "X-Language"), QByteArray("zh-cn"));
}

void TestTrainingRequests::eventsNeedBothTimeBounds()
{
    training::EventQuery q;
    q.startTimeMs = 1;
    QVERIFY(training::events(QStringLiteral("j1"), q).query.isEmpty());
}

void TestTrainingRequests::flavors()
{
    ApiRequest r = training::flavors();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-job-flavors"));
    QVERIFY(r.query.isEmpty());
    r = training::flavors(QStringLiteral("GPU"));
    QCOMPARE(r.query, (Query { { QStringLiteral("flavor_type"), QStringLiteral("GPU") } }));
}

void TestTrainingRequests::engines()
{
    const ApiRequest r = training::engines();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-job-engines"));
    QVERIFY(r.query.isEmpty());
}

void TestTrainingRequests::tasks()
{
    ApiRequest r = training::tasks(QStringLiteral("j1"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-jobs/j1/tasks"));
    QVERIFY(r.query.isEmpty());
    r = training::tasks(QStringLiteral("j1"), 2);
    QCOMPARE(r.query, (Query { { QStringLiteral("schedule_count"), QStringLiteral("2") } }));
}

void TestTrainingRequests::quotas()
{
    ApiRequest r = training::quotas();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/training-quotas"));
    QVERIFY(r.query.isEmpty());
    r = training::quotas(QStringLiteral("u1"), QStringLiteral("job-num"));
    QCOMPARE(r.query,
        (Query { { QStringLiteral("user_id"), QStringLiteral("u1") },
            { QStringLiteral("resource"), QStringLiteral("job-num") } }));
}

void TestTrainingRequests::everyBuilderAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();
    const auto call = [&](const ApiRequest &r)
    {
        const ApiResult result = ma::test::callAndWait(*client, r);
        if (!result.ok())
            qWarning("%s %s: %s", r.method.constData(), qPrintable(r.path), qPrintable(result.error.displayText()));
        return result;
    };

    ApiResult r = call(training::flavors(QStringLiteral("CPU")));
    QVERIFY(r.ok());
    const auto flavors = decoded<TrainingFlavorList>(r);
    QVERIFY(!flavors.flavors.empty());
    for (const TrainingFlavor &f : flavors.flavors)
        QCOMPARE(f.flavorType.value_or(QString()), QStringLiteral("CPU"));

    r = call(training::engines());
    QVERIFY(r.ok());
    QVERIFY(!decoded<TrainingEngineList>(r).items.empty());

    r = call(training::create(simulatedJob(QStringLiteral("builders-live"), flavors.flavors.front().flavorId)));
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 201);
    const TrainingJob job = decoded<TrainingJob>(r);
    const QString id = job.metadata.id.value_or(QString());
    QVERIFY(!id.isEmpty());

    r = call(training::show(id));
    QVERIFY(r.ok());
    QCOMPARE(decoded<TrainingJob>(r).metadata.name, QStringLiteral("builders-live"));

    TrainingJobSearchRequest s;
    s.offset = 0;
    s.limit = 10;
    TrainingJobFilter name;
    name.key = QStringLiteral("name");
    name.op = QStringLiteral("like");
    name.value = std::vector<QString> { QStringLiteral("builders") };
    s.filters = std::vector<TrainingJobFilter> { name };
    r = call(training::search(s));
    QVERIFY(r.ok());
    const auto found = decoded<TrainingJobSearchResult>(r);
    QCOMPARE(found.count.value_or(-1), 1);
    QCOMPARE(found.items.size(), std::size_t(1));

    r = call(training::updateDescription(id, QStringLiteral("changed")));
    QVERIFY(r.ok());
    QCOMPARE(decoded<TrainingJob>(call(training::show(id))).metadata.description.value_or(QString()),
        QStringLiteral("changed"));

    r = call(training::tasks(id));
    QVERIFY(r.ok());
    const auto taskList = decoded<TrainingTaskList>(r);
    QVERIFY(!taskList.empty());
    const QString task = taskList.front().task;
    QCOMPARE(task, QStringLiteral("worker-0"));

    QVERIFY(call(training::logPreview(id, task)).ok());
    r = call(training::logUrl(id, task, training::LogLink::Download));
    QVERIFY(r.ok());
    QVERIFY(decoded<TrainingLogUrl>(r).obsUrl.contains(QStringLiteral("application/octet-stream")));
    r = call(training::logUrl(id, task));
    QVERIFY(r.ok());
    QVERIFY(!decoded<TrainingLogUrl>(r).obsUrl.contains(QStringLiteral("octet-stream")));
    r = call(training::metrics(id, task, 1));
    QVERIFY(r.ok());
    QVERIFY(!decoded<TrainingMetrics>(r).metrics.empty());

    training::EventQuery q;
    q.limit = 100;
    q.order = QStringLiteral("asc");
    r = call(training::events(id, q));
    QVERIFY(r.ok());
    QVERIFY(!decoded<TrainingJobEventList>(r).events.empty());

    r = call(training::quotas());
    QVERIFY(r.ok());
    const auto quotas = decoded<TrainingQuotas>(r);
    QCOMPARE(quotas.quotas.size(), std::size_t(1));
    QVERIFY(quotas.quotas.front().used.value_or(0) >= 1);

    r = call(training::terminate(id));
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 202);
    QCOMPARE(decoded<TrainingJob>(r).status.phase, QStringLiteral("Terminating"));

    r = call(training::remove(id));
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 202);
    r = ma::test::callAndWait(*client, training::show(id)); // expected to fail: no warning
    QVERIFY(!r.ok());
    QVERIFY(r.error.isNotFound());
}

QTEST_GUILESS_MAIN(TestTrainingRequests)
#include "tst_trainingrequests.moc"
