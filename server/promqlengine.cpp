#include "promqlengine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <QDataStream>
#include <QIODevice>
#include <QRegularExpression>

namespace ma::server::promql
{
namespace
{
const QString kName = QStringLiteral("__name__");

bool isStale(double v)
{
    return std::isnan(v);
}

Labels withoutName(const Labels &labels)
{
    Labels out;
    out.reserve(labels.size());
    for (const auto &l : labels)
    {
        if (l.first != kName)
            out.push_back(l);
    }
    return out;
}

double quiet()
{
    return std::numeric_limits<double>::quiet_NaN();
}
} // namespace

QString labelsKey(const Labels &labels)
{
    QString key;
    key.reserve(64);
    key += u'{';
    for (const auto &[name, value] : labels)
    {
        key += name;
        key += u'\x01';
        key += value;
        key += u'\x02';
    }
    key += u'}';
    return key;
}

QString labelValue(const Labels &labels, const QString &name)
{
    for (const auto &[n, v] : labels)
    {
        if (n == name)
            return v;
    }
    return {};
}

bool matches(const Labels &labels, const std::vector<Matcher> &matchers)
{
    for (const Matcher &m : matchers)
    {
        const QString v = labelValue(labels, m.name);
        switch (m.op)
        {
        case Matcher::Op::Equal:
            if (v != m.value)
                return false;
            break;
        case Matcher::Op::NotEqual:
            if (v == m.value)
                return false;
            break;
        case Matcher::Op::RegexMatch:
        case Matcher::Op::RegexNoMatch:
        {
            // Anchored as Prometheus anchors label regexes.
            const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(m.value));
            const bool hit = re.match(v).hasMatch();
            if (hit != (m.op == Matcher::Op::RegexMatch))
                return false;
            break;
        }
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// SampleStore

SampleStore::SampleStore()
    : SampleStore(Limits {})
{
}

SampleStore::SampleStore(const Limits &limits)
    : m_limits(limits)
{
}

bool SampleStore::append(const Labels &labels, qint64 timeMs, double value)
{
    const QString key = labelsKey(labels);
    auto it = m_index.constFind(key);
    int index = 0;
    if (it == m_index.constEnd())
    {
        if (isStale(value))
            return true;
        if (static_cast<int>(m_series.size()) >= m_limits.maxSeries)
            return false;
        index = static_cast<int>(m_series.size());
        Series s;
        s.labels = labels;
        m_series.push_back(std::move(s));
        m_index.insert(key, index);
    }
    else
    {
        index = it.value();
    }
    Series &s = m_series[static_cast<size_t>(index)];
    if (!s.raw.empty() && timeMs <= s.raw.back().timeMs)
        return true; // out of order or duplicate: Prometheus drops these too
    s.raw.push_back({ timeMs, value });
    s.lastMs = timeMs;
    compact(s, timeMs);
    return true;
}

void SampleStore::compact(Series &s, qint64 nowMs)
{
    // Raw samples leaving the raw window are folded into per-step averages.
    const qint64 rawFrom = nowMs - m_limits.rawRetentionMs;
    auto flush = [&]
    {
        if (s.bucketCount > 0)
            s.coarse.push_back({ s.bucketLastMs, s.bucketSum / s.bucketCount });
        s.bucketCount = 0;
        s.bucketSum = 0;
    };
    while (!s.raw.empty() && s.raw.front().timeMs < rawFrom)
    {
        const Point p = s.raw.front();
        s.raw.pop_front();
        const qint64 bucket = p.timeMs - p.timeMs % m_limits.coarseStepMs;
        if (bucket != s.bucket)
        {
            flush();
            s.bucket = bucket;
        }
        if (!isStale(p.value))
        {
            s.bucketSum += p.value;
            ++s.bucketCount;
            s.bucketLastMs = p.timeMs;
        }
    }
    const qint64 keepFrom = nowMs - m_limits.retentionMs;
    while (!s.coarse.empty() && s.coarse.front().timeMs < keepFrom)
        s.coarse.pop_front();
}

void SampleStore::appendSnapshot(qint64 timeMs, const std::vector<std::pair<Labels, double>> &values)
{
    QHash<QString, bool> round;
    round.reserve(static_cast<qsizetype>(values.size()));
    for (const auto &[labels, value] : values)
    {
        append(labels, timeMs, value);
        round.insert(labelsKey(labels), true);
    }
    for (auto it = m_lastRound.constBegin(); it != m_lastRound.constEnd(); ++it)
    {
        if (round.contains(it.key()))
            continue;
        const auto found = m_index.constFind(it.key());
        if (found != m_index.constEnd())
        {
            Series &s = m_series[static_cast<size_t>(found.value())];
            if (s.raw.empty() || s.raw.back().timeMs < timeMs)
                s.raw.push_back({ timeMs, quiet() });
        }
    }
    m_lastRound = std::move(round);
    m_lastSnapshotMs = timeMs;
    if (++m_roundsSincePrune >= 100)
    {
        m_roundsSincePrune = 0;
        prune(timeMs);
    }
}

void SampleStore::prune(qint64 nowMs)
{
    // Series with nothing left inside the retention go; the index is rebuilt.
    bool removed = false;
    std::vector<Series> kept;
    kept.reserve(m_series.size());
    for (Series &s : m_series)
    {
        compact(s, nowMs);
        if (s.lastMs < nowMs - m_limits.retentionMs)
        {
            removed = true;
            continue;
        }
        kept.push_back(std::move(s));
    }
    if (!removed)
    {
        m_series = std::move(kept);
        return;
    }
    m_series = std::move(kept);
    m_index.clear();
    for (size_t i = 0; i < m_series.size(); ++i)
        m_index.insert(labelsKey(m_series[i].labels), static_cast<int>(i));
}

namespace
{
constexpr quint32 kStoreMagic = 0x4d415053; // "MAPS"
constexpr quint32 kStoreVersion = 1;
// A bound for what a damaged or hostile file may make load() allocate.
constexpr quint32 kMaxPointsPerList = 10'000'000;

void writePoints(QDataStream &out, const std::deque<Point> &points)
{
    out << quint32(points.size());
    for (const Point &p : points)
        out << qint64(p.timeMs) << p.value;
}

bool readPoints(QDataStream &in, std::deque<Point> &points)
{
    quint32 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > kMaxPointsPerList)
        return false;
    qint64 last = std::numeric_limits<qint64>::min();
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i)
    {
        Point p;
        in >> p.timeMs >> p.value;
        if (p.timeMs < last)
            return false; // the store keeps every list in time order
        last = p.timeMs;
        points.push_back(p);
    }
    return in.status() == QDataStream::Ok;
}
} // namespace

QByteArray SampleStore::save() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStoreMagic << kStoreVersion << qint64(m_lastSnapshotMs) << quint32(m_series.size());
    for (const Series &s : m_series)
    {
        out << quint32(s.labels.size());
        for (const auto &[name, value] : s.labels)
            out << name << value;
        out << qint64(s.bucket) << s.bucketSum << qint32(s.bucketCount) << qint64(s.bucketLastMs) << qint64(s.lastMs);
        writePoints(out, s.coarse);
        writePoints(out, s.raw);
    }
    return qCompress(bytes);
}

bool SampleStore::load(const QByteArray &bytes, qint64 nowMs)
{
    m_series.clear();
    m_index.clear();
    m_lastRound.clear();
    m_lastSnapshotMs = 0;
    const QByteArray plain = qUncompress(bytes);
    QDataStream in(plain);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint64 lastSnapshot = 0;
    quint32 count = 0;
    in >> magic >> version >> lastSnapshot >> count;
    if (in.status() != QDataStream::Ok || magic != kStoreMagic || version != kStoreVersion)
        return false;
    std::vector<Series> loaded;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
    {
        Series s;
        quint32 labelCount = 0;
        in >> labelCount;
        if (labelCount > 1000)
            return false;
        for (quint32 l = 0; l < labelCount && in.status() == QDataStream::Ok; ++l)
        {
            QString name;
            QString value;
            in >> name >> value;
            s.labels.emplace_back(std::move(name), std::move(value));
        }
        qint32 bucketCount = 0;
        in >> s.bucket >> s.bucketSum >> bucketCount >> s.bucketLastMs >> s.lastMs;
        s.bucketCount = bucketCount;
        if (!readPoints(in, s.coarse) || !readPoints(in, s.raw))
            return false;
        if (static_cast<int>(loaded.size()) < m_limits.maxSeries)
            loaded.push_back(std::move(s));
    }
    if (in.status() != QDataStream::Ok)
        return false;
    m_series = std::move(loaded);
    for (size_t i = 0; i < m_series.size(); ++i)
        m_index.insert(labelsKey(m_series[i].labels), static_cast<int>(i));
    m_lastSnapshotMs = lastSnapshot;
    prune(nowMs);
    return true;
}

qsizetype SampleStore::pointCount() const
{
    qsizetype n = 0;
    for (const Series &s : m_series)
        n += static_cast<qsizetype>(s.raw.size() + s.coarse.size());
    return n;
}

std::vector<int> SampleStore::select(const std::vector<Matcher> &matchers) const
{
    std::vector<int> out;
    // Compile regexes once per selection, not once per series.
    struct Compiled
    {
        const Matcher *m;
        QRegularExpression re;
    };
    std::vector<Compiled> compiled;
    for (const Matcher &m : matchers)
    {
        Compiled c { &m, {} };
        if (m.op == Matcher::Op::RegexMatch || m.op == Matcher::Op::RegexNoMatch)
            c.re = QRegularExpression(QStringLiteral("^(?:%1)$").arg(m.value));
        compiled.push_back(std::move(c));
    }
    for (size_t i = 0; i < m_series.size(); ++i)
    {
        const Labels &labels = m_series[i].labels;
        bool ok = true;
        for (const Compiled &c : compiled)
        {
            const QString v = labelValue(labels, c.m->name);
            switch (c.m->op)
            {
            case Matcher::Op::Equal:
                ok = v == c.m->value;
                break;
            case Matcher::Op::NotEqual:
                ok = v != c.m->value;
                break;
            case Matcher::Op::RegexMatch:
                ok = c.re.match(v).hasMatch();
                break;
            case Matcher::Op::RegexNoMatch:
                ok = !c.re.match(v).hasMatch();
                break;
            }
            if (!ok)
                break;
        }
        if (ok)
            out.push_back(static_cast<int>(i));
    }
    return out;
}

std::vector<Point> SampleStore::points(int series, qint64 fromMs, qint64 toMs) const
{
    const Series &s = m_series[static_cast<size_t>(series)];
    std::vector<Point> out;
    auto collect = [&](const std::deque<Point> &d)
    {
        auto it = std::lower_bound(d.begin(), d.end(), fromMs, [](const Point &p, qint64 t) { return p.timeMs < t; });
        for (; it != d.end() && it->timeMs <= toMs; ++it)
        {
            if (!isStale(it->value))
                out.push_back(*it);
        }
    };
    collect(s.coarse);
    collect(s.raw);
    return out;
}

std::optional<Point> SampleStore::latest(int series, qint64 timeMs, qint64 lookbackMs) const
{
    const Series &s = m_series[static_cast<size_t>(series)];
    auto find = [&](const std::deque<Point> &d) -> std::optional<Point>
    {
        auto it = std::upper_bound(d.begin(), d.end(), timeMs, [](qint64 t, const Point &p) { return t < p.timeMs; });
        if (it == d.begin())
            return std::nullopt;
        --it;
        return *it;
    };
    std::optional<Point> p = find(s.raw);
    if (!p)
        p = find(s.coarse);
    if (!p || isStale(p->value) || p->timeMs <= timeMs - lookbackMs)
        return std::nullopt;
    return p;
}

// ---------------------------------------------------------------------------------------------
// Engine

Engine::Engine(const SampleStore &store)
    : m_store(store)
{
}

const std::vector<int> &Engine::selected(const Node &selector)
{
    auto it = m_selections.find(&selector);
    if (it == m_selections.end())
        it = m_selections.insert(&selector, m_store.select(selector.matchers));
    return it.value();
}

Value Engine::instant(const Node &expr, qint64 timeMs)
{
    m_selections.clear();
    return eval(expr, timeMs);
}

std::vector<Series> Engine::range(const Node &expr, qint64 startMs, qint64 endMs, qint64 stepMs)
{
    m_selections.clear();
    std::map<QString, Series> byKey;
    for (qint64 t = startMs; t <= endMs; t += stepMs)
    {
        Value v = eval(expr, t);
        if (v.scalar)
        {
            Series &s = byKey[QString()];
            s.points.push_back({ t, v.number });
            continue;
        }
        for (Sample &sample : v.vector)
        {
            Series &s = byKey[labelsKey(sample.labels)];
            if (s.points.empty())
                s.labels = std::move(sample.labels);
            s.points.push_back({ t, sample.value });
        }
    }
    std::vector<Series> out;
    out.reserve(byKey.size());
    for (auto &[key, s] : byKey)
        out.push_back(std::move(s));
    return out;
}

Value Engine::eval(const Node &node, qint64 t)
{
    Value out;
    switch (node.kind)
    {
    case Node::Kind::Number:
        out.scalar = true;
        out.number = node.number;
        return out;
    case Node::Kind::Selector:
    {
        if (node.rangeMs > 0)
            throw EvalError("a range vector cannot be the result of a query here");
        for (int s : selected(node))
        {
            if (const auto p = m_store.latest(s, t, kLookbackMs))
                out.vector.push_back({ m_store.labels(s), p->value });
        }
        return out;
    }
    case Node::Kind::Negate:
    {
        out = eval(*node.args[0], t);
        if (out.scalar)
        {
            out.number = -out.number;
            return out;
        }
        for (Sample &s : out.vector)
        {
            s.labels = withoutName(s.labels);
            s.value = -s.value;
        }
        return out;
    }
    case Node::Kind::Aggregate:
        return aggregate(node, t);
    case Node::Kind::Call:
        return call(node, t);
    case Node::Kind::Binary:
        return binary(node, t);
    }
    return out;
}

Value Engine::aggregate(const Node &node, qint64 t)
{
    const bool ranked = node.op == u"topk" || node.op == u"bottomk";
    double k = 0;
    if (ranked)
    {
        const Value param = eval(*node.args[0], t);
        k = param.number;
    }
    Value input = eval(*node.args.back(), t);
    auto groupLabels = [&](const Labels &labels)
    {
        Labels out;
        for (const auto &l : labels)
        {
            const bool listed = node.grouping.contains(l.first);
            if (node.without ? (!listed && l.first != kName) : listed)
                out.push_back(l);
        }
        return out;
    };

    struct Group
    {
        Labels labels;
        double sum = 0;
        double max = -std::numeric_limits<double>::infinity();
        double min = std::numeric_limits<double>::infinity();
        int count = 0;
        std::vector<Sample> members;
    };
    std::map<QString, Group> groups;
    std::vector<QString> order;
    for (Sample &s : input.vector)
    {
        Labels g = groupLabels(s.labels);
        const QString key = labelsKey(g);
        auto it = groups.find(key);
        if (it == groups.end())
        {
            it = groups.emplace(key, Group {}).first;
            it->second.labels = std::move(g);
            order.push_back(key);
        }
        Group &group = it->second;
        group.sum += s.value;
        group.max = std::max(group.max, s.value);
        group.min = std::min(group.min, s.value);
        ++group.count;
        if (ranked)
            group.members.push_back(std::move(s));
    }

    Value out;
    for (const QString &key : order)
    {
        Group &g = groups[key];
        if (ranked)
        {
            const auto n = static_cast<size_t>(std::max(0.0, std::min(k, static_cast<double>(g.members.size()))));
            const bool top = node.op == u"topk";
            std::stable_sort(g.members.begin(), g.members.end(),
                [top](const Sample &a, const Sample &b)
                {
                    // NaN sorts last either way, as in Prometheus.
                    if (std::isnan(a.value))
                        return false;
                    if (std::isnan(b.value))
                        return true;
                    return top ? a.value > b.value : a.value < b.value;
                });
            for (size_t i = 0; i < n; ++i)
                out.vector.push_back(std::move(g.members[i]));
            continue;
        }
        double v = 0;
        if (node.op == u"sum")
            v = g.sum;
        else if (node.op == u"avg")
            v = g.sum / g.count;
        else if (node.op == u"max")
            v = g.max;
        else if (node.op == u"min")
            v = g.min;
        else
            v = g.count;
        out.vector.push_back({ std::move(g.labels), v });
    }
    return out;
}

Value Engine::call(const Node &node, qint64 t)
{
    const Node &arg = *node.args[0];
    const qint64 range = arg.rangeMs;
    const QString &fn = node.op;
    Value out;
    for (int s : selected(arg))
    {
        const std::vector<Point> pts = m_store.points(s, t - range, t);
        if (pts.empty())
            continue;
        double v = 0;
        if (fn == u"rate" || fn == u"increase")
        {
            if (pts.size() < 2)
                continue;
            // Prometheus's extrapolatedRate (promql/functions.go): counter resets add the
            // value before the reset; the window is extrapolated to its edges by at most
            // half a sample interval, and not below zero.
            double result = pts.back().value - pts.front().value;
            for (size_t i = 1; i < pts.size(); ++i)
            {
                if (pts[i].value < pts[i - 1].value)
                    result += pts[i - 1].value;
            }
            const double rangeStart = static_cast<double>(t - range) / 1000.0;
            const double rangeEnd = static_cast<double>(t) / 1000.0;
            const double first = static_cast<double>(pts.front().timeMs) / 1000.0;
            const double last = static_cast<double>(pts.back().timeMs) / 1000.0;
            double durationToStart = first - rangeStart;
            const double durationToEnd = rangeEnd - last;
            const double sampled = last - first;
            const double average = sampled / static_cast<double>(pts.size() - 1);
            if (result > 0 && pts.front().value >= 0)
            {
                const double durationToZero = sampled * (pts.front().value / result);
                durationToStart = std::min(durationToStart, durationToZero);
            }
            const double threshold = average * 1.1;
            double interval = sampled;
            interval += durationToStart < threshold ? durationToStart : average / 2;
            interval += durationToEnd < threshold ? durationToEnd : average / 2;
            v = result * (interval / sampled);
            if (fn == u"rate")
                v /= static_cast<double>(range) / 1000.0;
        }
        else if (fn == u"irate")
        {
            if (pts.size() < 2)
                continue;
            const Point &a = pts[pts.size() - 2];
            const Point &b = pts.back();
            const double dt = static_cast<double>(b.timeMs - a.timeMs) / 1000.0;
            if (dt <= 0)
                continue;
            v = (b.value < a.value ? b.value : b.value - a.value) / dt;
        }
        else if (fn == u"avg_over_time" || fn == u"sum_over_time")
        {
            double sum = 0;
            for (const Point &p : pts)
                sum += p.value;
            v = fn == u"sum_over_time" ? sum : sum / static_cast<double>(pts.size());
        }
        else if (fn == u"max_over_time")
        {
            v = pts.front().value;
            for (const Point &p : pts)
                v = std::isnan(v) || p.value > v ? p.value : v;
        }
        else if (fn == u"min_over_time")
        {
            v = pts.front().value;
            for (const Point &p : pts)
                v = std::isnan(v) || p.value < v ? p.value : v;
        }
        else
        {
            v = static_cast<double>(pts.size()); // count_over_time
        }
        out.vector.push_back({ withoutName(m_store.labels(s)), v });
    }
    return out;
}

Value Engine::binary(const Node &node, qint64 t)
{
    const Value lhs = eval(*node.args[0], t);
    const Value rhs = eval(*node.args[1], t);
    const QChar op = node.op.at(0);
    auto apply = [op](double a, double b)
    {
        switch (op.unicode())
        {
        case u'+':
            return a + b;
        case u'-':
            return a - b;
        case u'*':
            return a * b;
        default:
            return a / b;
        }
    };
    Value out;
    if (lhs.scalar && rhs.scalar)
    {
        out.scalar = true;
        out.number = apply(lhs.number, rhs.number);
        return out;
    }
    if (lhs.scalar || rhs.scalar)
    {
        const Value &vec = lhs.scalar ? rhs : lhs;
        for (const Sample &s : vec.vector)
        {
            const double v = lhs.scalar ? apply(lhs.number, s.value) : apply(s.value, rhs.number);
            out.vector.push_back({ withoutName(s.labels), v });
        }
        return out;
    }
    // Vector with vector: one-to-one on the label sets without the metric name.
    QHash<QString, const Sample *> right;
    for (const Sample &s : rhs.vector)
    {
        const QString key = labelsKey(withoutName(s.labels));
        if (right.contains(key))
            throw EvalError("found duplicate series for the match group on the right hand-side of the operation: "
                            "many-to-many matching not allowed: matching labels must be unique on one side");
        right.insert(key, &s);
    }
    QHash<QString, bool> seen;
    for (const Sample &s : lhs.vector)
    {
        Labels labels = withoutName(s.labels);
        const QString key = labelsKey(labels);
        const Sample *other = right.value(key);
        if (!other)
            continue;
        if (seen.contains(key))
            throw EvalError(
                "multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)");
        seen.insert(key, true);
        out.vector.push_back({ std::move(labels), apply(s.value, other->value) });
    }
    return out;
}
} // namespace ma::server::promql
