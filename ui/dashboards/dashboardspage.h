#pragma once

// Monitoring > Dashboards (issue 11): the five ModelArts Grafana views (pools_monitoring.md §5.7:
// Cluster, Node, User, Task, Task details) over the profile's Prometheus data source, with the
// views' selectors (resource pool, node, user, job, task; values from the label values API), one
// global time range, auto-refresh (15 min by default, as the templates) and linked panels.

#include "models/dashboarddefinitions.h"
#include "ui/consolepage.h"
#include "ui/dashboards/dashboardpageids.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace ma::models
{
class FragmentsModel;
class MetricsQueryRunner;
class PoolNodeListModel;
} // namespace ma::models

namespace ma::widgets
{
class DashboardGrid;
class FragmentsView;
} // namespace ma::widgets

namespace ma::ui
{
class DashboardsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardsPage)

public:
    /** The time range choices, in the order of the selector. */
    enum class Range
    {
        Last5Minutes,
        Last15Minutes,
        LastHour,
        Last3Hours,
        Last12Hours,
        LastDay,
        Last3Days,
        Last7Days,
        Custom,
    };
    Q_ENUM(Range)

    explicit DashboardsPage(QWidget *parent = nullptr);
    ~DashboardsPage() override;

    void setConnection(models::Connection *connection) override;
    /** @p argument: a view id ("task") or a map {view, pool, node, user, job, task}. */
    void open(const QVariant &argument) override;

    void setView(const QString &viewId);
    QString viewId() const { return m_viewId; }
    /** Selects @p value ("" = all) for the view's variable @p name ("pool", "job", ...). */
    void setVariable(const QString &name, const QString &value);
    /** Selects several values of a multi-value selector (the Task view's jobs, to compare runs). */
    void setVariableValues(const QString &name, const QStringList &values);
    QString variable(const QString &name) const { return m_values.value(name); }
    /** The choices a selector offers (after the label values arrived), "" (All) first. */
    QStringList variableChoices(const QString &name) const;

    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    Range range() const { return m_range; }
    /** The range of the last query run. */
    QPair<QDateTime, QDateTime> queriedRange() const { return { m_queriedFrom, m_queriedTo }; }

    /** Auto-refresh interval in seconds; 0 = off. */
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const;

    /** "Cluster · pool: pool-a · 2026-12-06 10:00 to 11:00": what an export is of. */
    QString exportSubtitle() const;
    /** Every panel of the view, as shown, into a PDF at @p path (charts as vectors). */
    bool exportPdf(const QString &path, QString *error = nullptr);

    widgets::DashboardGrid *grid() const { return m_grid; }
    /** The GPU/NPU fragments of the pool the Cluster view shows; hidden unless one pool is chosen. */
    widgets::FragmentsView *fragmentsView() const { return m_fragmentsView; }
    models::FragmentsModel *fragments() const { return m_fragments; }
    models::MetricsQueryRunner *runner() const { return m_runner; }

public slots:
    /** Queries every panel of the view now (cancelling a run still in flight). */
    void refresh();

signals:
    /** Every panel of a run has its answer (data or error). */
    void refreshed();

protected:
    void activeChanged(bool active) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildLayout();
    void rebuildSelectors();
    void loadChoices();
    void onChoicesLoaded(const QString &name, const QStringList &values);
    void onSelectorChanged();
    void fillMultiSelector(const QString &name, const QStringList &values);
    void updateMultiSelectorText(const QString &name);
    void onRangeSelected();
    void onZoomed(const QDateTime &from, const QDateTime &to);
    void updateAutoRefresh();
    void updateSourceNote();
    void exportPdfInteractively();
    void updateFragments();
    const models::DashboardDefinition *view() const;

    QPointer<models::Connection> m_connection;
    models::MetricsQueryRunner *m_runner = nullptr;
    widgets::DashboardGrid *m_grid = nullptr;
    models::PoolNodeListModel *m_poolNodes = nullptr;
    models::FragmentsModel *m_fragments = nullptr;
    widgets::FragmentsView *m_fragmentsView = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
    QHBoxLayout *m_selectorRow = nullptr;
    QHash<QString, QComboBox *> m_selectors;
    QHash<QString, QToolButton *> m_multiSelectors; // a menu of checkable values
    QHash<QString, QStringList> m_multiChoices;
    QList<QWidget *> m_selectorWidgets;
    QComboBox *m_rangeBox = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QComboBox *m_refreshBox = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_sourceNote = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QTimer m_autoRefresh;
    QString m_viewId;
    QHash<QString, QString> m_values;
    Range m_range = Range::LastHour;
    QDateTime m_queriedFrom;
    QDateTime m_queriedTo;
    QElapsedTimer m_lastRefresh;
    bool m_stale = true; // no complete refresh since the last change
};
} // namespace ma::ui
