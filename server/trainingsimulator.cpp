#include "trainingsimulator.h"

#include <cmath>
#include <QCryptographicHash>
#include <QDateTime>

namespace ma::server
{
TrainingSimulator::TrainingSimulator(
    const QString &jobId, const FlavorShape &shape, const QString &engineName, qint64 runMinutes)
    : m_jobId(jobId)
    , m_shape(shape)
    , m_engine(engineName)
    , m_runMinutes(std::max<qint64>(1, runMinutes))
    , m_epochs(static_cast<int>(std::clamp<qint64>(m_runMinutes / 2, 2, 100)))
{
}

QStringList TrainingSimulator::metricNames(const FlavorShape &shape)
{
    QStringList names = { QStringLiteral("cpuUsage"), QStringLiteral("memUsage") };
    if (shape.gpuCount > 0)
        names << QStringLiteral("gpuUtil") << QStringLiteral("gpuMemUsage");
    if (shape.npuCount > 0)
        names << QStringLiteral("npuUtil") << QStringLiteral("npuMemUsage");
    return names;
}

QStringList TrainingSimulator::allMetricNames()
{
    return { QStringLiteral("cpuUsage"), QStringLiteral("memUsage"), QStringLiteral("gpuUtil"),
        QStringLiteral("gpuMemUsage"), QStringLiteral("npuUtil"), QStringLiteral("npuMemUsage") };
}

double TrainingSimulator::noise(const QString &salt) const
{
    const QByteArray digest
        = QCryptographicHash::hash(QString(m_jobId + u'|' + salt).toUtf8(), QCryptographicHash::Md5);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<quint8>(digest.at(i));
    return v / 4294967296.0;
}

QString TrainingSimulator::stamp(qint64 timeMs) const
{
    return QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TrainingSimulator::device() const
{
    if (m_shape.gpuCount > 0)
        return QStringLiteral("GPU");
    if (m_shape.npuCount > 0)
        return QStringLiteral("Ascend");
    return QStringLiteral("CPU");
}

QByteArray TrainingSimulator::startLog(const QString &task, qint64 timeMs) const
{
    const QString t = stamp(timeMs);
    QString text;
    text += QStringLiteral("[ModelArts Service Log][INFO][%1] modelarts-local: simulated task %2 of job %3\n")
                .arg(t, task, m_jobId);
    text += QStringLiteral("[ModelArts Service Log][INFO][%1] resource: %2\n").arg(t, m_shape.displayName);
    text += QStringLiteral("[ModelArts Service Log][INFO][%1] training input downloaded, starting the boot file\n")
                .arg(t);
    const QString engine = m_engine.toLower();
    if (engine.contains(u"pytorch") || engine.contains(u"ascend-powered"))
    {
        text += QStringLiteral("%1 INFO torch version: 2.1.0, device: %2, device count: %3\n")
                    .arg(t, m_shape.gpuCount > 0 ? QStringLiteral("cuda") : device().toLower())
                    .arg(std::max(m_shape.gpuCount, m_shape.npuCount));
    }
    else if (engine.contains(u"tensorflow") || engine.contains(u"horovod"))
    {
        text += QStringLiteral("%1 INFO TensorFlow version: 2.1.0\n%1 INFO Num GPUs Available: %2\n")
                    .arg(t)
                    .arg(m_shape.gpuCount);
    }
    else if (engine.contains(u"mindspore"))
    {
        text += QStringLiteral("%1 INFO MindSpore version: 2.2.0, device_target: %2\n").arg(t, device());
    }
    else
    {
        text += QStringLiteral("%1 INFO python 3.9.11, device: %2\n").arg(t, device());
    }
    text += QStringLiteral("%1 INFO start training: %2 epochs\n").arg(t).arg(m_epochs);
    return text.toUtf8();
}

QByteArray TrainingSimulator::minuteLog(const QString &task, int minute, qint64 timeMs) const
{
    constexpr int kSteps = 400;
    constexpr int kLinesPerMinute = 3;
    const bool mindspore = m_engine.contains(u"mindspore", Qt::CaseInsensitive);
    const bool tensorflow = m_engine.contains(u"tensorflow", Qt::CaseInsensitive);
    QString text;
    for (int line = 0; line < kLinesPerMinute; ++line)
    {
        const double progress = std::min(1.0, (minute + (line + 1.0) / kLinesPerMinute) / m_runMinutes);
        const double exactEpoch = progress * m_epochs;
        const int epoch = std::clamp(static_cast<int>(std::ceil(exactEpoch)), 1, m_epochs);
        const int step = std::clamp(static_cast<int>((exactEpoch - (epoch - 1)) * kSteps), 1, kSteps);
        const QString salt = QStringLiteral("%1:%2:%3").arg(task).arg(minute).arg(line);
        const double loss = 2.3 * std::exp(-3.2 * progress) + 0.04 + 0.06 * noise(salt);
        const double accuracy
            = std::clamp(0.1 + 0.88 * (1 - std::exp(-4.0 * progress)) - 0.02 * noise(salt + u'a'), 0.0, 1.0);
        const double throughput = 480 + 60 * noise(salt + u't');
        const QString t = stamp(timeMs + line * 15000);
        if (mindspore)
        {
            text += QStringLiteral("%1 epoch: %2 step: %3, loss is %4\n")
                        .arg(t)
                        .arg(epoch)
                        .arg(step)
                        .arg(loss, 0, 'f', 4);
        }
        else if (tensorflow)
        {
            text += QStringLiteral("%1 Epoch %2/%3 - %4/%5 - loss: %6 - accuracy: %7\n")
                        .arg(t)
                        .arg(epoch)
                        .arg(m_epochs)
                        .arg(step)
                        .arg(kSteps)
                        .arg(loss, 0, 'f', 4)
                        .arg(accuracy, 0, 'f', 4);
        }
        else
        {
            text += QStringLiteral("%1 INFO Epoch [%2/%3] Step [%4/%5] loss: %6 accuracy: %7% (%8 samples/s)\n")
                        .arg(t)
                        .arg(epoch)
                        .arg(m_epochs)
                        .arg(step)
                        .arg(kSteps)
                        .arg(loss, 0, 'f', 4)
                        .arg(accuracy * 100, 0, 'f', 2)
                        .arg(throughput, 0, 'f', 1);
        }
    }
    return text.toUtf8();
}

QByteArray TrainingSimulator::endLog(const QString &task, int exitCode, qint64 timeMs) const
{
    const QString t = stamp(timeMs);
    QString text;
    if (exitCode == 0)
    {
        text += QStringLiteral("%1 INFO training finished, saving the model to the output directory\n").arg(t);
    }
    else
    {
        text += QStringLiteral("Traceback (most recent call last):\n"
                               "  File \"train.py\", line 142, in <module>\n"
                               "    main()\n"
                               "RuntimeError: simulated failure of task %1\n")
                    .arg(task);
    }
    text += QStringLiteral("[ModelArts Service Log][INFO][%1] upload training output finished\n").arg(t);
    text += QStringLiteral("[ModelArts Service Log]exit with %1\n").arg(exitCode);
    return text.toUtf8();
}

double TrainingSimulator::metric(const QString &task, const QString &metric, int minute) const
{
    const double ramp = std::min(1.0, (minute + 1) / 3.0); // loading data, warming up
    const double n = noise(QStringLiteral("%1:%2:%3").arg(task, metric).arg(minute));
    const bool accelerated = m_shape.hasAccelerator();
    double v = 0;
    if (metric == u"cpuUsage")
        v = accelerated ? 18 + 22 * n : (55 + 35 * n) * ramp;
    else if (metric == u"memUsage")
        v = (accelerated ? 22 : 35) * ramp + 6 * n;
    else if (metric == u"gpuUtil" || metric == u"npuUtil")
        v = (72 + 24 * n) * ramp;
    else if (metric == u"gpuMemUsage" || metric == u"npuMemUsage")
        v = (58 + 12 * n) * ramp;
    return std::round(std::clamp(v, 0.0, 100.0) * 1000) / 1000;
}
} // namespace ma::server
