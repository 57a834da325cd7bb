#pragma once

// The Notebooks list (DevEnviron > Notebook): one row per notebook of N-2
// (GET /v1/{project_id}/notebooks?offset=&limit=), keyed by id. refresh() re-reads the rows
// and applies the difference as inserts, removes and column-masked dataChanged, never a
// reset (RemoteListModel). The Auto Stop column counts down the lease of every running
// notebook: tick() moves "now" on and signals dataChanged on that column only.

#include "api/types/notebook.h"
#include "models/remotelistmodel.h"

namespace ma::models
{
/** @brief Values computed once per notebook version. */
struct NotebookRowFacts
{
    qint64 createdMs = 0;
    qint64 expiresAtMs = 0; // lease end while the auto stop counts down; 0 when it does not
};

/** @brief RemoteListModel traits of N-2: one row per notebook, id Notebook.id, newest first. */
struct NotebookListTraits
{
    using Item = api::Notebook;
    using Page = api::NotebookList;
    using Derived = NotebookRowFacts;

    static Derived derive(const Item &notebook);
    static QString id(const Item &notebook);
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page);
    static qint64 orderKey(const Item &notebook); // create_at: the API lists newest first
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class NotebookListModel final : public RemoteListModel<NotebookListTraits>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookListModel)

public:
    enum Column
    {
        Name, // the ID in the tooltip and IdRole
        Status,
        AutoStop, // remaining time of a running notebook's lease, live
        Image,
        Flavor,
        Pool,
        Created,
        Description,
        Operation, // the per-row operation links (painted by the list page; no data of its own)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole, // QString Notebook.id
        StatusRole, // QString Notebook.status as sent
        BadgeRole, // int BadgeKind of the status
        SortRole, // raw value of the column
        ImageRole, // QString image name:tag (the image filter)
        FlavorRole, // QString flavor id
        PoolRole, // QString pool name ("local"), or the public pool's word
        UrlRole, // QString the JupyterLab URL (running only)
        RemainingMsRole, // qint64 ms left before the auto stop; -1 when none counts down
        NotebookRole, // QVariant holding a copy of the api::Notebook
        OwnerRole, // QString the IAM user who created it (user.name, else user.id)
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 50;

    explicit NotebookListModel(QObject *parent = nullptr);
    ~NotebookListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** workspace_id of N-2; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);
    /**
     * @brief "View all": true lists every IAM user's notebooks of the project (N-3,
     * /notebooks/all), false only the caller's (N-2). Applied by the next reload(), which
     * inserts and removes the rows that differ (no reset).
     */
    void setViewAll(bool all);
    bool viewAll() const { return m_viewAll; }

    /** The notebook of @p row, or nullptr. Valid until the row changes or is removed. */
    const api::Notebook *notebookAt(int row) const;

    /**
     * @brief Moves the clock of the countdown to @p nowMs (epoch ms) and signals dataChanged on
     * the Auto Stop column of the rows whose lease counts down, nothing else.
     */
    void tick(qint64 nowMs);
    /** Moves the clock to the current time (the list page calls it every second). */
    void tick();
    qint64 now() const { return m_nowMs; }

    /** "1:59:30", "12:05", "Stopping…" once the lease has run out (the guide's grace period). */
    static QString countdownText(qint64 remainingMs);
    /** The image as the list shows it: "name:tag", or its id. */
    static QString imageText(const api::Notebook &notebook);
    /** The pool as the list shows it: its name, or "Public resource pool". */
    static QString poolText(const api::Notebook &notebook);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;
    void aboutToApplyPage() override;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    qint64 remainingMs(const Row &row) const;

    QString m_workspaceId;
    bool m_viewAll = false;
    qint64 m_nowMs;
};
} // namespace ma::models
