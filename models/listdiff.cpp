#include "listdiff.h"

#include <algorithm>
#include <iterator>
#include <QSet>

namespace ma::models
{
std::vector<const RemoteRow *> ListDiff::pointersOf(const std::vector<RowPtr> &rows)
{
    std::vector<const RemoteRow *> pointers(rows.size());
    std::transform(rows.cbegin(), rows.cend(), pointers.begin(), [](const RowPtr &row) { return row.get(); });
    return pointers;
}

ListDiff ListDiff::compute(const std::vector<const RemoteRow *> &shown, const QHash<QString, int> &shownIndex,
    int window, std::vector<RowPtr> freshRows, ChangedColumnsFn changed)
{
    ListDiff diff;
    diff.shownRows = shown.size();
    window = std::clamp(window, 0, static_cast<int>(shown.size()));

    // 1. The re-read rows, without repeats and without rows shown below the window.
    std::vector<RowPtr> fresh;
    fresh.reserve(freshRows.size());
    QSet<QString> freshIds;
    freshIds.reserve(static_cast<qsizetype>(freshRows.size()));
    for (RowPtr &row : freshRows)
    {
        const QString &id = row->id;
        if (id.isEmpty() || freshIds.contains(id))
            continue;
        const auto shownAt = shownIndex.constFind(id);
        if (shownAt != shownIndex.cend() && shownAt.value() >= window)
            continue;
        freshIds.insert(id);
        fresh.push_back(std::move(row));
    }

    // 2. Vanished rows: one remove per contiguous range, bottom up, so the row numbers of
    // each range are those of the snapshot.
    std::vector<bool> gone(static_cast<std::size_t>(window), false);
    for (int r = window - 1; r >= 0;)
    {
        if (freshIds.contains(shown[static_cast<std::size_t>(r)]->id))
        {
            --r;
            continue;
        }
        const int last = r;
        while (r - 1 >= 0 && !freshIds.contains(shown[static_cast<std::size_t>(r - 1)]->id))
            --r;
        diff.removes.emplace_back(r, last);
        std::fill(gone.begin() + r, gone.begin() + last + 1, true);
        --r;
    }
    std::vector<const RemoteRow *> current; // the window as a view sees it while the plan is replayed
    current.reserve(static_cast<std::size_t>(window));
    QSet<QString> survivors;
    survivors.reserve(window);
    for (int r = 0; r < window; ++r)
    {
        if (gone[static_cast<std::size_t>(r)])
            continue;
        current.push_back(shown[static_cast<std::size_t>(r)]);
        survivors.insert(current.back()->id);
    }

    // 3. Survivors in the server's order: a move per row out of place (none when the
    // server's order is stable, e.g. by creation time). Moves keep persistent indexes.
    const int survivorCount = static_cast<int>(current.size());
    int target = 0;
    for (const RowPtr &row : fresh)
    {
        if (!survivors.contains(row->id))
            continue;
        if (current[static_cast<std::size_t>(target)]->id != row->id)
        {
            int from = target + 1;
            while (from < survivorCount && current[static_cast<std::size_t>(from)]->id != row->id)
                ++from;
            diff.moves.emplace_back(from, target);
            std::rotate(current.begin() + target, current.begin() + from, current.begin() + from + 1);
        }
        ++target;
    }

    // 4. New rows: contiguous batches at their place; rows [0, k) then equal fresh[0, k).
    const int freshCount = static_cast<int>(fresh.size());
    for (int k = 0; k < freshCount;)
    {
        if (survivors.contains(fresh[static_cast<std::size_t>(k)]->id))
        {
            ++k;
            continue;
        }
        int end = k;
        while (end < freshCount && !survivors.contains(fresh[static_cast<std::size_t>(end)]->id))
            ++end;
        diff.inserts.push_back(Insert { k, std::vector<RowPtr>(fresh.begin() + k, fresh.begin() + end) });
        k = end;
    }

    // 5. Changed rows: the columns whose shown value differs.
    int survivor = 0;
    for (int k = 0; k < freshCount; ++k)
    {
        const RemoteRow &now = *fresh[static_cast<std::size_t>(k)];
        if (!survivors.contains(now.id))
            continue;
        const ColumnMask columns = changed(*current[static_cast<std::size_t>(survivor++)], now);
        if (columns)
            diff.changes.push_back(Change { k, columns });
    }

    // 6. The id index afterwards: the fresh rows, then the untouched rows below the window.
    // Unchanged when no row came, went or moved (the usual refresh): nothing to rebuild.
    diff.indexChanged = diff.isStructural() || freshCount != window;
    const int below = static_cast<int>(shown.size()) - window;
    if (diff.indexChanged)
        diff.index.reserve(freshCount + below);
    for (int k = 0; diff.indexChanged && k < freshCount; ++k)
        diff.index.insert(fresh[static_cast<std::size_t>(k)]->id, k);
    for (int r = 0; diff.indexChanged && r < below; ++r)
    {
        const QString &id = shown[static_cast<std::size_t>(window + r)]->id;
        if (!id.isEmpty())
            diff.index.insert(id, freshCount + r);
    }
    diff.window = std::move(fresh);
    return diff;
}

void ListDiffTableModel::replay(ListDiff &diff, std::vector<RowPtr> &rows, QHash<QString, int> &index)
{
    replayOperations(diff, rows, QDeadlineTimer(QDeadlineTimer::Forever));
    finishReplay(diff, rows, index);
}

bool ListDiffTableModel::replayOperations(ListDiff &diff, std::vector<RowPtr> &rows, const QDeadlineTimer &deadline)
{
    const std::size_t removes = diff.removes.size();
    const std::size_t moves = diff.moves.size();
    while (diff.replayed < diff.operationCount())
    {
        const std::size_t op = diff.replayed++;
        if (op < removes)
        {
            const auto [first, last] = diff.removes[op];
            beginRemoveRows(QModelIndex(), first, last);
            std::move(rows.begin() + first, rows.begin() + last + 1, std::back_inserter(diff.removed));
            rows.erase(rows.begin() + first, rows.begin() + last + 1);
            endRemoveRows();
        }
        else if (op < removes + moves)
        {
            const auto [from, to] = diff.moves[op - removes];
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), to);
            std::rotate(rows.begin() + to, rows.begin() + from, rows.begin() + from + 1);
            endMoveRows();
        }
        else
        {
            ListDiff::Insert &insert = diff.inserts[op - removes - moves];
            beginInsertRows(QModelIndex(), insert.first, insert.first + static_cast<int>(insert.rows.size()) - 1);
            rows.insert(rows.begin() + insert.first, std::make_move_iterator(insert.rows.begin()),
                std::make_move_iterator(insert.rows.end()));
            endInsertRows();
        }
        if (deadline.hasExpired())
            break;
    }
    return diff.replayed == diff.operationCount();
}

void ListDiffTableModel::finishReplay(ListDiff &diff, std::vector<RowPtr> &rows, QHash<QString, int> &index)
{
    // Every re-read row takes its fresh version, also when no shown column changed: the
    // typed accessors give the latest copy.
    Q_ASSERT(diff.window.size() <= rows.size());
    std::swap_ranges(diff.window.begin(), diff.window.end(), rows.begin()); // the old versions go with the plan
    if (diff.indexChanged)
        std::swap(index, diff.index); // the old index too
    emitChanges(diff.changes, static_cast<int>(diff.window.size()));
}

void ListDiffTableModel::emitChanges(const std::vector<ListDiff::Change> &changes, int windowRows)
{
    if (changes.empty())
        return;
    const int columns = columnCount();
    if (static_cast<int>(changes.size()) * 2 > windowRows)
    {
        // Most rows changed: one signal is cheaper for every view than many small ones.
        emit dataChanged(index(0, 0), index(windowRows - 1, columns - 1));
        return;
    }
    const ColumnMask shown = columns >= 64 ? ~ColumnMask(0) : columnBit(columns) - 1;
    for (std::size_t i = 0; i < changes.size();)
    {
        // Consecutive rows with the same changed columns share their signals.
        const ColumnMask mask = changes[i].columns & shown;
        std::size_t j = i;
        while (j + 1 < changes.size() && changes[j + 1].row == changes[j].row + 1
            && (changes[j + 1].columns & shown) == mask)
            ++j;
        for (int c = 0; c < columns;)
        {
            if (!(mask & columnBit(c)))
            {
                ++c;
                continue;
            }
            int last = c;
            while (last + 1 < columns && (mask & columnBit(last + 1)))
                ++last;
            emit dataChanged(index(changes[i].row, c), index(changes[j].row, last));
            c = last + 1;
        }
        i = j + 1;
    }
}
} // namespace ma::models
