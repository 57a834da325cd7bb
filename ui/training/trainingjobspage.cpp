#include "trainingjobspage.h"

#include "api/trainingrequests.h"
#include "models/connection.h"
#include "models/csvexport.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "ui/appsettings.h"
#include "ui/confirmation.h"
#include "ui/training/prioritydialog.h"
#include "ui/training/trainingpageids.h"
#include "widgets/statusbadgedelegate.h"
#include "widgets/statuspalette.h"

#include <algorithm>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using Model = models::TrainingJobListModel;

constexpr int kSearchDebounceMs = 350;
constexpr int kTickMs = 1000;
// Names listed in a confirmation before it switches to a count.

// Wire names of the v2 phases offered by the status filter, in lifecycle order.
const QStringList &filterPhases()
{
    static const QStringList phases = {
        QStringLiteral("Creating"),
        QStringLiteral("Pending"),
        QStringLiteral("Running"),
        QStringLiteral("Completed"),
        QStringLiteral("Failed"),
        QStringLiteral("Terminating"),
        QStringLiteral("Terminated"),
        QStringLiteral("Abnormal"),
    };
    return phases;
}
} // namespace

TrainingJobsPage::TrainingJobsPage(QWidget *parent)
    : ConsolePage(parent)
    , m_model(new models::TrainingJobListModel(this))
    , m_filter(new models::TrainingJobFilterModel(this))
    , m_searchDebounce(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    buildActions();
    buildLayout();

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &TrainingJobsPage::applyNameFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TrainingJobsPage::applyNameFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TrainingJobsPage::applyStatusFilter);

    connect(m_refreshTimer, &QTimer::timeout, this,
        [this]
        {
            m_sinceRefresh.start();
            m_model->refresh();
        });
    m_tickTimer->setInterval(kTickMs);
    connect(m_tickTimer, &QTimer::timeout, m_model, &Model::tick);
    setAutoRefreshSeconds(AppSettings().autoRefreshSeconds());

    connect(
        this, &TrainingJobsPage::createRequested, this, [this] { emit navigationRequested(kCreateTrainingJobPageId); });
    connect(this, &TrainingJobsPage::rebuildRequested, this,
        [this](const api::TrainingJob &job)
        { emit navigationRequested(kCreateTrainingJobPageId, QVariant::fromValue(job)); });
    connect(this, &TrainingJobsPage::openRequested, this,
        [this](const QString &jobId)
        {
            if (!jobId.isEmpty())
                emit navigationRequested(kTrainingJobDetailsPageId, jobId);
        });

    connect(m_model, &Model::stateChanged, this, &TrainingJobsPage::onModelStateChanged);
    connect(m_model, &Model::loaded, this,
        [this]
        {
            if (m_connection)
                m_connection->reportResult(api::ApiResult());
        });
    // updateStateDisplay() also updates the actions.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrainingJobsPage::updateStateDisplay);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrainingJobsPage::updateStateDisplay);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrainingJobsPage::updateStateDisplay);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TrainingJobsPage::updateActions);
    // A status change (Running -> Terminated) changes what Stop and Delete may do.
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &TrainingJobsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrainingJobsPage::updateActions);

    updateActions();
    updateStateDisplay();
}

TrainingJobsPage::~TrainingJobsPage() = default;

void TrainingJobsPage::buildActions()
{
    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Reload the list of training jobs"));
    connect(m_refreshAction, &QAction::triggered, this, &TrainingJobsPage::reload);

    m_stopAction = new QAction(tr("Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stopAction->setToolTip(tr("Stop the selected training jobs"));
    connect(m_stopAction, &QAction::triggered, this, &TrainingJobsPage::stopSelected);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected training jobs"));
    connect(m_deleteAction, &QAction::triggered, this, &TrainingJobsPage::deleteSelected);

    m_exportAction = new QAction(tr("Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportAction->setToolTip(tr("Save the jobs shown as a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &TrainingJobsPage::exportCsv);

    m_createAction = new QAction(tr("Create Training Job"), this);
    m_createAction->setObjectName(QStringLiteral("createAction"));
    m_createAction->setShortcut(QKeySequence::New);
    m_createAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_createAction->setToolTip(tr("Open the form for a new training job"));
    connect(m_createAction, &QAction::triggered, this, &TrainingJobsPage::createRequested);

    m_rebuildAction = new QAction(tr("Rebuild"), this);
    m_rebuildAction->setObjectName(QStringLiteral("rebuildAction"));
    m_rebuildAction->setToolTip(tr("Open the creation form filled in with the settings of the selected job"));
    connect(m_rebuildAction, &QAction::triggered, this, &TrainingJobsPage::rebuildSelected);

    m_priorityAction = new QAction(tr("Priority…"), this);
    m_priorityAction->setObjectName(QStringLiteral("priorityAction"));
    m_priorityAction->setToolTip(tr("Change the priority of a job waiting in a dedicated resource pool"));
    connect(m_priorityAction, &QAction::triggered, this, &TrainingJobsPage::changePriorityOfSelected);

    addActions({ m_refreshAction, m_stopAction, m_deleteAction, m_exportAction, m_createAction, m_rebuildAction,
        m_priorityAction });
}

void TrainingJobsPage::buildLayout()
{
    auto *title = new QLabel(tr("Training Jobs"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setMaximumWidth(320);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only jobs in this status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &phase : filterPhases())
        m_status->addItem(widgets::statusText(phase), phase);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setForegroundRole(QPalette::PlaceholderText);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("jobsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addWidget(m_search);
    auto *gap = new QWidget(m_toolBar);
    gap->setFixedWidth(6);
    m_toolBar->addWidget(gap);
    m_toolBar->addWidget(m_status);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_stopAction);
    m_toolBar->addAction(m_rebuildAction);
    m_toolBar->addAction(m_priorityAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_stateLabel);

    // The console's primary button sits next to the page title.
    auto *createButton = new QToolButton(this);
    createButton->setObjectName(QStringLiteral("createButton"));
    createButton->setDefaultAction(m_createAction);
    createButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createButton->setProperty("primary", true); // resources/style.qss

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_filter);
    // The model's DisplayRole already reads "Pending (Queuing)": no secondary role, or it would repeat.
    m_view->setItemDelegateForColumn(Model::Status, new widgets::StatusBadgeDelegate(Model::PhaseRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Description takes what is left; a small default keeps it on screen at 1280 px.
    m_view->horizontalHeader()->setDefaultSectionSize(80);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Model::Created, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TrainingJobsPage::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index)
        {
            // As in the console, activating the Priority cell of a waiting job opens the priority dialog.
            if (index.column() == Model::Priority && index.data(Model::CanChangePriorityRole).toBool())
                changePriorityOfSelected();
            else
                emit openRequested(index.data(Model::JobIdRole).toString());
        });

    const struct
    {
        int column;
        int width;
    } widths[] = {
        { Model::Name, 180 },
        { Model::Status, 164 }, // "Pending (Queuing)" fits
        { Model::Flavor, 136 },
        { Model::Pool, 120 },
        { Model::Nodes, 52 },
        { Model::Duration, 90 },
        { Model::Created, 145 },
        { Model::Priority, 64 },
    };
    for (const auto &w : widths)
        m_view->setColumnWidth(w.column, w.width);

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
    titleRow->addWidget(createButton);
    layout->addLayout(titleRow);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
}

void TrainingJobsPage::setConnection(models::Connection *connection)
{
    if (connection && connection == m_connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_pendingActions = 0;
    m_errorReported = false;

    m_model->setClient(connection ? connection->client() : nullptr);
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
    m_model->setScope(scopeKey());
    if (connection)
    {
        connect(connection, &models::Connection::workspaceChanged, this,
            [this](const QString &workspaceId)
            {
                m_model->setWorkspaceId(workspaceId);
                m_model->setScope(scopeKey());
                reload();
            });
        connect(connection, &QObject::destroyed, this, [this] { setConnection(nullptr); });
        reload();
        if (isActive())
            m_tickTimer->start();
        setAutoRefreshSeconds(autoRefreshSeconds());
    }
    else
    {
        m_refreshTimer->stop();
        m_tickTimer->stop();
    }
    updateActions();
    updateStateDisplay();
}

models::Connection *TrainingJobsPage::connection() const
{
    return m_connection;
}

QString TrainingJobsPage::scopeKey() const
{
    if (!m_connection)
        return QString();
    return m_connection->profileName() % u'|' % m_connection->region() % u'|' % m_connection->workspaceId();
}

void TrainingJobsPage::setAutoRefreshSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, AppSettings::kMaxAutoRefreshSeconds);
    m_refreshTimer->setInterval(seconds * 1000);
    m_refreshTimer->setProperty("seconds", seconds);
    if (seconds > 0 && m_connection && isActive())
        m_refreshTimer->start();
    else
        m_refreshTimer->stop();
}

int TrainingJobsPage::autoRefreshSeconds() const
{
    return m_refreshTimer->property("seconds").toInt();
}

void TrainingJobsPage::reload()
{
    if (!m_connection)
        return;
    m_errorReported = false;
    m_sinceRefresh.start();
    m_model->reload();
    if (m_refreshTimer->interval() > 0 && isActive())
        m_refreshTimer->start(); // the next auto-refresh counts from this reload
}

void TrainingJobsPage::open(const QVariant &argument)
{
    if (argument.toString() == kReloadArgument)
        reload();
}

void TrainingJobsPage::applySettings()
{
    setAutoRefreshSeconds(AppSettings().autoRefreshSeconds());
}

void TrainingJobsPage::activeChanged(bool active)
{
    if (!active)
    {
        m_refreshTimer->stop();
        m_tickTimer->stop();
        return;
    }
    if (!m_connection)
        return;
    m_tickTimer->start();
    const int seconds = autoRefreshSeconds();
    // Rows older than one interval are refreshed at once instead of waiting for the timer.
    if (seconds > 0 && m_sinceRefresh.isValid() && m_sinceRefresh.hasExpired(seconds * 1000LL))
    {
        m_sinceRefresh.start();
        m_model->refresh();
    }
    setAutoRefreshSeconds(seconds);
}

void TrainingJobsPage::applyNameFilter()
{
    m_searchDebounce->stop();
    const QString text = m_search->text().trimmed();
    if (text == m_model->nameFilter())
        return;
    m_model->setNameFilter(text);
    reload();
}

void TrainingJobsPage::applyStatusFilter()
{
    const QString phase = m_status->currentData().toString();
    // The proxy hides other rows at once; the server-side filter then pages through the
    // matching jobs only.
    m_filter->setPhases(phase.isEmpty() ? QSet<QString>() : QSet<QString> { phase });
    m_model->setPhaseFilter(phase.isEmpty() ? QStringList() : QStringList { phase });
    reload();
    updateStateDisplay();
}

QList<int> TrainingJobsPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    return rows;
}

QStringList TrainingJobsPage::selectedJobIds() const
{
    return m_model->idsForRows(selectedSourceRows());
}

void TrainingJobsPage::updateActions()
{
    bool canStop = false;
    bool canDelete = false;
    for (const int row : selectedSourceRows())
    {
        canStop = canStop || m_model->index(row, 0).data(Model::CanStopRole).toBool();
        canDelete = canDelete || m_model->index(row, 0).data(Model::CanDeleteRole).toBool();
    }
    const QList<int> rows = selectedSourceRows();
    const bool single = rows.size() == 1;
    const bool connected = m_connection && m_pendingActions == 0;
    m_stopAction->setEnabled(connected && canStop);
    m_deleteAction->setEnabled(connected && canDelete);
    m_createAction->setEnabled(!m_connection.isNull());
    m_rebuildAction->setEnabled(connected && single);
    m_priorityAction->setEnabled(
        connected && single && m_model->index(rows.front(), 0).data(Model::CanChangePriorityRole).toBool());
    m_refreshAction->setEnabled(!m_connection.isNull());
    m_exportAction->setEnabled(m_filter->rowCount() > 0);
}

void TrainingJobsPage::updateStateDisplay()
{
    const models::LoadState &state = m_model->state();
    const bool filtered = !m_model->nameFilter().isEmpty() || !m_model->phaseFilter().isEmpty();
    QString text;
    if (!m_connection)
        text = tr("Not connected");
    else if (state.loading)
        text = tr("Loading…");
    else if (state.hasError())
        text = tr("Could not load the jobs");
    else if (m_model->totalCount() >= 0)
        // No "%n job(s)": without an English .ts the "(s)" would show; en and zh_CN need two forms at most.
        text = m_model->totalCount() == 1 ? tr("1 job") : tr("%1 jobs").arg(m_model->totalCount());
    m_stateLabel->setText(text);

    const bool empty = m_filter->rowCount() == 0;
    if (empty)
    {
        if (!m_connection)
            m_emptyLabel->setText(tr("Not connected to a backend"));
        else if (state.loading)
            m_emptyLabel->setText(tr("Loading training jobs…"));
        else if (state.hasError())
            m_emptyLabel->setText(tr("The training jobs could not be loaded. Refresh to try again."));
        else if (filtered)
            m_emptyLabel->setText(tr("No training jobs match the search or the status filter"));
        else
            m_emptyLabel->setText(tr("No training jobs yet"));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    updateActions();
}

void TrainingJobsPage::onModelStateChanged()
{
    const models::LoadState &state = m_model->state();
    if (!state.hasError())
        m_errorReported = false;
    else if (!state.loading && !m_errorReported && state.lastError.kind != api::ApiError::Kind::Canceled)
    {
        // One report per failure episode: an auto-refresh that keeps failing does not
        // bring back a banner the user dismissed; the next success re-arms it.
        m_errorReported = true;
        if (m_connection)
        {
            api::ApiResult result;
            result.error = state.lastError;
            result.httpStatus = state.lastError.httpStatus;
            m_connection->reportResult(result);
        }
        emit errorOccurred(state.lastError);
    }
    updateStateDisplay();
}

void TrainingJobsPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_stopAction);
    menu.addAction(m_rebuildAction);
    menu.addAction(m_priorityAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.addAction(m_exportAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TrainingJobsPage::stopSelected()
{
    runAction(Action::Stop);
}

void TrainingJobsPage::deleteSelected()
{
    runAction(Action::Delete);
}

void TrainingJobsPage::rebuildSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1)
        return;
    if (const api::TrainingJob *job = m_model->jobAt(rows.front()))
        emit rebuildRequested(*job);
}

void TrainingJobsPage::setPriorityAsker(PriorityAsker asker)
{
    m_askPriority = std::move(asker);
}

void TrainingJobsPage::changePriorityOfSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (!m_connection || m_pendingActions > 0 || rows.size() != 1)
        return;
    const QModelIndex index = m_model->index(rows.front(), Model::Name);
    if (!index.data(Model::CanChangePriorityRole).toBool())
        return;
    const api::TrainingJob *job = m_model->jobAt(rows.front());
    if (!job)
        return;
    int current = 1;
    if (job->spec && job->spec->schedulePolicy && job->spec->schedulePolicy->priority)
        current = *job->spec->schedulePolicy->priority;
    // Priority 3 needs modelarts:trainJob:setHighPriority; the local backend has no IAM policies.
    const bool mayUseHighest = m_connection->kind() == models::Connection::Kind::Local;
    const QString name = index.data(Qt::DisplayRole).toString();
    const std::optional<int> chosen = m_askPriority ? m_askPriority(name, current, mayUseHighest)
                                                    : PriorityDialog::ask(this, name, current, mayUseHighest);
    if (!chosen || *chosen == current)
        return;
    m_pendingActions = 1;
    updateActions();
    api::ApiCall *call = m_connection->client()->send(api::training::updatePriority(*job->metadata.id, *chosen));
    connect(call, &api::ApiCall::finished, this,
        [this, connection = m_connection](const api::ApiResult &result)
        {
            if (connection != m_connection)
                return;
            connection->reportResult(result);
            onActionFinished(result.error);
        });
}

void TrainingJobsPage::runAction(Action action)
{
    if (!m_connection || m_pendingActions > 0)
        return;
    const int role = action == Action::Stop ? Model::CanStopRole : Model::CanDeleteRole;
    QStringList ids;
    QStringList names;
    for (const int row : selectedSourceRows())
    {
        const QModelIndex index = m_model->index(row, Model::Name);
        if (!index.data(role).toBool())
            continue;
        ids.append(index.data(Model::JobIdRole).toString());
        names.append(index.data(Qt::DisplayRole).toString());
    }
    if (ids.isEmpty())
        return;

    const QString question = destructiveQuestion(
        action == Action::Stop ? DestructiveAction::Stop : DestructiveAction::Delete, trainingJobNoun(), names);
    if (!confirm(question))
        return;

    api::ApiClient *client = m_connection->client();
    m_pendingActions = int(ids.size());
    updateActions();
    for (const QString &id : ids)
    {
        api::ApiCall *call
            = client->send(action == Action::Stop ? api::training::terminate(id) : api::training::remove(id));
        connect(call, &api::ApiCall::finished, this,
            [this, connection = m_connection](const api::ApiResult &result)
            {
                if (connection != m_connection)
                    return; // answered after a connection switch: not about these rows any more
                connection->reportResult(result);
                onActionFinished(result.error);
            });
    }
}

void TrainingJobsPage::onActionFinished(const api::ApiError &error)
{
    if (error.isError() && error.kind != api::ApiError::Kind::Canceled)
        emit errorOccurred(error);
    if (m_pendingActions > 0 && --m_pendingActions == 0)
    {
        m_model->refresh();
        updateActions();
    }
}

bool TrainingJobsPage::exportCsvTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray csv = models::exportCsv(*m_filter);
    if (file.write(csv) != csv.size())
    {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

void TrainingJobsPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Training Jobs"),
        QDir(dir).filePath(QStringLiteral("training-jobs.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsvTo(path))
        QMessageBox::warning(this, tr("Export Training Jobs"),
            tr("Could not write “%1”. Check that the folder exists and is writable.")
                .arg(QDir::toNativeSeparators(path)));
}
} // namespace ma::ui
