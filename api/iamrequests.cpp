#include "iamrequests.h"

namespace ma::api::iam
{
ApiRequest projects(const QString &name)
{
    ApiRequest r = getRequest(QStringLiteral("/v3/projects"));
    r.service = Service::Iam;
    r.auth = AuthMode::SignOnly;
    if (!name.isEmpty())
        r.query.append({ QStringLiteral("name"), name });
    return r;
}
} // namespace ma::api::iam
