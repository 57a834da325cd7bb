#pragma once

// Workspaces of /v1/{project_id}/workspaces (api.md §2.5, W-1..W-6; Huawei Cloud only).
//
// Tolerance the published examples need: `id` arrives as the number 0 for the default
// workspace (read as the text "0"), and `auth_type` in lower case ("public"); the text is
// kept as sent and workspaceAuthType() compares case-insensitively.

#include "api/jsoncodec.h"

#include <optional>
#include <QStringView>
#include <vector>

namespace ma::api
{
namespace WorkspaceStatus
{
inline constexpr QStringView CreateFailed = u"CREATE_FAILED";
inline constexpr QStringView Normal = u"NORMAL";
inline constexpr QStringView Deleting = u"DELETING";
inline constexpr QStringView DeleteFailed = u"DELETE_FAILED";
} // namespace WorkspaceStatus

enum class WorkspaceAuthType
{
    Unknown,
    Public,
    Private,
    Internal
};

/** Maps auth_type text in any case; absent or empty means PUBLIC (the API default). */
WorkspaceAuthType workspaceAuthType(const std::optional<QString> &authType);

/** The upper-case text the API documents for @p type (empty for Unknown). */
QString workspaceAuthTypeText(WorkspaceAuthType type);

/** @brief A user granted access to an INTERNAL workspace: by id or by name. */
struct WorkspaceGrant
{
    std::optional<QString> userId;
    std::optional<QString> userName;
    std::optional<QString> userType; // IAM | FEDERATE | AGENCY
    Json extra;
};

/** @brief A workspace (W-2 items; W-1 and W-3 replies, which add `grants`). */
struct Workspace
{
    QString id; // 32 hex chars, "0" for the default workspace (sent as a number there)
    QString name;
    std::optional<QString> description;
    std::optional<QString> owner;
    std::optional<qint64> createTime; // ms epoch
    std::optional<qint64> updateTime; // ms epoch
    std::optional<QString> enterpriseProjectId;
    std::optional<QString> enterpriseProjectName;
    std::optional<QString> authType; // as sent; see workspaceAuthType()
    std::optional<QString> status; // WorkspaceStatus
    std::optional<QString> statusInfo;
    std::optional<std::vector<WorkspaceGrant>> grants;
    Json extra;
};

/** Reply of GET /v1/{project_id}/workspaces; `offset` of the request is a page number. */
struct WorkspaceList
{
    std::optional<qint64> totalCount;
    std::optional<qint64> count;
    std::vector<Workspace> workspaces;
    Json extra;
};

/** @brief Body of POST /v1/{project_id}/workspaces (W-1). Each grant needs user_id or user_name. */
struct WorkspaceCreateRequest
{
    QString name; // 4-64 chars, "default" is reserved
    std::optional<QString> description;
    std::optional<QString> enterpriseProjectId;
    std::optional<QString> authType; // PUBLIC (default) | PRIVATE | INTERNAL
    std::optional<std::vector<WorkspaceGrant>> grants; // INTERNAL only
    Json extra;
};

/** @brief Body of PUT /v1/{project_id}/workspaces/{id} (W-4). */
struct WorkspaceUpdateRequest
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> authType;
    std::optional<std::vector<WorkspaceGrant>> grants;
    Json extra;
};

/** Reply of PUT and DELETE (W-4, W-5): only the id. */
struct WorkspaceIdResponse
{
    QString workspaceId;
    Json extra;
};

struct WorkspaceQuota
{
    QString resource;
    std::optional<qint64> quota; // -1 = unlimited
    std::optional<qint64> maxQuota;
    std::optional<qint64> minQuota;
    std::optional<qint64> usedQuota; // may be null
    std::optional<qint64> updateTime; // ms epoch (SDK types it int)
    std::optional<QString> nameCn;
    std::optional<QString> unitCn;
    std::optional<QString> nameEn;
    std::optional<QString> unitEn;
    Json extra;
};

/** Reply of GET …/quotas and body of PUT …/quotas (W-6). */
struct WorkspaceQuotas
{
    std::vector<WorkspaceQuota> quotas;
    Json extra;
};

void decode(const Json &j, WorkspaceGrant &out, const QString &path);
Json encode(const WorkspaceGrant &v);
void decode(const Json &j, Workspace &out, const QString &path);
Json encode(const Workspace &v);
void decode(const Json &j, WorkspaceList &out, const QString &path);
Json encode(const WorkspaceList &v);
void decode(const Json &j, WorkspaceCreateRequest &out, const QString &path);
Json encode(const WorkspaceCreateRequest &v);
void decode(const Json &j, WorkspaceUpdateRequest &out, const QString &path);
Json encode(const WorkspaceUpdateRequest &v);
void decode(const Json &j, WorkspaceIdResponse &out, const QString &path);
Json encode(const WorkspaceIdResponse &v);
void decode(const Json &j, WorkspaceQuota &out, const QString &path);
Json encode(const WorkspaceQuota &v);
void decode(const Json &j, WorkspaceQuotas &out, const QString &path);
Json encode(const WorkspaceQuotas &v);

/** True for the default workspace (id "0", whether it came as a number or a string). */
bool isDefaultWorkspace(const Workspace &workspace);

/** Quota is unlimited when the API says -1. */
bool workspaceQuotaUnlimited(const WorkspaceQuota &quota);
} // namespace ma::api
