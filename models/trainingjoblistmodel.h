#pragma once

// The Training Jobs list: one row per v2 training job, over the T2-3 search.
//
// Loading follows Qt's fetchMore pattern: reload() asks for the first page, fetchMore()
// for the next one (PageCursor, offset = page number), and rows are inserted when a reply
// arrives. refresh() re-reads the rows already shown and applies the difference as row
// inserts, removes, moves and dataChanged, so selections and scroll positions survive an
// auto-refresh. The model is reset only when the data set changes identity (setScope()).
//
// Rows keep the server's order (create_time, newest first); views sort and filter
// through TrainingJobFilterModel with SortRole.

#include "api/paging.h"
#include "api/types/training.h"
#include "models/loadstate.h"

#include <memory>
#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace ma::api
{
class ApiCall;
class ApiClient;
} // namespace ma::api

namespace ma::models
{
class TrainingJobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobListModel)

public:
    enum Column
    {
        Name,
        Status,
        Flavor,
        Pool,
        Nodes,
        Duration,
        Created,
        Priority,
        Description,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        JobIdRole = Qt::UserRole, // QString metadata.id
        PhaseRole, // QString status.phase as the API sends it ("Running")
        SecondaryPhaseRole, // QString status.secondary_phase ("Queuing"), may be empty
        SortRole, // raw value of the column: QString, int, or qint64 ms
        CanStopRole, // bool: Creating, Pending or Running (T2-6)
        CanDeleteRole, // bool
        CanChangePriorityRole, // bool: Pending on a dedicated pool
        PoolIdRole, // QString spec.resource.pool_id, empty on the public pool
        JobRole // QVariant holding a copy of the api::TrainingJob
    };
    Q_ENUM(Role)

    /** Jobs per search page; T2-3 accepts at most 50. */
    static constexpr int kDefaultPageSize = api::kTrainingSearchMaxLimit;
    /** refresh() re-reads at most this many rows from the top (see setRefreshWindow()). */
    static constexpr int kDefaultRefreshWindow = 1000;

    explicit TrainingJobListModel(QObject *parent = nullptr);
    ~TrainingJobListModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * True while more pages exist and no request is in flight; false after a failed
     * request until a reload() or refresh() succeeds (no retry storm from a scrolling view).
     */
    bool canFetchMore(const QModelIndex &parent) const override;
    /** Starts the request for the next page; rows are appended when it answers. */
    void fetchMore(const QModelIndex &parent) override;

    /** The client used for every request; not owned. Setting another one cancels the call in flight. */
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const;

    /**
     * @brief Names the data set (profile, region, project, workspace). A different key
     * resets the model (the only place it resets) and cancels the call in flight;
     * the next reload() loads the new set.
     */
    void setScope(const QString &scopeKey);
    QString scope() const { return m_scope; }

    /** Server-side filter: name contains (T2-3 key name, operator like); applied by the next reload(). */
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }
    /** Server-side filter: status.phase in @p phases (wire names); empty = all; applied by the next reload(). */
    void setPhaseFilter(const QStringList &phases);
    QStringList phaseFilter() const { return m_phaseFilter; }
    /** T2-3 workspace_id; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }

    void setPageSize(int jobs); // clamped to 1..50
    int pageSize() const { return m_pageSize; }
    void setRefreshWindow(int rows); // at least one page
    int refreshWindow() const { return m_refreshWindow; }

    /**
     * @brief Loads the first page. Rows that are still there stay (and keep their selection);
     * the others are removed. A reload cancels whatever was in flight.
     */
    void reload();
    /**
     * @brief Re-reads the rows loaded so far (at most refreshWindow() from the top) and
     * applies the difference by job id: inserts, removes, moves, dataChanged. Never resets.
     * Called while a page is loading, it runs after that page.
     */
    void refresh();
    /** Emits dataChanged for the Duration cells of running jobs; views call it every second. */
    void tick();

    const LoadState &state() const { return m_state; }
    /** Jobs matching the server-side filters (T2-3 count), -1 before the first answer. */
    int totalCount() const { return m_total; }

    /** The job of @p row, or nullptr. Valid until the row is removed or the model reset. */
    const api::TrainingJob *jobAt(int row) const;
    /** The row of @p jobId, or -1. */
    int rowOf(const QString &jobId) const;
    /** Job ids of @p rows, in the given order; rows out of range are skipped. */
    QStringList idsForRows(const QList<int> &rows) const;
    /**
     * @brief SortRole order of two rows in @p column without building QVariants (the
     * filter model sorts 100k rows with it); strings compare case-insensitively.
     */
    bool lessThan(int rowA, int rowB, int column) const;

    /** "42 s", "5 min 07 s", "1 h 02 min", "3 d 04 h"; empty for a negative value. */
    static QString formatDuration(qint64 ms);
    /** The translated word of a phase or secondary phase ("Running", "Queuing"). */
    static QString phaseText(const QString &phase);

signals:
    void stateChanged();
    /** Emitted after a reload, a page or a refresh has been applied. */
    void loaded();

private:
    struct Row;
    enum class Op
    {
        None,
        Reload,
        FetchMore,
        Refresh,
    };

    api::TrainingJobSearchRequest searchRequest(int page) const;
    void requestPage(Op op, int page);
    void onPage(Op op, int page, const api::TrainingJobSearchResult &result);
    void onFailure(const api::ApiError &error);
    void finishOp();
    void appendPage(const std::vector<api::TrainingJob> &items);
    void applyWindow(std::vector<api::TrainingJob> fresh, int window);
    void cancelInFlight();
    void setLoading(bool loading);
    void resyncCursor();
    void ensureIndex() const;
    QString idAt(int row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    qint64 durationMs(const Row &row) const;

    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiCall> m_call;
    std::vector<std::unique_ptr<Row>> m_rows;
    mutable QHash<QString, int> m_rowOfId;
    mutable bool m_indexDirty = false;

    QString m_scope;
    QString m_nameFilter;
    QStringList m_phaseFilter;
    QString m_workspaceId;
    int m_pageSize = kDefaultPageSize;
    int m_refreshWindow = kDefaultRefreshWindow;

    api::PageCursor m_cursor;
    LoadState m_state;
    int m_total = -1;
    // "Now" for live durations, moved on by tick() and each page: one sort compares durations
    // at one instant (reading the clock per comparison let them shift while sorting).
    qint64 m_nowMs = QDateTime::currentMSecsSinceEpoch();
    Op m_op = Op::None;
    quint64 m_generation = 0;
    bool m_refreshQueued = false;
    bool m_everLoaded = false;

    // refresh in progress
    std::vector<api::TrainingJob> m_fresh;
    int m_refreshRows = 0; // rows from the top the refresh covers
    qint64 m_refreshBoundary = 0; // create_time of the last covered row
    QString m_refreshBoundaryId; // id of the last covered row
    int m_refreshBoundaryAt = -1; // its index in m_fresh once seen
    int m_refreshMaxPages = 0;
};
} // namespace ma::models
