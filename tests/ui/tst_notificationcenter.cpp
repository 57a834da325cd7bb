// Notifications end to end in a MainWindow on the real local backend, with the desktop
// notifier on a private session bus and a fake org.freedesktop.Notifications: Watch on the
// Training Jobs list marks the row with the bell and, when the job completes, one Notify
// reaches the service (also when two windows follow the same profile); clicking it opens the job's details page, whose
// Watch button shows it is watched. The details page's button toggles the watch; Settings > Notifications switches the
// following off and sets the auto-stop lead time; the demo data is not watched.

#include "api/types/training.h"
#include "localconsole.h"
#include "models/connection.h"
#include "models/trainingjoblistmodel.h"
#include "models/watchlist.h"
#include "privatesessionbus.h"
#include "ui/mainwindow.h"
#include "ui/notebooks/notebookdetailspage.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/notebooks/notebookspage.h"
#include "ui/notificationcenter.h"
#include "ui/settingspage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/desktopnotifier.h"
#include "widgets/watchmarker.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLayout>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace ma;
using models::WatchKind;
using models::WatchList;

namespace
{
constexpr int kWaitMs = 30000;
constexpr int kIntervalMs = 100;
} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void watchFromListNotifiesOnceAndClickOpensDetails();
    void twoWindowsOfOneProfileNotifyOnce();
    void detailsWatchButtonToggles();
    void settingsSwitchAndLeadTime();
    void demoDataIsNotWatched();
    void screenshot();

private:
    /** Shows the Training Jobs list and selects the row of @p id; @p row gets its source row. */
    void selectJobRow(ui::MainWindow &window, const QString &id, int *row);

    std::unique_ptr<test::PrivateSessionBus> m_bus;
    std::unique_ptr<test::FakeNotificationService> m_service;
    std::unique_ptr<test::LocalConsole> m_console;
    int m_connections = 0;
};

void TestNotificationCenter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_bus = std::make_unique<test::PrivateSessionBus>();
    if (!m_bus->isRunning())
        QSKIP(qPrintable(m_bus->error())); // the click on a notification needs a bus to come from
    m_service = std::make_unique<test::FakeNotificationService>(m_bus->connect(QStringLiteral("service")));
    QVERIFY(m_service->registerService());
}

void TestNotificationCenter::init()
{
    QSettings().clear();
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
}

void TestNotificationCenter::cleanup()
{
    m_console.reset();
}

void TestNotificationCenter::cleanupTestCase()
{
    m_service.reset();
    m_bus.reset();
}

void TestNotificationCenter::selectJobRow(ui::MainWindow &window, const QString &id, int *row)
{
    window.navigate(ui::kTrainingJobsPageId, ui::kReloadArgument);
    auto *page = window.page<ui::TrainingJobsPage>();
    auto *model = qobject_cast<models::TrainingJobListModel *>(page->listModel());
    QTRY_VERIFY_WITH_TIMEOUT((*row = model->rowOf(id)) >= 0, kWaitMs);
    QTableView *view = page->view();
    const QModelIndex shown
        = qobject_cast<QSortFilterProxyModel *>(view->model())->mapFromSource(model->index(*row, 0));
    view->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestNotificationCenter::watchFromListNotifiesOnceAndClickOpensDetails()
{
    const QString id
        = test::createLocalJob(m_console->client(), QStringLiteral("notify-me"), QStringLiteral("sleep 4"));
    QVERIFY(!id.isEmpty());

    ui::MainWindow window;
    window.setConnection(m_console->connection());
    window.show();
    ui::NotificationCenter *center = window.notificationCenter();
    QVERIFY(center);
    center->setDesktopNotifier(new widgets::DesktopNotifier(m_bus->connect(QStringLiteral("window"))));
    center->transitions()->setInterval(kIntervalMs);

    auto *page = window.page<ui::TrainingJobsPage>();
    QAction *watch = page->watchAction();
    QVERIFY(watch);
    int row = -1;
    selectJobRow(window, id, &row);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(watch->isEnabled());
    QVERIFY(!watch->isChecked());
    QVERIFY(!page->isRowWatched(row));
    QSignalSpy notifyCalls(m_service.get(), &test::FakeNotificationService::notified);
    const int callsBefore = int(m_service->calls().size());
    watch->trigger();
    QVERIFY(watch->isChecked());
    QVERIFY(page->isRowWatched(row));
    QVERIFY(WatchList::of(m_console->connection())->isWatched(WatchKind::TrainingJob, id));
    // The bell before its name.
    auto *delegate = qobject_cast<widgets::WatchMarkerDelegate *>(page->view()->itemDelegateForColumn(0));
    QVERIFY(delegate);
    QVERIFY(delegate->isWatched(page->view()->selectionModel()->selectedRows().front()));
    QCOMPARE(center->transitions()->followedCount(), 1);

    QVERIFY(notifyCalls.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(
        center->transitions()->lastStatus(WatchKind::TrainingJob, id), QStringLiteral("Completed"), kWaitMs);
    QTest::qWait(200);
    QCOMPARE(m_service->calls().size(), callsBefore + 1);
    QCOMPARE(center->shownCount(), 1);
    const test::NotifyCall &call = m_service->calls().last();
    QCOMPARE(call.summary, QStringLiteral("Training job “notify-me”: Completed"));
    QVERIFY2(call.body.endsWith(QStringLiteral("Profile Local, region local")), qPrintable(call.body));
    QCOMPARE(call.actions.front(), QStringLiteral("default"));

    // The click opens the job in the window.
    window.navigate(ui::kTrainingJobsPageId);
    m_service->invokeAction(call.id, QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPageId(), ui::kTrainingJobDetailsPageId, kWaitMs);
    auto *details = window.page<ui::TrainingJobDetailsPage>();
    QTRY_VERIFY_WITH_TIMEOUT(details->watchButton()->isVisible(), kWaitMs);
    QVERIFY(details->watchButton()->isChecked());
    QCOMPARE(details->watchButton()->text(), QStringLiteral("Watching"));
}

void TestNotificationCenter::twoWindowsOfOneProfileNotifyOnce()
{
    const QString id = test::createLocalJob(m_console->client(), QStringLiteral("twice"), QStringLiteral("sleep 3"));
    QVERIFY(!id.isEmpty());
    // Two centers (two windows) follow the same profile's list; each sees the job complete.
    ui::NotificationCenter first(m_console->connection());
    ui::NotificationCenter second(m_console->connection());
    QCOMPARE(first.watchList(), second.watchList());
    for (ui::NotificationCenter *center : { &first, &second })
    {
        center->setDesktopNotifier(
            new widgets::DesktopNotifier(m_bus->connect(QStringLiteral("center-%1").arg(++m_connections))));
        center->transitions()->setInterval(kIntervalMs);
    }
    QSignalSpy firstRead(first.transitions(), &models::TransitionNotifier::statusRead);
    QSignalSpy secondRead(second.transitions(), &models::TransitionNotifier::statusRead);
    const int callsBefore = int(m_service->calls().size());
    first.watchList()->setWatched(WatchKind::TrainingJob, id, QStringLiteral("twice"), true);
    QVERIFY(firstRead.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!secondRead.isEmpty(), kWaitMs);
    QVERIFY(!api::isTerminalPhase(firstRead.at(0).at(2).toString()));
    QVERIFY(!api::isTerminalPhase(secondRead.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(
        first.transitions()->lastStatus(WatchKind::TrainingJob, id), QStringLiteral("Completed"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        second.transitions()->lastStatus(WatchKind::TrainingJob, id), QStringLiteral("Completed"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->calls().size(), callsBefore + 1, kWaitMs);
    QTest::qWait(300);
    QCOMPARE(m_service->calls().size(), callsBefore + 1);
    QCOMPARE(first.shownCount() + second.shownCount(), 1);
}

void TestNotificationCenter::detailsWatchButtonToggles()
{
    const QString id = test::createLocalJob(m_console->client(), QStringLiteral("toggle-me"), QStringLiteral("true"));
    QVERIFY(!id.isEmpty());
    ui::MainWindow window;
    window.setConnection(m_console->connection());
    window.show();
    window.navigate(ui::kTrainingJobDetailsPageId, id);
    auto *details = window.page<ui::TrainingJobDetailsPage>();
    QToolButton *button = details->watchButton();
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), kWaitMs);
    QVERIFY(button->parentWidget()->layout()->indexOf(button) >= 0); // in the header row, beside the status
    QVERIFY(!button->isChecked());
    QCOMPARE(button->text(), QStringLiteral("Watch"));
    WatchList *list = WatchList::of(m_console->connection());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(list->isWatched(WatchKind::TrainingJob, id));
    QCOMPARE(button->text(), QStringLiteral("Watching"));
    QTRY_COMPARE_WITH_TIMEOUT(list->items().front().name, QStringLiteral("toggle-me"), kWaitMs);
    // Unwatched elsewhere (the list's action): the button follows.
    list->setWatched(WatchKind::TrainingJob, id, QString(), false);
    QVERIFY(!button->isChecked());
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!list->isWatched(WatchKind::TrainingJob, id));
    QCOMPARE(button->text(), QStringLiteral("Watch"));
}

void TestNotificationCenter::settingsSwitchAndLeadTime()
{
    const QString id
        = test::createLocalJob(m_console->client(), QStringLiteral("long-job"), QStringLiteral("sleep 30"));
    QVERIFY(!id.isEmpty());
    ui::MainWindow window;
    window.setConnection(m_console->connection());
    ui::NotificationCenter *center = window.notificationCenter();
    QVERIFY(center->transitions()->isEnabled()); // on by default
    QCOMPARE(center->transitions()->autoStopLead(), qint64(10 * 60 * 1000));
    WatchList::of(m_console->connection())->setWatched(WatchKind::TrainingJob, id, QStringLiteral("long-job"), true);
    QCOMPARE(center->transitions()->followedCount(), 1);

    auto *settings = window.page<ui::SettingsPage>();
    QVERIFY(settings->notificationsCheckBox()->isChecked());
    settings->notificationsCheckBox()->setChecked(false);
    QVERIFY(!center->transitions()->isEnabled());
    QCOMPARE(center->transitions()->followedCount(), 0);
    QVERIFY(!settings->autoStopWarningSpinBox()->isEnabled());
    settings->notificationsCheckBox()->setChecked(true);
    QCOMPARE(center->transitions()->followedCount(), 1);
    settings->autoStopWarningSpinBox()->setValue(25);
    QCOMPARE(center->transitions()->autoStopLead(), qint64(25 * 60 * 1000));

    // A new window (an app start) reads them back.
    ui::MainWindow next;
    next.setConnection(m_console->connection());
    QCOMPARE(next.notificationCenter()->transitions()->autoStopLead(), qint64(25 * 60 * 1000));
    QCOMPARE(next.page<ui::SettingsPage>()->autoStopWarningSpinBox()->value(), 25);
}

void TestNotificationCenter::demoDataIsNotWatched()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    ui::MainWindow window;
    window.setConnection(m_console->connection());
    QVERIFY(window.notificationCenter()->watchList()->isEmpty());
    QCOMPARE(window.notificationCenter()->transitions()->followedCount(), 0);
    window.setConnection(nullptr);
    QVERIFY(!window.notificationCenter());
}

void TestNotificationCenter::screenshot()
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MA_SCREENSHOT_DIR not set");
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.setConnection(m_console->connection());
    auto *page = window.page<ui::TrainingJobsPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->listModel()->rowCount() >= 3, kWaitMs);
    // Watch two of the demo jobs, the second one selected.
    WatchList *list = WatchList::of(m_console->connection());
    for (int row : { 0, 2 })
    {
        const QString id = page->listModel()->idsForRows({ row }).front();
        list->setWatched(WatchKind::TrainingJob, id, page->listModel()->index(row, 0).data().toString(), true);
    }
    int row = -1;
    selectJobRow(window, page->listModel()->idsForRows({ 2 }).front(), &row);
    QTest::qWait(300);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("notifications-watch-list.png"))));
    window.navigate(ui::kTrainingJobDetailsPageId, page->listModel()->idsForRows({ 2 }).front());
    QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::TrainingJobDetailsPage>()->watchButton()->isVisible(), kWaitMs);
    QTest::qWait(300);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("notifications-watch-details.png"))));

    // The header with the most buttons: a notebook's.
    window.navigate(ui::kNotebooksPageId);
    auto *notebooks = window.page<ui::NotebooksPage>();
    QTRY_VERIFY_WITH_TIMEOUT(notebooks->listModel()->rowCount() >= 1, kWaitMs);
    window.navigate(ui::kNotebookDetailsPageId, notebooks->listModel()->idsForRows({ 0 }).front());
    QTRY_VERIFY_WITH_TIMEOUT(window.page<ui::NotebookDetailsPage>()->watchButton()->isVisible(), kWaitMs);
    QTest::qWait(300);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("notifications-watch-notebook.png"))));
}

QTEST_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
