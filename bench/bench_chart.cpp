// Benchmark (not a test): a 1,000,000-point series in ChartWidget (issue 14 item 5 asks for a
// replot <= 20 ms). Baseline of the same run: a plain QCustomPlot holding the same points (its
// own adaptive sampling on), replotted at the same size. Figures:
//   chart.replot1m    one replot of the chart widget once the data is applied (UI thread)
//   chart.pan1m       a pan (new visible range) applied and replotted at once (UI thread)
//   chart.set1m       setSeries + flush of the 1M points (UI thread)
//   chart.decimate1m  the min/max decimation to the pixel width (runs off the UI thread),
//                     against one plain min/max pass over the same points
// BENCH_RUNS (default 9), BENCH_QUICK=1: fewer runs. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_chart [screenshot-prefix]
// The bench links QCustomPlot for its baseline only; the product uses it in widgets/ alone.

#include "benchfigure.h"
#include "models/timeseries.h"
#include "widgets/chartwidget.h"

#if __has_include("models/seriesdecimation.h")
#include "models/seriesdecimation.h"
#define MA_HAVE_DECIMATION 1
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <QApplication>
#include <qcustomplot.h>
#include <QElapsedTimer>
#include <QThread>
#include <vector>

using namespace ma;

namespace
{
constexpr int kPoints = 1000000;
constexpr qint64 kStepMs = 1000;

QList<models::TimePoint> makePoints(qint64 t0)
{
    QList<models::TimePoint> points;
    points.reserve(kPoints);
    quint32 noise = 12345;
    for (int i = 0; i < kPoints; ++i)
    {
        noise = noise * 1664525u + 1013904223u;
        double v = 50.0 + 30.0 * std::sin(i / 20000.0) + double(noise >> 24) / 32.0;
        if (i % 99991 == 0)
            v = 99.0; // one-sample spikes, which a decimation must keep
        points.append({ t0 + qint64(i) * kStepMs, v });
    }
    return points;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void print(const char *label, const std::vector<double> &v)
{
    std::printf("%-58s median %7.2f ms  (min %.2f, max %.2f, n=%zu)\n", label, median(v),
        *std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()), v.size());
}

template <typename Fn> double millis(Fn &&fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return timer.nsecsElapsed() / 1e6;
}

/** Runs the event loop until the chart has not replotted for @p quietMs (decimations landed). */
void settle(widgets::ChartWidget &chart, int quietMs = 400)
{
    int seen = chart.replotCount();
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < quietMs)
    {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
        if (chart.replotCount() != seen)
        {
            seen = chart.replotCount();
            quiet.restart();
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = qEnvironmentVariableIntValue("BENCH_QUICK") > 0;
    const int envRuns = qEnvironmentVariableIntValue("BENCH_RUNS");
    const int runs = envRuns > 0 ? envRuns : (quick ? 3 : 9);
    const QSize size(1000, 400);
    const qint64 t0 = QDateTime(QDate(2026, 1, 5), QTime(0, 0)).toMSecsSinceEpoch();
    const QList<models::TimePoint> points = makePoints(t0);
    models::TimeSeries series(QStringLiteral("GPU usage"), QStringLiteral("%"));
    series.setPoints(points);

    // Baseline: plain QCustomPlot with the same points, adaptive sampling on (its default).
    std::vector<double> plain;
    {
        QCustomPlot plot;
        plot.resize(size);
        QCPGraph *graph = plot.addGraph();
        QVector<QCPGraphData> data;
        data.reserve(kPoints);
        for (const models::TimePoint &p : points)
            data.append(QCPGraphData(double(p.timeMs) / 1000.0, p.value));
        graph->data()->set(data, true);
        plot.rescaleAxes();
        plot.show();
        QCoreApplication::processEvents();
        plot.replot(QCustomPlot::rpImmediateRefresh); // warm-up
        for (int i = 0; i < runs; ++i)
            plain.push_back(millis([&] { plot.replot(QCustomPlot::rpImmediateRefresh); }));
        if (argc > 1)
        {
            // Every raw point drawn (no sampling at all), to compare with the decimated chart.
            graph->setAdaptiveSampling(false);
            graph->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.6));
            plot.yAxis->setRange(0, 100);
            plot.replot(QCustomPlot::rpImmediateRefresh);
            plot.grab().save(QString::fromLocal8Bit(argv[1]) + QStringLiteral("-raw1m.png"));
        }
    }

    widgets::ChartWidget chart;
    chart.resize(size);
    chart.setTitle(QStringLiteral("GPU usage · 1,000,000 points"));
    chart.setValueAxis(QStringLiteral("Usage"), QStringLiteral("%"), 0.0, 100.0);
    chart.show();
    QCoreApplication::processEvents();
    auto *plot = qobject_cast<QCustomPlot *>(chart.findChild<QWidget *>(QStringLiteral("chartPlot")));
    if (!plot)
    {
        std::fprintf(stderr, "no chartPlot in ChartWidget\n");
        return 1;
    }
    settle(chart);

    std::vector<double> set, replot, pan, zoomed;
    for (int i = 0; i < runs + 1; ++i)
    {
        chart.clear();
        settle(chart, 150);
        const double s = millis(
            [&]
            {
                chart.setSeries(QStringLiteral("gpu"), series);
                chart.flush();
            });
        settle(chart);
        const double r = millis([&] { plot->replot(QCustomPlot::rpImmediateRefresh); });
        // A pan by a tenth of the data: the range changes, the plot redraws at once.
        const qint64 from = t0 + qint64(kPoints) * kStepMs / 10 * (1 + i % 3);
        const double p = millis(
            [&]
            {
                chart.setVisibleTimeRange(QDateTime::fromMSecsSinceEpoch(from),
                    QDateTime::fromMSecsSinceEpoch(from + qint64(kPoints) * kStepMs / 2));
                chart.flush();
                plot->replot(QCustomPlot::rpImmediateRefresh);
            });
        settle(chart);
        // Zoomed in to 10 minutes (600 raw points): every point is drawn.
        chart.setVisibleTimeRange(
            QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(from + 600 * kStepMs));
        chart.flush();
        settle(chart);
        const double z = millis([&] { plot->replot(QCustomPlot::rpImmediateRefresh); });
        if (i == 0)
            continue; // warm-up
        set.push_back(s);
        replot.push_back(r);
        pan.push_back(p);
        zoomed.push_back(z);
    }
    if (argc > 1)
    {
        chart.resetZoom();
        chart.flush();
        settle(chart);
        chart.grab().save(QString::fromLocal8Bit(argv[1]) + QStringLiteral("-chart1m.png"));
    }

    std::printf("1,000,000-point series, %dx%d chart (%d runs): UI thread\n", size.width(), size.height(), runs);
    print("  baseline: plain QCustomPlot replot (adaptive sampling)", plain);
    print("  ChartWidget: setSeries + flush", set);
    print("  ChartWidget: replot", replot);
    print("  ChartWidget: pan (new range) + replot", pan);
    print("  ChartWidget: replot zoomed to 600 raw points", zoomed);
    printFigure("chart.replot1m", median(replot), "ms", median(plain));
    printFigure("chart.pan1m", median(pan), "ms", median(plain));
    printFigure("chart.set1m", median(set), "ms", median(plain));

#ifdef MA_HAVE_DECIMATION
    std::vector<double> scan, decimate;
    const int columns = plot->axisRect()->width();
    for (int i = 0; i < runs; ++i)
    {
        double lo = 0, hi = 0;
        scan.push_back(millis(
            [&]
            {
                lo = hi = points.constFirst().value;
                for (const models::TimePoint &p : points)
                {
                    lo = std::min(lo, p.value);
                    hi = std::max(hi, p.value);
                }
            }));
        std::size_t kept = 0;
        decimate.push_back(millis(
            [&] {
                kept = std::size_t(
                    models::decimateMinMax(points, series.firstTime(), series.lastTime(), columns).size());
            }));
        if (lo > hi || kept == 0)
            return 1; // keeps the loops from being optimised away
    }
    std::printf("Decimation of 1,000,000 points to %d columns (off the UI thread)\n", columns);
    print("  baseline: one min/max pass over the points", scan);
    print("  decimateMinMax (first/min/max/last per column)", decimate);
    printFigure("chart.decimate1m", median(decimate), "ms", median(scan));
#endif
    return 0;
}
