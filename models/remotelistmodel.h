#pragma once

// A table model over one paged list of the ModelArts APIs, written once for every console
// area (training jobs, events; later pools, nodes, notebooks, images...).
//
// RemoteListModelBase (a QObject: Q_OBJECT cannot be a template) holds what does not depend
// on the item type: the paging (any api::PageConvention), Qt's fetchMore pattern, the refresh
// window, the id-keyed diff (ListDiff) replayed as row inserts, removes, moves and
// column-masked dataChanged, never a reset; the stale-reply guard and LoadState.
// Pages are read ahead concurrently where the paging allows it (offsets and page numbers, not
// continue tokens), decoded into rows on worker threads, and applied in page order.
// RemoteListModel<Traits> adds the typed part: decoding a page, the rows' items, and which
// columns differ between two versions of an item. A concrete model (TrainingJobListModel)
// derives from RemoteListModel<Traits> and gives data() and headerData(), so its strings
// keep their translation context, and the request of a page (pageRequest()).
//
// Traits:
//   using Item = ...;                 // api type of one row
//   using Page = ...;                 // api type of one page answer
//   using Derived = ...;              // values computed once per item version (a parsed phase)
//   static Derived derive(const Item &);
//   static QString id(const Item &);  // empty when the items have no id (RefreshMode::Tail)
//   static std::vector<Item> takeItems(Page &);
//   static std::optional<qint64> total(const Page &);
//   optional: static QString continueToken(const Page &);          // ContinueToken paging
//   optional: static qint64 orderKey(const Item &);                // rows sorted by it, descending
//   optional: static ColumnMask changedColumns(const Item &, const Item &);  // else: all columns
//   optional: static Page fromBody(const QByteArray &);            // else: api::fromBody<Page>

#include "api/apiclient.h"
#include "api/paging.h"
#include "api/typedcall.h"
#include "models/listdiff.h"
#include "models/loadstate.h"

#include <deque>
#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

class QThreadPool;

namespace ma::models
{
class RemoteListModelBase : public ListDiffTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteListModelBase)

public:
    /** How refresh() brings the rows up to date. */
    enum class RefreshMode
    {
        Window, // re-read the rows from the top (at most refreshWindow()) and apply the difference
        Tail, // the list only grows at its end (events, oldest first): read what follows the last row
    };

    struct Paging
    {
        api::PageConvention convention = api::PageConvention::ItemOffset;
        int pageSize = 50;
        int maxPageSize = 50; // what the API accepts
        int refreshWindow = 1000;
        RefreshMode refresh = RefreshMode::Window;
    };

    /** Diffs over at least this many rows (shown + re-read) run off the UI thread. */
    static constexpr int kDefaultOffThreadDiffRows = 4000;
    /** Page requests in flight at once (pages read ahead) when the paging allows it. */
    static constexpr int kPagesInFlight = 4;
    /** Bodies at least this large are decoded into rows on a worker thread. */
    static constexpr qsizetype kOffThreadDecodeBytes = 4096;

    ~RemoteListModelBase() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * True while more pages exist and no request is in flight; false after a failed
     * request until a reload() or refresh() succeeds (no retry storm from a scrolling view).
     * A view asks again only when it scrolls or its rows change: a page refused during a
     * refresh is asked for again by the list page when loaded() comes (ResourceListPage).
     */
    bool canFetchMore(const QModelIndex &parent) const override;
    /**
     * Appends the next page when it arrives (at once when it was read ahead) and reads the
     * following ones ahead (kPagesInFlight, where the paging allows it). A page holding only
     * rows already shown (the list shifted) is followed by the next one, so a fetch ends with
     * new rows or at the end of the list.
     */
    void fetchMore(const QModelIndex &parent) override;

    /** The client used for every request; not owned. Setting another one cancels the call in flight. */
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const;

    /**
     * @brief Names the data set (profile, region, project, workspace). A different key
     * resets the model (the only place it resets, with clear()) and cancels the call in
     * flight; the next reload() loads the new set.
     */
    void setScope(const QString &scopeKey);
    QString scope() const { return m_scope; }

    void setPageSize(int items); // clamped to 1..the API's maximum
    int pageSize() const { return m_paging.pageSize; }
    void setRefreshWindow(int rows); // at least one page
    int refreshWindow() const { return m_paging.refreshWindow; }
    RefreshMode refreshMode() const { return m_paging.refresh; }

    /**
     * @brief Re-reads as many rows from the top as are loaded (at least one page; F5): rows
     * that are still there stay (and keep their selection), the others are removed, none
     * below the first page are dropped for being below it. A reload cancels whatever was in flight.
     */
    void reload();
    /**
     * @brief Brings the rows up to date without a reset. Window: re-reads the rows loaded so
     * far (at most refreshWindow() from the top) and applies the difference by id; called
     * while a page is loading, it runs after that page. Tail: reads the rows after the last
     * one, every page to the end; called while that runs, it runs once more afterwards.
     */
    void refresh();
    /** Removes every row (a reset), cancels the call in flight and clears the state. */
    void clear();

    const LoadState &state() const { return m_state; }
    /** Items in the list as the server counts them, -1 before the first answer that says. */
    int totalCount() const { return m_total; }

    /** The row of @p id, or -1. */
    int rowOf(const QString &id) const;
    /** Ids of @p rows, in the given order; rows out of range are skipped. */
    QStringList idsForRows(const QList<int> &rows) const;

    /**
     * @brief Diffs over at least @p rows rows run on @p pool (null: the global pool) and the
     * model applies the finished plan; smaller ones run in place. Tests pass a pool they hold.
     */
    void setOffThreadDiff(int rows, QThreadPool *pool = nullptr);
    /**
     * True while a diff runs off the UI thread, or its plan is being replayed in steps (a big
     * list: a few milliseconds of row operations per event-loop turn, the rows whole after each).
     */
    bool isDiffing() const { return m_diffing; }
    /** The longest a step of a replayed plan keeps the event loop waiting (a big list's refresh). */
    static constexpr int kReplayStepMs = 4;
    /** Another step length (tests: 0 replays one row operation per event-loop turn). */
    void setReplayStepMs(int ms) { m_replayStepMs = ms; }

signals:
    void stateChanged();
    /** Emitted after a reload, a page or a refresh has been applied (also when nothing changed). */
    void loaded();
    /** A request failed (not emitted for a canceled one). The rows stay as they were. */
    void errorOccurred(const ma::api::ApiError &error);

protected:
    /** One decoded page, as rows. */
    struct PageRows
    {
        std::vector<RowPtr> rows;
        std::optional<qint64> total;
        QString continueToken;
    };

    RemoteListModelBase(const Paging &paging, int columnCount, ChangedColumnsFn changed, QObject *parent);

    /** The request for the page @p cursor stands at (offsetValue(), limit(), continueToken()). */
    virtual api::ApiRequest pageRequest(const api::PageCursor &cursor) const = 0;
    /**
     * Sends @p request and answers with pageArrived() or pageFailed() with @p generation and
     * @p seq (the typed part); returns the call.
     */
    virtual api::ApiCall *sendPage(api::ApiRequest request, quint64 generation, quint64 seq) = 0;
    /** Called before a page's rows are applied (a model moves its "now" on there). */
    virtual void aboutToApplyPage() { }

    /** For the typed part: the answer of the request sent with @p generation and @p seq. */
    void pageArrived(quint64 generation, quint64 seq, PageRows page);
    void pageFailed(quint64 generation, quint64 seq, const api::ApiError &error);
    /** False once the answer of @p seq will not be used (canceled, superseded): skip decoding it. */
    bool isWanted(quint64 generation, quint64 seq) const;

    const RemoteRow *rowAt(int row) const;

private:
    enum class Op
    {
        None,
        Reload,
        FetchMore,
        Refresh,
        Tail,
    };

    /** One page request of the read-ahead pipeline, in page order. */
    struct PendingPage
    {
        quint64 seq = 0;
        api::PageCursor cursor;
        QPointer<api::ApiCall> call;
        bool arrived = false;
        bool failed = false;
        PageRows rows;
        api::ApiError error;
    };

    void requestPage(Op op, const api::PageCursor &cursor, int pagesWanted = 1);
    void fillPipeline();
    void deliverFront();
    void dropPipeline();
    void requestTail();
    void onPage(Op op, PageRows page);
    void onPageFailed(const api::ApiError &error);
    void onRefreshPage(PageRows page, bool reachedEnd);
    void onTailPage(PageRows page);
    void finishOp();
    int appendRows(std::vector<RowPtr> rows, bool unique);
    void applyWindow(std::vector<RowPtr> fresh, int window, std::function<void()> then);
    /** Replays @p diff (in steps for a big list), then calls @p then. */
    void applyDiff(ListDiff diff, std::function<void()> then);
    /** Replays what is left of @p diff, all of it unless @p stepped (then for m_replayStepMs, again next turn). */
    void replayInSteps(std::shared_ptr<ListDiff> diff, quint64 generation, bool stepped, std::function<void()> then);
    void releaseLater(ListDiff &diff);
    /** Empties m_rows; while a diff reads them off the UI thread, they are parked with it instead of freed. */
    void dropRows();
    void cancelInFlight();
    bool readsAhead() const { return m_paging.convention != api::PageConvention::ContinueToken; }
    void setLoading(bool loading);
    void resyncCursor();
    void ensureIndex() const;

    Paging m_paging;
    const int m_columnCount;
    const ChangedColumnsFn m_changed;
    QPointer<api::ApiClient> m_client;
    std::deque<PendingPage> m_pipeline; // requests of the current op, front: the next page it takes
    Op m_pipelineOp = Op::None; // the op the pipeline reads for
    bool m_awaitingFront = false; // the op waits for the front page
    int m_pagesWanted = 0; // pages the op may still take, the one awaited included
    quint64 m_seq = 0;
    std::vector<RowPtr> m_rows;
    mutable QHash<QString, int> m_rowOfId;
    mutable bool m_indexDirty = false;
    QString m_scope;

    api::PageCursor m_cursor; // the page after the rows held (fetchMore)
    api::PageCursor m_opCursor; // the page the current reload, refresh or tail read stands at
    LoadState m_state;
    int m_total = -1;
    Op m_op = Op::None;
    quint64 m_generation = 0; // moved on by every request and cancel: older answers are stale
    bool m_refreshQueued = false;
    bool m_everLoaded = false;
    bool m_diffing = false;
    int m_replayStepMs = kReplayStepMs;
    int m_offThreadRows = kDefaultOffThreadDiffRows;
    QPointer<QThreadPool> m_pool;
    struct SnapshotPins;
    std::weak_ptr<SnapshotPins> m_pins; // held by the diffs running off the UI thread
    std::shared_ptr<ListDiff> m_replay; // the plan being replayed in steps, if any

    // refresh in progress
    std::vector<RowPtr> m_fresh;
    int m_refreshRows = 0; // rows from the top the refresh covers
    bool m_refreshHasKey = false;
    qint64 m_refreshBoundary = 0; // order key of the last covered row
    QString m_refreshBoundaryId; // id of the last covered row
    int m_refreshBoundaryAt = -1; // its index in m_fresh once seen
    int m_refreshPages = 0;
    int m_refreshMaxPages = 0;
    int m_reloadRows = 0; // rows the current reload re-reads
};

/** @brief The typed part of a list model: see the top of this file for what Traits give. */
template <typename Traits> class RemoteListModel : public RemoteListModelBase
{
public:
    using Item = typename Traits::Item;
    using Page = typename Traits::Page;
    using Derived = typename Traits::Derived;

    struct Row final : RemoteRow
    {
        Item item;
        Derived derived;
    };

protected:
    RemoteListModel(const Paging &paging, int columnCount, QObject *parent = nullptr)
        : RemoteListModelBase(paging, columnCount, &RemoteListModel::changedColumns, parent)
    {
    }

    const Row *typedRowAt(int row) const { return static_cast<const Row *>(rowAt(row)); }
    const Item *itemAt(int row) const
    {
        const Row *r = typedRowAt(row);
        return r ? &r->item : nullptr;
    }

    static RowPtr makeRow(Item item)
    {
        auto row = std::make_shared<Row>();
        row->id = Traits::id(item);
        if constexpr (requires { Traits::orderKey(item); })
        {
            row->hasOrderKey = true;
            row->orderKey = Traits::orderKey(item);
        }
        row->derived = Traits::derive(item);
        row->item = std::move(item);
        return row;
    }

private:
    /** A page decoded into rows (on any thread), or the error that stopped it. */
    struct Decoded
    {
        PageRows rows;
        api::ApiError error;
    };

    static Decoded decodePage(const api::ApiResult &result)
    {
        Decoded out;
        api::Typed<Page> typed;
        if constexpr (requires { Traits::fromBody(result.body); })
            typed = api::decodeBody<Page>(result, &Traits::fromBody);
        else
            typed = api::decodeBody<Page>(result);
        if (!typed.ok())
        {
            out.error = typed.error;
            return out;
        }
        Page &page = typed.value;
        out.rows.total = Traits::total(page);
        if constexpr (requires { Traits::continueToken(page); })
            out.rows.continueToken = Traits::continueToken(page);
        std::vector<Item> items = Traits::takeItems(page);
        out.rows.rows.reserve(items.size());
        for (Item &item : items)
            out.rows.rows.push_back(makeRow(std::move(item)));
        return out;
    }

    api::ApiCall *sendPage(api::ApiRequest request, quint64 generation, quint64 seq) final
    {
        api::ApiCall *call = client()->send(std::move(request));
        QObject::connect(call, &api::ApiCall::finished, this,
            [this, generation, seq](const api::ApiResult &result)
            {
                if (!isWanted(generation, seq))
                    return; // superseded: not worth decoding
                const auto deliver = [this, generation, seq](Decoded decoded)
                {
                    if (decoded.error.isError())
                        pageFailed(generation, seq, decoded.error);
                    else
                        pageArrived(generation, seq, std::move(decoded.rows));
                };
                if (!result.ok() || result.body.size() < kOffThreadDecodeBytes)
                {
                    deliver(decodePage(result));
                    return;
                }
                // Parsing and building the rows off the UI thread; pages read ahead decode in parallel.
                auto *watcher = new QFutureWatcher<Decoded>(this);
                QObject::connect(watcher, &QFutureWatcherBase::finished, this,
                    [watcher, deliver]
                    {
                        watcher->deleteLater();
                        deliver(watcher->future().takeResult());
                    });
                watcher->setFuture(QtConcurrent::run([result] { return decodePage(result); }));
            });
        return call;
    }

    static ColumnMask changedColumns(const RemoteRow &before, const RemoteRow &after)
    {
        const Item &a = static_cast<const Row &>(before).item;
        const Item &b = static_cast<const Row &>(after).item;
        if constexpr (requires { Traits::changedColumns(a, b); })
            return Traits::changedColumns(a, b);
        else
            return ~ColumnMask(0);
    }
};
} // namespace ma::models
