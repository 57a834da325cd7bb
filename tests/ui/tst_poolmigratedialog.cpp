// PoolMigrateDialog (console "Migrate Dedicated Resource Pool", pools_monitoring.md §4.6): the
// current workspace, the target chosen among the others, the rules with their exact messages,
// and the PATCH body that moves the pool.

#include "api/types/pool.h"
#include "ui/pools/poolmigratedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using Dialog = ui::PoolMigrateDialog;

class TestPoolMigrateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosesAnotherWorkspace();
    void noOtherWorkspace();
    void patchBody();
};

void TestPoolMigrateDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPoolMigrateDialog::choosesAnotherWorkspace()
{
    const QList<Dialog::WorkspaceEntry> workspaces = { { QStringLiteral("0"), QStringLiteral("default") },
        { QStringLiteral("abc"), QStringLiteral("team-a") }, { QStringLiteral("def"), QStringLiteral("team-b") } };
    Dialog dialog(QStringLiteral("gpu-pool"), QStringLiteral("0"), workspaces);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Migrate Dedicated Resource Pool"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("currentValue"))->text(), QStringLiteral("default"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("workspaceCombo"));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("default (current)"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Migrate"));
    // The first other workspace is chosen.
    QCOMPARE(dialog.target().id, QStringLiteral("abc"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.message().isEmpty());

    dialog.setTarget(QStringLiteral("0"));
    QCOMPARE(dialog.message(), QStringLiteral("The pool is already in this workspace; choose another one."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("message"))->text(), dialog.message());
    QVERIFY(!ok->isEnabled());
    dialog.setTarget(QStringLiteral("def"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.target().name, QStringLiteral("team-b"));

    // From a named workspace, the default one is a target like any other.
    Dialog back(QStringLiteral("gpu-pool"), QStringLiteral("def"), workspaces);
    QCOMPARE(back.findChild<QLabel *>(QStringLiteral("currentValue"))->text(), QStringLiteral("team-b"));
    QCOMPARE(back.target().id, QStringLiteral("0"));
}

void TestPoolMigrateDialog::noOtherWorkspace()
{
    Dialog dialog(QStringLiteral("gpu-pool"), QStringLiteral("0"), { { QStringLiteral("0"), QString() } });
    QCOMPARE(dialog.message(), QStringLiteral("The project has no other workspace to move the pool to."));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestPoolMigrateDialog::patchBody()
{
    QCOMPARE(api::encode(Dialog::patchFor(QStringLiteral("def"))),
        api::parseJson(QByteArrayLiteral(R"({"metadata":{"labels":{"os.modelarts/workspace.id":"def"}}})")));
}

QTEST_MAIN(TestPoolMigrateDialog)
#include "tst_poolmigratedialog.moc"
