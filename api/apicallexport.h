#pragma once

// "Copy as API call": renders a request the app is about to send (or sends to read a
// resource) as a curl command, a Python call and, where one exists, an ma-cli command, so a
// user can repeat it in a script. Credentials never appear: curl uses X-Auth-Token: $TOKEN
// (with a note on how to get a token when the profile signs with AK/SK), Python reads the
// AK/SK or the token from the environment.

#include "api/apiclient.h"

#include <optional>

namespace ma::api
{
/** How the profile the call goes through authenticates (it chooses the placeholders). */
enum class ExportAuth
{
    Token, // IAM password flow: X-Auth-Token
    AccessKey, // AK/SK signing (SDK-HMAC-SHA256), which curl cannot do
    None,
};

/** @brief A request as it would go out, without any credential. */
struct ExportedCall
{
    QByteArray method;
    QUrl url; // {project_id} replaced, query encoded
    QString path; // the request's path template, "/v2/{project_id}/training-jobs/abc"
    RawHeaders headers; // Content-Type when there is a body, and the request's own headers
    QByteArray body;
    ExportAuth auth = ExportAuth::Token;
    QString projectId;
    QString region;
    QUrl iamEndpoint;
};

/** The request @p request as @p client would send it; @p region names the profile's region. */
ExportedCall exportCall(const ApiClient &client, const ApiRequest &request, const QString &region);

/** A POSIX shell curl command (X-Auth-Token: $TOKEN), with comment lines about the token. */
QString toCurl(const ExportedCall &call);
/**
 * @brief A Python script: the huaweicloudsdkmodelarts call when the SDK has one for this
 * request (AK/SK from HUAWEICLOUD_SDK_AK/SK), else python requests with the same body and
 * X-Auth-Token from $TOKEN.
 */
QString toPython(const ExportedCall &call);
/** The ma-cli command for this request, or nothing when ma-cli has none. */
std::optional<QString> toMaCli(const ExportedCall &call);

/** Quotes @p text for a POSIX shell (single quotes). */
QString shellQuoted(const QString &text);
} // namespace ma::api
