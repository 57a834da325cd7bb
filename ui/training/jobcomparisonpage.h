#pragma once

// Compare Training Jobs: two to six jobs side by side (a sub-page of Training Jobs, opened
// with the ids of the jobs selected there). The header names the jobs (each a link to its
// details, in its chart colour); the table lists their settings by section with the ones
// that differ tinted and marked "≠"; "Show differences only" hides the rest; the comparison
// copies as Markdown or CSV. Below, one chart per resource-usage metric overlays the jobs,
// each from its own start. Live jobs are re-read while the page is on screen.

#include "models/jobcomparisonloader.h"
#include "ui/consolepage.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

class QAction;
class QCheckBox;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ma::models
{
class Connection;
class JobComparisonFilterModel;
class JobComparisonModel;
} // namespace ma::models

namespace ma::widgets
{
class ChartWidget;
} // namespace ma::widgets

namespace ma::ui
{
class JobComparisonPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobComparisonPage)

public:
    /** Live jobs are re-read this often while the page is on screen. */
    static constexpr int kRefreshMs = 15000;

    explicit JobComparisonPage(QWidget *parent = nullptr);
    ~JobComparisonPage() override;

    void setConnection(models::Connection *connection) override;
    /** @p argument: a QStringList of job ids; the first kMaxComparedJobs distinct ones are compared. */
    void open(const QVariant &argument) override;

    /** The ids compared, in column order as asked. */
    QStringList jobIds() const { return m_loader->jobIds(); }
    models::JobComparisonModel *model() const { return m_model; }
    models::JobComparisonFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLabel *jobsLabel() const { return m_jobsLabel; }
    QAction *differencesOnlyAction() const { return m_differencesOnly; }
    QAction *copyMarkdownAction() const { return m_copyMarkdown; }
    QAction *copyCsvAction() const { return m_copyCsv; }
    QAction *refreshAction() const { return m_refresh; }
    models::JobComparisonLoader *loader() const { return m_loader; }
    /** The chart of T2-9 metric @p metricId ("cpuUsage"), or nullptr when no job has that metric. */
    widgets::ChartWidget *chart(const QString &metricId) const { return m_charts.value(metricId); }
    /** The metric ids with a chart, in the console's order. */
    QStringList chartMetricIds() const;
    /** True once every job's metrics have answered (for tests and the screenshot tour). */
    bool metricsLoaded() const { return m_metricsDone; }

public slots:
    void refresh();
    void copyAsMarkdown();
    void copyAsCsv();

protected:
    void activeChanged(bool active) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void onJobsLoaded(const std::vector<api::TrainingJob> &jobs);
    void onMetricsLoaded(const QString &jobId, const models::JobMetricSeries &series);
    void onMetricsFinished();
    void updateJobsLabel();
    void updateSummary();
    void updateActions();
    void updateSpans();
    void updateChartsPlaceholder();
    void fitColumns();
    void scheduleLiveRefresh();
    widgets::ChartWidget *chartFor(const QString &metricId);
    void clearCharts();

    QPointer<models::Connection> m_connection;
    models::JobComparisonLoader *m_loader;
    models::JobComparisonModel *m_model;
    models::JobComparisonFilterModel *m_filter;
    QTimer *m_liveTimer;

    QLabel *m_jobsLabel = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_tablePlaceholder = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    QLabel *m_chartPlaceholder = nullptr;
    QWidget *m_chartGrid = nullptr;
    QGridLayout *m_chartLayout = nullptr;
    QHash<QString, widgets::ChartWidget *> m_charts;
    QAction *m_differencesOnly = nullptr;
    QCheckBox *m_differencesOnlyCheck = nullptr;
    QAction *m_copyMarkdown = nullptr;
    QAction *m_copyCsv = nullptr;
    QAction *m_refresh = nullptr;
    bool m_metricsDone = false;
};
} // namespace ma::ui
