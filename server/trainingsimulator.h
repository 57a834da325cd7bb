#pragma once

// What a simulated training job (any pool but "local") prints and measures: a framework
// banner, a few epoch/step/loss/accuracy lines per nominal minute, the closing lines, and
// resource usage consistent with its flavor (CPU and memory always, GPU series only with
// GPUs, NPU series only with NPUs). Deterministic for a job id, so a restart or a second
// read gives the same numbers. Stateless apart from its parameters; no store access.

#include "flavorcatalog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ma::server
{
class TrainingSimulator final
{
public:
    /** @p runMinutes: nominal length of the run, which spreads the epochs over it. */
    TrainingSimulator(const QString &jobId, const FlavorShape &shape, const QString &engineName, qint64 runMinutes);

    /** cpuUsage, memUsage, then gpuUtil/gpuMemUsage with GPUs, npuUtil/npuMemUsage with NPUs. */
    static QStringList metricNames(const FlavorShape &shape);
    /** All six metrics of T2-9, in the order the API lists them. */
    static QStringList allMetricNames();

    QByteArray startLog(const QString &task, qint64 timeMs) const;
    /** The lines of minute @p minute (0-based) of the run. */
    QByteArray minuteLog(const QString &task, int minute, qint64 timeMs) const;
    QByteArray endLog(const QString &task, int exitCode, qint64 timeMs) const;
    /** Percent (0-100) of @p metric for @p task during minute @p minute. */
    double metric(const QString &task, const QString &metric, int minute) const;

private:
    /** A deterministic number in [0, 1) for this job and @p salt. */
    double noise(const QString &salt) const;
    QString stamp(qint64 timeMs) const;
    QString device() const;

    QString m_jobId;
    FlavorShape m_shape;
    QString m_engine;
    qint64 m_runMinutes;
    int m_epochs;
};
} // namespace ma::server
