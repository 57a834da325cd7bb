// NodeMapModel against the real local backend (demo pools) over HTTP, under
// QAbstractItemModelTester: every node of every pool in pool/AZ/name order, the jobs running
// on a node, utilisation from the node monitor, a refresh after a reboot as dataChanged on
// that node's row (never a reset), the pool filter as row removes.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/nodemapmodel.h"

#include <cmath>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::NodeMapModel;

namespace
{
constexpr int kWaitMs = 15000;

/** pool id → its node names, as the API lists them. */
QHash<QString, QStringList> serverNodes(api::ApiClient &client)
{
    QHash<QString, QStringList> out;
    const auto pools = api::decodeBody<api::PoolList>(test::callAndWait(client, api::pools::list()));
    for (const api::Pool &pool : pools.value.items)
    {
        const QString id = pool.metadata.name.value_or(QString());
        const auto nodes = api::decodeBody<api::NodeList>(test::callAndWait(client, api::pools::nodes(id)));
        for (const api::Node &n : nodes.value.items)
            out[id] << n.metadata->name.value_or(QString());
    }
    return out;
}

QString poolIdOf(api::ApiClient &client, const QString &displayName)
{
    const auto pools = api::decodeBody<api::PoolList>(test::callAndWait(client, api::pools::list()));
    for (const api::Pool &pool : pools.value.items)
    {
        if (api::poolDisplayName(pool) == displayName)
            return pool.metadata.name.value_or(QString());
    }
    return {};
}
} // namespace

class TestNodeMapModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryNodeOfEveryPoolInOrder();
    void utilisationComesFromTheNodeMonitor();
    void jobsNameTheNodesTheyRunOn();
    void rebootIsADataChangeNotAReset();
    void poolFilterRemovesTheOtherRows();

private:
    bool refreshAndWait();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<NodeMapModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestNodeMapModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNodeMapModel::init()
{
    // 25x: a reboot (30 s nominal) lasts over a second, long enough to be seen.
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 25.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    m_model = std::make_unique<NodeMapModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_model->setClient(m_client.get());
    QVERIFY(refreshAndWait());
}

void TestNodeMapModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_backend.reset();
}

bool TestNodeMapModel::refreshAndWait()
{
    QSignalSpy refreshed(m_model.get(), &NodeMapModel::refreshed);
    m_model->refresh();
    return refreshed.wait(kWaitMs);
}

void TestNodeMapModel::listsEveryNodeOfEveryPoolInOrder()
{
    const QHash<QString, QStringList> expected = serverNodes(*m_client);
    int total = 0;
    for (const QStringList &nodes : expected)
        total += int(nodes.size());
    QVERIFY(expected.size() >= 4); // local + the three demo pools
    QCOMPARE(m_model->rowCount(), total);
    QCOMPARE(m_model->pools().size(), expected.size());
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const QModelIndex index = m_model->index(row);
        const QString pool = index.data(NodeMapModel::PoolIdRole).toString();
        const QString node = index.data(NodeMapModel::NodeNameRole).toString();
        QVERIFY2(expected.value(pool).contains(node), qPrintable(pool + QLatin1Char('/') + node));
        QCOMPARE(index.data(NodeMapModel::KeyRole).toString(), pool + QLatin1Char('/') + node);
        QCOMPARE(m_model->rowOf(pool + QLatin1Char('/') + node), row);
        QVERIFY(!index.data(NodeMapModel::AzRole).toString().isEmpty());
        QVERIFY(!index.data(NodeMapModel::StatusTextRole).toString().isEmpty());
        if (row > 0)
        {
            const QModelIndex previous = m_model->index(row - 1);
            const QString a = previous.data(NodeMapModel::PoolNameRole).toString();
            const QString b = index.data(NodeMapModel::PoolNameRole).toString();
            QVERIFY(a.compare(b, Qt::CaseInsensitive) <= 0);
        }
    }
    const QString gpuPool = poolIdOf(*m_client, QStringLiteral("gpu-v100-pool"));
    const int gpuRow = m_model->rowOf(gpuPool + QLatin1Char('/') + expected.value(gpuPool).front());
    QCOMPARE(m_model->index(gpuRow).data(NodeMapModel::AcceleratorKindRole).toString(), QStringLiteral("GPU"));
    QCOMPARE(m_model->index(gpuRow).data(NodeMapModel::PoolNameRole).toString(), QStringLiteral("gpu-v100-pool"));
}

void TestNodeMapModel::utilisationComesFromTheNodeMonitor()
{
    QSignalSpy updated(m_model.get(), &NodeMapModel::utilisationUpdated);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    if (m_model->pendingMonitorCalls() > 0)
        QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(m_model->pendingMonitorCalls(), 0);
    int measured = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const QModelIndex index = m_model->index(row);
        const double cpu = index.data(NodeMapModel::CpuUtilRole).toDouble();
        const double accelerator = index.data(NodeMapModel::AcceleratorUtilRole).toDouble();
        const QString kind = index.data(NodeMapModel::AcceleratorKindRole).toString();
        if (index.data(NodeMapModel::PhaseRole).toString() != u"Available")
            continue;
        QVERIFY2(!std::isnan(cpu), qPrintable(index.data().toString()));
        QVERIFY(cpu >= 0 && cpu <= 100);
        QCOMPARE(std::isnan(accelerator), kind.isEmpty());
        ++measured;
    }
    QVERIFY(measured >= 7);
    // Readings land as changes of the utilisation roles only.
    for (const QList<QVariant> &args : std::as_const(changed))
    {
        const auto roles = args.at(2).value<QList<int>>();
        QVERIFY(roles.contains(NodeMapModel::CpuUtilRole));
    }
}

void TestNodeMapModel::jobsNameTheNodesTheyRunOn()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("map-job"), QStringLiteral("sleep 30"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), QStringLiteral("Running"), kWaitMs);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(refreshAndWait());
    QStringList jobsOfLocal;
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        if (m_model->entry(row).poolId == u"local")
            jobsOfLocal << m_model->entry(row).jobs;
    }
    QVERIFY2(jobsOfLocal.contains(QStringLiteral("map-job")), qPrintable(jobsOfLocal.join(u',')));
    QCOMPARE(reset.count(), 0);
}

void TestNodeMapModel::rebootIsADataChangeNotAReset()
{
    const QString pool = poolIdOf(*m_client, QStringLiteral("gpu-v100-pool"));
    const QString node = serverNodes(*m_client).value(pool).front();
    const QString key = pool + QLatin1Char('/') + node;
    const int row = m_model->rowOf(key);
    QVERIFY(row >= 0);
    const int rows = m_model->rowCount();

    api::BatchNodesRequest body;
    body.nodeNames = { node };
    QVERIFY(test::callAndWait(*m_client, api::pools::rebootNodes(pool, body)).ok());

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(refreshAndWait());
    QCOMPARE(m_model->index(row).data(NodeMapModel::PhaseRole).toString(), QStringLiteral("Rebooting"));
    QVERIFY(std::isnan(m_model->index(row).data(NodeMapModel::CpuUtilRole).toDouble()));
    bool rowChanged = false;
    for (const QList<QVariant> &args : std::as_const(changed))
    {
        const int first = args.at(0).toModelIndex().row();
        const int last = args.at(1).toModelIndex().row();
        rowChanged = rowChanged || (first <= row && row <= last);
    }
    QVERIFY(rowChanged);

    // ... and comes back Available.
    QTRY_VERIFY_WITH_TIMEOUT(refreshAndWait() && m_model->entry(row).phase == u"Available", kWaitMs);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TestNodeMapModel::poolFilterRemovesTheOtherRows()
{
    const QString pool = poolIdOf(*m_client, QStringLiteral("ascend-snt9-pool"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy refreshed(m_model.get(), &NodeMapModel::refreshed);
    m_model->setPoolFilter(pool);
    QVERIFY(refreshed.wait(kWaitMs));
    QCOMPARE(m_model->rowCount(), 2);
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        QCOMPARE(m_model->entry(row).poolId, pool);
        QCOMPARE(m_model->entry(row).acceleratorKind, QStringLiteral("NPU"));
    }
    QVERIFY(removed.count() >= 1);
    QCOMPARE(m_model->pools().size(), 4); // the filter keeps the whole pool list for the picker

    m_model->setPoolFilter(QString());
    QVERIFY(refreshed.wait(kWaitMs));
    QVERIFY(m_model->rowCount() > 2);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestNodeMapModel)
#include "tst_nodemapmodel.moc"
