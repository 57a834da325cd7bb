#include "jobcomparisonloader.h"

#include "api/apiclient.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"
#include "models/trainingmetrics.h"

#include <QDateTime>
#include <utility>

namespace ma::models
{
JobComparisonLoader::JobComparisonLoader(QObject *parent)
    : QObject(parent)
{
}

JobComparisonLoader::~JobComparisonLoader()
{
    cancel();
}

void JobComparisonLoader::setClient(api::ApiClient *client)
{
    if (client == m_client)
        return;
    cancel();
    m_client = client;
}

void JobComparisonLoader::cancel()
{
    ++m_generation; // answers still on their way are dropped
    const bool wasLoading = isLoading();
    m_pendingJobs = 0;
    m_pendingMetrics = 0;
    const QList<QPointer<api::ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<api::ApiCall> &call : calls)
    {
        if (call)
            call->cancel();
    }
    if (wasLoading)
        emit loadingChanged(false);
}

void JobComparisonLoader::reload()
{
    load(m_ids);
}

void JobComparisonLoader::load(const QStringList &jobIds)
{
    cancel();
    m_ids = jobIds;
    if (!m_client || jobIds.isEmpty())
        return;
    m_answers.assign(std::size_t(jobIds.size()), std::nullopt);
    m_jobErrors.clear();
    m_metricsErrorReported = false;
    m_pendingJobs = int(jobIds.size());
    emit loadingChanged(true);
    const quint64 sent = m_generation;
    for (int i = 0; i < jobIds.size(); ++i)
    {
        api::ApiCall *call = m_client->send(api::training::show(jobIds.at(i)));
        m_calls.append(call);
        api::whenDecoded<api::TrainingJob>(call, this,
            [this, sent, i](const api::Typed<api::TrainingJob> &result)
            {
                if (sent != m_generation)
                    return;
                onJobAnswered(i, result.error, result.ok() ? std::optional(result.value) : std::nullopt);
            });
    }
}

void JobComparisonLoader::onJobAnswered(int index, const api::ApiError &error, std::optional<api::TrainingJob> job)
{
    if (job)
        m_answers[std::size_t(index)] = std::move(job);
    else if (error.kind != api::ApiError::Kind::Canceled)
        m_jobErrors.append(error);
    if (--m_pendingJobs > 0)
        return;

    std::vector<api::TrainingJob> jobs;
    for (std::optional<api::TrainingJob> &answer : m_answers)
    {
        if (answer)
            jobs.push_back(std::move(*answer));
    }
    m_answers.clear();
    m_calls.removeAll(nullptr);
    if (!m_jobErrors.isEmpty())
    {
        api::ApiError reported = m_jobErrors.front();
        if (m_jobErrors.size() > 1)
        {
            // One banner for all of them: each job's own words.
            QStringList lines;
            for (const api::ApiError &e : std::as_const(m_jobErrors))
                lines << e.displayText();
            reported.message
                = tr("%n jobs could not be read:", nullptr, int(m_jobErrors.size())) + u'\n' + lines.join(u'\n');
        }
        emit errorOccurred(reported);
    }
    emit loadingChanged(false);
    emit jobsLoaded(jobs);

    m_pendingMetrics = 0;
    for (const api::TrainingJob &job : jobs)
    {
        if (job.status.startTime.value_or(0) > 0 && job.metadata.id)
            ++m_pendingMetrics;
    }
    if (m_pendingMetrics == 0)
    {
        emit metricsFinished();
        return;
    }
    for (const api::TrainingJob &job : jobs)
    {
        if (job.status.startTime.value_or(0) > 0 && job.metadata.id)
            loadMetrics(job);
    }
}

void JobComparisonLoader::loadMetrics(const api::TrainingJob &job)
{
    const QString id = *job.metadata.id;
    // The first task's series, as the details page opens on it (worker-0 when the job lists none).
    const QString task
        = job.status.tasks && !job.status.tasks->empty() ? job.status.tasks->front() : QStringLiteral("worker-0");
    const qint64 start = *job.status.startTime;
    qint64 duration = job.status.duration.value_or(0);
    if (!api::isTerminalPhase(job.status.phase))
        duration = std::max<qint64>(duration, QDateTime::currentMSecsSinceEpoch() - start);
    std::optional<int> step;
    int stepSeconds = 60; // the cloud's one value per minute
    if (m_fineSteps)
    {
        stepSeconds = fineMetricStepSeconds(duration);
        step = stepSeconds;
    }
    api::ApiCall *call = m_client->send(api::training::metrics(id, task, step));
    m_calls.append(call);
    const quint64 sent = m_generation;
    api::whenDecoded<api::TrainingMetrics>(call, this,
        [this, sent, id, stepSeconds](const api::Typed<api::TrainingMetrics> &result)
        {
            if (sent != m_generation)
                return;
            if (result.ok())
            {
                JobMetricSeries series;
                for (const api::TrainingMetricSeries &s : result.value.metrics)
                {
                    // Time 0 is the job's start: jobs of different days share one axis.
                    std::optional<TimeSeries> ts
                        = trainingMetricSeries(s, trainingMetricTitle(s.metric), 0, qint64(stepSeconds) * 1000);
                    if (!ts)
                        continue;
                    // A step without a sample is not a drop to zero: a simulated job reports once a
                    // minute of its own time, finer than the steps asked for. The overlay joins the
                    // samples so the runs' shapes compare.
                    QList<TimePoint> points = ts->points();
                    points.removeIf([](const TimePoint &p) { return p.isGap(); });
                    ts->setPoints(points);
                    series.insert(s.metric, *ts);
                }
                emit metricsLoaded(id, series);
            }
            else if (result.error.kind != api::ApiError::Kind::Canceled && !m_metricsErrorReported)
            {
                m_metricsErrorReported = true;
                emit errorOccurred(result.error);
            }
            metricsAnswered();
        });
}

void JobComparisonLoader::metricsAnswered()
{
    m_calls.removeAll(nullptr);
    if (--m_pendingMetrics == 0)
        emit metricsFinished();
}
} // namespace ma::models
