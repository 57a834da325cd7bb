// The pool and node status-word tables (models/poolstatus.h): every phase the API lists
// has a badge kind and a display text, the console's wording where it differs ("Unavailable"),
// and unknown words pass through as Neutral.

#include "api/types/pool.h"
#include "models/poolstatus.h"

#include <QtTest>

using namespace ma::models;

class TestPoolStatus final : public QObject
{
    Q_OBJECT

private slots:
    void poolPhases_data();
    void poolPhases();
    void nodePhases_data();
    void nodePhases();
    void unknownWordsPassThrough();
    void jobTypes();
};

void TestPoolStatus::poolPhases_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<BadgeKind>("badge");
    QTest::newRow("Creating") << QString(ma::api::PoolPhase::Creating.toString()) << QStringLiteral("Creating")
                              << BadgeKind::Progress;
    QTest::newRow("Running") << QString(ma::api::PoolPhase::Running.toString()) << QStringLiteral("Running")
                             << BadgeKind::Running;
    QTest::newRow("Abnormal") << QStringLiteral("Abnormal") << QStringLiteral("Abnormal") << BadgeKind::Warning;
    QTest::newRow("Deleting") << QStringLiteral("Deleting") << QStringLiteral("Deleting") << BadgeKind::Progress;
    QTest::newRow("Error") << QStringLiteral("Error") << QStringLiteral("Error") << BadgeKind::Failure;
    QTest::newRow("CreationFailed") << QStringLiteral("CreationFailed") << QStringLiteral("Creation failed")
                                    << BadgeKind::Failure;
    QTest::newRow("ScalingFailed") << QStringLiteral("ScalingFailed") << QStringLiteral("Scaling failed")
                                   << BadgeKind::Warning;
    QTest::newRow("Waiting") << QStringLiteral("Waiting") << QStringLiteral("Waiting") << BadgeKind::Progress;
}

void TestPoolStatus::poolPhases()
{
    QFETCH(QString, phase);
    QFETCH(QString, text);
    QFETCH(BadgeKind, badge);
    const StatusWord w = poolstatus::pool(phase);
    QCOMPARE(w.text, text);
    QCOMPARE(w.badge, badge);
    QVERIFY(poolstatus::poolPhases().contains(phase));
}

void TestPoolStatus::nodePhases_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<BadgeKind>("badge");
    QTest::newRow("Available") << QStringLiteral("Available") << QStringLiteral("Available") << BadgeKind::Success;
    QTest::newRow("Abnormal") << QStringLiteral("Abnormal") << QStringLiteral("Unavailable") << BadgeKind::Warning;
    QTest::newRow("Rebooting") << QString(ma::api::NodePhase::Rebooting.toString()) << QStringLiteral("Rebooting")
                               << BadgeKind::Progress;
    QTest::newRow("Resetting") << QString(ma::api::NodePhase::Resetting.toString()) << QStringLiteral("Resetting")
                               << BadgeKind::Progress;
    QTest::newRow("Creating") << QStringLiteral("Creating") << QStringLiteral("Creating") << BadgeKind::Progress;
    QTest::newRow("Deleting") << QStringLiteral("Deleting") << QStringLiteral("Deleting") << BadgeKind::Progress;
}

void TestPoolStatus::nodePhases()
{
    QFETCH(QString, phase);
    QFETCH(QString, text);
    QFETCH(BadgeKind, badge);
    const StatusWord w = poolstatus::node(phase);
    QCOMPARE(w.text, text);
    QCOMPARE(w.badge, badge);
    QVERIFY(poolstatus::nodePhases().contains(phase));
}

void TestPoolStatus::unknownWordsPassThrough()
{
    const StatusWord w = poolstatus::pool(QStringLiteral("Hibernating"));
    QCOMPARE(w.text, QStringLiteral("Hibernating"));
    QCOMPARE(w.badge, BadgeKind::Neutral);
    QCOMPARE(poolstatus::node(QString()).badge, BadgeKind::Neutral);
    QCOMPARE(poolstatus::scope(QStringLiteral("EnableFailed")).badge, BadgeKind::Failure);
    QCOMPARE(poolstatus::driver(QStringLiteral("Upgrading")).text, QStringLiteral("Upgrading"));
}

void TestPoolStatus::jobTypes()
{
    QCOMPARE(poolstatus::jobType(QStringLiteral("Train")), QStringLiteral("Training Job"));
    QCOMPARE(poolstatus::jobType(QStringLiteral("Notebook")), QStringLiteral("Notebook"));
    QCOMPARE(poolstatus::jobType(QStringLiteral("Other")), QStringLiteral("Other"));
}

QTEST_GUILESS_MAIN(TestPoolStatus)
#include "tst_poolstatus.moc"
