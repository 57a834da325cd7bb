#include "commandline.h"
#include "profile.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ma::desktop;
using namespace Qt::StringLiterals;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void chooseStartProfile_data();
    void chooseStartProfile();
    void profileStoreRoundTrip();
    void localProfileAlwaysExists();
    void helpAndVersion();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCommandLine::init()
{
    m_settings.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
}

static Profile workProfile()
{
    Profile p;
    p.name = QStringLiteral("Work");
    p.kind = Profile::Kind::HuaweiCloud;
    p.region = QStringLiteral("cn-north-4");
    p.auth = Profile::AuthMethod::Password;
    p.accountName = QStringLiteral("acme");
    p.userName = QStringLiteral("alice");
    return p;
}

void TestCommandLine::chooseStartProfile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("lastUsed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("error"); // substring; empty: success
    QTest::addColumn<bool>("explicitChoice");

    const int local = int(Profile::Kind::Local);
    const int cloud = int(Profile::Kind::HuaweiCloud);
    const int environment = int(Profile::Kind::Environment);
    const QStringList keys { QStringLiteral("HUAWEICLOUD_SDK_AK=AK1"), QStringLiteral("HUAWEICLOUD_SDK_SK=SK1") };

    QTest::newRow("nothing → Local") << QStringList() << QStringList() << QString() << local << u"Local"_s << u"local"_s
                                     << QString() << QString() << QString() << false;
    QTest::newRow("nothing, last used Work") << QStringList() << QStringList() << u"Work"_s << cloud << u"Work"_s
                                             << u"cn-north-4"_s << QString() << QString() << QString() << false;
    QTest::newRow("last used is gone → Local") << QStringList() << QStringList() << u"Gone"_s << local << u"Local"_s
                                               << u"local"_s << QString() << QString() << QString() << false;
    QTest::newRow("env AK/SK → Environment")
        << QStringList()
        << (keys + QStringList { u"HUAWEICLOUD_SDK_REGION=cn-east-3"_s, u"HUAWEICLOUD_SDK_PROJECT_ID=p1"_s })
        << QString() << environment << u"Environment"_s << u"cn-east-3"_s << QString() << u"p1"_s << QString() << true;
    QTest::newRow("options beat env") << QStringList { u"--region"_s, u"ap-southeast-1"_s, u"--project-id"_s,
        u"p2"_s } << (keys + QStringList { u"HUAWEICLOUD_SDK_REGION=cn-east-3"_s, u"HUAWEICLOUD_SDK_PROJECT_ID=p1"_s })
                                      << QString() << environment << u"Environment"_s << u"ap-southeast-1"_s
                                      << QString() << u"p2"_s << QString() << true;
    QTest::newRow("env AK/SK without region") << QStringList() << keys << QString() << environment << QString()
                                              << QString() << QString() << QString() << u"region"_s << false;
    QTest::newRow("--endpoint + --region")
        << QStringList { u"--endpoint"_s, u"http://127.0.0.1:8080"_s, u"--region"_s, u"local"_s } << QStringList()
        << u"Work"_s << environment << u"Environment"_s << u"local"_s << u"http://127.0.0.1:8080"_s << QString()
        << QString() << true;
    QTest::newRow("--profile wins over env")
        << QStringList { u"--profile"_s, u"Work"_s } << (keys + QStringList { u"HUAWEICLOUD_SDK_REGION=cn-east-3"_s })
        << u"Local"_s << cloud << u"Work"_s << u"cn-north-4"_s << QString() << QString() << QString() << true;
    QTest::newRow("--profile with overrides")
        << QStringList { u"--profile=Work"_s, u"--endpoint=https://modelarts.example.com"_s, u"--region=eu-west-101"_s }
        << QStringList() << QString() << cloud << u"Work"_s << u"eu-west-101"_s << u"https://modelarts.example.com"_s
        << QString() << QString() << true;
    QTest::newRow("--profile Local") << QStringList { u"--profile"_s, u"Local"_s } << keys << u"Work"_s << local
                                     << u"Local"_s << u"local"_s << QString() << QString() << QString() << true;
    QTest::newRow("unknown --profile") << QStringList { u"--profile"_s, u"Nope"_s } << QStringList() << QString()
                                       << local << QString() << QString() << QString() << QString()
                                       << u"no connection profile named \"Nope\""_s << false;
    QTest::newRow("bad URL") << QStringList { u"--endpoint"_s, u"not a url"_s, u"--region"_s, u"local"_s }
                             << QStringList() << QString() << local << QString() << QString() << QString() << QString()
                             << u"--endpoint: \"not a url\" is not an http or https URL."_s << false;
    QTest::newRow("ftp URL") << QStringList { u"--iam-endpoint"_s, u"ftp://iam.example.com"_s } << QStringList()
                             << QString() << local << QString() << QString() << QString() << QString()
                             << u"--iam-endpoint: \"ftp://iam.example.com\" is not an http or https URL."_s << false;
    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << QStringList() << QString() << local << QString()
                                    << QString() << QString() << QString() << u"bogus"_s << false;
    QTest::newRow("--region alone") << QStringList { u"--region"_s, u"cn-north-4"_s } << QStringList() << QString()
                                    << local << QString() << QString() << QString() << QString() << u"--region"_s
                                    << false;
}

void TestCommandLine::chooseStartProfile()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, lastUsed);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, projectId);
    QFETCH(QString, error);
    QFETCH(bool, explicitChoice);

    ProfileStore store(m_settings.get());
    QVERIFY(store.save(workProfile()));
    if (!lastUsed.isEmpty())
        store.setLastUsed(lastUsed);

    QProcessEnvironment environment;
    for (const QString &pair : std::as_const(env))
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));

    const StartChoice choice
        = ma::desktop::chooseStartProfile(QStringList { u"modelarts-desktop"_s } + args, environment, store);
    if (!error.isEmpty())
    {
        QVERIFY2(!choice.ok(), qPrintable(choice.profile.name));
        QVERIFY2(choice.error.contains(error, Qt::CaseInsensitive), qPrintable(choice.error));
        return;
    }
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(int(choice.profile.kind), kind);
    QCOMPARE(choice.profile.name, name);
    QCOMPARE(choice.profile.region, region);
    QCOMPARE(choice.profile.modelArtsEndpoint.toString(), endpoint);
    QCOMPARE(choice.profile.projectId, projectId);
    QCOMPARE(choice.explicitChoice, explicitChoice);
}

void TestCommandLine::profileStoreRoundTrip()
{
    ProfileStore store(m_settings.get());
    Profile p = workProfile();
    p.auth = Profile::AuthMethod::AccessKey;
    p.accessKeyId = QStringLiteral("AKID");
    p.modelArtsEndpoint = QUrl(QStringLiteral("https://modelarts.example.com"));
    p.iamEndpoint = QUrl(QStringLiteral("https://iam.example.com"));
    p.cloudDomain = QStringLiteral("example.com");
    p.projectId = QStringLiteral("pid");
    p.workspaceId = QStringLiteral("ws1");
    p.useLegacyTrainingApi = true;
    QVERIFY(store.save(p));

    ProfileStore reread(m_settings.get());
    const std::optional<Profile> back = reread.profile(QStringLiteral("Work"));
    QVERIFY(back);
    QCOMPARE(*back, p);
    QCOMPARE(reread.profiles().size(), 2);
    QCOMPARE(reread.profiles().constFirst().name, QStringLiteral("Local"));

    QString error;
    Profile bad = p;
    bad.name = QStringLiteral("a/b");
    QVERIFY(!store.save(bad, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.remove(QStringLiteral("Work")));
    QVERIFY(!store.contains(QStringLiteral("Work")));
}

void TestCommandLine::localProfileAlwaysExists()
{
    ProfileStore store(m_settings.get());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst(), Profile::local());
    QVERIFY(!store.remove(QStringLiteral("Local")));
    Profile fake = workProfile();
    fake.name = QStringLiteral("Local");
    QVERIFY(!store.save(fake));
    QCOMPARE(store.profile(QStringLiteral("Local"))->kind, Profile::Kind::Local);
}

void TestCommandLine::helpAndVersion()
{
    QString error;
    const std::optional<CommandLineOptions> help = CommandLine::parse({ u"modelarts-desktop"_s, u"--help"_s }, &error);
    QVERIFY(help);
    QVERIFY(help->helpRequested);
    QVERIFY(help->helpText.contains(u"--endpoint"_s));
    QVERIFY(help->helpText.contains(u"--project-id"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
