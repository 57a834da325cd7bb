// promql::Engine over a SampleStore filled with known samples: selectors and matchers, lookback
// and staleness, aggregations, rate against Prometheus's extrapolation by hand, *_over_time,
// topk, arithmetic, range evaluation; the store's retention and downsampling bounds.

#include "server/promqlengine.h"

#include <algorithm>
#include <cmath>
#include <QTest>

using namespace ma::server::promql;
using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kT0 = 1'700'000'000'000; // a whole minute

Labels labels(std::initializer_list<std::pair<QString, QString>> l)
{
    Labels out(l);
    std::sort(out.begin(), out.end());
    return out;
}

Labels node(const QString &metric, const QString &pool, const QString &ip)
{
    return labels({ { u"__name__"_s, metric }, { u"pool_id"_s, pool }, { u"node_ip"_s, ip } });
}

NodePtr parsed(const QString &q)
{
    const ParseResult r = parse(q);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error));
    return r.expr;
}

double valueOf(const Value &v, const QString &label, const QString &value)
{
    for (const Sample &s : v.vector)
    {
        if (labelValue(s.labels, label) == value)
            return s.value;
    }
    return qQNaN();
}
} // namespace

class TestPromqlEngine final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void selectorLatestWithinLookback();
    void matchers();
    void staleSeriesDisappear();
    void aggregations();
    void withoutDropsName();
    void rateMatchesExtrapolation();
    void rateWithCounterReset();
    void overTime();
    void topk();
    void arithmetic();
    void vectorVectorMatching();
    void rangeEvaluation();
    void retentionIsBounded();
    void seriesLimit();
    void storeSurvivesSaveAndLoad();
    void damagedHistoryIsRefused();

private:
    SampleStore m_store;
};

void TestPromqlEngine::init()
{
    m_store = SampleStore();
    // Three nodes in two pools, sampled every 15 s for 10 minutes: value = base + k.
    for (int k = 0; k <= 40; ++k)
    {
        const qint64 t = kT0 + k * 15000;
        m_store.appendSnapshot(t,
            {
                { node(u"cpu"_s, u"a"_s, u"10.0.0.1"_s), 10.0 + k },
                { node(u"cpu"_s, u"a"_s, u"10.0.0.2"_s), 20.0 + k },
                { node(u"cpu"_s, u"b"_s, u"10.0.1.1"_s), 50.0 },
                { node(u"bytes_total"_s, u"a"_s, u"10.0.0.1"_s), 1000.0 * k },
            });
    }
}

void TestPromqlEngine::selectorLatestWithinLookback()
{
    Engine e(m_store);
    const qint64 last = kT0 + 40 * 15000;
    Value v = e.instant(*parsed(u"cpu"_s), last + 7000);
    QCOMPARE(v.vector.size(), size_t(3));
    QCOMPARE(valueOf(v, u"node_ip"_s, u"10.0.0.1"_s), 50.0);
    QCOMPARE(labelValue(v.vector[0].labels, u"__name__"_s), u"cpu"_s);
    // Before the first sample: nothing; 5 min after the last: still there; later: gone.
    QVERIFY(e.instant(*parsed(u"cpu"_s), kT0 - 1).vector.empty());
    QCOMPARE(e.instant(*parsed(u"cpu"_s), last + Engine::kLookbackMs - 1).vector.size(), size_t(3));
    QVERIFY(e.instant(*parsed(u"cpu"_s), last + Engine::kLookbackMs).vector.empty());
}

void TestPromqlEngine::matchers()
{
    Engine e(m_store);
    const qint64 t = kT0 + 600000;
    QCOMPARE(e.instant(*parsed(u"cpu{pool_id=\"a\"}"_s), t).vector.size(), size_t(2));
    QCOMPARE(e.instant(*parsed(u"cpu{pool_id!=\"a\"}"_s), t).vector.size(), size_t(1));
    QCOMPARE(e.instant(*parsed(u"cpu{node_ip=~\"10\\\\.0\\\\.0\\\\..*\"}"_s), t).vector.size(), size_t(2));
    // Regexes are anchored: "10" alone matches no full address.
    QCOMPARE(e.instant(*parsed(u"cpu{node_ip=~\"10\"}"_s), t).vector.size(), size_t(0));
    QCOMPARE(e.instant(*parsed(u"cpu{node_ip!~\".*\\\\.2\"}"_s), t).vector.size(), size_t(2));
    QCOMPARE(e.instant(*parsed(u"{__name__=~\"cpu|bytes_total\",pool_id=\"a\"}"_s), t).vector.size(), size_t(3));
    QCOMPARE(e.instant(*parsed(u"cpu{missing=\"\"}"_s), t).vector.size(), size_t(3));
}

void TestPromqlEngine::staleSeriesDisappear()
{
    const qint64 t = kT0 + 41 * 15000;
    m_store.appendSnapshot(t, { { node(u"cpu"_s, u"b"_s, u"10.0.1.1"_s), 51.0 } });
    Engine e(m_store);
    const Value v = e.instant(*parsed(u"cpu"_s), t + 1000);
    QCOMPARE(v.vector.size(), size_t(1));
    QCOMPARE(v.vector[0].value, 51.0);
    // Before the marker the old value still answers.
    QCOMPARE(e.instant(*parsed(u"cpu"_s), t - 1).vector.size(), size_t(3));
}

void TestPromqlEngine::aggregations()
{
    Engine e(m_store);
    const qint64 t = kT0 + 600000; // k = 40
    Value v = e.instant(*parsed(u"sum by (pool_id) (cpu)"_s), t);
    QCOMPARE(v.vector.size(), size_t(2));
    QCOMPARE(valueOf(v, u"pool_id"_s, u"a"_s), 50.0 + 60.0);
    QCOMPARE(valueOf(v, u"pool_id"_s, u"b"_s), 50.0);
    QCOMPARE(v.vector[0].labels.size(), size_t(1)); // only the grouping label
    QCOMPARE(valueOf(e.instant(*parsed(u"avg by (pool_id) (cpu)"_s), t), u"pool_id"_s, u"a"_s), 55.0);
    QCOMPARE(valueOf(e.instant(*parsed(u"max(cpu) by (pool_id)"_s), t), u"pool_id"_s, u"a"_s), 60.0);
    QCOMPARE(valueOf(e.instant(*parsed(u"min by (pool_id) (cpu)"_s), t), u"pool_id"_s, u"a"_s), 50.0);
    QCOMPARE(valueOf(e.instant(*parsed(u"count by (pool_id) (cpu)"_s), t), u"pool_id"_s, u"a"_s), 2.0);
    v = e.instant(*parsed(u"sum(cpu)"_s), t);
    QCOMPARE(v.vector.size(), size_t(1));
    QVERIFY(v.vector[0].labels.empty());
    QCOMPARE(v.vector[0].value, 160.0);
}

void TestPromqlEngine::withoutDropsName()
{
    Engine e(m_store);
    const Value v = e.instant(*parsed(u"sum without (node_ip) (cpu)"_s), kT0 + 600000);
    QCOMPARE(v.vector.size(), size_t(2));
    for (const Sample &s : v.vector)
    {
        QVERIFY(labelValue(s.labels, u"__name__"_s).isEmpty());
        QVERIFY(labelValue(s.labels, u"node_ip"_s).isEmpty());
        QVERIFY(!labelValue(s.labels, u"pool_id"_s).isEmpty());
    }
}

void TestPromqlEngine::rateMatchesExtrapolation()
{
    Engine e(m_store);
    // 1000 per 15 s. At t = k40 + 5 s, [1m] holds samples k37..k40 (t - 60 s = k36 + 5 s):
    // increase 3000 over 45 s, extrapolated by 10 s to the start and 5 s to the end (both
    // within 1.1 x 15 s): 3000 * 60 / 45; the rate divides by 60 s.
    const qint64 t = kT0 + 40 * 15000 + 5000;
    const Value inc = e.instant(*parsed(u"increase(bytes_total[1m])"_s), t);
    QCOMPARE(inc.vector.size(), size_t(1));
    QVERIFY(qFuzzyCompare(inc.vector[0].value, 3000.0 * 60.0 / 45.0));
    const Value rate = e.instant(*parsed(u"rate(bytes_total[1m])"_s), t);
    QVERIFY(qFuzzyCompare(rate.vector[0].value, 3000.0 * 60.0 / 45.0 / 60.0));
    QVERIFY(labelValue(rate.vector[0].labels, u"__name__"_s).isEmpty());
    // irate: the last two samples.
    const Value irate = e.instant(*parsed(u"irate(bytes_total[1m])"_s), t);
    QVERIFY(qFuzzyCompare(irate.vector[0].value, 1000.0 / 15.0));
}

void TestPromqlEngine::rateWithCounterReset()
{
    SampleStore store;
    const double values[] = { 100, 200, 50, 150 }; // reset after 200
    for (int k = 0; k < 4; ++k)
        store.append(labels({ { u"__name__"_s, u"c"_s } }), kT0 + k * 10000, values[k]);
    Engine e(store);
    // The window [30s] at the last sample holds all four: increase = 150 - 100 + 200 = 250.
    const Value v = e.instant(*parsed(u"increase(c[30s])"_s), kT0 + 30000);
    QCOMPARE(v.vector.size(), size_t(1));
    // First sample at the window's start, last at its end: no extrapolation.
    QVERIFY(qFuzzyCompare(v.vector[0].value, 250.0));
}

void TestPromqlEngine::overTime()
{
    Engine e(m_store);
    const qint64 t = kT0 + 600000; // samples k32..k40 in [2m]: 10+32 .. 10+40 for 10.0.0.1
    const QString sel = u"cpu{node_ip=\"10.0.0.1\"}[2m]"_s;
    QCOMPARE(e.instant(*parsed(u"avg_over_time(%1)"_s.arg(sel)), t).vector[0].value, 46.0);
    QCOMPARE(e.instant(*parsed(u"max_over_time(%1)"_s.arg(sel)), t).vector[0].value, 50.0);
    QCOMPARE(e.instant(*parsed(u"min_over_time(%1)"_s.arg(sel)), t).vector[0].value, 42.0);
    QCOMPARE(e.instant(*parsed(u"count_over_time(%1)"_s.arg(sel)), t).vector[0].value, 9.0);
    QCOMPARE(e.instant(*parsed(u"sum_over_time(%1)"_s.arg(sel)), t).vector[0].value, 46.0 * 9);
}

void TestPromqlEngine::topk()
{
    Engine e(m_store);
    const qint64 t = kT0 + 600000;
    Value v = e.instant(*parsed(u"topk(2, cpu)"_s), t);
    QCOMPARE(v.vector.size(), size_t(2));
    QCOMPARE(v.vector[0].value, 60.0);
    QCOMPARE(v.vector[1].value, 50.0);
    QCOMPARE(labelValue(v.vector[0].labels, u"__name__"_s), u"cpu"_s); // topk keeps labels
    v = e.instant(*parsed(u"bottomk(1, cpu) by (pool_id)"_s), t);
    QCOMPARE(v.vector.size(), size_t(2));
    QCOMPARE(valueOf(v, u"pool_id"_s, u"a"_s), 50.0);
}

void TestPromqlEngine::arithmetic()
{
    Engine e(m_store);
    const qint64 t = kT0 + 600000;
    Value v = e.instant(*parsed(u"2 * 3 + 1"_s), t);
    QVERIFY(v.scalar);
    QCOMPARE(v.number, 7.0);
    v = e.instant(*parsed(u"cpu{node_ip=\"10.0.0.1\"} / 100"_s), t);
    QCOMPARE(v.vector.size(), size_t(1));
    QCOMPARE(v.vector[0].value, 0.5);
    QVERIFY(labelValue(v.vector[0].labels, u"__name__"_s).isEmpty());
    v = e.instant(*parsed(u"100 - cpu{node_ip=\"10.0.0.1\"}"_s), t);
    QCOMPARE(v.vector[0].value, 50.0);
    v = e.instant(*parsed(u"-cpu{node_ip=\"10.0.0.1\"}"_s), t);
    QCOMPARE(v.vector[0].value, -50.0);
}

void TestPromqlEngine::vectorVectorMatching()
{
    Engine e(m_store);
    const qint64 t = kT0 + 600000;
    const Value v = e.instant(*parsed(u"sum by (pool_id) (cpu) / count by (pool_id) (cpu)"_s), t);
    QCOMPARE(v.vector.size(), size_t(2));
    QCOMPARE(valueOf(v, u"pool_id"_s, u"a"_s), 55.0);
    // Metric names differ, label sets agree: bytes_total and cpu of 10.0.0.1 match.
    const Value w = e.instant(*parsed(u"bytes_total / cpu"_s), t);
    QCOMPARE(w.vector.size(), size_t(1));
    QCOMPARE(w.vector[0].value, 40000.0 / 50.0);
    // No common label set: nothing, not an error.
    QCOMPARE(e.instant(*parsed(u"cpu / sum(cpu)"_s), t).vector.size(), size_t(0));
    // Two right-hand series with one label set: many-to-many, refused as Prometheus does.
    QVERIFY_THROWS_EXCEPTION(EvalError, (void)e.instant(*parsed(u"cpu / {__name__=~\"cpu|bytes_total\"}"_s), t));
}

void TestPromqlEngine::rangeEvaluation()
{
    Engine e(m_store);
    const std::vector<Series> out = e.range(*parsed(u"avg by (pool_id) (cpu)"_s), kT0, kT0 + 60000, 15000);
    QCOMPARE(out.size(), size_t(2));
    const Series &a = labelValue(out[0].labels, u"pool_id"_s) == u"a"_s ? out[0] : out[1];
    QCOMPARE(a.points.size(), size_t(5));
    for (size_t i = 0; i < a.points.size(); ++i)
    {
        QCOMPARE(a.points[i].timeMs, kT0 + qint64(i) * 15000);
        QCOMPARE(a.points[i].value, 15.0 + double(i));
    }
    const std::vector<Series> scalar = e.range(*parsed(u"1 + 1"_s), kT0, kT0 + 30000, 10000);
    QCOMPARE(scalar.size(), size_t(1));
    QCOMPARE(scalar[0].points.size(), size_t(4));
}

void TestPromqlEngine::retentionIsBounded()
{
    SampleStore::Limits limits;
    limits.rawRetentionMs = 60 * 60 * 1000; // 1 h raw
    limits.coarseStepMs = 10 * 60 * 1000; // then 10 min averages
    limits.retentionMs = 24 * 3600 * 1000; // for a day
    SampleStore store(limits);
    const Labels l = labels({ { u"__name__"_s, u"m"_s } });
    // Two days at 15 s: 11,520 samples.
    const qint64 step = 15000;
    const int n = 2 * 24 * 3600 * 1000 / step;
    for (int k = 0; k < n; ++k)
        store.appendSnapshot(kT0 + k * step, { { l, double(k % 40) } });
    const qint64 end = kT0 + qint64(n - 1) * step;
    // 1 h raw (240) + 23 h of 10 min buckets (138) + the bucket being filled.
    QVERIFY2(store.pointCount() <= 240 + 140, qPrintable(QString::number(store.pointCount())));
    QVERIFY(store.pointCount() >= 240 + 130);
    // Nothing older than the retention; downsampled buckets hold averages.
    const auto pts = store.points(0, 0, end);
    QVERIFY(pts.front().timeMs >= end - limits.retentionMs);
    QVERIFY(std::abs(pts.front().value - 19.5) < 1.0);
}

void TestPromqlEngine::seriesLimit()
{
    SampleStore::Limits limits;
    limits.maxSeries = 10;
    SampleStore store(limits);
    int accepted = 0;
    for (int i = 0; i < 20; ++i)
        accepted += store.append(labels({ { u"__name__"_s, u"m"_s }, { u"i"_s, QString::number(i) } }), kT0, 1) ? 1 : 0;
    QCOMPARE(accepted, 10);
    QCOMPARE(store.seriesCount(), 10);
}

void TestPromqlEngine::storeSurvivesSaveAndLoad()
{
    SampleStore::Limits limits;
    limits.rawRetentionMs = 60 * 60 * 1000;
    limits.coarseStepMs = 10 * 60 * 1000;
    limits.retentionMs = 24 * 3600 * 1000;
    SampleStore store(limits);
    // Three hours at 15 s for two nodes, the second gone for the last hour: raw, coarse and stale points.
    const qint64 step = 15000;
    const int n = 3 * 3600 * 1000 / step;
    for (int k = 0; k < n; ++k)
    {
        std::vector<std::pair<Labels, double>> round { { node(u"cpu"_s, u"p"_s, u"10.0.0.1"_s), double(k % 50) } };
        if (k < n * 2 / 3)
            round.push_back({ node(u"cpu"_s, u"p"_s, u"10.0.0.2"_s), 7.5 });
        store.appendSnapshot(kT0 + k * step, round);
    }
    const qint64 end = kT0 + qint64(n - 1) * step;

    // Loading folds what left the raw window into averages, as the next append would have (the
    // gone node's raw points); after that, a save and a load change nothing.
    SampleStore loaded(limits);
    QVERIFY(loaded.load(store.save(), end));
    SampleStore restored(limits);
    QVERIFY(restored.load(loaded.save(), end));
    QCOMPARE(restored.seriesCount(), 2);
    QCOMPARE(restored.pointCount(), loaded.pointCount());
    QCOMPARE(restored.lastAppendMs(), store.lastAppendMs());
    const auto samePoints = [end](const SampleStore &a, int sa, const SampleStore &b, int sb)
    {
        const auto pa = a.points(sa, 0, end);
        const auto pb = b.points(sb, 0, end);
        if (pa.size() != pb.size())
            return false;
        for (size_t i = 0; i < pa.size(); ++i)
        {
            if (pa[i].timeMs != pb[i].timeMs || pa[i].value != pb[i].value)
                return false;
        }
        return true;
    };
    for (int s = 0; s < restored.seriesCount(); ++s)
    {
        QCOMPARE(restored.labels(s), loaded.labels(s));
        QVERIFY(samePoints(restored, s, loaded, s));
    }
    // The node still reporting has exactly its points from before the restart.
    QCOMPARE(restored.labels(0), store.labels(0));
    QVERIFY(samePoints(restored, 0, store, 0));
    // The engine answers the same over the restored store, the stale series included.
    const NodePtr avg = parsed(u"avg_over_time(cpu[2h])"_s);
    const Value a = Engine(store).instant(*avg, end);
    const Value b = Engine(restored).instant(*avg, end);
    QCOMPARE(b.vector.size(), a.vector.size());
    QCOMPARE(valueOf(b, u"node_ip"_s, u"10.0.0.1"_s), valueOf(a, u"node_ip"_s, u"10.0.0.1"_s));
    QVERIFY(Engine(restored).instant(*parsed(u"cpu{node_ip=\"10.0.0.2\"}"_s), end).vector.empty()); // stale
    // Appending goes on where it stopped; loaded a day later, everything has expired.
    QVERIFY(restored.append(node(u"cpu"_s, u"p"_s, u"10.0.0.1"_s), end + step, 1));
    SampleStore later(limits);
    QVERIFY(later.load(store.save(), end + 2 * limits.retentionMs));
    QCOMPARE(later.seriesCount(), 0);
}

void TestPromqlEngine::damagedHistoryIsRefused()
{
    SampleStore store;
    store.appendSnapshot(kT0, { { node(u"cpu"_s, u"p"_s, u"10.0.0.1"_s), 1 } });
    const QByteArray good = store.save();
    SampleStore target;
    QVERIFY(target.load(good, kT0));
    QCOMPARE(target.seriesCount(), 1);
    // Not a store, a truncated one, one of another version: refused, the store left empty.
    for (const QByteArray &bad :
        { QByteArray("not a store"), good.left(good.size() / 2), qCompress(QByteArray::fromHex("4d41505300000002")) })
    {
        QVERIFY(!target.load(bad, kT0));
        QCOMPARE(target.seriesCount(), 0);
    }
}

QTEST_APPLESS_MAIN(TestPromqlEngine)
#include "tst_promqlengine.moc"
