#include "remotelistmodel.h"

#include <algorithm>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

namespace ma::models
{
RemoteListModelBase::RemoteListModelBase(
    const Paging &paging, int columnCount, ChangedColumnsFn changed, QObject *parent)
    : QAbstractTableModel(parent)
    , m_paging(paging)
    , m_columnCount(columnCount)
    , m_changed(changed)
    , m_cursor(paging.convention, paging.pageSize)
    , m_opCursor(paging.convention, paging.pageSize)
{
}

RemoteListModelBase::~RemoteListModelBase()
{
    ++m_generation; // the canceled call's answer and a running diff find nothing to do
    if (m_call)
        m_call->cancel();
}

// ---------------------------------------------------------------------------------------
// QAbstractItemModel

int RemoteListModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RemoteListModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

Qt::ItemFlags RemoteListModelBase::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool RemoteListModelBase::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_client || !m_everLoaded || m_paging.refresh == RefreshMode::Tail)
        return false;
    return m_op == Op::None && !m_state.complete && !m_state.hasError();
}

void RemoteListModelBase::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(Op::FetchMore, m_cursor);
}

// ---------------------------------------------------------------------------------------
// Settings

void RemoteListModelBase::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    cancelInFlight();
    m_client = client;
}

api::ApiClient *RemoteListModelBase::client() const
{
    return m_client;
}

void RemoteListModelBase::setScope(const QString &scopeKey)
{
    if (scopeKey == m_scope)
        return;
    m_scope = scopeKey;
    clear();
}

void RemoteListModelBase::clear()
{
    cancelInFlight();
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_indexDirty = false;
    m_cursor.reset();
    m_total = -1;
    m_everLoaded = false;
    m_refreshQueued = false;
    endResetModel();
    m_state = LoadState();
    emit stateChanged();
}

void RemoteListModelBase::setPageSize(int items)
{
    const int size = std::clamp(items, 1, m_paging.maxPageSize);
    if (size == m_paging.pageSize)
        return;
    m_paging.pageSize = size;
    m_paging.refreshWindow = std::max(m_paging.refreshWindow, size);
    m_cursor = api::PageCursor(m_paging.convention, size);
    resyncCursor();
}

void RemoteListModelBase::setRefreshWindow(int rows)
{
    m_paging.refreshWindow = std::max(rows, m_paging.pageSize);
}

void RemoteListModelBase::setOffThreadDiff(int rows, QThreadPool *pool)
{
    m_offThreadRows = rows;
    m_pool = pool;
}

// ---------------------------------------------------------------------------------------
// Loading

void RemoteListModelBase::reload()
{
    if (!m_client)
        return;
    cancelInFlight();
    m_refreshQueued = false;
    if (m_paging.refresh == RefreshMode::Tail)
    {
        // Nothing held is worth keeping apart from what the tail read appends.
        requestTail();
        return;
    }
    m_opCursor = api::PageCursor(m_paging.convention, m_paging.pageSize);
    requestPage(Op::Reload, m_opCursor);
}

void RemoteListModelBase::refresh()
{
    if (!m_client)
        return;
    if (m_paging.refresh == RefreshMode::Tail)
    {
        if (m_op != Op::None)
        {
            m_refreshQueued = true; // the rows written meanwhile are read once this one ends
            return;
        }
        requestTail();
        return;
    }
    if (m_op == Op::Reload || m_op == Op::Refresh)
        return; // the answer on its way is as fresh
    if (m_op == Op::FetchMore)
    {
        m_refreshQueued = true;
        return;
    }
    if (!m_everLoaded || m_rows.empty())
    {
        reload();
        return;
    }
    m_refreshQueued = false;
    m_refreshRows = std::min(static_cast<int>(m_rows.size()), m_paging.refreshWindow);
    const RemoteRow &last = *m_rows[static_cast<std::size_t>(m_refreshRows - 1)];
    m_refreshHasKey = last.hasOrderKey;
    m_refreshBoundary = last.orderKey;
    m_refreshBoundaryId = last.id;
    m_refreshBoundaryAt = -1;
    // Pages that held the window, plus two for rows created since (more would shift the
    // window down: applyWindow() then covers only what was re-read).
    m_refreshPages = 0;
    m_refreshMaxPages = (m_refreshRows + m_paging.pageSize - 1) / m_paging.pageSize + 2;
    m_fresh.clear();
    m_opCursor = api::PageCursor(m_paging.convention, m_paging.pageSize);
    requestPage(Op::Refresh, m_opCursor);
}

void RemoteListModelBase::requestTail()
{
    // Tail lists count items: the next page starts right after the last row held.
    m_opCursor = api::PageCursor(api::PageConvention::ItemOffset, m_paging.pageSize);
    if (!m_rows.empty())
        m_opCursor.advance(static_cast<int>(m_rows.size()), std::nullopt);
    requestPage(Op::Tail, m_opCursor);
}

void RemoteListModelBase::requestPage(Op op, const api::PageCursor &cursor)
{
    if (!m_client)
    {
        // The client went away between two pages.
        m_fresh.clear();
        m_op = Op::None;
        setLoading(false);
        return;
    }
    m_op = op;
    const quint64 generation = ++m_generation;
    setLoading(true);
    sendPage(pageRequest(cursor), generation);
}

void RemoteListModelBase::pageFailed(quint64 generation, const api::ApiError &error)
{
    if (generation != m_generation)
        return; // canceled, or overtaken by a reload or a scope change
    m_call = nullptr;
    // Rows stay as they are: the view shows the error next to what it had.
    m_fresh.clear();
    m_state.lastError = error;
    m_refreshQueued = false;
    m_op = Op::None;
    m_state.loading = false;
    emit stateChanged();
    if (error.kind != api::ApiError::Kind::Canceled)
        emit errorOccurred(error);
}

void RemoteListModelBase::pageArrived(quint64 generation, PageRows page)
{
    if (generation != m_generation)
        return; // canceled, or overtaken by a reload or a scope change
    m_call = nullptr;
    aboutToApplyPage();
    if (page.total)
        m_total = static_cast<int>(*page.total);
    m_state.lastError = api::ApiError();
    onPage(m_op, std::move(page));
}

void RemoteListModelBase::onPage(Op op, PageRows page)
{
    const int items = static_cast<int>(page.rows.size());
    api::PageCursor &cursor = op == Op::FetchMore ? m_cursor : m_opCursor;
    cursor.advance(items, page.total, page.continueToken);
    const bool tokens = m_paging.convention == api::PageConvention::ContinueToken;
    // A short page ends the list even when a count promises more (the list shrank meanwhile).
    const bool reachedEnd = !cursor.hasMore() || (!tokens && items < m_paging.pageSize);

    switch (op)
    {
    case Op::None:
        break;
    case Op::Reload:
    {
        m_everLoaded = true;
        applyWindow(std::move(page.rows), static_cast<int>(m_rows.size()),
            [this, reachedEnd]
            {
                m_state.complete = reachedEnd;
                resyncCursor();
                finishOp();
            });
        return;
    }
    case Op::FetchMore:
    {
        appendRows(std::move(page.rows), true);
        m_state.complete = reachedEnd;
        break;
    }
    case Op::Refresh:
        onRefreshPage(std::move(page), reachedEnd);
        return;
    case Op::Tail:
        onTailPage(std::move(page));
        return;
    }
    finishOp();
}

void RemoteListModelBase::onRefreshPage(PageRows page, bool reachedEnd)
{
    ++m_refreshPages;
    const int items = static_cast<int>(page.rows.size());
    std::move(page.rows.begin(), page.rows.end(), std::back_inserter(m_fresh));
    // Where the window's last row is now: by its id (exact, whatever the order of equal
    // keys), else by its order key (the row itself was deleted).
    const auto boundary = std::find_if(
        m_fresh.cend() - items, m_fresh.cend(), [this](const RowPtr &row) { return row->id == m_refreshBoundaryId; });
    if (boundary != m_fresh.cend())
        m_refreshBoundaryAt = static_cast<int>(boundary - m_fresh.cbegin());
    const qint64 lastSeen = m_fresh.empty() ? 0 : m_fresh.back()->orderKey;
    const bool passedWindow
        = m_refreshBoundaryAt >= 0 || (m_refreshHasKey && !m_fresh.empty() && lastSeen < m_refreshBoundary);
    if (!reachedEnd && !passedWindow && m_refreshPages < m_refreshMaxPages)
    {
        requestPage(Op::Refresh, m_opCursor);
        return;
    }
    const bool wholeList = m_refreshRows == static_cast<int>(m_rows.size());
    std::vector<RowPtr> fresh = std::move(m_fresh);
    m_fresh.clear();
    int window = m_refreshRows;
    std::optional<bool> complete;
    if (reachedEnd && wholeList)
    {
        complete = true; // every row the server has: nothing is trimmed
    }
    else
    {
        // Cover the rows down to the window's last row; rows below that line are
        // untouched (or come with fetchMore).
        if (m_refreshBoundaryAt >= 0)
        {
            fresh.resize(static_cast<std::size_t>(m_refreshBoundaryAt) + 1);
        }
        else if (m_refreshHasKey)
        {
            qint64 cut = m_refreshBoundary;
            bool inclusive = true;
            if (!passedWindow)
            {
                cut = lastSeen; // stopped early: rows of that key may go on on the next page
                inclusive = false;
            }
            const auto outside = [cut, inclusive](const RemoteRow &row)
            {
                return inclusive ? row.orderKey < cut : row.orderKey <= cut;
            };
            fresh.erase(
                std::remove_if(fresh.begin(), fresh.end(), [&](const RowPtr &r) { return outside(*r); }), fresh.end());
            while (window > 0 && outside(*m_rows[static_cast<std::size_t>(window - 1)]))
                --window;
        }
        else if (!reachedEnd)
        {
            // No order to reason with: cover the window down to the last row seen again.
            QSet<QString> seen;
            for (const RowPtr &row : fresh)
                seen.insert(row->id);
            while (window > 0 && !seen.contains(m_rows[static_cast<std::size_t>(window - 1)]->id))
                --window;
        }
        if (wholeList)
            complete = false; // the server has rows below the last one
    }
    applyWindow(std::move(fresh), window,
        [this, complete]
        {
            if (complete)
                m_state.complete = *complete;
            resyncCursor();
            finishOp();
        });
}

void RemoteListModelBase::onTailPage(PageRows page)
{
    const int have = static_cast<int>(m_rows.size());
    // Fewer items than held: the service dropped old ones (retention); start over.
    if (page.total && *page.total < have)
    {
        beginResetModel();
        m_rows.clear();
        m_rowOfId.clear();
        endResetModel();
        requestTail();
        return;
    }
    const bool fullPage = static_cast<int>(page.rows.size()) >= m_paging.pageSize;
    m_everLoaded = true;
    appendRows(std::move(page.rows), false);
    const bool moreKnown = page.total && *page.total > static_cast<qint64>(m_rows.size());
    if (fullPage && (moreKnown || !page.total))
    {
        requestTail();
        return;
    }
    if (m_refreshQueued)
    {
        m_refreshQueued = false;
        requestTail();
        return;
    }
    m_state.complete = true;
    finishOp();
}

void RemoteListModelBase::finishOp()
{
    m_op = Op::None;
    m_state.loading = false;
    emit stateChanged();
    emit loaded();
    if (m_refreshQueued)
        refresh();
}

void RemoteListModelBase::appendRows(std::vector<RowPtr> rows, bool unique)
{
    std::vector<RowPtr> added;
    added.reserve(rows.size());
    if (unique)
    {
        ensureIndex();
        QSet<QString> seen;
        for (RowPtr &row : rows)
        {
            if (row->id.isEmpty() || m_rowOfId.contains(row->id) || seen.contains(row->id))
                continue; // pages shift when items are created: the overlap is already shown
            seen.insert(row->id);
            added.push_back(std::move(row));
        }
    }
    else
    {
        added = std::move(rows);
    }
    if (added.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    m_rows.reserve(m_rows.size() + added.size());
    for (RowPtr &row : added)
    {
        if (!m_indexDirty && !row->id.isEmpty())
            m_rowOfId.insert(row->id, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void RemoteListModelBase::applyWindow(std::vector<RowPtr> fresh, int window, std::function<void()> then)
{
    ensureIndex();
    const qsizetype work = static_cast<qsizetype>(m_rows.size()) + static_cast<qsizetype>(fresh.size());
    if (work < m_offThreadRows)
    {
        ListDiff diff = ListDiff::compute(m_rows, m_rowOfId, window, std::move(fresh), m_changed);
        applyDiff(diff);
        then();
        return;
    }
    // Off the UI thread, from a snapshot: rows are immutable, so copying the pointers is the
    // whole copy. Whatever changes the rows meanwhile (reload, scope, client) moves the
    // generation on, and the finished plan is then dropped.
    const quint64 generation = m_generation;
    m_diffing = true;
    auto *watcher = new QFutureWatcher<ListDiff>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, generation, then = std::move(then)]
        {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // the rows changed identity meanwhile: this plan is for rows no longer shown
            m_diffing = false;
            ListDiff diff = watcher->future().takeResult();
            applyDiff(diff);
            then();
        });
    QThreadPool *pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool,
        [rows = m_rows, index = m_rowOfId, window, fresh = std::move(fresh), changed = m_changed]() mutable
        { return ListDiff::compute(std::move(rows), index, window, std::move(fresh), changed); }));
}

void RemoteListModelBase::applyDiff(ListDiff &diff)
{
    for (const auto &[first, last] : diff.removes)
    {
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }
    for (const auto &[from, to] : diff.moves)
    {
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to);
        std::rotate(m_rows.begin() + to, m_rows.begin() + from, m_rows.begin() + from + 1);
        endMoveRows();
    }
    for (ListDiff::Insert &insert : diff.inserts)
    {
        beginInsertRows(QModelIndex(), insert.first, insert.first + static_cast<int>(insert.rows.size()) - 1);
        m_rows.insert(m_rows.begin() + insert.first, std::make_move_iterator(insert.rows.begin()),
            std::make_move_iterator(insert.rows.end()));
        endInsertRows();
    }
    // Every re-read row takes its fresh version, also when no shown column changed: the
    // typed accessors give the latest copy.
    Q_ASSERT(diff.window.size() <= m_rows.size());
    std::copy(diff.window.cbegin(), diff.window.cend(), m_rows.begin());
    m_rowOfId = std::move(diff.index);
    m_indexDirty = false;
    emitChanges(diff.changes, static_cast<int>(diff.window.size()));
    if (diff.previous.size() > static_cast<std::size_t>(m_offThreadRows))
    {
        // The last owner of the replaced rows frees them: not on the UI thread for a big list.
        QThreadPool *pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
        pool->start([previous = std::move(diff.previous)]() mutable { previous.clear(); });
    }
}

void RemoteListModelBase::emitChanges(const std::vector<ListDiff::Change> &changes, int windowRows)
{
    if (changes.empty())
        return;
    if (static_cast<int>(changes.size()) * 2 > windowRows)
    {
        // Most rows changed: one signal is cheaper for every view than many small ones.
        emit dataChanged(index(0, 0), index(windowRows - 1, m_columnCount - 1));
        return;
    }
    const ColumnMask shown = m_columnCount >= 64 ? ~ColumnMask(0) : columnBit(m_columnCount) - 1;
    for (std::size_t i = 0; i < changes.size();)
    {
        // Consecutive rows with the same changed columns share their signals.
        const ColumnMask mask = changes[i].columns & shown;
        std::size_t j = i;
        while (j + 1 < changes.size() && changes[j + 1].row == changes[j].row + 1
            && (changes[j + 1].columns & shown) == mask)
            ++j;
        for (int c = 0; c < m_columnCount;)
        {
            if (!(mask & columnBit(c)))
            {
                ++c;
                continue;
            }
            int last = c;
            while (last + 1 < m_columnCount && (mask & columnBit(last + 1)))
                ++last;
            emit dataChanged(index(changes[i].row, c), index(changes[j].row, last));
            c = last + 1;
        }
        i = j + 1;
    }
}

void RemoteListModelBase::cancelInFlight()
{
    ++m_generation; // answers of earlier calls (and running diffs) are ignored from here on
    if (m_call)
    {
        api::ApiCall *call = m_call;
        m_call = nullptr;
        call->cancel();
    }
    m_fresh.clear();
    m_refreshQueued = false;
    m_diffing = false;
    if (m_op != Op::None)
    {
        m_op = Op::None;
        setLoading(false);
    }
}

void RemoteListModelBase::setLoading(bool loading)
{
    if (m_state.loading == loading)
        return;
    m_state.loading = loading;
    emit stateChanged();
}

void RemoteListModelBase::resyncCursor()
{
    const std::optional<qint64> total = m_total >= 0 ? std::optional<qint64>(m_total) : std::nullopt;
    const int rows = static_cast<int>(m_rows.size());
    switch (m_paging.convention)
    {
    case api::PageConvention::PageNumber:
    case api::PageConvention::OneBasedPage:
    {
        // The next page is the one holding row rowCount(): rows shifted by creations or
        // deletions are re-read (and skipped) rather than missed.
        m_cursor.reset();
        const int fullPages = rows / m_paging.pageSize;
        for (int i = 0; i < fullPages; ++i)
            m_cursor.advance(m_paging.pageSize, total);
        break;
    }
    case api::PageConvention::ItemOffset:
        m_cursor.reset();
        if (rows > 0)
            m_cursor.advance(rows, total);
        break;
    case api::PageConvention::ContinueToken:
        // Tokens cannot be rebuilt: go on from where the last read stopped (overlaps are skipped).
        m_cursor = m_opCursor;
        break;
    }
}

// ---------------------------------------------------------------------------------------
// Accessors

void RemoteListModelBase::ensureIndex() const
{
    if (!m_indexDirty && m_rowOfId.size() == static_cast<qsizetype>(m_rows.size()))
        return;
    m_rowOfId.clear();
    m_rowOfId.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
    {
        if (!m_rows[i]->id.isEmpty())
            m_rowOfId.insert(m_rows[i]->id, static_cast<int>(i));
    }
    m_indexDirty = false;
}

const RemoteRow *RemoteListModelBase::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return m_rows[static_cast<std::size_t>(row)].get();
}

int RemoteListModelBase::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    ensureIndex();
    return m_rowOfId.value(id, -1);
}

QStringList RemoteListModelBase::idsForRows(const QList<int> &rows) const
{
    QStringList ids;
    ids.reserve(rows.size());
    for (int row : rows)
    {
        if (row >= 0 && row < static_cast<int>(m_rows.size()))
            ids << m_rows[static_cast<std::size_t>(row)]->id;
    }
    return ids;
}
} // namespace ma::models
