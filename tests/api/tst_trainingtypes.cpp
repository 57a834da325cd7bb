// Typed v2 training resources (api/types/training.h): decoding of concrete values, lossless
// round trips, strict errors with exact field paths, and the published examples EX001-EX017.

#include "api/types/training.h"
#include "specexamples.h"
#include "typetesthelpers.h"

#include <algorithm>
#include <map>
#include <QtTest>

using namespace ma::api;
using namespace Qt::StringLiterals;

namespace
{
using PlainJson = nlohmann::json;
using ma::test::exampleJson;
using ma::test::firstDifference;
using ma::test::plain;
using Codec = Json (*)(const Json &);

template <typename T> Json reencode(const Json &j)
{
    return encode(fromJson<T>(j));
}

const std::map<QString, Codec> &codecs()
{
    static const std::map<QString, Codec> table {
        { u"TrainingJob"_s, &reencode<TrainingJob> },
        { u"TrainingJobCreate"_s, &reencode<TrainingJobCreate> },
        { u"TrainingJobSearchRequest"_s, &reencode<TrainingJobSearchRequest> },
        { u"TrainingJobSearchResult"_s, &reencode<TrainingJobSearchResult> },
        { u"TrainingJobDescriptionUpdate"_s, &reencode<TrainingJobDescriptionUpdate> },
        { u"TrainingJobAction"_s, &reencode<TrainingJobAction> },
        { u"TrainingFlavorList"_s, &reencode<TrainingFlavorList> },
        { u"TrainingEngineList"_s, &reencode<TrainingEngineList> },
        { u"TrainingJobEventList"_s, &reencode<TrainingJobEventList> },
        { u"TrainingTaskList"_s, &reencode<TrainingTaskList> },
        { u"TrainingLogPreview"_s, &reencode<TrainingLogPreview> },
        { u"TrainingLogUrl"_s, &reencode<TrainingLogUrl> },
        { u"TrainingMetrics"_s, &reencode<TrainingMetrics> },
        { u"TrainingQuotas"_s, &reencode<TrainingQuotas> },
    };
    return table;
}

Json fixture(const QString &name)
{
    return parseJson(ma::test::readTestData(u"training/"_s + name));
}

QString str(const Json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

/** Removes published elision markers ("......") from arrays; returns how many. */
int stripElisionMarkers(Json &j)
{
    int removed = 0;
    if (j.is_array())
    {
        for (auto it = j.begin(); it != j.end();)
        {
            const bool marker = it->is_string() && !it->get_ref<const std::string &>().empty()
                && it->get_ref<const std::string &>().find_first_not_of('.') == std::string::npos;
            if (marker)
            {
                it = j.erase(it);
                ++removed;
            }
            else
            {
                removed += stripElisionMarkers(*it);
                ++it;
            }
        }
    }
    else if (j.is_object())
    {
        for (auto &item : j.items())
            removed += stripElisionMarkers(item.value());
    }
    return removed;
}

bool isEmptyBody(const ma::test::SpecExample &e)
{
    // T2-4 and T2-5 publish `null` and `""`: no resource, and no '{' for the reader to find.
    const QList<QByteArray> lines = e.block.trimmed().split('\n');
    const QByteArray last = lines.isEmpty() ? QByteArray() : lines.last().trimmed();
    return e.body.isEmpty() && (last == "null" || last == "\"\"");
}
} // namespace

class TestTrainingTypes : public QObject
{
    Q_OBJECT

private slots:
    void decodesFullJob();
    void decodesCreateRequest();
    void encodesOnlySetFields();
    void decodesSearchPage();
    void decodesFlavorsAndEngines();
    void decodesEventsAndTimes();
    void decodesTasksArray();
    void logPreviewKeys_data();
    void logPreviewKeys();
    void decodesMetricsAndQuotas();
    void roundTrip_data();
    void roundTrip();
    void unknownKeysSurvive();
    void strictErrors_data();
    void strictErrors();
    void phases_data();
    void phases();
    void looseScalar_data();
    void looseScalar();
    void apiDateTimes_data();
    void apiDateTimes();
    void publishedExamples();
    void publishedValues();
};

void TestTrainingTypes::decodesFullJob()
{
    const auto job = fromJson<TrainingJob>(fixture(u"job_full.json"_s));
    QCOMPARE(job.kind, u"job"_s);
    QCOMPARE(*job.metadata.id, u"0b6d1f4e-2c3a-4d5e-9f80-7a1b2c3d4e5f"_s);
    QCOMPARE(job.metadata.name, u"resnet50-imagenet-ft"_s);
    QCOMPARE(*job.metadata.createTime, Q_INT64_C(1718000000123));
    QCOMPARE(job.metadata.annotations->at(u"tensorboard/enable"_s), u"true"_s);

    QCOMPARE(job.status.phase, u"Running"_s);
    QCOMPARE(*job.status.duration, Q_INT64_C(7260000)); // sent as a string
    QCOMPARE(job.status.nodeCountMetrics->size(), std::size_t(3));
    QCOMPARE(job.status.nodeCountMetrics->at(1).timeMs, Q_INT64_C(1718000120000));
    QCOMPARE(job.status.nodeCountMetrics->at(1).nodeCount, 2);
    QCOMPARE(job.status.tasks->size(), std::size_t(2));
    QCOMPARE(*job.status.taskStatuses->at(1).exitCode, 137);
    QCOMPARE(*job.status.runningRecords->at(0).endRecover, u"pod_reschedule"_s);
    QCOMPARE(*job.status.runningRecords->at(0).startAt, Q_INT64_C(1718000060));
    QVERIFY(!job.status.runningRecords->at(1).endAt);
    QVERIFY(!isTerminalPhase(job.status.phase));
    QVERIFY(canTerminate(job.status.phase));

    const TrainingAlgorithm &algo = *job.algorithm;
    QCOMPARE(*algo.bootFile, u"obs://bucket-a/code/resnet/train.py"_s);
    QCOMPARE(algo.parameters->size(), std::size_t(2));
    QCOMPARE(*algo.parameters->at(0).value, u"0.001"_s);
    QCOMPARE(algo.parameters->at(0).constraint->validRange->size(), std::size_t(2));
    QCOMPARE(*algo.parameters->at(0).i18nDescription->language, u"zh-cn"_s);
    QVERIFY(!algo.parameters->at(1).constraint);
    QCOMPARE(*algo.inputs->at(0).remote.dataset->versionId, u"v-03"_s);
    QCOMPARE(
        algo.inputs->at(0).remoteConstraint->at(0).attributes->get<std::string>(), std::string("data_format=Default"));
    QCOMPARE(algo.outputs->at(0).remote.obs->obsUrl, u"/bucket-a/output/resnet/"_s);
    QCOMPARE(*algo.engine->engineName, u"PyTorch"_s);
    QVERIFY(algo.policies && !algo.policies->autoSearch);
    QCOMPARE(algo.environments->at(u"OMP_NUM_THREADS"_s), u"8"_s);

    const TrainingSpec &spec = *job.spec;
    QCOMPARE(*spec.resource->nodeCount, 2); // sent as a string
    QCOMPARE(*spec.resource->poolId, u"pool-gpu-01"_s);
    const FlavorInfo &info = *spec.resource->flavorDetail->flavorInfo;
    QCOMPARE(*info.maxNum, 8);
    QCOMPARE(*info.cpu->coreNum, 32);
    QCOMPARE(info.gpu->memory->toString(), u"32GB"_s);
    QVERIFY(info.npu->unitNum->isString());
    QCOMPARE(info.npu->unitNum->toInt(), Q_INT64_C(1));
    QCOMPARE(*info.disk->size, 800);
    QCOMPARE(*spec.volumes->at(0).nfs->readOnly, true);
    QCOMPARE(*spec.volumes->at(1).obs->localPath, u"/cache/obs"_s);
    QCOMPARE(*spec.logExportPath->obsUrl, u"/bucket-a/logs/resnet/"_s);
    QCOMPARE(*spec.schedulePolicy->requiredAffinity->affinityGroupSize, 2);
    QCOMPARE(*spec.autoStop->duration, 12);
    QCOMPARE(spec.notification->events->at(1), u"JobFailed"_s);

    QCOMPARE(*job.endpoints->ssh->taskUrls->at(0).url, u"ssh://10.1.2.3:30022"_s);
    QCOMPARE(*job.endpoints->jupyterLab->token, u"t-jl"_s);
    QVERIFY(!job.endpoints->mindstudioInsight);
}

void TestTrainingTypes::decodesCreateRequest()
{
    const auto req = fromJson<TrainingJobCreate>(fixture(u"create_full.json"_s));
    QCOMPARE(req.kind, u"job"_s);
    QCOMPARE(req.metadata.name, u"bert-pretrain-01"_s);
    QVERIFY(!req.metadata.id);
    QCOMPARE(*req.metadata.workspaceId, u"0"_s);

    const AutoSearchPolicy &search = *req.algorithm->policies->autoSearch;
    QCOMPARE(*search.skipSearchParams, u"batch_size=32"_s);
    QCOMPARE(*search.rewardAttrs->at(0).mode, u"max"_s);
    QCOMPARE(search.searchParams->at(0).lowerBound->toDouble(), 0.0001);
    QCOMPARE(search.searchParams->at(1).discreteValues->size(), std::size_t(3));
    QCOMPARE(search.searchParams->at(1).discretePointsNum->toInt(), Q_INT64_C(3));
    QCOMPARE(search.algoConfigs->at(0).params->at(0).value->toInt(), Q_INT64_C(20));

    QCOMPARE(req.algorithm->inputs->at(1).remote.dataset->id, u"ds-vocab"_s);
    QVERIFY(!req.algorithm->inputs->at(0).remote.dataset);
    QCOMPARE(*req.algorithm->engine->installSysPackages, true);
    QVERIFY(req.algorithm->summary->is_object());
    QCOMPARE(req.algorithm->environments->size(), std::size_t(2));

    QCOMPARE(*req.tasks->at(0).role, u"worker"_s);
    QCOMPARE(*req.tasks->at(0).taskResource->nodeCount, 1);
    QCOMPARE(*req.tasks->at(0).algorithm->command, u"python run.py"_s);

    QCOMPARE(*req.spec->volumes->at(1).pfs->pfsPath, u"/bucket-pfs/data/"_s);
    QCOMPARE(*req.spec->logExportPath->hostPath, u"/var/log/train"_s);
    QCOMPARE(*req.spec->schedulePolicy->preemptible, true);
    QCOMPARE(*req.spec->schedulePolicy->requiredAffinity->affinityType, u"hyperinstance"_s);
    QCOMPARE(req.spec->notification->events->size(), std::size_t(3));
    QCOMPARE(req.endpoints->ssh->keyPairNames->size(), std::size_t(2));
}

void TestTrainingTypes::encodesOnlySetFields()
{
    TrainingJobCreate req;
    req.metadata.name = u"demo"_s;
    req.spec = TrainingSpec();
    req.spec->resource = TrainingResource();
    req.spec->resource->flavorId = u"modelarts.vm.cpu.2u"_s;
    req.spec->resource->nodeCount = 1;
    const Json expected = Json::parse(R"({"kind":"job","metadata":{"name":"demo"},
        "spec":{"resource":{"flavor_id":"modelarts.vm.cpu.2u","node_count":1}}})");
    const Json actual = encode(req);
    QVERIFY2(actual == expected, actual.dump().c_str());

    const Json action = encode(terminateAction());
    QVERIFY2(action == Json::parse(R"({"action_type":"terminate"})"), action.dump().c_str());

    TrainingJobDescriptionUpdate update;
    update.description = u"new text"_s;
    QVERIFY(encode(update) == Json::parse(R"({"description":"new text"})"));
}

void TestTrainingTypes::decodesSearchPage()
{
    const auto req = fromJson<TrainingJobSearchRequest>(fixture(u"search_request.json"_s));
    QCOMPARE(*req.offset, 2);
    QCOMPARE(*req.limit, 20);
    QVERIFY(*req.limit <= kTrainingSearchMaxLimit);
    QCOMPARE(req.filters->size(), std::size_t(3));
    QCOMPARE(req.filters->at(1).op, u"between"_s);
    QCOMPARE(req.filters->at(1).value->at(1), u"1719000000000"_s);
    QCOMPARE(req.tags->at(0).values->size(), std::size_t(2));
    QCOMPARE(req.hostIps->at(0), u"10.1.2.3"_s);

    const auto page = fromJson<TrainingJobSearchResult>(fixture(u"search_result.json"_s));
    QCOMPARE(*page.total, 134);
    QCOMPARE(*page.count, 42);
    QCOMPARE(*page.offset, 3);
    QCOMPARE(*page.aiProject, u"default-ai-project"_s);
    QCOMPARE(page.items.size(), std::size_t(2));
    QCOMPARE(*page.items[0].metadata.id, u"job-a1"_s);
    QVERIFY(isTerminalPhase(page.items[0].status.phase));
    QVERIFY(!page.items[0].status.nodeCountMetrics); // null reads as absent
    QVERIFY(page.items[0].status.extra.contains("node_count_metrics"));
    QCOMPARE(page.items[1].kind, u"visualization_job"_s);
    QCOMPARE(*page.items[1].metadata.createTime, Q_INT64_C(1718200000000));
    QCOMPARE(*page.items[1].status.taskStatuses->at(0).exitCode, 1);
    QVERIFY(!page.items[1].algorithm);
}

void TestTrainingTypes::decodesFlavorsAndEngines()
{
    const auto flavors = fromJson<TrainingFlavorList>(fixture(u"flavors.json"_s));
    QCOMPARE(*flavors.totalCount, 3);
    QCOMPARE(flavors.flavors.size(), std::size_t(3));
    QCOMPARE(flavors.flavors[0].attributes->at(u"flavor_tag"_s), u"free"_s);
    QCOMPARE(*flavors.flavors[0].flavorInfo->disk->size, 100);
    QCOMPARE(*flavors.flavors[1].flavorInfo->gpu->unitNum, 1);
    QCOMPARE(flavors.flavors[1].flavorInfo->gpu->memory->toString(), u"16GB"_s);
    QCOMPARE(*flavors.flavors[1].poolId, u"pool-public"_s);
    const FlavorNpu &npu = *flavors.flavors[2].flavorInfo->npu;
    QCOMPARE(npu.unitNum->toInt(), Q_INT64_C(8));
    QCOMPARE(*flavors.flavors[2].billing->unitNum, 8);
    QVERIFY(flavors.flavors[2].extra.contains("support_engines"));

    const auto engines = fromJson<TrainingEngineList>(fixture(u"engines.json"_s));
    QCOMPARE(*engines.total, 2);
    QCOMPARE(engines.items[0].engineName.value(), u"MindSpore"_s);
    QCOMPARE(*engines.items[0].v1Compatible, false);
    QCOMPARE(*engines.items[0].runUser, u"1000"_s);
    QCOMPARE(*engines.items[1].imageInfo->cpuImageUrl, u"aip/sklearn:0.24"_s);
}

void TestTrainingTypes::decodesEventsAndTimes()
{
    const auto list = fromJson<TrainingJobEventList>(fixture(u"events.json"_s));
    QCOMPARE(*list.total, 3); // numbers sent as strings
    QCOMPARE(*list.limit, 50);
    QCOMPARE(*list.offset, 0);
    QCOMPARE(list.events.size(), std::size_t(3));
    QCOMPARE(apiDateTime(*list.startTime), QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1718000000000), Qt::UTC));
    QCOMPARE(apiDateTime(*list.endTime), QDateTime(QDate(2024, 6, 10), QTime(8, 0), Qt::UTC));

    const QDateTime rfc = apiDateTime(*list.events[0].time);
    QVERIFY(rfc.isValid());
    QCOMPARE(rfc.toUTC(), QDateTime(QDate(2024, 6, 10), QTime(6, 5, 6), Qt::UTC));
    QCOMPARE(apiDateTime(*list.events[1].time), QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1718000061000), Qt::UTC));
    QCOMPARE(apiDateTime(*list.events[2].time), QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1718000000500), Qt::UTC));
    QCOMPARE(*list.events[0].level, u"Warning"_s);
    QCOMPARE(*list.events[2].source, u"K8S"_s);
}

void TestTrainingTypes::decodesTasksArray()
{
    const auto tasks = fromJson<TrainingTaskList>(fixture(u"tasks.json"_s));
    QCOMPARE(tasks.size(), std::size_t(2));
    QCOMPARE(tasks[0].task, u"worker-0"_s);
    QCOMPARE(*tasks[0].hostIp, u"192.168.0.21"_s);
    QCOMPARE(*tasks[1].scheduleCount, 2);
    QVERIFY(tasks[1].extra.contains("x_task_unknown"));
}

void TestTrainingTypes::logPreviewKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("currentSize");

    QTest::newRow("content") << u"log_preview.json"_s << false << u"epoch 1/30"_s << Q_INT64_C(44);
    QTest::newRow("pre-2022 context") << u"log_preview_legacy.json"_s << true << u"[legacy]"_s << Q_INT64_C(29);
}

void TestTrainingTypes::logPreviewKeys()
{
    QFETCH(QString, file);
    QFETCH(bool, legacy);
    QFETCH(QString, prefix);
    QFETCH(qint64, currentSize);

    const auto preview = fromJson<TrainingLogPreview>(fixture(file));
    QCOMPARE(preview.legacyContextKey, legacy);
    QVERIFY(preview.content.startsWith(prefix));
    QCOMPARE(*preview.currentSize, currentSize);
    QCOMPARE(*preview.fullSize, Q_INT64_C(5242880));

    const Json back = encode(preview);
    QCOMPARE(back.contains("context"), legacy);
    QCOMPARE(back.contains("content"), !legacy);
}

void TestTrainingTypes::decodesMetricsAndQuotas()
{
    const auto metrics = fromJson<TrainingMetrics>(fixture(u"metrics.json"_s));
    QCOMPARE(metrics.metrics.size(), std::size_t(4));
    const TrainingMetricSeries *cpu = findMetric(metrics, u"cpuUsage"_s);
    QVERIFY(cpu);
    QVERIFY(isMetricNoData(cpu->value[0]));
    QCOMPARE(cpu->value[2], 33.25);
    QVERIFY(!isMetricNoData(cpu->value[3]));
    const TrainingMetricSeries *gpu = findMetric(metrics, u"gpuUtil"_s);
    QVERIFY(std::all_of(gpu->value.begin(), gpu->value.end(), isMetricNoData));
    const TrainingMetricSeries *npu = findMetric(metrics, u"npuUtil"_s); // values sent as strings
    QVERIFY(isMetricNoData(npu->value[0]));
    QCOMPARE(npu->value[3], 9.125);
    QVERIFY(!findMetric(metrics, u"npuMemUsage"_s));

    const auto quotas = fromJson<TrainingQuotas>(fixture(u"quotas.json"_s));
    QCOMPARE(quotas.quotas.size(), std::size_t(2));
    QCOMPARE(quotas.quotas[0].resource, u"job-num"_s);
    QCOMPARE(*quotas.quotas[0].quota, 100);
    QCOMPARE(*quotas.quotas[1].used, 4);
}

void TestTrainingTypes::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");

    QTest::newRow("job") << u"job_full.json"_s << u"TrainingJob"_s;
    QTest::newRow("create request") << u"create_full.json"_s << u"TrainingJobCreate"_s;
    QTest::newRow("search request") << u"search_request.json"_s << u"TrainingJobSearchRequest"_s;
    QTest::newRow("search result") << u"search_result.json"_s << u"TrainingJobSearchResult"_s;
    QTest::newRow("flavors") << u"flavors.json"_s << u"TrainingFlavorList"_s;
    QTest::newRow("engines") << u"engines.json"_s << u"TrainingEngineList"_s;
    QTest::newRow("events") << u"events.json"_s << u"TrainingJobEventList"_s;
    QTest::newRow("tasks") << u"tasks.json"_s << u"TrainingTaskList"_s;
    QTest::newRow("log preview") << u"log_preview.json"_s << u"TrainingLogPreview"_s;
    QTest::newRow("log preview legacy") << u"log_preview_legacy.json"_s << u"TrainingLogPreview"_s;
    QTest::newRow("log url") << u"log_url.json"_s << u"TrainingLogUrl"_s;
    QTest::newRow("metrics") << u"metrics.json"_s << u"TrainingMetrics"_s;
    QTest::newRow("quotas") << u"quotas.json"_s << u"TrainingQuotas"_s;
}

void TestTrainingTypes::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, type);

    const Json in = fixture(file);
    const Json out = codecs().at(type)(in);
    const QString diff = firstDifference(plain(in), plain(out));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Encoding is stable: a second pass changes nothing at all.
    QVERIFY(plain(codecs().at(type)(out)) == plain(out));
}

void TestTrainingTypes::unknownKeysSurvive()
{
    const Json in = fixture(u"job_full.json"_s);
    auto job = fromJson<TrainingJob>(in);
    QVERIFY(job.extra.contains("x_top_unknown"));
    QVERIFY(job.metadata.extra.contains("x_meta_unknown"));
    QVERIFY(job.status.extra.contains("recover_records"));
    QVERIFY(job.status.runningRecords->at(0).extra.contains("xpu_start_at"));
    QVERIFY(job.algorithm->inputs->at(0).remote.dataset->extra.contains("x_ds"));
    QVERIFY(job.spec->resource->flavorDetail->flavorInfo->npu->extra.contains("x_npu_unknown"));
    QVERIFY(job.endpoints->ssh->taskUrls->at(0).extra.contains("x_port"));

    // Read-modify-write: change a known field, everything unknown is still sent back.
    job.metadata.description = u"edited"_s;
    const Json out = encode(job);
    const char *pointers[] = {
        "/x_top_unknown",
        "/metadata/x_meta_unknown",
        "/status/recover_records",
        "/status/running_records/0/xpu_start_at",
        "/algorithm/inputs/0/remote/dataset/x_ds",
        "/spec/resource/flavor_detail/flavor_info/npu/x_npu_unknown",
        "/endpoints/ssh/task_urls/0/x_port",
    };
    for (const char *pointer : pointers)
    {
        const Json::json_pointer ptr(pointer);
        QVERIFY2(out.contains(ptr), pointer);
        QVERIFY2(out.at(ptr) == in.at(ptr), pointer);
    }
    QCOMPARE(str(out.at("metadata").at("description")), u"edited"_s);

    const auto create = fromJson<TrainingJobCreate>(fixture(u"create_full.json"_s));
    const Json createOut = encode(create);
    QVERIFY(createOut.contains(Json::json_pointer("/spec/x_spec_unknown/nested")));
    QVERIFY(createOut.contains(Json::json_pointer("/algorithm/policies/auto_search/x_search_unknown")));
}

void TestTrainingTypes::strictErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("mutation"); // remove | object | text
    QTest::addColumn<QString>("expectedPath");

    const QString create = u"create_full.json"_s;
    const QString job = u"job_full.json"_s;
    QTest::newRow("create: kind missing") << create << u"TrainingJobCreate"_s << u"/kind"_s << u"remove"_s << u"kind"_s;
    QTest::newRow("create: metadata missing")
        << create << u"TrainingJobCreate"_s << u"/metadata"_s << u"remove"_s << u"metadata"_s;
    QTest::newRow("create: metadata.name missing")
        << create << u"TrainingJobCreate"_s << u"/metadata/name"_s << u"remove"_s << u"metadata.name"_s;
    QTest::newRow("create: inputs is an object")
        << create << u"TrainingJobCreate"_s << u"/algorithm/inputs"_s << u"object"_s << u"algorithm.inputs"_s;
    QTest::newRow("create: input remote missing") << create << u"TrainingJobCreate"_s << u"/algorithm/inputs/1/remote"_s
                                                  << u"remove"_s << u"algorithm.inputs[1].remote"_s;
    QTest::newRow("create: parameter name missing")
        << create << u"TrainingJobCreate"_s << u"/algorithm/parameters/1/name"_s << u"remove"_s
        << u"algorithm.parameters[1].name"_s;
    QTest::newRow("create: node_count is text") << create << u"TrainingJobCreate"_s << u"/spec/resource/node_count"_s
                                                << u"text"_s << u"spec.resource.node_count"_s;
    QTest::newRow("create: environments is text")
        << create << u"TrainingJobCreate"_s << u"/algorithm/environments"_s << u"text"_s << u"algorithm.environments"_s;
    QTest::newRow("job: kind missing") << job << u"TrainingJob"_s << u"/kind"_s << u"remove"_s << u"kind"_s;
    QTest::newRow("job: metadata.id missing")
        << job << u"TrainingJob"_s << u"/metadata/id"_s << u"remove"_s << u"metadata.id"_s;
    QTest::newRow("job: status.phase missing")
        << job << u"TrainingJob"_s << u"/status/phase"_s << u"remove"_s << u"status.phase"_s;
    QTest::newRow("job: status.tasks is an object")
        << job << u"TrainingJob"_s << u"/status/tasks"_s << u"object"_s << u"status.tasks"_s;
    QTest::newRow("job: node count point is text") << job << u"TrainingJob"_s << u"/status/node_count_metrics/1"_s
                                                   << u"text"_s << u"status.node_count_metrics[1]"_s;
    QTest::newRow("job: flavor gpu memory is an object")
        << job << u"TrainingJob"_s << u"/spec/resource/flavor_detail/flavor_info/gpu/memory"_s << u"object"_s
        << u"spec.resource.flavor_detail.flavor_info.gpu.memory"_s;
    QTest::newRow("search: items[1].kind missing") << u"search_result.json"_s << u"TrainingJobSearchResult"_s
                                                   << u"/items/1/kind"_s << u"remove"_s << u"items[1].kind"_s;
    QTest::newRow("search: items is an object")
        << u"search_result.json"_s << u"TrainingJobSearchResult"_s << u"/items"_s << u"object"_s << u"items"_s;
    QTest::newRow("search request: operator missing")
        << u"search_request.json"_s << u"TrainingJobSearchRequest"_s << u"/filters/0/operator"_s << u"remove"_s
        << u"filters[0].operator"_s;
    QTest::newRow("flavors: flavors is an object")
        << u"flavors.json"_s << u"TrainingFlavorList"_s << u"/flavors"_s << u"object"_s << u"flavors"_s;
    QTest::newRow("engines: engine_id missing") << u"engines.json"_s << u"TrainingEngineList"_s
                                                << u"/items/1/engine_id"_s << u"remove"_s << u"items[1].engine_id"_s;
    QTest::newRow("events: time is an object")
        << u"events.json"_s << u"TrainingJobEventList"_s << u"/events/2/time"_s << u"object"_s << u"events[2].time"_s;
    QTest::newRow("tasks: element is text")
        << u"tasks.json"_s << u"TrainingTaskList"_s << u"/1"_s << u"text"_s << u"[1]"_s;
    QTest::newRow("log preview: no content, no context")
        << u"log_preview.json"_s << u"TrainingLogPreview"_s << u"/content"_s << u"remove"_s << u"content"_s;
    QTest::newRow("metrics: value is text") << u"metrics.json"_s << u"TrainingMetrics"_s << u"/metrics/0/value/2"_s
                                            << u"text"_s << u"metrics[0].value[2]"_s;
    QTest::newRow("quotas: resource missing")
        << u"quotas.json"_s << u"TrainingQuotas"_s << u"/quotas/1/resource"_s << u"remove"_s << u"quotas[1].resource"_s;
    QTest::newRow("log url: obs_url missing")
        << u"log_url.json"_s << u"TrainingLogUrl"_s << u"/obs_url"_s << u"remove"_s << u"obs_url"_s;
}

void TestTrainingTypes::strictErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, pointer);
    QFETCH(QString, mutation);
    QFETCH(QString, expectedPath);

    Json j = fixture(file);
    const Json::json_pointer ptr(pointer.toStdString());
    QVERIFY(j.contains(ptr));
    if (mutation == u"remove")
        j.at(ptr.parent_pointer()).erase(ptr.back());
    else if (mutation == u"object")
        j.at(ptr) = Json::object();
    else
        j.at(ptr) = "not a number";

    try
    {
        codecs().at(type)(j);
        QFAIL("decoded a body that breaks the schema");
    }
    catch (const DecodeError &e)
    {
        QCOMPARE(e.path(), expectedPath);
        QVERIFY(!e.message().isEmpty());
    }
}

void TestTrainingTypes::phases_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("terminable");

    QTest::newRow("Creating") << u"Creating"_s << int(TrainingPhase::Creating) << false << true;
    QTest::newRow("Pending") << u"Pending"_s << int(TrainingPhase::Pending) << false << true;
    QTest::newRow("Running") << u"Running"_s << int(TrainingPhase::Running) << false << true;
    QTest::newRow("Terminating") << u"Terminating"_s << int(TrainingPhase::Terminating) << false << false;
    QTest::newRow("Completed") << u"Completed"_s << int(TrainingPhase::Completed) << true << false;
    QTest::newRow("Failed") << u"Failed"_s << int(TrainingPhase::Failed) << true << false;
    QTest::newRow("Terminated") << u"Terminated"_s << int(TrainingPhase::Terminated) << true << false;
    QTest::newRow("Abnormal") << u"Abnormal"_s << int(TrainingPhase::Abnormal) << true << false;
    QTest::newRow("lower case") << u"running"_s << int(TrainingPhase::Running) << false << true;
    QTest::newRow("secondary phase is not a phase")
        << u"CreateFailed"_s << int(TrainingPhase::Unknown) << false << false;
    QTest::newRow("empty") << QString() << int(TrainingPhase::Unknown) << false << false;
}

void TestTrainingTypes::phases()
{
    QFETCH(QString, phase);
    QFETCH(int, expected);
    QFETCH(bool, terminal);
    QFETCH(bool, terminable);

    const TrainingPhase parsed = trainingPhaseFromString(phase);
    QCOMPARE(int(parsed), expected);
    QCOMPARE(isTerminalPhase(phase), terminal);
    QCOMPARE(canTerminate(phase), terminable);
    if (parsed != TrainingPhase::Unknown)
        QCOMPARE(trainingPhaseName(parsed).toLower(), phase.toLower());
    else
        QVERIFY(trainingPhaseName(parsed).isEmpty());
}

void TestTrainingTypes::looseScalar_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("intOk");
    QTest::addColumn<qint64>("intValue");
    QTest::addColumn<bool>("doubleOk");
    QTest::addColumn<double>("doubleValue");

    QTest::newRow("number") << u"12"_s << u"12"_s << true << Q_INT64_C(12) << true << 12.0;
    QTest::newRow("number as text") << u"\"12\""_s << u"12"_s << true << Q_INT64_C(12) << true << 12.0;
    QTest::newRow("fraction") << u"0.01"_s << u"0.01"_s << false << Q_INT64_C(0) << true << 0.01;
    QTest::newRow("fraction as text") << u"\"0.3\""_s << u"0.3"_s << false << Q_INT64_C(0) << true << 0.3;
    QTest::newRow("size text") << u"\"32GB\""_s << u"32GB"_s << false << Q_INT64_C(0) << false << 0.0;
    QTest::newRow("big cursor") << u"1551252759254000002"_s << u"1551252759254000002"_s << true
                                << Q_INT64_C(1551252759254000002) << true << 1551252759254000002.0;
    QTest::newRow("big cursor as text") << u"\"1551252759254000003\""_s << u"1551252759254000003"_s << true
                                        << Q_INT64_C(1551252759254000003) << true << 1551252759254000003.0;
    QTest::newRow("boolean") << u"true"_s << u"true"_s << false << Q_INT64_C(0) << false << 0.0;
}

void TestTrainingTypes::looseScalar()
{
    QFETCH(QString, json);
    QFETCH(QString, text);
    QFETCH(bool, intOk);
    QFETCH(qint64, intValue);
    QFETCH(bool, doubleOk);
    QFETCH(double, doubleValue);

    const Json in = parseJson(json.toUtf8());
    const auto value = fromJson<LooseScalar>(in);
    QCOMPARE(value.toString(), text);
    bool ok = !intOk;
    QCOMPARE(value.toInt(&ok), intValue);
    QCOMPARE(ok, intOk);
    ok = !doubleOk;
    QCOMPARE(value.toDouble(&ok), doubleValue);
    QCOMPARE(ok, doubleOk);
    QVERIFY(encode(value) == in); // written back with its original JSON type

    QVERIFY_THROWS_EXCEPTION(DecodeError, fromJson<LooseScalar>(Json::object()));
    QVERIFY_THROWS_EXCEPTION(DecodeError, fromJson<LooseScalar>(Json::array()));
}

void TestTrainingTypes::apiDateTimes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime t(QDate(2022, 11, 26), QTime(8, 3, 41), Qt::UTC);
    QTest::newRow("rfc3339 +08:00") << u"\"2022-11-26T16:03:41+08:00\""_s << t;
    QTest::newRow("rfc3339 Z") << u"\"2022-11-26T08:03:41Z\""_s << t;
    QTest::newRow("rfc3339 with ms") << u"\"2022-11-26T08:03:41.250Z\""_s << t.addMSecs(250);
    QTest::newRow("epoch ms number") << QString::number(t.toMSecsSinceEpoch()) << t;
    QTest::newRow("epoch ms text") << u"\""_s + QString::number(t.toMSecsSinceEpoch()) + u"\""_s << t;
    QTest::newRow("garbage") << u"\"yesterday\""_s << QDateTime();
    QTest::newRow("empty") << u"\"\""_s << QDateTime();
}

void TestTrainingTypes::apiDateTimes()
{
    QFETCH(QString, json);
    QFETCH(QDateTime, expected);

    const QDateTime actual = apiDateTime(fromJson<LooseScalar>(parseJson(json.toUtf8())));
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestTrainingTypes::publishedExamples()
{
    const auto all = ma::test::loadSpecExamples();
    if (all.isEmpty())
        QSKIP("api_examples.md is not available");

    struct Expectation
    {
        const char *id;
        const char *type; // nullptr: an error body (ApiError's job) or no body at all
        bool request;
    };
    const Expectation expectations[] = {
        { "EX001", "TrainingJobCreate", true },
        { "EX002", "TrainingJobCreate", true },
        { "EX003", "TrainingJob", false },
        { "EX004", nullptr, false },
        { "EX005", "TrainingJobSearchRequest", true },
        { "EX006", "TrainingJobSearchResult", false },
        { "EX007", "TrainingJob", false },
        { "EX008", "TrainingJob", false },
        { "EX009", nullptr, false },
        { "EX010", nullptr, false },
        { "EX011", "TrainingLogPreview", false },
        { "EX012", "TrainingLogUrl", false },
        { "EX013", "TrainingMetrics", false },
        { "EX014", "TrainingJobEventList", false },
        { "EX015", nullptr, false },
        { "EX016", "TrainingFlavorList", false },
        { "EX017", "TrainingEngineList", false },
    };

    int valid = 0;
    int decoded = 0;
    QStringList failures;
    for (const Expectation &x : expectations)
    {
        const QString id = QString::fromLatin1(x.id);
        const ma::test::SpecExample e = ma::test::specExample(all, id);
        QVERIFY2(!e.id.isEmpty(), qPrintable(id + u" is missing from api_examples.md"_s));
        if (!x.type)
        {
            if (isEmptyBody(e))
                qInfo("%s: no body as published (%s), nothing to decode", x.id, qPrintable(e.title));
            else
                qInfo("%s: error body, skipped (ApiError decodes it)", x.id);
            continue;
        }
        QCOMPARE(e.isRequest, x.request);
        Json body;
        bool recovered = false;
        if (!exampleJson(e, body, &recovered))
        {
            qInfo("%s: not valid JSON as published, not decoded (%s)", x.id, qPrintable(e.title));
            continue;
        }
        if (recovered)
            qInfo("%s: body read from below the request line", x.id);
        ++valid;
        const QString type = QString::fromLatin1(x.type);
        const Codec codec = codecs().at(type);

        // A published "......" inside an array is documentation, not data: a strict decoder
        // must reject it with its path, then the rest must decode.
        Json stripped = body;
        if (const int markers = stripElisionMarkers(stripped); markers > 0)
        {
            try
            {
                codec(body);
                failures << u"%1: the elision marker was accepted"_s.arg(id);
                continue;
            }
            catch (const DecodeError &err)
            {
                qInfo("%s: %d elision marker(s) rejected at %s, decoding the rest", x.id, markers,
                    qPrintable(err.path()));
            }
            body = stripped;
        }

        Json out;
        try
        {
            out = codec(body);
        }
        catch (const DecodeError &err)
        {
            failures << u"%1 as %2: %3"_s.arg(id, type, QString::fromUtf8(err.what()));
            continue;
        }
        ++decoded;

        // Requests must come back byte-for-byte equivalent; responses may turn a number
        // sent as text into that number.
        if (x.request)
        {
            if (plain(out) != plain(body))
                failures << u"%1: request did not round-trip losslessly: %2"_s.arg(
                    id, firstDifference(plain(body), plain(out)));
        }
        else if (const QString diff = firstDifference(plain(body), plain(out)); !diff.isEmpty())
        {
            failures << u"%1: %2"_s.arg(id, diff);
        }
    }
    qInfo("decoded %d of %d valid v2 training examples", decoded, valid);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    QCOMPARE(decoded, valid);
    QVERIFY(valid > 0);
}

void TestTrainingTypes::publishedValues()
{
    const auto all = ma::test::loadSpecExamples();
    if (all.isEmpty())
        QSKIP("api_examples.md is not available");
    auto raw = [&all](const char *id)
    {
        Json j;
        return exampleJson(ma::test::specExample(all, QString::fromLatin1(id)), j) ? j : Json();
    };

    // EX001: create request, preset algorithm.
    if (const Json j = raw("EX001"); !j.is_null())
    {
        const auto req = fromJson<TrainingJobCreate>(j);
        QCOMPARE(req.metadata.name, str(j["metadata"]["name"]));
        QCOMPARE(*req.algorithm->id, str(j["algorithm"]["id"]));
        QCOMPARE(req.algorithm->parameters->size(), j["algorithm"]["parameters"].size());
        QCOMPARE(*req.spec->resource->flavorId, str(j["spec"]["resource"]["flavor_id"]));
        QVERIFY(!req.algorithm->policies->autoSearch); // published null
        QVERIFY(plain(encode(req)) == plain(j));
    }
    // EX002: custom image with an NFS volume.
    if (const Json j = raw("EX002"); !j.is_null())
    {
        const auto req = fromJson<TrainingJobCreate>(j);
        QCOMPARE(*req.algorithm->engine->imageUrl, str(j["algorithm"]["engine"]["image_url"]));
        QCOMPARE(*req.algorithm->command, str(j["algorithm"]["command"]));
        QCOMPARE(req.algorithm->environments->size(), j["algorithm"]["environments"].size());
        QCOMPARE(*req.spec->volumes->at(0).nfs->localPath, str(j["spec"]["volumes"][0]["nfs"]["local_path"]));
        QCOMPARE(*req.spec->resource->poolId, str(j["spec"]["resource"]["pool_id"]));
        QVERIFY(plain(encode(req)) == plain(j));
    }
    // EX003: the created job.
    if (const Json j = raw("EX003"); !j.is_null())
    {
        const auto job = fromJson<TrainingJob>(j);
        QCOMPARE(*job.metadata.id, str(j["metadata"]["id"]));
        QCOMPARE(*job.metadata.createTime, j["metadata"]["create_time"].get<qint64>());
        QCOMPARE(job.status.phase, str(j["status"]["phase"]));
        QCOMPARE(job.status.tasks->size(), j["status"]["tasks"].size());
        QCOMPARE(*job.algorithm->parameters->at(2).constraint->type,
            str(j["algorithm"]["parameters"][2]["constraint"]["type"]));
        const FlavorInfo &info = *job.spec->resource->flavorDetail->flavorInfo;
        QCOMPARE(
            info.gpu->memory->toString(), str(j["spec"]["resource"]["flavor_detail"]["flavor_info"]["gpu"]["memory"]));
        QCOMPARE(
            *info.cpu->coreNum, j["spec"]["resource"]["flavor_detail"]["flavor_info"]["cpu"]["core_num"].get<int>());
    }
    // EX005/EX006: search request and page.
    if (const Json j = raw("EX005"); !j.is_null())
    {
        const auto req = fromJson<TrainingJobSearchRequest>(j);
        QCOMPARE(req.filters->size(), j["filters"].size());
        QCOMPARE(req.filters->at(0).op, str(j["filters"][0]["operator"]));
    }
    if (const Json j = raw("EX006"); !j.is_null())
    {
        const auto page = fromJson<TrainingJobSearchResult>(j);
        QCOMPARE(*page.total, j["total"].get<int>());
        QCOMPARE(page.items.size(), j["items"].size());
        QCOMPARE(page.items[0].metadata.name, str(j["items"][0]["metadata"]["name"]));
        QCOMPARE(page.items[0].status.nodeCountMetrics->size(), j["items"][0]["status"]["node_count_metrics"].size());
        QCOMPARE(*page.items[0].spec->resource->policy, str(j["items"][0]["spec"]["resource"]["policy"]));
    }
    // EX007: running records; EX008: a terminating job cannot be terminated again.
    if (const Json j = raw("EX007"); !j.is_null())
    {
        const auto job = fromJson<TrainingJob>(j);
        const Json &records = j["status"]["running_records"];
        QCOMPARE(job.status.runningRecords->size(), records.size());
        QCOMPARE(*job.status.runningRecords->at(0).startAt, records[0]["start_at"].get<qint64>());
        QCOMPARE(*job.status.runningRecords->at(0).endRecoverBeforeDowngrade,
            str(records[0]["end_recover_before_downgrade"]));
        QCOMPARE(isTerminalPhase(job.status.phase), isTerminalPhase(str(j["status"]["phase"])));
    }
    if (const Json j = raw("EX008"); !j.is_null())
    {
        const auto job = fromJson<TrainingJob>(j);
        QCOMPARE(job.status.phase, str(j["status"]["phase"]));
        QCOMPARE(canTerminate(job.status.phase), false);
    }
    // EX011-EX014: logs, metrics, events.
    if (const Json j = raw("EX011"); !j.is_null())
    {
        const auto preview = fromJson<TrainingLogPreview>(j);
        QCOMPARE(preview.content, str(j["content"]));
        QCOMPARE(*preview.fullSize, j["full_size"].get<qint64>());
        QVERIFY(!preview.legacyContextKey);
    }
    if (const Json j = raw("EX012"); !j.is_null())
        QCOMPARE(fromJson<TrainingLogUrl>(j).obsUrl, str(j["obs_url"]));
    if (const Json j = raw("EX013"); !j.is_null())
    {
        const auto metrics = fromJson<TrainingMetrics>(j);
        QCOMPARE(metrics.metrics.size(), j["metrics"].size());
        for (std::size_t i = 0; i < metrics.metrics.size(); ++i)
        {
            const Json &values = j["metrics"][i]["value"];
            const auto rawNoData = std::count_if(values.begin(), values.end(), [](const Json &v) { return v == -1; });
            const auto &decodedValues = metrics.metrics[i].value;
            QCOMPARE(int(std::count_if(decodedValues.begin(), decodedValues.end(), isMetricNoData)), int(rawNoData));
        }
    }
    if (const Json j = raw("EX014"); !j.is_null())
    {
        const auto list = fromJson<TrainingJobEventList>(j);
        QCOMPARE(list.events.size(), j["events"].size());
        QCOMPARE(*list.total, j["total"].get<int>());
        for (std::size_t i = 0; i < list.events.size(); ++i)
        {
            const QDateTime expected = QDateTime::fromString(str(j["events"][i]["time"]), Qt::ISODate);
            QVERIFY(expected.isValid());
            QCOMPARE(apiDateTime(*list.events[i].time), expected);
        }
        QVERIFY(apiDateTime(*list.startTime) <= apiDateTime(*list.endTime));
    }
    // EX016: CPU flavors.
    if (const Json j = raw("EX016"); !j.is_null())
    {
        const auto list = fromJson<TrainingFlavorList>(j);
        QCOMPARE(list.flavors.size(), j["flavors"].size());
        QCOMPARE(*list.totalCount, j["total_count"].get<int>());
        QCOMPARE(*list.flavors[1].flavorInfo->maxNum, j["flavors"][1]["flavor_info"]["max_num"].get<int>());
        QCOMPARE(*list.flavors[0].flavorInfo->disk->unit, str(j["flavors"][0]["flavor_info"]["disk"]["unit"]));
    }
}

QTEST_APPLESS_MAIN(TestTrainingTypes)

#include "tst_trainingtypes.moc"
