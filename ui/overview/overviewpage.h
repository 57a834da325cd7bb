#pragma once

// Overview, the console's first page: cards in a grid that follows the window's width:
// training jobs and notebooks counted by status, the dedicated pools with their nodes in use
// and free and their GPU/NPU cards allocated, the alarms (low GPU/NPU utilisation, failed
// and abnormal jobs, abnormal nodes and pools) and the running jobs holding the most
// resources. Each item opens its page; data comes from models::OverviewSummary, polled only
// while the page is on screen.

#include "ui/consolepage.h"

#include <QHash>
#include <QPointer>

class QGridLayout;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace ma::api
{
class PrometheusClient;
} // namespace ma::api

namespace ma::models
{
class OverviewSummary;
struct OverviewAlarm;
} // namespace ma::models

namespace ma::ui
{
class OverviewCard;
class PoolUsageRow;
class StatusTile;

class OverviewPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setConnection(models::Connection *connection) override;

    models::OverviewSummary *summary() const { return m_summary; }
    /** The training job count of @p phase (empty: all jobs). */
    StatusTile *jobTile(const QString &phase) const { return m_jobTiles.value(phase); }
    StatusTile *notebookTile(const QString &status) const { return m_notebookTiles.value(status); }
    QList<PoolUsageRow *> poolRows() const { return m_poolRows; }
    QTableView *topJobsView() const { return m_topJobs; }
    /** The alarms as shown (one label each, its link opens the resource). */
    QList<QLabel *> alarmLabels() const;
    /** Cards per row of the grid right now (2 on a wide page, 1 on a narrow one). */
    int columns() const { return m_columns; }

    /** The text of an alarm as the alarms card shows it (plain text, no link). */
    static QString alarmText(const models::OverviewAlarm &alarm);

public slots:
    void refresh();

protected:
    void activeChanged(bool active) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildLayout();
    OverviewCard *buildJobsCard();
    OverviewCard *buildNotebooksCard();
    OverviewCard *buildPoolsCard();
    OverviewCard *buildAlarmsCard();
    OverviewCard *buildTopJobsCard();
    void arrangeCards(int columns);

    void showJobCounts();
    void showNotebookCounts();
    void showPools();
    void showAlarms();
    void showState();
    void activateAlarm(const QString &link);
    void openJobs(const QString &phase);
    void openJob(const QString &jobId);
    void openPool(const QString &poolId);

    QPointer<models::Connection> m_connection;
    models::OverviewSummary *m_summary;
    api::PrometheusClient *m_prometheus = nullptr;

    QLabel *m_updated = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    OverviewCard *m_jobsCard = nullptr;
    OverviewCard *m_notebooksCard = nullptr;
    OverviewCard *m_poolsCard = nullptr;
    OverviewCard *m_alarmsCard = nullptr;
    OverviewCard *m_topJobsCard = nullptr;

    QHash<QString, StatusTile *> m_jobTiles;
    QHash<QString, StatusTile *> m_notebookTiles;
    QVBoxLayout *m_poolList = nullptr;
    QLabel *m_poolsEmpty = nullptr;
    QList<PoolUsageRow *> m_poolRows;
    QVBoxLayout *m_alarmList = nullptr;
    QLabel *m_alarmsEmpty = nullptr;
    QList<QWidget *> m_alarmRows;
    QTableView *m_topJobs = nullptr;
    QLabel *m_topJobsEmpty = nullptr;
};
} // namespace ma::ui
