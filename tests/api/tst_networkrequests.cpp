// The network request builders (api/networkrequests.h), then a network created, read,
// listed and deleted on the real local backend.

#include "api/networkrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"

#include <QHostAddress>
#include <QtTest>

using namespace ma::api;

class TestNetworkRequests final : public QObject
{
    Q_OBJECT

private slots:
    void builders();
    void lifecycleAgainstLocalBackend();
    void interconnectAgainstLocalBackend();
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

    PeerConnection peer;
    peer.peerVpcId = QStringLiteral("vpc-1");
    peer.peerSubnetId = QStringLiteral("subnet-1");
    r = networks::setPeerConnections(QStringLiteral("n-1"), { peer });
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/networks/n-1"));
    QCOMPARE(r.contentType, QByteArray("application/merge-patch+json"));
    QCOMPARE(parseJson(r.body),
        parseJson(QByteArrayLiteral(
            R"({"spec":{"connection":{"peerConnectionList":[{"peerVpcId":"vpc-1","peerSubnetId":"subnet-1"}]}}})")));
    QCOMPARE(parseJson(networks::setPeerConnections(QStringLiteral("n-1"), {}).body),
        parseJson(QByteArrayLiteral(R"({"spec":{"connection":{"peerConnectionList":[]}}})")));

    r = networks::vpcs();
    QCOMPARE(r.service, Service::Vpc);
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/vpcs"));
    r = networks::subnets(QStringLiteral("vpc-1"));
    QCOMPARE(r.service, Service::Vpc);
    QCOMPARE(r.path, QStringLiteral("/v1/{project_id}/subnets"));
    QCOMPARE(r.query, (QueryItems { { QStringLiteral("vpc_id"), QStringLiteral("vpc-1") } }));
    QVERIFY(networks::subnets().query.isEmpty());
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

void TestNetworkRequests::interconnectAgainstLocalBackend()
{
    ma::test::LocalBackend backend(ma::test::LocalBackend::Options { 50.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<ApiClient> client = backend.accessKeyClient();

    // The VPC catalogue: VPCs, and subnets of all or of one VPC.
    const auto vpcs = decodeBody<VpcList>(ma::test::callAndWait(*client, networks::vpcs()));
    QVERIFY2(vpcs.ok(), qPrintable(vpcs.error.displayText()));
    QVERIFY(vpcs.value.vpcs.size() >= 2);
    const auto all = decodeBody<SubnetList>(ma::test::callAndWait(*client, networks::subnets()));
    QVERIFY2(all.ok(), qPrintable(all.error.displayText()));
    const QString vpcId = vpcs.value.vpcs.front().id;
    const auto ofVpc = decodeBody<SubnetList>(ma::test::callAndWait(*client, networks::subnets(vpcId)));
    QVERIFY2(ofVpc.ok(), qPrintable(ofVpc.error.displayText()));
    QVERIFY(!ofVpc.value.subnets.empty());
    QVERIFY(ofVpc.value.subnets.size() < all.value.subnets.size());
    for (const Subnet &s : ofVpc.value.subnets)
        QCOMPARE(s.vpcId.value_or(QString()), vpcId);

    const auto created = decodeBody<Network>(ma::test::callAndWait(*client,
        networks::create(makeNetworkCreateRequest(QStringLiteral("peer-net"), QStringLiteral("172.20.0.0/16")))));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString name = created.value.metadata->name.value_or(QString());

    // Subnets overlapping neither the network nor each other, found in the catalogue.
    std::vector<Subnet> free;
    std::vector<std::pair<Subnet, Subnet>> overlapping;
    for (const Subnet &s : all.value.subnets)
    {
        const QString cidr = s.cidr.value_or(QString());
        const auto parsed = QHostAddress::parseSubnet(cidr);
        if (parsed.first.isInSubnet(QHostAddress(QStringLiteral("172.20.0.0")), 16))
            continue;
        bool clash = false;
        for (const Subnet &f : free)
        {
            const auto other = QHostAddress::parseSubnet(f.cidr.value_or(QString()));
            if (parsed.first.isInSubnet(other.first, other.second)
                || other.first.isInSubnet(parsed.first, parsed.second))
            {
                clash = true;
                if (overlapping.empty())
                    overlapping.emplace_back(f, s);
            }
        }
        if (!clash)
            free.push_back(s);
    }
    QVERIFY2(free.size() > 10, "the catalogue offers more than 10 subnets that can be interconnected together");
    QVERIFY2(!overlapping.empty(), "the catalogue has two overlapping subnets");
    const auto peerOf = [](const Subnet &s)
    {
        PeerConnection p;
        p.peerVpcId = s.vpcId;
        p.peerSubnetId = s.id;
        return p;
    };

    // Two subnets: stored in spec.connection, every link Active in the status.
    const auto two = decodeBody<Network>(
        ma::test::callAndWait(*client, networks::setPeerConnections(name, { peerOf(free[0]), peerOf(free[1]) })));
    QVERIFY2(two.ok(), qPrintable(two.error.displayText()));
    const auto shown = decodeBody<Network>(ma::test::callAndWait(*client, networks::show(name)));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const std::vector<PeerConnection> peers = peerConnections(shown.value);
    QCOMPARE(peers.size(), size_t(2));
    QCOMPARE(peers[1].peerSubnetId.value_or(QString()), free[1].id);
    const auto &status = shown.value.status->connectionStatus->peerConnectionStatus;
    QVERIFY(status);
    QCOMPARE(status->size(), size_t(2));
    QCOMPARE(status->front().phase.value_or(QString()), QStringLiteral("Active"));

    // Refused with a ModelArts error body, and nothing changed.
    const auto refused = [&](const std::vector<PeerConnection> &list, const QString &words)
    {
        const ApiResult r = ma::test::callAndWait(*client, networks::setPeerConnections(name, list));
        if (r.httpStatus != 400 || r.error.code != u"ModelArts.50004000" || !r.error.message.contains(words))
            return QStringLiteral("%1 %2 %3").arg(r.httpStatus).arg(r.error.code, r.error.message);
        return QString();
    };
    std::vector<PeerConnection> eleven;
    for (size_t i = 0; i < 11; ++i)
        eleven.push_back(peerOf(free[i]));
    QCOMPARE(refused(eleven, QStringLiteral("at most 10")), QString());
    eleven.pop_back();
    QCOMPARE(
        refused({ peerOf(overlapping[0].first), peerOf(overlapping[0].second) }, QStringLiteral("overlaps the subnet")),
        QString());
    PeerConnection unknown = peerOf(free[0]);
    unknown.peerSubnetId = QStringLiteral("no-such-subnet");
    QCOMPARE(refused({ unknown }, QStringLiteral("does not exist")), QString());
    PeerConnection wrongVpc = peerOf(free[0]);
    wrongVpc.peerVpcId = QStringLiteral("no-such-vpc");
    QCOMPARE(refused({ wrongVpc }, QStringLiteral("does not belong")), QString());
    const auto still = decodeBody<Network>(ma::test::callAndWait(*client, networks::show(name)));
    QCOMPARE(peerConnections(still.value).size(), size_t(2));

    // Ten is the limit, not beyond it.
    const auto ten = decodeBody<Network>(ma::test::callAndWait(*client, networks::setPeerConnections(name, eleven)));
    QVERIFY2(ten.ok(), qPrintable(ten.error.displayText()));
    QCOMPARE(peerConnections(ten.value).size(), size_t(10));

    // A subnet inside the network's own block is refused on a network that covers it.
    const auto wide = decodeBody<Network>(ma::test::callAndWait(*client,
        networks::create(makeNetworkCreateRequest(QStringLiteral("wide-net"), QStringLiteral("192.168.0.0/16")))));
    QVERIFY2(wide.ok(), qPrintable(wide.error.displayText()));
    const QString wideName = wide.value.metadata->name.value_or(QString());
    const auto inside = std::find_if(all.value.subnets.begin(), all.value.subnets.end(),
        [](const Subnet &s)
        {
            return QHostAddress::parseSubnet(s.cidr.value_or(QString()))
                .first.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
        });
    QVERIFY(inside != all.value.subnets.end());
    const ApiResult overlapNetwork
        = ma::test::callAndWait(*client, networks::setPeerConnections(wideName, { peerOf(*inside) }));
    QCOMPARE(overlapNetwork.httpStatus, 400);
    QVERIFY2(overlapNetwork.error.message.contains(QStringLiteral("overlaps the network's CIDR block 192.168.0.0/16")),
        qPrintable(overlapNetwork.error.message));

    // Off again: an empty list.
    const auto off = decodeBody<Network>(ma::test::callAndWait(*client, networks::setPeerConnections(name, {})));
    QVERIFY2(off.ok(), qPrintable(off.error.displayText()));
    QVERIFY(peerConnections(off.value).empty());
}

QTEST_GUILESS_MAIN(TestNetworkRequests)
#include "tst_networkrequests.moc"
