#pragma once

// The details of a job of the legacy v1 training API (T1-6..T1-11): the job and the selected
// version's configuration in the overview, the Versions tab (newest first; selecting one
// shows its settings and logs) and the Logs tab (the version's log files, T1-10, and their
// latest lines, T1-11 aom-log). The header offers Stop (the selected version, T1-9), Create
// version (T1-5: a new version with the selected one's settings), Delete version (T1-8, a
// version after the first, which stands for the job) and Delete job (T1-4), destructive ones after the shared
// question. While a version is creating, waiting or running the page refreshes itself, only
// while shown.

#include "api/types/trainingv1.h"
#include "ui/resourcedetailspage.h"

#include <optional>
#include <QPointer>

class QComboBox;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ma::widgets
{
class LogViewer;
}

namespace ma::ui
{
class TrainingJobV1DetailsPage final : public ResourceDetailsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingJobV1DetailsPage)

public:
    enum Tab
    {
        VersionsTab,
        LogsTab,
    };
    /** Columns of the versions table. */
    enum VersionColumn
    {
        VersionName,
        VersionStatus,
        VersionDuration,
        VersionNodes,
        VersionCreated, // last: it takes the rest of the width
        VersionColumnCount
    };
    /** Milliseconds between refreshes while a version is live. */
    static constexpr int kRefreshMs = 5000;
    /** Lines of a log file shown (T1-11 answers at most 500 at once). */
    static constexpr int kLogLines = 500;

    explicit TrainingJobV1DetailsPage(QWidget *parent = nullptr);
    ~TrainingJobV1DetailsPage() override;

    void setConnection(models::Connection *connection) override;
    /** The argument is the job_id (a decimal string or number). */
    void open(const QVariant &argument) override;
    void showJob(qint64 jobId);
    qint64 jobId() const { return m_jobId; }
    std::optional<ApiCallSource> resourceCall() const override;

    /** The versions as last read (T1-6), newest first. */
    const std::vector<api::v1::TrainingJobVersion> &versions() const { return m_versions; }
    /** The version selected in the table, or nullptr. */
    const api::v1::TrainingJobVersion *selectedVersion() const;
    /** Selects the version with @p versionId (its row), if listed. */
    void selectVersion(qint64 versionId);

    QTableWidget *versionTable() const { return m_versionTable; }
    QComboBox *logFileCombo() const { return m_logFile; }
    widgets::LogViewer *logViewer() const { return m_logViewer; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *createVersionButton() const { return m_createVersion; }
    QPushButton *deleteVersionButton() const { return m_deleteVersion; }
    QPushButton *deleteJobButton() const { return m_deleteJob; }

public slots:
    void refresh() override;
    /** Stops the selected version (T1-9) after the question. */
    void stopVersion();
    /** Creates a version from the selected one's settings (T1-5). */
    void createVersion();
    /** Deletes the selected version (T1-8) after the question. */
    void deleteVersion();
    /** Deletes the job with every version (T1-4) after the question, then goes back to the list. */
    void deleteJob();

signals:
    /** The versions were read and shown (tests wait for it). */
    void versionsLoaded();
    /** The selected version's log lines are shown. */
    void logLoaded();
    void jobDeleted(qint64 jobId);

protected:
    void updateActions() override;
    void activeChanged(bool active) override;

private:
    void buildTabs();
    void clearJob();
    void showVersions(const api::v1::TrainingJobVersionList &list);
    void onVersionSelected();
    void showVersionOverview();
    void loadLogFiles();
    void loadLog();
    bool isLive() const;
    void scheduleRefresh();
    QString versionLabel(const api::v1::TrainingJobVersion &version) const;

    QPointer<models::Connection> m_connection;
    qint64 m_jobId = 0;
    QString m_jobName;
    QString m_jobDescription;
    std::vector<api::v1::TrainingJobVersion> m_versions;
    qint64 m_selectedVersion = 0;
    qint64 m_logVersion = 0; // the version whose log files the combo lists
    bool m_loading = false;

    int m_jobGroup = -1;
    int m_versionGroup = -1;
    QTableWidget *m_versionTable = nullptr;
    QComboBox *m_logFile = nullptr;
    widgets::LogViewer *m_logViewer = nullptr;
    ErrorBanner *m_logBanner = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_createVersion = nullptr;
    QPushButton *m_deleteVersion = nullptr;
    QPushButton *m_deleteJob = nullptr;
    QTimer *m_refreshTimer;
};
} // namespace ma::ui
