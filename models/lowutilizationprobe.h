#pragma once

// The console's low-utilisation alarm for training jobs: the average GPU (or NPU) usage of
// worker-0 since the job started, below 50 %. One instant PromQL query per running job that
// holds cards, run together against the profile's Prometheus data source.

#include "models/metricsqueryrunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace ma::models
{
/** @brief A running job that holds cards, as the probe needs it. */
struct LowUtilizationCandidate
{
    QString jobId;
    bool npu = false;
    qint64 durationMs = 0; // how long it has run: the range averaged over
};

/**
 * @brief Runs the low-utilisation queries for some jobs and reports the ones below the mark.
 * A new check() cancels the one in flight. Lives on the GUI thread.
 */
class LowUtilizationProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LowUtilizationProbe)

public:
    explicit LowUtilizationProbe(QObject *parent = nullptr);
    ~LowUtilizationProbe() override;

    /** The data source; nullptr: checks report nothing low. */
    void setClient(api::PrometheusClient *client);
    api::PrometheusClient *client() const { return m_runner->client(); }

    /** Checks @p jobs (at most kMaxJobs of them); checked() follows. */
    void check(const QList<LowUtilizationCandidate> &jobs);
    bool isRunning() const { return m_runner->isRunning(); }
    /** Drops the check in flight: no checked() for it. */
    void cancel() { m_runner->cancel(); }
    /** Whether every job of the last check had samples (a job that just started has none yet). */
    bool lastCheckComplete() const { return m_unanswered == 0; }

    /** Jobs checked at once at most: the list's running jobs with cards, first ones first. */
    static constexpr int kMaxJobs = 50;

signals:
    /** Every job of the check that is below the mark, with its average usage in percent. */
    void checked(const QHash<QString, double> &lowJobs);

private:
    MetricsQueryRunner *m_runner;
    QHash<QString, double> m_low; // of the run in flight
    int m_unanswered = 0; // jobs of the run without samples (or whose query failed)
};
} // namespace ma::models
