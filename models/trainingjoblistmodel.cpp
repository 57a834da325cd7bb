#include "trainingjoblistmodel.h"

#include "api/trainingrequests.h"
#include "models/dashboarddefinitions.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace ma::models
{
using api::Json;
using api::TrainingJob;
using api::TrainingPhase;

namespace
{
bool isLive(TrainingPhase phase)
{
    return phase == TrainingPhase::Running || phase == TrainingPhase::Terminating;
}

/** The columns whose shown value differs between two versions of one job. */
ColumnMask columnsThatDiffer(const TrainingJobRow &a, const TrainingJobRow &b)
{
    ColumnMask mask = 0;
    if (a.name != b.name)
        mask |= columnBit(TrainingJobListModel::Name);
    const bool statusChanged = a.phase != b.phase || a.secondaryPhase != b.secondaryPhase;
    if (statusChanged)
        mask |= columnBit(TrainingJobListModel::Status);
    if (a.flavor() != b.flavor())
        mask |= columnBit(TrainingJobListModel::Flavor);
    if (a.poolId != b.poolId)
        mask |= columnBit(TrainingJobListModel::Pool);
    if (a.nodes != b.nodes)
        mask |= columnBit(TrainingJobListModel::Nodes);
    // A running job's duration is computed here from its start (tick() repaints it); the
    // server's growing status.duration alone is not a change.
    const bool live = isLive(api::trainingPhaseFromString(b.phase));
    if (statusChanged || a.startTime != b.startTime || (!live && a.duration != b.duration))
        mask |= columnBit(TrainingJobListModel::Duration);
    if (a.createTime != b.createTime)
        mask |= columnBit(TrainingJobListModel::Created);
    if (a.priority != b.priority)
        mask |= columnBit(TrainingJobListModel::Priority);
    if (a.description != b.description)
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

api::TrainingPhase TrainingJobListTraits::derive(const TrainingJobRow &job)
{
    return api::trainingPhaseFromString(job.phase);
}

QString TrainingJobListTraits::id(const TrainingJobRow &job)
{
    return job.id;
}

qint64 TrainingJobListTraits::orderKey(const TrainingJobRow &job)
{
    return job.createTime;
}

TrainingJobRowsPage TrainingJobListTraits::fromBody(const QByteArray &body)
{
    return decodeTrainingJobRows(body);
}

std::vector<TrainingJobRow> TrainingJobListTraits::takeItems(TrainingJobRowsPage &page)
{
    return std::move(page.items);
}

std::optional<qint64> TrainingJobListTraits::total(const TrainingJobRowsPage &page)
{
    return page.count ? std::optional<qint64>(*page.count) : std::nullopt;
}

ColumnMask TrainingJobListTraits::changedColumns(const TrainingJobRow &before, const TrainingJobRow &after)
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
    const TrainingJobRow &job = row.item;
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column())
        {
        case Name:
            return tr("ID: %1").arg(job.id);
        case Status:
        {
            const QString phase = job.secondaryPhase ? phaseText(*job.secondaryPhase) : phaseText(job.phase);
            const auto low = m_lowUtilization.constFind(job.id);
            if (low == m_lowUtilization.cend())
                return phase;
            return QString(phase + u'\n'
                + tr("Low %1 usage: worker-0 has averaged %2 % since the job started (the alarm is under %3 %).")
                      .arg(job.acceleratorKind.isEmpty() ? QStringLiteral("GPU") : job.acceleratorKind)
                      .arg(*low, 0, 'f', 0)
                      .arg(dashboards::lowUtilizationPercent, 0, 'f', 0));
        }
        case Flavor:
            return job.flavorId;
        case Created:
            return job.createTime > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(job.createTime), QLocale::LongFormat)
                : QString();
        case Description:
            return job.description.value_or(QString());
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumericColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case JobIdRole:
        return job.id;
    case PhaseRole:
        return job.phase;
    case SecondaryPhaseRole:
        return job.secondaryPhase.value_or(QString());
    case SortRole:
        return sortValue(row, index.column());
    case CanStopRole:
        return api::canTerminate(row.derived);
    case CanDeleteRole:
        return true; // the console allows Delete in every state (training.md §3.3)
    case CanChangePriorityRole:
        return row.derived == TrainingPhase::Pending && !job.poolId.isEmpty();
    case PoolIdRole:
        return job.poolId;
    case JobRole:
    {
        const std::optional<TrainingJob> whole = jobAt(index.row());
        return whole ? QVariant::fromValue(*whole) : QVariant();
    }
    case LowUtilizationRole:
    {
        const auto low = m_lowUtilization.constFind(job.id);
        if (index.column() != Status || low == m_lowUtilization.cend())
            return QString();
        return tr("Low %1 %2 %", "low-utilisation mark: accelerator kind, average usage")
            .arg(job.acceleratorKind.isEmpty() ? QStringLiteral("GPU") : job.acceleratorKind)
            .arg(*low, 0, 'f', 0);
    }
    default:
        return QVariant();
    }
}

void TrainingJobListModel::setLowUtilization(const QHash<QString, double> &averages)
{
    // Only the rows whose mark appears, goes or changes its figure.
    QSet<QString> changed;
    for (auto it = averages.cbegin(); it != averages.cend(); ++it)
    {
        const auto before = m_lowUtilization.constFind(it.key());
        if (before == m_lowUtilization.cend() || qRound(*before) != qRound(it.value()))
            changed.insert(it.key());
    }
    for (auto it = m_lowUtilization.cbegin(); it != m_lowUtilization.cend(); ++it)
        if (!averages.contains(it.key()))
            changed.insert(it.key());
    m_lowUtilization = averages;
    for (const QString &id : std::as_const(changed))
    {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, Status), index(row, Status), { LowUtilizationRole, Qt::ToolTipRole });
    }
}

QList<LowUtilizationCandidate> TrainingJobListModel::lowUtilizationCandidates(int max) const
{
    QList<LowUtilizationCandidate> out;
    const int count = rowCount();
    for (int r = 0; r < count && out.size() < max; ++r)
    {
        const Row &row = *typedRowAt(r);
        if (row.derived != TrainingPhase::Running || row.item.acceleratorKind.isEmpty())
            continue;
        out.append({ row.item.id, row.item.acceleratorKind == u"NPU", durationMs(row) });
    }
    return out;
}

QVariant TrainingJobListModel::displayValue(const Row &row, int column) const
{
    const TrainingJobRow &job = row.item;
    switch (static_cast<Column>(column))
    {
    case Name:
        return job.name;
    case Status:
    {
        const QString phase = phaseText(job.phase);
        const QString secondary = job.secondaryPhase.value_or(QString());
        if (secondary.isEmpty() || secondary == job.phase)
            return phase;
        return tr("%1 (%2)", "status (secondary status)").arg(phase, phaseText(secondary));
    }
    case Flavor:
        return job.flavor();
    case Pool:
        return job.poolId.isEmpty() ? tr("Public resource pool") : job.poolId;
    case Nodes:
        return job.nodes ? QVariant(QString::number(*job.nodes)) : QVariant(QString());
    case Duration:
    {
        const qint64 ms = durationMs(row);
        return ms > 0 || isLive(row.derived) ? formatDuration(ms) : QString();
    }
    case Created:
        return job.createTime > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(job.createTime), QLocale::ShortFormat)
            : QString();
    case Priority:
        return job.priority ? QString::number(*job.priority) : QString();
    case Description:
        return job.description.value_or(QString());
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant TrainingJobListModel::sortValue(const Row &row, int column) const
{
    const TrainingJobRow &job = row.item;
    switch (static_cast<Column>(column))
    {
    case Name:
        return job.name;
    case Status:
        return static_cast<int>(row.derived);
    case Flavor:
        return job.flavor();
    case Pool:
        return job.poolId;
    case Nodes:
        return job.nodes.value_or(0);
    case Duration:
        return durationMs(row);
    case Created:
        return job.createTime;
    case Priority:
        return job.priority.value_or(0);
    case Description:
        return job.description.value_or(QString());
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
        return text(a.item.name, b.item.name);
    case Status:
        return static_cast<int>(a.derived) < static_cast<int>(b.derived);
    case Flavor:
        return text(a.item.flavor(), b.item.flavor());
    case Pool:
        return text(a.item.poolId, b.item.poolId);
    case Nodes:
        return a.item.nodes.value_or(0) < b.item.nodes.value_or(0);
    case Duration:
        return durationMs(a) < durationMs(b);
    case Created:
        return a.item.createTime < b.item.createTime;
    case Priority:
        return a.item.priority.value_or(0) < b.item.priority.value_or(0);
    case Description:
        return text(a.item.description.value_or(QString()), b.item.description.value_or(QString()));
    case ColumnCount:
        break;
    }
    return false;
}

qint64 TrainingJobListModel::durationMs(const Row &row) const
{
    const qint64 start = row.item.startTime.value_or(0);
    if (isLive(row.derived) && start > 0)
        return std::max<qint64>(0, m_nowMs - start);
    return row.item.duration.value_or(0);
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

void TrainingJobListModel::setFilters(const TrainingJobListFilters &filters)
{
    m_filters = filters;
    m_filters.jobId = m_filters.jobId.trimmed();
    m_filters.algorithmName = m_filters.algorithmName.trimmed();
}

std::vector<api::TrainingJobFilter> TrainingJobListModel::searchFilters() const
{
    using api::training::searchFilter;
    std::vector<api::TrainingJobFilter> filters;
    if (!m_nameFilter.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("name"), QStringLiteral("like"), { m_nameFilter }));
    if (!m_phaseFilter.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("phase"), QStringLiteral("in"),
            std::vector<QString>(m_phaseFilter.cbegin(), m_phaseFilter.cend())));
    const TrainingJobListFilters &f = m_filters;
    if (!f.jobId.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("id"), QStringLiteral("in"), { f.jobId }));
    if (f.createdFromMs > 0 || f.createdToMs > 0)
    {
        // An empty bound leaves that end open, as in the published example ["", ""].
        const auto bound = [](qint64 ms)
        {
            return ms > 0 ? QString::number(ms) : QString();
        };
        filters.push_back(searchFilter(QStringLiteral("create_time"), QStringLiteral("between"),
            { bound(f.createdFromMs), bound(f.createdToMs) }));
    }
    if (!f.poolId.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("pool_id"), QStringLiteral("in"), { f.poolId }));
    if (!f.algorithmName.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("algorithm_name"), QStringLiteral("like"), { f.algorithmName }));
    if (!f.kind.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("kind"), QStringLiteral("in"), { f.kind }));
    if (!f.userId.isEmpty())
        filters.push_back(searchFilter(QStringLiteral("user_id"), QStringLiteral("in"), { f.userId }));
    return filters;
}

void TrainingJobListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

api::ApiRequest TrainingJobListModel::pageRequest(const api::PageCursor &cursor) const
{
    api::TrainingJobSearchRequest req = api::training::newestFirst(cursor.limit(), searchFilters(), m_workspaceId);
    req.offset = cursor.offsetValue(); // a page number
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
            return isLive(x.derived) && x.item.startTime.value_or(0) > 0;
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

std::optional<api::TrainingJob> TrainingJobListModel::jobAt(int row) const
{
    const TrainingJobRow *job = itemAt(row);
    if (!job)
        return std::nullopt;
    try
    {
        return api::fromBody<TrainingJob>(job->json);
    }
    catch (const std::exception &)
    {
        return std::nullopt; // cannot happen: the row was built from this JSON
    }
}

const TrainingJobRow *TrainingJobListModel::jobRowAt(int row) const
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
