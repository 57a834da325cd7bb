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
//
// A row is compact (TrainingJobRow): the fields the columns, roles and filters read, and the
// job's JSON for the rest (jobAt() decodes it), built straight from the search answer on a
// worker thread: about 1 KB per job instead of a full api::TrainingJob.

#include "api/types/training.h"
#include "models/lowutilizationprobe.h"
#include "models/remotelistmodel.h"
#include "models/trainingjobrows.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace ma::models
{
/**
 * @brief The list's server-side filters beside the name and status (T2-3 filters[]); empty
 * members are not sent. algorithm_name (like), create_time (between), kind (in) and user_id (in)
 * are the keys of the published request example; id and pool_id (in) are the console's
 * "ID" and "Resource pool" search attributes, which that example does not show.
 */
struct TrainingJobListFilters
{
    QString jobId; // id in [jobId]
    qint64 createdFromMs = 0; // create_time between [from, to], epoch ms; 0: that end open
    qint64 createdToMs = 0;
    QString poolId; // pool_id in [poolId]
    QString algorithmName; // algorithm_name like
    QString kind; // kind in [kind]: job | visualization_job
    QString userId; // user_id in [userId] ("only my jobs")

    bool isEmpty() const { return *this == TrainingJobListFilters(); }
    bool operator==(const TrainingJobListFilters &) const = default;
};

/** @brief RemoteListModel traits of the T2-3 search: one row per v2 training job. */
struct TrainingJobListTraits
{
    using Item = TrainingJobRow;
    using Page = TrainingJobRowsPage;
    using Derived = api::TrainingPhase; // parsed once: tick() walks every row

    static Derived derive(const Item &job);
    static QString id(const Item &job);
    static qint64 orderKey(const Item &job); // create_time: the search sorts by it, newest first
    static Page fromBody(const QByteArray &body); // decodeTrainingJobRows(): no JSON tree built
    static std::vector<Item> takeItems(Page &page);
    static std::optional<qint64> total(const Page &page); // count: the jobs matching the filters
    static ColumnMask changedColumns(const Item &before, const Item &after);
};

class TrainingJobListModel final : public RemoteListModel<TrainingJobListTraits>
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
        JobRole, // QVariant holding a copy of the api::TrainingJob
        LowUtilizationRole // QString "Low GPU 23 %" while the low-utilisation alarm is on, else empty (Status column)
    };
    Q_ENUM(Role)

    /** Jobs per search page; T2-3 accepts at most 50. */
    static constexpr int kDefaultPageSize = api::kTrainingSearchMaxLimit;
    /** refresh() re-reads at most this many rows from the top (see setRefreshWindow()). */
    static constexpr int kDefaultRefreshWindow = 1000;

    explicit TrainingJobListModel(QObject *parent = nullptr);
    ~TrainingJobListModel() override;

    // QAbstractItemModel (rows, paging and refresh: RemoteListModelBase)
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Server-side filter: name contains (T2-3 key name, operator like); applied by the next reload(). */
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }
    /** Server-side filter: status.phase in @p phases (wire names); empty = all; applied by the next reload(). */
    void setPhaseFilter(const QStringList &phases);
    QStringList phaseFilter() const { return m_phaseFilter; }
    /** The other server-side filters; applied by the next reload(). */
    void setFilters(const TrainingJobListFilters &filters);
    const TrainingJobListFilters &filters() const { return m_filters; }
    /** The T2-3 filters[] the next page request sends: name, phase, then setFilters()'s in declaration order. */
    std::vector<api::TrainingJobFilter> searchFilters() const;
    /** T2-3 workspace_id; empty = not sent. Applied by the next reload(). */
    void setWorkspaceId(const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }

    /**
     * The jobs whose low-utilisation alarm is on (average worker-0 GPU/NPU usage in percent,
     * LowUtilizationProbe); rows that change get dataChanged on their Status cell.
     */
    void setLowUtilization(const QHash<QString, double> &averages);
    /** The loaded running jobs holding cards, in row order, at most @p max of them. */
    QList<LowUtilizationCandidate> lowUtilizationCandidates(int max) const;

    /** Emits dataChanged for the Duration cells of running jobs; views call it every second. */
    void tick();

    /** The whole job of @p row (decoded from the JSON the row keeps), or nullopt. */
    std::optional<api::TrainingJob> jobAt(int row) const;
    /** The compact row of @p row, or nullptr. Valid until the row changes or is removed, or the model reset. */
    const TrainingJobRow *jobRowAt(int row) const;
    /**
     * @brief SortRole order of two rows in @p column without building QVariants (the
     * filter model sorts 100k rows with it); strings compare case-insensitively.
     */
    bool lessThan(int rowA, int rowB, int column) const;

    /** "42 s", "5 min 07 s", "1 h 02 min", "3 d 04 h"; empty for a negative value. */
    static QString formatDuration(qint64 ms);
    /** The translated word of a phase or secondary phase ("Running", "Queuing"). */
    static QString phaseText(const QString &phase);

private:
    api::ApiRequest pageRequest(const api::PageCursor &cursor) const override;
    void aboutToApplyPage() override;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    qint64 durationMs(const Row &row) const;

    QString m_nameFilter;
    QStringList m_phaseFilter;
    TrainingJobListFilters m_filters;
    QString m_workspaceId;
    QHash<QString, double> m_lowUtilization; // job id -> average usage, alarm on
    // "Now" for live durations, moved on by tick() and each page: one sort compares durations
    // at one instant (reading the clock per comparison let them shift while sorting).
    qint64 m_nowMs = QDateTime::currentMSecsSinceEpoch();
};
} // namespace ma::models
