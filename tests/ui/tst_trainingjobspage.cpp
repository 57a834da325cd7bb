// TrainingJobsPage against the real local backend with demo data: the table fills, Stop
// and Delete (one and many jobs) go through the API and show up in the table, the status
// filter hides other rows, CSV export writes the shown columns, Rebuild hands the job to the
// form, Priority changes a waiting job on the server. With a profile on the legacy v1 API,
// the v1 jobs are listed in the page's "Legacy (v1)" section and stopped and deleted there.

#include "api/trainingrequests.h"
#include "api/trainingv1requests.h"
#include "localbackend.h"
#include "models/connection.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobv1listmodel.h"
#include "server/localserver.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/statusbadgedelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ma;
using namespace Qt::StringLiterals;
using models::TrainingJobListModel;

namespace
{
constexpr int kWaitMs = 15000;
constexpr int kDemoJobs = 7;
} // namespace

class TestTrainingJobsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableFillsWithDemoJobs();
    void selectingRunningJobEnablesStop();
    void stopTerminatesJob();
    void deleteRemovesRow();
    void multiSelectStopAndDelete();
    void declinedConfirmationSendsNothing();
    void statusFilterHidesOtherRows();
    void nameSearchFiltersOnServer();
    /** Each widget of the filter row sends its T2-3 filter and the server narrows the rows. */
    void filterRowNarrowsOnServer_data();
    void filterRowNarrowsOnServer();
    /** "Created between…": whole local days from the first date to the end of the last. */
    void customCreationRangeIsWholeDays();
    /** "Only my jobs" sends user_id = the password token's user; access keys leave it off. */
    void onlyMyJobsSendsTheTokensUser();
    void csvExportWritesHeader();
    /** Export loads the pages not loaded yet: every job the filters match, only those. */
    void exportWritesEveryMatchingJob();
    void columnsHiddenFromTheHeaderAreRemembered();
    void emptyStateWithoutJobs();
    void rebuildEmitsTheSelectedJob();
    void priorityOfPendingDedicatedJob();
    void activatingARowOpensIt();
    void createActionAsksForTheForm();
    void pagingGoesOnAfterAnAutoRefreshMidScroll();
    void lowUtilizationMarkOnAnIdleGpuJob();
    /** The v1 section shows only for a profile that uses the v1 API, with the demo's v1 job. */
    void legacySectionOnlyWithTheV1Api();
    /** A job created through v1 appears beside the v2 rows and is stopped and deleted through v1. */
    void legacyJobIsListedStoppedAndDeleted();

private:
    /** A connection to the same backend whose profile uses the legacy v1 training API. */
    std::unique_ptr<models::Connection> legacyConnection() const;
    int legacyRowOfName(const QString &name) const;

    int rowOfName(const QString &name) const;
    void selectNames(const QStringList &names);
    QString phaseOf(const QString &name) const;

    std::unique_ptr<test::LocalBackend> m_backend;
    std::unique_ptr<models::Connection> m_connection;
    std::unique_ptr<ui::TrainingJobsPage> m_page;
    QStringList m_questions;
};

void TestTrainingJobsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingJobsPage::init()
{
    // A slow clock keeps the demo's Running job running for the whole test.
    m_backend = std::make_unique<test::LocalBackend>(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(m_backend->isRunning(), qPrintable(m_backend->error()));
    auto client = m_backend->accessKeyClient();
    m_connection = std::make_unique<models::Connection>(
        models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"), client.release());
    m_page = std::make_unique<ui::TrainingJobsPage>();
    m_questions.clear();
    m_page->setConfirmHandler(
        [this](const QString &question)
        {
            m_questions.append(question);
            return true;
        });
    m_page->resize(1100, 600);
    m_page->show();
    m_page->setConnection(m_connection.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kDemoJobs, kWaitMs);
}

void TestTrainingJobsPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    m_backend.reset();
}

int TestTrainingJobsPage::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, TrainingJobListModel::Name).data().toString() == name)
            return row;
    return -1;
}

void TestTrainingJobsPage::selectNames(const QStringList &names)
{
    QItemSelectionModel *selection = m_page->view()->selectionModel();
    selection->clearSelection();
    for (const QString &name : names)
    {
        const int row = rowOfName(name);
        QVERIFY2(row >= 0, qPrintable(name));
        selection->select(
            m_page->view()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString TestTrainingJobsPage::phaseOf(const QString &name) const
{
    const int row = rowOfName(name);
    if (row < 0)
        return QString();
    return m_page->view()
        ->model()
        ->index(row, TrainingJobListModel::Status)
        .data(TrainingJobListModel::PhaseRole)
        .toString();
}

void TestTrainingJobsPage::tableFillsWithDemoJobs()
{
    QTableView *view = m_page->view();
    QCOMPARE(view->model()->rowCount(), kDemoJobs);
    QVERIFY(rowOfName(QStringLiteral("llama-lora-sft")) >= 0);
    QVERIFY(view->isSortingEnabled());
    QVERIFY(view->alternatingRowColors());
    QVERIFY(!view->verticalHeader()->isVisible());
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(view->isVisible());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("7 jobs"));
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), models::Connection::State::Connected, kWaitMs);

    // Nothing selected: nothing to stop or delete; refresh and export are there.
    QVERIFY(!m_page->stopAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->isEnabled());
    QVERIFY(m_page->refreshAction()->isEnabled());
    QVERIFY(m_page->exportAction()->isEnabled());
}

void TestTrainingJobsPage::selectingRunningJobEnablesStop()
{
    selectNames({ QStringLiteral("llama-lora-sft") });
    QCOMPARE(phaseOf(QStringLiteral("llama-lora-sft")), QStringLiteral("Running"));
    QVERIFY(m_page->stopAction()->isEnabled());

    selectNames({ QStringLiteral("xgboost-churn") });
    QCOMPARE(phaseOf(QStringLiteral("xgboost-churn")), QStringLiteral("Completed"));
    QVERIFY(!m_page->stopAction()->isEnabled());
    QVERIFY(m_page->deleteAction()->isEnabled());
}

void TestTrainingJobsPage::stopTerminatesJob()
{
    const QString name = QStringLiteral("llama-lora-sft");
    selectNames({ name });
    QVERIFY(m_page->stopAction()->isEnabled());
    m_page->stopAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.front().contains(name), qPrintable(m_questions.front()));
    QTRY_VERIFY_WITH_TIMEOUT(phaseOf(name) == u"Terminating" || phaseOf(name) == u"Terminated", kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->stopAction()->isEnabled(), kWaitMs);
    QCOMPARE(m_page->model()->rowCount(), kDemoJobs);
}

void TestTrainingJobsPage::deleteRemovesRow()
{
    QSignalSpy errors(m_page.get(), &ui::TrainingJobsPage::errorOccurred);
    const QString name = QStringLiteral("xgboost-churn");
    selectNames({ name });
    m_page->deleteAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.front().contains(name));
    QTRY_COMPARE_WITH_TIMEOUT(rowOfName(name), -1, kWaitMs);
    QCOMPARE(m_page->model()->rowCount(), kDemoJobs - 1);
    QCOMPARE(errors.size(), 0);
}

void TestTrainingJobsPage::multiSelectStopAndDelete()
{
    const QStringList live = { QStringLiteral("llama-lora-sft"), QStringLiteral("llama-lora-sft-ablation") };
    selectNames(live);
    QCOMPARE(m_page->selectedJobIds().size(), 2);
    QVERIFY(m_page->stopAction()->isEnabled());
    m_page->stopAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    for (const QString &name : live)
        QVERIFY2(m_questions.front().contains(name), qPrintable(m_questions.front()));
    for (const QString &name : live)
        QTRY_VERIFY_WITH_TIMEOUT(phaseOf(name) == u"Terminating" || phaseOf(name) == u"Terminated", kWaitMs);

    const QStringList done = { QStringLiteral("resnet50-imagenet-baseline"), QStringLiteral("bert-finetune-squad"),
        QStringLiteral("xgboost-churn"), QStringLiteral("yolov5-detection-exp3"),
        QStringLiteral("mindspore-lenet-ascend") };
    selectNames(done);
    QVERIFY(!m_page->stopAction()->isEnabled()); // none of them runs
    QVERIFY(m_page->deleteAction()->isEnabled());
    m_page->deleteAction()->trigger();
    QCOMPARE(m_questions.size(), 2);
    // Five jobs are named; the question counts them.
    QVERIFY2(m_questions.back().contains(QStringLiteral("5")), qPrintable(m_questions.back()));
    QVERIFY2(m_questions.back().contains(QStringLiteral("yolov5-detection-exp3")), qPrintable(m_questions.back()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kWaitMs);
    for (const QString &name : done)
        QCOMPARE(rowOfName(name), -1);
}

void TestTrainingJobsPage::declinedConfirmationSendsNothing()
{
    m_page->setConfirmHandler([](const QString &) { return false; });
    selectNames({ QStringLiteral("xgboost-churn") });
    m_page->deleteAction()->trigger();
    QTest::qWait(500);
    m_page->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->state().loading, kWaitMs);
    QVERIFY(rowOfName(QStringLiteral("xgboost-churn")) >= 0);
    QCOMPARE(m_page->model()->rowCount(), kDemoJobs);
}

void TestTrainingJobsPage::statusFilterHidesOtherRows()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(combo);
    QCOMPARE(combo->itemText(0), QStringLiteral("All statuses"));
    const int completed = combo->findData(QStringLiteral("Completed"));
    QVERIFY(completed > 0);
    combo->setCurrentIndex(completed);
    QCOMPARE(m_page->view()->model()->rowCount(), 3); // hidden at once by the proxy
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->state().loading, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, kWaitMs); // and on the server
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_page->view()
                     ->model()
                     ->index(row, TrainingJobListModel::Status)
                     .data(TrainingJobListModel::PhaseRole)
                     .toString(),
            QStringLiteral("Completed"));

    combo->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->model()->rowCount(), kDemoJobs, kWaitMs);
}

void TestTrainingJobsPage::nameSearchFiltersOnServer()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("llama"));
    QCOMPARE(m_page->model()->rowCount(), kDemoJobs); // debounced: nothing yet
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->nameFilter(), QStringLiteral("llama"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kWaitMs);

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kDemoJobs, kWaitMs);

    QTest::keyClicks(search, QStringLiteral("no-such-job"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, kWaitMs);
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), kWaitMs);
    QVERIFY(!m_page->view()->isVisible());
}

void TestTrainingJobsPage::filterRowNarrowsOnServer_data()
{
    QTest::addColumn<QString>("widget"); // object name
    QTest::addColumn<QString>("input"); // text typed, or the item's data to choose
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("rows");

    // The demo jobs: ids are random, two llama jobs on the small pool, created 74 h, 50 h,
    // 27 h, 22 h, 20 h, 45 min and 10 min ago, all of kind job, none with an algorithm name.
    QTest::newRow("job id") << u"jobIdFilter"_s << u"$ID"_s << u"id"_s << u"in"_s << 1;
    QTest::newRow("last 24 hours") << u"createdFilter"_s << u"1"_s << u"create_time"_s << u"between"_s << 4;
    QTest::newRow("last 7 days") << u"createdFilter"_s << u"7"_s << u"create_time"_s << u"between"_s << kDemoJobs;
    QTest::newRow("resource pool") << u"poolFilter"_s << u"$POOL"_s << u"pool_id"_s << u"in"_s << 2;
    QTest::newRow("algorithm") << u"algorithmFilter"_s << u"no-such-algorithm"_s << u"algorithm_name"_s << u"like"_s
                               << 0;
    QTest::newRow("visualization jobs") << u"kindFilter"_s << u"visualization_job"_s << u"kind"_s << u"in"_s << 0;
    QTest::newRow("training jobs") << u"kindFilter"_s << u"job"_s << u"kind"_s << u"in"_s << kDemoJobs;
}

void TestTrainingJobsPage::filterRowNarrowsOnServer()
{
    QFETCH(QString, widget);
    QFETCH(QString, input);
    QFETCH(QString, key);
    QFETCH(QString, op);
    QFETCH(int, rows);

    TrainingJobListModel *model = m_page->model();
    QCOMPARE(model->searchFilters().size(), std::size_t(0));
    QString value = input;
    if (input == u"$ID")
        value = model->index(0, 0).data(TrainingJobListModel::JobIdRole).toString();
    QSignalSpy loaded(model, &TrainingJobListModel::loaded);
    if (auto *edit = m_page->findChild<QLineEdit *>(widget))
    {
        QVERIFY(edit->isVisible());
        edit->setFocus();
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    else
    {
        auto *combo = m_page->findChild<QComboBox *>(widget);
        QVERIFY(combo);
        QVERIFY(combo->isVisible());
        if (input == u"$POOL")
        {
            // The profile's pools (from the pool list), among them the one of the llama jobs.
            const int llama = model->rowOf(m_page->view()
                                               ->model()
                                               ->index(rowOfName(u"llama-lora-sft"_s), 0)
                                               .data(TrainingJobListModel::JobIdRole)
                                               .toString());
            value = model->index(llama, 0).data(TrainingJobListModel::PoolIdRole).toString();
            QVERIFY(!value.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 2, kWaitMs); // "All resource pools" and the demo's pools
        }
        const int item = combo->findData(widget == u"createdFilter" ? QVariant(value.toInt()) : QVariant(value));
        QVERIFY(item > 0);
        combo->setCurrentIndex(item);
    }

    const std::vector<api::TrainingJobFilter> sent = model->searchFilters();
    QCOMPARE(sent.size(), std::size_t(1));
    QCOMPARE(sent.front().key, key);
    QCOMPARE(sent.front().op, op);
    const std::vector<QString> values = sent.front().value.value_or(std::vector<QString>());
    if (key == u"create_time")
    {
        // From N days ago, the upper end open.
        QCOMPARE(values.size(), std::size_t(2));
        const qint64 from = values.at(0).toLongLong();
        const qint64 expected = QDateTime::currentMSecsSinceEpoch() - value.toLongLong() * 24 * 3600 * 1000;
        QVERIFY2(std::abs(from - expected) < 60 * 1000, qPrintable(values.at(0)));
        QCOMPARE(values.at(1), QString());
    }
    else
    {
        QCOMPARE(values, std::vector<QString> { value });
    }
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), rows, kWaitMs);
    QCOMPARE(model->totalCount(), rows); // the server's count of matching jobs
    if (input == u"$ID")
        QCOMPARE(model->index(0, 0).data(TrainingJobListModel::JobIdRole).toString(), value);
    if (input == u"$POOL")
        for (int row = 0; row < rows; ++row)
            QCOMPARE(model->index(row, 0).data(TrainingJobListModel::PoolIdRole).toString(), value);
}

void TestTrainingJobsPage::customCreationRangeIsWholeDays()
{
    auto *combo = m_page->findChild<QComboBox *>(u"createdFilter"_s);
    auto *from = m_page->findChild<QDateEdit *>(u"createdFromFilter"_s);
    auto *to = m_page->findChild<QDateEdit *>(u"createdToFilter"_s);
    QVERIFY(combo && from && to);
    QVERIFY(!from->isVisible());
    from->setDate(QDate(2026, 1, 10));
    to->setDate(QDate(2026, 1, 11));
    QVERIFY(m_page->model()->filters().isEmpty()); // the dates alone filter nothing
    combo->setCurrentIndex(combo->findData(-1));
    QVERIFY(from->isVisible() && to->isVisible());

    const models::TrainingJobListFilters f = m_page->model()->filters();
    QCOMPARE(f.createdFromMs, QDate(2026, 1, 10).startOfDay().toMSecsSinceEpoch());
    QCOMPARE(f.createdToMs, QDate(2026, 1, 12).startOfDay().toMSecsSinceEpoch() - 1);
    const std::vector<api::TrainingJobFilter> sent = m_page->model()->searchFilters();
    QCOMPARE(sent.size(), std::size_t(1));
    QCOMPARE(sent.front().value.value_or(std::vector<QString>()),
        (std::vector<QString> { QString::number(f.createdFromMs), QString::number(f.createdToMs) }));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, kWaitMs); // no demo job is that old
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(empty->text(), u"No training jobs match the search or the filters"_s, kWaitMs);

    combo->setCurrentIndex(0);
    QVERIFY(!from->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kDemoJobs, kWaitMs);
}

void TestTrainingJobsPage::onlyMyJobsSendsTheTokensUser()
{
    auto *onlyMine = m_page->findChild<QCheckBox *>(u"onlyMyJobsFilter"_s);
    QVERIFY(onlyMine);
    QVERIFY(!onlyMine->isEnabled()); // access keys: whose they are is not known
    QVERIFY(onlyMine->toolTip().contains(u"password"_s));

    models::Connection password(
        models::Connection::Kind::Local, u"Local"_s, u"local"_s, m_backend->passwordClient().release());
    m_page->setConnection(&password);
    QTRY_VERIFY_WITH_TIMEOUT(onlyMine->isEnabled(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kDemoJobs, kWaitMs);
    QSignalSpy loaded(m_page->model(), &TrainingJobListModel::loaded);
    onlyMine->setChecked(true);
    QCOMPARE(m_page->model()->filters().userId, u"local-user"_s); // token.user.id of modelarts-local
    const std::vector<api::TrainingJobFilter> sent = m_page->model()->searchFilters();
    QCOMPARE(sent.size(), std::size_t(1));
    QCOMPARE(sent.front().key, u"user_id"_s);
    QCOMPARE(sent.front().op, u"in"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
    QCOMPARE(m_page->model()->rowCount(), kDemoJobs); // every local job is that user's

    m_page->setConnection(m_connection.get()); // another profile: every job again
    QVERIFY(!onlyMine->isChecked());
    QVERIFY(m_page->model()->filters().userId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kDemoJobs, kWaitMs);
}

void TestTrainingJobsPage::csvExportWritesHeader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("jobs.csv"));
    QVERIFY(m_page->exportCsvTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kDemoJobs + 1);
    for (const char *column : { "Name", "Status", "Flavor", "Duration", "Created", "Description" })
        QVERIFY2(lines.front().contains(QString::fromLatin1(column)), qPrintable(lines.front()));
    QVERIFY(text.contains(QStringLiteral("llama-lora-sft")));

    QVERIFY(!m_page->exportCsvTo(dir.filePath(QStringLiteral("missing/folder/jobs.csv"))));
}

void TestTrainingJobsPage::exportWritesEveryMatchingJob()
{
    // More jobs than the view shows: it loads pages only until it is full.
    api::ApiClient &client = *m_connection->client();
    constexpr int kMore = 30;
    for (int i = 0; i < kMore; ++i)
    {
        const api::Json body = { { "kind", "job" }, { "metadata", { { "name", "export-" + std::to_string(i) } } },
            { "algorithm",
                { { "engine", { { "image_url", "swr.local/team/trainer:1.0" } } }, { "command", "python train.py" } } },
            { "spec", { { "resource", { { "flavor_id", "modelarts.vm.cpu.2u" }, { "node_count", 1 } } } } } };
        const api::ApiResult created
            = test::callAndWait(client, api::training::create(api::fromJson<api::TrainingJobCreate>(body)));
        QVERIFY2(created.ok(), qPrintable(created.error.displayText()));
    }
    TrainingJobListModel *model = m_page->model();
    m_page->resize(1100, 400);
    model->setPageSize(2);
    auto *created = m_page->findChild<QComboBox *>(u"createdFilter"_s);
    auto *kind = m_page->findChild<QComboBox *>(u"kindFilter"_s);
    // A reload keeps the rows shown: go through an empty list so that pages of two are loaded.
    kind->setCurrentIndex(kind->findData(u"visualization_job"_s));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, kWaitMs);
    created->setCurrentIndex(created->findData(7));
    kind->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->state().loading && model->rowCount() > 0, kWaitMs);
    QCOMPARE(model->totalCount(), kDemoJobs + kMore);
    QVERIFY2(model->rowCount() < kDemoJobs + kMore, qPrintable(QString::number(model->rowCount())));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"all.csv"_s);
    QSignalSpy exported(m_page.get(), &ui::TrainingJobsPage::csvExported);
    m_page->exportAllCsvTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kWaitMs);
    QCOMPARE(exported.front().at(0).toString(), path);
    QVERIFY(exported.front().at(1).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), kDemoJobs + kMore + 1);
    QVERIFY(text.contains(u"export-0"_s) && text.contains(u"llama-lora-sft"_s));

    QVERIFY(!m_page->exportCsvTo(dir.filePath(u"missing/folder/jobs.csv"_s)));
    m_page->exportAllCsvTo(dir.filePath(u"missing/folder/jobs.csv"_s));
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, kWaitMs);
    QVERIFY(!exported.last().at(1).toBool());
}

// The header's menu hides a column; another page of the same list (a new window, the next
// start) shows the same columns; the name column always stays.
void TestTrainingJobsPage::columnsHiddenFromTheHeaderAreRemembered()
{
    QSettings().remove(QStringLiteral("listColumns"));
    std::unique_ptr<QMenu> menu(m_page->createColumnMenu(nullptr));
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), TrainingJobListModel::ColumnCount);
    QCOMPARE(actions.at(TrainingJobListModel::Flavor)->text(), QStringLiteral("Flavor"));
    QVERIFY(!actions.at(TrainingJobListModel::Name)->isEnabled());
    QVERIFY(actions.at(TrainingJobListModel::Flavor)->isChecked());

    actions.at(TrainingJobListModel::Flavor)->toggle();
    QVERIFY(!m_page->isColumnShown(TrainingJobListModel::Flavor));
    QVERIFY(m_page->view()->isColumnHidden(TrainingJobListModel::Flavor));
    m_page->setColumnShown(TrainingJobListModel::Name, false); // refused
    QVERIFY(m_page->isColumnShown(TrainingJobListModel::Name));

    {
        ui::TrainingJobsPage again;
        QVERIFY(!again.isColumnShown(TrainingJobListModel::Flavor));
        QVERIFY(again.isColumnShown(TrainingJobListModel::Status));
        again.setColumnShown(TrainingJobListModel::Flavor, true);
    }
    ui::TrainingJobsPage third;
    QVERIFY(third.isColumnShown(TrainingJobListModel::Flavor));
}

void TestTrainingJobsPage::emptyStateWithoutJobs()
{
    test::LocalBackend empty(test::LocalBackend::Options { 1.0, false, QString() });
    QVERIFY2(empty.isRunning(), qPrintable(empty.error()));
    auto client = empty.accessKeyClient();
    models::Connection connection(
        models::Connection::Kind::Local, QStringLiteral("Empty"), QStringLiteral("local"), client.release());
    m_page->setConnection(&connection);
    QCOMPARE(m_page->model()->rowCount(), 0); // switching resets
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("No training jobs yet"), kWaitMs);
    QVERIFY(label->isVisible());
    QVERIFY(!m_page->exportAction()->isEnabled());
    m_page->setConnection(nullptr);
}

void TestTrainingJobsPage::rebuildEmitsTheSelectedJob()
{
    QSignalSpy rebuild(m_page.get(), &ui::TrainingJobsPage::rebuildRequested);
    selectNames({ QStringLiteral("xgboost-churn"), QStringLiteral("llama-lora-sft") });
    QVERIFY(!m_page->rebuildAction()->isEnabled()); // one job at a time
    selectNames({ QStringLiteral("xgboost-churn") });
    QVERIFY(m_page->rebuildAction()->isEnabled());
    m_page->rebuildAction()->trigger();
    QCOMPARE(rebuild.count(), 1);
    const auto job = rebuild.first().at(0).value<api::TrainingJob>();
    QCOMPARE(job.metadata.name, QStringLiteral("xgboost-churn"));
}

void TestTrainingJobsPage::priorityOfPendingDedicatedJob()
{
    // The demo's queued job waits in a dedicated pool; the running one may not change.
    const QString pending = QStringLiteral("llama-lora-sft-ablation");
    selectNames({ QStringLiteral("llama-lora-sft") });
    QVERIFY(!m_page->priorityAction()->isEnabled());
    selectNames({ pending });
    QCOMPARE(phaseOf(pending), QStringLiteral("Pending"));
    QVERIFY(m_page->priorityAction()->isEnabled());

    QStringList asked;
    m_page->setPriorityAsker(
        [&](const QString &name, int current, bool mayUseHighest) -> std::optional<int>
        {
            asked << QStringLiteral("%1:%2:%3").arg(name).arg(current).arg(mayUseHighest);
            return 3;
        });
    QSignalSpy errors(m_page.get(), &ui::TrainingJobsPage::errorOccurred);
    m_page->priorityAction()->trigger();
    QCOMPARE(asked, QStringList { pending + QStringLiteral(":1:1") });
    const auto priorityOf = [&]
    {
        const int row = rowOfName(pending);
        return row < 0 ? QString()
                       : m_page->view()->model()->index(row, TrainingJobListModel::Priority).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(priorityOf(), QStringLiteral("3"), kWaitMs);
    QCOMPARE(errors.count(), 0);

    // Cancelling the dialog sends nothing.
    m_page->setPriorityAsker([](const QString &, int, bool) { return std::optional<int>(); });
    selectNames({ pending });
    m_page->priorityAction()->trigger();
    QCOMPARE(priorityOf(), QStringLiteral("3"));
}

void TestTrainingJobsPage::activatingARowOpensIt()
{
    QSignalSpy open(m_page.get(), &ui::TrainingJobsPage::openRequested);
    const int row = rowOfName(QStringLiteral("bert-finetune-squad"));
    QVERIFY(row >= 0);
    const QModelIndex index = m_page->view()->model()->index(row, TrainingJobListModel::Name);
    emit m_page->view()->activated(index);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toString(), index.data(TrainingJobListModel::JobIdRole).toString());
}

void TestTrainingJobsPage::createActionAsksForTheForm()
{
    QSignalSpy create(m_page.get(), &ui::TrainingJobsPage::createRequested);
    QVERIFY(m_page->createAction()->isEnabled());
    m_page->createAction()->trigger();
    QCOMPARE(create.count(), 1);
    m_page->setConnection(nullptr);
    QVERIFY(!m_page->createAction()->isEnabled());
}

void TestTrainingJobsPage::pagingGoesOnAfterAnAutoRefreshMidScroll()
{
    TrainingJobListModel *model = m_page->model();
    QTableView *view = m_page->view();
    // A view one and a half rows tall, pages of three jobs: the third row is out of sight.
    view->setFixedHeight(view->horizontalHeader()->height() + view->verticalHeader()->defaultSectionSize() * 3 / 2);
    model->setPageSize(3);
    model->setScope(QStringLiteral("pages of three"));
    QSignalSpy loaded(model, &models::RemoteListModelBase::loaded);
    model->reload();
    QVERIFY(loaded.wait(kWaitMs));
    QCoreApplication::processEvents();
    QCOMPARE(model->rowCount(), 3);

    // An auto-refresh tick, and the user reaches the end while it runs: the view's request
    // for more is refused (one request at a time) and the view will not ask again by itself.
    model->refresh();
    QVERIFY(model->state().loading);
    view->scrollToBottom();
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QVERIFY(loaded.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, kWaitMs); // the page asked again
}

void TestTrainingJobsPage::lowUtilizationMarkOnAnIdleGpuJob()
{
    // A quick clock (the GPU job runs within seconds) and the profile's Prometheus data source:
    // the backend's own, as the Local profile has it. Not quicker: the simulated V100 is under
    // the 50 % mark only while it warms up (its first two nominal minutes, 12 s here), and the
    // page checks a job again only a minute later once a check found it busy.
    test::LocalBackend fast(test::LocalBackend::Options { 10.0, true, QString() });
    QVERIFY2(fast.isRunning(), qPrintable(fast.error()));
    models::Connection connection(models::Connection::Kind::Local, QStringLiteral("Local"), QStringLiteral("local"),
        fast.accessKeyClient().release());
    const server::ServerConfig &c = fast.server().config();
    connection.setPrometheusSource(api::PrometheusSource { fast.url(), c.userName, c.password });
    m_page->setConnection(&connection);
    const auto leave = qScopeGuard([this] { m_page->setConnection(nullptr); });
    const QString id = test::createDemoGpuJob(*connection.client(), fast.projectId(), QStringLiteral("idle-gpu"), 1);
    QVERIFY(!id.isEmpty());
    m_page->setAutoRefreshSeconds(1);
    TrainingJobListModel *model = m_page->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    // Running, sampled, then checked: the simulated V100 idles around 25 %, under the 50 % mark.
    const auto mark = [&]
    {
        const int row = model->rowOf(id);
        return row < 0
            ? QString()
            : model->index(row, TrainingJobListModel::Status).data(TrainingJobListModel::LowUtilizationRole).toString();
    };
    // Samples, then the probe's queries: slow on a loaded 2-core machine, so twice the usual wait.
    QTRY_VERIFY_WITH_TIMEOUT(mark().startsWith(QStringLiteral("Low GPU ")), 2 * kWaitMs);
    QCOMPARE(resets.count(), 0);
    // The Status column paints it beside the badge.
    auto *delegate = qobject_cast<widgets::StatusBadgeDelegate *>(
        m_page->view()->itemDelegateForColumn(TrainingJobListModel::Status));
    QVERIFY(delegate);
    QCOMPARE(delegate->markRole(), int(TrainingJobListModel::LowUtilizationRole));
}

std::unique_ptr<models::Connection> TestTrainingJobsPage::legacyConnection() const
{
    auto connection = std::make_unique<models::Connection>(models::Connection::Kind::Local, QStringLiteral("Legacy"),
        QStringLiteral("local"), m_backend->accessKeyClient().release());
    connection->setLegacyTrainingApi(true);
    return connection;
}

int TestTrainingJobsPage::legacyRowOfName(const QString &name) const
{
    const QAbstractItemModel *model = m_page->legacyView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, models::TrainingJobV1ListModel::Name).data().toString() == name)
            return row;
    return -1;
}

void TestTrainingJobsPage::legacySectionOnlyWithTheV1Api()
{
    using V1 = models::TrainingJobV1ListModel;
    // The fixture's profile uses v2 only: no section, no v1 request.
    QVERIFY(!m_page->legacySection()->isVisible());
    QCOMPARE(m_page->legacyModel()->rowCount(), 0);
    QVERIFY(!m_page->legacyModel()->client());

    const std::unique_ptr<models::Connection> legacy = legacyConnection();
    m_page->setConnection(legacy.get());
    QVERIFY(m_page->legacySection()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->legacyModel()->rowCount(), 1, kWaitMs); // the demo's v1 job
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), kDemoJobs, kWaitMs); // the v2 rows stay
    const QModelIndex name = m_page->legacyView()->model()->index(0, V1::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("mnist-legacy-v1"));
    const auto cell = [&](int column, int role = Qt::DisplayRole)
    {
        return name.siblingAtColumn(column).data(role);
    };
    QCOMPARE(cell(V1::Api).toString(), QStringLiteral("v1"));
    QCOMPARE(cell(V1::Status).toString(), QStringLiteral("Completed"));
    QCOMPARE(cell(V1::Status, V1::PhaseRole).toString(), QStringLiteral("Completed"));
    QCOMPARE(cell(V1::Versions).toString(), QStringLiteral("1"));
    QVERIFY(!cell(V1::Duration).toString().isEmpty());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("legacyCount"))->text().contains(u'1'));

    // The status filter narrows the v1 rows too.
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("Running")));
    QCOMPARE(m_page->legacyView()->model()->rowCount(), 0);
    status->setCurrentIndex(status->findData(QStringLiteral("Completed")));
    QCOMPARE(m_page->legacyView()->model()->rowCount(), 1);
    status->setCurrentIndex(0);

    // Activating the row opens the v1 details page with the job id.
    QSignalSpy navigation(m_page.get(), &ui::ConsolePage::navigationRequested);
    emit m_page->legacyView()->activated(name);
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.first().at(0).toString(), ui::kTrainingJobV1DetailsPageId);
    QCOMPARE(navigation.first().at(1).toString(), cell(0, V1::JobIdRole).toString());

    // Back to a v2-only profile: the section goes.
    m_page->setConnection(m_connection.get());
    QVERIFY(!m_page->legacySection()->isVisible());
    QCOMPARE(m_page->legacyModel()->rowCount(), 0);
}

void TestTrainingJobsPage::legacyJobIsListedStoppedAndDeleted()
{
    using V1 = models::TrainingJobV1ListModel;
    const std::unique_ptr<models::Connection> legacy = legacyConnection();
    // A v1 job that runs a day: created the way CreateTrainingJobPage does with the legacy API.
    api::v1::TrainingJobCreate job;
    job.jobName = QStringLiteral("created-with-v1");
    job.config.workerServerNum = 1;
    job.config.appUrl = QStringLiteral("/bucket/code/");
    job.config.bootFileUrl = QStringLiteral("/bucket/code/train.py");
    job.config.dataUrl = QStringLiteral("/bucket/data/");
    job.config.specId = 2;
    api::v1::TrainingParameter duration;
    duration.label = QStringLiteral("MA_LOCAL_DURATION_SECONDS");
    duration.value = api::LooseScalar(QStringLiteral("86400"));
    job.config.parameter = std::vector<api::v1::TrainingParameter> { duration };
    QVERIFY(test::callAndWait(*legacy->client(), api::trainingv1::create(job)).ok());

    m_page->setConnection(legacy.get());
    QTRY_VERIFY_WITH_TIMEOUT(legacyRowOfName(QStringLiteral("created-with-v1")) >= 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->legacyModel()->rowCount(), 2, kWaitMs);
    QSignalSpy resets(m_page->legacyModel(), &QAbstractItemModel::modelReset);
    QSignalSpy v2Resets(m_page->model(), &QAbstractItemModel::modelReset);

    const auto phase = [this]
    {
        const int row = legacyRowOfName(QStringLiteral("created-with-v1"));
        return row < 0 ? QString() : m_page->legacyView()->model()->index(row, 0).data(V1::PhaseRole).toString();
    };
    // A refreshed phase: the v1 rows are read again and the answer applied.
    QSignalSpy loaded(m_page->legacyModel(), &models::RemoteListModelBase::loaded);
    const auto refreshedPhase = [&]
    {
        loaded.clear();
        m_page->legacyModel()->refresh();
        return loaded.wait(kWaitMs) ? phase() : QString();
    };
    QVERIFY(QStringList({ QStringLiteral("Creating"), QStringLiteral("Pending"), QStringLiteral("Running") })
                .contains(phase()));

    QVERIFY(!m_page->legacyStopAction()->isEnabled()); // nothing selected
    m_page->legacyView()->selectRow(legacyRowOfName(QStringLiteral("created-with-v1")));
    QTRY_VERIFY(m_page->legacyStopAction()->isEnabled());
    QVERIFY(m_page->legacyDeleteAction()->isEnabled());

    // Stop: the shared question, T1-9 of the latest version, then the row turns Stopped.
    QSignalSpy finished(m_page->actionRunner(), &models::ActionRunner::finished);
    m_page->legacyStopAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("created-with-v1")), qPrintable(m_questions.first()));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.first().at(0).value<models::ActionOutcome>().ok());
    QTRY_COMPARE_WITH_TIMEOUT(refreshedPhase(), QStringLiteral("Terminated"), kWaitMs);
    QTRY_VERIFY(!m_page->legacyStopAction()->isEnabled());

    // Delete: the question, T1-4, the row goes; the demo's v1 job and the v2 rows stay.
    m_page->legacyView()->selectRow(legacyRowOfName(QStringLiteral("created-with-v1")));
    finished.clear();
    m_page->legacyDeleteAction()->trigger();
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(m_questions.last().contains(QStringLiteral("created-with-v1")));
    QVERIFY(finished.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(legacyRowOfName(QStringLiteral("created-with-v1")), -1, kWaitMs);
    QCOMPARE(m_page->legacyModel()->rowCount(), 1);
    QCOMPARE(m_page->model()->rowCount(), kDemoJobs);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(v2Resets.count(), 0);
    const api::ApiResult gone = test::callAndWait(*legacy->client(), api::trainingv1::list());
    QCOMPARE(api::fromBody<api::v1::TrainingJobList>(gone.body).jobs.size(), std::size_t(1));
    m_page->setConnection(nullptr);
}

QTEST_MAIN(TestTrainingJobsPage)
#include "tst_trainingjobspage.moc"
