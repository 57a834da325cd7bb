#include "acceleratorfragments.h"

#include "models/poolnodelistmodel.h"

#include <algorithm>

namespace ma::models
{
QList<FragmentRow> computeFragments(const QList<NodeCards> &nodes)
{
    int largest = 0;
    for (const NodeCards &n : nodes)
        largest = std::max(largest, n.total);
    QList<FragmentRow> rows;
    for (int size = 1; size <= largest; size *= 2)
    {
        FragmentRow row;
        row.cardsPerTask = size;
        for (const NodeCards &n : nodes)
        {
            if (n.total <= 0)
                continue;
            const int free = std::clamp(n.free, 0, n.total);
            row.tasksThatFit += free / size;
            row.nodesWithRoom += free >= size ? 1 : 0;
            row.fragmentCards += free % size;
        }
        rows.append(row);
    }
    return rows;
}

FragmentsModel::FragmentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FragmentsModel::~FragmentsModel() = default;

void FragmentsModel::setSourceModel(QAbstractItemModel *nodes)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = nodes;
    if (m_source)
    {
        const auto follow = [this]
        {
            update();
        };
        m_connections = {
            connect(m_source, &QAbstractItemModel::dataChanged, this, follow),
            connect(m_source, &QAbstractItemModel::rowsInserted, this, follow),
            connect(m_source, &QAbstractItemModel::rowsRemoved, this, follow),
            connect(m_source, &QAbstractItemModel::modelReset, this, follow),
            connect(m_source, &QAbstractItemModel::layoutChanged, this, follow),
        };
    }
    update();
}

void FragmentsModel::update()
{
    QList<NodeCards> nodes;
    int idle = 0;
    QString kind;
    const int count = m_source ? m_source->rowCount() : 0;
    for (int r = 0; r < count; ++r)
    {
        const QModelIndex index = m_source->index(r, 0);
        if (index.data(PoolNodeListModel::PhaseRole).toString() != QLatin1String("Available"))
            continue;
        const NodeCards cards { index.data(PoolNodeListModel::AcceleratorTotalRole).toInt(),
            index.data(PoolNodeListModel::AcceleratorFreeRole).toInt() };
        if (cards.total <= 0)
            continue;
        nodes.append(cards);
        idle += std::clamp(cards.free, 0, cards.total);
        if (kind.isEmpty())
            kind = index.data(PoolNodeListModel::AcceleratorKindRole).toString();
    }
    const QList<FragmentRow> next = computeFragments(nodes);

    const int shared = int(std::min(m_rows.size(), next.size()));
    if (next.size() < m_rows.size())
    {
        beginRemoveRows(QModelIndex(), int(next.size()), int(m_rows.size()) - 1);
        m_rows.resize(next.size());
        endRemoveRows();
    }
    for (int r = 0; r < shared; ++r)
    {
        if (m_rows.at(r) == next.at(r))
            continue;
        m_rows[r] = next.at(r);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    if (next.size() > m_rows.size())
    {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(next.size()) - 1);
        m_rows = next;
        endInsertRows();
    }
    if (idle != m_idle || kind != m_kind)
    {
        m_idle = idle;
        m_kind = kind;
        emit summaryChanged();
    }
}

int FragmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FragmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FragmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FragmentRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column())
    {
    case CardsPerTask:
        return row.cardsPerTask;
    case TasksThatFit:
        return row.tasksThatFit;
    case NodesWithRoom:
        return row.nodesWithRoom;
    case FragmentCards:
        return row.fragmentCards;
    default:
        return {};
    }
}

QVariant FragmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
    {
        switch (section)
        {
        case TasksThatFit:
            return tr("How many tasks of this size the idle cards can run now (a task's cards are on one node)");
        case FragmentCards:
            return tr("Idle cards that tasks of this size cannot use: fragments");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case CardsPerTask:
        return tr("Cards per task");
    case TasksThatFit:
        return tr("Tasks that fit");
    case NodesWithRoom:
        return tr("Nodes with room");
    case FragmentCards:
        return tr("Fragment cards");
    default:
        return {};
    }
}
} // namespace ma::models
