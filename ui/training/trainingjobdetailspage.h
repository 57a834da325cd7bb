#pragma once

// The training job details page (training.md §4): a header with the job's name, status badge
// and actions (Stop, Rebuild, Delete, Priority, enabled per §3.3), the overview (basic settings
// and algorithm parameters) on the left, and the Logs, Events and Resource Usage tabs.
// While the job is not terminal the page refreshes itself; nothing blocks the UI thread.

#include "api/apierror.h"
#include "api/types/training.h"
#include "models/trainingmetrics.h"
#include "ui/resourcedetailspage.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace ma::api
{
class ApiCall;
}

namespace ma::models
{
class Connection;
class DatasetCatalog;
class TaskLogDownload;
class SystemLogFilter;
class TaskLogFetcher;
class TrainingLogBatchDownload;
class TrainingEventModel;
} // namespace ma::models

namespace ma::widgets
{
class ChartWidget;
class LogViewer;
struct OverviewRow;
class TagsTab;
} // namespace ma::widgets

namespace ma::ui
{
class AutoSearchResultsTab;
class ErrorBanner;

class TrainingJobDetailsPage final : public ResourceDetailsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobDetailsPage)

public:
    enum Tab
    {
        LogsTab,
        EventsTab,
        ResourceUsageTab,
        TagsTab,
        AutoSearchTab, // hyperparameter search jobs only
    };

    /** Seconds between refreshes of a job that is not terminal. */
    static constexpr int kRefreshMs = 5000;
    /** Log preview poll while the job runs (follow mode). */
    static constexpr int kLogPollMs = 3000;
    /** modelarts-local's `step` extension: seconds per metric point (coarser for long jobs). */
    static constexpr int kLocalMetricStepSeconds = models::kFineMetricMinStepSeconds;

    explicit TrainingJobDetailsPage(QWidget *parent = nullptr);
    ~TrainingJobDetailsPage() override;

    /** Not owned; may be nullptr. Another connection reloads the job shown. */
    void setConnection(models::Connection *connection) override;
    /** The argument is the id of the job to show. */
    void open(const QVariant &argument) override;
    models::Connection *connection() const;

    /** Loads the job, its tasks, then the current tab; refreshes while the job is not terminal. */
    void showJob(const QString &jobId);
    QString jobId() const { return m_jobId; }
    /** The job's GET (T2-2) for Copy as API Call. */
    std::optional<ApiCallSource> resourceCall() const override;
    std::optional<api::TrainingJob> job() const { return m_job; }

    widgets::LogViewer *logViewer() const { return m_logViewer; }
    QComboBox *logTaskCombo() const { return m_logTask; }
    QComboBox *metricsTaskCombo() const { return m_metricsTask; }
    QComboBox *eventLevelCombo() const { return m_eventLevel; }
    QTableView *eventView() const { return m_eventView; }
    models::TrainingEventModel *eventModel() const { return m_events; }
    widgets::ChartWidget *chart() const { return m_chart; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *rebuildButton() const { return m_rebuild; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *priorityButton() const { return m_priority; }
    /** The header's More button; its menu holds Save as Algorithm. */
    QPushButton *moreButton() const { return m_more; }
    QAction *saveAsAlgorithmAction() const { return m_saveAsAlgorithm; }

    /** Text shown for an overview field ("Status", "Job ID", ...); empty when the row is not shown. */
    QString overviewValue(const QString &fieldLabel) const;
    /** Labels of the overview rows shown, top to bottom. */
    QStringList overviewLabels() const;
    /** The Auto Search Results tab (shown for hyperparameter search jobs). */
    AutoSearchResultsTab *autoSearchTab() const { return m_autoSearchTab; }
    /** The inline message of a tab (empty when none is shown). */
    QString tabMessage(Tab tab) const;

public slots:
    void refresh() override;
    void stopJob();
    void deleteJob();
    void rebuildJob();
    /** Asks for the new priority (PriorityDialog), then setPriority(). */
    void changePriority();
    /**
     * @brief Asks for a name and description (SaveAsAlgorithmDialog), then creates an algorithm
     * of the job's algorithm settings (CreateAlgorithm); the dialog shows a refusal and stays.
     */
    void saveAsAlgorithm();
    /** T2-4 {priority}; the job is reloaded afterwards. */
    void setPriority(int priority);
    /** Asks for the description, then setDescription(). */
    void editDescription();
    /** T2-4 {description}; the job is reloaded afterwards. */
    void setDescription(const QString &description);
    /** Adds a tag or sets the value of an existing key (CreateTrainJobTags); the tags are read again. */
    void addTag(const QString &key, const QString &value);
    /** Asks, then deletes the tags with @p keys (DeleteTrainJobTags). */
    void deleteTags(const QStringList &keys);
    /** Asks for a file, then downloadLogTo(). */
    void downloadLog();
    /** Streams the full log of the selected task to @p path; progress goes to the log viewer. */
    void downloadLogTo(const QString &path);
    /** Asks for a folder, then downloadAllLogsTo(). */
    void downloadAllLogs();
    /**
     * @brief Saves the full log of every task (node) into @p folder, one
     * modelarts-job-<id>-<task>.log each; progress goes to the log viewer, failures (one line
     * per file) to the Logs tab's banner.
     */
    void downloadAllLogsTo(const QString &folder);

signals:
    void rebuildRequested(const ma::api::TrainingJob &job);
    void jobDeleted(const QString &jobId);
    /** The job has been (re)loaded and shown. */
    void jobLoaded();
    /** The Tags tab shows what the server answered. */
    void tagsLoaded();
    /** The Auto Search Results tab shows what the server answered. */
    void autoSearchLoaded();
    /** A log download has finished; @p ok false when it failed or was canceled. */
    void logDownloadFinished(const QString &path, bool ok);
    /** downloadAllLogsTo() has ended: @p written files saved, @p failed not. */
    void allLogsDownloaded(const QString &folder, int written, int failed);

protected:
    /** The job, its log and its charts are polled only while the page is on screen. */
    void activeChanged(bool active) override;

    void updateActions() override;

private:
    static Texts texts();
    void buildLayout();
    QWidget *buildLogsTab();
    QWidget *buildEventsTab();
    QWidget *buildResourceTab();

    void resetForJob();
    void loadJob();
    void onJobLoaded(const api::TrainingJob &job);
    void loadTasks();
    void setTasks(const QStringList &tasks);
    void refreshCurrentTab();
    void updateLogPolling();
    void loadMetrics();
    void loadTags();
    /** Sends a tag call (one at a time), then reads the tags again. */
    void sendTagCall(const api::ApiRequest &request, const std::function<void()> &onSuccess);
    void updateHeader();
    void updateOverview();
    void updateDuration();
    void scheduleRefresh();
    bool isLive() const;
    qint64 durationMs() const;
    QString currentLogTask() const;
    QString currentMetricsTask() const;

    QList<widgets::OverviewRow> basicRows() const;
    QList<widgets::OverviewRow> algorithmRows() const;
    /** Auto restart as created (annotations) and the job's runs (status.running_records). */
    QList<widgets::OverviewRow> faultRecoveryRows() const;
    /** An input's source: its OBS path, or its dataset and version by name and id. */
    QString inputSourceText(const api::DataRemote &remote) const;
    /** Asks for the names of the datasets the job's inputs name. */
    void loadDatasetNames();

    QPointer<models::Connection> m_connection;
    QString m_jobId;
    std::optional<api::TrainingJob> m_job;
    QStringList m_taskNames;
    bool m_jobLoading = false;
    bool m_wasLive = false;
    bool m_tasksLoaded = false;
    bool m_metricsLoading = false;
    QPointer<models::TaskLogDownload> m_download;
    QPointer<models::TrainingLogBatchDownload> m_batchDownload;
    QToolButton *m_downloadAll = nullptr;

    // header
    QPushButton *m_stop = nullptr;
    QPushButton *m_rebuild = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_priority = nullptr;
    QPushButton *m_more = nullptr;
    QAction *m_saveAsAlgorithm = nullptr;
    int m_basicGroup = -1;
    int m_algorithmGroup = -1;
    int m_faultGroup = -1;

    // tabs
    widgets::LogViewer *m_logViewer = nullptr;
    QComboBox *m_logTask = nullptr;
    ErrorBanner *m_logBanner = nullptr;
    models::TaskLogFetcher *m_logFetcher = nullptr;
    models::SystemLogFilter *m_systemLogFilter = nullptr; // declared after the fetcher: built after it

    models::TrainingEventModel *m_events = nullptr;
    models::DatasetCatalog *m_datasets = nullptr;
    QTableView *m_eventView = nullptr;
    QComboBox *m_eventLevel = nullptr;
    QLabel *m_eventCount = nullptr;
    ErrorBanner *m_eventBanner = nullptr;

    widgets::TagsTab *m_tagsTab = nullptr;
    QCheckBox *m_systemLogs = nullptr;
    AutoSearchResultsTab *m_autoSearchTab = nullptr;
    bool m_tagsBusy = false; // a tag call is in flight

    widgets::ChartWidget *m_chart = nullptr;
    QComboBox *m_metricsTask = nullptr;
    ErrorBanner *m_metricsBanner = nullptr;

    QTimer *m_refreshTimer;
    QTimer *m_tickTimer;
};
} // namespace ma::ui
