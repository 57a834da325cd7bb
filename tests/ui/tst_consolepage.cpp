// The page framework: the registry, the window built from it, navigation between pages by
// id, and pages that poll only while they are on screen.

#include "localbackend.h"
#include "models/connection.h"
#include "models/trainingjoblistmodel.h"
#include "ui/consolepage.h"
#include "ui/mainwindow.h"
#include "ui/pageregistry.h"
#include "ui/settingspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ma;

class TestConsolePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registryIsConsistent();
    void windowHasEveryRegisteredPage();
    void navigationOpensWithArgument();
    void activeFollowsVisibility();
    void listPollsOnlyWhileShown();
    void navigationRowsArePaddedByTheStyleSheet();
};

void TestConsolePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConsolePage::registryIsConsistent()
{
    QSet<QString> ids;
    for (const ui::PageEntry &entry : ui::PageRegistry::entries())
    {
        QVERIFY2(!entry.id.isEmpty(), "every page has an id");
        QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
        ids.insert(entry.id);
        QVERIFY(entry.create);
        // A sub-page names the page it belongs to, and only pages in the navigation have none.
        QCOMPARE(entry.title == nullptr, !entry.parentId.isEmpty());
    }
    for (const ui::PageEntry &entry : ui::PageRegistry::entries())
    {
        if (!entry.parentId.isEmpty())
            QVERIFY2(ids.contains(entry.parentId), qPrintable(entry.parentId));
    }
    QVERIFY(ui::PageRegistry::find(ui::kTrainingJobsPageId));
    QVERIFY(!ui::PageRegistry::find(QStringLiteral("no.such.page")));
}

void TestConsolePage::windowHasEveryRegisteredPage()
{
    ui::MainWindow window;
    int titled = 0;
    for (const ui::PageEntry &entry : ui::PageRegistry::entries())
    {
        ui::ConsolePage *page = window.page(entry.id);
        QVERIFY2(page, qPrintable(entry.id));
        QCOMPARE(page->objectName(), entry.id);
        if (entry.title)
            ++titled;
    }
    int selectable = 0;
    for (QTreeWidgetItemIterator it(window.navigation()); *it; ++it)
    {
        if ((*it)->flags() & Qt::ItemIsSelectable)
            ++selectable;
    }
    QCOMPARE(selectable, titled);
    const QString start = window.currentPageId();
    window.showPage(QStringLiteral("no.such.page")); // ignored
    QCOMPARE(window.currentPageId(), start);
}

void TestConsolePage::navigationOpensWithArgument()
{
    ui::MainWindow window;
    auto *list = window.page<ui::TrainingJobsPage>();
    QVERIFY(list);
    emit list->navigationRequested(ui::kTrainingJobDetailsPageId, QStringLiteral("job-42"));
    QCOMPARE(window.currentPageId(), ui::kTrainingJobDetailsPageId);
    QCOMPARE(window.navigation()->currentItem()->data(0, Qt::UserRole).toString(), ui::kTrainingJobsPageId);
    emit list->statusMessage(QStringLiteral("hello"), 1000);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("hello"));
}

void TestConsolePage::activeFollowsVisibility()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.page(ui::kTrainingJobsPageId);
    auto *settings = window.page(ui::SettingsPage::kPageId);
    window.showPage(ui::kTrainingJobsPageId); // the window opens on the Overview
    QVERIFY(list->isActive());
    QVERIFY(!settings->isActive());
    window.showPage(ui::SettingsPage::kPageId);
    QVERIFY(!list->isActive());
    QVERIFY(settings->isActive());
    window.hide();
    QVERIFY(!settings->isActive());
}

void TestConsolePage::listPollsOnlyWhileShown()
{
    test::LocalBackend backend(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
    models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
        backend.accessKeyClient().release());
    ui::MainWindow window;
    window.show();
    window.setConnection(&connection);
    auto *list = window.page<ui::TrainingJobsPage>();
    window.showPage(ui::kTrainingJobsPageId); // the window opens on the Overview
    list->setAutoRefreshSeconds(1);
    QTRY_VERIFY(list->model()->rowCount() > 0);

    // Every auto-refresh asks the list model to refresh; count them through its state.
    QSignalSpy refreshes(list->model(), &models::TrainingJobListModel::loaded);
    QVERIFY(refreshes.wait(3000)); // polling while shown
    window.showPage(ui::SettingsPage::kPageId);
    refreshes.wait(100); // a refresh already in flight may still land
    refreshes.clear();
    QTest::qWait(2500); // two intervals: nothing may be asked while hidden (no signal to await)
    QCOMPARE(refreshes.count(), 0);
    window.showPage(ui::kTrainingJobsPageId);
    // Shown again after more than one interval: the rows are refreshed at once.
    QVERIFY(refreshes.wait(500));
}

void TestConsolePage::navigationRowsArePaddedByTheStyleSheet()
{
    // The app's style sheet pads navigation rows; the tree must be measured with it.
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    const auto firstRowHeight = []
    {
        ui::MainWindow window;
        window.show();
        return window.navigation()->visualItemRect(window.navigation()->topLevelItem(0)).height();
    };
    const int plain = firstRowHeight();
    app->setStyleSheet(widgets::Theme::styleSheet());
    const int padded = firstRowHeight();
    app->setStyleSheet(QString());
    QVERIFY2(padded >= plain + 10, qPrintable(QStringLiteral("%1 vs %2").arg(padded).arg(plain)));
}

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"
