// PoolNodeListModel against the real local backend over HTTP: a pool's nodes with their
// CPUs, GPUs and driver; a node rebooted through batch-reboot goes Rebooting and back to
// Available as dataChanged on its row, never a reset. Runs under QAbstractItemModelTester.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/poolnodelistmodel.h"
#include "models/poolstatus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::PoolNodeListModel;

namespace
{
constexpr int kWaitMs = 15000;

QString poolPhase(api::ApiClient &client, const QString &name)
{
    const api::Typed<api::Pool> p = api::decodeBody<api::Pool>(test::callAndWait(client, api::pools::show(name)));
    return p.ok() && p.value.status ? p.value.status->phase.value_or(QString()) : QString();
}
} // namespace

class TestPoolNodeListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rebootWithoutReset();
};

void TestPoolNodeListModel::rebootWithoutReset()
{
    // 25x: a reboot (30 s nominal) lasts 1.2 s, long enough to see Rebooting in a refresh.
    test::LocalBackend backend(test::LocalBackend::Options { 25.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    const api::Typed<api::Pool> created = api::decodeBody<api::Pool>(test::callAndWait(*client,
        api::pools::create(test::poolBody(QStringLiteral("node-pool"), 2, QStringLiteral("modelarts.bm.gpu.v100.8")))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString pool = created.value.metadata.name.value_or(QString());
    QTRY_COMPARE_WITH_TIMEOUT(poolPhase(*client, pool), QStringLiteral("Running"), kWaitMs);

    PoolNodeListModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(client.get());
    model.setScope(QStringLiteral("local/default"));
    model.setPool(pool);
    QSignalSpy loaded(&model, &PoolNodeListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    const QString node = first.data(PoolNodeListModel::NodeNameRole).toString();
    QCOMPARE(first.data(PoolNodeListModel::PoolNameRole).toString(), pool);
    QCOMPARE(first.data(PoolNodeListModel::PhaseRole).toString(), QStringLiteral("Available"));
    QCOMPARE(first.data(PoolNodeListModel::AcceleratorKindRole).toString(), QStringLiteral("GPU"));
    QCOMPARE(first.data(PoolNodeListModel::AcceleratorTotalRole).toInt(), 8);
    QVERIFY(first.data(PoolNodeListModel::CpuTotalRole).toDouble() > 0);
    QVERIFY(!first.data(PoolNodeListModel::DriverVersionRole).toString().isEmpty());
    QCOMPARE(first.data(PoolNodeListModel::DriverStateRole).toString(), QStringLiteral("Running"));
    QVERIFY(first.data(PoolNodeListModel::CanRebootRole).toBool());
    QCOMPARE(model.index(0, PoolNodeListModel::Accelerators).data().toString(), QStringLiteral("GPU 8/8"));
    QVERIFY(!model.index(0, PoolNodeListModel::Ip).data().toString().isEmpty());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    api::BatchNodesRequest boot;
    boot.nodeNames = { node };
    const api::ApiResult r = test::callAndWait(*client, api::pools::rebootNodes(pool, boot));
    QVERIFY2(r.ok(), r.body.constData());
    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    const int row = model.rowOf(node);
    QCOMPARE(model.index(row, 0).data(PoolNodeListModel::PhaseRole).toString(), QStringLiteral("Rebooting"));
    QCOMPARE(model.index(row, PoolNodeListModel::Status).data().toString(), QStringLiteral("Rebooting"));
    QCOMPARE(
        model.index(row, 0).data(PoolNodeListModel::BadgeRole).toInt(), static_cast<int>(models::BadgeKind::Progress));
    QCOMPARE(model.index(row, 0).data(PoolNodeListModel::CanRebootRole).toBool(), false);
    QVERIFY(!changed.isEmpty());

    for (int i = 0; i < 300 && model.index(row, 0).data(PoolNodeListModel::PhaseRole).toString() != u"Available"; ++i)
    {
        QTest::qWait(20);
        model.refresh();
        QVERIFY(loaded.wait(kWaitMs));
    }
    QCOMPARE(model.index(row, 0).data(PoolNodeListModel::PhaseRole).toString(), QStringLiteral("Available"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);

    // Another pool is another data set: the rows go.
    model.setPool(QStringLiteral("local"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPoolNodeListModel)
#include "tst_poolnodelistmodel.moc"
