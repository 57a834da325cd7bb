// CreatePoolPage ("Buy AI Dedicated Cluster") against the real local backend: the resource
// flavors and networks fill the form, fields show and hide as in pools_monitoring.md §1.1,
// messages appear next to their fields, the Create Network dialog checks its CIDR rules and
// shows the server's refusal, a pool bought from the form reaches Running in the pool list
// with every field in its create body, a server error stays on the form with the fields kept,
// asking for more nodes than a flavor has in stock brings the order back with the server's
// reason, and the draft is restored after the page is recreated.

#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/poollistmodel.h"
#include "ui/pools/createnetworkdialog.h"
#include "ui/pools/createpoolflavoreditor.h"
#include "ui/pools/createpoolpage.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/poolspage.h"
#include "widgets/keyvalueeditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::PoolDraft;
using models::PoolField;

namespace ma::models
{
// QCOMPARE prints the drafts' JSON when they differ.
char *toString(const PoolDraft &draft)
{
    return qstrdup(api::dumpJson(draft.toJson()).constData());
}
} // namespace ma::models

namespace
{
constexpr int kWaitMs = 15000;
constexpr int kLifecycleWaitMs = 40000;
const QString kCpuFlavor = QStringLiteral("modelarts.vm.cpu.8ud");
const QString kV100Flavor = QStringLiteral("modelarts.bm.gpu.v100.8"); // 24 nodes in stock
} // namespace

class TestCreatePoolPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void catalogFillsForm();
    void visibilityFollowsChoices();
    void messagesNextToFields();
    void createNetworkDialogRules();
    void boughtPoolReachesRunning();
    void serverErrorKeepsFields();
    void soldOutFlavorIsRefused();
    void moreNodesThanStockComesBack();
    void draftRestoredAfterRecreate();
    void screenshots();

private:
    void createPage();
    template <typename T> T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    bool rowShown(const char *fieldName) const;
    QString shownMessage(const char *fieldName) const;
    QString activeNetwork(const QString &name, const QString &cidr);
    PoolDraft validDraft(const QString &name, const QString &network, const QString &flavor, int count) const;
    void grab(const QString &fileName);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::CreatePoolPage> m_page;
    QStringList m_quotaTexts;
    QStringList m_navigations;
    bool m_answer = true;
};

void TestCreatePoolPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCreatePoolPage::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
        .removeRecursively();
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    auto client = m_backend->accessKeyClient();
    m_connection = std::make_unique<models::Connection>(
        models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"), client.release());
    m_quotaTexts.clear();
    m_navigations.clear();
    m_answer = true;
    createPage();
}

void TestCreatePoolPage::createPage()
{
    m_page = std::make_unique<ui::CreatePoolPage>();
    m_page->setConfirmHandler(
        [this](const QString &, const ui::CreatePoolConfirmDialog::Quota &quota)
        {
            m_quotaTexts.append(quota.text);
            return m_answer;
        });
    connect(m_page.get(), &ui::ConsolePage::navigationRequested, this,
        [this](const QString &page, const QVariant &argument)
        { m_navigations.append(page + u'|' + argument.toString()); });
    m_page->resize(1280, 800);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &ui::CreatePoolPage::catalogLoaded);
    m_page->setConnection(m_connection.get());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
}

void TestCreatePoolPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    m_backend.reset();
}

bool TestCreatePoolPage::rowShown(const char *fieldName) const
{
    QWidget *row = m_page->findChild<QWidget *>(QLatin1String(fieldName) + QStringLiteral("Row"));
    if (!row)
        qWarning("no row for %s", fieldName);
    return row && row->isVisibleTo(m_page.get());
}

QString TestCreatePoolPage::shownMessage(const char *fieldName) const
{
    auto *label = m_page->findChild<QLabel *>(QLatin1String(fieldName) + QStringLiteral("Message"));
    return label && label->isVisibleTo(m_page.get()) ? label->text() : QString();
}

/** Creates a network over the API and waits until it is Active; returns its metadata.name. */
QString TestCreatePoolPage::activeNetwork(const QString &name, const QString &cidr)
{
    auto client = m_backend->accessKeyClient();
    const api::ApiResult created
        = test::callAndWait(*client, api::networks::create(api::makeNetworkCreateRequest(name, cidr)));
    if (created.error.isError())
    {
        qWarning("network not created: %s", qPrintable(created.error.displayText()));
        return {};
    }
    const QString id = api::fromJson<api::Network>(api::parseJson(created.body)).metadata->name.value_or(QString());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kWaitMs)
    {
        const api::ApiResult shown = test::callAndWait(*client, api::networks::show(id));
        const auto network = api::fromJson<api::Network>(api::parseJson(shown.body));
        if (network.status && network.status->phase == u"Active")
            return id;
        QTest::qWait(50);
    }
    return {};
}

PoolDraft TestCreatePoolPage::validDraft(
    const QString &name, const QString &network, const QString &flavor, int count) const
{
    PoolDraft d;
    d.name = name;
    d.network = network;
    d.jobTypes = { QStringLiteral("Notebook"), QStringLiteral("Train") }; // the console's order of the choices
    d.instanceType = flavor.contains(u"gpu") ? QStringLiteral("GPU") : QStringLiteral("CPU");
    d.flavors = { { flavor, count, {}, 0 } };
    return d;
}

void TestCreatePoolPage::grab(const QString &fileName)
{
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QVERIFY(m_page->grab().save(dir + u'/' + fileName));
}

void TestCreatePoolPage::catalogFillsForm()
{
    QVERIFY(m_page->isCatalogLoaded());
    ui::CreatePoolFlavorEditor *flavors = m_page->flavorEditor();
    QCOMPARE(flavors->rowCount(), 1);
    QComboBox *combo = flavors->flavorCombo(0);
    // x86 + CPU: the one CPU node flavor (and the "Select" entry).
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(1).toString(), kCpuFlavor);
    QVERIFY(combo->itemText(1).startsWith(QStringLiteral("CPU: 8 vCPUs 32GB")));
    m_page->findChild<QAbstractButton *>(QStringLiteral("instanceType1"))->click(); // GPU
    QCOMPARE(m_page->draft().instanceType, QStringLiteral("GPU"));
    QCOMPARE(flavors->flavorCombo(0)->count(), 3);
    m_page->findChild<QAbstractButton *>(QStringLiteral("cpuArch1"))->click(); // Arm64
    m_page->findChild<QAbstractButton *>(QStringLiteral("instanceType2"))->click(); // Ascend
    QCOMPARE(flavors->flavorCombo(0)->count(), 2);
    QCOMPARE(flavors->flavorCombo(0)->itemData(1).toString(), QStringLiteral("modelarts.bm.snt9.xlarge.8"));
    // The AZs come from the flavors' status.phase keys.
    for (const char *zone : { "local-az1", "local-az2", "local-az3" })
        QVERIFY2(flavors->azSpin(0, QString::fromLatin1(zone)), zone);
    // Networks: none yet, so the combo offers only "Select a network".
    QCOMPARE(child<QComboBox>("networkCombo")->count(), 1);
}

void TestCreatePoolPage::visibilityFollowsChoices()
{
    // Pay-per-use: no Required Duration; Yearly/Monthly shows it.
    QVERIFY(!child<QWidget>("durationCard")->isVisibleTo(m_page.get()));
    m_page->findChild<QAbstractButton *>(QStringLiteral("billingMode1"))->click();
    QVERIFY(child<QWidget>("durationCard")->isVisibleTo(m_page.get()));
    // Logical is not offered (no logical specification, L1095).
    QVERIFY(!m_page->findChild<QAbstractButton *>(QStringLiteral("poolType1"))->isEnabled());
    // Storage off hides the disks.
    QVERIFY(!rowShown("systemDisk"));
    QVERIFY(!rowShown("dataDiskEditor"));
    QVERIFY(!rowShown("writeMode"));
    child<QCheckBox>("storageCheck")->click();
    QVERIFY(rowShown("systemDisk"));
    QVERIFY(rowShown("containerDisk"));
    QVERIFY(rowShown("dataDiskEditor"));
    QVERIFY(rowShown("writeMode"));
    // OS only with Advanced Node Configuration.
    QVERIFY(!rowShown("osCombo"));
    child<QCheckBox>("advancedNodeCheck")->click();
    QVERIFY(rowShown("osCombo"));
    // CPU pools have no driver; GPU pools offer the custom driver, its version only when on.
    QVERIFY(!child<QWidget>("driverCard")->isVisibleTo(m_page.get()));
    m_page->findChild<QAbstractButton *>(QStringLiteral("instanceType1"))->click();
    QVERIFY(child<QWidget>("driverCard")->isVisibleTo(m_page.get()));
    QVERIFY(!rowShown("driverVersionCombo"));
    child<QCheckBox>("customDriverCheck")->click();
    QVERIFY(rowShown("driverVersionCombo"));
    QCOMPARE(child<QComboBox>("driverVersionCombo")->itemText(1), QStringLiteral("535.54.03"));
    // No Snt9C flavor: the HA redundancy block never shows.
    QVERIFY(!child<QWidget>("haCard")->isVisibleTo(m_page.get()));
    // CIDR Block: Custom shows both blocks.
    QVERIFY(!rowShown("containerCidrEdit"));
    m_page->findChild<QAbstractButton *>(QStringLiteral("cidrMode1"))->click();
    QVERIFY(rowShown("containerCidrEdit"));
    QVERIFY(rowShown("serviceCidrEdit"));
    // Specifies AZ: the count gives way to the per-AZ counts.
    ui::CreatePoolFlavorEditor *flavors = m_page->flavorEditor();
    QVERIFY(flavors->countSpin(0)->isEnabled());
    m_page->findChild<QAbstractButton *>(QStringLiteral("azMode1"))->click();
    QVERIFY(!flavors->countSpin(0)->isEnabled());
    QVERIFY(flavors->azSpin(0, QStringLiteral("local-az1"))->isVisibleTo(m_page.get()));
}

void TestCreatePoolPage::messagesNextToFields()
{
    auto *name = child<QLineEdit>("nameEdit");
    name->setText(QStringLiteral("Pool"));
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("The name must start with a lowercase letter."));
    name->setText(QStringLiteral("pool-"));
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("The name cannot end with a hyphen (-)."));
    name->setText(QStringLiteral("pool-1"));
    QCOMPARE(shownMessage("nameEdit"), QString());
    QCOMPARE(m_page->fieldMessage(PoolField::Name), QString());

    // Buy Now with nothing chosen: every blocking message at once, nothing sent.
    child<QCheckBox>("jobTypeTrain")->setChecked(false);
    m_page->submit();
    QCOMPARE(shownMessage("jobTypesBox"), QStringLiteral("Select at least one job type."));
    QCOMPARE(shownMessage("networkBox"), QStringLiteral("Select a network."));
    QCOMPARE(m_page->fieldMessage(PoolField::Flavors, 0), QStringLiteral("Select a specification."));
    QVERIFY(m_quotaTexts.isEmpty());

    child<QSpinBox>("containerEngineSpin")->setValue(49);
    QCOMPARE(
        shownMessage("containerEngineSpin"), QStringLiteral("The container engine space must be at least 50 GiB."));
    // The CPU flavor's container disk is 50 GiB: more engine space than that is refused.
    m_page->flavorEditor()->flavorCombo(0)->setCurrentIndex(1);
    child<QSpinBox>("containerEngineSpin")->setValue(51);
    QCOMPARE(shownMessage("containerEngineSpin"),
        QStringLiteral("The container engine space cannot exceed the container disk (50 GiB)."));
    child<QSpinBox>("containerEngineSpin")->setValue(50);
    QCOMPARE(shownMessage("containerEngineSpin"), QString());

    // A second row with the same flavor.
    m_page->flavorEditor()->addRow();
    m_page->flavorEditor()->flavorCombo(1)->setCurrentIndex(1);
    QCOMPARE(m_page->fieldMessage(PoolField::Flavors, 1), QStringLiteral("Each specification can be added only once."));
    QCOMPARE(m_page->flavorEditor()->rowMessage(1), QStringLiteral("Each specification can be added only once."));
    m_page->flavorEditor()->removeRow(1);
    QCOMPARE(m_page->fieldMessage(PoolField::Flavors, 1), QString());

    // Tags: 20 at most, keys unique.
    m_page->findChild<widgets::KeyValueEditor *>(QStringLiteral("tagsEditor"))
        ->setRows({ { QStringLiteral("team"), QStringLiteral("a") }, { QStringLiteral("team"), QStringLiteral("b") } });
    QCOMPARE(m_page->fieldMessage(PoolField::Tags, 1), QStringLiteral("Tag keys must be unique."));
}

void TestCreatePoolPage::createNetworkDialogRules()
{
    QString created;
    QString cidrMessage;
    QString serverError;
    m_page->setNetworkDialogHandler(
        [&](ui::CreateNetworkDialog *dialog)
        {
            dialog->setName(QStringLiteral("lab-net"));
            dialog->setCustomCidr(QStringLiteral("172.16.8.0/24")); // inside the container block
            dialog->submit();
            cidrMessage = dialog->cidrMessage();
            // The console recommends 10.0.0.0/8-24; modelarts-local, like the API reference (P-15), takes
            // only 172.16.0.0/12 and 192.168.0.0/16: its refusal is shown in the dialog.
            dialog->setCustomCidr(QStringLiteral("10.1.0.0/16"));
            dialog->submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->serverError().isEmpty(), kWaitMs);
            serverError = dialog->serverError();
            dialog->setCustomCidr(QStringLiteral("192.168.0.0/16"));
            dialog->submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->createdNetwork().isEmpty(), kWaitMs);
            created = dialog->createdNetwork();
        });
    m_page->createNetwork();
    QCOMPARE(cidrMessage, QStringLiteral("The block cannot overlap the container CIDR block 172.16.0.0/16."));
    QVERIFY2(serverError.startsWith(QStringLiteral("The network was not created: ")), qPrintable(serverError));
    QVERIFY2(serverError.contains(QStringLiteral("192.168.0.0/16")), qPrintable(serverError));
    QVERIFY(!created.isEmpty());
    // The new network is chosen; it is Creating at first, then Active (the page reads it again).
    QTRY_COMPARE_WITH_TIMEOUT(m_page->draft().network, created, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QComboBox>("networkCombo")->currentText().contains(u'·'), kWaitMs);
    QCOMPARE(m_page->fieldMessage(PoolField::Network), QString());
}

void TestCreatePoolPage::boughtPoolReachesRunning()
{
    const QString network = activeNetwork(QStringLiteral("buy-net"), QStringLiteral("192.168.0.0/16"));
    QVERIFY(!network.isEmpty());
    m_page->reloadCatalog();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isCatalogLoaded(), kWaitMs);

    // The pool list the window goes to after the order.
    ui::PoolsPage list;
    list.setConnection(m_connection.get());
    list.setAutoRefreshSeconds(1);
    connect(m_page.get(), &ui::ConsolePage::navigationRequested, &list,
        [&list](const QString &page, const QVariant &argument)
        {
            if (page == ui::kPoolsPageId)
            {
                list.open(argument);
                list.show();
            }
        });

    PoolDraft d = validDraft(QStringLiteral("form-pool"), network, kCpuFlavor, 2);
    d.description = QStringLiteral("bought from the form");
    d.tags = { { QStringLiteral("team"), QStringLiteral("cv") } };
    d.manualAz = true;
    d.flavors[0].azCounts = { { QStringLiteral("local-az1"), 1 }, { QStringLiteral("local-az3"), 1 } };
    d.advancedNode = true;
    d.os = QStringLiteral("EulerOS 2.10 64bit");
    d.customCidr = true;
    d.containerCidr = QStringLiteral("172.18.0.0/16");
    d.serviceCidr = QStringLiteral("10.248.0.0/16");
    m_page->setDraft(d);
    QCOMPARE(m_page->draft(), d);

    QSignalSpy submitted(m_page.get(), &ui::CreatePoolPage::submitted);
    QSignalSpy finished(m_page.get(), &ui::CreatePoolPage::creationFinished);
    m_page->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    QCOMPARE(m_quotaTexts, QStringList { QStringLiteral("Quota: 0 of 15 resource pools used; this order uses 1.") });
    QCOMPARE(m_navigations.last(), ui::kPoolsPageId + u'|' + ui::kReloadPoolsArgument);
    QCOMPARE(m_page->submitError(), QString());
    const QString poolName = submitted.first().first().toString();
    QCOMPARE(m_page->watchedPool(), poolName);
    QVERIFY(!m_page->draftStore().exists());

    // In the list: Creating, then Running.
    models::PoolListModel *model = list.model();
    const auto phaseInList = [&]
    {
        for (int r = 0; r < model->rowCount(); ++r)
        {
            const QModelIndex index = model->index(r, 0);
            if (index.data(models::PoolListModel::PoolNameRole).toString() == poolName)
                return index.data(models::PoolListModel::PhaseRole).toString();
        }
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!phaseInList().isEmpty(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLifecycleWaitMs);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(phaseInList(), QStringLiteral("Running"), kWaitMs);
    list.resize(1280, 800);
    QCoreApplication::processEvents();
    list.grab().save(
        qEnvironmentVariable("MA_SCREENSHOT_DIR", QStringLiteral("/tmp")) + QStringLiteral("/poolscreate-list.png"));

    // Every field reached the create body.
    auto client = m_backend->accessKeyClient();
    const auto pool
        = api::fromJson<api::Pool>(api::parseJson(test::callAndWait(*client, api::pools::show(poolName)).body));
    QCOMPARE(api::poolDisplayName(pool), QStringLiteral("form-pool"));
    QCOMPARE(pool.spec.scope.value_or(std::vector<QString>()),
        (std::vector<QString> { QStringLiteral("Notebook"), QStringLiteral("Train") }));
    QCOMPARE(pool.spec.network->name.value_or(QString()), network);
    QCOMPARE(pool.metadata.annotations->at(QStringLiteral("os.modelarts/description")),
        QStringLiteral("bought from the form"));
    QCOMPARE(pool.spec.containerNetwork->cidr.value_or(QString()), QStringLiteral("172.18.0.0/16"));
    QCOMPARE(pool.spec.kubernetesSvcIpRange.value_or(QString()), QStringLiteral("10.248.0.0/16"));
    const api::PoolResource &resource = pool.spec.resources.front();
    QCOMPARE(resource.flavor, kCpuFlavor);
    QCOMPARE(resource.count, 2);
    QCOMPARE(resource.azs->size(), size_t(2));
    QCOMPARE(resource.azs->back().az.value_or(QString()), QStringLiteral("local-az3"));
    QCOMPARE(
        QString::fromStdString(resource.extendParams->at("dockerBaseSize").get<std::string>()), QStringLiteral("50"));
    QCOMPARE(QString::fromStdString(resource.os->at("name").get<std::string>()), QStringLiteral("EulerOS 2.10 64bit"));
    const auto tags
        = api::fromJson<api::PoolTagList>(api::parseJson(test::callAndWait(*client, api::pools::tags(poolName)).body));
    QCOMPARE(tags.tags.size(), size_t(1));
    QCOMPARE(tags.tags.front().key.value_or(QString()), QStringLiteral("team"));
}

void TestCreatePoolPage::serverErrorKeepsFields()
{
    const QString network = activeNetwork(QStringLiteral("err-net"), QStringLiteral("192.168.0.0/16"));
    m_page->reloadCatalog();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isCatalogLoaded(), kWaitMs);
    // 60 nodes of one flavor at once: modelarts-local takes 1 to 50 and answers 400.
    PoolDraft d = validDraft(QStringLiteral("too-big"), network, kCpuFlavor, 60);
    d.description = QStringLiteral("keep me");
    m_page->setDraft(d);
    m_page->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->submitError().isEmpty(), kWaitMs);
    QVERIFY2(m_page->submitError().startsWith(QStringLiteral("The resource pool was not created: ")),
        qPrintable(m_page->submitError()));
    QVERIFY2(m_page->submitError().contains(QStringLiteral("spec.resources[0].count must be 1 to 50.")),
        qPrintable(m_page->submitError()));
    QVERIFY(m_page->submitError().contains(QStringLiteral("ModelArts.50004000")));
    QCOMPARE(m_page->draft(), d);
    QVERIFY(m_navigations.isEmpty());
    QVERIFY(!m_page->isSubmitting());
    QCOMPARE(m_page->watchedPool(), QString());

    // The form corrected: two specifications reach the create body, and the pool has both.
    d.flavors = { { kCpuFlavor, 2, {}, 0 }, { QStringLiteral("modelarts.vm.gpu.t4.4"), 1, {}, 0 } };
    m_page->setDraft(d);
    m_page->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->watchedPool().isEmpty(), kWaitMs);
    auto client = m_backend->accessKeyClient();
    const auto pool = api::fromJson<api::Pool>(
        api::parseJson(test::callAndWait(*client, api::pools::show(m_page->watchedPool())).body));
    QCOMPARE(pool.spec.resources.size(), size_t(2));
    QCOMPARE(pool.spec.resources[0].flavor, kCpuFlavor);
    QCOMPARE(pool.spec.resources[0].count, 2);
    QCOMPARE(pool.spec.resources[1].flavor, QStringLiteral("modelarts.vm.gpu.t4.4"));
    QCOMPARE(pool.spec.resources[1].count, 1);
}

void TestCreatePoolPage::soldOutFlavorIsRefused()
{
    // Another pool takes the region's 16 Snt9 nodes: the flavor is listed as sold out.
    auto client = m_backend->accessKeyClient();
    PoolDraft other
        = validDraft(QStringLiteral("all-npus"), QString(), QStringLiteral("modelarts.bm.snt9.xlarge.8"), 16);
    QVERIFY(test::callAndWait(*client, api::pools::create(other.toCreateRequest(QString(), false))).ok());
    m_page->reloadCatalog();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isCatalogLoaded(), kWaitMs);
    m_page->findChild<QAbstractButton *>(QStringLiteral("cpuArch1"))->click();
    m_page->findChild<QAbstractButton *>(QStringLiteral("instanceType2"))->click();
    QComboBox *combo = m_page->flavorEditor()->flavorCombo(0);
    QVERIFY2(combo->itemText(1).endsWith(QStringLiteral("(sold out)")), qPrintable(combo->itemText(1)));
    combo->setCurrentIndex(1);
    QCOMPARE(m_page->fieldMessage(PoolField::Flavors, 0),
        QStringLiteral("This specification is sold out. Select another one."));
    // The name of an existing pool is refused next to the field.
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("all-npus"));
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("A resource pool with this name already exists."));
}

void TestCreatePoolPage::moreNodesThanStockComesBack()
{
    const QString network = activeNetwork(QStringLiteral("stock-net"), QStringLiteral("192.168.0.0/16"));
    m_page->reloadCatalog();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isCatalogLoaded(), kWaitMs);
    // 30 V100 nodes; the region has 24: the order is accepted and the creation fails (L1143).
    PoolDraft d = validDraft(QStringLiteral("big-gpu"), network, kV100Flavor, 30);
    d.description = QStringLiteral("thirty nodes");
    m_page->setDraft(d);
    QSignalSpy finished(m_page.get(), &ui::CreatePoolPage::creationFinished);
    m_page->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->watchedPool().isEmpty(), kWaitMs);
    QCOMPARE(m_page->submitError(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLifecycleWaitMs);
    QCOMPARE(finished.first().at(1).toBool(), false);

    // The server's reason on the form, every field kept, also when the form is opened again.
    const QString expected
        = QStringLiteral("The resource pool big-gpu could not be created: Insufficient resources: the "
                         "flavor modelarts.bm.gpu.v100.8 has 24 nodes left in stock; 30 were "
                         "requested. Change the order (for example choose another specification "
                         "or fewer instances) and buy again.");
    QCOMPARE(m_page->submitError(), expected);
    QCOMPARE(m_page->draft(), d);
    QCOMPARE(shownMessage("nameEdit"), QStringLiteral("A resource pool with this name already exists."));
    m_page->open(QVariant());
    QCOMPARE(m_page->submitError(), expected);
    QCOMPARE(m_page->draft(), d);
    QCOMPARE(m_page->flavorEditor()->countSpin(0)->value(), 30);
}

void TestCreatePoolPage::draftRestoredAfterRecreate()
{
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("draft-pool"));
    child<QCheckBox>("jobTypeInfer")->setChecked(true);
    m_page->findChild<QAbstractButton *>(QStringLiteral("billingMode1"))->click();
    m_page->flavorEditor()->flavorCombo(0)->setCurrentIndex(1);
    m_page->flavorEditor()->countSpin(0)->setValue(4);
    child<QSpinBox>("containerEngineSpin")->setValue(50);
    m_page->findChild<widgets::KeyValueEditor *>(QStringLiteral("tagsEditor"))
        ->setRows({ { QStringLiteral("owner"), QStringLiteral("me") } });
    const PoolDraft typed = m_page->draft();
    QCOMPARE(typed.name, QStringLiteral("draft-pool"));
    QCOMPARE(typed.flavors.front().flavorId, kCpuFlavor);
    // The autosave runs a second after the last edit.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->draftStore().exists(), kWaitMs);

    createPage();
    QCOMPARE(m_page->draft(), typed);
    QVERIFY(child<QWidget>("draftBanner")->isVisibleTo(m_page.get()));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("draft-pool"));
    QCOMPARE(m_page->flavorEditor()->countSpin(0)->value(), 4);

    m_page->discardDraft();
    QVERIFY(!m_page->draftStore().exists());
    QCOMPARE(m_page->draft(), PoolDraft());
}

void TestCreatePoolPage::screenshots()
{
    const QString network = activeNetwork(QStringLiteral("shot-net"), QStringLiteral("192.168.0.0/16"));
    m_page->reloadCatalog();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isCatalogLoaded(), kWaitMs);
    PoolDraft d = validDraft(QStringLiteral("cv-team-pool"), network, QStringLiteral("modelarts.vm.gpu.t4.4"), 2);
    d.flavors.append({ kV100Flavor, 1, {}, 0 });
    d.description = QStringLiteral("Vision team training pool");
    d.tags = { { QStringLiteral("team"), QStringLiteral("cv") } };
    d.storage = true;
    d.customDriver = true;
    d.driverVersion = QStringLiteral("535.54.03");
    m_page->setDraft(d);
    grab(QStringLiteral("poolscreate-top.png"));
    auto *scroll = m_page->findChild<QScrollArea *>();
    scroll->verticalScrollBar()->setValue(child<QWidget>("specCard")->y() - 10);
    grab(QStringLiteral("poolscreate-spec.png"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    grab(QStringLiteral("poolscreate-bottom.png"));

    // The Confirm step and the Create Network dialog as the user sees them.
    QString summary;
    ui::CreatePoolConfirmDialog::Quota quota;
    m_page->setConfirmHandler(
        [&](const QString &html, const ui::CreatePoolConfirmDialog::Quota &q)
        {
            summary = html;
            quota = q;
            return false;
        });
    m_page->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), kWaitMs);
    QVERIFY(summary.contains(QStringLiteral("cv-team-pool")));
    ui::CreatePoolConfirmDialog confirm(summary, quota, false);
    confirm.show();
    QCoreApplication::processEvents();
    QVERIFY(confirm.grab().save(qEnvironmentVariable("MA_SCREENSHOT_DIR", QStringLiteral("/tmp"))
        + QStringLiteral("/poolscreate-confirm.png")));
    m_page->setNetworkDialogHandler(
        [](ui::CreateNetworkDialog *dialog)
        {
            dialog->setName(QStringLiteral("Lab"));
            dialog->setCustomCidr(QStringLiteral("172.16.0.0/12"));
            dialog->submit();
            dialog->show();
            QCoreApplication::processEvents();
            QVERIFY(dialog->grab().save(qEnvironmentVariable("MA_SCREENSHOT_DIR", QStringLiteral("/tmp"))
                + QStringLiteral("/poolscreate-network.png")));
        });
    m_page->createNetwork();
}

QTEST_MAIN(TestCreatePoolPage)
#include "tst_createpoolpage.moc"
