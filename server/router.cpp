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

Json Request::json() const
{
    if (body.trimmed().isEmpty())
        throw HttpError(
            400, QStringLiteral("ModelArts.0101"), QStringLiteral("Invalid Argument. The request body is empty."));
    // The size was checked by LocalServer against its configured limit before routing.
    try
    {
        return api::parseJson(body, api::kMaxJsonDepth, std::numeric_limits<qsizetype>::max());
    }
    catch (const api::DecodeError &e)
    {
        throw HttpError(400, QStringLiteral("ModelArts.0101"),
            QStringLiteral("Invalid Argument. The request body is not valid JSON: %1.").arg(e.message()));
    }
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

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    Route route;
    route.method = method;
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
    m_routes.push_back(std::move(route));
    // Literal paths win over placeholders ("/notebooks/flavors" before "/notebooks/{id}").
    std::stable_sort(m_routes.begin(), m_routes.end(),
        [](const Route &a, const Route &b) { return a.literalLength > b.literalLength; });
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
        request.params.clear();
        for (qsizetype i = 0; i < route.names.size(); ++i)
            request.params.insert(route.names[i], m.captured(static_cast<int>(i + 1)));
        try
        {
            return route.handler(request);
        }
        catch (const HttpError &e)
        {
            return e.response();
        }
        catch (const api::DecodeError &e)
        {
            return Response::error(400, QStringLiteral("ModelArts.0101"),
                QStringLiteral("Invalid Argument. %1").arg(QString::fromUtf8(e.what())));
        }
        catch (const nlohmann::json::type_error &)
        {
            // A request field of another JSON type than the handler reads (a number where a
            // string belongs): the caller's mistake, and nlohmann's text names no field.
            return Response::error(400, QStringLiteral("ModelArts.0101"),
                QStringLiteral("Invalid Argument. A field of the request body has the wrong type."));
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
