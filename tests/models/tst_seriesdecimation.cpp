// decimateMinMax (first/min/max/last per pixel column, gaps, raw when zoomed in) and
// SeriesDecimator (off-thread, a stale request is never delivered).

#include "models/seriesdecimation.h"

#include <cmath>
#include <map>
#include <QSignalSpy>
#include <QTest>

using namespace ma::models;

namespace
{
constexpr qint64 T0 = 1'700'000'000'000;

/** Noisy samples every @p stepMs, with one-sample spikes and, when asked, some gaps. */
QList<TimePoint> samples(int count, qint64 stepMs, bool gaps, quint32 seed = 7)
{
    QList<TimePoint> points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
    {
        seed = seed * 1664525u + 1013904223u;
        double v = 40.0 + 20.0 * std::sin(i / 700.0) + double(seed >> 26);
        if (i % 4999 == 0)
            v = 250.0 + i % 7; // spikes
        if (i % 6007 == 0)
            v = -80.0 - i % 5;
        if (gaps && i % 3001 == 0)
            v = qQNaN();
        // Uneven spacing: some columns get many points, some few or none.
        points.append({ T0 + qint64(i) * stepMs + (i % 13) * (stepMs / 20), v });
    }
    return points;
}

bool samePoint(const TimePoint &a, const TimePoint &b)
{
    return a == b;
}

/** Checks @p out against the brute-force extremes of every column of [from, to]. */
void verifyColumns(const QList<TimePoint> &in, const QList<TimePoint> &out, qint64 from, qint64 to, int columns)
{
    // The output is a time-ordered subset of the input.
    for (int i = 1; i < out.size(); ++i)
        QVERIFY2(out.at(i - 1).timeMs < out.at(i).timeMs, qPrintable(QString::number(i)));
    QHash<qint64, TimePoint> byTime;
    for (const TimePoint &p : in)
        byTime.insert(p.timeMs, p);
    QSet<qint64> outTimes;
    for (const TimePoint &p : out)
    {
        QVERIFY(byTime.contains(p.timeMs));
        QVERIFY(samePoint(byTime.value(p.timeMs), p));
        outTimes.insert(p.timeMs);
    }

    struct Column
    {
        int first = -1, last = -1, min = -1, max = -1, gap = -1;
    };
    std::map<int, Column> expected;
    int before = -1;
    int after = -1;
    for (int i = 0; i < in.size(); ++i)
    {
        const TimePoint &p = in.at(i);
        if (p.timeMs < from)
        {
            before = i;
            continue;
        }
        if (p.timeMs > to)
        {
            if (after < 0)
                after = i;
            continue;
        }
        // The column, computed independently: floor((t - from) * columns / (to - from)).
        const int c = std::min<int>(columns - 1, int(double(p.timeMs - from) * columns / double(to - from)));
        QCOMPARE(decimationColumn(p.timeMs, from, to, columns), c);
        Column &col = expected[c];
        if (p.isGap())
        {
            if (col.gap < 0)
                col.gap = i;
            continue;
        }
        if (col.first < 0)
            col.first = i;
        col.last = i;
        if (col.min < 0 || p.value < in.at(col.min).value)
            col.min = i;
        if (col.max < 0 || p.value > in.at(col.max).value)
            col.max = i;
    }
    int kept = 0;
    for (const auto &[c, col] : expected)
    {
        for (int idx : { col.first, col.last, col.min, col.max, col.gap })
        {
            if (idx < 0)
                continue;
            QVERIFY2(outTimes.contains(in.at(idx).timeMs),
                qPrintable(QStringLiteral("column %1 lost point %2").arg(c).arg(idx)));
        }
        // The column's extremes in the output are exactly the raw ones.
        double lo = qInf();
        double hi = -qInf();
        for (const TimePoint &p : out)
        {
            if (p.timeMs >= from && p.timeMs <= to && !p.isGap() && decimationColumn(p.timeMs, from, to, columns) == c)
            {
                lo = std::min(lo, p.value);
                hi = std::max(hi, p.value);
                ++kept;
            }
        }
        if (col.min >= 0)
        {
            QCOMPARE(lo, in.at(col.min).value);
            QCOMPARE(hi, in.at(col.max).value);
        }
    }
    QVERIFY2(kept <= 4 * columns, qPrintable(QString::number(kept)));
    if (before >= 0)
        QVERIFY(outTimes.contains(in.at(before).timeMs));
    if (after >= 0)
        QVERIFY(outTimes.contains(in.at(after).timeMs));
}
} // namespace

class TestSeriesDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryColumnsExtremes_data();
    void keepsEveryColumnsExtremes();
    void keepsSpikesAndGaps();
    void zoomedInIsRaw();
    void emptyAndTiny();
    void decimatorDelivers();
    void decimatorDropsStaleRequests();
    void decimatorCancel();
};

void TestSeriesDecimation::keepsEveryColumnsExtremes_data()
{
    QTest::addColumn<bool>("gaps");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("fromFraction");
    QTest::addColumn<double>("toFraction");
    QTest::newRow("whole, 800 columns") << false << 800 << 0.0 << 1.0;
    QTest::newRow("whole with gaps") << true << 800 << 0.0 << 1.0;
    QTest::newRow("middle third, 333 columns") << true << 333 << 0.33 << 0.66;
    QTest::newRow("one column") << false << 1 << 0.1 << 0.9;
    QTest::newRow("beyond both ends") << true << 500 << -0.2 << 1.3;
}

void TestSeriesDecimation::keepsEveryColumnsExtremes()
{
    QFETCH(bool, gaps);
    QFETCH(int, columns);
    QFETCH(double, fromFraction);
    QFETCH(double, toFraction);
    const QList<TimePoint> in = samples(200'000, 1000, gaps);
    const qint64 span = in.constLast().timeMs - in.constFirst().timeMs;
    const qint64 from = T0 + qint64(span * fromFraction);
    const qint64 to = T0 + qint64(span * toFraction);
    const QList<TimePoint> out = decimateMinMax(in, from, to, columns);
    QVERIFY(out.size() < in.size() / 10);
    verifyColumns(in, out, from, to, columns);
    if (fromFraction <= 0 && toFraction >= 1)
    {
        QCOMPARE(out.constFirst(), in.constFirst()); // the first and last samples, exactly
        QCOMPARE(out.constLast(), in.constLast());
    }
}

void TestSeriesDecimation::keepsSpikesAndGaps()
{
    // A flat line with one spike up, one down and a gap: all three survive 1,000,000 -> 500 columns.
    QList<TimePoint> in;
    in.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        in.append({ T0 + i * 100LL, 50.0 });
    in[123'457].value = 99.5;
    in[654'321].value = 0.5;
    in[800'000].value = qQNaN();
    const QList<TimePoint> out = decimateMinMax(in, in.constFirst().timeMs, in.constLast().timeMs, 500);
    QVERIFY(out.size() <= 4 * 500 + 1);
    QVERIFY(out.contains(in.at(123'457)));
    QVERIFY(out.contains(in.at(654'321)));
    QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const TimePoint &p) { return p.isGap(); }));
    QCOMPARE(out.constFirst(), in.constFirst());
    QCOMPARE(out.constLast(), in.constLast());
}

void TestSeriesDecimation::zoomedInIsRaw()
{
    const QList<TimePoint> in = samples(100'000, 1000, true);
    // 10 minutes out of ~28 hours: 600 raw points, fewer than 4 per column at 900 columns.
    const int begin = 50'000;
    const qint64 from = in.at(begin).timeMs;
    const qint64 to = in.at(begin + 599).timeMs;
    const QList<TimePoint> out = decimateMinMax(in, from, to, 900);
    QCOMPARE(out, in.mid(begin - 1, 602)); // every raw point plus one neighbour on each side
}

void TestSeriesDecimation::emptyAndTiny()
{
    QVERIFY(decimateMinMax({}, 0, 100, 10).isEmpty());
    const QList<TimePoint> one { { T0, 1.0 } };
    QCOMPARE(decimateMinMax(one, T0 - 10, T0 + 10, 10), one);
    QCOMPARE(decimateMinMax(one, T0 + 10, T0 + 20, 10), one); // only the neighbour before the range
    QCOMPARE(decimateMinMax(one, T0, T0, 0), one); // degenerate range and width
}

void TestSeriesDecimation::decimatorDelivers()
{
    SeriesDecimator decimator;
    QSignalSpy spy(&decimator, &SeriesDecimator::decimated);
    const QList<TimePoint> in = samples(300'000, 1000, false);
    decimator.request(QStringLiteral("a"), 7, in, in.constFirst().timeMs, in.constLast().timeMs, 640);
    QVERIFY(decimator.isBusy(QStringLiteral("a")));
    QVERIFY(spy.wait());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("a"));
    const auto result = spy.at(0).at(1).value<DecimatedSeries>();
    QCOMPARE(result.version, 7u);
    QCOMPARE(result.columns, 640);
    QCOMPARE(result.points, decimateMinMax(in, in.constFirst().timeMs, in.constLast().timeMs, 640));
    QVERIFY(!decimator.isBusy());
}

void TestSeriesDecimation::decimatorDropsStaleRequests()
{
    // Three requests in one event-loop turn (data changed twice meanwhile): only the last is delivered.
    SeriesDecimator decimator;
    QSignalSpy spy(&decimator, &SeriesDecimator::decimated);
    QList<TimePoint> a = samples(500'000, 1000, false, 1);
    QList<TimePoint> b = samples(500'000, 1000, false, 2);
    QList<TimePoint> c = samples(1000, 1000, false, 3);
    decimator.request(QStringLiteral("s"), 1, a, a.constFirst().timeMs, a.constLast().timeMs, 800);
    decimator.request(QStringLiteral("s"), 2, b, b.constFirst().timeMs, b.constLast().timeMs, 800);
    decimator.request(QStringLiteral("other"), 9, b, b.constFirst().timeMs, b.constLast().timeMs, 100);
    decimator.request(QStringLiteral("s"), 3, c, c.constFirst().timeMs, c.constLast().timeMs, 800);
    QTRY_VERIFY(!decimator.isBusy());
    QCOMPARE(spy.size(), 2);
    QHash<QString, quint64> delivered;
    for (const QList<QVariant> &args : spy)
        delivered.insert(args.at(0).toString(), args.at(1).value<DecimatedSeries>().version);
    QCOMPARE(delivered.value(QStringLiteral("s")), 3u);
    QCOMPARE(delivered.value(QStringLiteral("other")), 9u);
}

void TestSeriesDecimation::decimatorCancel()
{
    SeriesDecimator decimator;
    QSignalSpy spy(&decimator, &SeriesDecimator::decimated);
    const QList<TimePoint> in = samples(500'000, 1000, false);
    decimator.request(QStringLiteral("s"), 1, in, in.constFirst().timeMs, in.constLast().timeMs, 800);
    decimator.cancel(QStringLiteral("s"));
    QVERIFY(!decimator.isBusy());
    // Asked again while the cancelled job may still run: only the new answer arrives.
    decimator.request(QStringLiteral("s"), 2, in, in.constFirst().timeMs, in.constLast().timeMs, 400);
    QTRY_VERIFY(!decimator.isBusy());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).value<DecimatedSeries>().version, 2u);
}

QTEST_GUILESS_MAIN(TestSeriesDecimation)
#include "tst_seriesdecimation.moc"
