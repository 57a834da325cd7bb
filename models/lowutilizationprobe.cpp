#include "lowutilizationprobe.h"

#include "models/dashboarddefinitions.h"

#include <QDateTime>

namespace ma::models
{
LowUtilizationProbe::LowUtilizationProbe(QObject *parent)
    : QObject(parent)
    , m_runner(new MetricsQueryRunner(nullptr, this))
{
    connect(m_runner, &MetricsQueryRunner::queryFinished, this,
        [this](int, const QString &id, const QList<TimeSeries> &series)
        {
            if (series.isEmpty() || !series.first().hasData())
                return; // no samples yet: no alarm
            --m_unanswered;
            const double average = series.first().at(series.first().size() - 1).value;
            if (average < dashboards::lowUtilizationPercent)
                m_low.insert(id, average);
        });
    connect(m_runner, &MetricsQueryRunner::runFinished, this, [this](int) { emit checked(m_low); });
}

LowUtilizationProbe::~LowUtilizationProbe() = default;

void LowUtilizationProbe::setClient(api::PrometheusClient *client)
{
    m_runner->setClient(client);
}

void LowUtilizationProbe::check(const QList<LowUtilizationCandidate> &jobs)
{
    m_low.clear();
    m_unanswered = 0;
    if (!m_runner->client() || jobs.isEmpty())
    {
        m_runner->cancel();
        emit checked(m_low);
        return;
    }
    QList<MetricQuery> queries;
    for (const LowUtilizationCandidate &job : jobs)
    {
        if (queries.size() >= kMaxJobs)
            break;
        queries.append({ job.jobId,
            dashboards::lowUtilizationQuery(job.jobId, job.npu, dashboards::lowUtilizationRangeMs(job.durationMs)), {},
            {} });
    }
    m_unanswered = static_cast<int>(queries.size());
    // The average since the job started ends at the data source's now, not this computer's:
    // the two differ when the clocks do (modelarts-local runs a scaled clock in tests).
    m_runner->runInstant(queries, QDateTime());
}
} // namespace ma::models
