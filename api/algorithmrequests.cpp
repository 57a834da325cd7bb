#include "algorithmrequests.h"

namespace ma::api::algorithms
{
namespace
{
const QString kAlgorithms = QStringLiteral("/v2/{project_id}/algorithms");

QString algorithmPath(const QString &id)
{
    return kAlgorithms + u'/' + id;
}
} // namespace

ApiRequest create(const Algorithm &algorithm)
{
    return jsonRequest(QByteArrayLiteral("POST"), kAlgorithms, encode(algorithm));
}

ApiRequest list(const ListQuery &query)
{
    QueryItems items;
    if (query.offset)
        items.append({ QStringLiteral("offset"), QString::number(*query.offset) });
    if (query.limit)
        items.append({ QStringLiteral("limit"), QString::number(*query.limit) });
    if (!query.sortBy.isEmpty())
        items.append({ QStringLiteral("sort_by"), query.sortBy });
    if (!query.order.isEmpty())
        items.append({ QStringLiteral("order"), query.order });
    if (!query.nameContains.isEmpty())
        items.append({ QStringLiteral("searches"), QStringLiteral("name:") + query.nameContains });
    if (!query.workspaceId.isEmpty())
        items.append({ QStringLiteral("workspace_id"), query.workspaceId });
    return getRequest(kAlgorithms, items);
}

ApiRequest show(const QString &algorithmId)
{
    return getRequest(algorithmPath(algorithmId));
}

ApiRequest remove(const QString &algorithmId)
{
    return plainRequest(QByteArrayLiteral("DELETE"), algorithmPath(algorithmId));
}
} // namespace ma::api::algorithms
