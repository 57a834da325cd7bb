#include "trainingjobspage.h"

#include "api/authenticators.h"
#include "api/poolrequests.h"
#include "api/trainingrequests.h"
#include "api/trainingv1requests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/listfiltermodel.h"
#include "models/lowutilizationprobe.h"
#include "models/trainingjobfiltermodel.h"
#include "models/trainingjoblistmodel.h"
#include "models/trainingjobv1listmodel.h"
#include "ui/confirmation.h"
#include "ui/training/prioritydialog.h"
#include "ui/training/trainingpageids.h"
#include "widgets/consoletable.h"
#include "widgets/statusbadgedelegate.h"
#include "widgets/statuspalette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
using Model = models::TrainingJobListModel;
using V1Model = models::TrainingJobV1ListModel;

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
    : ResourceListPage(texts(), parent)
    , m_model(new models::TrainingJobListModel(this))
    , m_lowUtilization(new models::LowUtilizationProbe(this))
    , m_filter(new models::TrainingJobFilterModel(this))
    , m_v1Model(new models::TrainingJobV1ListModel(this))
    , m_v1Filter(new models::ListFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    setModels(m_model, m_filter);
    setRowRequest([](const QString &id) { return api::training::show(id); });

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only jobs in this status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &phase : filterPhases())
        m_status->addItem(widgets::statusText(phase), phase);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TrainingJobsPage::applyStatusFilter);
    addFilterWidget(m_status);
    buildFilterRow();

    buildRowActions();
    buildLegacySection();
    setWatchKind(models::WatchKind::TrainingJob);
    setTickEnabled(true); // live durations

    QTableView *table = view();
    // The model's DisplayRole already reads "Pending (Queuing)": no secondary role, or it would repeat.
    auto *statusDelegate = new widgets::StatusBadgeDelegate(Model::PhaseRole, table);
    // The console's low-utilisation alarm beside the status (worker-0 under 50 % GPU/NPU usage).
    statusDelegate->setMarkRole(Model::LowUtilizationRole);
    table->setItemDelegateForColumn(Model::Status, statusDelegate);
    connect(m_lowUtilization, &models::LowUtilizationProbe::checked, m_model,
        &models::TrainingJobListModel::setLowUtilization);
    connect(m_model, &models::RemoteListModelBase::loaded, this, &TrainingJobsPage::checkLowUtilization);
    table->sortByColumn(Model::Created, Qt::DescendingOrder);
    widgets::setColumnWidths(table,
        {
            { Model::Name, 180 },
            { Model::Status, 164 }, // "Pending (Queuing)" fits
            { Model::Flavor, 136 },
            { Model::Pool, 120 },
            { Model::Nodes, 52 },
            { Model::Duration, 90 },
            { Model::Created, 145 },
            { Model::Priority, 64 },
        });

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
    updateActions();
}

TrainingJobsPage::~TrainingJobsPage() = default;

ResourceListPage::Texts TrainingJobsPage::texts()
{
    Texts t;
    t.title = tr("Training Jobs");
    t.searchPlaceholder = tr("Search by name");
    t.createText = tr("Create Training Job");
    t.createToolTip = tr("Open the form for a new training job");
    t.refreshToolTip = tr("Reload the list of training jobs");
    t.exportTitle = tr("Export Training Jobs");
    t.exportFileName = QStringLiteral("training-jobs.csv");
    t.exportToolTip = tr("Save every job the search and filters match as a CSV file");
    t.loadingText = tr("Loading training jobs…");
    t.errorText = tr("The training jobs could not be loaded. Refresh to try again.");
    t.stateErrorText = tr("Could not load the jobs");
    t.emptyText = tr("No training jobs yet");
    t.noMatchText = tr("No training jobs match the search or the filters");
    t.filtersOnOwnRow = true; // search, status, ID, creation time, pool, algorithm and type
    return t;
}

void TrainingJobsPage::buildRowActions()
{
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

    m_rebuildAction = new QAction(tr("Rebuild"), this);
    m_rebuildAction->setObjectName(QStringLiteral("rebuildAction"));
    m_rebuildAction->setToolTip(tr("Open the creation form filled in with the settings of the selected job"));
    connect(m_rebuildAction, &QAction::triggered, this, &TrainingJobsPage::rebuildSelected);

    m_priorityAction = new QAction(tr("Priority…"), this);
    m_priorityAction->setObjectName(QStringLiteral("priorityAction"));
    m_priorityAction->setToolTip(tr("Change the priority of a job waiting in a dedicated resource pool"));
    connect(m_priorityAction, &QAction::triggered, this, &TrainingJobsPage::changePriorityOfSelected);

    m_compareAction = new QAction(tr("Compare"), this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_compareAction, &QAction::triggered, this, &TrainingJobsPage::compareSelected);

    addRowActions({ m_stopAction, m_rebuildAction, m_priorityAction, m_deleteAction, nullptr, m_compareAction });
}

void TrainingJobsPage::bindModels(models::Connection *connection)
{
    m_lowUtilization->setClient(connection ? connection->prometheus() : nullptr);
    m_lowUtilizationChecked.clear();
    m_model->setLowUtilization({});
    m_model->setClient(connection ? connection->client() : nullptr);
    m_model->setWorkspaceId(connection ? connection->workspaceId() : QString());
    // The v1 jobs only for a profile that uses the v1 API (others would answer 404 or list nothing).
    m_legacy = connection && connection->legacyTrainingApi();
    m_v1Model->setClient(m_legacy ? connection->client() : nullptr);
    m_v1Model->setWorkspaceId(m_legacy ? connection->workspaceId() : QString());
    QString v1Scope;
    if (m_legacy)
        v1Scope = connection->profileName() % u'|' % connection->region() % u'|' % connection->workspaceId()
            % QStringLiteral("|v1");
    m_v1Model->setScope(v1Scope);
    m_v1Section->setVisible(m_legacy);
    loadPools(connection);
    if (m_onlyMine)
    {
        // Another profile is another user: start from every job.
        const QSignalBlocker blocker(m_onlyMine);
        m_onlyMine->setChecked(false);
        models::TrainingJobListFilters filters = m_model->filters();
        filters.userId.clear();
        m_model->setFilters(filters);
        updateOnlyMine();
    }
}

void TrainingJobsPage::open(const QVariant &argument)
{
    if (argument.toString() == kReloadArgument)
        reload();
    ResourceListPage::open(argument);
}

void TrainingJobsPage::selectStatusFilter(const QString &phase)
{
    // An unknown phase shows every job rather than an empty list.
    m_status->setCurrentIndex(std::max(0, m_status->findData(phase)));
}

void TrainingJobsPage::tick()
{
    m_model->tick();
}

void TrainingJobsPage::checkLowUtilization()
{
    // After each load, but a query per job at most once a minute unless the running jobs
    // changed or one had no samples yet: the average since the start moves slowly, and the
    // list refreshes every 10 s.
    constexpr qint64 kLowUtilizationCheckMs = 60 * 1000;
    if (!m_lowUtilization->client() || m_lowUtilization->isRunning())
        return;
    const QList<models::LowUtilizationCandidate> jobs
        = m_model->lowUtilizationCandidates(models::LowUtilizationProbe::kMaxJobs);
    QStringList ids;
    for (const models::LowUtilizationCandidate &job : jobs)
        ids << job.jobId;
    if (ids == m_lowUtilizationChecked && m_lowUtilization->lastCheckComplete() && m_sinceLowUtilizationCheck.isValid()
        && m_sinceLowUtilizationCheck.elapsed() < kLowUtilizationCheckMs)
        return;
    m_lowUtilizationChecked = ids;
    m_sinceLowUtilizationCheck.start();
    m_lowUtilization->check(jobs);
}

void TrainingJobsPage::rowActivated(const QModelIndex &index)
{
    // As in the console, activating the Priority cell of a waiting job opens the priority dialog.
    if (index.column() == Model::Priority && index.data(Model::CanChangePriorityRole).toBool())
        changePriorityOfSelected();
    else
        emit openRequested(index.data(Model::JobIdRole).toString());
}

void TrainingJobsPage::applySearch(const QString &text)
{
    if (text == m_model->nameFilter())
        return;
    m_model->setNameFilter(text);
    m_v1Model->setSearchText(text); // T1-2 search_content: the name contains it
    reload();
}

void TrainingJobsPage::refreshSections(bool reload)
{
    if (!m_legacy)
        return;
    if (reload)
        m_v1Model->reload();
    else
        m_v1Model->refresh();
}

bool TrainingJobsPage::isFiltered() const
{
    return !m_model->nameFilter().isEmpty() || !m_model->phaseFilter().isEmpty() || !m_model->filters().isEmpty();
}

QString TrainingJobsPage::countText(int total) const
{
    // No "%n job(s)": without an English .ts the "(s)" would show; en and zh_CN need two forms at most.
    return total == 1 ? tr("1 job") : tr("%1 jobs").arg(total);
}

void TrainingJobsPage::applyStatusFilter()
{
    const QString phase = m_status->currentData().toString();
    // The proxy hides other rows at once; the server-side filter then pages through the
    // matching jobs only.
    m_filter->setPhases(phase.isEmpty() ? QSet<QString>() : QSet<QString> { phase });
    // v1 rows carry the same phase words (TrainingJobV1ListModel::phaseOfStatus()).
    m_v1Filter->setAllowedValues(V1Model::PhaseRole, phase.isEmpty() ? QSet<QString>() : QSet<QString> { phase });
    m_model->setPhaseFilter(phase.isEmpty() ? QStringList() : QStringList { phase });
    reload();
}

void TrainingJobsPage::buildFilterRow()
{
    m_jobId = new QLineEdit(this);
    m_jobId->setObjectName(QStringLiteral("jobIdFilter"));
    m_jobId->setPlaceholderText(tr("Job ID"));
    m_jobId->setToolTip(tr("Show only the job with this ID (press Enter)"));
    m_jobId->setClearButtonEnabled(true);
    m_jobId->setMinimumWidth(80);
    connect(m_jobId, &QLineEdit::editingFinished, this, &TrainingJobsPage::applyFilters);
    addFilterWidget(m_jobId);

    m_created = new QComboBox(this);
    m_created->setObjectName(QStringLiteral("createdFilter"));
    m_created->setToolTip(tr("Show only jobs created in this time range"));
    m_created->addItem(tr("Any creation time"), 0);
    m_created->addItem(tr("Created in the last 24 hours"), 1);
    m_created->addItem(tr("Created in the last 7 days"), 7);
    m_created->addItem(tr("Created in the last 30 days"), 30);
    m_created->addItem(tr("Created between…"), -1);
    // The filter combos are narrow enough that the row fits a 1200 px window; their popups show
    // the whole texts.
    m_created->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_created->setMinimumContentsLength(10);
    addFilterWidget(m_created);
    const QDate today = QDate::currentDate();
    m_createdFrom = new QDateEdit(today.addDays(-7), this);
    m_createdFrom->setObjectName(QStringLiteral("createdFromFilter"));
    m_createdFrom->setToolTip(tr("First day of the creation time range"));
    m_createdTo = new QDateEdit(today, this);
    m_createdTo->setObjectName(QStringLiteral("createdToFilter"));
    m_createdTo->setToolTip(tr("Last day of the creation time range"));
    for (QDateEdit *edit : { m_createdFrom, m_createdTo })
    {
        edit->setCalendarPopup(true);
        edit->setVisible(false); // only for "Created between…"
        connect(edit, &QDateEdit::dateChanged, this, &TrainingJobsPage::applyFilters);
        addFilterWidget(edit);
    }
    connect(m_created, &QComboBox::currentIndexChanged, this,
        [this]
        {
            const bool custom = m_created->currentData().toInt() < 0;
            m_createdFrom->setVisible(custom);
            m_createdTo->setVisible(custom);
            applyFilters();
        });

    m_pool = new QComboBox(this);
    m_pool->setObjectName(QStringLiteral("poolFilter"));
    m_pool->setToolTip(tr("Show only jobs on this dedicated resource pool"));
    m_pool->addItem(tr("All resource pools"), QString());
    m_pool->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pool->setMinimumContentsLength(10);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &TrainingJobsPage::applyFilters);
    connect(m_model, &models::RemoteListModelBase::loaded, this, &TrainingJobsPage::addSeenPools);
    addFilterWidget(m_pool);

    m_algorithm = new QLineEdit(this);
    m_algorithm->setObjectName(QStringLiteral("algorithmFilter"));
    m_algorithm->setPlaceholderText(tr("Algorithm name"));
    m_algorithm->setToolTip(tr("Show only jobs whose algorithm name contains this text (press Enter)"));
    m_algorithm->setClearButtonEnabled(true);
    m_algorithm->setMinimumWidth(80);
    connect(m_algorithm, &QLineEdit::editingFinished, this, &TrainingJobsPage::applyFilters);
    addFilterWidget(m_algorithm);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setToolTip(tr("Show only jobs of this type"));
    m_kind->addItem(tr("All job types"), QString());
    m_kind->addItem(tr("Training job"), QStringLiteral("job"));
    m_kind->addItem(tr("Visualization job"), QStringLiteral("visualization_job"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainingJobsPage::applyFilters);
    addFilterWidget(m_kind);

    m_onlyMine = new QCheckBox(tr("Only my jobs"), this);
    m_onlyMine->setObjectName(QStringLiteral("onlyMyJobsFilter"));
    connect(m_onlyMine, &QCheckBox::toggled, this, &TrainingJobsPage::applyFilters);
    connect(m_model, &models::RemoteListModelBase::loaded, this, &TrainingJobsPage::updateOnlyMine);
    addFilterWidget(m_onlyMine);
    updateOnlyMine();
}

void TrainingJobsPage::loadPools(models::Connection *connection)
{
    const quint64 generation = ++m_poolsGeneration;
    {
        // Another profile has other pools: every job again.
        const QSignalBlocker blocker(m_pool);
        while (m_pool->count() > 1)
            m_pool->removeItem(1);
        m_pool->setCurrentIndex(0);
    }
    m_filter->setPool(QString());
    models::TrainingJobListFilters filters = m_model->filters();
    filters.poolId.clear();
    m_model->setFilters(filters);
    if (!connection)
        return;
    api::whenDecoded<api::PoolList>(connection->client()->send(api::pools::list()), this,
        [this, generation](const api::Typed<api::PoolList> &result)
        {
            if (generation != m_poolsGeneration || !result.ok())
                return; // the loaded rows still offer their pools (addSeenPools)
            for (const api::Pool &pool : result.value.items)
            {
                const QString id = pool.metadata.name.value_or(QString());
                if (id.isEmpty() || m_pool->findData(id) >= 0)
                    continue;
                const QString name = api::poolDisplayName(pool);
                m_pool->addItem(name == id ? id : tr("%1 (%2)").arg(name, id), id);
            }
        });
}

QString TrainingJobsPage::currentUserId() const
{
    const models::Connection *c = connection();
    const auto *password
        = c ? qobject_cast<const api::PasswordTokenAuthenticator *>(c->client()->authenticator()) : nullptr;
    return password ? password->userId() : QString();
}

void TrainingJobsPage::updateOnlyMine()
{
    const bool known = !currentUserId().isEmpty();
    m_onlyMine->setEnabled(known || m_onlyMine->isChecked());
    m_onlyMine->setToolTip(known ? tr("Show only the jobs created by the signed-in IAM user")
                                 : tr("Needs the IAM user ID, which only a profile signed in with a password "
                                      "tells; access keys do not say whose they are"));
}

models::TrainingJobListFilters TrainingJobsPage::filtersFromWidgets(qint64 nowMs) const
{
    models::TrainingJobListFilters f;
    f.jobId = m_jobId->text().trimmed();
    const int days = m_created->currentData().toInt();
    if (days > 0)
    {
        f.createdFromMs = nowMs - qint64(days) * 24 * 3600 * 1000;
    }
    else if (days < 0)
    {
        // Whole local days: from the start of the first to the end of the last.
        QDate from = m_createdFrom->date();
        QDate to = m_createdTo->date();
        if (to < from)
            std::swap(from, to);
        f.createdFromMs = from.startOfDay().toMSecsSinceEpoch();
        f.createdToMs = to.addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    }
    f.poolId = m_pool->currentData().toString();
    f.algorithmName = m_algorithm->text().trimmed();
    f.kind = m_kind->currentData().toString();
    if (m_onlyMine->isChecked())
        f.userId = currentUserId();
    return f;
}

void TrainingJobsPage::applyFilters()
{
    models::TrainingJobListFilters wanted = filtersFromWidgets(QDateTime::currentMSecsSinceEpoch());
    // A "last N days" range already sent keeps its start when another filter changes.
    const int days = m_created->currentData().toInt();
    if (days > 0 && days == m_sentCreatedDays)
        wanted.createdFromMs = m_model->filters().createdFromMs;
    if (wanted == m_model->filters())
        return;
    m_sentCreatedDays = days;
    // The proxy hides other rows at once (and keeps them hidden should a service ignore the
    // id or pool_id keys, which the published example does not show); the server then
    // pages through the matching jobs only.
    m_filter->setJobId(wanted.jobId);
    m_filter->setPool(wanted.poolId);
    m_model->setFilters(wanted);
    reload();
}

void TrainingJobsPage::addSeenPools()
{
    QStringList pools;
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        if (const models::TrainingJobRow *job = m_model->jobRowAt(row); job && !job->poolId.isEmpty())
            pools << job->poolId;
    }
    pools.removeDuplicates();
    pools.sort();
    for (const QString &pool : std::as_const(pools))
    {
        if (m_pool->findData(pool) < 0)
            m_pool->addItem(pool, pool);
    }
}

QStringList TrainingJobsPage::selectedJobIds() const
{
    return m_model->idsForRows(selectedSourceRows());
}

void TrainingJobsPage::updateRowActions()
{
    if (m_v1StopAction)
        updateLegacyActions();
    if (!m_stopAction)
        return; // still being built
    bool canStop = false;
    bool canDelete = false;
    const QList<int> rows = selectedSourceRows();
    for (const int row : rows)
    {
        canStop = canStop || m_model->index(row, 0).data(Model::CanStopRole).toBool();
        canDelete = canDelete || m_model->index(row, 0).data(Model::CanDeleteRole).toBool();
    }
    const bool single = rows.size() == 1;
    const bool ready = connection() && !isBusy();
    m_stopAction->setEnabled(ready && canStop);
    m_deleteAction->setEnabled(ready && canDelete);
    m_rebuildAction->setEnabled(ready && single);
    m_priorityAction->setEnabled(
        ready && single && m_model->index(rows.front(), 0).data(Model::CanChangePriorityRole).toBool());

    const int count = int(rows.size());
    const bool overLimit = count > kMaxComparedJobs;
    m_compareAction->setEnabled(connection() && count >= 2 && !overLimit);
    m_compareAction->setToolTip(overLimit
            ? tr("At most %1 jobs can be compared at once; %2 are selected").arg(kMaxComparedJobs).arg(count)
            : tr("Compare the settings and resource usage of the selected jobs side by side (2 to %1 jobs)")
                  .arg(kMaxComparedJobs));
    if (overLimit && !m_overCompareLimit)
        emit statusMessage(
            tr("At most %1 jobs can be compared at once: select fewer to compare them.").arg(kMaxComparedJobs), 6000);
    m_overCompareLimit = overLimit;
}

void TrainingJobsPage::compareSelected()
{
    const QStringList ids = selectedJobIds();
    if (!connection() || ids.size() < 2 || ids.size() > kMaxComparedJobs)
        return;
    emit navigationRequested(kJobComparisonPageId, ids);
}

void TrainingJobsPage::stopSelected()
{
    runOperation(Operation::Stop);
}

void TrainingJobsPage::deleteSelected()
{
    runOperation(Operation::Delete);
}

void TrainingJobsPage::rebuildSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1)
        return;
    if (const std::optional<api::TrainingJob> job = m_model->jobAt(rows.front()))
        emit rebuildRequested(*job);
}

void TrainingJobsPage::setPriorityAsker(PriorityAsker asker)
{
    m_askPriority = std::move(asker);
}

void TrainingJobsPage::changePriorityOfSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (!connection() || isBusy() || rows.size() != 1)
        return;
    const QModelIndex index = m_model->index(rows.front(), Model::Name);
    if (!index.data(Model::CanChangePriorityRole).toBool())
        return;
    const std::optional<api::TrainingJob> job = m_model->jobAt(rows.front());
    if (!job)
        return;
    int current = 1;
    if (job->spec && job->spec->schedulePolicy && job->spec->schedulePolicy->priority)
        current = *job->spec->schedulePolicy->priority;
    // Priority 3 needs modelarts:trainJob:setHighPriority; the local backend has no IAM policies.
    const bool mayUseHighest = connection()->kind() == models::Connection::Kind::Local;
    const QString name = index.data(Qt::DisplayRole).toString();
    const std::optional<int> chosen = m_askPriority ? m_askPriority(name, current, mayUseHighest)
                                                    : PriorityDialog::ask(this, name, current, mayUseHighest);
    if (!chosen || *chosen == current)
        return;
    models::Action action;
    action.title = tr("Change priority");
    action.calls.push_back({ name, api::training::updatePriority(*job->metadata.id, *chosen) });
    runAction(action);
}

void TrainingJobsPage::runOperation(Operation operation)
{
    if (!connection() || isBusy())
        return;
    const bool stop = operation == Operation::Stop;
    const int role = stop ? Model::CanStopRole : Model::CanDeleteRole;
    models::Action action;
    action.title = stop ? tr("Stop training jobs") : tr("Delete training jobs");
    QStringList names;
    for (const int row : selectedSourceRows())
    {
        const QModelIndex index = m_model->index(row, Model::Name);
        if (!index.data(role).toBool())
            continue;
        const QString id = index.data(Model::JobIdRole).toString();
        const QString name = index.data(Qt::DisplayRole).toString();
        names.append(name);
        action.calls.push_back({ name, stop ? api::training::terminate(id) : api::training::remove(id) });
    }
    if (action.calls.empty())
        return;
    action.confirmation
        = destructiveQuestion(stop ? DestructiveAction::Stop : DestructiveAction::Delete, trainingJobNoun(), names);
    runAction(action);
}
} // namespace ma::ui

// ---------------------------------------------------------------------------------------
// Legacy (v1) jobs

namespace ma::ui
{
void TrainingJobsPage::buildLegacySection()
{
    m_v1Filter->setSourceModel(m_v1Model);
    m_v1Filter->setSortRole(V1Model::SortRole);

    m_v1Section = new QWidget(this);
    m_v1Section->setObjectName(QStringLiteral("legacySection"));
    auto *layout = new QVBoxLayout(m_v1Section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto *title = new QLabel(tr("Legacy training jobs (v1 API)"), m_v1Section);
    title->setObjectName(QStringLiteral("legacyTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setToolTip(tr("Jobs created with the historical v1 training API, which this profile uses; each has "
                         "versions of its own. Open one for its versions, logs and operations."));
    m_v1Count = new QLabel(m_v1Section);
    m_v1Count->setObjectName(QStringLiteral("legacyCount"));
    m_v1Count->setForegroundRole(QPalette::PlaceholderText);

    m_v1StopAction = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this);
    m_v1StopAction->setObjectName(QStringLiteral("legacyStopAction"));
    m_v1StopAction->setToolTip(tr("Stop the latest version of the selected v1 jobs"));
    connect(m_v1StopAction, &QAction::triggered, this, &TrainingJobsPage::stopSelectedLegacy);
    m_v1DeleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this);
    m_v1DeleteAction->setObjectName(QStringLiteral("legacyDeleteAction"));
    m_v1DeleteAction->setToolTip(tr("Delete the selected v1 jobs with all their versions"));
    connect(m_v1DeleteAction, &QAction::triggered, this, &TrainingJobsPage::deleteSelectedLegacy);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(title);
    header->addWidget(m_v1Count);
    header->addStretch(1);
    for (QAction *action : { m_v1StopAction, m_v1DeleteAction })
    {
        auto *button = new QToolButton(m_v1Section);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        header->addWidget(button);
    }
    layout->addLayout(header);

    m_v1View = new QTableView(m_v1Section);
    m_v1View->setObjectName(QStringLiteral("legacyView"));
    m_v1View->setModel(m_v1Filter);
    widgets::applyConsoleTableLook(m_v1View);
    m_v1View->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_v1View->setSortingEnabled(true);
    m_v1View->verticalHeader()->setDefaultSectionSize(view()->verticalHeader()->defaultSectionSize());
    m_v1View->horizontalHeader()->setStretchLastSection(true);
    m_v1View->setMinimumHeight(120);
    m_v1View->setItemDelegateForColumn(V1Model::Status, new widgets::StatusBadgeDelegate(V1Model::PhaseRole, m_v1View));
    m_v1View->setItemDelegateForColumn(
        V1Model::Api, new widgets::StatusBadgeDelegate(widgets::StatusBadgeDelegate::NoRole, m_v1View));
    m_v1View->sortByColumn(V1Model::Created, Qt::DescendingOrder);
    widgets::setColumnWidths(m_v1View,
        {
            { V1Model::Name, 180 },
            { V1Model::Api, 52 },
            { V1Model::Status, 124 },
            { V1Model::Versions, 72 },
            { V1Model::Duration, 104 },
            { V1Model::Created, 145 },
        });
    layout->addWidget(m_v1View, 1);

    connect(m_v1View, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index)
        {
            const QString id = index.data(V1Model::JobIdRole).toString();
            if (!id.isEmpty())
                emit navigationRequested(kTrainingJobV1DetailsPageId, id);
        });
    connect(m_v1View->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TrainingJobsPage::updateLegacyActions);
    connect(m_v1Filter, &QAbstractItemModel::dataChanged, this, &TrainingJobsPage::updateLegacyActions);
    connect(m_v1Filter, &QAbstractItemModel::rowsRemoved, this, &TrainingJobsPage::updateLegacyActions);
    connect(m_v1Model, &models::RemoteListModelBase::stateChanged, this, &TrainingJobsPage::updateLegacyCount);
    connect(m_v1Model, &models::RemoteListModelBase::loaded, this, &TrainingJobsPage::updateLegacyCount);
    // Failures go to the window's banner as the v2 list's do: once per failure episode, so an
    // auto-refresh that keeps failing does not bring back a banner the user dismissed.
    connect(m_v1Model, &models::RemoteListModelBase::errorOccurred, this,
        [this](const api::ApiError &error)
        {
            if (error.kind == api::ApiError::Kind::Canceled || std::exchange(m_v1ErrorReported, true))
                return;
            emit errorOccurred(error);
        });
    connect(m_v1Model, &models::RemoteListModelBase::loaded, this, [this] { m_v1ErrorReported = false; });
    connect(actionRunner(), &models::ActionRunner::finished, this, &TrainingJobsPage::updateLegacyActions);

    m_v1Section->setVisible(false);
    addSection(m_v1Section);
    updateLegacyCount();
    updateLegacyActions();
}

void TrainingJobsPage::updateLegacyCount()
{
    const models::LoadState &state = m_v1Model->state();
    QString text;
    if (state.loading)
        text = tr("Loading…");
    else if (state.hasError())
        text = tr("Could not load the v1 jobs");
    else if (m_v1Model->totalCount() >= 0)
        text = countText(m_v1Model->totalCount());
    m_v1Count->setText(text);
}

QList<int> TrainingJobsPage::selectedLegacyRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_v1View->selectionModel()->selectedRows())
        rows.append(m_v1Filter->mapToSource(index).row());
    return rows;
}

void TrainingJobsPage::updateLegacyActions()
{
    bool canStop = false;
    bool canDelete = false;
    for (const int row : selectedLegacyRows())
    {
        canStop = canStop || m_v1Model->index(row, 0).data(V1Model::CanStopRole).toBool();
        canDelete = canDelete || m_v1Model->index(row, 0).data(V1Model::CanDeleteRole).toBool();
    }
    const bool ready = m_legacy && connection() && !isBusy();
    m_v1StopAction->setEnabled(ready && canStop);
    m_v1DeleteAction->setEnabled(ready && canDelete);
}

void TrainingJobsPage::stopSelectedLegacy()
{
    runLegacyOperation(Operation::Stop);
}

void TrainingJobsPage::deleteSelectedLegacy()
{
    runLegacyOperation(Operation::Delete);
}

void TrainingJobsPage::runLegacyOperation(Operation operation)
{
    if (!m_legacy || !connection() || isBusy())
        return;
    const bool stop = operation == Operation::Stop;
    models::Action action;
    action.title = stop ? tr("Stop training jobs") : tr("Delete training jobs");
    QStringList names;
    for (const int row : selectedLegacyRows())
    {
        const QModelIndex index = m_v1Model->index(row, V1Model::Name);
        if (!index.data(stop ? V1Model::CanStopRole : V1Model::CanDeleteRole).toBool())
            continue;
        const qint64 jobId = index.data(V1Model::JobIdRole).toLongLong();
        const QString name = index.data(Qt::DisplayRole).toString();
        names.append(name);
        action.calls.push_back({ name,
            stop ? api::trainingv1::stopVersion(jobId, index.data(V1Model::VersionIdRole).toLongLong())
                 : api::trainingv1::remove(jobId) });
    }
    if (action.calls.empty())
        return;
    action.confirmation
        = destructiveQuestion(stop ? DestructiveAction::Stop : DestructiveAction::Delete, trainingJobNoun(), names);
    runAction(action);
}
} // namespace ma::ui
