#include "resourcelistpage.h"

#include "models/connection.h"
#include "models/csvexport.h"
#include "models/remotelistmodel.h"
#include "ui/appsettings.h"
#include "widgets/consoletable.h"
#include "widgets/watchmarker.h"

#include <algorithm>
#include <memory>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringBuilder>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
constexpr int kSearchDebounceMs = 350;
constexpr int kTickMs = 1000;

/** One error for the banner from an operation's outcome: the single failure as it came, or all of them. */
api::ApiError outcomeError(const models::ActionOutcome &outcome)
{
    if (outcome.failures.size() == 1)
        return outcome.failures.front().error;
    api::ApiError error;
    error.kind = api::ApiError::Kind::Http;
    error.message = outcome.message(); // names every target with its code and request id
    return error;
}
} // namespace

ResourceListPage::ResourceListPage(const Texts &texts, QWidget *parent)
    : ConsolePage(parent)
    , m_texts(texts)
    , m_runner(new models::ActionRunner(this))
    , m_searchDebounce(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    buildActions();
    buildLayout();

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &ResourceListPage::onSearchEdited);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ResourceListPage::onSearchEdited);

    connect(m_refreshTimer, &QTimer::timeout, this,
        [this]
        {
            m_sinceRefresh.start();
            if (m_model)
                m_model->refresh();
            refreshSections(false);
        });
    m_tickTimer->setInterval(kTickMs);
    connect(m_tickTimer, &QTimer::timeout, this, &ResourceListPage::tick);
    setAutoRefreshSeconds(AppSettings().autoRefreshSeconds());

    connect(m_runner, &models::ActionRunner::confirmationRequested, this,
        [this](const QString &, const QString &text) { confirm(text) ? m_runner->confirm() : m_runner->reject(); });
    connect(m_runner, &models::ActionRunner::started, this, &ResourceListPage::updateActions);
    connect(m_runner, &models::ActionRunner::finished, this,
        [this](const models::ActionOutcome &outcome)
        {
            if (!outcome.failures.empty())
                emit errorOccurred(outcomeError(outcome));
            else if (outcome.succeeded > 0)
                emit statusMessage(outcome.title % QStringLiteral(": ") % outcome.message(), 5000);
            updateActions();
        });
    connect(m_runner, &models::ActionRunner::refreshRequested, this,
        [this]
        {
            if (m_model)
                m_model->refresh();
            refreshSections(false);
        });
}

ResourceListPage::~ResourceListPage() = default;

void ResourceListPage::buildActions()
{
    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(m_texts.refreshToolTip);
    connect(m_refreshAction, &QAction::triggered, this, &ResourceListPage::reload);

    m_exportAction = new QAction(tr("Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportAction->setToolTip(m_texts.exportToolTip);
    connect(m_exportAction, &QAction::triggered, this, &ResourceListPage::exportCsv);

    if (!m_texts.createText.isEmpty())
    {
        m_createAction = new QAction(m_texts.createText, this);
        m_createAction->setObjectName(QStringLiteral("createAction"));
        m_createAction->setShortcut(QKeySequence::New);
        m_createAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_createAction->setToolTip(m_texts.createToolTip);
        connect(m_createAction, &QAction::triggered, this, &ResourceListPage::createRequested);
        addAction(m_createAction);
    }
    addActions({ m_refreshAction, m_exportAction });
}

void ResourceListPage::buildLayout()
{
    auto *title = new QLabel(m_texts.title, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(m_texts.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    // On a row of its own the search shares the width with the filters.
    m_search->setMinimumWidth(m_texts.filtersOnOwnRow ? 180 : 240);
    m_search->setMaximumWidth(320);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setForegroundRole(QPalette::PlaceholderText);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("listToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    if (m_texts.filtersOnOwnRow)
    {
        m_filterRow = new QHBoxLayout;
        m_filterRow->setSpacing(6);
        m_filterRow->addWidget(m_search);
        m_filterRow->addStretch(1);
    }
    else
    {
        m_toolBar->addWidget(m_search);
        m_filterAnchor = m_toolBar->addSeparator();
    }
    m_toolBar->addAction(m_refreshAction);
    m_rowActionAnchor = m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_stateLabel);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("listView"));
    widgets::applyConsoleTableLook(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->horizontalHeader()->setDefaultSectionSize(80);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ResourceListPage::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, &ResourceListPage::rowActivated);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    if (m_createAction)
    {
        // The console's primary button sits next to the page title.
        auto *createButton = new QToolButton(this);
        createButton->setObjectName(QStringLiteral("createButton"));
        createButton->setDefaultAction(m_createAction);
        createButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        createButton->setProperty("primary", true); // resources/style.qss
        titleRow->addWidget(createButton);
    }
    layout->addLayout(titleRow);
    if (m_filterRow)
        layout->addLayout(m_filterRow);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
}

void ResourceListPage::setPageTabs(QWidget *tabs)
{
    // Under the title row, above the filters and the toolbar.
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, tabs);
}

void ResourceListPage::setModels(models::RemoteListModelBase *model, QSortFilterProxyModel *proxy)
{
    Q_ASSERT(!m_model && model && proxy && proxy->sourceModel() == model);
    m_model = model;
    m_proxy = proxy;
    connect(m_model, &models::RemoteListModelBase::loaded, this, &ResourceListPage::continueExport);
    connect(m_model, &models::RemoteListModelBase::errorOccurred, this, &ResourceListPage::continueExport);
    m_view->setModel(proxy);
    restoreColumns();
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos)
        {
            QMenu *menu = createColumnMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_view->horizontalHeader()->mapToGlobal(pos));
        });

    connect(m_model, &models::RemoteListModelBase::stateChanged, this, &ResourceListPage::onModelStateChanged);
    // updateStateDisplay() also updates the actions.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourceListPage::updateStateDisplay);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourceListPage::updateStateDisplay);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourceListPage::updateStateDisplay);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourceListPage::updateActions);
    // A status change (Running -> Stopped) changes what the row actions may do.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ResourceListPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourceListPage::updateActions);
    // A view asks for more rows only when it scrolls or its rows change: one that reached its
    // end while an auto-refresh ran was refused (one request at a time) and would sit there.
    connect(m_model, &models::RemoteListModelBase::loaded, this,
        [this]
        {
            if (!m_view->isVisible() || !m_proxy->canFetchMore(QModelIndex()))
                return;
            const int last = m_proxy->rowCount() - 1;
            if (last >= 0 && !m_view->viewport()->rect().intersects(m_view->visualRect(m_proxy->index(last, 0))))
                return;
            m_proxy->fetchMore(QModelIndex());
        });
    updateStateDisplay();
}

void ResourceListPage::addSection(QWidget *section)
{
    if (!m_sections)
    {
        m_sections = new QSplitter(Qt::Vertical, this);
        m_sections->setObjectName(QStringLiteral("listSections"));
        m_sections->setChildrenCollapsible(false);
        layout()->replaceWidget(m_stack, m_sections);
        m_sections->addWidget(m_stack);
        m_sections->setStretchFactor(0, 3);
    }
    m_sections->addWidget(section);
    m_sections->setStretchFactor(m_sections->count() - 1, 1);
    // The area's own table keeps most of the height: about a third goes to the sections.
    QList<int> sizes(m_sections->count(), 300 / (m_sections->count() - 1));
    sizes.front() = 600;
    m_sections->setSizes(sizes);
}

void ResourceListPage::addFilterWidget(QWidget *widget)
{
    if (m_filterRow)
        m_filterRow->insertWidget(m_filterRow->count() - 1, widget); // before the stretch
    else
        m_toolBar->insertWidget(m_filterAnchor, widget);
}

void ResourceListPage::addRowActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
    {
        m_rowActions.append(action);
        if (action)
        {
            m_toolBar->insertAction(m_rowActionAnchor, action);
            addAction(action); // shortcuts work anywhere on the page
        }
        else
        {
            m_toolBar->insertSeparator(m_rowActionAnchor);
        }
    }
    updateActions();
}

void ResourceListPage::setConnection(models::Connection *connection)
{
    if (connection && connection == m_connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_runner->cancel();
    m_connection = connection;
    m_errorReported = false;
    m_runner->setClient(connection ? connection->client() : nullptr);
    bindModels(connection);
    bindWatchList();
    if (m_model)
        m_model->setScope(scopeKey());
    if (connection)
    {
        connect(connection, &models::Connection::workspaceChanged, this,
            [this]
            {
                bindModels(m_connection);
                m_model->setScope(scopeKey());
                reload();
            });
        connect(connection, &QObject::destroyed, this, [this] { setConnection(nullptr); });
        reload();
        if (isActive() && m_tickEnabled)
            m_tickTimer->start();
        setAutoRefreshSeconds(autoRefreshSeconds());
    }
    else
    {
        m_refreshTimer->stop();
        m_tickTimer->stop();
    }
    updateStateDisplay();
}

models::Connection *ResourceListPage::connection() const
{
    return m_connection;
}

QString ResourceListPage::scopeKey() const
{
    if (!m_connection)
        return QString();
    return m_connection->profileName() % u'|' % m_connection->region() % u'|' % m_connection->workspaceId();
}

void ResourceListPage::applySettings()
{
    setAutoRefreshSeconds(AppSettings().autoRefreshSeconds());
}

void ResourceListPage::setAutoRefreshSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, AppSettings::kMaxAutoRefreshSeconds);
    m_refreshTimer->setInterval(seconds * 1000);
    m_refreshTimer->setProperty("seconds", seconds);
    if (seconds > 0 && m_connection && isActive())
        m_refreshTimer->start();
    else
        m_refreshTimer->stop();
}

int ResourceListPage::autoRefreshSeconds() const
{
    return m_refreshTimer->property("seconds").toInt();
}

void ResourceListPage::setTickEnabled(bool enabled)
{
    m_tickEnabled = enabled;
    if (enabled && isActive() && m_connection)
        m_tickTimer->start();
    else if (!enabled)
        m_tickTimer->stop();
}

void ResourceListPage::reload()
{
    if (!m_connection || !m_model)
        return;
    m_errorReported = false;
    m_sinceRefresh.start();
    m_model->reload();
    refreshSections(true);
    if (m_refreshTimer->interval() > 0 && isActive())
        m_refreshTimer->start(); // the next auto-refresh counts from this reload
}

void ResourceListPage::activeChanged(bool active)
{
    if (!active)
    {
        m_refreshTimer->stop();
        m_tickTimer->stop();
        return;
    }
    if (!m_connection || !m_model)
        return;
    if (m_tickEnabled)
        m_tickTimer->start();
    const int seconds = autoRefreshSeconds();
    // Rows older than one interval are refreshed at once instead of waiting for the timer.
    if (seconds > 0 && m_sinceRefresh.isValid() && m_sinceRefresh.hasExpired(seconds * 1000LL))
    {
        m_sinceRefresh.start();
        m_model->refresh();
        refreshSections(false);
    }
    setAutoRefreshSeconds(seconds);
}

void ResourceListPage::open(const QVariant &argument)
{
    if (argument.metaType() != QMetaType::fromType<ListFilter>())
        return;
    const auto filter = argument.value<ListFilter>();
    m_search->setText(filter.search);
    onSearchEdited();
    selectStatusFilter(filter.status);
}

void ResourceListPage::onSearchEdited()
{
    m_searchDebounce->stop();
    applySearch(m_search->text().trimmed());
}

QList<int> ResourceListPage::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_proxy)
        return rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void ResourceListPage::updateActions()
{
    m_refreshAction->setEnabled(!m_connection.isNull());
    m_exportAction->setEnabled(m_proxy && m_proxy->rowCount() > 0);
    if (m_createAction)
        m_createAction->setEnabled(!m_connection.isNull());
    updateWatchAction();
    updateRowActions();
}

void ResourceListPage::updateStateDisplay()
{
    if (!m_model)
        return;
    const models::LoadState &state = m_model->state();
    QString text;
    if (!m_connection)
        text = tr("Not connected");
    else if (state.loading)
        text = tr("Loading…");
    else if (state.hasError())
        text = m_texts.stateErrorText;
    else if (m_model->totalCount() >= 0)
        text = countText(m_model->totalCount());
    m_stateLabel->setText(text);

    const bool empty = m_proxy->rowCount() == 0;
    if (empty)
    {
        if (!m_connection)
            m_emptyLabel->setText(tr("Not connected to a backend"));
        else if (state.loading)
            m_emptyLabel->setText(m_texts.loadingText);
        else if (state.hasError())
            m_emptyLabel->setText(m_texts.errorText);
        else if (isFiltered())
            m_emptyLabel->setText(m_texts.noMatchText);
        else
            m_emptyLabel->setText(m_texts.emptyText);
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    updateActions();
}

void ResourceListPage::onModelStateChanged()
{
    const models::LoadState &state = m_model->state();
    if (!state.hasError())
        m_errorReported = false;
    else if (!state.loading && !m_errorReported && state.lastError.kind != api::ApiError::Kind::Canceled)
    {
        // One report per failure episode: an auto-refresh that keeps failing does not
        // bring back a banner the user dismissed; the next success re-arms it.
        m_errorReported = true;
        emit errorOccurred(state.lastError);
    }
    updateStateDisplay();
}

void ResourceListPage::showContextMenu(const QPoint &pos)
{
    const std::unique_ptr<QMenu> menu(createRowMenu(this));
    menu->exec(m_view->viewport()->mapToGlobal(pos));
}

QMenu *ResourceListPage::createRowMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    for (QAction *action : std::as_const(m_rowActions))
    {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    if (!m_rowActions.isEmpty())
        menu->addSeparator();
    if (m_watchAction)
    {
        menu->addAction(m_watchAction);
        menu->addSeparator();
    }
    addApiCallMenus(menu);
    menu->addAction(m_refreshAction);
    menu->addAction(m_exportAction);
    return menu;
}

void ResourceListPage::addApiCallMenus(QMenu *menu)
{
    if (selectedSourceRows().size() != 1)
        return;
    const auto note = [this](const QString &text)
    {
        emit statusMessage(text, 5000);
    };
    if (m_rowRequest)
        menu->addMenu(createApiCallMenu(
            menu, [this] { return selectedRowCall(); }, note));
    for (const RowActionRequest &entry : std::as_const(m_rowActionRequests))
    {
        QAction *action = entry.action;
        if (!action)
            continue;
        QMenu *sub = createApiCallMenu(
            menu, [this, action] { return selectedRowActionCall(action); }, note);
        sub->setTitle(tr("Copy “%1” as API Call").arg(action->text().remove(u'&')));
        sub->setObjectName(u"apiCallMenu_" + action->objectName());
        menu->addMenu(sub);
    }
    if (m_rowRequest || !m_rowActionRequests.isEmpty())
        menu->addSeparator();
}

void ResourceListPage::addRowActionRequest(QAction *action, std::function<api::ApiRequest(const QString &id)> request)
{
    m_rowActionRequests.append({ action, std::move(request) });
}

QString ResourceListPage::selectedId() const
{
    const QList<int> rows = selectedSourceRows();
    if (!m_model || rows.size() != 1)
        return QString();
    const QStringList ids = m_model->idsForRows(rows);
    return ids.isEmpty() ? QString() : ids.front();
}

std::optional<ApiCallSource> ResourceListPage::selectedRowCall() const
{
    const QString id = selectedId();
    if (!m_rowRequest || !m_connection || id.isEmpty())
        return std::nullopt;
    return ApiCallSource { m_connection, m_rowRequest(id), QString() };
}

std::optional<ApiCallSource> ResourceListPage::selectedRowActionCall(const QAction *action) const
{
    const QString id = selectedId();
    if (!m_connection || id.isEmpty())
        return std::nullopt;
    for (const RowActionRequest &entry : m_rowActionRequests)
    {
        if (entry.action == action)
            return ApiCallSource { m_connection, entry.request(id), QString() };
    }
    return std::nullopt;
}

void ResourceListPage::activateSourceRow(int sourceRow)
{
    if (!m_model || !m_proxy || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
    {
        // Hidden by the status filter (the search has already narrowed the loaded rows): show all statuses.
        selectStatusFilter(QString());
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    rowActivated(index);
}

bool ResourceListPage::runAction(const models::Action &action)
{
    if (!m_connection || action.calls.empty())
        return false;
    return m_runner->request(action);
}

QString ResourceListPage::columnSettingsKey() const
{
    QString name = m_texts.exportFileName;
    name.remove(QRegularExpression(QStringLiteral("\\.csv$")));
    return QStringLiteral("listColumns/") + name;
}

void ResourceListPage::restoreColumns()
{
    const QSettings settings;
    const QString key = columnSettingsKey();
    QList<int> hidden = m_hiddenByDefault;
    // Nothing saved, or saved for another set of columns (an update added one): the defaults.
    if (settings.value(key + QStringLiteral("/count")).toInt() == m_model->columnCount())
    {
        hidden.clear();
        for (const QString &column : settings.value(key + QStringLiteral("/hidden")).toStringList())
            hidden << column.toInt();
    }
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, hidden.contains(c));
}

void ResourceListPage::setColumnsHiddenByDefault(const QList<int> &columns)
{
    m_hiddenByDefault = columns;
    if (m_model)
        restoreColumns();
}

void ResourceListPage::setColumnShown(int column, bool shown)
{
    if (!m_model || column <= 0 || column >= m_model->columnCount())
        return;
    m_view->setColumnHidden(column, !shown);
    QStringList hidden;
    for (int c = 1; c < m_model->columnCount(); ++c)
    {
        if (m_view->isColumnHidden(c))
            hidden << QString::number(c);
    }
    QSettings settings;
    settings.setValue(columnSettingsKey() + QStringLiteral("/count"), m_model->columnCount());
    settings.setValue(columnSettingsKey() + QStringLiteral("/hidden"), hidden);
}

bool ResourceListPage::isColumnShown(int column) const
{
    return m_model && column >= 0 && column < m_model->columnCount() && !m_view->isColumnHidden(column);
}

QMenu *ResourceListPage::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    if (!m_model)
        return menu;
    for (int c = 0; c < m_model->columnCount(); ++c)
    {
        QAction *action = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(isColumnShown(c));
        action->setEnabled(c > 0); // the name opens the resource: it stays
        connect(action, &QAction::toggled, this, [this, c](bool shown) { setColumnShown(c, shown); });
    }
    return menu;
}

bool ResourceListPage::exportCsvTo(const QString &path)
{
    if (!m_proxy)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QList<int> columns;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        if (!m_unexportedColumns.contains(column))
            columns << column;
    const QByteArray csv = models::exportCsv(*m_proxy, columns);
    if (file.write(csv) != csv.size())
    {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

void ResourceListPage::setColumnExported(int column, bool exported)
{
    m_unexportedColumns.removeAll(column);
    if (!exported)
        m_unexportedColumns << column;
}

void ResourceListPage::exportAllCsvTo(const QString &path)
{
    m_exportPath = path;
    continueExport();
}

void ResourceListPage::continueExport()
{
    if (m_exportPath.isEmpty())
        return;
    if (m_model && !m_model->state().hasError())
    {
        if (m_model->canFetchMore(QModelIndex()))
        {
            m_model->fetchMore(QModelIndex()); // loaded() comes back here
            return;
        }
        if (m_model->state().loading)
            return; // a page is on its way; loaded() comes back here
    }
    const QString path = std::exchange(m_exportPath, QString());
    const bool ok = m_model && !m_model->state().hasError() && exportCsvTo(path);
    if (!ok && std::exchange(m_exportAsked, false))
        QMessageBox::warning(this, m_texts.exportTitle,
            m_model && m_model->state().hasError()
                ? tr("Could not load all the rows to export: %1").arg(m_model->state().lastError.message)
                : tr("Could not write “%1”. Check that the folder exists and is writable.")
                      .arg(QDir::toNativeSeparators(path)));
    m_exportAsked = false;
    emit csvExported(path, ok);
}

void ResourceListPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, m_texts.exportTitle, QDir(dir).filePath(m_texts.exportFileName), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exportAsked = true;
    exportAllCsvTo(path);
}

// ---------------------------------------------------------------------------------------
// Watch (issue 15: desktop notifications of watched items)

void ResourceListPage::setWatchKind(models::WatchKind kind)
{
    Q_ASSERT(!m_watchAction && m_model);
    m_watchKind = kind;
    m_watchAction = new QAction(widgets::bellIcon(), tr("Watch"), this);
    m_watchAction->setObjectName(QStringLiteral("watchAction"));
    m_watchAction->setCheckable(true);
    m_watchAction->setToolTip(
        tr("Get a desktop notification when the selected items finish, fail or stop (Settings > Notifications)"));
    // Qt has checked or unchecked it before triggered(): all watched -> unchecked -> unwatch them.
    connect(m_watchAction, &QAction::triggered, this, &ResourceListPage::toggleWatchOfSelection);
    m_toolBar->insertAction(m_rowActionAnchor, m_watchAction);
    addAction(m_watchAction);
    m_view->setItemDelegateForColumn(0,
        new widgets::WatchMarkerDelegate(
            [this](const QModelIndex &index) { return isRowWatched(m_proxy->mapToSource(index).row()); }, m_view));
    bindWatchList();
    updateActions();
}

void ResourceListPage::bindWatchList()
{
    if (!m_watchKind)
        return;
    models::WatchList *list = models::WatchList::of(m_connection);
    if (list == m_watchList)
        return;
    if (m_watchList)
        disconnect(m_watchList, nullptr, this, nullptr);
    m_watchList = list;
    if (list)
    {
        connect(list, &models::WatchList::watchChanged, this,
            [this]
            {
                m_view->viewport()->update();
                updateWatchAction();
            });
    }
    m_view->viewport()->update();
}

bool ResourceListPage::isRowWatched(int sourceRow) const
{
    if (!m_watchKind || !m_watchList || m_watchList->isEmpty() || !m_model || sourceRow < 0)
        return false;
    const QStringList ids = m_model->idsForRows({ sourceRow });
    return !ids.isEmpty() && m_watchList->isWatched(*m_watchKind, ids.front());
}

void ResourceListPage::updateWatchAction()
{
    if (!m_watchAction)
        return;
    const QList<int> rows = selectedSourceRows();
    bool all = !rows.isEmpty();
    for (int row : rows)
        all = all && isRowWatched(row);
    m_watchAction->setEnabled(m_watchList && !rows.isEmpty());
    m_watchAction->setChecked(all);
}

void ResourceListPage::toggleWatchOfSelection(bool watch)
{
    if (!m_watchKind || !m_watchList || !m_model)
        return;
    const QList<int> rows = selectedSourceRows();
    int changed = 0;
    for (int row : rows)
    {
        const QStringList ids = m_model->idsForRows({ row });
        if (ids.isEmpty() || ids.front().isEmpty() || isRowWatched(row) == watch)
            continue;
        m_watchList->setWatched(*m_watchKind, ids.front(), m_model->index(row, 0).data().toString(), watch);
        ++changed;
    }
    updateWatchAction();
    if (changed == 0)
        return;
    QString note = watch
        ? tr("Watching %n item(s): a desktop notification comes when they finish, fail or stop.", nullptr, changed)
        : tr("No longer watching %n item(s).", nullptr, changed);
    if (watch && !AppSettings().notificationsEnabled())
        note += u' ' + tr("Notifications are off in Settings.");
    emit statusMessage(note, 8000);
}
} // namespace ma::ui
