// TrainingJobDraft: defaults and generated names, the saved-draft JSON round trip, the v2
// create bodies for each way of starting a job (compared as JSON), hidden fields left out,
// Rebuild (fromJob) recovering what the body carried, the v1 body, and one create on the
// real modelarts-local.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/trainingjobdraft.h"
#include "models/trainingjobvalidator.h"

#include <nlohmann/json.hpp>
#include <QRegularExpression>
#include <QtTest>

using namespace ma;
using api::Json;
using models::DataChannel;
using models::KeyValue;
using models::SfsTurboMount;
using models::TrainingJobDraft;
namespace training = ma::api::training;

Q_DECLARE_METATYPE(ma::models::TrainingJobDraft)

namespace
{
constexpr int kWaitMs = 30000;

/** Empty when equal (key order ignored), else both bodies for the failure message. */
QString jsonDiff(const Json &actual, const Json &expected)
{
    const auto a = nlohmann::json::parse(actual.dump());
    const auto e = nlohmann::json::parse(expected.dump());
    if (a == e)
        return QString();
    return QStringLiteral("\n actual:   %1\n expected: %2")
        .arg(QString::fromStdString(a.dump()), QString::fromStdString(e.dump()));
}

DataChannel obsChannel(const char *name, const char *path)
{
    DataChannel c;
    c.name = QString::fromLatin1(name);
    c.obsPath = QString::fromLatin1(path);
    return c;
}

/** Preset image on the public pool, with everything the v2 body can carry switched on. */
TrainingJobDraft presetDraft()
{
    TrainingJobDraft d;
    d.name = QStringLiteral("preset-job");
    d.description = QStringLiteral("ResNet baseline");
    d.engineName = QStringLiteral("PyTorch");
    d.engineVersion = QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64");
    d.codeDir = QStringLiteral("obs://bucket/code/");
    d.bootFile = QStringLiteral("obs://bucket/code/train.py");
    d.inputs = { obsChannel("data_url", "obs://bucket/data/") };
    d.outputs = { obsChannel("train_url", "obs://bucket/out/") };
    d.hyperparameters
        = { { QStringLiteral("lr"), QStringLiteral("0.01") }, { QStringLiteral("epochs"), QStringLiteral("10") } };
    d.environment = { { QStringLiteral("BATCH"), QStringLiteral("32") } };
    d.autoRestart = true;
    d.restartCount = 5;
    d.unconditionalRestart = true;
    d.resourceType = QStringLiteral("GPU");
    d.flavorId = QStringLiteral("modelarts.vm.gpu.p100");
    d.nodeCount = 2;
    d.logPath = QStringLiteral("obs://bucket/logs/");
    d.notification = true;
    d.topicUrn = QStringLiteral("urn:smn:cn-north-4:proj:training");
    d.notificationEvents = { QStringLiteral("JobStarted"), QStringLiteral("JobFailed") };
    d.autoStop = true;
    d.autoStopHours = 6;
    return d;
}

TrainingJobDraft customizeDraft()
{
    TrainingJobDraft d;
    d.name = QStringLiteral("customize-job");
    d.engineName = QStringLiteral("PyTorch");
    d.engineVersion = TrainingJobDraft::customizeVersion();
    d.image = QStringLiteral("team/pytorch-custom:2.1");
    d.codeDir = QStringLiteral("obs://bucket/code/");
    d.bootFile = QStringLiteral("obs://bucket/code/train.py");
    d.workDir = QStringLiteral("/home/ma-user/modelarts/user-job-dir/code");
    d.resourceType = QStringLiteral("CPU");
    d.flavorId = QStringLiteral("modelarts.vm.cpu.8u");
    d.persistentLog = false;
    return d;
}

/** Custom image on the "local" pool: runs for real on modelarts-local. */
TrainingJobDraft localImageDraft()
{
    TrainingJobDraft d = TrainingJobDraft::withDefaults();
    d.name = QStringLiteral("draft-local-image");
    d.bootMode = TrainingJobDraft::BootMode::CustomImage;
    d.image = QStringLiteral("team/trainer:1.0");
    d.bootCommand = QStringLiteral("echo hello-from-draft");
    d.inputs[0].obsPath = QStringLiteral("obs://draft-bucket/data/");
    d.outputs[0].obsPath = QStringLiteral("obs://draft-bucket/out/");
    d.environment = { { QStringLiteral("EPOCHS"), QStringLiteral("1") } };
    d.dedicatedPool = true;
    d.poolId = QStringLiteral("local");
    d.flavorId = QStringLiteral("modelarts.local.cpu"); // the pool's node flavor
    d.logPath = QStringLiteral("obs://draft-bucket/logs/");
    return d;
}

TrainingJobDraft myAlgorithmDraft()
{
    TrainingJobDraft d;
    d.name = QStringLiteral("my-algorithm-job");
    d.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    d.algorithmId = QStringLiteral("2e4b3c2a-9b0e-4f57-a1c6-1f0e8d7c6b5a");
    d.inputs = { obsChannel("data_url", "obs://bucket/data/") };
    DataChannel dataset;
    dataset.name = QStringLiteral("eval_set");
    dataset.source = DataChannel::Source::Dataset;
    dataset.datasetId = QStringLiteral("ds-1");
    dataset.datasetVersionId = QStringLiteral("v-2");
    d.inputs.append(dataset);
    d.outputs = { obsChannel("train_url", "obs://bucket/out/") };
    d.hyperparameters = { { QStringLiteral("lr"), QStringLiteral("0.1") } };
    d.resourceType = QStringLiteral("CPU");
    d.flavorId = QStringLiteral("modelarts.vm.cpu.2u");
    d.logPath = QStringLiteral("obs://bucket/logs/");
    return d;
}

/** Preset image with code on SFS, on a dedicated pool with a priority and two SFS Turbo mounts. */
TrainingJobDraft dedicatedDraft()
{
    TrainingJobDraft d;
    d.name = QStringLiteral("dedicated-job");
    d.engineName = QStringLiteral("PyTorch");
    d.engineVersion = QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64");
    d.engineId = QStringLiteral("pytorch-1.8.0-engine");
    d.codeSource = TrainingJobDraft::CodeSource::Sfs;
    d.codeDir = QStringLiteral("/mnt/sfs/code/");
    d.bootFile = QStringLiteral("/mnt/sfs/code/train.py");
    d.workDir = QStringLiteral("/mnt/sfs/code");
    d.autoRestart = true;
    d.restartOnSuspension = true;
    d.dedicatedPool = true;
    d.poolId = QStringLiteral("pool-a1b2c3");
    d.flavorId = QStringLiteral("modelarts.pool.visual.xlarge");
    d.priority = 2;
    SfsTurboMount a;
    a.fileSystem = QStringLiteral("192.168.0.10");
    a.mountPath = QStringLiteral("/mnt/sfs");
    SfsTurboMount b;
    b.fileSystem = QStringLiteral("sfs-turbo-data");
    b.mountPath = QStringLiteral("/mnt/data");
    b.directory = QStringLiteral("/datasets");
    b.readOnly = true;
    d.sfsTurbo = { a, b };
    d.persistentLog = false;
    return d;
}

/** What the service answers for @p request: the body plus an id and a phase (and the flavor type it resolves). */
api::TrainingJob asJob(const api::TrainingJobCreate &request, const QString &flavorType = QString())
{
    Json j = api::encode(request);
    j["metadata"]["id"] = "0b5d7c1e-0000-4000-8000-000000000001";
    j["status"] = { { "phase", "Creating" } };
    if (!flavorType.isEmpty())
        j["spec"]["resource"]["flavor_detail"] = { { "flavor_type", flavorType.toStdString() } };
    return api::fromJson<api::TrainingJob>(j);
}

TrainingJobDraft everyFieldSet()
{
    TrainingJobDraft d;
    d.name = QStringLiteral("all-fields");
    d.description = QStringLiteral("every field differs from the default");
    d.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    d.algorithmId = QStringLiteral("algo-1");
    d.subscriptionId = QStringLiteral("sub-1");
    d.itemVersionId = QStringLiteral("ver-1");
    d.autoSearch.enabled = true;
    d.autoSearch.metric = QStringLiteral("accuracy");
    d.autoSearch.direction = QStringLiteral("min");
    d.autoSearch.regex = QStringLiteral("acc=(\\d+)");
    d.autoSearch.algorithms = { QStringLiteral("tpe_search") };
    d.autoSearch.parameters = { { QStringLiteral("gamma"), QStringLiteral("0.3") } };
    d.autoSearch.ranges = { { QStringLiteral("lr"), QStringLiteral("0.1"), QStringLiteral("x") } };
    d.bootMode = TrainingJobDraft::BootMode::CustomImage;
    d.engineName = QStringLiteral("MindSpore");
    d.engineVersion = QStringLiteral("mindspore_2.0");
    d.engineId = QStringLiteral("engine-9");
    d.image = QStringLiteral("org/img:1");
    d.codeSource = TrainingJobDraft::CodeSource::Sfs;
    d.codeDir = QStringLiteral("obs://b/code/");
    d.bootFile = QStringLiteral("obs://b/code/a.py");
    d.bootCommand = QStringLiteral("bash run.sh && echo \"done\"");
    d.userId = QStringLiteral("12x");
    d.localCodeDir = QStringLiteral("/work/code");
    d.workDir = QStringLiteral("/work");
    DataChannel in = obsChannel("in", "obs://b/in/");
    in.source = DataChannel::Source::Dataset;
    in.datasetId = QStringLiteral("ds");
    in.datasetVersionId = QStringLiteral("v1");
    in.delivery = DataChannel::Delivery::EnvironmentVariable;
    DataChannel out = obsChannel("out", "obs://b/out/");
    out.predownload = true;
    d.inputs = { in };
    d.outputs = { out, obsChannel("extra", "obs://b/extra/") };
    d.hyperparameters = { { QStringLiteral("k"), QStringLiteral("v") } };
    d.environment = { { QStringLiteral("E"), QStringLiteral("") } };
    d.autoRestart = true;
    d.restartCount = 128;
    d.unconditionalRestart = true;
    d.restartOnSuspension = true;
    d.dedicatedPool = true;
    d.poolId = QStringLiteral("pool-x");
    d.resourceType = QStringLiteral("Ascend");
    d.flavorId = QStringLiteral("flavor-x");
    d.nodeCount = 7;
    d.priority = 3;
    SfsTurboMount m;
    m.fileSystem = QStringLiteral("fs");
    m.mountPath = QStringLiteral("/mnt/x");
    m.directory = QStringLiteral("/d");
    m.readOnly = true;
    m.mountOptions = QStringLiteral("vers=3");
    d.sfsTurbo = { m };
    d.persistentLog = false;
    d.logPath = QStringLiteral("obs://b/log/");
    d.notification = true;
    d.topicUrn = QStringLiteral("urn:t");
    d.notificationEvents = { QStringLiteral("JobHanged") };
    d.autoStop = true;
    d.autoStopHours = 720;
    d.sshTrust = true;
    d.sshKeyDir = QStringLiteral("/root/.ssh");
    d.trainingMode = TrainingJobDraft::TrainingMode::FaultDiagnosis;
    d.tags = { { QStringLiteral("team"), QStringLiteral("vision") } };
    return d;
}
} // namespace

class TestTrainingJobDraft : public QObject
{
    Q_OBJECT

private slots:
    void customizeVersion();
    void generatedNamePassesTheNameRule();
    void withDefaults();
    void rebuildName();
    void jsonRoundTripKeepsEveryField();
    void jsonToleratesMissingAndMalformedKeys();
    void createBody_data();
    void createBody();
    void obtainedFromIsSentAsAccessMethod();
    void hiddenFieldsAreNotSent();
    /**
     * Hyperparameter search: kind autosearch_job and algorithm.policies.auto_search, each
     * parameter only with the algorithms that document it, bounds and values as strings;
     * Rebuild reads it back; Custom algorithm and a switched-off block send none.
     */
    void autoSearchBody();
    /** My subscription: subscription_id and item_version_id, no id or engine; Rebuild reads them back. */
    void subscriptionBody();
    void unsupportedFieldsAreListedNotSent();
    void sfsCodeSourceRoundTrip();
    void channelLocalDirIsSentAndRebuilt();
    void rebuildRecoversTheDraft_data();
    void rebuildRecoversTheDraft();
    void rebuildReadsAnnotationsAndVolumes();
    void v1Body();
    void localBackendAcceptsTheBody();
};

void TestTrainingJobDraft::customizeVersion()
{
    QCOMPARE(TrainingJobDraft::customizeVersion(), QStringLiteral("Customize"));
}

void TestTrainingJobDraft::generatedNamePassesTheNameRule()
{
    const QRegularExpression shape(QStringLiteral("^job-\\d{14}-[a-z0-9]{4}$"));
    QSet<QString> names;
    for (int i = 0; i < 20; ++i)
    {
        const QString name = TrainingJobDraft::generateName();
        QVERIFY2(shape.match(name).hasMatch(), qPrintable(name));
        TrainingJobDraft d;
        d.name = name;
        QVERIFY2(models::validateField(d, models::DraftField::Name).isEmpty(), qPrintable(name));
        names.insert(name);
    }
    QVERIFY(names.size() > 1); // the random suffix differs
}

void TestTrainingJobDraft::withDefaults()
{
    const TrainingJobDraft d = TrainingJobDraft::withDefaults();
    QVERIFY(d.name.startsWith(QStringLiteral("job-")));
    QCOMPARE(d.inputs.size(), 1);
    QCOMPARE(d.inputs[0].name, QStringLiteral("data_url"));
    QCOMPARE(d.inputs[0].source, DataChannel::Source::DataPath);
    QCOMPARE(d.outputs.size(), 1);
    QCOMPARE(d.outputs[0].name, QStringLiteral("train_url"));
    QCOMPARE(d.userId, QStringLiteral("1000"));
    QCOMPARE(d.restartCount, 3);
    QCOMPARE(d.nodeCount, 1);
    QCOMPARE(d.priority, 1);
    QVERIFY(d.persistentLog);
    QVERIFY(!d.autoRestart && !d.autoStop && !d.notification && !d.sshTrust);
    QCOMPARE(d.sshKeyDir, QStringLiteral("/home/ma-user/.ssh"));
    QCOMPARE(d.localCodeDir, QStringLiteral("/home/ma-user/modelarts/user-job-dir"));
}

void TestTrainingJobDraft::rebuildName()
{
    const QString copy = TrainingJobDraft::rebuildName(QStringLiteral("resnet-train"));
    QVERIFY2(QRegularExpression(QStringLiteral("^resnet-train-[a-z0-9]{4}$")).match(copy).hasMatch(), qPrintable(copy));
    const QString longName(64, u'a');
    const QString longCopy = TrainingJobDraft::rebuildName(longName);
    QCOMPARE(longCopy.size(), 64);
    QVERIFY(longCopy.startsWith(QString(59, u'a') + u'-'));
    const QString generated = TrainingJobDraft::rebuildName(QStringLiteral("job-20261122115026-ab12"));
    QVERIFY(generated.startsWith(QStringLiteral("job-")));
    QCOMPARE(generated.size(), 23); // a fresh generated name, not one with two suffixes
}

void TestTrainingJobDraft::jsonRoundTripKeepsEveryField()
{
    const TrainingJobDraft d = everyFieldSet();
    QVERIFY(d != TrainingJobDraft());
    const Json j = d.toJson();
    QCOMPARE(TrainingJobDraft::fromJson(j), d);
    // Through text as well, as it is saved.
    QCOMPARE(TrainingJobDraft::fromJson(Json::parse(j.dump())), d);
    QCOMPARE(TrainingJobDraft::fromJson(TrainingJobDraft().toJson()), TrainingJobDraft());
}

void TestTrainingJobDraft::jsonToleratesMissingAndMalformedKeys()
{
    QCOMPARE(TrainingJobDraft::fromJson(Json::object()), TrainingJobDraft());
    QCOMPARE(TrainingJobDraft::fromJson(Json::array()), TrainingJobDraft());
    QCOMPARE(TrainingJobDraft::fromJson(Json()), TrainingJobDraft());

    Json j = everyFieldSet().toJson();
    j["node_count"] = "seven"; // wrong type: default stays
    j["boot_mode"] = "something-new"; // unknown enum value: default stays
    j["inputs"] = Json::array({ 42, { { "name", "only-name" } } });
    j.erase("description");
    j["a_key_from_a_newer_version"] = { { "x", 1 } };
    const TrainingJobDraft d = TrainingJobDraft::fromJson(j);
    QCOMPARE(d.nodeCount, 1);
    QCOMPARE(d.bootMode, TrainingJobDraft::BootMode::PresetImage);
    QCOMPARE(d.description, QString());
    QCOMPARE(d.inputs.size(), 1);
    QCOMPARE(d.inputs[0].name, QStringLiteral("only-name"));
    QCOMPARE(d.inputs[0].source, DataChannel::Source::DataPath);
    QCOMPARE(d.name, QStringLiteral("all-fields"));
    QCOMPARE(d.autoStopHours, 720);
}

void TestTrainingJobDraft::createBody_data()
{
    QTest::addColumn<TrainingJobDraft>("draft");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("preset image") << presetDraft() << QStringLiteral("ws-1") << QByteArray(R"({
        "kind": "job",
        "metadata": {"name": "preset-job", "description": "ResNet baseline", "workspace_id": "ws-1",
            "annotations": {"fault-tolerance/job-retry-num": "5", "fault-tolerance/job-unconditional-retry": "true"}},
        "algorithm": {
            "code_dir": "obs://bucket/code/", "boot_file": "obs://bucket/code/train.py",
            "parameters": [{"name": "lr", "value": "0.01"}, {"name": "epochs", "value": "10"}],
            "inputs": [{"name": "data_url", "access_method": "parameter", "remote": {"obs": {"obs_url": "obs://bucket/data/"}}}],
            "outputs": [{"name": "train_url", "access_method": "parameter", "remote": {"obs": {"obs_url": "obs://bucket/out/"}}}],
            "engine": {"engine_name": "PyTorch", "engine_version": "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"},
            "local_code_dir": "/home/ma-user/modelarts/user-job-dir",
            "environments": {"BATCH": "32"}},
        "spec": {
            "resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 2},
            "log_export_path": {"obs_url": "obs://bucket/logs/"},
            "auto_stop": {"time_unit": "HOURS", "duration": 6},
            "notification": {"topic_urn": "urn:smn:cn-north-4:proj:training", "events": ["JobStarted", "JobFailed"]}}
    })");

    QTest::newRow("preset Customize") << customizeDraft() << QString() << QByteArray(R"({
        "kind": "job",
        "metadata": {"name": "customize-job"},
        "algorithm": {
            "code_dir": "obs://bucket/code/", "boot_file": "obs://bucket/code/train.py",
            "engine": {"image_url": "team/pytorch-custom:2.1"},
            "local_code_dir": "/home/ma-user/modelarts/user-job-dir",
            "working_dir": "/home/ma-user/modelarts/user-job-dir/code"},
        "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}}
    })");

    QTest::newRow("custom image, local pool") << localImageDraft() << QString() << QByteArray(R"({
        "kind": "job",
        "metadata": {"name": "draft-local-image"},
        "algorithm": {
            "command": "echo hello-from-draft",
            "inputs": [{"name": "data_url", "access_method": "parameter", "remote": {"obs": {"obs_url": "obs://draft-bucket/data/"}}}],
            "outputs": [{"name": "train_url", "access_method": "parameter", "remote": {"obs": {"obs_url": "obs://draft-bucket/out/"}}}],
            "engine": {"image_url": "team/trainer:1.0"},
            "local_code_dir": "/home/ma-user/modelarts/user-job-dir",
            "environments": {"EPOCHS": "1"}},
        "spec": {
            "resource": {"flavor_id": "modelarts.local.cpu", "node_count": 1, "pool_id": "local"},
            "log_export_path": {"obs_url": "obs://draft-bucket/logs/"},
            "schedule_policy": {"priority": 1}}
    })");

    QTest::newRow("my algorithm") << myAlgorithmDraft() << QStringLiteral("0") << QByteArray(R"({
        "kind": "job",
        "metadata": {"name": "my-algorithm-job", "workspace_id": "0"},
        "algorithm": {
            "id": "2e4b3c2a-9b0e-4f57-a1c6-1f0e8d7c6b5a",
            "parameters": [{"name": "lr", "value": "0.1"}],
            "inputs": [{"name": "data_url", "access_method": "parameter", "remote": {"obs": {"obs_url": "obs://bucket/data/"}}},
                       {"name": "eval_set", "access_method": "parameter", "remote": {"dataset": {"id": "ds-1", "version_id": "v-2"}}}],
            "outputs": [{"name": "train_url", "access_method": "parameter", "remote": {"obs": {"obs_url": "obs://bucket/out/"}}}]},
        "spec": {
            "resource": {"flavor_id": "modelarts.vm.cpu.2u", "node_count": 1},
            "log_export_path": {"obs_url": "obs://bucket/logs/"}}
    })");

    QTest::newRow("dedicated, priority, SFS Turbo") << dedicatedDraft() << QString() << QByteArray(R"({
        "kind": "job",
        "metadata": {"name": "dedicated-job",
            "annotations": {"fault-tolerance/job-retry-num": "3", "fault-tolerance/hang-retry": "true"}},
        "algorithm": {
            "code_dir": "file:///mnt/sfs/code/", "boot_file": "/mnt/sfs/code/train.py",
            "engine": {"engine_id": "pytorch-1.8.0-engine"},
            "working_dir": "/mnt/sfs/code"},
        "spec": {
            "resource": {"flavor_id": "modelarts.pool.visual.xlarge", "node_count": 1, "pool_id": "pool-a1b2c3"},
            "schedule_policy": {"priority": 2},
            "volumes": [
                {"nfs": {"nfs_server_path": "192.168.0.10:/", "local_path": "/mnt/sfs", "read_only": false}},
                {"nfs": {"nfs_server_path": "sfs-turbo-data:/datasets", "local_path": "/mnt/data", "read_only": true}}]}
    })");
}

void TestTrainingJobDraft::createBody()
{
    QFETCH(TrainingJobDraft, draft);
    QFETCH(QString, workspace);
    QFETCH(QByteArray, expected);
    const QString diff = jsonDiff(api::encode(draft.toCreateRequest(workspace)), Json::parse(expected.toStdString()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Every draft above is valid for the form.
    models::ValidationContext ctx;
    const QList<models::DraftIssue> issues = models::validateDraft(draft, ctx);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
}

void TestTrainingJobDraft::obtainedFromIsSentAsAccessMethod()
{
    TrainingJobDraft d = presetDraft();
    d.inputs.first().delivery = DataChannel::Delivery::EnvironmentVariable;
    const Json body = api::encode(d.toCreateRequest());
    QCOMPARE(body["algorithm"]["inputs"][0]["access_method"], Json("env"));
    QCOMPARE(body["algorithm"]["outputs"][0]["access_method"], Json("parameter"));
    const TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(asJob(d.toCreateRequest(), QStringLiteral("CPU")));
    QCOMPARE(rebuilt.inputs.first().delivery, DataChannel::Delivery::EnvironmentVariable);
    QCOMPARE(rebuilt.outputs.first().delivery, DataChannel::Delivery::Hyperparameter);
}

void TestTrainingJobDraft::autoSearchBody()
{
    TrainingJobDraft d = presetDraft();
    d.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    d.algorithmId = QStringLiteral("algo-7");
    d.autoSearch.enabled = true;
    d.autoSearch.metric = QStringLiteral(" loss ");
    d.autoSearch.direction = QStringLiteral("min");
    d.autoSearch.regex = QStringLiteral("loss=([0-9.]+)");
    d.autoSearch.algorithms = { QStringLiteral("tpe_search"), QStringLiteral("anneal_search") };
    d.autoSearch.parameters = { { QStringLiteral("num_samples"), QStringLiteral("12") },
        { QStringLiteral("gamma"), QStringLiteral("0.25") }, { QStringLiteral("shrink_coef"), QStringLiteral("0.1") },
        { QStringLiteral("custom_knob"), QStringLiteral("on") } };
    d.autoSearch.ranges = { { QStringLiteral("lr"), QStringLiteral("0.001"), QStringLiteral(" 0.1") } };
    const Json body = api::encode(d.toCreateRequest());
    QCOMPARE(body["kind"], Json("autosearch_job"));
    const Json expected = Json::parse(R"json({
        "reward_attrs": [{"name": "loss", "mode": "min", "regex": "loss=([0-9.]+)"}],
        "search_params": [{"name": "lr", "param_type": "continuous", "lower_bound": "0.001", "upper_bound": "0.1"}],
        "algo_configs": [
            {"name": "tpe_search", "params": [
                {"key": "num_samples", "value": "12", "type": "Integer"},
                {"key": "gamma", "value": "0.25", "type": "Float"},
                {"key": "custom_knob", "value": "on", "type": "String"}]},
            {"name": "anneal_search", "params": [
                {"key": "num_samples", "value": "12", "type": "Integer"},
                {"key": "shrink_coef", "value": "0.1", "type": "Float"},
                {"key": "custom_knob", "value": "on", "type": "String"}]}]
    })json");
    QCOMPARE(QString::fromStdString(body["algorithm"]["policies"]["auto_search"].dump()),
        QString::fromStdString(expected.dump()));

    // Rebuild: the block as sent (the first value of a key shared by several algorithms).
    const TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(asJob(d.toCreateRequest()));
    QVERIFY(rebuilt.autoSearch.enabled);
    QCOMPARE(rebuilt.autoSearch.metric, QStringLiteral("loss"));
    QCOMPARE(rebuilt.autoSearch.direction, QStringLiteral("min"));
    QCOMPARE(rebuilt.autoSearch.algorithms, d.autoSearch.algorithms);
    QCOMPARE(rebuilt.autoSearch.parameters.size(), 4);
    QCOMPARE(rebuilt.autoSearch.ranges.front().upper, QStringLiteral("0.1"));

    // Off, or a custom algorithm: a plain job without policies.
    TrainingJobDraft off = d;
    off.autoSearch.enabled = false;
    QCOMPARE(api::encode(off.toCreateRequest())["kind"], Json("job"));
    QVERIFY(!api::encode(off.toCreateRequest())["algorithm"].contains("policies"));
    TrainingJobDraft custom = d;
    custom.algorithmType = TrainingJobDraft::AlgorithmType::CustomAlgorithm;
    QVERIFY(!api::encode(custom.toCreateRequest())["algorithm"].contains("policies"));
    // The legacy v1 body cannot carry it: the form lists it as not sent.
    const QList<KeyValue> notSent = d.notSentFields(true);
    QVERIFY(std::any_of(
        notSent.cbegin(), notSent.cend(), [](const KeyValue &kv) { return kv.key == u"Hyperparameter search"; }));
}

void TestTrainingJobDraft::subscriptionBody()
{
    TrainingJobDraft d = presetDraft();
    d.algorithmType = TrainingJobDraft::AlgorithmType::MySubscription;
    d.subscriptionId = QStringLiteral(" 2b4f-sub ");
    d.itemVersionId = QStringLiteral("v-77");
    d.algorithmId = QStringLiteral("ignored-algo");
    d.autoSearch.enabled = true; // My algorithm only
    const Json body = api::encode(d.toCreateRequest());
    QCOMPARE(body["kind"], Json("job"));
    const Json &algorithm = body["algorithm"];
    QCOMPARE(algorithm["subscription_id"], Json("2b4f-sub"));
    QCOMPARE(algorithm["item_version_id"], Json("v-77"));
    QVERIFY(!algorithm.contains("id"));
    QVERIFY(!algorithm.contains("engine"));
    QVERIFY(!algorithm.contains("code_dir"));
    QVERIFY(!algorithm.contains("policies"));
    QVERIFY(algorithm.contains("inputs")); // the job's own data still goes with it

    const TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(asJob(d.toCreateRequest()));
    QCOMPARE(rebuilt.algorithmType, TrainingJobDraft::AlgorithmType::MySubscription);
    QCOMPARE(rebuilt.subscriptionId, QStringLiteral("2b4f-sub"));
    QCOMPARE(rebuilt.itemVersionId, QStringLiteral("v-77"));
    // v1 has no subscription: listed as not sent in legacy mode only.
    const auto listed = [](const QList<KeyValue> &fields)
    {
        return std::any_of(
            fields.cbegin(), fields.cend(), [](const KeyValue &kv) { return kv.key == u"My subscription"; });
    };
    QVERIFY(listed(d.notSentFields(true)));
    QVERIFY(!listed(d.notSentFields(false)));
}

void TestTrainingJobDraft::hiddenFieldsAreNotSent()
{
    // Public pool: no priority, no SFS Turbo, no pool id even if typed before switching.
    TrainingJobDraft d = presetDraft();
    d.priority = 3;
    d.poolId = QStringLiteral("pool-a");
    d.sfsTurbo = { SfsTurboMount { QStringLiteral("fs"), QStringLiteral("/mnt/a") } };
    d.sshTrust = true;
    d.tags = { { QStringLiteral("team"), QStringLiteral("cv") } };
    d.userId = QStringLiteral("1001"); // only for custom images, and not in the v2 body
    d.bootCommand = QStringLiteral("python x.py"); // custom image only
    d.image = QStringLiteral("team/x:1"); // Customize only
    Json body = api::encode(d.toCreateRequest());
    QVERIFY(!body["spec"].contains("schedule_policy"));
    QVERIFY(!body["spec"].contains("volumes"));
    QVERIFY(!body["spec"]["resource"].contains("pool_id"));
    QVERIFY(!body.contains("endpoints"));
    QVERIFY(!body["algorithm"].contains("command"));
    QVERIFY(!body["algorithm"]["engine"].contains("image_url"));
    QVERIFY(body.dump().find("1001") == std::string::npos);
    QVERIFY(body.dump().find("team") == std::string::npos);

    // Code Source = SFS: code_dir is the SFS folder as file://, no local code dir (it has no effect then).
    d.codeSource = TrainingJobDraft::CodeSource::Sfs;
    d.codeDir = QStringLiteral("/mnt/sfs_turbo/code/");
    body = api::encode(d.toCreateRequest());
    QCOMPARE(body["algorithm"]["code_dir"], Json("file:///mnt/sfs_turbo/code/"));
    QVERIFY(!body["algorithm"].contains("local_code_dir"));
    QVERIFY(body["algorithm"].contains("boot_file"));

    // My algorithm: nothing of the custom algorithm part.
    d.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    d.algorithmId = QStringLiteral("algo");
    d.workDir = QStringLiteral("/work");
    body = api::encode(d.toCreateRequest());
    for (const char *key : { "engine", "code_dir", "boot_file", "command", "local_code_dir", "working_dir" })
        QVERIFY2(!body["algorithm"].contains(key), key);
    QCOMPARE(QString::fromStdString(body["algorithm"]["id"].get<std::string>()), QStringLiteral("algo"));

    // Switches off: nothing of their settings.
    d = presetDraft();
    d.autoRestart = false;
    d.autoStop = false;
    d.notification = false;
    d.persistentLog = false;
    body = api::encode(d.toCreateRequest());
    QVERIFY(!body["metadata"].contains("annotations"));
    QVERIFY(!body["spec"].contains("auto_stop"));
    QVERIFY(!body["spec"].contains("notification"));
    QVERIFY(!body["spec"].contains("log_export_path"));
}

void TestTrainingJobDraft::unsupportedFieldsAreListedNotSent()
{
    // The v2 create body has no run user (JobEngine), no predownload (Output), no mount
    // options (spec.volumes[].nfs), no SSH mutual trust and no training mode.
    TrainingJobDraft d = localImageDraft();
    d.userId = QStringLiteral("1234");
    d.outputs = { DataChannel { QStringLiteral("train_url"), DataChannel::Source::DataPath,
        QStringLiteral("obs://b/out/"), {}, {}, DataChannel::Delivery::Hyperparameter, true, {} } };
    d.sfsTurbo = { SfsTurboMount { QStringLiteral("fs-1"), QStringLiteral("/mnt/a"), QStringLiteral("/"), false,
        QStringLiteral("vers=3,nolock") } };
    d.sshTrust = true;
    d.sshKeyDir = QStringLiteral("/home/ma-user/.ssh-custom");
    d.trainingMode = TrainingJobDraft::TrainingMode::HighPerformance;
    const QList<models::KeyValue> expected = { { QStringLiteral("User ID"), QStringLiteral("1234") },
        { QStringLiteral("Predownload"), QStringLiteral("train_url") },
        { QStringLiteral("Mount options"), QStringLiteral("/mnt/a: vers=3,nolock") },
        { QStringLiteral("SSH mutual trust"), QStringLiteral("/home/ma-user/.ssh-custom") },
        { QStringLiteral("Training mode"), QStringLiteral("High performance mode") } };
    QCOMPARE(d.notSentFields(), expected);
    const std::string body = api::encode(d.toCreateRequest()).dump();
    for (const char *text :
        { "1234", "run_user", "predownload", "prefetch", "vers=3", "ssh", "HighPerformance", "training_mode" })
        QVERIFY2(body.find(text) == std::string::npos, text);
    // The mount itself is sent.
    QVERIFY(body.find("/mnt/a") != std::string::npos);

    // Defaults of a preset-image job on the public pool: nothing to report.
    QCOMPARE(presetDraft().notSentFields(), QList<models::KeyValue>());

    // The legacy v1 body carries less: presetDraft() sets auto restart, environment,
    // notification and auto stop, none of which the v1 config has.
    const TrainingJobDraft preset = presetDraft();
    QStringList v1Labels;
    for (const models::KeyValue &field : preset.notSentFields(true))
        v1Labels << field.key;
    QCOMPARE(v1Labels,
        QStringList({ QStringLiteral("Local code directory"), QStringLiteral("Environment variables"),
            QStringLiteral("Auto restart"), QStringLiteral("Event notification"), QStringLiteral("Auto stop") }));
    const std::string v1Body = api::v1::encode(preset.toV1CreateRequest()).dump();
    for (const char *text : { "BATCH", "urn:smn", "auto_stop", "user-job-dir" })
        QVERIFY2(v1Body.find(text) == std::string::npos, text);
}

void TestTrainingJobDraft::sfsCodeSourceRoundTrip()
{
    TrainingJobDraft d = presetDraft();
    d.codeSource = TrainingJobDraft::CodeSource::Sfs;
    d.codeDir = QStringLiteral("/mnt/sfs_turbo/code/");
    d.bootFile = QStringLiteral("/mnt/sfs_turbo/code/train.py");
    QVERIFY(models::isSubmittable(models::validateDraft(d)));
    const Json body = api::encode(d.toCreateRequest());
    QCOMPARE(body["algorithm"]["code_dir"], Json("file:///mnt/sfs_turbo/code/"));
    QCOMPARE(body["algorithm"]["boot_file"], Json("/mnt/sfs_turbo/code/train.py"));
    const TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(asJob(d.toCreateRequest(), QStringLiteral("GPU")));
    QCOMPARE(rebuilt.codeSource, TrainingJobDraft::CodeSource::Sfs);
    QCOMPARE(rebuilt.codeDir, QStringLiteral("/mnt/sfs_turbo/code/"));
    QCOMPARE(rebuilt.bootFile, d.bootFile);

    // The validator wants the SFS folder as an absolute path.
    d.codeDir = QStringLiteral("obs://bucket/code/");
    QList<models::DraftIssue> issues = models::validateField(d, models::DraftField::CodeDir);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, QStringLiteral("Enter an absolute path, for example /mnt/sfs_turbo/code/."));
    d.codeDir.clear();
    issues = models::validateField(d, models::DraftField::CodeDir);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, QStringLiteral("Enter the code folder in SFS."));
}

void TestTrainingJobDraft::channelLocalDirIsSentAndRebuilt()
{
    TrainingJobDraft d = presetDraft();
    d.inputs.first().localDir = QStringLiteral("/home/ma-user/modelarts/inputs/data");
    d.outputs.first().localDir = QStringLiteral("/home/ma-user/modelarts/outputs/model");
    const Json body = api::encode(d.toCreateRequest());
    QCOMPARE(body["algorithm"]["inputs"][0]["local_dir"], Json("/home/ma-user/modelarts/inputs/data"));
    QCOMPARE(body["algorithm"]["outputs"][0]["local_dir"], Json("/home/ma-user/modelarts/outputs/model"));
    const TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(asJob(d.toCreateRequest(), QStringLiteral("GPU")));
    QCOMPARE(rebuilt.inputs.first().localDir, d.inputs.first().localDir);
    QCOMPARE(rebuilt.outputs.first().localDir, d.outputs.first().localDir);
    QCOMPARE(TrainingJobDraft::fromJson(d.toJson()).inputs.first().localDir, d.inputs.first().localDir);
    // Empty: the service chooses, nothing is sent.
    QVERIFY(!api::encode(presetDraft().toCreateRequest())["algorithm"]["inputs"][0].contains("local_dir"));
}

void TestTrainingJobDraft::rebuildRecoversTheDraft_data()
{
    QTest::addColumn<TrainingJobDraft>("draft");
    QTest::addColumn<QString>("flavorType");
    QTest::addColumn<TrainingJobDraft>("expected");

    QTest::newRow("preset image") << presetDraft() << QStringLiteral("GPU") << presetDraft();
    TrainingJobDraft customize = customizeDraft();
    customize.engineName.clear(); // the body names the image only, not the engine it was picked under
    QTest::newRow("preset Customize") << customizeDraft() << QStringLiteral("CPU") << customize;
    TrainingJobDraft local = localImageDraft();
    QTest::newRow("custom image") << local << QString() << local;
    QTest::newRow("my algorithm") << myAlgorithmDraft() << QStringLiteral("CPU") << myAlgorithmDraft();
    TrainingJobDraft dedicated = dedicatedDraft();
    dedicated.engineName.clear(); // the body names the engine by its engine_id only
    dedicated.engineVersion.clear();
    QTest::newRow("dedicated") << dedicatedDraft() << QString() << dedicated;
}

void TestTrainingJobDraft::rebuildRecoversTheDraft()
{
    QFETCH(TrainingJobDraft, draft);
    QFETCH(QString, flavorType);
    QFETCH(TrainingJobDraft, expected);
    TrainingJobDraft rebuilt
        = TrainingJobDraft::fromJob(asJob(draft.toCreateRequest(QStringLiteral("ws")), flavorType));
    QVERIFY(rebuilt.name.startsWith(draft.name + u'-'));
    QCOMPARE(rebuilt.name.size(), draft.name.size() + 5);
    rebuilt.name = expected.name;
    const QString diff = jsonDiff(rebuilt.toJson(), expected.toJson());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(rebuilt, expected);
}

void TestTrainingJobDraft::rebuildReadsAnnotationsAndVolumes()
{
    const Json body = {
        { "kind", "job" },
        { "metadata",
            { { "id", "id-1" }, { "name", "job-20261122115026-ab12" }, { "description", "d" },
                { "annotations",
                    { { "fault-tolerance/job-retry-num", "12" }, { "fault-tolerance/job-unconditional-retry", "true" },
                        { "os.modelarts/other", "x" } } } } },
        { "status", { { "phase", "Completed" } } },
        { "algorithm",
            { { "code_dir", "obs://b/code/" }, { "boot_file", "obs://b/code/t.py" },
                { "engine", { { "engine_id", "e-1" }, { "engine_name", "PyTorch" }, { "engine_version", "pt-2.1" } } },
                { "inputs",
                    Json::array(
                        { { { "name", "data_url" }, { "local_dir", "/home/ma-user/modelarts/inputs/data_url_0" },
                            { "remote", { { "obs", { { "obs_url", "obs://b/data/" } } } } } } }) } } },
        { "spec",
            { { "resource",
                  { { "policy", "regular" }, { "flavor_id", "f-1" }, { "flavor_name", "GPU: 1*V100" },
                      { "node_count", 2 }, { "pool_id", "pool-9" },
                      { "flavor_detail", { { "flavor_type", "GPU" } } } } },
                { "volumes",
                    Json::array({ { { "nfs",
                                      { { "nfs_server_path", "10.0.0.5:/share/data" }, { "local_path", "/mnt/d" },
                                          { "read_only", true } } } },
                        { { "nfs", { { "nfs_server_path", "turbo-only" }, { "local_path", "/mnt/e" } } } },
                        { { "obs", { { "obs_path", "obs://b/x/" }, { "local_path", "/mnt/o" } } } } }) },
                { "log_export_path", Json::object() }, { "schedule_policy", { { "priority", 3 } } } } },
    };
    const TrainingJobDraft d = TrainingJobDraft::fromJob(api::fromJson<api::TrainingJob>(body));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^job-\\d{14}-[a-z0-9]{4}$")).match(d.name).hasMatch(), qPrintable(d.name));
    QVERIFY(d.autoRestart);
    QCOMPARE(d.restartCount, 12);
    QVERIFY(d.unconditionalRestart);
    QVERIFY(!d.restartOnSuspension);
    QCOMPARE(d.engineId, QStringLiteral("e-1"));
    QCOMPARE(d.engineName, QStringLiteral("PyTorch"));
    QCOMPARE(d.engineVersion, QStringLiteral("pt-2.1"));
    QCOMPARE(d.codeSource, TrainingJobDraft::CodeSource::Obs);
    QCOMPARE(d.inputs.size(), 1);
    QCOMPARE(d.inputs[0].obsPath, QStringLiteral("obs://b/data/"));
    QVERIFY(d.outputs.isEmpty());
    QVERIFY(d.dedicatedPool);
    QCOMPARE(d.poolId, QStringLiteral("pool-9"));
    QCOMPARE(d.resourceType, QStringLiteral("GPU"));
    QCOMPARE(d.nodeCount, 2);
    QCOMPARE(d.priority, 3);
    QCOMPARE(d.sfsTurbo.size(), 2); // the OBS volume is not an SFS Turbo row
    QCOMPARE(d.sfsTurbo[0].fileSystem, QStringLiteral("10.0.0.5"));
    QCOMPARE(d.sfsTurbo[0].directory, QStringLiteral("/share/data"));
    QCOMPARE(d.sfsTurbo[0].mountPath, QStringLiteral("/mnt/d"));
    QVERIFY(d.sfsTurbo[0].readOnly);
    QCOMPARE(d.sfsTurbo[1].fileSystem, QStringLiteral("turbo-only"));
    QCOMPARE(d.sfsTurbo[1].directory, QStringLiteral("/"));
    QVERIFY(!d.sfsTurbo[1].readOnly);
    QVERIFY(!d.persistentLog); // the service's empty log_export_path
    QVERIFY(!d.autoStop);
    QVERIFY(!d.notification);
}

void TestTrainingJobDraft::v1Body()
{
    TrainingJobDraft preset = presetDraft();
    preset.flavorId = QStringLiteral("1");
    preset.engineId = QStringLiteral("2");
    QString diff = jsonDiff(api::v1::encode(preset.toV1CreateRequest(QStringLiteral("ws-1"))), Json::parse(R"({
        "job_name": "preset-job", "job_desc": "ResNet baseline", "workspace_id": "ws-1",
        "config": {
            "worker_server_num": 2,
            "app_url": "obs://bucket/code/", "boot_file_url": "obs://bucket/code/train.py",
            "parameter": [{"label": "lr", "value": "0.01"}, {"label": "epochs", "value": "10"}],
            "data_source": [{"type": "obs", "data_url": "obs://bucket/data/"}],
            "spec_id": 1, "engine_id": 2,
            "train_url": "obs://bucket/out/", "log_url": "obs://bucket/logs/"}
    })"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Custom image on a dedicated pool: environment variables travel as parameters; SFS Turbo as nfs volumes.
    TrainingJobDraft image = localImageDraft();
    image.poolId = QStringLiteral("pool-a");
    image.sfsTurbo = { SfsTurboMount { QStringLiteral("fs-1"), QStringLiteral("/mnt/a") } };
    image.inputs[0].source = DataChannel::Source::Dataset;
    image.inputs[0].datasetId = QStringLiteral("ds");
    image.inputs[0].datasetVersionId = QStringLiteral("v");
    diff = jsonDiff(api::v1::encode(image.toV1CreateRequest()), Json::parse(R"({
        "job_name": "draft-local-image",
        "config": {
            "worker_server_num": 1,
            "user_image_url": "team/trainer:1.0", "user_command": "echo hello-from-draft",
            "parameter": [{"label": "EPOCHS", "value": "1"}],
            "data_source": [{"type": "dataset", "dataset_id": "ds", "dataset_version": "v"}],
            "pool_id": "pool-a",
            "train_url": "obs://draft-bucket/out/", "log_url": "obs://draft-bucket/logs/",
            "volumes": [{"nfs": {"id": "fs-1", "src_path": "fs-1:/", "dest_path": "/mnt/a", "read_only": false}}]}
    })"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTrainingJobDraft::localBackendAcceptsTheBody()
{
    test::LocalBackend backend(test::LocalBackend::Options { 200.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();

    const TrainingJobDraft draft = localImageDraft();
    QVERIFY(models::isSubmittable(models::validateDraft(draft)));
    const api::ApiResult created = test::callAndWait(*client, training::create(draft.toCreateRequest()));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText() + u' ' + QString::fromUtf8(created.body)));
    QCOMPARE(created.httpStatus, 201);
    const auto job = api::fromBody<api::TrainingJob>(created.body);
    QCOMPARE(job.metadata.name, draft.name);

    // Rebuild from what the service answered gives the draft back (the service picked the pool's flavor).
    TrainingJobDraft rebuilt = TrainingJobDraft::fromJob(job);
    QVERIFY(rebuilt.name.startsWith(draft.name + u'-'));
    QVERIFY(!rebuilt.flavorId.isEmpty());
    TrainingJobDraft expected = draft;
    expected.name = rebuilt.name;
    expected.flavorId = rebuilt.flavorId;
    expected.resourceType = rebuilt.resourceType;
    // The service answers each channel's local_dir (here the folder the local job reads);
    // Rebuild keeps it.
    QVERIFY(!rebuilt.inputs.first().localDir.isEmpty());
    QVERIFY(!rebuilt.outputs.first().localDir.isEmpty());
    expected.inputs.first().localDir = rebuilt.inputs.first().localDir;
    expected.outputs.first().localDir = rebuilt.outputs.first().localDir;
    const QString diff = jsonDiff(rebuilt.toJson(), expected.toJson());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The boot command really runs on the local pool.
    const QString id = job.metadata.id.value_or(QString());
    QString phase;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            const api::ApiResult r = test::callAndWait(*client, training::show(id));
            phase = r.ok() ? api::fromBody<api::TrainingJob>(r.body).status.phase : QString();
            return api::isTerminalPhase(phase);
        }(),
        kWaitMs);
    QCOMPARE(phase, QStringLiteral("Completed"));
    const api::ApiResult log = test::callAndWait(*client, training::logPreview(id, QStringLiteral("worker-0")));
    QVERIFY(log.ok());
    const QString content = api::fromBody<api::TrainingLogPreview>(log.body).content;
    QVERIFY2(content.contains(QStringLiteral("hello-from-draft")), qPrintable(content));

    // The same name again is refused by the service, as the validator refuses it with the list.
    const api::ApiResult again = test::callAndWait(*client, training::create(draft.toCreateRequest()));
    QCOMPARE(again.httpStatus, 400);
    models::ValidationContext ctx;
    ctx.existingJobNames = { draft.name };
    QCOMPARE(models::validateField(draft, models::DraftField::Name, ctx).size(), 1);
}

QTEST_GUILESS_MAIN(TestTrainingJobDraft)
#include "tst_trainingjobdraft.moc"
