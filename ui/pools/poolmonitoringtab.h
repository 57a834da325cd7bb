#pragma once

// The Monitoring tab of a dedicated pool's details (console: pool details > Monitoring, whose
// charts are CPU usage, memory usage, used GPUs and GPU memory, used NPUs and NPU memory, and
// disk usage, plus the GPU/NPU fragments table that "lists only the status at the current
// time"). The charts are the Cluster dashboard's panels narrowed to this pool, read from the
// profile's Prometheus source; the fragments come from the pool's node list.

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;

namespace ma::models
{
class Connection;
class FragmentsModel;
class MetricsQueryRunner;
} // namespace ma::models

namespace ma::widgets
{
class DashboardGrid;
class FragmentsView;
} // namespace ma::widgets

namespace ma::ui
{
class PoolMonitoringTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolMonitoringTab)

public:
    /** The Cluster dashboard panels this tab shows, in the console's order. */
    static const QStringList &panelIds();
    static constexpr int kRefreshMs = 60 * 1000;

    explicit PoolMonitoringTab(QWidget *parent = nullptr);
    ~PoolMonitoringTab() override;

    void setConnection(models::Connection *connection);
    void setPool(const QString &poolName);
    /** The pool's nodes (PoolNodeListModel), for the fragments table; not owned. */
    void setNodeModel(QAbstractItemModel *nodes);
    /** Queries while on screen (the details page shows this tab), every kRefreshMs. */
    void setActive(bool active);

    /** The span of the charts in hours (1, 3, 12, 24, 168). */
    void setRangeHours(int hours);
    int rangeHours() const;

    widgets::DashboardGrid *grid() const { return m_grid; }
    models::FragmentsModel *fragments() const { return m_fragments; }
    QString fragmentsSummary() const;

public slots:
    void refresh();

signals:
    /** Every chart has its answer (data or error). */
    void refreshed();
    /** "Open in Dashboards": the Cluster view with this pool selected. */
    void openDashboardsRequested(const QString &poolName);

private:
    void updateSourceNote();

    QPointer<models::Connection> m_connection;
    models::MetricsQueryRunner *m_runner;
    models::FragmentsModel *m_fragments;
    widgets::DashboardGrid *m_grid;
    QComboBox *m_range;
    QLabel *m_sourceNote;
    widgets::FragmentsView *m_fragmentsView = nullptr;
    QTimer m_timer;
    QString m_pool;
    bool m_active = false;
};
} // namespace ma::ui
