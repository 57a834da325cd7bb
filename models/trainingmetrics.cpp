#include "trainingmetrics.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace ma::models
{
namespace
{
struct MetricInfo
{
    const char *id;
    const char *text;
};

// T2-9 series in the order the console lists them.
constexpr MetricInfo kMetrics[] = {
    { "cpuUsage", QT_TRANSLATE_NOOP("TrainingMetrics", "CPU usage") },
    { "memUsage", QT_TRANSLATE_NOOP("TrainingMetrics", "Memory usage") },
    { "gpuUtil", QT_TRANSLATE_NOOP("TrainingMetrics", "GPU usage") },
    { "gpuMemUsage", QT_TRANSLATE_NOOP("TrainingMetrics", "GPU memory usage") },
    { "npuUtil", QT_TRANSLATE_NOOP("TrainingMetrics", "NPU usage") },
    { "npuMemUsage", QT_TRANSLATE_NOOP("TrainingMetrics", "NPU memory usage") },
};
} // namespace

const QStringList &trainingMetricIds()
{
    static const QStringList ids = []
    {
        QStringList out;
        for (const MetricInfo &info : kMetrics)
            out << QString::fromLatin1(info.id);
        return out;
    }();
    return ids;
}

QString trainingMetricTitle(const QString &id)
{
    for (const MetricInfo &info : kMetrics)
    {
        if (id == QLatin1String(info.id))
            return QCoreApplication::translate("TrainingMetrics", info.text);
    }
    return id;
}

int fineMetricStepSeconds(qint64 durationMs)
{
    const qint64 seconds = std::max<qint64>(1, durationMs / 1000);
    return int(
        std::max<qint64>(kFineMetricMinStepSeconds, (seconds + kFineMetricMaxPoints - 1) / kFineMetricMaxPoints));
}

std::optional<TimeSeries> trainingMetricSeries(
    const api::TrainingMetricSeries &series, const QString &name, qint64 startMs, qint64 stepMs)
{
    const bool hasData = std::any_of(
        series.value.begin(), series.value.end(), [](double v) { return !api::isMetricNoData(v) && std::isfinite(v); });
    if (!hasData)
        return std::nullopt;
    TimeSeries out(name, QStringLiteral("%"));
    QList<TimePoint> points;
    points.reserve(qsizetype(series.value.size()));
    for (std::size_t i = 0; i < series.value.size(); ++i)
    {
        const double v = series.value[i];
        points.append({ startMs + qint64(i) * stepMs, api::isMetricNoData(v) ? qQNaN() : v });
    }
    out.setPoints(points);
    return out;
}
} // namespace ma::models
