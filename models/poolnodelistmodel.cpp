#include "poolnodelistmodel.h"

#include "api/poolrequests.h"
#include "models/poolstatus.h"

#include <QDateTime>
#include <QLocale>
#include <QVariantMap>

namespace ma::models
{
using api::Node;

namespace
{
const QString kClusterLabel = QStringLiteral("os.modelarts.node/cluster");
const QString kHaLabel = QStringLiteral("os.modelarts.node/ha.redundant");

QString phaseOf(const Node &node)
{
    return node.status ? node.status->phase.value_or(QString()) : QString();
}

QString labelOf(const Node &node, const QString &key)
{
    return api::k8sLabel(node.metadata, key);
}

QString nameOf(const Node &node)
{
    return node.metadata ? node.metadata->name.value_or(QString()) : QString();
}

QString flavorOf(const Node &node)
{
    return node.spec ? node.spec->flavor.value_or(QString()) : QString();
}

/** status.driver {version, state} (modelarts-local; absent on CPU nodes). */
std::pair<QString, QString> driverOf(const Node &node)
{
    if (!node.status || !node.status->extra.is_object())
        return {};
    const auto it = node.status->extra.find("driver");
    if (it == node.status->extra.end() || !it->is_object())
        return {};
    return { QString::fromStdString(it->value("version", std::string())),
        QString::fromStdString(it->value("state", std::string())) };
}

QVariantMap tagsOf(const Node &node)
{
    QVariantMap out;
    if (!node.spec || !node.spec->extra.is_object())
        return out;
    const auto it = node.spec->extra.find("tags");
    if (it == node.spec->extra.end() || !it->is_array())
        return out;
    for (const api::Json &t : *it)
    {
        if (t.is_object())
            out.insert(QString::fromStdString(t.value("key", std::string())),
                QString::fromStdString(t.value("value", std::string())));
    }
    return out;
}

QString tagsText(const QVariantMap &tags)
{
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    return parts.join(QStringLiteral(", "));
}

double quantity(const std::optional<api::StringMap> &map, const QString &key)
{
    if (!map)
        return 0;
    const auto it = map->find(key);
    return it == map->end() ? 0 : api::parseKubernetesQuantity(it->second);
}

/** The accelerator resource of a node ("nvidia.com/gpu", "huawei.com/ascend-..."), or empty. */
QString acceleratorKey(const Node &node)
{
    if (!node.status || !node.status->resources)
        return {};
    for (const auto &[key, value] : *node.status->resources)
    {
        if (key.endsWith(u"/gpu") || key.contains(u"ascend"))
            return key;
    }
    return {};
}

QString numberText(double v)
{
    return QLocale().toString(v, 'g', 4);
}

bool isNumericColumn(int column)
{
    return column == PoolNodeListModel::Cpus || column == PoolNodeListModel::Accelerators;
}
} // namespace

NodeRowFacts PoolNodeListTraits::derive(const Node &node)
{
    NodeRowFacts f;
    if (node.status)
    {
        f.cpuTotal = quantity(node.status->resources, QStringLiteral("cpu"));
        f.cpuFree = quantity(node.status->availableResources, QStringLiteral("cpu"));
        const QString acc = acceleratorKey(node);
        if (!acc.isEmpty())
        {
            f.acceleratorKind = acc.endsWith(u"/gpu") ? QStringLiteral("GPU") : QStringLiteral("NPU");
            f.acceleratorTotal = static_cast<int>(quantity(node.status->resources, acc));
            f.acceleratorFree = static_cast<int>(quantity(node.status->availableResources, acc));
        }
    }
    const QDateTime created = QDateTime::fromString(
        node.metadata ? node.metadata->creationTimestamp.value_or(QString()) : QString(), Qt::ISODateWithMs);
    f.createdMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    return f;
}

QString PoolNodeListTraits::id(const Node &node)
{
    return nameOf(node);
}

std::vector<Node> PoolNodeListTraits::takeItems(api::NodeList &page)
{
    return std::move(page.items);
}

std::optional<qint64> PoolNodeListTraits::total(const api::NodeList &)
{
    return std::nullopt;
}

QString PoolNodeListTraits::continueToken(const api::NodeList &page)
{
    return page.metadata ? page.metadata->continue_.value_or(QString()) : QString();
}

ColumnMask PoolNodeListTraits::changedColumns(const Node &a, const Node &b)
{
    ColumnMask mask = 0;
    if (phaseOf(a) != phaseOf(b))
        mask |= columnBit(PoolNodeListModel::Status) | columnBit(PoolNodeListModel::Cpus)
            | columnBit(PoolNodeListModel::Accelerators);
    if (labelOf(a, kClusterLabel) != labelOf(b, kClusterLabel))
        mask |= columnBit(PoolNodeListModel::Pool);
    const auto sa = a.status.value_or(api::NodeStatus());
    const auto sb = b.status.value_or(api::NodeStatus());
    if (sa.az != sb.az)
        mask |= columnBit(PoolNodeListModel::Az);
    if (flavorOf(a) != flavorOf(b))
        mask |= columnBit(PoolNodeListModel::Flavor);
    if (sa.resources != sb.resources || sa.availableResources != sb.availableResources)
        mask |= columnBit(PoolNodeListModel::Cpus) | columnBit(PoolNodeListModel::Accelerators);
    if (driverOf(a) != driverOf(b))
        mask |= columnBit(PoolNodeListModel::Driver);
    if (labelOf(a, kHaLabel) != labelOf(b, kHaLabel))
        mask |= columnBit(PoolNodeListModel::HaRedundant);
    if (sa.privateIp != sb.privateIp)
        mask |= columnBit(PoolNodeListModel::Ip);
    if (tagsOf(a) != tagsOf(b))
        mask |= columnBit(PoolNodeListModel::Tags);
    return mask;
}

namespace
{
RemoteListModelBase::Paging nodePaging()
{
    RemoteListModelBase::Paging paging;
    paging.convention = api::PageConvention::ContinueToken;
    paging.pageSize = PoolNodeListModel::kPageSize;
    paging.maxPageSize = PoolNodeListModel::kPageSize;
    paging.refreshWindow = 5000;
    return paging;
}
} // namespace

PoolNodeListModel::PoolNodeListModel(QObject *parent)
    : RemoteListModel(nodePaging(), ColumnCount, parent)
{
}

PoolNodeListModel::~PoolNodeListModel() = default;

void PoolNodeListModel::setPool(const QString &poolName)
{
    if (m_pool == poolName)
        return;
    m_pool = poolName;
    clear();
}

const Node *PoolNodeListModel::nodeAt(int row) const
{
    return itemAt(row);
}

api::ApiRequest PoolNodeListModel::pageRequest(const api::PageCursor &cursor) const
{
    return api::pools::nodes(m_pool, cursor.queryItems()); // limit, and continue after the first page
}

QVariant PoolNodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        return tr("Node Name");
    case Status:
        return tr("Status");
    case Pool:
        return tr("Resource Pool");
    case Az:
        return tr("AZ", "availability zone");
    case Flavor:
        return tr("Flavor");
    case Cpus:
        return tr("CPUs (Available/Total)");
    case Accelerators:
        return tr("GPUs/NPUs (Available/Total)");
    case Driver:
        return tr("Driver");
    case HaRedundant:
        return tr("HA Redundancy");
    case Ip:
        return tr("IP Address");
    case Tags:
        return tr("Resource Tags");
    case Created:
        return tr("Created", "creation time");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant PoolNodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *typedRowAt(index.row());
    const Node &node = row.item;
    const QString phase = phaseOf(node);
    switch (role)
    {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::TextAlignmentRole:
        return static_cast<int>((isNumericColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case NodeNameRole:
        return nameOf(node);
    case PoolNameRole:
        return labelOf(node, kClusterLabel);
    case PhaseRole:
        return phase;
    case BadgeRole:
        return static_cast<int>(poolstatus::node(phase).badge);
    case SortRole:
        return sortValue(row, index.column());
    case CpuTotalRole:
        return row.derived.cpuTotal;
    case CpuFreeRole:
        return row.derived.cpuFree;
    case AcceleratorTotalRole:
        return row.derived.acceleratorTotal;
    case AcceleratorFreeRole:
        return row.derived.acceleratorFree;
    case AcceleratorKindRole:
        return row.derived.acceleratorKind;
    case DriverVersionRole:
        return driverOf(node).first;
    case DriverStateRole:
        return driverOf(node).second;
    case HaRedundantRole:
        return labelOf(node, kHaLabel) == u"true";
    case TagsRole:
        return tagsOf(node);
    case CanRebootRole:
        return phase == api::NodePhase::Available || phase == api::NodePhase::Abnormal;
    case CanResetRole:
        return phase == api::NodePhase::Available;
    case NodeRole:
        return QVariant::fromValue(node);
    default:
        return QVariant();
    }
}

QVariant PoolNodeListModel::displayValue(const Row &row, int column) const
{
    const Node &node = row.item;
    switch (column)
    {
    case Name:
        return nameOf(node);
    case Status:
        return poolstatus::node(phaseOf(node)).text;
    case Pool:
        return labelOf(node, kClusterLabel);
    case Az:
        return node.status ? node.status->az.value_or(QString()) : QString();
    case Flavor:
        return flavorOf(node);
    case Cpus:
        return tr("%1/%2", "available/total").arg(numberText(row.derived.cpuFree), numberText(row.derived.cpuTotal));
    case Accelerators:
        if (row.derived.acceleratorKind.isEmpty())
            return QString();
        return tr("%1 %2/%3", "GPU available/total")
            .arg(row.derived.acceleratorKind)
            .arg(row.derived.acceleratorFree)
            .arg(row.derived.acceleratorTotal);
    case Driver:
    {
        const auto [version, state] = driverOf(node);
        if (version.isEmpty())
            return QString();
        return state.isEmpty() ? version
                               : tr("%1 (%2)", "driver version (state)").arg(version, poolstatus::driver(state).text);
    }
    case HaRedundant:
        return labelOf(node, kHaLabel) == u"true" ? tr("HA redundant") : tr("Non-HA redundant");
    case Ip:
        return node.status ? node.status->privateIp.value_or(QString()) : QString();
    case Tags:
        return tagsText(tagsOf(node));
    case Created:
        return row.derived.createdMs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.derived.createdMs), QLocale::ShortFormat)
            : QString();
    default:
        return QVariant();
    }
}

QVariant PoolNodeListModel::sortValue(const Row &row, int column) const
{
    switch (column)
    {
    case Status:
        return phaseOf(row.item);
    case Cpus:
        return row.derived.cpuFree;
    case Accelerators:
        return row.derived.acceleratorFree;
    case Created:
        return row.derived.createdMs;
    default:
        return displayValue(row, column);
    }
}
} // namespace ma::models
