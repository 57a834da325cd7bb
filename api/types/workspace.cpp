#include "workspace.h"

#include "api/jsonfields.h"

namespace ma::api
{
namespace
{
// A grant names its user by id or by name (W-1); a request with neither is rejected.
void checkGrants(const std::optional<std::vector<WorkspaceGrant>> &grants, const QString &path)
{
    if (!grants)
        return;
    int i = 0;
    for (const WorkspaceGrant &g : *grants)
    {
        const bool hasId = g.userId && !g.userId->isEmpty();
        const bool hasName = g.userName && !g.userName->isEmpty();
        if (!hasId && !hasName)
            throw DecodeError(
                joinPath(joinPath(path, "grants"), i), QStringLiteral("user_id or user_name is required"));
        ++i;
    }
}
} // namespace

WorkspaceAuthType workspaceAuthType(const std::optional<QString> &authType)
{
    if (!authType || authType->trimmed().isEmpty())
        return WorkspaceAuthType::Public;
    const QString t = authType->trimmed();
    if (t.compare(u"PUBLIC", Qt::CaseInsensitive) == 0)
        return WorkspaceAuthType::Public;
    if (t.compare(u"PRIVATE", Qt::CaseInsensitive) == 0)
        return WorkspaceAuthType::Private;
    if (t.compare(u"INTERNAL", Qt::CaseInsensitive) == 0)
        return WorkspaceAuthType::Internal;
    return WorkspaceAuthType::Unknown;
}

QString workspaceAuthTypeText(WorkspaceAuthType type)
{
    switch (type)
    {
    case WorkspaceAuthType::Public:
        return QStringLiteral("PUBLIC");
    case WorkspaceAuthType::Private:
        return QStringLiteral("PRIVATE");
    case WorkspaceAuthType::Internal:
        return QStringLiteral("INTERNAL");
    case WorkspaceAuthType::Unknown:
        break;
    }
    return QString();
}

constexpr auto workspaceGrantFields = std::make_tuple(field("user_id", &WorkspaceGrant::userId),
    field("user_name", &WorkspaceGrant::userName), field("user_type", &WorkspaceGrant::userType));
MA_JSON_OBJECT(WorkspaceGrant, workspaceGrantFields)

constexpr auto workspaceFields = std::make_tuple(field("id", &Workspace::id), field("name", &Workspace::name),
    field("description", &Workspace::description), field("owner", &Workspace::owner),
    field("create_time", &Workspace::createTime), field("update_time", &Workspace::updateTime),
    field("enterprise_project_id", &Workspace::enterpriseProjectId),
    field("enterprise_project_name", &Workspace::enterpriseProjectName), field("auth_type", &Workspace::authType),
    field("status", &Workspace::status), field("status_info", &Workspace::statusInfo),
    field("grants", &Workspace::grants));
MA_JSON_OBJECT(Workspace, workspaceFields)

constexpr auto workspaceListFields = std::make_tuple(field("total_count", &WorkspaceList::totalCount),
    field("count", &WorkspaceList::count), listField("workspaces", &WorkspaceList::workspaces));
MA_JSON_OBJECT(WorkspaceList, workspaceListFields)

constexpr auto workspaceCreateRequestFields = std::make_tuple(field("name", &WorkspaceCreateRequest::name),
    field("description", &WorkspaceCreateRequest::description),
    field("enterprise_project_id", &WorkspaceCreateRequest::enterpriseProjectId),
    field("auth_type", &WorkspaceCreateRequest::authType), field("grants", &WorkspaceCreateRequest::grants));

void decode(const Json &j, WorkspaceCreateRequest &out, const QString &path)
{
    decodeObject(j, out, path, workspaceCreateRequestFields);
    checkGrants(out.grants, path);
}

Json encode(const WorkspaceCreateRequest &v)
{
    return encodeObject(v, workspaceCreateRequestFields);
}

constexpr auto workspaceUpdateRequestFields = std::make_tuple(field("name", &WorkspaceUpdateRequest::name),
    field("description", &WorkspaceUpdateRequest::description), field("auth_type", &WorkspaceUpdateRequest::authType),
    field("grants", &WorkspaceUpdateRequest::grants));

void decode(const Json &j, WorkspaceUpdateRequest &out, const QString &path)
{
    decodeObject(j, out, path, workspaceUpdateRequestFields);
    checkGrants(out.grants, path);
}

Json encode(const WorkspaceUpdateRequest &v)
{
    return encodeObject(v, workspaceUpdateRequestFields);
}

constexpr auto workspaceIdResponseFields = std::make_tuple(field("workspace_id", &WorkspaceIdResponse::workspaceId));
MA_JSON_OBJECT(WorkspaceIdResponse, workspaceIdResponseFields)

constexpr auto workspaceQuotaFields
    = std::make_tuple(field("resource", &WorkspaceQuota::resource), field("quota", &WorkspaceQuota::quota),
        field("max_quota", &WorkspaceQuota::maxQuota), field("min_quota", &WorkspaceQuota::minQuota),
        field("used_quota", &WorkspaceQuota::usedQuota), field("update_time", &WorkspaceQuota::updateTime),
        field("name_cn", &WorkspaceQuota::nameCn), field("unit_cn", &WorkspaceQuota::unitCn),
        field("name_en", &WorkspaceQuota::nameEn), field("unit_en", &WorkspaceQuota::unitEn));
MA_JSON_OBJECT(WorkspaceQuota, workspaceQuotaFields)

constexpr auto workspaceQuotasFields = std::make_tuple(listField("quotas", &WorkspaceQuotas::quotas));
MA_JSON_OBJECT(WorkspaceQuotas, workspaceQuotasFields)

bool isDefaultWorkspace(const Workspace &workspace)
{
    return workspace.id.trimmed() == u"0";
}

bool workspaceQuotaUnlimited(const WorkspaceQuota &quota)
{
    return quota.quota && *quota.quota == -1;
}
} // namespace ma::api
