#pragma once

// A Prometheus HTTP API data source (issue 11): AOM's Prometheus instance (pools_monitoring.md
// §5.7: URL, user and password, basic auth, as Grafana's Prometheus data source) or any
// Prometheus, including modelarts-local's own /api/v1. Calls go through the one ApiClient;
// answers are decoded off the UI thread into compact series (labels + timestamps + values).

#include "apiclient.h"

#include <optional>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace ma::api
{
/** @brief A profile's Prometheus data source. The password belongs in the keychain, never in settings. */
struct PrometheusSource
{
    QUrl url; // base URL; "api/v1/query" etc. are appended to its path
    QString user; // empty: no basic auth
    QString password; // filled from the keychain before use
    int timeoutMs = 30000;

    bool isValid() const { return url.isValid() && !url.isRelative(); }
    /** "Basic base64(user:password)", or empty when there is no user. */
    QByteArray basicAuthorization() const;
};

using PromLabels = QList<std::pair<QString, QString>>;

/** @brief One series of a Prometheus answer: timestamps in seconds since the epoch, values as numbers. */
struct PromSeries
{
    PromLabels labels; // as the server sent them, "__name__" included when present
    std::vector<double> timestamps;
    std::vector<double> values;

    QString label(const QString &name) const;
    QString metricName() const { return label(QStringLiteral("__name__")); }
};

/** @brief A decoded Prometheus API answer (or its error). */
struct PromResult
{
    enum class Type
    {
        None,
        Vector, // /query: one point per series
        Matrix, // /query_range (and /query of a range selector)
        Scalar, // one series without labels and one point
        String,
        Series, // /series: label sets in labelSets
        Strings, // /labels, /label/<name>/values: in strings
    };

    Type type = Type::None;
    std::vector<PromSeries> series;
    std::vector<PromLabels> labelSets;
    QStringList strings;
    QStringList warnings;
    ApiError error; // Prometheus's errorType in code, its text in message
    int httpStatus = 0;

    bool ok() const { return !error.isError(); }
};

/**
 * @brief Decodes a Prometheus API body (success or error shape). Pure, thread-safe;
 * untrusted input is depth- and size-limited. A 4xx/5xx with Prometheus's error body
 * gives Kind::Http with errorType and error; an unreadable body gives Kind::Decode.
 */
PromResult decodePrometheusBody(const QByteArray &body, int httpStatus);

/**
 * @brief One running Prometheus call. Emits finished() exactly once (Canceled after
 * cancel()) and deletes itself afterwards; do not keep the pointer past finished().
 */
class PrometheusCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusCall)

public:
    /** Aborts the request (or drops a decode in progress); finished() follows with Kind::Canceled. */
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void finished(const ma::api::PromResult &result);

private:
    friend class PrometheusClient;
    explicit PrometheusCall(ApiCall *call, QObject *parent);
    void onFinished(const ApiResult &result);
    void finish(PromResult result);

    QPointer<ApiCall> m_call;
    bool m_canceled = false;
    bool m_finished = false;
};

/** @brief Typed calls of the Prometheus HTTP API against one source. Must live on the ApiClient's thread. */
class PrometheusClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusClient)

public:
    PrometheusClient(ApiClient *client, const PrometheusSource &source, QObject *parent = nullptr);

    const PrometheusSource &source() const { return m_source; }
    void setSource(const PrometheusSource &source) { m_source = source; }

    /** GET /api/v1/query at @p time (now when absent). */
    PrometheusCall *query(const QString &expr, const std::optional<QDateTime> &time = std::nullopt);
    /** GET /api/v1/query_range. */
    PrometheusCall *queryRange(const QString &expr, const QDateTime &start, const QDateTime &end, qint64 stepMs);
    /** GET /api/v1/series with one match[] per selector. */
    PrometheusCall *series(const QStringList &match, const QDateTime &start, const QDateTime &end);
    /** GET /api/v1/labels. */
    PrometheusCall *labels(const QStringList &match = {});
    /** GET /api/v1/label/<name>/values. */
    PrometheusCall *labelValues(const QString &name, const QStringList &match = {});

    /** The request a call sends (tests and diagnostics). */
    ApiRequest request(const QString &apiPath, QList<std::pair<QString, QString>> query) const;

private:
    PrometheusCall *send(const QString &apiPath, QList<std::pair<QString, QString>> query);

    QPointer<ApiClient> m_client;
    PrometheusSource m_source;
};

/** Unix seconds with milliseconds, as Prometheus's API takes them ("1700000000.5"). */
QString prometheusTime(const QDateTime &time);
} // namespace ma::api
