// End to end, as a new user does it: the Local profile starts modelarts-local in-process,
// the Create Training Job form (filled in through its widgets) submits a custom-image job to
// the local pool, the job appears in the list, runs on this computer until Completed, and its
// details page shows the line its boot command printed.

#include "connectionmanager.h"
#include "models/connection.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobvalidator.h"
#include "profile.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/training/channeleditor.h"
#include "ui/training/createtrainingjobpage.h"
#include "ui/training/trainingjobdetailspage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/logviewer.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ma;

namespace
{
constexpr int kWaitMs = 60000;
const QString kJobName = QStringLiteral("first-local-job");
const QString kLogLine = QStringLiteral("hello from the end-to-end test");
} // namespace

class TestEndToEnd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstJobOnTheLocalPool();

private:
    template <typename T> T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
};

void TestEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEndToEnd::firstJobOnTheLocalPool()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    desktop::ConnectionManager connections;
    connections.setLocalDataDir(data.path());
    ui::MainWindow window;
    connect(&connections, &desktop::ConnectionManager::connectionReady, &window, &ui::MainWindow::setConnection);
    window.show();
    connections.open(desktop::Profile::local());
    QTRY_VERIFY_WITH_TIMEOUT(window.connection(), kWaitMs);
    ui::TrainingJobsPage *list = window.page<ui::TrainingJobsPage>();
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, kWaitMs); // the demo jobs

    // The list's primary button opens the form.
    list->createAction()->trigger();
    QCOMPARE(window.currentPageId(), ui::kCreateTrainingJobPageId);
    ui::CreateTrainingJobPage *form = window.page<ui::CreateTrainingJobPage>();
    QSignalSpy catalog(form, &ui::CreateTrainingJobPage::catalogLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(
        catalog.count() > 0 || form->findChild<QTableView *>(QStringLiteral("poolTable"))->model()->rowCount() > 0,
        kWaitMs);

    auto *name = child<QLineEdit>(form, "nameEdit");
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, kJobName);
    QTest::mouseClick(child<QAbstractButton>(form, "customImageButton"), Qt::LeftButton);
    auto *image = child<QLineEdit>(form, "imageEdit");
    image->clear();
    QTest::keyClicks(image, QStringLiteral("demo/shell:1.0"));
    QTest::keyClicks(child<QPlainTextEdit>(form, "bootCommandEdit"),
        QStringLiteral("echo \"%1\"; timeout 3 sh -c 'while :; do :; done'; echo done").arg(kLogLine));
    // This job reads and writes no data: drop the default data_url / train_url channels.
    child<ui::ChannelEditor>(form, "inputChannels")->setChannels({});
    child<ui::ChannelEditor>(form, "outputChannels")->setChannels({});
    QTest::mouseClick(child<QAbstractButton>(form, "dedicatedPoolButton"), Qt::LeftButton);
    auto *pools = child<QTableView>(form, "poolTable");
    bool selected = false;
    for (int row = 0; row < pools->model()->rowCount() && !selected; ++row)
    {
        if (pools->model()->index(row, 0).data().toString() == u"local")
        {
            pools->selectRow(row);
            selected = true;
        }
    }
    QVERIFY(selected);
    auto *persistentLog = child<QCheckBox>(form, "persistentLogCheck");
    if (persistentLog->isChecked())
        QTest::keyClick(persistentLog, Qt::Key_Space);
    QVERIFY(!persistentLog->isChecked());

    QStringList confirmations;
    form->setConfirmHandler(
        [&](const QString &summary)
        {
            confirmations << summary;
            return true;
        });
    QSignalSpy submitted(form, &ui::CreateTrainingJobPage::submitted);
    QTest::mouseClick(child<QAbstractButton>(form, "submitButton"), Qt::LeftButton);
    QVERIFY2(form->submitError().isEmpty(), qPrintable(form->submitError()));
    QVERIFY2(models::isSubmittable(form->visibleIssues()),
        qPrintable(form->visibleIssues().isEmpty() ? QString() : form->visibleIssues().first().message));
    QCOMPARE(confirmations.size(), 1);
    QVERIFY(confirmations.first().contains(kJobName));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, kWaitMs);
    const QString jobId = submitted.first().at(0).toString();

    // Back on the list, the new job shows up and reaches Completed on its own (auto-refresh).
    QCOMPARE(window.currentPageId(), ui::kTrainingJobsPageId);
    list->setAutoRefreshSeconds(1);
    auto rowOf = [&]() -> int
    {
        for (int row = 0; row < list->model()->rowCount(); ++row)
        {
            if (list->model()->index(row, 0).data(models::TrainingJobListModel::JobIdRole).toString() == jobId)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, kWaitMs);
    QCOMPARE(list->model()->index(rowOf(), models::TrainingJobListModel::Name).data().toString(), kJobName);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(rowOf(), 0).data(models::TrainingJobListModel::PhaseRole).toString(),
        QStringLiteral("Completed"), kWaitMs);

    // A double click opens it: the details page shows the real log line.
    const QModelIndex shown = list->filterModel()->mapFromSource(list->model()->index(rowOf(), 0));
    QVERIFY(shown.isValid());
    list->view()->scrollTo(shown);
    const QPoint center = list->view()->visualRect(shown).center();
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(window.currentPageId(), ui::kTrainingJobDetailsPageId);
    ui::TrainingJobDetailsPage *details = window.page<ui::TrainingJobDetailsPage>();
    QTRY_COMPARE_WITH_TIMEOUT(details->overviewValue(QStringLiteral("Status")).contains(u"Completed"), true, kWaitMs);
    details->tabs()->setCurrentIndex(ui::TrainingJobDetailsPage::LogsTab);
    QTRY_VERIFY_WITH_TIMEOUT(details->logViewer()->text().contains(kLogLine), kWaitMs);
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
