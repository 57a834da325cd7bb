#pragma once

// Reads what the job comparison shows: each job's full description (T2-2, not the list's
// summary) and the resource-usage series of its first task (T2-9), all calls at once.
//
// jobsLoaded() comes once per load() with the jobs that answered, in the order asked; each
// job's metrics follow in metricsLoaded() as they arrive, on a time axis that starts at the
// job's start (0 ms = its start), so runs of different days overlay, and without the steps
// that hold no sample (the line joins the samples). A new load() or
// setClient() drops the answers of the previous one.

#include "api/apierror.h"
#include "api/types/training.h"
#include "models/timeseries.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace ma::api
{
class ApiCall;
class ApiClient;
} // namespace ma::api

namespace ma::models
{
/** The series of one job, by T2-9 metric id ("cpuUsage"); times in ms since the job started. */
using JobMetricSeries = QHash<QString, TimeSeries>;

class JobComparisonLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobComparisonLoader)

public:
    explicit JobComparisonLoader(QObject *parent = nullptr);
    ~JobComparisonLoader() override;

    /** The client the calls go through (not owned; nullptr cancels everything). */
    void setClient(api::ApiClient *client);
    /**
     * @brief Asks modelarts-local for finer metric points with its `step` extension (one value
     * every few seconds instead of one per minute). Off by default: the cloud ignores it.
     */
    void setFineMetricSteps(bool fine) { m_fineSteps = fine; }

    /** Reads jobs @p jobIds and then their metrics; an earlier load still running is dropped. */
    void load(const QStringList &jobIds);
    /** Reads the same jobs again. */
    void reload();
    void cancel();

    QStringList jobIds() const { return m_ids; }
    bool isLoading() const { return m_pendingJobs > 0; }
    bool isLoadingMetrics() const { return m_pendingMetrics > 0; }

signals:
    /** The jobs that could be read, in the order asked (failures are left out and reported). */
    void jobsLoaded(const std::vector<ma::api::TrainingJob> &jobs);
    /** The series of job @p jobId that hold values (none: the job has not run, or reports nothing). */
    void metricsLoaded(const QString &jobId, const ma::models::JobMetricSeries &series);
    /** Every job's metrics have answered (or failed). */
    void metricsFinished();
    /** One error per load() for the jobs that could not be read, and one for failed metrics. */
    void errorOccurred(const ma::api::ApiError &error);
    void loadingChanged(bool loading);

private:
    void onJobAnswered(int index, const api::ApiError &error, std::optional<api::TrainingJob> job);
    void loadMetrics(const api::TrainingJob &job);
    void metricsAnswered();

    QPointer<api::ApiClient> m_client;
    QStringList m_ids;
    std::vector<std::optional<api::TrainingJob>> m_answers;
    QList<api::ApiError> m_jobErrors;
    QList<QPointer<api::ApiCall>> m_calls;
    quint64 m_generation = 0;
    int m_pendingJobs = 0;
    int m_pendingMetrics = 0;
    bool m_metricsErrorReported = false;
    bool m_fineSteps = false;
};
} // namespace ma::models
