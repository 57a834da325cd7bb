// Copy as API Call through the shared shells: the list's selected row and the details page
// give the resource's GET, the menu offers curl / Python / ma-cli, and the clipboard gets the
// rendering without any credential.

#include "api/trainingrequests.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "ui/apicallmenu.h"
#include "ui/mainwindow.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace ma;

class TestApiCallMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
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
};

QTEST_MAIN(TestApiCallMenu)
#include "tst_apicallmenu.moc"
