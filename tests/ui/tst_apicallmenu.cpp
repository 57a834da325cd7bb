// Copy as API Call through the shared shells: the list's selected row and the details page
// give the resource's GET, the menu offers curl / Python / ma-cli, and the clipboard gets the
// rendering without any credential. The creation forms copy the create request their Submit
// would send, and the copied curl, run by sh with a real token, creates the resource in
// modelarts-local; the notebook rows also copy their Start and Stop requests.

#include "api/authenticators.h"
#include "api/jsoncodec.h"
#include "api/networkrequests.h"
#include "api/notebookrequests.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "api/types/network.h"
#include "api/types/notebook.h"
#include "api/types/pool.h"
#include "api/types/training.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "models/notebooklistmodel.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "shellreplay.h"
#include "ui/apicallmenu.h"
#include "ui/mainwindow.h"
#include "ui/notebooks/createnotebookpage.h"
#include "ui/notebooks/notebookdetailspage.h"
#include "ui/notebooks/notebookspage.h"
#include "ui/pools/createpoolpage.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace ma;

namespace
{
constexpr int kWaitMs = 20000;
const QString kNotebookImage
    = QStringLiteral("e1a07296-22a8-4f05-8bc8-e936c8e54090"); // notebook2.0-mul-kernel-cpu-cp36
const QString kNotebookFlavor = QStringLiteral("modelarts.vm.cpu.2u");
const QString kPoolFlavor = QStringLiteral("modelarts.vm.cpu.8ud");

/** An IAM token of the backend's user: what a user puts in $TOKEN before running a copied curl. */
QByteArray iamToken(const test::LocalBackend &backend)
{
    const auto client = backend.passwordClient();
    if (!test::callAndWait(*client, api::notebooks::flavors()).ok())
        return {};
    return static_cast<api::PasswordTokenAuthenticator *>(client->authenticator())->token();
}

/** The body of a copied curl command: its --data-raw argument, unquoted. */
QByteArray curlBody(const QString &curl)
{
    const QString marker = QStringLiteral("--data-raw '");
    const qsizetype start = curl.lastIndexOf(marker);
    const qsizetype end = curl.lastIndexOf(u'\'');
    if (start < 0 || end < start + marker.size())
        return {};
    QString quoted = curl.mid(start + marker.size(), end - start - marker.size());
    return quoted.replace(QStringLiteral("'\\''"), QStringLiteral("'")).toUtf8();
}

/**
 * Chooses @p actionName in the menu of @p button as a user would (the menu opens first);
 * returns the status-bar note, empty when nothing was copied.
 */
QString copyThrough(QPushButton *button, ui::ConsolePage *page, const char *actionName = "copyCurlAction")
{
    QSignalSpy notes(page, &ui::ConsolePage::statusMessage);
    QMenu *menu = button->menu();
    emit menu->aboutToShow();
    QAction *action = menu->findChild<QAction *>(QLatin1String(actionName));
    if (!action || !action->isEnabled())
        return {};
    action->trigger();
    return notes.isEmpty() ? QString() : notes.last().first().toString();
}

/** Fails when @p text holds any credential of @p backend's profile or the token @p token. */
void verifyNoCredential(const QString &text, test::LocalBackend &backend, const QByteArray &token)
{
    const server::ServerConfig &config = backend.server().config();
    QVERIFY2(!text.contains(QString::fromLatin1(config.secretKey)), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(config.accessKey)), qPrintable(text));
    QVERIFY2(!text.contains(config.password), qPrintable(text));
    QVERIFY2(token.isEmpty() || !text.contains(QString::fromLatin1(token)), qPrintable(text));
}

/**
 * @brief What each creation form's copy must give: chosen from its Copy as API Call button,
 * curl that POSTs to @p collection ("training-jobs") of the project with exactly the body the
 * form would send (@p request) and no credential; replayed through sh with a real IAM token
 * (@p token gets it), it succeeds and @p answer gets the service's answer.
 */
void copyCheckAndReplay(QPushButton *button, ui::ConsolePage *page, const api::ApiRequest &request,
    test::LocalBackend &backend, const QString &collection, QByteArray &answer, QByteArray &token)
{
    QCOMPARE(copyThrough(button, page), QStringLiteral("Copied the request as curl (no credentials included)"));
    const QString curl = QGuiApplication::clipboard()->text();
    const QString version = request.path.section(u'/', 1, 1);
    QVERIFY2(curl.contains(u"-X POST '" + backend.url().toString(QUrl::StripTrailingSlash) + u'/' + version + u'/'
                 + backend.projectId() + u'/' + collection + u'\''),
        qPrintable(curl));
    QCOMPARE(curlBody(curl), request.body);
    token = iamToken(backend);
    QVERIFY(!token.isEmpty());
    verifyNoCredential(curl, backend, token);

    const test::ShellResult replayed = test::runShellWithToken(curl, token, kWaitMs);
    QCOMPARE(replayed.exitCode, 0);
    answer = replayed.out;
}

/** A Local connection signing with @p backend's AK/SK, as the app's Local profile does. */
std::unique_ptr<models::Connection> localConnection(const test::LocalBackend &backend)
{
    return std::make_unique<models::Connection>(models::Connection::Kind::Local, QStringLiteral("Local"),
        QStringLiteral("local"), backend.accessKeyClient().release());
}

/** Creates a network over the API and waits until it is Active; returns its metadata.name. */
QString activeNetwork(api::ApiClient &client)
{
    const api::ApiResult created = test::callAndWait(client,
        api::networks::create(
            api::makeNetworkCreateRequest(QStringLiteral("copied-net"), QStringLiteral("192.168.128.0/17"))));
    if (created.error.isError())
        return {};
    const QString id = api::fromJson<api::Network>(api::parseJson(created.body)).metadata->name.value_or(QString());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kWaitMs)
    {
        const auto network
            = api::fromJson<api::Network>(api::parseJson(test::callAndWait(client, api::networks::show(id)).body));
        if (network.status && network.status->phase == u"Active")
            return id;
        QTest::qWait(50);
    }
    return {};
}

QString notebookStatus(api::ApiClient &client, const QString &id)
{
    const auto shown = api::decodeBody<api::Notebook>(test::callAndWait(client, api::notebooks::show(id)));
    return shown.ok() ? shown.value.status.value_or(QString()) : QString();
}
} // namespace

class TestApiCallMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed: the copied commands are replayed with it");
    }

    void init()
    {
        // No autosaved form from an earlier run comes back instead of the defaults.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"))
            .removeRecursively();
    }

    void listRowAndDetailsPageCopyTheJobsGet()
    {
        test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const QString id = [&backend]
        {
            const auto client = backend.accessKeyClient();
            return test::createLocalJob(*client, QStringLiteral("copied-job"), QStringLiteral("echo hi"));
        }();
        QVERIFY(!id.isEmpty());
        models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
            backend.accessKeyClient().release());
        ui::MainWindow window;
        window.setConnection(&connection);
        window.show();
        auto *jobs = window.page<ui::TrainingJobsPage>();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowOf(id) >= 0, 20000);

        // No selection: nothing to copy. One row: its GET.
        QVERIFY(!jobs->selectedRowCall());
        const QModelIndex source = jobs->model()->index(jobs->model()->rowOf(id), 0);
        jobs->view()->selectRow(jobs->filterModel()->mapFromSource(source).row());
        const std::optional<ui::ApiCallSource> row = jobs->selectedRowCall();
        QVERIFY(row);
        QCOMPARE(row->connection, &connection);
        QCOMPARE(row->request.path, api::training::show(id).path);
        QCOMPARE(row->request.method, QByteArrayLiteral("GET"));

        QVERIFY(ui::copyApiCall(row->connection, row->request, ui::ApiCallFormat::Curl));
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"/training-jobs/" + id), qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("$TOKEN")));
        QVERIFY(!curl.contains(QString::fromLatin1(backend.server().config().secretKey)));
        QVERIFY(ui::copyApiCall(row->connection, row->request, ui::ApiCallFormat::MaCli));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"ma-cli ma-job get-job -i '" + id + u"'\n");

        // The details page: its header button opens the same menu for the job shown.
        window.navigate(ui::kTrainingJobDetailsPageId, id);
        auto *details = window.page<ui::TrainingJobDetailsPage>();
        const std::optional<ui::ApiCallSource> shown = details->resourceCall();
        QVERIFY(shown);
        QCOMPARE(shown->request.path, api::training::show(id).path);
        QTRY_VERIFY(details->apiCallButton()->isVisible());
        QMenu *menu = details->apiCallButton()->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
        emit menu->aboutToShow();
        for (QAction *action : menu->actions())
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        menu->findChild<QAction *>(QStringLiteral("copyPythonAction"))->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            u"client.show_training_job_details(ShowTrainingJobDetailsRequest(training_job_id=\"" + id + u"\"))"));
        window.setConnection(nullptr);
    }

    // The training form copies the create request Submit sends; replayed, it creates the job.
    void trainingFormCopiesTheCreateRequest()
    {
        test::LocalBackend backend({ 1.0, true, QString() });
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto connection = localConnection(backend);
        ui::CreateTrainingJobPage page;
        page.show();
        QSignalSpy loaded(&page, &ui::CreateTrainingJobPage::catalogLoaded);
        page.setConnection(connection.get());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);

        models::TrainingJobDraft draft = models::TrainingJobDraft::withDefaults();
        draft.name = QStringLiteral("copied-form-job");
        draft.bootMode = models::TrainingJobDraft::BootMode::CustomImage;
        draft.image = QStringLiteral("demo/hello:1.0");
        draft.bootCommand = QStringLiteral("echo it's copied");
        draft.inputs.clear();
        draft.outputs.clear();
        draft.dedicatedPool = true;
        draft.poolId = QStringLiteral("local");
        draft.persistentLog = false;
        page.setDraft(draft);
        QVERIFY(page.apiCallButton()->isVisibleTo(&page));

        QCOMPARE(page.createRequest().path, QStringLiteral("/v2/{project_id}/training-jobs"));
        QByteArray answer;
        QByteArray token;
        copyCheckAndReplay(
            page.apiCallButton(), &page, page.createRequest(), backend, QStringLiteral("training-jobs"), answer, token);
        if (QTest::currentTestFailed())
            return;
        const auto job = api::fromBody<api::TrainingJob>(answer);
        QCOMPARE(job.metadata.name, QStringLiteral("copied-form-job"));
        QCOMPARE(job.algorithm->command.value_or(QString()), QStringLiteral("echo it's copied"));

        // Python: the same body through requests (the SDK call needs model classes), no credential.
        QVERIFY(!copyThrough(page.apiCallButton(), &page, "copyPythonAction").isEmpty());
        const QString python = QGuiApplication::clipboard()->text();
        QVERIFY2(python.contains(QStringLiteral("requests.request(\"POST\"")), qPrintable(python));
        verifyNoCredential(python, backend, token);
        // ma-cli has no command that creates a job.
        QVERIFY(copyThrough(page.apiCallButton(), &page, "copyMaCliAction").isEmpty());
    }

    // A form with errors still copies, and says the service would refuse the request as it stands.
    void formWithErrorsCopiesAndSaysSo()
    {
        test::LocalBackend backend({ 1.0, true, QString() });
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto connection = localConnection(backend);
        ui::CreateTrainingJobPage page;
        page.show();
        QSignalSpy loaded(&page, &ui::CreateTrainingJobPage::catalogLoaded);
        page.setConnection(connection.get());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        page.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QString());
        QGuiApplication::clipboard()->clear();

        const QString note = copyThrough(page.apiCallButton(), &page);
        QVERIFY2(note.startsWith(QStringLiteral("Copied the request as curl (no credentials included); as it stands "
                                                "the service would reject it: ")),
            qPrintable(note));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("-X POST")));
        QCOMPARE(page.createRequest().path, QStringLiteral("/v2/{project_id}/training-jobs"));
        QVERIFY(page.submitError().isEmpty()); // nothing was sent
    }

    void notebookFormCopiesTheCreateRequest()
    {
        test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto connection = localConnection(backend);
        ui::CreateNotebookPage page;
        page.resize(1280, 900);
        page.show();
        QSignalSpy loaded(&page, &ui::CreateNotebookPage::catalogLoaded);
        page.setConnection(connection.get());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        page.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("copied-form-nb"));
        auto *images = page.findChild<QTableWidget *>(QStringLiteral("imageTable"));
        for (int r = 0; r < images->rowCount(); ++r)
        {
            if (images->item(r, 0)->data(Qt::UserRole).toString() == kNotebookImage)
                images->selectRow(r);
        }
        QCOMPARE(page.draft().imageId, kNotebookImage);

        QByteArray answer;
        QByteArray token;
        copyCheckAndReplay(
            page.apiCallButton(), &page, page.createRequest(), backend, QStringLiteral("notebooks"), answer, token);
        if (QTest::currentTestFailed())
            return;
        const auto notebook = api::fromBody<api::Notebook>(answer);
        QCOMPARE(notebook.name.value_or(QString()), QStringLiteral("copied-form-nb"));
        QCOMPARE(notebook.image->id, kNotebookImage);
    }

    void poolFormCopiesTheCreateRequest()
    {
        test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto connection = localConnection(backend);
        const QString network = activeNetwork(*connection->client());
        QVERIFY(!network.isEmpty());
        ui::CreatePoolPage page;
        page.resize(1280, 800);
        page.show();
        QSignalSpy loaded(&page, &ui::CreatePoolPage::catalogLoaded);
        page.setConnection(connection.get());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        models::PoolDraft draft;
        draft.name = QStringLiteral("copied-pool");
        draft.network = network;
        draft.jobTypes = { QStringLiteral("Train") };
        draft.instanceType = QStringLiteral("CPU");
        draft.flavors = { { kPoolFlavor, 1, {}, 0 } };
        page.setDraft(draft);

        QByteArray answer;
        QByteArray token;
        copyCheckAndReplay(
            page.apiCallButton(), &page, page.createRequest(), backend, QStringLiteral("pools"), answer, token);
        if (QTest::currentTestFailed())
            return;
        const auto pool = api::fromBody<api::Pool>(answer);
        QVERIFY(!pool.metadata.name.value_or(QString()).isEmpty());
        QCOMPARE(api::poolDisplayName(pool), QStringLiteral("copied-pool"));
    }

    // A notebook row copies its GET, Start and Stop; the details page its GET.
    void notebookRowsCopyGetStartAndStop()
    {
        test::LocalBackend backend;
        QVERIFY2(backend.isRunning(), qPrintable(backend.error()));
        const auto connection = localConnection(backend);
        api::NotebookCreate body;
        body.name = QStringLiteral("copied-nb");
        body.flavor = kNotebookFlavor;
        body.imageId = kNotebookImage;
        body.volume.category = QStringLiteral("EVS");
        body.volume.ownership = QStringLiteral("MANAGED");
        body.volume.capacity = 5;
        const auto created
            = api::decodeBody<api::Notebook>(test::callAndWait(*connection->client(), api::notebooks::create(body)));
        QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
        const QString id = created.value.id.value_or(QString());

        ui::NotebooksPage page;
        page.resize(1280, 700);
        page.show();
        page.setConnection(connection.get());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) >= 0, kWaitMs);
        QVERIFY(!page.selectedRowActionCall(page.stopAction())); // nothing selected
        page.view()->selectRow(
            page.filterModel()->mapFromSource(page.model()->index(page.model()->rowOf(id), 0)).row());

        const std::optional<ui::ApiCallSource> get = page.selectedRowCall();
        QVERIFY(get);
        QCOMPARE(get->request.method, QByteArrayLiteral("GET"));
        QCOMPARE(get->request.path, api::notebooks::show(id).path);
        const std::optional<ui::ApiCallSource> start = page.selectedRowActionCall(page.startAction());
        QVERIFY(start);
        QCOMPARE(start->request.method, QByteArrayLiteral("POST"));
        QCOMPARE(start->request.path, api::notebooks::start(id).path);
        const std::optional<ui::ApiCallSource> stop = page.selectedRowActionCall(page.stopAction());
        QVERIFY(stop);
        QCOMPARE(stop->request.path, api::notebooks::stop(id).path);
        QVERIFY(!page.selectedRowActionCall(page.deleteAction())); // not offered

        // The row menu a right click opens: Copy as API Call, then one submenu per operation.
        const std::unique_ptr<QMenu> menu(page.createRowMenu(&page));
        QStringList titles;
        for (QAction *action : menu->actions())
        {
            if (action->menu())
                titles << action->menu()->title();
        }
        QVERIFY2(titles.contains(QStringLiteral("Copy as API Call")), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(QStringLiteral("Copy “Start” as API Call")), qPrintable(titles.join(u'|')));
        QMenu *stopMenu = menu->findChild<QMenu *>(QStringLiteral("apiCallMenu_stopAction"));
        QVERIFY(stopMenu);
        QCOMPARE(stopMenu->title(), QStringLiteral("Copy “Stop” as API Call"));

        // The copied Stop, replayed once the notebook runs, stops it.
        QTRY_COMPARE_WITH_TIMEOUT(notebookStatus(*connection->client(), id), QStringLiteral("RUNNING"), kWaitMs);
        emit stopMenu->aboutToShow();
        QAction *curlAction = stopMenu->findChild<QAction *>(QStringLiteral("copyCurlAction"));
        QVERIFY(curlAction->isEnabled());
        curlAction->trigger();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"-X POST '" + backend.url().toString(QUrl::StripTrailingSlash) + u"/v1/"
                     + backend.projectId() + u"/notebooks/" + id + u"/stop'"),
            qPrintable(curl));
        const QByteArray token = iamToken(backend);
        verifyNoCredential(curl, backend, token);
        const test::ShellResult replayed = test::runShellWithToken(curl, token, kWaitMs);
        QCOMPARE(replayed.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QStringList({ QStringLiteral("STOPPING"), QStringLiteral("STOPPED") })
                                     .contains(notebookStatus(*connection->client(), id)),
            kWaitMs);

        ui::NotebookDetailsPage details;
        details.setConnection(connection.get());
        details.open(id);
        details.show();
        const std::optional<ui::ApiCallSource> shown = details.resourceCall();
        QVERIFY(shown);
        QCOMPARE(shown->request.path, api::notebooks::show(id).path);
        QTRY_VERIFY(details.apiCallButton()->isVisible());
        page.setConnection(nullptr);
        details.setConnection(nullptr);
    }
};

QTEST_MAIN(TestApiCallMenu)
#include "tst_apicallmenu.moc"
