#include "poolspage.h"

#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "models/poollistmodel.h"
#include "models/poolstatus.h"
#include "ui/pools/poolareatabs.h"
#include "ui/pools/pooldriverupgradedialog.h"
#include "ui/pools/poolpageids.h"
#include "widgets/consoletable.h"
#include "widgets/statusbadgedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace ma::ui
{
namespace
{
using Model = models::PoolListModel;
} // namespace

PoolsPage::PoolsPage(QWidget *parent)
    : ResourceListPage(texts(), parent)
    , m_model(new models::PoolListModel(this))
    , m_filter(new models::ListFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Model::SortRole);
    setModels(m_model, m_filter);
    setRowRequest([](const QString &name) { return api::pools::show(name); });
    setPageTabs(new PoolAreaTabs(this, PoolAreaTabs::Pools));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only pools in this status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &phase : models::poolstatus::poolPhases())
        m_status->addItem(models::poolstatus::pool(phase).text, phase);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PoolsPage::applyStatusFilter);
    addFilterWidget(m_status);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected pools and release their nodes"));
    connect(m_deleteAction, &QAction::triggered, this, &PoolsPage::deleteSelected);
    m_upgradeDriverAction = new QAction(tr("Upgrade Driver…"), this);
    m_upgradeDriverAction->setObjectName(QStringLiteral("upgradeDriverAction"));
    m_upgradeDriverAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_upgradeDriverAction->setToolTip(tr("Upgrade the GPU or NPU driver of the selected running pool"));
    connect(m_upgradeDriverAction, &QAction::triggered, this, &PoolsPage::upgradeDriverOfSelected);
    addRowActions({ m_upgradeDriverAction, m_deleteAction });
    setWatchKind(models::WatchKind::Pool);

    QTableView *table = view();
    table->setItemDelegateForColumn(Model::Status, new widgets::StatusBadgeDelegate(Model::PhaseRole, table));
    table->sortByColumn(Model::Created, Qt::DescendingOrder);
    widgets::setColumnWidths(table,
        {
            { Model::Name, 150 },
            { Model::Status, 100 },
            { Model::NodeStatus, 130 },
            { Model::Nodes, table->horizontalHeader()->sectionSizeHint(Model::Nodes) },
            { Model::Type, 85 },
            { Model::JobTypes, 150 },
            { Model::Flavors, 170 },
            { Model::Created, 145 },
        });
    // As in the console, the pool's name opens its details (double click or Enter anywhere does too).
    connect(table, &QTableView::clicked, this,
        [this](const QModelIndex &index)
        {
            if (index.column() == Model::Name
                && !(QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
                rowActivated(index);
        });
    connect(this, &PoolsPage::createRequested, this, [this] { emit navigationRequested(kCreatePoolPageId); });
    updateActions();
}

PoolsPage::~PoolsPage() = default;

void PoolsPage::open(const QVariant &argument)
{
    if (argument.toString() == kReloadPoolsArgument)
        reload(); // a pool was just ordered
    ResourceListPage::open(argument); // a ListFilter from the Overview
}

ResourceListPage::Texts PoolsPage::texts()
{
    Texts t;
    t.title = tr("Dedicated Resource Pools");
    t.searchPlaceholder = tr("Search by name or ID");
    t.createText = tr("Buy AI Dedicated Cluster");
    t.createToolTip = tr("Buy a dedicated resource pool");
    t.refreshToolTip = tr("Reload the list of pools");
    t.exportTitle = tr("Export Resource Pools");
    t.exportFileName = QStringLiteral("resource-pools.csv");
    t.exportToolTip = tr("Save the pools shown as a CSV file");
    t.loadingText = tr("Loading resource pools…");
    t.errorText = tr("The resource pools could not be loaded. Refresh to try again.");
    t.stateErrorText = tr("Could not load the pools");
    t.emptyText = tr("No dedicated resource pools yet");
    t.noMatchText = tr("No pools match the search or the status filter");
    return t;
}

void PoolsPage::bindModels(models::Connection *connection)
{
    m_model->setClient(connection ? connection->client() : nullptr);
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
}

void PoolsPage::applySearch(const QString &text)
{
    // The pool list API returns every pool: the search runs here, over name and ID.
    m_filter->setSearch(text, { Qt::DisplayRole, Model::PoolNameRole });
}

bool PoolsPage::isFiltered() const
{
    return m_filter->isFiltering();
}

QString PoolsPage::countText(int total) const
{
    return total == 1 ? tr("1 pool") : tr("%1 pools").arg(total);
}

void PoolsPage::applyStatusFilter()
{
    const QString phase = m_status->currentData().toString();
    m_filter->setAllowedValues(Model::PhaseRole, phase.isEmpty() ? QSet<QString>() : QSet<QString> { phase });
}

QStringList PoolsPage::selectedPoolNames() const
{
    return m_model->idsForRows(selectedSourceRows());
}

void PoolsPage::updateRowActions()
{
    if (!m_deleteAction)
        return; // still being built
    bool canDelete = false;
    for (const int row : selectedSourceRows())
        canDelete = canDelete || m_model->index(row, 0).data(Model::CanDeleteRole).toBool();
    m_deleteAction->setEnabled(connection() && !isBusy() && canDelete);
    // Console (§4.2): one running pool with GPU or Ascend nodes whose driver is not upgrading.
    const QList<int> rows = selectedSourceRows();
    bool canUpgrade = false;
    if (rows.size() == 1)
    {
        const QModelIndex index = m_model->index(rows.front(), 0);
        const auto pool = index.data(Model::PoolRole).value<api::Pool>();
        const auto input = PoolDriverUpgradeDialog::inputFor(pool, {});
        const api::PoolDriverStatus driver
            = pool.status ? pool.status->driver.value_or(api::PoolDriverStatus()) : api::PoolDriverStatus();
        const auto upgrading = [](const std::optional<api::PoolDriverState> &d)
        {
            return d && d->state.value_or(QString()) == u"Upgrading";
        };
        canUpgrade = index.data(Model::CanResizeRole).toBool() && input.has_value()
            && index.data(Model::PoolNameRole).toString() != u"local" && !upgrading(driver.gpu)
            && !upgrading(driver.npu);
    }
    m_upgradeDriverAction->setEnabled(connection() && !isBusy() && canUpgrade);
}

void PoolsPage::upgradeDriverOfSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (!connection() || rows.size() != 1 || !m_upgradeDriverAction->isEnabled())
        return;
    const auto pool = m_model->index(rows.front(), 0).data(Model::PoolRole).value<api::Pool>();
    const QString id = pool.metadata.name.value_or(QString());
    // The dialog shows each node's driver version: read the nodes first.
    m_upgradeDriverAction->setEnabled(false);
    api::ApiCall *call = connection()->client()->send(api::pools::nodes(id));
    api::whenDecoded<api::NodeList>(call, this,
        [this, pool, id](const api::Typed<api::NodeList> &result)
        {
            updateActions();
            if (!result.ok())
            {
                emit statusMessage(result.error.displayText(), 8000);
                return;
            }
            QStringList versions;
            for (const api::Node &node : result.value.items)
            {
                if (node.status && node.status->phase.value_or(QString()) == u"Deleting")
                    continue;
                const api::Json &extra = node.status ? node.status->extra : api::Json();
                versions << (extra.is_object() && extra.contains("driver") && extra.at("driver").is_object()
                        ? QString::fromStdString(extra.at("driver").value("version", std::string()))
                        : QString());
            }
            const auto input = PoolDriverUpgradeDialog::inputFor(pool, versions);
            if (!input)
                return;
            // The dialog runs once the reply's handling is over, not inside it.
            QTimer::singleShot(0, this,
                [this, input, id]
                {
                    const auto choice = PoolDriverUpgradeDialog::ask(this, *input);
                    if (!choice)
                        return;
                    models::Action action;
                    action.title = tr("Upgrade driver");
                    action.confirmation = PoolDriverUpgradeDialog::confirmation(*input, *choice);
                    action.calls.push_back({ input->poolName,
                        api::pools::patch(id, PoolDriverUpgradeDialog::patchFor(input->kind, *choice)) });
                    runAction(action);
                });
        });
}

void PoolsPage::rowActivated(const QModelIndex &index)
{
    const QString id = index.data(Model::PoolNameRole).toString();
    if (!id.isEmpty())
        emit navigationRequested(kPoolDetailsPageId, id);
}

void PoolsPage::deleteSelected()
{
    if (!connection() || isBusy())
        return;
    models::Action action;
    action.title = tr("Delete pools");
    QStringList names;
    for (const int row : selectedSourceRows())
    {
        const QModelIndex index = m_model->index(row, Model::Name);
        if (!index.data(Model::CanDeleteRole).toBool())
            continue;
        const QString id = index.data(Model::PoolNameRole).toString();
        const QString name = index.data(Qt::DisplayRole).toString();
        names.append(name);
        action.calls.push_back({ name, api::pools::remove(id) });
    }
    if (action.calls.empty())
        return;
    action.confirmation = destructiveQuestion(DestructiveAction::Delete, poolNoun(), names,
        tr("The nodes are released and the jobs running in the pool are stopped."));
    runAction(action);
}
} // namespace ma::ui
