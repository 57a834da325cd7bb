#pragma once

// The Jobs tab of a dedicated pool (pools_monitoring.md §3.6): the training jobs and
// notebooks that run or ran on it, newest first, with their queue position while waiting,
// over GET /v2/{project_id}/pools/{pool_name}/workloads (offset + limit). Rows keyed by
// the workload's uid; refresh() never resets.

#include "api/types/pool.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
struct PoolWorkloadTraits
{
    using Item = api::Workload;
    using Page = api::WorkloadList;
    using Derived = int; // unused

    static Derived derive(const Item &) { return 0; }
    static QString id(const Item &workload); // uid, else jobUUID
    static qint64 orderKey(const Item &workload); // createTime: the list is newest first
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page);
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class PoolWorkloadModel final : public RemoteListModel<PoolWorkloadTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWorkloadModel)

public:
    enum Column
    {
        Name,
        Type, // Training Job / Notebook / Inference Service
        Status,
        Flavor,
        QueuePosition, // while waiting; empty otherwise
        Priority,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        WorkloadIdRole = Qt::UserRole, // QString uid
        JobIdRole, // QString jobUUID (the training job or notebook id)
        TypeRole, // QString as sent: train | infer | notebook
        StatusRole, // QString as sent
        SortRole,
        QueuePositionRole, // qint64, 0 when not queued
    };
    Q_ENUM(Role)

    explicit PoolWorkloadModel(QObject *parent = nullptr);
    ~PoolWorkloadModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The pool (metadata.name); another pool clears the rows. */
    void setPool(const QString &poolName);
    QString pool() const { return m_pool; }

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;
    QVariant displayValue(const api::Workload &w, int column) const;

    QString m_pool;
};
} // namespace ma::models
