#include "poolmonitoringtab.h"

#include "models/acceleratorfragments.h"
#include "models/connection.h"
#include "models/dashboarddefinitions.h"
#include "models/metricsqueryrunner.h"
#include "widgets/dashboardgrid.h"
#include "widgets/dashboardpanel.h"
#include "widgets/fragmentsview.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::ui
{
namespace
{
constexpr int kMaxPoints = 300;
constexpr qint64 kMinStepMs = 15000;
} // namespace

const QStringList &PoolMonitoringTab::panelIds()
{
    static const QStringList ids { u"cluster.cpu"_s, u"cluster.memory"_s, u"cluster.gpu"_s, u"cluster.gpumem"_s,
        u"cluster.npu"_s, u"cluster.npumem"_s, u"cluster.disk"_s };
    return ids;
}

PoolMonitoringTab::PoolMonitoringTab(QWidget *parent)
    : QWidget(parent)
    , m_runner(new models::MetricsQueryRunner(nullptr, this))
    , m_fragments(new models::FragmentsModel(this))
    , m_grid(new widgets::DashboardGrid)
    , m_range(new QComboBox(this))
    , m_sourceNote(new QLabel(this))
{
    setObjectName(u"poolMonitoringTab"_s);
    for (const auto &[hours, text] :
        { std::pair { 1, tr("Last hour") }, std::pair { 3, tr("Last 3 hours") }, std::pair { 12, tr("Last 12 hours") },
            std::pair { 24, tr("Last day") }, std::pair { 168, tr("Last 7 days") } })
        m_range->addItem(text, hours);
    m_range->setObjectName(u"monitoringRange"_s);
    connect(m_range, &QComboBox::activated, this, &PoolMonitoringTab::refresh);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(u"monitoringRefresh"_s);
    connect(refreshButton, &QPushButton::clicked, this, &PoolMonitoringTab::refresh);
    auto *openButton = new QPushButton(tr("Open in Dashboards"), this);
    openButton->setObjectName(u"openDashboards"_s);
    openButton->setToolTip(tr("The Cluster dashboard with this pool selected: zoom, overlays, more panels"));
    connect(openButton, &QPushButton::clicked, this, [this] { emit openDashboardsRequested(m_pool); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_range);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    bar->addWidget(openButton);

    m_sourceNote->setObjectName(u"monitoringSourceNote"_s);
    m_sourceNote->setProperty("tone", u"warning"_s);
    m_sourceNote->setWordWrap(true);
    m_sourceNote->hide();

    QList<models::PanelDefinition> panels;
    if (const models::DashboardDefinition *cluster = models::dashboards::find(u"cluster"_s))
    {
        for (const models::PanelDefinition &p : cluster->panels)
        {
            if (panelIds().contains(p.id))
                panels.append(p);
        }
    }
    m_grid->setPanels(panels);
    m_grid->setColumns(2);

    m_fragmentsView = new widgets::FragmentsView(m_fragments, this);

    auto *contents = new QWidget;
    auto *contentsLayout = new QVBoxLayout(contents);
    contentsLayout->setContentsMargins(0, 0, 4, 0);
    contentsLayout->addWidget(m_fragmentsView);
    contentsLayout->addSpacing(8);
    contentsLayout->addWidget(m_grid);
    contentsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"monitoringScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(contents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_sourceNote);
    layout->addWidget(scroll, 1);

    m_grid->showAnswersOf(m_runner);
    connect(m_runner, &models::MetricsQueryRunner::runFinished, this, [this] { emit refreshed(); });
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &PoolMonitoringTab::refresh);
}

PoolMonitoringTab::~PoolMonitoringTab() = default;

void PoolMonitoringTab::setConnection(models::Connection *connection)
{
    m_connection = connection;
    m_runner->setClient(connection ? connection->prometheus() : nullptr);
    updateSourceNote();
    if (m_active)
        refresh();
}

void PoolMonitoringTab::setPool(const QString &poolName)
{
    if (m_pool == poolName)
        return;
    m_pool = poolName;
    m_runner->cancel();
    for (widgets::DashboardPanel *panel : m_grid->panels())
        panel->setSeries({});
    if (m_active)
        refresh();
}

void PoolMonitoringTab::setNodeModel(QAbstractItemModel *nodes)
{
    m_fragments->setSourceModel(nodes);
}

void PoolMonitoringTab::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active)
    {
        m_timer.start();
        refresh();
    }
    else
    {
        m_timer.stop();
        m_runner->cancel();
    }
}

void PoolMonitoringTab::setRangeHours(int hours)
{
    const int index = m_range->findData(hours);
    if (index >= 0)
        m_range->setCurrentIndex(index);
    if (m_active)
        refresh();
}

int PoolMonitoringTab::rangeHours() const
{
    return m_range->currentData().toInt();
}

QString PoolMonitoringTab::fragmentsSummary() const
{
    return m_fragmentsView->summary();
}

void PoolMonitoringTab::refresh()
{
    updateSourceNote();
    if (m_pool.isEmpty() || !m_runner->client())
        return;
    const QDateTime to = QDateTime::currentDateTime();
    const QDateTime from = to.addSecs(-qint64(rangeHours()) * 3600);
    const QHash<QString, QString> values { { u"pool"_s, m_pool } };
    const QList<models::MetricQuery> queries = m_grid->startQueries(values);
    m_grid->setTimeRange(from, to);
    m_runner->run(queries, from, to, models::MetricsQueryRunner::autoStep(from, to, kMaxPoints, kMinStepMs));
}

void PoolMonitoringTab::updateSourceNote()
{
    const bool missing = m_connection && !m_connection->prometheus();
    m_sourceNote->setText(missing ? tr("This profile has no Prometheus data source, so the charts are empty. Set "
                                       "AOM's Prometheus instance in the profile.")
                                  : QString());
    m_sourceNote->setVisible(missing);
}
} // namespace ma::ui
