#include "metricsmodule.h"

#include "poolstore.h"

#include <charconv>
#include <cmath>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>
#include <set>

namespace ma::server
{
namespace
{
// Prometheus's limit on points per series of one query_range (web/api/v1/api.go).
constexpr qint64 kMaxPointsPerSeries = 11000;

/** A failed Prometheus API call: HTTP status, errorType and text, as Prometheus answers. */
struct ApiFailure
{
    int status;
    const char *type;
    QString message;
};

[[noreturn]] void badData(const QString &message)
{
    throw ApiFailure { 400, "bad_data", message };
}

Response apiError(const ApiFailure &f)
{
    Json body = { { "status", "error" }, { "errorType", f.type }, { "error", f.message.toStdString() } };
    return Response::json(f.status, body);
}

Response success(Json data)
{
    return Response::json(200, Json { { "status", "success" }, { "data", std::move(data) } });
}

/** Query string and form body merged, '+' read as a space (Go's url.ParseQuery). */
QList<std::pair<QString, QString>> params(const Request &request)
{
    QList<std::pair<QString, QString>> out;
    auto add = [&](QByteArray encoded)
    {
        encoded.replace('+', "%20");
        const QUrlQuery q(QString::fromUtf8(encoded));
        for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
            out.append({ k, v });
    };
    add(request.url.query(QUrl::FullyEncoded).toUtf8());
    const QByteArray type = request.header("Content-Type");
    if (request.method == "POST" && type.startsWith("application/x-www-form-urlencoded"))
        add(request.body);
    return out;
}

QString param(const QList<std::pair<QString, QString>> &all, const QString &name)
{
    for (const auto &[k, v] : all)
    {
        if (k == name)
            return v;
    }
    return {};
}

bool hasParam(const QList<std::pair<QString, QString>> &all, const QString &name)
{
    for (const auto &[k, v] : all)
    {
        if (k == name)
            return true;
    }
    return false;
}

/** Unix seconds (with fractions) or RFC 3339, as Prometheus's parseTime. */
qint64 parseTime(const QString &name, const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return static_cast<qint64>(std::llround(seconds * 1000.0));
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        return dt.toMSecsSinceEpoch();
    badData(QStringLiteral("invalid parameter \"%1\": cannot parse \"%2\" to a valid timestamp").arg(name, text));
}

qint64 parseStep(const QString &name, const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return static_cast<qint64>(std::llround(seconds * 1000.0));
    const qint64 ms = promql::parseDuration(text);
    if (ms < 0)
        badData(QStringLiteral("invalid parameter \"%1\": cannot parse \"%2\" to a valid duration").arg(name, text));
    return ms;
}

std::string formatValue(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buf[400];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return std::string(buf, r.ptr);
}

Json timestamp(qint64 ms)
{
    return static_cast<double>(ms) / 1000.0;
}

Json metricJson(const promql::Labels &labels)
{
    Json m = Json::object();
    for (const auto &[k, v] : labels)
        m[k.toStdString()] = v.toStdString();
    return m;
}

promql::NodePtr parseQuery(const QString &text)
{
    const promql::ParseResult parsed = promql::parse(text);
    if (!parsed.ok())
        badData(QStringLiteral("invalid parameter \"query\": %1").arg(parsed.error));
    return parsed.expr;
}

/** The match[] selectors: each a plain vector selector. */
std::vector<promql::NodePtr> matchers(const QList<std::pair<QString, QString>> &all, bool required)
{
    std::vector<promql::NodePtr> out;
    for (const auto &[k, v] : all)
    {
        if (k != u"match[]")
            continue;
        const promql::ParseResult parsed = promql::parse(v);
        if (!parsed.ok())
            badData(QStringLiteral("invalid parameter \"match[]\": %1").arg(parsed.error));
        if (parsed.expr->kind != promql::Node::Kind::Selector || parsed.expr->rangeMs > 0)
            badData(QStringLiteral("invalid parameter \"match[]\": 1:1: parse error: expected type instant vector, "
                                   "got %1")
                        .arg(promql::isRangeVector(*parsed.expr) ? QStringLiteral("range vector")
                                                                 : QStringLiteral("an expression")));
        out.push_back(parsed.expr);
    }
    if (required && out.empty())
        badData(QStringLiteral("no match[] parameter provided"));
    return out;
}
} // namespace

MetricsModule::MetricsModule(ServerContext &context, QObject *parent)
    : ServerModule(context, parent)
    , m_pools(std::make_unique<PoolStore>(context))
    , m_exporter(std::make_unique<MetricsExporter>(context, *m_pools))
{
}

MetricsModule::~MetricsModule()
{
    if (m_timer) // started: there is history to keep
        saveHistory();
}

QString MetricsModule::historyPath(const QString &dataDir)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("metrics-history.bin"));
}

void MetricsModule::loadHistory()
{
    QFile file(historyPath(m_ctx.config().dataDir));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return; // a first start
    if (!m_samples.load(file.readAll(), m_ctx.clock().nowMs()))
        qWarning("modelarts-local: %s is not a metrics history of this version; starting without it",
            qPrintable(file.fileName()));
}

bool MetricsModule::saveHistory()
{
    const QString path = historyPath(m_ctx.config().dataDir);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    // The samples name jobs, users and hosts: owner-only, as the rest of the data folder.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    const QByteArray bytes = m_samples.save();
    return file.write(bytes) == bytes.size() && file.commit();
}

void MetricsModule::start()
{
    // Charts of the last hours and days stay after a restart (the guide keeps job metrics 30 days).
    loadHistory();
    m_saveTimer = new QTimer(this);
    m_saveTimer->setInterval(kSaveIntervalMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MetricsModule::saveHistory);
    m_saveTimer->start();
    m_timer = new QTimer(this);
    m_timer->setInterval(kSampleIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MetricsModule::sample);
    m_timer->start();
    // The first round after the start-up has returned: listening is not delayed by it.
    QTimer::singleShot(0, this, &MetricsModule::sample);
}

void MetricsModule::sample()
{
    const qint64 now = m_ctx.clock().nowMs();
    m_samples.appendSnapshot(now, m_exporter->collect(now));
}

void MetricsModule::sampleIfStale()
{
    if (m_ctx.clock().nowMs() - m_samples.lastAppendMs() >= 1000)
        sample();
}

void MetricsModule::registerRoutes(Router &router)
{
    // GET /metrics: the scrape target (basic auth, token or AK/SK; LocalServer checks).
    router.add("GET", QStringLiteral("/metrics"),
        [this](const Request &)
        {
            const qint64 now = m_ctx.clock().nowMs();
            const MetricsExporter::Snapshot snapshot = m_exporter->collect(now);
            return Response::text(200, MetricsExporter::exposition(snapshot), MetricsExporter::contentType());
        });

    auto guarded = [this](Response (MetricsModule::*handler)(const Request &))
    {
        return [this, handler](const Request &request)
        {
            try
            {
                sampleIfStale();
                return (this->*handler)(request);
            }
            catch (const ApiFailure &f)
            {
                return apiError(f);
            }
            catch (const promql::EvalError &e)
            {
                return apiError({ 422, "execution", QString::fromUtf8(e.what()) });
            }
        };
    };
    for (const QByteArray &method : { QByteArrayLiteral("GET"), QByteArrayLiteral("POST") })
    {
        router.add(method, QStringLiteral("/api/v1/query"), guarded(&MetricsModule::query));
        router.add(method, QStringLiteral("/api/v1/query_range"), guarded(&MetricsModule::queryRange));
        router.add(method, QStringLiteral("/api/v1/series"), guarded(&MetricsModule::series));
        router.add(method, QStringLiteral("/api/v1/labels"), guarded(&MetricsModule::labels));
        router.add(method, QStringLiteral("/api/v1/label/{label_name}/values"), guarded(&MetricsModule::labelValues));
    }
}

Response MetricsModule::query(const Request &request)
{
    const auto all = params(request);
    const promql::NodePtr expr = parseQuery(param(all, QStringLiteral("query")));
    const qint64 t = hasParam(all, QStringLiteral("time"))
        ? parseTime(QStringLiteral("time"), param(all, QStringLiteral("time")))
        : m_ctx.clock().nowMs();
    promql::Engine engine(m_samples);
    if (promql::isRangeVector(*expr))
    {
        // A bare range selector returns a matrix, as Prometheus does.
        Json result = Json::array();
        for (int s : m_samples.select(expr->matchers))
        {
            Json values = Json::array();
            for (const promql::Point &p : m_samples.points(s, t - expr->rangeMs, t))
                values.push_back({ timestamp(p.timeMs), formatValue(p.value) });
            if (!values.empty())
                result.push_back({ { "metric", metricJson(m_samples.labels(s)) }, { "values", values } });
        }
        return success({ { "resultType", "matrix" }, { "result", result } });
    }
    const promql::Value v = engine.instant(*expr, t);
    if (v.scalar)
        return success({ { "resultType", "scalar" }, { "result", { timestamp(t), formatValue(v.number) } } });
    Json result = Json::array();
    for (const promql::Sample &s : v.vector)
        result.push_back({ { "metric", metricJson(s.labels) }, { "value", { timestamp(t), formatValue(s.value) } } });
    return success({ { "resultType", "vector" }, { "result", result } });
}

Response MetricsModule::queryRange(const Request &request)
{
    const auto all = params(request);
    const qint64 start = parseTime(QStringLiteral("start"), param(all, QStringLiteral("start")));
    const qint64 end = parseTime(QStringLiteral("end"), param(all, QStringLiteral("end")));
    if (end < start)
        badData(QStringLiteral("end timestamp must not be before start time"));
    const qint64 step = parseStep(QStringLiteral("step"), param(all, QStringLiteral("step")));
    if (step <= 0)
        badData(QStringLiteral("zero or negative query resolution step widths are not accepted. Try a positive "
                               "integer"));
    if ((end - start) / step > kMaxPointsPerSeries)
        badData(QStringLiteral("exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the "
                               "query resolution (?step=XX)"));
    const promql::NodePtr expr = parseQuery(param(all, QStringLiteral("query")));
    if (promql::isRangeVector(*expr))
        badData(QStringLiteral("invalid parameter \"query\": invalid expression type \"range vector\" for range "
                               "query, must be Scalar or instant Vector"));
    promql::Engine engine(m_samples);
    Json result = Json::array();
    for (const promql::Series &s : engine.range(*expr, start, end, step))
    {
        Json values = Json::array();
        for (const promql::Point &p : s.points)
            values.push_back({ timestamp(p.timeMs), formatValue(p.value) });
        result.push_back({ { "metric", metricJson(s.labels) }, { "values", std::move(values) } });
    }
    return success({ { "resultType", "matrix" }, { "result", std::move(result) } });
}

namespace
{
/** Series indices selected by any of @p selectors (all when none) with a sample in [start, end]. */
std::vector<int> seriesIn(
    const promql::SampleStore &store, const std::vector<promql::NodePtr> &selectors, qint64 startMs, qint64 endMs)
{
    std::set<int> chosen;
    if (selectors.empty())
    {
        for (int i = 0; i < store.seriesCount(); ++i)
            chosen.insert(i);
    }
    for (const promql::NodePtr &sel : selectors)
    {
        for (int s : store.select(sel->matchers))
            chosen.insert(s);
    }
    std::vector<int> out;
    for (int s : chosen)
    {
        if (!store.points(s, startMs, endMs).empty())
            out.push_back(s);
    }
    return out;
}

std::pair<qint64, qint64> timeRange(const QList<std::pair<QString, QString>> &all)
{
    qint64 start = std::numeric_limits<qint64>::min() / 2;
    qint64 end = std::numeric_limits<qint64>::max() / 2;
    if (hasParam(all, QStringLiteral("start")))
        start = parseTime(QStringLiteral("start"), param(all, QStringLiteral("start")));
    if (hasParam(all, QStringLiteral("end")))
        end = parseTime(QStringLiteral("end"), param(all, QStringLiteral("end")));
    return { start, end };
}
} // namespace

Response MetricsModule::series(const Request &request)
{
    const auto all = params(request);
    const auto selectors = matchers(all, true);
    const auto [start, end] = timeRange(all);
    Json result = Json::array();
    for (int s : seriesIn(m_samples, selectors, start, end))
        result.push_back(metricJson(m_samples.labels(s)));
    return success(result);
}

Response MetricsModule::labels(const Request &request)
{
    const auto all = params(request);
    const auto [start, end] = timeRange(all);
    std::set<QString> names;
    for (int s : seriesIn(m_samples, matchers(all, false), start, end))
    {
        for (const auto &l : m_samples.labels(s))
            names.insert(l.first);
    }
    Json result = Json::array();
    for (const QString &n : names)
        result.push_back(n.toStdString());
    return success(result);
}

Response MetricsModule::labelValues(const Request &request)
{
    const auto all = params(request);
    const QString name = request.param(QStringLiteral("label_name"));
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    if (!valid.match(name).hasMatch())
        badData(QStringLiteral("invalid label name: \"%1\"").arg(name));
    const auto [start, end] = timeRange(all);
    std::set<QString> values;
    for (int s : seriesIn(m_samples, matchers(all, false), start, end))
    {
        const QString v = promql::labelValue(m_samples.labels(s), name);
        if (!v.isEmpty())
            values.insert(v);
    }
    Json result = Json::array();
    for (const QString &v : values)
        result.push_back(v.toStdString());
    return success(result);
}
} // namespace ma::server
