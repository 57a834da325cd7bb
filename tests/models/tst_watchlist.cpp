// WatchList: nothing is watched at first; watched items are kept per profile in the settings
// (ids and names only) and read back by a new list of the same profile, not by another
// profile's; lists of the same profile follow each other; WatchList::of() gives one list per
// connection.

#include "localconsole.h"
#include "models/connection.h"
#include "models/watchlist.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::WatchKind;
using models::WatchList;

class TestWatchList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyAtFirst();
    void keptPerProfile();
    void listsOfOneProfileFollowEachOther();
    void unwatchAndRename();
    void oneListPerConnection();
    void kindKeys_data();
    void kindKeys();
};

void TestWatchList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWatchList::init()
{
    QSettings().clear();
}

void TestWatchList::emptyAtFirst()
{
    WatchList list(QStringLiteral("Local"));
    QVERIFY(list.isEmpty());
    QVERIFY(!list.isWatched(WatchKind::TrainingJob, QStringLiteral("any")));
}

void TestWatchList::keptPerProfile()
{
    {
        WatchList list(QStringLiteral("cn-north-4/team a"));
        QSignalSpy changed(&list, &WatchList::watchChanged);
        list.setWatched(WatchKind::TrainingJob, QStringLiteral("job-1"), QStringLiteral("mnist"), true);
        list.setWatched(WatchKind::Notebook, QStringLiteral("nb-1"), QStringLiteral("explore"), true);
        list.setWatched(WatchKind::Pool, QStringLiteral("pool-abc"), QStringLiteral("gpu pool"), true);
        list.setWatched(WatchKind::Pool, QStringLiteral("pool-abc"), QStringLiteral("gpu pool"), true); // no change
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).value<WatchKind>(), WatchKind::TrainingJob);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("job-1"));
        QCOMPARE(changed.at(0).at(2).toBool(), true);
    }
    WatchList again(QStringLiteral("cn-north-4/team a"));
    QCOMPARE(again.items().size(), 3);
    QCOMPARE(again.items().at(0).kind, WatchKind::TrainingJob);
    QCOMPARE(again.items().at(0).id, QStringLiteral("job-1"));
    QCOMPARE(again.items().at(0).name, QStringLiteral("mnist"));
    QVERIFY(again.isWatched(WatchKind::Notebook, QStringLiteral("nb-1")));
    QVERIFY(again.isWatched(WatchKind::Pool, QStringLiteral("pool-abc")));
    // The same id as another kind is another item.
    QVERIFY(!again.isWatched(WatchKind::TrainingJob, QStringLiteral("nb-1")));

    WatchList other(QStringLiteral("cn-north-4"));
    QVERIFY(other.isEmpty());
    // What the settings hold: kinds, ids and names under the profile's encoded name.
    QSettings settings;
    const QStringList keys = settings.allKeys();
    QVERIFY2(keys.contains(QStringLiteral("Notifications/Watched/cn-north-4%2Fteam%20a/items/1/id")),
        qPrintable(keys.join(u',')));
}

void TestWatchList::listsOfOneProfileFollowEachOther()
{
    WatchList first(QStringLiteral("Local"));
    WatchList second(QStringLiteral("Local"));
    WatchList otherProfile(QStringLiteral("Remote"));
    QSignalSpy secondChanged(&second, &WatchList::watchChanged);
    QSignalSpy otherChanged(&otherProfile, &WatchList::watchChanged);
    first.setWatched(WatchKind::TrainingJob, QStringLiteral("job-9"), QStringLiteral("resnet"), true);
    QCOMPARE(secondChanged.count(), 1);
    QVERIFY(second.isWatched(WatchKind::TrainingJob, QStringLiteral("job-9")));
    QCOMPARE(otherChanged.count(), 0);
    QVERIFY(!otherProfile.isWatched(WatchKind::TrainingJob, QStringLiteral("job-9")));
    second.setWatched(WatchKind::TrainingJob, QStringLiteral("job-9"), QString(), false);
    QVERIFY(!first.isWatched(WatchKind::TrainingJob, QStringLiteral("job-9")));
}

void TestWatchList::unwatchAndRename()
{
    {
        WatchList list(QStringLiteral("Local"));
        list.setWatched(WatchKind::TrainingJob, QStringLiteral("a"), QStringLiteral("job a"), true);
        list.setWatched(WatchKind::TrainingJob, QStringLiteral("b"), QString(), true); // no name: the id
        list.setWatched(WatchKind::TrainingJob, QStringLiteral("c"), QStringLiteral("job c"), true);
        QCOMPARE(list.items().at(1).name, QStringLiteral("b"));
        list.updateName(WatchKind::TrainingJob, QStringLiteral("b"), QStringLiteral("job b"));
        list.updateName(WatchKind::TrainingJob, QStringLiteral("unwatched"), QStringLiteral("x")); // ignored
        list.setWatched(WatchKind::TrainingJob, QStringLiteral("a"), QString(), false);
    }
    WatchList again(QStringLiteral("Local"));
    QCOMPARE(again.items().size(), 2); // the shorter array left no stale row behind
    QCOMPARE(again.items().at(0).id, QStringLiteral("b"));
    QCOMPARE(again.items().at(0).name, QStringLiteral("job b"));
    QCOMPARE(again.items().at(1).id, QStringLiteral("c"));
}

void TestWatchList::oneListPerConnection()
{
    QCOMPARE(WatchList::of(nullptr), nullptr);
    test::LocalConsole console(test::LocalBackend::Options {});
    QVERIFY2(console.isRunning(), qPrintable(console.error()));
    WatchList *list = WatchList::of(console.connection());
    QVERIFY(list);
    QCOMPARE(WatchList::of(console.connection()), list);
    QCOMPARE(list->parent(), console.connection());
    QCOMPARE(list->profileName(), console.connection()->profileName());
}

void TestWatchList::kindKeys_data()
{
    QTest::addColumn<WatchKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("job") << WatchKind::TrainingJob << QStringLiteral("training-job");
    QTest::newRow("pool") << WatchKind::Pool << QStringLiteral("pool");
    QTest::newRow("notebook") << WatchKind::Notebook << QStringLiteral("notebook");
}

void TestWatchList::kindKeys()
{
    QFETCH(WatchKind, kind);
    QFETCH(QString, key);
    QCOMPARE(models::watchKindKey(kind), key);
    WatchKind back = WatchKind::TrainingJob;
    QVERIFY(models::watchKindFromKey(key, &back));
    QCOMPARE(back, kind);
    QVERIFY(!models::watchKindFromKey(QStringLiteral("dataset"), &back));
}

QTEST_GUILESS_MAIN(TestWatchList)
#include "tst_watchlist.moc"
