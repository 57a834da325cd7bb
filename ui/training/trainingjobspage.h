#pragma once

// The Training Jobs list page: search, filters (status, job ID, creation time, resource pool,
// algorithm, job type: all sent to the T2-3 search), a sortable table of jobs with live
// durations, Stop / Delete for one or many jobs, Rebuild and Priority for one; the list
// shell (ResourceListPage) gives it CSV export and auto-refresh that never resets the rows.
//
// When the profile uses the legacy v1 API, the jobs created through it (T1-2) are listed
// too, in a "Legacy (v1)" section below the v2 table: their own model (the two APIs page,
// sort and identify jobs differently, so one merged model would need two cursors and two
// kinds of rows behind every role), the same status words and badges, a "v1" badge, the
// page's search and status filter, refreshed with the v2 rows, Stop (latest version) and
// Delete through v1; a row opens the v1 details page.

#include "api/types/training.h"
#include "ui/resourcelistpage.h"

#include <functional>
#include <optional>
#include <QElapsedTimer>
#include <QStringList>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QTableView;
class QLabel;
class QLineEdit;

namespace ma::models
{
class Connection;
class LowUtilizationProbe;
class ListFilterModel;
struct TrainingJobListFilters;
class TrainingJobV1ListModel;
class TrainingJobFilterModel;
class TrainingJobListModel;
} // namespace ma::models

namespace ma::ui
{
class TrainingJobsPage final : public ResourceListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobsPage)

public:
    /** Asks for a new priority (PriorityDialog by default); nullopt = cancelled. */
    using PriorityAsker = std::function<std::optional<int>(const QString &jobName, int current, bool mayUseHighest)>;

    explicit TrainingJobsPage(QWidget *parent = nullptr);
    ~TrainingJobsPage() override;

    /** kReloadArgument reloads the list (a job was created or deleted elsewhere); a ListFilter filters it. */
    void open(const QVariant &argument) override;

    models::TrainingJobListModel *model() const { return m_model; }
    models::TrainingJobFilterModel *filterModel() const { return m_filter; }
    /** The legacy v1 jobs (bound only while the profile uses the v1 API). */
    models::TrainingJobV1ListModel *legacyModel() const { return m_v1Model; }
    /** The "Legacy (v1)" section (hidden unless the profile uses the v1 API) and its table. */
    QWidget *legacySection() const { return m_v1Section; }
    QTableView *legacyView() const { return m_v1View; }
    QAction *legacyStopAction() const { return m_v1StopAction; }
    QAction *legacyDeleteAction() const { return m_v1DeleteAction; }

    QAction *stopAction() const { return m_stopAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *rebuildAction() const { return m_rebuildAction; }
    QAction *priorityAction() const { return m_priorityAction; }
    QAction *compareAction() const { return m_compareAction; }

    /** Replaces the priority dialog (tests answer it without a dialog). */
    void setPriorityAsker(PriorityAsker asker);

    /**
     * @brief The filters the filter row asks for (job ID, creation time, resource pool,
     * algorithm, job type); a "last N days" range ends open and starts @p nowMs - N days.
     */
    models::TrainingJobListFilters filtersFromWidgets(qint64 nowMs) const;

    /** Job ids of the selected rows, in view order. */
    QStringList selectedJobIds() const;

public slots:
    void stopSelected();
    void deleteSelected();
    /** Emits rebuildRequested for the single selected job. */
    void rebuildSelected();
    /** Asks for a new priority of the single selected Pending job and sends it (T2-4). */
    void changePriorityOfSelected();
    /** Opens the comparison of the selected jobs (2 to kMaxComparedJobs). */
    void compareSelected();
    /** Stops the latest version of the selected v1 jobs (T1-9), after the question. */
    void stopSelectedLegacy();
    /** Deletes the selected v1 jobs (T1-4), after the question. */
    void deleteSelectedLegacy();

signals:
    void rebuildRequested(const ma::api::TrainingJob &job);
    /** A job was activated (double click or Enter): show its details. */
    void openRequested(const QString &jobId);

protected:
    void bindModels(models::Connection *connection) override;
    void applySearch(const QString &text) override;
    bool isFiltered() const override;
    QString countText(int total) const override;
    void updateRowActions() override;
    void rowActivated(const QModelIndex &index) override;
    void tick() override;
    void selectStatusFilter(const QString &phase) override;
    void refreshSections(bool reload) override;

private:
    enum class Operation
    {
        Stop,
        Delete,
    };

    static Texts texts();
    void buildRowActions();
    void applyStatusFilter();
    void buildFilterRow();
    /** Sends the filter row's filters with the next reload when they changed. */
    void applyFilters();
    /** Adds the pools of the loaded rows to the pool filter (the choice stays). */
    void addSeenPools();
    /** Fills the pool filter with the profile's dedicated pools (GET /v2/{project_id}/pools). */
    void loadPools(models::Connection *connection);
    /** The signed-in IAM user's id when the credentials tell it (a password token), else empty. */
    QString currentUserId() const;
    /** "Only my jobs" is offered while the user's id is known. */
    void updateOnlyMine();
    void runOperation(Operation operation);
    /** Runs the low-utilisation check for the running jobs with cards (throttled, see .cpp). */
    void checkLowUtilization();
    void buildLegacySection();
    void updateLegacyActions();
    void updateLegacyCount();
    /** Rows of m_v1Model selected in the v1 table. */
    QList<int> selectedLegacyRows() const;
    void runLegacyOperation(Operation operation);

    models::TrainingJobListModel *m_model;
    models::LowUtilizationProbe *m_lowUtilization;
    QElapsedTimer m_sinceLowUtilizationCheck; // checks at most every kLowUtilizationCheckMs
    QStringList m_lowUtilizationChecked; // the jobs of the last check
    models::TrainingJobFilterModel *m_filter;
    QComboBox *m_status = nullptr;
    QLineEdit *m_jobId = nullptr;
    QComboBox *m_created = nullptr;
    QDateEdit *m_createdFrom = nullptr;
    QDateEdit *m_createdTo = nullptr;
    QComboBox *m_pool = nullptr;
    QLineEdit *m_algorithm = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_onlyMine = nullptr;
    quint64 m_poolsGeneration = 0; // answers for an earlier profile are dropped
    int m_sentCreatedDays = 0; // the "last N days" choice the model's filters came from

    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_rebuildAction = nullptr;
    QAction *m_priorityAction = nullptr;
    QAction *m_compareAction = nullptr;
    bool m_overCompareLimit = false; // the selection holds more jobs than a comparison takes

    PriorityAsker m_askPriority;

    models::TrainingJobV1ListModel *m_v1Model;
    models::ListFilterModel *m_v1Filter;
    QWidget *m_v1Section = nullptr;
    QTableView *m_v1View = nullptr;
    QLabel *m_v1Count = nullptr;
    QAction *m_v1StopAction = nullptr;
    QAction *m_v1DeleteAction = nullptr;
    bool m_legacy = false; // the connection uses the v1 API: the section is shown and loaded
    bool m_v1ErrorReported = false; // the v1 rows failed since they last loaded: told once
};
} // namespace ma::ui
