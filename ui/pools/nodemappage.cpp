#include "nodemappage.h"

#include "api/poolrequests.h"
#include "models/actionrunner.h"
#include "models/connection.h"
#include "models/nodemapmodel.h"
#include "models/poolstatus.h"
#include "ui/appsettings.h"
#include "ui/confirmation.h"
#include "ui/pools/nodeoperations.h"
#include "ui/pools/poolpageids.h"
#include "widgets/nodemapwidget.h"

#include <map>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringBuilder>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using Model = models::NodeMapModel;
using widgets::NodeMapWidget;

// The built-in pool of modelarts-local is this computer: its node is never restarted or reset.
const QString kLocalPool = QStringLiteral("local");

/** The Nodes tab's conditions (NodeOperations::applies); never the built-in pool. */
bool canOperate(const models::NodeMapEntry &e, NodeOperations::Kind kind)
{
    if (e.poolId == kLocalPool)
        return false;
    return NodeOperations::applies(kind, e.phase, e.haRedundant);
}

api::ApiError outcomeError(const models::ActionOutcome &outcome)
{
    if (outcome.failures.size() == 1)
        return outcome.failures.front().error;
    api::ApiError error;
    error.kind = api::ApiError::Kind::Http;
    error.message = outcome.message();
    return error;
}
} // namespace

NodeMapPage::NodeMapPage(QWidget *parent)
    : ConsolePage(parent)
    , m_model(new models::NodeMapModel(this))
    , m_runner(new models::ActionRunner(this))
    , m_refreshTimer(new QTimer(this))
    , m_rebuildTimer(new QTimer(this))
{
    buildLayout();

    // Model signals come in bursts (inserts, changes, utilisation one node at a time): the
    // tiles are rebuilt once per burst.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &NodeMapPage::rebuildTiles);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NodeMapPage::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NodeMapPage::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NodeMapPage::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NodeMapPage::scheduleRebuild);
    connect(m_model, &Model::refreshed, this, &NodeMapPage::scheduleRebuild);
    connect(m_model, &Model::poolsChanged, this, &NodeMapPage::updatePoolFilter);
    connect(m_model, &Model::loadingChanged, this, &NodeMapPage::updateSummary);
    connect(m_model, &Model::errorOccurred, this, &ConsolePage::errorOccurred);
    connect(m_map, &NodeMapWidget::selectionChanged, this,
        [this]
        {
            updateSummary();
            updateActions();
        });

    connect(m_refreshTimer, &QTimer::timeout, m_model, &Model::refresh);
    applySettings();

    connect(m_runner, &models::ActionRunner::confirmationRequested, this,
        [this](const QString &, const QString &text) { confirm(text) ? m_runner->confirm() : m_runner->reject(); });
    connect(m_runner, &models::ActionRunner::started, this, &NodeMapPage::updateActions);
    connect(m_runner, &models::ActionRunner::finished, this,
        [this](const models::ActionOutcome &outcome)
        {
            if (!outcome.failures.empty())
                emit errorOccurred(outcomeError(outcome));
            else if (outcome.succeeded > 0)
                emit statusMessage(outcome.title % QStringLiteral(": ") % outcome.message(), 5000);
            updateActions();
        });
    connect(m_runner, &models::ActionRunner::refreshRequested, m_model, &Model::refresh);
    rebuildTiles();
}

NodeMapPage::~NodeMapPage() = default;

void NodeMapPage::buildLayout()
{
    auto *title = new QLabel(tr("Node Map"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_poolFilter = new QComboBox(this);
    m_poolFilter->setObjectName(QStringLiteral("poolFilter"));
    m_poolFilter->setToolTip(tr("Show the nodes of one pool or of all pools"));
    m_poolFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_poolFilter->setMinimumContentsLength(16);
    m_poolFilter->addItem(tr("All pools"), QString());
    connect(m_poolFilter, &QComboBox::activated, this,
        [this]
        {
            m_wantedPool.clear();
            m_model->setPoolFilter(m_poolFilter->currentData().toString());
        });

    m_colourMode = new QComboBox(this);
    m_colourMode->setObjectName(QStringLiteral("colourMode"));
    m_colourMode->setToolTip(tr("What the colour of a tile shows"));
    m_colourMode->addItem(tr("Colour by status"), int(NodeMapWidget::ColourMode::Status));
    m_colourMode->addItem(tr("Colour by CPU utilisation"), int(NodeMapWidget::ColourMode::Cpu));
    m_colourMode->addItem(tr("Colour by GPU/NPU utilisation"), int(NodeMapWidget::ColourMode::Accelerator));
    m_colourMode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_colourMode, &QComboBox::currentIndexChanged, this,
        [this] { m_map->setColourMode(NodeMapWidget::ColourMode(m_colourMode->currentData().toInt())); });

    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Read the nodes, their jobs and utilisation again"));
    connect(m_refreshAction, &QAction::triggered, this, &NodeMapPage::reload);
    addAction(m_refreshAction);

    m_restartAction = new QAction(tr("Restart"), this);
    m_restartAction->setObjectName(QStringLiteral("restartAction"));
    m_restartAction->setToolTip(tr("Restart the selected nodes (Available or Abnormal ones)"));
    connect(m_restartAction, &QAction::triggered, this, &NodeMapPage::restartSelected);

    m_resetAction = new QAction(tr("Reset"), this);
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_resetAction->setToolTip(tr("Reset the selected Available nodes: their operating system is reinstalled"));
    connect(m_resetAction, &QAction::triggered, this, &NodeMapPage::resetSelected);

    m_replaceAction = new QAction(tr("Replace"), this);
    m_replaceAction->setObjectName(QStringLiteral("replaceAction"));
    m_replaceAction->setToolTip(tr("Replace the selected node by a new one (another name and IP address); one node "
                                   "at a time, Available or Abnormal"));
    connect(m_replaceAction, &QAction::triggered, this, &NodeMapPage::replaceSelected);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setToolTip(tr("Delete the selected nodes; the last node of a pool is kept"));
    connect(m_deleteAction, &QAction::triggered, this, &NodeMapPage::deleteSelected);

    m_enableHaAction = new QAction(tr("Enable HA Redundancy"), this);
    m_enableHaAction->setObjectName(QStringLiteral("enableHaAction"));
    m_enableHaAction->setToolTip(tr("Keep the selected nodes free of jobs, standing by for faulty nodes"));
    connect(m_enableHaAction, &QAction::triggered, this, &NodeMapPage::enableHaForSelected);
    m_disableHaAction = new QAction(tr("Disable HA Redundancy"), this);
    m_disableHaAction->setObjectName(QStringLiteral("disableHaAction"));
    m_disableHaAction->setToolTip(tr("Let jobs be scheduled on the selected HA redundant nodes again"));
    connect(m_disableHaAction, &QAction::triggered, this, &NodeMapPage::disableHaForSelected);
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("nodeMoreButton"));
    m_moreButton->setText(tr("More"));
    m_moreButton->setToolTip(tr("HA redundancy of the selected nodes"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_moreButton);
    moreMenu->addAction(m_enableHaAction);
    moreMenu->addAction(m_disableHaAction);
    moreMenu->setToolTipsVisible(true);
    m_moreButton->setMenu(moreMenu);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("nodeMapToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addWidget(m_poolFilter);
    toolBar->addWidget(m_colourMode);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_restartAction);
    toolBar->addAction(m_resetAction);
    toolBar->addAction(m_replaceAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addWidget(m_moreButton);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_summary);

    m_map = new NodeMapWidget(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("nodeMapScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_map);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_emptyLabel);

    auto *hint = new QLabel(
        tr("Click a tile to select it, Ctrl+click to add or remove one, drag to select an area. Hover for details."),
        this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(toolBar);
    layout->addWidget(hint);
    layout->addWidget(m_stack, 1);
}

void NodeMapPage::setConnection(models::Connection *connection)
{
    m_runner->cancel();
    m_connection = connection;
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
    m_model->setClient(connection ? connection->client() : nullptr);
    m_runner->setClient(connection ? connection->client() : nullptr);
    if (connection && isActive())
        m_model->refresh();
    updateSummary();
    updateActions();
}

void NodeMapPage::open(const QVariant &argument)
{
    setPoolFilter(argument.toString());
}

void NodeMapPage::setPoolFilter(const QString &poolId)
{
    const int index = m_poolFilter->findData(poolId);
    if (index >= 0)
    {
        m_wantedPool.clear();
        m_poolFilter->setCurrentIndex(index);
    }
    else
    {
        m_wantedPool = poolId; // chosen once the pool list has it
    }
    m_model->setPoolFilter(poolId);
}

void NodeMapPage::applySettings()
{
    const int seconds = AppSettings().autoRefreshSeconds();
    m_refreshTimer->setInterval(seconds * 1000);
    if (seconds <= 0)
        m_refreshTimer->stop();
    else if (isActive())
        m_refreshTimer->start();
}

void NodeMapPage::activeChanged(bool active)
{
    if (!active)
    {
        m_refreshTimer->stop();
        return;
    }
    m_model->refresh();
    if (m_refreshTimer->interval() > 0)
        m_refreshTimer->start();
}

void NodeMapPage::reload()
{
    m_model->refresh();
}

void NodeMapPage::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void NodeMapPage::rebuildTiles()
{
    std::vector<widgets::NodeTile> tiles;
    tiles.reserve(std::size_t(m_model->rowCount()));
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const models::NodeMapEntry &e = m_model->entry(row);
        const models::StatusWord word = models::poolstatus::node(e.phase);
        widgets::NodeTile t;
        t.key = e.key;
        t.name = e.node;
        t.group = e.poolName;
        t.subgroup = e.az.isEmpty() ? tr("No AZ") : e.az;
        t.statusText = word.text;
        t.tone = widgets::StatusTone(int(word.badge)); // BadgeKind and StatusTone are one to one
        t.cpuUtil = e.cpuUtil;
        t.acceleratorUtil = e.acceleratorUtil;
        t.acceleratorKind = e.acceleratorKind;
        t.jobs = e.jobs;
        if (!e.ip.isEmpty())
            t.details << tr("IP: %1").arg(e.ip);
        if (!e.flavor.isEmpty())
            t.details << tr("Flavor: %1").arg(e.flavor);
        tiles.push_back(std::move(t));
    }
    m_map->setTiles(std::move(tiles));
    updateSummary();
    updateActions();
}

void NodeMapPage::updatePoolFilter()
{
    const QString current = m_wantedPool.isEmpty() ? m_poolFilter->currentData().toString() : m_wantedPool;
    m_poolFilter->clear();
    m_poolFilter->addItem(tr("All pools"), QString());
    for (const models::NodeMapPool &pool : m_model->pools())
        m_poolFilter->addItem(pool.name, pool.id);
    const int index = m_poolFilter->findData(current);
    if (index >= 0)
    {
        m_poolFilter->setCurrentIndex(index);
        m_wantedPool.clear();
    }
}

void NodeMapPage::updateSummary()
{
    const int total = m_model->rowCount();
    if (!m_connection)
        m_emptyLabel->setText(tr("Not connected"));
    else if (!m_model->hasLoaded())
        m_emptyLabel->setText(tr("Loading nodes…"));
    else
        m_emptyLabel->setText(m_model->poolFilter().isEmpty() ? tr("No dedicated resource pools with nodes yet")
                                                              : tr("This pool has no nodes"));
    m_stack->setCurrentWidget(total > 0 ? static_cast<QWidget *>(m_scroll) : m_emptyLabel);

    // "8 nodes · Available 7 · Abnormal 1 · 2 selected", statuses in the API's order.
    QHash<QString, int> counts;
    for (int row = 0; row < total; ++row)
        ++counts[m_model->entry(row).phase];
    QStringList phases = models::poolstatus::nodePhases();
    QStringList others;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    {
        if (!phases.contains(it.key()))
            others << it.key();
    }
    others.sort();
    phases << others;
    QStringList parts;
    parts << (total == 1 ? tr("1 node") : tr("%1 nodes").arg(total));
    for (const QString &phase : std::as_const(phases))
    {
        if (const int n = counts.value(phase))
            parts << tr("%1 %2", "status word, count").arg(models::poolstatus::node(phase).text).arg(n);
    }
    const int selected = int(m_map->selectedKeys().size());
    if (selected > 0)
        parts << tr("%1 selected").arg(selected);
    if (m_model->isLoading())
        parts << tr("refreshing…");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void NodeMapPage::updateActions()
{
    using Kind = NodeOperations::Kind;
    const auto applicable = [this](Kind kind)
    {
        int skipped = 0;
        int nodes = 0;
        for (const NodeOperations::PoolNodes &t : targetsFor(kind, skipped))
            nodes += int(t.nodes.size());
        return nodes;
    };
    const bool ready = m_connection && !m_runner->isBusy();
    m_restartAction->setEnabled(ready && applicable(Kind::Restart) > 0);
    m_resetAction->setEnabled(ready && applicable(Kind::Reset) > 0);
    // As on the Nodes tab: one node is replaced at a time.
    m_replaceAction->setEnabled(ready && applicable(Kind::Replace) == 1 && m_map->selectedKeys().size() == 1);
    m_deleteAction->setEnabled(ready && applicable(Kind::Delete) > 0);
    m_enableHaAction->setEnabled(ready && applicable(Kind::EnableHa) > 0);
    m_disableHaAction->setEnabled(ready && applicable(Kind::DisableHa) > 0);
    m_moreButton->setEnabled(m_enableHaAction->isEnabled() || m_disableHaAction->isEnabled());
    m_refreshAction->setEnabled(m_connection != nullptr);
}

QList<NodeOperations::PoolNodes> NodeMapPage::targetsFor(NodeOperations::Kind kind, int &skipped) const
{
    // One batch call per pool (the API's batch paths are per pool).
    std::map<QString, QStringList> byPool; // pool id → nodes
    skipped = 0;
    for (const QString &key : m_map->selectedKeys())
    {
        const int row = m_model->rowOf(key);
        if (row < 0)
            continue;
        const models::NodeMapEntry &e = m_model->entry(row);
        if (!canOperate(e, kind))
        {
            ++skipped;
            continue;
        }
        byPool[e.poolId] << e.node;
    }
    if (kind == NodeOperations::Kind::Delete && !byPool.empty())
    {
        // The Nodes tab's rule: a pool keeps its last node (delete the pool instead).
        std::map<QString, int> remaining;
        for (int row = 0; row < m_model->rowCount(); ++row)
        {
            const models::NodeMapEntry &e = m_model->entry(row);
            if (e.phase != u"Deleting")
                ++remaining[e.poolId];
        }
        for (auto &[poolId, nodes] : byPool)
            while (!nodes.isEmpty() && nodes.size() >= remaining[poolId])
            {
                nodes.removeLast();
                ++skipped;
            }
    }
    QList<NodeOperations::PoolNodes> targets;
    for (const auto &[poolId, nodes] : byPool)
        if (!nodes.isEmpty())
            targets.append({ poolId, nodes });
    return targets;
}

void NodeMapPage::restartSelected()
{
    runNodeOperation(NodeOperations::Kind::Restart);
}

void NodeMapPage::resetSelected()
{
    runNodeOperation(NodeOperations::Kind::Reset);
}

void NodeMapPage::replaceSelected()
{
    if (m_replaceAction->isEnabled())
        runNodeOperation(NodeOperations::Kind::Replace);
}

void NodeMapPage::enableHaForSelected()
{
    runNodeOperation(NodeOperations::Kind::EnableHa);
}

void NodeMapPage::disableHaForSelected()
{
    runNodeOperation(NodeOperations::Kind::DisableHa);
}

void NodeMapPage::deleteSelected()
{
    if (m_deleteAction->isEnabled())
        runNodeOperation(NodeOperations::Kind::Delete);
}

void NodeMapPage::runNodeOperation(NodeOperations::Kind kind)
{
    if (!m_connection || m_runner->isBusy())
        return;
    int skipped = 0;
    const QList<NodeOperations::PoolNodes> targets = targetsFor(kind, skipped);
    const models::Action action
        = NodeOperations::action(kind, targets, skipped > 0 ? NodeOperations::skippedNote(kind, skipped) : QString());
    if (!action.calls.empty())
        m_runner->request(action);
}
} // namespace ma::ui
