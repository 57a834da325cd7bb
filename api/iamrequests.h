#pragma once

// Request builders for the IAM calls the client makes (Keystone v3 on the IAM endpoint).

#include "api/requestbuilder.h"
#include "api/types/iam.h"

namespace ma::api::iam
{
/**
 * GET /v3/projects[?name=] on the IAM service → IamProjectList. Signed only (AuthMode::SignOnly):
 * it is the call that finds the project id, so it cannot need one.
 */
ApiRequest projects(const QString &name = QString());
} // namespace ma::api::iam
