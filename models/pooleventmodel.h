#pragma once

// The Events tab of a dedicated pool (pools_monitoring.md §3.8): one row per P-18 event
// (GET /v1/{project_id}/events?resource=pools&name=…&ascend=true), oldest first. Events
// have no id and only grow, so refresh() reads what follows the last row (RefreshMode::Tail)
// and appends it: never a reset. A view shows newest first through a sort proxy on TimeRole.

#include "api/types/pool.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief RemoteListModel traits of P-18: events only ever appended. */
struct PoolEventTraits
{
    using Item = api::PoolEvent;
    using Page = api::PoolEventList;
    using Derived = qint64; // lastTimestamp in epoch ms, 0 when unreadable

    static Derived derive(const Item &event);
    static QString id(const Item &) { return QString(); }
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page);
};

class PoolEventModel final : public RemoteListModel<PoolEventTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolEventModel)

public:
    enum Column
    {
        Type, // "Event Type": Normal / Warning
        Reason, // cause ("PoolStatusChange", "NodeRebooting"...)
        Message,
        Occurred,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        TypeRole = Qt::UserRole, // QString as sent ("Normal", "Warning")
        ReasonRole, // QString
        TimeRole, // qint64 epoch ms
        BadgeRole, // int BadgeKind: Success for Normal, Warning for Warning
    };
    Q_ENUM(Role)

    /** Events per request (P-18 accepts at most 500). */
    static constexpr int kPageSize = 200;

    explicit PoolEventModel(QObject *parent = nullptr);
    ~PoolEventModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The pool (metadata.name) whose events are read; another pool clears the rows. */
    void setPool(const QString &poolName);
    QString pool() const { return m_pool; }
    /** Server-side type filter ("Normal", "Warning"; empty = all); clears and reloads. */
    void setTypeFilter(const QString &type);
    QString typeFilter() const { return m_type; }

    /** Reads the events after the last row (nothing without a pool). */
    void refresh();

    const api::PoolEvent *eventAt(int row) const;

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;

    QString m_pool;
    QString m_type;
};
} // namespace ma::models
