#include "remotelistmodel.h"

#include <algorithm>
#include <mutex>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QTimer>

namespace ma::models
{
RemoteListModelBase::RemoteListModelBase(
    const Paging &paging, int columnCount, ChangedColumnsFn changed, QObject *parent)
    : ListDiffTableModel(parent)
    , m_paging(paging)
    , m_columnCount(columnCount)
    , m_changed(changed)
    , m_cursor(paging.convention, paging.pageSize)
    , m_opCursor(paging.convention, paging.pageSize)
{
}

/**
 * A diff off the UI thread reads the shown rows through plain pointers (copying 100k shared
 * pointers was tens of milliseconds on the UI thread). The rows it reads stay alive: they are
 * in m_rows, or parked here when the model lets go of them meanwhile (clear(), its end), and
 * freed with the last diff that holds this.
 */
struct RemoteListModelBase::SnapshotPins
{
    std::mutex mutex;
    std::vector<std::vector<RowPtr>> parked;
};

RemoteListModelBase::~RemoteListModelBase()
{
    ++m_generation; // the canceled calls' answers and a running diff find nothing to do
    dropPipeline();
    dropRows();
    if (m_replay) // a plan half replayed: the rows it took out may still be read by a diff
        releaseLater(*m_replay);
}

void RemoteListModelBase::dropRows()
{
    if (const std::shared_ptr<SnapshotPins> pins = m_pins.lock())
    {
        const std::lock_guard lock(pins->mutex);
        pins->parked.push_back(std::move(m_rows));
    }
    m_rows.clear();
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
    // One page per call, as views expect; the next pages are read ahead meanwhile, so the
    // following calls usually find theirs already decoded.
    requestPage(Op::FetchMore, m_cursor, kPagesInFlight);
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
    dropRows();
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
    // As many rows as are loaded (F5 keeps the rows a user scrolled to), at least a page.
    m_reloadRows = std::max(static_cast<int>(m_rows.size()), m_paging.pageSize);
    m_fresh.clear();
    m_opCursor = api::PageCursor(m_paging.convention, m_paging.pageSize);
    requestPage(Op::Reload, m_opCursor, (m_reloadRows + m_paging.pageSize - 1) / m_paging.pageSize);
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
    // The pages that held the window are read concurrently; the two extra ones only if needed.
    requestPage(Op::Refresh, m_opCursor, m_refreshMaxPages - 2);
}

void RemoteListModelBase::requestTail()
{
    // Tail lists count items: the next page starts right after the last row held.
    m_opCursor = api::PageCursor(api::PageConvention::ItemOffset, m_paging.pageSize);
    if (!m_rows.empty())
        m_opCursor.advance(static_cast<int>(m_rows.size()), std::nullopt);
    requestPage(Op::Tail, m_opCursor);
}

void RemoteListModelBase::requestPage(Op op, const api::PageCursor &cursor, int pagesWanted)
{
    if (!m_client)
    {
        // The client went away between two pages.
        dropPipeline();
        m_fresh.clear();
        m_op = Op::None;
        setLoading(false);
        return;
    }
    const auto same = [&cursor](const api::PageCursor &c)
    {
        return c.offsetValue() == cursor.offsetValue() && c.limit() == cursor.limit()
            && c.continueToken() == cursor.continueToken();
    };
    if (m_pipelineOp != op || m_pipeline.empty() || !same(m_pipeline.front().cursor))
        dropPipeline(); // read ahead for another op or another place
    m_op = op;
    m_pipelineOp = op;
    m_awaitingFront = true;
    m_pagesWanted = std::max(std::max(pagesWanted, 1), m_pagesWanted);
    setLoading(true);
    if (m_pipeline.empty())
    {
        PendingPage page { .seq = ++m_seq, .cursor = cursor };
        m_pipeline.push_back(std::move(page));
        m_pipeline.back().call = sendPage(pageRequest(cursor), m_generation, m_pipeline.back().seq);
    }
    fillPipeline();
    if (m_pipeline.front().arrived)
    {
        // Read ahead already: taken on the next turn of the event loop, like an answer.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation, seq = m_pipeline.front().seq]
            {
                if (generation == m_generation && m_awaitingFront && !m_pipeline.empty()
                    && m_pipeline.front().seq == seq)
                    deliverFront();
            },
            Qt::QueuedConnection);
    }
}

void RemoteListModelBase::fillPipeline()
{
    if (!readsAhead())
        return;
    while (!m_pipeline.empty() && static_cast<int>(m_pipeline.size()) < std::min(m_pagesWanted, kPagesInFlight))
    {
        api::PageCursor next = m_pipeline.back().cursor;
        next.advance(next.limit(), m_total >= 0 ? std::optional<qint64>(m_total) : std::nullopt);
        if (!next.hasMore())
            return; // past the count the server gave: asked for only if the list grew
        PendingPage page { .seq = ++m_seq, .cursor = next };
        m_pipeline.push_back(std::move(page));
        m_pipeline.back().call = sendPage(pageRequest(next), m_generation, m_pipeline.back().seq);
    }
}

void RemoteListModelBase::dropPipeline()
{
    std::deque<PendingPage> pipeline;
    pipeline.swap(m_pipeline); // a cancel answers synchronously: it must find nothing
    m_awaitingFront = false;
    m_pagesWanted = 0;
    for (PendingPage &page : pipeline)
    {
        if (page.call && !page.arrived)
            page.call->cancel();
    }
}

bool RemoteListModelBase::isWanted(quint64 generation, quint64 seq) const
{
    if (generation != m_generation)
        return false;
    return std::any_of(
        m_pipeline.cbegin(), m_pipeline.cend(), [seq](const PendingPage &page) { return page.seq == seq; });
}

void RemoteListModelBase::pageArrived(quint64 generation, quint64 seq, PageRows rows)
{
    if (generation != m_generation)
        return; // canceled, or overtaken by a reload or a scope change
    const auto page
        = std::find_if(m_pipeline.begin(), m_pipeline.end(), [seq](const PendingPage &p) { return p.seq == seq; });
    if (page == m_pipeline.end())
        return; // read ahead for an op that has ended
    page->arrived = true;
    page->call = nullptr;
    page->rows = std::move(rows);
    if (m_awaitingFront && page == m_pipeline.begin())
        deliverFront();
}

void RemoteListModelBase::pageFailed(quint64 generation, quint64 seq, const api::ApiError &error)
{
    if (generation != m_generation)
        return;
    const auto page
        = std::find_if(m_pipeline.begin(), m_pipeline.end(), [seq](const PendingPage &p) { return p.seq == seq; });
    if (page == m_pipeline.end())
        return;
    page->arrived = true;
    page->failed = true;
    page->call = nullptr;
    page->error = error;
    if (m_awaitingFront && page == m_pipeline.begin())
        deliverFront();
}

void RemoteListModelBase::deliverFront()
{
    PendingPage page = std::move(m_pipeline.front());
    m_pipeline.pop_front();
    m_awaitingFront = false;
    m_pagesWanted = std::max(0, m_pagesWanted - 1);
    if (page.failed)
    {
        onPageFailed(page.error);
        return;
    }
    fillPipeline(); // keep kPagesInFlight on their way while this one is applied
    aboutToApplyPage();
    if (page.rows.total)
        m_total = static_cast<int>(*page.rows.total);
    m_state.lastError = api::ApiError();
    const Op op = m_op;
    onPage(op, std::move(page.rows));
    if (!m_awaitingFront && op != Op::FetchMore)
        dropPipeline(); // the op took what it needed: pages read ahead beyond it go unused
}

void RemoteListModelBase::onPageFailed(const api::ApiError &error)
{
    dropPipeline();
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
        std::move(page.rows.begin(), page.rows.end(), std::back_inserter(m_fresh));
        if (!reachedEnd && static_cast<int>(m_fresh.size()) < m_reloadRows)
        {
            requestPage(Op::Reload, m_opCursor);
            return;
        }
        m_everLoaded = true;
        std::vector<RowPtr> fresh = std::move(m_fresh);
        m_fresh.clear();
        applyWindow(std::move(fresh), static_cast<int>(m_rows.size()),
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
        const int added = appendRows(std::move(page.rows), true);
        m_state.complete = reachedEnd;
        // A page of rows already shown (the list shifted): read the next one, as a fetch that
        // adds nothing would leave a view at its end for good.
        if (!reachedEnd && added == 0)
        {
            requestPage(Op::FetchMore, m_cursor, kPagesInFlight);
            return;
        }
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
        dropRows();
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
    if (m_op != Op::FetchMore)
        dropPipeline(); // pages read ahead for fetchMore() stay for the next call
    m_awaitingFront = false;
    m_op = Op::None;
    m_state.loading = false;
    emit stateChanged();
    emit loaded();
    if (m_op != Op::None)
        return; // a slot of loaded() started the next one
    if (m_refreshQueued)
        refresh();
}

int RemoteListModelBase::appendRows(std::vector<RowPtr> rows, bool unique)
{
    std::vector<RowPtr> added;
    added.reserve(rows.size());
    if (unique)
    {
        ensureIndex();
        // Rows sorted by an order key (descending) cannot be shown already when their key is
        // below the last row's: no look-up in the big index (a cache miss or two per row).
        const RemoteRow *last = m_rows.empty() ? nullptr : m_rows.back().get();
        QSet<QString> seen;
        for (RowPtr &row : rows)
        {
            const bool belowShown = !last || (last->hasOrderKey && row->hasOrderKey && row->orderKey < last->orderKey);
            if (row->id.isEmpty() || (!belowShown && m_rowOfId.contains(row->id)) || seen.contains(row->id))
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
        return 0;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    const std::size_t needed = m_rows.size() + added.size();
    if (needed > m_rows.capacity())
    {
        // Room for every row the server counts (else twice as many): no copy of the rows per page.
        const std::size_t counted = m_total > 0 ? static_cast<std::size_t>(m_total) : 0;
        m_rows.reserve(std::max({ needed, counted, 2 * m_rows.capacity() }));
        // The id index too: growing a 100k-entry hash rehashes it in one go, a stall of its own.
        if (!m_indexDirty)
            m_rowOfId.reserve(static_cast<qsizetype>(m_rows.capacity()));
    }
    for (RowPtr &row : added)
    {
        if (!m_indexDirty && !row->id.isEmpty())
            m_rowOfId.insert(row->id, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    return static_cast<int>(added.size());
}

void RemoteListModelBase::applyWindow(std::vector<RowPtr> fresh, int window, std::function<void()> then)
{
    ensureIndex();
    const qsizetype work = static_cast<qsizetype>(m_rows.size()) + static_cast<qsizetype>(fresh.size());
    if (work < m_offThreadRows)
    {
        applyDiff(ListDiff::compute(ListDiff::pointersOf(m_rows), m_rowOfId, window, std::move(fresh), m_changed),
            std::move(then));
        return;
    }
    // Off the UI thread, from a snapshot: rows are immutable, so copying the pointers is the
    // whole copy (the pins keep them alive). Whatever changes the rows meanwhile (reload,
    // scope, client) moves the generation on, and the finished plan is then dropped.
    std::shared_ptr<SnapshotPins> pins = m_pins.lock(); // one for every diff in flight
    if (!pins)
    {
        pins = std::make_shared<SnapshotPins>();
        m_pins = pins;
    }
    const quint64 generation = m_generation;
    m_diffing = true;
    auto *watcher = new QFutureWatcher<ListDiff>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, generation, then = std::move(then)]
        {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // the rows changed identity meanwhile: this plan is for rows no longer shown
            applyDiff(watcher->future().takeResult(), then);
        });
    QThreadPool *pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool,
        [shown = ListDiff::pointersOf(m_rows), index = m_rowOfId, window, fresh = std::move(fresh), changed = m_changed,
            pins = std::move(pins)]() mutable
        { return ListDiff::compute(shown, index, window, std::move(fresh), changed); }));
}

void RemoteListModelBase::applyDiff(ListDiff diff, std::function<void()> then)
{
    // Each removal or insertion moves the rows below it: a hundred of them in a 100k list are
    // tens of milliseconds, so a big plan is replayed a few milliseconds per event-loop turn.
    const bool stepped
        = diff.shownRows + diff.window.size() >= static_cast<std::size_t>(m_offThreadRows) && diff.operationCount() > 1;
    m_diffing = stepped;
    replayInSteps(std::make_shared<ListDiff>(std::move(diff)), m_generation, stepped, std::move(then));
}

void RemoteListModelBase::replayInSteps(
    std::shared_ptr<ListDiff> diff, quint64 generation, bool stepped, std::function<void()> then)
{
    const QDeadlineTimer deadline = stepped ? QDeadlineTimer(m_replayStepMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    if (!replayOperations(*diff, m_rows, deadline))
    {
        m_indexDirty = true; // rebuilt if asked for before the plan is through
        m_replay = diff;
        QTimer::singleShot(0, this,
            [this, diff = std::move(diff), generation, then = std::move(then)]() mutable
            {
                if (generation == m_generation)
                    replayInSteps(std::move(diff), generation, true, std::move(then));
                else // a reload or a new scope took over the rows
                    releaseLater(*diff);
            });
        return;
    }
    m_replay.reset();
    finishReplay(*diff, m_rows, m_rowOfId);
    m_indexDirty = false;
    m_diffing = false;
    releaseLater(*diff);
    then();
}

void RemoteListModelBase::releaseLater(ListDiff &diff)
{
    if (const std::shared_ptr<SnapshotPins> pins = m_pins.lock())
    {
        // An earlier diff (overtaken by a reload) may still read the rows this one replaced.
        const std::lock_guard lock(pins->mutex);
        pins->parked.push_back(std::move(diff.window));
        pins->parked.push_back(std::move(diff.removed));
    }
    if (diff.shownRows + diff.window.size() < static_cast<std::size_t>(m_offThreadRows))
        return;
    // The last owners of the replaced rows and index free them: not on the UI thread for a big list.
    QThreadPool *pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    pool->start(
        [window = std::move(diff.window), removed = std::move(diff.removed), index = std::move(diff.index)]() mutable
        {
            window.clear();
            removed.clear();
            index.clear();
        });
}

void RemoteListModelBase::cancelInFlight()
{
    ++m_generation; // answers of earlier calls (and running diffs) are ignored from here on
    dropPipeline();
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
