// TrainingJobDetailsPage against the real local backend (demo data on a slow clock, so the
// demo's Running and Pending jobs stay as they are): the overview, the log of a local job that
// completes, search, download, events with the level filter, the resource chart, Stop, Delete,
// Priority, the inline error of a missing job, the Fault Recovery group (also of a scripted cloud job
// whose runs ended in recoveries) and a dataset input by name. With MA_SCREENSHOT_DIR set, each tab is saved
// as a 1280x800 PNG.

#include "api/algorithmrequests.h"
#include "api/datasetrequests.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/trainingeventmodel.h"
#include "scriptedhttpserver.h"
#include "ui/errorbanner.h"
#include "ui/training/prioritydialog.h"
#include "ui/training/saveasalgorithmdialog.h"
#include "ui/training/trainingjobdetailspage.h"
#include "widgets/chartwidget.h"
#include "widgets/logviewer.h"
#include "widgets/statuspalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ma;
using ui::TrainingJobDetailsPage;

namespace
{
constexpr int kWaitMs = 30000;

QString demoJobId(api::ApiClient &client, const QString &name)
{
    api::TrainingJobSearchRequest request;
    request.limit = 50;
    const api::ApiResult r = test::callAndWait(client, api::training::search(request));
    for (const api::TrainingJob &job : api::fromBody<api::TrainingJobSearchResult>(r.body).items)
        if (job.metadata.name == name)
            return job.metadata.id.value_or(QString());
    return QString();
}
} // namespace

class TestTrainingJobDetailsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overviewAndLogOfCompletedJob();
    void logSearchHighlights();
    void retriesShownWithAutoRestart();
    void faultRecoveryShownWithAutoRestart();
    /** Runs that ended in a recovery, as a cloud job answers (modelarts-local never restarts a job). */
    void recoveryActionsWorded();
    void datasetInputShownByName();
    void downloadWritesFullLog();
    /** "Download All…" of a two-node job: one file per node in the chosen folder. */
    void downloadAllWritesOneFilePerTask();
    void eventsAndLevelFilter();
    void resourceUsageChart();
    void stopRunningJob();
    void deleteEmitsJobDeleted();
    /** More > Save as Algorithm: the dialog's rules, a refused duplicate on the dialog, the algorithm read back. */
    void saveAsAlgorithm();
    void tagsAddedAndDeleted();
    void priorityOfPendingDemoJob();
    void missingJobShowsError();
    void priorityDialog();

private:
    void screenshot(const QString &name);
    bool waitLoaded();

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<TrainingJobDetailsPage> m_page;
    QStringList m_questions;
};

void TestTrainingJobDetailsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingJobDetailsPage::init()
{
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    auto client = m_backend->accessKeyClient();
    m_connection = std::make_unique<models::Connection>(
        models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"), client.release());
    m_page = std::make_unique<TrainingJobDetailsPage>();
    m_questions.clear();
    m_page->setConfirmHandler(
        [this](const QString &question)
        {
            m_questions.append(question);
            return true;
        });
    m_page->resize(1280, 800);
    m_page->show();
    m_page->setConnection(m_connection.get());
}

void TestTrainingJobDetailsPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    m_backend.reset();
}

void TestTrainingJobDetailsPage::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the chart's replot timer and the layouts settle
    QVERIFY(m_page->grab().save(QDir(dir).filePath(name)));
}

bool TestTrainingJobDetailsPage::waitLoaded()
{
    QSignalSpy loaded(m_page.get(), &TrainingJobDetailsPage::jobLoaded);
    return m_page->job().has_value() || loaded.wait(kWaitMs);
}

void TestTrainingJobDetailsPage::overviewAndLogOfCompletedJob()
{
    api::ApiClient &client = *m_connection->client();
    const QString command = QStringLiteral("echo details-line-42; sleep 1");
    const QString id
        = test::createLocalJob(client, QStringLiteral("details-e2e"), command, QStringLiteral("details test"));
    QVERIFY(!id.isEmpty());
    m_page->showJob(id);
    QCOMPARE(m_page->jobId(), id);
    QVERIFY(waitLoaded());

    QCOMPARE(m_page->overviewValue(QStringLiteral("Job ID")), id);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Description")), QStringLiteral("details test"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Boot Command")), command);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Dedicated resource pool")), QStringLiteral("local"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Compute Nodes")), QStringLiteral("1"));
    QVERIFY(!m_page->overviewValue(QStringLiteral("Created")).isEmpty());
    QVERIFY(!m_page->overviewLabels().contains(QStringLiteral("Retries")));
    QVERIFY(!m_page->overviewLabels().contains(QStringLiteral("Code Directory")));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("jobName"))->text(), QStringLiteral("details-e2e"));

    // The page refreshes itself until the job is terminal, and the log follows.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->overviewValue(QStringLiteral("Status")), QStringLiteral("Completed"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->logViewer()->text().contains(QStringLiteral("details-line-42")), kWaitMs);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("statusBadge"))->text(), QStringLiteral("Completed"));
    QVERIFY(!m_page->stopButton()->isEnabled());
    QVERIFY(!m_page->priorityButton()->isEnabled());
    QVERIFY(m_page->deleteButton()->isEnabled());
    QVERIFY(m_page->rebuildButton()->isEnabled());
    QVERIFY(m_page->overviewValue(QStringLiteral("Duration")) != QStringLiteral("–"));
    QCOMPARE(m_page->logTaskCombo()->currentText(), QStringLiteral("worker-0"));
    QCOMPARE(m_page->tabs()->count(), 5);
    // Auto Search Results is there for hyperparameter search jobs only.
    QVERIFY(!m_page->tabs()->isTabVisible(TrainingJobDetailsPage::AutoSearchTab));
    // System logs: on by default, as on the console; off leaves the job's own lines only.
    auto *systemLogs = m_page->findChild<QCheckBox *>(QStringLiteral("systemLogsCheck"));
    QVERIFY(systemLogs->isChecked());
    QVERIFY(m_page->logViewer()->text().contains(QStringLiteral("[ModelArts Service Log]")));
    systemLogs->click();
    QVERIFY(!m_page->logViewer()->text().contains(QStringLiteral("[ModelArts Service Log]")));
    QVERIFY(m_page->logViewer()->text().contains(QStringLiteral("details-line-42")));
    systemLogs->click();
    QVERIFY(m_page->logViewer()->text().contains(QStringLiteral("[ModelArts Service Log]")));
    QCOMPARE(m_page->tabs()->tabText(TrainingJobDetailsPage::LogsTab), QStringLiteral("Logs"));
    QCOMPARE(m_page->tabs()->tabText(TrainingJobDetailsPage::TagsTab), QStringLiteral("Tags"));

    // Rebuild hands the job to the main window.
    QSignalSpy rebuild(m_page.get(), &TrainingJobDetailsPage::rebuildRequested);
    m_page->rebuildButton()->click();
    QCOMPARE(rebuild.size(), 1);
    QCOMPARE(rebuild.front().front().value<api::TrainingJob>().metadata.name, QStringLiteral("details-e2e"));

    // Editing the description goes through T2-4 and shows the new text.
    m_page->setDescription(QStringLiteral("edited from the page"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Description")), QStringLiteral("edited from the page"), kWaitMs);
    screenshot(QStringLiteral("details-logs.png"));
}

void TestTrainingJobDetailsPage::logSearchHighlights()
{
    api::ApiClient &client = *m_connection->client();
    const QString id = test::createLocalJob(client, QStringLiteral("details-search"),
        QStringLiteral("echo needle-a; echo hay; echo needle-b; echo needle-c"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(client, id), QStringLiteral("Completed"), kWaitMs);
    m_page->showJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->logViewer()->text().contains(QStringLiteral("needle-c")), kWaitMs);
    // The log holds the three lines (and the platform's copy of the command): every match is highlighted.
    const QString text = m_page->logViewer()->text();
    QCOMPARE(text.count(QStringLiteral("\nneedle-")), 3);
    m_page->logViewer()->setSearchText(QStringLiteral("needle"));
    QCOMPARE(m_page->logViewer()->matchCount(), int(text.count(QStringLiteral("needle"), Qt::CaseInsensitive)));
    QVERIFY(m_page->logViewer()->matchCount() >= 3);
    QCOMPARE(m_page->logViewer()->currentMatch(), 1);
    m_page->logViewer()->findNext();
    QCOMPARE(m_page->logViewer()->currentMatch(), 2);
    m_page->logViewer()->setSearchText(QStringLiteral("no-such-word"));
    QCOMPARE(m_page->logViewer()->matchCount(), 0);
}

void TestTrainingJobDetailsPage::retriesShownWithAutoRestart()
{
    api::ApiClient &client = *m_connection->client();
    const api::Json body = { { "kind", "job" },
        { "metadata",
            { { "name", "details-retries" }, { "annotations", { { "fault-tolerance/job-retry-num", "3" } } } } },
        { "algorithm", { { "command", "echo retry" } } },
        { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
    const api::ApiResult created
        = test::callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    m_page->showJob(api::fromBody<api::TrainingJob>(created.body).metadata.id.value_or(QString()));
    QVERIFY(waitLoaded());
    const QStringList labels = m_page->overviewLabels();
    QCOMPARE(labels.indexOf(QStringLiteral("Retries")), labels.indexOf(QStringLiteral("Duration")) + 1);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Retries")), QStringLiteral("0 of 3"));
}

void TestTrainingJobDetailsPage::faultRecoveryShownWithAutoRestart()
{
    api::ApiClient &client = *m_connection->client();
    const api::Json body = { { "kind", "job" },
        { "metadata",
            { { "name", "details-fault-recovery" },
                { "annotations",
                    { { "fault-tolerance/job-retry-num", "5" }, { "fault-tolerance/job-unconditional-retry", "true" },
                        { "fault-tolerance/hang-retry", "true" } } } } },
        { "algorithm", { { "command", "echo recover" } } },
        { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
    const api::ApiResult created
        = test::callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString id = api::fromBody<api::TrainingJob>(created.body).metadata.id.value_or(QString());
    // modelarts-local echoes what was sent.
    const api::ApiResult shown = test::callAndWait(client, api::training::show(id));
    QVERIFY2(shown.ok(), qPrintable(shown.error.displayText()));
    const api::Json echoed = api::parseJson(shown.body)["metadata"]["annotations"];
    QCOMPARE(echoed["fault-tolerance/job-retry-num"].get<std::string>(), std::string("5"));
    QCOMPARE(echoed["fault-tolerance/job-unconditional-retry"].get<std::string>(), std::string("true"));
    QCOMPARE(echoed["fault-tolerance/hang-retry"].get<std::string>(), std::string("true"));

    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(client, id), QStringLiteral("Completed"), kWaitMs);
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->overviewValue(QStringLiteral("Auto Restart")), QStringLiteral("On, at most 5 restarts"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Unconditional auto restart")), QStringLiteral("Yes"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Restart Upon Suspension")), QStringLiteral("Yes"));
    const QString run = m_page->overviewValue(QStringLiteral("Run 1"));
    QVERIFY2(run.contains(QStringLiteral("Start type: first start or rescheduling")), qPrintable(run));
    QVERIFY2(run.contains(QStringLiteral("End: job completed")), qPrintable(run));
    QVERIFY(!m_page->overviewLabels().contains(QStringLiteral("Run 2")));

    // Without Auto Restart and without a recovery the group stays empty.
    const QString plain = test::createLocalJob(client, QStringLiteral("details-no-restart"), QStringLiteral("true"));
    m_page->showJob(plain);
    QVERIFY(waitLoaded());
    QVERIFY(!m_page->overviewLabels().contains(QStringLiteral("Auto Restart")));
    QVERIFY(!m_page->overviewLabels().contains(QStringLiteral("Run 1")));
}

void TestTrainingJobDetailsPage::recoveryActionsWorded()
{
    const QByteArray job = R"({"kind":"job",
        "metadata":{"id":"job-recovered","name":"recovered","create_time":1700000000000,
            "annotations":{"fault-tolerance/job-retry-num":"3"}},
        "status":{"phase":"Completed","secondary_phase":"Completed","duration":900000,"start_time":1700000000000,
            "running_records":[
                {"start_at":1700000000,"end_at":1700000437,"start_type":"init_or_rescheduled",
                 "end_reason":"hardware fault","end_related_task":"worker-0",
                 "end_recover":"job_reschedule_with_taint","end_recover_before_downgrade":"pod_reschedule"},
                {"start_at":1700000500,"end_at":1700000900,"start_type":"restarted","end_reason":"job completed"}]},
        "algorithm":{"command":"python train.py"},
        "spec":{"resource":{"flavor_id":"modelarts.vm.cpu.2u","node_count":1}}})";
    test::ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setHandler(
        [job](const test::ReceivedRequest &request)
        {
            if (request.method == "GET" && request.path().endsWith("/training-jobs/job-recovered"))
                return test::ScriptedReply::json(200, job);
            return test::ScriptedReply::json(404, R"({"error_code":"ModelArts.0000","error_msg":"not scripted"})");
        });
    models::Connection scripted(models::Connection::Kind::HuaweiCloud, QStringLiteral("Scripted"),
        QStringLiteral("cn-north-4"), new api::ApiClient(api::Endpoints { server.url(), server.url() }));
    m_page->setConnection(&scripted);
    m_page->showJob(QStringLiteral("job-recovered"));
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->overviewValue(QStringLiteral("Auto Restart")), QStringLiteral("On, at most 3 restarts"));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Unconditional auto restart")), QStringLiteral("No"));
    const QString first = m_page->overviewValue(QStringLiteral("Run 1"));
    QVERIFY2(first.contains(QStringLiteral("Duration: ")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("End: hardware fault")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Fault source: worker-0")), qPrintable(first));
    QVERIFY2(
        first.contains(QStringLiteral("Recovery action upon end: Isolated job-level rescheduling")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Degraded from: POD-level rescheduling")), qPrintable(first));
    const QString second = m_page->overviewValue(QStringLiteral("Run 2"));
    QVERIFY2(second.contains(QStringLiteral("Start type: restart")), qPrintable(second));
    QVERIFY2(!second.contains(QStringLiteral("Recovery action")), qPrintable(second));
    m_page->setConnection(nullptr);
}

void TestTrainingJobDetailsPage::datasetInputShownByName()
{
    api::ApiClient &client = *m_connection->client();
    const api::ApiResult listed = test::callAndWait(client, api::datasets::list());
    QVERIFY2(listed.ok(), qPrintable(listed.error.displayText()));
    QString datasetId;
    for (const api::Dataset &d : api::fromBody<api::DatasetList>(listed.body).datasets)
        if (d.datasetName == u"flowers-demo")
            datasetId = d.datasetId;
    QVERIFY(!datasetId.isEmpty());
    const api::ApiResult versions = test::callAndWait(client, api::datasets::versions(datasetId));
    QVERIFY2(versions.ok(), qPrintable(versions.error.displayText()));
    const QString versionId = api::fromBody<api::DatasetVersionList>(versions.body).versions.at(0).versionId;

    const api::Json body = { { "kind", "job" }, { "metadata", { { "name", "details-dataset" } } },
        { "algorithm",
            { { "command", "ls" },
                { "inputs",
                    { { { "name", "data_url" },
                        { "remote",
                            { { "dataset",
                                { { "id", datasetId.toStdString() },
                                    { "version_id", versionId.toStdString() } } } } } } } } } },
        { "spec", { { "resource", { { "pool_id", "local" }, { "node_count", 1 } } } } } };
    const api::ApiResult created
        = test::callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    m_page->showJob(api::fromBody<api::TrainingJob>(created.body).metadata.id.value_or(QString()));
    QVERIFY(waitLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->overviewValue(QStringLiteral("Input")).contains(QStringLiteral("Version: V001 (%1)").arg(versionId)),
        kWaitMs);
    const QString input = m_page->overviewValue(QStringLiteral("Input"));
    QVERIFY2(input.startsWith(QStringLiteral("Dataset: flowers-demo (%1)\n").arg(datasetId)), qPrintable(input));
    QVERIFY2(input.contains(QStringLiteral("Parameter: data_url")), qPrintable(input));
}

void TestTrainingJobDetailsPage::downloadWritesFullLog()
{
    api::ApiClient &client = *m_connection->client();
    const QString id = test::createLocalJob(client, QStringLiteral("details-download"), QStringLiteral("seq 1 60000"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(client, id), QStringLiteral("Completed"), kWaitMs);
    m_page->showJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->logViewer()->text().contains(QStringLiteral("\n60000")), kWaitMs);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker-0.log"));
    QSignalSpy done(m_page.get(), &TrainingJobDetailsPage::logDownloadFinished);
    m_page->downloadLogTo(path);
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(done.front().at(0).toString(), path);
    QVERIFY(done.front().at(1).toBool());
    QCOMPARE(m_page->logViewer()->progress(), 100);

    const api::ApiResult preview = test::callAndWait(client, api::training::logPreview(id, QStringLiteral("worker-0")));
    const QByteArray expected = api::fromBody<api::TrainingLogPreview>(preview.body).content.toUtf8();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    QVERIFY(expected.contains("\n60000\n"));
}

void TestTrainingJobDetailsPage::downloadAllWritesOneFilePerTask()
{
    api::ApiClient &client = *m_connection->client();
    const api::Json body = { { "kind", "job" }, { "metadata", { { "name", "details-two-nodes" } } },
        { "algorithm",
            { { "engine", { { "image_url", "swr.local/team/trainer:1.0" } } }, { "command", "python train.py" },
                { "environments", { { "MA_LOCAL_DURATION_SECONDS", "36000" } } } } },
        { "spec", { { "resource", { { "flavor_id", "modelarts.vm.cpu.8u" }, { "node_count", 2 } } } } } };
    const api::ApiResult created
        = test::callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
    QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    const QString id = api::fromBody<api::TrainingJob>(created.body).metadata.id.value_or(QString());
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("downloadAllLogsButton"));
    QVERIFY(button);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->logTaskCombo()->count(), 2, kWaitMs); // the node picker
    QVERIFY(button->isEnabled());

    QTemporaryDir dir;
    QSignalSpy done(m_page.get(), &TrainingJobDetailsPage::allLogsDownloaded);
    m_page->downloadAllLogsTo(dir.path());
    QVERIFY(!button->isEnabled()); // one batch at a time
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(done.front().at(0).toString(), dir.path());
    QCOMPARE(done.front().at(1).toInt(), 2);
    QCOMPARE(done.front().at(2).toInt(), 0);
    QVERIFY(button->isEnabled());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
        (QStringList { QStringLiteral("modelarts-job-%1-worker-0.log").arg(id),
            QStringLiteral("modelarts-job-%1-worker-1.log").arg(id) }));
    QVERIFY(m_page->findChild<ui::ErrorBanner *>(QStringLiteral("logBanner"))->isHidden());

    // A folder that cannot be written: each file's failure is on the banner.
    QSignalSpy failed(m_page.get(), &TrainingJobDetailsPage::allLogsDownloaded);
    m_page->downloadAllLogsTo(dir.filePath(QStringLiteral("missing/folder")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(failed.front().at(1).toInt(), 0);
    QCOMPARE(failed.front().at(2).toInt(), 2);
    auto *banner = m_page->findChild<ui::ErrorBanner *>(QStringLiteral("logBanner"));
    QVERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains(QStringLiteral("\nworker-0: "))
            && banner->text().contains(QStringLiteral("\nworker-1: ")),
        qPrintable(banner->text()));
}

void TestTrainingJobDetailsPage::eventsAndLevelFilter()
{
    api::ApiClient &client = *m_connection->client();
    const QString id
        = test::createLocalJob(client, QStringLiteral("details-failing"), QStringLiteral("echo about-to-fail; exit 2"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(client, id), QStringLiteral("Failed"), kWaitMs);
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    m_page->tabs()->setCurrentIndex(TrainingJobDetailsPage::EventsTab);
    models::TrainingEventModel *events = m_page->eventModel();
    QCOMPARE(m_page->eventView()->model(), events);
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() >= 3 && !events->state().loading, kWaitMs);
    const int all = events->rowCount();
    QCOMPARE(events->index(0, models::TrainingEventModel::Message).data().toString(),
        QStringLiteral("Training job created."));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("eventCount"))->text(), QStringLiteral("%1 events").arg(all));
    screenshot(QStringLiteral("details-events.png"));

    QComboBox *level = m_page->eventLevelCombo();
    level->setCurrentIndex(level->findData(QStringLiteral("Error")));
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() >= 1 && !events->state().loading, kWaitMs);
    QVERIFY(events->rowCount() < all);
    for (int row = 0; row < events->rowCount(); ++row)
        QCOMPARE(events->index(row, models::TrainingEventModel::Level).data().toString(), QStringLiteral("Error"));
    level->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), all, kWaitMs);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Status")), QStringLiteral("Failed"));
}

void TestTrainingJobDetailsPage::resourceUsageChart()
{
    api::ApiClient &client = *m_connection->client();
    const QString id = test::createLocalJob(client, QStringLiteral("details-busy"),
        QStringLiteral("timeout 3 sh -c 'while :; do :; done'; echo busy-done"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(client, id), QStringLiteral("Completed"), kWaitMs);
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    m_page->tabs()->setCurrentIndex(TrainingJobDetailsPage::ResourceUsageTab);
    widgets::ChartWidget *chart = m_page->chart();
    QTRY_VERIFY_WITH_TIMEOUT(chart->hasSeries(QStringLiteral("cpuUsage")), kWaitMs);
    const models::TimeSeries cpu = chart->series(QStringLiteral("cpuUsage"));
    QVERIFY(cpu.hasData());
    QCOMPARE(cpu.unit(), QStringLiteral("%"));
    QCOMPARE(cpu.name(), QStringLiteral("CPU usage"));
    // Points sit at the job start plus multiples of the step.
    const qint64 start = m_page->job()->status.startTime.value_or(0);
    QCOMPARE(cpu.firstTime(), start);
    for (int i = 1; i < cpu.size(); ++i)
        QCOMPARE((cpu.at(i).timeMs - start) % (TrainingJobDetailsPage::kLocalMetricStepSeconds * 1000), qint64(0));
    // A CPU job has no accelerator series.
    QVERIFY(!chart->hasSeries(QStringLiteral("gpuUtil")));
    QVERIFY(!chart->hasSeries(QStringLiteral("npuUtil")));
    QCOMPARE(m_page->metricsTaskCombo()->currentText(), QStringLiteral("worker-0"));
    screenshot(QStringLiteral("details-resources.png"));
}

void TestTrainingJobDetailsPage::stopRunningJob()
{
    api::ApiClient &client = *m_connection->client();
    const QString id
        = test::createLocalJob(client, QStringLiteral("details-stop"), QStringLiteral("echo started; sleep 60"));
    QTRY_COMPARE_WITH_TIMEOUT(test::jobPhase(client, id), QStringLiteral("Running"), kWaitMs);
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->overviewValue(QStringLiteral("Status")), QStringLiteral("Running"));
    QVERIFY(m_page->stopButton()->isEnabled());
    QVERIFY(!m_page->priorityButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->logViewer()->text().contains(QStringLiteral("started")), kWaitMs);

    m_page->stopButton()->click();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.front(),
        QStringLiteral("Stop the training job “details-stop”?\n\nBilling stops once the job is stopped."));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->job()->status.phase, QStringLiteral("Terminated"), kWaitMs);
    QCOMPARE(m_page->overviewValue(QStringLiteral("Status")), widgets::statusText(QStringLiteral("Terminated")));
    QVERIFY(!m_page->stopButton()->isEnabled());
    QCOMPARE(test::jobPhase(client, id), QStringLiteral("Terminated"));
}

void TestTrainingJobDetailsPage::saveAsAlgorithm()
{
    api::ApiClient &client = *m_connection->client();
    const QString id
        = test::createLocalJob(client, QStringLiteral("details-save-algo"), QStringLiteral("echo saved-algorithm"));
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    QVERIFY(m_page->moreButton()->isEnabled());
    QVERIFY(m_page->moreButton()->menu()->actions().contains(m_page->saveAsAlgorithmAction()));
    QVERIFY(m_page->saveAsAlgorithmAction()->isEnabled());

    m_page->saveAsAlgorithmAction()->trigger();
    auto *dialog = m_page->findChild<ui::SaveAsAlgorithmDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), QStringLiteral("details-save-algo-algorithm"));
    QVERIFY(dialog->isSaveEnabled());
    dialog->setName(QStringLiteral("bad name"));
    QCOMPARE(
        dialog->nameMessage(), QStringLiteral("Only letters, digits, hyphens (-), and underscores (_) are allowed."));
    QVERIFY(!dialog->isSaveEnabled());
    dialog->setName(QString());
    QCOMPARE(dialog->nameMessage(), QStringLiteral("Enter a name."));
    // The demo data's algorithm name is taken: the service's refusal shows on the dialog, which stays.
    dialog->setName(QStringLiteral("demo-print-data"));
    QVERIFY(dialog->isSaveEnabled());
    auto *save = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save);
    save->click();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY2(error->text().contains(QStringLiteral("demo-print-data")), qPrintable(error->text()));
    if (const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(QDir().mkpath(dir) && dialog->grab().save(dir + QStringLiteral("/save-as-algorithm.png")));
    QVERIFY(dialog->isVisible());

    QSignalSpy messages(m_page.get(), &ui::ConsolePage::statusMessage);
    QPointer<ui::SaveAsAlgorithmDialog> guard(dialog);
    dialog->setName(QStringLiteral("saved-from-job"));
    dialog->setDescription(QStringLiteral("kept from a job"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
    QVERIFY(!messages.isEmpty());

    // Read back: the job's command and image, its hyperparameters; the job runs nothing new.
    api::algorithms::ListQuery query;
    query.nameContains = QStringLiteral("saved-from-job");
    const auto list = api::decodeBody<api::AlgorithmList>(test::callAndWait(client, api::algorithms::list(query)));
    QVERIFY(list.ok());
    QCOMPARE(int(list.value.items.size()), 1);
    const api::Algorithm &saved = list.value.items.front();
    QCOMPARE(saved.metadata.description.value_or(QString()), QStringLiteral("kept from a job"));
    QCOMPARE(saved.jobConfig->command.value_or(QString()), m_page->job()->algorithm->command.value_or(QString()));
    QCOMPARE(saved.jobConfig->command.value_or(QString()), QStringLiteral("echo saved-algorithm"));
}

void TestTrainingJobDetailsPage::deleteEmitsJobDeleted()
{
    api::ApiClient &client = *m_connection->client();
    const QString id = test::createLocalJob(client, QStringLiteral("details-delete"), QStringLiteral("echo bye"));
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    QSignalSpy deleted(m_page.get(), &TrainingJobDetailsPage::jobDeleted);
    QSignalSpy errors(m_page.get(), &TrainingJobDetailsPage::errorOccurred);
    m_page->deleteJob();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.front(),
        QStringLiteral(
            "Delete the training job “details-delete”? This cannot be undone.\n\nFiles in OBS are not deleted."));
    QVERIFY(deleted.wait(kWaitMs));
    QCOMPARE(deleted.front().front().toString(), id);
    QCOMPARE(errors.size(), 0);
    QVERIFY(m_page->jobId().isEmpty());
    QVERIFY(!m_page->job());
    const api::ApiResult gone = test::callAndWait(client, api::training::show(id));
    QCOMPARE(gone.error.code, QStringLiteral("ModelArts.2775"));

    // A declined confirmation sends nothing.
    const QString keep = test::createLocalJob(client, QStringLiteral("details-keep"), QStringLiteral("echo stay"));
    m_page->setConfirmHandler([](const QString &) { return false; });
    m_page->showJob(keep);
    QVERIFY(waitLoaded());
    m_page->deleteJob();
    QTest::qWait(200);
    QCOMPARE(deleted.size(), 1);
    QVERIFY(test::callAndWait(client, api::training::show(keep)).ok());
}

// The Tags tab: typed key and value reach CreateTrainJobTags, the table shows what
// ShowTrainJobTags answers, Delete asks and sends DeleteTrainJobTags; a refused tag keeps the fields.
void TestTrainingJobDetailsPage::tagsAddedAndDeleted()
{
    api::ApiClient &client = *m_connection->client();
    const QString id = test::createLocalJob(client, QStringLiteral("details-tags"), QStringLiteral("echo tag"));
    m_page->showJob(id);
    QVERIFY(waitLoaded());
    QSignalSpy tagsLoaded(m_page.get(), &TrainingJobDetailsPage::tagsLoaded);
    m_page->tabs()->setCurrentIndex(TrainingJobDetailsPage::TagsTab);
    QVERIFY(tagsLoaded.wait(kWaitMs));
    QVERIFY(m_page->tags().isEmpty());

    auto *key = m_page->findChild<QLineEdit *>(QStringLiteral("tagKey"));
    auto *value = m_page->findChild<QLineEdit *>(QStringLiteral("tagValue"));
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addTagButton"));
    QVERIFY(key && value && add);
    QTest::keyClicks(key, QStringLiteral("team"));
    QTest::keyClicks(value, QStringLiteral("vision"));
    QVERIFY(add->isEnabled());
    add->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->tags().value(QStringLiteral("team")), QStringLiteral("vision"), kWaitMs);
    QCOMPARE(m_page->tagTable()->rowCount(), 1);
    QVERIFY(key->text().isEmpty()); // sent: the fields are free for the next tag
    screenshot(QStringLiteral("job-details-tags.png"));
    const auto stored
        = api::decodeBody<api::TrainingJobTagList>(test::callAndWait(client, api::training::showTags(id)));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value.tags.size(), size_t(1));
    QCOMPARE(stored.value.tags.front().key, QStringLiteral("team"));

    // A reserved key is refused next to the field, before anything is sent.
    QTest::keyClicks(key, QStringLiteral("_sys_x"));
    QVERIFY(!add->isEnabled());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("tagMessage"))->text(),
        QStringLiteral("Keys starting with _sys_ are reserved."));
    key->clear();

    m_page->tagTable()->selectRow(0);
    m_questions.clear();
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deleteTagButton"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(m_questions, QStringList { QStringLiteral("Delete the tag “team”?") });
    QTRY_VERIFY_WITH_TIMEOUT(m_page->tags().isEmpty(), kWaitMs);
    QCOMPARE(m_page->tagTable()->rowCount(), 0);
    const auto after = api::decodeBody<api::TrainingJobTagList>(test::callAndWait(client, api::training::showTags(id)));
    QVERIFY(after.ok());
    QVERIFY(after.value.tags.empty());
}

void TestTrainingJobDetailsPage::priorityOfPendingDemoJob()
{
    api::ApiClient &client = *m_connection->client();
    const QString pending = demoJobId(client, QStringLiteral("llama-lora-sft-ablation"));
    QVERIFY(!pending.isEmpty());
    m_page->showJob(pending);
    QVERIFY(waitLoaded());
    QVERIFY2(m_page->overviewValue(QStringLiteral("Status")).startsWith(QStringLiteral("Pending")),
        qPrintable(m_page->overviewValue(QStringLiteral("Status"))));
    QCOMPARE(m_page->overviewValue(QStringLiteral("Job Priority")), QStringLiteral("1"));
    QVERIFY(m_page->priorityButton()->isEnabled());
    QVERIFY(m_page->stopButton()->isEnabled());
    QVERIFY(!m_page->overviewValue(QStringLiteral("Dedicated resource pool")).isEmpty());
    QCOMPARE(m_page->overviewValue(QStringLiteral("Code Directory")), QStringLiteral("obs://demo-bucket/code/sft/"));
    QVERIFY(m_page->overviewValue(QStringLiteral("Hyperparameters")).contains(QStringLiteral("learning_rate = 0.001")));
    QVERIFY(m_page->overviewValue(QStringLiteral("Input"))
                .startsWith(QStringLiteral("obs://demo-datasets/llama-lora-sft-ablation/")));
    QVERIFY(m_page->overviewValue(QStringLiteral("Input")).contains(QStringLiteral("Parameter: data_url")));
    screenshot(QStringLiteral("details-pending.png"));

    QSignalSpy errors(m_page.get(), &TrainingJobDetailsPage::errorOccurred);
    m_page->setPriority(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->overviewValue(QStringLiteral("Job Priority")), QStringLiteral("3"), kWaitMs);
    QCOMPARE(errors.size(), 0);
    QVERIFY(m_page->priorityButton()->isEnabled());

    // The demo's Running job on the same pool: Stop yes, Priority no.
    const QString running = demoJobId(client, QStringLiteral("llama-lora-sft"));
    m_page->showJob(running);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->overviewValue(QStringLiteral("Status")), QStringLiteral("Running"), kWaitMs);
    QVERIFY(!m_page->priorityButton()->isEnabled());
    QVERIFY(m_page->stopButton()->isEnabled());
    // Forcing it anyway: the service's refusal is shown, readable.
    m_page->setPriority(2);
    QVERIFY(errors.wait(kWaitMs));
    const auto error = errors.front().front().value<api::ApiError>();
    QCOMPARE(error.message,
        QStringLiteral("Invalid Argument. The priority of a training job can only be changed while it is Pending (this "
                       "job is Running)."));
    QCOMPARE(m_page->findChild<QWidget *>(QStringLiteral("pageBanner"))->isVisible(), true);
}

void TestTrainingJobDetailsPage::missingJobShowsError()
{
    QSignalSpy errors(m_page.get(), &TrainingJobDetailsPage::errorOccurred);
    m_page->showJob(QStringLiteral("no-such-job"));
    QVERIFY(errors.wait(kWaitMs));
    const auto error = errors.front().front().value<api::ApiError>();
    QCOMPARE(error.code, QStringLiteral("ModelArts.2775"));
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("pageBanner"))->isVisible());
    QVERIFY(!m_page->stopButton()->isEnabled());
    QVERIFY(!m_page->deleteButton()->isEnabled());
    QVERIFY(!m_page->job());
}

void TestTrainingJobDetailsPage::priorityDialog()
{
    ui::PriorityDialog dialog(QStringLiteral("job-a"), 2, false);
    QCOMPARE(dialog.priority(), 2);
    auto *highest = dialog.findChild<QRadioButton *>(QStringLiteral("priority3"));
    QVERIFY(highest);
    QVERIFY(!highest->isEnabled());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // unchanged
    dialog.setPriority(1);
    QCOMPARE(dialog.priority(), 1);
    QVERIFY(ok->isEnabled());

    if (const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR"); !dir.isEmpty())
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("priority-dialog.png"))));
    }

    ui::PriorityDialog allowed(QStringLiteral("job-b"), 7, true);
    QCOMPARE(allowed.priority(), 3); // clamped
    QVERIFY(allowed.findChild<QRadioButton *>(QStringLiteral("priority3"))->isEnabled());
}

QTEST_MAIN(TestTrainingJobDetailsPage)
#include "tst_trainingjobdetailspage.moc"
