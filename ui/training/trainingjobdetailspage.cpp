#include "trainingjobdetailspage.h"

#include "api/algorithmrequests.h"
#include "api/apiclient.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/datasetcatalog.h"
#include "models/systemlogfilter.h"
#include "models/tasklogfetcher.h"
#include "models/trainingeventmodel.h"
#include "models/trainingjobdraft.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobtext.h"
#include "models/traininglogbatchdownload.h"
#include "models/trainingmetrics.h"
#include "ui/confirmation.h"
#include "ui/errorbanner.h"
#include "ui/training/autosearchresultstab.h"
#include "ui/training/prioritydialog.h"
#include "ui/training/saveasalgorithmdialog.h"
#include "ui/training/trainingpageids.h"
#include "widgets/chartwidget.h"
#include "widgets/consoletable.h"
#include "widgets/logviewer.h"
#include "widgets/overviewpanel.h"
#include "widgets/statuspalette.h"
#include "widgets/tagstab.h"
#include "widgets/theme.h"

#include <algorithm>
#include <cmath>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using api::TrainingJob;

constexpr int kTickMs = 1000;
constexpr int kProgressHideMs = 4000;

/** Event levels in the tone of the status badges: errors red, warnings amber. */
class EventLevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString level = index.data(models::TrainingEventModel::LevelRole).toString();
        widgets::StatusTone tone = widgets::StatusTone::Neutral;
        if (level.compare(QStringLiteral("Error"), Qt::CaseInsensitive) == 0)
            tone = widgets::StatusTone::Failure;
        else if (level.compare(QStringLiteral("Warning"), Qt::CaseInsensitive) == 0)
            tone = widgets::StatusTone::Warning;
        if (tone == widgets::StatusTone::Neutral)
            return;
        option->palette.setColor(QPalette::Text, widgets::badgeColor(tone));
        option->font.setBold(true);
    }
};

QString poolIdOf(const TrainingJob &job)
{
    if (job.spec && job.spec->resource)
        return job.spec->resource->poolId.value_or(QString());
    return QString();
}

std::optional<int> priorityOf(const TrainingJob &job)
{
    if (job.spec && job.spec->schedulePolicy)
        return job.spec->schedulePolicy->priority;
    return std::nullopt;
}

QString jsonString(const api::Json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key) || !j.at(key).is_string())
        return QString();
    return QString::fromStdString(j.at(key).get<std::string>());
}

QString formatTime(qint64 ms)
{
    return ms > 0 ? models::TrainingEventModel::formatTime(QDateTime::fromMSecsSinceEpoch(ms)) : QString();
}

/** status.running_records[].end_recover as the console words it (training.md §4.4). */
QString recoveryActionText(const QString &action)
{
    if (action == u"npu_proc_restart")
        return TrainingJobDetailsPage::tr("NPU process-level restart");
    if (action == u"gpu_proc_restart")
        return TrainingJobDetailsPage::tr("GPU process-level restart");
    if (action == u"proc_restart")
        return TrainingJobDetailsPage::tr("Process-level restart");
    if (action == u"pod_reschedule")
        return TrainingJobDetailsPage::tr("POD-level rescheduling");
    if (action == u"job_reschedule")
        return TrainingJobDetailsPage::tr("Job-level rescheduling");
    if (action == u"job_reschedule_with_taint")
        return TrainingJobDetailsPage::tr("Isolated job-level rescheduling");
    return action;
}

QString obtainedFromText(const std::optional<QString> &accessMethod)
{
    // The service's access_method: "parameter" (hyperparameter, the default) or "env".
    const QString method = accessMethod.value_or(QString());
    if (method.compare(QStringLiteral("env"), Qt::CaseInsensitive) == 0
        || method.compare(QStringLiteral("environments"), Qt::CaseInsensitive) == 0)
        return TrainingJobDetailsPage::tr("Environment variables");
    return TrainingJobDetailsPage::tr("Hyperparameters");
}
} // namespace

TrainingJobDetailsPage::TrainingJobDetailsPage(QWidget *parent)
    : ResourceDetailsPage(texts(), parent)
    , m_logFetcher(new models::TaskLogFetcher(this))
    , m_systemLogFilter(new models::SystemLogFilter(this))
    , m_events(new models::TrainingEventModel(this))
    , m_datasets(new models::DatasetCatalog(this))
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    m_logFetcher->setIntervalMs(kLogPollMs);
    buildLayout();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TrainingJobDetailsPage::refresh);
    m_tickTimer->setInterval(kTickMs);
    connect(m_tickTimer, &QTimer::timeout, this, &TrainingJobDetailsPage::updateDuration);

    connect(
        this, &TrainingJobDetailsPage::backRequested, this, [this] { emit navigationRequested(kTrainingJobsPageId); });
    connect(this, &TrainingJobDetailsPage::rebuildRequested, this,
        [this](const api::TrainingJob &job)
        { emit navigationRequested(kCreateTrainingJobPageId, QVariant::fromValue(job)); });
    connect(this, &TrainingJobDetailsPage::jobDeleted, this,
        [this] { emit navigationRequested(kTrainingJobsPageId, kReloadArgument); });

    // Fetcher -> System logs filter -> viewer.
    connect(m_logFetcher, &models::TaskLogFetcher::textReset, m_systemLogFilter, &models::SystemLogFilter::reset);
    connect(m_logFetcher, &models::TaskLogFetcher::textAppended, m_systemLogFilter, &models::SystemLogFilter::append);
    connect(m_systemLogFilter, &models::SystemLogFilter::textReset, m_logViewer, &widgets::LogViewer::setText);
    connect(m_systemLogFilter, &models::SystemLogFilter::textAppended, m_logViewer, &widgets::LogViewer::appendText);
    connect(m_logFetcher, &models::TaskLogFetcher::fetched, m_logBanner, &ErrorBanner::dismiss);
    connect(m_logFetcher, &models::TaskLogFetcher::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error, m_logBanner); });

    connect(m_events, &models::TrainingEventModel::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error, m_eventBanner); });
    const auto updateEventCount = [this]
    {
        const int n = m_events->rowCount();
        m_eventCount->setText(m_events->state().loading && n == 0 ? tr("Loading…") : tr("%n events", nullptr, n));
    };
    connect(m_events, &models::TrainingEventModel::stateChanged, this, updateEventCount);
    connect(m_events, &models::TrainingEventModel::loaded, m_eventBanner, &ErrorBanner::dismiss);
    connect(m_events, &QAbstractItemModel::rowsInserted, this, updateEventCount);
    connect(m_events, &QAbstractItemModel::modelReset, this, updateEventCount);

    updateHeader();
    updateActions();
}

TrainingJobDetailsPage::~TrainingJobDetailsPage() = default;

ResourceDetailsPage::Texts TrainingJobDetailsPage::texts()
{
    Texts t;
    t.listTitle = tr("Training Jobs");
    t.backToolTip = tr("Back to the list of training jobs");
    t.refreshToolTip = tr("Reload the job");
    return t;
}

// ---------------------------------------------------------------------------------------
// Layout

void TrainingJobDetailsPage::buildLayout()
{
    nameLabel()->setObjectName(QStringLiteral("jobName"));
    m_stop = addHeaderButton(tr("Stop"), QStringLiteral("stopButton"), QStyle::SP_MediaStop,
        tr("Stop the job; only creating, pending and running jobs can be stopped"));
    m_rebuild = addHeaderButton(tr("Rebuild"), QStringLiteral("rebuildButton"), QStyle::SP_FileDialogNewFolder,
        tr("Create a new job from this job's settings"));
    m_priority = addHeaderButton(tr("Priority…"), QStringLiteral("priorityButton"), QStyle::SP_ArrowUp);
    m_delete
        = addHeaderButton(tr("Delete"), QStringLiteral("deleteButton"), QStyle::SP_TrashIcon, tr("Delete the job"));
    m_more = addHeaderButton(tr("More"), QStringLiteral("moreButton"), QStyle::SP_ToolBarVerticalExtensionButton,
        tr("More operations on this job"));
    auto *moreMenu = new QMenu(m_more);
    m_saveAsAlgorithm = moreMenu->addAction(tr("Save as Algorithm…"));
    m_saveAsAlgorithm->setObjectName(QStringLiteral("saveAsAlgorithmAction"));
    m_saveAsAlgorithm->setToolTip(tr("Keep this job's code, image and hyperparameters as an algorithm"));
    connect(m_saveAsAlgorithm, &QAction::triggered, this, &TrainingJobDetailsPage::saveAsAlgorithm);
    m_more->setMenu(moreMenu);
    connect(m_stop, &QPushButton::clicked, this, &TrainingJobDetailsPage::stopJob);
    connect(m_rebuild, &QPushButton::clicked, this, &TrainingJobDetailsPage::rebuildJob);
    connect(m_delete, &QPushButton::clicked, this, &TrainingJobDetailsPage::deleteJob);
    connect(m_priority, &QPushButton::clicked, this, &TrainingJobDetailsPage::changePriority);

    m_basicGroup = overview()->addGroup(tr("Basic Settings"));
    m_algorithmGroup = overview()->addGroup(tr("Algorithm Parameters"));
    m_faultGroup = overview()->addGroup(tr("Fault Recovery"));
    connect(m_datasets, &models::DatasetCatalog::datasetsChanged, this, &TrainingJobDetailsPage::updateOverview);
    connect(m_datasets, &models::DatasetCatalog::versionsChanged, this, &TrainingJobDetailsPage::updateOverview);
    connect(overview(), &widgets::OverviewPanel::editRequested, this, &TrainingJobDetailsPage::editDescription);

    addTab(buildLogsTab(), tr("Logs"));
    addTab(buildEventsTab(), tr("Events"));
    addTab(buildResourceTab(), tr("Resource Usage"));
    m_tagsTab = new widgets::TagsTab(
        api::training::kMaxTrainingJobTags, tr("A training job has at most %1 tags; delete one first."));
    connect(m_tagsTab, &widgets::TagsTab::addRequested, this, &TrainingJobDetailsPage::addTag);
    connect(m_tagsTab, &widgets::TagsTab::deleteRequested, this, &TrainingJobDetailsPage::deleteTags);
    addTagsTab(m_tagsTab);
    // Only hyperparameter search jobs have trials (onJobLoaded shows the tab for them).
    m_autoSearchTab = new AutoSearchResultsTab;
    addTab(m_autoSearchTab, tr("Auto Search Results"));
    tabs()->setTabVisible(AutoSearchTab, false);
    connect(m_autoSearchTab, &AutoSearchResultsTab::loaded, this, &TrainingJobDetailsPage::autoSearchLoaded);
    connect(tabs(), &QTabWidget::currentChanged, this, [this] { refreshCurrentTab(); });
}

QWidget *TrainingJobDetailsPage::buildLogsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    m_logBanner = new ErrorBanner(tab);
    m_logBanner->setObjectName(QStringLiteral("logBanner"));
    m_logBanner->hide();

    m_logViewer = new widgets::LogViewer(tab);
    m_logViewer->setObjectName(QStringLiteral("logViewer"));
    m_logViewer->editor()->setPlaceholderText(tr("No log yet. The log appears here once the job runs."));
    // A row above the viewer for what picks the lines (node, System logs) and Download All: the
    // viewer's own toolbar is full, and the page must fit a 1280 px window.
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->setSpacing(6);
    auto *nodeLabel = new QLabel(tr("Node"), tab);
    m_logTask = new QComboBox(tab);
    m_logTask->setObjectName(QStringLiteral("logTaskCombo"));
    m_logTask->setToolTip(tr("The node (task) whose log is shown"));
    m_logTask->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_logTask->setMinimumContentsLength(10);
    sourceRow->addWidget(nodeLabel);
    sourceRow->addWidget(m_logTask);
    sourceRow->addSpacing(12);
    // The console's "System logs": checked shows the platform's lines too, unchecked the job's only.
    m_systemLogs = new QCheckBox(tr("System logs"), tab);
    m_systemLogs->setObjectName(QStringLiteral("systemLogsCheck"));
    m_systemLogs->setChecked(true);
    m_systemLogs->setToolTip(tr("Show the lines ModelArts writes ([ModelArts Service Log]) besides the job's own"));
    sourceRow->addWidget(m_systemLogs);
    sourceRow->addStretch(1);
    connect(m_systemLogs, &QCheckBox::toggled, m_systemLogFilter, &models::SystemLogFilter::setShowSystemLines);
    connect(m_logTask, &QComboBox::currentIndexChanged, this,
        [this]
        {
            if (tabs()->currentIndex() == LogsTab)
                refreshCurrentTab();
        });
    connect(m_logViewer, &widgets::LogViewer::downloadRequested, this, &TrainingJobDetailsPage::downloadLog);
    m_downloadAll = new QToolButton(tab);
    m_downloadAll->setObjectName(QStringLiteral("downloadAllLogsButton"));
    m_downloadAll->setText(tr("Download All…"));
    m_downloadAll->setToolTip(tr("Save the full log of every node into a folder, one file per node"));
    m_downloadAll->setEnabled(false); // once the tasks are known
    connect(m_downloadAll, &QToolButton::clicked, this, &TrainingJobDetailsPage::downloadAllLogs);
    sourceRow->addWidget(m_downloadAll);

    layout->addWidget(m_logBanner);
    layout->addLayout(sourceRow);
    layout->addWidget(m_logViewer, 1);
    return tab;
}

QWidget *TrainingJobDetailsPage::buildEventsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    auto *levelLabel = new QLabel(tr("Level"), tab);
    m_eventLevel = new QComboBox(tab);
    m_eventLevel->setObjectName(QStringLiteral("eventLevelCombo"));
    m_eventLevel->addItem(tr("All levels"), QString());
    m_eventLevel->addItem(tr("Info"), QStringLiteral("Info"));
    m_eventLevel->addItem(tr("Warning"), QStringLiteral("Warning"));
    m_eventLevel->addItem(tr("Error"), QStringLiteral("Error"));
    m_eventLevel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_eventLevel, &QComboBox::currentIndexChanged, this,
        [this] { m_events->setLevelFilter(m_eventLevel->currentData().toString()); });
    auto *refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), tab);
    refresh->setObjectName(QStringLiteral("eventRefreshButton"));
    connect(refresh, &QPushButton::clicked, m_events, &models::TrainingEventModel::refresh);
    m_eventCount = new QLabel(tab);
    m_eventCount->setObjectName(QStringLiteral("eventCount"));
    m_eventCount->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(levelLabel);
    bar->addWidget(m_eventLevel);
    bar->addWidget(refresh);
    bar->addStretch(1);
    bar->addWidget(m_eventCount);

    m_eventBanner = new ErrorBanner(tab);
    m_eventBanner->setObjectName(QStringLiteral("eventBanner"));
    m_eventBanner->hide();

    m_eventView = new QTableView(tab);
    m_eventView->setObjectName(QStringLiteral("eventView"));
    m_eventView->setModel(m_events);
    m_eventView->setItemDelegateForColumn(models::TrainingEventModel::Level, new EventLevelDelegate(m_eventView));
    widgets::applyConsoleTableLook(m_eventView);
    m_eventView->setTextElideMode(Qt::ElideRight);
    m_eventView->verticalHeader()->setDefaultSectionSize(m_eventView->fontMetrics().height() + 10);
    QHeaderView *header = m_eventView->horizontalHeader();
    header->setSectionResizeMode(models::TrainingEventModel::Level, QHeaderView::Fixed);
    header->resizeSection(
        models::TrainingEventModel::Level, m_eventView->fontMetrics().horizontalAdvance(tr("Event Type")) + 40);
    header->setSectionResizeMode(models::TrainingEventModel::Message, QHeaderView::Stretch);
    header->setSectionResizeMode(models::TrainingEventModel::Occurred, QHeaderView::Fixed);
    header->resizeSection(models::TrainingEventModel::Occurred,
        m_eventView->fontMetrics().horizontalAdvance(QStringLiteral("0000/00/00 00:00:00 GMT+00:00")) + 24);

    layout->addLayout(bar);
    layout->addWidget(m_eventBanner);
    layout->addWidget(m_eventView, 1);
    return tab;
}

QWidget *TrainingJobDetailsPage::buildResourceTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    auto *nodeLabel = new QLabel(tr("Node"), tab);
    m_metricsTask = new QComboBox(tab);
    m_metricsTask->setObjectName(QStringLiteral("metricsTaskCombo"));
    m_metricsTask->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricsTask->setMinimumContentsLength(10);
    connect(m_metricsTask, &QComboBox::currentIndexChanged, this,
        [this]
        {
            if (tabs()->currentIndex() == ResourceUsageTab)
            {
                m_chart->clear();
                loadMetrics();
            }
        });
    auto *refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), tab);
    refresh->setObjectName(QStringLiteral("metricsRefreshButton"));
    connect(refresh, &QPushButton::clicked, this, &TrainingJobDetailsPage::loadMetrics);
    auto *hint = new QLabel(tr("Click a legend entry to show or hide a series."), tab);
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(nodeLabel);
    bar->addWidget(m_metricsTask);
    bar->addWidget(refresh);
    bar->addStretch(1);
    bar->addWidget(hint);

    m_metricsBanner = new ErrorBanner(tab);
    m_metricsBanner->setObjectName(QStringLiteral("metricsBanner"));
    m_metricsBanner->hide();

    m_chart = new widgets::ChartWidget(tab);
    m_chart->setObjectName(QStringLiteral("usageChart"));
    m_chart->setTitle(tr("Resource usage"));
    m_chart->setValueAxis(tr("Usage"), QStringLiteral("%"), 0.0, 100.0);

    layout->addLayout(bar);
    layout->addWidget(m_metricsBanner);
    layout->addWidget(m_chart, 1);
    return tab;
}

// ---------------------------------------------------------------------------------------
// Connection and job

void TrainingJobDetailsPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    api::ApiClient *client = connection ? connection->client() : nullptr;
    m_logFetcher->setClient(client);
    m_events->setClient(client);
    m_datasets->setClient(client);
    if (!m_jobId.isEmpty())
    {
        const QString id = m_jobId;
        m_jobId.clear();
        showJob(id);
    }
}

models::Connection *TrainingJobDetailsPage::connection() const
{
    return m_connection;
}

void TrainingJobDetailsPage::showJob(const QString &jobId)
{
    if (jobId != m_jobId)
    {
        m_jobId = jobId;
        resetForJob();
    }
    refresh();
}

void TrainingJobDetailsPage::resetForJob()
{
    newGeneration();
    m_job.reset();
    m_jobLoading = false;
    m_tagsBusy = false;
    m_tagsTab->clear();
    m_autoSearchTab->setJob(nullptr, QString(), {});
    tabs()->setTabVisible(AutoSearchTab, false);
    m_wasLive = false;
    m_tasksLoaded = false;
    m_metricsLoading = false;
    m_taskNames.clear();
    m_refreshTimer->stop();
    m_tickTimer->stop();
    if (m_download)
        m_download->cancel();
    banner()->dismiss();
    m_logBanner->dismiss();
    m_eventBanner->dismiss();
    m_metricsBanner->dismiss();
    m_logFetcher->setPolling(false);
    m_logFetcher->setTask(QString(), QString());
    m_systemLogFilter->reset(QString()); // forget the previous job's lines
    m_logViewer->clear();
    m_logViewer->setProgress(-1);
    m_events->setJobId(m_jobId);
    m_chart->clear();
    m_chart->setEmptyText(tr("Loading…"));
    {
        const QSignalBlocker a(m_logTask);
        const QSignalBlocker b(m_metricsTask);
        m_logTask->clear();
        m_metricsTask->clear();
    }
    overview()->clear();
    updateHeader();
    updateActions();
}

void TrainingJobDetailsPage::refresh()
{
    loadJob();
}

void TrainingJobDetailsPage::loadJob()
{
    if (!m_connection || m_jobId.isEmpty() || m_jobLoading)
        return;
    m_jobLoading = true;
    m_refreshTimer->stop();
    api::ApiCall *call = m_connection->client()->send(api::training::show(m_jobId));
    const quint64 sent = generation();
    api::whenDecoded<TrainingJob>(call, this,
        [this, sent](const api::Typed<TrainingJob> &result)
        {
            if (sent != generation())
                return;
            m_jobLoading = false;
            if (!result.ok())
            {
                reportError(result.error);
                // Keep trying while the job may still change (a network hiccup is not the end).
                if (!result.error.isNotFound() && (!m_job || isLive()))
                    scheduleRefresh();
                return;
            }
            banner()->dismiss();
            onJobLoaded(result.value);
        });
}

void TrainingJobDetailsPage::onJobLoaded(const TrainingJob &job)
{
    const bool firstLoad = !m_job;
    m_job = job;
    const bool searchJob = job.algorithm && job.algorithm->policies && job.algorithm->policies->autoSearch;
    if (firstLoad && searchJob && m_connection)
        m_autoSearchTab->setJob(m_connection->client(), m_jobId, *job.algorithm->policies->autoSearch);
    tabs()->setTabVisible(AutoSearchTab, searchJob);
    updateHeader();
    updateActions();
    updateOverview();
    loadDatasetNames();

    const bool live = isLive();
    const bool becameTerminal = m_wasLive && !live;
    m_wasLive = live;
    if (live)
        m_tickTimer->start();
    else
        m_tickTimer->stop();

    // Tasks exist once the job is scheduled; ask again until the service knows them.
    if (!m_tasksLoaded || firstLoad)
        loadTasks();
    else
        refreshCurrentTab();

    if (becameTerminal)
    {
        // The last lines and events arrive with the final status: read every tab once more.
        m_events->refresh();
        m_logFetcher->fetch();
    }
    if (live)
        scheduleRefresh();
    emit jobLoaded();
}

void TrainingJobDetailsPage::loadTasks()
{
    if (!m_connection || m_jobId.isEmpty())
        return;
    api::ApiCall *call = m_connection->client()->send(api::training::tasks(m_jobId));
    const quint64 sent = generation();
    api::whenDecoded<api::TrainingTaskList>(call, this,
        [this, sent](const api::Typed<api::TrainingTaskList> &result)
        {
            if (sent != generation())
                return;
            QStringList names;
            if (result.ok())
            {
                for (const api::TrainingTask &task : result.value)
                    if (!task.task.isEmpty())
                        names << task.task;
            }
            else if (result.error.kind != api::ApiError::Kind::Canceled)
            {
                emit errorOccurred(result.error);
            }
            if (!names.isEmpty())
                m_tasksLoaded = true;
            else if (m_job && m_job->status.tasks && !m_job->status.tasks->empty())
                for (const QString &task : *m_job->status.tasks)
                    names << task;
            if (names.isEmpty())
                names << QStringLiteral("worker-0");
            setTasks(names);
            refreshCurrentTab();
        });
}

void TrainingJobDetailsPage::setTasks(const QStringList &tasks)
{
    if (tasks == m_taskNames)
        return;
    m_taskNames = tasks;
    for (QComboBox *combo : { m_logTask, m_metricsTask })
    {
        const QString current = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(tasks);
        const int index = combo->findText(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        combo->setEnabled(tasks.size() > 1);
    }
    m_downloadAll->setEnabled(!tasks.isEmpty() && !m_batchDownload);
}

QString TrainingJobDetailsPage::currentLogTask() const
{
    return m_logTask->currentText();
}

QString TrainingJobDetailsPage::currentMetricsTask() const
{
    return m_metricsTask->currentText();
}

bool TrainingJobDetailsPage::isLive() const
{
    return m_job && !api::isTerminalPhase(m_job->status.phase);
}

void TrainingJobDetailsPage::scheduleRefresh()
{
    if (isVisible() && !m_jobLoading)
        m_refreshTimer->start();
}

void TrainingJobDetailsPage::refreshCurrentTab()
{
    updateLogPolling();
    if (!m_job || m_jobId.isEmpty())
        return;
    switch (tabs()->currentIndex())
    {
    case LogsTab:
        m_logFetcher->fetch();
        break;
    case EventsTab:
        m_events->refresh();
        break;
    case ResourceUsageTab:
        loadMetrics();
        break;
    case TagsTab:
        loadTags();
        break;
    case AutoSearchTab:
        m_autoSearchTab->refresh();
        break;
    default:
        break;
    }
}

void TrainingJobDetailsPage::updateLogPolling()
{
    const QString task = currentLogTask();
    if (!task.isEmpty() && !m_jobId.isEmpty())
        m_logFetcher->setTask(m_jobId, task);
    // Follow mode: poll the preview while the job runs and the log is on screen.
    const bool poll = isLive() && !task.isEmpty() && isVisible() && tabs()->currentIndex() == LogsTab;
    m_logFetcher->setPolling(poll);
}

void TrainingJobDetailsPage::open(const QVariant &argument)
{
    const QString jobId = argument.toString();
    if (!jobId.isEmpty())
        showJob(jobId);
}

void TrainingJobDetailsPage::activeChanged(bool active)
{
    if (!active)
    {
        m_refreshTimer->stop();
        m_logFetcher->setPolling(false);
        return;
    }
    if (isLive())
    {
        scheduleRefresh();
        updateLogPolling();
    }
}

// ---------------------------------------------------------------------------------------
// Metrics

void TrainingJobDetailsPage::loadMetrics()
{
    if (!m_connection || !m_job || m_metricsLoading)
        return;
    const QString task = currentMetricsTask();
    if (task.isEmpty())
        return;
    const qint64 start = m_job->status.startTime.value_or(0);
    if (start <= 0)
    {
        m_chart->clear();
        m_chart->setEmptyText(tr("The job has not started yet."));
        return;
    }
    // One value per minute on the cloud; modelarts-local gives finer points with `step`.
    std::optional<int> step;
    int stepSeconds = 60;
    if (m_connection->kind() == models::Connection::Kind::Local)
    {
        stepSeconds = models::fineMetricStepSeconds(durationMs());
        step = stepSeconds;
    }
    m_metricsLoading = true;
    api::ApiCall *call = m_connection->client()->send(api::training::metrics(m_jobId, task, step));
    const quint64 sent = generation();
    api::whenDecoded<api::TrainingMetrics>(call, this,
        [this, sent, task, start, stepSeconds](const api::Typed<api::TrainingMetrics> &result)
        {
            if (sent != generation())
                return;
            m_metricsLoading = false;
            if (!result.ok())
            {
                reportError(result.error, m_metricsBanner);
                return;
            }
            m_metricsBanner->dismiss();
            if (task != currentMetricsTask())
                return;
            const qint64 stepMs = qint64(stepSeconds) * 1000;
            for (const QString &id : models::trainingMetricIds())
            {
                const api::TrainingMetricSeries *series = api::findMetric(result.value, id);
                const std::optional<models::TimeSeries> ts = series
                    ? models::trainingMetricSeries(*series, models::trainingMetricTitle(id), start, stepMs)
                    : std::nullopt;
                if (ts)
                    m_chart->setSeries(id, *ts);
                else
                    m_chart->removeSeries(id);
            }
            m_chart->setEmptyText(tr("No data yet"));
            if (m_job && !isLive() && !m_chart->seriesIds().isEmpty())
            {
                // A finished job: show its whole run, not a window ending now.
                qint64 last = start;
                for (const QString &id : m_chart->seriesIds())
                    last = std::max(last, m_chart->series(id).lastTime());
                const qint64 pad = std::max<qint64>(stepMs, (last - start) / 20);
                m_chart->setVisibleTimeRange(
                    QDateTime::fromMSecsSinceEpoch(start - pad), QDateTime::fromMSecsSinceEpoch(last + pad));
            }
        });
}

// ---------------------------------------------------------------------------------------
// Header, actions, overview

void TrainingJobDetailsPage::updateHeader()
{
    setWatchTarget(m_connection, models::WatchKind::TrainingJob, m_jobId, m_job ? m_job->metadata.name : QString());
    if (!m_job)
    {
        setDisplayName(m_jobId.isEmpty() ? QString() : tr("Loading…"));
        clearStatus();
        return;
    }
    setDisplayName(m_job->metadata.name);
    const QString phase = m_job->status.phase;
    QString text = widgets::statusText(phase);
    const QString secondary = m_job->status.secondaryPhase.value_or(QString());
    if (!secondary.isEmpty() && secondary.compare(phase, Qt::CaseInsensitive) != 0)
        text += QStringLiteral(" · ") + widgets::statusText(secondary);
    setStatus(text, widgets::Theme::badgeName(widgets::toneOf(phase)));
}

void TrainingJobDetailsPage::updateActions()
{
    const bool have = m_job.has_value() && m_connection;
    const api::TrainingPhase phase
        = m_job ? api::trainingPhaseFromString(m_job->status.phase) : api::TrainingPhase::Unknown;
    refreshButton()->setEnabled(!m_jobId.isEmpty() && m_connection);
    m_stop->setEnabled(have && api::canTerminate(phase));
    m_rebuild->setEnabled(have);
    m_delete->setEnabled(have);
    const bool canPrioritize = have && phase == api::TrainingPhase::Pending && !poolIdOf(*m_job).isEmpty();
    m_priority->setEnabled(canPrioritize);
    // A job from a subscribed algorithm cannot be saved as an algorithm (C8:22484).
    const bool subscribed = have && m_job->algorithm && !m_job->algorithm->subscriptionId.value_or(QString()).isEmpty();
    m_saveAsAlgorithm->setEnabled(
        have && m_job->algorithm.has_value() && !subscribed && !m_connection->legacyTrainingApi());
    m_more->setEnabled(have);
    if (m_tagsTab)
        m_tagsTab->setReady(have && !m_tagsBusy);
    m_priority->setToolTip(canPrioritize ? tr("Change the scheduling priority of this queued job")
                                         : tr("The priority can be changed only while the job is pending in a "
                                              "dedicated resource pool"));
}

qint64 TrainingJobDetailsPage::durationMs() const
{
    if (!m_job)
        return 0;
    const qint64 start = m_job->status.startTime.value_or(0);
    if (isLive() && start > 0)
        return std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - start);
    return m_job->status.duration.value_or(0);
}

void TrainingJobDetailsPage::updateDuration()
{
    overview()->setValue(tr("Duration"), models::TrainingJobListModel::formatDuration(durationMs()));
}

QList<widgets::OverviewRow> TrainingJobDetailsPage::basicRows() const
{
    QList<widgets::OverviewRow> rows;
    if (!m_job)
        return rows;
    const TrainingJob &job = *m_job;
    rows.append({ tr("Job ID"), job.metadata.id.value_or(m_jobId) });
    QString status = widgets::statusText(job.status.phase);
    const QString secondary = job.status.secondaryPhase.value_or(QString());
    if (!secondary.isEmpty() && secondary.compare(job.status.phase, Qt::CaseInsensitive) != 0)
        status += QStringLiteral(" (%1)").arg(widgets::statusText(secondary));
    rows.append({ tr("Status"), status });
    rows.append({ tr("Created"), formatTime(job.metadata.createTime.value_or(0)) });
    const qint64 duration = durationMs();
    rows.append({ tr("Duration"),
        duration > 0 || isLive() ? models::TrainingJobListModel::formatDuration(duration) : QStringLiteral("–") });
    if (job.metadata.annotations)
    {
        const auto it = job.metadata.annotations->find(QStringLiteral("fault-tolerance/job-retry-num"));
        if (it != job.metadata.annotations->end() && !it->second.isEmpty())
        {
            const int records = job.status.runningRecords ? int(job.status.runningRecords->size()) : 0;
            rows.append({ tr("Retries"), tr("%1 of %2").arg(std::max(0, records - 1)).arg(it->second) });
        }
    }
    rows.append({ tr("Description"), job.metadata.description.value_or(QString()),
        QStringLiteral("editDescriptionButton"), tr("Edit the description") });
    if (const std::optional<int> priority = priorityOf(job))
        rows.append({ tr("Job Priority"), QString::number(*priority) });
    else if (!poolIdOf(job).isEmpty())
        rows.append({ tr("Job Priority"), QStringLiteral("1") });
    return rows;
}

QList<widgets::OverviewRow> TrainingJobDetailsPage::algorithmRows() const
{
    QList<widgets::OverviewRow> rows;
    if (!m_job)
        return rows;
    const TrainingJob &job = *m_job;
    const auto add = [&rows](const QString &label, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            rows.append({ label, value });
    };
    const api::TrainingAlgorithm algorithm = job.algorithm.value_or(api::TrainingAlgorithm());
    if (algorithm.id)
        add(tr("Algorithm Name"), algorithm.name.value_or(*algorithm.id));
    if (algorithm.engine)
    {
        const api::AlgorithmEngine &engine = *algorithm.engine;
        if (engine.imageUrl && !engine.imageUrl->isEmpty())
            add(tr("Custom image"), *engine.imageUrl);
        else if (engine.engineName)
            add(tr("Preset image"),
                engine.engineName.value() + (engine.engineVersion ? u' ' + *engine.engineVersion : QString()));
        else if (engine.engineId)
            add(tr("Preset image"), *engine.engineId);
    }
    const bool subscribed = algorithm.subscriptionId.has_value();
    if (subscribed)
    {
        add(tr("Subscription ID"), *algorithm.subscriptionId);
        add(tr("Version ID"), algorithm.itemVersionId.value_or(QString()));
    }
    else
    {
        add(tr("Code Directory"), algorithm.codeDir.value_or(QString()));
        add(tr("Boot File"), algorithm.bootFile.value_or(QString()));
    }
    add(tr("Boot Command"), algorithm.command.value_or(QString()));
    const QString userId = jsonString(algorithm.extra, "user_id");
    add(tr("User ID"), userId);
    add(tr("Local Code Directory"), algorithm.localCodeDir.value_or(QString()));
    add(tr("Work Directory"), algorithm.workingDir.value_or(QString()));
    if (job.spec && job.spec->resource)
    {
        const api::TrainingResource &resource = *job.spec->resource;
        if (resource.nodeCount)
            add(tr("Compute Nodes"), QString::number(*resource.nodeCount));
        add(tr("Dedicated resource pool"), resource.poolId.value_or(QString()));
    }
    add(tr("Specifications"), models::trainingFlavorText(job));
    if (algorithm.inputs)
        for (const api::AlgorithmInput &input : *algorithm.inputs)
        {
            QStringList lines { inputSourceText(input.remote) };
            lines << tr("Parameter: %1").arg(input.name)
                  << tr("Obtained from: %1").arg(obtainedFromText(input.accessMethod));
            if (input.localDir)
                lines << tr("Local path: %1").arg(*input.localDir);
            add(tr("Input"), lines.join(u'\n'));
        }
    if (algorithm.outputs)
        for (const api::AlgorithmOutput &output : *algorithm.outputs)
        {
            QStringList lines { models::dataRemoteText(output.remote) };
            lines << tr("Parameter: %1").arg(output.name)
                  << tr("Obtained from: %1").arg(obtainedFromText(output.accessMethod));
            if (output.localDir)
                lines << tr("Local path: %1").arg(*output.localDir);
            add(tr("Output"), lines.join(u'\n'));
        }
    if (algorithm.parameters && !algorithm.parameters->empty())
    {
        QStringList lines;
        for (const api::AlgorithmParameter &p : *algorithm.parameters)
        {
            const bool sensitive = p.constraint && p.constraint->sensitive.value_or(false);
            lines << QStringLiteral("%1 = %2").arg(
                p.name, sensitive ? QStringLiteral("••••••") : p.value.value_or(QString()));
        }
        add(tr("Hyperparameters"), lines.join(u'\n'));
    }
    if (algorithm.policies && algorithm.policies->autoSearch)
    {
        // The search as the job was created with it: metric, algorithms with their values, ranges.
        const api::AutoSearchPolicy &search = *algorithm.policies->autoSearch;
        QStringList lines;
        if (search.rewardAttrs && !search.rewardAttrs->empty())
        {
            const api::RewardAttr &reward = search.rewardAttrs->front();
            lines << tr("Metric: %1 (%2)")
                         .arg(reward.name.value_or(QString()),
                             reward.mode.value_or(QString()) == u"min" ? tr("minimise") : tr("maximise"));
        }
        for (const api::AlgoConfig &config : search.algoConfigs.value_or(std::vector<api::AlgoConfig>()))
        {
            QStringList params;
            for (const api::AlgoConfigParam &p : config.params.value_or(std::vector<api::AlgoConfigParam>()))
                params << QStringLiteral("%1=%2").arg(
                    p.key.value_or(QString()), p.value ? p.value->toString() : QString());
            lines << QStringLiteral("%1 %2").arg(config.name.value_or(QString()), params.join(u' '));
        }
        for (const api::SearchParam &p : search.searchParams.value_or(std::vector<api::SearchParam>()))
            lines << QStringLiteral("%1: %2 ~ %3")
                         .arg(p.name.value_or(QString()), p.lowerBound ? p.lowerBound->toString() : QString(),
                             p.upperBound ? p.upperBound->toString() : QString());
        add(tr("Hyperparameter search"), lines.join(u'\n'));
    }
    if (algorithm.environments && !algorithm.environments->empty())
    {
        QStringList lines;
        for (const auto &[key, value] : *algorithm.environments)
            lines << QStringLiteral("%1 = %2").arg(key, value);
        add(tr("Environment Variables"), lines.join(u'\n'));
    }
    if (job.spec && job.spec->logExportPath)
        add(tr("Job Log Path"),
            job.spec->logExportPath->obsUrl.value_or(job.spec->logExportPath->hostPath.value_or(QString())));
    return rows;
}

QString TrainingJobDetailsPage::inputSourceText(const api::DataRemote &remote) const
{
    if (!remote.dataset || remote.obs)
        return models::dataRemoteText(remote);
    const api::DatasetRef &ref = *remote.dataset;
    const QString versionId = ref.versionId.value_or(QString());
    const api::Dataset *dataset = m_datasets->dataset(ref.id);
    const api::DatasetVersion *version = m_datasets->version(ref.id, versionId);
    QStringList lines;
    lines << (dataset && !dataset->datasetName.isEmpty() ? tr("Dataset: %1 (%2)").arg(dataset->datasetName, ref.id)
                                                         : tr("Dataset: %1").arg(ref.id));
    if (!versionId.isEmpty())
        lines << (version && version->versionName ? tr("Version: %1 (%2)").arg(*version->versionName, versionId)
                                                  : tr("Version: %1").arg(versionId));
    if (ref.obsUrl && !ref.obsUrl->isEmpty())
        lines << tr("Dataset files: %1").arg(*ref.obsUrl);
    return lines.join(u'\n');
}

void TrainingJobDetailsPage::loadDatasetNames()
{
    if (!m_job || !m_job->algorithm || !m_job->algorithm->inputs)
        return;
    for (const api::AlgorithmInput &input : *m_job->algorithm->inputs)
    {
        if (!input.remote.dataset)
            continue;
        m_datasets->ensureDatasets();
        m_datasets->ensureVersions(input.remote.dataset->id);
    }
}

QList<widgets::OverviewRow> TrainingJobDetailsPage::faultRecoveryRows() const
{
    QList<widgets::OverviewRow> rows;
    if (!m_job)
        return rows;
    const TrainingJob &job = *m_job;
    const auto annotation = [&job](const char *key)
    {
        if (!job.metadata.annotations)
            return QString();
        const auto it = job.metadata.annotations->find(QString::fromLatin1(key));
        return it != job.metadata.annotations->end() ? it->second.trimmed() : QString();
    };
    const QString retries = annotation(models::kAnnotationRetryNum);
    const bool unconditional = annotation(models::kAnnotationUnconditionalRetry) == u"true";
    const bool hang = annotation(models::kAnnotationHangRetry) == u"true";
    const std::vector<api::TrainingRunningRecord> records
        = job.status.runningRecords.value_or(std::vector<api::TrainingRunningRecord>());
    const bool recovered = std::any_of(records.begin(), records.end(),
        [](const api::TrainingRunningRecord &r) { return r.endRecover && !r.endRecover->isEmpty(); });
    // The console shows fault recovery only for a job created with Auto Restart or one that recovered.
    if (retries.isEmpty() && !unconditional && !hang && !recovered && records.size() < 2)
        return rows;
    const auto yesNo = [](bool on)
    {
        return on ? tr("Yes", "fault recovery option") : tr("No", "fault recovery option");
    };
    rows.append({ tr("Auto Restart"),
        retries.isEmpty() ? tr("Off", "Auto Restart") : tr("On, at most %1 restarts").arg(retries) });
    rows.append({ tr("Unconditional auto restart"), yesNo(unconditional) });
    rows.append({ tr("Restart Upon Suspension"), yesNo(hang) });
    for (int i = 0; i < int(records.size()); ++i)
    {
        const api::TrainingRunningRecord &r = records.at(i);
        QStringList lines;
        const qint64 startMs = r.startAt.value_or(0) * 1000;
        if (startMs > 0)
            lines << tr("Started: %1").arg(formatTime(startMs));
        const QString startType = r.startType.value_or(QString());
        if (startType == u"restarted")
            lines << tr("Start type: restart");
        else if (!startType.isEmpty())
            lines << tr("Start type: first start or rescheduling");
        if (r.endAt && startMs > 0)
            lines << tr("Duration: %1")
                         .arg(models::TrainingJobListModel::formatDuration(
                             std::max<qint64>(0, *r.endAt * 1000 - startMs)));
        if (r.endReason && !r.endReason->isEmpty())
            lines << tr("End: %1").arg(*r.endReason);
        if (r.endRelatedTask && !r.endRelatedTask->isEmpty())
            lines << tr("Fault source: %1").arg(*r.endRelatedTask);
        if (r.endRecover && !r.endRecover->isEmpty())
            lines << tr("Recovery action upon end: %1").arg(recoveryActionText(*r.endRecover));
        if (r.endRecoverBeforeDowngrade && !r.endRecoverBeforeDowngrade->isEmpty())
            lines << tr("Degraded from: %1").arg(recoveryActionText(*r.endRecoverBeforeDowngrade));
        rows.append({ tr("Run %1").arg(i + 1), lines.join(u'\n') });
    }
    return rows;
}

void TrainingJobDetailsPage::updateOverview()
{
    overview()->setRows(m_basicGroup, basicRows());
    overview()->setRows(m_algorithmGroup, algorithmRows());
    overview()->setRows(m_faultGroup, faultRecoveryRows());
}

QString TrainingJobDetailsPage::overviewValue(const QString &fieldLabel) const
{
    return overview()->value(fieldLabel);
}

QStringList TrainingJobDetailsPage::overviewLabels() const
{
    return overview()->labels();
}

QString TrainingJobDetailsPage::tabMessage(Tab tab) const
{
    const ErrorBanner *banner = tab == LogsTab ? m_logBanner : tab == EventsTab ? m_eventBanner : m_metricsBanner;
    return banner->isVisibleTo(const_cast<TrainingJobDetailsPage *>(this)) ? banner->text() : QString();
}

// ---------------------------------------------------------------------------------------
// Actions

void TrainingJobDetailsPage::stopJob()
{
    if (!m_job || !m_connection || !api::canTerminate(m_job->status.phase))
        return;
    if (!confirm(destructiveQuestion(DestructiveAction::Stop, trainingJobNoun(), { m_job->metadata.name },
            tr("Billing stops once the job is stopped."))))
        return;
    m_stop->setEnabled(false);
    sendAction(m_connection->client()->send(api::training::terminate(m_jobId)),
        [this]
        {
            m_wasLive = true;
            refresh();
        });
}

void TrainingJobDetailsPage::deleteJob()
{
    if (!m_job || !m_connection)
        return;
    if (!confirm(destructiveQuestion(DestructiveAction::Delete, trainingJobNoun(), { m_job->metadata.name },
            tr("Files in OBS are not deleted."))))
        return;
    m_delete->setEnabled(false);
    const QString id = m_jobId;
    sendAction(m_connection->client()->send(api::training::remove(id)),
        [this, id]
        {
            m_jobId.clear();
            resetForJob();
            emit jobDeleted(id);
        });
}

// ---------------------------------------------------------------------------------------
// Tags (CreateTrainJobTags, ShowTrainJobTags, DeleteTrainJobTags)

void TrainingJobDetailsPage::loadTags()
{
    if (!m_connection || m_jobId.isEmpty())
        return;
    const quint64 sent = generation();
    api::whenDecoded<api::TrainingJobTagList>(m_connection->client()->send(api::training::showTags(m_jobId)), this,
        [this, sent](const api::Typed<api::TrainingJobTagList> &result)
        {
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                return;
            }
            QMap<QString, QString> now;
            for (const api::TmsTag &tag : result.value.tags)
                now.insert(tag.key, tag.value.value_or(QString()));
            m_tagsTab->setTags(now);
            emit tagsLoaded();
        });
}

void TrainingJobDetailsPage::addTag(const QString &key, const QString &value)
{
    if (!m_job || !m_connection || key.isEmpty() || m_tagsBusy || !m_tagsTab->hasRoomFor(key))
        return;
    sendTagCall(api::training::createTags(m_jobId, { { key, value, {} } }), [this] { m_tagsTab->clearInputs(); });
}

void TrainingJobDetailsPage::deleteTags(const QStringList &keys)
{
    if (!m_job || !m_connection || keys.isEmpty() || m_tagsBusy)
        return;
    if (!confirm(widgets::TagsTab::deleteConfirmation(keys)))
        return;
    sendTagCall(api::training::deleteTags(m_jobId, keys), {});
}

void TrainingJobDetailsPage::sendTagCall(const api::ApiRequest &request, const std::function<void()> &onSuccess)
{
    m_tagsBusy = true;
    updateActions();
    api::ApiCall *call = m_connection->client()->send(request);
    // Runs before sendAction's handler, which re-enables the inputs on a failure (the fields keep what was typed).
    connect(call, &api::ApiCall::finished, this, [this] { m_tagsBusy = false; });
    sendAction(call,
        [this, onSuccess]
        {
            if (onSuccess)
                onSuccess();
            updateActions();
            loadTags();
        });
}

void TrainingJobDetailsPage::rebuildJob()
{
    if (m_job)
        emit rebuildRequested(*m_job);
}

void TrainingJobDetailsPage::saveAsAlgorithm()
{
    if (!m_connection || !m_job || !m_job->algorithm || !m_saveAsAlgorithm->isEnabled())
        return;
    auto *dialog = new SaveAsAlgorithmDialog(m_job->metadata.name + QStringLiteral("-algorithm"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDescription(m_job->metadata.description.value_or(QString()));
    const api::TrainingAlgorithm settings = *m_job->algorithm;
    connect(dialog, &SaveAsAlgorithmDialog::saveRequested, this,
        [this, dialog, settings](const QString &name, const QString &description)
        {
            if (!m_connection)
                return;
            dialog->setBusy(true);
            const api::Algorithm algorithm = api::algorithmFromJob(settings, name, description);
            api::whenDecoded<api::Algorithm>(m_connection->client()->send(api::algorithms::create(algorithm)), dialog,
                [this, dialog, name](const api::Typed<api::Algorithm> &result)
                {
                    if (!result.ok())
                    {
                        dialog->setServerError(result.error.displayText());
                        return;
                    }
                    dialog->accept();
                    emit statusMessage(tr("Algorithm %1 created in Algorithm Management.").arg(name), 8000);
                });
        });
    dialog->open();
}

void TrainingJobDetailsPage::changePriority()
{
    if (!m_job || !m_priority->isEnabled())
        return;
    // The service refuses 3 without the setHighPriority permission, with a readable message.
    const std::optional<int> priority
        = PriorityDialog::ask(this, m_job->metadata.name, priorityOf(*m_job).value_or(1), true);
    if (priority)
        setPriority(*priority);
}

void TrainingJobDetailsPage::setPriority(int priority)
{
    if (!m_job || !m_connection)
        return;
    m_priority->setEnabled(false);
    sendAction(m_connection->client()->send(api::training::updatePriority(m_jobId, priority)), [this] { refresh(); });
}

void TrainingJobDetailsPage::editDescription()
{
    if (!m_job)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit Description"),
        tr("Description (at most 256 characters):"), m_job->metadata.description.value_or(QString()), &ok);
    if (!ok)
        return;
    if (text.size() > 256)
    {
        banner()->showMessage(tr("The description can have at most 256 characters."));
        return;
    }
    setDescription(text);
}

void TrainingJobDetailsPage::setDescription(const QString &description)
{
    if (!m_job || !m_connection)
        return;
    sendAction(
        m_connection->client()->send(api::training::updateDescription(m_jobId, description)), [this] { refresh(); });
}

void TrainingJobDetailsPage::downloadLog()
{
    if (m_jobId.isEmpty() || currentLogTask().isEmpty())
        return;
    const QString name = QStringLiteral("modelarts-job-%1-%2.log").arg(m_jobId, currentLogTask());
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Download Log"), QDir(dir).filePath(name), tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        downloadLogTo(path);
}

void TrainingJobDetailsPage::downloadLogTo(const QString &path)
{
    if (!m_connection || m_jobId.isEmpty() || currentLogTask().isEmpty() || m_download)
        return;
    auto *download = new models::TaskLogDownload(m_connection->client(), m_jobId, currentLogTask(), path, this);
    download->setExpectedSize(m_logFetcher->fullSize());
    m_download = download;
    connect(download, &models::TaskLogDownload::progress, m_logViewer, &widgets::LogViewer::setProgress);
    connect(download, &models::TaskLogDownload::finished, this,
        [this, download, path](const api::ApiError &error)
        {
            download->deleteLater();
            if (error.isError())
            {
                m_logViewer->setProgress(-1);
                reportError(error, m_logBanner);
                emit logDownloadFinished(path, false);
                return;
            }
            m_logViewer->setProgress(100);
            QTimer::singleShot(kProgressHideMs, m_logViewer,
                [viewer = m_logViewer]
                {
                    if (viewer->progress() == 100)
                        viewer->setProgress(-1);
                });
            emit logDownloadFinished(path, true);
        });
    download->start();
}
std::optional<ApiCallSource> TrainingJobDetailsPage::resourceCall() const
{
    if (!m_connection || m_jobId.isEmpty())
        return std::nullopt;
    return ApiCallSource { m_connection, api::training::show(m_jobId) };
}

void TrainingJobDetailsPage::downloadAllLogs()
{
    if (m_taskNames.isEmpty())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download All Logs"), dir);
    if (!folder.isEmpty())
        downloadAllLogsTo(folder);
}

void TrainingJobDetailsPage::downloadAllLogsTo(const QString &folder)
{
    if (!m_connection || m_jobId.isEmpty() || m_taskNames.isEmpty() || m_batchDownload)
        return;
    auto *batch = new models::TrainingLogBatchDownload(m_connection->client(), m_jobId, m_taskNames, folder, this);
    m_batchDownload = batch;
    m_downloadAll->setEnabled(false);
    m_logBanner->dismiss();
    connect(batch, &models::TrainingLogBatchDownload::progress, m_logViewer, &widgets::LogViewer::setProgress);
    connect(batch, &models::TrainingLogBatchDownload::finished, this,
        [this, batch, folder]
        {
            batch->deleteLater();
            m_batchDownload.clear(); // another batch may start before the deferred delete
            m_downloadAll->setEnabled(!m_taskNames.isEmpty());
            const int written = int(batch->written().size());
            const int failed = int(batch->failures().size());
            if (failed > 0)
            {
                m_logViewer->setProgress(-1);
                m_logBanner->showMessage(tr("%1 of %2 logs could not be saved in “%3”:\n%4")
                                             .arg(failed)
                                             .arg(int(batch->tasks().size()))
                                             .arg(QDir::toNativeSeparators(folder), batch->failureText()));
            }
            else
            {
                QTimer::singleShot(kProgressHideMs, m_logViewer,
                    [viewer = m_logViewer]
                    {
                        if (viewer->progress() == 100)
                            viewer->setProgress(-1);
                    });
            }
            emit allLogsDownloaded(folder, written, failed);
        });
    batch->start();
}
} // namespace ma::ui
