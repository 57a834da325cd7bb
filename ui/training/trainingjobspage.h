#pragma once

// The Training Jobs list page: search, status filter, a sortable table of jobs with live
// durations, Stop / Delete for one or many jobs, Rebuild and Priority for one, CSV export,
// and auto-refresh that only touches the rows that changed.

#include "api/types/training.h"
#include "ui/consolepage.h"

#include <functional>
#include <optional>
#include <QElapsedTimer>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace ma::models
{
class Connection;
class TrainingJobFilterModel;
class TrainingJobListModel;
} // namespace ma::models

namespace ma::ui
{
class TrainingJobsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobsPage)

public:
    /** Asks for a new priority (PriorityDialog by default); nullopt = cancelled. */
    using PriorityAsker = std::function<std::optional<int>(const QString &jobName, int current, bool mayUseHighest)>;

    explicit TrainingJobsPage(QWidget *parent = nullptr);
    ~TrainingJobsPage() override;

    /**
     * @brief Shows the jobs of @p connection (not owned; may be nullptr). A different
     * connection resets the list (TrainingJobListModel::setScope) and reloads it.
     */
    void setConnection(models::Connection *connection) override;
    models::Connection *connection() const;
    /** kReloadArgument reloads the list (a job was created or deleted elsewhere). */
    void open(const QVariant &argument) override;
    void applySettings() override;

    models::TrainingJobListModel *model() const { return m_model; }
    models::TrainingJobFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *createAction() const { return m_createAction; }
    QAction *rebuildAction() const { return m_rebuildAction; }
    QAction *priorityAction() const { return m_priorityAction; }

    /** Replaces the priority dialog (tests answer it without a dialog). */
    void setPriorityAsker(PriorityAsker asker);

    /** Seconds between auto-refreshes; 0 turns auto-refresh off. Starts with AppSettings' value. */
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const;

    /** Writes the rows shown (filtered and sorted as displayed) as CSV to @p path. */
    bool exportCsvTo(const QString &path);

    /** Job ids of the selected rows, in view order. */
    QStringList selectedJobIds() const;

public slots:
    void reload();
    void stopSelected();
    void deleteSelected();
    /** Emits rebuildRequested for the single selected job. */
    void rebuildSelected();
    /** Asks for a new priority of the single selected Pending job and sends it (T2-4). */
    void changePriorityOfSelected();
    /** Asks for a file name, then exportCsvTo(). */
    void exportCsv();

signals:
    void createRequested();
    void rebuildRequested(const ma::api::TrainingJob &job);
    /** A job was activated (double click or Enter): show its details. */
    void openRequested(const QString &jobId);

protected:
    /** Auto-refresh and the duration tick run only while the page is on screen. */
    void activeChanged(bool active) override;

private:
    enum class Action
    {
        Stop,
        Delete,
    };

    void buildActions();
    void buildLayout();
    void applyNameFilter();
    void applyStatusFilter();
    void updateActions();
    void updateStateDisplay();
    void onModelStateChanged();
    void showContextMenu(const QPoint &pos);
    QList<int> selectedSourceRows() const;
    void runAction(Action action);
    void onActionFinished(const api::ApiError &error);
    QString scopeKey() const;

    QPointer<models::Connection> m_connection;
    models::TrainingJobListModel *m_model;
    models::TrainingJobFilterModel *m_filter;

    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_stateLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_rebuildAction = nullptr;
    QAction *m_priorityAction = nullptr;

    QTimer *m_searchDebounce;
    QTimer *m_refreshTimer;
    QTimer *m_tickTimer;
    QElapsedTimer m_sinceRefresh; // when the rows were last read, to catch up on showing

    PriorityAsker m_askPriority;
    int m_pendingActions = 0;
    bool m_errorReported = false;
};
} // namespace ma::ui
