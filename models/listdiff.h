#pragma once

// The id-keyed difference between the rows a list model shows and a re-read of them, as a
// plan of row operations (removes, moves, inserts, changed cells) that the model replays
// between its begin/end calls (style §9.3-7: a refresh never resets). Rows are immutable
// once shared, so the plan can be computed on a worker thread from a snapshot of the rows.

#include <memory>
#include <QAbstractTableModel>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <utility>
#include <vector>

namespace ma::models
{
/** One bit per column: the columns whose shown value differs between two versions of a row. */
using ColumnMask = quint64;

constexpr ColumnMask columnBit(int column)
{
    return ColumnMask(1) << column;
}

/**
 * @brief One row of a RemoteListModel: its id, and (in the typed subclass) the item.
 * Never modified once shared: a newer version of the item is a new row.
 */
struct RemoteRow
{
    RemoteRow() = default;
    RemoteRow(const RemoteRow &) = delete;
    RemoteRow &operator=(const RemoteRow &) = delete;
    virtual ~RemoteRow() = default;

    QString id; // empty: the item has no id (never diffed, only appended)
    bool hasOrderKey = false; // the list is sorted by orderKey, descending (e.g. create_time)
    qint64 orderKey = 0;
};

using RowPtr = std::shared_ptr<const RemoteRow>;
/** Must be callable on any thread: it compares two rows and touches nothing else. */
using ChangedColumnsFn = ColumnMask (*)(const RemoteRow &before, const RemoteRow &after);

/** @brief The row operations that turn the shown rows into the re-read ones, in replay order. */
struct ListDiff
{
    struct Insert
    {
        int first = 0;
        std::vector<RowPtr> rows;
    };
    struct Change
    {
        int row = 0;
        ColumnMask columns = 0;
    };

    std::vector<std::pair<int, int>> removes; // [first, last], bottom up: each keeps the rows above in place
    std::vector<std::pair<int, int>> moves; // (from, to) of one row, to < from, in order
    std::vector<Insert> inserts; // top down, at their final place
    std::vector<RowPtr> window; // rows [0, window.size()) once the above is applied: the fresh versions
    std::vector<Change> changes; // rows of the window whose shown columns changed, ascending
    QHash<QString, int> index; // id → row over the whole list afterwards
    std::size_t shownRows = 0; // rows of the list it was computed from
    std::vector<RowPtr> removed; // the rows the replay took out (released with the plan)
    bool indexChanged = true; // false: no row moved, the shown index stays valid (index left empty)
    std::size_t replayed = 0; // row operations (removes, then moves, then inserts) replayed so far

    bool isStructural() const { return !removes.empty() || !moves.empty() || !inserts.empty(); }
    std::size_t operationCount() const { return removes.size() + moves.size() + inserts.size(); }

    /**
     * @brief Compares rows [0, @p window) of @p shown (with its id index @p shownIndex) with
     * @p fresh, the server's current rows in its order. Fresh rows without an id, repeated,
     * or shown below the window are ignored; rows below the window stay as they are.
     * Thread-safe: reads only its arguments.
     */
    static ListDiff compute(const std::vector<const RemoteRow *> &shown, const QHash<QString, int> &shownIndex,
        int window, std::vector<RowPtr> fresh, ChangedColumnsFn changed);
    /**
     * @brief The shown rows as compute() reads them: plain pointers, a copy that costs no
     * reference counting (100k rows: a fraction of a millisecond instead of tens).
     */
    static std::vector<const RemoteRow *> pointersOf(const std::vector<RowPtr> &rows);
};

/**
 * @brief A table model over immutable rows that replays ListDiff plans: the one replay of
 * RemoteListModelBase and the Overview's top jobs (removes, moves, inserts, then the
 * column-masked dataChanged of the changed rows; never a reset).
 */
class ListDiffTableModel : public QAbstractTableModel
{
protected:
    using QAbstractTableModel::QAbstractTableModel;

    /**
     * @brief Turns @p rows (this model's rows) into the plan's result, with the row signals
     * views need, and replaces @p index by the plan's (unless no row moved).
     */
    void replay(ListDiff &diff, std::vector<RowPtr> &rows, QHash<QString, int> &index);
    /**
     * @brief The first part of replay() in steps: the row operations from diff.replayed on,
     * each with its signals, until @p deadline has expired (checked after each operation).
     * True when every operation has been replayed; the model is consistent after each call.
     */
    bool replayOperations(ListDiff &diff, std::vector<RowPtr> &rows, const QDeadlineTimer &deadline);
    /** The rest of replay(), once replayOperations() is done: fresh versions, the index, dataChanged. */
    void finishReplay(ListDiff &diff, std::vector<RowPtr> &rows, QHash<QString, int> &index);
    /** dataChanged for @p changes (rows of the first @p windowRows), ranges merged; most rows: one signal. */
    void emitChanges(const std::vector<ListDiff::Change> &changes, int windowRows);
};
} // namespace ma::models
