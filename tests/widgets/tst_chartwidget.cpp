// ChartWidget: coalesced replots, legend toggling, hover values, zoom vs. follow, long series.
// With MA_SCREENSHOT_DIR set, screenshot() saves widget-chart*.png there.

#include "widgets/chartwidget.h"

#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace ma::widgets;
using ma::models::TimePoint;
using ma::models::TimeSeries;
using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 Minute = 60 * 1000;
const qint64 T0 = QDateTime(QDate(2024, 3, 12), QTime(12, 0)).toMSecsSinceEpoch();

TimeSeries ramp(const QString &name, int count, double base, qint64 step = Minute)
{
    TimeSeries s(name, u"%"_s);
    for (int i = 0; i < count; ++i)
        s.append(T0 + i * step, base + i % 10);
    return s;
}

/** @p count samples a second apart around @p level, with a spike up and down every 99,991. */
TimeSeries million(double level, int count = 1'000'000)
{
    QList<TimePoint> points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
    {
        double v = level + (i % 17) / 10.0;
        if (i % 99991 == 1)
            v = level + 9.5;
        else if (i % 99991 == 2)
            v = level - 9.5;
        points.append({ T0 + qint64(i) * 1000, v });
    }
    TimeSeries s(u"GPU usage"_s, u"%"_s);
    s.setPoints(points);
    return s;
}

bool holdsValue(const QList<TimePoint> &points, double low, double high)
{
    return std::any_of(
        points.cbegin(), points.cend(), [&](const TimePoint &p) { return p.value >= low && p.value <= high; });
}

QWidget *plotOf(ChartWidget &chart)
{
    return chart.findChild<QWidget *>(u"chartPlot"_s);
}

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString path = QDir(dir).filePath(u"widget-%1.png"_s.arg(name));
    QVERIFY(w.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}
} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void coalescesReplots();
    void legendTogglesSeries();
    void hoverShowsVisibleValues();
    void hoverShowsGapsAsNoData();
    void zoomStopsFollowingUntilReset();
    void seriesManagement();
    void acceptsLongSeries();
    void decimatesMillionPoints();
    void zoomShowsRawPoints();
    void staleDecimationNeverShown();
    void elapsedAxisOverlaysRunsFromTheirStart();
    void screenshot();

private:
    std::unique_ptr<ChartWidget> m_chart;
};

void TestChartWidget::init()
{
    m_chart = std::make_unique<ChartWidget>();
    m_chart->resize(900, 420);
    m_chart->setValueAxis(u"Usage"_s, u"%"_s, 0.0, 100.0);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QTRY_VERIFY(m_chart->replotCount() > 0);
    QTest::qWait(ChartWidget::ReplotDelayMs * 2); // the initial layout and show replots are done
}

void TestChartWidget::cleanup()
{
    m_chart.reset();
}

void TestChartWidget::coalescesReplots()
{
    ChartWidget &chart = *m_chart;
    const int before = chart.replotCount();
    chart.setSeries(u"cpu"_s, ramp(u"CPU usage"_s, 50, 20));
    chart.setSeries(u"mem"_s, ramp(u"Memory usage"_s, 50, 50));
    chart.setSeries(u"gpu"_s, ramp(u"GPU usage"_s, 50, 70));
    for (int i = 0; i < 100; ++i)
    {
        const QString id = i % 3 == 0 ? u"cpu"_s : (i % 3 == 1 ? u"mem"_s : u"gpu"_s);
        chart.appendPoint(id, T0 + (50 + i) * Minute, 30.0 + i % 7);
    }
    QCOMPARE(chart.replotCount(), before); // mutations only mark the chart dirty
    QTRY_VERIFY(chart.replotCount() > before);
    QTest::qWait(ChartWidget::ReplotDelayMs * 3);
    QVERIFY2(chart.replotCount() - before <= 2, qPrintable(u"%1 replots"_s.arg(chart.replotCount() - before)));
    QCOMPARE(chart.seriesCount(), 3);
    QCOMPARE(chart.series(u"cpu"_s).size(), 50 + 34);
    QCOMPARE(chart.series(u"mem"_s).size(), 50 + 33);
}

void TestChartWidget::legendTogglesSeries()
{
    ChartWidget &chart = *m_chart;
    chart.setSeries(u"cpuUsage"_s, ramp(u"CPU usage"_s, 30, 20));
    chart.setSeries(u"memUsage"_s, ramp(u"Memory usage"_s, 30, 60));
    QSignalSpy toggled(&chart, &ChartWidget::seriesVisibilityChanged);

    chart.setSeriesVisible(u"memUsage"_s, false);
    QVERIFY(!chart.isSeriesVisible(u"memUsage"_s));
    QVERIFY(chart.isSeriesVisible(u"cpuUsage"_s));
    QCOMPARE(toggled.count(), 1);
    chart.setSeriesVisible(u"memUsage"_s, true);
    QCOMPARE(toggled.count(), 2);

    // A real click on the legend entry.
    const int replots = chart.replotCount();
    QTRY_VERIFY(chart.replotCount() > replots); // laid out with the legend entries
    const QRect item = chart.legendItemRect(u"cpuUsage"_s);
    QVERIFY(!item.isEmpty());
    QWidget *plot = plotOf(chart);
    QVERIFY(plot);
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->mapFrom(&chart, item.center()));
    QVERIFY(!chart.isSeriesVisible(u"cpuUsage"_s));
    QCOMPARE(toggled.count(), 3);
    QCOMPARE(toggled.last().at(0).toString(), u"cpuUsage"_s);
    QCOMPARE(toggled.last().at(1).toBool(), false);
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->mapFrom(&chart, item.center()));
    QVERIFY(chart.isSeriesVisible(u"cpuUsage"_s));
}

void TestChartWidget::hoverShowsVisibleValues()
{
    ChartWidget &chart = *m_chart;
    TimeSeries cpu(u"CPU usage"_s, u"%"_s);
    TimeSeries mem(u"Memory usage"_s, u"MiB"_s);
    for (int i = 0; i < 30; ++i)
    {
        cpu.append(T0 + i * Minute, 10.0 + i);
        mem.append(T0 + i * Minute, 2000.0 + 10 * i);
    }
    chart.setSeries(u"cpu"_s, cpu);
    chart.setSeries(u"mem"_s, mem);
    QVERIFY(chart.hoverText().isEmpty());

    // 20 s after the sample of minute 12: snaps to minute 12.
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + 12 * Minute + 20 * 1000));
    QString text = chart.hoverText();
    const QLocale locale;
    QVERIFY2(text.contains(u"CPU usage: %1%"_s.arg(locale.toString(22.0, 'f', 1))), qPrintable(text));
    QVERIFY2(text.contains(u"Memory usage: %1 MiB"_s.arg(locale.toString(2120.0, 'f', 0))), qPrintable(text));
    QVERIFY2(
        text.startsWith(QLocale().toString(QDateTime::fromMSecsSinceEpoch(T0 + 12 * Minute), u"yyyy-MM-dd HH:mm:ss"_s)),
        qPrintable(text));

    chart.setSeriesVisible(u"mem"_s, false);
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + 3 * Minute));
    text = chart.hoverText();
    QVERIFY2(text.contains(u"CPU usage: %1%"_s.arg(locale.toString(13.0, 'f', 1))), qPrintable(text));
    QVERIFY2(!text.contains(u"Memory usage"_s), qPrintable(text));

    chart.clearHover();
    QVERIFY(chart.hoverText().isEmpty());

    // The real mouse: moving over the plot area shows the values, leaving the plot hides them.
    chart.setSeriesVisible(u"mem"_s, true);
    chart.flush();
    const int replots = chart.replotCount();
    QTRY_VERIFY(chart.replotCount() > replots);
    QWidget *plot = plotOf(chart);
    QTest::mouseMove(plot, QPoint(plot->width() / 2, plot->height() / 2));
    QTRY_VERIFY(!chart.hoverText().isEmpty());
    QVERIFY2(chart.hoverText().contains(u"Memory usage: "_s), qPrintable(chart.hoverText()));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot, &leave);
    QVERIFY(chart.hoverText().isEmpty());
}

void TestChartWidget::hoverShowsGapsAsNoData()
{
    ChartWidget &chart = *m_chart;
    TimeSeries npu(u"NPU usage"_s, u"%"_s);
    npu.append({ { T0, 5 }, { T0 + Minute, -1 }, { T0 + 2 * Minute, 7 } });
    chart.setSeries(u"npu"_s, npu);
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + Minute));
    QVERIFY2(chart.hoverText().contains(u"NPU usage: no data"_s), qPrintable(chart.hoverText()));
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + 2 * Minute));
    QVERIFY2(chart.hoverText().contains(u"NPU usage: %1%"_s.arg(QLocale().toString(7.0, 'f', 2))),
        qPrintable(chart.hoverText()));
}

void TestChartWidget::zoomStopsFollowingUntilReset()
{
    ChartWidget &chart = *m_chart;
    chart.setSeries(u"cpu"_s, ramp(u"CPU usage"_s, 60, 20));
    chart.flush();
    QVERIFY(chart.isFollowingLatest());
    QVERIFY(chart.visibleTimeRange().second.toMSecsSinceEpoch() >= T0 + 59 * Minute);
    QVERIFY(chart.visibleTimeRange().first.toMSecsSinceEpoch() <= T0);
    QTRY_VERIFY(chart.replotCount() > 0);
    QTest::qWait(ChartWidget::ReplotDelayMs * 2);

    // Zoom in with the wheel over the middle of the plot.
    QWidget *plot = plotOf(chart);
    QSignalSpy followSpy(&chart, &ChartWidget::followingLatestChanged);
    const QPointF center(plot->width() / 2.0, plot->height() / 2.0);
    QWheelEvent wheel(center, plot->mapToGlobal(center), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(!chart.isFollowingLatest());
    QCOMPARE(followSpy.count(), 1);
    const auto zoomed = chart.visibleTimeRange();
    QVERIFY(zoomed.second.toMSecsSinceEpoch() - zoomed.first.toMSecsSinceEpoch() < 59 * Minute);

    // New data does not move a zoomed view.
    const int replots = chart.replotCount();
    chart.appendPoint(u"cpu"_s, T0 + 90 * Minute, 55);
    QTRY_VERIFY(chart.replotCount() > replots);
    QCOMPARE(chart.visibleTimeRange(), zoomed);

    // Reset: follow again, including the new sample.
    chart.resetZoom();
    QVERIFY(chart.isFollowingLatest());
    chart.flush();
    QVERIFY(chart.visibleTimeRange().second.toMSecsSinceEpoch() >= T0 + 90 * Minute);
    QVERIFY(chart.visibleTimeRange().first.toMSecsSinceEpoch() <= T0);

    // Double-click and the "Reset zoom" button also return to following.
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(!chart.isFollowingLatest());
    QTest::mouseDClick(plot, Qt::LeftButton, {}, center.toPoint());
    QVERIFY(chart.isFollowingLatest());
    QApplication::sendEvent(plot, &wheel);
    auto *resetButton = chart.findChild<QWidget *>(u"resetZoomButton"_s);
    QVERIFY(resetButton && resetButton->isVisible());
    QTest::mouseClick(resetButton, Qt::LeftButton);
    QVERIFY(chart.isFollowingLatest());
    QVERIFY(!resetButton->isVisible());

    // A programmatic zoom behaves like the user's; a time window limits the followed range.
    chart.setVisibleTimeRange(QDateTime::fromMSecsSinceEpoch(T0), QDateTime::fromMSecsSinceEpoch(T0 + 10 * Minute));
    QVERIFY(!chart.isFollowingLatest());
    chart.setTimeWindow(30 * Minute);
    chart.resetZoom();
    chart.flush();
    const auto windowed = chart.visibleTimeRange();
    QCOMPARE(windowed.first.toMSecsSinceEpoch(), T0 + 60 * Minute);
    QVERIFY(windowed.second.toMSecsSinceEpoch() >= T0 + 90 * Minute);
}

void TestChartWidget::seriesManagement()
{
    ChartWidget &chart = *m_chart;
    chart.setSeries(u"a"_s, ramp(u"Job A"_s, 5, 10));
    chart.setSeries(u"b"_s, ramp(u"Job B"_s, 5, 20), QColor(Qt::red));
    QCOMPARE(chart.seriesIds(), (QStringList { u"a"_s, u"b"_s }));
    QVERIFY(chart.seriesColor(u"a"_s).isValid());
    QCOMPARE(chart.seriesColor(u"b"_s), QColor(Qt::red));
    QVERIFY(chart.seriesColor(u"a"_s) != chart.seriesColor(u"b"_s));
    chart.setSeries(u"a"_s, ramp(u"Job A"_s, 7, 10)); // replace keeps the colour
    QCOMPARE(chart.seriesCount(), 2);
    QCOMPARE(chart.series(u"a"_s).size(), 7);
    chart.appendPoint(u"unknown"_s, T0, 1); // ignored
    QCOMPARE(chart.seriesCount(), 2);
    chart.removeSeries(u"a"_s);
    QCOMPARE(chart.seriesIds(), QStringList { u"b"_s });
    QVERIFY(!chart.hasSeries(u"a"_s));
    chart.clear();
    QCOMPARE(chart.seriesCount(), 0);
    chart.flush();
    chart.setTitle(u"Memory"_s);
    QCOMPARE(chart.title(), u"Memory"_s);
    chart.setTitle(QString());
    chart.flush();
}

void TestChartWidget::acceptsLongSeries()
{
    ChartWidget &chart = *m_chart;
    TimeSeries big(u"GPU usage"_s, u"%"_s);
    QList<TimePoint> points;
    points.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        points.append({ T0 + qint64(i) * 2000, 50.0 + 40.0 * std::sin(i / 2000.0) + (i % 97 == 0 ? 5.0 : 0.0) });
    big.setPoints(points);

    QElapsedTimer timer;
    timer.start();
    const int replots = chart.replotCount();
    chart.setSeries(u"gpu"_s, big);
    chart.flush();
    QTRY_VERIFY(chart.replotCount() > replots);
    qInfo("100k points: set, applied and replotted in %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(chart.series(u"gpu"_s).size(), 100000);
    QVERIFY(chart.visibleTimeRange().second.toMSecsSinceEpoch() >= T0 + 99999LL * 2000);

    timer.restart();
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + 50000LL * 2000));
    qInfo("hover over 100k points: %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(chart.hoverText().contains(u"GPU usage: "_s));
}

void TestChartWidget::decimatesMillionPoints()
{
    ChartWidget &chart = *m_chart;
    const TimeSeries big = million(50);
    chart.setSeries(u"gpu"_s, big);
    chart.flush();
    QVERIFY(chart.isDecimating()); // off the UI thread
    QTRY_VERIFY(!chart.isDecimating());
    const QList<TimePoint> drawn = chart.drawnPoints(u"gpu"_s);
    // At most 4 points per pixel column of the three-spans window (and the two neighbours).
    QVERIFY2(
        drawn.size() > 100 && drawn.size() <= 4 * 3 * chart.width() + 2, qPrintable(QString::number(drawn.size())));
    // Every drawn point is a raw one; every spike up and down is among them; the ends are exact.
    QSet<qint64> times;
    for (const TimePoint &p : drawn)
    {
        const int i = int((p.timeMs - T0) / 1000);
        QCOMPARE(p, big.at(i));
        times.insert(p.timeMs);
    }
    for (int i = 0; i < big.size(); i += 99991)
    {
        QVERIFY2(times.contains(big.at(i + 1).timeMs), qPrintable(QString::number(i + 1)));
        QVERIFY2(times.contains(big.at(i + 2).timeMs), qPrintable(QString::number(i + 2)));
    }
    QCOMPARE(drawn.constFirst(), big.at(0));
    QCOMPARE(drawn.constLast(), big.at(big.size() - 1));
    // The series itself stays whole (hover and CSV read it).
    QCOMPARE(chart.series(u"gpu"_s).size(), 1'000'000);
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(T0 + 500'000LL * 1000));
    QVERIFY(chart.hoverText().contains(u"GPU usage: "_s));
}

void TestChartWidget::zoomShowsRawPoints()
{
    ChartWidget &chart = *m_chart;
    const TimeSeries big = million(50);
    chart.setSeries(u"gpu"_s, big);
    chart.flush();
    QTRY_VERIFY(!chart.isDecimating());
    // Ten minutes: 601 samples over ~850 pixel columns, every one drawn as it is.
    const qint64 from = T0 + 400'000LL * 1000;
    const qint64 to = from + 10 * Minute;
    chart.setVisibleTimeRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    chart.flush();
    QTRY_VERIFY(!chart.isDecimating());
    const QList<TimePoint> drawn = chart.drawnPoints(u"gpu"_s);
    QList<TimePoint> shown;
    for (const TimePoint &p : drawn)
    {
        if (p.timeMs >= from && p.timeMs <= to)
            shown.append(p);
    }
    QCOMPARE(shown, big.points().mid(400'000, 601));

    // Panning by half a span: exact again once the new decimation lands.
    chart.setVisibleTimeRange(
        QDateTime::fromMSecsSinceEpoch(from + 5 * Minute), QDateTime::fromMSecsSinceEpoch(to + 5 * Minute));
    chart.flush();
    QTRY_VERIFY(!chart.isDecimating());
    shown.clear();
    for (const TimePoint &p : chart.drawnPoints(u"gpu"_s))
    {
        if (p.timeMs >= from + 5 * Minute && p.timeMs <= to + 5 * Minute)
            shown.append(p);
    }
    QCOMPARE(shown, big.points().mid(400'300, 601));
}

void TestChartWidget::staleDecimationNeverShown()
{
    ChartWidget &chart = *m_chart;
    // Data replaced before its decimation landed (set, not yet applied): the old one is dropped.
    chart.setSeries(u"gpu"_s, million(10));
    chart.flush(); // decimation of the 10s starts
    chart.setSeries(u"gpu"_s, million(80)); // the data changes while it runs
    QTRY_VERIFY(!chart.isDecimating());
    QVERIFY(!holdsValue(chart.drawnPoints(u"gpu"_s), 0, 20));
    chart.flush();
    QTRY_VERIFY(!chart.isDecimating());
    QList<TimePoint> drawn = chart.drawnPoints(u"gpu"_s);
    QVERIFY(!drawn.isEmpty());
    QVERIFY(!holdsValue(drawn, 0, 20));
    QVERIFY(holdsValue(drawn, 89.5, 89.5)); // the spikes of the new data

    // Replaced and applied twice in one event-loop turn: only the last decimation lands.
    chart.setSeries(u"gpu"_s, million(10));
    chart.flush();
    chart.setSeries(u"gpu"_s, million(40));
    chart.flush();
    QTRY_VERIFY(!chart.isDecimating());
    drawn = chart.drawnPoints(u"gpu"_s);
    QVERIFY(!holdsValue(drawn, 0, 20));
    QVERIFY(holdsValue(drawn, 49.5, 49.5));

    // Shortened below the decimation limit while a decimation runs: the raw points, not the decimation.
    chart.setSeries(u"gpu"_s, million(10));
    chart.flush();
    chart.setSeries(u"gpu"_s, ramp(u"GPU usage"_s, 50, 70));
    chart.flush();
    QTRY_VERIFY(!chart.isDecimating());
    QCOMPARE(chart.drawnPoints(u"gpu"_s), ramp(u"GPU usage"_s, 50, 70).points());
}

void TestChartWidget::elapsedAxisOverlaysRunsFromTheirStart()
{
    // Two runs of different lengths, each timed from its own start (a job comparison).
    ChartWidget &chart = *m_chart;
    chart.setTimeAxis(ChartWidget::TimeAxis::Elapsed);
    QCOMPARE(chart.timeAxis(), ChartWidget::TimeAxis::Elapsed);
    TimeSeries shortRun(u"run-a"_s, u"%"_s);
    TimeSeries longRun(u"run-b"_s, u"%"_s);
    for (int i = 0; i < 20; ++i)
        shortRun.append(30 * 1000 + i * Minute, 20.0 + i);
    for (int i = 0; i < 90; ++i)
        longRun.append(30 * 1000 + i * Minute, 60.0);
    chart.setSeries(u"a"_s, shortRun);
    chart.setSeries(u"b"_s, longRun);
    chart.flush();

    // Following shows both runs from their start (0, not their first sample) to the end of the longer.
    const auto range = chart.visibleTimeRange();
    QCOMPARE(range.first.toMSecsSinceEpoch(), qint64(0));
    QVERIFY(range.second.toMSecsSinceEpoch() >= longRun.lastTime());

    // The hover reads the time since the start, and each run's value then.
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(5 * Minute + 30 * 1000));
    const QString text = chart.hoverText();
    QVERIFY2(text.startsWith(u"5:30 since the start"_s), qPrintable(text));
    QVERIFY2(text.contains(u"run-a: %1%"_s.arg(QLocale().toString(25.0, 'f', 1))), qPrintable(text));
    QVERIFY2(text.contains(u"run-b: %1%"_s.arg(QLocale().toString(60.0, 'f', 1))), qPrintable(text));
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(80 * Minute + 30 * 1000));
    QVERIFY2(chart.hoverText().startsWith(u"1:20:30 since the start"_s), qPrintable(chart.hoverText()));
    QVERIFY2(chart.hoverText().contains(u"run-a: no data"_s), qPrintable(chart.hoverText()));

    // Back to clock time.
    chart.setTimeAxis(ChartWidget::TimeAxis::LocalTime);
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(5 * Minute + 30 * 1000));
    QVERIFY(!chart.hoverText().contains(u"since the start"_s));
}

void TestChartWidget::screenshot()
{
    if (qEnvironmentVariableIsEmpty("MA_SCREENSHOT_DIR"))
        QSKIP("set MA_SCREENSHOT_DIR to save screenshots");

    // The Resource Usages tab of a job: CPU and memory of worker-0 over 30 minutes, 15 s samples,
    // with a short collection gap.
    ChartWidget &chart = *m_chart;
    chart.resize(900, 380);
    chart.setTitle(u"Resource usage · worker-0"_s);
    chart.setValueAxis(u"Usage"_s, u"%"_s, 0.0, 100.0);
    const qint64 start = QDateTime::currentDateTime().addSecs(-30 * 60).toMSecsSinceEpoch();
    TimeSeries cpu(u"CPU usage"_s, u"%"_s);
    TimeSeries mem(u"Memory usage"_s, u"%"_s);
    for (int i = 0; i <= 120; ++i)
    {
        const qint64 t = start + i * 15000;
        const bool gap = i >= 70 && i < 74;
        const double warm = std::min(1.0, i / 12.0);
        cpu.append(t, gap ? -1.0 : 8 + warm * (55 + 12 * std::sin(i / 5.0) + (i % 11 == 0 ? 9 : 0)));
        mem.append(t, gap ? -1.0 : 12 + warm * (26 + i * 0.12));
    }
    chart.setSeries(u"cpuUsage"_s, cpu);
    chart.setSeries(u"memUsage"_s, mem);
    chart.flush();
    QTest::qWait(ChartWidget::ReplotDelayMs * 2);
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(start + 40 * 15000));
    QTest::qWait(50);
    saveScreenshot(chart, u"chart"_s);

    // Several jobs overlaid on one chart, zoomed, without hover.
    chart.clear();
    chart.clearHover();
    chart.setTitle(u"GPU memory usage"_s);
    chart.setValueAxis(u"GPU memory"_s, u"GiB"_s);
    const QStringList jobs { u"job-bert-base"_s, u"job-resnet50"_s, u"job-llama-ft"_s };
    for (int j = 0; j < jobs.size(); ++j)
    {
        TimeSeries s(jobs.at(j), u"GiB"_s);
        for (int i = 0; i <= 180; ++i)
            s.append(start + i * 10000, 4 + 6 * j + 3 * std::sin((i + 20 * j) / 15.0));
        chart.setSeries(jobs.at(j), s);
    }
    chart.setSeriesVisible(jobs.at(1), false); // as after a click on its legend entry
    chart.flush();
    QTest::qWait(ChartWidget::ReplotDelayMs * 2);
    chart.setVisibleTimeRange(
        QDateTime::fromMSecsSinceEpoch(start + 5 * Minute), QDateTime::fromMSecsSinceEpoch(start + 20 * Minute));
    chart.flush();
    QTest::qWait(ChartWidget::ReplotDelayMs * 2);
    saveScreenshot(chart, u"chart-overlay"_s);

    // The empty state.
    chart.clear();
    chart.setTitle(u"NPU usage"_s);
    chart.setValueAxis(u"Usage"_s, u"%"_s, 0.0, 100.0);
    chart.flush();
    QTest::qWait(ChartWidget::ReplotDelayMs * 2);
    saveScreenshot(chart, u"chart-empty"_s);

    // A dark palette: the chart takes its colours from the widget palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    dark.setColor(QPalette::PlaceholderText, QColor(0x86, 0x8a, 0x91));
    chart.setPalette(dark);
    chart.setTitle(u"Resource usage · worker-0"_s);
    chart.setSeries(u"cpuUsage"_s, cpu);
    chart.setSeries(u"memUsage"_s, mem);
    chart.flush();
    QTest::qWait(ChartWidget::ReplotDelayMs * 2);
    chart.hoverAt(QDateTime::fromMSecsSinceEpoch(start + 100 * 15000));
    QTest::qWait(50);
    saveScreenshot(chart, u"chart-dark"_s);
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
