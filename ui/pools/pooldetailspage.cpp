#include "pooldetailspage.h"

#include "api/apiclient.h"
#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "api/workspacerequests.h"
#include "models/connection.h"
#include "models/csvexport.h"
#include "models/pooleventmodel.h"
#include "models/poolnodelistmodel.h"
#include "models/poolstatus.h"
#include "models/poolworkloadmodel.h"
#include "ui/confirmation.h"
#include "ui/dashboards/dashboardpageids.h"
#include "ui/errorbanner.h"
#include "ui/pools/interconnectvpcdialog.h"
#include "ui/pools/nodeoperations.h"
#include "ui/pools/pooldeletedialog.h"
#include "ui/pools/pooljobtypesdialog.h"
#include "ui/pools/poolmonitoringtab.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/vpcinterconnection.h"
#include "widgets/consoletable.h"
#include "widgets/overviewpanel.h"
#include "widgets/statusbadgedelegate.h"
#include "widgets/tagstab.h"
#include "widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringBuilder>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using NodeModel = models::PoolNodeListModel;

const QString kDescriptionKey = QStringLiteral("os.modelarts/description");
const QString kBillingModeKey = QStringLiteral("os.modelarts/billing.mode");
const QString kFlavorIdsKey = QStringLiteral("os.modelarts/flavor.resource.ids");

QString annotation(const api::Pool &pool, const QString &key)
{
    if (!pool.metadata.annotations)
        return QString();
    const auto it = pool.metadata.annotations->find(key);
    return it == pool.metadata.annotations->end() ? QString() : it->second;
}

QString timeText(const std::optional<QString> &rfc3339)
{
    if (!rfc3339 || rfc3339->isEmpty())
        return QString();
    const QDateTime t = QDateTime::fromString(*rfc3339, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : *rfc3339;
}

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    widgets::applyConsoleTableLook(view);
    view->setSortingEnabled(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QVBoxLayout *tabLayout(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    return layout;
}

QLabel *mutedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("tone", QStringLiteral("muted"));
    return label;
}

/**
 * The view's headers on two lines where the console's are long ("CPUs (Available/Total)"), so
 * the columns fit their values; the export keeps the console's words (it reads the source).
 */
class TwoLineHeaderProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        const QVariant value = QIdentityProxyModel::headerData(section, orientation, role);
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return value;
        QString text = value.toString();
        const qsizetype paren = text.indexOf(QStringLiteral(" ("));
        if (paren > 0)
            text[paren] = u'\n';
        return text;
    }
};

QString quantityText(const std::optional<QString> &quantity)
{
    if (!quantity || quantity->isEmpty())
        return QString();
    QString text = *quantity;
    if (text.endsWith(QStringLiteral("Gi")))
        text = text.chopped(2) + QStringLiteral(" GB");
    return text;
}

QString volumeText(const api::PoolVolume &volume)
{
    const QString size = quantityText(volume.size);
    const QString type = volume.volumeType.value_or(QString());
    const int count = volume.count.value_or(1);
    QString text = type.isEmpty() ? size : QStringLiteral("%1 %2").arg(type, size);
    return count > 1 ? QStringLiteral("%1 × %2").arg(count).arg(text) : text;
}
} // namespace

PoolDetailsPage::PoolDetailsPage(QWidget *parent)
    : ResourceDetailsPage(texts(), parent)
    , m_watcher(new models::PoolWatcher(this))
    , m_runner(new models::ActionRunner(this))
    , m_pollTimer(new QTimer(this))
    , m_nodes(new models::PoolNodeListModel(this))
    , m_nodeProxy(new QSortFilterProxyModel(this))
    , m_workloads(new models::PoolWorkloadModel(this))
    , m_events(new models::PoolEventModel(this))
    , m_eventProxy(new QSortFilterProxyModel(this))
{
    m_watcher->setInterval(kPollMs);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PoolDetailsPage::poll);

    m_nodeProxy->setSourceModel(m_nodes);
    m_nodeProxy->setSortRole(NodeModel::SortRole);
    m_nodeProxy->setFilterKeyColumn(-1); // the search matches every column: name, status, IP, tags...
    m_nodeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_eventProxy->setSourceModel(m_events);
    m_eventProxy->setSortRole(models::PoolEventModel::TimeRole);

    buildLayout();

    connect(m_watcher, &models::PoolWatcher::updated, this, &PoolDetailsPage::onPoolUpdated);
    connect(m_watcher, &models::PoolWatcher::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error); });

    connect(m_runner, &models::ActionRunner::confirmationRequested, this,
        [this](const QString &, const QString &text) { confirm(text) ? m_runner->confirm() : m_runner->reject(); });
    connect(m_runner, &models::ActionRunner::started, this, &PoolDetailsPage::updateActions);
    connect(m_runner, &models::ActionRunner::finished, this,
        [this](const models::ActionOutcome &outcome)
        {
            if (!outcome.failures.empty())
            {
                if (outcome.failures.size() == 1)
                    reportError(outcome.failures.front().error);
                else
                    banner()->showMessage(outcome.message());
            }
            else if (outcome.succeeded > 0)
            {
                banner()->dismiss();
                emit statusMessage(outcome.title % QStringLiteral(": ") % outcome.message(), 5000);
            }
            updateActions();
        });
    connect(m_runner, &models::ActionRunner::refreshRequested, this, &PoolDetailsPage::refresh);

    connect(this, &PoolDetailsPage::backRequested, this, [this] { emit navigationRequested(kPoolsPageId); });
    connect(this, &PoolDetailsPage::poolDeleted, this, [this] { emit navigationRequested(kPoolsPageId); });

    connect(m_nodes, &QAbstractItemModel::rowsInserted, this, &PoolDetailsPage::updateNodeCount);
    connect(m_nodes, &QAbstractItemModel::rowsRemoved, this, &PoolDetailsPage::updateNodeCount);
    connect(m_nodes, &QAbstractItemModel::modelReset, this, &PoolDetailsPage::updateNodeCount);
    connect(m_nodes, &QAbstractItemModel::dataChanged, this, &PoolDetailsPage::updateActions);
    connect(m_nodes, &models::PoolNodeListModel::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error); });
    connect(m_workloads, &models::PoolWorkloadModel::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error); });
    connect(m_events, &models::PoolEventModel::errorOccurred, this,
        [this](const api::ApiError &error) { reportError(error); });
    const auto updateEventCount = [this]
    {
        {
            const int n = m_eventProxy->rowCount();
            m_eventCount->setText(n == 1 ? tr("1 event") : tr("%1 events").arg(n));
        }
    };
    connect(m_eventProxy, &QAbstractItemModel::rowsInserted, this, updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::rowsRemoved, this, updateEventCount);
    connect(m_eventProxy, &QAbstractItemModel::modelReset, this, updateEventCount);

    updateHeader();
    updateActions();
}

PoolDetailsPage::~PoolDetailsPage() = default;

ResourceDetailsPage::Texts PoolDetailsPage::texts()
{
    Texts t;
    t.listTitle = tr("Dedicated Resource Pools");
    t.backToolTip = tr("Back to the list of dedicated resource pools");
    t.refreshToolTip = tr("Reload the pool, its nodes and the tab shown");
    return t;
}

// ---------------------------------------------------------------------------------------
// Layout

void PoolDetailsPage::buildLayout()
{
    nameLabel()->setObjectName(QStringLiteral("poolName"));
    m_resize = addHeaderButton(tr("Resize…"), QStringLiteral("resizeButton"), QStyle::SP_ArrowUp,
        tr("Scale the pool out or in; only a running pool can be resized"));
    m_jobTypes = addHeaderButton(tr("Set Job Type…"), QStringLiteral("jobTypesButton"),
        QStyle::SP_FileDialogDetailedView, tr("Choose the job types the pool accepts; only when it is running"));
    m_delete = addHeaderButton(tr("Delete"), QStringLiteral("deleteButton"), QStyle::SP_TrashIcon,
        tr("Delete the pool and release its nodes"));
    m_more = addHeaderButton(tr("More"), QStringLiteral("moreButton"), QStyle::SP_ToolBarVerticalExtensionButton,
        tr("Upgrade the driver, migrate the pool to another workspace or interconnect its network with a VPC"));
    auto *moreMenu = new QMenu(m_more);
    moreMenu->setObjectName(QStringLiteral("moreMenu"));
    m_upgradeDriver = moreMenu->addAction(tr("Upgrade Driver…"), this, &PoolDetailsPage::upgradeDriver);
    m_upgradeDriver->setObjectName(QStringLiteral("upgradeDriverAction"));
    m_upgradeDriver->setToolTip(tr("Upgrade the GPU or NPU driver of the nodes; only when the pool is running"));
    m_migrateWorkspace = moreMenu->addAction(tr("Migrate Workspace…"), this, &PoolDetailsPage::migrateWorkspace);
    m_migrateWorkspace->setObjectName(QStringLiteral("migrateWorkspaceAction"));
    m_migrateWorkspace->setToolTip(tr("Move the pool to another workspace (its bills follow the workspace's "
                                      "enterprise project)"));
    m_interconnectVpc = moreMenu->addAction(tr("Interconnect VPC…"), this, &PoolDetailsPage::interconnectVpc);
    m_interconnectVpc->setObjectName(QStringLiteral("interconnectVpcAction"));
    m_interconnectVpc->setToolTip(tr("Connect the pool's network to subnets of your VPCs (Internet access goes "
                                     "through SNAT in the VPC)"));
    moreMenu->setToolTipsVisible(true);
    m_more->setMenu(moreMenu);
    connect(m_resize, &QPushButton::clicked, this, &PoolDetailsPage::resizePool);
    connect(m_jobTypes, &QPushButton::clicked, this, &PoolDetailsPage::editJobTypes);
    connect(m_delete, &QPushButton::clicked, this, &PoolDetailsPage::deletePool);

    m_basicGroup = overview()->addGroup(tr("Basic Information"));
    m_networkGroup = overview()->addGroup(tr("Network"));

    // The tabs' tables are wide: the overview gets less room than a job's paths and commands need.
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("detailsSplitter")))
        splitter->setSizes({ 370, 710 });
    m_monitoring = new PoolMonitoringTab;
    m_monitoring->setNodeModel(m_nodes);
    connect(m_monitoring, &PoolMonitoringTab::openDashboardsRequested, this,
        [this](const QString &pool)
        {
            emit navigationRequested(kDashboardsPageId,
                QVariantMap {
                    { QStringLiteral("view"), QStringLiteral("cluster") }, { QStringLiteral("pool"), pool } });
        });
    addTab(m_monitoring, tr("Monitoring"));
    addTab(buildNodesTab(), tr("Nodes"));
    addTab(buildSpecificationsTab(), tr("Specifications"));
    addTab(buildJobsTab(), tr("Jobs"));
    addTab(buildEventsTab(), tr("Events"));
    m_tagsTab = new widgets::TagsTab(api::kMaxPoolTags, tr("A pool has at most %1 tags; delete one first."));
    connect(m_tagsTab, &widgets::TagsTab::addRequested, this, &PoolDetailsPage::addTag);
    connect(m_tagsTab, &widgets::TagsTab::deleteRequested, this, &PoolDetailsPage::deleteTags);
    addTagsTab(m_tagsTab);
    tabs()->setCurrentIndex(NodesTab);
    connect(tabs(), &QTabWidget::currentChanged, this,
        [this]
        {
            updateMonitoringActive();
            refreshCurrentTab();
        });
}

void PoolDetailsPage::updateMonitoringActive()
{
    m_monitoring->setActive(isActive() && !m_poolName.isEmpty() && tabs()->currentIndex() == MonitoringTab);
}

QWidget *PoolDetailsPage::buildNodesTab()
{
    auto *tab = new QWidget;
    QVBoxLayout *layout = tabLayout(tab);

    auto *bar = new QToolBar(tab);
    bar->setObjectName(QStringLiteral("nodeToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_nodeSearch = new QLineEdit(tab);
    m_nodeSearch->setObjectName(QStringLiteral("nodeSearch"));
    m_nodeSearch->setPlaceholderText(tr("Search nodes"));
    m_nodeSearch->setToolTip(tr("Search by node name, status, IP address, driver version or resource tag"));
    m_nodeSearch->setClearButtonEnabled(true);
    m_nodeSearch->setMaximumWidth(200);
    connect(m_nodeSearch, &QLineEdit::textChanged, this,
        [this](const QString &text)
        {
            m_nodeProxy->setFilterFixedString(text.trimmed());
            updateNodeCount();
        });
    bar->addWidget(m_nodeSearch);
    bar->addSeparator();

    const auto makeAction = [this](const QString &text, const QString &name, QStyle::StandardPixmap icon,
                                const QString &toolTip, void (PoolDetailsPage::*slot)())
    {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        action->setToolTip(toolTip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_restartNodes = makeAction(tr("Restart"), QStringLiteral("restartNodesAction"), QStyle::SP_BrowserReload,
        tr("Restart the selected nodes; only available or abnormal nodes, not during a driver upgrade"),
        &PoolDetailsPage::restartSelectedNodes);
    m_resetNodes = makeAction(tr("Reset"), QStringLiteral("resetNodesAction"), QStyle::SP_DialogResetButton,
        tr("Reinstall the operating system of the selected nodes; only available nodes, not during a driver "
           "upgrade"),
        &PoolDetailsPage::resetSelectedNodes);
    m_replaceNode = makeAction(tr("Replace"), QStringLiteral("replaceNodeAction"), QStyle::SP_ArrowRight,
        tr("Replace the selected node by a new one (another name and IP address); free, at most 20 % of the "
           "pool's nodes per day"),
        &PoolDetailsPage::replaceSelectedNode);
    m_deleteNodes = makeAction(tr("Delete"), QStringLiteral("deleteNodesAction"), QStyle::SP_TrashIcon,
        tr("Delete the selected nodes; the last node of a pool is kept"), &PoolDetailsPage::deleteSelectedNodes);
    m_enableHa = makeAction(tr("Enable HA Redundancy"), QStringLiteral("enableHaAction"), QStyle::SP_DialogYesButton,
        tr("Make the selected nodes stand by for faulty nodes; they must run no jobs and are isolated"),
        &PoolDetailsPage::enableHaForSelectedNodes);
    m_disableHa = makeAction(tr("Disable HA Redundancy"), QStringLiteral("disableHaAction"), QStyle::SP_DialogNoButton,
        tr("Make the selected HA redundant nodes schedulable again"), &PoolDetailsPage::disableHaForSelectedNodes);
    m_exportNodes = makeAction(tr("Export"), QStringLiteral("exportNodesAction"), QStyle::SP_DialogSaveButton,
        tr("Save the nodes shown as a CSV file"), &PoolDetailsPage::exportNodes);
    bar->addAction(m_restartNodes);
    bar->addAction(m_resetNodes);
    bar->addAction(m_replaceNode);
    bar->addAction(m_deleteNodes);
    // Console: More > Enable/Disable HA Redundancy, one node or a batch.
    m_nodeMore = new QToolButton(bar);
    m_nodeMore->setObjectName(QStringLiteral("nodeMoreButton"));
    m_nodeMore->setText(tr("More"));
    m_nodeMore->setToolTip(tr("HA redundancy of the selected nodes"));
    m_nodeMore->setPopupMode(QToolButton::InstantPopup);
    m_nodeMore->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *nodeMenu = new QMenu(m_nodeMore);
    nodeMenu->addAction(m_enableHa);
    nodeMenu->addAction(m_disableHa);
    nodeMenu->setToolTipsVisible(true);
    m_nodeMore->setMenu(nodeMenu);
    bar->addWidget(m_nodeMore);
    bar->addSeparator();
    bar->addAction(m_exportNodes);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_nodeCount = mutedLabel(tab, QStringLiteral("nodeCount"));
    bar->addWidget(m_nodeCount);

    m_nodeView = makeTable(tab, QStringLiteral("nodeView"));
    auto *headers = new TwoLineHeaderProxy(m_nodeView);
    headers->setSourceModel(m_nodeProxy);
    m_nodeView->setModel(headers);
    m_nodeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_nodeView->setItemDelegateForColumn(
        NodeModel::Status, new widgets::StatusBadgeDelegate(NodeModel::PhaseRole, m_nodeView));
    m_nodeView->setColumnHidden(NodeModel::Pool, true); // every row is of this pool
    m_nodeView->setColumnHidden(NodeModel::Flavor, true); // the Specifications tab has it
    m_nodeView->sortByColumn(NodeModel::Name, Qt::AscendingOrder);
    m_nodeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_nodeView->addActions({ m_restartNodes, m_resetNodes, m_replaceNode, m_deleteNodes, m_enableHa, m_disableHa });
    widgets::setColumnWidths(m_nodeView,
        {
            { NodeModel::Name, 160 },
            { NodeModel::Status, 95 },
            { NodeModel::Az, 80 },
            { NodeModel::Cpus, 115 },
            { NodeModel::Accelerators, 115 },
            { NodeModel::Driver, 150 },
            { NodeModel::HaRedundant, 120 },
            { NodeModel::Ip, 105 },
            { NodeModel::Tags, 140 },
        });
    connect(
        m_nodeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PoolDetailsPage::updateActions);

    layout->addWidget(bar);
    layout->addWidget(m_nodeView, 1);
    return tab;
}

QWidget *PoolDetailsPage::buildSpecificationsTab()
{
    auto *tab = new QWidget;
    QVBoxLayout *layout = tabLayout(tab);
    // Columns of the console's Specifications tab (Figure 3-8).
    m_specs = widgets::makeReadOnlyTable(tab, QStringLiteral("specificationTable"),
        { tr("Instance Specifications"), tr("Metering ID"), tr("Container Engine Space"), tr("CPU Cores"),
            tr("CPU Architecture"), tr("Memory"), tr("AI Accelerator"), tr("Quantity"), tr("Disk Capacity") });
    auto *note = mutedLabel(tab, QStringLiteral("specificationNote"));
    note->setText(tr("Quantity is the number of nodes the pool is asked to have; Resize changes it."));
    layout->addWidget(m_specs, 1);
    layout->addWidget(note);
    return tab;
}

QWidget *PoolDetailsPage::buildJobsTab()
{
    auto *tab = new QWidget;
    QVBoxLayout *layout = tabLayout(tab);
    m_jobCountLabel = new QLabel(tab);
    m_jobCountLabel->setObjectName(QStringLiteral("jobCounts"));
    m_jobCountLabel->setWordWrap(true);
    m_workloadView = makeTable(tab, QStringLiteral("workloadView"));
    auto *proxy = new QSortFilterProxyModel(tab);
    proxy->setSourceModel(m_workloads);
    proxy->setSortRole(models::PoolWorkloadModel::SortRole);
    m_workloadView->setModel(proxy);
    m_workloadView->setItemDelegateForColumn(models::PoolWorkloadModel::Status,
        new widgets::StatusBadgeDelegate(models::PoolWorkloadModel::StatusRole, m_workloadView));
    m_workloadView->sortByColumn(models::PoolWorkloadModel::Created, Qt::DescendingOrder);
    m_workloadView->setColumnWidth(models::PoolWorkloadModel::Name, 220);
    m_workloadView->setColumnWidth(models::PoolWorkloadModel::Status, 100);
    m_workloadView->setColumnWidth(models::PoolWorkloadModel::Flavor, 200);
    layout->addWidget(m_jobCountLabel);
    layout->addWidget(m_workloadView, 1);
    return tab;
}

QWidget *PoolDetailsPage::buildEventsTab()
{
    auto *tab = new QWidget;
    QVBoxLayout *layout = tabLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_eventType = new QComboBox(tab);
    m_eventType->setObjectName(QStringLiteral("eventTypeCombo"));
    m_eventType->addItem(tr("All event types"), QString());
    m_eventType->addItem(tr("Normal", "event type"), QStringLiteral("Normal"));
    m_eventType->addItem(tr("Warning", "event type"), QStringLiteral("Warning"));
    m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_eventType, &QComboBox::currentIndexChanged, this,
        [this] { m_events->setTypeFilter(m_eventType->currentData().toString()); });
    m_eventCount = mutedLabel(tab, QStringLiteral("eventCount"));
    bar->addWidget(new QLabel(tr("Event Type"), tab));
    bar->addWidget(m_eventType);
    bar->addStretch(1);
    bar->addWidget(m_eventCount);

    auto *view = makeTable(tab, QStringLiteral("eventView"));
    view->setModel(m_eventProxy);
    view->setItemDelegateForColumn(
        models::PoolEventModel::Type, new widgets::StatusBadgeDelegate(models::PoolEventModel::TypeRole, view));
    view->sortByColumn(models::PoolEventModel::Occurred, Qt::DescendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(models::PoolEventModel::Type, 90);
    header->resizeSection(models::PoolEventModel::Reason, 175);
    header->setSectionResizeMode(models::PoolEventModel::Message, QHeaderView::Stretch);
    header->resizeSection(models::PoolEventModel::Occurred,
        view->fontMetrics().horizontalAdvance(QStringLiteral("00 Mmm 0000 00:00:00")) + 16);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return tab;
}

// ---------------------------------------------------------------------------------------
// Connection and pool

void PoolDetailsPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    m_runner->cancel();
    m_connection = connection;
    api::ApiClient *client = connection ? connection->client() : nullptr;
    m_watcher->setClient(client);
    m_runner->setClient(client);
    m_nodes->setClient(client);
    m_workloads->setClient(client);
    m_events->setClient(client);
    m_monitoring->setConnection(connection);
    m_flavors.reset();
    updatePolling();
    if (!m_poolName.isEmpty())
    {
        const QString name = m_poolName;
        m_poolName.clear();
        showPool(name);
    }
}

void PoolDetailsPage::open(const QVariant &argument)
{
    const QString name = argument.toString();
    if (!name.isEmpty())
        showPool(name);
}

void PoolDetailsPage::showPool(const QString &poolName)
{
    if (poolName != m_poolName)
    {
        m_poolName = poolName;
        resetForPool();
    }
    updatePolling();
    refresh();
}

std::optional<api::Pool> PoolDetailsPage::pool() const
{
    return m_watcher->value();
}

void PoolDetailsPage::setPollInterval(int ms)
{
    m_watcher->setInterval(ms);
    m_pollTimer->setInterval(ms);
}

void PoolDetailsPage::resetForPool()
{
    newGeneration();
    m_network.reset();
    m_vpcs.reset();
    m_subnets.clear();
    m_jobCounts.clear();
    banner()->dismiss();
    overview()->clear();
    m_watcher->setResourceId(m_poolName);
    m_nodes->setPool(m_poolName);
    m_workloads->setPool(m_poolName);
    m_events->setPool(m_poolName);
    m_monitoring->setPool(m_poolName);
    m_nodeSearch->clear();
    m_specs->setRowCount(0);
    m_tagsTab->clear();
    m_jobCountLabel->clear();
    updateHeader();
    updateActions();
}

void PoolDetailsPage::refresh()
{
    if (!m_connection || m_poolName.isEmpty())
        return;
    m_watcher->refreshNow();
    loadNetwork(); // an Interconnect VPC changes it
    if (m_nodes->rowCount() == 0)
        m_nodes->reload();
    else
        m_nodes->refresh();
    refreshCurrentTab();
}

void PoolDetailsPage::poll()
{
    // The watcher reads the pool on its own timer; nodes and the tab shown follow here.
    if (!m_connection || m_poolName.isEmpty())
        return;
    m_nodes->refresh();
    refreshCurrentTab();
}

void PoolDetailsPage::activeChanged(bool active)
{
    m_watcher->setActive(active);
    updateMonitoringActive();
    updatePolling();
    if (m_pollTimer->isActive())
        poll();
}

void PoolDetailsPage::updatePolling()
{
    if (isActive() && m_connection && !m_poolName.isEmpty())
    {
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
    }
    else
    {
        m_pollTimer->stop();
    }
}

void PoolDetailsPage::refreshCurrentTab()
{
    if (!m_connection || m_poolName.isEmpty())
        return;
    switch (tabs()->currentIndex())
    {
    case SpecificationsTab:
        if (!m_flavors)
            loadFlavors();
        break;
    case JobsTab:
        m_workloads->rowCount() == 0 ? m_workloads->reload() : m_workloads->refresh();
        loadJobCounts();
        break;
    case EventsTab:
        m_events->refresh();
        break;
    case TagsTab:
        loadTags();
        break;
    default:
        break;
    }
}

void PoolDetailsPage::onPoolUpdated(const QStringList &fields)
{
    updateHeader();
    updateOverview();
    updateSpecifications();
    updateActions();
    // Nodes appear or leave when the pool's counts change: read them now, not at the next tick.
    if (fields.contains(QStringLiteral("status.resources")) || fields.contains(QStringLiteral("spec.resources")))
        m_nodes->refresh();
    if (!m_network)
        loadNetwork();
    emit poolLoaded();
}

QString PoolDetailsPage::phase() const
{
    const auto &pool = m_watcher->value();
    return pool && pool->status ? pool->status->phase.value_or(QString()) : QString();
}

bool PoolDetailsPage::driverUpgrading() const
{
    const auto &pool = m_watcher->value();
    if (!pool || !pool->status || !pool->status->driver)
        return false;
    const api::PoolDriverStatus &driver = *pool->status->driver;
    const auto upgrading = [](const std::optional<api::PoolDriverState> &d)
    {
        return d && d->state.value_or(QString()) == u"Upgrading";
    };
    return upgrading(driver.gpu) || upgrading(driver.npu);
}

void PoolDetailsPage::updateHeader()
{
    const auto &pool = m_watcher->value();
    setWatchTarget(m_connection, models::WatchKind::Pool, m_poolName, pool ? api::poolDisplayName(*pool) : QString());
    if (!pool)
    {
        setDisplayName(m_poolName.isEmpty() ? QString() : tr("Loading…"));
        clearStatus();
        return;
    }
    setDisplayName(api::poolDisplayName(*pool));
    const QString p = phase();
    const models::StatusWord word = models::poolstatus::pool(p);
    setStatus(word.text, widgets::Theme::badgeName(static_cast<widgets::StatusTone>(word.badge)));
}

void PoolDetailsPage::updateOverview()
{
    const auto &value = m_watcher->value();
    if (!value)
        return;
    const api::Pool &pool = *value;
    QStringList jobTypes;
    for (const QString &scope : pool.spec.scope.value_or(std::vector<QString>()))
    {
        QString state;
        if (pool.status && pool.status->scope)
            for (const api::PoolScopeStatus &s : *pool.status->scope)
                if (s.scopeType.value_or(QString()) == scope && s.state.value_or(QString()) != u"Enabled")
                    state = models::poolstatus::scope(s.state.value_or(QString())).text;
        const QString type = models::poolstatus::jobType(scope);
        jobTypes << (state.isEmpty() ? type : tr("%1 (%2)", "job type (state)").arg(type, state));
    }
    QStringList flavors;
    for (const api::PoolResource &r : pool.spec.resources)
        flavors << tr("%1 × %2", "flavor × count").arg(r.flavor).arg(r.count);
    QStringList drivers;
    if (pool.status && pool.status->driver)
    {
        const auto add = [&drivers](const QString &kind, const std::optional<api::PoolDriverState> &d)
        {
            if (!d || d->version.value_or(QString()).isEmpty())
                return;
            const QString state = d->state.value_or(QString());
            drivers << (state.isEmpty() ? QStringLiteral("%1 %2").arg(kind, *d->version)
                                        : tr("%1 %2 (%3)", "GPU version (state)")
                                              .arg(kind, *d->version, models::poolstatus::driver(state).text));
        };
        add(QStringLiteral("GPU"), pool.status->driver->gpu);
        add(QStringLiteral("NPU"), pool.status->driver->npu);
    }
    const int available = api::poolNodeCount(pool, api::PoolResourceState::Available);
    // A node being rebooted or reset is in no status.resources bucket: count the target too.
    const int total = std::max(api::poolTotalNodeCount(pool), api::poolTargetNodeCount(pool));
    const QString billing = annotation(pool, kBillingModeKey);
    const QString statusMessage = pool.status ? pool.status->message.value_or(QString()) : QString();

    QList<widgets::OverviewRow> rows = {
        { tr("Name"), api::poolDisplayName(pool) },
        { tr("ID"), pool.metadata.name.value_or(QString()) },
        { tr("Status"), models::poolstatus::pool(phase()).text },
        { tr("Resource Pool Type"),
            pool.spec.type.value_or(QString()) == u"Dedicate" ? tr("Dedicated") : tr("Unknown") },
        { tr("Billing Mode"),
            billing == u"1" ? tr("Yearly/Monthly") : (billing.isEmpty() ? QString() : tr("Pay-per-use")) },
        { tr("Job Types"), jobTypes.join(QStringLiteral(", ")) },
        { tr("Flavors"), flavors.join(QStringLiteral(", ")) },
        { tr("Nodes (Available/Total)"), tr("%1/%2", "available/total").arg(available).arg(total) },
        { tr("Driver"), drivers.join(QStringLiteral(", ")) },
        { tr("Workspace"),
            api::poolWorkspaceId(pool) == u"0"
                ? tr("default")
                : m_workspaceNames.value(api::poolWorkspaceId(pool), api::poolWorkspaceId(pool)) },
        { tr("Created"), timeText(pool.metadata.creationTimestamp) },
        { tr("Description"), annotation(pool, kDescriptionKey) },
    };
    if (!statusMessage.isEmpty())
        rows.insert(3, { tr("Status Details"), statusMessage });
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [](const widgets::OverviewRow &r) { return r.value.isEmpty(); }),
        rows.end());
    overview()->setRows(m_basicGroup, rows);

    QList<widgets::OverviewRow> network;
    const QString networkName = pool.spec.network ? pool.spec.network->name.value_or(QString()) : QString();
    if (!networkName.isEmpty())
        network.append({ tr("Network ID"), networkName });
    if (m_network)
    {
        if (m_network->metadata)
        {
            const QString display = api::k8sLabel(*m_network->metadata, QStringLiteral("os.modelarts/name"));
            if (!display.isEmpty())
                network.prepend({ tr("Network Name"), display });
        }
        if (m_network->spec && m_network->spec->cidr)
            network.append({ tr("CIDR Block"), *m_network->spec->cidr });
        if (m_network->metadata)
        {
            // One line per subnet: its name and block (when the VPC list is read), VPC and state.
            QMap<QString, QString> phases;
            if (m_network->status && m_network->status->connectionStatus
                && m_network->status->connectionStatus->peerConnectionStatus)
            {
                for (const api::PeerConnectionStatus &st : *m_network->status->connectionStatus->peerConnectionStatus)
                    phases.insert(st.peerSubnetId.value_or(QString()), st.phase.value_or(QString()));
            }
            QStringList lines;
            for (const api::PeerConnection &peer : api::peerConnections(*m_network))
            {
                const QString subnetId = peer.peerSubnetId.value_or(QString());
                const QString vpcId = peer.peerVpcId.value_or(QString());
                const QString subnet = vpcinterconnection::subnetLabel(m_subnets, subnetId);
                QString vpc = vpcId;
                for (const api::Vpc &v : m_vpcs.value_or(std::vector<api::Vpc>()))
                    if (v.id == vpcId)
                        vpc = v.name.value_or(v.id);
                const QString phase = phases.value(subnetId);
                lines << (phase.isEmpty()
                        ? tr("%1 in %2", "subnet in VPC").arg(subnet, vpc)
                        : tr("%1 in %2: %3", "subnet in VPC: connection state").arg(subnet, vpc, phase));
            }
            network.append(
                { tr("Interconnected VPC"), lines.isEmpty() ? tr("Off", "VPC interconnection") : lines.join(u'\n') });
        }
    }
    if (pool.spec.containerNetwork && pool.spec.containerNetwork->cidr)
        network.append({ tr("Container CIDR Block"), *pool.spec.containerNetwork->cidr });
    overview()->setRows(m_networkGroup, network);
}

QString PoolDetailsPage::networkName() const
{
    const auto &pool = m_watcher->value();
    if (!pool || !pool->spec.network)
        return QString();
    return pool->spec.network->name.value_or(QString());
}

void PoolDetailsPage::loadVpcs(std::function<void()> then)
{
    if (!m_connection)
        return;
    const quint64 sent = generation();
    vpcinterconnection::read(m_connection->client(), this,
        [this, sent, then](const api::ApiError &error, const vpcinterconnection::Catalogue &catalogue)
        {
            if (sent != generation())
                return;
            if (error.isError())
            {
                updateActions();
                return reportError(error);
            }
            m_vpcs = catalogue.vpcs;
            m_subnets = catalogue.subnets;
            updateOverview();
            updateActions();
            then();
        });
}

void PoolDetailsPage::interconnectVpc()
{
    if (!m_interconnectVpc->isEnabled() || !m_network || !m_network->spec)
        return;
    m_interconnectVpc->setEnabled(false); // one read at a time
    loadVpcs(
        [this]
        {
            // The dialog runs once the reply's handling is over, not inside it.
            const quint64 sent = generation();
            QTimer::singleShot(0, this,
                [this, sent]
                {
                    if (sent != generation() || !m_network || !m_network->spec)
                        return;
                    emit vpcsLoaded();
                    InterconnectVpcDialog::Input input;
                    input.networkName = api::networkDisplayName(*m_network);
                    input.networkCidr = m_network->spec->cidr.value_or(QString());
                    input.vpcs = m_vpcs.value_or(std::vector<api::Vpc>());
                    input.subnets = m_subnets;
                    input.current = api::peerConnections(*m_network);
                    if (const auto peers = InterconnectVpcDialog::ask(this, std::move(input)))
                        interconnectTo(*peers);
                });
        });
}

void PoolDetailsPage::interconnectTo(const std::vector<api::PeerConnection> &peers)
{
    const QString network = networkName();
    if (network.isEmpty() || !m_network)
        return;
    runAction(vpcinterconnection::action(network, *m_network, peers, m_subnets));
}

void PoolDetailsPage::loadNetwork()
{
    const auto &pool = m_watcher->value();
    if (!m_connection || !pool || !pool->spec.network || !pool->spec.network->name)
        return;
    if (!m_network)
        m_network = api::Network(); // one read at a time; what was shown stays until the answer
    api::ApiCall *call = m_connection->client()->send(api::networks::show(*pool->spec.network->name));
    const quint64 sent = generation();
    api::whenDecoded<api::Network>(call, this,
        [this, sent](const api::Typed<api::Network> &result)
        {
            if (sent != generation() || !result.ok())
                return; // the network area keeps the id the pool names
            m_network = result.value;
            updateOverview();
            updateActions();
            // Names of the interconnected subnets: the VPC lists, read once.
            if (!m_vpcs && !api::peerConnections(*m_network).empty())
                loadVpcs([] {});
            emit networkLoaded();
        });
}

void PoolDetailsPage::loadFlavors()
{
    if (!m_connection)
        return;
    m_flavors = api::ResourceFlavorList();
    api::ApiCall *call = m_connection->client()->send(api::pools::resourceFlavors());
    api::whenDecoded<api::ResourceFlavorList>(call, this,
        [this](const api::Typed<api::ResourceFlavorList> &result)
        {
            if (!result.ok())
            {
                m_flavors.reset();
                return;
            }
            m_flavors = result.value;
            updateSpecifications();
        });
}

void PoolDetailsPage::updateSpecifications()
{
    const auto &value = m_watcher->value();
    if (!value)
        return;
    const api::Pool &pool = *value;
    const QString meteringIds = annotation(pool, kFlavorIdsKey);
    const api::Json ids = api::Json::parse(meteringIds.toStdString(), nullptr, false);
    m_specs->setRowCount(int(pool.spec.resources.size()));
    int row = 0;
    for (const api::PoolResource &r : pool.spec.resources)
    {
        const api::ResourceFlavorSpec *spec = nullptr;
        if (m_flavors)
            for (const api::ResourceFlavor &f : m_flavors->items)
                if (f.metadata && f.metadata->name == r.flavor && f.spec)
                    spec = &*f.spec;
        QString engineSpace;
        if (r.extendParams && r.extendParams->is_object() && r.extendParams->contains("dockerBaseSize"))
        {
            const api::Json &size = r.extendParams->at("dockerBaseSize");
            engineSpace = tr("%1 GB").arg(size.is_string() ? QString::fromStdString(size.get<std::string>())
                                                           : QString::number(size.get<double>()));
        }
        QString accelerator;
        QString disk;
        if (spec)
        {
            for (const auto &a : { spec->gpu, spec->npu })
                if (a && a->size.value_or(0) > 0)
                    accelerator = QStringLiteral("%1 × %2").arg(*a->size).arg(a->type.value_or(QString()));
            QStringList disks;
            if (r.rootVolume || spec->rootVolume)
                disks << tr("System: %1").arg(volumeText(r.rootVolume ? *r.rootVolume : *spec->rootVolume));
            for (const api::PoolVolume &v :
                r.dataVolumes ? *r.dataVolumes : spec->dataVolumes.value_or(std::vector<api::PoolVolume>()))
                disks << tr("Data: %1").arg(volumeText(v));
            disk = disks.join(QStringLiteral(", "));
        }
        const QString metering
            = ids.is_object() && ids.contains(r.flavor.toStdString()) && ids.at(r.flavor.toStdString()).is_string()
            ? QString::fromStdString(ids.at(r.flavor.toStdString()).get<std::string>())
            : QString();
        const QStringList cells = {
            r.flavor,
            metering,
            engineSpace.isEmpty() ? tr("Default") : engineSpace,
            spec ? spec->cpu.value_or(QString()) : QString(),
            spec ? spec->cpuArch.value_or(QString()) : QString(),
            spec ? quantityText(spec->memory) : QString(),
            accelerator.isEmpty() ? QStringLiteral("--") : accelerator,
            QString::number(r.count),
            disk,
        };
        for (int column = 0; column < cells.size(); ++column)
        {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_specs->setItem(row, column, item);
        }
        ++row;
    }
    m_specs->resizeColumnsToContents();
    for (int column = 0; column < m_specs->columnCount(); ++column)
        m_specs->setColumnWidth(column, std::min(m_specs->columnWidth(column), 240));
}

void PoolDetailsPage::loadJobCounts()
{
    api::ApiCall *call = m_connection->client()->send(api::pools::workloadStatistics(m_poolName));
    const quint64 sent = generation();
    api::whenDecoded<api::WorkloadStatistics>(call, this,
        [this, sent](const api::Typed<api::WorkloadStatistics> &result)
        {
            if (sent != generation() || !result.ok())
                return;
            // Training jobs and notebooks together, by status, in the API's order.
            qint64 counts[9] = {};
            qint64 total = 0;
            if (result.value.statistics && result.value.statistics->items)
                for (const api::WorkloadTypeStatistics &type : *result.value.statistics->items)
                {
                    total += type.total.value_or(0);
                    if (!type.status)
                        continue;
                    const api::WorkloadStatusCounts &s = *type.status;
                    const std::optional<qint64> values[9] = { s.running, s.queue, s.pending, s.creating, s.abnormal,
                        s.terminating, s.completed, s.terminated, s.failed };
                    for (int i = 0; i < 9; ++i)
                        counts[i] += values[i].value_or(0);
                }
            const QString names[9] = { tr("Running"), tr("Queuing"), tr("Pending"), tr("Creating"), tr("Abnormal"),
                tr("Stopping"), tr("Completed"), tr("Stopped"), tr("Failed") };
            QStringList parts;
            for (int i = 0; i < 9; ++i)
                if (counts[i] > 0)
                    parts << tr("%1: %2", "status: count").arg(names[i]).arg(counts[i]);
            m_jobCounts = total == 0 ? tr("No training jobs or notebooks have run in this pool.")
                                     : (total == 1 ? tr("1 job") : tr("%1 jobs").arg(total)) + QStringLiteral(" · ")
                    + parts.join(QStringLiteral(" · "));
            m_jobCountLabel->setText(m_jobCounts);
        });
}

QString PoolDetailsPage::jobCountsText() const
{
    return m_jobCounts;
}

QString PoolDetailsPage::overviewValue(const QString &label) const
{
    return overview()->value(label);
}

// ---------------------------------------------------------------------------------------
// Nodes

QStringList PoolDetailsPage::selectedNodeNames() const
{
    QStringList names;
    for (const QModelIndex &index : m_nodeView->selectionModel()->selectedRows())
        names << index.data(NodeModel::NodeNameRole).toString();
    return names;
}

int PoolDetailsPage::nodesInUse() const
{
    int inUse = 0;
    for (int row = 0; row < m_nodes->rowCount(); ++row)
    {
        const QModelIndex index = m_nodes->index(row, 0);
        if (index.data(NodeModel::PhaseRole).toString() == u"Deleting")
            continue;
        const bool cpuUsed
            = index.data(NodeModel::CpuFreeRole).toDouble() + 0.01 < index.data(NodeModel::CpuTotalRole).toDouble();
        const bool cardUsed
            = index.data(NodeModel::AcceleratorFreeRole).toInt() < index.data(NodeModel::AcceleratorTotalRole).toInt();
        if (cpuUsed || cardUsed)
            ++inUse;
    }
    return inUse;
}

void PoolDetailsPage::updateNodeCount()
{
    const int total = m_nodes->rowCount();
    const int shown = m_nodeProxy->rowCount();
    const QString all = total == 1 ? tr("1 node") : tr("%1 nodes").arg(total);
    m_nodeCount->setText(shown == total ? all : tr("%1 of %2", "shown of all nodes").arg(shown).arg(all));
    updateActions();
}

void PoolDetailsPage::restartSelectedNodes()
{
    QStringList names;
    for (const QModelIndex &index : m_nodeView->selectionModel()->selectedRows())
        if (index.data(NodeModel::CanRebootRole).toBool())
            names << index.data(NodeModel::NodeNameRole).toString();
    if (names.isEmpty() || driverUpgrading())
        return;
    runAction(NodeOperations::action(NodeOperations::Kind::Restart, { { m_poolName, names } }));
}

void PoolDetailsPage::resetSelectedNodes()
{
    QStringList names;
    for (const QModelIndex &index : m_nodeView->selectionModel()->selectedRows())
        if (index.data(NodeModel::CanResetRole).toBool())
            names << index.data(NodeModel::NodeNameRole).toString();
    if (names.isEmpty() || driverUpgrading())
        return;
    runAction(NodeOperations::action(NodeOperations::Kind::Reset, { { m_poolName, names } }));
}

void PoolDetailsPage::deleteSelectedNodes()
{
    QStringList names;
    for (const QModelIndex &index : m_nodeView->selectionModel()->selectedRows())
        if (index.data(NodeModel::PhaseRole).toString() != u"Deleting")
            names << index.data(NodeModel::NodeNameRole).toString();
    if (names.isEmpty() || !m_deleteNodes->isEnabled())
        return;
    runAction(NodeOperations::action(NodeOperations::Kind::Delete, { { m_poolName, names } }));
}

void PoolDetailsPage::replaceSelectedNode()
{
    const QStringList names = selectedNodeNames();
    if (names.size() != 1 || !m_replaceNode->isEnabled())
        return;
    runAction(NodeOperations::action(NodeOperations::Kind::Replace, { { m_poolName, names } }));
}

void PoolDetailsPage::enableHaForSelectedNodes()
{
    setSelectedNodesHa(true);
}

void PoolDetailsPage::disableHaForSelectedNodes()
{
    setSelectedNodesHa(false);
}

void PoolDetailsPage::setSelectedNodesHa(bool on)
{
    const auto kind = on ? NodeOperations::Kind::EnableHa : NodeOperations::Kind::DisableHa;
    QStringList names;
    for (const QModelIndex &index : m_nodeView->selectionModel()->selectedRows())
        if (NodeOperations::applies(
                kind, index.data(NodeModel::PhaseRole).toString(), index.data(NodeModel::HaRedundantRole).toBool()))
            names << index.data(NodeModel::NodeNameRole).toString();
    if (names.isEmpty() || !(on ? m_enableHa : m_disableHa)->isEnabled())
        return;
    runAction(NodeOperations::action(kind, { { m_poolName, names } }));
}

void PoolDetailsPage::exportNodes()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = (m_poolName.isEmpty() ? QStringLiteral("pool") : m_poolName) + QStringLiteral("-nodes.csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Nodes"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportNodesTo(path))
        banner()->showMessage(tr("The nodes could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool PoolDetailsPage::exportNodesTo(const QString &path)
{
    QList<int> columns;
    for (int column = 0; column < NodeModel::ColumnCount; ++column)
        if (!m_nodeView->isColumnHidden(column))
            columns << column;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray csv = models::exportCsv(*m_nodeProxy, columns);
    if (file.write(csv) != csv.size())
    {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

// ---------------------------------------------------------------------------------------
// Pool operations

bool PoolDetailsPage::runAction(const models::Action &action)
{
    if (!m_connection || action.calls.empty())
        return false;
    const bool started = m_runner->request(action);
    updateActions();
    return started;
}

void PoolDetailsPage::resizePool()
{
    const auto &pool = m_watcher->value();
    if (!pool || !m_resize->isEnabled())
        return;
    QList<PoolResizeDialog::FlavorCount> current;
    for (const api::PoolResource &r : pool->spec.resources)
        current.append({ r.flavor, r.count });
    const auto targets = PoolResizeDialog::ask(this, api::poolDisplayName(*pool), current, nodesInUse());
    if (targets)
        resizeTo(*targets);
}

void PoolDetailsPage::resizeTo(const QList<PoolResizeDialog::FlavorCount> &targets)
{
    const auto &value = m_watcher->value();
    if (!value || targets.isEmpty())
        return;
    // A merge patch replaces the resources array: scale each flavor on a copy, send the last patch.
    api::Pool scaled = *value;
    api::PoolPatch patch;
    int before = 0;
    int after = 0;
    for (const api::PoolResource &r : value->spec.resources)
        before += r.count;
    for (const auto &target : targets)
    {
        patch = api::poolScalePatch(scaled, target.flavor, target.count);
        if (patch.spec && patch.spec->resources)
            scaled.spec.resources = *patch.spec->resources;
    }
    for (const api::PoolResource &r : scaled.spec.resources)
        after += r.count;
    if (after == before && targets.size() == 1)
        return;
    const QString name = api::poolDisplayName(*value);
    models::Action action;
    action.title = tr("Resize pool");
    if (after > before)
        action.confirmation = tr("Scale out the pool “%1” from %2 to %3 nodes?").arg(name).arg(before).arg(after)
            + QStringLiteral("\n\n")
            + tr("New nodes are created in the pool's flavor and billed from when they are available.");
    else
        action.confirmation = tr("Scale in the pool “%1” from %2 to %3 nodes?").arg(name).arg(before).arg(after)
            + QStringLiteral("\n\n") + tr("Idle nodes are deleted, newest first; nodes running jobs are kept.");
    action.calls.push_back({ name, api::pools::patch(m_poolName, patch) });
    runAction(action);
}

void PoolDetailsPage::editJobTypes()
{
    const auto &pool = m_watcher->value();
    if (!pool || !m_jobTypes->isEnabled())
        return;
    const std::vector<QString> scope = pool->spec.scope.value_or(std::vector<QString>());
    const auto chosen
        = PoolJobTypesDialog::ask(this, api::poolDisplayName(*pool), QStringList(scope.begin(), scope.end()));
    if (chosen)
        setJobTypes(*chosen);
}

void PoolDetailsPage::setJobTypes(const QStringList &scope)
{
    const auto &pool = m_watcher->value();
    if (!pool || scope.isEmpty())
        return;
    api::PoolPatch patch;
    patch.spec = api::PoolPatchSpec();
    patch.spec->scope = std::vector<QString>(scope.begin(), scope.end());
    models::Action action;
    action.title = tr("Set job type");
    action.calls.push_back({ api::poolDisplayName(*pool), api::pools::patch(m_poolName, patch) });
    runAction(action);
}

void PoolDetailsPage::deletePool()
{
    const auto &pool = m_watcher->value();
    if (!pool || !m_delete->isEnabled())
        return;
    const QString name = api::poolDisplayName(*pool);
    const QString question = destructiveQuestion(DestructiveAction::Delete, poolNoun(), { name },
        tr("The nodes are released; training jobs, notebooks and services that use the pool become unavailable and "
           "the pool cannot be restored."));
    if (!PoolDeleteDialog::ask(this, name, question))
        return;
    m_delete->setEnabled(false);
    const QString id = m_poolName;
    sendAction(m_connection->client()->send(api::pools::remove(id)),
        [this, id]
        {
            m_poolName.clear();
            resetForPool();
            emit poolDeleted(id);
        });
}

std::optional<PoolDriverUpgradeDialog::Input> PoolDetailsPage::driverUpgradeInput() const
{
    const auto &pool = m_watcher->value();
    if (!pool)
        return std::nullopt;
    QStringList versions;
    for (int row = 0; row < m_nodes->rowCount(); ++row)
    {
        const QModelIndex index = m_nodes->index(row, 0);
        if (index.data(NodeModel::PhaseRole).toString() != u"Deleting")
            versions << index.data(NodeModel::DriverVersionRole).toString();
    }
    return PoolDriverUpgradeDialog::inputFor(*pool, versions);
}

void PoolDetailsPage::upgradeDriver()
{
    const auto input = driverUpgradeInput();
    if (!input || !m_upgradeDriver->isEnabled())
        return;
    if (const auto choice = PoolDriverUpgradeDialog::ask(this, *input))
        upgradeDriverTo(*choice);
}

void PoolDetailsPage::upgradeDriverTo(const PoolDriverUpgradeDialog::Choice &choice)
{
    const auto input = driverUpgradeInput();
    if (!input || choice.version.isEmpty())
        return;
    models::Action action;
    action.title = tr("Upgrade driver");
    action.confirmation = PoolDriverUpgradeDialog::confirmation(*input, choice);
    action.calls.push_back(
        { input->poolName, api::pools::patch(m_poolName, PoolDriverUpgradeDialog::patchFor(input->kind, choice)) });
    runAction(action);
}

void PoolDetailsPage::migrateWorkspace()
{
    const auto &pool = m_watcher->value();
    if (!pool || !m_migrateWorkspace->isEnabled())
        return;
    m_migrateWorkspace->setEnabled(false); // one read at a time
    api::ApiCall *call = m_connection->client()->send(api::workspaces::list());
    const quint64 sent = generation();
    api::whenDecoded<api::WorkspaceList>(call, this,
        [this, sent](const api::Typed<api::WorkspaceList> &result)
        {
            updateActions();
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                return;
            }
            for (const api::Workspace &w : result.value.workspaces)
                m_workspaceNames.insert(w.id, w.name);
            const QList<PoolMigrateDialog::WorkspaceEntry> workspaces = PoolMigrateDialog::entriesOf(result.value);
            updateOverview();
            // The dialog runs once the reply's handling is over, not inside it.
            QTimer::singleShot(0, this,
                [this, workspaces, sent]
                {
                    const auto &pool = m_watcher->value();
                    if (sent != generation() || !pool)
                        return;
                    emit workspacesLoaded();
                    if (const auto target = PoolMigrateDialog::ask(
                            this, api::poolDisplayName(*pool), api::poolWorkspaceId(*pool), workspaces))
                        migrateTo(target->id, PoolMigrateDialog::workspaceName(workspaces, target->id));
                });
        });
}

void PoolDetailsPage::migrateTo(const QString &workspaceId, const QString &workspaceName)
{
    const auto &pool = m_watcher->value();
    if (!pool || workspaceId.isEmpty())
        return;
    const auto nameOf = [this](const QString &id)
    {
        if (id == u"0")
            return tr("default", "the default workspace");
        return m_workspaceNames.value(id, id);
    };
    const QString name = api::poolDisplayName(*pool);
    models::Action action;
    action.title = tr("Migrate workspace");
    action.confirmation = tr("Migrate the pool “%1” from the workspace “%2” to “%3”?")
                              .arg(name, nameOf(api::poolWorkspaceId(*pool)),
                                  workspaceName.isEmpty() ? nameOf(workspaceId) : workspaceName)
        + QStringLiteral("\n\n")
        + tr("The pool's bills go to the enterprise project of the new workspace. Its nodes, jobs and notebooks are "
             "not affected.");
    action.calls.push_back({ name, api::pools::patch(m_poolName, PoolMigrateDialog::patchFor(workspaceId)) });
    runAction(action);
}

// ---------------------------------------------------------------------------------------
// Tags

void PoolDetailsPage::loadTags()
{
    api::ApiCall *call = m_connection->client()->send(api::pools::tags(m_poolName));
    const quint64 sent = generation();
    api::whenDecoded<api::PoolTagList>(call, this,
        [this, sent](const api::Typed<api::PoolTagList> &result)
        {
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                return;
            }
            showTags(result.value.tags);
        });
}

void PoolDetailsPage::showTags(const std::vector<api::PoolTag> &tags)
{
    QMap<QString, QString> now;
    for (const api::PoolTag &tag : tags)
        if (tag.key)
            now.insert(*tag.key, tag.value.value_or(QString()));
    m_tagsTab->setTags(now);
    emit tagsLoaded();
}

void PoolDetailsPage::addTag(const QString &key, const QString &value)
{
    if (key.isEmpty() || !m_tagsTab->hasRoomFor(key))
        return;
    api::PoolTag tag;
    tag.key = key;
    tag.value = value;
    api::PoolTagList body;
    body.tags.push_back(tag);
    models::Action action;
    action.title = tr("Add tag");
    action.calls.push_back({ key, api::pools::createTags(m_poolName, body) });
    if (runAction(action))
        m_tagsTab->clearInputs();
}

void PoolDetailsPage::deleteTags(const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    api::PoolTagList body;
    for (const QString &key : keys)
    {
        api::PoolTag tag;
        tag.key = key;
        body.tags.push_back(tag);
    }
    models::Action action;
    action.title = tr("Delete tags");
    action.confirmation = widgets::TagsTab::deleteConfirmation(keys);
    action.calls.push_back({ keys.join(QStringLiteral(", ")), api::pools::deleteTags(m_poolName, body) });
    runAction(action);
}

// ---------------------------------------------------------------------------------------
// Actions

void PoolDetailsPage::updateActions()
{
    if (!m_resize || !m_restartNodes)
        return; // still being built
    const bool ready = m_connection && !m_poolName.isEmpty() && m_watcher->value() && !m_runner->isBusy();
    const QString p = phase();
    const bool running = p == u"Running";
    const bool local = m_poolName == u"local"; // the built-in pool is this computer
    m_resize->setEnabled(ready && running && !local);
    m_jobTypes->setEnabled(ready && running);
    m_delete->setEnabled(ready && !local && p != u"Deleting");

    // Nodes (console §3.3.4): restart Available/Abnormal, reset Available, never during a
    // driver upgrade; delete keeps at least one node.
    const bool nodeOps = ready && !local && (running || p == u"Abnormal");
    bool canRestart = false;
    bool canReset = false;
    int deletable = 0;
    const QModelIndexList selected = m_nodeView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
    {
        canRestart = canRestart || index.data(NodeModel::CanRebootRole).toBool();
        canReset = canReset || index.data(NodeModel::CanResetRole).toBool();
        if (index.data(NodeModel::PhaseRole).toString() != u"Deleting")
            ++deletable;
    }
    int remaining = 0;
    for (int row = 0; row < m_nodes->rowCount(); ++row)
        if (m_nodes->index(row, 0).data(NodeModel::PhaseRole).toString() != u"Deleting")
            ++remaining;
    const bool upgrading = driverUpgrading();
    // Console (§3.3.4): reset and replace exclude each other while either is under way.
    bool anyReplacing = false;
    bool anyResetting = false;
    for (int row = 0; row < m_nodes->rowCount(); ++row)
    {
        const QString nodePhase = m_nodes->index(row, 0).data(NodeModel::PhaseRole).toString();
        anyReplacing = anyReplacing || nodePhase == u"Replacing";
        anyResetting = anyResetting || nodePhase == u"Resetting";
    }
    bool canReplace = false;
    bool canEnableHa = false;
    bool canDisableHa = false;
    for (const QModelIndex &index : selected)
    {
        const QString nodePhase = index.data(NodeModel::PhaseRole).toString();
        if (nodePhase == u"Deleting")
            continue;
        const bool ha = index.data(NodeModel::HaRedundantRole).toBool();
        canEnableHa = canEnableHa || !ha;
        canDisableHa = canDisableHa || ha;
        canReplace = nodePhase == u"Available" || nodePhase == u"Abnormal";
    }
    m_restartNodes->setEnabled(nodeOps && canRestart && !upgrading);
    m_resetNodes->setEnabled(nodeOps && canReset && !upgrading && !anyReplacing);
    m_replaceNode->setEnabled(nodeOps && selected.size() == 1 && canReplace && !anyResetting);
    m_replaceNode->setToolTip(anyResetting
            ? tr("A node is being reset; nodes cannot be replaced meanwhile")
            : tr("Replace the selected node by a new one (another name and IP address); free, at most 20 % of the "
                 "pool's nodes per day"));
    m_enableHa->setEnabled(nodeOps && canEnableHa);
    m_disableHa->setEnabled(nodeOps && canDisableHa);
    m_nodeMore->setEnabled(m_enableHa->isEnabled() || m_disableHa->isEnabled());
    m_deleteNodes->setEnabled(nodeOps && deletable > 0 && deletable < remaining);
    m_deleteNodes->setToolTip(deletable > 0 && deletable >= remaining
            ? tr("The last node of a pool cannot be deleted; delete the pool instead")
            : tr("Delete the selected nodes; the last node of a pool is kept"));
    // Console (§4.2): a running pool with GPU or Ascend nodes, one upgrade at a time.
    m_upgradeDriver->setEnabled(ready && running && !local && !upgrading && driverUpgradeInput().has_value());
    m_migrateWorkspace->setEnabled(ready && !local && (running || p == u"Abnormal"));
    m_interconnectVpc->setEnabled(ready && !local && m_network && m_network->spec && m_network->spec->cidr);
    m_more->setEnabled(ready && !local);
    m_exportNodes->setEnabled(m_nodeProxy->rowCount() > 0);
    m_tagsTab->setReady(m_connection && !m_poolName.isEmpty() && !m_runner->isBusy());
}
std::optional<ApiCallSource> PoolDetailsPage::resourceCall() const
{
    if (!m_connection || m_poolName.isEmpty())
        return std::nullopt;
    return ApiCallSource { m_connection, api::pools::show(m_poolName) };
}
} // namespace ma::ui
