#include "poollistmodel.h"

#include "api/poolrequests.h"
#include "models/poolstatus.h"

#include <QDateTime>
#include <QLocale>

namespace ma::models
{
using api::Pool;

namespace
{
QString phaseOf(const Pool &pool)
{
    return pool.status ? pool.status->phase.value_or(QString()) : QString();
}

QStringList scopeOf(const Pool &pool)
{
    QStringList out;
    for (const QString &s : pool.spec.scope.value_or(std::vector<QString>()))
        out << s;
    return out;
}

QStringList flavorsOf(const Pool &pool)
{
    QStringList out;
    for (const api::PoolResource &r : pool.spec.resources)
        out << r.flavor;
    return out;
}

/** "Train:Enabled;Notebook:Enabling": what the job-type cell shows beyond spec.scope. */
QString scopeStates(const Pool &pool)
{
    QString out;
    if (pool.status && pool.status->scope)
    {
        for (const api::PoolScopeStatus &s : *pool.status->scope)
            out += s.scopeType.value_or(QString()) + u':' + s.state.value_or(QString()) + u';';
    }
    return out;
}

bool isNumericColumn(int column)
{
    return column == PoolListModel::Nodes;
}
} // namespace

PoolRowFacts PoolListTraits::derive(const Pool &pool)
{
    PoolRowFacts f;
    f.available = api::poolNodeCount(pool, api::PoolResourceState::Available);
    f.abnormal = api::poolNodeCount(pool, api::PoolResourceState::Abnormal);
    f.creating = api::poolNodeCount(pool, api::PoolResourceState::Creating);
    f.deleting = api::poolNodeCount(pool, api::PoolResourceState::Deleting);
    f.total = api::poolTotalNodeCount(pool);
    const QDateTime created
        = QDateTime::fromString(pool.metadata.creationTimestamp.value_or(QString()), Qt::ISODateWithMs);
    f.createdMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    return f;
}

QString PoolListTraits::id(const Pool &pool)
{
    return pool.metadata.name.value_or(QString());
}

std::vector<Pool> PoolListTraits::takeItems(api::PoolList &page)
{
    return std::move(page.items);
}

std::optional<qint64> PoolListTraits::total(const api::PoolList &page)
{
    return static_cast<qint64>(page.items.size());
}

ColumnMask PoolListTraits::changedColumns(const Pool &a, const Pool &b)
{
    ColumnMask mask = 0;
    if (api::poolDisplayName(a) != api::poolDisplayName(b))
        mask |= columnBit(PoolListModel::Name);
    if (phaseOf(a) != phaseOf(b))
        mask |= columnBit(PoolListModel::Status);
    const PoolRowFacts fa = derive(a);
    const PoolRowFacts fb = derive(b);
    if (fa.available != fb.available || fa.abnormal != fb.abnormal || fa.creating != fb.creating
        || fa.deleting != fb.deleting)
        mask |= columnBit(PoolListModel::NodeStatus);
    if (fa.available != fb.available || fa.total != fb.total)
        mask |= columnBit(PoolListModel::Nodes);
    if (a.spec.type != b.spec.type)
        mask |= columnBit(PoolListModel::Type);
    if (scopeOf(a) != scopeOf(b) || scopeStates(a) != scopeStates(b))
        mask |= columnBit(PoolListModel::JobTypes);
    if (flavorsOf(a) != flavorsOf(b))
        mask |= columnBit(PoolListModel::Flavors);
    if (fa.createdMs != fb.createdMs)
        mask |= columnBit(PoolListModel::Created);
    return mask;
}

namespace
{
RemoteListModelBase::Paging poolPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ItemOffset; // P-2 ignores paging: one page is the list
    paging.pageSize = 500;
    paging.maxPageSize = 500;
    paging.refreshWindow = 500;
    return paging;
}
} // namespace

PoolListModel::PoolListModel(QObject *parent)
    : RemoteListModel(poolPaging(), ColumnCount, parent)
{
}

PoolListModel::~PoolListModel() = default;

void PoolListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

const Pool *PoolListModel::poolAt(int row) const
{
    return itemAt(row);
}

api::ApiRequest PoolListModel::pageRequest(const api::PageCursor &) const
{
    api::QueryItems query;
    if (!m_workspaceId.isEmpty())
        query.append({ QStringLiteral("workspaceId"), m_workspaceId });
    return api::pools::list(query);
}

QVariant PoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        return tr("Name/ID");
    case Status:
        return tr("Status");
    case NodeStatus:
        return tr("Node Status", "available/abnormal/creating/deleting");
    case Nodes:
        return tr("Available/Total Nodes");
    case Type:
        return tr("Type", "resource pool type");
    case JobTypes:
        return tr("Job Type");
    case Flavors:
        return tr("Flavors");
    case Created:
        return tr("Created", "creation time");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant PoolListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const Pool &pool = row.item;
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("ID: %1").arg(pool.metadata.name.value_or(QString()));
        if (index.column() == Status && pool.status && pool.status->message)
            return *pool.status->message;
        if (index.column() == NodeStatus)
            return fullNodeStatus(row.derived);
        return QVariant();
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumericColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case PoolNameRole:
        return pool.metadata.name.value_or(QString());
    case DisplayNameRole:
        return api::poolDisplayName(pool);
    case PhaseRole:
        return phaseOf(pool);
    case BadgeRole:
        return static_cast<int>(poolstatus::pool(phaseOf(pool)).badge);
    case SortRole:
        return sortValue(row, index.column());
    case AvailableNodesRole:
        return row.derived.available;
    case AbnormalNodesRole:
        return row.derived.abnormal;
    case CreatingNodesRole:
        return row.derived.creating;
    case DeletingNodesRole:
        return row.derived.deleting;
    case TotalNodesRole:
        return row.derived.total;
    case WorkspaceRole:
        return api::poolWorkspaceId(pool);
    case ScopeRole:
        return scopeOf(pool);
    case FlavorsRole:
        return flavorsOf(pool);
    case CanResizeRole:
        return phaseOf(pool) == api::PoolPhase::Running;
    case CanDeleteRole:
        return phaseOf(pool) != api::PoolPhase::Deleting && pool.metadata.name.value_or(QString()) != u"local";
    case PoolRole:
        return QVariant::fromValue(pool);
    default:
        return QVariant();
    }
}

QString PoolListModel::fullNodeStatus(const Derived &nodes)
{
    return tr("%1 available, %2 abnormal, %3 creating, %4 deleting")
        .arg(nodes.available)
        .arg(nodes.abnormal)
        .arg(nodes.creating)
        .arg(nodes.deleting);
}

// The list cell names only the states some node is in, so a healthy pool reads "4 available"
// and trouble stands out; the tooltip keeps the full breakdown.
QString PoolListModel::compactNodeStatus(const Derived &nodes)
{
    QStringList parts;
    if (nodes.available > 0)
        parts.append(tr("%1 available").arg(nodes.available));
    if (nodes.abnormal > 0)
        parts.append(tr("%1 abnormal").arg(nodes.abnormal));
    if (nodes.creating > 0)
        parts.append(tr("%1 creating").arg(nodes.creating));
    if (nodes.deleting > 0)
        parts.append(tr("%1 deleting").arg(nodes.deleting));
    return parts.isEmpty() ? tr("No nodes") : parts.join(tr(", ", "list separator"));
}

QVariant PoolListModel::displayValue(const Row &row, int column) const
{
    const Pool &pool = row.item;
    switch (column)
    {
    case Name:
        return api::poolDisplayName(pool);
    case Status:
        return poolstatus::pool(phaseOf(pool)).text;
    case NodeStatus:
        return compactNodeStatus(row.derived);
    case Nodes:
        return tr("%1/%2", "available/total nodes").arg(row.derived.available).arg(row.derived.total);
    case Type:
        return pool.spec.type.value_or(QString()) == u"Dedicate" ? tr("Dedicated", "resource pool type")
                                                                 : pool.spec.type.value_or(QString());
    case JobTypes:
    {
        QStringList words;
        for (const QString &s : scopeOf(pool))
            words << poolstatus::jobType(s);
        return words.join(tr(", ", "list separator"));
    }
    case Flavors:
        return flavorsOf(pool).join(tr(", ", "list separator"));
    case Created:
        return row.derived.createdMs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived.createdMs), QLocale::ShortFormat)
            : QString();
    default:
        return QVariant();
    }
}

QVariant PoolListModel::sortValue(const Row &row, int column) const
{
    switch (column)
    {
    case Name:
        return api::poolDisplayName(row.item);
    case Status:
        return phaseOf(row.item);
    case NodeStatus:
    case Nodes:
        return row.derived.available;
    case Created:
        return row.derived.createdMs;
    default:
        return displayValue(row, column);
    }
}
} // namespace ma::models
