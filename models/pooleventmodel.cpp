#include "pooleventmodel.h"

#include "api/poolrequests.h"
#include "models/poolstatus.h"

#include <QDateTime>
#include <QLocale>

namespace ma::models
{
PoolEventTraits::Derived PoolEventTraits::derive(const api::PoolEvent &event)
{
    const QString text = event.lastTimestamp.value_or(event.firstTimestamp.value_or(QString()));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

std::vector<api::PoolEvent> PoolEventTraits::takeItems(api::PoolEventList &page)
{
    return std::move(page.items);
}

std::optional<qint64> PoolEventTraits::total(const api::PoolEventList &page)
{
    return page.total;
}

namespace
{
RemoteListModelBase::Paging eventPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ItemOffset;
    paging.pageSize = PoolEventModel::kPageSize;
    paging.maxPageSize = 500;
    paging.refresh = RemoteListModelBase::RefreshMode::Tail;
    return paging;
}
} // namespace

PoolEventModel::PoolEventModel(QObject *parent)
    : RemoteListModel(eventPaging(), ColumnCount, parent)
{
}

PoolEventModel::~PoolEventModel() = default;

void PoolEventModel::setPool(const QString &poolName)
{
    if (m_pool == poolName)
        return;
    m_pool = poolName;
    clear();
}

void PoolEventModel::setTypeFilter(const QString &type)
{
    if (m_type == type)
        return;
    m_type = type;
    clear();
    refresh();
}

void PoolEventModel::refresh()
{
    if (m_pool.isEmpty())
        return;
    RemoteListModelBase::refresh();
}

const api::PoolEvent *PoolEventModel::eventAt(int row) const
{
    return itemAt(row);
}

api::ApiRequest PoolEventModel::pageRequest(const api::PageCursor &cursor) const
{
    api::QueryItems query = {
        { QStringLiteral("resource"), QStringLiteral("pools") },
        { QStringLiteral("name"), m_pool },
        { QStringLiteral("ascend"), QStringLiteral("true") },
        { QStringLiteral("offset"), QString::number(cursor.offsetValue()) },
        { QStringLiteral("limit"), QString::number(cursor.limit()) },
    };
    if (!m_type.isEmpty())
        query.append({ QStringLiteral("type"), m_type });
    return api::pools::events(query);
}

QVariant PoolEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case Type:
        return tr("Event Type");
    case Reason:
        return tr("Cause", "event reason");
    case Message:
        return tr("Event Message");
    case Occurred:
        return tr("Occurred");
    default:
        return QVariant();
    }
}

QVariant PoolEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const api::PoolEvent &event = row.item;
    const QString type = event.type.value_or(QString());
    switch (role)
    {
    case Qt::DisplayRole:
        switch (index.column())
        {
        case Type:
            return type == u"Warning" ? tr("Warning", "event type")
                : type == u"Normal"   ? tr("Normal", "event type")
                                      : type;
        case Reason:
            return event.reason.value_or(QString());
        case Message:
            return event.message.value_or(QString()).simplified();
        case Occurred:
            return row.derived > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived), QLocale::ShortFormat)
                : QString();
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return index.column() == Message ? QVariant(event.message.value_or(QString())) : QVariant();
    case TypeRole:
        return type;
    case ReasonRole:
        return event.reason.value_or(QString());
    case TimeRole:
        return row.derived;
    case BadgeRole:
        return static_cast<int>(type == u"Warning" ? BadgeKind::Warning : BadgeKind::Success);
    default:
        return QVariant();
    }
}
} // namespace ma::models
