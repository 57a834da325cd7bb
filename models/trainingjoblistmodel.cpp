#include "trainingjoblistmodel.h"

#include "api/trainingrequests.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>

namespace ma::models
{
using api::TrainingJob;
using api::TrainingPhase;

namespace
{
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
ColumnMask columnsThatDiffer(const TrainingJob &a, const TrainingJob &b)
{
    ColumnMask mask = 0;
    if (a.metadata.name != b.metadata.name)
        mask |= columnBit(TrainingJobListModel::Name);
    const bool statusChanged = a.status.phase != b.status.phase || a.status.secondaryPhase != b.status.secondaryPhase;
    if (statusChanged)
        mask |= columnBit(TrainingJobListModel::Status);
    if (flavorOf(a) != flavorOf(b))
        mask |= columnBit(TrainingJobListModel::Flavor);
    if (poolIdOf(a) != poolIdOf(b))
        mask |= columnBit(TrainingJobListModel::Pool);
    if (nodeCountOf(a) != nodeCountOf(b))
        mask |= columnBit(TrainingJobListModel::Nodes);
    // A running job's duration is computed here from its start (tick() repaints it); the
    // server's growing status.duration alone is not a change.
    const bool live = isLive(api::trainingPhaseFromString(b.status.phase));
    if (statusChanged || a.status.startTime != b.status.startTime || (!live && a.status.duration != b.status.duration))
        mask |= columnBit(TrainingJobListModel::Duration);
    if (a.metadata.createTime != b.metadata.createTime)
        mask |= columnBit(TrainingJobListModel::Created);
    if (priorityOf(a) != priorityOf(b))
        mask |= columnBit(TrainingJobListModel::Priority);
    if (a.metadata.description != b.metadata.description)
        mask |= columnBit(TrainingJobListModel::Description);
    return mask;
}

bool isNumericColumn(int column)
{
    return column == TrainingJobListModel::Nodes || column == TrainingJobListModel::Duration
        || column == TrainingJobListModel::Priority;
}
} // namespace

// ---------------------------------------------------------------------------------------
// Traits

api::TrainingPhase TrainingJobListTraits::derive(const TrainingJob &job)
{
    return api::trainingPhaseFromString(job.status.phase);
}

QString TrainingJobListTraits::id(const TrainingJob &job)
{
    return idOf(job);
}

qint64 TrainingJobListTraits::orderKey(const TrainingJob &job)
{
    return createTimeOf(job);
}

std::vector<TrainingJob> TrainingJobListTraits::takeItems(api::TrainingJobSearchResult &page)
{
    return std::move(page.items);
}

std::optional<qint64> TrainingJobListTraits::total(const api::TrainingJobSearchResult &page)
{
    return page.count ? std::optional<qint64>(*page.count) : std::nullopt;
}

ColumnMask TrainingJobListTraits::changedColumns(const TrainingJob &before, const TrainingJob &after)
{
    return columnsThatDiffer(before, after);
}

namespace
{
RemoteListModelBase::Paging trainingJobPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::PageNumber; // T2-3: offset is a page number
    paging.pageSize = TrainingJobListModel::kDefaultPageSize;
    paging.maxPageSize = api::kTrainingSearchMaxLimit;
    paging.refreshWindow = TrainingJobListModel::kDefaultRefreshWindow;
    return paging;
}
} // namespace

TrainingJobListModel::TrainingJobListModel(QObject *parent)
    : RemoteListModel(trainingJobPaging(), ColumnCount, parent)
{
}

TrainingJobListModel::~TrainingJobListModel() = default;

void TrainingJobListModel::aboutToApplyPage()
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
}

// ---------------------------------------------------------------------------------------
// QAbstractItemModel

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
    const Row &row = *typedRowAt(index.row());
    const TrainingJob &job = row.item;
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
        return api::canTerminate(row.derived);
    case CanDeleteRole:
        return true; // the console allows Delete in every state (training.md §3.3)
    case CanChangePriorityRole:
        return row.derived == TrainingPhase::Pending && !poolIdOf(job).isEmpty();
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
    const TrainingJob &job = row.item;
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
        return ms > 0 || isLive(row.derived) ? formatDuration(ms) : QString();
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
    const TrainingJob &job = row.item;
    switch (static_cast<Column>(column))
    {
    case Name:
        return job.metadata.name;
    case Status:
        return static_cast<int>(row.derived);
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
    const Row *rowOfA = typedRowAt(rowA);
    const Row *rowOfB = typedRowAt(rowB);
    if (!rowOfA || !rowOfB)
        return false;
    const Row &a = *rowOfA;
    const Row &b = *rowOfB;
    const auto text = [](const QString &x, const QString &y)
    {
        return x.compare(y, Qt::CaseInsensitive) < 0;
    };
    switch (static_cast<Column>(column))
    {
    case Name:
        return text(a.item.metadata.name, b.item.metadata.name);
    case Status:
        return static_cast<int>(a.derived) < static_cast<int>(b.derived);
    case Flavor:
        return text(flavorOf(a.item), flavorOf(b.item));
    case Pool:
        return text(poolIdOf(a.item), poolIdOf(b.item));
    case Nodes:
        return nodeCountOf(a.item).value_or(0) < nodeCountOf(b.item).value_or(0);
    case Duration:
        return durationMs(a) < durationMs(b);
    case Created:
        return createTimeOf(a.item) < createTimeOf(b.item);
    case Priority:
        return priorityOf(a.item).value_or(0) < priorityOf(b.item).value_or(0);
    case Description:
        return text(a.item.metadata.description.value_or(QString()), b.item.metadata.description.value_or(QString()));
    case ColumnCount:
        break;
    }
    return false;
}

qint64 TrainingJobListModel::durationMs(const Row &row) const
{
    const api::TrainingJobStatus &status = row.item.status;
    const qint64 start = status.startTime.value_or(0);
    if (isLive(row.derived) && start > 0)
        return std::max<qint64>(0, m_nowMs - start);
    return status.duration.value_or(0);
}

// ---------------------------------------------------------------------------------------
// Settings and loading

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

api::ApiRequest TrainingJobListModel::pageRequest(const api::PageCursor &cursor) const
{
    api::TrainingJobSearchRequest req;
    req.offset = cursor.offsetValue(); // a page number
    req.limit = cursor.limit();
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
    return api::training::search(req);
}

void TrainingJobListModel::tick()
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    const int count = rowCount();
    const QList<int> roles { Qt::DisplayRole, SortRole };
    for (int r = 0; r < count;)
    {
        const auto live = [this](int row)
        {
            const Row &x = *typedRowAt(row);
            return isLive(x.derived) && x.item.status.startTime.value_or(0) > 0;
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

const api::TrainingJob *TrainingJobListModel::jobAt(int row) const
{
    return itemAt(row);
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
