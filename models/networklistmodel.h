#pragma once

// The Network tab of Dedicated Resource Pools (pools_monitoring.md §2.1): one row per
// ModelArts network of P-16 (GET /v1/{project_id}/networks, limit + continue), keyed by
// metadata.name. The console's columns are not in its guide; the data it implies is shown:
// name, status, CIDR block, the interconnected VPC subnets, the pools on the network and
// the addresses still free in its block. Refreshes are diffs, never a reset.

#include "api/types/network.h"
#include "models/remotelistmodel.h"

#include <QHash>

namespace ma::models
{
/** @brief Values computed once per network version. */
struct NetworkRowFacts
{
    int peerSubnets = 0;
    qint64 addresses = 0; // in the CIDR block; 0 when the block is unreadable
    qint64 createdMs = 0;
};

/** @brief RemoteListModel traits of P-16: one row per network, id metadata.name. */
struct NetworkListTraits
{
    using Item = api::Network;
    using Page = api::NetworkList;
    using Derived = NetworkRowFacts;

    static Derived derive(const Item &network);
    static QString id(const Item &network);
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page); // known when one page holds the list
    static QString continueToken(const Page &page);
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class NetworkListModel final : public RemoteListModel<NetworkListTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkListModel)

public:
    enum Column
    {
        Name, // display name; the ID (metadata.name) in the tooltip
        Status,
        Cidr,
        InterconnectedVpc, // how many VPC subnets the network is joined to
        Pools, // the pools that use it (setPoolsByNetwork)
        AvailableIps,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        NetworkNameRole = Qt::UserRole, // QString metadata.name (the id of every network request)
        PhaseRole, // QString status.phase as sent
        SortRole, // raw value of the column
        PoolNamesRole, // QStringList display names of the pools on the network
        WorkspaceRole, // QString, "0" for the default workspace
        NetworkRole // QVariant holding a copy of the api::Network
    };
    Q_ENUM(Role)

    explicit NetworkListModel(QObject *parent = nullptr);
    ~NetworkListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** P-16 workspaceId; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);

    /** Which pools use each network: network metadata.name → pool display names and node counts. */
    struct PoolUse
    {
        QStringList pools;
        int nodes = 0;
    };
    /** Replaces the pool column's data; only the rows whose pools changed are announced. */
    void setPoolsByNetwork(const QHash<QString, PoolUse> &pools);

    /** The network of @p row, or nullptr. Valid until the row changes or is removed. */
    const api::Network *networkAt(int row) const;

    /**
     * @brief Addresses of @p cidr (an IPv4 block "a.b.c.d/n") that nodes can use: the block's
     * size less the network and broadcast addresses and the gateway, less @p usedByNodes.
     * Never negative; nullopt when @p cidr is not a block.
     */
    static std::optional<qint64> availableAddresses(const QString &cidr, int usedByNodes);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QString m_workspaceId;
    QHash<QString, PoolUse> m_pools;
};
} // namespace ma::models
