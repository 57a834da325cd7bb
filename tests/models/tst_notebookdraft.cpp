// NotebookDraft: the saved JSON round trip (every field), malformed JSON keeps the defaults,
// the generated default name, and the v1 create body (N-1) for each storage, auto stop and
// remote SSH choice, with what the API cannot carry left out.

#include "models/notebookdraft.h"

#include <QDate>
#include <QRegularExpression>
#include <QtTest>

using namespace ma;
using models::NotebookDraft;

namespace ma::models
{
char *toString(const NotebookDraft &draft)
{
    return qstrdup(api::dumpJson(draft.toJson()).constData());
}
} // namespace ma::models

class TestNotebookDraft : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowTheConsole();
    void jsonRoundTrip();
    void malformedJsonKeepsDefaults();
    void generatedName();
    void createBodyEvs();
    void createBodySfsOnDedicatedPool();
    void createBodyObsAndPfs();
    void createBodyAutoStop_data();
    void createBodyAutoStop();
    void createBodySshAndTags();
};

void TestNotebookDraft::defaultsFollowTheConsole()
{
    const NotebookDraft d;
    QVERIFY(d.autoStop); // enabled by default, 1 hour
    QCOMPARE(d.autoStopHours, 1);
    QCOMPARE(d.storage, NotebookDraft::Storage::Evs);
    QCOMPARE(d.evsGb, 5);
    QCOMPARE(d.poolKind, NotebookDraft::PoolKind::Public);
    QVERIFY(!d.remoteSsh);
}

void TestNotebookDraft::jsonRoundTrip()
{
    NotebookDraft d;
    d.name = QStringLiteral("nb-1");
    d.description = QStringLiteral("first notebook");
    d.autoStop = true;
    d.autoStopHours = 0;
    d.autoStopCustom = QStringLiteral("12");
    d.imageSource = NotebookDraft::ImageSource::Private;
    d.imageId = QStringLiteral("img");
    d.poolKind = NotebookDraft::PoolKind::Dedicated;
    d.poolId = QStringLiteral("local");
    d.type = QStringLiteral("GPU");
    d.flavorId = QStringLiteral("gpu.t4");
    d.storage = NotebookDraft::Storage::Sfs;
    d.evsGb = 77;
    d.sfsId = QStringLiteral("sfs-1");
    d.sfsSubdirectory = QStringLiteral("/a");
    d.sfsReadOnly = true;
    d.storagePath = QStringLiteral("obs://b/c/");
    d.secret = QStringLiteral("sec");
    d.extendedStorage = { { QStringLiteral("PFS"), QStringLiteral("obs://b/p/"), QStringLiteral("/mnt/p") } };
    d.remoteSsh = true;
    d.keyPair = QStringLiteral("kp");
    d.whitelist = QStringLiteral("1.2.3.4");
    d.tags = { { QStringLiteral("env"), QStringLiteral("dev") } };
    QCOMPARE(NotebookDraft::fromJson(d.toJson()), d);
    // Through text, as DraftStore keeps it.
    QCOMPARE(NotebookDraft::fromJson(api::parseJson(api::dumpJson(d.toJson()))), d);
    for (const NotebookDraft::Storage s :
        { NotebookDraft::Storage::Evs, NotebookDraft::Storage::Obs, NotebookDraft::Storage::Pfs })
    {
        d.storage = s;
        QCOMPARE(NotebookDraft::fromJson(d.toJson()).storage, s);
    }
}

void TestNotebookDraft::malformedJsonKeepsDefaults()
{
    QCOMPARE(NotebookDraft::fromJson(api::Json()), NotebookDraft());
    QCOMPARE(NotebookDraft::fromJson(api::Json::array()), NotebookDraft());
    const NotebookDraft d = NotebookDraft::fromJson(api::parseJson(
        R"({"name": 5, "evs_gb": "ten", "auto_stop": "yes", "storage": "floppy", "tags": [1, {"key": "k"}],
            "extended_storage": "none"})"));
    QCOMPARE(d.name, QString());
    QCOMPARE(d.evsGb, 5);
    QVERIFY(d.autoStop);
    QCOMPARE(d.storage, NotebookDraft::Storage::Evs);
    QCOMPARE(d.tags.size(), 1);
    QCOMPARE(d.tags.first().key, QStringLiteral("k"));
    QVERIFY(d.extendedStorage.isEmpty());
}

void TestNotebookDraft::generatedName()
{
    const QString a = NotebookDraft::generateName(QDate(2026, 12, 6));
    QVERIFY2(QRegularExpression(QStringLiteral("^notebook-1206-[a-z0-9]{4}$")).match(a).hasMatch(), qPrintable(a));
    QVERIFY(NotebookDraft::generateName(QDate(2026, 1, 9)).startsWith(QStringLiteral("notebook-0109-")));
    // Random enough that two forms opened the same day do not clash.
    QSet<QString> names;
    for (int i = 0; i < 20; ++i)
        names.insert(NotebookDraft::generateName(QDate(2026, 12, 6)));
    QVERIFY(names.size() > 15);
}

void TestNotebookDraft::createBodyEvs()
{
    NotebookDraft d;
    d.name = QStringLiteral(" nb-1 ");
    d.imageId = QStringLiteral("img");
    d.flavorId = QStringLiteral("cpu.2u");
    d.evsGb = 20;
    d.poolId = QStringLiteral("local"); // ignored: the public pool is chosen
    d.secret = QStringLiteral("never sent");
    d.extendedStorage = { { QStringLiteral("OBS"), QStringLiteral("obs://b/d/"), QStringLiteral("/mnt/d") } };
    const api::NotebookCreate body = d.toCreateRequest(QStringLiteral("0"));
    QCOMPARE(body.name, QStringLiteral("nb-1"));
    QCOMPARE(body.imageId, QStringLiteral("img"));
    QCOMPARE(body.flavor, QStringLiteral("cpu.2u"));
    QCOMPARE(body.feature.value_or(QStringLiteral("<none>")), QStringLiteral("NOTEBOOK"));
    QCOMPARE(body.volume.category.value_or(QStringLiteral("<none>")), QStringLiteral("EVS"));
    QCOMPARE(body.volume.ownership.value_or(QStringLiteral("<none>")), QStringLiteral("MANAGED"));
    QCOMPARE(body.volume.capacity.value_or(-1), 20);
    QVERIFY(!body.volume.uri);
    QVERIFY(!body.poolId);
    QVERIFY(!body.description);
    QVERIFY(!body.endpoints);
    QVERIFY(!body.tags);
    QCOMPARE(body.workspaceId.value_or(QStringLiteral("<none>")), QStringLiteral("0"));
    const std::string json = api::dumpJson(api::encode(body)).toStdString();
    QVERIFY(json.find("never sent") == std::string::npos);
    QVERIFY(json.find("/mnt/d") == std::string::npos);
    QVERIFY(!d.toCreateRequest(QString()).workspaceId);
}

void TestNotebookDraft::createBodySfsOnDedicatedPool()
{
    NotebookDraft d;
    d.poolKind = NotebookDraft::PoolKind::Dedicated;
    d.poolId = QStringLiteral("pool-a");
    d.storage = NotebookDraft::Storage::Sfs;
    d.sfsId = QStringLiteral(" sfs-1 ");
    d.sfsSubdirectory = QStringLiteral("/team");
    d.sfsReadOnly = true;
    const api::NotebookCreate body = d.toCreateRequest(QStringLiteral("0"));
    QCOMPARE(body.poolId.value_or(QStringLiteral("<none>")), QStringLiteral("pool-a"));
    QCOMPARE(body.volume.category.value_or(QStringLiteral("<none>")), QStringLiteral("EFS"));
    QCOMPARE(body.volume.ownership.value_or(QStringLiteral("<none>")), QStringLiteral("DEDICATED"));
    QCOMPARE(body.volume.id.value_or(QStringLiteral("<none>")), QStringLiteral("sfs-1"));
    QCOMPARE(body.volume.uri.value_or(QStringLiteral("<none>")), QStringLiteral("/team"));
    QVERIFY(!body.volume.capacity);
}

void TestNotebookDraft::createBodyObsAndPfs()
{
    NotebookDraft d;
    d.storage = NotebookDraft::Storage::Obs;
    d.storagePath = QStringLiteral("obs://b/dir/");
    api::NotebookCreate body = d.toCreateRequest(QStringLiteral("0"));
    QCOMPARE(body.volume.category.value_or(QStringLiteral("<none>")), QStringLiteral("OBS"));
    QCOMPARE(body.volume.uri.value_or(QStringLiteral("<none>")), QStringLiteral("obs://b/dir/"));
    d.storage = NotebookDraft::Storage::Pfs;
    body = d.toCreateRequest(QStringLiteral("0"));
    QCOMPARE(body.volume.category.value_or(QStringLiteral("<none>")), QStringLiteral("OBSFS"));
}

void TestNotebookDraft::createBodyAutoStop_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<qint64>("durationMs");
    QTest::newRow("default 1 h") << true << 1 << QString() << qint64(3600000);
    QTest::newRow("2 h") << true << 2 << QString() << qint64(7200000);
    QTest::newRow("4 h") << true << 4 << QString() << qint64(14400000);
    QTest::newRow("6 h") << true << 6 << QString() << qint64(21600000);
    QTest::newRow("custom 72 h") << true << 0 << QStringLiteral("72") << qint64(259200000);
    QTest::newRow("custom 3 h") << true << 0 << QStringLiteral(" 3 ") << qint64(10800000);
    QTest::newRow("off") << false << 4 << QString() << qint64(-1);
}

void TestNotebookDraft::createBodyAutoStop()
{
    QFETCH(bool, enabled);
    QFETCH(int, preset);
    QFETCH(QString, custom);
    QFETCH(qint64, durationMs);
    NotebookDraft d;
    d.autoStop = enabled;
    d.autoStopHours = preset;
    d.autoStopCustom = custom;
    QCOMPARE(d.toCreateRequest(QString()).duration.value_or(0), durationMs);
}

void TestNotebookDraft::createBodySshAndTags()
{
    NotebookDraft d;
    d.remoteSsh = true;
    d.keyPair = QStringLiteral(" KeyPair-9a64 ");
    d.whitelist = QStringLiteral(" 1.2.3.4, ,10.0.0.0/8 ");
    d.description = QStringLiteral("with ssh");
    d.tags = { { QStringLiteral(" env "), QStringLiteral("dev") }, { QStringLiteral("team"), QString() } };
    const api::NotebookCreate body = d.toCreateRequest(QStringLiteral("ws"));
    QVERIFY(body.endpoints);
    QCOMPARE(body.endpoints->size(), size_t(1));
    const api::NotebookEndpoint &ssh = body.endpoints->front();
    QCOMPARE(QStringList(ssh.keyPairNames->begin(), ssh.keyPairNames->end()),
        QStringList { QStringLiteral("KeyPair-9a64") });
    QCOMPARE(QStringList(ssh.allowedAccessIps->begin(), ssh.allowedAccessIps->end()),
        (QStringList { QStringLiteral("1.2.3.4"), QStringLiteral("10.0.0.0/8") }));
    QCOMPARE(ssh.service.value_or(QString()), QStringLiteral("SSH"));
    QCOMPARE(body.description.value_or(QStringLiteral("<none>")), QStringLiteral("with ssh"));
    QCOMPARE(body.tags->size(), size_t(2));
    QCOMPARE(body.tags->at(0).key.value_or(QStringLiteral("<none>")), QStringLiteral("env"));
    QCOMPARE(body.tags->at(0).value.value_or(QStringLiteral("<none>")), QStringLiteral("dev"));
    QCOMPARE(body.tags->at(1).value.value_or(QStringLiteral("<none>")), QString());
    // Off again: nothing about SSH is sent.
    d.remoteSsh = false;
    QVERIFY(!d.toCreateRequest(QString()).endpoints);
}

QTEST_GUILESS_MAIN(TestNotebookDraft)
#include "tst_notebookdraft.moc"
