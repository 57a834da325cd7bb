#include "requestbuilder.h"

namespace ma::api
{
ApiRequest getRequest(const QString &path, const QueryItems &query)
{
    ApiRequest r;
    r.method = QByteArrayLiteral("GET");
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest plainRequest(const QByteArray &method, const QString &path)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    return r;
}

ApiRequest jsonRequest(const QByteArray &method, const QString &path, const Json &body)
{
    ApiRequest r = plainRequest(method, path);
    r.body = dumpJson(body);
    return r;
}
} // namespace ma::api
