// PoolListModel against the real local backend over HTTP: a pool created, becoming
// Running and deleted shows as an insert, dataChanged on its Status and Nodes cells and a
// remove, never a reset; roles and display text. Runs under QAbstractItemModelTester.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/poollistmodel.h"
#include "models/poolstatus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::PoolListModel;

namespace
{
constexpr int kWaitMs = 15000;

bool touchedColumn(const QSignalSpy &spy, int column)
{
    for (const QList<QVariant> &args : spy)
    {
        const QModelIndex a = args.at(0).toModelIndex();
        const QModelIndex b = args.at(1).toModelIndex();
        if (a.column() <= column && column <= b.column())
            return true;
    }
    return false;
}
} // namespace

class TestPoolListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lifecycleWithoutReset();
    void headersAndEmptyModel();
};

void TestPoolListModel::lifecycleWithoutReset()
{
    test::LocalBackend backend(test::LocalBackend::Options { 200.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();

    PoolListModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(client.get());
    model.setScope(QStringLiteral("local/default"));
    QSignalSpy loaded(&model, &PoolListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    const int before = model.rowCount();
    QVERIFY(before >= 1); // the built-in pool "local"

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const api::Typed<api::Pool> created = api::decodeBody<api::Pool>(
        test::callAndWait(*client, api::pools::create(test::poolBody(QStringLiteral("list-pool"), 2))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString name = created.value.metadata.name.value_or(QString());

    model.refresh();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(inserted.count(), 1);
    const auto rowOfPool = [&]
    {
        return model.rowOf(name);
    };
    QVERIFY(rowOfPool() >= 0);
    QCOMPARE(model.index(rowOfPool(), PoolListModel::Name).data().toString(), QStringLiteral("list-pool"));
    QCOMPARE(model.index(rowOfPool(), PoolListModel::Name).data(PoolListModel::PoolNameRole).toString(), name);
    QCOMPARE(model.index(rowOfPool(), 0).data(PoolListModel::PhaseRole).toString(), QStringLiteral("Creating"));
    QCOMPARE(model.index(rowOfPool(), 0).data(PoolListModel::CanResizeRole).toBool(), false);

    // Auto-refresh while the lifecycle moves the pool to Running with both nodes Available.
    for (int i = 0; i < 200 && model.index(rowOfPool(), 0).data(PoolListModel::AvailableNodesRole).toInt() < 2; ++i)
    {
        model.refresh();
        QVERIFY(loaded.wait(kWaitMs));
        QTest::qWait(20);
    }
    const QModelIndex row = model.index(rowOfPool(), 0);
    QCOMPARE(row.data(PoolListModel::PhaseRole).toString(), QStringLiteral("Running"));
    QCOMPARE(row.data(PoolListModel::BadgeRole).toInt(), static_cast<int>(models::BadgeKind::Running));
    QCOMPARE(row.data(PoolListModel::TotalNodesRole).toInt(), 2);
    QCOMPARE(model.index(row.row(), PoolListModel::Nodes).data().toString(), QStringLiteral("2/2"));
    QCOMPARE(model.index(row.row(), PoolListModel::Status).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(row.row(), PoolListModel::JobTypes).data().toString(), QStringLiteral("Training Job"));
    QCOMPARE(model.index(row.row(), PoolListModel::Flavors).data().toString(), QStringLiteral("modelarts.vm.cpu.8ud"));
    QVERIFY(row.data(PoolListModel::CanResizeRole).toBool());
    QVERIFY(row.data(PoolListModel::CanDeleteRole).toBool());
    QVERIFY(touchedColumn(changed, PoolListModel::Status));
    QVERIFY(touchedColumn(changed, PoolListModel::Nodes));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);

    // Delete: Deleting, then the row goes away.
    QVERIFY(test::callAndWait(*client, api::pools::remove(name)).ok());
    for (int i = 0; i < 200 && rowOfPool() >= 0; ++i)
    {
        model.refresh();
        QVERIFY(loaded.wait(kWaitMs));
        QTest::qWait(20);
    }
    QCOMPARE(rowOfPool(), -1);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestPoolListModel::headersAndEmptyModel()
{
    PoolListModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PoolListModel::ColumnCount));
    QCOMPARE(model.headerData(PoolListModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name/ID"));
    QCOMPARE(
        model.headerData(PoolListModel::Nodes, Qt::Horizontal).toString(), QStringLiteral("Available/Total Nodes"));
    model.reload(); // no client: nothing happens
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPoolListModel)
#include "tst_poollistmodel.moc"
