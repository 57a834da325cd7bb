// TransitionNotifier against the real local backend: a watched job that reaches a final
// phase gives exactly one notification, an unwatched one none, and one already final when
// first read none (nor does a restart); a failed job is a failure; a watched notebook gives
// one auto-stop warning per deadline (a renewal is a new deadline), none for a deadline that
// was already near when first read, and one "no longer exists" when it is deleted, after
// which it is no longer watched; a watched pool that is created says once that it runs. The status words map to
// severities as the areas' badges do.

#include "api/notebookrequests.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "api/types/training.h"
#include "localbackend.h"
#include "models/transitionnotifier.h"
#include "models/watchlist.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::NotificationSeverity;
using models::TransitionNotifier;
using models::WatchKind;
using models::WatchList;
using models::WatchNotification;
using test::callAndWait;
using test::createNotebook;

namespace
{
constexpr int kWaitMs = 30000;
constexpr int kIntervalMs = 100;
constexpr qint64 kMinute = 60 * 1000;

QList<WatchNotification> notificationsOf(const QSignalSpy &spy, const QString &id, const QString &eventPrefix = {})
{
    QList<WatchNotification> found;
    for (const QList<QVariant> &args : spy)
    {
        const auto n = args.at(0).value<WatchNotification>();
        if (n.id == id && n.event.startsWith(eventPrefix))
            found.append(n);
    }
    return found;
}
} // namespace

class TestTransitionNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void watchedJobNotifiesOnceUnwatchedNever();
    void itemFinalWhenFirstReadIsSilent();
    void failedJobIsAFailure();
    void poolReadyOnce();
    void notebookAutoStopOncePerDeadline();
    void vanishedItemIsUnwatchedSilently();
    void disabledReadsNothing();
    void severities_data();
    void severities();

private:
    void waitForPhase(const QString &id, const QString &phase);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestTransitionNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<WatchNotification>();
    // Time scale 10: a notebook starts within seconds and its one-hour lease lasts six minutes.
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 10.0, false, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_client = m_backend->accessKeyClient();
}

void TestTransitionNotifier::init()
{
    QSettings().clear();
}

void TestTransitionNotifier::cleanupTestCase()
{
    m_client.reset();
    m_backend.reset();
}

void TestTransitionNotifier::waitForPhase(const QString &id, const QString &phase)
{
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*m_client, id), phase, kWaitMs);
}

void TestTransitionNotifier::watchedJobNotifiesOnceUnwatchedNever()
{
    // Both run for a while on the local pool; only the first is watched.
    const QString watched = test::createLocalJob(*m_client, QStringLiteral("watched-job"), QStringLiteral("sleep 2"));
    const QString unwatched = test::createLocalJob(*m_client, QStringLiteral("quiet-job"), QStringLiteral("sleep 2"));
    QVERIFY(!watched.isEmpty() && !unwatched.isEmpty());

    WatchList list(QStringLiteral("Local"));
    list.setWatched(WatchKind::TrainingJob, watched, QStringLiteral("watched-job"), true);
    TransitionNotifier notifier;
    QSignalSpy notified(&notifier, &TransitionNotifier::notify);
    QSignalSpy read(&notifier, &TransitionNotifier::statusRead);
    notifier.setInterval(kIntervalMs);
    notifier.setWatchList(&list);
    QCOMPARE(notifier.followedCount(), 0); // no client yet
    notifier.setClient(m_client.get());
    QCOMPARE(notifier.followedCount(), 1);

    QVERIFY(read.wait(kWaitMs));
    const QString first = read.at(0).at(2).toString();
    QVERIFY2(!api::isTerminalPhase(first), qPrintable(first)); // it was live when first read
    QCOMPARE(notified.count(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(
        notifier.lastStatus(WatchKind::TrainingJob, watched), QStringLiteral("Completed"), kWaitMs);
    QCOMPARE(notified.count(), 1);
    const auto n = notified.at(0).at(0).value<WatchNotification>();
    QCOMPARE(n.kind, WatchKind::TrainingJob);
    QCOMPARE(n.id, watched);
    QCOMPARE(n.name, QStringLiteral("watched-job"));
    QCOMPARE(n.title, QStringLiteral("Training job “watched-job”: Completed"));
    QVERIFY2(n.body.startsWith(QStringLiteral("Ran for ")), qPrintable(n.body));
    QCOMPARE(n.severity, NotificationSeverity::Success);
    QCOMPARE(n.event, QStringLiteral("status:Completed"));

    // The unwatched job finished too, without a word; the finished one is read no more.
    waitForPhase(unwatched, QStringLiteral("Completed"));
    const int reads = read.count();
    QTest::qWait(5 * kIntervalMs);
    QCOMPARE(read.count(), reads);
    QCOMPARE(notified.count(), 1);
    QVERIFY(notificationsOf(notified, unwatched).isEmpty());
}

void TestTransitionNotifier::itemFinalWhenFirstReadIsSilent()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("done-job"), QStringLiteral("true"));
    QVERIFY(!id.isEmpty());
    waitForPhase(id, QStringLiteral("Completed"));

    WatchList list(QStringLiteral("Local"));
    list.setWatched(WatchKind::TrainingJob, id, QStringLiteral("done-job"), true);
    for (int start = 0; start < 2; ++start) // an app start, then a profile switch: each reads afresh
    {
        TransitionNotifier notifier;
        QSignalSpy notified(&notifier, &TransitionNotifier::notify);
        QSignalSpy read(&notifier, &TransitionNotifier::statusRead);
        notifier.setInterval(kIntervalMs);
        notifier.setClient(m_client.get());
        notifier.setWatchList(&list);
        QVERIFY(read.wait(kWaitMs));
        QCOMPARE(read.at(0).at(2).toString(), QStringLiteral("Completed"));
        QTest::qWait(3 * kIntervalMs);
        QCOMPARE(notified.count(), 0);
    }
}

void TestTransitionNotifier::failedJobIsAFailure()
{
    const QString id
        = test::createLocalJob(*m_client, QStringLiteral("failing-job"), QStringLiteral("sleep 2; exit 3"));
    QVERIFY(!id.isEmpty());
    WatchList list(QStringLiteral("Local"));
    list.setWatched(WatchKind::TrainingJob, id, QString(), true); // no name yet: the job's is learnt
    TransitionNotifier notifier;
    QSignalSpy notified(&notifier, &TransitionNotifier::notify);
    notifier.setInterval(kIntervalMs);
    notifier.setClient(m_client.get());
    notifier.setWatchList(&list);
    QTRY_COMPARE_WITH_TIMEOUT(notifier.lastStatus(WatchKind::TrainingJob, id), QStringLiteral("Failed"), kWaitMs);
    QCOMPARE(notified.count(), 1);
    const auto n = notified.at(0).at(0).value<WatchNotification>();
    QCOMPARE(n.title, QStringLiteral("Training job “failing-job”: Failed"));
    QCOMPARE(n.severity, NotificationSeverity::Failure);
    QVERIFY2(n.body.contains(QStringLiteral("events and logs")), qPrintable(n.body));
    QCOMPARE(list.items().front().name, QStringLiteral("failing-job"));
}

void TestTransitionNotifier::poolReadyOnce()
{
    const auto created = api::decodeBody<api::Pool>(
        callAndWait(*m_client, api::pools::create(test::poolBody(QStringLiteral("watched-pool")))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString name = created.value.metadata.name.value_or(QString());

    WatchList list(QStringLiteral("Local"));
    list.setWatched(WatchKind::Pool, name, QString(), true);
    TransitionNotifier notifier;
    QSignalSpy notified(&notifier, &TransitionNotifier::notify);
    QSignalSpy read(&notifier, &TransitionNotifier::statusRead);
    notifier.setInterval(kIntervalMs);
    notifier.setClient(m_client.get());
    notifier.setWatchList(&list);
    QVERIFY(read.wait(kWaitMs));
    QCOMPARE(read.at(0).at(2).toString(), QStringLiteral("Creating"));
    QTRY_COMPARE_WITH_TIMEOUT(notifier.lastStatus(WatchKind::Pool, name), QStringLiteral("Running"), kWaitMs);
    QTest::qWait(5 * kIntervalMs); // a pool is read on: nothing more to say while it runs
    QCOMPARE(notified.count(), 1);
    const auto n = notified.at(0).at(0).value<WatchNotification>();
    QCOMPARE(n.kind, WatchKind::Pool);
    QCOMPARE(n.title, QStringLiteral("Resource pool “watched-pool”: Running"));
    QCOMPARE(n.severity, NotificationSeverity::Success);
}

void TestTransitionNotifier::notebookAutoStopOncePerDeadline()
{
    const QString id = createNotebook(*m_client, QStringLiteral("nb-watched"));
    QVERIFY(!id.isEmpty());
    WatchList list(QStringLiteral("Local"));
    list.setWatched(WatchKind::Notebook, id, QStringLiteral("nb-watched"), true);

    qint64 now = 0; // far before any deadline until the test moves it
    TransitionNotifier notifier;
    QSignalSpy notified(&notifier, &TransitionNotifier::notify);
    notifier.setClock([&now] { return now; });
    notifier.setAutoStopLead(10 * kMinute);
    notifier.setInterval(kIntervalMs);
    notifier.setClient(m_client.get());
    notifier.setWatchList(&list);

    QTRY_COMPARE_WITH_TIMEOUT(notifier.lastStatus(WatchKind::Notebook, id), QStringLiteral("RUNNING"), kWaitMs);
    const qint64 deadline = notifier.autoStopDeadline(WatchKind::Notebook, id);
    QVERIFY(deadline > 0);
    QVERIFY(notificationsOf(notified, id, QStringLiteral("autostop:")).isEmpty());

    // Five minutes before the auto stop: one warning, however often the deadlines are checked.
    now = deadline - 5 * kMinute;
    notifier.checkDeadlines();
    notifier.checkDeadlines();
    QTest::qWait(3 * kIntervalMs); // reads go on meanwhile
    notifier.checkDeadlines();
    auto warnings = notificationsOf(notified, id, QStringLiteral("autostop:"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).title, QStringLiteral("Notebook “nb-watched” stops in 5 min"));
    QCOMPARE(warnings.at(0).severity, NotificationSeverity::Warning);
    QCOMPARE(warnings.at(0).event, QStringLiteral("autostop:%1").arg(deadline));

    // Renewed: a new deadline, warned of once when it comes near.
    now = deadline - 30 * kMinute;
    api::LeaseRequest lease;
    lease.duration = 2 * 60 * kMinute;
    const auto renewed = api::decodeBody<api::Lease>(callAndWait(*m_client, api::notebooks::renewLease(id, lease)));
    QVERIFY2(renewed.ok(), qPrintable(renewed.error.displayText()));
    const qint64 renewedDeadline = api::leaseExpiresAtMs(renewed.value).value_or(0);
    QVERIFY(renewedDeadline > deadline);
    QTRY_COMPARE_WITH_TIMEOUT(notifier.autoStopDeadline(WatchKind::Notebook, id), renewedDeadline, kWaitMs);
    QCOMPARE(notificationsOf(notified, id, QStringLiteral("autostop:")).size(), 1);
    now = renewedDeadline - 2 * kMinute;
    notifier.checkDeadlines();
    notifier.checkDeadlines();
    warnings = notificationsOf(notified, id, QStringLiteral("autostop:"));
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(1).event, QStringLiteral("autostop:%1").arg(renewedDeadline));
    QCOMPARE(warnings.at(1).title, QStringLiteral("Notebook “nb-watched” stops in 2 min"));

    // Read afresh (a restart) with the deadline already near: not news.
    {
        TransitionNotifier restarted;
        QSignalSpy restartedNotified(&restarted, &TransitionNotifier::notify);
        QSignalSpy read(&restarted, &TransitionNotifier::statusRead);
        restarted.setClock([&now] { return now; });
        restarted.setInterval(kIntervalMs);
        restarted.setClient(m_client.get());
        restarted.setWatchList(&list);
        QVERIFY(read.wait(kWaitMs));
        restarted.checkDeadlines();
        QCOMPARE(restartedNotified.count(), 0);
    }

    // The transition to Running was said once, however many reads followed.
    QCOMPARE(notificationsOf(notified, id, QStringLiteral("status:RUNNING")).size(), 1);

    // Deleted: one "no longer exists", then it is no longer watched.
    QVERIFY(callAndWait(*m_client, api::notebooks::remove(id)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!list.isWatched(WatchKind::Notebook, id), kWaitMs);
    const auto gone = notificationsOf(notified, id, QStringLiteral("gone"));
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.at(0).title, QStringLiteral("Notebook “nb-watched” no longer exists"));
    QCOMPARE(notifier.followedCount(), 0);
}

void TestTransitionNotifier::vanishedItemIsUnwatchedSilently()
{
    // Watched long ago, deleted while the app was closed: never read, so nothing to say.
    WatchList list(QStringLiteral("Local"));
    list.setWatched(
        WatchKind::TrainingJob, QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("old"), true);
    TransitionNotifier notifier;
    QSignalSpy notified(&notifier, &TransitionNotifier::notify);
    notifier.setInterval(kIntervalMs);
    notifier.setClient(m_client.get());
    notifier.setWatchList(&list);
    QTRY_VERIFY_WITH_TIMEOUT(list.isEmpty(), kWaitMs);
    QCOMPARE(notified.count(), 0);
    QCOMPARE(notifier.followedCount(), 0);
}

void TestTransitionNotifier::disabledReadsNothing()
{
    const QString id = test::createLocalJob(*m_client, QStringLiteral("off-job"), QStringLiteral("sleep 1"));
    QVERIFY(!id.isEmpty());
    WatchList list(QStringLiteral("Local"));
    list.setWatched(WatchKind::TrainingJob, id, QStringLiteral("off-job"), true);
    TransitionNotifier notifier;
    QSignalSpy notified(&notifier, &TransitionNotifier::notify);
    QSignalSpy read(&notifier, &TransitionNotifier::statusRead);
    notifier.setEnabled(false);
    notifier.setInterval(kIntervalMs);
    notifier.setClient(m_client.get());
    notifier.setWatchList(&list);
    QCOMPARE(notifier.followedCount(), 0);
    waitForPhase(id, QStringLiteral("Completed"));
    QCOMPARE(read.count(), 0);
    // Switched on after the job ended: its state is read afresh, not announced.
    notifier.setEnabled(true);
    QCOMPARE(notifier.followedCount(), 1);
    QVERIFY(read.wait(kWaitMs));
    QTest::qWait(3 * kIntervalMs);
    QCOMPARE(notified.count(), 0);
    // Unwatched: no longer followed.
    list.setWatched(WatchKind::TrainingJob, id, QString(), false);
    QCOMPARE(notifier.followedCount(), 0);
}

void TestTransitionNotifier::severities_data()
{
    QTest::addColumn<WatchKind>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("severity"); // -1: not news

    QTest::newRow("job running") << WatchKind::TrainingJob << QStringLiteral("Running") << -1;
    QTest::newRow("job stopping") << WatchKind::TrainingJob << QStringLiteral("Terminating") << -1;
    QTest::newRow("job completed") << WatchKind::TrainingJob << QStringLiteral("Completed")
                                   << int(NotificationSeverity::Success);
    QTest::newRow("job failed") << WatchKind::TrainingJob << QStringLiteral("Failed")
                                << int(NotificationSeverity::Failure);
    QTest::newRow("job abnormal") << WatchKind::TrainingJob << QStringLiteral("Abnormal")
                                  << int(NotificationSeverity::Failure);
    QTest::newRow("job stopped") << WatchKind::TrainingJob << QStringLiteral("Terminated")
                                 << int(NotificationSeverity::Warning);
    QTest::newRow("pool creating") << WatchKind::Pool << QStringLiteral("Creating") << -1;
    QTest::newRow("pool running") << WatchKind::Pool << QStringLiteral("Running") << int(NotificationSeverity::Success);
    QTest::newRow("pool abnormal") << WatchKind::Pool << QStringLiteral("Abnormal")
                                   << int(NotificationSeverity::Warning);
    QTest::newRow("pool creation failed")
        << WatchKind::Pool << QStringLiteral("CreationFailed") << int(NotificationSeverity::Failure);
    QTest::newRow("pool unknown word") << WatchKind::Pool << QStringLiteral("Hibernating") << -1;
    QTest::newRow("notebook starting") << WatchKind::Notebook << QStringLiteral("STARTING") << -1;
    QTest::newRow("notebook running") << WatchKind::Notebook << QStringLiteral("RUNNING")
                                      << int(NotificationSeverity::Success);
    QTest::newRow("notebook stopped") << WatchKind::Notebook << QStringLiteral("STOPPED")
                                      << int(NotificationSeverity::Info);
    QTest::newRow("notebook start failed")
        << WatchKind::Notebook << QStringLiteral("START_FAILED") << int(NotificationSeverity::Failure);
    QTest::newRow("notebook error") << WatchKind::Notebook << QStringLiteral("ERROR")
                                    << int(NotificationSeverity::Failure);
}

void TestTransitionNotifier::severities()
{
    QFETCH(WatchKind, kind);
    QFETCH(QString, status);
    QFETCH(int, severity);
    const auto got = TransitionNotifier::severityOf(kind, status);
    QCOMPARE(got ? int(*got) : -1, severity);
    QVERIFY(!TransitionNotifier::statusText(kind, status).isEmpty());
}

QTEST_GUILESS_MAIN(TestTransitionNotifier)
#include "tst_transitionnotifier.moc"
