// ResourceWatcher (as TrainingJobWatcher) against the real local backend: nothing is read
// while inactive; active, it reads at once and polls while the job is live, reports the
// changed fields, and stops at a final phase; going inactive stops the polling.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/trainingjobwatcher.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::TrainingJobWatcher;

namespace
{
constexpr int kWaitMs = 30000;
}

class TestResourceWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pollsWhileLiveUntilFinal();
    void inactiveStopsPolling();
    void missingResourceReportsError();

private:
    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestResourceWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestResourceWatcher::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

void TestResourceWatcher::pollsWhileLiveUntilFinal()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("watched"), QStringLiteral("sleep 1"));
    QVERIFY(!id.isEmpty());
    TrainingJobWatcher watcher;
    watcher.setInterval(50);
    watcher.setClient(m_client.get());
    watcher.setResourceId(id);
    QVERIFY(!watcher.isPolling()); // not active: nothing is read
    QCOMPARE(watcher.reads(), 0);

    QSignalSpy updated(&watcher, &TrainingJobWatcher::updated);
    watcher.setActive(true);
    QVERIFY(watcher.isPolling());
    QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(updated.at(0).at(0).toStringList(), models::TrainingJobWatchTraits::allFields());
    QVERIFY(watcher.value().has_value());
    QCOMPARE(*watcher.value()->metadata.id, id);

    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinal(), kWaitMs);
    QCOMPARE(watcher.value()->status.phase, QStringLiteral("Completed"));
    QVERIFY(!watcher.isPolling());
    QVERIFY(watcher.reads() >= 2);
    bool phaseReported = false;
    for (int i = 1; i < updated.count(); ++i)
        phaseReported |= updated.at(i).at(0).toStringList().contains(u"status.phase");
    QVERIFY(phaseReported);
    // Later reads of an unchanged job report nothing.
    for (int i = 1; i < updated.count(); ++i)
        QVERIFY(!updated.at(i).at(0).toStringList().isEmpty());

    // Final: becoming active again reads nothing; refreshNow() still does.
    const int reads = watcher.reads();
    watcher.setActive(false);
    watcher.setActive(true);
    QVERIFY(!watcher.isPolling());
    watcher.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(watcher.reads(), reads + 1, kWaitMs);
    QVERIFY(!watcher.isPolling());
}

void TestResourceWatcher::inactiveStopsPolling()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("long"), QStringLiteral("sleep 60"));
    QVERIFY(!id.isEmpty());
    TrainingJobWatcher watcher;
    watcher.setInterval(50);
    watcher.setClient(m_client.get());
    watcher.setResourceId(id);
    watcher.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.reads() >= 3, kWaitMs); // live: it keeps reading
    QVERIFY(!watcher.isFinal());
    watcher.setActive(false);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isPolling(), kWaitMs); // a read in flight lands, nothing after
    const int reads = watcher.reads();
    QSignalSpy updated(&watcher, &TrainingJobWatcher::updated);
    QSignalSpy errors(&watcher, &TrainingJobWatcher::errorOccurred);
    QVERIFY(!updated.wait(300)); // no read while inactive
    QCOMPARE(watcher.reads(), reads);
    watcher.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.reads() > reads, kWaitMs);
    QCOMPARE(errors.count(), 0);
    QVERIFY(test::callAndWait(*m_client, api::training::terminate(id)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinal(), kWaitMs);
    QVERIFY(!watcher.isPolling());
}

void TestResourceWatcher::missingResourceReportsError()
{
    TrainingJobWatcher watcher;
    watcher.setClient(m_client.get());
    QSignalSpy errors(&watcher, &TrainingJobWatcher::errorOccurred);
    watcher.setResourceId(QStringLiteral("no-such-job"));
    watcher.setActive(true);
    QVERIFY(errors.wait(kWaitMs));
    QCOMPARE(watcher.lastError().code, QStringLiteral("ModelArts.2775"));
    QVERIFY(!watcher.hasValue());
}

QTEST_GUILESS_MAIN(TestResourceWatcher)
#include "tst_resourcewatcher.moc"
