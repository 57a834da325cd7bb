#include "notebookeventmodel.h"

#include "api/notebookrequests.h"
#include "models/poolstatus.h"

#include <QDateTime>
#include <QLocale>

namespace ma::models
{
QString NotebookEventTraits::id(const api::NotebookEvent &event)
{
    return QString::number(event.time.value_or(0)) + u'|' + event.event.value_or(QString()) + u'|'
        + event.description.value_or(QString());
}

std::vector<api::NotebookEvent> NotebookEventTraits::takeItems(api::NotebookEventList &page)
{
    return std::move(page.events);
}

std::optional<qint64> NotebookEventTraits::total(const api::NotebookEventList &page)
{
    return page.total ? page.total : std::optional<qint64>(static_cast<qint64>(page.events.size()));
}

namespace
{
RemoteListModelBase::Paging eventPaging()
{
    RemoteListModelBase::Paging paging;
    // The reply is the whole list: one page covers it and a refresh re-reads it.
    paging.convention = api::PageConvention::ItemOffset;
    paging.pageSize = 1000;
    paging.maxPageSize = 1000;
    paging.refreshWindow = 1000;
    return paging;
}

bool isProblem(const QString &severity)
{
    return severity.compare(u"Major", Qt::CaseInsensitive) == 0
        || severity.compare(u"Critical", Qt::CaseInsensitive) == 0
        || severity.compare(u"Error", Qt::CaseInsensitive) == 0;
}
} // namespace

NotebookEventModel::NotebookEventModel(QObject *parent)
    : RemoteListModel(eventPaging(), ColumnCount, parent)
{
}

NotebookEventModel::~NotebookEventModel() = default;

void NotebookEventModel::setNotebook(const QString &id)
{
    if (m_notebook == id)
        return;
    m_notebook = id;
    clear();
}

void NotebookEventModel::refresh()
{
    if (m_notebook.isEmpty())
        return;
    if (rowCount() == 0 && totalCount() < 0)
        reload();
    else
        RemoteListModelBase::refresh();
}

QString NotebookEventModel::severityText(const QString &severity)
{
    if (severity.compare(u"Warning", Qt::CaseInsensitive) == 0 || severity.compare(u"Info", Qt::CaseInsensitive) == 0
        || severity.compare(u"Normal", Qt::CaseInsensitive) == 0)
        return tr("Info", "event severity");
    if (severity.compare(u"Major", Qt::CaseInsensitive) == 0)
        return tr("Major", "event severity");
    if (severity.compare(u"Critical", Qt::CaseInsensitive) == 0)
        return tr("Critical", "event severity");
    if (severity.compare(u"Error", Qt::CaseInsensitive) == 0)
        return tr("Error", "event severity");
    return severity;
}

api::ApiRequest NotebookEventModel::pageRequest(const api::PageCursor &) const
{
    return api::notebooks::events(m_notebook);
}

QVariant NotebookEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case Event:
        return tr("Event");
    case Description:
        return tr("Description");
    case Severity:
        return tr("Severity", "event severity");
    case Occurred:
        return tr("Occurred");
    default:
        return QVariant();
    }
}

QVariant NotebookEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const api::NotebookEvent &event = row.item;
    const QString severity = event.severity.value_or(QString());
    switch (role)
    {
    case Qt::DisplayRole:
        switch (index.column())
        {
        case Event:
            return event.event.value_or(QString());
        case Description:
            return event.description.value_or(QString()).simplified();
        case Severity:
            return severityText(severity);
        case Occurred:
            return row.derived > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived), QLocale::ShortFormat)
                : QString();
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return index.column() == Description ? QVariant(event.description.value_or(QString())) : QVariant();
    case SeverityRole:
        // The badge tone follows the word shown: routine events are not warnings.
        return isProblem(severity) ? QStringLiteral("error") : QStringLiteral("normal");
    case TimeRole:
        return row.derived;
    case BadgeRole:
        return static_cast<int>(isProblem(severity) ? BadgeKind::Failure : BadgeKind::Success);
    default:
        return QVariant();
    }
}
} // namespace ma::models
