// The pool module of modelarts-local over real HTTP: pools (create, list, show, patch,
// delete) and their lifecycles, nodes and batch delete, reboot, reset, replace and HA
// redundancy, driver upgrades (rolling, secure, aligning), workspace migration, the built-in pool "local",
// monitoring series fed by job samples, workloads, resource flavors, events, quotas,
// statistics, runtime usage, persistence, and the published example requests.

#include "api/poolrequests.h"
#include "api/types/network.h"
#include "api/types/pool.h"
#include "localbackend.h"
#include "server/poolstore.h"
#include "server/store.h"
#include "specexamples.h"

#include <functional>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ma;
using api::Json;
using ma::test::callAndWait;
using ma::test::LocalBackend;

namespace
{
constexpr double kFastScale = 1000.0; // a pool is Running in about a tenth of a second
constexpr int kWaitMs = 10000;

const QString kCpuFlavor = QStringLiteral("modelarts.vm.cpu.8ud");
const QString kGpuFlavor = QStringLiteral("modelarts.bm.gpu.v100.8");

/** One backend and a client signing with its AK/SK. */
struct Env
{
    explicit Env(double scale = kFastScale, bool demo = false, const QString &dataDir = QString())
        : backend(LocalBackend::Options { scale, demo, dataDir })
        , client(backend.accessKeyClient())
    {
    }

    api::ApiResult call(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
        const QList<std::pair<QString, QString>> &query = {},
        const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        api::ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.query = query;
        r.contentType = contentType;
        return callAndWait(*client, r);
    }

    api::ApiResult createPool(const QString &displayName, const QString &flavor, int count,
        const QStringList &scope = { QStringLiteral("Train") })
    {
        Json body;
        body["apiVersion"] = "v2";
        body["kind"] = "Pool";
        body["metadata"]["labels"]["os.modelarts/name"] = displayName.toStdString();
        body["metadata"]["labels"]["os.modelarts/workspace.id"] = "0";
        body["spec"]["type"] = "Dedicate";
        Json s = Json::array();
        for (const QString &x : scope)
            s.push_back(x.toStdString());
        body["spec"]["scope"] = s;
        body["spec"]["resources"] = Json::array({ { { "flavor", flavor.toStdString() }, { "count", count } } });
        return call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(body));
    }

    /** The pool, or nullopt once it is gone (404). */
    std::optional<api::Pool> pool(const QString &name)
    {
        const api::ApiResult r = call("GET", QStringLiteral("/v2/{project_id}/pools/%1").arg(name));
        if (!r.ok())
            return std::nullopt;
        return api::fromBody<api::Pool>(r.body);
    }

    QString phase(const QString &name)
    {
        const auto p = pool(name);
        return p ? p->status.value_or(api::PoolStatus()).phase.value_or(QString()) : QStringLiteral("<gone>");
    }

    api::NodeList nodes(const QString &pool, const QList<std::pair<QString, QString>> &query = {})
    {
        const api::ApiResult r = call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes").arg(pool), {}, query);
        return r.ok() ? api::fromBody<api::NodeList>(r.body) : api::NodeList();
    }

    int nodesIn(const QString &pool, const QString &phase)
    {
        int n = 0;
        for (const api::Node &node : nodes(pool).items)
        {
            if (node.status && node.status->phase == phase)
                ++n;
        }
        return n;
    }

    /** Creates a pool and waits until it is Running; its metadata.name, or empty on failure. */
    QString runningPool(const QString &displayName, const QString &flavor, int count,
        const QStringList &scope = { QStringLiteral("Train") })
    {
        const api::ApiResult r = createPool(displayName, flavor, count, scope);
        if (r.httpStatus != 200)
            return {};
        const QString name = api::fromBody<api::Pool>(r.body).metadata.name.value_or(QString());
        if (!QTest::qWaitFor([&] { return phase(name) == u"Running"; }, kWaitMs))
            return {};
        return name;
    }

    server::Store &store() { return backend.server().store(); }

    LocalBackend backend;
    std::unique_ptr<api::ApiClient> client;
};

QString nodeName(const api::Node &node)
{
    return node.metadata ? node.metadata->name.value_or(QString()) : QString();
}

/** A training job document on @p pool as the training module would keep it (server-conventions.md). */
void putJob(server::Store &store, const QString &id, const QString &pool, const QString &phase, int units,
    const QStringList &nodes, const QString &queuePosition = QString(), qint64 startMs = 0)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Json doc;
    doc["kind"] = "job";
    doc["metadata"]["id"] = id.toStdString();
    const QString jobName = QStringLiteral("job-") + id;
    doc["metadata"]["name"] = jobName.toStdString();
    doc["metadata"]["create_time"] = now - 3'600'000;
    doc["metadata"]["annotations"] = Json::object();
    if (!nodes.isEmpty())
        doc["metadata"]["annotations"]["os.modelarts.local/nodes"] = nodes.join(u',').toStdString();
    if (!queuePosition.isEmpty())
        doc["metadata"]["annotations"]["os.modelarts.local/queue-position"] = queuePosition.toStdString();
    doc["status"]["phase"] = phase.toStdString();
    doc["status"]["secondary_phase"] = phase == u"Pending" ? "Queuing" : phase.toStdString();
    doc["status"]["start_time"] = startMs;
    doc["status"]["duration"] = phase == u"Completed" ? 600'000 : 0;
    doc["spec"]["resource"] = { { "flavor_id", kCpuFlavor.toStdString() }, { "node_count", std::max(1, units) },
        { "pool_id", pool.toStdString() } };
    server::ResourceIndex index;
    index.name = QStringLiteral("job-") + id;
    index.status = phase;
    index.createdMs = now - 3'600'000;
    index.parent = pool;
    index.units = units;
    store.put(QStringLiteral("training_job"), id, doc, index);
}

const api::PoolMetricSeries *series(const api::PoolMonitor &monitor, const QString &metric)
{
    for (const api::PoolMetricSeries &s : monitor.metrics)
    {
        if (s.metric && s.metric->metricName == metric)
            return &s;
    }
    return nullptr;
}

/** The value of the period that starts at or before @p timeMs and contains it. */
std::optional<double> valueAt(const api::PoolMetricSeries &s, qint64 timeMs, int periodS)
{
    for (const api::PoolMetricDataPoint &p : s.dataPoints.value_or(std::vector<api::PoolMetricDataPoint>()))
    {
        if (p.timestamp && *p.timestamp <= timeMs && timeMs < *p.timestamp + periodS * 1000LL)
            return api::metricValue(p, u"average");
    }
    return std::nullopt;
}

QString machineNodeName()
{
    QString host = QSysInfo::machineHostName().trimmed().toLower();
    host.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("-"));
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}
} // namespace

class TestPoolModule : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { m_shared.reset(); }
    void createRunsThroughCreatingToRunning();
    void createRejectsInvalidBodies_data();
    void createRejectsInvalidBodies();
    void duplicateNameIsAConflict();
    void listShowAndNotFound();
    void resizeOutAndInAndChangeScope();
    void scaleInBelowUsedNodesIsRejected();
    void severalFlavorsPerPool();
    void batchDeleteNodes();
    void rebootAndResetNodes();
    void outOfStockFailsWithEvent();
    void driverUpgradeRollsNodeByNode();
    void driverUpgradeInBatchesAndAligns();
    void secureDriverUpgradeWaitsForBusyNodes();
    void forcibleDriverUpgradeStopsTheJobsOnItsNodes();
    void replacedNodeGetsANewNameAndIp();
    void haRedundancyOnAndOff();
    void migrateWorkspaceMovesThePool();
    void azPlacement();
    void deletePool();
    void localPoolIsThisComputer();
    void monitorSeriesFollowFlavor();
    void nodeUsageFollowsItsJob();
    void workloadsAndStatistics();
    void networksCrudAndValidation();
    void resourceFlavorsQuotasAndStatistics();
    void poolEvents();
    void stateSurvivesRestart();
    void publishedExampleRequests();

private:
    std::unique_ptr<Env> m_shared;
};

void TestPoolModule::createRunsThroughCreatingToRunning()
{
    Env env;
    QVERIFY2(env.backend.isRunning(), qPrintable(env.backend.error()));
    const api::ApiResult created = env.createPool(QStringLiteral("train-pool"), kCpuFlavor, 3);
    QCOMPARE(created.httpStatus, 200);
    const api::Pool pool = api::fromBody<api::Pool>(created.body);
    const QString name = pool.metadata.name.value_or(QString());
    QCOMPARE(name, QStringLiteral("train-pool-") + env.backend.projectId());
    QCOMPARE(api::poolDisplayName(pool), QStringLiteral("train-pool"));
    QCOMPARE(pool.status->phase.value_or(QString()), QStringLiteral("Creating"));
    QCOMPARE(api::poolNodeCount(pool, api::PoolResourceState::Creating), 3);
    QCOMPARE(pool.spec.resources.front().count, 3);
    QVERIFY(pool.metadata.creationTimestamp);

    QTRY_COMPARE_WITH_TIMEOUT(env.phase(name), QStringLiteral("Running"), kWaitMs);
    QCOMPARE(env.nodesIn(name, QStringLiteral("Available")), 3);
    const api::Pool running = *env.pool(name);
    QCOMPARE(api::poolNodeCount(running, api::PoolResourceState::Available), 3);
    QCOMPARE(api::poolNodeCount(running, api::PoolResourceState::Creating), 0);
    QCOMPARE(running.status->scope->front().state.value_or(QString()), QStringLiteral("Enabled"));

    const api::NodeList nodes = env.nodes(name);
    QCOMPARE(nodes.items.size(), size_t(3));
    for (const api::Node &node : nodes.items)
    {
        QCOMPARE(node.spec->flavor.value_or(QString()), kCpuFlavor);
        QCOMPARE(node.status->resources->at(QStringLiteral("cpu")), QStringLiteral("8"));
        QVERIFY(node.status->privateIp && !node.status->privateIp->isEmpty());
        QVERIFY(node.status->availableResources);
    }

    // The events tell the story: start, nodes coming up, Running.
    const api::ApiResult ev = env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
        { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), name },
            { QStringLiteral("ascend"), QStringLiteral("true") } });
    QVERIFY2(ev.ok(), ev.body.constData());
    const api::PoolEventList events = api::fromBody<api::PoolEventList>(ev.body);
    QVERIFY(events.items.size() >= 3);
    QCOMPARE(events.items.front().message.value_or(QString()), QStringLiteral("Start creating pool"));
    QCOMPARE(events.items.back().message.value_or(QString()),
        QStringLiteral("Pool status changed, from Creating to Running."));
    int resourceEvents = 0;
    for (const api::PoolEvent &e : events.items)
        resourceEvents += e.reason.value_or(QString()) == u"PoolResourcesStatusChange" ? 1 : 0;
    QVERIFY(resourceEvents >= 2);
}

void TestPoolModule::createRejectsInvalidBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // a word of the message

    const auto pool
        = [](const char *name, const char *flavor, int count, const char *scope = R"(["Train"])") -> QByteArray
    {
        return QByteArray(R"({"apiVersion":"v2","kind":"Pool","metadata":{"labels":{"os.modelarts/name":")") + name
            + R"("}},"spec":{"type":"Dedicate","scope":)" + scope + R"(,"resources":[{"flavor":")" + flavor
            + R"(","count":)" + QByteArray::number(count) + "}]}}";
    };
    QTest::newRow("malformed JSON") << QByteArray(R"({"kind": "Pool", )") << QStringLiteral("JSON");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("object");
    QTest::newRow("no metadata") << QByteArray(R"({"spec":{"resources":[]}})") << QStringLiteral("metadata");
    QTest::newRow("no name") << QByteArray(R"({"metadata":{},"spec":{"resources":[{"flavor":"x","count":1}]}})")
                             << QStringLiteral("required");
    QTest::newRow("name too short") << pool("abc", "modelarts.vm.cpu.8ud", 1) << QStringLiteral("characters");
    QTest::newRow("name too long") << pool("abcdefghijklmnopqrstuvwxyz", "modelarts.vm.cpu.8ud", 1)
                                   << QStringLiteral("characters");
    QTest::newRow("upper case") << pool("Pool-one", "modelarts.vm.cpu.8ud", 1) << QStringLiteral("lowercase");
    QTest::newRow("ends with hyphen") << pool("pool-one-", "modelarts.vm.cpu.8ud", 1) << QStringLiteral("hyphen");
    QTest::newRow("unknown flavor") << pool("pool-one", "modelarts.vm.cpu.4ud", 1) << QStringLiteral("flavor");
    QTest::newRow("public flavor") << pool("pool-one", "modelarts.vm.cpu.2u", 1) << QStringLiteral("flavor");
    QTest::newRow("zero nodes") << pool("pool-one", "modelarts.vm.cpu.8ud", 0) << QStringLiteral("count");
    QTest::newRow("too many nodes") << pool("pool-one", "modelarts.vm.cpu.8ud", 51) << QStringLiteral("count");
    QTest::newRow("count not a number") << QByteArray(
        R"({"metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":"many"}]}})")
                                        << QStringLiteral("count");
    QTest::newRow("unknown scope") << pool("pool-one", "modelarts.vm.cpu.8ud", 1, R"(["Train","Batch"])")
                                   << QStringLiteral("Train");
    QTest::newRow("empty scope") << pool("pool-one", "modelarts.vm.cpu.8ud", 1, "[]") << QStringLiteral("at least");
    QTest::newRow("two CPU architectures") << QByteArray(
        R"({"metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1},{"flavor":"modelarts.bm.snt9.xlarge.8","count":1}]}})")
                                           << QStringLiteral("one CPU architecture");
    QTest::newRow("flavor twice") << QByteArray(
        R"({"metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1},{"flavor":"modelarts.vm.cpu.8ud","count":2}]}})")
                                  << QStringLiteral("listed twice");
    QByteArray eleven = R"({"metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"resources":[)";
    for (int i = 0; i < 11; ++i)
        eleven += QByteArray(i ? "," : "") + R"({"flavor":"modelarts.vm.cpu.8ud","count":1})";
    eleven += "]}}";
    QTest::newRow("eleven flavors") << eleven << QStringLiteral("at most 10");
    QTest::newRow("second flavor zero nodes") << QByteArray(
        R"({"metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1},{"flavor":"modelarts.vm.gpu.t4.4","count":0}]}})")
                                              << QStringLiteral("resources[1].count");
    QTest::newRow("unknown network") << QByteArray(
        R"({"metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"network":{"name":"nowhere"},"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1}]}})")
                                     << QStringLiteral("network");
    QTest::newRow("unknown workspace") << QByteArray(
        R"({"metadata":{"labels":{"os.modelarts/name":"pool-one","os.modelarts/workspace.id":"0123456789abcdef0123456789abcdef"}},"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1}]}})")
                                       << QStringLiteral("workspace");
    QTest::newRow("wrong kind") << QByteArray(
        R"({"kind":"Job","metadata":{"labels":{"os.modelarts/name":"pool-one"}},"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1}]}})")
                                << QStringLiteral("kind");
}

void TestPoolModule::createRejectsInvalidBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    if (!m_shared)
        m_shared = std::make_unique<Env>(); // one backend for every row
    Env *env = m_shared.get();
    const api::ApiResult r = env->call("POST", QStringLiteral("/v2/{project_id}/pools"), body);
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50004000"));
    QVERIFY2(r.error.message.contains(expected, Qt::CaseInsensitive), qPrintable(r.error.message));
    if (QTest::currentDataTag() == QByteArrayLiteral("wrong kind"))
    {
        // Nothing was created by any of the rejected bodies.
        const api::PoolList list
            = api::fromBody<api::PoolList>(env->call("GET", QStringLiteral("/v2/{project_id}/pools")).body);
        QCOMPARE(list.items.size(), size_t(1)); // only the built-in pool
    }
}

void TestPoolModule::duplicateNameIsAConflict()
{
    Env env;
    QCOMPARE(env.createPool(QStringLiteral("dup-pool"), kCpuFlavor, 1).httpStatus, 200);
    const api::ApiResult again = env.createPool(QStringLiteral("dup-pool"), kGpuFlavor, 2);
    QCOMPARE(again.httpStatus, 409);
    QCOMPARE(again.error.code, QStringLiteral("ModelArts.50015000"));
    QCOMPARE(again.error.message, QStringLiteral("Pool already exists."));
    // The built-in pool's name is taken too.
    QCOMPARE(env.createPool(QStringLiteral("local"), kCpuFlavor, 1).httpStatus, 409);
}

void TestPoolModule::listShowAndNotFound()
{
    Env env;
    const QString cpu = env.runningPool(QStringLiteral("cpu-pool"), kCpuFlavor, 1);
    QVERIFY(!cpu.isEmpty());
    QCOMPARE(
        env.createPool(QStringLiteral("gpu-pool"), kGpuFlavor, 2, { QStringLiteral("Train"), QStringLiteral("Infer") })
            .httpStatus,
        200);

    const api::ApiResult all = env.call("GET", QStringLiteral("/v2/{project_id}/pools"));
    QVERIFY(all.ok());
    const api::PoolList list = api::fromBody<api::PoolList>(all.body);
    QCOMPARE(list.kind.value_or(QString()), QStringLiteral("PoolList"));
    QCOMPARE(list.items.size(), size_t(3));

    const auto count = [&env](const QList<std::pair<QString, QString>> &query)
    {
        return api::fromBody<api::PoolList>(env.call("GET", QStringLiteral("/v2/{project_id}/pools"), {}, query).body)
            .items.size();
    };
    QCOMPARE(count({ { QStringLiteral("labelSelector"), QStringLiteral("os.modelarts/name=cpu-pool") } }), size_t(1));
    QCOMPARE(count({ { QStringLiteral("labelSelector"), QStringLiteral("os.modelarts/name!=cpu-pool") } }), size_t(2));
    QCOMPARE(count({ { QStringLiteral("workspaceId"), QStringLiteral("0") } }), size_t(3));
    QCOMPARE(count({ { QStringLiteral("workspaceId"), QStringLiteral("1234") } }), size_t(0));
    QVERIFY(count({ { QStringLiteral("status"), QStringLiteral("created") } }) >= 2);
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/pools"), {},
                    { { QStringLiteral("status"), QStringLiteral("odd") } })
                 .httpStatus,
        400);

    // Show by metadata.name and by display name.
    const auto byName = env.pool(cpu);
    QVERIFY(byName);
    QCOMPARE(byName->spec.resources.front().flavor, kCpuFlavor);
    QCOMPARE(byName->spec.scope->front(), QStringLiteral("Train"));
    QVERIFY(env.pool(QStringLiteral("cpu-pool")));
    QVERIFY(byName->metadata.annotations);
    for (const auto &[key, value] : *byName->metadata.annotations)
        QVERIFY2(!key.startsWith(QStringLiteral("os.modelarts.local/")), qPrintable(key));

    const api::ApiResult missing = env.call("GET", QStringLiteral("/v2/{project_id}/pools/no-such-pool"));
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.error.code, QStringLiteral("ModelArts.50015001"));
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/pools/no-such-pool/nodes")).httpStatus, 404);
    QCOMPARE(env.call("DELETE", QStringLiteral("/v2/{project_id}/pools/no-such-pool")).httpStatus, 404);
    QCOMPARE(
        env.call("PATCH", QStringLiteral("/v2/{project_id}/pools/no-such-pool"), R"({"spec":{}})").httpStatus, 404);

    // Nodes page with limit and continue.
    const QString gpu = QStringLiteral("gpu-pool-") + env.backend.projectId();
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(gpu), QStringLiteral("Running"), kWaitMs);
    const api::NodeList first = env.nodes(gpu, { { QStringLiteral("limit"), QStringLiteral("1") } });
    QCOMPARE(first.items.size(), size_t(1));
    QVERIFY(api::k8sListHasMore(first.metadata));
    QCOMPARE(first.metadata->remainingItemCount.value_or(0), 1);
    const api::NodeList second = env.nodes(gpu,
        { { QStringLiteral("limit"), QStringLiteral("1") },
            { QStringLiteral("continue"), *first.metadata->continue_ } });
    QCOMPARE(second.items.size(), size_t(1));
    QVERIFY(!api::k8sListHasMore(second.metadata));
    QVERIFY(nodeName(first.items.front()) != nodeName(second.items.front()));
    QCOMPARE(second.items.front().status->resources->at(QStringLiteral("nvidia.com/gpu")), QStringLiteral("8"));
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes").arg(gpu), {},
                    { { QStringLiteral("limit"), QStringLiteral("501") } })
                 .httpStatus,
        400);
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes").arg(gpu), {},
                    { { QStringLiteral("continue"), QStringLiteral("junk") } })
                 .httpStatus,
        400);

    // One node, and a node that is not in the pool.
    const api::ApiResult node
        = env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes/%2").arg(gpu, nodeName(first.items.front())));
    QVERIFY(node.ok());
    QCOMPARE(nodeName(api::fromBody<api::Node>(node.body)), nodeName(first.items.front()));
    QCOMPARE(
        env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes/%2").arg(cpu, nodeName(first.items.front())))
            .httpStatus,
        404);
}

void TestPoolModule::resizeOutAndInAndChangeScope()
{
    Env env;
    const QString name = env.runningPool(QStringLiteral("elastic"), kCpuFlavor, 2);
    QVERIFY(!name.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);

    // Scale out with a merge patch: two nodes start Creating and become Available.
    const api::Pool pool = *env.pool(name);
    const api::PoolPatch out = api::poolScalePatch(pool, kCpuFlavor, 4);
    api::ApiResult r = env.call("PATCH", path, api::dumpJson(api::encode(out)), {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    const api::Pool scaling = api::fromBody<api::Pool>(r.body);
    QCOMPARE(scaling.status->phase.value_or(QString()), QStringLiteral("Running"));
    QCOMPARE(scaling.spec.resources.front().count, 4);
    QCOMPARE(api::poolNodeCount(scaling, api::PoolResourceState::Creating), 2);
    QCOMPARE(api::poolNodeCount(scaling, api::PoolResourceState::Available), 2);
    QTRY_COMPARE_WITH_TIMEOUT(env.nodesIn(name, QStringLiteral("Available")), 4, kWaitMs);
    QCOMPARE(env.nodes(name).items.size(), size_t(4));

    // Scale in with plain application/json: free nodes go Deleting, then disappear.
    r = env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1}]}})");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::poolNodeCount(api::fromBody<api::Pool>(r.body), api::PoolResourceState::Deleting), 3);
    QTRY_COMPARE_WITH_TIMEOUT(env.nodes(name).items.size(), size_t(1), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(api::poolNodeCount(*env.pool(name), api::PoolResourceState::Deleting), 0, kWaitMs);
    QCOMPARE(api::poolTotalNodeCount(*env.pool(name)), 1);

    // Out of range, another flavor, and 0 nodes are rejected.
    QCOMPARE(
        env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":0}]}})").httpStatus,
        400);
    QCOMPARE(
        env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":99}]}})").httpStatus,
        400);
    QCOMPARE(
        env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.gpu.t4.4","count":1}]}})").httpStatus,
        400);
    QCOMPARE(env.call("PATCH", path, R"({"spec":{"network":{"name":"other"}}})").httpStatus, 400);
    QCOMPARE(env.call("PATCH", path, R"({"spec":{"resources":[{"count":1}]}})").httpStatus, 400);
    QCOMPARE(env.call("PATCH", path, R"({"spec":)").httpStatus, 400);

    // Job types: Notebook is enabled after a while; labels and annotations merge.
    r = env.call("PATCH", path,
        R"({"metadata":{"annotations":{"os.modelarts/description":"for notebooks"}},"spec":{"scope":["Train","Notebook"]}})",
        {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    api::Pool patched = api::fromBody<api::Pool>(r.body);
    QCOMPARE(patched.spec.scope->size(), size_t(2));
    QCOMPARE(patched.status->scope->at(1).state.value_or(QString()), QStringLiteral("Enabling"));
    QCOMPARE(
        patched.metadata.annotations->at(QStringLiteral("os.modelarts/description")), QStringLiteral("for notebooks"));
    QTRY_COMPARE_WITH_TIMEOUT(
        env.pool(name)->status->scope->at(1).state.value_or(QString()), QStringLiteral("Enabled"), kWaitMs);
    r = env.call("PATCH", path, R"({"spec":{"scope":["Notebook"]}})");
    QVERIFY(r.ok());
    QCOMPARE(api::fromBody<api::Pool>(r.body).status->scope->size(), size_t(2)); // Train is Disabling
    QTRY_COMPARE_WITH_TIMEOUT(env.pool(name)->status->scope->size(), size_t(1), kWaitMs);
    QCOMPARE(env.call("PATCH", path, R"({"spec":{"scope":["Batch"]}})").httpStatus, 400);
    QCOMPARE(env.call("PATCH", path, R"({"metadata":{"labels":{"os.modelarts/name":"renamed"}}})").httpStatus, 400);
    QCOMPARE(env.call("PATCH", path, R"({"spec":{}})", {}, "text/plain").httpStatus, 400);
}

void TestPoolModule::scaleInBelowUsedNodesIsRejected()
{
    Env env;
    const QString name = env.runningPool(QStringLiteral("busy-pool"), kCpuFlavor, 3);
    QVERIFY(!name.isEmpty());
    const api::NodeList nodes = env.nodes(name);
    QCOMPARE(nodes.items.size(), size_t(3));
    const QStringList busy = { nodeName(nodes.items[0]), nodeName(nodes.items[1]) };
    env.store().transaction(
        [&] { putJob(env.store(), QStringLiteral("job-busy"), name, QStringLiteral("Running"), 2, busy); });

    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);
    api::ApiResult r
        = env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1}]}})");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50004000"));
    QVERIFY2(r.error.message.contains(QStringLiteral("in use")), qPrintable(r.error.message));

    // Down to the used nodes is fine: the idle node goes.
    r = env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":2}]}})");
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(env.nodes(name).items.size(), size_t(2), kWaitMs);
    QStringList left;
    for (const api::Node &n : env.nodes(name).items)
        left << nodeName(n);
    left.sort();
    QStringList expected = busy;
    expected.sort();
    QCOMPARE(left, expected);

    // A busy node cannot be deleted, nor the pool while it runs work; busy nodes show nothing free.
    r = env.call("POST", path + QStringLiteral("/nodes/batch-delete"),
        api::dumpJson({ { "deleteNodeNames", { busy.front().toStdString() } } }));
    QCOMPARE(r.httpStatus, 400);
    r = env.call("DELETE", path);
    QCOMPARE(r.httpStatus, 400);
    QVERIFY(r.error.message.contains(QStringLiteral("still runs")));
    for (const api::Node &n : env.nodes(name).items)
        QCOMPARE(n.status->availableResources->at(QStringLiteral("cpu")), QStringLiteral("0"));
}

void TestPoolModule::severalFlavorsPerPool()
{
    Env env;
    QVERIFY2(env.backend.isRunning(), qPrintable(env.backend.error()));
    const QString t4 = QStringLiteral("modelarts.vm.gpu.t4.4");
    // Two flavors of one architecture (x86): each gets its nodes.
    api::Pool request = api::fromJson<api::Pool>(Json::parse(R"({"apiVersion":"v2","kind":"Pool",
        "metadata":{"labels":{"os.modelarts/name":"mixed-pool"}},
        "spec":{"type":"Dedicate","scope":["Train"],"resources":[
            {"flavor":"modelarts.vm.cpu.8ud","count":2},
            {"flavor":"modelarts.vm.gpu.t4.4","count":1,"azs":[{"az":"placeholder","count":1}]}]}})"));
    const QString az2 = env.backend.server().config().region + QStringLiteral("-az2");
    request.spec.resources[1].azs->front().az = az2;
    api::ApiResult r = env.call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(api::encode(request)));
    QVERIFY2(r.ok(), r.body.constData());
    const api::Pool created = api::fromBody<api::Pool>(r.body);
    const QString name = created.metadata.name.value_or(QString());
    QCOMPARE(created.spec.resources.size(), size_t(2));
    QCOMPARE(created.spec.resources[1].flavor, t4);
    QCOMPARE(created.spec.resources[1].maxCount.value_or(0), 1);
    QCOMPARE(api::poolNodeCount(created, api::PoolResourceState::Creating), 3);
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(name), QStringLiteral("Running"), kWaitMs);

    const auto flavorCounts = [&]
    {
        QMap<QString, int> out;
        for (const api::Node &node : env.nodes(name).items)
            if (node.status && node.status->phase.value_or(QString()) != u"Deleting")
                ++out[node.spec->flavor.value_or(QString())];
        return out;
    };
    QCOMPARE(flavorCounts(), (QMap<QString, int> { { kCpuFlavor, 2 }, { t4, 1 } }));
    for (const api::Node &node : env.nodes(name).items)
    {
        if (node.spec->flavor == t4)
        {
            QCOMPARE(node.status->az.value_or(QString()), az2);
            QCOMPARE(node.status->resources->at(QStringLiteral("nvidia.com/gpu")), QStringLiteral("4"));
        }
    }
    // The status lists the available nodes per flavor; the metering ids name both.
    const api::Pool running = *env.pool(name);
    QCOMPARE(api::poolNodeCount(running, api::PoolResourceState::Available), 3);
    QCOMPARE(running.status->resources->available->size(), size_t(2));
    const QString ids = running.metadata.annotations->at(QStringLiteral("os.modelarts/flavor.resource.ids"));
    QVERIFY2(ids.contains(kCpuFlavor) && ids.contains(t4), qPrintable(ids));
    // The GPU flavor brings the GPU driver.
    QVERIFY(running.status->driver && running.status->driver->gpu);

    // Resize per flavor: the CPU flavor out by one, the GPU flavor unchanged.
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);
    r = env.call("PATCH", path, api::dumpJson(api::encode(api::poolScalePatch(running, kCpuFlavor, 3))), {},
        "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::Pool>(r.body).spec.resources[0].count, 3);
    QCOMPARE(api::fromBody<api::Pool>(r.body).spec.resources[1].count, 1);
    QTRY_COMPARE_WITH_TIMEOUT(env.nodesIn(name, QStringLiteral("Available")), 4, kWaitMs);
    QCOMPARE(flavorCounts(), (QMap<QString, int> { { kCpuFlavor, 3 }, { t4, 1 } }));

    // Both at once: the GPU flavor out, the CPU flavor in.
    r = env.call("PATCH", path,
        R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1},{"flavor":"modelarts.vm.gpu.t4.4","count":2}]}})",
        {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(flavorCounts(), (QMap<QString, int> { { kCpuFlavor, 1 }, { t4, 2 } }), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(env.nodes(name).items.size(), size_t(3), kWaitMs);

    // No flavor goes to 0, none may be left out, none added.
    r = env.call("PATCH", path,
        R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1},{"flavor":"modelarts.vm.gpu.t4.4","count":0}]}})");
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(
        r.error.message.contains(QStringLiteral("spec.resources[1].count must be 1 to")), qPrintable(r.error.message));
    r = env.call("PATCH", path, R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":2}]}})");
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.error.message.contains(QStringLiteral("every flavor of the pool")), qPrintable(r.error.message));
    r = env.call("PATCH", path,
        R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1},{"flavor":"modelarts.vm.gpu.t4.4","count":2},{"flavor":"modelarts.bm.gpu.v100.8","count":1}]}})");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(flavorCounts(), (QMap<QString, int> { { kCpuFlavor, 1 }, { t4, 2 } }));

    // Deleting a GPU node lowers the GPU flavor's count only.
    QString gpuNode;
    for (const api::Node &node : env.nodes(name).items)
        if (node.spec->flavor == t4)
            gpuNode = nodeName(node);
    r = env.call("POST", path + QStringLiteral("/nodes/batch-delete"),
        api::dumpJson(Json { { "deleteNodeNames", Json::array({ gpuNode.toStdString() }) } }));
    QVERIFY2(r.ok(), r.body.constData());
    const api::Pool afterDelete = *env.pool(name);
    QCOMPARE(afterDelete.spec.resources[0].count, 1);
    QCOMPARE(afterDelete.spec.resources[1].count, 1);
}

void TestPoolModule::batchDeleteNodes()
{
    Env env;
    const QString name = env.runningPool(QStringLiteral("trim-pool"), kCpuFlavor, 3);
    QVERIFY(!name.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1/nodes/batch-delete").arg(name);
    const api::NodeList nodes = env.nodes(name);

    api::ApiResult r = env.call("POST", path, R"({"deleteNodeNames":["os-node-created-nope"]})");
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50015001"));
    QCOMPARE(env.call("POST", path, R"({"deleteNodeNames":[]})").httpStatus, 400);
    QCOMPARE(env.call("POST", path, R"({"names":["x"]})").httpStatus, 400);
    r = env.call(
        "POST", QStringLiteral("/v2/{project_id}/pools/nothing/nodes/batch-delete"), R"({"deleteNodeNames":["x"]})");
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50015001"));

    // All of them: the last one must remain.
    Json all = Json::array();
    for (const api::Node &n : nodes.items)
        all.push_back(nodeName(n).toStdString());
    r = env.call("POST", path, api::dumpJson({ { "deleteNodeNames", all } }));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.error.message.contains(QStringLiteral("At least one node")), qPrintable(r.error.message));

    Json two = Json::array({ all[0], all[1] });
    r = env.call("POST", path, api::dumpJson({ { "deleteNodeNames", two } }));
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(env.nodes(name).items.size(), size_t(1), kWaitMs);
    QCOMPARE(nodeName(env.nodes(name).items.front()), QString::fromStdString(all[2].get<std::string>()));
    QCOMPARE(env.pool(name)->spec.resources.front().count, 1);
    r = env.call("POST", path, api::dumpJson({ { "deleteNodeNames", Json::array({ all[2] }) } }));
    QCOMPARE(r.httpStatus, 400);
}

void TestPoolModule::rebootAndResetNodes()
{
    Env env(25.0); // slow enough to see a node Rebooting (30 s nominal = 1.2 s)
    const QString name = env.runningPool(QStringLiteral("boot-pool"), kCpuFlavor, 2);
    QVERIFY(!name.isEmpty());
    const api::NodeList nodes = env.nodes(name);
    QCOMPARE(nodes.items.size(), size_t(2));
    const QString first = nodeName(nodes.items[0]);
    const QString second = nodeName(nodes.items[1]);
    const QString reboot = QStringLiteral("/v2/{project_id}/pools/%1/nodes/batch-reboot").arg(name);
    const QString reset = QStringLiteral("/v2/{project_id}/pools/%1/nodes/batch-reset").arg(name);
    const auto nodePhase = [&](const QString &node)
    {
        const api::ApiResult r = env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes/%2").arg(name, node));
        return r.ok() ? api::fromBody<api::Node>(r.body).status.value_or(api::NodeStatus()).phase.value_or(QString())
                      : QString();
    };

    QCOMPARE(env.call("POST", reboot, R"({"nodeNames":[]})").httpStatus, 400);
    api::ApiResult r = env.call("POST", reboot, R"({"nodeNames":["os-node-created-nope"]})");
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50015001"));

    r = env.call("POST", reboot, api::dumpJson({ { "nodeNames", Json::array({ first.toStdString() }) } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(nodePhase(first), QStringLiteral("Rebooting"));
    QCOMPARE(nodePhase(second), QStringLiteral("Available"));
    // A node being rebooted cannot be reset (Reset takes Available nodes only).
    r = env.call("POST", reset, api::dumpJson({ { "nodeNames", Json::array({ first.toStdString() }) } }));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.error.message.contains(QStringLiteral("Rebooting")), qPrintable(r.error.message));
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(first), QStringLiteral("Available"), kWaitMs);

    r = env.call("POST", reset, api::dumpJson({ { "nodeNames", Json::array({ second.toStdString() }) } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(nodePhase(second), QStringLiteral("Resetting"));
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(second), QStringLiteral("Available"), kWaitMs);

    // Both ends of each operation are pool events.
    const api::PoolEventList events = api::fromBody<api::PoolEventList>(
        env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
               { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), name } })
            .body);
    QStringList seen;
    for (const api::PoolEvent &e : events.items)
    {
        if (e.message.value_or(QString()).contains(first) || e.message.value_or(QString()).contains(second))
            seen << e.reason.value_or(QString());
    }
    seen.sort();
    QCOMPARE(seen,
        QStringList({ QStringLiteral("NodeRebooted"), QStringLiteral("NodeRebooting"), QStringLiteral("NodeReset"),
            QStringLiteral("NodeResetting") }));

    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools/local/nodes/batch-reboot"),
        api::dumpJson({ { "nodeNames", Json::array({ "x" }) } }));
    QCOMPARE(r.httpStatus, 400);
}

void TestPoolModule::outOfStockFailsWithEvent()
{
    Env env;
    const int stock = server::PoolStore::stockOf(kGpuFlavor);
    QVERIFY(stock < 50); // below the API's maximum count, so a valid request can run out of stock
    api::ApiResult r = env.createPool(QStringLiteral("greedy-pool"), kGpuFlavor, stock + 1);
    QVERIFY2(r.ok(), r.body.constData()); // the order is accepted...
    const QString greedy = api::fromBody<api::Pool>(r.body).metadata.name.value_or(QString());
    QCOMPARE(env.phase(greedy), QStringLiteral("Creating"));
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(greedy), QStringLiteral("CreationFailed"), kWaitMs); // ...then fails
    QVERIFY(env.nodes(greedy).items.empty());
    const QString message = env.pool(greedy)->status->message.value_or(QString());
    QVERIFY2(message.contains(QStringLiteral("Insufficient resources")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(stock + 1)), qPrintable(message));

    const auto events = [&](const QString &pool)
    {
        return api::fromBody<api::PoolEventList>(
            env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
                   { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), pool } })
                .body);
    };
    const auto hasEvent = [&](const QString &pool, const QString &reason)
    {
        for (const api::PoolEvent &e : events(pool).items)
        {
            if (e.reason == reason && e.type == u"Warning"
                && e.message.value_or(QString()).contains(QStringLiteral("Insufficient resources")))
                return true;
        }
        return false;
    };
    QVERIFY(hasEvent(greedy, QStringLiteral("PoolCreateFailed")));
    QVERIFY(env.call("DELETE", QStringLiteral("/v2/{project_id}/pools/%1").arg(greedy)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(greedy), QStringLiteral("<gone>"), kWaitMs);

    // Scaling out past the stock is refused with the reason, which is also an event.
    const QString pool = env.runningPool(QStringLiteral("stock-pool"), kGpuFlavor, stock - 2);
    QVERIFY(!pool.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(pool);
    r = env.call("PATCH", path,
        api::dumpJson({ { "spec",
            { { "resources",
                Json::array({ { { "flavor", kGpuFlavor.toStdString() }, { "count", stock + 1 } } }) } } } }),
        {}, "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.error.message.contains(QStringLiteral("Insufficient resources")), qPrintable(r.error.message));
    QVERIFY(hasEvent(pool, QStringLiteral("PoolScaleFailed")));
    QCOMPARE(env.pool(pool)->spec.resources.front().count, stock - 2);
    // Within the stock it still works.
    r = env.call("PATCH", path,
        api::dumpJson({ { "spec",
            { { "resources", Json::array({ { { "flavor", kGpuFlavor.toStdString() }, { "count", stock } } }) } } } }),
        {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(env.nodesIn(pool, QStringLiteral("Available")), stock, kWaitMs);
}

void TestPoolModule::driverUpgradeRollsNodeByNode()
{
    Env env(25.0); // one node's upgrade (20 s nominal) takes 0.8 s: the steps are visible
    const QString name = env.runningPool(QStringLiteral("driver-pool"), kGpuFlavor, 2);
    QVERIFY(!name.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);
    const QString oldVersion = env.pool(name)->status->driver->gpu->version.value_or(QString());
    QVERIFY(!oldVersion.isEmpty());
    const auto nodeDrivers = [&]
    {
        QStringList out;
        for (const api::Node &n : env.nodes(name).items)
        {
            const api::Json &d = n.status->extra.value("driver", api::Json::object());
            out << QString::fromStdString(d.value("version", std::string())) + u'/'
                    + QString::fromStdString(d.value("state", std::string()));
        }
        return out;
    };
    QCOMPARE(nodeDrivers(),
        QStringList({ oldVersion + QStringLiteral("/Running"), oldVersion + QStringLiteral("/Running") }));

    const QString target = QStringLiteral("550.90.07");
    api::ApiResult r = env.call("PATCH", path,
        api::dumpJson({ { "spec",
            { { "driver", { { "gpuVersion", target.toStdString() }, { "updateStrategy", "force" } } } } } }),
        {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Upgrading"));
    QCOMPARE(env.pool(name)->status->driver->gpu->version.value_or(QString()), oldVersion);
    // Console: no reboot, reset or second upgrade while the driver is upgrading.
    const QString node = nodeName(env.nodes(name).items.front());
    r = env.call("POST", path + QStringLiteral("/nodes/batch-reboot"),
        api::dumpJson({ { "nodeNames", Json::array({ node.toStdString() }) } }));
    QCOMPARE(r.httpStatus, 400);
    r = env.call("PATCH", path, R"({"spec":{"driver":{"gpuVersion":"560.1"}}})", {}, "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);

    // Rolling: at some point one node is upgraded while the other is not yet.
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers().count(target + QStringLiteral("/Running")), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(),
        QStringList({ target + QStringLiteral("/Running"), target + QStringLiteral("/Running") }), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Running"), kWaitMs);
    QCOMPARE(env.pool(name)->status->driver->gpu->version.value_or(QString()), target);

    QStringList reasons;
    for (const api::PoolEvent &e : api::fromBody<api::PoolEventList>(
             env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
                    { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), name } })
                 .body)
                                       .items)
        reasons << e.reason.value_or(QString());
    QCOMPARE(reasons.count(QStringLiteral("NodeDriverUpgraded")), 2);
    QCOMPARE(reasons.count(QStringLiteral("DriverUpgradeStart")), 1);
    QCOMPARE(reasons.count(QStringLiteral("DriverUpgradeSuccess")), 1);

    // A CPU pool has no driver to upgrade.
    const QString cpu = env.runningPool(QStringLiteral("cpu-driver"), kCpuFlavor, 1);
    r = env.call("PATCH", QStringLiteral("/v2/{project_id}/pools/%1").arg(cpu),
        R"({"spec":{"driver":{"gpuVersion":"1"}}})", {}, "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);
}

namespace
{
/** "version/state" of every node's driver, oldest node first. */
QStringList nodeDrivers(Env &env, const QString &pool)
{
    QStringList out;
    for (const api::Node &n : env.nodes(pool).items)
    {
        const api::Json &d = n.status->extra.value("driver", api::Json::object());
        out << QString::fromStdString(d.value("version", std::string())) + u'/'
                + QString::fromStdString(d.value("state", std::string()));
    }
    return out;
}

QStringList eventReasons(Env &env, const QString &pool)
{
    QStringList reasons;
    const api::ApiResult r = env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
        { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), pool } });
    for (const api::PoolEvent &e : api::fromBody<api::PoolEventList>(r.body).items)
        reasons << e.reason.value_or(QString());
    return reasons;
}

QByteArray driverPatch(const QString &version, const char *strategy, const QString &rolling = QString())
{
    Json body
        = { { "spec", { { "driver", { { "gpuVersion", version.toStdString() }, { "updateStrategy", strategy } } } } } };
    if (!rolling.isEmpty())
        body["metadata"]["annotations"][api::pools::kDriverRollingAnnotation.toStdString()] = rolling.toStdString();
    return api::dumpJson(body);
}

/** Writes the driver version of one node straight into the store, as a node added with another image would be. */
void setNodeDriver(server::Store &store, const QString &node, const QString &version)
{
    Json doc = *store.get(QStringLiteral("node"), node);
    doc["status"]["driver"]["version"] = version.toStdString();
    server::ResourceIndex index;
    index.name = node;
    index.status = server::PoolStore::str(doc, "/status/phase");
    index.createdMs = server::PoolStore::createdMs(doc);
    index.parent = server::PoolStore::label(doc, QStringLiteral("os.modelarts.node/cluster"));
    store.put(QStringLiteral("node"), node, doc, index);
}
} // namespace

void TestPoolModule::driverUpgradeInBatchesAndAligns()
{
    Env env(25.0); // one step (20 s nominal) takes 0.8 s
    const QString name = env.runningPool(QStringLiteral("batch-driver"), kGpuFlavor, 3);
    QVERIFY(!name.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);
    const QString oldVersion = env.pool(name)->status->driver->gpu->version.value_or(QString());

    // The strategy and the rolling setting are checked.
    api::ApiResult r
        = env.call("PATCH", path, driverPatch(QStringLiteral("550.54.15"), "soon"), {}, "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message, QStringLiteral("Bad request. spec.driver.updateStrategy must be idle or force."));
    r = env.call("PATCH", path, driverPatch(QStringLiteral("550.54.15"), "force", QStringLiteral("percentage:0")), {},
        "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message,
        QStringLiteral("Bad request. The annotation os.modelarts/driver.upgrade.rolling must be percentage:<1-100> or "
                       "count:<n>, not "
                       "percentage:0."));
    QCOMPARE(env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Running"));

    // Two nodes at a time: at some point two are Upgrading together while the third waits.
    const QString target = QStringLiteral("550.54.15");
    r = env.call(
        "PATCH", path, driverPatch(target, "force", QStringLiteral("count:2")), {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(env, name).count(oldVersion + QStringLiteral("/Upgrading")), 2, kWaitMs);
    QCOMPARE(nodeDrivers(env, name).count(oldVersion + QStringLiteral("/Waiting")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(env, name).count(target + QStringLiteral("/Running")), 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Running"), kWaitMs);
    QCOMPARE(env.pool(name)->status->driver->gpu->version.value_or(QString()), target);

    // The current version again with every node on it: nothing to do.
    r = env.call("PATCH", path, driverPatch(target, "idle"), {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Running"));
    QCOMPARE(eventReasons(env, name).count(QStringLiteral("DriverUpgradeStart")), 1);

    // A node carrying another version: the current version aligns it, the others are left alone.
    const QString odd = nodeName(env.nodes(name).items.back());
    setNodeDriver(env.store(), odd, oldVersion);
    r = env.call("PATCH", path, driverPatch(target, "idle", QStringLiteral("percentage:100")), {},
        "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Upgrading"));
    const QStringList started = nodeDrivers(env, name);
    QCOMPARE(started.mid(0, 2), QStringList(2, target + QStringLiteral("/Running")));
    // The odd node waits, or has started already (the first batch starts at the next tick).
    QVERIFY2(started.at(2) == oldVersion + QStringLiteral("/Waiting")
            || started.at(2) == oldVersion + QStringLiteral("/Upgrading"),
        qPrintable(started.at(2)));
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(env, name).count(target + QStringLiteral("/Running")), 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Running"), kWaitMs);
    const QStringList reasons = eventReasons(env, name);
    QCOMPARE(reasons.count(QStringLiteral("DriverUpgradeStart")), 2);
    QCOMPARE(reasons.count(QStringLiteral("NodeDriverUpgraded")), 4);
}

void TestPoolModule::secureDriverUpgradeWaitsForBusyNodes()
{
    Env env(25.0);
    const QString name = env.runningPool(QStringLiteral("secure-driver"), kGpuFlavor, 2);
    QVERIFY(!name.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);
    const api::NodeList nodes = env.nodes(name);
    const QString busy = nodeName(nodes.items.front());
    putJob(env.store(), QStringLiteral("busy-job"), name, QStringLiteral("Running"), 1, { busy });

    const QString target = QStringLiteral("550.54.15");
    api::ApiResult r = env.call("PATCH", path, driverPatch(target, "idle", QStringLiteral("percentage:100")), {},
        "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    const auto driverOf = [&](const QString &node)
    {
        for (const api::Node &n : env.nodes(name).items)
            if (nodeName(n) == node)
                return QString::fromStdString(
                    n.status->extra.value("driver", api::Json::object()).value("state", std::string()));
        return QString();
    };
    // The idle node is upgraded; the busy one waits (isolated) for its job.
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(env, name).count(target + QStringLiteral("/Running")), 1, kWaitMs);
    QCOMPARE(driverOf(busy), QStringLiteral("Waiting"));
    QTest::qWait(1000); // more than a step: still waiting while the job runs
    QCOMPARE(driverOf(busy), QStringLiteral("Waiting"));
    QCOMPARE(env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Upgrading"));

    putJob(env.store(), QStringLiteral("busy-job"), name, QStringLiteral("Completed"), 0, {});
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(env, name).count(target + QStringLiteral("/Running")), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        env.pool(name)->status->driver->gpu->state.value_or(QString()), QStringLiteral("Running"), kWaitMs);
}

void TestPoolModule::forcibleDriverUpgradeStopsTheJobsOnItsNodes()
{
    Env env(25.0);
    const QString name = env.runningPool(QStringLiteral("force-driver"), kGpuFlavor, 2);
    QVERIFY(!name.isEmpty());
    // A training job (simulated, an hour long) on one node of the pool.
    const Json job = { { "kind", "job" }, { "metadata", { { "name", "interrupted-job" } } },
        { "algorithm",
            { { "engine", { { "image_url", "swr.local/team/trainer:1.0" } } }, { "command", "python train.py" },
                { "environments", { { "MA_LOCAL_DURATION_SECONDS", "3600" } } } } },
        { "spec",
            { { "resource",
                { { "pool_id", name.toStdString() }, { "flavor_id", kGpuFlavor.toStdString() },
                    { "node_count", 1 } } } } } };
    api::ApiResult r = env.call("POST", QStringLiteral("/v2/{project_id}/training-jobs"), api::dumpJson(job));
    QVERIFY2(r.httpStatus == 201, r.body.constData());
    const QString id = QString::fromStdString(api::parseJson(r.body).at("metadata").at("id").get<std::string>());
    const auto jobPhase = [&]
    {
        const api::ApiResult shown = env.call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1").arg(id));
        return QString::fromStdString(api::parseJson(shown.body).at("status").value("phase", std::string()));
    };
    QTRY_COMPARE_WITH_TIMEOUT(jobPhase(), QStringLiteral("Running"), kWaitMs);
    const QString busy = QString::fromStdString(env.store()
                                                    .get(QStringLiteral("training_job"), id)
                                                    ->at("metadata")
                                                    .at("annotations")
                                                    .value("os.modelarts.local/nodes", std::string()));
    QVERIFY(!busy.isEmpty());

    // Forcible: the busy node is upgraded like the other, and its job fails.
    const QString target = QStringLiteral("550.54.15");
    r = env.call("PATCH", QStringLiteral("/v2/{project_id}/pools/%1").arg(name),
        driverPatch(target, "force", QStringLiteral("percentage:100")), {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(jobPhase(), QStringLiteral("Failed"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(nodeDrivers(env, name).count(target + QStringLiteral("/Running")), 2, kWaitMs);

    // The job says why; the pool names the node and the job.
    const api::ApiResult ev = env.call("GET", QStringLiteral("/v2/{project_id}/training-jobs/%1/events").arg(id), {},
        { { QStringLiteral("limit"), QStringLiteral("100") } });
    QVERIFY2(ev.ok(), ev.body.constData());
    QStringList messages;
    for (const Json &e : api::parseJson(ev.body).value("events", Json::array()))
        messages << QString::fromStdString(e.value("message", std::string()));
    const QString expected
        = QStringLiteral("The driver of the node %1 is being upgraded forcibly; the training job is stopped.")
              .arg(busy);
    QVERIFY2(messages.contains(expected), qPrintable(messages.join(u'\n')));
    QVERIFY(eventReasons(env, name).contains(QStringLiteral("DriverUpgradeStopsJobs")));
    const api::ApiResult poolEvents = env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
        { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), name } });
    QVERIFY2(poolEvents.body.contains(
                 QStringLiteral("The forcible driver upgrade of node %1 stops the jobs running on it: interrupted-job.")
                     .arg(busy)
                     .toUtf8()),
        poolEvents.body.constData());
}

void TestPoolModule::replacedNodeGetsANewNameAndIp()
{
    Env env(25.0); // a replace (60 s nominal) takes 2.4 s, a reset (45 s) 1.8 s
    const QString name = env.runningPool(QStringLiteral("replace-pool"), kCpuFlavor, 5);
    QVERIFY(!name.isEmpty());
    const QString base = QStringLiteral("/v2/{project_id}/pools/%1/nodes/").arg(name);
    api::NodeList before = env.nodes(name);
    QCOMPARE(before.items.size(), size_t(5));
    const QString a = nodeName(before.items[0]);
    const QString b = nodeName(before.items[1]);
    const QString c = nodeName(before.items[2]);
    const QString ipA = before.items[0].status->privateIp.value_or(QString());
    const auto one = [](const QString &node)
    {
        return api::dumpJson({ { "nodeNames", Json::array({ node.toStdString() }) } });
    };
    const auto phaseOf = [&](const QString &node)
    {
        const api::ApiResult r = env.call("GET", base + node);
        return r.ok() ? api::fromBody<api::Node>(r.body).status.value_or(api::NodeStatus()).phase.value_or(QString())
                      : QStringLiteral("<gone>");
    };

    // A node being reset blocks replacing, and the other way round (console §3.3.4).
    api::ApiResult r = env.call("POST", base + QStringLiteral("batch-reset"), one(b));
    QVERIFY2(r.ok(), r.body.constData());
    r = env.call("POST", base + QStringLiteral("batch-replace"), one(a));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message,
        QStringLiteral(
            "Bad request. The node %1 of the pool replace-pool is Resetting; nodes cannot be replaced meanwhile.")
            .arg(b));
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(b), QStringLiteral("Available"), kWaitMs);

    r = env.call("POST", base + QStringLiteral("batch-replace"), one(a));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(phaseOf(a), QStringLiteral("Replacing"));
    r = env.call("POST", base + QStringLiteral("batch-reset"), one(c));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message,
        QStringLiteral(
            "Bad request. The node %1 of the pool replace-pool is Replacing; nodes cannot be reset meanwhile.")
            .arg(a));

    // The old node leaves; a new one with another name and IP is Available in its place.
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(a), QStringLiteral("<gone>"), kWaitMs);
    const api::NodeList after = env.nodes(name);
    QCOMPARE(after.items.size(), size_t(5));
    QString fresh;
    QString freshIp;
    for (const api::Node &n : after.items)
    {
        bool known = false;
        for (const api::Node &o : before.items)
            known = known || nodeName(o) == nodeName(n);
        if (!known)
        {
            fresh = nodeName(n);
            freshIp = n.status->privateIp.value_or(QString());
            QCOMPARE(n.status->phase.value_or(QString()), QStringLiteral("Available"));
        }
    }
    QVERIFY(!fresh.isEmpty());
    QVERIFY(freshIp != ipA);
    QCOMPARE(env.pool(name)->spec.resources.front().count, 5);
    const QStringList reasons = eventReasons(env, name);
    QVERIFY(reasons.contains(QStringLiteral("NodeReplacing")));
    QVERIFY(reasons.contains(QStringLiteral("NodeReplaced")));

    // At most 20 % of the nodes a day: 1 of 5.
    r = env.call("POST", base + QStringLiteral("batch-replace"), one(c));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message,
        QStringLiteral(
            "Bad request. Nodes replaced in the pool replace-pool in the last 24 hours: 1 of at most 1 (20 % of its "
            "nodes a day)."));
    // A node running a job is not replaced.
    putJob(env.store(), QStringLiteral("job-on-c"), name, QStringLiteral("Running"), 1, { c });
    r = env.call("POST", base + QStringLiteral("batch-replace"), one(c));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message,
        QStringLiteral("Bad request. The node %1 runs a job; stop the job before replacing the node.").arg(c));
}

void TestPoolModule::haRedundancyOnAndOff()
{
    Env env;
    const QString name = env.runningPool(QStringLiteral("ha-pool"), kCpuFlavor, 3);
    QVERIFY(!name.isEmpty());
    const QString update = QStringLiteral("/v2/{project_id}/pools/%1/nodes/batch-update").arg(name);
    const api::NodeList nodes = env.nodes(name);
    const QString a = nodeName(nodes.items[0]);
    const QString b = nodeName(nodes.items[1]);
    const QString c = nodeName(nodes.items[2]);
    const auto haOf = [&](const QString &node)
    {
        for (const api::Node &n : env.nodes(name).items)
            if (nodeName(n) == node)
                return api::k8sLabel(n.metadata, QStringLiteral("os.modelarts.node/ha.redundant"));
        return QStringLiteral("<gone>");
    };

    api::ApiResult r = env.call("POST", update,
        api::dumpJson({ { "nodeNames", Json::array({ a.toStdString(), b.toStdString() }) }, { "haRedundant", true } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(haOf(a), QStringLiteral("true"));
    QCOMPARE(haOf(b), QStringLiteral("true"));
    QCOMPARE(haOf(c), QString());
    QCOMPARE(eventReasons(env, name).count(QStringLiteral("NodeHaRedundancyEnabled")), 2);

    r = env.call(
        "POST", update, api::dumpJson({ { "nodeNames", Json::array({ b.toStdString() }) }, { "haRedundant", false } }));
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(haOf(b), QStringLiteral("false"));
    QCOMPARE(eventReasons(env, name).count(QStringLiteral("NodeHaRedundancyDisabled")), 1);

    // HA redundancy needs a node with no service.
    putJob(env.store(), QStringLiteral("job-on-c"), name, QStringLiteral("Running"), 1, { c });
    r = env.call(
        "POST", update, api::dumpJson({ { "nodeNames", Json::array({ c.toStdString() }) }, { "haRedundant", true } }));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.message,
        QStringLiteral("Bad request. The node %1 runs a job; HA redundancy needs a node with no service.").arg(c));
}

void TestPoolModule::migrateWorkspaceMovesThePool()
{
    Env env;
    const QString name = env.runningPool(QStringLiteral("moving-pool"), kCpuFlavor, 1);
    QVERIFY(!name.isEmpty());
    api::ApiResult r = env.call("POST", QStringLiteral("/v1/{project_id}/workspaces"), R"({"name":"team-vision"})");
    QVERIFY2(r.ok(), r.body.constData());
    const QString workspace = QString::fromStdString(api::parseJson(r.body).value("id", std::string()));
    QVERIFY(!workspace.isEmpty());
    const QString path = QStringLiteral("/v2/{project_id}/pools/%1").arg(name);
    const auto labelPatch = [](const QString &id)
    {
        return api::dumpJson(
            { { "metadata", { { "labels", { { "os.modelarts/workspace.id", id.toStdString() } } } } } });
    };

    r = env.call("PATCH", path, labelPatch(QStringLiteral("0123456789abcdef0123456789abcdef")), {},
        "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(
        r.error.message, QStringLiteral("Bad request. The workspace 0123456789abcdef0123456789abcdef does not exist."));

    r = env.call("PATCH", path, labelPatch(workspace), {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::poolWorkspaceId(*env.pool(name)), workspace);
    const auto listed = [&](const QString &ws)
    {
        QStringList names;
        const api::ApiResult list
            = env.call("GET", QStringLiteral("/v2/{project_id}/pools"), {}, { { QStringLiteral("workspaceId"), ws } });
        for (const api::Pool &p : api::fromBody<api::PoolList>(list.body).items)
            names << p.metadata.name.value_or(QString());
        return names;
    };
    QVERIFY(listed(workspace).contains(name));
    QVERIFY(!listed(QStringLiteral("0")).contains(name));
    QCOMPARE(eventReasons(env, name).count(QStringLiteral("PoolWorkspaceMigrated")), 1);

    // Back to the default workspace.
    r = env.call("PATCH", path, labelPatch(QStringLiteral("0")), {}, "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::poolWorkspaceId(*env.pool(name)), QStringLiteral("0"));
    QCOMPARE(eventReasons(env, name).count(QStringLiteral("PoolWorkspaceMigrated")), 2);
}

void TestPoolModule::azPlacement()
{
    Env env;
    const QString region = env.backend.server().config().region;
    Json body = Json::parse(R"({"apiVersion":"v2","kind":"Pool","metadata":{"labels":{"os.modelarts/name":"az-pool"}},
        "spec":{"type":"Dedicate","resources":[{"flavor":"modelarts.vm.cpu.8ud","count":3}]}})");
    body["spec"]["resources"][0]["azs"]
        = Json::array({ { { "az", QString(region + QStringLiteral("-az1")).toStdString() }, { "count", 1 } },
            { { "az", QString(region + QStringLiteral("-az2")).toStdString() }, { "count", 2 } } });
    api::ApiResult r = env.call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(body));
    QVERIFY2(r.ok(), r.body.constData());
    const QString name = api::fromBody<api::Pool>(r.body).metadata.name.value_or(QString());
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(name), QStringLiteral("Running"), kWaitMs);
    QMap<QString, int> perAz;
    for (const api::Node &n : env.nodes(name).items)
        ++perAz[n.status->az.value_or(QString())];
    QCOMPARE(perAz.value(region + QStringLiteral("-az1")), 1);
    QCOMPARE(perAz.value(region + QStringLiteral("-az2")), 2);

    // Counts must add up, and the AZ must exist.
    body["metadata"]["labels"]["os.modelarts/name"] = "az-pool-two";
    body["spec"]["resources"][0]["count"] = 4;
    QCOMPARE(env.call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(body)).httpStatus, 400);
    body["spec"]["resources"][0]["count"] = 3;
    body["spec"]["resources"][0]["azs"][0]["az"] = "mars-az9";
    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(body));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.error.message.contains(QStringLiteral("mars-az9")), qPrintable(r.error.message));
}

void TestPoolModule::deletePool()
{
    Env env(100.0); // slow enough to see the pool Deleting
    const QString name = env.runningPool(QStringLiteral("short-lived"), kCpuFlavor, 2);
    QVERIFY(!name.isEmpty());
    const api::ApiResult r = env.call("DELETE", QStringLiteral("/v2/{project_id}/pools/%1").arg(name));
    QVERIFY2(r.ok(), r.body.constData());
    const api::Pool deleted = api::fromBody<api::Pool>(r.body);
    QVERIFY(deleted.metadata.deletionTimestamp);
    QCOMPARE(deleted.status->phase.value_or(QString()), QStringLiteral("Deleting"));
    QCOMPARE(api::poolNodeCount(deleted, api::PoolResourceState::Deleting), 2);
    // Resizing a pool that is going away is refused.
    QCOMPARE(env.call("PATCH", QStringLiteral("/v2/{project_id}/pools/%1").arg(name),
                    R"({"spec":{"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":3}]}})")
                 .httpStatus,
        400);
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(name), QStringLiteral("<gone>"), kWaitMs);
    QCOMPARE(env.store().countUnder(QStringLiteral("node"), name), 0);
    QCOMPARE(env.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
                    { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), name } })
                 .httpStatus,
        404);
}

void TestPoolModule::localPoolIsThisComputer()
{
    Env env; // no demo data: the built-in pool exists anyway
    const auto local = env.pool(QStringLiteral("local"));
    QVERIFY(local);
    QCOMPARE(local->status->phase.value_or(QString()), QStringLiteral("Running"));
    QVERIFY(local->spec.scope->size() >= 1);
    QCOMPARE(local->spec.scope->front(), QStringLiteral("Train"));
    // Notebooks run here too (a real Jupyter): the notebook form offers it as a dedicated pool.
    QVERIFY(std::find(local->spec.scope->begin(), local->spec.scope->end(), QStringLiteral("Notebook"))
        != local->spec.scope->end());
    QCOMPARE(api::poolNodeCount(*local, api::PoolResourceState::Available), 1);

    const api::NodeList nodes = env.nodes(QStringLiteral("local"));
    QCOMPARE(nodes.items.size(), size_t(1));
    const api::Node &node = nodes.items.front();
    QCOMPARE(nodeName(node), machineNodeName());
    QCOMPARE(
        node.status->resources->at(QStringLiteral("cpu")), QString::number(std::max(1, QThread::idealThreadCount())));
    QCOMPARE(node.status->phase.value_or(QString()), QStringLiteral("Available"));

    api::ApiResult r = env.call("DELETE", QStringLiteral("/v2/{project_id}/pools/local"));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY(r.error.message.contains(QStringLiteral("cannot be deleted")));
    r = env.call("PATCH", QStringLiteral("/v2/{project_id}/pools/local"),
        api::dumpJson({ { "spec",
            { { "resources",
                Json::array(
                    { { { "flavor", local->spec.resources.front().flavor.toStdString() }, { "count", 2 } } }) } } } }));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY(r.error.message.contains(QStringLiteral("cannot be resized")));
    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools/local/nodes/batch-delete"),
        api::dumpJson({ { "deleteNodeNames", { nodeName(node).toStdString() } } }));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY(env.pool(QStringLiteral("local")));
}

void TestPoolModule::monitorSeriesFollowFlavor()
{
    Env env(kFastScale, true); // demo data: pools that have existed for days
    const QString project = env.backend.projectId();
    const auto metricsOf = [&env](const QString &pool)
    {
        const api::ApiResult r = env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/monitor").arg(pool), {},
            { { QStringLiteral("statistics"), QStringLiteral("average") } });
        return r.ok() ? api::fromBody<api::PoolMonitor>(r.body) : api::PoolMonitor();
    };

    const api::PoolMonitor cpu = metricsOf(QStringLiteral("cpu-small-pool"));
    QVERIFY(series(cpu, QStringLiteral("cpuUsage")));
    QVERIFY(series(cpu, QStringLiteral("memUsedRate")));
    QVERIFY(series(cpu, QStringLiteral("diskCapacity")));
    QVERIFY(series(cpu, QStringLiteral("diskAvailableCapacity")));
    QVERIFY(series(cpu, QStringLiteral("diskUsedRate")));
    QVERIFY(!series(cpu, QStringLiteral("gpuUtil")));
    QVERIFY(!series(cpu, QStringLiteral("npuUtil")));
    const api::PoolMetricSeries *cpuUsage = series(cpu, QStringLiteral("cpuUsage"));
    QCOMPARE(cpuUsage->dataPoints->size(), size_t(60)); // default: the last 60 minutes by minute
    QCOMPARE(cpuUsage->metric->namespace_.value_or(QString()), QStringLiteral("PAAS.AGGR"));
    const auto last = api::metricValue(cpuUsage->dataPoints->back(), u"average");
    QVERIFY(last && *last >= 0 && *last <= 100);

    const api::PoolMonitor gpu = metricsOf(QStringLiteral("gpu-v100-pool"));
    QVERIFY(series(gpu, QStringLiteral("gpuUtil")));
    QVERIFY(series(gpu, QStringLiteral("gpuMemUsage")));
    QVERIFY(!series(gpu, QStringLiteral("npuUtil")));
    const api::PoolMonitor npu = metricsOf(QStringLiteral("ascend-snt9-pool"));
    QVERIFY(series(npu, QStringLiteral("npuUtil")));
    QVERIFY(series(npu, QStringLiteral("npuMemUsage")));
    QVERIFY(!series(npu, QStringLiteral("gpuUtil")));

    // A pool created just now has no data for the past hour (-1), only for the current minute.
    const QString fresh = env.runningPool(QStringLiteral("fresh-pool"), kCpuFlavor, 1);
    QVERIFY(!fresh.isEmpty());
    const api::PoolMonitor freshMetrics = metricsOf(fresh); // series() points into it
    const api::PoolMetricSeries *freshCpu = series(freshMetrics, QStringLiteral("cpuUsage"));
    QVERIFY(freshCpu);
    QVERIFY(!api::metricValue(freshCpu->dataPoints->front(), u"average"));

    // Query rules.
    const QString path = QStringLiteral("/v2/{project_id}/pools/gpu-v100-pool/monitor");
    const auto status = [&](const QString &key, const QString &value)
    {
        return env.call("GET", path, {}, { { key, value } }).httpStatus;
    };
    QCOMPARE(status(QStringLiteral("period"), QStringLiteral("120")), 400);
    QCOMPARE(status(QStringLiteral("statistics"), QStringLiteral("median")), 400);
    QCOMPARE(status(QStringLiteral("time_range"), QStringLiteral("yesterday")), 400);
    QCOMPARE(status(QStringLiteral("time_range"), QStringLiteral("-1.-1.2000")), 400); // 2000 points at 60 s
    QCOMPARE(status(QStringLiteral("period"), QStringLiteral("3600")), 200);
    const api::ApiResult week = env.call("GET", path, {},
        { { QStringLiteral("time_range"), QStringLiteral("-1.-1.10080") },
            { QStringLiteral("period"), QStringLiteral("3600") } });
    QVERIFY(week.ok());
    QVERIFY(
        series(api::fromBody<api::PoolMonitor>(week.body), QStringLiteral("diskUsedRate"))->dataPoints->size() >= 168);
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/pools/none/monitor")).httpStatus, 404);
    Q_UNUSED(project)
}

void TestPoolModule::nodeUsageFollowsItsJob()
{
    Env env(kFastScale, true);
    const QString pool = QStringLiteral("gpu-v100-pool-") + env.backend.projectId();
    const api::NodeList nodes = env.nodes(pool);
    QCOMPARE(nodes.items.size(), size_t(4));
    const QString worker = nodeName(nodes.items[1]);
    const QString idle = nodeName(nodes.items[2]);

    // A job on one node that recorded 80 % CPU and 90 % GPU every five minutes for 50 minutes.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 50 * 60'000;
    env.store().transaction(
        [&]
        {
            putJob(env.store(), QStringLiteral("gpu-job"), pool, QStringLiteral("Running"), 1, { worker }, QString(),
                start);
            for (qint64 t = start; t < now; t += 5 * 60'000)
            {
                env.store().addSample(QStringLiteral("gpu-job"), QStringLiteral("worker-0:cpuUsage"), { t, 80.0 });
                env.store().addSample(QStringLiteral("gpu-job"), QStringLiteral("worker-0:gpuUtil"), { t, 90.0 });
            }
        });
    const QList<std::pair<QString, QString>> query = { { QStringLiteral("time_range"), QStringLiteral("-1.-1.60") },
        { QStringLiteral("period"), QStringLiteral("300") },
        { QStringLiteral("statistics"), QStringLiteral("average") } };
    const auto nodeMonitor = [&](const QString &node)
    {
        const api::ApiResult r
            = env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes/%2/monitor").arg(pool, node), {}, query);
        return r.ok() ? api::fromBody<api::PoolMonitor>(r.body) : api::PoolMonitor();
    };
    const api::PoolMonitor busy = nodeMonitor(worker);
    const api::PoolMonitor quiet = nodeMonitor(idle);
    const qint64 probe = start + 10 * 60'000 + 1000; // a period that holds a sample
    const auto busyCpu = valueAt(*series(busy, QStringLiteral("cpuUsage")), probe, 300);
    const auto busyGpu = valueAt(*series(busy, QStringLiteral("gpuUtil")), probe, 300);
    const auto quietCpu = valueAt(*series(quiet, QStringLiteral("cpuUsage")), probe, 300);
    QVERIFY(busyCpu && quietCpu && busyGpu);
    QVERIFY2(*busyCpu >= 80 && *busyCpu <= 82, qPrintable(QString::number(*busyCpu)));
    QVERIFY2(*busyGpu >= 89.9 && *busyGpu <= 90.1, qPrintable(QString::number(*busyGpu)));
    QVERIFY2(*quietCpu > 0 && *quietCpu < 5, qPrintable(QString::number(*quietCpu)));
    QCOMPARE(
        series(busy, QStringLiteral("cpuUsage"))->metric->namespace_.value_or(QString()), QStringLiteral("PAAS.NODE"));

    // The pool is the average of its four nodes.
    const api::ApiResult r = env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/monitor").arg(pool), {}, query);
    const auto poolCpu
        = valueAt(*series(api::fromBody<api::PoolMonitor>(r.body), QStringLiteral("cpuUsage")), probe, 300);
    QVERIFY(poolCpu);
    QVERIFY2(*poolCpu > 20 && *poolCpu < 23, qPrintable(QString::number(*poolCpu)));

    // After the job lets go of the node (annotation removed), its history still shows on that node.
    QTRY_VERIFY_WITH_TIMEOUT(!env.store().meta(QStringLiteral("pool.job-nodes/gpu-job")).isEmpty(), kWaitMs);
    env.store().transaction(
        [&] {
            putJob(env.store(), QStringLiteral("gpu-job"), pool, QStringLiteral("Completed"), 0, {}, QString(), start);
        });
    const auto later = valueAt(*series(nodeMonitor(worker), QStringLiteral("cpuUsage")), probe, 300);
    QVERIFY(later && *later >= 80);
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/pools/%1/nodes/none/monitor").arg(pool)).httpStatus, 404);
}

void TestPoolModule::workloadsAndStatistics()
{
    Env env;
    const QString name = env.runningPool(QStringLiteral("work-pool"), kCpuFlavor, 1);
    QVERIFY(!name.isEmpty());
    const QString node = nodeName(env.nodes(name).items.front());
    env.store().transaction(
        [&]
        {
            putJob(env.store(), QStringLiteral("w-running"), name, QStringLiteral("Running"), 1, { node }, QString(),
                QDateTime::currentMSecsSinceEpoch() - 60'000);
            putJob(
                env.store(), QStringLiteral("w-queued"), name, QStringLiteral("Pending"), 0, {}, QStringLiteral("1"));
            putJob(env.store(), QStringLiteral("w-done"), name, QStringLiteral("Completed"), 0, {}, QString(),
                QDateTime::currentMSecsSinceEpoch() - 3'000'000);
        });

    const QString path = QStringLiteral("/v2/{project_id}/pools/%1/workloads").arg(name);
    api::ApiResult r = env.call("GET", path);
    QVERIFY2(r.ok(), r.body.constData());
    const api::WorkloadList all = api::fromBody<api::WorkloadList>(r.body);
    QCOMPARE(all.kind.value_or(QString()), QStringLiteral("WorkloadList"));
    QCOMPARE(all.total.value_or(0), 3);
    QCOMPARE(all.items.size(), size_t(3));
    bool sawQueued = false;
    bool sawRunning = false;
    for (const api::Workload &w : all.items)
    {
        QCOMPARE(w.type.value_or(QString()), QStringLiteral("train"));
        QCOMPARE(w.namespace_.value_or(QString()), name);
        if (w.jobUUID.value_or(QString()) == u"w-queued")
        {
            sawQueued = true;
            QCOMPARE(w.status.value_or(QString()), QStringLiteral("Queue"));
            QCOMPARE(w.pendingPosition.value_or(0), 1);
            QVERIFY(w.pendingDuration.value_or(0) >= 3500);
        }
        if (w.jobUUID.value_or(QString()) == u"w-running")
        {
            sawRunning = true;
            QCOMPARE(w.status.value_or(QString()), QStringLiteral("Running"));
            QCOMPARE(w.pendingPosition.value_or(0), -1);
            QVERIFY(w.nodes && w.nodes->is_array() && w.nodes->at(0) == node.toStdString());
            QVERIFY(w.runningDuration.value_or(0) >= 59);
        }
    }
    QVERIFY(sawQueued && sawRunning);

    r = env.call("GET", path, {}, { { QStringLiteral("status"), QStringLiteral("Queue") } });
    QCOMPARE(api::fromBody<api::WorkloadList>(r.body).items.size(), size_t(1));
    r = env.call("GET", path, {},
        { { QStringLiteral("limit"), QStringLiteral("2") }, { QStringLiteral("offset"), QStringLiteral("2") } });
    QCOMPARE(api::fromBody<api::WorkloadList>(r.body).items.size(), size_t(1));
    r = env.call("GET", path, {}, { { QStringLiteral("type"), QStringLiteral("notebook") } });
    QCOMPARE(api::fromBody<api::WorkloadList>(r.body).items.size(), size_t(0));
    QCOMPARE(env.call("GET", path, {}, { { QStringLiteral("status"), QStringLiteral("Sleeping") } }).httpStatus, 400);

    r = env.call("GET", QStringLiteral("/v2/{project_id}/statistics/pools/%1/workloads").arg(name));
    QVERIFY2(r.ok(), r.body.constData());
    const api::WorkloadStatistics stats = api::fromBody<api::WorkloadStatistics>(r.body);
    QCOMPARE(stats.statistics->total.value_or(0), 3);
    const api::WorkloadTypeStatistics &train = stats.statistics->items->front();
    QCOMPARE(train.type.value_or(QString()), QStringLiteral("train"));
    QCOMPARE(train.status->queue.value_or(-1), 1);
    QCOMPARE(train.status->running.value_or(-1), 1);
    QCOMPARE(train.status->completed.value_or(-1), 1);
    QCOMPARE(train.status->failed.value_or(-1), 0);
    QCOMPARE(env.call("GET", QStringLiteral("/v2/{project_id}/statistics/pools/none/workloads")).httpStatus, 404);

    // Runtime usage: one of one nodes is allocated.
    r = env.call("GET", QStringLiteral("/v2/{project_id}/metrics/runtime/pools"));
    QVERIFY(r.ok());
    const api::PoolRuntimeMetrics usage = api::fromBody<api::PoolRuntimeMetrics>(r.body);
    bool found = false;
    for (const api::PoolRuntimeMetricsItem &item : usage.items)
    {
        if (item.metadata->name != name)
            continue;
        found = true;
        QCOMPARE(api::usageQuantity(*item.table->allocated, QStringLiteral("cpu")).value_or(-1), 8.0);
        QCOMPARE(api::usageQuantity(*item.table->capacity, QStringLiteral("cpu")).value_or(-1), 8.0);
        QCOMPARE(api::usageQuantity(*item.table->capacity, QStringLiteral("memory")).value_or(-1),
            32.0 * 1024 * 1024 * 1024);
    }
    QVERIFY(found);
}

void TestPoolModule::networksCrudAndValidation()
{
    Env env;
    const QString base = QStringLiteral("/v1/{project_id}/networks");
    const auto create = [&](const QString &name, const QString &cidr)
    {
        return env.call(
            "POST", base, api::dumpJson(api::encode(api::makeNetworkCreateRequest(name, cidr, QStringLiteral("0")))));
    };
    api::ApiResult r = create(QStringLiteral("net-one"), QStringLiteral("192.168.0.0/16"));
    QVERIFY2(r.ok(), r.body.constData());
    const api::Network net = api::fromBody<api::Network>(r.body);
    const QString name = net.metadata->name.value_or(QString());
    QCOMPARE(name, QStringLiteral("net-one-") + env.backend.projectId());
    QCOMPARE(net.status->phase.value_or(QString()), QStringLiteral("Creating"));
    QCOMPARE(net.spec->cidr.value_or(QString()), QStringLiteral("192.168.0.0/16"));
    QTRY_COMPARE_WITH_TIMEOUT(
        api::fromBody<api::Network>(env.call("GET", base + u'/' + name).body).status->phase.value_or(QString()),
        QStringLiteral("Active"), kWaitMs);

    // CIDR and name rules, duplicates.
    for (const char *bad : { "10.0.0.0/8", "172.16.0.0/25", "192.168.0.0/15", "192.168.1.5/24", "172.32.0.0/16",
             "nonsense", "192.168.0.0" })
    {
        r = create(QStringLiteral("net-bad"), QString::fromLatin1(bad));
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.error.code, QStringLiteral("ModelArts.50004000"));
    }
    QVERIFY(create(QStringLiteral("net-two"), QStringLiteral("172.16.0.0/12")).ok());
    QVERIFY(create(QStringLiteral("net-three"), QStringLiteral("172.31.255.0/24")).ok());
    QCOMPARE(create(QStringLiteral("Net-Upper"), QStringLiteral("192.168.0.0/24")).httpStatus, 400);
    QCOMPARE(create(QStringLiteral("net"), QStringLiteral("192.168.0.0/24")).httpStatus, 400);
    QCOMPARE(create(QStringLiteral("net-one"), QStringLiteral("192.168.0.0/24")).httpStatus, 400);
    QCOMPARE(env.call("POST", base,
                    R"({"apiVersion":"v1","kind":"Network","metadata":{"labels":{}},"spec":{"cidr":"192.168.0.0/16"}})")
                 .httpStatus,
        400);
    QCOMPARE(env.call("POST", base, R"({"metadata":{"labels":{"os.modelarts/name":"net-four"}},"spec":{}})").httpStatus,
        400);

    // List with paging and a selector.
    r = env.call("GET", base);
    QCOMPARE(api::fromBody<api::NetworkList>(r.body).items.size(), size_t(3));
    r = env.call("GET", base, {}, { { QStringLiteral("limit"), QStringLiteral("2") } });
    const api::NetworkList page = api::fromBody<api::NetworkList>(r.body);
    QCOMPARE(page.items.size(), size_t(2));
    QVERIFY(api::k8sListHasMore(page.metadata));
    r = env.call("GET", base, {}, { { QStringLiteral("labelSelector"), QStringLiteral("os.modelarts/name=net-two") } });
    QCOMPARE(api::fromBody<api::NetworkList>(r.body).items.size(), size_t(1));

    // Patch: description yes, CIDR no.
    r = env.call("PATCH", base + u'/' + name, R"({"metadata":{"annotations":{"os.modelarts/description":"lab"}}})", {},
        "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QCOMPARE(api::fromBody<api::Network>(r.body).metadata->annotations->at(QStringLiteral("os.modelarts/description")),
        QStringLiteral("lab"));
    QCOMPARE(env.call("PATCH", base + u'/' + name, R"({"spec":{"cidr":"192.168.0.0/24"}})").httpStatus, 400);

    // A pool on the network keeps it from being deleted.
    const api::ApiResult pool = env.call("POST", QStringLiteral("/v2/{project_id}/pools"),
        api::dumpJson({ { "metadata", { { "labels", { { "os.modelarts/name", "net-pool" } } } } },
            { "spec",
                { { "network", { { "name", name.toStdString() } } },
                    { "resources",
                        Json::array({ { { "flavor", kCpuFlavor.toStdString() }, { "count", 1 } } }) } } } }));
    QVERIFY2(pool.ok(), pool.body.constData());
    QCOMPARE(api::fromBody<api::Pool>(pool.body).spec.network->name.value_or(QString()), name);
    QCOMPARE(env.call("DELETE", base + u'/' + name).httpStatus, 400);
    // A network that is still Creating cannot carry a pool yet.
    const api::ApiResult young = create(QStringLiteral("net-young"), QStringLiteral("192.168.10.0/24"));
    QVERIFY(young.ok());
    const api::ApiResult early = env.call("POST", QStringLiteral("/v2/{project_id}/pools"),
        api::dumpJson({ { "metadata", { { "labels", { { "os.modelarts/name", "early-pool" } } } } },
            { "spec",
                { { "network", { { "name", "net-young" } } },
                    { "resources",
                        Json::array({ { { "flavor", kCpuFlavor.toStdString() }, { "count", 1 } } }) } } } }));
    QVERIFY(early.httpStatus == 400 || early.httpStatus == 200); // 200 only if it already became Active

    // Delete an unused one; then it is gone.
    const QString two = QStringLiteral("net-two-") + env.backend.projectId();
    r = env.call("DELETE", base + u'/' + two);
    QVERIFY2(r.ok(), r.body.constData());
    QVERIFY(api::fromBody<api::Network>(r.body).metadata->deletionTimestamp);
    r = env.call("GET", base + u'/' + two);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50025001"));
    QCOMPARE(r.error.message, QStringLiteral("Network not exist."));
    QCOMPARE(env.call("DELETE", base + QStringLiteral("/nothing")).httpStatus, 404);
    QCOMPARE(env.call("PATCH", base + QStringLiteral("/nothing"), "{}").httpStatus, 404);
}

void TestPoolModule::resourceFlavorsQuotasAndStatistics()
{
    Env env(kFastScale, true);
    api::ApiResult r = env.call("GET", QStringLiteral("/v1/{project_id}/resourceflavors"));
    QVERIFY2(r.ok(), r.body.constData());
    const api::ResourceFlavorList flavors = api::fromBody<api::ResourceFlavorList>(r.body);
    QCOMPARE(flavors.kind.value_or(QString()), QStringLiteral("ResourceFlavorList"));
    QCOMPARE(flavors.items.size(), size_t(4));
    bool sawGpu = false;
    for (const api::ResourceFlavor &f : flavors.items)
    {
        QVERIFY(f.spec && f.spec->cpu && f.spec->memory && f.spec->cpuArch);
        if (f.metadata->name == kGpuFlavor)
        {
            sawGpu = true;
            QCOMPARE(f.spec->gpu->size.value_or(0), 8);
            QCOMPARE(f.spec->cpu.value_or(QString()), QStringLiteral("72"));
        }
        QVERIFY(!api::resourceFlavorSoldOut(f, QStringLiteral("local-az1")));
    }
    QVERIFY(sawGpu);
    r = env.call("GET", QStringLiteral("/v1/{project_id}/resourceflavors"), {},
        { { QStringLiteral("labelSelector"), QStringLiteral("os.modelarts.flavor/type=GPU") } });
    QCOMPARE(api::fromBody<api::ResourceFlavorList>(r.body).items.size(), size_t(2));
    r = env.call("GET", QStringLiteral("/v1/{project_id}/resourceflavors"), {},
        { { QStringLiteral("limit"), QStringLiteral("3") } });
    const api::ResourceFlavorList page = api::fromBody<api::ResourceFlavorList>(r.body);
    QCOMPARE(page.items.size(), size_t(3));
    QCOMPARE(page.metadata->remainingItemCount.value_or(0), 1);
    QVERIFY(env.call("GET", QStringLiteral("/v1/{project_id}/virtualresourceflavors")).ok());

    r = env.call("GET", QStringLiteral("/v1/{project_id}/quotas"));
    QVERIFY(r.ok());
    const api::OsQuotas quotas = api::fromBody<api::OsQuotas>(r.body);
    QCOMPARE(quotas.quotas.resources.size(), size_t(2));
    QCOMPARE(quotas.quotas.resources[0].type.value_or(QString()), QStringLiteral("pool"));
    QCOMPARE(quotas.quotas.resources[0].used.value_or(0), 3); // the demo pools; "local" does not count
    QCOMPARE(quotas.quotas.resources[1].type.value_or(QString()), QStringLiteral("network"));
    QCOMPARE(quotas.quotas.resources[1].used.value_or(0), 1);

    r = env.call("GET", QStringLiteral("/v2/{project_id}/statistics/pools"));
    QVERIFY(r.ok());
    const api::PoolStatistics stats = api::fromBody<api::PoolStatistics>(r.body);
    QCOMPARE(stats.statistics->status->created.value_or(0), 4);
    QCOMPARE(stats.statistics->status->creating.value_or(-1), 0);
    QVERIFY(stats.operationTime && stats.operationTime->endsWith(QStringLiteral("+0000 UTC")));

    // Demo pools are Running with their nodes and an Active network.
    const api::PoolList pools
        = api::fromBody<api::PoolList>(env.call("GET", QStringLiteral("/v2/{project_id}/pools")).body);
    QCOMPARE(pools.items.size(), size_t(4));
    for (const api::Pool &p : pools.items)
    {
        QCOMPARE(p.status->phase.value_or(QString()), QStringLiteral("Running"));
        QCOMPARE(api::poolNodeCount(p, api::PoolResourceState::Available), api::poolTargetNodeCount(p));
    }
    const api::NetworkList networks
        = api::fromBody<api::NetworkList>(env.call("GET", QStringLiteral("/v1/{project_id}/networks")).body);
    QCOMPARE(networks.items.size(), size_t(1));
    QCOMPARE(networks.items.front().status->phase.value_or(QString()), QStringLiteral("Active"));
}

void TestPoolModule::poolEvents()
{
    Env env(kFastScale, true);
    const QString path = QStringLiteral("/v1/{project_id}/events");
    const auto query = [](const QString &name)
    {
        return QList<std::pair<QString, QString>> { { QStringLiteral("resource"), QStringLiteral("pools") },
            { QStringLiteral("name"), name } };
    };
    api::ApiResult r = env.call("GET", path, {}, query(QStringLiteral("gpu-v100-pool")));
    QVERIFY2(r.ok(), r.body.constData());
    const api::PoolEventList all = api::fromBody<api::PoolEventList>(r.body);
    QCOMPARE(all.kind.value_or(QString()), QStringLiteral("EventList"));
    QVERIFY(all.total.value_or(0) >= 8);
    QCOMPARE(static_cast<qint64>(all.items.size()), all.total.value_or(0));
    // Newest first by default.
    QVERIFY(all.items.front().lastTimestamp.value_or(QString()) >= all.items.back().lastTimestamp.value_or(QString()));
    for (const api::PoolEvent &e : all.items)
    {
        const QString type = e.type.value_or(QString());
        const QString reason = e.reason.value_or(QString());
        QVERIFY(type == u"Normal" || type == u"Warning");
        QVERIFY(reason == u"PoolStatusChange" || reason == u"PoolResourcesStatusChange");
        QCOMPARE(e.count.value_or(0), 1);
        QCOMPARE(e.firstTimestamp, e.lastTimestamp);
    }

    auto q = query(QStringLiteral("gpu-v100-pool"));
    q.append({ QStringLiteral("type"), QStringLiteral("Warning") });
    const api::PoolEventList warnings = api::fromBody<api::PoolEventList>(env.call("GET", path, {}, q).body);
    QVERIFY(!warnings.items.empty());
    for (const api::PoolEvent &e : warnings.items)
        QCOMPARE(e.type.value_or(QString()), QStringLiteral("Warning"));

    q = query(QStringLiteral("gpu-v100-pool"));
    q.append({ QStringLiteral("limit"), QStringLiteral("2") });
    const api::PoolEventList firstPage = api::fromBody<api::PoolEventList>(env.call("GET", path, {}, q).body);
    QCOMPARE(firstPage.items.size(), size_t(2));
    QVERIFY(api::k8sListHasMore(firstPage.metadata));

    QCOMPARE(env.call("GET", path, {}, { { QStringLiteral("resource"), QStringLiteral("pools") } }).httpStatus, 400);
    QCOMPARE(env.call("GET", path, {}, { { QStringLiteral("name"), QStringLiteral("local") } }).httpStatus, 400);
    r = env.call("GET", path, {}, query(QStringLiteral("missing-pool")));
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50015001"));
    QVERIFY(env.call("GET", path, {}, query(QStringLiteral("local"))).ok());
}

void TestPoolModule::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QString poolName;
    QString networkName;
    {
        Env env(100.0, false, dir.path());
        const api::ApiResult n = env.call("POST", QStringLiteral("/v1/{project_id}/networks"),
            api::dumpJson(api::encode(
                api::makeNetworkCreateRequest(QStringLiteral("keep-net"), QStringLiteral("192.168.0.0/20")))));
        QVERIFY(n.ok());
        networkName = api::fromBody<api::Network>(n.body).metadata->name.value_or(QString());
        const api::ApiResult p = env.createPool(QStringLiteral("keep-pool"), kCpuFlavor, 2);
        QVERIFY(p.ok());
        poolName = api::fromBody<api::Pool>(p.body).metadata.name.value_or(QString());

        // The server goes away mid-creation and comes back: the lifecycle resumes.
        QVERIFY(env.backend.restart());
        env.client = env.backend.accessKeyClient();
        const QString phase = env.phase(poolName);
        QVERIFY2(phase == u"Creating" || phase == u"Running", qPrintable(phase));
        QTRY_COMPARE_WITH_TIMEOUT(env.phase(poolName), QStringLiteral("Running"), kWaitMs);
        QCOMPARE(env.nodesIn(poolName, QStringLiteral("Available")), 2);
        QTRY_COMPARE_WITH_TIMEOUT(api::fromBody<api::Network>(
                                      env.call("GET", QStringLiteral("/v1/{project_id}/networks/") + networkName).body)
                                      .status->phase.value_or(QString()),
            QStringLiteral("Active"), kWaitMs);
    }
    // A new server on the same data dir sees everything, including the events.
    Env again(100.0, false, dir.path());
    QCOMPARE(again.phase(poolName), QStringLiteral("Running"));
    QCOMPARE(again.nodes(poolName).items.size(), size_t(2));
    QCOMPARE(again.nodes(QStringLiteral("local")).items.size(), size_t(1));
    const api::ApiResult ev = again.call("GET", QStringLiteral("/v1/{project_id}/events"), {},
        { { QStringLiteral("resource"), QStringLiteral("pools") }, { QStringLiteral("name"), poolName } });
    QVERIFY(api::fromBody<api::PoolEventList>(ev.body).items.size() >= 3);
}

void TestPoolModule::publishedExampleRequests()
{
    const QList<ma::test::SpecExample> examples = ma::test::loadSpecExamples();
    if (examples.isEmpty())
        QSKIP("api_examples.md is not available");
    Env env;

    // EX050: the create-pool request as published has a trailing comma: a 400.
    const ma::test::SpecExample ex050 = ma::test::specExample(examples, QStringLiteral("EX050"));
    QVERIFY(!ex050.body.isEmpty());
    QVERIFY(!ex050.validJson);
    api::ApiResult r = env.call("POST", QStringLiteral("/v2/{project_id}/pools"), ex050.body);
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50004000"));
    // Repaired (comma removed) it is a valid body; its network belongs to another project, so
    // without that reference it is accepted as is.
    QByteArray repaired = ex050.body;
    repaired.replace("\"modelarts.vm.cpu.8ud\",\n", "\"modelarts.vm.cpu.8ud\"\n");
    Json fixed = Json::parse(repaired.constData(), nullptr, false);
    QVERIFY(!fixed.is_discarded());
    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(fixed));
    QCOMPARE(r.httpStatus, 400); // the network named in the example does not exist here
    QVERIFY(r.error.message.contains(QStringLiteral("network")));
    fixed["spec"].erase("network");
    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools"), api::dumpJson(fixed));
    QVERIFY2(r.ok(), r.body.constData());
    const api::Pool created = api::fromBody<api::Pool>(r.body);
    QCOMPARE(api::poolDisplayName(created), QStringLiteral("pool-ae01"));
    QCOMPARE(created.spec.resources.front().maxCount.value_or(0), 1);
    const QString pool = created.metadata.name.value_or(QString());
    QTRY_COMPARE_WITH_TIMEOUT(env.phase(pool), QStringLiteral("Running"), kWaitMs);

    // EX057: scale to 3 nodes of modelarts.vm.cpu.4ud, a flavor this pool does not have.
    const ma::test::SpecExample ex057 = ma::test::specExample(examples, QStringLiteral("EX057"));
    QVERIFY(ex057.validJson);
    r = env.call(
        "PATCH", QStringLiteral("/v2/{project_id}/pools/%1").arg(pool), ex057.body, {}, "application/merge-patch+json");
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50004000"));
    // The same body with this pool's flavor scales it.
    Json scale = Json::parse(ex057.body.constData());
    scale["spec"]["resources"][0]["flavor"] = "modelarts.vm.cpu.8ud";
    r = env.call("PATCH", QStringLiteral("/v2/{project_id}/pools/%1").arg(pool), api::dumpJson(scale), {},
        "application/merge-patch+json");
    QVERIFY2(r.ok(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(env.nodesIn(pool, QStringLiteral("Available")), 3, kWaitMs);

    // EX064: batch delete of a node this pool does not have (404), and on an unknown pool
    // exactly EX065.
    const ma::test::SpecExample ex064 = ma::test::specExample(examples, QStringLiteral("EX064"));
    QVERIFY(ex064.validJson);
    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools/%1/nodes/batch-delete").arg(pool), ex064.body);
    QCOMPARE(r.httpStatus, 404);
    r = env.call("POST", QStringLiteral("/v2/{project_id}/pools/auto-pool-os/nodes/batch-delete"), ex064.body);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, QStringLiteral("ModelArts.50015001"));
    QCOMPARE(r.error.message, QStringLiteral("pool not found"));
}

QTEST_GUILESS_MAIN(TestPoolModule)
#include "tst_poolmodule.moc"
