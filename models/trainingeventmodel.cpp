#include "trainingeventmodel.h"

#include "api/apiclient.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"

#include <cstdlib>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ma::models
{
TrainingEventModel::TrainingEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TrainingEventModel::~TrainingEventModel()
{
    cancelInFlight();
}

int TrainingEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows[std::size_t(index.row())];
    const api::TrainingJobEvent &event = row.event;
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
            return row.timeMs > 0 ? formatTime(QDateTime::fromMSecsSinceEpoch(row.timeMs)) : QString();
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
        return row.timeMs;
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

void TrainingEventModel::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    cancelInFlight();
    m_client = client;
}

api::ApiClient *TrainingEventModel::client() const
{
    return m_client;
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
    if (!m_client || m_jobId.isEmpty())
        return;
    if (m_call)
    {
        m_refreshQueued = true;
        return;
    }
    requestNext();
}

void TrainingEventModel::clear()
{
    cancelInFlight();
    m_state.lastError = api::ApiError();
    resetRows();
    emit stateChanged();
}

const api::TrainingJobEvent *TrainingEventModel::eventAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)].event;
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

void TrainingEventModel::requestNext()
{
    api::training::EventQuery query;
    query.offset = int(m_rows.size());
    query.limit = kPageSize;
    query.order = QStringLiteral("asc");
    query.level = m_level;
    api::ApiCall *call = m_client->send(api::training::events(m_jobId, query));
    m_call = call;
    const quint64 generation = m_generation;
    setLoading(true);
    api::whenDecoded<api::TrainingJobEventList>(call, this,
        [this, generation](const api::Typed<api::TrainingJobEventList> &result)
        {
            if (generation != m_generation)
                return;
            m_call.clear();
            if (!result.ok())
            {
                m_refreshQueued = false;
                m_state.lastError = result.error;
                setLoading(false);
                if (result.error.kind != api::ApiError::Kind::Canceled)
                    emit errorOccurred(result.error);
                return;
            }
            m_state.lastError = api::ApiError();
            onPage(result.value);
        });
}

void TrainingEventModel::onPage(const api::TrainingJobEventList &page)
{
    const int have = int(m_rows.size());
    // Fewer events than we hold: the service dropped old ones (30-day retention); start over.
    if (page.total && *page.total < have)
    {
        resetRows();
        requestNext();
        return;
    }
    if (!page.events.empty())
    {
        const int first = have;
        const int last = have + int(page.events.size()) - 1;
        beginInsertRows(QModelIndex(), first, last);
        m_rows.reserve(m_rows.size() + page.events.size());
        for (const api::TrainingJobEvent &event : page.events)
        {
            Row row;
            row.event = event;
            if (event.time)
            {
                const QDateTime time = api::apiDateTime(*event.time);
                row.timeMs = time.isValid() ? time.toMSecsSinceEpoch() : 0;
            }
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    const bool fullPage = int(page.events.size()) >= kPageSize;
    const bool moreKnown = page.total && *page.total > int(m_rows.size());
    if (fullPage && (moreKnown || !page.total))
    {
        requestNext();
        return;
    }
    if (m_refreshQueued)
    {
        m_refreshQueued = false;
        requestNext();
        return;
    }
    setLoading(false);
    emit loaded();
}

void TrainingEventModel::resetRows()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TrainingEventModel::cancelInFlight()
{
    ++m_generation;
    m_refreshQueued = false;
    if (m_call)
    {
        api::ApiCall *call = m_call;
        m_call.clear();
        call->cancel();
    }
    m_state.loading = false;
}

void TrainingEventModel::setLoading(bool loading)
{
    if (m_state.loading == loading)
    {
        emit stateChanged();
        return;
    }
    m_state.loading = loading;
    emit stateChanged();
}
} // namespace ma::models
