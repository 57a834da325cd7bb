#include "trainingjoblistmodel.h"

#include "api/apiclient.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>

namespace ma::models
{
using api::TrainingJob;
using api::TrainingPhase;

struct TrainingJobListModel::Row
{
    TrainingJob job;
    TrainingPhase phase = TrainingPhase::Unknown; // parsed once: tick() walks every row

    explicit Row(TrainingJob j)
        : job(std::move(j))
        , phase(api::trainingPhaseFromString(job.status.phase))
    {
    }
};

namespace
{
using ColumnMask = quint32;

constexpr ColumnMask bit(int column)
{
    return ColumnMask(1) << column;
}

QString idOf(const TrainingJob &job)
{
    return job.metadata.id.value_or(QString());
}

qint64 createTimeOf(const TrainingJob &job)
{
    return job.metadata.createTime.value_or(0);
}

QString poolIdOf(const TrainingJob &job)
{
    if (job.spec && job.spec->resource)
        return job.spec->resource->poolId.value_or(QString());
    return QString();
}

QString flavorOf(const TrainingJob &job)
{
    if (!job.spec || !job.spec->resource)
        return QString();
    const api::TrainingResource &r = *job.spec->resource;
    if (r.flavorName && !r.flavorName->isEmpty())
        return *r.flavorName;
    return r.flavorId.value_or(QString());
}

std::optional<int> nodeCountOf(const TrainingJob &job)
{
    if (job.spec && job.spec->resource)
        return job.spec->resource->nodeCount;
    return std::nullopt;
}

std::optional<int> priorityOf(const TrainingJob &job)
{
    if (job.spec && job.spec->schedulePolicy)
        return job.spec->schedulePolicy->priority;
    return std::nullopt;
}

bool isLive(TrainingPhase phase)
{
    return phase == TrainingPhase::Running || phase == TrainingPhase::Terminating;
}

/** The columns whose shown value differs between two versions of one job. */
ColumnMask changedColumns(const TrainingJob &a, const TrainingJob &b)
{
    ColumnMask mask = 0;
    if (a.metadata.name != b.metadata.name)
        mask |= bit(TrainingJobListModel::Name);
    const bool statusChanged = a.status.phase != b.status.phase || a.status.secondaryPhase != b.status.secondaryPhase;
    if (statusChanged)
        mask |= bit(TrainingJobListModel::Status);
    if (flavorOf(a) != flavorOf(b))
        mask |= bit(TrainingJobListModel::Flavor);
    if (poolIdOf(a) != poolIdOf(b))
        mask |= bit(TrainingJobListModel::Pool);
    if (nodeCountOf(a) != nodeCountOf(b))
        mask |= bit(TrainingJobListModel::Nodes);
    // A running job's duration is computed here from its start (tick() repaints it); the
    // server's growing status.duration alone is not a change.
    const bool live = isLive(api::trainingPhaseFromString(b.status.phase));
    if (statusChanged || a.status.startTime != b.status.startTime || (!live && a.status.duration != b.status.duration))
        mask |= bit(TrainingJobListModel::Duration);
    if (a.metadata.createTime != b.metadata.createTime)
        mask |= bit(TrainingJobListModel::Created);
    if (priorityOf(a) != priorityOf(b))
        mask |= bit(TrainingJobListModel::Priority);
    if (a.metadata.description != b.metadata.description)
        mask |= bit(TrainingJobListModel::Description);
    return mask;
}

bool isNumericColumn(int column)
{
    return column == TrainingJobListModel::Nodes || column == TrainingJobListModel::Duration
        || column == TrainingJobListModel::Priority;
}
} // namespace

TrainingJobListModel::TrainingJobListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_cursor(api::PageConvention::PageNumber, kDefaultPageSize)
{
}

TrainingJobListModel::~TrainingJobListModel()
{
    ++m_generation; // the canceled call's answer finds nothing to do
    if (m_call)
        m_call->cancel();
}

// ---------------------------------------------------------------------------------------
// QAbstractItemModel

int TrainingJobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrainingJobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TrainingJobListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant TrainingJobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>((isNumericColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (static_cast<Column>(section))
    {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Flavor:
        return tr("Flavor");
    case Pool:
        return tr("Resource Pool");
    case Nodes:
        return tr("Nodes", "compute nodes of a job");
    case Duration:
        return tr("Duration");
    case Created:
        return tr("Created", "creation time");
    case Priority:
        return tr("Priority", "job priority");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant TrainingJobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *m_rows[static_cast<std::size_t>(index.row())];
    const TrainingJob &job = row.job;
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column())
        {
        case Name:
            return tr("ID: %1").arg(idOf(job));
        case Status:
            return job.status.secondaryPhase ? phaseText(*job.status.secondaryPhase) : phaseText(job.status.phase);
        case Flavor:
            return job.spec && job.spec->resource ? job.spec->resource->flavorId.value_or(QString()) : QString();
        case Created:
            return createTimeOf(job) > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(createTimeOf(job)), QLocale::LongFormat)
                : QString();
        case Description:
            return job.metadata.description.value_or(QString());
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumericColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case JobIdRole:
        return idOf(job);
    case PhaseRole:
        return job.status.phase;
    case SecondaryPhaseRole:
        return job.status.secondaryPhase.value_or(QString());
    case SortRole:
        return sortValue(row, index.column());
    case CanStopRole:
        return api::canTerminate(row.phase);
    case CanDeleteRole:
        return true; // the console allows Delete in every state (training.md §3.3)
    case CanChangePriorityRole:
        return row.phase == TrainingPhase::Pending && !poolIdOf(job).isEmpty();
    case PoolIdRole:
        return poolIdOf(job);
    case JobRole:
        return QVariant::fromValue(job);
    default:
        return QVariant();
    }
}

QVariant TrainingJobListModel::displayValue(const Row &row, int column) const
{
    const TrainingJob &job = row.job;
    switch (static_cast<Column>(column))
    {
    case Name:
        return job.metadata.name;
    case Status:
    {
        const QString phase = phaseText(job.status.phase);
        const QString secondary = job.status.secondaryPhase.value_or(QString());
        if (secondary.isEmpty() || secondary == job.status.phase)
            return phase;
        return tr("%1 (%2)", "status (secondary status)").arg(phase, phaseText(secondary));
    }
    case Flavor:
        return flavorOf(job);
    case Pool:
    {
        const QString pool = poolIdOf(job);
        return pool.isEmpty() ? tr("Public resource pool") : pool;
    }
    case Nodes:
    {
        const std::optional<int> nodes = nodeCountOf(job);
        return nodes ? QVariant(QString::number(*nodes)) : QVariant(QString());
    }
    case Duration:
    {
        const qint64 ms = durationMs(row);
        return ms > 0 || isLive(row.phase) ? formatDuration(ms) : QString();
    }
    case Created:
        return createTimeOf(job) > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(createTimeOf(job)), QLocale::ShortFormat)
            : QString();
    case Priority:
    {
        const std::optional<int> priority = priorityOf(job);
        return priority ? QString::number(*priority) : QString();
    }
    case Description:
        return job.metadata.description.value_or(QString());
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant TrainingJobListModel::sortValue(const Row &row, int column) const
{
    const TrainingJob &job = row.job;
    switch (static_cast<Column>(column))
    {
    case Name:
        return job.metadata.name;
    case Status:
        return static_cast<int>(row.phase);
    case Flavor:
        return flavorOf(job);
    case Pool:
        return poolIdOf(job);
    case Nodes:
        return nodeCountOf(job).value_or(0);
    case Duration:
        return durationMs(row);
    case Created:
        return createTimeOf(job);
    case Priority:
        return priorityOf(job).value_or(0);
    case Description:
        return job.metadata.description.value_or(QString());
    case ColumnCount:
        break;
    }
    return QVariant();
}

bool TrainingJobListModel::lessThan(int rowA, int rowB, int column) const
{
    const int count = static_cast<int>(m_rows.size());
    if (rowA < 0 || rowB < 0 || rowA >= count || rowB >= count)
        return false;
    const Row &a = *m_rows[static_cast<std::size_t>(rowA)];
    const Row &b = *m_rows[static_cast<std::size_t>(rowB)];
    const auto text = [](const QString &x, const QString &y)
    {
        return x.compare(y, Qt::CaseInsensitive) < 0;
    };
    switch (static_cast<Column>(column))
    {
    case Name:
        return text(a.job.metadata.name, b.job.metadata.name);
    case Status:
        return static_cast<int>(a.phase) < static_cast<int>(b.phase);
    case Flavor:
        return text(flavorOf(a.job), flavorOf(b.job));
    case Pool:
        return text(poolIdOf(a.job), poolIdOf(b.job));
    case Nodes:
        return nodeCountOf(a.job).value_or(0) < nodeCountOf(b.job).value_or(0);
    case Duration:
        return durationMs(a) < durationMs(b);
    case Created:
        return createTimeOf(a.job) < createTimeOf(b.job);
    case Priority:
        return priorityOf(a.job).value_or(0) < priorityOf(b.job).value_or(0);
    case Description:
        return text(a.job.metadata.description.value_or(QString()), b.job.metadata.description.value_or(QString()));
    case ColumnCount:
        break;
    }
    return false;
}

qint64 TrainingJobListModel::durationMs(const Row &row) const
{
    const api::TrainingJobStatus &status = row.job.status;
    const qint64 start = status.startTime.value_or(0);
    if (isLive(row.phase) && start > 0)
        return std::max<qint64>(0, m_nowMs - start);
    return status.duration.value_or(0);
}

bool TrainingJobListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_client || !m_everLoaded)
        return false;
    return m_op == Op::None && !m_state.complete && !m_state.hasError();
}

void TrainingJobListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(Op::FetchMore, m_cursor.offsetValue());
}

// ---------------------------------------------------------------------------------------
// Settings

void TrainingJobListModel::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    cancelInFlight();
    m_client = client;
}

api::ApiClient *TrainingJobListModel::client() const
{
    return m_client;
}

void TrainingJobListModel::setScope(const QString &scopeKey)
{
    if (scopeKey == m_scope)
        return;
    cancelInFlight();
    m_scope = scopeKey;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_indexDirty = false;
    m_cursor.reset();
    m_total = -1;
    m_everLoaded = false;
    m_refreshQueued = false;
    endResetModel();
    m_state = LoadState();
    emit stateChanged();
}

void TrainingJobListModel::setNameFilter(const QString &text)
{
    m_nameFilter = text.trimmed();
}

void TrainingJobListModel::setPhaseFilter(const QStringList &phases)
{
    m_phaseFilter = phases;
}

void TrainingJobListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

void TrainingJobListModel::setPageSize(int jobs)
{
    const int size = std::clamp(jobs, 1, api::kTrainingSearchMaxLimit);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    m_cursor = api::PageCursor(api::PageConvention::PageNumber, m_pageSize);
    resyncCursor();
}

void TrainingJobListModel::setRefreshWindow(int rows)
{
    m_refreshWindow = std::max(rows, m_pageSize);
}

// ---------------------------------------------------------------------------------------
// Loading

api::TrainingJobSearchRequest TrainingJobListModel::searchRequest(int page) const
{
    api::TrainingJobSearchRequest req;
    req.offset = page;
    req.limit = m_pageSize;
    req.sortBy = QStringLiteral("create_time");
    req.order = QStringLiteral("desc");
    std::vector<api::TrainingJobFilter> filters;
    if (!m_nameFilter.isEmpty())
    {
        api::TrainingJobFilter f;
        f.key = QStringLiteral("name");
        f.op = QStringLiteral("like");
        f.value = std::vector<QString> { m_nameFilter };
        filters.push_back(std::move(f));
    }
    if (!m_phaseFilter.isEmpty())
    {
        api::TrainingJobFilter f;
        f.key = QStringLiteral("phase");
        f.op = QStringLiteral("in");
        f.value = std::vector<QString>(m_phaseFilter.cbegin(), m_phaseFilter.cend());
        filters.push_back(std::move(f));
    }
    if (!filters.empty())
        req.filters = std::move(filters);
    if (!m_workspaceId.isEmpty())
        req.workspaceId = m_workspaceId;
    return req;
}

void TrainingJobListModel::reload()
{
    if (!m_client)
        return;
    cancelInFlight();
    m_refreshQueued = false;
    m_fresh.clear();
    requestPage(Op::Reload, 0);
}

void TrainingJobListModel::refresh()
{
    if (!m_client)
        return;
    if (m_op == Op::Reload || m_op == Op::Refresh)
        return; // the answer on its way is as fresh
    if (m_op == Op::FetchMore)
    {
        m_refreshQueued = true;
        return;
    }
    if (!m_everLoaded || m_rows.empty())
    {
        reload();
        return;
    }
    m_refreshQueued = false;
    m_refreshRows = std::min(static_cast<int>(m_rows.size()), m_refreshWindow);
    m_refreshBoundary = createTimeOf(m_rows[static_cast<std::size_t>(m_refreshRows - 1)]->job);
    m_refreshBoundaryId = idAt(m_refreshRows - 1);
    m_refreshBoundaryAt = -1;
    // Pages that held the window, plus two for jobs created since (more would shift the
    // window down: applyWindow() then covers only what was re-read).
    m_refreshMaxPages = (m_refreshRows + m_pageSize - 1) / m_pageSize + 2;
    m_fresh.clear();
    requestPage(Op::Refresh, 0);
}

void TrainingJobListModel::requestPage(Op op, int page)
{
    if (!m_client)
    {
        // The client went away between two pages of a refresh.
        m_fresh.clear();
        m_op = Op::None;
        setLoading(false);
        return;
    }
    m_op = op;
    const quint64 generation = ++m_generation;
    api::ApiCall *call = m_client->send(api::training::search(searchRequest(page)));
    m_call = call;
    setLoading(true);
    api::whenDecoded<api::TrainingJobSearchResult>(call, this,
        [this, generation, op, page](const api::Typed<api::TrainingJobSearchResult> &result)
        {
            if (generation != m_generation)
                return; // canceled, or overtaken by a reload or a scope change
            m_call = nullptr;
            if (!result.ok())
                onFailure(result.error);
            else
                onPage(op, page, result.value);
        });
}

void TrainingJobListModel::onFailure(const api::ApiError &error)
{
    // Rows stay as they are: the view shows the error next to what it had.
    m_fresh.clear();
    m_state.lastError = error;
    m_refreshQueued = false;
    m_op = Op::None;
    m_state.loading = false;
    emit stateChanged();
}

void TrainingJobListModel::onPage(Op op, int page, const api::TrainingJobSearchResult &result)
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    if (result.count)
        m_total = *result.count;
    const int items = static_cast<int>(result.items.size());
    const bool reachedEnd = items < m_pageSize || (result.count && (page + 1) * m_pageSize >= *result.count);
    m_state.lastError = api::ApiError();

    switch (op)
    {
    case Op::None:
        break;
    case Op::Reload:
    {
        m_everLoaded = true;
        applyWindow(result.items, static_cast<int>(m_rows.size()));
        m_state.complete = reachedEnd;
        resyncCursor();
        break;
    }
    case Op::FetchMore:
    {
        appendPage(result.items);
        m_cursor.advance(items, result.count ? std::optional<qint64>(*result.count) : std::nullopt);
        m_state.complete = reachedEnd || !m_cursor.hasMore();
        break;
    }
    case Op::Refresh:
    {
        m_fresh.insert(m_fresh.end(), result.items.cbegin(), result.items.cend());
        // Where the window's last row is now: by its id (exact, whatever the order of equal
        // creation times), else by its creation time (the row itself was deleted).
        const auto boundary = std::find_if(m_fresh.cend() - items, m_fresh.cend(),
            [this](const TrainingJob &job) { return idOf(job) == m_refreshBoundaryId; });
        if (boundary != m_fresh.cend())
            m_refreshBoundaryAt = static_cast<int>(boundary - m_fresh.cbegin());
        const qint64 lastSeen = m_fresh.empty() ? 0 : createTimeOf(m_fresh.back());
        const bool passedWindow = m_refreshBoundaryAt >= 0 || (!m_fresh.empty() && lastSeen < m_refreshBoundary);
        if (!reachedEnd && !passedWindow && page + 1 < m_refreshMaxPages)
        {
            requestPage(Op::Refresh, page + 1);
            return;
        }
        const bool wholeList = m_refreshRows == static_cast<int>(m_rows.size());
        std::vector<TrainingJob> fresh = std::move(m_fresh);
        m_fresh.clear();
        int window = m_refreshRows;
        if (reachedEnd && wholeList)
        {
            // Every job the server has: the list is complete and nothing is trimmed.
            m_state.complete = true;
        }
        else
        {
            // Cover the rows down to the window's last row; jobs below that line are
            // untouched (or come with fetchMore).
            if (m_refreshBoundaryAt >= 0)
            {
                fresh.resize(static_cast<std::size_t>(m_refreshBoundaryAt) + 1);
            }
            else
            {
                qint64 cut = m_refreshBoundary;
                bool inclusive = true;
                if (!passedWindow)
                {
                    cut = lastSeen; // stopped early: rows of that time may go on on the next page
                    inclusive = false;
                }
                const auto outside = [cut, inclusive](const TrainingJob &job)
                {
                    const qint64 t = createTimeOf(job);
                    return inclusive ? t < cut : t <= cut;
                };
                fresh.erase(std::remove_if(fresh.begin(), fresh.end(), outside), fresh.end());
                while (window > 0 && outside(m_rows[static_cast<std::size_t>(window - 1)]->job))
                    --window;
            }
            if (wholeList)
                m_state.complete = false; // the server has jobs below the last row
        }
        applyWindow(std::move(fresh), window);
        resyncCursor();
        break;
    }
    }
    finishOp();
}

void TrainingJobListModel::finishOp()
{
    m_op = Op::None;
    m_state.loading = false;
    emit stateChanged();
    emit loaded();
    if (m_refreshQueued)
        refresh();
}

void TrainingJobListModel::appendPage(const std::vector<TrainingJob> &items)
{
    ensureIndex();
    std::vector<const TrainingJob *> added;
    QSet<QString> seen;
    for (const TrainingJob &job : items)
    {
        const QString id = idOf(job);
        if (id.isEmpty() || m_rowOfId.contains(id) || seen.contains(id))
            continue; // pages shift when jobs are created: the overlap is already shown
        seen.insert(id);
        added.push_back(&job);
    }
    if (added.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    m_rows.reserve(m_rows.size() + added.size());
    for (const TrainingJob *job : added)
    {
        m_rowOfId.insert(idOf(*job), static_cast<int>(m_rows.size()));
        m_rows.push_back(std::make_unique<Row>(*job));
    }
    endInsertRows();
}

void TrainingJobListModel::applyWindow(std::vector<TrainingJob> freshItems, int window)
{
    ensureIndex();
    // 1. The re-read jobs, without repeats and without jobs shown below the window.
    std::vector<TrainingJob> fresh;
    fresh.reserve(freshItems.size());
    QHash<QString, int> freshRow;
    for (TrainingJob &job : freshItems)
    {
        const QString id = idOf(job);
        if (id.isEmpty() || freshRow.contains(id))
            continue;
        const auto shown = m_rowOfId.constFind(id);
        if (shown != m_rowOfId.cend() && shown.value() >= window)
            continue;
        freshRow.insert(id, static_cast<int>(fresh.size()));
        fresh.push_back(std::move(job));
    }

    // 2. Vanished jobs: one remove per contiguous range, bottom up so rows above keep their numbers.
    bool structural = false;
    for (int r = window - 1; r >= 0;)
    {
        if (freshRow.contains(idAt(r)))
        {
            --r;
            continue;
        }
        const int last = r;
        while (r - 1 >= 0 && !freshRow.contains(idAt(r - 1)))
            --r;
        beginRemoveRows(QModelIndex(), r, last);
        m_rows.erase(m_rows.begin() + r, m_rows.begin() + last + 1);
        endRemoveRows();
        window -= last - r + 1;
        structural = true;
        --r;
    }

    // 3. Survivors in the server's order (only when the order changed, which a create_time
    // sort never does: a move keeps persistent indexes where a reset would drop them).
    QSet<QString> survivors;
    survivors.reserve(window);
    for (int r = 0; r < window; ++r)
        survivors.insert(idAt(r));
    int target = 0;
    for (const TrainingJob &job : fresh)
    {
        const QString id = idOf(job);
        if (!survivors.contains(id))
            continue;
        if (idAt(target) != id)
        {
            int from = target + 1;
            while (from < window && idAt(from) != id)
                ++from;
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), target);
            std::rotate(m_rows.begin() + target, m_rows.begin() + from, m_rows.begin() + from + 1);
            endMoveRows();
            structural = true;
        }
        ++target;
    }

    // 4. New jobs: contiguous batches at their place. Rows [0, k) equal fresh[0, k).
    const int freshCount = static_cast<int>(fresh.size());
    for (int k = 0; k < freshCount;)
    {
        if (survivors.contains(idOf(fresh[static_cast<std::size_t>(k)])))
        {
            ++k;
            continue;
        }
        int end = k;
        while (end < freshCount && !survivors.contains(idOf(fresh[static_cast<std::size_t>(end)])))
            ++end;
        beginInsertRows(QModelIndex(), k, end - 1);
        std::vector<std::unique_ptr<Row>> batch;
        batch.reserve(static_cast<std::size_t>(end - k));
        for (int i = k; i < end; ++i)
            batch.push_back(std::make_unique<Row>(std::move(fresh[static_cast<std::size_t>(i)])));
        m_rows.insert(m_rows.begin() + k, std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
        endInsertRows();
        structural = true;
        k = end;
    }
    if (structural)
        m_indexDirty = true;

    // 5. Changed jobs: dataChanged over the changed columns only.
    std::vector<std::pair<int, ColumnMask>> changes;
    for (int k = 0; k < freshCount; ++k)
    {
        TrainingJob &job = fresh[static_cast<std::size_t>(k)];
        if (!survivors.contains(idOf(job)))
            continue; // inserted above (moved from)
        Row &row = *m_rows[static_cast<std::size_t>(k)];
        const ColumnMask mask = changedColumns(row.job, job);
        // Replace even when no shown field changed: JobRole and jobAt() give the latest copy.
        row.job = std::move(job);
        row.phase = api::trainingPhaseFromString(row.job.status.phase);
        if (mask)
            changes.emplace_back(k, mask);
    }
    if (changes.empty())
        return;
    if (static_cast<int>(changes.size()) * 2 > freshCount)
    {
        // Most rows changed: one signal is cheaper for every view than many small ones.
        emit dataChanged(index(0, 0), index(freshCount - 1, ColumnCount - 1));
        return;
    }
    for (std::size_t i = 0; i < changes.size();)
    {
        // Consecutive rows with the same changed columns share their signals.
        std::size_t j = i;
        while (j + 1 < changes.size() && changes[j + 1].first == changes[j].first + 1
            && changes[j + 1].second == changes[i].second)
            ++j;
        const ColumnMask mask = changes[i].second;
        for (int c = 0; c < ColumnCount;)
        {
            if (!(mask & bit(c)))
            {
                ++c;
                continue;
            }
            int last = c;
            while (last + 1 < ColumnCount && (mask & bit(last + 1)))
                ++last;
            emit dataChanged(index(changes[i].first, c), index(changes[j].first, last));
            c = last + 1;
        }
        i = j + 1;
    }
}

void TrainingJobListModel::tick()
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    const int count = static_cast<int>(m_rows.size());
    const QList<int> roles { Qt::DisplayRole, SortRole };
    for (int r = 0; r < count;)
    {
        const auto live = [this](int row)
        {
            const Row &x = *m_rows[static_cast<std::size_t>(row)];
            return isLive(x.phase) && x.job.status.startTime.value_or(0) > 0;
        };
        if (!live(r))
        {
            ++r;
            continue;
        }
        int last = r;
        while (last + 1 < count && live(last + 1))
            ++last;
        emit dataChanged(index(r, Duration), index(last, Duration), roles);
        r = last + 1;
    }
}

void TrainingJobListModel::cancelInFlight()
{
    ++m_generation; // answers of earlier calls are ignored from here on
    if (m_call)
    {
        api::ApiCall *call = m_call;
        m_call = nullptr;
        call->cancel();
    }
    m_fresh.clear();
    if (m_op != Op::None)
    {
        m_op = Op::None;
        setLoading(false);
    }
}

void TrainingJobListModel::setLoading(bool loading)
{
    if (m_state.loading == loading)
        return;
    m_state.loading = loading;
    emit stateChanged();
}

void TrainingJobListModel::resyncCursor()
{
    // The next page is the one holding row rowCount(): with offset = page number, rows
    // shifted by creations or deletions are re-read (and skipped) rather than missed.
    m_cursor.reset();
    const int fullPages = static_cast<int>(m_rows.size()) / m_pageSize;
    const std::optional<qint64> total = m_total >= 0 ? std::optional<qint64>(m_total) : std::nullopt;
    for (int i = 0; i < fullPages; ++i)
        m_cursor.advance(m_pageSize, total);
}

// ---------------------------------------------------------------------------------------
// Accessors

void TrainingJobListModel::ensureIndex() const
{
    if (!m_indexDirty && m_rowOfId.size() == static_cast<qsizetype>(m_rows.size()))
        return;
    m_rowOfId.clear();
    m_rowOfId.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(idOf(m_rows[i]->job), static_cast<int>(i));
    m_indexDirty = false;
}

QString TrainingJobListModel::idAt(int row) const
{
    return idOf(m_rows[static_cast<std::size_t>(row)]->job);
}

const api::TrainingJob *TrainingJobListModel::jobAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)]->job;
}

int TrainingJobListModel::rowOf(const QString &jobId) const
{
    ensureIndex();
    return m_rowOfId.value(jobId, -1);
}

QStringList TrainingJobListModel::idsForRows(const QList<int> &rows) const
{
    QStringList ids;
    ids.reserve(rows.size());
    for (int row : rows)
    {
        if (row >= 0 && row < static_cast<int>(m_rows.size()))
            ids << idAt(row);
    }
    return ids;
}

QString TrainingJobListModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s", "duration in seconds").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s", "duration").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min", "duration").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h", "duration").arg(hours / 24).arg(hours % 24, 2, 10, QLatin1Char('0'));
}

QString TrainingJobListModel::phaseText(const QString &phase)
{
    // Phases (status.phase) and secondary phases (status.secondary_phase), api.md §3.
    const auto is = [&phase](const char *wire)
    {
        return phase.compare(QLatin1String(wire), Qt::CaseInsensitive) == 0;
    };
    if (is("Creating"))
        return tr("Creating", "training job status");
    if (is("Pending"))
        return tr("Pending", "training job status");
    if (is("Queuing"))
        return tr("Queuing", "training job status");
    if (is("Running"))
        return tr("Running", "training job status");
    if (is("Failed"))
        return tr("Failed", "training job status");
    if (is("Completed"))
        return tr("Completed", "training job status");
    if (is("Terminating"))
        return tr("Stopping", "training job status");
    if (is("Terminated"))
        return tr("Stopped", "training job status");
    if (is("Abnormal"))
        return tr("Abnormal", "training job status");
    if (is("CreateFailed"))
        return tr("Creation failed", "training job status");
    if (is("TerminatedFailed"))
        return tr("Stop failed", "training job status");
    if (is("Unknown"))
        return tr("Unknown", "training job status");
    if (is("Lost"))
        return tr("Lost", "training job status");
    return phase;
}
} // namespace ma::models
