// The pace every modelarts-local lifecycle advances at: ticks scaled by --time-scale within
// their bounds, a first step at start, rest while nothing is in flight, and a failing step
// logged and retried a second later instead of in a loop.

#include "server/lifecycleticker.h"

#include <QSignalSpy>
#include <QTest>
#include <stdexcept>

using ma::server::Clock;
using ma::server::LifecycleTicker;

class TestLifecycleTicker : public QObject
{
    Q_OBJECT

private slots:
    void paceFollowsTheTimeScaleWithinBounds_data();
    void paceFollowsTheTimeScaleWithinBounds();
    void startStepsAtOnceAndThenAtThePace();
    void restsWhileNotRunning();
    void aFailingStepIsLoggedAndRetriedASecondLater();
    void aRecoveredStepRestsWhenNothingIsWanted();
};

void TestLifecycleTicker::paceFollowsTheTimeScaleWithinBounds_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("interval");
    QTest::newRow("real time: coarse") << 1.0 << LifecycleTicker::kMaxIntervalMs;
    QTest::newRow("a nominal second at 10x") << 10.0 << 100;
    QTest::newRow("fast: never a busy loop") << 1000.0 << LifecycleTicker::kMinIntervalMs;
    QTest::newRow("slowed down: still coarse") << 0.5 << LifecycleTicker::kMaxIntervalMs;
}

void TestLifecycleTicker::paceFollowsTheTimeScaleWithinBounds()
{
    QFETCH(double, scale);
    QFETCH(int, interval);
    const Clock clock(scale);
    QCOMPARE(LifecycleTicker::intervalFor(clock), interval);
    LifecycleTicker ticker(clock, QStringLiteral("test"), [] {});
    ticker.setRunning(true);
    QCOMPARE(ticker.interval(), interval);
}

void TestLifecycleTicker::startStepsAtOnceAndThenAtThePace()
{
    const Clock clock(50.0); // 20 ms
    int steps = 0;
    LifecycleTicker ticker(clock, QStringLiteral("test"), [&steps] { ++steps; });
    QCOMPARE(steps, 0);
    ticker.start();
    QCOMPARE(steps, 1); // what a restart interrupted resumes before the first interval
    QVERIFY(ticker.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(steps >= 4, 5000);
}

void TestLifecycleTicker::restsWhileNotRunning()
{
    const Clock clock(50.0);
    int steps = 0;
    LifecycleTicker ticker(clock, QStringLiteral("test"), [&steps] { ++steps; });
    ticker.start();
    ticker.setRunning(false);
    QVERIFY(!ticker.isRunning());
    ticker.setRunning(true); // work came: ticks again, at the pace
    QVERIFY(ticker.isRunning());
    QCOMPARE(ticker.interval(), 20);
    const int before = steps;
    QTRY_VERIFY_WITH_TIMEOUT(steps > before, 5000);
}

void TestLifecycleTicker::aFailingStepIsLoggedAndRetriedASecondLater()
{
    const Clock clock(50.0);
    bool failing = true;
    int steps = 0;
    LifecycleTicker ticker(clock, QStringLiteral("pool"),
        [&]
        {
            ++steps;
            if (failing)
                throw std::runtime_error("sqlite: commit failed");
        });
    QTest::ignoreMessage(QtWarningMsg, "modelarts-local: pool lifecycle step failed: sqlite: commit failed");
    ticker.start();
    QCOMPARE(steps, 1);
    QVERIFY(ticker.isRunning());
    QCOMPARE(ticker.interval(), LifecycleTicker::kRetryMs); // not every 20 ms while the store fails
    failing = false;
    ticker.tick();
    QCOMPARE(ticker.interval(), 20); // back to the pace once a step works
    QVERIFY(ticker.isRunning());
}

void TestLifecycleTicker::aRecoveredStepRestsWhenNothingIsWanted()
{
    const Clock clock(50.0);
    bool failing = true;
    LifecycleTicker ticker(clock, QStringLiteral("training"),
        [&]
        {
            if (failing)
                throw std::runtime_error("store closed");
        });
    QTest::ignoreMessage(QtWarningMsg, "modelarts-local: training lifecycle step failed: store closed");
    ticker.tick(); // not started: a failure still schedules the retry
    QVERIFY(ticker.isRunning());
    QCOMPARE(ticker.interval(), LifecycleTicker::kRetryMs);
    failing = false;
    ticker.tick();
    QVERIFY(!ticker.isRunning()); // nothing wanted it running: it rests again
}

QTEST_GUILESS_MAIN(TestLifecycleTicker)
#include "tst_lifecycleticker.moc"
