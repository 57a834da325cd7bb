// PoolDetailsPage against the real local backend with demo data: the page opens a pool and
// shows its overview and nodes; a node restarted goes Rebooting and comes back Available;
// resize changes the node count on the server; the last node cannot be deleted; tags added
// and removed reach the server; deleting the pool asks for its name; job types change; the
// events filter and the CSV export work; the pool list opens the page from a name click; the
// driver upgrade from the header's More menu shows its progress per node and blocks restarts;
// a replaced node comes back under a new name; HA redundancy goes on and off for a batch of
// nodes; Migrate Workspace moves the pool to a workspace read from the server.

#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "api/workspacerequests.h"
#include "localconsole.h"
#include "models/acceleratorfragments.h"
#include "models/connection.h"
#include "models/pooleventmodel.h"
#include "models/poolformvalidator.h"
#include "models/poollistmodel.h"
#include "models/poolnodelistmodel.h"
#include "models/poolworkloadmodel.h"
#include "ui/dashboards/dashboardpageids.h"
#include "ui/pools/interconnectvpcdialog.h"
#include "ui/pools/pooldeletedialog.h"
#include "ui/pools/pooldetailspage.h"
#include "ui/pools/pooldriverupgradedialog.h"
#include "ui/pools/pooljobtypesdialog.h"
#include "ui/pools/poolmigratedialog.h"
#include "ui/pools/poolmonitoringtab.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/poolresizedialog.h"
#include "ui/pools/poolspage.h"
#include "widgets/dashboardgrid.h"
#include "widgets/dashboardpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ma;
using models::PoolNodeListModel;

namespace
{
constexpr int kWaitMs = 20000;
} // namespace

class TestPoolDetailsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensThePoolWithItsOverviewAndNodes();
    void restartedNodeGoesThroughItsStatesAndComesBack();
    void resetAsksAndTheNodeComesBack();
    void lastNodeCannotBeDeleted();
    void deletedNodeLeavesAndThePoolShrinks();
    void resizeChangesTheNodeCount();
    void resizeDialogKeepsNodesInUse();
    void tagsAddedAndRemovedReachTheServer();
    void tagsStopAtTwenty();
    void deletePoolAsksForTheName();
    void deleteDialogEnablesDeleteOnlyForTheExactName();
    void jobTypesReachTheServer();
    void jobTypesDialogNeedsOneType();
    void eventsFilterByType();
    void jobsTabListsTheJobsOfThePool();
    void specificationsShowEachFlavor();
    void nodeSearchAndExport();
    void pollsOnlyWhileVisible();
    void poolListOpensTheDetailsFromTheName();
    void monitoringTabShowsThePoolsChartsAndFragments();
    void driverUpgradeFromTheHeaderShowsProgressPerNode();
    void driverUpgradeNeedsGpuOrNpu();
    void replacedNodeComesBackUnderANewName();
    void haRedundancyOnAndOffForABatch();
    void migrateWorkspaceMovesThePool();
    void interconnectVpcShowsTheSubnetsOnTheNetwork();

private:
    QString poolId(const QString &displayName);
    api::Pool readPool(const QString &id);
    int serverNodeCount(const QString &id);
    void openPool(const QString &displayName);
    void selectNodes(const QStringList &names);
    QString nodePhase(const QString &node) const;

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::PoolDetailsPage> m_page;
    test::QuestionRecorder m_confirm;
};

void TestPoolDetailsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPoolDetailsPage::init()
{
    // Ten times faster than life: a reboot (30 s) takes 3 s, long enough to see Rebooting.
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 10.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_page = std::make_unique<ui::PoolDetailsPage>();
    m_confirm.reset();
    m_page->setConfirmHandler(m_confirm.handler());
    m_page->setPollInterval(200);
    m_page->resize(1280, 760);
    m_page->show();
    m_page->setConnection(m_console->connection());
}

void TestPoolDetailsPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

QString TestPoolDetailsPage::poolId(const QString &displayName)
{
    const api::ApiResult result = test::callAndWait(m_console->client(), api::pools::list());
    if (!result.ok())
        return QString();
    for (const api::Pool &pool : api::fromBody<api::PoolList>(result.body).items)
        if (api::poolDisplayName(pool) == displayName)
            return pool.metadata.name.value_or(QString());
    return QString();
}

api::Pool TestPoolDetailsPage::readPool(const QString &id)
{
    const api::ApiResult result = test::callAndWait(m_console->client(), api::pools::show(id));
    return result.ok() ? api::fromBody<api::Pool>(result.body) : api::Pool();
}

int TestPoolDetailsPage::serverNodeCount(const QString &id)
{
    const api::ApiResult result = test::callAndWait(m_console->client(), api::pools::nodes(id));
    return result.ok() ? int(api::fromBody<api::NodeList>(result.body).items.size()) : -1;
}

void TestPoolDetailsPage::openPool(const QString &displayName)
{
    const QString id = poolId(displayName);
    QVERIFY2(!id.isEmpty(), qPrintable(displayName));
    QSignalSpy loaded(m_page.get(), &ui::PoolDetailsPage::poolLoaded);
    m_page->open(id);
    QVERIFY(loaded.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->nodeModel()->rowCount() > 0, kWaitMs);
}

void TestPoolDetailsPage::selectNodes(const QStringList &names)
{
    QTableView *view = m_page->nodeView();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        if (names.contains(index.data(PoolNodeListModel::NodeNameRole).toString()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_page->selectedNodeNames().size(), names.size());
}

QString TestPoolDetailsPage::nodePhase(const QString &node) const
{
    const int row = m_page->nodeModel()->rowOf(node);
    return row < 0 ? QString() : m_page->nodeModel()->index(row, 0).data(PoolNodeListModel::PhaseRole).toString();
}

void TestPoolDetailsPage::opensThePoolWithItsOverviewAndNodes()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString id = m_page->poolName();
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("poolName"))->text(), QStringLiteral("gpu-v100-pool"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("ID")), id);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Status")), QStringLiteral("Running"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Nodes (Available/Total)")), QStringLiteral("4/4"));
    QVERIFY(m_page->overviewValue(QStringLiteral("Job Types")).contains(QStringLiteral("Training Job")));
    QVERIFY(m_page->overviewValue(QStringLiteral("Flavors")).contains(QStringLiteral("modelarts.bm.gpu.v100.8")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->overviewValue(QStringLiteral("CIDR Block")).isEmpty(), kWaitMs);

    QCOMPARE(m_page->nodeModel()->rowCount(), 4);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("nodeCount"))->text(), QStringLiteral("4 nodes"));
    const QModelIndex first = m_page->nodeModel()->index(0, PoolNodeListModel::Accelerators);
    QVERIFY2(first.data().toString().startsWith(QStringLiteral("GPU")), qPrintable(first.data().toString()));
    QCOMPARE(
        m_page->nodeModel()->index(0, 0).data(PoolNodeListModel::PhaseRole).toString(), QStringLiteral("Available"));

    // A running pool can be resized and get job types; nothing selected, no node operation.
    QVERIFY(m_page->resizeButton()->isEnabled());
    QVERIFY(m_page->jobTypesButton()->isEnabled());
    QVERIFY(m_page->deleteButton()->isEnabled());
    QVERIFY(!m_page->restartNodesAction()->isEnabled());
    QVERIFY(!m_page->deleteNodesAction()->isEnabled());
}

void TestPoolDetailsPage::restartedNodeGoesThroughItsStatesAndComesBack()
{
    openPool(QStringLiteral("ascend-snt9-pool"));
    const QString node = m_page->nodeModel()->index(0, 0).data(PoolNodeListModel::NodeNameRole).toString();
    selectNodes({ node });
    QVERIFY(m_page->restartNodesAction()->isEnabled());
    QSignalSpy reset(m_page->nodeModel(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);

    m_page->restartNodesAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().contains(node), qPrintable(m_confirm.questions.front()));
    QVERIFY2(m_confirm.questions.front().startsWith(QStringLiteral("Restart the node")),
        qPrintable(m_confirm.questions.front()));
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.front().front().value<models::ActionOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));

    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(node), QStringLiteral("Rebooting"), kWaitMs);
    const int row = m_page->nodeModel()->rowOf(node);
    QCOMPARE(m_page->nodeModel()->index(row, PoolNodeListModel::Status).data().toString(), QStringLiteral("Rebooting"));
    // A rebooting node cannot be restarted again.
    selectNodes({ node });
    QVERIFY(!m_page->restartNodesAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(node), QStringLiteral("Available"), kWaitMs);
    QVERIFY(m_page->restartNodesAction()->isEnabled());
    QCOMPARE(reset.size(), 0); // the row changed in place
}

void TestPoolDetailsPage::resetAsksAndTheNodeComesBack()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString node = m_page->nodeModel()->index(1, 0).data(PoolNodeListModel::NodeNameRole).toString();
    selectNodes({ node });
    QVERIFY(m_page->resetNodesAction()->isEnabled());

    // Declined: nothing is sent.
    m_confirm.answer = false;
    m_page->resetNodesAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY(m_confirm.questions.front().contains(QStringLiteral("operating system")));
    QCOMPARE(nodePhase(node), QStringLiteral("Available"));

    m_confirm.answer = true;
    m_page->resetNodesAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(node), QStringLiteral("Resetting"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(node), QStringLiteral("Available"), kWaitMs);
}

void TestPoolDetailsPage::lastNodeCannotBeDeleted()
{
    openPool(QStringLiteral("cpu-small-pool"));
    QCOMPARE(m_page->nodeModel()->rowCount(), 1);
    const QString node = m_page->nodeModel()->index(0, 0).data(PoolNodeListModel::NodeNameRole).toString();
    selectNodes({ node });
    QVERIFY(m_page->restartNodesAction()->isEnabled());
    QVERIFY(!m_page->deleteNodesAction()->isEnabled());
    QVERIFY(m_page->deleteNodesAction()->toolTip().contains(QStringLiteral("last node")));
    m_page->deleteSelectedNodes();
    QVERIFY(m_confirm.questions.isEmpty());
}

void TestPoolDetailsPage::deletedNodeLeavesAndThePoolShrinks()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString id = m_page->poolName();
    QStringList all;
    for (int row = 0; row < m_page->nodeModel()->rowCount(); ++row)
        all << m_page->nodeModel()->index(row, 0).data(PoolNodeListModel::NodeNameRole).toString();
    selectNodes(all);
    QVERIFY(!m_page->deleteNodesAction()->isEnabled()); // every node: the last one would go

    const QString doomed = all.last();
    selectNodes({ doomed });
    QVERIFY(m_page->deleteNodesAction()->isEnabled());
    m_page->deleteNodesAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().contains(doomed), qPrintable(m_confirm.questions.front()));
    QTRY_COMPARE_WITH_TIMEOUT(readPool(id).spec.resources.front().count, 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowOf(doomed), -1, kWaitMs);
    QCOMPARE(m_page->nodeModel()->rowCount(), 3);
}

void TestPoolDetailsPage::resizeChangesTheNodeCount()
{
    openPool(QStringLiteral("ascend-snt9-pool"));
    const QString id = m_page->poolName();
    const QString flavor = m_page->pool()->spec.resources.front().flavor;
    QCOMPARE(serverNodeCount(id), 2);

    m_page->resizeTo({ { flavor, 3 } });
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().startsWith(
                 QStringLiteral("Scale out the pool “ascend-snt9-pool” from 2 to 3 nodes?")),
        qPrintable(m_confirm.questions.front()));
    QTRY_COMPARE_WITH_TIMEOUT(readPool(id).spec.resources.front().count, 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowCount(), 3, kWaitMs);
    // The new node boots (60 s / 10) and becomes Available; the overview follows.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Nodes (Available/Total)")), QStringLiteral("3/3"), kWaitMs);

    m_page->resizeTo({ { flavor, 2 } });
    QCOMPARE(m_confirm.questions.size(), 2);
    QVERIFY2(
        m_confirm.questions.at(1).startsWith(QStringLiteral("Scale in the pool “ascend-snt9-pool” from 3 to 2 nodes?")),
        qPrintable(m_confirm.questions.at(1)));
    QTRY_COMPARE_WITH_TIMEOUT(readPool(id).spec.resources.front().count, 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowCount(), 2, kWaitMs);
}

void TestPoolDetailsPage::resizeDialogKeepsNodesInUse()
{
    ui::PoolResizeDialog dialog(QStringLiteral("p"), { { QStringLiteral("flavor.a"), 4 } }, 3);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QSpinBox *spin = dialog.spinBox(QStringLiteral("flavor.a"));
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 1); // no flavor goes to 0 (console L1296)
    QVERIFY(!ok->isEnabled()); // unchanged
    dialog.setTarget(QStringLiteral("flavor.a"), 6);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.message().isEmpty());
    dialog.setTarget(QStringLiteral("flavor.a"), 2);
    QCOMPARE(
        dialog.message(), QStringLiteral("The pool needs at least 3 nodes for the jobs and notebooks running in it."));
    QVERIFY(!ok->isEnabled());
    dialog.setTarget(QStringLiteral("flavor.a"), 3);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.targets().front().count, 3);
}

void TestPoolDetailsPage::tagsAddedAndRemovedReachTheServer()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString id = m_page->poolName();
    QSignalSpy tagsLoaded(m_page.get(), &ui::PoolDetailsPage::tagsLoaded);
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::TagsTab);
    QVERIFY(tagsLoaded.wait(kWaitMs));
    const int before = int(m_page->tags().size());

    auto *key = m_page->findChild<QLineEdit *>(QStringLiteral("tagKey"));
    auto *value = m_page->findChild<QLineEdit *>(QStringLiteral("tagValue"));
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addTagButton"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(key, QStringLiteral("team"));
    QTest::keyClicks(value, QStringLiteral("vision"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->tags().value(QStringLiteral("team")), QStringLiteral("vision"), kWaitMs);
    QCOMPARE(m_page->tagTable()->rowCount(), before + 1);
    const auto serverTags = [this, &id]
    {
        QMap<QString, QString> out;
        const api::ApiResult result = test::callAndWait(m_console->client(), api::pools::tags(id));
        for (const api::PoolTag &tag : api::fromBody<api::PoolTagList>(result.body).tags)
            out.insert(tag.key.value_or(QString()), tag.value.value_or(QString()));
        return out;
    };
    QCOMPARE(serverTags().value(QStringLiteral("team")), QStringLiteral("vision"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("tagCounter"))->text(),
        QStringLiteral("%1 tags available for addition.").arg(20 - before - 1));

    // Select the row and delete it.
    QTableWidget *table = m_page->tagTable();
    const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("team"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->selectRow(found.front()->row());
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deleteTagButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_confirm.questions.back().contains(QStringLiteral("team")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->tags().contains(QStringLiteral("team")), kWaitMs);
    QVERIFY(!serverTags().contains(QStringLiteral("team")));
}

void TestPoolDetailsPage::tagsStopAtTwenty()
{
    openPool(QStringLiteral("cpu-small-pool"));
    const QString id = m_page->poolName();
    api::PoolTagList many;
    for (int i = 0; i < 20; ++i)
    {
        api::PoolTag tag;
        tag.key = QStringLiteral("k%1").arg(i);
        tag.value = QStringLiteral("v");
        many.tags.push_back(tag);
    }
    QVERIFY(test::callAndWait(m_console->client(), api::pools::createTags(id, many)).ok());
    QSignalSpy tagsLoaded(m_page.get(), &ui::PoolDetailsPage::tagsLoaded);
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::TagsTab);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->tags().size(), 20, kWaitMs);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("tagCounter"))->text(),
        QStringLiteral("0 tags available for addition."));
    auto *key = m_page->findChild<QLineEdit *>(QStringLiteral("tagKey"));
    QTest::keyClicks(key, QStringLiteral("one-more"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("tagMessage"))->text(),
        QStringLiteral("A pool has at most 20 tags; delete one first."));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("addTagButton"))->isEnabled());
    // An existing key can still get another value.
    key->clear();
    QTest::keyClicks(key, QStringLiteral("k3"));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("addTagButton"))->isEnabled());
}

void TestPoolDetailsPage::deletePoolAsksForTheName()
{
    openPool(QStringLiteral("ascend-snt9-pool"));
    const QString id = m_page->poolName();
    QSignalSpy deleted(m_page.get(), &ui::PoolDetailsPage::poolDeleted);
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    QString question;
    bool okEnabledForWrongName = true;
    QTimer::singleShot(0, this,
        [&]
        {
            auto *dialog = qobject_cast<ui::PoolDeleteDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            question = dialog->question();
            QLineEdit *edit = dialog->wordEdit();
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(edit, QStringLiteral("ascend-snt9"));
            okEnabledForWrongName = ok->isEnabled();
            QTest::keyClicks(edit, QStringLiteral("-pool"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    m_page->deleteButton()->click();
    QVERIFY2(question.startsWith(QStringLiteral("Delete the dedicated resource pool “ascend-snt9-pool”?")),
        qPrintable(question));
    QVERIFY(!okEnabledForWrongName);
    QVERIFY(deleted.wait(kWaitMs));
    QCOMPARE(deleted.front().front().toString(), id);
    QCOMPARE(navigation.back().front().toString(), ui::kPoolsPageId);
    const api::ApiResult shown = test::callAndWait(m_console->client(), api::pools::show(id));
    QVERIFY(!shown.ok() || api::fromBody<api::Pool>(shown.body).status->phase == QStringLiteral("Deleting"));
}

void TestPoolDetailsPage::deleteDialogEnablesDeleteOnlyForTheExactName()
{
    ui::PoolDeleteDialog dialog(QStringLiteral("pool-a"), QStringLiteral("Delete?"));
    QLineEdit *edit = dialog.wordEdit();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Delete"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("Pool-A"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("message"))->text(),
        QStringLiteral("The name does not match the pool's name."));
    edit->setText(QStringLiteral("pool-a"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.isConfirmed());
}

void TestPoolDetailsPage::jobTypesReachTheServer()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString id = m_page->poolName();
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->setJobTypes({ QStringLiteral("Train"), QStringLiteral("Notebook") });
    QVERIFY(finished.wait(kWaitMs));
    const auto scope = readPool(id).spec.scope.value_or(std::vector<QString>());
    QCOMPARE(
        QStringList(scope.begin(), scope.end()), QStringList({ QStringLiteral("Train"), QStringLiteral("Notebook") }));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Job Types")).contains(QStringLiteral("Notebook")), kWaitMs);
}

void TestPoolDetailsPage::jobTypesDialogNeedsOneType()
{
    ui::PoolJobTypesDialog dialog(QStringLiteral("p"), { QStringLiteral("Train") });
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // unchanged
    dialog.setScope({});
    QCOMPARE(dialog.message(), QStringLiteral("Select at least one job type."));
    QVERIFY(!ok->isEnabled());
    dialog.setScope({ QStringLiteral("Infer"), QStringLiteral("Train") });
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.scope(), QStringList({ QStringLiteral("Train"), QStringLiteral("Infer") }));
}

void TestPoolDetailsPage::eventsFilterByType()
{
    openPool(QStringLiteral("gpu-v100-pool")); // its history has a node that went abnormal
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::EventsTab);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->eventModel()->rowCount() > 3, kWaitMs);
    const int all = m_page->eventModel()->rowCount();
    bool hasStart = false;
    for (int row = 0; row < all; ++row)
        hasStart = hasStart
            || m_page->eventModel()->index(row, models::PoolEventModel::Message).data().toString()
                == QStringLiteral("Start creating pool");
    QVERIFY(hasStart);
    QComboBox *type = m_page->eventTypeCombo();
    type->setCurrentIndex(type->findData(QStringLiteral("Normal")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->eventModel()->rowCount() > 0, kWaitMs);
    for (int row = 0; row < m_page->eventModel()->rowCount(); ++row)
        QCOMPARE(m_page->eventModel()->index(row, 0).data(models::PoolEventModel::TypeRole).toString(),
            QStringLiteral("Normal"));
    QVERIFY(m_page->eventModel()->rowCount() <= all);
}

void TestPoolDetailsPage::jobsTabListsTheJobsOfThePool()
{
    // The built-in local pool runs jobs for real; it cannot be resized or deleted.
    QSignalSpy loaded(m_page.get(), &ui::PoolDetailsPage::poolLoaded);
    m_page->open(QStringLiteral("local"));
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(!m_page->resizeButton()->isEnabled());
    QVERIFY(!m_page->deleteButton()->isEnabled());
    QVERIFY(m_page->jobTypesButton()->isEnabled());

    const QString id
        = test::createLocalJob(m_console->client(), QStringLiteral("in-the-pool"), QStringLiteral("sleep 1"));
    QVERIFY(!id.isEmpty());
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::JobsTab);
    const auto rowOfJob = [this, &id]
    {
        const models::PoolWorkloadModel *model = m_page->workloadModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(models::PoolWorkloadModel::JobIdRole).toString() == id)
                return row;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOfJob() >= 0, kWaitMs);
    QCOMPARE(m_page->workloadModel()->index(rowOfJob(), models::PoolWorkloadModel::Name).data().toString(),
        QStringLiteral("in-the-pool"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->jobCountsText().startsWith(QStringLiteral("1 job · ")), kWaitMs);
    // The job completes; the counts follow without leaving the tab.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->jobCountsText().contains(QStringLiteral("Completed: 1")), kWaitMs);
}

void TestPoolDetailsPage::specificationsShowEachFlavor()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::SpecificationsTab);
    QTableWidget *table = m_page->specificationTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("modelarts.bm.gpu.v100.8"));
    QCOMPARE(table->item(0, 7)->text(), QStringLiteral("4"));
    // CPU cores, architecture and accelerator come from the resource flavor.
    QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 6)->text().startsWith(QStringLiteral("8 ×")), kWaitMs);
    QVERIFY(!table->item(0, 3)->text().isEmpty());
    QVERIFY(!table->item(0, 1)->text().isEmpty()); // metering id
}

void TestPoolDetailsPage::nodeSearchAndExport()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QModelIndex ipIndex = m_page->nodeModel()->index(2, PoolNodeListModel::Ip);
    const QString ip = ipIndex.data().toString();
    QVERIFY(!ip.isEmpty());
    QTest::keyClicks(m_page->nodeSearch(), ip);
    QCOMPARE(m_page->nodeView()->model()->rowCount(), 1);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("nodeCount"))->text(), QStringLiteral("1 of 4 nodes"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nodes.csv"));
    QVERIFY(m_page->exportNodesTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header and the one node shown
    QVERIFY(lines.front().contains(QStringLiteral("Status")));
    QVERIFY(!lines.front().contains(QStringLiteral("Pool"))); // hidden columns are not exported
    QVERIFY(lines.at(1).contains(ip));

    m_page->nodeSearch()->clear();
    QCOMPARE(m_page->nodeView()->model()->rowCount(), 4);
}

void TestPoolDetailsPage::pollsOnlyWhileVisible()
{
    openPool(QStringLiteral("cpu-small-pool"));
    QVERIFY(m_page->watcher()->isPolling());
    m_page->hide();
    QVERIFY(!m_page->watcher()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->watcher()->isPolling(), kWaitMs);
    const int reads = m_page->watcher()->reads();
    QTest::qWait(600); // three poll intervals: no read may happen while hidden
    QCOMPARE(m_page->watcher()->reads(), reads);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->watcher()->reads() > reads, kWaitMs);
}

void TestPoolDetailsPage::poolListOpensTheDetailsFromTheName()
{
    ui::PoolsPage list;
    list.resize(1200, 600);
    list.show();
    list.setConnection(m_console->connection());
    QTRY_VERIFY_WITH_TIMEOUT(list.model()->rowCount() > 0, kWaitMs);
    QSignalSpy navigation(&list, &ui::ConsolePage::navigationRequested);
    QTableView *view = list.view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, models::PoolListModel::Name).data().toString() == QStringLiteral("gpu-v100-pool"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex name = view->model()->index(row, models::PoolListModel::Name);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
    QCOMPARE(navigation.size(), 1);
    QCOMPARE(navigation.front().at(0).toString(), ui::kPoolDetailsPageId);
    QCOMPARE(navigation.front().at(1).toString(), name.data(models::PoolListModel::PoolNameRole).toString());

    // Another column selects without opening.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->visualRect(view->model()->index(row, models::PoolListModel::Status)).center());
    QCOMPARE(navigation.size(), 1);
}

void TestPoolDetailsPage::monitoringTabShowsThePoolsChartsAndFragments()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    // The console's first tab; the page still opens on Nodes.
    QCOMPARE(m_page->tabs()->tabText(ui::PoolDetailsPage::MonitoringTab), QStringLiteral("Monitoring"));
    QCOMPARE(m_page->tabs()->currentIndex(), int(ui::PoolDetailsPage::NodesTab));
    ui::PoolMonitoringTab *monitoring = m_page->monitoringTab();
    QVERIFY(monitoring);

    // The fragments snapshot follows the node list: the idle cards of the Available nodes.
    int idle = 0;
    int largest = 0;
    for (int row = 0; row < m_page->nodeModel()->rowCount(); ++row)
    {
        const QModelIndex index = m_page->nodeModel()->index(row, 0);
        if (index.data(PoolNodeListModel::PhaseRole).toString() != QStringLiteral("Available"))
            continue;
        idle += index.data(PoolNodeListModel::AcceleratorFreeRole).toInt();
        largest = std::max(largest, index.data(PoolNodeListModel::AcceleratorTotalRole).toInt());
    }
    QCOMPARE(largest, 8); // modelarts.bm.gpu.v100.8
    QTRY_COMPARE_WITH_TIMEOUT(monitoring->fragments()->idleCards(), idle, kWaitMs);
    QCOMPARE(monitoring->fragments()->rowCount(), 4); // tasks of 1, 2, 4 and 8 cards
    QCOMPARE(monitoring->fragments()->acceleratorKind(), QStringLiteral("GPU"));
    QVERIFY(monitoring->fragmentsSummary().contains(QString::number(idle)));

    // Shown, the tab queries the pool's charts from modelarts-local's Prometheus API (the data
    // source the Local profile gets in the app).
    test::LocalBackend &backend = m_console->backend();
    m_console->connection()->setPrometheusSource(
        { backend.url(), backend.server().config().userName, backend.server().config().password });
    m_page->setConnection(nullptr);
    m_page->setConnection(m_console->connection());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->nodeModel()->rowCount() > 0, kWaitMs);
    QSignalSpy refreshed(monitoring, &ui::PoolMonitoringTab::refreshed);
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::MonitoringTab);
    QVERIFY(refreshed.wait(kWaitMs));
    QCOMPARE(monitoring->grid()->panels().size(), ui::PoolMonitoringTab::panelIds().size());
    for (widgets::DashboardPanel *panel : monitoring->grid()->panels())
        QVERIFY2(!panel->hasError(), qPrintable(panel->id() + QStringLiteral(": ") + panel->error()));
    widgets::DashboardPanel *cpu = monitoring->grid()->panel(QStringLiteral("cluster.cpu"));
    QTRY_VERIFY_WITH_TIMEOUT(!cpu->series().isEmpty(), kWaitMs);
    for (const models::TimeSeries &s : cpu->series())
        QCOMPARE(s.name(), m_page->poolName()); // narrowed to this pool

    // "Open in Dashboards" asks for the Cluster view with this pool.
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    monitoring->findChild<QPushButton *>(QStringLiteral("openDashboards"))->click();
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.at(0).at(0).toString(), ui::kDashboardsPageId);
    QCOMPARE(navigation.at(0).at(1).toMap().value(QStringLiteral("pool")).toString(), m_page->poolName());

    // Off screen it stops querying.
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::NodesTab);
    QVERIFY(!monitoring->grid()->panel(QStringLiteral("cluster.cpu"))->isLoading());
}

void TestPoolDetailsPage::driverUpgradeFromTheHeaderShowsProgressPerNode()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString id = m_page->poolName();
    QVERIFY(m_page->moreButton()->isEnabled());
    QVERIFY(m_page->moreButton()->menu()->actions().contains(m_page->upgradeDriverAction()));
    QVERIFY(m_page->upgradeDriverAction()->isEnabled());
    const QString target = QStringLiteral("550.54.15");

    // The header's More > Upgrade Driver… opens the dialog with the pool's driver.
    QString shownKind;
    QString shownInstances;
    QTimer::singleShot(0, this,
        [&]
        {
            auto *dialog = qobject_cast<ui::PoolDriverUpgradeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shownKind = dialog->findChild<QLabel *>(QStringLiteral("kindValue"))->text();
            shownInstances = dialog->findChild<QLabel *>(QStringLiteral("instancesValue"))->text();
            dialog->setTargetVersion(target);
            dialog->setForcible(true);
            dialog->setRolling(ui::PoolDriverUpgradeDialog::Rolling::Count, 2);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    m_page->upgradeDriverAction()->trigger();
    QCOMPARE(shownKind, QStringLiteral("GPU"));
    QCOMPARE(shownInstances, QStringLiteral("4"));
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().startsWith(
                 QStringLiteral("Upgrade the GPU driver of the pool “gpu-v100-pool” from 535.54.03 to 550.54.15?")),
        qPrintable(m_confirm.questions.front()));
    QVERIFY2(m_confirm.questions.front().contains(QStringLiteral("Rolling: 2 of 4 nodes at a time.")),
        qPrintable(m_confirm.questions.front()));

    // Per-node progress on the Nodes tab; no restart or reset meanwhile.
    const auto statesOf = [this]
    {
        QStringList states;
        for (int row = 0; row < m_page->nodeModel()->rowCount(); ++row)
            states << m_page->nodeModel()->index(row, 0).data(PoolNodeListModel::DriverStateRole).toString();
        return states;
    };
    QTRY_COMPARE_WITH_TIMEOUT(statesOf().count(QStringLiteral("Upgrading")), 2, kWaitMs);
    QCOMPARE(statesOf().count(QStringLiteral("Waiting")), 2);
    int upgradingRow = -1;
    for (int row = 0; row < m_page->nodeModel()->rowCount(); ++row)
        if (statesOf().at(row) == u"Upgrading")
            upgradingRow = row;
    QCOMPARE(m_page->nodeModel()->index(upgradingRow, PoolNodeListModel::Driver).data().toString(),
        QStringLiteral("535.54.03 (Upgrading)"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Driver")), QStringLiteral("GPU 535.54.03 (Upgrading)"), kWaitMs);
    const QString node = m_page->nodeModel()->index(0, 0).data(PoolNodeListModel::NodeNameRole).toString();
    selectNodes({ node });
    QVERIFY(!m_page->restartNodesAction()->isEnabled());
    QVERIFY(!m_page->resetNodesAction()->isEnabled());
    QVERIFY(!m_page->upgradeDriverAction()->isEnabled()); // one upgrade at a time

    QTRY_COMPARE_WITH_TIMEOUT(statesOf(), QStringList(4, QStringLiteral("Running")), kWaitMs);
    for (int row = 0; row < m_page->nodeModel()->rowCount(); ++row)
        QCOMPARE(m_page->nodeModel()->index(row, 0).data(PoolNodeListModel::DriverVersionRole).toString(), target);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Driver")), QStringLiteral("GPU 550.54.15 (Running)"), kWaitMs);
    QCOMPARE(readPool(id).status->driver->gpu->version.value_or(QString()), target);
    QVERIFY(m_page->restartNodesAction()->isEnabled());
}

void TestPoolDetailsPage::driverUpgradeNeedsGpuOrNpu()
{
    openPool(QStringLiteral("cpu-small-pool"));
    QVERIFY(!m_page->driverUpgradeInput().has_value());
    QVERIFY(!m_page->upgradeDriverAction()->isEnabled());
    QVERIFY(m_page->migrateWorkspaceAction()->isEnabled());

    openPool(QStringLiteral("ascend-snt9-pool"));
    const auto input = m_page->driverUpgradeInput();
    QVERIFY(input.has_value());
    QCOMPARE(input->kind, QStringLiteral("npu"));
    QCOMPARE(input->instances, 2);
    QCOMPARE(input->currentVersion, QStringLiteral("23.0.6"));
    QVERIFY(m_page->upgradeDriverAction()->isEnabled());
}

void TestPoolDetailsPage::replacedNodeComesBackUnderANewName()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    QStringList before;
    for (int row = 0; row < m_page->nodeModel()->rowCount(); ++row)
        before << m_page->nodeModel()->index(row, 0).data(PoolNodeListModel::NodeNameRole).toString();
    selectNodes(before.mid(0, 2));
    QVERIFY(!m_page->replaceNodeAction()->isEnabled()); // one node at a time, as in the console

    const QString node = before.first();
    selectNodes({ node });
    QVERIFY(m_page->replaceNodeAction()->isEnabled());
    m_confirm.answer = false;
    m_page->replaceNodeAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().startsWith(QStringLiteral("Replace the node “%1”?").arg(node)),
        qPrintable(m_confirm.questions.front()));
    QCOMPARE(nodePhase(node), QStringLiteral("Available")); // declined: nothing sent

    m_confirm.answer = true;
    m_page->replaceNodeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(node), QStringLiteral("Replacing"), kWaitMs);
    const int row = m_page->nodeModel()->rowOf(node);
    QCOMPARE(m_page->nodeModel()->index(row, PoolNodeListModel::Status).data().toString(), QStringLiteral("Replacing"));
    // While a node is Replacing, no node can be reset.
    selectNodes({ before.at(1) });
    QVERIFY(!m_page->resetNodesAction()->isEnabled());

    // The node leaves and a new one (another name) is Available in its place.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowOf(node), -1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowCount(), 4, kWaitMs);
    QString fresh;
    for (int r = 0; r < m_page->nodeModel()->rowCount(); ++r)
    {
        const QString name = m_page->nodeModel()->index(r, 0).data(PoolNodeListModel::NodeNameRole).toString();
        if (!before.contains(name))
            fresh = name;
    }
    QVERIFY(!fresh.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(nodePhase(fresh), QStringLiteral("Available"), kWaitMs);
    selectNodes({ before.at(1) });
    QVERIFY(m_page->resetNodesAction()->isEnabled());
}

void TestPoolDetailsPage::haRedundancyOnAndOffForABatch()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    const QString a = m_page->nodeModel()->index(0, 0).data(PoolNodeListModel::NodeNameRole).toString();
    const QString b = m_page->nodeModel()->index(1, 0).data(PoolNodeListModel::NodeNameRole).toString();
    const auto haOf = [this](const QString &node)
    {
        const int row = m_page->nodeModel()->rowOf(node);
        return m_page->nodeModel()->index(row, PoolNodeListModel::HaRedundant).data().toString();
    };
    QCOMPARE(haOf(a), QStringLiteral("Non-HA redundant"));
    QVERIFY(!m_page->nodeMoreButton()->isEnabled()); // nothing selected
    selectNodes({ a, b });
    QVERIFY(m_page->nodeMoreButton()->isEnabled());
    QVERIFY(m_page->nodeMoreButton()->menu()->actions().contains(m_page->enableHaAction()));
    QVERIFY(m_page->enableHaAction()->isEnabled());
    QVERIFY(!m_page->disableHaAction()->isEnabled());

    m_page->enableHaAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    const QString question = m_confirm.questions.front();
    QVERIFY2(question.startsWith(QStringLiteral("Enable HA redundancy on these 2 nodes?")), qPrintable(question));
    QVERIFY2(question.contains(a) && question.contains(b), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(haOf(a), QStringLiteral("HA redundant"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(haOf(b), QStringLiteral("HA redundant"), kWaitMs);

    selectNodes({ b });
    QVERIFY(!m_page->enableHaAction()->isEnabled());
    QVERIFY(m_page->disableHaAction()->isEnabled());
    m_page->disableHaAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 2);
    QVERIFY2(m_confirm.questions.at(1).startsWith(QStringLiteral("Disable HA redundancy on the node “%1”?").arg(b)),
        qPrintable(m_confirm.questions.at(1)));
    QTRY_COMPARE_WITH_TIMEOUT(haOf(b), QStringLiteral("Non-HA redundant"), kWaitMs);
    QCOMPARE(haOf(a), QStringLiteral("HA redundant"));
}

void TestPoolDetailsPage::migrateWorkspaceMovesThePool()
{
    api::WorkspaceCreateRequest create;
    create.name = QStringLiteral("team-vision");
    const api::ApiResult created = test::callAndWait(m_console->client(), api::workspaces::create(create));
    QVERIFY2(created.ok(), created.body.constData());
    const QString workspace = api::fromBody<api::Workspace>(created.body).id;

    openPool(QStringLiteral("ascend-snt9-pool"));
    const QString id = m_page->poolName();
    QCOMPARE(m_page->overviewValue(QStringLiteral("Workspace")), QStringLiteral("default"));
    QVERIFY(m_page->moreButton()->menu()->actions().contains(m_page->migrateWorkspaceAction()));
    QStringList offered;
    connect(m_page.get(), &ui::PoolDetailsPage::workspacesLoaded, this,
        [&]
        {
            QTimer::singleShot(0, this,
                [&]
                {
                    auto *dialog = qobject_cast<ui::PoolMigrateDialog *>(QApplication::activeModalWidget());
                    QVERIFY(dialog);
                    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("workspaceCombo"));
                    for (int i = 0; i < combo->count(); ++i)
                        offered << combo->itemText(i);
                    dialog->setTarget(workspace);
                    QTest::mouseClick(
                        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
                });
        });
    m_page->migrateWorkspaceAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_confirm.questions.size(), 1, kWaitMs);
    QVERIFY2(offered.contains(QStringLiteral("default (current)")), qPrintable(offered.join(u'|')));
    QVERIFY2(offered.contains(QStringLiteral("team-vision")), qPrintable(offered.join(u'|')));
    QVERIFY2(m_confirm.questions.front().startsWith(
                 QStringLiteral("Migrate the pool “ascend-snt9-pool” from the workspace “default” to “team-vision”?")),
        qPrintable(m_confirm.questions.front()));
    QTRY_COMPARE_WITH_TIMEOUT(api::poolWorkspaceId(readPool(id)), workspace, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Workspace")), QStringLiteral("team-vision"), kWaitMs);

    // The move is one of the pool's events.
    m_page->eventTypeCombo()->setCurrentIndex(0);
    m_page->tabs()->setCurrentIndex(ui::PoolDetailsPage::EventsTab);
    QTRY_VERIFY_WITH_TIMEOUT(
        [this]
        {
            for (int row = 0; row < m_page->eventModel()->rowCount(); ++row)
                if (m_page->eventModel()->index(row, models::PoolEventModel::Reason).data().toString()
                    == u"PoolWorkspaceMigrated")
                    return true;
            return false;
        }(),
        kWaitMs);
}

void TestPoolDetailsPage::interconnectVpcShowsTheSubnetsOnTheNetwork()
{
    openPool(QStringLiteral("gpu-v100-pool"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->overviewValue(QStringLiteral("CIDR Block")).isEmpty(), kWaitMs);
    const QString networkCidr = m_page->overviewValue(QStringLiteral("CIDR Block"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Interconnected VPC")), QStringLiteral("Off"));
    QVERIFY(m_page->moreButton()->menu()->actions().contains(m_page->interconnectVpcAction()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->interconnectVpcAction()->isEnabled(), kWaitMs);

    // Two subnets of one VPC the catalogue offers, read the way the dialog reads them.
    const api::ApiResult vpcs = test::callAndWait(m_console->client(), api::networks::vpcs());
    const api::ApiResult subnets = test::callAndWait(m_console->client(), api::networks::subnets());
    QVERIFY(vpcs.ok() && subnets.ok());
    std::vector<api::Subnet> chosen;
    QString overlapping; // a subnet inside the network's block
    for (const api::Subnet &s : api::fromBody<api::SubnetList>(subnets.body).subnets)
    {
        if (models::cidrOverlaps(s.cidr.value_or(QString()), networkCidr))
            overlapping = overlapping.isEmpty() ? s.id : overlapping;
        else if (chosen.size() < 2
            && (chosen.empty()
                || (chosen.front().vpcId == s.vpcId
                    && !models::cidrOverlaps(chosen.front().cidr.value_or(QString()), s.cidr.value_or(QString())))))
            chosen.push_back(s);
    }
    QCOMPARE(chosen.size(), size_t(2));
    QVERIFY(!overlapping.isEmpty());

    QString overlapMessage;
    connect(m_page.get(), &ui::PoolDetailsPage::vpcsLoaded, this,
        [&]
        {
            QTimer::singleShot(0, this,
                [&]
                {
                    auto *dialog = qobject_cast<ui::InterconnectVpcDialog *>(QApplication::activeModalWidget());
                    QVERIFY(dialog);
                    QVERIFY(!dialog->isInterconnectEnabled());
                    dialog->setInterconnectEnabled(true);
                    QCOMPARE(dialog->rowCount(), 1);
                    const api::SubnetList list = api::fromBody<api::SubnetList>(subnets.body);
                    const api::Subnet *inside = nullptr;
                    for (const api::Subnet &s : list.subnets)
                        if (s.id == overlapping)
                            inside = &s;
                    QVERIFY(inside);
                    QVERIFY(dialog->setRow(0, inside->vpcId.value_or(QString()), inside->id));
                    overlapMessage = dialog->rowMessage(0);
                    QVERIFY(!dialog->isAcceptable());
                    QVERIFY(dialog->setRow(0, chosen[0].vpcId.value_or(QString()), chosen[0].id));
                    QTest::mouseClick(
                        dialog->findChild<QPushButton *>(QStringLiteral("addSubnetButton")), Qt::LeftButton);
                    QVERIFY(dialog->setRow(1, chosen[1].vpcId.value_or(QString()), chosen[1].id));
                    QVERIFY(dialog->isAcceptable());
                    QTest::mouseClick(
                        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
                });
        });
    m_page->interconnectVpcAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_confirm.questions.size(), 1, kWaitMs);
    QVERIFY2(overlapMessage.contains(QStringLiteral("overlaps the network's CIDR block %1").arg(networkCidr)),
        qPrintable(overlapMessage));
    const auto label = [](const api::Subnet &s)
    {
        return QStringLiteral("%1 (%2)").arg(*s.name, *s.cidr);
    };
    QVERIFY2(m_confirm.questions.front().startsWith(QStringLiteral("Interconnect the network “network-demo” with 2 "
                                                                   "subnet(s): %1, %2?")
                                                        .arg(label(chosen[0]), label(chosen[1]))),
        qPrintable(m_confirm.questions.front()));

    // The server keeps them, and the Network area lists each with its VPC and state.
    QString vpcName;
    for (const api::Vpc &v : api::fromBody<api::VpcList>(vpcs.body).vpcs)
        if (v.id == chosen[0].vpcId)
            vpcName = v.name.value_or(QString());
    const QString expected
        = QStringLiteral("%1 in %2: Active\n%3 in %2: Active").arg(label(chosen[0]), vpcName, label(chosen[1]));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->overviewValue(QStringLiteral("Interconnected VPC")), expected, kWaitMs);
    const QString networkId = *readPool(m_page->poolName()).spec.network->name;
    const api::ApiResult network = test::callAndWait(m_console->client(), api::networks::show(networkId));
    QCOMPARE(api::peerConnections(api::fromBody<api::Network>(network.body)).size(), size_t(2));
}

QTEST_MAIN(TestPoolDetailsPage)
#include "tst_pooldetailspage.moc"
