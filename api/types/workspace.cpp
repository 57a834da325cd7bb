#include "workspace.h"

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

void decode(const Json &j, WorkspaceGrant &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("user_id", out.userId);
    r.optional("user_name", out.userName);
    r.optional("user_type", out.userType);
    out.extra = r.rest();
}

Json encode(const WorkspaceGrant &v)
{
    ObjectWriter w(v.extra);
    w.put("user_id", v.userId);
    w.put("user_name", v.userName);
    w.put("user_type", v.userType);
    return w.take();
}

void decode(const Json &j, Workspace &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("id", out.id);
    r.required("name", out.name);
    r.optional("description", out.description);
    r.optional("owner", out.owner);
    r.optional("create_time", out.createTime);
    r.optional("update_time", out.updateTime);
    r.optional("enterprise_project_id", out.enterpriseProjectId);
    r.optional("enterprise_project_name", out.enterpriseProjectName);
    r.optional("auth_type", out.authType);
    r.optional("status", out.status);
    r.optional("status_info", out.statusInfo);
    r.optional("grants", out.grants);
    out.extra = r.rest();
}

Json encode(const Workspace &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("owner", v.owner);
    w.put("create_time", v.createTime);
    w.put("update_time", v.updateTime);
    w.put("enterprise_project_id", v.enterpriseProjectId);
    w.put("enterprise_project_name", v.enterpriseProjectName);
    w.put("auth_type", v.authType);
    w.put("status", v.status);
    w.put("status_info", v.statusInfo);
    w.put("grants", v.grants);
    return w.take();
}

void decode(const Json &j, WorkspaceList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("total_count", out.totalCount);
    r.optional("count", out.count);
    r.list("workspaces", out.workspaces);
    out.extra = r.rest();
}

Json encode(const WorkspaceList &v)
{
    ObjectWriter w(v.extra);
    w.put("total_count", v.totalCount);
    w.put("count", v.count);
    w.put("workspaces", v.workspaces);
    return w.take();
}

void decode(const Json &j, WorkspaceCreateRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("name", out.name);
    r.optional("description", out.description);
    r.optional("enterprise_project_id", out.enterpriseProjectId);
    r.optional("auth_type", out.authType);
    r.optional("grants", out.grants);
    checkGrants(out.grants, path);
    out.extra = r.rest();
}

Json encode(const WorkspaceCreateRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("enterprise_project_id", v.enterpriseProjectId);
    w.put("auth_type", v.authType);
    w.put("grants", v.grants);
    return w.take();
}

void decode(const Json &j, WorkspaceUpdateRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("description", out.description);
    r.optional("auth_type", out.authType);
    r.optional("grants", out.grants);
    checkGrants(out.grants, path);
    out.extra = r.rest();
}

Json encode(const WorkspaceUpdateRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("description", v.description);
    w.put("auth_type", v.authType);
    w.put("grants", v.grants);
    return w.take();
}

void decode(const Json &j, WorkspaceIdResponse &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("workspace_id", out.workspaceId);
    out.extra = r.rest();
}

Json encode(const WorkspaceIdResponse &v)
{
    ObjectWriter w(v.extra);
    w.put("workspace_id", v.workspaceId);
    return w.take();
}

void decode(const Json &j, WorkspaceQuota &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("resource", out.resource);
    r.optional("quota", out.quota);
    r.optional("max_quota", out.maxQuota);
    r.optional("min_quota", out.minQuota);
    r.optional("used_quota", out.usedQuota);
    r.optional("update_time", out.updateTime);
    r.optional("name_cn", out.nameCn);
    r.optional("unit_cn", out.unitCn);
    r.optional("name_en", out.nameEn);
    r.optional("unit_en", out.unitEn);
    out.extra = r.rest();
}

Json encode(const WorkspaceQuota &v)
{
    ObjectWriter w(v.extra);
    w.put("resource", v.resource);
    w.put("quota", v.quota);
    w.put("max_quota", v.maxQuota);
    w.put("min_quota", v.minQuota);
    w.put("used_quota", v.usedQuota);
    w.put("update_time", v.updateTime);
    w.put("name_cn", v.nameCn);
    w.put("unit_cn", v.unitCn);
    w.put("name_en", v.nameEn);
    w.put("unit_en", v.unitEn);
    return w.take();
}

void decode(const Json &j, WorkspaceQuotas &out, const QString &path)
{
    ObjectReader r(j, path);
    r.list("quotas", out.quotas);
    out.extra = r.rest();
}

Json encode(const WorkspaceQuotas &v)
{
    ObjectWriter w(v.extra);
    w.put("quotas", v.quotas);
    return w.take();
}

bool isDefaultWorkspace(const Workspace &workspace)
{
    return workspace.id.trimmed() == u"0";
}

bool workspaceQuotaUnlimited(const WorkspaceQuota &quota)
{
    return quota.quota && *quota.quota == -1;
}
} // namespace ma::api
