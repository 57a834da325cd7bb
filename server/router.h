#pragma once

// Method + path-pattern routing for modelarts-local. Patterns use the spec's own
// placeholders ("/v2/{project_id}/training-jobs/{training_job_id}"); a handler receives
// the captured values by name. Handlers run on the server thread and return a Response.

#include "api/apierror.h"
#include "api/jsoncodec.h"

#include <functional>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <stdexcept>
#include <vector>

namespace ma::server
{
using api::Json;
using api::RawHeaders;

struct Request
{
    QByteArray method; // upper case
    QUrl url; // as received (path + query)
    RawHeaders headers;
    QByteArray body;
    QHash<QString, QString> params; // captured path placeholders

    QString param(const QString &name) const { return params.value(name); }
    QString query(const QString &name) const;
    bool hasQuery(const QString &name) const;
    QByteArray header(const QByteArray &name) const { return api::headerValue(headers, name); }
    /** The body as JSON; throws HttpError 400 (ModelArts.0101) when malformed or nested too deep. */
    Json json() const;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    RawHeaders headers;

    static Response json(int status, const Json &body);
    static Response text(int status, const QByteArray &body, const QByteArray &contentType);
    /** A ModelArts error body: {"error_code", "error_msg"} (+ "error_solution" when given). */
    static Response error(int status, const QString &code, const QString &message, const QString &solution = QString());
    /** 500 with a fixed message: what failed inside is logged, never sent. */
    static Response internalError();
};

/** Thrown by handlers (and helpers) to answer with a ModelArts error body. */
class HttpError : public std::runtime_error
{
public:
    HttpError(int status, QString code, QString message, QString solution = QString());
    Response response() const { return Response::error(m_status, m_code, m_message, m_solution); }
    int status() const { return m_status; }
    const QString &code() const { return m_code; }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QString m_solution;
};

class Router final
{
public:
    using Handler = std::function<Response(const Request &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    /** Finds the route, fills request.params and calls it. Unknown paths give 404. */
    Response dispatch(Request &request) const;
    /** True when a route matches the path with any method. */
    bool matchesPath(const QString &path) const;
    int routeCount() const { return static_cast<int>(m_routes.size()); }

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression regex;
        QStringList names;
        int literalLength; // more literal characters wins over a placeholder
        Handler handler;
    };
    std::vector<Route> m_routes;
};
} // namespace ma::server
