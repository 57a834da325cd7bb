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
    void operationsAgainstLocalBackend();
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

    QCOMPARE(pools::tags(QStringLiteral("pool-a")).path, QStringLiteral("/v1/{project_id}/pools/pool-a/tags"));
    QCOMPARE(pools::createTags(QStringLiteral("pool-a"), {}).path,
        QStringLiteral("/v1/{project_id}/pools/pool-a/tags/create"));
    QCOMPARE(pools::deleteTags(QStringLiteral("pool-a"), {}).method, QByteArray("DELETE"));
    BatchUpdateNodesRequest upd;
    upd.nodeNames = { QStringLiteral("n1") };
    upd.haRedundant = false;
    r = pools::updateNodes(QStringLiteral("pool-a"), upd);
    QCOMPARE(r.path, QStringLiteral("/v2/{project_id}/pools/pool-a/nodes/batch-update"));
    QCOMPARE(parseJson(r.body), Json::parse(R"({"nodeNames":["n1"],"haRedundant":false})"));

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

void TestPoolRequests::operationsAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 1000.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();
    Pool p;
    p.apiVersion = QStringLiteral("v2");
    p.kind = QStringLiteral("Pool");
    p.metadata.labels = StringMap { { QStringLiteral("os.modelarts/name"), QStringLiteral("ops-pool") } };
    p.spec.type = QStringLiteral("Dedicate");
    PoolResource r;
    r.flavor = QStringLiteral("modelarts.vm.cpu.8ud");
    r.count = 2;
    p.spec.resources = { r };
    const Typed<Pool> created = decodeBody<Pool>(ma::test::callAndWait(*client, pools::create(p)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString name = created.value.metadata.name.value_or(QString());
    const auto phase = [&]
    {
        const Typed<Pool> s = decodeBody<Pool>(ma::test::callAndWait(*client, pools::show(name)));
        return s.ok() && s.value.status ? s.value.status->phase.value_or(QString()) : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(phase(), QStringLiteral("Running"), 10000);

    // Pool tags: add, change a value, delete by key.
    PoolTagList add;
    PoolTag t1;
    t1.key = QStringLiteral("team");
    t1.value = QStringLiteral("vision");
    PoolTag t2;
    t2.key = QStringLiteral("cost");
    t2.value = QStringLiteral("a1");
    add.tags = { t1, t2 };
    QVERIFY(ma::test::callAndWait(*client, pools::createTags(name, add)).ok());
    t1.value = QStringLiteral("speech");
    add.tags = { t1 };
    QVERIFY(ma::test::callAndWait(*client, pools::createTags(name, add)).ok());
    Typed<PoolTagList> tags = decodeBody<PoolTagList>(ma::test::callAndWait(*client, pools::tags(name)));
    QVERIFY2(tags.ok(), qPrintable(tags.error.displayText()));
    QCOMPARE(tags.value.tags.size(), size_t(2));
    QCOMPARE(tags.value.tags[0].value.value_or(QString()), QStringLiteral("speech"));
    PoolTagList del;
    PoolTag k;
    k.key = QStringLiteral("team");
    del.tags = { k };
    QVERIFY(ma::test::callAndWait(*client, pools::deleteTags(name, del)).ok());
    tags = decodeBody<PoolTagList>(ma::test::callAndWait(*client, pools::tags(name)));
    QCOMPARE(tags.value.tags.size(), size_t(1));
    QCOMPARE(tags.value.tags[0].key.value_or(QString()), QStringLiteral("cost"));
    // At most 20.
    PoolTagList many;
    for (int i = 0; i < kMaxPoolTags; ++i)
    {
        PoolTag t;
        t.key = QStringLiteral("k%1").arg(i);
        t.value = QStringLiteral("v");
        many.tags.push_back(t);
    }
    QCOMPARE(ma::test::callAndWait(*client, pools::createTags(name, many)).httpStatus, 400);

    // Node resource tags and HA redundancy.
    const Typed<NodeList> nodes = decodeBody<NodeList>(ma::test::callAndWait(*client, pools::nodes(name)));
    QVERIFY(nodes.ok() && nodes.value.items.size() == 2);
    const QString node = nodes.value.items.front().metadata->name.value_or(QString());
    BatchUpdateNodesRequest update;
    update.nodeNames = { node };
    update.tags = std::vector<PoolTag> { t2 };
    update.haRedundant = true;
    ApiResult res = ma::test::callAndWait(*client, pools::updateNodes(name, update));
    QVERIFY2(res.ok(), res.body.constData());
    const Typed<Node> shown = decodeBody<Node>(ma::test::callAndWait(*client, pools::node(name, node)));
    QVERIFY(shown.ok());
    QCOMPARE(k8sLabel(shown.value.metadata, QStringLiteral("os.modelarts.node/ha.redundant")), QStringLiteral("true"));
    QCOMPARE(shown.value.spec->extra.value("tags", Json()), Json::parse(R"([{"key":"cost","value":"a1"}])"));

    // Reboot, then scale out and in with the typed patch, then delete.
    BatchNodesRequest boot;
    boot.nodeNames = { node };
    QVERIFY(ma::test::callAndWait(*client, pools::rebootNodes(name, boot)).ok());
    const auto nodeCount = [&]
    {
        const Typed<NodeList> l = decodeBody<NodeList>(ma::test::callAndWait(*client, pools::nodes(name)));
        int available = 0;
        for (const Node &n : l.value.items)
            available += n.status && n.status->phase == u"Available" ? 1 : 0;
        return available;
    };
    QTRY_COMPARE_WITH_TIMEOUT(nodeCount(), 2, 10000);
    const Typed<Pool> current = decodeBody<Pool>(ma::test::callAndWait(*client, pools::show(name)));
    QVERIFY(ma::test::callAndWait(*client, pools::patch(name, poolScalePatch(current.value, r.flavor, 3))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(nodeCount(), 3, 10000);
    const Typed<Pool> bigger = decodeBody<Pool>(ma::test::callAndWait(*client, pools::show(name)));
    QVERIFY(ma::test::callAndWait(*client, pools::patch(name, poolScalePatch(bigger.value, r.flavor, 1))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        decodeBody<NodeList>(ma::test::callAndWait(*client, pools::nodes(name))).value.items.size(), size_t(1), 10000);
    QVERIFY(ma::test::callAndWait(*client, pools::remove(name)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(ma::test::callAndWait(*client, pools::show(name)).httpStatus, 404, 10000);
}

QTEST_GUILESS_MAIN(TestPoolRequests)
#include "tst_poolrequests.moc"
