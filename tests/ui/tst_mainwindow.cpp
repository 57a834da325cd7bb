// MainWindow: navigation shows only built pages, the status bar follows the connection,
// a failing backend shows a readable banner, and geometry goes through AppSettings.

#include "localbackend.h"
#include "models/connection.h"
#include "models/overviewsummary.h"
#include "models/trainingjoblistmodel.h"
#include "ui/appsettings.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/overviewpageids.h"
#include "ui/settingspage.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

using namespace ma;

namespace
{
constexpr int kWaitMs = 20000;

QStringList navigationTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
        texts.append((*it)->text(0));
    return texts;
}

QString statusBarText(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u' ');
}

/** A loopback port nobody listens on. */
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void navigationShowsOnlyBuiltPages();
    void statusBarShowsConnection();
    void networkFailureShowsBanner();
    void bannerDismisses();
    void switchingConnectionResetsPages();
    void subPagesBelongToTrainingJobs();
    void geometryIsRestored();
    void appSettingsDefaults();
    void screenshot();

private:
    static std::unique_ptr<models::Connection> makeConnection(test::LocalBackend &backend, const QString &name);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

std::unique_ptr<models::Connection> TestMainWindow::makeConnection(test::LocalBackend &backend, const QString &name)
{
    auto client = backend.accessKeyClient();
    return std::make_unique<models::Connection>(
        models::Connection::Kind::Local, name, QStringLiteral("local"), client.release());
}

void TestMainWindow::navigationShowsOnlyBuiltPages()
{
    ui::MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("ModelArts Desktop"));
    QCOMPARE(window.size(), QSize(1280, 800));
    const QStringList texts = navigationTexts(window.navigation());
    QCOMPARE(texts,
        (QStringList { QStringLiteral("Overview"), QStringLiteral("Development Environment"),
            QStringLiteral("Notebooks"), QStringLiteral("Model Training"), QStringLiteral("Training Jobs"),
            QStringLiteral("Algorithm Management"), QStringLiteral("Resource Management"),
            QStringLiteral("Dedicated Resource Pools"), QStringLiteral("Node Map"), QStringLiteral("Monitoring"),
            QStringLiteral("Dashboards"), QStringLiteral("Settings") }));
    // The console's first page opens at start.
    QCOMPARE(window.navigation()->currentItem()->text(0), QStringLiteral("Overview"));
    QCOMPARE(window.currentPageId(), ui::kOverviewPageId);
    QVERIFY(window.centralWidget()->isAncestorOf(window.page<ui::OverviewPage>()));
    QVERIFY(window.centralWidget()->isAncestorOf(window.page<ui::TrainingJobsPage>()));
    QVERIFY(!window.errorBanner()->isVisibleTo(&window));
    QVERIFY(statusBarText(window).contains(QStringLiteral("Not connected")));
}

void TestMainWindow::statusBarShowsConnection()
{
    test::LocalBackend backend(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    auto connection = makeConnection(backend, QStringLiteral("Local"));
    ui::MainWindow window;
    window.show();
    window.setConnection(connection.get());
    QVERIFY(window.connectionStateText().contains(QStringLiteral("Connecting")));

    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), models::Connection::State::Connected, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(statusBarText(window).contains(backend.projectId()), kWaitMs);
    const QString status = statusBarText(window);
    QVERIFY2(status.contains(connection->backendText()), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("local")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Connected")), qPrintable(status));
    QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::TrainingJobsPage>()->model()->rowCount() > 0, kWaitMs);
    QVERIFY(!window.errorBanner()->isVisibleTo(&window));
}

void TestMainWindow::networkFailureShowsBanner()
{
    test::LocalBackend backend;
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    auto client = backend.accessKeyClient();
    const quint16 port = closedPort();
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(port));
    client->setEndpoints({ dead, dead });
    client->setRetryPolicy({ 0, 10, 10, 10 });
    models::Connection connection(
        models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"), client.release());

    ui::MainWindow window;
    window.show();
    window.setConnection(&connection);
    QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), kWaitMs);
    const QString text = window.errorBanner()->text();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QStringLiteral("QNetworkReply")), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), models::Connection::State::Failed, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(statusBarText(window).contains(QStringLiteral("Failed")), kWaitMs);
    // The Overview (the start page) reported the failure; the job list shows its empty state too.
    QVERIFY(window.page<ui::OverviewPage>()->summary()->jobsState().hasError());
    window.showPage(ui::kTrainingJobsPageId);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.page<ui::TrainingJobsPage>()->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible(), kWaitMs);
}

void TestMainWindow::bannerDismisses()
{
    ui::MainWindow window;
    window.show();
    api::ApiError error
        = api::ApiError::fromHttp(500, { { QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("req-42") } },
            QByteArrayLiteral(R"({"error_code":"ModelArts.0001","error_msg":"Internal error"})"));
    QSignalSpy dismissed(window.errorBanner(), &ui::ErrorBanner::dismissed);
    window.showError(error);
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->reference().contains(QStringLiteral("req-42")),
        qPrintable(window.errorBanner()->reference()));
    auto *close = window.errorBanner()->findChild<QAbstractButton *>(QStringLiteral("errorDismiss"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!window.errorBanner()->isVisible());
    QCOMPARE(dismissed.size(), 1);

    window.showError(api::ApiError::canceled()); // a canceled call is not a failure
    QVERIFY(!window.errorBanner()->isVisible());
}

void TestMainWindow::switchingConnectionResetsPages()
{
    test::LocalBackend demo(test::LocalBackend::Options { 50.0, true, QString() });
    test::LocalBackend empty(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY(demo.isRunning() && empty.isRunning());
    auto first = makeConnection(demo, QStringLiteral("Demo"));
    auto second = makeConnection(empty, QStringLiteral("Empty"));

    ui::MainWindow window;
    window.show();
    window.setConnection(first.get());
    QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::TrainingJobsPage>()->model()->rowCount() > 0, kWaitMs);
    QSignalSpy reset(window.page<ui::TrainingJobsPage>()->model(), &QAbstractItemModel::modelReset);
    window.setConnection(second.get());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(window.page<ui::TrainingJobsPage>()->model()->rowCount(), 0);
    QCOMPARE(window.page<ui::TrainingJobsPage>()->connection(), second.get());
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), models::Connection::State::Connected, kWaitMs);
    QCOMPARE(window.page<ui::TrainingJobsPage>()->model()->rowCount(), 0);

    second.reset(); // a connection going away leaves the window disconnected, not dangling
    QCOMPARE(window.connection(), nullptr);
    QVERIFY(window.connectionStateText().contains(QStringLiteral("Not connected")));
}

void TestMainWindow::subPagesBelongToTrainingJobs()
{
    // The form and the details page are reached from the list, and lead back to it; the
    // navigation keeps "Training Jobs" selected meanwhile.
    ui::MainWindow window;
    const auto navigationText = [&]
    {
        return window.navigation()->currentItem()->text(0);
    };

    emit window.page<ui::TrainingJobsPage>()->createRequested();
    QCOMPARE(window.currentPageId(), ui::kCreateTrainingJobPageId);
    QCOMPARE(navigationText(), QStringLiteral("Training Jobs"));
    emit window.page<ui::CreateTrainingJobPage>()->cancelled();
    QCOMPARE(window.currentPageId(), ui::kTrainingJobsPageId);

    emit window.page<ui::TrainingJobsPage>()->openRequested(QStringLiteral("job-1"));
    QCOMPARE(window.currentPageId(), ui::kTrainingJobDetailsPageId);
    QCOMPARE(window.page<ui::TrainingJobDetailsPage>()->jobId(), QStringLiteral("job-1"));
    QCOMPARE(navigationText(), QStringLiteral("Training Jobs"));
    emit window.page<ui::TrainingJobDetailsPage>()->backRequested();
    QCOMPARE(window.currentPageId(), ui::kTrainingJobsPageId);

    api::TrainingJob job;
    job.metadata.name = QStringLiteral("rebuild-me");
    emit window.page<ui::TrainingJobsPage>()->rebuildRequested(job);
    QCOMPARE(window.currentPageId(), ui::kCreateTrainingJobPageId);
    QVERIFY(window.page<ui::CreateTrainingJobPage>()->draft().name.startsWith(QStringLiteral("rebuild-me")));

    // Settings is a page of its own in the navigation.
    for (QTreeWidgetItemIterator it(window.navigation()); *it; ++it)
    {
        if ((*it)->text(0) == u"Settings")
            window.navigation()->setCurrentItem(*it);
    }
    QCOMPARE(window.currentPageId(), ui::SettingsPage::kPageId);
}

void TestMainWindow::geometryIsRestored()
{
    {
        ui::MainWindow window;
        window.show();
        window.resize(1200, 720); // above the details page's minimum width
        QVERIFY(window.close());
    }
    ui::MainWindow again;
    QCOMPARE(again.size(), QSize(1200, 720));
}

void TestMainWindow::appSettingsDefaults()
{
    ui::AppSettings settings;
    QCOMPARE(settings.autoRefreshSeconds(), 10);
    settings.setAutoRefreshSeconds(30);
    QCOMPARE(settings.autoRefreshSeconds(), 30);
    settings.setAutoRefreshSeconds(-5);
    QCOMPARE(settings.autoRefreshSeconds(), 0);
    settings.setLastProfileName(QStringLiteral("Local"));
    settings.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(ui::AppSettings().lastProfileName(), QStringLiteral("Local"));
    QCOMPARE(ui::AppSettings().language(), QStringLiteral("zh_CN"));

    ui::AppSettings().setAutoRefreshSeconds(3);
    ui::TrainingJobsPage page;
    QCOMPARE(page.autoRefreshSeconds(), 3);
}

void TestMainWindow::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    test::LocalBackend backend(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    auto connection = makeConnection(backend, QStringLiteral("Local"));
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.setConnection(connection.get());
    QTRY_COMPARE_WITH_TIMEOUT(window.page<ui::TrainingJobsPage>()->model()->rowCount(), 7, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(statusBarText(window).contains(backend.projectId()), kWaitMs);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("main-window.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
