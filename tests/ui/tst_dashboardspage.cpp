// DashboardsPage against the real local backend (modelarts-local's own Prometheus API with basic
// auth as the local IAM user): a view loads its panels with data and its selectors' values; a
// range change re-queries and cancels the queries still in flight; a running local job's panels
// show its series; no data source or an unreachable one is shown on every panel; the page
// queries only while shown; the whole view exports to a PDF. With MA_SCREENSHOT_DIR set, screenshot() saves
// dashboards-*.png.

#include "localbackend.h"
#include "models/acceleratorfragments.h"
#include "models/connection.h"
#include "models/metricsqueryrunner.h"
#include "ui/dashboards/dashboardspage.h"
#include "widgets/chartwidget.h"
#include "widgets/dashboardgrid.h"
#include "widgets/dashboardpanel.h"
#include "widgets/fragmentsview.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace ma;
using namespace Qt::StringLiterals;

namespace
{
constexpr int kWaitMs = 20000;

bool hasData(const widgets::DashboardPanel *panel)
{
    for (const models::TimeSeries &s : panel->series())
    {
        if (s.hasData())
            return true;
    }
    return false;
}
} // namespace

class TestDashboardsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void viewLoadsPanelsWithData();
    void rangeChangeRequeriesAndCancels();
    void zoomBecomesTheRange();
    void jobPanelShowsItsSeries();
    void missingOrUnreachableSourceOnPanels();
    void queriesOnlyWhileShown();
    void exportsTheViewAsPdf();
    void clusterViewShowsThePoolsFragments();
    void screenshot();

private:
    std::unique_ptr<models::Connection> connection(const api::PrometheusSource &source);
    api::PrometheusSource localSource() const;

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::DashboardsPage> m_page;
    QString m_jobId;
};

void TestDashboardsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    auto client = m_backend->accessKeyClient();
    m_jobId = test::createLocalJob(*client, u"dashboard-probe"_s, u"sleep 90"_s);
    QVERIFY(!m_jobId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(*client, m_jobId), u"Running"_s, 30000);
}

api::PrometheusSource TestDashboardsPage::localSource() const
{
    return { m_backend->url(), m_backend->server().config().userName, m_backend->server().config().password };
}

std::unique_ptr<models::Connection> TestDashboardsPage::connection(const api::PrometheusSource &source)
{
    auto c = std::make_unique<models::Connection>(
        models::Connection::Kind::Local, u"Local"_s, u"local"_s, m_backend->accessKeyClient().release());
    c->setPrometheusSource(source);
    return c;
}

void TestDashboardsPage::init()
{
    m_connection = connection(localSource());
    m_page = std::make_unique<ui::DashboardsPage>();
    m_page->resize(1100, 800);
    m_page->setConnection(m_connection.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDashboardsPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
}

void TestDashboardsPage::cleanupTestCase()
{
    m_backend.reset();
}

void TestDashboardsPage::viewLoadsPanelsWithData()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    m_page->setView(u"cluster"_s);
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kWaitMs));
    const models::DashboardDefinition *cluster = models::dashboards::find(u"cluster"_s);
    QCOMPARE(m_page->grid()->panels().size(), cluster->panels.size());
    for (widgets::DashboardPanel *p : m_page->grid()->panels())
    {
        QVERIFY2(!p->hasError(), qPrintable(p->id() + u": "_s + p->error()));
        QVERIFY(!p->isLoading());
    }
    widgets::DashboardPanel *cpu = m_page->grid()->panel(u"cluster.cpu"_s);
    QVERIFY(hasData(cpu));
    QVERIFY(cpu->legend()->topLevelItemCount() > 0);
    // The panels show the dashboard's range: the last hour by default.
    const auto [from, to] = m_page->queriedRange();
    QCOMPARE(from.msecsTo(to), 3600 * 1000LL);
    QCOMPARE(cpu->chart()->visibleTimeRange().first, from);
    // The pool selector offers the pools the series carry.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->variableChoices(u"pool"_s).contains(u"local"_s), kWaitMs);
    QCOMPARE(m_page->variableChoices(u"pool"_s).constFirst(), QString()); // "All"

    // Selecting a pool narrows every panel to it.
    refreshed.clear();
    m_page->setVariable(u"pool"_s, u"local"_s);
    QVERIFY(refreshed.wait(kWaitMs));
    for (const models::TimeSeries &s : cpu->series())
        QCOMPARE(s.name(), u"local"_s);
    QCOMPARE(m_page->autoRefreshSeconds(), 15 * 60); // the templates' default
}

void TestDashboardsPage::rangeChangeRequeriesAndCancels()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    QVERIFY(refreshed.wait(kWaitMs)); // the first run of the shown page
    models::MetricsQueryRunner *runner = m_page->runner();
    QSignalSpy finished(runner, &models::MetricsQueryRunner::queryFinished);
    QSignalSpy failed(runner, &models::MetricsQueryRunner::queryFailed);
    QList<api::ApiError::Kind> ends;
    connect(m_connection->client(), &api::ApiClient::callFinished, this,
        [&ends](const api::ApiResult &r) { ends << r.error.kind; });

    m_page->refresh();
    const int oldRun = runner->currentRunId();
    QVERIFY(runner->isRunning());
    QCOMPARE(runner->pending(), m_page->grid()->panels().size());
    m_page->setRange(ui::DashboardsPage::Range::Last7Days); // before any answer arrived
    const int newRun = runner->currentRunId();
    QVERIFY(newRun != oldRun);
    QVERIFY(refreshed.wait(kWaitMs));
    // The old run's calls were aborted and none of its answers reached a panel.
    QVERIFY(ends.count(api::ApiError::Kind::Canceled) >= m_page->grid()->panels().size());
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(0).toInt(), newRun);
    for (const QList<QVariant> &args : std::as_const(failed))
        QCOMPARE(args.at(0).toInt(), newRun);
    QCOMPARE(finished.count() + failed.count(), m_page->grid()->panels().size());
    const auto [from, to] = m_page->queriedRange();
    QCOMPARE(from.msecsTo(to), 7 * 86400 * 1000LL);
    for (widgets::DashboardPanel *p : m_page->grid()->panels())
        QCOMPARE(p->chart()->visibleTimeRange().first, from);
}

void TestDashboardsPage::zoomBecomesTheRange()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    QVERIFY(refreshed.wait(kWaitMs));
    const auto [from, to] = m_page->queriedRange();
    const QDateTime zoomFrom = from.addSecs(20 * 60);
    const QDateTime zoomTo = from.addSecs(40 * 60);
    emit m_page->grid()->timeRangeZoomed(zoomFrom, zoomTo);
    QCOMPARE(m_page->range(), ui::DashboardsPage::Range::Custom);
    QVERIFY(refreshed.wait(kWaitMs));
    QCOMPARE(m_page->queriedRange().first, zoomFrom);
    QCOMPARE(m_page->queriedRange().second, zoomTo);
    QCOMPARE(m_page->grid()->panels().constFirst()->chart()->visibleTimeRange().first, zoomFrom);
}

void TestDashboardsPage::jobPanelShowsItsSeries()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    m_page->setRange(ui::DashboardsPage::Range::Last5Minutes);
    m_page->setView(u"task-details"_s);
    m_page->setVariable(u"job"_s, m_jobId);
    const QString task = u"modelarts-job-%1-worker-0"_s.arg(m_jobId);
    widgets::DashboardPanel *cpu = m_page->grid()->panel(u"details.cpu"_s);
    QVERIFY(cpu);
    const auto shown = [&]
    {
        for (const models::TimeSeries &s : cpu->series())
        {
            if (s.name() == task && s.hasData())
                return true;
        }
        if (!m_page->runner()->isRunning())
            m_page->refresh(); // the executor samples every few seconds
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 30000);
    QCOMPARE(cpu->series().size(), 1); // only the selected job's task
    QCOMPARE(cpu->legend()->topLevelItem(0)->text(widgets::DashboardPanel::NameColumn), task);
    // Each refresh also reloads the selectors' values: the job and its task are offered.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->variableChoices(u"job"_s).contains(m_jobId), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->variableChoices(u"task"_s).contains(task), kWaitMs);
}

void TestDashboardsPage::missingOrUnreachableSourceOnPanels()
{
    // A profile without a Prometheus source: the note above and every panel say so.
    auto none = connection({});
    m_page->setConnection(none.get());
    QVERIFY(m_page->findChild<QLabel *>(u"sourceNote"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->grid()->panels().constFirst()->hasError(), kWaitMs);
    for (widgets::DashboardPanel *p : m_page->grid()->panels())
        QVERIFY2(p->error().contains(u"Prometheus"_s), qPrintable(p->error()));

    // A source nobody listens on: the network error on the panels, not a blank chart.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto unreachable = connection({ QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"admin"_s, u"x"_s, 5000 });
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    m_page->setConnection(unreachable.get());
    QVERIFY(!m_page->findChild<QLabel *>(u"sourceNote"_s)->isVisible());
    QVERIFY(refreshed.wait(kWaitMs));
    for (widgets::DashboardPanel *p : m_page->grid()->panels())
    {
        QVERIFY(p->hasError());
        QVERIFY(p->findChild<QLabel *>(u"panelError"_s)->isVisible());
        QCOMPARE(p->chart()->seriesCount(), 0);
    }
    m_page->setConnection(m_connection.get());
}

void TestDashboardsPage::queriesOnlyWhileShown()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    QVERIFY(refreshed.wait(kWaitMs));
    m_page->hide();
    QVERIFY(!m_page->isActive());
    m_page->setRange(ui::DashboardsPage::Range::Last3Hours);
    m_page->setView(u"node"_s);
    QVERIFY(!m_page->runner()->isRunning()); // nothing sent while hidden
    refreshed.clear();
    m_page->show();
    QVERIFY(m_page->runner()->isRunning()); // what went stale is fetched on return
    QVERIFY(refreshed.wait(kWaitMs));
    QCOMPARE(m_page->queriedRange().first.msecsTo(m_page->queriedRange().second), 3 * 3600 * 1000LL);
}

void TestDashboardsPage::exportsTheViewAsPdf()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    m_page->setView(u"cluster"_s);
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kWaitMs));
    refreshed.clear();
    m_page->setVariable(u"pool"_s, u"local"_s);
    QVERIFY(refreshed.wait(kWaitMs));
    // The subtitle names what the file is of: the view, its selection and its range.
    const QString subtitle = m_page->exportSubtitle();
    const models::DashboardDefinition *cluster = models::dashboards::find(u"cluster"_s);
    QVERIFY2(subtitle.startsWith(cluster->title()), qPrintable(subtitle));
    QVERIFY2(subtitle.contains(u": local"_s), qPrintable(subtitle));
    QVERIFY(m_page->findChild<QPushButton *>(u"exportPdfButton"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"cluster.pdf"_s);
    QVERIFY(m_page->exportPdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString pdf = QString::fromLatin1(file.readAll());
    QVERIFY(pdf.startsWith(u"%PDF-"_s));
    // Four panels a page.
    const int panels = int(cluster->panels.size());
    QCOMPARE(int(pdf.count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s))), (panels + 3) / 4);
    QVERIFY(!pdf.contains(u"/Subtype /Image"_s)); // the charts as vectors
}

void TestDashboardsPage::clusterViewShowsThePoolsFragments()
{
    QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
    m_page->setView(u"cluster"_s);
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kWaitMs));
    QVERIFY(!m_page->fragmentsView()->isVisible()); // all pools: no one pool's nodes to count
    QString gpuPool;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            for (const QString &p : m_page->variableChoices(u"pool"_s))
                if (p.startsWith(u"gpu-v100-pool"_s))
                    gpuPool = p;
            return !gpuPool.isEmpty();
        }(),
        kWaitMs);
    refreshed.clear();
    m_page->setVariable(u"pool"_s, gpuPool);
    QVERIFY(refreshed.wait(kWaitMs));
    QVERIFY(m_page->fragmentsView()->isVisible());
    // The demo V100 pool has 8-card nodes: tasks of 1, 2, 4 and 8 cards.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->fragments()->rowCount(), 4, kWaitMs);
    QCOMPARE(m_page->fragments()->acceleratorKind(), u"GPU"_s);
    QVERIFY(m_page->fragments()->idleCards() > 0);
    QVERIFY(m_page->fragmentsView()->summary().contains(QString::number(m_page->fragments()->idleCards())));
    // Only the Cluster view has it.
    m_page->setView(u"node"_s);
    QVERIFY(!m_page->fragmentsView()->isVisible());
}

void TestDashboardsPage::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    widgets::Theme::apply(*static_cast<QApplication *>(QCoreApplication::instance())); // as the app looks
    m_page->resize(1060, 760); // the page area of a 1280x800 window
    const QStringList views { u"cluster"_s, u"node"_s, u"user"_s, u"task"_s, u"task-details"_s };
    for (const QString &view : views)
    {
        QSignalSpy refreshed(m_page.get(), &ui::DashboardsPage::refreshed);
        m_page->setView(view);
        if (view == u"task-details")
            m_page->setVariable(u"job"_s, m_jobId);
        QVERIFY(refreshed.wait(kWaitMs));
        QTest::qWait(300);
        QVERIFY(m_page->grab().save(QDir(dir).filePath(u"dashboards-%1.png"_s.arg(view))));
    }
}

QTEST_MAIN(TestDashboardsPage)
#include "tst_dashboardspage.moc"
