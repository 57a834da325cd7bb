#include "router.h"

#include <algorithm>
#include <limits>

namespace ma::server
{
QString Request::query(const QString &name) const
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

bool Request::hasQuery(const QString &name) const
{
    return QUrlQuery(url).hasQueryItem(name);
}

HttpError BodyErrors::refuse(const QString &why) const
{
    return HttpError(400, code, prefix + u' ' + why);
}

Json Request::json(const BodyErrors &errors) const
{
    if (body.trimmed().isEmpty())
        throw errors.refuse(QStringLiteral("The request body is empty."));
    // The size was checked by LocalServer against its configured limit before routing.
    try
    {
        return api::parseJson(body, api::kMaxJsonDepth, std::numeric_limits<qsizetype>::max());
    }
    catch (const api::DecodeError &e)
    {
        throw errors.refuse(QStringLiteral("The request body is not valid JSON: %1.").arg(e.message()));
    }
}

Json Request::object(const BodyErrors &errors) const
{
    Json j = json(errors);
    if (!j.is_object())
        throw errors.refuse(QStringLiteral("The request body must be a JSON object."));
    return j;
}

Response Response::json(int status, const Json &body)
{
    Response r;
    r.status = status;
    r.body = api::dumpJson(body);
    return r;
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

Response Response::internalError()
{
    return error(500, QStringLiteral("ModelArts.6102"),
        QStringLiteral("Internal error. The request was not completed; the server log has the details."));
}

Response Response::error(int status, const QString &code, const QString &message, const QString &solution)
{
    Json body = Json::object();
    body["error_code"] = code.toStdString();
    body["error_msg"] = message.toStdString();
    if (!solution.isEmpty())
        body["error_solution"] = solution.toStdString();
    return json(status, body);
}

HttpError::HttpError(int status, QString code, QString message, QString solution)
    : std::runtime_error(message.toStdString())
    , m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_solution(std::move(solution))
{
}

namespace
{
Response modelArtsError(int status, const QString &code, const QString &message)
{
    return Response::error(status, code, message);
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, ErrorBody errorBody)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    Route route;
    route.method = method;
    route.pattern = pattern;
    QString regex = QStringLiteral("^");
    qsizetype last = 0;
    int literal = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext())
    {
        const auto m = it.next();
        const QString text = pattern.mid(last, m.capturedStart() - last);
        regex += QRegularExpression::escape(text);
        literal += static_cast<int>(text.size());
        regex += QStringLiteral("([^/]+)");
        route.names << m.captured(1);
        last = m.capturedEnd();
    }
    const QString tail = pattern.mid(last);
    regex += QRegularExpression::escape(tail) + QStringLiteral("/?$");
    literal += static_cast<int>(tail.size());
    route.regex = QRegularExpression(regex);
    route.literalLength = literal;
    route.handler = std::move(handler);
    route.errorBody = errorBody;
    m_routes.push_back(std::move(route));
    // Literal paths win over placeholders ("/notebooks/flavors" before "/notebooks/{id}").
    std::stable_sort(m_routes.begin(), m_routes.end(),
        [](const Route &a, const Route &b) { return a.literalLength > b.literalLength; });
}

void Router::guard(const QString &name, Guard guard)
{
    m_guards.insert(name, std::move(guard));
}

std::vector<std::pair<QByteArray, QString>> Router::routes() const
{
    std::vector<std::pair<QByteArray, QString>> out;
    out.reserve(m_routes.size());
    for (const Route &route : m_routes)
        out.emplace_back(route.method, route.pattern);
    return out;
}

bool Router::matchesPath(const QString &path) const
{
    return std::any_of(
        m_routes.begin(), m_routes.end(), [&](const Route &r) { return r.regex.match(path).hasMatch(); });
}

Response Router::dispatch(Request &request) const
{
    const QString path = request.url.path(QUrl::FullyDecoded);
    bool pathMatched = false;
    for (const Route &route : m_routes)
    {
        const auto m = route.regex.match(path);
        if (!m.hasMatch())
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        const ErrorBody fail = route.errorBody ? route.errorBody : &modelArtsError;
        const auto refusal = [&route, fail](const HttpError &e)
        {
            return route.errorBody ? fail(e.status(), e.code(), e.message()) : e.response();
        };
        request.params.clear();
        for (qsizetype i = 0; i < route.names.size(); ++i)
            request.params.insert(route.names[i], m.captured(static_cast<int>(i + 1)));
        try
        {
            for (const QString &name : route.names)
            {
                if (const auto g = m_guards.constFind(name); g != m_guards.cend())
                    (*g)(request.params.value(name));
            }
            return route.handler(request);
        }
        catch (const HttpError &e)
        {
            return refusal(e);
        }
        catch (const api::DecodeError &e)
        {
            return refusal(BodyErrors().refuse(QString::fromUtf8(e.what())));
        }
        catch (const nlohmann::json::type_error &)
        {
            // A request field of another JSON type than the handler reads (a number where a
            // string belongs): the caller's mistake, and nlohmann's text names no field.
            return refusal(BodyErrors().refuse(QStringLiteral("A field of the request body has the wrong type.")));
        }
        catch (const std::exception &e)
        {
            // The detail goes to the log, never to the caller (it may name files or SQL).
            qWarning("modelarts-local: %s %s failed: %s", request.method.constData(), qPrintable(path), e.what());
            return Response::internalError();
        }
        catch (...)
        {
            qWarning("modelarts-local: %s %s failed with an unknown exception", request.method.constData(),
                qPrintable(path));
            return Response::internalError();
        }
    }
    if (pathMatched)
        return Response::error(405, QStringLiteral("ModelArts.0101"),
            QStringLiteral("Method %1 is not allowed on %2.").arg(QString::fromLatin1(request.method), path));
    return Response::error(404, QStringLiteral("ModelArts.0101"), QStringLiteral("No API matches %1.").arg(path));
}
} // namespace ma::server
