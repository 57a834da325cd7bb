#pragma once

// Runs the PromQL queries of a dashboard for one time range and step, all at once, and turns
// the answers into TimeSeries for the charts (issue 11). A new run() cancels what an earlier
// run still has in flight (the range or the selection changed), so stale answers never land.

#include "api/prometheusclient.h"
#include "timeseries.h"

#include <functional>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ma::models
{
/** @brief One query of a run: an id the caller chooses (a panel id), the expression and how to name its series. */
struct MetricQuery
{
    QString id;
    QString expr; // variables already expanded (DashboardDefinitions::expand)
    QString legend; // "{{host_name}}"; empty: the series' label set
    QString unit;
};

/**
 * @brief Runs N Prometheus range queries concurrently and reports each as TimeSeries.
 * Lives on the GUI thread; decoding happens off it (PrometheusClient).
 */
class MetricsQueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsQueryRunner)

public:
    explicit MetricsQueryRunner(api::PrometheusClient *client = nullptr, QObject *parent = nullptr);
    ~MetricsQueryRunner() override;

    /** Cancels what runs and uses @p client from the next run on (a profile or data source switch). */
    void setClient(api::PrometheusClient *client);
    api::PrometheusClient *client() const { return m_client; }

    /**
     * Starts every query over [start, end] at @p stepMs, cancelling the calls of the previous
     * run. Returns the run's number, which the signals carry.
     */
    int run(const QList<MetricQuery> &queries, const QDateTime &start, const QDateTime &end, qint64 stepMs);
    /**
     * As run(), with instant queries at @p at: one point per series (Overview tables, fragments
     * snapshot). An invalid @p at sends no time: the data source evaluates at its own now.
     */
    int runInstant(const QList<MetricQuery> &queries, const QDateTime &at);
    /**
     * @brief Asks the source for the values of @p label among the series matching @p match
     * (a dashboard selector's choices); answers with labelValuesLoaded or labelValuesFailed under
     * @p key. A new request for the same key cancels the older one. Independent of run().
     */
    void fetchLabelValues(const QString &key, const QString &label, const QString &match);
    /** Cancels every call in flight; no signal of the cancelled run follows. */
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    /** The number of the current (or last) run, as run() returned it. */
    int currentRunId() const { return m_runId; }
    int pending() const { return m_pending; }

    /** A step giving about @p maxPoints points over the range, rounded to a whole second, at least @p minStepMs. */
    static qint64 autoStep(const QDateTime &start, const QDateTime &end, int maxPoints = 600, qint64 minStepMs = 15000);
    /** Expands "{{label}}" in @p format from the series' labels; empty format gives "{a="1", b="2"}". */
    static QString legendFor(const QString &format, const api::PromSeries &series);
    /** One TimeSeries per series of @p result (NaN values become gaps). */
    static QList<TimeSeries> toTimeSeries(const api::PromResult &result, const MetricQuery &query);

signals:
    /** One query of run @p runId answered. */
    void queryFinished(int runId, const QString &id, const QList<ma::models::TimeSeries> &series);
    /** One query of run @p runId failed; @p message is readable (translated where the text is ours). */
    void queryFailed(int runId, const QString &id, const QString &message);
    /** Every query of run @p runId has answered or failed. */
    void runFinished(int runId);
    void runningChanged(bool running);
    /** The sorted values of a fetchLabelValues() request. */
    void labelValuesLoaded(const QString &key, const QStringList &values);
    void labelValuesFailed(const QString &key, const QString &message);

private:
    using Start = std::function<api::PrometheusCall *(const MetricQuery &)>;
    int start(const QList<MetricQuery> &queries, const Start &send);
    QString messageFor(const api::PromResult &result) const;

    QPointer<api::PrometheusClient> m_client;
    QList<QPointer<api::PrometheusCall>> m_calls; // the current run's calls
    QHash<QString, QPointer<api::PrometheusCall>> m_labelCalls;
    int m_pending = 0;
    int m_runId = 0;
};
} // namespace ma::models
