// PoolWatcher (ResourceWatcher of one pool) against the real local backend: a pool being
// created is read while active and reports status.phase and status.resources as the
// lifecycle moves it to Running; inactive, it stops polling.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/poolwatcher.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::PoolWatcher;

class TestPoolWatcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void reportsLifecycleChanges();
};

void TestPoolWatcher::reportsLifecycleChanges()
{
    test::LocalBackend backend(test::LocalBackend::Options { 100.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    const auto created = api::decodeBody<api::Pool>(
        test::callAndWait(*client, api::pools::create(test::poolBody(QStringLiteral("watched-pool")))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString name = created.value.metadata.name.value_or(QString());

    PoolWatcher watcher;
    watcher.setInterval(50);
    watcher.setClient(client.get());
    watcher.setResourceId(name);
    QVERIFY(!watcher.isPolling());
    QSignalSpy updated(&watcher, &PoolWatcher::updated);
    watcher.setActive(true);
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.at(0).at(0).toStringList(), models::PoolWatchTraits::allFields());
    QCOMPARE(watcher.value()->status->phase.value_or(QString()), QStringLiteral("Creating"));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.value()->status->phase.value_or(QString()), QStringLiteral("Running"), 10000);
    bool phase = false;
    bool resources = false;
    for (int i = 1; i < updated.count(); ++i)
    {
        phase |= updated.at(i).at(0).toStringList().contains(u"status.phase");
        resources |= updated.at(i).at(0).toStringList().contains(u"status.resources");
    }
    QVERIFY(phase);
    QVERIFY(resources);
    QVERIFY(!watcher.isFinal());
    watcher.setActive(false);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isPolling(), 10000);
}

QTEST_GUILESS_MAIN(TestPoolWatcher)
#include "tst_poolwatcher.moc"
