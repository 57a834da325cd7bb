// TrainingJobV1DetailsPage against the real local backend: a job created through the v1 API
// shows its versions, the selected version's settings and its log; Create Version adds one
// (T1-5), Stop stops the selected version (T1-9), Delete Version removes it (T1-8) and
// Delete Job the job (T1-4), each after the shared question; a declined question sends nothing.

#include "api/trainingv1requests.h"
#include "localconsole.h"
#include "ui/training/trainingjobv1detailspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/logviewer.h"
#include "widgets/overviewpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace ma;
using ui::TrainingJobV1DetailsPage;

namespace
{
constexpr int kWaitMs = 20000;
} // namespace

class TestTrainingJobV1DetailsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsVersionsSettingsAndLog();
    void createVersionStopAndDeleteIt();
    void declinedQuestionSendsNothing();
    void deleteJobGoesBackToTheList();
    void fitsTheWindow();

private:
    qint64 createJob(const QString &name);
    int statusOf(qint64 versionId);
    /** Refreshes the page and waits for the versions. */
    bool refreshed();

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<TrainingJobV1DetailsPage> m_page;
    test::QuestionRecorder m_questions;
    qint64 m_jobId = 0;
};

void TestTrainingJobV1DetailsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingJobV1DetailsPage::init()
{
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 50.0, false, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_console->connection()->setLegacyTrainingApi(true);
    m_questions.reset();
    m_page = std::make_unique<TrainingJobV1DetailsPage>();
    m_page->setConfirmHandler(m_questions.handler());
    m_page->resize(1100, 700);
    m_page->show();
    m_page->setConnection(m_console->connection());
    m_jobId = createJob(QStringLiteral("legacy-details"));
    QVERIFY(m_jobId > 0);
    QSignalSpy loaded(m_page.get(), &TrainingJobV1DetailsPage::versionsLoaded);
    m_page->open(QString::number(m_jobId));
    QVERIFY(loaded.wait(kWaitMs));
}

void TestTrainingJobV1DetailsPage::cleanup()
{
    m_page.reset();
    m_console.reset();
}

qint64 TestTrainingJobV1DetailsPage::createJob(const QString &name)
{
    const api::ApiResult r = test::callAndWait(
        m_console->client(), api::trainingv1::create(test::v1Job(name, QStringLiteral("for the details page"), 86400)));
    return r.ok() ? api::fromBody<api::v1::TrainingJobCreateResult>(r.body).jobId : 0;
}

int TestTrainingJobV1DetailsPage::statusOf(qint64 versionId)
{
    const api::ApiResult r = test::callAndWait(m_console->client(), api::trainingv1::version(m_jobId, versionId));
    return r.ok() ? api::fromBody<api::v1::TrainingJobVersion>(r.body).status.value_or(-1) : -1;
}

bool TestTrainingJobV1DetailsPage::refreshed()
{
    QSignalSpy loaded(m_page.get(), &TrainingJobV1DetailsPage::versionsLoaded);
    m_page->refresh();
    return loaded.wait(kWaitMs);
}

void TestTrainingJobV1DetailsPage::showsVersionsSettingsAndLog()
{
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("resourceName"))->text(), QStringLiteral("legacy-details"));
    QCOMPARE(m_page->versionTable()->rowCount(), 1);
    QCOMPARE(m_page->versionTable()->item(0, TrainingJobV1DetailsPage::VersionName)->text(), QStringLiteral("V0001"));
    QVERIFY(m_page->selectedVersion());
    QCOMPARE(m_page->selectedVersion()->versionId, m_jobId);
    widgets::OverviewPanel *overview = m_page->overview();
    QCOMPARE(overview->value(QStringLiteral("ID")), QString::number(m_jobId));
    QCOMPARE(overview->value(QStringLiteral("Versions")), QStringLiteral("1"));
    QCOMPARE(overview->value(QStringLiteral("Code directory")), QStringLiteral("/bucket/code/"));
    QCOMPARE(overview->value(QStringLiteral("Boot file")), QStringLiteral("/bucket/code/train.py"));
    QCOMPARE(overview->value(QStringLiteral("Input data")), QStringLiteral("/bucket/data/"));
    QCOMPARE(overview->value(QStringLiteral("Output path")), QStringLiteral("/bucket/out/"));
    QVERIFY(overview->value(QStringLiteral("Hyperparameters")).contains(QStringLiteral("learning_rate = 0.01")));
    QVERIFY(overview->value(QStringLiteral("API")).startsWith(QStringLiteral("v1")));
    QCOMPARE(overview->value(QStringLiteral("Flavor")), QStringLiteral("2 vCPUs · 8 GiB")); // spec 2 from T1-6
    QCOMPARE(m_page->versionTable()->item(0, TrainingJobV1DetailsPage::VersionNodes)->text(), QStringLiteral("1"));
    QVERIFY(m_page->resourceCall().has_value());
    QVERIFY(m_page->resourceCall()->request.path.contains(QStringLiteral("/versions")));

    // The log of the running version (T1-10 names, T1-11 lines).
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_jobId), 8, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]
        {
            QSignalSpy log(m_page.get(), &TrainingJobV1DetailsPage::logLoaded);
            m_page->refresh();
            log.wait(kWaitMs);
            const QString text = m_page->logViewer()->text().trimmed();
            return !text.isEmpty() && text != QStringLiteral("No log lines yet.");
        }(),
        kWaitMs);
    QCOMPARE(m_page->logFileCombo()->count(), 1);
    QCOMPARE(m_page->logFileCombo()->currentText(), QStringLiteral("legacy-details.0"));
    QVERIFY(m_page->stopButton()->isEnabled());
    QVERIFY(!m_page->deleteVersionButton()->isEnabled()); // the only version: Delete Job instead
    QVERIFY(m_page->deleteJobButton()->isEnabled());
    QVERIFY(m_page->createVersionButton()->isEnabled());
}

void TestTrainingJobV1DetailsPage::createVersionStopAndDeleteIt()
{
    QSignalSpy loaded(m_page.get(), &TrainingJobV1DetailsPage::versionsLoaded);
    m_page->createVersionButton()->click();
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_page->versionTable()->rowCount(), 2);
    QCOMPARE(m_page->versionTable()->item(0, TrainingJobV1DetailsPage::VersionName)->text(), QStringLiteral("V0002"));
    // The new version is selected, with its parent and the inherited settings.
    const api::v1::TrainingJobVersion *created = m_page->selectedVersion();
    QVERIFY(created);
    QCOMPARE(created->versionName.value_or(QString()), QStringLiteral("V0002"));
    const qint64 versionId = created->versionId;
    QCOMPARE(m_page->overview()->value(QStringLiteral("Parent version")), QString::number(m_jobId));
    QCOMPARE(m_page->overview()->value(QStringLiteral("Boot file")), QStringLiteral("/bucket/code/train.py"));
    QCOMPARE(m_page->overview()->value(QStringLiteral("Versions")), QStringLiteral("2"));
    QVERIFY(m_page->deleteVersionButton()->isEnabled());

    // Stop the selected version after the question: the first keeps running.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(versionId), 8, kWaitMs);
    QVERIFY(refreshed());
    QVERIFY(m_page->stopButton()->isEnabled());
    m_page->stopButton()->click();
    QCOMPARE(m_questions.questions.size(), 1);
    QVERIFY2(m_questions.questions.first().contains(QStringLiteral("legacy-details V0002")),
        qPrintable(m_questions.questions.first()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(versionId), 12, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_jobId), 8, kWaitMs);
    QVERIFY(refreshed());
    QCOMPARE(m_page->selectedVersion()->versionId, versionId); // the selection stays
    QCOMPARE(
        m_page->versionTable()->item(0, TrainingJobV1DetailsPage::VersionStatus)->text(), QStringLiteral("Stopped"));
    QVERIFY(!m_page->stopButton()->isEnabled());

    // Delete the version after the question: the job keeps V0001.
    m_page->deleteVersionButton()->click();
    QCOMPARE(m_questions.questions.size(), 2);
    QVERIFY(m_questions.questions.last().contains(QStringLiteral("legacy-details V0002")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->versionTable()->rowCount(), 1, kWaitMs);
    QCOMPARE(m_page->selectedVersion()->versionId, m_jobId);
    QCOMPARE(statusOf(versionId), -1);

    // The first version stands for the job: only Delete Job removes it.
    QSignalSpy again(m_page.get(), &TrainingJobV1DetailsPage::versionsLoaded);
    m_page->createVersionButton()->click();
    QVERIFY(again.wait(kWaitMs));
    QCOMPARE(m_page->versionTable()->rowCount(), 2);
    QVERIFY(m_page->deleteVersionButton()->isEnabled());
    m_page->selectVersion(m_jobId);
    QCOMPARE(m_page->selectedVersion()->versionId, m_jobId);
    QVERIFY(!m_page->deleteVersionButton()->isEnabled());
}

void TestTrainingJobV1DetailsPage::declinedQuestionSendsNothing()
{
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_jobId), 8, kWaitMs);
    QVERIFY(refreshed());
    m_questions.answer = false;
    m_page->stopButton()->click();
    m_page->deleteJobButton()->click();
    QCOMPARE(m_questions.questions.size(), 2);
    QVERIFY(refreshed());
    QCOMPARE(statusOf(m_jobId), 8);
    QCOMPARE(m_page->versionTable()->rowCount(), 1);
}

void TestTrainingJobV1DetailsPage::deleteJobGoesBackToTheList()
{
    QSignalSpy deleted(m_page.get(), &TrainingJobV1DetailsPage::jobDeleted);
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    m_page->deleteJobButton()->click();
    QCOMPARE(m_questions.questions.size(), 1);
    QVERIFY(m_questions.questions.first().contains(QStringLiteral("legacy-details")));
    QVERIFY(deleted.wait(kWaitMs));
    QCOMPARE(deleted.first().at(0).toLongLong(), m_jobId);
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.first().at(0).toString(), ui::kTrainingJobsPageId);
    QCOMPARE(navigation.first().at(1).toString(), ui::kReloadArgument);
    const api::ApiResult gone = test::callAndWait(m_console->client(), api::trainingv1::versions(m_jobId));
    QCOMPARE(gone.httpStatus, 400);
}

void TestTrainingJobV1DetailsPage::fitsTheWindow()
{
    // The main window's smallest restored width is 1200 px, its navigation about 200 of it.
    QVERIFY(m_page->minimumSizeHint().width() <= 1000);
}

QTEST_MAIN(TestTrainingJobV1DetailsPage)
#include "tst_trainingjobv1detailspage.moc"
