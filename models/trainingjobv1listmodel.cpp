#include "trainingjobv1listmodel.h"

#include "api/trainingv1requests.h"
#include "models/trainingjoblistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace ma::models
{
namespace
{
bool isNumericColumn(int column)
{
    return column == TrainingJobV1ListModel::Versions || column == TrainingJobV1ListModel::Duration;
}

RemoteListModelBase::Paging v1Paging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::OneBasedPage;
    paging.pageSize = TrainingJobV1ListModel::kDefaultPageSize;
    paging.maxPageSize = 1000; // T1-2 per_page
    paging.refreshWindow = 1000;
    return paging;
}
} // namespace

// ---------------------------------------------------------------------------------------
// Traits

QString TrainingJobV1ListTraits::derive(const Item &job)
{
    return TrainingJobV1ListModel::phaseOfStatus(job.status.value_or(0));
}

QString TrainingJobV1ListTraits::id(const Item &job)
{
    return QString::number(job.jobId);
}

qint64 TrainingJobV1ListTraits::orderKey(const Item &job)
{
    return job.createTime.value_or(0);
}

std::vector<TrainingJobV1ListTraits::Item> TrainingJobV1ListTraits::takeItems(Page &page)
{
    return std::move(page.jobs);
}

std::optional<qint64> TrainingJobV1ListTraits::total(const Page &page)
{
    return page.jobTotalCount ? std::optional<qint64>(*page.jobTotalCount) : std::nullopt;
}

ColumnMask TrainingJobV1ListTraits::changedColumns(const Item &a, const Item &b)
{
    using M = TrainingJobV1ListModel;
    ColumnMask mask = 0;
    if (a.jobName != b.jobName)
        mask |= columnBit(M::Name);
    if (a.status != b.status || a.versionId != b.versionId)
        mask |= columnBit(M::Status);
    if (a.versionCount != b.versionCount)
        mask |= columnBit(M::Versions);
    if (a.duration != b.duration || a.status != b.status)
        mask |= columnBit(M::Duration);
    if (a.createTime != b.createTime)
        mask |= columnBit(M::Created);
    if (a.jobDesc != b.jobDesc)
        mask |= columnBit(M::Description);
    return mask;
}

// ---------------------------------------------------------------------------------------
// Model

TrainingJobV1ListModel::TrainingJobV1ListModel(QObject *parent)
    : RemoteListModel(v1Paging(), ColumnCount, parent)
{
}

TrainingJobV1ListModel::~TrainingJobV1ListModel() = default;

QString TrainingJobV1ListModel::phaseOfStatus(int status)
{
    using S = api::v1::JobStatus;
    switch (static_cast<S>(status))
    {
    case S::Init:
    case S::ImageCreating:
    case S::SubmitTrying:
    case S::CheckInit:
        return QStringLiteral("Creating");
    case S::ImageFailed:
    case S::SubmitFailed:
        return QStringLiteral("CreateFailed");
    case S::Waiting:
        return QStringLiteral("Pending");
    case S::Running:
    case S::Scaling:
    case S::CheckRunning:
        return QStringLiteral("Running");
    case S::Killing:
        return QStringLiteral("Terminating");
    case S::Completed:
    case S::CheckRunningCompleted:
        return QStringLiteral("Completed");
    case S::Failed:
    case S::SubmitModelFailed:
    case S::DeployServiceFailed:
    case S::CheckFailed:
        return QStringLiteral("Failed");
    case S::Killed:
    case S::Canceled:
        return QStringLiteral("Terminated");
    case S::DeleteFailed:
        return QStringLiteral("Abnormal");
    case S::Lost:
        return QStringLiteral("Lost");
    case S::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QVariant TrainingJobV1ListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Api:
        return tr("API", "which ModelArts API a job was created with");
    case Status:
        return tr("Status");
    case Versions:
        return tr("Versions", "number of versions of a v1 training job");
    case Duration:
        return tr("Duration");
    case Created:
        return tr("Created", "creation time");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant TrainingJobV1ListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const api::v1::TrainingJobSummary &job = row.item;
    const int column = index.column();
    const qint64 created = job.createTime.value_or(0);
    switch (role)
    {
    case Qt::DisplayRole:
        switch (static_cast<Column>(column))
        {
        case Name:
            return job.jobName.value_or(QString());
        case Api:
            return QStringLiteral("v1");
        case Status:
            return TrainingJobListModel::phaseText(row.derived);
        case Versions:
            return job.versionCount ? QString::number(*job.versionCount) : QString();
        case Duration:
            return job.duration && *job.duration > 0 ? TrainingJobListModel::formatDuration(*job.duration) : QString();
        case Created:
            return created > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(created), QLocale::ShortFormat)
                               : QString();
        case Description:
            return job.jobDesc.value_or(QString());
        case ColumnCount:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (static_cast<Column>(column))
        {
        case Name:
            return tr("ID: %1").arg(job.jobId);
        case Api:
            return tr("Created with the legacy v1 training API");
        case Status:
            return tr("%1 (v1 status %2)").arg(api::v1::statusText(job.status.value_or(0))).arg(job.status.value_or(0));
        case Description:
            return job.jobDesc.value_or(QString());
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumericColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case JobIdRole:
        return QString::number(job.jobId);
    case VersionIdRole:
        return job.versionId.value_or(0);
    case PhaseRole:
        return row.derived;
    case StatusCodeRole:
        return job.status.value_or(0);
    case SortRole:
        switch (static_cast<Column>(column))
        {
        case Name:
            return job.jobName.value_or(QString());
        case Api:
            return QStringLiteral("v1");
        case Status:
            return job.status.value_or(0);
        case Versions:
            return job.versionCount.value_or(0);
        case Duration:
            return job.duration.value_or(0);
        case Created:
            return created;
        case Description:
            return job.jobDesc.value_or(QString());
        case ColumnCount:
            break;
        }
        return QVariant();
    case CanStopRole:
        return api::canTerminate(row.derived) && job.versionId.value_or(0) > 0;
    case CanDeleteRole:
        return true;
    default:
        return QVariant();
    }
}

void TrainingJobV1ListModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
}

void TrainingJobV1ListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

const api::v1::TrainingJobSummary *TrainingJobV1ListModel::jobAt(int row) const
{
    return itemAt(row);
}

api::ApiRequest TrainingJobV1ListModel::pageRequest(const api::PageCursor &cursor) const
{
    api::v1::TrainingJobListParams params;
    params.page = cursor.offsetValue();
    params.perPage = cursor.limit();
    params.sortBy = QStringLiteral("create_time");
    params.order = QStringLiteral("desc");
    if (!m_search.isEmpty())
        params.searchContent = m_search;
    if (!m_workspaceId.isEmpty())
        params.workspaceId = m_workspaceId;
    return api::trainingv1::list(params);
}
} // namespace ma::models
