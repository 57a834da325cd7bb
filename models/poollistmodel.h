#pragma once

// The Dedicated Resource Pools list (pools_monitoring.md §2): one row per pool of P-2
// (GET /v2/{project_id}/pools, unpaged), keyed by metadata.name. refresh() re-reads the
// list and applies the difference as inserts, removes and column-masked dataChanged,
// never a reset (RemoteListModel); setScope() is the only reset.

#include "api/types/pool.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief Values computed once per pool version. */
struct PoolRowFacts
{
    int available = 0;
    int abnormal = 0;
    int creating = 0;
    int deleting = 0;
    int total = 0;
    qint64 createdMs = 0;
};

/** @brief RemoteListModel traits of P-2: one row per pool, id metadata.name. */
struct PoolListTraits
{
    using Item = api::Pool;
    using Page = api::PoolList;
    using Derived = PoolRowFacts;

    static Derived derive(const Item &pool);
    static QString id(const Item &pool);
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page); // the whole list: P-2 has no paging
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class PoolListModel final : public RemoteListModel<PoolListTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolListModel)

public:
    enum Column
    {
        Name, // display name; the ID (metadata.name) in the tooltip and PoolNameRole
        Status,
        NodeStatus, // "available/abnormal/creating/deleting" counts
        Nodes, // "available/total"
        Type,
        JobTypes,
        Flavors,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        PoolNameRole = Qt::UserRole, // QString metadata.name (the id of every pool request)
        DisplayNameRole, // QString label os.modelarts/name
        PhaseRole, // QString status.phase as sent
        BadgeRole, // int BadgeKind of the phase
        SortRole, // raw value of the column: QString, int, or qint64 ms
        AvailableNodesRole, // int
        AbnormalNodesRole, // int
        CreatingNodesRole, // int
        DeletingNodesRole, // int
        TotalNodesRole, // int
        WorkspaceRole, // QString, "0" for the default workspace
        ScopeRole, // QStringList spec.scope words (Train, Infer, Notebook)
        FlavorsRole, // QStringList spec.resources[].flavor
        CanResizeRole, // bool: Running (console: resize, driver upgrade, Set Job Type need Running)
        CanDeleteRole, // bool: not Deleting, not the built-in pool "local"
        PoolRole // QVariant holding a copy of the api::Pool
    };
    Q_ENUM(Role)

    explicit PoolListModel(QObject *parent = nullptr);
    ~PoolListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** P-2 workspaceId; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }

    /** The pool of @p row, or nullptr. Valid until the row changes or is removed. */
    const api::Pool *poolAt(int row) const;

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;
    QVariant displayValue(const Row &row, int column) const;
    static QString fullNodeStatus(const PoolRowFacts &nodes);
    static QString compactNodeStatus(const PoolRowFacts &nodes);
    QVariant sortValue(const Row &row, int column) const;

    QString m_workspaceId;
};
} // namespace ma::models
