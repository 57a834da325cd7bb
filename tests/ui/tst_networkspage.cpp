// NetworksPage (Dedicated Resource Pools > Network) against the real local backend with demo
// data: the rows are the networks the server lists, with the pools on each and the addresses
// left; Create Network adds a row without a reset; Delete names the pools that would become
// unavailable (modelarts-local refuses while a pool uses the network) and removes an unused
// one; Interconnect VPC and Migrate Workspace reach the server; the tab strip opens the pool list.

#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "api/workspacerequests.h"
#include "localconsole.h"
#include "models/connection.h"
#include "models/networklistmodel.h"
#include "ui/pools/createnetworkdialog.h"
#include "ui/pools/interconnectvpcdialog.h"
#include "ui/pools/networkspage.h"
#include "ui/pools/poolareatabs.h"
#include "ui/pools/poolmigratedialog.h"
#include "ui/pools/poolpageids.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace ma;
using models::NetworkListModel;

namespace
{
constexpr int kWaitMs = 15000;
const QString kDemoNetwork = QStringLiteral("network-demo");
} // namespace

class TestNetworksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsShowTheNetworksWithTheirPools();
    void availableAddressesLeaveOutReservedAndNodes();
    void createNetworkAddsTheRowWithoutReset();
    void deleteNamesThePoolsAndRemovesAnUnusedNetwork();
    void interconnectVpcReachesTheServer();
    void migrateWorkspaceMovesTheNetwork();
    void tabsOpenThePoolList();

private:
    int rowOfName(const QString &name) const;
    void selectName(const QString &name);
    QString createNetwork(const QString &name, const QString &cidr);

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::NetworksPage> m_page;
    test::QuestionRecorder m_confirm;
};

void TestNetworksPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNetworksPage::init()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_page = std::make_unique<ui::NetworksPage>();
    m_confirm.reset();
    m_page->setConfirmHandler(m_confirm.handler());
    m_page->resize(1200, 600);
    QSignalSpy pools(m_page.get(), &ui::NetworksPage::poolsLoaded);
    m_page->show();
    m_page->setConnection(m_console->connection());
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(kDemoNetwork) >= 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pools.isEmpty(), kWaitMs);
}

void TestNetworksPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

int TestNetworksPage::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, NetworkListModel::Name).data().toString() == name)
            return row;
    return -1;
}

void TestNetworksPage::selectName(const QString &name)
{
    const int row = rowOfName(name);
    QVERIFY2(row >= 0, qPrintable(name));
    m_page->view()->selectionModel()->select(
        m_page->view()->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TestNetworksPage::createNetwork(const QString &name, const QString &cidr)
{
    const api::ApiResult created
        = test::callAndWait(m_console->client(), api::networks::create(api::makeNetworkCreateRequest(name, cidr)));
    if (!created.ok())
    {
        qWarning("create network: %s", created.body.constData());
        return QString();
    }
    return api::fromBody<api::Network>(created.body).metadata->name.value_or(QString());
}

void TestNetworksPage::rowsShowTheNetworksWithTheirPools()
{
    // What the server says: its networks, and the pools naming each.
    const api::ApiResult networks = test::callAndWait(m_console->client(), api::networks::list());
    const api::ApiResult pools = test::callAndWait(m_console->client(), api::pools::list());
    QVERIFY(networks.ok() && pools.ok());
    const auto list = api::fromBody<api::NetworkList>(networks.body);
    QCOMPARE(m_page->view()->model()->rowCount(), int(list.items.size()));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
        list.items.size() == 1 ? QStringLiteral("1 network") : QStringLiteral("%1 networks").arg(list.items.size()));

    const int row = rowOfName(kDemoNetwork);
    const QAbstractItemModel *shown = m_page->view()->model();
    const QString id = shown->index(row, 0).data(NetworkListModel::NetworkNameRole).toString();
    QStringList onIt;
    for (const api::Pool &pool : api::fromBody<api::PoolList>(pools.body).items)
        if (pool.spec.network && pool.spec.network->name == id)
            onIt << api::poolDisplayName(pool);
    QVERIFY(!onIt.isEmpty());
    QCOMPARE(shown->index(row, NetworkListModel::Pools).data().toInt(), onIt.size());
    QStringList listed = shown->index(row, 0).data(NetworkListModel::PoolNamesRole).toStringList();
    listed.sort();
    onIt.sort();
    QCOMPARE(listed, onIt);
    QCOMPARE(shown->index(row, NetworkListModel::Status).data().toString(), QStringLiteral("Active"));
    QCOMPARE(shown->index(row, NetworkListModel::Cidr).data().toString(), QStringLiteral("192.168.0.0/16"));
    QCOMPARE(shown->index(row, NetworkListModel::InterconnectedVpc).data().toInt(), 0);
}

void TestNetworksPage::availableAddressesLeaveOutReservedAndNodes()
{
    QCOMPARE(NetworkListModel::availableAddresses(QStringLiteral("10.0.0.0/24"), 0), std::optional<qint64>(253));
    QCOMPARE(NetworkListModel::availableAddresses(QStringLiteral("10.0.0.0/24"), 10), std::optional<qint64>(243));
    QCOMPARE(NetworkListModel::availableAddresses(QStringLiteral("10.0.0.0/30"), 5), std::optional<qint64>(0));
    QCOMPARE(NetworkListModel::availableAddresses(QStringLiteral("not a block"), 0), std::nullopt);

    // The demo network: a /16 less its pools' nodes.
    const api::ApiResult pools = test::callAndWait(m_console->client(), api::pools::list());
    const int row = rowOfName(kDemoNetwork);
    const QString id = m_page->view()->model()->index(row, 0).data(NetworkListModel::NetworkNameRole).toString();
    int nodes = 0;
    for (const api::Pool &pool : api::fromBody<api::PoolList>(pools.body).items)
        if (pool.spec.network && pool.spec.network->name == id)
            nodes += api::poolTotalNodeCount(pool);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->model()->index(row, NetworkListModel::AvailableIps).data().toLongLong(),
        65536 - 3 - nodes, kWaitMs);
}

void TestNetworksPage::createNetworkAddsTheRowWithoutReset()
{
    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
    QString cidrMessage;
    m_page->setDialogRunner(
        [&](QDialog *dialog)
        {
            auto *create = qobject_cast<ui::CreateNetworkDialog *>(dialog);
            QVERIFY(create);
            create->setName(QStringLiteral("net-from-tab"));
            create->setCustomCidr(QStringLiteral("172.19.9.0/30")); // mask beyond 28
            create->submit();
            cidrMessage = create->cidrMessage();
            create->setCustomCidr(QStringLiteral("172.19.9.0/24"));
            QSignalSpy created(create, &ui::CreateNetworkDialog::networkCreated);
            create->submit();
            QVERIFY(created.wait(kWaitMs));
        });
    QVERIFY(m_page->createAction()->isEnabled());
    m_page->createAction()->trigger();
    QVERIFY2(!cidrMessage.isEmpty(), "the mask rule is checked next to the field");
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("net-from-tab")) >= 0, kWaitMs);
    QCOMPARE(m_page->view()->model()->index(rowOfName(QStringLiteral("net-from-tab")), NetworkListModel::Cidr).data(),
        QVariant(QStringLiteral("172.19.9.0/24")));
    QCOMPARE(reset.size(), 0);
}

void TestNetworksPage::deleteNamesThePoolsAndRemovesAnUnusedNetwork()
{
    // In use: the question names the pools; modelarts-local refuses and the row stays.
    selectName(kDemoNetwork);
    QVERIFY(m_page->deleteAction()->isEnabled());
    const QStringList pools = m_page->view()
                                  ->model()
                                  ->index(rowOfName(kDemoNetwork), 0)
                                  .data(NetworkListModel::PoolNamesRole)
                                  .toStringList();
    QVERIFY(!pools.isEmpty());
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->deleteAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().contains(kDemoNetwork), qPrintable(m_confirm.questions.front()));
    QVERIFY2(m_confirm.questions.front().contains(
                 QStringLiteral("The pools on it become unavailable: %1").arg(pools.front())),
        qPrintable(m_confirm.questions.front()));
    QVERIFY(finished.wait(kWaitMs));
    auto outcome = finished.front().front().value<models::ActionOutcome>();
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.message().contains(QStringLiteral("delete them first")), qPrintable(outcome.message()));
    QVERIFY(rowOfName(kDemoNetwork) >= 0);

    // Unused: gone from the list, refreshed in place.
    QVERIFY(!createNetwork(QStringLiteral("net-unused"), QStringLiteral("172.20.0.0/24")).isEmpty());
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("net-unused")) >= 0, kWaitMs);
    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
    selectName(QStringLiteral("net-unused"));
    finished.clear();
    m_page->deleteAction()->trigger();
    QVERIFY(finished.wait(kWaitMs));
    outcome = finished.front().front().value<models::ActionOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QTRY_COMPARE_WITH_TIMEOUT(rowOfName(QStringLiteral("net-unused")), -1, kWaitMs);
    QCOMPARE(reset.size(), 0);
}

void TestNetworksPage::interconnectVpcReachesTheServer()
{
    const api::ApiResult subnets = test::callAndWait(m_console->client(), api::networks::subnets());
    QVERIFY(subnets.ok());
    std::optional<api::Subnet> outside; // one the demo network's 192.168.0.0/16 does not overlap
    for (const api::Subnet &s : api::fromBody<api::SubnetList>(subnets.body).subnets)
        if (!s.cidr.value_or(QString()).startsWith(QStringLiteral("192.168.")) && !outside)
            outside = s;
    QVERIFY(outside);

    selectName(kDemoNetwork);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->interconnectAction()->isEnabled(), kWaitMs);
    connect(m_page.get(), &ui::NetworksPage::vpcsLoaded, this,
        [&]
        {
            QTimer::singleShot(0, this,
                [&]
                {
                    auto *dialog = qobject_cast<ui::InterconnectVpcDialog *>(QApplication::activeModalWidget());
                    QVERIFY(dialog);
                    dialog->setInterconnectEnabled(true);
                    QVERIFY(dialog->setRow(0, outside->vpcId.value_or(QString()), outside->id));
                    QVERIFY(dialog->isAcceptable());
                    QTest::mouseClick(
                        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
                });
        });
    m_page->interconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_confirm.questions.size(), 1, kWaitMs);
    QVERIFY2(m_confirm.questions.front().startsWith(
                 QStringLiteral("Interconnect the network “network-demo” with 1 subnet(s): %1 (%2)?")
                     .arg(*outside->name, *outside->cidr)),
        qPrintable(m_confirm.questions.front()));
    const int row = rowOfName(kDemoNetwork);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->view()->model()->index(row, NetworkListModel::InterconnectedVpc).data().toInt(), 1, kWaitMs);
    const QString id = m_page->view()->model()->index(row, 0).data(NetworkListModel::NetworkNameRole).toString();
    const api::ApiResult network = test::callAndWait(m_console->client(), api::networks::show(id));
    const auto peers = api::peerConnections(api::fromBody<api::Network>(network.body));
    QCOMPARE(peers.size(), size_t(1));
    QCOMPARE(peers.front().peerSubnetId, std::optional<QString>(outside->id));
}

void TestNetworksPage::migrateWorkspaceMovesTheNetwork()
{
    api::WorkspaceCreateRequest create;
    create.name = QStringLiteral("team-net");
    const api::ApiResult created = test::callAndWait(m_console->client(), api::workspaces::create(create));
    QVERIFY2(created.ok(), created.body.constData());
    const QString workspace = api::fromBody<api::Workspace>(created.body).id;
    const QString id = createNetwork(QStringLiteral("net-moving"), QStringLiteral("172.21.0.0/24"));
    QVERIFY(!id.isEmpty());
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("net-moving")) >= 0, kWaitMs);
    selectName(QStringLiteral("net-moving"));
    QVERIFY(m_page->migrateAction()->isEnabled());

    QString title;
    connect(m_page.get(), &ui::NetworksPage::workspacesLoaded, this,
        [&]
        {
            QTimer::singleShot(0, this,
                [&]
                {
                    auto *dialog = qobject_cast<ui::PoolMigrateDialog *>(QApplication::activeModalWidget());
                    QVERIFY(dialog);
                    title = dialog->windowTitle();
                    dialog->setTarget(workspace);
                    QTest::mouseClick(
                        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
                });
        });
    m_page->migrateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_confirm.questions.size(), 1, kWaitMs);
    QCOMPARE(title, QStringLiteral("Migrate Network"));
    QVERIFY2(m_confirm.questions.front().startsWith(
                 QStringLiteral("Migrate the network “net-moving” from the workspace “default” to “team-net”?")),
        qPrintable(m_confirm.questions.front()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            const api::ApiResult network = test::callAndWait(m_console->client(), api::networks::show(id));
            return api::k8sLabel(
                       api::fromBody<api::Network>(network.body).metadata, QStringLiteral("os.modelarts/workspace.id"))
                == workspace;
        }(),
        kWaitMs);
}

void TestNetworksPage::tabsOpenThePoolList()
{
    auto *tabs = m_page->findChild<ui::PoolAreaTabs *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), int(ui::PoolAreaTabs::Networks));
    QCOMPARE(tabs->tabText(ui::PoolAreaTabs::Pools), QStringLiteral("Standard Resource Pool"));
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(ui::PoolAreaTabs::Pools).center());
    QCOMPARE(navigation.size(), 1);
    QCOMPARE(navigation.front().front().toString(), ui::kPoolsPageId);
    QCOMPARE(tabs->currentIndex(), int(ui::PoolAreaTabs::Networks)); // this page still shows its tab
}

QTEST_MAIN(TestNetworksPage)
#include "tst_networkspage.moc"
