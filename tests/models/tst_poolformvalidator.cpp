// The "Buy AI Dedicated Cluster" rules (pools_monitoring.md §1.1) and the Create Network
// dialog's CIDR rules (§1.0) on drafts: every rule with its exact message, field and row;
// rules of hidden fields not applied; warnings do not block submit; the draft's JSON round
// trip and its P-1 create body.

#include "models/poolformvalidator.h"

#include <functional>
#include <QtTest>

using namespace ma;
using models::KeyValue;
using models::PoolDraft;
using models::PoolField;
using models::PoolFormContext;
using models::PoolIssue;

using Mutation = std::function<void(PoolDraft &, PoolFormContext &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(ma::models::PoolField)

namespace
{
/** A valid draft: one x86 CPU flavor, two instances, an active network. */
PoolDraft base()
{
    PoolDraft d;
    d.name = QStringLiteral("pool-a1");
    d.network = QStringLiteral("net-1");
    d.flavors = { { QStringLiteral("cpu.8u"), 2, {}, 0 } };
    return d;
}

PoolFormContext baseContext()
{
    PoolFormContext c;
    c.flavors.insert(QStringLiteral("cpu.8u"), { QStringLiteral("x86"), QStringLiteral("CPU"), false, false });
    c.flavors.insert(QStringLiteral("gpu.t4"), { QStringLiteral("x86"), QStringLiteral("GPU"), false, false });
    c.flavors.insert(QStringLiteral("snt9.8"), { QStringLiteral("arm64"), QStringLiteral("Ascend"), false, false });
    c.flavors.insert(QStringLiteral("snt9c.8"), { QStringLiteral("arm64"), QStringLiteral("Ascend"), false, true });
    c.flavors.insert(QStringLiteral("gone"), { QStringLiteral("x86"), QStringLiteral("GPU"), true, false });
    c.networks.insert(QStringLiteral("net-1"), { QStringLiteral("Active"), QStringLiteral("192.168.0.0/16") });
    c.networks.insert(QStringLiteral("net-new"), { QStringLiteral("Creating"), QStringLiteral("192.169.0.0/16") });
    c.existingPoolNames = { QStringLiteral("taken") };
    return c;
}
} // namespace

class TestPoolFormValidator : public QObject
{
    Q_OBJECT

private slots:
    void validBaseHasNoIssue();
    void rule_data();
    void rule();
    void hiddenFieldsAreNotChecked();
    void warningsDoNotBlock();
    void formOrder();
    void networkCidr_data();
    void networkCidr();
    void networkName();
    void overlap();
    void jsonRoundTrip();
    void createBody();
    void createBodyManualAzAndStorage();
};

void TestPoolFormValidator::validBaseHasNoIssue()
{
    QCOMPARE(models::validatePoolDraft(base(), baseContext()), QList<PoolIssue>());
}

void TestPoolFormValidator::rule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<PoolField>("field");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");

    const auto name = [](const QString &n)
    {
        return Mutation([n](PoolDraft &d, PoolFormContext &) { d.name = n; });
    };
    QTest::newRow("name empty") << name(QString()) << PoolField::Name << -1 << "Enter a cluster name.";
    QTest::newRow("name 3") << name(QStringLiteral("abc")) << PoolField::Name << -1
                            << "The name must be 4 to 25 characters long.";
    QTest::newRow("name 26") << name(QStringLiteral("a").repeated(26)) << PoolField::Name << -1
                             << "The name must be 4 to 25 characters long.";
    QTest::newRow("name digit first") << name(QStringLiteral("1pool")) << PoolField::Name << -1
                                      << "The name must start with a lowercase letter.";
    QTest::newRow("name upper first") << name(QStringLiteral("Pool")) << PoolField::Name << -1
                                      << "The name must start with a lowercase letter.";
    QTest::newRow("name final hyphen") << name(QStringLiteral("pool-")) << PoolField::Name << -1
                                       << "The name cannot end with a hyphen (-).";
    QTest::newRow("name underscore") << name(QStringLiteral("po_ol")) << PoolField::Name << -1
                                     << "Only lowercase letters, digits and hyphens (-) are allowed.";
    QTest::newRow("name taken") << name(QStringLiteral("taken")) << PoolField::Name << -1
                                << "A resource pool with this name already exists.";

    QTest::newRow("no job type") << Mutation([](PoolDraft &d, PoolFormContext &) { d.jobTypes.clear(); })
                                 << PoolField::JobTypes << -1 << "Select at least one job type.";

    QTest::newRow("no network") << Mutation([](PoolDraft &d, PoolFormContext &) { d.network.clear(); })
                                << PoolField::Network << -1 << "Select a network.";
    QTest::newRow("network gone") << Mutation([](PoolDraft &d, PoolFormContext &) { d.network = QStringLiteral("x"); })
                                  << PoolField::Network << -1 << "The network no longer exists. Select another one.";
    QTest::newRow("network creating")
        << Mutation([](PoolDraft &d, PoolFormContext &) { d.network = QStringLiteral("net-new"); })
        << PoolField::Network << -1 << "The network is not active yet. Wait until it is Active or select another one.";

    QTest::newRow("no flavor") << Mutation([](PoolDraft &d, PoolFormContext &) { d.flavors.clear(); })
                               << PoolField::Flavors << -1 << "Add at least one specification.";
    QTest::newRow("11 flavors") << Mutation(
        [](PoolDraft &d, PoolFormContext &c)
        {
            d.flavors.clear();
            for (int i = 0; i < 11; ++i)
            {
                const QString id = QStringLiteral("f%1").arg(i);
                c.flavors.insert(id, { QStringLiteral("x86"), QStringLiteral("CPU"), false, false });
                d.flavors.append({ id, 1, {}, 0 });
            }
        }) << PoolField::Flavors << -1
                                << "A resource pool can have at most 10 specifications.";
    QTest::newRow("flavor empty") << Mutation([](PoolDraft &d, PoolFormContext &) { d.flavors[0].flavorId.clear(); })
                                  << PoolField::Flavors << 0 << "Select a specification.";
    QTest::newRow("flavor twice") << Mutation([](PoolDraft &d, PoolFormContext &) { d.flavors.append(d.flavors[0]); })
                                  << PoolField::Flavors << 1 << "Each specification can be added only once.";
    QTest::newRow("flavor unknown") << Mutation(
        [](PoolDraft &d, PoolFormContext &) { d.flavors[0].flavorId = QStringLiteral("nope"); })
                                    << PoolField::Flavors << 0 << "This specification is not offered in this region.";
    QTest::newRow("flavor arch") << Mutation(
        [](PoolDraft &d, PoolFormContext &) {
            d.flavors.append({ QStringLiteral("snt9.8"), 1, {}, 0 });
        }) << PoolField::Flavors << 1
                                 << "All specifications must have the CPU architecture chosen above (x86 or Arm64).";
    QTest::newRow("flavor sold out") << Mutation(
        [](PoolDraft &d, PoolFormContext &) { d.flavors[0].flavorId = QStringLiteral("gone"); })
                                     << PoolField::Flavors << 0
                                     << "This specification is sold out. Select another one.";
    QTest::newRow("count 0") << Mutation([](PoolDraft &d, PoolFormContext &) { d.flavors[0].count = 0; })
                             << PoolField::Flavors << 0 << "Enter at least 1 instance.";
    QTest::newRow("az all zero") << Mutation(
        [](PoolDraft &d, PoolFormContext &)
        {
            d.manualAz = true;
            d.flavors[0].azCounts = { { QStringLiteral("az1"), 0 } };
        }) << PoolField::Flavors << 0
                                 << "Set the number of instances in at least one AZ.";
    QTest::newRow("az negative") << Mutation(
        [](PoolDraft &d, PoolFormContext &)
        {
            d.manualAz = true;
            d.flavors[0].azCounts = { { QStringLiteral("az1"), 3 }, { QStringLiteral("az2"), -1 } };
        }) << PoolField::Flavors << 0
                                 << "AZ instance counts cannot be negative.";

    QTest::newRow("os") << Mutation([](PoolDraft &d, PoolFormContext &) { d.advancedNode = true; }) << PoolField::Os
                        << -1 << "Select an operating system.";

    const auto storage = [](std::function<void(PoolDraft &)> f)
    {
        return Mutation(
            [f](PoolDraft &d, PoolFormContext &)
            {
                d.storage = true;
                f(d);
            });
    };
    QTest::newRow("system disk 39") << storage([](PoolDraft &d) { d.systemDiskGiB = 39; }) << PoolField::SystemDisk
                                    << -1 << "The system disk must be 40 to 1,024 GiB.";
    QTest::newRow("system disk 1025") << storage([](PoolDraft &d) { d.systemDiskGiB = 1025; }) << PoolField::SystemDisk
                                      << -1 << "The system disk must be 40 to 1,024 GiB.";
    QTest::newRow("container disk 9") << storage([](PoolDraft &d) { d.containerDiskGiB = 9; })
                                      << PoolField::ContainerDisk << -1
                                      << "The container disk must be 10 to 32,768 GiB.";
    QTest::newRow("data disk size") << storage(
        [](PoolDraft &d) {
            d.dataDisks = { { QStringLiteral("SSD"), 32769, 1 } };
        }) << PoolField::DataDisks << 0
                                    << "A data disk must be 10 to 32,768 GiB.";
    QTest::newRow("data disk count") << storage(
        [](PoolDraft &d) {
            d.dataDisks = { { QStringLiteral("SSD"), 100, 0 } };
        }) << PoolField::DataDisks << 0
                                     << "Enter at least 1 disk.";
    QTest::newRow("engine 49") << Mutation([](PoolDraft &d, PoolFormContext &) { d.containerEngineGiB = 49; })
                               << PoolField::ContainerEngineSpace << -1
                               << "The container engine space must be at least 50 GiB.";
    QTest::newRow("engine over disk") << storage(
        [](PoolDraft &d)
        {
            d.containerDiskGiB = 100;
            d.containerEngineGiB = 101;
        }) << PoolField::ContainerEngineSpace
                                      << -1 << "The container engine space cannot exceed the container disk (100 GiB).";
    QTest::newRow("engine over flavor disk") << Mutation(
        [](PoolDraft &d, PoolFormContext &c)
        {
            c.containerDiskMaxGiB = 60;
            d.containerEngineGiB = 61;
        }) << PoolField::ContainerEngineSpace << -1
                                             << "The container engine space cannot exceed the container disk (60 GiB).";

    QTest::newRow("driver") << Mutation(
        [](PoolDraft &d, PoolFormContext &)
        {
            d.instanceType = QStringLiteral("GPU");
            d.customDriver = true;
        }) << PoolField::DriverVersion
                            << -1 << "Select a driver version.";

    QTest::newRow("ha redundant too many") << Mutation(
        [](PoolDraft &d, PoolFormContext &)
        {
            d.cpuArch = QStringLiteral("arm64");
            d.flavors = { { QStringLiteral("snt9c.8"), 4, {}, 4 } };
            d.haRedundancy = true;
        }) << PoolField::HaRedundancy << 0
                                           << "The redundant instances must be fewer than the instances of the "
                                              "specification.";

    QTest::newRow("description 257") << Mutation(
        [](PoolDraft &d, PoolFormContext &) { d.description = QStringLiteral("x").repeated(257); })
                                     << PoolField::Description << -1
                                     << "The description can contain at most 256 characters.";

    QTest::newRow("21 tags") << Mutation(
        [](PoolDraft &d, PoolFormContext &)
        {
            for (int i = 0; i < 21; ++i)
                d.tags.append({ QStringLiteral("k%1").arg(i), QString() });
        }) << PoolField::Tags << -1
                             << "A resource pool can have at most 20 tags.";
    QTest::newRow("tag key empty") << Mutation(
        [](PoolDraft &d, PoolFormContext &) {
            d.tags = { { QString(), QStringLiteral("v") } };
        }) << PoolField::Tags << 0 << "Enter a tag key.";
    QTest::newRow("tag key 129") << Mutation(
        [](PoolDraft &d, PoolFormContext &) {
            d.tags = { { QStringLiteral("k").repeated(129), {} } };
        }) << PoolField::Tags << 0
                                 << "A tag key can contain at most 128 characters.";
    QTest::newRow("tag key twice") << Mutation(
        [](PoolDraft &d, PoolFormContext &) {
            d.tags
                = { { QStringLiteral("team"), QStringLiteral("a") }, { QStringLiteral("team"), QStringLiteral("b") } };
        }) << PoolField::Tags << 1 << "Tag keys must be unique.";
    QTest::newRow("tag value 256") << Mutation(
        [](PoolDraft &d, PoolFormContext &) {
            d.tags = { { QStringLiteral("k"), QStringLiteral("v").repeated(256) } };
        }) << PoolField::Tags << 0 << "A tag value can contain at most 255 characters.";

    const auto cidr = [](const QString &container, const QString &service)
    {
        return Mutation(
            [container, service](PoolDraft &d, PoolFormContext &)
            {
                d.customCidr = true;
                d.containerCidr = container;
                d.serviceCidr = service;
            });
    };
    const QString okContainer = QStringLiteral("172.16.0.0/16");
    const QString okService = QStringLiteral("10.247.0.0/16");
    QTest::newRow("container cidr empty") << cidr(QString(), okService) << PoolField::ContainerCidr << -1
                                          << "Enter the K8S container network CIDR block.";
    QTest::newRow("service cidr empty") << cidr(okContainer, QString()) << PoolField::ServiceCidr << -1
                                        << "Enter the Kubernetes service CIDR block.";
    QTest::newRow("container cidr text") << cidr(QStringLiteral("172.16.0/16"), okService) << PoolField::ContainerCidr
                                         << -1 << "Enter an IPv4 CIDR block such as 172.16.0.0/16.";
    QTest::newRow("container cidr octet")
        << cidr(QStringLiteral("172.256.0.0/16"), okService) << PoolField::ContainerCidr << -1
        << "Enter an IPv4 CIDR block such as 172.16.0.0/16.";
    QTest::newRow("container host bits") << cidr(QStringLiteral("172.16.0.1/16"), okService) << PoolField::ContainerCidr
                                         << -1
                                         << "The block has host bits set: the address must be the first address of "
                                            "the block.";
    QTest::newRow("service mask 29") << cidr(okContainer, QStringLiteral("10.247.0.0/29")) << PoolField::ServiceCidr
                                     << -1 << "The subnet mask must be 8 to 28.";
    QTest::newRow("service mask 7") << cidr(okContainer, QStringLiteral("10.0.0.0/7")) << PoolField::ServiceCidr << -1
                                    << "The subnet mask must be 8 to 28.";
    QTest::newRow("service overlaps container")
        << cidr(okContainer, QStringLiteral("172.16.128.0/17")) << PoolField::ServiceCidr << -1
        << "The service CIDR block cannot overlap the container CIDR block.";
    QTest::newRow("container overlaps network")
        << cidr(QStringLiteral("192.168.0.0/20"), okService) << PoolField::ContainerCidr << -1
        << "The block cannot overlap the network's CIDR block "
           "(192.168.0.0/16).";
}

void TestPoolFormValidator::rule()
{
    QFETCH(Mutation, mutate);
    QFETCH(PoolField, field);
    QFETCH(int, row);
    QFETCH(QString, message);
    PoolDraft draft = base();
    PoolFormContext context = baseContext();
    mutate(draft, context);
    const QList<PoolIssue> issues = models::validatePoolField(draft, field, context);
    QVERIFY2(issues.contains(PoolIssue { field, row, message, false }),
        qPrintable(issues.isEmpty() ? QStringLiteral("no issue") : issues.first().message));
    QVERIFY(models::validatePoolDraft(draft, context).contains(PoolIssue { field, row, message, false }));
    QVERIFY(!models::isPoolDraftSubmittable(models::validatePoolDraft(draft, context)));
}

void TestPoolFormValidator::hiddenFieldsAreNotChecked()
{
    const PoolFormContext c = baseContext();
    PoolDraft d = base();
    // Logical pools have no network (L1098); storage off hides the disks; CIDR Default hides the blocks;
    // a CPU pool has no custom driver; OS only with Advanced Node Configuration.
    d.poolType = PoolDraft::PoolType::Logical;
    d.network.clear();
    d.systemDiskGiB = 1;
    d.containerDiskGiB = 1;
    d.dataDisks = { { QStringLiteral("SSD"), 1, 0 } };
    d.containerCidr = QStringLiteral("bad");
    d.customDriver = true;
    d.os.clear();
    d.flavors[0].haRedundantCount = 99; // HA off
    QCOMPARE(models::validatePoolDraft(d, c), QList<PoolIssue>());
    // Manual AZ: the instance count is the sum of the AZ counts; the plain count is not checked.
    d.manualAz = true;
    d.flavors[0].count = 0;
    d.flavors[0].azCounts = { { QStringLiteral("az1"), 1 } };
    QCOMPARE(models::validatePoolDraft(d, c), QList<PoolIssue>());
}

void TestPoolFormValidator::warningsDoNotBlock()
{
    PoolDraft d = base();
    d.flavors[0].count = 31;
    const QList<PoolIssue> issues = models::validatePoolDraft(d, baseContext());
    QCOMPARE(issues,
        QList<PoolIssue>({ { PoolField::Flavors, -1,
            QStringLiteral("Creating more than 30 instances at a time may fail because of traffic limiting."),
            true } }));
    QVERIFY(models::isPoolDraftSubmittable(issues));
    d.flavors[0].count = 30;
    QVERIFY(models::validatePoolDraft(d, baseContext()).isEmpty());
}

void TestPoolFormValidator::formOrder()
{
    PoolDraft d = base();
    d.name.clear();
    d.tags = { { QString(), QString() } };
    d.jobTypes.clear();
    const QList<PoolIssue> issues = models::validatePoolDraft(d, baseContext());
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues[0].field, PoolField::Name);
    QCOMPARE(issues[1].field, PoolField::JobTypes);
    QCOMPARE(issues[2].field, PoolField::Tags);
}

void TestPoolFormValidator::networkCidr_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("message");
    QTest::newRow("192.168/16") << "192.168.0.0/16" << QString();
    QTest::newRow("10/8 mask 8 overlaps service") << "10.0.0.0/8"
                                                  << "The block cannot overlap the service CIDR block 10.247.0.0/16.";
    QTest::newRow("10.0/16") << "10.0.0.0/16" << QString();
    QTest::newRow("mask 28") << "192.168.1.16/28" << QString();
    QTest::newRow("mask 29") << "192.168.1.8/29"
                             << "The subnet mask must be 8 to 28.";
    QTest::newRow("mask 7") << "10.0.0.0/7"
                            << "The subnet mask must be 8 to 28.";
    QTest::newRow("empty") << ""
                           << "Enter a CIDR block.";
    QTest::newRow("text") << "net"
                          << "Enter an IPv4 CIDR block such as 192.168.0.0/16.";
    QTest::newRow("host bits") << "192.168.1.1/24"
                               << "The block has host bits set: the address must be the first address of the block.";
    QTest::newRow("container block") << "172.16.0.0/12"
                                     << "The block cannot overlap the container CIDR block 172.16.0.0/16.";
    QTest::newRow("172.17/16") << "172.17.0.0/16" << QString();
    QTest::newRow("inside container") << "172.16.8.0/24"
                                      << "The block cannot overlap the container CIDR block 172.16.0.0/16.";
}

void TestPoolFormValidator::networkCidr()
{
    QFETCH(QString, cidr);
    QFETCH(QString, message);
    QCOMPARE(models::networkCidrProblem(cidr), message);
}

void TestPoolFormValidator::networkName()
{
    QCOMPARE(models::networkNameProblem(QStringLiteral("net-01")), QString());
    QCOMPARE(models::networkNameProblem(QString()), QStringLiteral("Enter a network name."));
    QCOMPARE(
        models::networkNameProblem(QStringLiteral("net")), QStringLiteral("The name must be 4 to 64 characters long."));
    QCOMPARE(models::networkNameProblem(QStringLiteral("n").repeated(65)),
        QStringLiteral("The name must be 4 to 64 characters long."));
    QCOMPARE(models::networkNameProblem(QStringLiteral("Net-1")),
        QStringLiteral("Only lowercase letters, digits and hyphens (-) are allowed. The name must start with a "
                       "lowercase letter and cannot end with a hyphen."));
}

void TestPoolFormValidator::overlap()
{
    QVERIFY(models::cidrOverlaps(QStringLiteral("10.0.0.0/8"), QStringLiteral("10.247.0.0/16")));
    QVERIFY(models::cidrOverlaps(QStringLiteral("10.247.0.0/16"), QStringLiteral("10.0.0.0/8")));
    QVERIFY(!models::cidrOverlaps(QStringLiteral("10.0.0.0/16"), QStringLiteral("10.1.0.0/16")));
    QVERIFY(!models::cidrOverlaps(QStringLiteral("bad"), QStringLiteral("10.1.0.0/16")));
}

void TestPoolFormValidator::jsonRoundTrip()
{
    PoolDraft d = base();
    d.billing = PoolDraft::Billing::YearlyMonthly;
    d.durationMonths = 24;
    d.autoRenew = true;
    d.poolType = PoolDraft::PoolType::Logical;
    d.jobTypes = { QStringLiteral("Train"), QStringLiteral("Notebook") };
    d.ipv6 = true;
    d.cpuArch = QStringLiteral("arm64");
    d.instanceType = QStringLiteral("Ascend");
    d.flavors = { { QStringLiteral("a"), 3, { { QStringLiteral("az1"), 2 }, { QStringLiteral("az2"), 1 } }, 1 },
        { QStringLiteral("b"), 1, {}, 0 } };
    d.manualAz = true;
    d.advancedNode = true;
    d.os = QStringLiteral("EulerOS 2.10");
    d.storage = true;
    d.systemDiskType = QStringLiteral("GPSSD");
    d.systemDiskGiB = 150;
    d.containerDiskType = QStringLiteral("SAS");
    d.containerDiskGiB = 300;
    d.dataDisks = { { QStringLiteral("SSD"), 200, 2 } };
    d.containerEngineGiB = 80;
    d.stripedWriteMode = true;
    d.customDriver = true;
    d.driverVersion = QStringLiteral("23.0.6");
    d.haRedundancy = true;
    d.description = QStringLiteral("for the team");
    d.tags = { { QStringLiteral("team"), QStringLiteral("cv") } };
    d.customCidr = true;
    d.containerCidr = QStringLiteral("172.18.0.0/16");
    d.serviceCidr = QStringLiteral("10.248.0.0/16");
    QCOMPARE(PoolDraft::fromJson(api::parseJson(api::dumpJson(d.toJson()))), d);
    QCOMPARE(PoolDraft::fromJson(api::Json::object()), PoolDraft());
}

void TestPoolFormValidator::createBody()
{
    PoolDraft d = base();
    d.description = QStringLiteral("team pool");
    d.jobTypes = { QStringLiteral("Train"), QStringLiteral("Infer") };
    d.customCidr = true;
    d.containerCidr = QStringLiteral("172.18.0.0/16");
    d.serviceCidr = QStringLiteral("10.248.0.0/16");
    d.customDriver = true;
    d.driverVersion = QStringLiteral("535.54.03");
    d.billing = PoolDraft::Billing::YearlyMonthly;
    d.durationMonths = 12;
    d.autoRenew = true;
    const api::Json body = api::encode(d.toCreateRequest(QStringLiteral("ws1"), true));
    const api::Json expected = api::parseJson(R"({
        "apiVersion": "v2", "kind": "Pool",
        "metadata": {
            "labels": {"os.modelarts/name": "pool-a1", "os.modelarts/workspace.id": "ws1"},
            "annotations": {"os.modelarts/auto.renew": "1", "os.modelarts/billing.mode": "1",
                "os.modelarts/description": "team pool", "os.modelarts/period.num": "1",
                "os.modelarts/period.type": "3"}
        },
        "spec": {
            "type": "Dedicate", "scope": ["Train", "Infer"],
            "resources": [{"flavor": "cpu.8u", "count": 2, "extendParams": {"dockerBaseSize": "50"}}],
            "network": {"name": "net-1"},
            "containerNetwork": {"cidr": "172.18.0.0/16"},
            "kubernetesSvcIpRange": "10.248.0.0/16",
            "driver": {"gpuVersion": "535.54.03"}
        }
    })");
    QCOMPARE(QString::fromUtf8(api::dumpJson(body)), QString::fromUtf8(api::dumpJson(expected)));
}

void TestPoolFormValidator::createBodyManualAzAndStorage()
{
    PoolDraft d = base();
    d.manualAz = true;
    d.flavors[0].azCounts = { { QStringLiteral("local-az1"), 2 }, { QStringLiteral("local-az2"), 0 },
        { QStringLiteral("local-az3"), 1 } };
    d.storage = true;
    d.dataDisks = { { QStringLiteral("GPSSD"), 200, 2 } };
    d.advancedNode = true;
    d.os = QStringLiteral("Ubuntu 22.04");
    const api::Pool pool = d.toCreateRequest(QString(), false);
    QCOMPARE(pool.spec.resources.size(), size_t(1));
    const api::PoolResource &r = pool.spec.resources.front();
    QCOMPARE(r.count, 3);
    QVERIFY(r.azs);
    QCOMPARE(r.azs->size(), size_t(2)); // AZs with 0 instances are left out
    QCOMPARE(r.azs->at(1).az.value_or(QString()), QStringLiteral("local-az3"));
    QCOMPARE(r.rootVolume->size.value_or(QString()), QStringLiteral("100"));
    QCOMPARE(r.dataVolumes->size(), size_t(2)); // the container disk, then the data disk
    QCOMPARE(r.dataVolumes->at(1).count.value_or(0), 2);
    QCOMPARE(r.volumeGroupConfigs->at(0).at("lvmConfig").at("lvType"), api::Json("linear"));
    QCOMPARE(QString::fromStdString(r.os->at("name").get<std::string>()), QStringLiteral("Ubuntu 22.04"));
    QVERIFY(!pool.metadata.labels->count(QStringLiteral("os.modelarts/workspace.id")));
    QCOMPARE(pool.metadata.annotations->at(QStringLiteral("os.modelarts/billing.mode")), QStringLiteral("0"));
    QVERIFY(!pool.metadata.annotations->count(QStringLiteral("os.modelarts/period.type")));
}

QTEST_GUILESS_MAIN(TestPoolFormValidator)
#include "tst_poolformvalidator.moc"
