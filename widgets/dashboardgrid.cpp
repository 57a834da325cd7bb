#include "dashboardgrid.h"

#include "widgets/chartwidget.h"
#include "widgets/dashboardpanel.h"

#include <QGridLayout>

namespace ma::widgets
{
DashboardGrid::DashboardGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("dashboardGrid"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
    m_zoomSettle.setSingleShot(true);
    m_zoomSettle.setInterval(ZoomSettleMs);
    connect(&m_zoomSettle, &QTimer::timeout, this, [this] { emit timeRangeZoomed(m_zoomFrom, m_zoomTo); });
}

DashboardGrid::~DashboardGrid() = default;

void DashboardGrid::setPanels(const QList<models::PanelDefinition> &panels)
{
    m_zoomSettle.stop();
    qDeleteAll(m_panels);
    m_panels.clear();
    for (const models::PanelDefinition &definition : panels)
    {
        auto *panel = new DashboardPanel(definition, this);
        ChartWidget *chart = panel->chart();
        connect(chart, &ChartWidget::hoverMoved, this, [this, panel](const QDateTime &t) { onHover(panel, t); });
        connect(chart, &ChartWidget::hoverLeft, this, [this, panel] { onHoverLeft(panel); });
        connect(chart, &ChartWidget::timeRangeChangedByUser, this,
            [this, panel](const QDateTime &from, const QDateTime &to) { onUserRange(panel, from, to); });
        m_panels.append(panel);
    }
    relayout();
}

DashboardPanel *DashboardGrid::panel(const QString &id) const
{
    for (DashboardPanel *p : m_panels)
    {
        if (p->id() == id)
            return p;
    }
    return nullptr;
}

void DashboardGrid::setColumns(int columns)
{
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    relayout();
}

void DashboardGrid::relayout()
{
    for (DashboardPanel *p : std::as_const(m_panels))
        m_layout->removeWidget(p);
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, 0);
    for (int i = 0; i < m_panels.size(); ++i)
        m_layout->addWidget(m_panels.at(i), i / m_columns, i % m_columns);
    for (int c = 0; c < m_columns; ++c)
        m_layout->setColumnStretch(c, 1);
}

void DashboardGrid::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_zoomSettle.stop();
    for (DashboardPanel *p : std::as_const(m_panels))
        p->chart()->setHomeTimeRange(from, to);
}

void DashboardGrid::onHover(DashboardPanel *source, const QDateTime &time)
{
    for (DashboardPanel *p : std::as_const(m_panels))
    {
        if (p != source)
            p->chart()->hoverAt(time);
    }
}

void DashboardGrid::onHoverLeft(DashboardPanel *source)
{
    for (DashboardPanel *p : std::as_const(m_panels))
    {
        if (p != source)
            p->chart()->clearHover();
    }
}

void DashboardGrid::onUserRange(DashboardPanel *source, const QDateTime &from, const QDateTime &to)
{
    // setVisibleTimeRange is a programmatic change: the other charts do not echo it back.
    for (DashboardPanel *p : std::as_const(m_panels))
    {
        if (p != source)
            p->chart()->setVisibleTimeRange(from, to);
    }
    m_zoomFrom = from;
    m_zoomTo = to;
    m_zoomSettle.start();
}
void DashboardGrid::showAnswersOf(models::MetricsQueryRunner *runner)
{
    connect(runner, &models::MetricsQueryRunner::queryFinished, this,
        [this](int, const QString &id, const QList<models::TimeSeries> &series)
        {
            if (DashboardPanel *p = panel(id))
            {
                p->setLoading(false);
                p->setSeries(series);
            }
        });
    connect(runner, &models::MetricsQueryRunner::queryFailed, this,
        [this](int, const QString &id, const QString &message)
        {
            if (DashboardPanel *p = panel(id))
            {
                p->setLoading(false);
                p->setError(message);
            }
        });
}

QList<models::MetricQuery> DashboardGrid::startQueries(const QHash<QString, QString> &values)
{
    QList<models::MetricQuery> queries;
    for (DashboardPanel *p : std::as_const(m_panels))
    {
        const models::PanelDefinition &d = p->definition();
        queries.append({ d.id, models::dashboards::expand(d.expr, values), d.legend, d.unit });
        p->setLoading(true);
    }
    return queries;
}
} // namespace ma::widgets
