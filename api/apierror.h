#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <utility>

namespace ma::api
{
using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

/**
 * @brief One error type for every failure the client can meet.
 *
 * It maps ModelArts bodies `{error_code, error_msg, error_solution}`, the v1 training
 * envelope `{is_success:false, error_code, error_message}`, IAM/Keystone bodies
 * `{error:{code, message, title}}`, API Gateway bodies, plain HTTP statuses, Qt network
 * errors, timeouts and undecodable bodies. It keeps the server's code and the
 * X-Request-Id so a user can quote them to support.
 */
struct ApiError
{
    enum class Kind
    {
        None,
        Network, // connection refused, DNS, TLS, ...
        Timeout, // no bytes within the transfer timeout
        Canceled, // the caller canceled
        Http, // the server answered with a status >= 400
        Decode, // 2xx, but the body is not what the API documents
        Auth, // credentials missing or rejected before a call could be made
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // "ModelArts.2775", "IAM.0062", "APIGW.0301", or "" when the server gave none
    QString message; // the server's own text (not translated)
    QString solution; // error_solution when the server gave one
    QString requestId; // X-Request-Id (or request_id in the body)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString detail; // technical detail: Qt's error string, the decode path, ...

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    /** A readable, translated sentence for a banner or a form: what happened and what to do. */
    QString displayText() const;
    /** "code · request id" for a details line, empty when neither is known. */
    QString reference() const;

    /** True for resource-not-found conditions, including ModelArts' 400-with-code cases. */
    bool isNotFound() const;

    /** Builds an error from an HTTP answer; returns Kind::None for a 2xx status. */
    static ApiError fromHttp(int status, const RawHeaders &headers, const QByteArray &body);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &qtMessage);
    static ApiError timeout(int timeoutMs);
    static ApiError canceled();
    static ApiError decode(const QString &what);
    static ApiError auth(const QString &message);
};

/** Case-insensitive header lookup. */
QByteArray headerValue(const RawHeaders &headers, const QByteArray &name);
} // namespace ma::api
