#include "networklistmodel.h"

#include "api/networkrequests.h"
#include "models/poolstatus.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>

namespace ma::models
{
using api::Network;

namespace
{
QString phaseOf(const Network &network)
{
    return network.status ? network.status->phase.value_or(QString()) : QString();
}

QString cidrOf(const Network &network)
{
    return network.spec ? network.spec->cidr.value_or(QString()) : QString();
}

QString createdOf(const Network &network)
{
    return network.metadata ? network.metadata->creationTimestamp.value_or(QString()) : QString();
}

/** Addresses in an IPv4 block, or 0 when @p cidr is not one. */
qint64 blockSize(const QString &cidr)
{
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(cidr);
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || subnet.second < 0 || subnet.second > 32)
        return 0;
    return qint64(1) << (32 - subnet.second);
}

bool isNumericColumn(int column)
{
    return column == NetworkListModel::InterconnectedVpc || column == NetworkListModel::Pools
        || column == NetworkListModel::AvailableIps;
}

// Network and broadcast address and the gateway: what a block keeps for itself.
constexpr qint64 kReservedAddresses = 3;
} // namespace

NetworkRowFacts NetworkListTraits::derive(const Network &network)
{
    NetworkRowFacts f;
    f.peerSubnets = static_cast<int>(api::peerConnections(network).size());
    f.addresses = blockSize(cidrOf(network));
    const QDateTime created = QDateTime::fromString(createdOf(network), Qt::ISODateWithMs);
    f.createdMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    return f;
}

QString NetworkListTraits::id(const Network &network)
{
    return network.metadata ? network.metadata->name.value_or(QString()) : QString();
}

std::vector<Network> NetworkListTraits::takeItems(api::NetworkList &page)
{
    return std::move(page.items);
}

std::optional<qint64> NetworkListTraits::total(const api::NetworkList &page)
{
    // P-16 pages by continue token; a page without one holds the whole list, as the network
    // quota (15 per user) is far below a page (500).
    const bool more = page.metadata && !page.metadata->continue_.value_or(QString()).isEmpty();
    return more ? std::nullopt : std::optional<qint64>(page.items.size());
}

QString NetworkListTraits::continueToken(const api::NetworkList &page)
{
    return page.metadata ? page.metadata->continue_.value_or(QString()) : QString();
}

ColumnMask NetworkListTraits::changedColumns(const Network &a, const Network &b)
{
    ColumnMask mask = 0;
    if (api::networkDisplayName(a) != api::networkDisplayName(b))
        mask |= columnBit(NetworkListModel::Name);
    if (phaseOf(a) != phaseOf(b))
        mask |= columnBit(NetworkListModel::Status);
    if (cidrOf(a) != cidrOf(b))
        mask |= columnBit(NetworkListModel::Cidr) | columnBit(NetworkListModel::AvailableIps);
    if (api::encode(a.spec.value_or(api::NetworkSpec())) != api::encode(b.spec.value_or(api::NetworkSpec()))
        || api::encode(a.status.value_or(api::NetworkStatus())) != api::encode(b.status.value_or(api::NetworkStatus())))
        mask |= columnBit(NetworkListModel::InterconnectedVpc);
    if (createdOf(a) != createdOf(b))
        mask |= columnBit(NetworkListModel::Created);
    return mask;
}

namespace
{
RemoteListModelBase::Paging networkPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ContinueToken;
    paging.pageSize = 500;
    paging.maxPageSize = 500;
    paging.refreshWindow = 500; // 15 networks per user (console quota)
    return paging;
}
} // namespace

NetworkListModel::NetworkListModel(QObject *parent)
    : RemoteListModel(networkPaging(), ColumnCount, parent)
{
}

NetworkListModel::~NetworkListModel() = default;

void NetworkListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

void NetworkListModel::setPoolsByNetwork(const QHash<QString, PoolUse> &pools)
{
    const QHash<QString, PoolUse> before = std::exchange(m_pools, pools);
    for (int row = 0; row < rowCount(); ++row)
    {
        const QString &id = typedRowAt(row)->id;
        const PoolUse was = before.value(id);
        const PoolUse now = m_pools.value(id);
        if (was.pools != now.pools || was.nodes != now.nodes)
            emit dataChanged(index(row, Pools), index(row, AvailableIps));
    }
}

const Network *NetworkListModel::networkAt(int row) const
{
    return itemAt(row);
}

std::optional<qint64> NetworkListModel::availableAddresses(const QString &cidr, int usedByNodes)
{
    const qint64 size = blockSize(cidr);
    if (size == 0)
        return std::nullopt;
    return std::max<qint64>(0, size - kReservedAddresses - usedByNodes);
}

api::ApiRequest NetworkListModel::pageRequest(const api::PageCursor &cursor) const
{
    api::QueryItems query;
    if (!m_workspaceId.isEmpty())
        query.append({ QStringLiteral("workspaceId"), m_workspaceId });
    query.append(cursor.queryItems()); // limit, and continue after the first page
    return api::networks::list(query);
}

QVariant NetworkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::ToolTipRole && section == AvailableIps)
        return tr("Addresses of the CIDR block not taken by the nodes of its pools (the network, gateway and "
                  "broadcast addresses left out)");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section)
    {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Cidr:
        return tr("CIDR Block");
    case InterconnectedVpc:
        return tr("Interconnected Subnets");
    case Pools:
        return tr("Resource Pools");
    case AvailableIps:
        return tr("Available IP Addresses");
    case Created:
        return tr("Created");
    default:
        return QVariant();
    }
}

QVariant NetworkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const Network &network = row.item;
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("ID: %1").arg(row.id);
        if (index.column() == Pools)
            return m_pools.value(row.id).pools.join(u'\n');
        return QVariant();
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumericColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case NetworkNameRole:
        return row.id;
    case PhaseRole:
        return phaseOf(network);
    case SortRole:
        return sortValue(row, index.column());
    case PoolNamesRole:
        return m_pools.value(row.id).pools;
    case WorkspaceRole:
        return api::networkWorkspaceId(network);
    case NetworkRole:
        return QVariant::fromValue(network);
    default:
        return QVariant();
    }
}

QVariant NetworkListModel::displayValue(const Row &row, int column) const
{
    const Network &network = row.item;
    switch (column)
    {
    case Name:
        return api::networkDisplayName(network);
    case Status:
        return poolstatus::network(phaseOf(network)).text;
    case Cidr:
        return cidrOf(network);
    case InterconnectedVpc:
        return row.derived.peerSubnets;
    case Pools:
        return m_pools.value(row.id).pools.size();
    case AvailableIps:
    {
        const auto free = availableAddresses(cidrOf(network), m_pools.value(row.id).nodes);
        return free ? QVariant(*free) : QVariant();
    }
    case Created:
        return row.derived.createdMs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived.createdMs), QLocale::ShortFormat)
            : QString();
    default:
        return QVariant();
    }
}

QVariant NetworkListModel::sortValue(const Row &row, int column) const
{
    if (column == Created)
        return row.derived.createdMs;
    return displayValue(row, column);
}
} // namespace ma::models
