// NodeMapPage against the real local backend with demo data: a tile for every node of every
// pool, the pool filter and the colour mode, the summary, Restart and Reset enabled by what is
// selected, and a restart that asks, reaches the server and turns the tile to Rebooting.

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "localconsole.h"
#include "models/actionrunner.h"
#include "models/connection.h"
#include "models/nodemapmodel.h"
#include "ui/pools/nodemappage.h"
#include "widgets/nodemapwidget.h"
#include "widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ma;
using models::NodeMapModel;
using widgets::NodeMapWidget;

namespace
{
constexpr int kWaitMs = 15000;

QString nodePhase(api::ApiClient &client, const QString &pool, const QString &node)
{
    const auto n = api::decodeBody<api::Node>(test::callAndWait(client, api::pools::node(pool, node)));
    return n.ok() && n.value.status ? n.value.status->phase.value_or(QString()) : QString();
}
} // namespace

class TestNodeMapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tilesForEveryNodeOfThePools();
    void poolFilterShowsOnePool();
    void colourModeRecoloursTheTiles();
    void actionsFollowTheSelection();
    void restartAsksReachesTheServerAndTheTileChanges();
    void declinedResetSendsNothing();
    void haRedundancyOnAndOffFromTheMap();
    void replaceFromTheMap();
    void deleteFromTheMapKeepsTheLastNode();

private:
    int tileOfPool(const QString &poolName, int nth = 0) const;
    void clickTile(int index, Qt::KeyboardModifiers modifiers = {});

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::NodeMapPage> m_page;
    test::QuestionRecorder m_confirm;
};

void TestNodeMapPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNodeMapPage::init()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 25.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_page = std::make_unique<ui::NodeMapPage>();
    m_confirm.reset();
    m_page->setConfirmHandler(m_confirm.handler());
    m_page->resize(1100, 700);
    m_page->show();
    m_page->setConnection(m_console->connection());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded() && m_page->map()->tileCount() > 0, kWaitMs);
}

void TestNodeMapPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

int TestNodeMapPage::tileOfPool(const QString &poolName, int nth) const
{
    const auto &tiles = m_page->map()->tiles();
    for (std::size_t i = 0; i < tiles.size(); ++i)
    {
        if (tiles[i].group == poolName && nth-- == 0)
            return int(i);
    }
    return -1;
}

void TestNodeMapPage::clickTile(int index, Qt::KeyboardModifiers modifiers)
{
    NodeMapWidget *map = m_page->map();
    QTest::mouseClick(map, Qt::LeftButton, modifiers, map->tileRect(index).center());
}

void TestNodeMapPage::tilesForEveryNodeOfThePools()
{
    // Every node the API lists, in every pool, has its tile.
    api::ApiClient &client = m_console->client();
    const auto pools = api::decodeBody<api::PoolList>(test::callAndWait(client, api::pools::list()));
    QVERIFY(pools.ok());
    int total = 0;
    for (const api::Pool &pool : pools.value.items)
    {
        const QString id = pool.metadata.name.value_or(QString());
        const auto nodes = api::decodeBody<api::NodeList>(test::callAndWait(client, api::pools::nodes(id)));
        for (const api::Node &n : nodes.value.items)
        {
            const QString key = id + QLatin1Char('/') + n.metadata->name.value_or(QString());
            const int index = m_page->map()->indexOf(key);
            QVERIFY2(index >= 0, qPrintable(key));
            QCOMPARE(m_page->map()->tiles()[std::size_t(index)].group, api::poolDisplayName(pool));
            ++total;
        }
    }
    QCOMPARE(m_page->map()->tileCount(), total);
    QCOMPARE(total, 8); // local 1 + gpu-v100 4 + ascend-snt9 2 + cpu-small 1

    // One header per pool, and the pool picker lists them after "All pools".
    QStringList groups;
    for (const auto &[rect, text] : m_page->map()->headers())
        groups << text;
    for (const QString &pool : { QStringLiteral("gpu-v100-pool"), QStringLiteral("ascend-snt9-pool"),
             QStringLiteral("cpu-small-pool"), QStringLiteral("local") })
        QVERIFY2(groups.contains(pool), qPrintable(groups.join(u',')));
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("poolFilter"));
    QCOMPARE(filter->count(), 5);
    QCOMPARE(filter->itemText(0), QStringLiteral("All pools"));

    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("8 nodes · Available 8")));

    // Utilisation arrives while the page is shown; then a look at the page.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->pendingMonitorCalls() == 0, kWaitMs);
    clickTile(tileOfPool(QStringLiteral("gpu-v100-pool"), 1));
    clickTile(tileOfPool(QStringLiteral("gpu-v100-pool"), 2), Qt::ControlModifier);
    m_page->grab().save(QStringLiteral("/tmp/nodemap-page.png"));
}

void TestNodeMapPage::poolFilterShowsOnePool()
{
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("poolFilter"));
    const int index = filter->findText(QStringLiteral("gpu-v100-pool"));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    emit filter->activated(index);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->tileCount(), 4, kWaitMs);
    for (const widgets::NodeTile &t : m_page->map()->tiles())
        QCOMPARE(t.group, QStringLiteral("gpu-v100-pool"));
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("4 nodes")));

    // open() with a pool id picks it too; "All pools" brings every node back.
    m_page->open(QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->tileCount(), 8, kWaitMs);
    QCOMPARE(filter->currentIndex(), 0);
    m_page->open(filter->itemData(index));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->tileCount(), 4, kWaitMs);
    QCOMPARE(filter->currentIndex(), index);
}

void TestNodeMapPage::colourModeRecoloursTheTiles()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->pendingMonitorCalls() == 0, kWaitMs);
    auto *mode = m_page->findChild<QComboBox *>(QStringLiteral("colourMode"));
    QCOMPARE(m_page->map()->colourMode(), NodeMapWidget::ColourMode::Status);
    mode->setCurrentIndex(mode->findData(int(NodeMapWidget::ColourMode::Accelerator)));
    QCOMPARE(m_page->map()->colourMode(), NodeMapWidget::ColourMode::Accelerator);
    // A GPU node is coloured by its GPU utilisation, the CPU-only node shows "no data".
    const widgets::NodeTile &gpu = m_page->map()->tiles()[std::size_t(tileOfPool(QStringLiteral("gpu-v100-pool")))];
    const widgets::NodeTile &cpu = m_page->map()->tiles()[std::size_t(tileOfPool(QStringLiteral("cpu-small-pool")))];
    QVERIFY(!std::isnan(gpu.acceleratorUtil));
    QVERIFY(std::isnan(cpu.acceleratorUtil));
    QVERIFY(NodeMapWidget::colourFor(gpu, NodeMapWidget::ColourMode::Accelerator)
        != NodeMapWidget::colourFor(cpu, NodeMapWidget::ColourMode::Accelerator));
    m_page->grab().save(QStringLiteral("/tmp/nodemap-page-gpu.png"));
}

void TestNodeMapPage::actionsFollowTheSelection()
{
    QAction *restart = m_page->restartAction();
    QAction *reset = m_page->resetAction();
    QVERIFY(!restart->isEnabled());
    QVERIFY(!reset->isEnabled());
    // The local pool's node is this computer: never restarted.
    clickTile(tileOfPool(QStringLiteral("local")));
    QCOMPARE(m_page->map()->selectedKeys().size(), 1);
    QVERIFY(!restart->isEnabled());
    QVERIFY(!reset->isEnabled());
    clickTile(tileOfPool(QStringLiteral("cpu-small-pool")), Qt::ControlModifier);
    QVERIFY(restart->isEnabled());
    QVERIFY(reset->isEnabled());
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().endsWith(QStringLiteral("2 selected")), qPrintable(summary->text()));
    QTest::keyClick(m_page->map(), Qt::Key_Escape);
    QVERIFY(!restart->isEnabled());
}

void TestNodeMapPage::restartAsksReachesTheServerAndTheTileChanges()
{
    const int first = tileOfPool(QStringLiteral("gpu-v100-pool"), 0);
    const int second = tileOfPool(QStringLiteral("ascend-snt9-pool"), 1);
    const QString firstKey = m_page->map()->tiles()[std::size_t(first)].key;
    const QString secondKey = m_page->map()->tiles()[std::size_t(second)].key;
    clickTile(first);
    clickTile(second, Qt::ControlModifier);
    clickTile(tileOfPool(QStringLiteral("local")), Qt::ControlModifier); // skipped, and said so

    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->restartAction()->trigger();
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.first().first().value<models::ActionOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome.succeeded, 2); // one batch call per pool
    QCOMPARE(m_confirm.questions.size(), 1);
    const QString question = m_confirm.questions.front();
    QVERIFY2(question.startsWith(QStringLiteral("Restart these 2 nodes?")), qPrintable(question));
    QVERIFY(question.contains(firstKey.section(u'/', 1)));
    QVERIFY(question.contains(secondKey.section(u'/', 1)));
    QVERIFY(question.contains(QStringLiteral("1 selected node(s) are skipped")));

    // The server has the nodes rebooting, and so do their tiles.
    api::ApiClient &client = m_console->client();
    const QString phase = nodePhase(client, firstKey.section(u'/', 0, 0), firstKey.section(u'/', 1));
    QVERIFY2(phase == u"Rebooting" || phase == u"Available", qPrintable(phase));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->tiles()[std::size_t(m_page->map()->indexOf(firstKey))].statusText,
        QStringLiteral("Rebooting"), kWaitMs);
    const widgets::NodeTile &tile = m_page->map()->tiles()[std::size_t(m_page->map()->indexOf(firstKey))];
    QCOMPARE(tile.tone, widgets::StatusTone::Progress);
    QVERIFY(m_page->map()->selectedKeys().contains(firstKey)); // the selection stays through refreshes
    m_page->grab().save(QStringLiteral("/tmp/nodemap-page-rebooting.png"));

    // ... and comes back Available on a later refresh.
    QTRY_VERIFY_WITH_TIMEOUT(
        nodePhase(client, firstKey.section(u'/', 0, 0), firstKey.section(u'/', 1)) == u"Available", kWaitMs);
    m_page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->tiles()[std::size_t(m_page->map()->indexOf(firstKey))].statusText,
        QStringLiteral("Available"), kWaitMs);
}

void TestNodeMapPage::declinedResetSendsNothing()
{
    const int index = tileOfPool(QStringLiteral("cpu-small-pool"));
    const QString key = m_page->map()->tiles()[std::size_t(index)].key;
    clickTile(index);
    m_confirm.answer = false;
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->resetAction()->trigger();
    QTRY_COMPARE(finished.count(), 1); // declined: answered at once
    QVERIFY(finished.first().first().value<models::ActionOutcome>().canceled);
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().startsWith(QStringLiteral("Reset the node “%1”?").arg(key.section(u'/', 1))),
        qPrintable(m_confirm.questions.front()));
    api::ApiClient &client = m_console->client();
    QCOMPARE(nodePhase(client, key.section(u'/', 0, 0), key.section(u'/', 1)), QStringLiteral("Available"));
}

void TestNodeMapPage::haRedundancyOnAndOffFromTheMap()
{
    const int first = tileOfPool(QStringLiteral("gpu-v100-pool"), 0);
    const int second = tileOfPool(QStringLiteral("gpu-v100-pool"), 1);
    const QString firstKey = m_page->map()->tiles()[std::size_t(first)].key;
    const QString secondKey = m_page->map()->tiles()[std::size_t(second)].key;
    clickTile(first);
    clickTile(second, Qt::ControlModifier);
    QVERIFY(m_page->enableHaAction()->isEnabled());
    QVERIFY(!m_page->disableHaAction()->isEnabled()); // no selected node is HA redundant yet
    QVERIFY(!m_page->replaceAction()->isEnabled()); // one node at a time

    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->enableHaAction()->trigger();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.first().first().value<models::ActionOutcome>().ok(),
        qPrintable(finished.first().first().value<models::ActionOutcome>().message()));
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().startsWith(QStringLiteral("Enable HA redundancy on these 2 nodes?")),
        qPrintable(m_confirm.questions.front()));

    // The server marks both; once the map has read them, only Disable applies.
    api::ApiClient &client = m_console->client();
    const auto haOf = [&](const QString &key)
    {
        const auto n = api::decodeBody<api::Node>(
            test::callAndWait(client, api::pools::node(key.section(u'/', 0, 0), key.section(u'/', 1))));
        return n.ok() && api::k8sLabel(n.value.metadata, QStringLiteral("os.modelarts.node/ha.redundant")) == u"true";
    };
    QVERIFY(haOf(firstKey) && haOf(secondKey));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->entry(m_page->model()->rowOf(firstKey)).haRedundant, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->disableHaAction()->isEnabled(), kWaitMs);
    QVERIFY(!m_page->enableHaAction()->isEnabled());

    clickTile(first); // only the first one now
    finished.clear();
    m_page->disableHaAction()->trigger();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(m_confirm.questions.at(1).startsWith(
                 QStringLiteral("Disable HA redundancy on the node “%1”?").arg(firstKey.section(u'/', 1))),
        qPrintable(m_confirm.questions.at(1)));
    QVERIFY(!haOf(firstKey));
    QVERIFY(haOf(secondKey));
}

void TestNodeMapPage::replaceFromTheMap()
{
    const int index = tileOfPool(QStringLiteral("gpu-v100-pool"), 0);
    const QString key = m_page->map()->tiles()[std::size_t(index)].key;
    const QString pool = key.section(u'/', 0, 0);
    const QString node = key.section(u'/', 1);
    clickTile(index);
    QVERIFY(m_page->replaceAction()->isEnabled());
    clickTile(tileOfPool(QStringLiteral("local")));
    QVERIFY(!m_page->replaceAction()->isEnabled()); // this computer is never replaced
    clickTile(index);

    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->replaceAction()->trigger();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.first().first().value<models::ActionOutcome>().ok(),
        qPrintable(finished.first().first().value<models::ActionOutcome>().message()));
    QVERIFY2(m_confirm.questions.front().startsWith(QStringLiteral("Replace the node “%1”?").arg(node)),
        qPrintable(m_confirm.questions.front()));
    // Replacing, then gone: a new node (another name) takes its place, and its tile appears.
    api::ApiClient &client = m_console->client();
    const QString phase = nodePhase(client, pool, node);
    QVERIFY2(phase == u"Replacing" || phase.isEmpty(), qPrintable(phase));
    QTRY_VERIFY_WITH_TIMEOUT(nodePhase(client, pool, node).isEmpty(), kWaitMs);
    m_page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->indexOf(key), -1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->map()->tileCount(), 8, kWaitMs);
}

void TestNodeMapPage::deleteFromTheMapKeepsTheLastNode()
{
    // Every tile of one pool: all but one are deleted, as the Nodes tab would keep the last.
    const QString pool = QStringLiteral("ascend-snt9-pool");
    QStringList keys;
    for (int nth = 0; tileOfPool(pool, nth) >= 0; ++nth)
    {
        const int index = tileOfPool(pool, nth);
        keys << m_page->map()->tiles()[std::size_t(index)].key;
        clickTile(index, nth == 0 ? Qt::NoModifier : Qt::ControlModifier);
    }
    QVERIFY2(keys.size() >= 2, "the demo pool has several nodes");
    clickTile(tileOfPool(QStringLiteral("local")), Qt::ControlModifier); // never deleted
    QVERIFY(m_page->deleteAction()->isEnabled());

    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->deleteAction()->trigger();
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.first().first().value<models::ActionOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(m_confirm.questions.size(), 1);
    const QString question = m_confirm.questions.front();
    const QString expected = keys.size() == 2
        ? QStringLiteral("Delete the node “%1”?").arg(keys.front().section(u'/', 1))
        : QStringLiteral("Delete these %1 nodes?").arg(keys.size() - 1);
    QVERIFY2(question.startsWith(expected), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("2 selected node(s) are skipped")), qPrintable(question));

    // The server scales the pool in to one node, and the map follows.
    api::ApiClient &client = m_console->client();
    const QString poolId = keys.front().section(u'/', 0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            const auto nodes = api::decodeBody<api::NodeList>(test::callAndWait(client, api::pools::nodes(poolId)));
            return nodes.ok() && nodes.value.items.size() == 1;
        }(),
        kWaitMs);
    m_page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(tileOfPool(pool, 1), -1, kWaitMs);
    QVERIFY(tileOfPool(pool, 0) >= 0);
}

QTEST_MAIN(TestNodeMapPage)
#include "tst_nodemappage.moc"
