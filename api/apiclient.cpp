#include "apiclient.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace ma::api
{
namespace
{
bool isTransientStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

bool isTransientNetworkError(const ApiError &e)
{
    if (e.kind == ApiError::Kind::Timeout)
        return true;
    if (e.kind != ApiError::Kind::Network)
        return false;
    switch (e.networkError)
    {
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::RemoteHostClosedError:
        return true;
    default:
        return false;
    }
}

// Only meaningful for identity encoding: a decompressed body is longer than its Content-Length.
bool isTruncated(const ApiResult &r)
{
    bool ok = false;
    const qint64 expected = r.header("Content-Length").trimmed().toLongLong(&ok);
    return ok && r.header("Content-Encoding").isEmpty() && r.body.size() < expected;
}

QString percentEncoded(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
} // namespace

int retryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qint64>(seconds * 1000, 24 * 3600 * 1000));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return static_cast<int>(std::clamp<qint64>(nowUtc.msecsTo(when), 0, 24 * 3600 * 1000));
}

// ---------------------------------------------------------------------------------------------

ApiClient::ApiClient(const Endpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_endpoints(endpoints)
{
    // Signatures bind host and path, and a token must not follow a redirect to another
    // host: redirects are reported to the caller, never followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setAuthenticator(Authenticator *authenticator)
{
    if (m_authenticator == authenticator)
        return;
    delete m_authenticator;
    m_authenticator = authenticator;
    if (m_authenticator)
        m_authenticator->setParent(this);
}

ApiCall *ApiClient::send(ApiRequest request)
{
    auto *call = new ApiCall(this, std::move(request));
    // Start on the next event loop turn so callers can connect to finished() first.
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    const bool external = request.baseUrl.isValid();
    QUrl url = m_endpoints.modelArts;
    if (external)
        url = request.baseUrl;
    else if (request.service == Service::Iam)
        url = m_endpoints.iam;
    else if (request.service == Service::Vpc && m_endpoints.vpc.isValid())
        url = m_endpoints.vpc;
    QString path = request.path;
    if (m_authenticator && !external)
        path.replace(QStringLiteral("{project_id}"), m_authenticator->projectId());
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::DecodedMode);
    if (!request.query.isEmpty())
    {
        QStringList parts;
        parts.reserve(request.query.size());
        for (const auto &[key, value] : request.query)
            parts << percentEncoded(key) + u'=' + percentEncoded(value);
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    }
    return url;
}

void ApiClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

// ---------------------------------------------------------------------------------------------

ApiCall::ApiCall(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_elapsed.start();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply)
    {
        m_reply->abort(); // onReplyFinished() reports the cancellation
        return;
    }
    ApiResult r;
    r.error = ApiError::canceled();
    r.attempts = m_attempts;
    finish(std::move(r));
}

void ApiCall::start()
{
    if (m_finished || m_canceled)
        return;
    Authenticator *auth = m_client->authenticator();
    if (!auth || m_request.auth != AuthMode::Full)
    {
        send();
        return;
    }
    QPointer<ApiCall> self(this);
    auth->prepare(*m_client,
        [self](const ApiError &error)
        {
            if (!self || self->m_finished)
                return;
            if (self->m_canceled)
            {
                ApiResult r;
                r.error = ApiError::canceled();
                self->finish(std::move(r));
                return;
            }
            if (error.isError())
            {
                ApiResult r;
                r.error = error;
                self->finish(std::move(r));
                return;
            }
            self->send();
        });
}

void ApiCall::send()
{
    ++m_attempts;
    const QUrl url = m_client->urlFor(m_request);
    QNetworkRequest net(url);
    net.setTransferTimeout(m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->defaultTimeoutMs());
    net.setRawHeader("Accept", "application/json");
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT"
        || m_request.method == "PATCH")
        net.setRawHeader("Content-Type", m_request.contentType);
    for (const auto &[name, value] : m_request.headers)
        net.setRawHeader(name, value);
    if (Authenticator *auth = m_client->authenticator(); auth && m_request.auth != AuthMode::None)
        auth->decorate(m_request, url, net);

    QNetworkReply *reply = m_request.body.isEmpty() && m_request.method == "GET"
        ? m_client->network()->get(net)
        : m_client->network()->sendCustomRequest(net, m_request.method, m_request.body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();

    ApiResult r;
    r.attempts = m_attempts;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append({ pair.first, pair.second });
    // An aborted reply is closed already; reading it would only print a warning.
    if (reply->isOpen())
        r.body = reply->readAll();

    const QNetworkReply::NetworkError netError = reply->error();
    if (m_canceled)
    {
        r.error = ApiError::canceled();
        finish(std::move(r));
        return;
    }
    if (r.httpStatus == 0 && netError != QNetworkReply::NoError)
    {
        // A transfer timeout aborts the reply; we did not cancel, so it is a timeout.
        if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
        {
            const int timeout = m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->defaultTimeoutMs();
            r.error = ApiError::timeout(timeout);
        }
        else
        {
            r.error = ApiError::fromNetwork(netError, reply->errorString());
        }
    }
    else if (r.httpStatus >= 300 && r.httpStatus < 400)
    {
        r.error = ApiError::fromHttp(r.httpStatus, r.headers, r.body);
        r.error.kind = ApiError::Kind::Http;
    }
    else if (r.httpStatus >= 400)
    {
        r.error = ApiError::fromHttp(r.httpStatus, r.headers, r.body);
    }
    else if (netError != QNetworkReply::NoError)
    {
        // A 2xx whose body was cut off: the data is incomplete, treat it as a network failure.
        r.error = ApiError::fromNetwork(netError, reply->errorString());
        r.error.httpStatus = r.httpStatus;
    }
    else if (isTruncated(r))
    {
        // Qt 6.4 reports a connection closed before Content-Length bytes as a success.
        r.error = ApiError::fromNetwork(QNetworkReply::ProtocolFailure,
            QStringLiteral("received %1 of %2 bytes")
                .arg(r.body.size())
                .arg(QString::fromLatin1(r.header("Content-Length"))));
        r.error.httpStatus = r.httpStatus;
    }

    // A rejected token is renewed once, whatever the method: the service refused the call
    // before executing it, so sending it again cannot duplicate anything.
    if (r.httpStatus == 401 && !m_renewedAuth && m_request.auth == AuthMode::Full)
    {
        Authenticator *auth = m_client->authenticator();
        if (auth && auth->invalidateAfterUnauthorized())
        {
            m_renewedAuth = true;
            start();
            return;
        }
    }
    retryOrFinish(std::move(r));
}

int ApiCall::backoffDelayMs(const ApiResult &result) const
{
    const RetryPolicy &p = m_client->retryPolicy();
    const int retryAfter = retryAfterMs(result.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (retryAfter >= 0)
        return retryAfter;
    const int exp = std::min(m_attempts - 1, 16);
    const qint64 base = std::min<qint64>(static_cast<qint64>(p.initialDelayMs) << exp, p.maxDelayMs);
    // Up to 20 % jitter so that many clients do not retry in step.
    const qint64 jitter = base / 5 > 0 ? QRandomGenerator::global()->bounded(base / 5 + 1) : 0;
    return static_cast<int>(std::min<qint64>(base + jitter, p.maxDelayMs));
}

void ApiCall::retryOrFinish(ApiResult result)
{
    const RetryPolicy &p = m_client->retryPolicy();
    const bool transient = isTransientStatus(result.httpStatus) || isTransientNetworkError(result.error);
    if (!result.error.isError() || !transient || !m_request.isRetrySafe() || m_attempts > p.maxRetries)
    {
        finish(std::move(result));
        return;
    }
    const int delay = backoffDelayMs(result);
    if (delay > p.maxRetryAfterMs)
    {
        finish(std::move(result));
        return;
    }
    if (!m_retryTimer)
    {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
    }
    m_retryTimer->start(delay);
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.elapsedMs = m_elapsed.elapsed();
    if (result.error.isError() && result.error.requestId.isEmpty())
        result.error.requestId = QString::fromLatin1(result.header("X-Request-Id"));
    emit finished(result);
    emit m_client->callFinished(result);
    deleteLater();
}
} // namespace ma::api
