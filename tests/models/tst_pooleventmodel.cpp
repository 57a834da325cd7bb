// PoolEventModel against the real local backend over HTTP: a pool's events read oldest
// first, and the events of a node reboot appended by refresh() as inserted rows, never a
// reset. Runs under QAbstractItemModelTester.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/pooleventmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::PoolEventModel;

namespace
{
constexpr int kWaitMs = 15000;

QStringList reasons(const PoolEventModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i, 0).data(PoolEventModel::ReasonRole).toString();
    return out;
}
} // namespace

class TestPoolEventModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void appendsWithoutReset();
};

void TestPoolEventModel::appendsWithoutReset()
{
    test::LocalBackend backend(test::LocalBackend::Options { 100.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    const auto created = api::decodeBody<api::Pool>(
        test::callAndWait(*client, api::pools::create(test::poolBody(QStringLiteral("event-pool")))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString pool = created.value.metadata.name.value_or(QString());

    PoolEventModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(client.get());
    model.setScope(QStringLiteral("local/default"));
    model.setPool(pool);
    QSignalSpy loaded(&model, &PoolEventModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.index(0, PoolEventModel::Reason).data().toString(), QStringLiteral("PoolStatusChange"));
    QCOMPARE(model.index(0, PoolEventModel::Type).data().toString(), QStringLiteral("Normal"));
    QVERIFY(model.index(0, 0).data(PoolEventModel::TimeRole).toLongLong() > 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Once the pool is Running, reboot its node: its two events are appended.
    const auto running = [&]
    {
        const api::Typed<api::Pool> s = api::decodeBody<api::Pool>(test::callAndWait(*client, api::pools::show(pool)));
        return s.ok() && s.value.status && s.value.status->phase == u"Running";
    };
    QTRY_VERIFY_WITH_TIMEOUT(running(), kWaitMs);
    const api::Typed<api::NodeList> nodes
        = api::decodeBody<api::NodeList>(test::callAndWait(*client, api::pools::nodes(pool)));
    QVERIFY(nodes.ok() && nodes.value.items.size() == 1);
    api::BatchNodesRequest boot;
    boot.nodeNames = { nodes.value.items.front().metadata->name.value_or(QString()) };
    QVERIFY(test::callAndWait(*client, api::pools::rebootNodes(pool, boot)).ok());
    const int before = model.rowCount();
    for (int i = 0; i < 300 && !reasons(model).contains(QStringLiteral("NodeRebooted")); ++i)
    {
        model.refresh();
        QVERIFY(loaded.wait(kWaitMs));
        QTest::qWait(20);
    }
    const QStringList seen = reasons(model);
    QVERIFY2(seen.contains(QStringLiteral("NodeRebooting")), qPrintable(seen.join(u',')));
    QVERIFY2(seen.contains(QStringLiteral("NodeRebooted")), qPrintable(seen.join(u',')));
    QVERIFY(seen.indexOf(QStringLiteral("NodeRebooting")) < seen.indexOf(QStringLiteral("NodeRebooted")));
    QVERIFY(model.rowCount() > before);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestPoolEventModel)
#include "tst_pooleventmodel.moc"
