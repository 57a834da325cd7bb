// Region table and endpoint derivation (api.md §5), and credentials from the environment.

#include "api/credentials.h"
#include "api/regions.h"

#include <QTest>

using namespace ma::api;

class TestRegions : public QObject
{
    Q_OBJECT

private slots:
    void twentyTwoDistinctRegions();
    void modelArtsEndpoints_data();
    void modelArtsEndpoints();
    void iamEndpoints_data();
    void iamEndpoints();
    void overridesWin();
    void environmentCredentials();
};

void TestRegions::twentyTwoDistinctRegions()
{
    QSet<QString> ids;
    for (const Region &r : modelArtsRegions())
        ids.insert(r.id);
    QCOMPARE(modelArtsRegions().size(), 22);
    QCOMPARE(ids.size(), 22);
    QVERIFY(isKnownRegion(QStringLiteral("cn-north-4")));
    QVERIFY(!isKnownRegion(QStringLiteral("eu-west-0")));
}

void TestRegions::modelArtsEndpoints_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("beijing4") << QStringLiteral("cn-north-4") << QString()
                              << QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com");
    QTest::newRow("hong kong exception") << QStringLiteral("ap-southeast-1") << QString()
                                         << QStringLiteral("https://modelarts.ap-southeast-1.myhuaweicloud.cn");
    QTest::newRow("other cloud") << QStringLiteral("eu-de") << QStringLiteral("otc.t-systems.com")
                                 << QStringLiteral("https://modelarts.eu-de.otc.t-systems.com");
    QTest::newRow("other cloud hk") << QStringLiteral("ap-southeast-1") << QStringLiteral("example.org")
                                    << QStringLiteral("https://modelarts.ap-southeast-1.example.org");
}

void TestRegions::modelArtsEndpoints()
{
    QFETCH(QString, region);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    QCOMPARE(modelArtsEndpoint(region, domain).toString(), expected);
}

void TestRegions::iamEndpoints_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("regional") << QStringLiteral("cn-north-4")
                              << QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com");
    QTest::newRow("no regional entry") << QStringLiteral("cn-north-11")
                                       << QStringLiteral("https://iam.myhuaweicloud.com");
    QTest::newRow("eu") << QStringLiteral("eu-west-101") << QStringLiteral("https://iam.eu-west-101.myhuaweicloud.eu");
}

void TestRegions::iamEndpoints()
{
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(iamEndpoint(region).toString(), expected);
}

void TestRegions::overridesWin()
{
    const Endpoints e = endpointsFor(QStringLiteral("cn-north-4"), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(e.modelArts.toString(), QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(e.iam.toString(), QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com"));
    // A custom ModelArts endpoint (modelarts-local, say) also answers the VPC lists.
    QVERIFY(e.vpc.isEmpty());
    QCOMPARE(endpointsFor(QStringLiteral("cn-north-4")).vpc.toString(),
        QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com"));
}

void TestRegions::environmentCredentials()
{
    QProcessEnvironment env;
    QVERIFY(!credentialsFromEnvironment(env));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AK1"));
    QVERIFY(!credentialsFromEnvironment(env)); // SK missing
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral(" SK1 "));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN"), QStringLiteral("tok"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("p1"));
    const auto c = credentialsFromEnvironment(env);
    QVERIFY(c);
    QCOMPARE(c->keys.accessKey, QByteArray("AK1"));
    QCOMPARE(c->keys.secretKey, QByteArray("SK1"));
    QCOMPARE(c->keys.securityToken, QByteArray("tok"));
    QCOMPARE(c->projectId, QStringLiteral("p1"));
}

QTEST_APPLESS_MAIN(TestRegions)
#include "tst_regions.moc"
