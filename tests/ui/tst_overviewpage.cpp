// OverviewPage against the real local backend with demo data, inside the main window: the
// tiles show the server's counts, a created job changes them in place, a status tile opens
// the Training Jobs list filtered by that status, a pool opens the pool list searched for
// it, a top job opens its details, alarms link to their resource, the cards stack in one
// column on a narrow window, and the page polls only while shown.

#include "api/trainingrequests.h"
#include "api/types/training.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "models/overviewsummary.h"
#include "models/overviewtopjobsmodel.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewcard.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/overviewpageids.h"
#include "ui/overview/poolusagerow.h"
#include "ui/overview/statustile.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/poolspage.h"
#include "ui/settingspage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace ma;
using models::OverviewSummary;

namespace
{
constexpr int kWaitMs = 20000;
} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overviewIsTheFirstPage();
    void tilesShowTheServersCounts();
    void createdJobChangesTheCountInPlace();
    void statusTileOpensTheFilteredJobList();
    void poolOpensThePoolListSearched();
    void topJobAndAlarmOpenTheJob();
    void cardsStackOnANarrowPage();
    void pollsOnlyWhileShown();

private:
    ui::OverviewPage *page() const { return m_window->page<ui::OverviewPage>(); }
    void waitLoaded();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestOverviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOverviewPage::init()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    auto client = m_backend->accessKeyClient();
    m_connection = std::make_unique<models::Connection>(
        models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"), client.release());
    const server::ServerConfig &c = m_backend->server().config();
    m_connection->setPrometheusSource(api::PrometheusSource { m_backend->url(), c.userName, c.password });
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    m_window->setConnection(m_connection.get());
}

void TestOverviewPage::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_backend.reset();
}

void TestOverviewPage::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(page()->jobTile(QStringLiteral("Running"))->count() >= 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->poolRows().isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(page()->notebookTile(QStringLiteral("RUNNING"))->count() >= 0, kWaitMs);
}

void TestOverviewPage::overviewIsTheFirstPage()
{
    QCOMPARE(m_window->currentPageId(), ui::kOverviewPageId);
    QCOMPARE(m_window->navigation()->currentItem()->text(0), QStringLiteral("Overview"));
    QVERIFY(page()->isActive());
}

void TestOverviewPage::tilesShowTheServersCounts()
{
    waitLoaded();
    api::ApiClient &client = *m_connection->client();
    for (const QString &phase : OverviewSummary::trainingPhases())
        QTRY_COMPARE_WITH_TIMEOUT(page()->jobTile(phase)->count(), test::countJobsInPhase(client, phase), kWaitMs);
    QCOMPARE(page()->jobTile(QStringLiteral("Running"))->countText(),
        QString::number(page()->summary()->trainingJobCounts().value(QStringLiteral("Running"))));
    QCOMPARE(page()->poolRows().size(), page()->summary()->pools().size());

    // The demo's failed job is an alarm; a GPU job idling at ~25 % adds the low-utilisation
    // alarm, tops the resource users and takes cards and nodes of its pool.
    QTRY_VERIFY_WITH_TIMEOUT(!page()->alarmLabels().isEmpty(), kWaitMs);
    page()->summary()->setIntervalMs(300);
    const QString gpuJob
        = test::createDemoGpuJob(client, m_backend->projectId(), QStringLiteral("vit-large-pretrain"), 2);
    QVERIFY(!gpuJob.isEmpty());
    const auto lowAlarmShown = [&]
    {
        for (QLabel *label : page()->alarmLabels())
            if (label->toolTip().startsWith(QStringLiteral("Low GPU usage: worker-0 of vit-large-pretrain")))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lowAlarmShown(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        page()->topJobsView()->model()->index(0, 0).data().toString(), QStringLiteral("vit-large-pretrain"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(page()->topJobsView()->model()->index(0, 3).data().toString().endsWith(u'%'), kWaitMs);
    ui::PoolUsageRow *gpu = nullptr;
    for (ui::PoolUsageRow *row : page()->poolRows())
        if (row->pool().name == u"gpu-v100-pool")
            gpu = row;
    QVERIFY(gpu);
    QTRY_VERIFY_WITH_TIMEOUT(gpu->acceleratorsText().contains(QStringLiteral("16 of 32")), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(gpu->nodesText().startsWith(QStringLiteral("Nodes: 2 in use, 2 free")), kWaitMs);

    // What the user sees: saved for a look (1280x800 as the app opens).
    widgets::Theme::apply(*qApp, QStringLiteral("light"));
    m_window->resize(1280, 800);
    QTest::qWait(50);
    m_window->grab().save(QStringLiteral("/tmp/overview-page.png"));
}

void TestOverviewPage::createdJobChangesTheCountInPlace()
{
    waitLoaded();
    page()->summary()->setIntervalMs(300);
    const int before = page()->summary()->trainingJobTotal();
    const QList<ui::StatusTile *> tilesBefore = page()->findChildren<ui::StatusTile *>();
    QSignalSpy resets(page()->summary()->topJobs(), &QAbstractItemModel::modelReset);

    const QString id
        = test::createLocalJob(*m_connection->client(), QStringLiteral("overview-ui-job"), QStringLiteral("sleep 5"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(page()->summary()->trainingJobTotal(), before + 1, kWaitMs);
    // The same tiles, updated in place; the job list behind the top table never reset.
    QCOMPARE(page()->findChildren<ui::StatusTile *>(), tilesBefore);
    QCOMPARE(resets.size(), 0);
}

void TestOverviewPage::statusTileOpensTheFilteredJobList()
{
    waitLoaded();
    ui::StatusTile *failed = page()->jobTile(QStringLiteral("Failed"));
    QTRY_VERIFY_WITH_TIMEOUT(failed->count() > 0, kWaitMs); // the demo data has a failed job
    QTest::mouseClick(failed, Qt::LeftButton);

    QCOMPARE(m_window->currentPageId(), ui::kTrainingJobsPageId);
    auto *jobs = m_window->page<ui::TrainingJobsPage>();
    auto *status = jobs->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    QCOMPARE(status->currentData().toString(), QStringLiteral("Failed"));
    QCOMPARE(jobs->model()->phaseFilter(), QStringList { QStringLiteral("Failed") });
    QTRY_COMPARE_WITH_TIMEOUT(jobs->filterModel()->rowCount(), failed->count(), kWaitMs);
    for (int row = 0; row < jobs->filterModel()->rowCount(); ++row)
        QCOMPARE(jobs->filterModel()->index(row, 0).data(models::TrainingJobListModel::PhaseRole).toString(),
            QStringLiteral("Failed"));

    // Back on the Overview, the "All n jobs" link clears the filter again.
    m_window->showPage(ui::kOverviewPageId);
    emit page()->findChild<ui::OverviewCard *>(QStringLiteral("jobsCard"))->linkActivated(QStringLiteral("jobs:all"));
    QCOMPARE(m_window->currentPageId(), ui::kTrainingJobsPageId);
    QCOMPARE(status->currentData().toString(), QString());
    QVERIFY(jobs->model()->phaseFilter().isEmpty());
}

void TestOverviewPage::poolOpensThePoolListSearched()
{
    waitLoaded();
    ui::PoolUsageRow *gpu = nullptr;
    for (ui::PoolUsageRow *row : page()->poolRows())
        if (row->pool().name == u"gpu-v100-pool")
            gpu = row;
    QVERIFY(gpu);
    QVERIFY(gpu->acceleratorsText().contains(QStringLiteral("of 32")));
    QVERIFY(gpu->nodesText().contains(QStringLiteral("of 4")));
    emit gpu->nameLabel()->linkActivated(QStringLiteral("pool"));

    QCOMPARE(m_window->currentPageId(), ui::kPoolsPageId);
    auto *pools = m_window->page<ui::PoolsPage>();
    QCOMPARE(pools->findChild<QLineEdit *>(QStringLiteral("searchField"))->text(), gpu->pool().id);
    QTRY_COMPARE_WITH_TIMEOUT(pools->filterModel()->rowCount(), 1, kWaitMs);
}

void TestOverviewPage::topJobAndAlarmOpenTheJob()
{
    waitLoaded();
    QTableView *top = page()->topJobsView();
    QTRY_VERIFY_WITH_TIMEOUT(top->model()->rowCount() > 0, kWaitMs);
    const QString id = top->model()->index(0, 0).data(models::OverviewTopJobsModel::JobIdRole).toString();
    QTest::mouseClick(top->viewport(), Qt::LeftButton, {}, top->visualRect(top->model()->index(0, 0)).center());
    QCOMPARE(m_window->currentPageId(), ui::kTrainingJobDetailsPageId);
    QCOMPARE(m_window->page<ui::TrainingJobDetailsPage>()->jobId(), id);

    // A failed job's alarm opens that job.
    m_window->showPage(ui::kOverviewPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->alarmLabels().isEmpty(), kWaitMs);
    const QList<models::OverviewAlarm> alarms = page()->summary()->alarms();
    const auto failed = std::find_if(alarms.cbegin(), alarms.cend(),
        [](const models::OverviewAlarm &a) { return a.kind == models::OverviewAlarm::Kind::FailedJob; });
    QVERIFY(failed != alarms.cend());
    QLabel *label = page()->alarmLabels().at(int(failed - alarms.cbegin()));
    QCOMPARE(label->toolTip(), ui::OverviewPage::alarmText(*failed));
    emit label->linkActivated(QStringLiteral("job:") + failed->resourceId);
    QCOMPARE(m_window->currentPageId(), ui::kTrainingJobDetailsPageId);
    QCOMPARE(m_window->page<ui::TrainingJobDetailsPage>()->jobId(), failed->resourceId);
}

void TestOverviewPage::cardsStackOnANarrowPage()
{
    QCOMPARE(page()->columns(), 2);
    // The window's other pages keep it wider than this; a page alone (or a large font) can be narrow.
    ui::OverviewPage narrow;
    narrow.resize(700, 800);
    narrow.show();
    QTRY_COMPARE(narrow.columns(), 1);
    narrow.resize(1100, 800);
    QTRY_COMPARE(narrow.columns(), 2);
}

void TestOverviewPage::pollsOnlyWhileShown()
{
    waitLoaded();
    page()->summary()->setIntervalMs(100);
    m_window->showPage(ui::SettingsPage::kPageId);
    QVERIFY(!page()->summary()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->summary()->isRefreshing(), kWaitMs);
    QSignalSpy refreshed(page()->summary(), &OverviewSummary::refreshed);
    QTest::qWait(400); // four intervals off screen
    QCOMPARE(refreshed.size(), 0);
    m_window->showPage(ui::kOverviewPageId);
    QVERIFY(page()->summary()->isActive());
    QVERIFY(refreshed.wait(kWaitMs));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
