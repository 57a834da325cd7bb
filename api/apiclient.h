#pragma once

#include "apierror.h"
#include "regions.h"

#include <functional>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ma::api
{
class ApiClient;

enum class Service
{
    ModelArts,
    Iam,
    Vpc, // the VPC service (VPC and subnet lists of Interconnect VPC); the ModelArts host when no endpoint is set
};

enum class AuthMode
{
    Full, // authenticator prepares (token, project id) and decorates
    SignOnly, // decorate only: used for the calls that resolve the project id themselves
    None, // sent as is: the IAM token request
};

/** @brief One REST call as the client sends it. Paths may contain "{project_id}". */
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    Service service = Service::ModelArts;
    QString path;
    /** When valid, path is appended to this URL instead of the service's endpoint (a Prometheus data source). */
    QUrl baseUrl;
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    RawHeaders headers;
    AuthMode auth = AuthMode::Full;
    int timeoutMs = 0; // 0: the client's default

    /** Only reads are retried automatically: a POST/PATCH/PUT/DELETE is never sent twice. */
    bool isRetrySafe() const { return method == "GET" || method == "HEAD"; }
};

/** @brief What a call ended with. `error.kind == None` means a 2xx answer. */
struct ApiResult
{
    int httpStatus = 0;
    RawHeaders headers;
    QByteArray body;
    ApiError error;
    int attempts = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
};

/** @brief Retry rule for safe requests: bounded exponential backoff honouring Retry-After. */
struct RetryPolicy
{
    int maxRetries = 3;
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 30000; // a longer Retry-After ends the call with the 429/503 instead
};

/**
 * @brief Adds authentication to requests. Implementations: token (IAM password flow),
 * AK/SK signing, and none (for the IAM token call itself).
 */
class Authenticator : public QObject
{
    Q_OBJECT

public:
    using Ready = std::function<void(const ApiError &error)>;
    using QObject::QObject;

    /** Makes sure credentials are usable (fetches a token, resolves the project id). */
    virtual void prepare(ApiClient &client, Ready ready) = 0;
    /** Adds headers to an outgoing request; @p url and @p body are exactly what is sent. */
    virtual void decorate(const ApiRequest &request, const QUrl &url, QNetworkRequest &out) = 0;
    /** Called on a 401; returns true when fresh credentials are worth one more try. */
    virtual bool invalidateAfterUnauthorized() { return false; }
    virtual QString projectId() const = 0;
};

/**
 * @brief Handle of one call. It emits finished() exactly once (also after cancel())
 * and then deletes itself; do not keep the pointer past finished().
 */
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    void finished(const ma::api::ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request);

    void start();
    void send();
    void onReplyFinished();
    void retryOrFinish(ApiResult result);
    void finish(ApiResult result);
    int backoffDelayMs(const ApiResult &result) const;

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    bool m_renewedAuth = false;
    bool m_canceled = false;
    bool m_finished = false;
};

/**
 * @brief The ModelArts + IAM REST transport. Owns the application's only
 * QNetworkAccessManager. Must live on the GUI thread (or one event loop).
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(const Endpoints &endpoints, QObject *parent = nullptr);
    ~ApiClient() override;

    /** Takes ownership. Without an authenticator, requests go out unauthenticated. */
    void setAuthenticator(Authenticator *authenticator);
    Authenticator *authenticator() const { return m_authenticator; }

    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    const Endpoints &endpoints() const { return m_endpoints; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }

    /** Starts a call; the result arrives through ApiCall::finished. */
    ApiCall *send(ApiRequest request);

    /** Full URL of @p request, with {project_id} replaced and the query encoded. */
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *network() const { return m_network; }

    /** Cancels every call in flight (profile switch, shutdown). */
    void cancelAll();

signals:
    /**
     * @brief Every call's result, once, as it finishes (canceled ones too): the connection
     * state follows the calls without each page reporting them.
     */
    void callFinished(const ma::api::ApiResult &result);

private:
    friend class ApiCall;

    QNetworkAccessManager *m_network;
    Endpoints m_endpoints;
    Authenticator *m_authenticator = nullptr;
    RetryPolicy m_retry;
    int m_defaultTimeoutMs = 30000;
};

/** Parses Retry-After (delta seconds or an HTTP date); -1 when absent or unreadable. */
int retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
} // namespace ma::api
