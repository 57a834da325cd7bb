#include "profile.h"
#include "secretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ma::desktop;
using namespace Qt::StringLiterals;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memoryRoundTrip();
    void callbackSkippedWhenContextIsGone();
    void noSecretInSettings();
    void keychainFallsBackOnHeadlessMachine();
};

namespace
{
struct ReadOutcome
{
    bool done = false;
    bool found = false;
    Secret secret;
    QString error;
};

ReadOutcome readAndWait(SecretStore &store, const QString &key, int timeoutMs)
{
    ReadOutcome outcome;
    QObject context;
    store.read(key, &context,
        [&outcome](bool found, const Secret &secret, const QString &error) {
            outcome = { true, found, secret, error };
        });
    [&]
    {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, timeoutMs);
    }();
    return outcome;
}

bool writeAndWait(SecretStore &store, const QString &key, const Secret &secret, int timeoutMs, QString *error)
{
    bool done = false;
    bool ok = false;
    QObject context;
    store.write(key, secret, &context,
        [&](bool success, const QString &e)
        {
            done = true;
            ok = success;
            *error = e;
        });
    [&]
    {
        QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
    }();
    return done && ok;
}
} // namespace

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecretStore::memoryRoundTrip()
{
    SecretStore store(SecretStore::Backend::MemoryOnly);
    QVERIFY(!store.isPersistent());
    QString error;
    QVERIFY(writeAndWait(store, u"Work/huaweicloud/accesskey"_s, { u"sk-1"_s, u"token-1"_s }, 1000, &error));

    ReadOutcome r = readAndWait(store, u"Work/huaweicloud/accesskey"_s, 1000);
    QVERIFY(r.done);
    QVERIFY(r.found);
    QCOMPARE(r.secret, (Secret { u"sk-1"_s, u"token-1"_s }));

    r = readAndWait(store, u"Other/huaweicloud/password"_s, 1000);
    QVERIFY(r.done);
    QVERIFY(!r.found);
    QVERIFY(r.error.isEmpty());

    bool removed = false;
    QObject context;
    store.remove(u"Work/huaweicloud/accesskey"_s, &context, [&removed](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY(removed);
    r = readAndWait(store, u"Work/huaweicloud/accesskey"_s, 1000);
    QVERIFY(!r.found);
}

void TestSecretStore::callbackSkippedWhenContextIsGone()
{
    SecretStore store(SecretStore::Backend::MemoryOnly);
    bool called = false;
    {
        QObject context;
        store.read(u"k"_s, &context, [&called](bool, const Secret &, const QString &) { called = true; });
    }
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestSecretStore::noSecretInSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    const QString password = u"Pa55-word-never-stored"_s;
    const QString secretKey = u"SK-never-stored-0123456789"_s;
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets(SecretStore::Backend::MemoryOnly);

        Profile a;
        a.name = u"Password profile"_s;
        a.kind = Profile::Kind::HuaweiCloud;
        a.region = u"cn-north-4"_s;
        a.accountName = u"acme"_s;
        a.userName = u"alice"_s;
        QVERIFY(profiles.save(a));
        Profile b = a;
        b.name = u"Keys"_s;
        b.auth = Profile::AuthMethod::AccessKey;
        b.accessKeyId = u"AKIDVISIBLE"_s;
        QVERIFY(profiles.save(b));
        profiles.setLastUsed(b.name);

        QString error;
        QVERIFY(writeAndWait(secrets, a.secretKey(), { password, {} }, 1000, &error));
        QVERIFY(writeAndWait(secrets, b.secretKey(), { secretKey, u"TOKEN-never-stored"_s }, 1000, &error));
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("AKIDVISIBLE")); // the file is the one written
    QVERIFY(content.contains("[Profiles]") || content.contains("Profiles"));
    QVERIFY(!content.contains(password.toUtf8()));
    QVERIFY(!content.contains(secretKey.toUtf8()));
    QVERIFY(!content.contains("TOKEN-never-stored"));
}

void TestSecretStore::keychainFallsBackOnHeadlessMachine()
{
    // On a desktop with a keychain this is a real round trip; on a headless box the store
    // must fall back to memory with a reason, and never hang.
    SecretStore store(SecretStore::Backend::Keychain);
    store.setTimeoutMs(5000);
    QSignalSpy fellBack(&store, &SecretStore::fellBackToMemory);
    const QString key = u"tst_secretstore/huaweicloud/password"_s;

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(writeAndWait(store, key, { u"s3cret"_s, {} }, 8000, &error));
    QVERIFY2(timer.elapsed() < 8000, "the keychain write hung");

    if (store.isPersistent())
    {
        QVERIFY(store.fallbackReason().isEmpty());
        qInfo("A keychain is available here: %s", "checking a real round trip");
    }
    else
    {
        QCOMPARE(fellBack.count(), 1);
        QVERIFY(!store.fallbackReason().isEmpty());
        qInfo("Fallback reason: %s", qPrintable(store.fallbackReason()));
    }
    const ReadOutcome r = readAndWait(store, key, 8000);
    QVERIFY(r.done);
    QVERIFY(r.found);
    QCOMPARE(r.secret.secret, u"s3cret"_s);

    bool removed = false;
    QObject context;
    store.remove(key, &context, [&removed](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 8000);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
