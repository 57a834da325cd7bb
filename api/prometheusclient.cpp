#include "prometheusclient.h"

#include "jsoncodec.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ma::api
{
namespace
{
// A query_range answer can be far larger than a ModelArts page (11,000 points x many series).
constexpr qsizetype kMaxPrometheusBytes = 256 * 1024 * 1024;
// Bodies from this size on are decoded on a worker thread.
constexpr qsizetype kOffThreadBytes = 32 * 1024;

double parseSampleValue(const std::string &s)
{
    if (s == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (s == "+Inf" || s == "Inf")
        return std::numeric_limits<double>::infinity();
    if (s == "-Inf")
        return -std::numeric_limits<double>::infinity();
    double v = 0;
    const char *begin = s.data();
    if (!s.empty() && s.front() == '+')
        ++begin;
    const auto r = std::from_chars(begin, s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        return std::numeric_limits<double>::quiet_NaN();
    return v;
}

/**
 * SAX reader of Prometheus API bodies: builds the compact result directly instead of a JSON
 * tree (the tree is what costs in a 100k-sample answer). nlohmann's SAX parser does not
 * recurse; nesting deeper than kMaxJsonDepth stops it, as parseJson would.
 */
class PromSax
{
public:
    using Json = nlohmann::json;
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    enum class Role
    {
        Root,
        Data, // data as an object (query answers)
        DataArray, // data as an array (series, labels)
        Result,
        ResultItem,
        Metric,
        Value,
        Values,
        ValuesPair,
        LabelSet,
        Warnings,
        Ignore,
    };

    struct Frame
    {
        Role role;
        bool array;
        int index = 0;
        std::string key;
    };

    PromResult &out;
    std::vector<Frame> frames;
    std::string status;
    std::string errorType;
    std::string error;
    std::string resultType;
    bool dataSeen = false;
    bool dataIsArray = false;
    bool scalarResult = false;
    PromSeries scalar;
    QString failure;

    explicit PromSax(PromResult &result)
        : out(result)
    {
        frames.reserve(16);
    }

    Role childRole(bool array) const
    {
        if (frames.empty())
            return array ? Role::Ignore : Role::Root;
        const Frame &p = frames.back();
        switch (p.role)
        {
        case Role::Root:
            if (p.key == "data")
                return array ? Role::DataArray : Role::Data;
            if (p.key == "warnings" && array)
                return Role::Warnings;
            return Role::Ignore;
        case Role::Data:
            return p.key == "result" && array ? Role::Result : Role::Ignore;
        case Role::DataArray:
            return array ? Role::Ignore : Role::LabelSet;
        case Role::Result:
            return array ? Role::Ignore : Role::ResultItem;
        case Role::ResultItem:
            if (p.key == "metric" && !array)
                return Role::Metric;
            if (p.key == "value" && array)
                return Role::Value;
            if (p.key == "values" && array)
                return Role::Values;
            return Role::Ignore;
        case Role::Values:
            return array ? Role::ValuesPair : Role::Ignore;
        default:
            return Role::Ignore;
        }
    }

    bool push(bool array)
    {
        if (static_cast<int>(frames.size()) >= kMaxJsonDepth)
        {
            failure = QStringLiteral("nested deeper than %1 levels").arg(kMaxJsonDepth);
            return false;
        }
        const Role role = childRole(array);
        if (role == Role::Data || role == Role::DataArray)
        {
            dataSeen = true;
            dataIsArray = role == Role::DataArray;
        }
        else if (role == Role::ResultItem)
        {
            out.series.emplace_back();
        }
        else if (role == Role::LabelSet)
        {
            out.labelSets.emplace_back();
        }
        frames.push_back({ role, array, 0, {} });
        return true;
    }

    bool pop()
    {
        frames.pop_back();
        if (!frames.empty() && frames.back().array)
            ++frames.back().index;
        return true;
    }

    void timestamp(double t)
    {
        Frame &f = frames.back();
        if (f.index != 0)
            return;
        if (f.role == Role::Value || f.role == Role::ValuesPair)
            out.series.back().timestamps.push_back(t);
        else if (f.role == Role::Result)
        {
            scalarResult = true;
            scalar.timestamps.push_back(t);
        }
    }

    bool number(double v)
    {
        if (frames.empty())
            return true;
        timestamp(v);
        if (frames.back().array)
            ++frames.back().index;
        return true;
    }

    bool null()
    {
        if (!frames.empty() && frames.back().array)
            ++frames.back().index;
        return true;
    }
    bool boolean(bool) { return null(); }
    bool number_integer(number_integer_t v) { return number(static_cast<double>(v)); }
    bool number_unsigned(number_unsigned_t v) { return number(static_cast<double>(v)); }
    bool number_float(number_float_t v, const string_t &) { return number(v); }
    bool binary(binary_t &) { return null(); }

    bool string(string_t &s)
    {
        if (frames.empty())
            return true;
        Frame &f = frames.back();
        switch (f.role)
        {
        case Role::Root:
            if (f.key == "status")
                status = s;
            else if (f.key == "errorType")
                errorType = s;
            else if (f.key == "error")
                error = s;
            break;
        case Role::Data:
            if (f.key == "resultType")
                resultType = s;
            break;
        case Role::DataArray:
            out.strings.append(QString::fromStdString(s));
            break;
        case Role::Warnings:
            out.warnings.append(QString::fromStdString(s));
            break;
        case Role::Metric:
            out.series.back().labels.append({ QString::fromStdString(f.key), QString::fromStdString(s) });
            break;
        case Role::LabelSet:
            out.labelSets.back().append({ QString::fromStdString(f.key), QString::fromStdString(s) });
            break;
        case Role::Value:
        case Role::ValuesPair:
            if (f.index == 1)
                out.series.back().values.push_back(parseSampleValue(s));
            break;
        case Role::Result:
            if (f.index == 1)
            {
                scalarResult = true;
                scalar.values.push_back(parseSampleValue(s));
            }
            break;
        default:
            break;
        }
        if (f.array)
            ++f.index;
        return true;
    }

    bool start_object(std::size_t) { return push(false); }
    bool end_object() { return pop(); }
    bool start_array(std::size_t) { return push(true); }
    bool end_array() { return pop(); }
    bool key(string_t &k)
    {
        frames.back().key = k;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &e)
    {
        if (failure.isEmpty())
            failure = QString::fromUtf8(e.what());
        return false;
    }
};
} // namespace

QByteArray PrometheusSource::basicAuthorization() const
{
    if (user.isEmpty())
        return {};
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    return "Basic " + pair.toBase64();
}

QString PromSeries::label(const QString &name) const
{
    for (const auto &[k, v] : labels)
    {
        if (k == name)
            return v;
    }
    return {};
}

PromResult decodePrometheusBody(const QByteArray &body, int httpStatus)
{
    PromResult out;
    out.httpStatus = httpStatus;
    auto decodeFailure = [&](const QString &what)
    {
        PromResult failed;
        failed.httpStatus = httpStatus;
        if (httpStatus >= 400)
            failed.error = ApiError::fromHttp(httpStatus, {}, body);
        else
            failed.error = ApiError::decode(what);
        return failed;
    };
    if (body.size() > kMaxPrometheusBytes)
        return decodeFailure(QStringLiteral("the answer is larger than %1 bytes").arg(kMaxPrometheusBytes));
    PromSax sax(out);
    const bool parsed = nlohmann::json::sax_parse(body.constBegin(), body.constEnd(), &sax);
    if (!parsed)
        return decodeFailure(sax.failure.isEmpty() ? QStringLiteral("malformed JSON") : sax.failure);
    if (sax.status == "error" || httpStatus >= 400)
    {
        PromResult failed;
        failed.httpStatus = httpStatus;
        failed.error.kind = ApiError::Kind::Http;
        failed.error.httpStatus = httpStatus;
        failed.error.code = QString::fromStdString(sax.errorType);
        failed.error.message = QString::fromStdString(sax.error);
        if (failed.error.message.isEmpty())
            failed.error = ApiError::fromHttp(httpStatus >= 400 ? httpStatus : 500, {}, body);
        return failed;
    }
    if (sax.status != "success" || !sax.dataSeen)
        return decodeFailure(
            QStringLiteral("not a Prometheus API answer (status %1)").arg(QString::fromStdString(sax.status)));
    for (const PromSeries &s : out.series)
    {
        if (s.timestamps.size() != s.values.size())
            return decodeFailure(QStringLiteral("a sample lacks its timestamp or value"));
    }
    if (sax.dataIsArray)
    {
        // An empty list is read as Strings: /series, /labels and /label/<name>/values look alike then.
        out.type = out.labelSets.empty() ? PromResult::Type::Strings : PromResult::Type::Series;
        return out;
    }
    if (sax.resultType == "vector")
        out.type = PromResult::Type::Vector;
    else if (sax.resultType == "matrix")
        out.type = PromResult::Type::Matrix;
    else if (sax.resultType == "scalar" || sax.resultType == "string")
    {
        out.type = sax.resultType == "scalar" ? PromResult::Type::Scalar : PromResult::Type::String;
        if (sax.scalar.timestamps.size() == 1 && sax.scalar.values.size() <= 1)
        {
            if (sax.scalar.values.empty())
                sax.scalar.values.push_back(std::numeric_limits<double>::quiet_NaN());
            out.series.push_back(std::move(sax.scalar));
        }
    }
    else
        return decodeFailure(QStringLiteral("unknown resultType \"%1\"").arg(QString::fromStdString(sax.resultType)));
    return out;
}

// ---------------------------------------------------------------------------------------------

PrometheusCall::PrometheusCall(ApiCall *call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
    connect(call, &ApiCall::finished, this, &PrometheusCall::onFinished);
}

void PrometheusCall::cancel()
{
    if (m_finished || m_canceled)
        return;
    m_canceled = true;
    if (m_call && !m_call->isFinished())
    {
        m_call->cancel(); // finished(Canceled) follows from the call
        return;
    }
    PromResult r;
    r.error = ApiError::canceled();
    finish(std::move(r));
}

void PrometheusCall::onFinished(const ApiResult &result)
{
    if (m_finished)
        return;
    if (m_canceled || result.error.kind == ApiError::Kind::Canceled)
    {
        PromResult r;
        r.error = ApiError::canceled();
        finish(std::move(r));
        return;
    }
    // Network failures and timeouts carry no Prometheus body.
    if (result.error.isError() && result.error.kind != ApiError::Kind::Http)
    {
        PromResult r;
        r.error = result.error;
        r.httpStatus = result.httpStatus;
        finish(std::move(r));
        return;
    }
    const QByteArray body = result.body;
    const int status = result.httpStatus;
    if (body.size() < kOffThreadBytes)
    {
        finish(decodePrometheusBody(body, status));
        return;
    }
    auto *watcher = new QFutureWatcher<PromResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher]
        {
            PromResult r = watcher->result();
            watcher->deleteLater();
            if (m_canceled)
            {
                r = PromResult {};
                r.error = ApiError::canceled();
            }
            finish(std::move(r));
        });
    watcher->setFuture(QtConcurrent::run([body, status] { return decodePrometheusBody(body, status); }));
}

void PrometheusCall::finish(PromResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------

QString prometheusTime(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QStringLiteral("%1.%2").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

PrometheusClient::PrometheusClient(ApiClient *client, const PrometheusSource &source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(source)
{
}

ApiRequest PrometheusClient::request(const QString &apiPath, QList<std::pair<QString, QString>> query) const
{
    ApiRequest r;
    r.method = QByteArrayLiteral("GET");
    r.baseUrl = m_source.url;
    r.path = apiPath;
    r.query = std::move(query);
    r.auth = AuthMode::None; // the data source's own credentials, not the ModelArts ones
    r.timeoutMs = m_source.timeoutMs;
    const QByteArray basic = m_source.basicAuthorization();
    if (!basic.isEmpty())
        r.headers.append({ QByteArrayLiteral("Authorization"), basic });
    r.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    return r;
}

PrometheusCall *PrometheusClient::send(const QString &apiPath, QList<std::pair<QString, QString>> query)
{
    if (!m_client)
        return nullptr;
    ApiCall *call = m_client->send(request(apiPath, std::move(query)));
    return new PrometheusCall(call, this);
}

PrometheusCall *PrometheusClient::query(const QString &expr, const std::optional<QDateTime> &time)
{
    QList<std::pair<QString, QString>> q = { { QStringLiteral("query"), expr } };
    if (time)
        q.append({ QStringLiteral("time"), prometheusTime(*time) });
    return send(QStringLiteral("/api/v1/query"), std::move(q));
}

PrometheusCall *PrometheusClient::queryRange(
    const QString &expr, const QDateTime &start, const QDateTime &end, qint64 stepMs)
{
    return send(QStringLiteral("/api/v1/query_range"),
        { { QStringLiteral("query"), expr }, { QStringLiteral("start"), prometheusTime(start) },
            { QStringLiteral("end"), prometheusTime(end) },
            { QStringLiteral("step"), QString::number(static_cast<double>(stepMs) / 1000.0, 'f', 3) } });
}

PrometheusCall *PrometheusClient::series(const QStringList &match, const QDateTime &start, const QDateTime &end)
{
    QList<std::pair<QString, QString>> q;
    for (const QString &m : match)
        q.append({ QStringLiteral("match[]"), m });
    q.append({ QStringLiteral("start"), prometheusTime(start) });
    q.append({ QStringLiteral("end"), prometheusTime(end) });
    return send(QStringLiteral("/api/v1/series"), std::move(q));
}

PrometheusCall *PrometheusClient::labels(const QStringList &match)
{
    QList<std::pair<QString, QString>> q;
    for (const QString &m : match)
        q.append({ QStringLiteral("match[]"), m });
    return send(QStringLiteral("/api/v1/labels"), std::move(q));
}

PrometheusCall *PrometheusClient::labelValues(const QString &name, const QStringList &match)
{
    QList<std::pair<QString, QString>> q;
    for (const QString &m : match)
        q.append({ QStringLiteral("match[]"), m });
    return send(QStringLiteral("/api/v1/label/%1/values").arg(name), std::move(q));
}
} // namespace ma::api
