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

class HttpError;

/**
 * How an API refuses a request body it cannot read: its error code and the words before the
 * reason (training and notebooks "ModelArts.0101" "Invalid Argument. …", pools and networks
 * "ModelArts.50004000" "Bad request. …").
 */
struct BodyErrors
{
    QString code = QStringLiteral("ModelArts.0101");
    QString prefix = QStringLiteral("Invalid Argument.");

    /** The 400 refusal in these words: "<prefix> <why>". */
    [[nodiscard]] HttpError refuse(const QString &why) const;
};

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
    /** The body as JSON; throws HttpError 400 in @p errors' words when empty, malformed or nested too deep. */
    Json json(const BodyErrors &errors = {}) const;
    /** As json(), and it must be a JSON object. */
    Json object(const BodyErrors &errors = {}) const;
    /** The body (an object) decoded as @p T; a value that does not decode answers 400 naming its path, in @p errors'
     * words. */
    template <typename T> T decode(const BodyErrors &errors = {}) const;
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
    const QString &message() const { return m_message; }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QString m_solution;
};

/** @p body decoded as @p T; a value that does not decode answers 400 naming its path, in @p errors' words. */
template <typename T> T decodeAs(const Json &body, const BodyErrors &errors = {})
{
    try
    {
        return api::fromJson<T>(body);
    }
    catch (const api::DecodeError &e)
    {
        throw errors.refuse(QString::fromUtf8(e.what()));
    }
}

template <typename T> T Request::decode(const BodyErrors &errors) const
{
    return decodeAs<T>(object(errors), errors);
}

class Router final
{
public:
    using Handler = std::function<Response(const Request &)>;

    using Guard = std::function<void(const QString &value)>;
    /** The body of a refusal in an API's own envelope (v1 training: error_message, is_success). */
    using ErrorBody = Response (*)(int status, const QString &code, const QString &message);

    /** Adds a route; its refusals (HttpError, a body that does not decode) use @p errorBody, else Response::error. */
    void add(const QByteArray &method, const QString &pattern, Handler handler, ErrorBody errorBody = nullptr);
    /**
     * Runs @p guard on the value of placeholder @p name before any route that captures it
     * (the server checks {project_id} once here, so no route can forget it); a guard refuses
     * by throwing HttpError.
     */
    void guard(const QString &name, Guard guard);

    /** Finds the route, fills request.params and calls it. Unknown paths give 404. */
    Response dispatch(Request &request) const;
    /** True when a route matches the path with any method. */
    bool matchesPath(const QString &path) const;
    int routeCount() const { return static_cast<int>(m_routes.size()); }
    /** Every route as (method, pattern), most literal first. */
    std::vector<std::pair<QByteArray, QString>> routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        QStringList names;
        int literalLength; // more literal characters wins over a placeholder
        Handler handler;
        ErrorBody errorBody;
    };
    std::vector<Route> m_routes;
    QHash<QString, Guard> m_guards;
};
} // namespace ma::server
