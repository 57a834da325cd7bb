#include "algorithmlistmodel.h"

#include "api/algorithmrequests.h"

#include <QDateTime>
#include <QLocale>

namespace ma::models
{
namespace
{
RemoteListModelBase::Paging algorithmPaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ItemOffset;
    paging.pageSize = api::kAlgorithmListMaxLimit;
    paging.maxPageSize = api::kAlgorithmListMaxLimit;
    paging.refreshWindow = 500;
    return paging;
}

int parameterCount(const api::Algorithm &a)
{
    return a.jobConfig && a.jobConfig->parameters ? static_cast<int>(a.jobConfig->parameters->size()) : 0;
}
} // namespace

// ---------------------------------------------------------------------------------------
// Traits

QString AlgorithmListTraits::id(const Item &algorithm)
{
    return algorithm.metadata.id.value_or(QString());
}

qint64 AlgorithmListTraits::orderKey(const Item &algorithm)
{
    return algorithm.metadata.createTime.value_or(0);
}

std::vector<AlgorithmListTraits::Item> AlgorithmListTraits::takeItems(Page &page)
{
    return std::move(page.items);
}

std::optional<qint64> AlgorithmListTraits::total(const Page &page)
{
    return page.count ? page.count : page.total;
}

ColumnMask AlgorithmListTraits::changedColumns(const Item &a, const Item &b)
{
    using M = AlgorithmListModel;
    ColumnMask mask = 0;
    if (a.metadata.name != b.metadata.name)
        mask |= columnBit(M::Name);
    if (api::algorithmBootMode(a) != api::algorithmBootMode(b))
        mask |= columnBit(M::BootMode);
    if (M::imageText(a) != M::imageText(b))
        mask |= columnBit(M::Image);
    if (parameterCount(a) != parameterCount(b))
        mask |= columnBit(M::Hyperparameters);
    if (a.metadata.createTime != b.metadata.createTime)
        mask |= columnBit(M::Created);
    if (a.metadata.description != b.metadata.description)
        mask |= columnBit(M::Description);
    return mask;
}

// ---------------------------------------------------------------------------------------
// Model

AlgorithmListModel::AlgorithmListModel(QObject *parent)
    : RemoteListModel(algorithmPaging(), ColumnCount, parent)
{
}

AlgorithmListModel::~AlgorithmListModel() = default;

QString AlgorithmListModel::bootModeText(api::AlgorithmBootMode mode)
{
    return mode == api::AlgorithmBootMode::CustomImage ? tr("Custom image") : tr("Preset image");
}

QString AlgorithmListModel::imageText(const api::Algorithm &algorithm)
{
    if (!algorithm.jobConfig || !algorithm.jobConfig->engine)
        return QString();
    const api::AlgorithmEngine &e = *algorithm.jobConfig->engine;
    if (!e.imageUrl.value_or(QString()).isEmpty())
        return *e.imageUrl;
    const QString name = e.engineName.value_or(QString());
    const QString version = e.engineVersion.value_or(QString());
    if (!name.isEmpty() && !version.isEmpty())
        return tr("%1 %2", "engine name and version").arg(name, version);
    if (!name.isEmpty() || !version.isEmpty())
        return name.isEmpty() ? version : name;
    return e.engineId.value_or(QString());
}

QVariant AlgorithmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>((section == Hyperparameters ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (static_cast<Column>(section))
    {
    case Name:
        return tr("Name");
    case BootMode:
        return tr("Boot Mode");
    case Image:
        return tr("Image", "engine or custom image of an algorithm");
    case Hyperparameters:
        return tr("Hyperparameters");
    case Created:
        return tr("Created", "creation time");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant AlgorithmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const api::Algorithm &a = typedRowAt(index.row())->item;
    const int column = index.column();
    const qint64 created = a.metadata.createTime.value_or(0);
    switch (role)
    {
    case Qt::DisplayRole:
        switch (static_cast<Column>(column))
        {
        case Name:
            return a.metadata.name;
        case BootMode:
            return bootModeText(api::algorithmBootMode(a));
        case Image:
            return imageText(a);
        case Hyperparameters:
            return QString::number(parameterCount(a));
        case Created:
            return created > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(created), QLocale::ShortFormat)
                               : QString();
        case Description:
            return a.metadata.description.value_or(QString());
        case ColumnCount:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (column == Name)
            return tr("ID: %1").arg(a.metadata.id.value_or(QString()));
        if (column == Image || column == Description)
            return data(index, Qt::DisplayRole);
        return QVariant();
    case Qt::TextAlignmentRole:
        return static_cast<int>((column == Hyperparameters ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case AlgorithmIdRole:
        return a.metadata.id.value_or(QString());
    case AlgorithmRole:
        return QVariant::fromValue(a);
    case SortRole:
        switch (static_cast<Column>(column))
        {
        case Hyperparameters:
            return parameterCount(a);
        case Created:
            return created;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return QVariant();
    }
}

void AlgorithmListModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
}

void AlgorithmListModel::setWorkspaceId(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
}

const api::Algorithm *AlgorithmListModel::algorithmAt(int row) const
{
    return itemAt(row);
}

api::ApiRequest AlgorithmListModel::pageRequest(const api::PageCursor &cursor) const
{
    api::algorithms::ListQuery query;
    query.offset = cursor.offsetValue();
    query.limit = cursor.limit();
    query.sortBy = QStringLiteral("create_time");
    query.order = QStringLiteral("desc");
    query.nameContains = m_search;
    query.workspaceId = m_workspaceId;
    return api::algorithms::list(query);
}
} // namespace ma::models
