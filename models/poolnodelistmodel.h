#pragma once

// The Nodes tab of a dedicated pool (pools_monitoring.md §3.5): one row per node of P-6
// (GET /v2/{project_id}/pools/{pool_name}/nodes, limit + continue), keyed by
// metadata.name. refresh() applies differences without a reset, so a node going
// Available → Rebooting → Available is a dataChanged on its Status cell.
//
// Fields the published node JSON does not document are read where modelarts-local puts
// them: status.driver {version, state} (per-node driver and its upgrade state), label
// os.modelarts.node/ha.redundant ("true"), spec.tags [{key, value}] (resource tags).

#include "api/types/pool.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief Values computed once per node version. */
struct NodeRowFacts
{
    double cpuTotal = 0;
    double cpuFree = 0;
    int acceleratorTotal = 0;
    int acceleratorFree = 0;
    QString acceleratorKind; // "GPU", "NPU" or empty
    qint64 createdMs = 0;
};

/** @brief RemoteListModel traits of P-6: one row per node, id metadata.name. */
struct PoolNodeListTraits
{
    using Item = api::Node;
    using Page = api::NodeList;
    using Derived = NodeRowFacts;

    static Derived derive(const Item &node);
    static QString id(const Item &node);
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page); // unknown until the last page
    static QString continueToken(const Page &page);
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class PoolNodeListModel final : public RemoteListModel<PoolNodeListTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolNodeListModel)

public:
    enum Column
    {
        Name,
        Status,
        Pool,
        Az,
        Flavor,
        Cpus, // "free/total" cores
        Accelerators, // "GPU 6/8", "NPU 8/8" or empty
        Driver, // version and upgrade state
        HaRedundant,
        Ip,
        Tags,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        NodeNameRole = Qt::UserRole, // QString metadata.name
        PoolNameRole, // QString label os.modelarts.node/cluster
        PhaseRole, // QString status.phase as sent
        BadgeRole, // int BadgeKind of the phase
        SortRole, // raw value of the column
        CpuTotalRole, // double cores
        CpuFreeRole, // double cores
        AcceleratorTotalRole, // int
        AcceleratorFreeRole, // int
        AcceleratorKindRole, // QString "GPU" / "NPU" / empty
        DriverVersionRole, // QString
        DriverStateRole, // QString as sent (Running, Upgrading, Waiting...)
        HaRedundantRole, // bool
        TagsRole, // QVariantMap key -> value
        CanRebootRole, // bool: Available or Abnormal (console: Reboot)
        CanResetRole, // bool: Available (console: Reset)
        NodeRole // QVariant holding a copy of the api::Node
    };
    Q_ENUM(Role)

    /** P-6 page size (limit); the API accepts at most 500. */
    static constexpr int kPageSize = 500;

    explicit PoolNodeListModel(QObject *parent = nullptr);
    ~PoolNodeListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The pool whose nodes are listed (metadata.name); a different pool clears the rows. */
    void setPool(const QString &poolName);
    QString pool() const { return m_pool; }

    const api::Node *nodeAt(int row) const;

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QString m_pool;
};
} // namespace ma::models
