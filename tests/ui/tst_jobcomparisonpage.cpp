// The job comparison as a user reaches it, in the main window against the real local backend
// with its demo jobs: select jobs in Training Jobs, Compare (enabled for 2 to 6 of them), the
// comparison page opens with one column per job, "Show differences only" hides the rest, the
// copies carry the table, and each metric chart overlays one series per job.

#include "localconsole.h"
#include "models/jobcomparisonfiltermodel.h"
#include "models/jobcomparisonmodel.h"
#include "models/trainingjoblistmodel.h"
#include "ui/mainwindow.h"
#include "ui/pageregistry.h"
#include "ui/training/jobcomparisonpage.h"
#include "ui/training/trainingjobspage.h"
#include "ui/training/trainingpageids.h"
#include "widgets/chartwidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace ma;
using models::JobComparisonModel;
using models::TrainingJobListModel;

namespace
{
constexpr int kWaitMs = 20000;
constexpr int kDemoJobs = 7;
} // namespace

class TestJobComparisonPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registeredUnderTrainingJobs();
    void compareNeedsTwoToSixJobs();
    void compareOpensThePageWithOneColumnPerJob();
    void differencesOnlyHidesTheSameSettings();
    void copiesTheTable();
    void chartsOverlayOneSeriesPerJob();
    void jobLinksOpenTheirDetails();
    void moreThanSixAreCutToSix();
    void refreshUpdatesInPlace();
    void shortcutsAreListed();

private:
    void selectNames(const QStringList &names);
    QString idOf(const QString &name) const;
    ui::JobComparisonPage *compare(const QStringList &names);

    std::unique_ptr<test::LocalConsole> m_console;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TrainingJobsPage *m_list = nullptr;
};

void TestJobComparisonPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobComparisonPage::init()
{
    // A slow clock keeps the demo's running job running for the whole test.
    m_console = std::make_unique<test::LocalConsole>(test::LocalBackend::Options { 1.0, true, QString() });
    QVERIFY2(m_console->isRunning(), qPrintable(m_console->error()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    m_window->setConnection(m_console->connection());
    m_window->showPage(ui::kTrainingJobsPageId);
    m_list = m_window->page<ui::TrainingJobsPage>();
    QTRY_COMPARE_WITH_TIMEOUT(m_list->model()->rowCount(), kDemoJobs, kWaitMs);
}

void TestJobComparisonPage::cleanup()
{
    m_window.reset();
    m_console.reset();
}

QString TestJobComparisonPage::idOf(const QString &name) const
{
    const TrainingJobListModel *model = m_list->model();
    for (int row = 0; row < model->rowCount(); ++row)
    {
        if (model->index(row, TrainingJobListModel::Name).data().toString() == name)
            return model->index(row, 0).data(TrainingJobListModel::JobIdRole).toString();
    }
    return QString();
}

void TestJobComparisonPage::selectNames(const QStringList &names)
{
    QTableView *view = m_list->view();
    QItemSelectionModel *selection = view->selectionModel();
    selection->clearSelection();
    for (const QString &name : names)
    {
        int found = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row)
        {
            if (view->model()->index(row, TrainingJobListModel::Name).data().toString() == name)
                found = row;
        }
        QVERIFY2(found >= 0, qPrintable(name));
        selection->select(view->model()->index(found, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

ui::JobComparisonPage *TestJobComparisonPage::compare(const QStringList &names)
{
    selectNames(names);
    if (!m_list->compareAction()->isEnabled())
        return nullptr;
    m_list->compareAction()->trigger();
    auto *page = m_window->page<ui::JobComparisonPage>();
    if (m_window->currentPageId() != ui::kJobComparisonPageId)
        return nullptr;
    return page;
}

void TestJobComparisonPage::registeredUnderTrainingJobs()
{
    const ui::PageEntry *entry = ui::PageRegistry::find(ui::kJobComparisonPageId);
    QVERIFY(entry);
    QCOMPARE(entry->parentId, ui::kTrainingJobsPageId);
    QVERIFY(!entry->title); // a sub-page: no navigation entry of its own
    QVERIFY(m_window->page<ui::JobComparisonPage>());
}

void TestJobComparisonPage::compareNeedsTwoToSixJobs()
{
    QAction *action = m_list->compareAction();
    QVERIFY(!action->shortcut().isEmpty());
    selectNames({});
    QVERIFY(!action->isEnabled());
    selectNames({ QStringLiteral("bert-finetune-squad") });
    QVERIFY(!action->isEnabled());
    selectNames({ QStringLiteral("bert-finetune-squad"), QStringLiteral("yolov5-detection-exp3") });
    QVERIFY(action->isEnabled());

    // Seven is over the limit, and the tooltip says so.
    QStringList all;
    for (int row = 0; row < m_list->model()->rowCount(); ++row)
        all << m_list->model()->index(row, TrainingJobListModel::Name).data().toString();
    QCOMPARE(all.size(), 7);
    selectNames(all.mid(0, 6));
    QVERIFY(action->isEnabled());
    selectNames(all);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("At most 6")), qPrintable(action->toolTip()));

    // The context menu offers it with the other row actions.
    QVERIFY(m_list->actions().contains(action));
}

void TestJobComparisonPage::compareOpensThePageWithOneColumnPerJob()
{
    const QStringList names { QStringLiteral("yolov5-detection-exp3"), QStringLiteral("bert-finetune-squad"),
        QStringLiteral("resnet50-imagenet-baseline") };
    ui::JobComparisonPage *page = compare(names);
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->jobCount(), 3, kWaitMs);

    // Columns in the list's order of the selection, named after the jobs.
    const QStringList ids = page->jobIds();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(page->model()->columnCount(), 4);
    QStringList headers;
    for (int c = JobComparisonModel::FirstJobColumn; c < page->table()->model()->columnCount(); ++c)
        headers << page->table()->model()->headerData(c, Qt::Horizontal).toString();
    QStringList sorted = headers;
    sorted.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(sorted, expected);
    for (int j = 0; j < 3; ++j)
        QCOMPARE(page->model()->jobId(j), ids.at(j));

    // What the demo jobs were created with differently is marked; what they share is not.
    const QStringList differing = page->model()->differingKeys();
    QVERIFY2(differing.contains(QStringLiteral("parameter.learning_rate")), qPrintable(differing.join(u' ')));
    QVERIFY(differing.contains(QStringLiteral("algorithm.codeDir")));
    QVERIFY(differing.contains(QStringLiteral("resource.flavor")));
    QVERIFY(differing.contains(QStringLiteral("status.phase"))); // a Failed job among Completed ones
    QVERIFY(!differing.contains(QStringLiteral("parameter.epochs")));
    QVERIFY(!differing.contains(QStringLiteral("parameter.batch_size")));
    QVERIFY(page->model()->rowOfKey(QStringLiteral("parameter.epochs")) >= 0);

    // The header names each job as a link to its details.
    for (const QString &id : ids)
        QVERIFY(page->jobsLabel()->text().contains(id));
    for (const QString &name : names)
        QVERIFY(page->jobsLabel()->text().contains(name));

    // Section rows span the table.
    const int section
        = page->model()->rowOfKey(QStringLiteral("section.%1").arg(int(JobComparisonModel::Section::Hyperparameters)));
    QCOMPARE(page->table()->columnSpan(section, 0), 4);
}

void TestJobComparisonPage::differencesOnlyHidesTheSameSettings()
{
    ui::JobComparisonPage *page
        = compare({ QStringLiteral("bert-finetune-squad"), QStringLiteral("yolov5-detection-exp3") });
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->jobCount(), 2, kWaitMs);
    const QAbstractItemModel *shown = page->table()->model();
    const int all = shown->rowCount();
    QCOMPARE(all, page->model()->rowCount());

    QVERIFY(!page->differencesOnlyAction()->shortcut().isEmpty());
    page->differencesOnlyAction()->trigger();
    QVERIFY(page->filterModel()->differencesOnly());
    QVERIFY(shown->rowCount() < all);
    int settings = 0;
    for (int row = 0; row < shown->rowCount(); ++row)
    {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(JobComparisonModel::RowKindRole).value<JobComparisonModel::RowKind>()
            == JobComparisonModel::RowKind::Section)
        {
            QVERIFY(index.data(JobComparisonModel::SectionDifferencesRole).toInt() > 0);
            QCOMPARE(page->table()->columnSpan(row, 0), 3);
            continue;
        }
        QVERIFY2(index.data(JobComparisonModel::DiffersRole).toBool(), qPrintable(index.data().toString()));
        ++settings;
    }
    QCOMPARE(settings, page->model()->differenceCount());

    page->differencesOnlyAction()->trigger();
    QCOMPARE(shown->rowCount(), all);
}

void TestJobComparisonPage::copiesTheTable()
{
    ui::JobComparisonPage *page
        = compare({ QStringLiteral("bert-finetune-squad"), QStringLiteral("yolov5-detection-exp3") });
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->jobCount(), 2, kWaitMs);
    page->differencesOnlyAction()->setChecked(true);

    page->copyMarkdownAction()->trigger();
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY2(markdown.contains(QStringLiteral("≠ **learning_rate** |")), qPrintable(markdown));
    QVERIFY(!markdown.contains(QStringLiteral("epochs"))); // the same in both: hidden, so not copied

    page->copyCsvAction()->trigger();
    const QString csv = QGuiApplication::clipboard()->text();
    QVERIFY(csv.startsWith(QStringLiteral("Section,Setting,Differs,")));
    QCOMPARE(csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + page->model()->differenceCount());
}

void TestJobComparisonPage::chartsOverlayOneSeriesPerJob()
{
    const QStringList names { QStringLiteral("bert-finetune-squad"), QStringLiteral("resnet50-imagenet-baseline") };
    ui::JobComparisonPage *page = compare(names);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->metricsLoaded(), kWaitMs);

    const QStringList metrics = page->chartMetricIds();
    QVERIFY2(metrics.contains(QStringLiteral("cpuUsage")), qPrintable(metrics.join(u' ')));
    QVERIFY(metrics.contains(QStringLiteral("gpuUtil"))); // both run on GPU flavors
    for (const QString &metric : metrics)
    {
        widgets::ChartWidget *chart = page->chart(metric);
        QVERIFY(chart);
        QCOMPARE(chart->timeAxis(), widgets::ChartWidget::TimeAxis::Elapsed);
        QCOMPARE(chart->seriesCount(), 2);
        QStringList seriesNames;
        for (const QString &id : chart->seriesIds())
        {
            QVERIFY(page->jobIds().contains(id));
            seriesNames << chart->series(id).name();
            // Each from its own start: the demo jobs ran days apart, their samples begin within a minute.
            QVERIFY(chart->series(id).firstTime() >= 0 && chart->series(id).firstTime() < 60000);
        }
        seriesNames.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(seriesNames, expected);
        // Each job keeps its colour in every chart (the header's swatch).
        QCOMPARE(
            chart->seriesColor(page->jobIds().at(0)), page->chart(metrics.first())->seriesColor(page->jobIds().at(0)));
    }
}

void TestJobComparisonPage::jobLinksOpenTheirDetails()
{
    ui::JobComparisonPage *page
        = compare({ QStringLiteral("bert-finetune-squad"), QStringLiteral("yolov5-detection-exp3") });
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->jobCount(), 2, kWaitMs);
    const QString id = idOf(QStringLiteral("yolov5-detection-exp3"));
    emit page->jobsLabel()->linkActivated(id);
    QCOMPARE(m_window->currentPageId(), ui::kTrainingJobDetailsPageId);
}

void TestJobComparisonPage::moreThanSixAreCutToSix()
{
    // Opened by id (the command palette, another page): the first six, and a note says so.
    QStringList ids;
    for (int row = 0; row < m_list->model()->rowCount(); ++row)
        ids << m_list->model()->index(row, 0).data(TrainingJobListModel::JobIdRole).toString();
    QCOMPARE(ids.size(), 7);
    auto *page = m_window->page<ui::JobComparisonPage>();
    QSignalSpy notes(page, &ui::ConsolePage::statusMessage);
    m_window->navigate(ui::kJobComparisonPageId, ids);
    QCOMPARE(page->jobIds(), ids.mid(0, ui::kMaxComparedJobs));
    QCOMPARE(notes.count(), 1);
    QVERIFY(notes.first().at(0).toString().contains(QStringLiteral("at most 6")));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->jobCount(), 6, kWaitMs);
    QCOMPARE(page->model()->columnCount(), 7);
}

void TestJobComparisonPage::refreshUpdatesInPlace()
{
    // The demo's running job is live: a refresh reads it again and the cells change in place.
    ui::JobComparisonPage *page = compare({ QStringLiteral("llama-lora-sft"), QStringLiteral("bert-finetune-squad") });
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->jobCount(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->metricsLoaded(), kWaitMs);
    QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(page->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(page->loader(), &models::JobComparisonLoader::jobsLoaded);
    QVERIFY(page->refreshAction()->isEnabled());
    page->refreshAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(page->model()->jobCount(), 2);
}

void TestJobComparisonPage::shortcutsAreListed()
{
    // Help > Keyboard Shortcuts lists the pages' actions without an edit of its own.
    bool compareListed = false;
    bool differencesListed = false;
    for (const ui::ShortcutRow &row : m_window->shortcutRows())
    {
        compareListed = compareListed
            || (row.action == QStringLiteral("Compare")
                && row.keys == m_list->compareAction()->shortcut().toString(QKeySequence::NativeText));
        differencesListed = differencesListed || row.action == QStringLiteral("Show differences only");
    }
    QVERIFY(compareListed);
    QVERIFY(differencesListed);
}

QTEST_MAIN(TestJobComparisonPage)
#include "tst_jobcomparisonpage.moc"
