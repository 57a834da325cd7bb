#include "metricsqueryrunner.h"

#include <cmath>
#include <QRegularExpression>

namespace ma::models
{
MetricsQueryRunner::MetricsQueryRunner(api::PrometheusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

MetricsQueryRunner::~MetricsQueryRunner()
{
    cancel();
    for (const QPointer<api::PrometheusCall> &call : std::exchange(m_labelCalls, {}))
    {
        if (call)
            call->cancel();
    }
}

void MetricsQueryRunner::fetchLabelValues(const QString &key, const QString &label, const QString &match)
{
    if (QPointer<api::PrometheusCall> old = m_labelCalls.take(key))
        old->cancel();
    if (!m_client)
    {
        emit labelValuesFailed(key, tr("No Prometheus data source is configured."));
        return;
    }
    api::PrometheusCall *call = m_client->labelValues(label, match.isEmpty() ? QStringList() : QStringList { match });
    m_labelCalls.insert(key, call);
    connect(call, &api::PrometheusCall::finished, this,
        [this, key, call](const api::PromResult &result)
        {
            if (m_labelCalls.value(key) != call)
                return; // replaced or cancelled
            m_labelCalls.remove(key);
            if (result.ok())
            {
                QStringList values = result.strings;
                values.sort();
                emit labelValuesLoaded(key, values);
            }
            else
            {
                emit labelValuesFailed(key, messageFor(result));
            }
        });
}

QString MetricsQueryRunner::messageFor(const api::PromResult &result) const
{
    QString message = result.error.displayText();
    if (!result.error.code.isEmpty() && result.error.kind == api::ApiError::Kind::Http)
        message = tr("The data source refused the query (%1): %2").arg(result.error.code, message);
    return message;
}

void MetricsQueryRunner::setClient(api::PrometheusClient *client)
{
    cancel();
    m_client = client;
}

void MetricsQueryRunner::cancel()
{
    const bool wasRunning = isRunning();
    ++m_runId; // answers of the cancelled run are ignored from here on
    const auto calls = std::exchange(m_calls, {});
    m_pending = 0;
    for (const QPointer<api::PrometheusCall> &call : calls)
    {
        if (call)
            call->cancel();
    }
    if (wasRunning)
        emit runningChanged(false);
}

int MetricsQueryRunner::run(
    const QList<MetricQuery> &queries, const QDateTime &start, const QDateTime &end, qint64 stepMs)
{
    return this->start(queries,
        [this, start, end, stepMs](const MetricQuery &q) { return m_client->queryRange(q.expr, start, end, stepMs); });
}

int MetricsQueryRunner::runInstant(const QList<MetricQuery> &queries, const QDateTime &at)
{
    const std::optional<QDateTime> time = at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
    return start(queries, [this, time](const MetricQuery &q) { return m_client->query(q.expr, time); });
}

int MetricsQueryRunner::start(const QList<MetricQuery> &queries, const Start &send)
{
    cancel();
    const int runId = m_runId;
    if (!m_client)
    {
        for (const MetricQuery &q : queries)
            emit queryFailed(runId, q.id, tr("No Prometheus data source is configured."));
        emit runFinished(runId);
        return runId;
    }
    if (queries.isEmpty())
    {
        emit runFinished(runId);
        return runId;
    }
    m_pending = static_cast<int>(queries.size());
    emit runningChanged(true);
    for (const MetricQuery &q : queries)
    {
        api::PrometheusCall *call = send(q);
        m_calls.append(call);
        connect(call, &api::PrometheusCall::finished, this,
            [this, runId, q](const api::PromResult &result)
            {
                if (runId != m_runId)
                    return; // stale: a newer run or a cancel replaced it
                if (result.ok())
                {
                    emit queryFinished(runId, q.id, toTimeSeries(result, q));
                }
                else
                {
                    emit queryFailed(runId, q.id, messageFor(result));
                }
                if (--m_pending == 0)
                {
                    m_calls.clear();
                    emit runningChanged(false);
                    emit runFinished(runId);
                }
            });
    }
    return runId;
}

qint64 MetricsQueryRunner::autoStep(const QDateTime &start, const QDateTime &end, int maxPoints, qint64 minStepMs)
{
    const qint64 span = std::max<qint64>(0, start.msecsTo(end));
    qint64 step = span / std::max(1, maxPoints);
    step = (step + 999) / 1000 * 1000;
    return std::max(step, minStepMs);
}

QString MetricsQueryRunner::legendFor(const QString &format, const api::PromSeries &series)
{
    if (format.isEmpty())
    {
        QStringList parts;
        for (const auto &[k, v] : series.labels)
        {
            if (k != u"__name__")
                parts << QStringLiteral("%1=\"%2\"").arg(k, v);
        }
        const QString name = series.metricName();
        if (parts.isEmpty())
            return name;
        return name + u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(format);
    while (it.hasNext())
    {
        const auto m = it.next();
        out += format.mid(last, m.capturedStart() - last);
        out += series.label(m.captured(1));
        last = m.capturedEnd();
    }
    out += format.mid(last);
    return out;
}

QList<TimeSeries> MetricsQueryRunner::toTimeSeries(const api::PromResult &result, const MetricQuery &query)
{
    QList<TimeSeries> out;
    out.reserve(static_cast<qsizetype>(result.series.size()));
    for (const api::PromSeries &s : result.series)
    {
        TimeSeries ts(legendFor(query.legend, s), query.unit);
        QList<TimePoint> points;
        points.reserve(static_cast<qsizetype>(s.timestamps.size()));
        for (size_t i = 0; i < s.timestamps.size() && i < s.values.size(); ++i)
        {
            const double v = s.values[i];
            points.append(
                { static_cast<qint64>(std::llround(s.timestamps[i] * 1000.0)), std::isfinite(v) ? v : qQNaN() });
        }
        ts.setPoints(std::move(points));
        out.append(std::move(ts));
    }
    return out;
}
} // namespace ma::models
