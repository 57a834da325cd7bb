// PoolWorkloadModel against the real local backend over HTTP: a training job on the
// built-in pool "local" appears as an inserted row and its status changes to Completed as
// dataChanged, never a reset. Runs under QAbstractItemModelTester.

#include "api/poolrequests.h"
#include "localbackend.h"
#include "models/poolworkloadmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::PoolWorkloadModel;

class TestPoolWorkloadModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jobAppearsAndCompletes();
};

void TestPoolWorkloadModel::jobAppearsAndCompletes()
{
    test::LocalBackend backend(test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();

    PoolWorkloadModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(client.get());
    model.setScope(QStringLiteral("local/default"));
    model.setPool(QStringLiteral("local"));
    QSignalSpy loaded(&model, &PoolWorkloadModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    const int before = model.rowCount();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString id = test::createLocalJob(*client, QStringLiteral("pool-work"), QStringLiteral("sleep 1"));
    QVERIFY(!id.isEmpty());
    model.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(inserted.count(), 1);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
    {
        if (model.index(i, 0).data(PoolWorkloadModel::JobIdRole).toString() == id)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, PoolWorkloadModel::Name).data().toString(), QStringLiteral("pool-work"));
    QCOMPARE(model.index(row, 0).data(PoolWorkloadModel::TypeRole).toString(), QStringLiteral("train"));
    QCOMPARE(model.index(row, PoolWorkloadModel::Type).data().toString(), QStringLiteral("Training Job"));

    for (int i = 0; i < 300 && model.index(row, 0).data(PoolWorkloadModel::StatusRole).toString() != u"Completed"; ++i)
    {
        QTest::qWait(50);
        model.refresh();
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(model.index(row, 0).data(PoolWorkloadModel::StatusRole).toString(), QStringLiteral("Completed"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestPoolWorkloadModel)
#include "tst_poolworkloadmodel.moc"
