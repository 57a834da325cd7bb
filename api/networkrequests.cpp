#include "networkrequests.h"

namespace ma::api::networks
{
namespace
{
const QString kNetworks = QStringLiteral("/v1/{project_id}/networks");
} // namespace

ApiRequest create(const NetworkCreateRequest &request)
{
    return jsonRequest(QByteArrayLiteral("POST"), kNetworks, encode(request));
}

ApiRequest list(const QueryItems &query)
{
    return getRequest(kNetworks, query);
}

ApiRequest show(const QString &networkName)
{
    return getRequest(kNetworks + u'/' + networkName);
}

ApiRequest remove(const QString &networkName)
{
    return plainRequest(QByteArrayLiteral("DELETE"), kNetworks + u'/' + networkName);
}
} // namespace ma::api::networks
