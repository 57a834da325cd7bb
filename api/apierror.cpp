#include "apierror.h"

#include "jsoncodec.h"

#include <QCoreApplication>

namespace ma::api
{
namespace
{
QString stringField(const Json &obj, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            continue;
        if (it->is_string())
            return QString::fromStdString(it->get<std::string>());
        if (it->is_number_integer())
            return QString::number(it->get<qint64>());
    }
    return {};
}

// Walks the body the way the official SDKs do: error_code/error_msg, then the v1
// envelope's error_message, errorCode/errorMsg, code/message, then nested objects
// (IAM's {"error":{...}}).
bool readErrorObject(const Json &obj, ApiError &out, int depth = 0)
{
    if (!obj.is_object() || depth > 3)
        return false;
    const QString code = stringField(obj, { "error_code", "errorCode", "code" });
    const QString message = stringField(obj, { "error_msg", "error_message", "errorMsg", "message" });
    if (!code.isEmpty() || !message.isEmpty())
    {
        out.code = code;
        out.message = message;
        out.solution = stringField(obj, { "error_solution" });
        if (out.requestId.isEmpty())
            out.requestId = stringField(obj, { "request_id" });
        if (out.message.isEmpty())
            out.message = stringField(obj, { "title" });
        return true;
    }
    for (const auto &value : obj)
    {
        if (value.is_object() && readErrorObject(value, out, depth + 1))
            return true;
    }
    return false;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
}

QString networkText(QNetworkReply::NetworkError error)
{
    switch (error)
    {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
            "ApiError", "The server refused the connection. Check the endpoint and that the service is running.");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("ApiError", "The server closed the connection before answering.");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate(
            "ApiError", "The server name could not be resolved. Check the endpoint and your network.");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate(
            "ApiError", "A secure (TLS) connection could not be established. The server certificate was not accepted.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("ApiError", "The network is temporarily unavailable.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("ApiError", "The proxy server could not be used.");
    case QNetworkReply::ProtocolFailure:
        return QCoreApplication::translate(
            "ApiError", "The server's answer broke the HTTP protocol (it may have been cut off).");
    default:
        return QCoreApplication::translate("ApiError", "The request failed because of a network error.");
    }
}

QString statusText(int status)
{
    if (status == 400)
        return QCoreApplication::translate("ApiError", "The service rejected the request as invalid.");
    if (status == 401)
        return QCoreApplication::translate(
            "ApiError", "Authentication failed: the token or the access keys were not accepted.");
    if (status == 403)
        return QCoreApplication::translate(
            "ApiError", "Permission denied: the account may not perform this operation.");
    if (status == 404)
        return QCoreApplication::translate("ApiError", "The resource was not found.");
    if (status == 409)
        return QCoreApplication::translate("ApiError", "The request conflicts with the current state of the resource.");
    if (status == 429)
        return QCoreApplication::translate(
            "ApiError", "Too many requests: the service is throttling. Try again later.");
    if (status >= 500)
        return QCoreApplication::translate("ApiError", "The service had an internal error (HTTP %1). Try again later.")
            .arg(status);
    return QCoreApplication::translate("ApiError", "The request failed with HTTP status %1.").arg(status);
}
} // namespace

QByteArray headerValue(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
    {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiError ApiError::fromHttp(int status, const RawHeaders &headers, const QByteArray &body)
{
    ApiError e;
    if (status >= 200 && status < 300)
        return e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(headerValue(headers, "X-Request-Id"));
    if (body.trimmed().isEmpty())
        return e;
    if (looksLikeHtml(body))
    {
        e.detail = QStringLiteral("HTML page");
        return e;
    }
    // parseJson: an error body from a proxy or a hostile endpoint may nest without limit.
    Json j;
    try
    {
        j = parseJson(body);
    }
    catch (const DecodeError &)
    {
    }
    if (!j.is_null() && readErrorObject(j, e))
        return e;
    // Not a documented error body: keep a short excerpt for the details line.
    e.detail = QString::fromUtf8(body.left(300)).simplified();
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &qtMessage)
{
    ApiError e;
    e.kind = Kind::Network;
    e.networkError = error;
    e.detail = qtMessage;
    return e;
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.networkError = QNetworkReply::TimeoutError;
    e.detail = QString::number(timeoutMs);
    return e;
}

ApiError ApiError::canceled()
{
    ApiError e;
    e.kind = Kind::Canceled;
    e.networkError = QNetworkReply::OperationCanceledError;
    return e;
}

ApiError ApiError::decode(const QString &what)
{
    ApiError e;
    e.kind = Kind::Decode;
    e.detail = what;
    return e;
}

ApiError ApiError::auth(const QString &message)
{
    ApiError e;
    e.kind = Kind::Auth;
    e.message = message;
    return e;
}

bool ApiError::isNotFound() const
{
    if (kind != Kind::Http)
        return false;
    static const QStringList notFoundCodes = {
        QStringLiteral("ModelArts.2775"),
        QStringLiteral("ModelArts.6309"),
        QStringLiteral("ModelArts.6357"),
        QStringLiteral("ModelArts.6404"),
        QStringLiteral("ModelArts.7005"),
        QStringLiteral("ModelArts.2890"),
        QStringLiteral("ModelArts.50015001"),
        QStringLiteral("ModelArts.50025001"),
        QStringLiteral("ModelArts.50005101"),
    };
    return httpStatus == 404 || notFoundCodes.contains(code);
}

QString ApiError::displayText() const
{
    switch (kind)
    {
    case Kind::None:
        return {};
    case Kind::Network:
        return networkText(networkError);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The server did not answer within %1 seconds.")
            .arg(detail.toInt() / 1000.0, 0, 'g', 3);
    case Kind::Canceled:
        return QCoreApplication::translate("ApiError", "The request was canceled.");
    case Kind::Decode:
        return QCoreApplication::translate("ApiError", "The service answered with data this version cannot read (%1).")
            .arg(detail);
    case Kind::Auth:
        return message.isEmpty() ? QCoreApplication::translate("ApiError", "Not signed in.") : message;
    case Kind::Http:
        break;
    }
    if (detail == u"HTML page")
        return QCoreApplication::translate("ApiError",
            "The server answered with a web page instead of API data (HTTP %1); a proxy or gateway may be in the "
            "way.")
            .arg(httpStatus);
    QString text = message.isEmpty() ? statusText(httpStatus) : message;
    if (!solution.isEmpty())
        text = QCoreApplication::translate("ApiError", "%1 %2").arg(text, solution);
    return text;
}

QString ApiError::reference() const
{
    QStringList parts;
    if (!code.isEmpty())
        parts << code;
    if (httpStatus)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        parts << QCoreApplication::translate("ApiError", "request %1").arg(requestId);
    return parts.join(QStringLiteral(" · "));
}
} // namespace ma::api
