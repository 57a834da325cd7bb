// ActionRunner against the real local backend: the confirmation is data and nothing is sent
// before confirm(); a rejected action sends nothing; stopping two jobs where one does not
// exist gives one aggregated message with the failure's code and request id, then one
// refresh request.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/actionrunner.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ma;
using models::Action;
using models::ActionOutcome;
using models::ActionRunner;

namespace
{
constexpr int kWaitMs = 30000;
}

class TestActionRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rejectedActionSendsNothing();
    void oneMessageForManyCalls();
    void refusesWhileBusyOrEmpty();

private:
    Action stopAction(const QStringList &ids) const;

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_jobId;
};

void TestActionRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
    m_jobId = test::createLocalJob(*m_client, QStringLiteral("to-stop"), QStringLiteral("sleep 60"));
    QVERIFY(!m_jobId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, m_jobId), QStringLiteral("Running"), kWaitMs);
}

void TestActionRunner::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

Action TestActionRunner::stopAction(const QStringList &ids) const
{
    Action action;
    action.title = QStringLiteral("Stop training jobs");
    action.confirmation = QStringLiteral("Stop these %1 training jobs?").arg(ids.size());
    for (const QString &id : ids)
        action.calls.push_back({ id, api::training::terminate(id) });
    return action;
}

void TestActionRunner::rejectedActionSendsNothing()
{
    ActionRunner runner;
    runner.setClient(m_client.get());
    QSignalSpy asked(&runner, &ActionRunner::confirmationRequested);
    QSignalSpy started(&runner, &ActionRunner::started);
    QSignalSpy finished(&runner, &ActionRunner::finished);
    QSignalSpy refresh(&runner, &ActionRunner::refreshRequested);
    QVERIFY(runner.request(stopAction({ m_jobId })));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("Stop these 1 training jobs?"));
    QVERIFY(runner.isBusy());
    QCOMPARE(started.count(), 0);
    runner.reject();
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.at(0).at(0).value<ActionOutcome>();
    QVERIFY(outcome.canceled);
    QCOMPARE(outcome.succeeded, 0);
    QCOMPARE(outcome.message(), QStringLiteral("Canceled: nothing was sent."));
    QCOMPARE(refresh.count(), 0);
    QVERIFY(!runner.isBusy());
    QCOMPARE(test::jobPhase(*m_client, m_jobId), QStringLiteral("Running"));
}

void TestActionRunner::oneMessageForManyCalls()
{
    ActionRunner runner;
    runner.setClient(m_client.get());
    QSignalSpy finished(&runner, &ActionRunner::finished);
    QSignalSpy refresh(&runner, &ActionRunner::refreshRequested);
    QSignalSpy calls(&runner, &ActionRunner::callFinished);
    connect(&runner, &ActionRunner::confirmationRequested, &runner, &ActionRunner::confirm);
    QVERIFY(runner.request(stopAction({ m_jobId, QStringLiteral("no-such-job") })));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(calls.count(), 2);
    QCOMPARE(refresh.count(), 1);
    const auto outcome = finished.at(0).at(0).value<ActionOutcome>();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.succeeded, 1);
    QCOMPARE(int(outcome.failures.size()), 1);
    const ActionOutcome::Failure &failure = outcome.failures.front();
    QCOMPARE(failure.target, QStringLiteral("no-such-job"));
    QCOMPARE(failure.error.code, QStringLiteral("ModelArts.2775"));
    QVERIFY(!failure.error.requestId.isEmpty());
    const QString message = outcome.message();
    QVERIFY2(message.startsWith(u"1 succeeded, 1 failed:\nno-such-job: "), qPrintable(message));
    QVERIFY2(message.contains(failure.error.message), qPrintable(message));
    QVERIFY2(message.contains(u"ModelArts.2775"), qPrintable(message));
    QVERIFY2(message.contains(failure.error.requestId), qPrintable(message));
    QCOMPARE(message.count(u'\n'), 1);
    const QString phase = test::jobPhase(*m_client, m_jobId);
    QVERIFY2(phase == u"Terminating" || phase == u"Terminated", qPrintable(phase));
}

void TestActionRunner::refusesWhileBusyOrEmpty()
{
    ActionRunner runner;
    QVERIFY(!runner.request(stopAction({ m_jobId }))); // no client
    runner.setClient(m_client.get());
    QVERIFY(!runner.request(Action {})); // no calls
    // Many calls, sent a few at a time; a second action waits for the first.
    QStringList ids;
    for (int i = 0; i < 10; ++i)
        ids << QStringLiteral("missing-%1").arg(i);
    Action action = stopAction(ids);
    action.confirmation.clear(); // no question: sent at once
    QSignalSpy started(&runner, &ActionRunner::started);
    QSignalSpy finished(&runner, &ActionRunner::finished);
    QVERIFY(runner.request(action));
    QCOMPARE(started.count(), 1);
    QVERIFY(!runner.request(action));
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.at(0).at(0).value<ActionOutcome>();
    QCOMPARE(int(outcome.failures.size()), 10);
    QCOMPARE(outcome.failures.front().target, QStringLiteral("missing-0"));
    QCOMPARE(outcome.failures.back().target, QStringLiteral("missing-9"));
    QVERIFY(outcome.message().startsWith(u"10 failed:\n"));
}

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
