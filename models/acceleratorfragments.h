#pragma once

// GPU/NPU fragments of a dedicated pool, as the console's pool Monitoring tab lists them:
// "some cards are idle but cannot be used by multi-card tasks. For tasks with different numbers
// of cards, fragments vary according to the distribution of occupied cards ... The table lists
// only the status at the current time." A snapshot over the pool's nodes, not a time series.

#include <QAbstractTableModel>
#include <QList>

namespace ma::models
{
/** @brief The cards of one schedulable node. */
struct NodeCards
{
    int total = 0;
    int free = 0;
};

/** @brief What the idle cards of a pool can run, for tasks of one size. */
struct FragmentRow
{
    int cardsPerTask = 0;
    int tasksThatFit = 0; // sum over nodes of free / cardsPerTask (a task stays on one node)
    int nodesWithRoom = 0; // nodes with at least cardsPerTask free cards
    int fragmentCards = 0; // idle cards such tasks cannot use: sum of free % cardsPerTask

    friend bool operator==(const FragmentRow &, const FragmentRow &) = default;
};

/**
 * @brief One row per task size 1, 2, 4, 8, 16... up to the largest node's card count; nodes
 * without cards are left out. Empty when no node has cards.
 */
QList<FragmentRow> computeFragments(const QList<NodeCards> &nodes);

/**
 * @brief The fragments table over a pool's node list (PoolNodeListModel roles). Follows the
 * source's changes; a refresh changes cells in place (dataChanged), rows are only inserted or
 * removed when the largest node's card count changes, never a reset. Only Available nodes count:
 * an abnormal node's idle cards run nothing.
 */
class FragmentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FragmentsModel)

public:
    enum Column
    {
        CardsPerTask,
        TasksThatFit,
        NodesWithRoom,
        FragmentCards,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FragmentsModel(QObject *parent = nullptr);
    ~FragmentsModel() override;

    /** @p nodes: rows with AcceleratorTotalRole, AcceleratorFreeRole, PhaseRole, AcceleratorKindRole. */
    void setSourceModel(QAbstractItemModel *nodes);
    /** Recomputes from the source (called on its changes). */
    void update();

    const QList<FragmentRow> &fragments() const { return m_rows; }
    /** Idle cards on Available nodes, and the kind ("GPU", "NPU"; empty when none). */
    int idleCards() const { return m_idle; }
    QString acceleratorKind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** The totals changed (idle cards or kind). */
    void summaryChanged();

private:
    QAbstractItemModel *m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QList<FragmentRow> m_rows;
    int m_idle = 0;
    QString m_kind;
};
} // namespace ma::models
