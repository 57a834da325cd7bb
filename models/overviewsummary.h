#pragma once

// What the Overview page (the console's first page) shows, gathered from the ModelArts APIs
// and the profile's Prometheus source: the dedicated pools with their nodes in use and free
// and their accelerators allocated, training jobs and notebooks counted by status, the
// running jobs that hold the most resources (OverviewTopJobsModel), and the alarms: the
// training list's low-utilisation alarm (average GPU/NPU usage of worker-0 below 50 %,
// pools_monitoring.md §5.3), failed and abnormal jobs, abnormal nodes and pools.
//
// Everything is asynchronous: a refresh starts one round of calls and each part is replaced
// when its answers are in; a part that did not change emits nothing. Polls only while active.

#include "api/apierror.h"
#include "api/typedcall.h"
#include "loadstate.h"
#include "lowutilizationprobe.h"
#include "overviewtopjobsmodel.h"

#include <functional>
#include <memory>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QTimer;

namespace ma::api
{
class ApiCall;
class ApiClient;
class PrometheusClient;
struct PoolList;
struct PoolRuntimeMetrics;
struct TrainingJob;
struct WorkloadList;
} // namespace ma::api

namespace ma::models
{
class MetricsQueryRunner;

/** @brief One dedicated pool as the Overview's pools card shows it. */
struct OverviewPool
{
    QString id; // metadata.name
    QString name; // the user-given name
    QString phase; // status.phase
    int nodesTotal = 0;
    int nodesInUse = 0; // available nodes a running workload is placed on
    int nodesFree = 0; // available nodes with nothing running
    int nodesAbnormal = 0;
    QString acceleratorKind; // "GPU", "NPU"; empty: a CPU pool
    double acceleratorsAllocated = 0;
    double acceleratorsCapacity = 0;

    bool operator==(const OverviewPool &) const = default;
};

/** @brief One entry of the alarms card. */
struct OverviewAlarm
{
    enum class Kind
    {
        LowUtilization, // a running job's worker-0 averages under 50 % GPU/NPU usage
        FailedJob,
        AbnormalJob,
        AbnormalNodes, // a pool with abnormal nodes
        AbnormalPool,
    };
    enum class Severity
    {
        Suggestion,
        Major,
        Critical,
    };

    Kind kind = Kind::FailedJob;
    Severity severity = Severity::Major;
    QString resourceId; // job id or pool id (metadata.name)
    QString resourceName;
    double value = 0; // LowUtilization: the average in %; AbnormalNodes: how many nodes
    QString acceleratorKind; // LowUtilization: "GPU" or "NPU"
    qint64 timeMs = 0; // when known (creation time of a failed job)

    bool operator==(const OverviewAlarm &) const = default;
};

class OverviewSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewSummary)

public:
    explicit OverviewSummary(QObject *parent = nullptr);
    ~OverviewSummary() override;

    /** The training v2 phases counted, in lifecycle order (the job list's status filter offers the same). */
    static const QStringList &trainingPhases();
    /** The notebook statuses counted, in lifecycle order. */
    static const QStringList &notebookStatuses();

    /** Not owned; nullptr clears every part. */
    void setClient(api::ApiClient *client);
    void setWorkspaceId(const QString &workspaceId);
    /** Not owned; nullptr: no usage figures and no low-utilisation alarm (the profile has no source). */
    void setPrometheusClient(api::PrometheusClient *client);
    bool hasMetricsSource() const;

    /** Polls every @p ms while active (15 s by default). */
    void setIntervalMs(int ms);
    /** While active, refreshes at once and then every interval; inactive, nothing is sent. */
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /** Starts a round of calls now (answers of an older round still in flight are dropped). */
    void refresh();

    const QList<OverviewPool> &pools() const { return m_pools; }
    /** Training jobs per phase (every phase of trainingPhases() present once loaded). */
    const QMap<QString, int> &trainingJobCounts() const { return m_jobCounts; }
    int trainingJobTotal() const { return m_jobTotal; }
    /** Notebooks per status (statuses of notebookStatuses() and any other the server sends). */
    const QMap<QString, int> &notebookCounts() const { return m_notebookCounts; }
    int notebookTotal() const { return m_notebookTotal; }
    const QList<OverviewAlarm> &alarms() const { return m_alarms; }
    OverviewTopJobsModel *topJobs() const { return m_topJobs; }

    const LoadState &poolsState() const { return m_poolsState; }
    const LoadState &jobsState() const { return m_jobsState; }
    const LoadState &notebooksState() const { return m_notebooksState; }
    /** A refresh round is in flight, its usage queries included. */
    bool isRefreshing() const;

signals:
    void poolsChanged();
    void trainingJobCountsChanged();
    void notebookCountsChanged();
    void alarmsChanged();
    /** A part's load state changed (loading, loaded, failed). */
    void stateChanged();
    /** Every call of a round has answered. */
    void refreshed();
    /** A call failed; reported once per failure episode of its part. */
    void errorOccurred(const ma::api::ApiError &error);

private:
    struct Round; // what one refresh has gathered so far

    void clear();
    template <typename T> void send(api::ApiRequest request, std::function<void(const api::Typed<T> &)> done);
    void readPools(const api::PoolList &list);
    void readRuntime(const api::PoolRuntimeMetrics &metrics);
    void readWorkloads(const QString &poolId, const api::WorkloadList &list);
    void readRunningJobs(const std::vector<api::TrainingJob> &jobs);
    void queryMetrics();
    void publishJobs();
    void publishNotebooks();
    void publishAlarms();
    void succeed(LoadState &state);
    void fail(LoadState &state, const api::ApiError &error);
    void finishPoolPart();
    void requestNotebookPage(int offset);
    void requestPhase(const QString &phase, int limit);

    QPointer<api::ApiClient> m_client;
    QPointer<api::PrometheusClient> m_prometheus;
    QString m_workspaceId;
    QTimer *m_timer;
    bool m_active = false;
    MetricsQueryRunner *m_metrics;
    LowUtilizationProbe *m_lowProbe;
    OverviewTopJobsModel *m_topJobs;

    std::unique_ptr<Round> m_round;
    quint64 m_generation = 0;
    int m_pending = 0;
    QList<QPointer<api::ApiCall>> m_calls;

    QList<OverviewPool> m_pools;
    QMap<QString, int> m_jobCounts;
    int m_jobTotal = 0;
    QMap<QString, int> m_notebookCounts;
    int m_notebookTotal = 0;
    QList<OverviewAlarm> m_alarms;
    QList<OverviewAlarm> m_lowUtilization; // from the last metrics run
    QList<OverviewTopJob> m_runningForAlarm; // running jobs of the last round
    // What the metrics run in flight has answered so far.
    QHash<QString, double> m_pendingUsage;
    QSet<QString> m_acceleratorUsage;

    LoadState m_poolsState;
    LoadState m_jobsState;
    LoadState m_notebooksState;
    QList<OverviewAlarm> m_poolAlarms;
    QList<OverviewAlarm> m_jobAlarms;
};
} // namespace ma::models
