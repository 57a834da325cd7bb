#pragma once

// The application window: console-like navigation on the left (only pages that exist),
// an error banner above the pages, and a status bar with backend, region, project and
// connection state.

#include "api/apierror.h"
#include "api/types/training.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ma::models
{
class Connection;
} // namespace ma::models

namespace ma::ui
{
class CreateTrainingJobPage;
class ErrorBanner;
class SettingsPage;
class TrainingJobDetailsPage;
class TrainingJobsPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** Pages reachable from the navigation; only built pages are listed. */
    enum class Page
    {
        TrainingJobs,
        CreateTrainingJob, // reached from Training Jobs (Create, Rebuild)
        TrainingJobDetails, // reached from Training Jobs (a job)
        Settings,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * @brief Shows @p connection (not owned; may be nullptr) in the status bar and every
     * page. Switching connections resets the pages and hides a previous error.
     */
    void setConnection(models::Connection *connection);
    models::Connection *connection() const;

    void showPage(Page page);
    Page currentPage() const;

    QTreeWidget *navigation() const { return m_navigation; }
    ErrorBanner *errorBanner() const { return m_banner; }
    TrainingJobsPage *trainingJobsPage() const { return m_trainingJobs; }
    CreateTrainingJobPage *createTrainingJobPage() const { return m_createJob; }
    TrainingJobDetailsPage *trainingJobDetailsPage() const { return m_jobDetails; }
    SettingsPage *settingsPage() const { return m_settings; }

    /** Opens the creation form: a new job (an autosaved draft comes back) or a rebuild of @p job. */
    void openCreateForm();
    void openRebuildForm(const ma::api::TrainingJob &job);
    /** Opens the details page of one job. */
    void openJobDetails(const QString &jobId);

    /** Status bar texts (also read by tests). */
    QString backendText() const;
    QString regionText() const;
    QString projectText() const;
    QString connectionStateText() const;

public slots:
    /** Shows @p error in the banner above the pages. */
    void showError(const ma::api::ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildStatusBar();
    void updateStatusBar();
    void onConnectionStateChanged();
    void onNavigationChanged(QTreeWidgetItem *current);
    void onJobSubmitted(const QString &jobId);
    void saveGeometrySettings() const;

    QPointer<models::Connection> m_connection;
    QTreeWidget *m_navigation;
    QStackedWidget *m_pages;
    ErrorBanner *m_banner;
    QWidget *m_bannerBox = nullptr; // the banner with its margins; hidden with it
    TrainingJobsPage *m_trainingJobs;
    CreateTrainingJobPage *m_createJob;
    TrainingJobDetailsPage *m_jobDetails;
    SettingsPage *m_settings;

    QLabel *m_backendLabel = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_stateDot = nullptr;
    QLabel *m_stateLabel = nullptr;
};
} // namespace ma::ui
