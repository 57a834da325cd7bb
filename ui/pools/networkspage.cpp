#include "networkspage.h"

#include "api/apiclient.h"
#include "api/networkrequests.h"
#include "api/poolrequests.h"
#include "api/typedcall.h"
#include "api/workspacerequests.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "ui/pools/createnetworkdialog.h"
#include "ui/pools/interconnectvpcdialog.h"
#include "ui/pools/poolareatabs.h"
#include "ui/pools/poolmigratedialog.h"
#include "ui/pools/poolpageids.h"
#include "ui/pools/vpcinterconnection.h"
#include "widgets/consoletable.h"
#include "widgets/statusbadgedelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace ma::ui
{
namespace
{
using Model = models::NetworkListModel;
} // namespace

NetworksPage::NetworksPage(QWidget *parent)
    : ResourceListPage(texts(), parent)
    , m_model(new Model(this))
    , m_filter(new models::ListFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Model::SortRole);
    setModels(m_model, m_filter);
    setRowRequest([](const QString &name) { return api::networks::show(name); });
    setPageTabs(new PoolAreaTabs(this, PoolAreaTabs::Networks));

    m_interconnectAction = new QAction(tr("Interconnect VPC…"), this);
    m_interconnectAction->setObjectName(QStringLiteral("interconnectAction"));
    m_interconnectAction->setToolTip(tr("Connect the network to subnets of your VPCs (at most 10)"));
    connect(m_interconnectAction, &QAction::triggered, this, &NetworksPage::interconnectSelected);
    m_migrateAction = new QAction(tr("Migrate Workspace…"), this);
    m_migrateAction->setObjectName(QStringLiteral("migrateAction"));
    m_migrateAction->setToolTip(tr("Move the network to another workspace"));
    connect(m_migrateAction, &QAction::triggered, this, &NetworksPage::migrateSelected);
    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected networks"));
    connect(m_deleteAction, &QAction::triggered, this, &NetworksPage::deleteSelected);
    addRowActions({ m_interconnectAction, m_migrateAction, nullptr, m_deleteAction });
    addRowActionRequest(m_deleteAction, [](const QString &name) { return api::networks::remove(name); });

    QTableView *table = view();
    table->setItemDelegateForColumn(Model::Status, new widgets::StatusBadgeDelegate(Model::PhaseRole, table));
    table->sortByColumn(Model::Created, Qt::DescendingOrder);
    widgets::setColumnWidths(table,
        {
            { Model::Name, 170 },
            { Model::Status, 100 },
            { Model::Cidr, 130 },
            { Model::InterconnectedVpc, table->horizontalHeader()->sectionSizeHint(Model::InterconnectedVpc) },
            { Model::Pools, table->horizontalHeader()->sectionSizeHint(Model::Pools) },
            { Model::AvailableIps, table->horizontalHeader()->sectionSizeHint(Model::AvailableIps) },
            { Model::Created, 145 },
        });
    connect(this, &NetworksPage::createRequested, this, &NetworksPage::createNetwork);
    updateActions();
}

NetworksPage::~NetworksPage() = default;

ResourceListPage::Texts NetworksPage::texts()
{
    Texts t;
    t.title = tr("Dedicated Resource Pools");
    t.searchPlaceholder = tr("Search by name or ID");
    t.createText = tr("Create Network");
    t.createToolTip = tr("Create a network for physical resource pools (at most 15)");
    t.refreshToolTip = tr("Reload the list of networks");
    t.exportTitle = tr("Export Networks");
    t.exportFileName = QStringLiteral("networks.csv");
    t.exportToolTip = tr("Save the networks shown as a CSV file");
    t.loadingText = tr("Loading networks…");
    t.errorText = tr("The networks could not be loaded. Refresh to try again.");
    t.stateErrorText = tr("Could not load the networks");
    t.emptyText = tr("No networks yet. A physical resource pool needs one: Create Network.");
    t.noMatchText = tr("No networks match the search");
    return t;
}

void NetworksPage::bindModels(models::Connection *connection)
{
    m_model->setClient(connection ? connection->client() : nullptr);
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
}

void NetworksPage::applySearch(const QString &text)
{
    // The network list API has no search: it runs here, over name and ID.
    m_filter->setSearch(text, { Qt::DisplayRole, Model::NetworkNameRole });
}

bool NetworksPage::isFiltered() const
{
    return m_filter->isFiltering();
}

QString NetworksPage::countText(int total) const
{
    return total == 1 ? tr("1 network") : tr("%1 networks").arg(total);
}

void NetworksPage::refreshSections(bool reload)
{
    Q_UNUSED(reload);
    // The pools on each network: P-2 lists every pool with spec.network.name.
    if (!connection())
        return;
    api::QueryItems query;
    if (!connection()->workspaceId().isEmpty())
        query.append({ QStringLiteral("workspaceId"), connection()->workspaceId() });
    api::whenDecoded<api::PoolList>(connection()->client()->send(api::pools::list(query)), this,
        [this](const api::Typed<api::PoolList> &result)
        {
            if (!result.ok())
                return; // the column keeps what it showed; the list's own errors are reported
            QHash<QString, Model::PoolUse> uses;
            for (const api::Pool &pool : result.value.items)
            {
                const QString network = pool.spec.network ? pool.spec.network->name.value_or(QString()) : QString();
                if (network.isEmpty())
                    continue;
                Model::PoolUse &use = uses[network];
                use.pools << api::poolDisplayName(pool);
                use.nodes += api::poolTotalNodeCount(pool);
            }
            m_model->setPoolsByNetwork(uses);
            updateActions();
            emit poolsLoaded();
        });
}

QStringList NetworksPage::selectedNetworkNames() const
{
    return m_model->idsForRows(selectedSourceRows());
}

std::optional<api::Network> NetworksPage::selectedNetwork() const
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1)
        return std::nullopt;
    if (const api::Network *network = m_model->networkAt(rows.front()))
        return *network;
    return std::nullopt;
}

void NetworksPage::updateRowActions()
{
    if (!m_deleteAction)
        return; // still being built
    const bool idle = connection() && !isBusy() && !m_reading;
    const auto one = selectedNetwork();
    // Interconnect VPC needs a network that is there (not still being created).
    const bool active = one && one->status && one->status->phase.value_or(QString()) == api::NetworkPhase::Active;
    m_interconnectAction->setEnabled(idle && active);
    m_migrateAction->setEnabled(idle && one.has_value());
    m_deleteAction->setEnabled(idle && !selectedSourceRows().isEmpty());
}

void NetworksPage::runDialog(QDialog *dialog)
{
    if (m_runDialog)
        m_runDialog(dialog);
    else
        dialog->exec();
}

void NetworksPage::createNetwork()
{
    if (!connection())
        return;
    CreateNetworkDialog dialog(connection()->client(), connection()->workspaceId(), this);
    connect(&dialog, &CreateNetworkDialog::networkCreated, this, &NetworksPage::reload);
    runDialog(&dialog);
}

void NetworksPage::interconnectSelected()
{
    const auto network = selectedNetwork();
    if (!network || !m_interconnectAction->isEnabled())
        return;
    m_reading = true; // one read at a time
    updateActions();
    vpcinterconnection::read(connection()->client(), this,
        [this, network = *network](const api::ApiError &error, const vpcinterconnection::Catalogue &catalogue)
        {
            m_reading = false;
            updateActions();
            if (error.isError())
                return emit errorOccurred(error);
            // The dialog runs once the reply's handling is over, not inside it.
            QTimer::singleShot(0, this,
                [this, network, catalogue]
                {
                    emit vpcsLoaded();
                    InterconnectVpcDialog::Input input;
                    input.networkName = api::networkDisplayName(network);
                    input.networkCidr = network.spec ? network.spec->cidr.value_or(QString()) : QString();
                    input.vpcs = catalogue.vpcs;
                    input.subnets = catalogue.subnets;
                    input.current = api::peerConnections(network);
                    const QString id = models::NetworkListTraits::id(network);
                    if (const auto peers = InterconnectVpcDialog::ask(this, std::move(input)))
                        runAction(vpcinterconnection::action(id, network, *peers, catalogue.subnets));
                });
        });
}

void NetworksPage::migrateSelected()
{
    const auto network = selectedNetwork();
    if (!network || !m_migrateAction->isEnabled())
        return;
    m_reading = true;
    updateActions();
    api::whenDecoded<api::WorkspaceList>(connection()->client()->send(api::workspaces::list()), this,
        [this, network = *network](const api::Typed<api::WorkspaceList> &result)
        {
            m_reading = false;
            updateActions();
            if (!result.ok())
                return emit errorOccurred(result.error);
            const QList<PoolMigrateDialog::WorkspaceEntry> workspaces = PoolMigrateDialog::entriesOf(result.value);
            QTimer::singleShot(0, this,
                [this, network, workspaces]
                {
                    emit workspacesLoaded();
                    const QString id = models::NetworkListTraits::id(network);
                    const QString name = api::networkDisplayName(network);
                    const QString current = api::networkWorkspaceId(network);
                    const auto target
                        = PoolMigrateDialog::ask(this, name, current, workspaces, PoolMigrateDialog::Subject::Network);
                    if (!target)
                        return;
                    models::Action action;
                    action.title = tr("Migrate workspace");
                    action.confirmation = tr("Migrate the network “%1” from the workspace “%2” to “%3”?")
                                              .arg(name, PoolMigrateDialog::workspaceName(workspaces, current),
                                                  PoolMigrateDialog::workspaceName(workspaces, target->id));
                    action.calls.push_back({ name, api::networks::setWorkspace(id, target->id) });
                    runAction(action);
                });
        });
}

void NetworksPage::deleteSelected()
{
    if (!connection() || isBusy())
        return;
    models::Action action;
    action.title = tr("Delete networks");
    QStringList names;
    QStringList pools;
    for (const int row : selectedSourceRows())
    {
        const QModelIndex index = m_model->index(row, Model::Name);
        const QString name = index.data(Qt::DisplayRole).toString();
        names.append(name);
        pools.append(index.data(Model::PoolNamesRole).toStringList());
        action.calls.push_back({ name, api::networks::remove(index.data(Model::NetworkNameRole).toString()) });
    }
    if (action.calls.empty())
        return;
    // Console (§4.10): the pools on a deleted network become unavailable.
    const QString consequence = pools.isEmpty()
        ? QString()
        : tr("The pools on it become unavailable: %1.").arg(pools.join(tr(", ", "list separator")));
    action.confirmation = destructiveQuestion(DestructiveAction::Delete, networkNoun(), names, consequence);
    runAction(action);
}
} // namespace ma::ui
