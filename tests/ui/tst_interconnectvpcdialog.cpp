// InterconnectVpcDialog (console "Interconnect VPC", pools_monitoring.md §1.0 step 2 and §4.7):
// the switch, a VPC and one of its subnets per row, "+" up to 10 rows, and each rule's exact
// message under its row. The VPCs and subnets are those modelarts-local answers over HTTP.

#include "api/networkrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/poolformvalidator.h"
#include "ui/pools/interconnectvpcdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace ma;
using Dialog = ui::InterconnectVpcDialog;

class TestInterconnectVpcDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOffWithASuggestedRow();
    void rulesWithTheirMessages();
    void atMostTenSubnets();
    void showsTheCurrentInterconnection();
    void invalidBlockOfASubnet();
    void screenshot();

private:
    Dialog::Input input(const QString &networkCidr = QStringLiteral("192.168.0.0/16")) const;
    /** Subnets of the catalogue outside @p cidr, none overlapping another. */
    std::vector<api::Subnet> freeSubnets(const QString &cidr) const;

    std::vector<api::Vpc> m_vpcs;
    std::vector<api::Subnet> m_subnets;
};

void TestInterconnectVpcDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::LocalBackend backend(test::LocalBackend::Options { 1.0, false, {} });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    const std::unique_ptr<api::ApiClient> client = backend.accessKeyClient();
    const auto vpcs = api::decodeBody<api::VpcList>(test::callAndWait(*client, api::networks::vpcs()));
    QVERIFY2(vpcs.ok(), qPrintable(vpcs.error.displayText()));
    const auto subnets = api::decodeBody<api::SubnetList>(test::callAndWait(*client, api::networks::subnets()));
    QVERIFY2(subnets.ok(), qPrintable(subnets.error.displayText()));
    m_vpcs = vpcs.value.vpcs;
    m_subnets = subnets.value.subnets;
    QVERIFY(!m_vpcs.empty());
}

Dialog::Input TestInterconnectVpcDialog::input(const QString &networkCidr) const
{
    Dialog::Input in;
    in.networkName = QStringLiteral("network-demo");
    in.networkCidr = networkCidr;
    in.vpcs = m_vpcs;
    in.subnets = m_subnets;
    return in;
}

std::vector<api::Subnet> TestInterconnectVpcDialog::freeSubnets(const QString &cidr) const
{
    std::vector<api::Subnet> out;
    for (const api::Subnet &s : m_subnets)
    {
        const QString block = s.cidr.value_or(QString());
        if (models::cidrOverlaps(block, cidr))
            continue;
        if (std::none_of(out.begin(), out.end(),
                [&](const api::Subnet &o) { return models::cidrOverlaps(block, o.cidr.value_or(QString())); }))
            out.push_back(s);
    }
    return out;
}

void TestInterconnectVpcDialog::startsOffWithASuggestedRow()
{
    Dialog dialog(input());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Interconnect VPC"));
    QVERIFY(!dialog.isInterconnectEnabled());
    QCOMPARE(dialog.rowCount(), 1);
    // Off: the rows cannot be edited, OK sends "no interconnection".
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("rowsBox"))->isEnabled());
    QVERIFY(dialog.isAcceptable());
    QVERIFY(dialog.peers().empty());

    QTest::mouseClick(
        dialog.findChild<QCheckBox *>(QStringLiteral("enableSwitch")), Qt::LeftButton, Qt::NoModifier, QPoint(8, 8));
    QVERIFY(dialog.isInterconnectEnabled());
    // The suggested row breaks no rule: its subnet lies outside the network's block.
    QCOMPARE(dialog.rowMessage(0), QString());
    QVERIFY(dialog.isAcceptable());
    const std::vector<api::PeerConnection> peers = dialog.peers();
    QCOMPARE(peers.size(), size_t(1));
    for (const api::Subnet &s : m_subnets)
        if (s.id == peers[0].peerSubnetId)
        {
            QCOMPARE(s.vpcId, peers[0].peerVpcId);
            QVERIFY(!models::cidrOverlaps(*s.cidr, QStringLiteral("192.168.0.0/16")));
        }
    QCOMPARE(
        dialog.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("1 of at most 10 subnets"));
}

void TestInterconnectVpcDialog::rulesWithTheirMessages()
{
    const QString cidr = QStringLiteral("192.168.0.0/16");
    Dialog dialog(input(cidr));
    dialog.setInterconnectEnabled(true);

    // A subnet inside the network's block.
    const auto inside = std::find_if(m_subnets.begin(), m_subnets.end(),
        [&](const api::Subnet &s) { return models::cidrOverlaps(s.cidr.value_or(QString()), cidr); });
    QVERIFY(inside != m_subnets.end());
    QVERIFY(dialog.setRow(0, *inside->vpcId, inside->id));
    QCOMPARE(dialog.rowMessage(0),
        QStringLiteral("The subnet %1 (%2) overlaps the network's CIDR block %3.")
            .arg(*inside->name, *inside->cidr, cidr));
    QVERIFY(!dialog.isAcceptable());
    auto *rowMessage = dialog.findChildren<QLabel *>(QStringLiteral("rowMessage")).value(0);
    QVERIFY(rowMessage && rowMessage->isVisibleTo(&dialog));
    QCOMPARE(rowMessage->text(), dialog.rowMessage(0));

    // The same subnet twice.
    const std::vector<api::Subnet> free = freeSubnets(cidr);
    QVERIFY(free.size() >= 2);
    QVERIFY(dialog.setRow(0, *free[0].vpcId, free[0].id));
    QCOMPARE(dialog.rowMessage(0), QString());
    dialog.addRow();
    QCOMPARE(dialog.rowCount(), 2);
    QVERIFY(dialog.setRow(1, *free[0].vpcId, free[0].id));
    QCOMPARE(dialog.rowMessage(1), QStringLiteral("The subnet %1 is already chosen in row 1.").arg(*free[0].name));
    QVERIFY(!dialog.isAcceptable());

    // Two different subnets whose blocks overlap (the catalogue has such a pair).
    const api::Subnet *a = nullptr;
    const api::Subnet *b = nullptr;
    for (const api::Subnet &x : m_subnets)
        for (const api::Subnet &y : m_subnets)
            if (!a && x.id != y.id && !models::cidrOverlaps(*x.cidr, cidr) && models::cidrOverlaps(*x.cidr, *y.cidr))
            {
                a = &x;
                b = &y;
            }
    QVERIFY(a && b);
    QVERIFY(dialog.setRow(0, *a->vpcId, a->id));
    QVERIFY(dialog.setRow(1, *b->vpcId, b->id));
    QCOMPARE(dialog.rowMessage(1),
        QStringLiteral("The subnet %1 (%2) overlaps the subnet %3 (%4) of row 1.")
            .arg(*b->name, *b->cidr, *a->name, *a->cidr));
    QVERIFY(!dialog.isAcceptable());

    // Removing the row clears the rule; the last row cannot be removed.
    QTest::mouseClick(dialog.findChildren<QToolButton *>(QStringLiteral("removeSubnetButton")).at(1), Qt::LeftButton);
    QCOMPARE(dialog.rowCount(), 1);
    QVERIFY(dialog.isAcceptable());
    QTRY_COMPARE(dialog.findChildren<QToolButton *>(QStringLiteral("removeSubnetButton")).size(), 1);
    QVERIFY(!dialog.findChildren<QToolButton *>(QStringLiteral("removeSubnetButton")).at(0)->isEnabled());

    // Switched off, no rule applies and nothing is sent.
    QVERIFY(dialog.setRow(0, *inside->vpcId, inside->id));
    QVERIFY(!dialog.isAcceptable());
    dialog.setInterconnectEnabled(false);
    QCOMPARE(dialog.rowMessage(0), QString());
    QVERIFY(dialog.isAcceptable());
    QVERIFY(dialog.peers().empty());
}

void TestInterconnectVpcDialog::atMostTenSubnets()
{
    const QString cidr = QStringLiteral("172.20.0.0/16");
    QVERIFY(freeSubnets(cidr).size() > size_t(Dialog::kMaxSubnets));
    Dialog dialog(input(cidr));
    dialog.setInterconnectEnabled(true);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addSubnetButton"));
    while (add->isEnabled())
        QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.rowCount(), 10);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
        QStringLiteral("At most 10 subnets can be interconnected."));
    // Each "+" chose a subnet that breaks no rule.
    for (int row = 0; row < dialog.rowCount(); ++row)
        QCOMPARE(dialog.rowMessage(row), QString());
    QVERIFY(dialog.isAcceptable());
    QCOMPARE(dialog.peers().size(), size_t(10));
    dialog.addRow();
    QCOMPARE(dialog.rowCount(), 10);
}

void TestInterconnectVpcDialog::showsTheCurrentInterconnection()
{
    const std::vector<api::Subnet> free = freeSubnets(QStringLiteral("192.168.0.0/16"));
    Dialog::Input in = input();
    for (int i = 0; i < 2; ++i)
    {
        api::PeerConnection peer;
        peer.peerVpcId = free[size_t(i)].vpcId;
        peer.peerSubnetId = free[size_t(i)].id;
        in.current.push_back(peer);
    }
    Dialog dialog(in);
    QVERIFY(dialog.isInterconnectEnabled());
    QCOMPARE(dialog.rowCount(), 2);
    const std::vector<api::PeerConnection> peers = dialog.peers();
    QCOMPARE(peers.size(), size_t(2));
    QCOMPARE(peers[1].peerSubnetId, free[1].id);
    QCOMPARE(dialog.findChildren<QComboBox *>(QStringLiteral("subnetCombo")).at(1)->currentText(),
        QStringLiteral("%1 (%2)").arg(*free[1].name, *free[1].cidr));
}

void TestInterconnectVpcDialog::invalidBlockOfASubnet()
{
    // A VPC service answering a block that is no IPv4 CIDR: the row says so.
    Dialog::Input in = input();
    api::Vpc vpc;
    vpc.id = QStringLiteral("v-odd");
    vpc.name = QStringLiteral("vpc-odd");
    api::Subnet odd;
    odd.id = QStringLiteral("s-odd");
    odd.name = QStringLiteral("subnet-odd");
    odd.cidr = QStringLiteral("10.1.2.300/24");
    odd.vpcId = vpc.id;
    in.vpcs = { vpc };
    in.subnets = { odd };
    Dialog dialog(in);
    dialog.setInterconnectEnabled(true);
    QCOMPARE(
        dialog.rowMessage(0), QStringLiteral("The subnet subnet-odd has no valid IPv4 CIDR block (10.1.2.300/24)."));
    QVERIFY(!dialog.isAcceptable());

    // A project without VPCs.
    in.vpcs.clear();
    in.subnets.clear();
    Dialog none(in);
    none.setInterconnectEnabled(true);
    QCOMPARE(none.message(), QStringLiteral("The project has no VPC; create one in the VPC console first."));
    QVERIFY(!none.isAcceptable());
    QVERIFY(!none.findChild<QPushButton *>(QStringLiteral("addSubnetButton"))->isEnabled());
}

void TestInterconnectVpcDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    QVERIFY(QDir().mkpath(dir));
    const QString cidr = QStringLiteral("192.168.0.0/16");
    Dialog dialog(input(cidr));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setInterconnectEnabled(true);
    dialog.addRow();
    dialog.addRow();
    const auto inside = std::find_if(m_subnets.begin(), m_subnets.end(),
        [&](const api::Subnet &s) { return models::cidrOverlaps(s.cidr.value_or(QString()), cidr); });
    QVERIFY(dialog.setRow(2, *inside->vpcId, inside->id));
    dialog.adjustSize();
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("interconnect-vpc-dialog.png"))));
}

QTEST_MAIN(TestInterconnectVpcDialog)
#include "tst_interconnectvpcdialog.moc"
