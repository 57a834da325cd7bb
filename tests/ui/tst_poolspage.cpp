// PoolsPage against the real local backend with demo data: the table fills with the pools
// the server lists, search and the status filter hide other rows, Delete asks, goes through
// the API and the row leaves without a reset; the built-in local pool cannot be deleted;
// Upgrade Driver is offered for one running GPU/NPU pool and starts the upgrade on the server.

#include "api/poolrequests.h"
#include "localconsole.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "models/poollistmodel.h"
#include "ui/pools/pooldriverupgradedialog.h"
#include "ui/pools/poolspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace ma;
using models::PoolListModel;

namespace
{
constexpr int kWaitMs = 15000;
} // namespace

class TestPoolsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsEveryPoolTheServerLists();
    void searchMatchesNameAndId();
    void statusFilterHidesOtherRows();
    void deleteAsksAndRemovesTheRowWithoutReset();
    void localPoolCannotBeDeleted();
    void upgradeDriverFromTheList();

private:
    int rowOfName(const QString &name) const;
    void selectName(const QString &name);

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::PoolsPage> m_page;
    test::QuestionRecorder m_confirm;
};

void TestPoolsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPoolsPage::init()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_page = std::make_unique<ui::PoolsPage>();
    m_confirm.reset();
    m_page->setConfirmHandler(m_confirm.handler());
    m_page->resize(1200, 600);
    m_page->show();
    m_page->setConnection(m_console->connection());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->totalCount() > 0, kWaitMs);
}

void TestPoolsPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

int TestPoolsPage::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, PoolListModel::Name).data().toString() == name)
            return row;
    return -1;
}

void TestPoolsPage::selectName(const QString &name)
{
    const int row = rowOfName(name);
    QVERIFY2(row >= 0, qPrintable(name));
    m_page->view()->selectionModel()->select(
        m_page->view()->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestPoolsPage::tableShowsEveryPoolTheServerLists()
{
    const int total = m_page->model()->totalCount();
    QCOMPARE(m_page->view()->model()->rowCount(), total);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
        total == 1 ? QStringLiteral("1 pool") : QStringLiteral("%1 pools").arg(total));
    QVERIFY(rowOfName(QStringLiteral("gpu-v100-pool")) >= 0);
}

void TestPoolsPage::searchMatchesNameAndId()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("V100"));
    QTest::keyClick(search, Qt::Key_Return);
    const QAbstractItemModel *shown = m_page->view()->model();
    QCOMPARE(shown->rowCount(), 1);
    const QString id = shown->index(0, 0).data(PoolListModel::PoolNameRole).toString();
    QCOMPARE(shown->index(0, PoolListModel::Name).data().toString(), QStringLiteral("gpu-v100-pool"));

    // The ID finds the same pool.
    search->clear();
    QTest::keyClicks(search, id);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(shown->rowCount(), 1);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("no-such-pool"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(shown->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("emptyLabel"))->text(),
        QStringLiteral("No pools match the search or the status filter"));
}

void TestPoolsPage::statusFilterHidesOtherRows()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    const int running = combo->findData(QStringLiteral("Running"));
    QVERIFY(running > 0);
    combo->setCurrentIndex(running);
    const QAbstractItemModel *shown = m_page->view()->model();
    QVERIFY(shown->rowCount() > 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(PoolListModel::PhaseRole).toString(), QStringLiteral("Running"));
    combo->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), m_page->model()->rowCount());
}

void TestPoolsPage::deleteAsksAndRemovesTheRowWithoutReset()
{
    const QString name = QStringLiteral("ascend-snt9-pool"); // no job runs in it
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(name) >= 0, kWaitMs);
    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
    selectName(name);
    QVERIFY(m_page->deleteAction()->isEnabled());
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->deleteAction()->trigger();
    QCOMPARE(m_confirm.questions.size(), 1);
    QVERIFY2(m_confirm.questions.front().contains(name), qPrintable(m_confirm.questions.front()));
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.front().front().value<models::ActionOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    // Deleting, then gone from the list: refreshed in place.
    QTRY_COMPARE_WITH_TIMEOUT(rowOfName(name), -1, kWaitMs);
    QCOMPARE(reset.size(), 0);
}

void TestPoolsPage::localPoolCannotBeDeleted()
{
    const QAbstractItemModel *model = m_page->model();
    int local = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(PoolListModel::PoolNameRole).toString() == QStringLiteral("local"))
            local = row;
    if (local < 0)
        QSKIP("this backend has no built-in local pool");
    const QString shownName = model->index(local, PoolListModel::Name).data().toString();
    selectName(shownName);
    QVERIFY(!m_page->deleteAction()->isEnabled());
}

void TestPoolsPage::upgradeDriverFromTheList()
{
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("ascend-snt9-pool")) >= 0, kWaitMs);
    selectName(QStringLiteral("cpu-small-pool"));
    QVERIFY(!m_page->upgradeDriverAction()->isEnabled()); // no GPU or NPU
    selectName(QStringLiteral("gpu-v100-pool"));
    m_page->view()->selectionModel()->select(
        m_page->view()->model()->index(rowOfName(QStringLiteral("ascend-snt9-pool")), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!m_page->upgradeDriverAction()->isEnabled()); // one pool at a time
    selectName(QStringLiteral("ascend-snt9-pool"));
    QVERIFY(m_page->upgradeDriverAction()->isEnabled());
    const QString id = m_page->selectedPoolNames().front();

    QString kind;
    QString instances;
    // The nodes are read first; the dialog follows, so look for it until it shows.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this,
        [&]
        {
            auto *dialog = qobject_cast<ui::PoolDriverUpgradeDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            kind = dialog->findChild<QLabel *>(QStringLiteral("kindValue"))->text();
            instances = dialog->findChild<QLabel *>(QStringLiteral("instancesValue"))->text();
            dialog->setTargetVersion(QStringLiteral("24.1.0"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    poll.start();
    m_page->upgradeDriverAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_confirm.questions.size(), 1, kWaitMs);
    QCOMPARE(kind, QStringLiteral("NPU"));
    QCOMPARE(instances, QStringLiteral("2"));
    QVERIFY2(m_confirm.questions.front().startsWith(
                 QStringLiteral("Upgrade the NPU driver of the pool “ascend-snt9-pool” from 23.0.6 to 24.1.0?")),
        qPrintable(m_confirm.questions.front()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            const api::ApiResult r = test::callAndWait(m_console->client(), api::pools::show(id));
            const api::Pool pool = r.ok() ? api::fromBody<api::Pool>(r.body) : api::Pool();
            return pool.status && pool.status->driver && pool.status->driver->npu
                && pool.status->driver->npu->version.value_or(QString()) == u"24.1.0";
        }(),
        kWaitMs);
}

QTEST_MAIN(TestPoolsPage)
#include "tst_poolspage.moc"
