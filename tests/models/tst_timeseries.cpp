// TimeSeries: the plain data behind the charts. Ordering, replacement, gaps, range and downsampling.

#include "models/timeseries.h"

#include <algorithm>
#include <cmath>
#include <QElapsedTimer>
#include <QTest>

using namespace ma::models;
using namespace Qt::StringLiterals;

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTimeOrder_data();
    void keepsTimeOrder();
    void replacesSameTime();
    void setPointsSortsAndDeduplicates();
    void gapsAreNaN();
    void minMaxLast();
    void rangeFollowsReplacementAndRemoval();
    void nearestAndLowerBound();
    void downsampledKeepsSpikeAndBoundsCount();
    void downsampledKeepsGaps();
    void downsampledSmallSeriesUnchanged();
};

void TestTimeSeries::keepsTimeOrder_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::newRow("in order") << QList<qint64> { 1000, 2000, 3000, 4000 };
    QTest::newRow("reversed") << QList<qint64> { 4000, 3000, 2000, 1000 };
    QTest::newRow("shuffled") << QList<qint64> { 3000, 1000, 4000, 2000 };
    QTest::newRow("late sample in the middle") << QList<qint64> { 1000, 2000, 4000, 3000 };
}

void TestTimeSeries::keepsTimeOrder()
{
    QFETCH(QList<qint64>, times);
    TimeSeries s(u"cpuUsage"_s, u"%"_s);
    for (qint64 t : times)
        s.append(t, double(t) / 100.0);
    QCOMPARE(s.size(), 4);
    for (int i = 0; i < s.size(); ++i)
    {
        QCOMPARE(s.at(i).timeMs, qint64(1000 * (i + 1)));
        QCOMPARE(s.at(i).value, double(s.at(i).timeMs) / 100.0);
    }
    QCOMPARE(s.firstTime(), 1000);
    QCOMPARE(s.lastTime(), 4000);
    QCOMPARE(s.name(), u"cpuUsage"_s);
    QCOMPARE(s.unit(), u"%"_s);
}

void TestTimeSeries::replacesSameTime()
{
    TimeSeries s;
    s.append(1000, 10);
    s.append(2000, 20);
    s.append(3000, 30);
    s.append(2000, 25); // in the middle
    s.append(3000, 35); // the last one
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.at(1).value, 25.0);
    QCOMPARE(s.at(2).value, 35.0);
    QCOMPARE(*s.maximum(), 35.0);
    s.append(3000, -1); // a replacement can also turn a value into a gap
    QVERIFY(s.at(2).isGap());
    QCOMPARE(*s.maximum(), 25.0);
}

void TestTimeSeries::setPointsSortsAndDeduplicates()
{
    TimeSeries s;
    s.append(99, 1);
    s.setPoints({ { 3000, 3 }, { 1000, 1 }, { 2000, 2 }, { 1000, 11 }, { 4000, -1 } });
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.at(0), (TimePoint { 1000, 11 })); // the last of equal times wins
    QCOMPARE(s.at(1), (TimePoint { 2000, 2 }));
    QCOMPARE(s.at(2), (TimePoint { 3000, 3 }));
    QVERIFY(s.at(3).isGap());
    QCOMPARE(*s.minimum(), 2.0);
    QCOMPARE(*s.maximum(), 11.0);
}

void TestTimeSeries::gapsAreNaN()
{
    TimeSeries s;
    s.append(1000, -1);
    s.append(2000, qQNaN());
    s.append(3000, qInf());
    QCOMPARE(s.size(), 3);
    QVERIFY(std::all_of(s.points().cbegin(), s.points().cend(), [](const TimePoint &p) { return p.isGap(); }));
    QVERIFY(!s.hasData());
    QVERIFY(!s.minimum());
    QVERIFY(!s.maximum());
    QVERIFY(!s.last());
    s.append(4000, 0.0); // zero is a value, not "no data"
    QVERIFY(s.hasData());
    QCOMPARE(*s.minimum(), 0.0);
    s.append(5000, -0.5); // only exactly -1 means "no data"
    QCOMPARE(*s.minimum(), -0.5);
    QVERIFY(TimeSeries::isNoData(-1));
    QVERIFY(!TimeSeries::isNoData(-1.5));
}

void TestTimeSeries::minMaxLast()
{
    TimeSeries s;
    QVERIFY(!s.minimum());
    QVERIFY(!s.last());
    s.append({ { 1000, 12.5 }, { 2000, 80.25 }, { 3000, 3.0 }, { 4000, -1 } });
    QCOMPARE(*s.minimum(), 3.0);
    QCOMPARE(*s.maximum(), 80.25);
    QCOMPARE(s.last()->timeMs, 3000); // the trailing gap is not "the last value"
    QCOMPARE(s.last()->value, 3.0);
    s.clear();
    QVERIFY(s.isEmpty());
    QVERIFY(!s.maximum());
}

void TestTimeSeries::rangeFollowsReplacementAndRemoval()
{
    TimeSeries s;
    for (int i = 0; i < 10; ++i)
        s.append(i * 1000, i == 4 ? 99.0 : 1.0 + i);
    QCOMPARE(*s.maximum(), 99.0);
    s.append(4000, 5.0);
    QCOMPARE(*s.maximum(), 10.0);
    s.removeBefore(5000);
    QCOMPARE(s.size(), 5);
    QCOMPARE(s.firstTime(), 5000);
    QCOMPARE(*s.minimum(), 6.0);
}

void TestTimeSeries::nearestAndLowerBound()
{
    TimeSeries s;
    QCOMPARE(s.indexNearest(5), -1);
    s.append({ { 1000, 1 }, { 2000, 2 }, { 4000, 4 } });
    QCOMPARE(s.indexNearest(0), 0);
    QCOMPARE(s.indexNearest(1400), 0);
    QCOMPARE(s.indexNearest(1500), 0); // a tie goes to the earlier point
    QCOMPARE(s.indexNearest(1600), 1);
    QCOMPARE(s.indexNearest(3100), 2);
    QCOMPARE(s.indexNearest(99999), 2);
    QCOMPARE(s.lowerBound(2000), 1);
    QCOMPARE(s.lowerBound(2001), 2);
    QCOMPARE(s.lowerBound(5000), 3);
}

void TestTimeSeries::downsampledKeepsSpikeAndBoundsCount()
{
    // 100k samples of a quiet signal with one single-sample spike and one dip.
    TimeSeries s(u"gpuUtil"_s, u"%"_s);
    QList<TimePoint> points;
    points.reserve(100000);
    const qint64 t0 = 1700000000000;
    for (int i = 0; i < 100000; ++i)
        points.append({ t0 + qint64(i) * 1000, 40.0 + 5.0 * std::sin(i / 500.0) });
    points[61234].value = 99.5;
    points[7777].value = 0.5;
    QElapsedTimer timer;
    timer.start();
    s.setPoints(points);
    const TimeSeries small = s.downsampled(1000);
    qInfo("setPoints + downsampled(1000) of 100k points: %lld ms", qlonglong(timer.elapsed()));

    QVERIFY(small.size() <= 1000);
    QVERIFY(small.size() >= 500);
    QCOMPARE(*small.maximum(), 99.5);
    QCOMPARE(*small.minimum(), 0.5);
    QCOMPARE(small.name(), u"gpuUtil"_s);
    QCOMPARE(small.unit(), u"%"_s);
    // Still sorted, and spanning the same time range.
    for (int i = 1; i < small.size(); ++i)
        QVERIFY(small.at(i - 1).timeMs < small.at(i).timeMs);
    QCOMPARE(small.firstTime(), s.firstTime());
    QVERIFY(small.lastTime() > s.lastTime() - 200 * 1000);
}

void TestTimeSeries::downsampledKeepsGaps()
{
    TimeSeries s;
    for (int i = 0; i < 10000; ++i)
        s.append(i * 1000, (i >= 5000 && i < 5100) ? -1.0 : 50.0);
    const TimeSeries small = s.downsampled(300);
    QVERIFY(small.size() <= 300);
    QVERIFY(std::any_of(small.points().cbegin(), small.points().cend(), [](const TimePoint &p) { return p.isGap(); }));
    QCOMPARE(*small.maximum(), 50.0);
}

void TestTimeSeries::downsampledSmallSeriesUnchanged()
{
    TimeSeries s;
    s.append({ { 1000, 1 }, { 2000, -1 }, { 3000, 3 } });
    const TimeSeries same = s.downsampled(10);
    QCOMPARE(same.points(), s.points());
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
