// NotebookDetailsPage against the real local backend (simulated public-pool notebooks): the
// overview shows the configuration and the live auto-stop countdown, Renew moves it; the
// Storage tab expands the EVS disk within the console's rules (+100 GB a step) and mounts
// and unmounts an OBS folder under /data/; the Events tab lists the events and offers the
// 30 s / 1 min / 5 min auto refresh; tags are added and removed through the API; Stop and
// the typed Delete go through the API.

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/notebookeventmodel.h"
#include "ui/notebooks/notebookdetailspage.h"
#include "ui/notebooks/notebookdialogs.h"
#include "ui/notebooks/notebookoperations.h"
#include "ui/notebooks/notebookpageids.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QtTest>

using namespace ma;
using test::callAndWait;
using test::createNotebook;

namespace
{
constexpr int kWaitMs = 20000;
const QString kCpuFlavor = QStringLiteral("modelarts.vm.cpu.2u");

} // namespace

class TestNotebookDetailsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overviewAndCountdownRenew();
    void storageExpandAndObsMount();
    void eventsAndAutoRefreshChoices();
    void tagsAddedAndRemoved();
    void stopThenTypedDelete();

private:
    QString status() const;
    bool runOutcome(const std::function<void()> &trigger);

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::NotebookDetailsPage> m_page;
    QString m_id;
    QStringList m_questions;
};

void TestNotebookDetailsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotebookDetailsPage::init()
{
    m_backend = std::make_unique<test::LocalBackend>();
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    m_connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, QStringLiteral("Local"),
        QStringLiteral("local"), m_backend->accessKeyClient().release());
    m_id = createNotebook(
        *m_connection->client(), QStringLiteral("details-nb"), QString(), QStringLiteral("for the details test"));
    QVERIFY(!m_id.isEmpty());
    m_page = std::make_unique<ui::NotebookDetailsPage>();
    m_questions.clear();
    m_page->setConfirmHandler(
        [this](const QString &question)
        {
            m_questions.append(question);
            return true;
        });
    m_page->setPollInterval(200);
    m_page->resize(1200, 700);
    m_page->show();
    m_page->setConnection(m_connection.get());
    m_page->open(m_id);
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("RUNNING"), kWaitMs);
}

void TestNotebookDetailsPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    m_backend.reset();
}

QString TestNotebookDetailsPage::status() const
{
    const auto n = m_page->notebook();
    return n ? n->status.value_or(QString()) : QString();
}

bool TestNotebookDetailsPage::runOutcome(const std::function<void()> &trigger)
{
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    trigger();
    if (!finished.wait(kWaitMs))
        return false;
    const auto outcome = finished.front().front().value<models::ActionOutcome>();
    if (!outcome.ok())
        qWarning("%s", qPrintable(outcome.message()));
    return outcome.ok();
}

void TestNotebookDetailsPage::overviewAndCountdownRenew()
{
    QCOMPARE(m_page->overviewValue(QStringLiteral("Name")), QStringLiteral("details-nb"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("ID")), m_id);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Status")), QStringLiteral("Running"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Flavor")), kCpuFlavor);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Description")), QStringLiteral("for the details test"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Storage")), QStringLiteral("EVS, 5 GB"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("notebookName"))->text(), QStringLiteral("details-nb"));
    QVERIFY(m_page->overviewValue(QStringLiteral("Auto Stop")).endsWith(QStringLiteral(" left")));
    QVERIFY(m_page->stopButton()->isEnabled());
    QVERIFY(!m_page->startButton()->isEnabled());
    QVERIFY(m_page->renewButton()->isEnabled());

    if (const QString shots = qEnvironmentVariable("MA_SHOTS_DIR"); !shots.isEmpty())
    {
        QVERIFY(m_page->grab().save(shots + QStringLiteral("/nbui-details-storage.png")));
        m_page->tabs()->setCurrentIndex(ui::NotebookDetailsPage::EventsTab);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->eventModel()->rowCount() > 0, kWaitMs);
        QTest::qWait(300);
        QVERIFY(m_page->grab().save(shots + QStringLiteral("/nbui-details-events.png")));
    }

    // Renew for 6 hours through More > Renew for…: the countdown moves by hours.
    const qint64 before = m_page->remainingMs();
    QVERIFY(before > 0);
    m_page->operations()->setDialogRunner(
        [](QDialog &dialog)
        {
            auto *form = qobject_cast<ui::NotebookFormDialog *>(&dialog);
            auto *hours = qobject_cast<QComboBox *>(form->field(QStringLiteral("hours")));
            hours->setCurrentIndex(hours->findData(QStringLiteral("6")));
            return true;
        });
    QAction *renewFor = m_page->moreMenu()->findChild<QAction *>(QStringLiteral("renewForAction"));
    QVERIFY(renewFor && renewFor->isEnabled());
    QVERIFY(runOutcome([renewFor] { renewFor->trigger(); }));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->remainingMs() > before + 4 * 3600 * 1000, kWaitMs);
    // The overview ticks every second with the same words as the list's column.
    const QString shown = m_page->overviewValue(QStringLiteral("Auto Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->overviewValue(QStringLiteral("Auto Stop")) != shown, 3000);
    QVERIFY(m_page->overviewValue(QStringLiteral("Auto Stop")).endsWith(QStringLiteral(" left")));
}

void TestNotebookDetailsPage::storageExpandAndObsMount()
{
    m_page->tabs()->setCurrentIndex(ui::NotebookDetailsPage::StorageTab);
    QVERIFY(m_page->expandButton()->isEnabled());
    // The dialog offers at most +100 GB: 5 → 105.
    int offeredMax = 0;
    m_page->operations()->setDialogRunner(
        [&offeredMax](QDialog &dialog)
        {
            auto *form = qobject_cast<ui::NotebookFormDialog *>(&dialog);
            auto *size = qobject_cast<QSpinBox *>(form->field(QStringLiteral("size")));
            offeredMax = size->maximum();
            size->setValue(size->maximum());
            return true;
        });
    QVERIFY(runOutcome([this] { m_page->expandButton()->click(); }));
    QCOMPARE(offeredMax, 105);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->overviewValue(QStringLiteral("Storage")), QStringLiteral("EVS, 105 GB"), kWaitMs);

    // Mount an OBS folder under /data/: a bucket root is refused in the dialog.
    QString rootError;
    m_page->operations()->setDialogRunner(
        [&rootError](QDialog &dialog)
        {
            auto *form = qobject_cast<ui::NotebookFormDialog *>(&dialog);
            qobject_cast<QLineEdit *>(form->field(QStringLiteral("uri")))->setText(QStringLiteral("obs://bucket-a"));
            qobject_cast<QLineEdit *>(form->field(QStringLiteral("mountPath")))->setText(QStringLiteral("/data/demo/"));
            rootError = form->errorText();
            qobject_cast<QLineEdit *>(form->field(QStringLiteral("uri")))
                ->setText(QStringLiteral("obs://bucket-a/datasets/"));
            return form->canAccept();
        });
    QVERIFY(m_page->mountButton()->isEnabled());
    QVERIFY(runOutcome([this] { m_page->mountButton()->click(); }));
    QCOMPARE(
        rootError, QStringLiteral("Enter a folder in a bucket, such as obs://bucket/folder/ (not the bucket root)."));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->mountTable()->rowCount(), 1, kWaitMs);
    QCOMPARE(m_page->mountTable()->item(0, 0)->text(), QStringLiteral("/data/demo/"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->mountTable()->item(0, 2)->text(), QStringLiteral("Mounted"), kWaitMs);

    // Unmount asks, then the row leaves.
    m_page->mountTable()->selectRow(0);
    QVERIFY(m_page->unmountButton()->isEnabled());
    QVERIFY(runOutcome([this] { m_page->unmountButton()->click(); }));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.front().contains(QStringLiteral("/data/demo/")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->mountTable()->rowCount(), 0, kWaitMs);
}

void TestNotebookDetailsPage::eventsAndAutoRefreshChoices()
{
    m_page->tabs()->setCurrentIndex(ui::NotebookDetailsPage::EventsTab);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->eventModel()->rowCount() > 0, kWaitMs);
    QCOMPARE(m_page->eventModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Event"));
    QCOMPARE(m_page->eventRefreshCombo()->count(), 4);
    QCOMPARE(m_page->eventRefreshMs(), 30000);
    m_page->eventRefreshCombo()->setCurrentIndex(1);
    QCOMPARE(m_page->eventRefreshMs(), 60000);
    m_page->eventRefreshCombo()->setCurrentIndex(2);
    QCOMPARE(m_page->eventRefreshMs(), 300000);

    // A renewal adds an event; the refresh inserts it, never a reset.
    const int before = m_page->eventModel()->rowCount();
    QSignalSpy resets(m_page->eventModel(), &QAbstractItemModel::modelReset);
    QVERIFY(runOutcome([this] { m_page->renewButton()->click(); }));
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->eventModel()->rowCount() > before, kWaitMs);
    QCOMPARE(resets.count(), 0);
    bool renewed = false;
    for (int row = 0; row < m_page->eventModel()->rowCount(); ++row)
        renewed = renewed
            || m_page->eventModel()->index(row, models::NotebookEventModel::Event).data().toString()
                == QStringLiteral("RenewLease");
    QVERIFY(renewed);
}

void TestNotebookDetailsPage::tagsAddedAndRemoved()
{
    m_page->tabs()->setCurrentIndex(ui::NotebookDetailsPage::TagsTab);
    QSignalSpy tagsLoaded(m_page.get(), &ui::NotebookDetailsPage::tagsLoaded);
    QVERIFY(tagsLoaded.wait(kWaitMs));
    QVERIFY(runOutcome([this] { m_page->addTag(QStringLiteral("team"), QStringLiteral("vision")); }));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->tags().value(QStringLiteral("team")), QStringLiteral("vision"), kWaitMs);
    QCOMPARE(m_page->tagTable()->rowCount(), 1);
    QVERIFY(runOutcome([this] { m_page->deleteTags({ QStringLiteral("team") }); }));
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.front(), QStringLiteral("Delete the tag “team”?"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->tags().isEmpty(), kWaitMs);
    QCOMPARE(m_page->tagTable()->rowCount(), 0);
}

void TestNotebookDetailsPage::stopThenTypedDelete()
{
    QVERIFY(runOutcome([this] { m_page->stopButton()->click(); }));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.front().contains(QStringLiteral("details-nb")), qPrintable(m_questions.front()));
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("STOPPED"), kWaitMs);
    QVERIFY(m_page->startButton()->isEnabled());
    QVERIFY(!m_page->openButton()->isEnabled());
    QVERIFY(!m_page->expandButton()->isEnabled()); // EVS grows only while running
    QCOMPARE(m_page->moreMenu()->findChild<QAction *>(QStringLiteral("changeImageAction"))->isEnabled(), true);
    QCOMPARE(m_page->moreMenu()->findChild<QAction *>(QStringLiteral("saveImageAction"))->isEnabled(), false);

    // Declining (nothing typed) sends nothing.
    m_page->operations()->setDialogRunner([](QDialog &) { return false; });
    m_page->deleteButton()->click();
    QVERIFY(m_page->notebook().has_value());

    QSignalSpy deleted(m_page.get(), &ui::NotebookDetailsPage::notebookDeleted);
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    m_page->operations()->setDialogRunner(
        [](QDialog &dialog)
        {
            auto *confirm = qobject_cast<ui::NotebookDeleteDialog *>(&dialog);
            confirm->wordEdit()->setText(QStringLiteral("details-nb"));
            return confirm->isConfirmed();
        });
    m_page->deleteButton()->click();
    QVERIFY(deleted.wait(kWaitMs));
    QCOMPARE(deleted.front().front().toString(), m_id);
    QVERIFY(!navigation.isEmpty());
    QCOMPARE(navigation.back().front().toString(), ui::kNotebooksPageId);
    const api::ApiResult shown = callAndWait(*m_connection->client(), api::notebooks::show(m_id));
    QVERIFY(!shown.ok() || api::fromBody<api::Notebook>(shown.body).status.value_or(QString()) == u"DELETING");
}

QTEST_MAIN(TestNotebookDetailsPage)
#include "tst_notebookdetailspage.moc"
