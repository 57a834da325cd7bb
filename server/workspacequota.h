#pragma once

// Workspace rules other modules need: whether a workspace can take new resources, and the
// per-workspace quotas of W-6 (GET/PUT /v1/{project_id}/workspaces/{id}/quotas).
//
// Storage: kind "workspace_quota", id = workspace id, document {"quotas": [{"resource",
// "quota", "update_time"}]} holding only the values a PUT changed; every other resource
// has its default (-1, unlimited). Usage is counted from the store on read.

#include "api/types/workspace.h"
#include "store.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace ma::server::workspacequota
{
inline const QString kQuotaKind = QStringLiteral("workspace_quota");
inline const QString kNotebook = QStringLiteral("notebook");
inline const QString kTrainJob = QStringLiteral("train_job");

/** True for "0" (always there) and for a stored workspace in status NORMAL. */
bool workspaceUsable(const Store &store, const QString &workspaceId);

/** The resource ids W-6 knows, in reply order. */
QStringList resources();

/** Every quota of a workspace with its usage (used_quota null when unlimited). */
api::WorkspaceQuotas quotas(const Store &store, const QString &workspaceId, qint64 workspaceCreatedMs);

/** The limit for @p resource in a workspace; nullopt when unlimited (-1). */
std::optional<qint64> limit(const Store &store, const QString &workspaceId, const QString &resource);

/** How many resources of @p resource the workspace holds now. */
qint64 used(const Store &store, const QString &workspaceId, const QString &resource);
} // namespace ma::server::workspacequota
