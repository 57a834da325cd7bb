// Network resource types (api/types/network.h): own fixtures, round trips, strict
// create-body errors, tolerance, helpers, and the published examples EX074-EX076.

#include "api/types/network.h"
#include "specexamples.h"
#include "typetesthelpers.h"

#include <functional>
#include <QRegularExpression>
#include <QTest>

using namespace ma::api;
using namespace ma::test;
using namespace Qt::StringLiterals;

using RoundTripFn = std::function<Json(const Json &)>;
using ProbeFn = std::function<QString(const Json &)>;

namespace
{
Json fixture(const QString &name)
{
    return parseJson(ma::test::readTestData(QStringLiteral("network/") + name));
}

void checkNetwork(const Json &raw)
{
    const Network n = fromJson<Network>(raw);
    QCOMPARE(n.kind.value_or(QString()), text(raw["kind"]));
    QCOMPARE(n.metadata->name.value_or(QString()), text(raw["metadata"]["name"]));
    QCOMPARE(n.metadata->creationTimestamp.value_or(QString()), text(raw["metadata"]["creationTimestamp"]));
    QCOMPARE(networkDisplayName(n), text(raw["metadata"]["labels"]["os.modelarts/name"]));
    QCOMPARE(n.spec->cidr.value_or(QString()), text(raw["spec"]["cidr"]));
    QVERIFY(n.spec->connection.has_value() == raw["spec"].contains("connection"));
    QCOMPARE(n.status->phase.value_or(u"<absent>"_s), text(raw["status"]["phase"]));
    checkRoundTrip(n, raw);
}

Json mutated(const QString &file, const QString &change)
{
    return ma::test::withChange(fixture(file), change);
}
} // namespace

class TestNetworkTypes final : public QObject
{
    Q_OBJECT

private slots:
    void networkValues();
    void listValues();
    void createRequest();
    void roundTrip_data();
    void roundTrip();
    void strictErrors_data();
    void strictErrors();
    void tolerance();
    void publishedExamples();
};

void TestNetworkTypes::networkValues()
{
    const Network n = fromJson<Network>(fixture(u"network_full.json"_s));
    QCOMPARE(n.apiVersion.value_or(QString()), u"v1"_s);
    QCOMPARE(n.metadata->name.value_or(QString()), u"network-lab-0a1b2c3d4e5f"_s);
    QCOMPARE(networkDisplayName(n), u"network-lab"_s);
    QCOMPARE(k8sLabel(n.metadata, PoolLabel::WorkspaceId.toString()), u"0"_s);
    QCOMPARE(n.metadata->annotations->at(u"os.modelarts/description"_s), u"lab network"_s);
    QVERIFY(n.metadata->extra.contains("finalizers"));
    QCOMPARE(n.spec->cidr.value_or(QString()), u"172.16.0.0/16"_s);
    QCOMPARE(n.spec->ipv6enable.value_or(false), true);
    const NetworkConnection &conn = *n.spec->connection;
    QCOMPARE(conn.peerConnectionList->front().peerVpcId.value_or(QString()), u"vpc-peer-1"_s);
    QCOMPARE(conn.peerConnectionList->front().defaultGateWay.value_or(false), true);
    QCOMPARE(conn.sfsTurboConnectionList->front().sfsId.value_or(QString()), u"sfs-turbo-0001"_s);
    QVERIFY(conn.sfsTurboConnectionList->front().extra["mode"] == Json("fast"));
    QCOMPARE(n.status->phase.value_or(QString()), NetworkPhase::Active.toString());
    const NetworkConnectionStatus &cs = *n.status->connectionStatus;
    QCOMPARE(cs.peerConnectionStatus->front().phase.value_or(QString()), NetworkPhase::Active.toString());
    QCOMPARE(cs.sfsTurboStatus->front().connectionType.value_or(QString()), u"VpcPort"_s);
    QCOMPARE(cs.sfsTurboStatus->front().ipAddr.value_or(QString()), u"172.16.0.9"_s);
    QVERIFY(cs.sfsTurboStatus->front().extra["lastProbe"] == Json("ok"));
    QVERIFY(n.status->extra["subnetsUsed"] == Json(3));
}

void TestNetworkTypes::listValues()
{
    const NetworkList list = fromJson<NetworkList>(fixture(u"network_list.json"_s));
    QCOMPARE(list.kind.value_or(QString()), u"NetworkList"_s);
    QVERIFY(k8sListHasMore(list.metadata));
    QCOMPARE(list.metadata->continue_.value_or(QString()), u"token-2"_s);
    QCOMPARE(list.metadata->remainingItemCount.value_or(0), 4LL);
    QCOMPARE(int(list.items.size()), 2);
    QCOMPARE(networkDisplayName(list.items[0]), u"network-a"_s);
    QCOMPARE(networkDisplayName(list.items[1]), u"network-b-0002"_s); // no label: metadata.name
    QCOMPARE(list.items[0].status->phase.value_or(QString()), NetworkPhase::Creating.toString());
    QCOMPARE(list.items[1].status->phase.value_or(QString()), NetworkPhase::Abnormal.toString());
    QCOMPARE(networkDisplayName(Network()), QString());
}

void TestNetworkTypes::createRequest()
{
    const Json file = fixture(u"network_create.json"_s);
    const NetworkCreateRequest req = fromJson<NetworkCreateRequest>(file);
    QCOMPARE(req.metadata.labels->at(PoolLabel::Name.toString()), u"network-lab"_s);
    QCOMPARE(req.spec.cidr.value_or(QString()), u"172.16.0.0/16"_s);
    QCOMPARE(req.spec.ipv6enable.value_or(true), false);

    // The builder produces exactly the documented body.
    const NetworkCreateRequest built = makeNetworkCreateRequest(u"network-lab"_s, u"172.16.0.0/16"_s, u"0"_s, false);
    QVERIFY(sameJson(encode(built), file));
    // Without a workspace or IPv6 choice those keys are left out.
    const Json minimal = encode(makeNetworkCreateRequest(u"net-x"_s, u"192.168.0.0/16"_s));
    QVERIFY(sameJson(minimal, parseJson(R"({"apiVersion":"v1","kind":"Network",
        "metadata":{"labels":{"os.modelarts/name":"net-x"}},"spec":{"cidr":"192.168.0.0/16"}})")));
    QCOMPARE(fromJson<NetworkCreateRequest>(minimal).spec.cidr.value_or(QString()), u"192.168.0.0/16"_s);
}

void TestNetworkTypes::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RoundTripFn>("run");
    QTest::newRow("network") << u"network_full.json"_s << RoundTripFn(reencode<Network>);
    QTest::newRow("list") << u"network_list.json"_s << RoundTripFn(reencode<NetworkList>);
    QTest::newRow("create") << u"network_create.json"_s << RoundTripFn(reencode<NetworkCreateRequest>);
    QTest::newRow("create read as network") << u"network_create.json"_s << RoundTripFn(reencode<Network>);
}

void TestNetworkTypes::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(RoundTripFn, run);
    const Json raw = fixture(file);
    QVERIFY(sameJson(run(raw), raw));
}

void TestNetworkTypes::strictErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<ProbeFn>("probe");
    QTest::addColumn<QString>("path");

    const ProbeFn create = errorPath<NetworkCreateRequest>;
    QTest::newRow("create without cidr") << u"network_create.json"_s << u"/spec/cidr"_s << create << u"spec.cidr"_s;
    QTest::newRow("create with empty cidr")
        << u"network_create.json"_s << u"/spec/cidr=\"\""_s << create << u"spec.cidr"_s;
    QTest::newRow("create without name label") << u"network_create.json"_s << u"/metadata/labels/os.modelarts~1name"_s
                                               << create << u"metadata.labels.os.modelarts/name"_s;
    QTest::newRow("create without labels")
        << u"network_create.json"_s << u"/metadata/labels"_s << create << u"metadata.labels"_s;
    QTest::newRow("create without metadata") << u"network_create.json"_s << u"/metadata"_s << create << u"metadata"_s;
    QTest::newRow("create without spec") << u"network_create.json"_s << u"/spec"_s << create << u"spec"_s;
    QTest::newRow("create ipv6enable not a bool")
        << u"network_create.json"_s << u"/spec/ipv6enable=\"maybe\""_s << create << u"spec.ipv6enable"_s;
    QTest::newRow("network cidr object") << u"network_full.json"_s << u"/spec/cidr={}"_s << ProbeFn(errorPath<Network>)
                                         << u"spec.cidr"_s;
    QTest::newRow("network peer gateway text")
        << u"network_full.json"_s << u"/spec/connection/peerConnectionList/0/defaultGateWay=\"sometimes\""_s
        << ProbeFn(errorPath<Network>) << u"spec.connection.peerConnectionList[0].defaultGateWay"_s;
    QTest::newRow("network sfs status not a list")
        << u"network_full.json"_s << u"/status/connectionStatus/sfsTurboStatus={}"_s << ProbeFn(errorPath<Network>)
        << u"status.connectionStatus.sfsTurboStatus"_s;
    QTest::newRow("list item ipv6enable text") << u"network_list.json"_s << u"/items/1/spec/ipv6enable=\"maybe\""_s
                                               << ProbeFn(errorPath<NetworkList>) << u"items[1].spec.ipv6enable"_s;
    QTest::newRow("list item not an object")
        << u"network_list.json"_s << u"/items/0=\"network-a\""_s << ProbeFn(errorPath<NetworkList>) << u"items[0]"_s;
}

void TestNetworkTypes::strictErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(ProbeFn, probe);
    QFETCH(QString, path);
    QCOMPARE(probe(fixture(file)), u"<no error>"_s);
    QCOMPARE(probe(mutated(file, change)), path);
}

void TestNetworkTypes::tolerance()
{
    // The create reply carries phase "" and empty objects.
    const Network fresh = fromJson<Network>(parseJson(
        R"({"kind":"Network","metadata":{"name":"n1","annotations":{}},"spec":{"connection":{}},"status":{"phase":""}})"));
    QCOMPARE(fresh.status->phase.value_or(u"<absent>"_s), QString());
    QVERIFY(fresh.spec->connection && !fresh.spec->connection->peerConnectionList);
    QCOMPARE(networkDisplayName(fresh), u"n1"_s);

    // Booleans as strings, lists as null.
    Json j = fixture(u"network_full.json"_s);
    j["spec"]["ipv6enable"] = "false";
    j["spec"]["connection"]["peerConnectionList"][0]["defaultGateWay"] = 1;
    const Network n = fromJson<Network>(j);
    QCOMPARE(n.spec->ipv6enable.value_or(true), false);
    QCOMPARE(n.spec->connection->peerConnectionList->front().defaultGateWay.value_or(false), true);
    QVERIFY(fromJson<NetworkList>(parseJson(R"({"kind":"NetworkList","metadata":{},"items":null})")).items.empty());
    QVERIFY(!k8sListHasMore(fromJson<NetworkList>(parseJson(R"({"metadata":{}})")).metadata));
}

void TestNetworkTypes::publishedExamples()
{
    const QList<ExampleCase> cases = {
        { u"EX074"_s, false, checkNetwork },
        { u"EX075"_s, false,
            [](const Json &raw)
            {
                const NetworkList list = fromJson<NetworkList>(raw);
                QCOMPARE(int(list.items.size()), int(raw["items"].size()));
                QCOMPARE(k8sListHasMore(list.metadata), raw["metadata"].contains("continue"));
                for (const Json &item : raw["items"])
                    checkNetwork(item);
                checkRoundTrip(list, raw);
            } },
        { u"EX076"_s, false, checkNetwork },
    };
    if (!runExamples(cases, "network"))
        QSKIP("api_examples.md not found (set MA_SPEC_DIR)");
}

QTEST_APPLESS_MAIN(TestNetworkTypes)
#include "tst_networktypes.moc"
