#include "poolworkloadmodel.h"

#include "api/poolrequests.h"
#include "models/poolstatus.h"
#include "models/trainingjoblistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace ma::models
{
using api::Workload;

QString PoolWorkloadTraits::id(const Workload &w)
{
    return w.uid.value_or(w.jobUUID.value_or(QString()));
}

qint64 PoolWorkloadTraits::orderKey(const Workload &w)
{
    return w.createTime.value_or(0);
}

std::vector<Workload> PoolWorkloadTraits::takeItems(api::WorkloadList &page)
{
    return std::move(page.items);
}

std::optional<qint64> PoolWorkloadTraits::total(const api::WorkloadList &page)
{
    return page.total;
}

ColumnMask PoolWorkloadTraits::changedColumns(const Workload &a, const Workload &b)
{
    ColumnMask mask = 0;
    if (a.name != b.name || a.jobName != b.jobName)
        mask |= columnBit(PoolWorkloadModel::Name);
    if (a.type != b.type)
        mask |= columnBit(PoolWorkloadModel::Type);
    if (a.status != b.status)
        mask |= columnBit(PoolWorkloadModel::Status) | columnBit(PoolWorkloadModel::QueuePosition);
    if (a.flavor != b.flavor)
        mask |= columnBit(PoolWorkloadModel::Flavor);
    if (a.pendingPosition != b.pendingPosition)
        mask |= columnBit(PoolWorkloadModel::QueuePosition);
    if (a.priority != b.priority)
        mask |= columnBit(PoolWorkloadModel::Priority);
    if (a.createTime != b.createTime)
        mask |= columnBit(PoolWorkloadModel::Created);
    return mask;
}

namespace
{
RemoteListModelBase::Paging workloadPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ItemOffset;
    paging.pageSize = 100;
    paging.maxPageSize = 500;
    paging.refreshWindow = 1000;
    return paging;
}

bool isQueued(const Workload &w)
{
    const QString s = w.status.value_or(QString());
    return s == u"Pending" || s == u"Queuing" || s == u"Waiting";
}
} // namespace

PoolWorkloadModel::PoolWorkloadModel(QObject *parent)
    : RemoteListModel(workloadPaging(), ColumnCount, parent)
{
}

PoolWorkloadModel::~PoolWorkloadModel() = default;

void PoolWorkloadModel::setPool(const QString &poolName)
{
    if (m_pool == poolName)
        return;
    m_pool = poolName;
    clear();
}

api::ApiRequest PoolWorkloadModel::pageRequest(const api::PageCursor &cursor) const
{
    return api::pools::workloads(m_pool,
        { { QStringLiteral("offset"), QString::number(cursor.offsetValue()) },
            { QStringLiteral("limit"), QString::number(cursor.limit()) } });
}

QVariant PoolWorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type", "workload type");
    case Status:
        return tr("Status");
    case Flavor:
        return tr("Flavor");
    case QueuePosition:
        return tr("Queue Position");
    case Priority:
        return tr("Priority", "job priority");
    case Created:
        return tr("Created", "creation time");
    default:
        return QVariant();
    }
}

QVariant PoolWorkloadModel::displayValue(const Workload &w, int column) const
{
    switch (column)
    {
    case Name:
        return w.jobName.value_or(w.name.value_or(QString()));
    case Type:
    {
        const QString t = w.type.value_or(QString());
        return t == u"train"   ? poolstatus::jobType(QStringLiteral("Train"))
            : t == u"infer"    ? poolstatus::jobType(QStringLiteral("Infer"))
            : t == u"notebook" ? poolstatus::jobType(QStringLiteral("Notebook"))
                               : t;
    }
    case Status:
        return TrainingJobListModel::phaseText(w.status.value_or(QString()));
    case Flavor:
        return w.flavor.value_or(QString());
    case QueuePosition:
        return isQueued(w) && w.pendingPosition.value_or(0) > 0 ? QVariant(QString::number(*w.pendingPosition))
                                                                : QVariant(QString());
    case Priority:
        return w.priority.value_or(QString());
    case Created:
        return w.createTime.value_or(0) > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*w.createTime), QLocale::ShortFormat)
            : QString();
    default:
        return QVariant();
    }
}

QVariant PoolWorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Workload &w = typedRowAt(index.row())->item;
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(w, index.column());
    case WorkloadIdRole:
        return PoolWorkloadTraits::id(w);
    case JobIdRole:
        return w.jobUUID.value_or(QString());
    case TypeRole:
        return w.type.value_or(QString());
    case StatusRole:
        return w.status.value_or(QString());
    case QueuePositionRole:
        return isQueued(w) ? w.pendingPosition.value_or(0) : qint64(0);
    case SortRole:
        switch (index.column())
        {
        case QueuePosition:
            return isQueued(w) ? w.pendingPosition.value_or(0) : qint64(0);
        case Created:
            return w.createTime.value_or(0);
        default:
            return displayValue(w, index.column());
        }
    default:
        return QVariant();
    }
}
} // namespace ma::models
