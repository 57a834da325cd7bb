#include "workspacerequests.h"

namespace ma::api::workspaces
{
namespace
{
const QString kWorkspaces = QStringLiteral("/v1/{project_id}/workspaces");

QString workspacePath(const QString &id)
{
    return kWorkspaces + u'/' + id;
}
} // namespace

ApiRequest create(const WorkspaceCreateRequest &request)
{
    return jsonRequest(QByteArrayLiteral("POST"), kWorkspaces, encode(request));
}

ApiRequest list(const QueryItems &query)
{
    return getRequest(kWorkspaces, query);
}

ApiRequest show(const QString &id)
{
    return getRequest(workspacePath(id));
}

ApiRequest update(const QString &id, const WorkspaceUpdateRequest &request)
{
    return jsonRequest(QByteArrayLiteral("PUT"), workspacePath(id), encode(request));
}

ApiRequest remove(const QString &id)
{
    return plainRequest(QByteArrayLiteral("DELETE"), workspacePath(id));
}

ApiRequest quotas(const QString &id)
{
    return getRequest(workspacePath(id) + QStringLiteral("/quotas"));
}

ApiRequest updateQuotas(const QString &id, const WorkspaceQuotas &quotas)
{
    return jsonRequest(QByteArrayLiteral("PUT"), workspacePath(id) + QStringLiteral("/quotas"), encode(quotas));
}
} // namespace ma::api::workspaces
