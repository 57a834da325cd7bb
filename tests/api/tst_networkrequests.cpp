// The network request builders (api/networkrequests.h), then a network created, read,
// listed and deleted on the real local backend.

#include "api/networkrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QtTest>

using namespace ma::api;

class TestNetworkRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void lifecycleAgainstLocalBackend();
};

void TestNetworkRequests::builders()
{
    ApiRequest r = networks::create(makeNetworkCreateRequest(QStringLiteral("lab"), QStringLiteral("172.16.0.0/16")));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/networks"));
    const Json body = parseJson(r.body);
    QCOMPARE(body["kind"], Json("Network"));
    QCOMPARE(body["metadata"]["labels"]["os.modelarts/name"], Json("lab"));
    QCOMPARE(body["spec"]["cidr"], Json("172.16.0.0/16"));

    r = networks::list({ { QStringLiteral("labelSelector"), QStringLiteral("a=b") } });
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/networks"));
    QCOMPARE(r.query.size(), 1);
    QCOMPARE(networks::show(QStringLiteral("n-1")).path, QStringLiteral("/v1/{project_id}/networks/n-1"));
    r = networks::remove(QStringLiteral("n-1"));
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/networks/n-1"));
    QVERIFY(r.body.isEmpty());
}

void TestNetworkRequests::lifecycleAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    const auto created = decodeBody<Network>(ma::test::callAndWait(*client,
        networks::create(makeNetworkCreateRequest(QStringLiteral("lab-net"), QStringLiteral("172.16.0.0/16")))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString name = created.value.metadata->name.value_or(QString());
    QVERIFY(!name.isEmpty());
    QCOMPARE(networkDisplayName(created.value), QStringLiteral("lab-net"));

    const auto shown = decodeBody<Network>(ma::test::callAndWait(*client, networks::show(name)));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    QCOMPARE(shown.value.spec->cidr.value_or(QString()), QStringLiteral("172.16.0.0/16"));

    const auto list = decodeBody<NetworkList>(ma::test::callAndWait(*client, networks::list()));
    QVERIFY2(list.ok(), qPrintable(list.error.displayText()));
    QVERIFY(std::any_of(list.value.items.begin(), list.value.items.end(),
        [&](const Network &n) { return n.metadata && n.metadata->name == name; }));

    const ApiResult removed = ma::test::callAndWait(*client, networks::remove(name));
    QVERIFY2(removed.ok(), qPrintable(removed.error.displayText()));
}

QTEST_GUILESS_MAIN(TestNetworkRequests)
#include "tst_networkrequests.moc"
