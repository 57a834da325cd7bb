// Pool-family resource types (api/types/pool.h): pools, nodes, resource flavors,
// workloads, monitoring, statistics, events, OS quotas. Own fixtures, round trips,
// strict error paths, tolerance, helpers, and the published examples EX050-EX078.

#include "api/types/pool.h"
#include "specexamples.h"
#include "typetesthelpers.h"

#include <cmath>
#include <functional>
#include <QRegularExpression>
#include <QTest>

using namespace ma::api;
using namespace ma::test;
using namespace Qt::StringLiterals;

using RoundTripFn = std::function<Json(const Json &)>;
using ProbeFn = std::function<QString(const Json &)>;

namespace
{
Json fixture(const QString &name)
{
    return parseJson(ma::test::readTestData(QStringLiteral("pool/") + name));
}

void checkPool(const Json &raw)
{
    const Pool pool = fromJson<Pool>(raw);
    const Json &labels = raw["metadata"]["labels"];
    if (labels.contains("os.modelarts/name"))
        QCOMPARE(poolDisplayName(pool), text(labels["os.modelarts/name"]));
    if (raw["metadata"].contains("name"))
        QCOMPARE(pool.metadata.name.value_or(QString()), text(raw["metadata"]["name"]));
    QCOMPARE(int(pool.spec.resources.size()), int(raw["spec"]["resources"].size()));
    int target = 0;
    for (size_t i = 0; i < pool.spec.resources.size(); ++i)
    {
        QCOMPARE(pool.spec.resources[i].flavor, text(raw["spec"]["resources"][i]["flavor"]));
        QCOMPARE(pool.spec.resources[i].count, raw["spec"]["resources"][i]["count"].get<int>());
        target += raw["spec"]["resources"][i]["count"].get<int>();
    }
    QCOMPARE(poolTargetNodeCount(pool), target);
    if (raw.contains("status") && raw["status"].contains("phase"))
        QCOMPARE(pool.status->phase.value_or(QString()), text(raw["status"]["phase"]));
    if (raw.contains("status") && raw["status"].contains("resources"))
    {
        int available = 0;
        for (const auto &r : raw["status"]["resources"].value("available", Json::array()))
            available += r["count"].get<int>();
        QCOMPARE(poolNodeCount(pool, PoolResourceState::Available), available);
    }
    checkRoundTrip(pool, raw);
}

// Applies "<pointer>" (delete) or "<pointer>=<json>" (replace) to a fixture.
Json mutated(const QString &file, const QString &change)
{
    return ma::test::withChange(fixture(file), change);
}
} // namespace

class TestPoolTypes final : public QObject
{
    Q_OBJECT

private slots:
    void poolValues();
    void listsAndNodes();
    void monitoringValues();
    void roundTrip_data();
    void roundTrip();
    void readModifyWrite();
    void scalePatch();
    void strictErrors_data();
    void strictErrors();
    void tolerance();
    void quantity_data();
    void quantity();
    void publishedExamples();
};

void TestPoolTypes::poolValues()
{
    const Pool pool = fromJson<Pool>(fixture(u"pool_full.json"_s));
    QCOMPARE(pool.apiVersion.value_or(QString()), u"v2"_s);
    QCOMPARE(poolDisplayName(pool), u"pool-vision"_s);
    QCOMPARE(poolWorkspaceId(pool), u"5a1c9e2b7d3f4e6a8b0c1d2e3f4a5b6c"_s);
    QCOMPARE(pool.metadata.creationTimestamp.value_or(QString()), u"2024-03-05T08:15:30Z"_s);
    QCOMPARE(pool.metadata.annotations->at(PoolLabel::Description.toString()), u"vision team pool"_s);
    QVERIFY(pool.metadata.extra["generation"] == Json(7));
    QCOMPARE(pool.spec.scope->size(), size_t(3));
    QCOMPARE(int(pool.spec.resources.size()), 2);
    const PoolResource &gpu = pool.spec.resources[0];
    QCOMPARE(gpu.flavor, u"modelarts.vm.gpu.v100"_s);
    QCOMPARE(gpu.count, 4);
    QCOMPARE(gpu.maxCount.value_or(0), 4);
    QCOMPARE(gpu.azs->at(1).az.value_or(QString()), u"zone-b"_s);
    QVERIFY(gpu.azs->at(1).extra["weight"] == Json(1));
    QCOMPARE(gpu.tags->front().value.value_or(QString()), u"cv-01"_s);
    QCOMPARE(gpu.creatingStep->type.value_or(QString()), u"rack"_s);
    QCOMPARE(gpu.rootVolume->size.value_or(QString()), u"150"_s);
    QCOMPARE(gpu.dataVolumes->front().count.value_or(0), 2);
    QVERIFY(gpu.dataVolumes->front().extra["encrypted"] == Json(true));
    QCOMPARE(gpu.nodePool.value_or(QString()), u"nodepool-1"_s);
    QCOMPARE(gpu.labels->at(u"rack"_s), u"r1"_s);
    QVERIFY(gpu.extra["priority"] == Json(3));
    QCOMPARE(pool.spec.network->name.value_or(QString()), u"network-vision-0001"_s);
    QCOMPARE(pool.spec.containerNetwork->mode.value_or(QString()), u"vpc-router"_s);
    QCOMPARE(pool.spec.driver->gpuVersion.value_or(QString()), u"535.54.03"_s);
    QCOMPARE(pool.spec.ipv6enable.value_or(true), false);
    QCOMPARE(pool.spec.controlMode.value_or(-1), 0);
    QVERIFY(pool.spec.extra.contains("futureSpec"));

    QVERIFY(pool.status);
    QCOMPARE(pool.status->phase.value_or(QString()), PoolPhase::Running.toString());
    QCOMPARE(poolNodeCount(pool, PoolResourceState::Available), 3);
    QCOMPARE(poolNodeCount(pool, PoolResourceState::Creating), 1);
    QCOMPARE(poolNodeCount(pool, PoolResourceState::Abnormal), 1);
    QCOMPARE(poolNodeCount(pool, PoolResourceState::Deleting), 0);
    QCOMPARE(poolTotalNodeCount(pool), 5);
    QCOMPARE(poolTargetNodeCount(pool), 5);
    QCOMPARE(pool.status->scope->at(0).plugins->front().name.value_or(QString()), u"volcano"_s);
    QCOMPARE(pool.status->scope->at(1).state.value_or(QString()), PoolScopeState::Enabling.toString());
    QCOMPARE(pool.status->driver->gpu->state.value_or(QString()), u"Running"_s);
    QVERIFY(pool.status->driver->npu->extra["progress"] == Json(10));
    QVERIFY(pool.status->extra["observedGeneration"] == Json(7));

    const Pool create = fromJson<Pool>(fixture(u"pool_create.json"_s));
    QVERIFY(!create.metadata.name);
    QVERIFY(!create.status);
    QCOMPARE(poolDisplayName(create), u"pool-nlp"_s);
    QCOMPARE(poolWorkspaceId(create), u"0"_s);
    QCOMPARE(poolTotalNodeCount(create), 2); // no status yet: the target
}

void TestPoolTypes::listsAndNodes()
{
    const PoolList pools = fromJson<PoolList>(fixture(u"pool_list.json"_s));
    QCOMPARE(int(pools.items.size()), 2);
    QCOMPARE(poolDisplayName(pools.items[0]), u"pool-one"_s);
    QCOMPARE(poolDisplayName(pools.items[1]), u"pool-two-0002"_s); // no label: metadata.name
    QCOMPARE(poolWorkspaceId(pools.items[1]), u"0"_s);
    QCOMPARE(poolTotalNodeCount(pools.items[0]), 3);
    QCOMPARE(poolTotalNodeCount(pools.items[1]), 2); // "resources": {} while creating

    const NodeList nodes = fromJson<NodeList>(fixture(u"node_list.json"_s));
    QVERIFY(k8sListHasMore(nodes.metadata));
    QCOMPARE(nodes.metadata->continue_.value_or(QString()), u"eyJvZmZzZXQiOjJ9"_s);
    QCOMPARE(nodes.metadata->remainingItemCount.value_or(0), 3LL);
    QCOMPARE(int(nodes.items.size()), 2);
    const Node &n = nodes.items[0];
    QCOMPARE(n.metadata->name.value_or(QString()), u"node-fixture-aaaa1"_s);
    QCOMPARE(k8sLabel(n.metadata, u"os.modelarts.node/nodepool"_s), u"nodepool-1"_s);
    QCOMPARE(n.spec->hostNetwork->securityGroups->size(), size_t(2));
    QCOMPARE(n.status->phase.value_or(QString()), NodePhase::Available.toString());
    QCOMPARE(n.status->privateIp.value_or(QString()), u"192.0.2.21"_s);
    bool ok = false;
    QCOMPARE(parseKubernetesQuantity(n.status->resources->at(u"cpu"_s), &ok), 7.8);
    QVERIFY(ok);
    QCOMPARE(parseKubernetesQuantity(n.status->availableResources->at(u"memory"_s)), 12288.0 * 1024 * 1024);
    QCOMPARE(n.status->resources->at(u"nvidia.com/gpu"_s), u"1"_s);
    QCOMPARE(n.status->taints->front().effect.value_or(QString()), u"NoSchedule"_s);
    QVERIFY(n.status->taints->front().extra["source"] == Json("user"));
    QVERIFY(!nodes.items[1].status->resources);
    QCOMPARE(nodes.items[1].status->phase.value_or(QString()), NodePhase::Abnormal.toString());

    const BatchDeleteNodesRequest del = fromJson<BatchDeleteNodesRequest>(fixture(u"batch_delete.json"_s));
    QCOMPARE(int(del.deleteNodeNames.size()), 2);
    QCOMPARE(del.deleteNodeNames[1], u"node-fixture-aaaa2"_s);

    const ResourceFlavorList flavors = fromJson<ResourceFlavorList>(fixture(u"resource_flavors.json"_s));
    QVERIFY(!k8sListHasMore(flavors.metadata)); // empty continue token
    QCOMPARE(int(flavors.items.size()), 1);
    const ResourceFlavor &f = flavors.items[0];
    QCOMPARE(f.spec->cpuArch.value_or(QString()), u"x86"_s);
    QCOMPARE(parseKubernetesQuantity(f.spec->memory.value_or(QString())), 64.0 * 1024 * 1024 * 1024);
    QCOMPARE(f.spec->gpu->size.value_or(0), 2);
    QCOMPARE(f.spec->gpu->type.value_or(QString()), u"A10"_s);
    QCOMPARE(f.spec->dataVolumes->front().size.value_or(QString()), u"200Gi"_s);
    QVERIFY((*f.spec->nodeConfigTemplate)["kubelet"]["maxPods"] == Json(110));
    QVERIFY(f.spec->extra["billingModes"] == parseJson("[0,1]"));
    QVERIFY(resourceFlavorSoldOut(f, u"zone-b"_s));
    QVERIFY(!resourceFlavorSoldOut(f, u"zone-a"_s));
    QVERIFY(!resourceFlavorSoldOut(f, u"zone-z"_s));

    const WorkloadList workloads = fromJson<WorkloadList>(fixture(u"workloads.json"_s));
    QCOMPARE(workloads.total.value_or(0), 1LL);
    const Workload &w = workloads.items.at(0);
    QCOMPARE(w.namespace_.value_or(QString()), u"pool-ns-fixture"_s);
    QCOMPARE(w.status.value_or(QString()), WorkloadStatus::Running.toString());
    QCOMPARE(w.priority.value_or(QString()), u"1"_s);
    QCOMPARE(w.runningDuration.value_or(0), 3600LL);
    QCOMPARE(w.createTime.value_or(0), 1700300000000LL);
    QVERIFY((*w.resourceRequirement)["nvidia.com/gpu"] == Json("1"));
    QVERIFY(w.extra["isDeleted"] == Json("false"));

    const PoolEventList events = fromJson<PoolEventList>(fixture(u"events_total.json"_s));
    QCOMPARE(events.total.value_or(0), 42LL);
    QVERIFY(!events.metadata);
    QCOMPARE(int(events.items.size()), 2);
    QCOMPARE(events.items[0].count.value_or(0), 3);
    QCOMPARE(events.items[0].reason.value_or(QString()), u"NodeAbnormal"_s);
    QVERIFY(events.items[0].extra.contains("involvedObject"));

    const OsQuotas quotas = fromJson<OsQuotas>(fixture(u"os_quotas.json"_s));
    QCOMPARE(int(quotas.quotas.resources.size()), 2);
    QCOMPARE(quotas.quotas.resources[0].quota.value_or(0), 20LL); // sent as "20"
    QCOMPARE(quotas.quotas.resources[0].used.value_or(0), 3LL);
    QCOMPARE(quotas.quotas.resources[1].type.value_or(QString()), u"network"_s);
}

void TestPoolTypes::monitoringValues()
{
    const PoolMonitor monitor = fromJson<PoolMonitor>(fixture(u"pool_monitor.json"_s));
    QCOMPARE(int(monitor.metrics.size()), 1);
    const PoolMetricSeries &series = monitor.metrics[0];
    QCOMPARE(series.metric->metricName.value_or(QString()), u"gpuUtil"_s);
    QCOMPARE(series.metric->namespace_.value_or(QString()), u"PAAS.AGGR"_s);
    QCOMPARE(series.metric->dimensions->front().value.value_or(QString()), u"cluster-fixture"_s);
    QCOMPARE(series.dataPoints->size(), size_t(2));
    QCOMPARE(series.dataPoints->at(0).timestamp.value_or(0), 1700400000000LL);
    QCOMPARE(metricValue(series.dataPoints->at(0), u"maximum").value_or(0), 87.5);
    QCOMPARE(metricValue(series.dataPoints->at(0), u"average").value_or(0), 42.25);
    QVERIFY(!metricValue(series.dataPoints->at(0), u"sum"));
    QVERIFY(!metricValue(series.dataPoints->at(1), u"maximum")); // -1 = no data

    const PoolStatistics stats = fromJson<PoolStatistics>(fixture(u"pool_statistics.json"_s));
    const PoolStatusCounts &counts = *stats.statistics->status;
    QCOMPARE(counts.created.value_or(-1), 4LL);
    QCOMPARE(counts.failed.value_or(-1), 2LL);
    QCOMPARE(counts.deleting.value_or(-1), 1LL);
    QVERIFY(counts.extra["frozen"] == Json(0));
    QCOMPARE(stats.operationTime.value_or(QString()), u"2024-03-07 10:00:00.000000001 +0000 UTC"_s);

    const PoolRuntimeMetrics runtime = fromJson<PoolRuntimeMetrics>(fixture(u"runtime_metrics.json"_s));
    QCOMPARE(int(runtime.items.size()), 1);
    const PoolUsageTable &table = *runtime.items[0].table;
    QCOMPARE(usageQuantity(*table.allocated, u"cpu"_s).value_or(0), 3.5);
    QCOMPARE(usageQuantity(*table.allocated, u"memory"_s).value_or(0), 12.0 * 1024 * 1024 * 1024);
    QCOMPARE(usageQuantity(*table.allocated, u"nvidia.com/gpu"_s).value_or(0), 2.0);
    QCOMPARE(usageQuantity(*table.capacity, u"cpu"_s).value_or(0), 32.0);
    QCOMPARE(usageQuantity(*table.capacity, u"nvidia.com/gpu"_s).value_or(0), 4.0); // "4" as text
    QVERIFY(!usageQuantity(*table.capacity, u"huawei.com/ascend-snt9"_s));
    QCOMPARE(table.capacity->window.value_or(QString()), u"1m"_s);
    QVERIFY(table.capacity->maxValue);
    QCOMPARE(k8sLabel(runtime.items[0].metadata, PoolLabel::Name.toString()), u"pool-vision"_s);
}

void TestPoolTypes::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RoundTripFn>("run");
    QTest::newRow("pool") << u"pool_full.json"_s << RoundTripFn(reencode<Pool>);
    QTest::newRow("create") << u"pool_create.json"_s << RoundTripFn(reencode<Pool>);
    QTest::newRow("pools") << u"pool_list.json"_s << RoundTripFn(reencode<PoolList>);
    QTest::newRow("patch") << u"pool_patch.json"_s << RoundTripFn(reencode<PoolPatch>);
    QTest::newRow("nodes") << u"node_list.json"_s << RoundTripFn(reencode<NodeList>);
    QTest::newRow("batch delete") << u"batch_delete.json"_s << RoundTripFn(reencode<BatchDeleteNodesRequest>);
    QTest::newRow("resource flavors") << u"resource_flavors.json"_s << RoundTripFn(reencode<ResourceFlavorList>);
    QTest::newRow("workloads") << u"workloads.json"_s << RoundTripFn(reencode<WorkloadList>);
    QTest::newRow("workload statistics (statics)")
        << u"workload_statistics_statics.json"_s << RoundTripFn(reencode<WorkloadStatistics>);
    QTest::newRow("monitor") << u"pool_monitor.json"_s << RoundTripFn(reencode<PoolMonitor>);
    QTest::newRow("statistics") << u"pool_statistics.json"_s << RoundTripFn(reencode<PoolStatistics>);
    QTest::newRow("runtime metrics") << u"runtime_metrics.json"_s << RoundTripFn(reencode<PoolRuntimeMetrics>);
    QTest::newRow("events") << u"events_total.json"_s << RoundTripFn(reencode<PoolEventList>);
}

void TestPoolTypes::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(RoundTripFn, run);
    const Json raw = fixture(file);
    // os_quotas.json carries numbers as strings on purpose and is not in this table.
    QVERIFY(sameJson(run(raw), raw));
}

void TestPoolTypes::readModifyWrite()
{
    // GET, change one count, write back: everything else (unknown keys at every level,
    // status, annotations) must be what the server sent.
    const Json raw = fixture(u"pool_full.json"_s);
    Pool pool = fromJson<Pool>(raw);
    pool.spec.resources[0].count = 6;
    Json expected = raw;
    expected["spec"]["resources"][0]["count"] = 6;
    QVERIFY(sameJson(encode(pool), expected));
}

void TestPoolTypes::scalePatch()
{
    const Pool pool = fromJson<Pool>(fixture(u"pool_full.json"_s));
    const PoolPatch patch = poolScalePatch(pool, u"modelarts.vm.gpu.v100"_s, 6);
    QVERIFY(!patch.metadata);
    QVERIFY(patch.spec && patch.spec->resources);
    const std::vector<PoolResource> &res = *patch.spec->resources;
    QCOMPARE(int(res.size()), 2);
    QCOMPARE(res[0].count, 6);
    QCOMPARE(res[0].maxCount.value_or(0), 6); // maxCount was == count
    QVERIFY(res[0].extra["priority"] == Json(3)); // unknown keys travel with the entry
    QCOMPARE(res[1].count, 1);
    const Json body = encode(patch);
    QCOMPARE(int(body.size()), 1);
    QCOMPARE(int(body["spec"].size()), 1);
    Json expected = fixture(u"pool_full.json"_s)["spec"]["resources"];
    expected[0]["count"] = 6;
    expected[0]["maxCount"] = 6;
    QVERIFY(sameJson(body["spec"]["resources"], expected));

    // A new flavor is appended.
    const PoolPatch grown = poolScalePatch(pool, u"modelarts.vm.cpu.2u"_s, 2);
    QCOMPARE(int(grown.spec->resources->size()), 3);
    QCOMPARE(grown.spec->resources->back().flavor, u"modelarts.vm.cpu.2u"_s);
    QVERIFY(!grown.spec->resources->back().maxCount);

    // The patch fixture reads back as a PoolPatch.
    const PoolPatch fromFile = fromJson<PoolPatch>(fixture(u"pool_patch.json"_s));
    QCOMPARE(fromFile.spec->resources->front().count, 5);
    QCOMPARE(fromFile.metadata->annotations->at(u"os.modelarts/description"_s), u"resized"_s);
}

void TestPoolTypes::strictErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<ProbeFn>("probe");
    QTest::addColumn<QString>("path");

    const ProbeFn pool = errorPath<Pool>;
    QTest::newRow("create without resources[0].flavor")
        << u"pool_create.json"_s << u"/spec/resources/0/flavor"_s << pool << u"spec.resources[0].flavor"_s;
    QTest::newRow("create without resources[0].count")
        << u"pool_create.json"_s << u"/spec/resources/0/count"_s << pool << u"spec.resources[0].count"_s;
    QTest::newRow("create count as text")
        << u"pool_create.json"_s << u"/spec/resources/0/count=\"two\""_s << pool << u"spec.resources[0].count"_s;
    QTest::newRow("create without resources")
        << u"pool_create.json"_s << u"/spec/resources"_s << pool << u"spec.resources"_s;
    QTest::newRow("create without spec") << u"pool_create.json"_s << u"/spec"_s << pool << u"spec"_s;
    QTest::newRow("create without metadata") << u"pool_create.json"_s << u"/metadata"_s << pool << u"metadata"_s;
    QTest::newRow("create labels not a map")
        << u"pool_create.json"_s << u"/metadata/labels=[]"_s << pool << u"metadata.labels"_s;
    QTest::newRow("pool second resource without flavor")
        << u"pool_full.json"_s << u"/spec/resources/1/flavor"_s << pool << u"spec.resources[1].flavor"_s;
    QTest::newRow("pool az count fraction")
        << u"pool_full.json"_s << u"/spec/resources/0/azs/1/count=1.5"_s << pool << u"spec.resources[0].azs[1].count"_s;
    QTest::newRow("pool status resource count text")
        << u"pool_full.json"_s << u"/status/resources/available/0/count=\"three\""_s << pool
        << u"status.resources.available[0].count"_s;
    QTest::newRow("pool status creating without flavor")
        << u"pool_full.json"_s << u"/status/resources/creating/0/flavor"_s << pool
        << u"status.resources.creating[0].flavor"_s;
    QTest::newRow("pool list item without flavor")
        << u"pool_list.json"_s << u"/items/1/spec/resources/0/flavor"_s << ProbeFn(errorPath<PoolList>)
        << u"items[1].spec.resources[0].flavor"_s;
    QTest::newRow("patch resource without count") << u"pool_patch.json"_s << u"/spec/resources/0/count"_s
                                                  << ProbeFn(errorPath<PoolPatch>) << u"spec.resources[0].count"_s;
    QTest::newRow("batch delete without names") << u"batch_delete.json"_s << u"/deleteNodeNames"_s
                                                << ProbeFn(errorPath<BatchDeleteNodesRequest>) << u"deleteNodeNames"_s;
    QTest::newRow("batch delete empty") << u"batch_delete.json"_s << u"/deleteNodeNames=[]"_s
                                        << ProbeFn(errorPath<BatchDeleteNodesRequest>) << u"deleteNodeNames"_s;
    QTest::newRow("batch delete name object") << u"batch_delete.json"_s << u"/deleteNodeNames/1={}"_s
                                              << ProbeFn(errorPath<BatchDeleteNodesRequest>) << u"deleteNodeNames[1]"_s;
    QTest::newRow("node resources not a map") << u"node_list.json"_s << u"/items/0/status/resources=[\"cpu\"]"_s
                                              << ProbeFn(errorPath<NodeList>) << u"items[0].status.resources"_s;
    QTest::newRow("node list remainingItemCount text")
        << u"node_list.json"_s << u"/metadata/remainingItemCount=\"many\""_s << ProbeFn(errorPath<NodeList>)
        << u"metadata.remainingItemCount"_s;
    QTest::newRow("flavor gpu size text") << u"resource_flavors.json"_s << u"/items/0/spec/gpu/size=\"two\""_s
                                          << ProbeFn(errorPath<ResourceFlavorList>) << u"items[0].spec.gpu.size"_s;
    QTest::newRow("monitor value text") << u"pool_monitor.json"_s
                                        << u"/metrics/0/dataPoints/1/statistics/0/value=\"n/a\""_s
                                        << ProbeFn(errorPath<PoolMonitor>)
                                        << u"metrics[0].dataPoints[1].statistics[0].value"_s;
    QTest::newRow("quotas missing") << u"os_quotas.json"_s << u"/quotas"_s << ProbeFn(errorPath<OsQuotas>)
                                    << u"quotas"_s;
    QTest::newRow("event count text") << u"events_total.json"_s << u"/items/1/count=\"once\""_s
                                      << ProbeFn(errorPath<PoolEventList>) << u"items[1].count"_s;
    QTest::newRow("statics total text") << u"workload_statistics_statics.json"_s << u"/statics/total=\"all\""_s
                                        << ProbeFn(errorPath<WorkloadStatistics>) << u"statics.total"_s;
}

void TestPoolTypes::strictErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(ProbeFn, probe);
    QFETCH(QString, path);
    QCOMPARE(probe(fixture(file)), u"<no error>"_s);
    QCOMPARE(probe(mutated(file, change)), path);
}

void TestPoolTypes::tolerance()
{
    // statistics vs statics: read both, write back under the key that was read.
    Json statics = fixture(u"workload_statistics_statics.json"_s);
    statics["statics"]["items"][1]["total"] = "2";
    statics["statics"]["items"][1]["status"]["Running"] = " 2";
    const WorkloadStatistics a = fromJson<WorkloadStatistics>(statics);
    QVERIFY(a.usesStaticsKey);
    QCOMPARE(a.statistics->total.value_or(0), 7LL);
    QCOMPARE(a.statistics->items->at(0).status->running.value_or(0), 2LL);
    QCOMPARE(a.statistics->items->at(0).status->queue.value_or(0), 1LL);
    QVERIFY(a.statistics->items->at(0).status->extra["Preempted"] == Json(0));
    QCOMPARE(a.statistics->items->at(1).total.value_or(0), 2LL); // "2"
    QCOMPARE(a.statistics->items->at(1).status->running.value_or(0), 2LL); // " 2"
    QVERIFY(encode(a).contains("statics"));
    QVERIFY(!encode(a).contains("statistics"));

    Json renamed;
    renamed["statistics"] = statics["statics"];
    const WorkloadStatistics b = fromJson<WorkloadStatistics>(renamed);
    QVERIFY(!b.usesStaticsKey);
    QCOMPARE(b.statistics->total.value_or(0), 7LL);
    QVERIFY(encode(b).contains("statistics"));
    QVERIFY(!encode(b).contains("statics"));

    WorkloadStatistics fresh;
    fresh.statistics = WorkloadStatisticsBody();
    QVERIFY(encode(fresh).contains("statistics"));
    QVERIFY(fromJson<WorkloadStatistics>(parseJson("{}")).statistics == std::nullopt);

    // Events paged by metadata.continue instead of total.
    const PoolEventList byToken = fromJson<PoolEventList>(
        parseJson(R"({"kind":"EventList","metadata":{"continue":"abc"},"items":[{"type":"Normal","count":"2"}]})"));
    QVERIFY(!byToken.total);
    QVERIFY(k8sListHasMore(byToken.metadata));
    QCOMPARE(byToken.items[0].count.value_or(0), 2);

    // Empty lists sent as null or left out.
    QVERIFY(fromJson<NodeList>(parseJson(R"({"kind":"NodeList","items":null})")).items.empty());
    QVERIFY(fromJson<PoolList>(parseJson(R"({"kind":"PoolList"})")).items.empty());
    QVERIFY(fromJson<PoolMonitor>(parseJson(R"({"metrics":null})")).metrics.empty());

    // Numbers as strings in pool bodies.
    Json pool = fixture(u"pool_full.json"_s);
    pool["spec"]["resources"][0]["count"] = "4";
    pool["spec"]["ipv6enable"] = "false";
    pool["status"]["resources"]["available"][0]["count"] = 3.0;
    const Pool p = fromJson<Pool>(pool);
    QCOMPARE(p.spec.resources[0].count, 4);
    QCOMPARE(p.spec.ipv6enable.value_or(true), false);
    QCOMPARE(poolNodeCount(p, PoolResourceState::Available), 3);

    // A label-less, name-less pool still has a (empty) display name.
    Pool bare;
    QCOMPARE(poolDisplayName(bare), QString());
    QCOMPARE(poolTotalNodeCount(bare), 0);
}

void TestPoolTypes::quantity_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("millicores") << u"3920m"_s << true << 3.92;
    QTest::newRow("mebibytes") << u"6270Mi"_s << true << 6270.0 * 1024 * 1024;
    QTest::newRow("plain") << u"2"_s << true << 2.0;
    QTest::newRow("gibibyte") << u"1Gi"_s << true << 1024.0 * 1024 * 1024;
    QTest::newRow("kibibytes") << u"512Ki"_s << true << 512.0 * 1024;
    QTest::newRow("tebibytes") << u"2Ti"_s << true << 2.0 * std::pow(1024.0, 4);
    QTest::newRow("decimal kilo") << u"100k"_s << true << 1e5;
    QTest::newRow("decimal mega") << u"1.5M"_s << true << 1.5e6;
    QTest::newRow("decimal giga") << u"64G"_s << true << 64e9;
    QTest::newRow("exa") << u"1E"_s << true << 1e18;
    QTest::newRow("exponent") << u"1e3"_s << true << 1000.0;
    QTest::newRow("exponent upper negative") << u"25E-2"_s << true << 0.25;
    QTest::newRow("micro") << u"5u"_s << true << 5e-6;
    QTest::newRow("fraction") << u"0.5"_s << true << 0.5;
    QTest::newRow("leading dot") << u".5"_s << true << 0.5;
    QTest::newRow("spaces") << u" 2 "_s << true << 2.0;
    QTest::newRow("negative") << u"-1"_s << true << -1.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("words") << u"abc"_s << false << 0.0;
    QTest::newRow("prose GiB") << u"6.52 GiB"_s << false << 0.0;
    QTest::newRow("prose cores") << u"1 Cores"_s << false << 0.0;
    QTest::newRow("bare e") << u"2e"_s << false << 0.0;
    QTest::newRow("unknown suffix") << u"3Xi"_s << false << 0.0;
}

void TestPoolTypes::quantity()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(double, value);
    bool parsed = !ok;
    const double got = parseKubernetesQuantity(input, &parsed);
    QCOMPARE(parsed, ok);
    QCOMPARE(got, value);
    // The same through JSON: a string, and (when valid) the number itself.
    QCOMPARE(parseKubernetesQuantity(Json(input.toStdString())), value);
    if (ok)
    {
        bool numOk = false;
        QCOMPARE(parseKubernetesQuantity(Json(value), &numOk), value);
        QVERIFY(numOk);
    }
}

void TestPoolTypes::publishedExamples()
{
    const QList<ExampleCase> cases = {
        { u"EX050"_s, true, checkPool },
        { u"EX051"_s, false, checkPool },
        { u"EX054"_s, false,
            [](const Json &raw)
            {
                const PoolList list = fromJson<PoolList>(raw);
                QCOMPARE(int(list.items.size()), int(raw["items"].size()));
                QCOMPARE(list.kind.value_or(QString()), text(raw["kind"]));
                for (size_t i = 0; i < list.items.size(); ++i)
                {
                    checkPool(raw["items"][i]);
                    QCOMPARE(list.items[i].status->scope->size(), raw["items"][i]["status"]["scope"].size());
                }
                checkRoundTrip(list, raw);
            } },
        { u"EX055"_s, false, checkPool },
        { u"EX057"_s, true,
            [](const Json &raw)
            {
                const PoolPatch patch = fromJson<PoolPatch>(raw);
                QCOMPARE(patch.spec->resources->front().count, raw["spec"]["resources"][0]["count"].get<int>());
                QCOMPARE(patch.spec->resources->front().flavor, text(raw["spec"]["resources"][0]["flavor"]));
                QVERIFY(!patch.metadata);
                checkRoundTrip(patch, raw);
            } },
        { u"EX058"_s, false,
            [](const Json &raw)
            {
                checkPool(raw);
                const Pool pool = fromJson<Pool>(raw);
                int inStatus = 0;
                for (const auto &[state, list] : raw["status"]["resources"].items())
                {
                    for (const auto &r : list)
                        inStatus += r["count"].get<int>();
                }
                QCOMPARE(poolTotalNodeCount(pool), inStatus);
            } },
        { u"EX059"_s, false, checkPool },
        { u"EX060"_s, false,
            [](const Json &raw)
            {
                const PoolMonitor m = fromJson<PoolMonitor>(raw);
                QCOMPARE(int(m.metrics.size()), int(raw["metrics"].size()));
                for (size_t i = 0; i < m.metrics.size(); ++i)
                {
                    const Json &series = raw["metrics"][i];
                    QCOMPARE(m.metrics[i].metric->metricName.value_or(QString()), text(series["metric"]["metricName"]));
                    QCOMPARE(m.metrics[i].metric->namespace_.value_or(QString()), text(series["metric"]["namespace"]));
                    for (size_t p = 0; p < series["dataPoints"].size(); ++p)
                    {
                        const Json &point = series["dataPoints"][p];
                        const Json &stat = point["statistics"][0];
                        const double rawValue = stat["value"].get<double>();
                        const std::optional<double> v
                            = metricValue(m.metrics[i].dataPoints->at(p), text(stat["statistic"]));
                        QCOMPARE(v.has_value(), rawValue != -1);
                        if (v)
                            QCOMPARE(*v, rawValue);
                        QCOMPARE(
                            m.metrics[i].dataPoints->at(p).timestamp.value_or(0), point["timestamp"].get<qint64>());
                    }
                }
                checkRoundTrip(m, raw);
            } },
        { u"EX061"_s, false,
            [](const Json &raw)
            {
                const PoolStatistics s = fromJson<PoolStatistics>(raw);
                const Json &status = raw["statistics"]["status"];
                QCOMPARE(s.statistics->status->created.value_or(-1), status["created"].get<qint64>());
                QCOMPARE(s.statistics->status->creating.value_or(-1), status["creating"].get<qint64>());
                if (status.contains("deleting"))
                    QCOMPARE(s.statistics->status->deleting.value_or(-1), status["deleting"].get<qint64>());
                QCOMPARE(s.operationTime.value_or(QString()), text(raw["operationTime"]));
                checkRoundTrip(s, raw);
            } },
        { u"EX063"_s, false,
            [](const Json &raw)
            {
                const NodeList list = fromJson<NodeList>(raw);
                QCOMPARE(int(list.items.size()), int(raw["items"].size()));
                QCOMPARE(k8sListHasMore(list.metadata), raw["metadata"].contains("continue"));
                for (size_t i = 0; i < list.items.size(); ++i)
                {
                    const Json &status = raw["items"][i]["status"];
                    const Node &n = list.items[i];
                    QCOMPARE(n.status->privateIp.value_or(QString()), text(status["privateIp"]));
                    for (const char *key : { "cpu", "memory" })
                    {
                        const QString q = text(status["resources"][key]);
                        QCOMPARE(n.status->resources->at(QString::fromLatin1(key)), q);
                        bool ok = false;
                        QVERIFY(parseKubernetesQuantity(q, &ok) > 0);
                        QVERIFY2(ok, qPrintable(q));
                        const QString avail = text(status["availableResources"][key]);
                        QVERIFY(parseKubernetesQuantity(avail) <= parseKubernetesQuantity(q));
                    }
                }
                checkRoundTrip(list, raw);
            } },
        { u"EX064"_s, true,
            [](const Json &raw)
            {
                const BatchDeleteNodesRequest r = fromJson<BatchDeleteNodesRequest>(raw);
                QCOMPARE(int(r.deleteNodeNames.size()), int(raw["deleteNodeNames"].size()));
                QCOMPARE(r.deleteNodeNames.front(), text(raw["deleteNodeNames"][0]));
                checkRoundTrip(r, raw);
            } },
        { u"EX066"_s, false,
            [](const Json &raw)
            {
                const PoolRuntimeMetrics m = fromJson<PoolRuntimeMetrics>(raw);
                QCOMPARE(int(m.items.size()), int(raw["items"].size()));
                const Json &table = raw["items"][0]["table"];
                for (const char *side : { "allocated", "capacity" })
                {
                    const PoolUsageSample &sample = QByteArrayView(side) == "allocated" ? *m.items[0].table->allocated
                                                                                        : *m.items[0].table->capacity;
                    QCOMPARE(sample.window.value_or(QString()), text(table[side]["window"]));
                    for (const auto &[key, value] : table[side]["value"].items())
                    {
                        const std::optional<double> q = usageQuantity(sample, QString::fromStdString(key));
                        QVERIFY2(q, key.c_str());
                        QCOMPARE(*q, parseKubernetesQuantity(value));
                    }
                }
                QCOMPARE(m.items[0].metadata->name.value_or(QString()), text(raw["items"][0]["metadata"]["name"]));
                checkRoundTrip(m, raw);
            } },
        { u"EX067"_s, false,
            [](const Json &raw)
            {
                const WorkloadList list = fromJson<WorkloadList>(raw);
                QCOMPARE(int(list.items.size()), int(raw["items"].size()));
                QCOMPARE(list.total.has_value(), raw.contains("total"));
                for (size_t i = 0; i < list.items.size(); ++i)
                {
                    const Json &item = raw["items"][i];
                    QCOMPARE(list.items[i].jobName.value_or(QString()), text(item["jobName"]));
                    QCOMPARE(list.items[i].status.value_or(QString()), text(item["status"]));
                    QCOMPARE(list.items[i].createTime.value_or(0), item["createTime"].get<qint64>());
                    QCOMPARE(list.items[i].pendingPosition.value_or(0), item["pendingPosition"].get<qint64>());
                    QCOMPARE(list.items[i].namespace_.value_or(QString()), text(item["namespace"]));
                }
                checkRoundTrip(list, raw);
            } },
        { u"EX068"_s, false,
            [](const Json &raw)
            {
                const WorkloadStatistics s = fromJson<WorkloadStatistics>(raw);
                QCOMPARE(s.usesStaticsKey, raw.contains("statics"));
                const Json &body = raw.contains("statics") ? raw["statics"] : raw["statistics"];
                QCOMPARE(s.statistics->total.value_or(-1), body["total"].get<qint64>());
                QCOMPARE(int(s.statistics->items->size()), int(body["items"].size()));
                const WorkloadStatusCounts &c = *s.statistics->items->front().status;
                if (body["items"][0]["status"].contains("Queue"))
                    QCOMPARE(c.queue.value_or(-1), body["items"][0]["status"]["Queue"].get<qint64>());
                checkRoundTrip(s, raw);
            } },
        { u"EX069"_s, false,
            [](const Json &raw)
            {
                const PoolEventList list = fromJson<PoolEventList>(raw);
                QCOMPARE(int(list.items.size()), int(raw["items"].size()));
                QCOMPARE(list.total.has_value(), raw.contains("total"));
                if (raw.contains("metadata") && raw["metadata"].contains("continue"))
                {
                    QCOMPARE(list.metadata->continue_.value_or(QString()), text(raw["metadata"]["continue"]));
                    QVERIFY(k8sListHasMore(list.metadata));
                }
                for (size_t i = 0; i < list.items.size(); ++i)
                {
                    QCOMPARE(list.items[i].type.value_or(QString()), text(raw["items"][i]["type"]));
                    QCOMPARE(list.items[i].reason.value_or(QString()), text(raw["items"][i]["reason"]));
                    QCOMPARE(list.items[i].count.value_or(-1), raw["items"][i]["count"].get<int>());
                }
                checkRoundTrip(list, raw);
            } },
        { u"EX071"_s, false,
            [](const Json &raw)
            {
                const ResourceFlavorList list = fromJson<ResourceFlavorList>(raw);
                QCOMPARE(int(list.items.size()), int(raw["items"].size()));
                const Json &spec = raw["items"][0]["spec"];
                const ResourceFlavor &f = list.items.front();
                QCOMPARE(f.metadata->name.value_or(QString()), text(raw["items"][0]["metadata"]["name"]));
                QCOMPARE(f.spec->memory.value_or(QString()), text(spec["memory"]));
                QCOMPARE(f.spec->cpu.value_or(QString()), text(spec["cpu"]));
                QCOMPARE(int(f.spec->dataVolumes->size()), int(spec["dataVolumes"].size()));
                checkRoundTrip(list, raw);
            } },
        { u"EX078"_s, false,
            [](const Json &raw)
            {
                const OsQuotas q = fromJson<OsQuotas>(raw);
                const Json &res = raw["quotas"]["resources"];
                QCOMPARE(int(q.quotas.resources.size()), int(res.size()));
                for (size_t i = 0; i < res.size(); ++i)
                {
                    QCOMPARE(q.quotas.resources[i].type.value_or(QString()), text(res[i]["type"]));
                    QCOMPARE(q.quotas.resources[i].quota.value_or(-1), res[i]["quota"].get<qint64>());
                    QCOMPARE(q.quotas.resources[i].used.value_or(-1), res[i]["used"].get<qint64>());
                }
                checkRoundTrip(q, raw);
            } },
    };
    if (!runExamples(cases, "pool"))
        QSKIP("api_examples.md not found (set MA_SPEC_DIR)");
}

QTEST_APPLESS_MAIN(TestPoolTypes)
#include "tst_pooltypes.moc"
