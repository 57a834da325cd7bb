#pragma once

// The resource-usage series of a training job (T2-9) as chart data: which metrics there are,
// in the console's order with their titles, and one api::TrainingMetricSeries as a TimeSeries.
// Shared by the job details page and the job comparison.

#include "api/types/training.h"
#include "models/timeseries.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** The T2-9 metric ids in the console's order (cpuUsage, memUsage, gpuUtil, ...); all are percentages. */
const QStringList &trainingMetricIds();
/** The translated title of metric @p id ("CPU usage"); the id itself for an unknown one. */
QString trainingMetricTitle(const QString &id);

/** The finest `step` modelarts-local is asked for (its T2-9 extension), in seconds. */
inline constexpr int kFineMetricMinStepSeconds = 2;
/** Points a chart asks modelarts-local for at most: the step grows for long jobs. */
inline constexpr qint64 kFineMetricMaxPoints = 600;
/** The `step` for a job that has run @p durationMs: kFineMetricMinStepSeconds, more for long runs. */
int fineMetricStepSeconds(qint64 durationMs);

/**
 * @brief @p series as points from @p startMs, one every @p stepMs (T2-9 gives values only:
 * the first is at the job's start). "No data" values become gaps. nullopt when the series
 * holds no value at all, so callers drop it rather than draw an empty line.
 */
std::optional<TimeSeries> trainingMetricSeries(
    const api::TrainingMetricSeries &series, const QString &name, qint64 startMs, qint64 stepMs);
} // namespace ma::models
