#include "trainingeventmodel.h"

#include "api/trainingrequests.h"

#include <cstdlib>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ma::models
{
qint64 TrainingEventTraits::derive(const api::TrainingJobEvent &event)
{
    if (!event.time)
        return 0;
    const QDateTime time = api::apiDateTime(*event.time);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

std::vector<api::TrainingJobEvent> TrainingEventTraits::takeItems(api::TrainingJobEventList &page)
{
    return std::move(page.events);
}

std::optional<qint64> TrainingEventTraits::total(const api::TrainingJobEventList &page)
{
    return page.total ? std::optional<qint64>(*page.total) : std::nullopt;
}

namespace
{
RemoteListModelBase::Paging eventPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ItemOffset; // T2-10: offset counts events
    paging.pageSize = TrainingEventModel::kPageSize;
    paging.maxPageSize = api::kTrainingEventsMaxLimit;
    paging.refresh = RemoteListModelBase::RefreshMode::Tail; // oldest first: new events come last
    return paging;
}
} // namespace

TrainingEventModel::TrainingEventModel(QObject *parent)
    : RemoteListModel(eventPaging(), ColumnCount, parent)
{
}

TrainingEventModel::~TrainingEventModel() = default;

QVariant TrainingEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const api::TrainingJobEvent &event = row.item;
    switch (role)
    {
    case Qt::DisplayRole:
        switch (index.column())
        {
        case Level:
            return event.level.value_or(QString());
        case Message:
            return event.message.value_or(QString()).simplified();
        case Occurred:
            return row.derived > 0 ? formatTime(QDateTime::fromMSecsSinceEpoch(row.derived)) : QString();
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return event.message.value_or(QString());
        return QVariant();
    case LevelRole:
        return event.level.value_or(QString());
    case TimeRole:
        return row.derived;
    case SourceRole:
        return event.source.value_or(QString());
    default:
        return QVariant();
    }
}

QVariant TrainingEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case Level:
        return tr("Event Type");
    case Message:
        return tr("Event Message");
    case Occurred:
        return tr("Occurred");
    default:
        return QVariant();
    }
}

void TrainingEventModel::setJobId(const QString &jobId)
{
    if (m_jobId == jobId)
        return;
    m_jobId = jobId;
    clear();
}

void TrainingEventModel::setLevelFilter(const QString &level)
{
    if (m_level == level)
        return;
    m_level = level;
    clear();
    refresh();
}

void TrainingEventModel::refresh()
{
    if (m_jobId.isEmpty())
        return;
    RemoteListModelBase::refresh();
}

const api::TrainingJobEvent *TrainingEventModel::eventAt(int row) const
{
    return itemAt(row);
}

QString TrainingEventModel::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("GMT%1%2:%3")
                             .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                             .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg((std::abs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss ")) + zone;
}

api::ApiRequest TrainingEventModel::pageRequest(const api::PageCursor &cursor) const
{
    api::training::EventQuery query;
    query.offset = cursor.offsetValue();
    query.limit = cursor.limit();
    query.order = QStringLiteral("asc");
    query.level = m_level;
    return api::training::events(m_jobId, query);
}
} // namespace ma::models
