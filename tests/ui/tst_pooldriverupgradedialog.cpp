// PoolDriverUpgradeDialog (console "Upgrade Driver", pools_monitoring.md §4.2): what it shows
// about the pool's driver, the target version rule (the current version only to align nodes
// that carry another), the upgrade modes explained, the rolling batch by percentage or count,
// and the PATCH body it makes.

#include "api/types/pool.h"
#include "ui/pools/pooldriverupgradedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using Dialog = ui::PoolDriverUpgradeDialog;

namespace
{
Dialog::Input gpuPool(const QStringList &nodeVersions)
{
    Dialog::Input input;
    input.poolName = QStringLiteral("gpu-pool");
    input.kind = QStringLiteral("gpu");
    input.instances = int(nodeVersions.size());
    input.currentVersion = QStringLiteral("535.54.03");
    input.nodeVersions = nodeVersions;
    return input;
}

QString labelText(const QDialog &dialog, const char *name)
{
    auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestPoolDriverUpgradeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsThePoolsDriver();
    void currentVersionOnlyAlignsNodes();
    void modesAreExplained();
    void rollingBatch_data();
    void rollingBatch();
    void patchBody_data();
    void patchBody();
    void confirmationNamesTheChange();
};

void TestPoolDriverUpgradeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPoolDriverUpgradeDialog::showsThePoolsDriver()
{
    const QString v = QStringLiteral("535.54.03");
    Dialog dialog(gpuPool({ v, v, v, v }));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Upgrade Driver"));
    QCOMPARE(labelText(dialog, "kindValue"), QStringLiteral("GPU"));
    QCOMPARE(labelText(dialog, "instancesValue"), QStringLiteral("4"));
    QCOMPARE(labelText(dialog, "currentValue"), v);
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QVERIFY(target);
    QCOMPARE(target->findText(v) >= 0, true); // the current version is offered too
    QCOMPARE(target->currentText(), QStringLiteral("550.54.15")); // the newest by default
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Upgrade"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.message().isEmpty());
    const Dialog::Choice choice = dialog.choice();
    QCOMPARE(choice.version, QStringLiteral("550.54.15"));
    QVERIFY(!choice.force); // secure by default
    QCOMPARE(choice.rolling, Dialog::Rolling::Off);

    // An NPU pool offers NPU versions, and a current version not in the list is kept.
    Dialog::Input npu = gpuPool({ QStringLiteral("23.0.2") });
    npu.kind = QStringLiteral("npu");
    npu.currentVersion = QStringLiteral("23.0.2");
    Dialog npuDialog(npu);
    QCOMPARE(labelText(npuDialog, "kindValue"), QStringLiteral("NPU"));
    auto *npuTarget = npuDialog.findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QCOMPARE(npuTarget->itemText(0), QStringLiteral("23.0.2"));
    QCOMPARE(npuTarget->currentText(), QStringLiteral("24.1.0"));
}

void TestPoolDriverUpgradeDialog::currentVersionOnlyAlignsNodes()
{
    const QString v = QStringLiteral("535.54.03");
    Dialog aligned(gpuPool({ v, v }));
    aligned.setTargetVersion(v);
    QCOMPARE(aligned.message(), QStringLiteral("Every node already runs driver 535.54.03; choose another version."));
    QCOMPARE(labelText(aligned, "message"), aligned.message());
    QVERIFY(!okButton(aligned)->isEnabled());
    aligned.setTargetVersion(QStringLiteral("535.129.03"));
    QVERIFY(aligned.message().isEmpty());
    QVERIFY(okButton(aligned)->isEnabled());

    // A node added later with another driver: the current version aligns it.
    Dialog mixed(gpuPool({ v, QStringLiteral("470.57.02"), v }));
    QCOMPARE(labelText(mixed, "currentValue"), QStringLiteral("535.54.03 (1 of the nodes run 470.57.02)"));
    mixed.setTargetVersion(v);
    QVERIFY(mixed.message().isEmpty());
    QVERIFY(okButton(mixed)->isEnabled());
}

void TestPoolDriverUpgradeDialog::modesAreExplained()
{
    const QString v = QStringLiteral("535.54.03");
    Dialog dialog(gpuPool({ v, v }));
    QCOMPARE(labelText(dialog, "modeNote"),
        QStringLiteral("Secure upgrade: nodes are isolated (no new jobs) and each is upgraded once its jobs have "
                       "finished. This may take a long time; running services are not affected. Instances without "
                       "services are upgraded first."));
    dialog.setForcible(true);
    QVERIFY(dialog.choice().force);
    QCOMPARE(labelText(dialog, "modeNote"),
        QStringLiteral("Forcible upgrade: nodes are upgraded right away, whatever runs on them; running jobs may fail. "
                       "Instances are taken in any order."));
    dialog.setForcible(false);
    QVERIFY(!dialog.choice().force);
}

void TestPoolDriverUpgradeDialog::rollingBatch_data()
{
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("rolling");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("batch");
    QTest::addColumn<QString>("note");

    QTest::newRow("off") << 4 << int(Dialog::Rolling::Off) << 0 << 4
                         << QStringLiteral("Off: every node is upgraded at the same time.");
    QTest::newRow("20 % of 4 rounds up")
        << 4 << int(Dialog::Rolling::Percentage) << 20 << 1
        << QStringLiteral("Each batch is the percentage × the instances: 1 of 4 nodes at a time.");
    QTest::newRow("50 % of 10") << 10 << int(Dialog::Rolling::Percentage) << 50 << 5
                                << QStringLiteral(
                                       "Each batch is the percentage × the instances: 5 of 10 nodes at a time.");
    QTest::newRow("3 nodes") << 4 << int(Dialog::Rolling::Count) << 3 << 3
                             << QStringLiteral("Each batch is the number entered: 3 of 4 nodes at a time.");
    QTest::newRow("count stops at the instances")
        << 4 << int(Dialog::Rolling::Count) << 9 << 4
        << QStringLiteral("Each batch is the number entered: 4 of 4 nodes at a time.");
}

void TestPoolDriverUpgradeDialog::rollingBatch()
{
    QFETCH(int, instances);
    QFETCH(int, rolling);
    QFETCH(int, value);
    QFETCH(int, batch);
    QFETCH(QString, note);
    Dialog dialog(gpuPool(QStringList(instances, QStringLiteral("535.54.03"))));
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("rollingSpin"));
    QVERIFY(!spin->isEnabled()); // off until the switch is on
    dialog.setRolling(Dialog::Rolling(rolling), value);
    QCOMPARE(spin->isEnabled(), rolling != int(Dialog::Rolling::Off));
    QCOMPARE(dialog.batchSize(), batch);
    QCOMPARE(labelText(dialog, "rollingNote"), note);
    if (rolling == int(Dialog::Rolling::Count))
        QCOMPARE(spin->maximum(), instances);
    if (rolling == int(Dialog::Rolling::Percentage))
        QCOMPARE(spin->maximum(), 100);
}

void TestPoolDriverUpgradeDialog::patchBody_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("force");
    QTest::addColumn<int>("rolling");
    QTest::addColumn<int>("value");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("gpu secure, all at once")
        << QStringLiteral("gpu") << false << int(Dialog::Rolling::Off) << 0
        << QByteArray(R"({"metadata":{"annotations":{"os.modelarts/driver.upgrade.rolling":"percentage:100"}},)"
                      R"("spec":{"driver":{"gpuVersion":"550.54.15","updateStrategy":"idle"}}})");
    QTest::newRow("npu forcible, 2 at a time")
        << QStringLiteral("npu") << true << int(Dialog::Rolling::Count) << 2
        << QByteArray(R"({"metadata":{"annotations":{"os.modelarts/driver.upgrade.rolling":"count:2"}},)"
                      R"("spec":{"driver":{"npuVersion":"550.54.15","updateStrategy":"force"}}})");
    QTest::newRow("gpu by 25 %")
        << QStringLiteral("gpu") << false << int(Dialog::Rolling::Percentage) << 25
        << QByteArray(R"({"metadata":{"annotations":{"os.modelarts/driver.upgrade.rolling":"percentage:25"}},)"
                      R"("spec":{"driver":{"gpuVersion":"550.54.15","updateStrategy":"idle"}}})");
}

void TestPoolDriverUpgradeDialog::patchBody()
{
    QFETCH(QString, kind);
    QFETCH(bool, force);
    QFETCH(int, rolling);
    QFETCH(int, value);
    QFETCH(QByteArray, json);
    Dialog::Choice choice;
    choice.version = QStringLiteral("550.54.15");
    choice.force = force;
    choice.rolling = Dialog::Rolling(rolling);
    choice.value = value;
    QCOMPARE(api::encode(Dialog::patchFor(kind, choice)), api::parseJson(json));
}

void TestPoolDriverUpgradeDialog::confirmationNamesTheChange()
{
    const QString v = QStringLiteral("535.54.03");
    Dialog::Choice choice;
    choice.version = QStringLiteral("550.54.15");
    choice.rolling = Dialog::Rolling::Count;
    choice.value = 1;
    QCOMPARE(Dialog::confirmation(gpuPool({ v, v }), choice),
        QStringLiteral("Upgrade the GPU driver of the pool “gpu-pool” from 535.54.03 to 550.54.15?\n\n"
                       "Secure upgrade: each node is upgraded once its jobs have finished; running services are not "
                       "affected. Rolling: 1 of 2 nodes at a time.\n\n"
                       "Nodes cannot be restarted or reset until the upgrade is done."));
    choice.version = v;
    choice.force = true;
    choice.rolling = Dialog::Rolling::Off;
    QCOMPARE(Dialog::confirmation(gpuPool({ v, QStringLiteral("470.57.02") }), choice),
        QStringLiteral(
            "Align the GPU driver of every node of the pool “gpu-pool” to 535.54.03?\n\n"
            "Forcible upgrade: nodes are upgraded right away and jobs running on them may fail. Every node is "
            "upgraded at the same time.\n\n"
            "Nodes cannot be restarted or reset until the upgrade is done."));
}

QTEST_MAIN(TestPoolDriverUpgradeDialog)
#include "tst_pooldriverupgradedialog.moc"
