#pragma once

// The shell every console list is built on (Training Jobs, Dedicated Resource Pools,
// Notebooks...): a title with the area's primary button, a toolbar (search, the area's
// filters and actions, CSV export, the row count), the table or an empty-state message, and
// auto-refresh that runs only while the page is on screen and catches up when it comes back.
//
// An area gives its models (a RemoteListModelBase and the proxy the view shows), its actions
// and filters, and its texts; the shell keeps selection, load state, error reporting (once
// per failure episode), operations through an ActionRunner and the export.

#include "models/actionrunner.h"
#include "models/watchlist.h"
#include "ui/apicallmenu.h"
#include "ui/consolepage.h"

#include <QElapsedTimer>
#include <QPointer>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace ma::models
{
class Connection;
class RemoteListModelBase;
} // namespace ma::models

namespace ma::ui
{
/**
 * @brief The argument that opens a list searched and filtered (the Overview's links): the
 * search text, and a status word for the area's status filter (empty: all statuses).
 */
struct ListFilter
{
    QString search;
    QString status;
};

class ResourceListPage : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceListPage)

public:
    ~ResourceListPage() override;

    void setConnection(models::Connection *connection) override;
    models::Connection *connection() const;
    /** A ListFilter argument replaces the search text and the status filter. */
    void open(const QVariant &argument) override;
    void applySettings() override;

    QTableView *view() const { return m_view; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *createAction() const { return m_createAction; }
    /** Watch (desktop notifications of the selected rows, issue 15); nullptr when the area has none. */
    QAction *watchAction() const { return m_watchAction; }
    /** The kind of resource the rows are (given by setWatchKind()); nullopt when the area has none. */
    std::optional<models::WatchKind> watchKind() const { return m_watchKind; }
    /** True when the resource of source-model row @p sourceRow is watched (its name shows the bell). */
    bool isRowWatched(int sourceRow) const;

    /** Seconds between auto-refreshes; 0 turns auto-refresh off. Starts with AppSettings' value. */
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const;

    /** Writes the rows shown (filtered and sorted as displayed) as CSV to @p path. */
    bool exportCsvTo(const QString &path);
    /**
     * @brief Loads every page still on the server (all rows the search and filters match),
     * then exportCsvTo(@p path); csvExported() tells how it ended.
     */
    void exportAllCsvTo(const QString &path);
    /** Source-model rows of the selection, in view order. */
    QList<int> selectedSourceRows() const;
    /** The action runner of the page's operations (tests watch its results). */
    models::ActionRunner *actionRunner() const { return m_runner; }
    /** The request that reads the single selected row's resource (Copy as API Call); nullopt otherwise. */
    std::optional<ApiCallSource> selectedRowCall() const;
    /**
     * The request row action @p action (given to addRowActionRequest()) sends for the single
     * selected row (Copy as API Call); nullopt otherwise.
     */
    std::optional<ApiCallSource> selectedRowActionCall(const QAction *action) const;
    /** The row menu a right click opens for the selection now (the caller owns it). */
    QMenu *createRowMenu(QWidget *parent);
    /**
     * @brief Shows or hides a column of the table (the header's right-click menu does it too);
     * the choice is remembered per list. The first column (the name) always stays.
     */
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    /** The header's menu of columns to show (the caller owns it). */
    QMenu *createColumnMenu(QWidget *parent);
    /** The list model, for the command palette's search of loaded resources. */
    models::RemoteListModelBase *listModel() const { return m_model; }
    /** Opens the resource of source-model row @p sourceRow as a double click would. */
    void activateSourceRow(int sourceRow);

public slots:
    /** Loads the first page again (keeps rows that are still there). */
    void reload();
    /** Asks for a file name, then exportAllCsvTo(). */
    void exportCsv();

signals:
    /** exportAllCsvTo() has written @p path (@p ok), or could not load the rows or write. */
    void csvExported(const QString &path, bool ok);

signals:
    /** The primary button (Create ...) was pressed. */
    void createRequested();

protected:
    /** The words an area fills the shell with. */
    struct Texts
    {
        QString title; // "Training Jobs"
        QString searchPlaceholder; // "Search by name"
        QString createText; // "Create Training Job"; empty: no primary button
        QString createToolTip;
        QString refreshToolTip;
        QString exportTitle; // file dialog title, "Export Training Jobs"
        QString exportFileName; // "training-jobs.csv"
        QString exportToolTip;
        QString loadingText; // empty state while loading: "Loading training jobs…"
        QString errorText; // "The training jobs could not be loaded. Refresh to try again."
        QString stateErrorText; // toolbar: "Could not load the jobs"
        QString emptyText; // "No training jobs yet"
        QString noMatchText; // "No training jobs match the search or the status filter"
        // The one layout choice: an area with many filters puts the search and its filters on
        // a row of their own above the actions, so that neither is pushed into the overflow.
        bool filtersOnOwnRow = false;
    };

    ResourceListPage(const Texts &texts, QWidget *parent = nullptr);

    /**
     * @brief The models the page shows: the view shows @p proxy, whose source is @p model.
     * Called once from the area's constructor, before its filters and actions.
     */
    void setModels(models::RemoteListModelBase *model, QSortFilterProxyModel *proxy);

    /** How to read one resource by id (the area's show request): enables Copy as API Call on rows. */
    void setRowRequest(std::function<api::ApiRequest(const QString &id)> request) { m_rowRequest = std::move(request); }
    /**
     * @brief Also offers the request of row action @p action (Start, Stop...) for the selected
     * row in the row menu, as "Copy “Start” as API Call"; @p request builds it from the row's id.
     */
    void addRowActionRequest(QAction *action, std::function<api::ApiRequest(const QString &id)> request);

    /**
     * @brief Offers Watch for the rows (toolbar and row menu): the selected rows become
     * watched items of @p kind (ids from the list model, names from the first column), and
     * watched rows show a bell before their name. Called once from the area's constructor.
     */
    void setWatchKind(models::WatchKind kind);

    /**
     * Hides @p columns until the user chooses otherwise in the header's column menu (a column the
     * console keeps out of the way, so that the Operation column fits the window). Call after
     * setModels().
     */
    void setColumnsHiddenByDefault(const QList<int> &columns);

    /** Leaves @p column out of the CSV export (a column of operation links has nothing to export). */
    void setColumnExported(int column, bool exported);

    /**
     * @brief Puts @p section (another list of the area, e.g. the legacy v1 training jobs)
     * below the table; the two share the height through a splitter. Hidden sections take none.
     */
    void addSection(QWidget *section);
    /**
     * @brief The rows are being reloaded (@p reload: F5, a search, a new connection) or
     * refreshed (auto-refresh, after an operation): an area with sections brings them up to date.
     */
    virtual void refreshSections(bool reload) { Q_UNUSED(reload); }

    /** Puts @p tabs (the area's pages as tabs, e.g. Standard Resource Pool | Network) under the title. */
    void setPageTabs(QWidget *tabs);

    /** Adds a filter widget after the search field. */
    void addFilterWidget(QWidget *widget);
    /** Adds the area's operations to the toolbar and the context menu, in order (nullptr: a separator). */
    void addRowActions(const QList<QAction *> &actions);

    /** Binds the models to @p connection (client, scope, workspace); nullptr clears them. */
    virtual void bindModels(models::Connection *connection) = 0;
    /** The search text changed (debounced or Enter): filter and reload as the area does. */
    virtual void applySearch(const QString &text) = 0;
    /** True while a search or a filter narrows the list (chooses the empty-state text). */
    virtual bool isFiltered() const = 0;
    /** "7 jobs" for the toolbar. */
    virtual QString countText(int total) const = 0;
    /** Enables the area's actions for the selection (the shell does refresh, export and create). */
    virtual void updateRowActions() { }
    /** A row was activated (double click or Enter): @p index is in the view's model. */
    virtual void rowActivated(const QModelIndex &index) { Q_UNUSED(index); }
    /** Selects @p status in the area's status filter (empty: all); lists without one ignore it. */
    virtual void selectStatusFilter(const QString &status) { Q_UNUSED(status); }
    /** The one-second tick while shown (live durations, countdowns); off when not needed. */
    virtual void tick() { }
    /** Turns the one-second tick on (off by default). */
    void setTickEnabled(bool enabled);

    /** Runs @p action through the page's ActionRunner: asks, sends, reports, refreshes. */
    bool runAction(const models::Action &action);
    /** True while an operation's calls are in flight (row actions stay disabled). */
    bool isBusy() const { return m_runner->isBusy(); }

    /** Recomputes every action's enabled state. */
    void updateActions();

    void activeChanged(bool active) override;

    QLineEdit *searchField() const { return m_search; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void buildActions();
    void buildLayout();
    void updateStateDisplay();
    void onModelStateChanged();
    void showContextMenu(const QPoint &pos);
    void addApiCallMenus(QMenu *menu);
    QString selectedId() const;
    void onSearchEdited();
    QString scopeKey() const;
    void bindWatchList();
    void updateWatchAction();
    void toggleWatchOfSelection(bool watch);
    /** QSettings key of the hidden columns: the list's export file name without ".csv". */
    QString columnSettingsKey() const;
    void restoreColumns();
    /** The next step of exportAllCsvTo(): fetch another page, or write. */
    void continueExport();

    const Texts m_texts;
    QPointer<models::Connection> m_connection;
    models::RemoteListModelBase *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    models::ActionRunner *m_runner;

    QToolBar *m_toolBar = nullptr;
    QAction *m_filterAnchor = nullptr; // filters go before it (in the toolbar)
    QHBoxLayout *m_filterRow = nullptr; // or here, when Texts::filtersOnOwnRow
    QAction *m_rowActionAnchor = nullptr; // row actions go before it
    QLineEdit *m_search = nullptr;
    QLabel *m_stateLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_sections = nullptr; // the table and addSection()'s widgets, once there is one
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<QAction *> m_rowActions;
    QList<int> m_unexportedColumns;
    std::function<api::ApiRequest(const QString &id)> m_rowRequest;
    struct RowActionRequest
    {
        QPointer<QAction> action;
        std::function<api::ApiRequest(const QString &id)> request;
    };
    QList<RowActionRequest> m_rowActionRequests;

    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_watchAction = nullptr;
    std::optional<models::WatchKind> m_watchKind;
    QPointer<models::WatchList> m_watchList;

    QTimer *m_searchDebounce;
    QTimer *m_refreshTimer;
    QTimer *m_tickTimer;
    bool m_tickEnabled = false;
    QElapsedTimer m_sinceRefresh; // when the rows were last read, to catch up on showing
    bool m_errorReported = false;
    QString m_exportPath; // exportAllCsvTo() waits for the rest of the pages
    bool m_exportAsked = false; // the export came from the file dialog: a failure is said
    QList<int> m_hiddenByDefault; // setColumnsHiddenByDefault()
};
} // namespace ma::ui

Q_DECLARE_METATYPE(ma::ui::ListFilter)
