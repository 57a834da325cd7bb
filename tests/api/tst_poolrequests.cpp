// The pool and node request builders (api/poolrequests.h): method, path, query and body,
// then the reads sent to the real local backend (demo pools) and decoded as their types.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

class TestPoolRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void readsAgainstLocalBackend();
};

void TestPoolRequests::builders()
{
    ApiRequest r = pools::list({ { QStringLiteral("workspaceId"), QStringLiteral("0") } });
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/pools"));
    QCOMPARE(r.query.size(), 1);
    QCOMPARE(r.query.front().second, QStringLiteral("0"));
    QVERIFY(r.isRetrySafe());

    r = pools::show(QStringLiteral("pool-a"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/pools/pool-a"));

    PoolPatch patch;
    K8sObjectMeta meta;
    meta.annotations = StringMap { { QStringLiteral("os.modelarts/description"), QStringLiteral("x") } };
    patch.metadata = meta;
    r = pools::patch(QStringLiteral("pool-a"), patch);
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(r.contentType, QByteArray("application/merge-patch+json"));
    QCOMPARE(parseJson(r.body)["metadata"]["annotations"]["os.modelarts/description"], Json("x"));
    QVERIFY(!parseJson(r.body).contains("spec"));
    QVERIFY(!r.isRetrySafe());

    QCOMPARE(pools::remove(QStringLiteral("pool-a")).method, QByteArray("DELETE"));
    QCOMPARE(pools::nodes(QStringLiteral("pool-a")).path, QStringLiteral("/v2/{project_id}/pools/pool-a/nodes"));
    QCOMPARE(pools::node(QStringLiteral("pool-a"), QStringLiteral("n1")).path,
        QStringLiteral("/v2/{project_id}/pools/pool-a/nodes/n1"));
    QCOMPARE(pools::nodeMonitor(QStringLiteral("pool-a"), QStringLiteral("n1")).path,
        QStringLiteral("/v2/{project_id}/pools/pool-a/nodes/n1/monitor"));

    BatchDeleteNodesRequest del;
    del.deleteNodeNames = { QStringLiteral("n1"), QStringLiteral("n2") };
    r = pools::deleteNodes(QStringLiteral("pool-a"), del);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/pools/pool-a/nodes/batch-delete"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"deleteNodeNames":["n1","n2"]})"));

    BatchNodesRequest boot;
    boot.nodeNames = { QStringLiteral("n1") };
    r = pools::rebootNodes(QStringLiteral("pool-a"), boot);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/pools/pool-a/nodes/batch-reboot"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"nodeNames":["n1"]})"));
    r = pools::resetNodes(QStringLiteral("pool-a"), boot);
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/pools/pool-a/nodes/batch-reset"));
    QVERIFY(!r.isRetrySafe());

    QCOMPARE(pools::monitor(QStringLiteral("p")).path, QStringLiteral("/v2/{project_id}/pools/p/monitor"));
    QCOMPARE(pools::statistics().path, QStringLiteral("/v2/{project_id}/statistics/pools"));
    QCOMPARE(pools::runtimeMetrics().path, QStringLiteral("/v2/{project_id}/metrics/runtime/pools"));
    QCOMPARE(pools::workloads(QStringLiteral("p")).path, QStringLiteral("/v2/{project_id}/pools/p/workloads"));
    QCOMPARE(pools::workloadStatistics(QStringLiteral("p")).path,
        QStringLiteral("/v2/{project_id}/statistics/pools/p/workloads"));
    QCOMPARE(pools::resourceFlavors().path, QStringLiteral("/v1/{project_id}/resourceflavors"));
    QCOMPARE(pools::events().path, QStringLiteral("/v1/{project_id}/events"));
    QCOMPARE(pools::quotas().path, QStringLiteral("/v1/{project_id}/quotas"));
}

void TestPoolRequests::readsAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, true, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    const Typed<PoolList> list = decodeBody<PoolList>(ma::test::callAndWait(*client, pools::list()));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    QVERIFY(!list.value.items.empty());
    const QString name = list.value.items.front().metadata.name.value_or(QString());
    QVERIFY(!name.isEmpty());

    const Typed<Pool> pool = decodeBody<Pool>(ma::test::callAndWait(*client, pools::show(name)));
    QVERIFY2(pool.ok(), qPrintable(pool.error.displayText()));
    QCOMPARE(pool.value.metadata.name.value_or(QString()), name);

    const Typed<NodeList> nodes = decodeBody<NodeList>(ma::test::callAndWait(*client, pools::nodes(name)));
    QVERIFY2(nodes.ok(), qPrintable(nodes.error.displayText()));

    const Typed<PoolStatistics> stats = decodeBody<PoolStatistics>(ma::test::callAndWait(*client, pools::statistics()));
    QVERIFY2(stats.ok(), qPrintable(stats.error.displayText()));

    const Typed<ResourceFlavorList> flavors
        = decodeBody<ResourceFlavorList>(ma::test::callAndWait(*client, pools::resourceFlavors()));
    QVERIFY2(flavors.ok(), qPrintable(flavors.error.displayText()));
    QVERIFY(!flavors.value.items.empty());

    const ApiResult missing = ma::test::callAndWait(*client, pools::show(QStringLiteral("no-such-pool")));
    QCOMPARE(missing.httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestPoolRequests)
#include "tst_poolrequests.moc"
