#include "notebooklistmodel.h"

#include "api/notebookrequests.h"
#include "models/notebookstatus.h"

#include <limits>
#include <QDateTime>
#include <QLocale>

namespace ma::models
{
using api::Notebook;

namespace
{
QString statusOf(const Notebook &notebook)
{
    return notebook.status.value_or(QString());
}

QString flavorOf(const Notebook &notebook)
{
    return notebook.flavor.value_or(QString());
}

QString ownerOf(const Notebook &notebook)
{
    if (!notebook.user)
        return QString();
    return notebook.user->name.value_or(notebook.user->id.value_or(QString()));
}

/** The lease counts down only while the notebook runs with auto stop on. */
qint64 expiresAt(const Notebook &notebook)
{
    if (statusOf(notebook) != u"RUNNING" || !notebook.lease || !notebook.lease->enable.value_or(false))
        return 0;
    return api::leaseExpiresAtMs(*notebook.lease).value_or(0);
}
} // namespace

NotebookRowFacts NotebookListTraits::derive(const Notebook &notebook)
{
    NotebookRowFacts f;
    f.createdMs = notebook.createAt.value_or(0);
    f.expiresAtMs = expiresAt(notebook);
    return f;
}

QString NotebookListTraits::id(const Notebook &notebook)
{
    return notebook.id.value_or(QString());
}

std::vector<Notebook> NotebookListTraits::takeItems(api::NotebookList &page)
{
    return std::move(page.data);
}

std::optional<qint64> NotebookListTraits::total(const api::NotebookList &page)
{
    return page.total;
}

qint64 NotebookListTraits::orderKey(const Notebook &notebook)
{
    return notebook.createAt.value_or(0);
}

ColumnMask NotebookListTraits::changedColumns(const Notebook &a, const Notebook &b)
{
    ColumnMask mask = 0;
    if (a.name != b.name || a.id != b.id)
        mask |= columnBit(NotebookListModel::Name);
    if (a.status != b.status || a.failReason != b.failReason)
        mask |= columnBit(NotebookListModel::Status);
    if (expiresAt(a) != expiresAt(b))
        mask |= columnBit(NotebookListModel::AutoStop);
    if (NotebookListModel::imageText(a) != NotebookListModel::imageText(b))
        mask |= columnBit(NotebookListModel::Image);
    if (a.flavor != b.flavor)
        mask |= columnBit(NotebookListModel::Flavor);
    if (NotebookListModel::poolText(a) != NotebookListModel::poolText(b))
        mask |= columnBit(NotebookListModel::Pool);
    if (a.createAt != b.createAt)
        mask |= columnBit(NotebookListModel::Created);
    if (a.description != b.description)
        mask |= columnBit(NotebookListModel::Description);
    // The operation links follow the status, the URL (Open) and the SSH endpoint (Connect).
    const auto endpoints = [](const Notebook &n)
    {
        return n.endpoints ? api::encode(*n.endpoints) : api::Json();
    };
    if (a.status != b.status || a.url != b.url || endpoints(a) != endpoints(b))
        mask |= columnBit(NotebookListModel::Operation);
    // A change the columns do not show (the url, the lease type...) still refreshes the row's
    // roles: the Name column carries the notebook itself.
    if (mask == 0 && api::encode(a) != api::encode(b))
        mask |= columnBit(NotebookListModel::Name);
    return mask;
}

namespace
{
RemoteListModelBase::Paging notebookPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ItemOffset;
    paging.pageSize = NotebookListModel::kPageSize;
    paging.maxPageSize = 1000;
    paging.refreshWindow = 500;
    return paging;
}
} // namespace

NotebookListModel::NotebookListModel(QObject *parent)
    : RemoteListModel(notebookPaging(), ColumnCount, parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

NotebookListModel::~NotebookListModel() = default;

void NotebookListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

void NotebookListModel::setViewAll(bool all)
{
    m_viewAll = all;
}

const Notebook *NotebookListModel::notebookAt(int row) const
{
    return itemAt(row);
}

void NotebookListModel::aboutToApplyPage()
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
}

void NotebookListModel::tick()
{
    tick(QDateTime::currentMSecsSinceEpoch());
}

void NotebookListModel::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    // One dataChanged per run of counting rows, on the Auto Stop column only.
    int first = -1;
    const int rows = rowCount();
    for (int row = 0; row <= rows; ++row)
    {
        const bool counting = row < rows && typedRowAt(row)->derived.expiresAtMs > 0;
        if (counting && first < 0)
            first = row;
        if (!counting && first >= 0)
        {
            emit dataChanged(index(first, AutoStop), index(row - 1, AutoStop), { Qt::DisplayRole, RemainingMsRole });
            first = -1;
        }
    }
}

QString NotebookListModel::countdownText(qint64 remainingMs)
{
    if (remainingMs <= 0)
        return tr("Stopping…", "auto stop reached");
    const qint64 seconds = remainingMs / 1000;
    const qint64 h = seconds / 3600;
    const int m = int((seconds / 60) % 60);
    const int s = int(seconds % 60);
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString NotebookListModel::imageText(const Notebook &notebook)
{
    if (!notebook.image)
        return QString();
    const QString name = notebook.image->name.value_or(QString());
    if (name.isEmpty())
        return notebook.image->id;
    const QString tag = notebook.image->tag.value_or(QString());
    return tag.isEmpty() ? name : name + u':' + tag;
}

QString NotebookListModel::poolText(const Notebook &notebook)
{
    if (!notebook.pool)
        return tr("Public resource pool");
    const QString name = notebook.pool->name.value_or(QString());
    return name.isEmpty() ? notebook.pool->id.value_or(tr("Public resource pool")) : name;
}

qint64 NotebookListModel::remainingMs(const Row &row) const
{
    return row.derived.expiresAtMs > 0 ? row.derived.expiresAtMs - m_nowMs : -1;
}

api::ApiRequest NotebookListModel::pageRequest(const api::PageCursor &cursor) const
{
    api::QueryItems query = {
        { QStringLiteral("offset"), QString::number(cursor.offsetValue()) },
        { QStringLiteral("limit"), QString::number(cursor.limit()) },
        { QStringLiteral("sort_key"), QStringLiteral("create_at") },
        { QStringLiteral("sort_dir"), QStringLiteral("DESC") },
    };
    if (!m_workspaceId.isEmpty())
        query.append({ QStringLiteral("workspace_id"), m_workspaceId });
    return m_viewAll ? api::notebooks::listAll(query) : api::notebooks::list(query);
}

QVariant NotebookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::ToolTipRole && section == AutoStop)
        return tr("Time left before a running notebook stops automatically; renew to run longer");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (static_cast<Column>(section))
    {
    case Name:
        return tr("Name/ID");
    case Status:
        return tr("Status");
    case AutoStop:
        return tr("Auto Stop", "remaining time column");
    case Image:
        return tr("Image");
    case Flavor:
        return tr("Flavor");
    case Pool:
        return tr("Resource Pool");
    case Created:
        return tr("Created", "creation time");
    case Description:
        return tr("Description");
    case Operation:
        return tr("Operation", "column of per-row operation links");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant NotebookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const Notebook &notebook = row.item;
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
        {
            const QString owner = ownerOf(notebook);
            return owner.isEmpty() ? tr("ID: %1").arg(notebook.id.value_or(QString()))
                                   : tr("ID: %1\nCreated by: %2").arg(notebook.id.value_or(QString()), owner);
        }
        if (index.column() == Status && notebook.failReason && !notebook.failReason->isEmpty())
            return *notebook.failReason;
        if (index.column() == AutoStop && row.derived.expiresAtMs > 0)
            return tr("Stops automatically at %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived.expiresAtMs), QLocale::ShortFormat));
        if (index.column() == Description)
            return notebook.description.value_or(QString());
        return QVariant();
    case Qt::TextAlignmentRole:
        return static_cast<int>((index.column() == AutoStop ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case IdRole:
        return notebook.id.value_or(QString());
    case StatusRole:
        return statusOf(notebook);
    case BadgeRole:
        return static_cast<int>(notebookstatus::word(statusOf(notebook)).badge);
    case SortRole:
        return sortValue(row, index.column());
    case ImageRole:
        return imageText(notebook);
    case FlavorRole:
        return flavorOf(notebook);
    case PoolRole:
        return poolText(notebook);
    case UrlRole:
        return notebook.url.value_or(QString());
    case RemainingMsRole:
        return remainingMs(row);
    case NotebookRole:
        return QVariant::fromValue(notebook);
    case OwnerRole:
        return ownerOf(notebook);
    default:
        return QVariant();
    }
}

QVariant NotebookListModel::displayValue(const Row &row, int column) const
{
    const Notebook &notebook = row.item;
    switch (column)
    {
    case Name:
        return notebook.name.value_or(notebook.id.value_or(QString()));
    case Status:
        return notebookstatus::word(statusOf(notebook)).text;
    case AutoStop:
        return row.derived.expiresAtMs > 0 ? countdownText(remainingMs(row)) : QString();
    case Image:
        return imageText(notebook);
    case Flavor:
        return flavorOf(notebook);
    case Pool:
        return poolText(notebook);
    case Created:
        return row.derived.createdMs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived.createdMs), QLocale::ShortFormat)
            : QString();
    case Description:
        return notebook.description.value_or(QString()).simplified();
    default:
        return QVariant();
    }
}

QVariant NotebookListModel::sortValue(const Row &row, int column) const
{
    switch (column)
    {
    case Status:
        return statusOf(row.item);
    case AutoStop:
        return row.derived.expiresAtMs > 0 ? row.derived.expiresAtMs : std::numeric_limits<qint64>::max();
    case Created:
        return row.derived.createdMs;
    default:
        return displayValue(row, column);
    }
}
} // namespace ma::models
