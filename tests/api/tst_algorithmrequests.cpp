// The Algorithm Management request builders (api/algorithmrequests.h) and types
// (api/types/algorithm.h): paths, queries and bodies, then an algorithm with every field set
// created on the real local backend and each field read back (show and list), and the
// mapping between an algorithm and a training job's algorithm part.

#include "api/algorithmrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

namespace
{
Algorithm fullAlgorithm(const QString &name)
{
    Algorithm a;
    a.metadata.name = name;
    a.metadata.description = QStringLiteral("every field");
    a.metadata.workspaceId = QStringLiteral("0");
    AlgorithmJobConfig c;
    c.codeDir = QStringLiteral("obs://bucket/code/");
    c.bootFile = QStringLiteral("obs://bucket/code/train.py");
    c.localCodeDir = QStringLiteral("/home/ma-user/modelarts/user-job-dir");
    c.workingDir = QStringLiteral("/home/ma-user/modelarts/user-job-dir/code");
    AlgorithmEngine engine;
    engine.engineName = QStringLiteral("PyTorch");
    engine.engineVersion = QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64");
    c.engine = engine;
    AlgorithmParameter p;
    p.name = QStringLiteral("epochs");
    p.value = QStringLiteral("10");
    p.description = QStringLiteral("passes");
    ParameterConstraint pc;
    pc.type = QStringLiteral("Integer");
    pc.editable = false;
    pc.required = true;
    pc.sensitive = false;
    pc.validType = QStringLiteral("Range");
    pc.validRange = std::vector<QString> { QStringLiteral("1"), QStringLiteral("100") };
    p.constraint = pc;
    c.parameters = std::vector<AlgorithmParameter> { p };
    c.parametersCustomization = false;
    AlgorithmInputSpec in;
    in.name = QStringLiteral("data_url");
    in.description = QStringLiteral("data");
    RemoteConstraint rc;
    rc.dataType = QStringLiteral("dataset");
    in.remoteConstraints = std::vector<RemoteConstraint> { rc };
    c.inputs = std::vector<AlgorithmInputSpec> { in };
    AlgorithmOutputSpec out;
    out.name = QStringLiteral("train_url");
    out.description = QStringLiteral("model");
    c.outputs = std::vector<AlgorithmOutputSpec> { out };
    a.jobConfig = c;
    ResourceRequirement r;
    r.key = QStringLiteral("flavor_type");
    r.value = std::vector<QString> { QStringLiteral("GPU") };
    r.op = QStringLiteral("in");
    a.resourceRequirements = std::vector<ResourceRequirement> { r };
    return a;
}
} // namespace

class TestAlgorithmRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void typesRoundTrip();
    /** Every field sent on create comes back from show and from the list. */
    void everyFieldReadBack();
    void jobAlgorithmFromAlgorithm();
    void algorithmFromJobSettings();
};

void TestAlgorithmRequests::builders()
{
    Algorithm a;
    a.metadata.name = QStringLiteral("algo");
    ApiRequest r = algorithms::create(a);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/algorithms"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"metadata":{"name":"algo"}})"));

    r = algorithms::list({});
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/algorithms"));
    QVERIFY(r.query.isEmpty());
    algorithms::ListQuery q;
    q.offset = 50;
    q.limit = 50;
    q.sortBy = QStringLiteral("create_time");
    q.order = QStringLiteral("desc");
    q.nameContains = QStringLiteral("mnist");
    q.workspaceId = QStringLiteral("0");
    r = algorithms::list(q);
    const QueryItems expected { { QStringLiteral("offset"), QStringLiteral("50") },
        { QStringLiteral("limit"), QStringLiteral("50") }, { QStringLiteral("sort_by"), QStringLiteral("create_time") },
        { QStringLiteral("order"), QStringLiteral("desc") },
        { QStringLiteral("searches"), QStringLiteral("name:mnist") },
        { QStringLiteral("workspace_id"), QStringLiteral("0") } };
    QCOMPARE(r.query, expected);

    r = algorithms::show(QStringLiteral("a1"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/algorithms/a1"));
    r = algorithms::remove(QStringLiteral("a1"));
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/algorithms/a1"));
}

void TestAlgorithmRequests::typesRoundTrip()
{
    // The shape ShowAlgorithmByUuid documents, with a key this client does not know.
    const Json body = Json::parse(R"({
        "metadata":{"id":"2e5451fe-913f-4492-821a-2981031382f7","name":"test-algo","description":"",
            "workspace_id":"0","ai_project":"default-ai-project","user_name":"u","domain_id":"d","source":"custom",
            "api_version":"","is_valid":true,"state":"","size":4,"attr_list":null,"version_num":0,
            "create_time":1636698926839,"update_time":0},
        "share_info":{},
        "job_config":{"code_dir":"/bucket/code/","boot_file":"/bucket/code/train.py","command":"",
            "parameters":[{"name":"lr","value":"0.01","description":"","constraint":{"type":"Float","editable":true,
                "required":false,"sensitive":false,"valid_type":"None","valid_range":[]},"extra_key":1}],
            "parameters_customization":true,
            "inputs":[{"name":"data_url","description":"","remote_constraints":[]}],
            "outputs":[{"name":"train_url","description":""}],
            "engine":{"engine_id":"caffe-1.0.0-python2.7","engine_name":"Caffe","engine_version":"1.0.0-python2.7",
                "tags":null},
            "code_tree":{"name":"code/"}},
        "resource_requirements":[{"key":"flavor_type","value":["CPU","GPU"],"operator":"in"}],
        "advanced_config":{}})");
    const auto a = fromJson<Algorithm>(body);
    QCOMPARE(a.metadata.id.value_or(QString()), QStringLiteral("2e5451fe-913f-4492-821a-2981031382f7"));
    QCOMPARE(a.jobConfig->parameters->front().constraint->type.value_or(QString()), QStringLiteral("Float"));
    QCOMPARE(a.resourceRequirements->front().op.value_or(QString()), QStringLiteral("in"));
    QCOMPARE(algorithmBootMode(a), AlgorithmBootMode::PresetImage);
    // Every key comes back (unknown ones first: compared regardless of order).
    QCOMPARE(nlohmann::json::parse(encode(a).dump()), nlohmann::json::parse(body.dump()));
    // A numeric id (as CreateAlgorithm's table types it) is read as text.
    const auto numeric = fromJson<Algorithm>(Json::parse(R"({"metadata":{"id":12,"name":"n"}})"));
    QCOMPARE(numeric.metadata.id.value_or(QString()), QStringLiteral("12"));
    // metadata.name is required.
    QVERIFY_THROWS_EXCEPTION(DecodeError, fromJson<Algorithm>(Json::parse(R"({"metadata":{}})")));
}

void TestAlgorithmRequests::everyFieldReadBack()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    const Algorithm sent = fullAlgorithm(QStringLiteral("full-algo"));
    const auto created = decodeBody<Algorithm>(ma::test::callAndWait(*client, algorithms::create(sent)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    QCOMPARE(created.httpStatus, 201);
    const QString id = created.value.metadata.id.value_or(QString());
    QVERIFY(!id.isEmpty());
    QVERIFY(created.value.metadata.createTime.value_or(0) > 0);

    const auto shown = decodeBody<Algorithm>(ma::test::callAndWait(*client, algorithms::show(id)));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const Algorithm &got = shown.value;
    QCOMPARE(got.metadata.name, sent.metadata.name);
    QCOMPARE(got.metadata.description, sent.metadata.description);
    QCOMPARE(got.metadata.workspaceId, sent.metadata.workspaceId);
    // job_config and resource_requirements come back as they were sent, key by key.
    QCOMPARE(encode(*got.jobConfig), encode(*sent.jobConfig));
    QCOMPARE(encode(*got.resourceRequirements), encode(*sent.resourceRequirements));

    const auto list = decodeBody<AlgorithmList>(ma::test::callAndWait(*client, algorithms::list({})));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    QCOMPARE(list.value.total.value_or(-1), 1);
    QCOMPARE(int(list.value.items.size()), 1);
    QCOMPARE(encode(list.value.items.front()), encode(got));
}

void TestAlgorithmRequests::jobAlgorithmFromAlgorithm()
{
    Algorithm a = fullAlgorithm(QStringLiteral("x"));
    a.metadata.id = QStringLiteral("id-1");
    const TrainingAlgorithm job = jobAlgorithmFrom(a);
    QCOMPARE(job.id.value_or(QString()), QStringLiteral("id-1"));
    // The service takes the code and engine from the algorithm: the job does not repeat them.
    QVERIFY(!job.codeDir && !job.bootFile && !job.command && !job.engine);
    QCOMPARE(job.parameters->size(), std::size_t(1));
    QCOMPARE(job.parameters->front().name, QStringLiteral("epochs"));
    QCOMPARE(job.parameters->front().value.value_or(QString()), QStringLiteral("10"));
    QCOMPARE(job.inputs->front().name, QStringLiteral("data_url"));
    QCOMPARE(job.outputs->front().name, QStringLiteral("train_url"));
}

void TestAlgorithmRequests::algorithmFromJobSettings()
{
    TrainingAlgorithm job;
    job.command = QStringLiteral("python train.py");
    AlgorithmEngine engine;
    engine.imageUrl = QStringLiteral("team/image:1");
    job.engine = engine;
    AlgorithmParameter p;
    p.name = QStringLiteral("lr");
    p.value = QStringLiteral("0.1");
    job.parameters = std::vector<AlgorithmParameter> { p };
    AlgorithmInput in;
    in.name = QStringLiteral("data_url");
    in.remote.obs = ObsRef { QStringLiteral("obs://b/data/"), Json() };
    job.inputs = std::vector<AlgorithmInput> { in };
    AlgorithmOutput out;
    out.name = QStringLiteral("train_url");
    job.outputs = std::vector<AlgorithmOutput> { out };

    const Algorithm a = algorithmFromJob(job, QStringLiteral("saved"), QStringLiteral("from a job"));
    QCOMPARE(a.metadata.name, QStringLiteral("saved"));
    QCOMPARE(a.metadata.description.value_or(QString()), QStringLiteral("from a job"));
    QCOMPARE(a.jobConfig->command.value_or(QString()), QStringLiteral("python train.py"));
    QCOMPARE(a.jobConfig->engine->imageUrl.value_or(QString()), QStringLiteral("team/image:1"));
    QCOMPARE(a.jobConfig->parameters->front().value.value_or(QString()), QStringLiteral("0.1"));
    QCOMPARE(a.jobConfig->parameters->front().constraint->type.value_or(QString()), QStringLiteral("String"));
    QCOMPARE(a.jobConfig->inputs->front().name, QStringLiteral("data_url"));
    QCOMPARE(
        a.jobConfig->inputs->front().remoteConstraints->front().dataType.value_or(QString()), QStringLiteral("obs"));
    QCOMPARE(a.jobConfig->outputs->front().name, QStringLiteral("train_url"));
    QCOMPARE(algorithmBootMode(a), AlgorithmBootMode::CustomImage);
}

QTEST_GUILESS_MAIN(TestAlgorithmRequests)
#include "tst_algorithmrequests.moc"
