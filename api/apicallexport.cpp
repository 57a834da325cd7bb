#include "apicallexport.h"

#include "api/authenticators.h"

#include <QCoreApplication>
#include <QStringBuilder>
#include <QUrlQuery>

namespace ma::api
{
namespace
{
/** Header names that carry a credential: never exported, whatever the request holds. */
bool isCredentialHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "x-auth-token" || lower == "authorization" || lower == "x-security-token"
        || lower == "x-subject-token" || lower == "x-sdk-date";
}

/** A Python string literal (double quotes) holding @p text exactly. */
QString pythonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text)
    {
        switch (c.unicode())
        {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            out += c;
        }
    }
    out += u'"';
    return out;
}

/** The request path with "{project_id}" and the path's values split off: "/v2/{project_id}/pools/x". */
struct PathMatch
{
    bool matched = false;
    QStringList values;
};

PathMatch matchPath(const QString &path, const QString &pattern)
{
    // pattern segments: literal, "{project_id}" (any) or "*" (captured value).
    const QStringList want = pattern.split(u'/', Qt::SkipEmptyParts);
    const QStringList have = path.split(u'/', Qt::SkipEmptyParts);
    PathMatch match;
    if (want.size() != have.size())
        return match;
    for (qsizetype i = 0; i < want.size(); ++i)
    {
        if (want[i] == u'*')
            match.values << QUrl::fromPercentEncoding(have[i].toUtf8());
        else if (want[i] != have[i] && want[i] != QStringLiteral("{project_id}"))
            return match;
    }
    match.matched = true;
    return match;
}

/** A ModelArts Python SDK operation (huaweicloudsdkmodelarts.v1.ModelArtsClient) for one path. */
struct SdkOperation
{
    const char *method;
    const char *pattern;
    const char *function; // show_training_job_details
    const char *requestClass; // ShowTrainingJobDetailsRequest
    const char *argument; // the request's parameter holding the path value; nullptr: none
};

// Operations whose request carries only the path value (names from the SDK's ModelArtsClient).
constexpr SdkOperation kSdkOperations[] = {
    { "GET", "/v2/{project_id}/training-jobs/*", "show_training_job_details", "ShowTrainingJobDetailsRequest",
        "training_job_id" },
    { "DELETE", "/v2/{project_id}/training-jobs/*", "delete_training_job", "DeleteTrainingJobRequest",
        "training_job_id" },
    { "GET", "/v2/{project_id}/pools", "list_pools", "ListPoolsRequest", nullptr },
    { "GET", "/v2/{project_id}/pools/*", "show_pool", "ShowPoolRequest", "pool_name" },
    { "DELETE", "/v2/{project_id}/pools/*", "delete_pool", "DeletePoolRequest", "pool_name" },
    { "GET", "/v1/{project_id}/notebooks/*", "show_notebook", "ShowNotebookRequest", "id" },
    { "DELETE", "/v1/{project_id}/notebooks/*", "delete_notebook", "DeleteNotebookRequest", "id" },
};

const SdkOperation *sdkOperation(const ExportedCall &call, QStringList *values)
{
    // Only calls without a body or a query: their SDK request takes nothing but the path value.
    if (!call.body.isEmpty() || call.url.hasQuery())
        return nullptr;
    for (const SdkOperation &op : kSdkOperations)
    {
        if (call.method != op.method)
            continue;
        const PathMatch match = matchPath(call.path, QString::fromLatin1(op.pattern));
        if (match.matched)
        {
            *values = match.values;
            return &op;
        }
    }
    return nullptr;
}

QString tokenRequestComment(const ExportedCall &call)
{
    // IAM password token request (the X-Subject-Token answer header is the token).
    const QString iam = call.iamEndpoint.isValid()
        ? call.iamEndpoint.toString(QUrl::StripTrailingSlash)
        : QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(call.region);
    const QString project = call.region.isEmpty() ? QStringLiteral("$REGION") : call.region;
    return u"#   TOKEN=$(curl -sSi -X POST " % shellQuoted(iam + QStringLiteral("/v3/auth/tokens"))
        % u" -H 'Content-Type: application/json' \\\n"
          u"#     -d "
          u"'{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"'\"$IAM_USER\"'\","
          u"\"password\":\"'\"$IAM_PASSWORD\"'\",\"domain\":{\"name\":\"'\"$IAM_DOMAIN\"'\"}}}},"
          u"\"scope\":{\"project\":{\"name\":\""
        % project
        % u"\"}}}}' \\\n"
          u"#     | awk 'tolower($1) == \"x-subject-token:\" {print $2}' | tr -d '\\r')\n";
}
} // namespace

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' % quoted % u'\'';
}

ExportedCall exportCall(const ApiClient &client, const ApiRequest &request, const QString &region)
{
    ExportedCall call;
    call.method = request.method;
    call.url = client.urlFor(request);
    call.path = request.path;
    call.body = request.body;
    call.region = region;
    call.iamEndpoint = client.endpoints().iam;
    if (!request.body.isEmpty())
        call.headers.append({ QByteArrayLiteral("Content-Type"), request.contentType });
    for (const auto &[name, value] : request.headers)
    {
        if (!isCredentialHeader(name) && name.toLower() != "content-type")
            call.headers.append({ name, value });
    }
    const Authenticator *auth = client.authenticator();
    if (!auth || request.auth == AuthMode::None)
        call.auth = ExportAuth::None;
    else if (qobject_cast<const AccessKeyAuthenticator *>(auth))
        call.auth = ExportAuth::AccessKey;
    else
        call.auth = ExportAuth::Token;
    if (auth)
        call.projectId = auth->projectId();
    return call;
}

QString toCurl(const ExportedCall &call)
{
    QString out;
    if (call.auth != ExportAuth::None)
    {
        if (call.auth == ExportAuth::AccessKey)
            out += u"# "
                % QCoreApplication::translate("ApiCallExport",
                    "This profile signs requests with AK/SK, which curl cannot do: set TOKEN to an IAM token.")
                % u'\n';
        else
            out += u"# "
                % QCoreApplication::translate(
                    "ApiCallExport", "Set TOKEN to an IAM token (the X-Subject-Token header of the IAM token request).")
                % u'\n';
        out += u"# "
            % QCoreApplication::translate(
                "ApiCallExport", "For example, with the IAM user's password in IAM_USER, IAM_PASSWORD and IAM_DOMAIN:")
            % u'\n';
        out += tokenRequestComment(call);
    }
    out += u"curl -sS --fail-with-body -X " % QString::fromLatin1(call.method) % u' '
        % shellQuoted(call.url.toString(QUrl::FullyEncoded));
    if (call.auth != ExportAuth::None)
        out += QStringLiteral(" \\\n  -H \"X-Auth-Token: $TOKEN\"");
    for (const auto &[name, value] : call.headers)
        out += u" \\\n  -H " % shellQuoted(QString::fromLatin1(name) % u": " % QString::fromUtf8(value));
    if (!call.body.isEmpty())
        out += u" \\\n  --data-raw " % shellQuoted(QString::fromUtf8(call.body));
    out += u'\n';
    return out;
}

QString toPython(const ExportedCall &call)
{
    QStringList values;
    const QString endpoint = call.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(QUrl::StripTrailingSlash);
    if (const SdkOperation *op = sdkOperation(call, &values))
    {
        const QString argument
            = op->argument ? QString::fromLatin1(op->argument) % u'=' % pythonString(values.value(0)) : QString();
        return u"# pip install huaweicloudsdkmodelarts\n"
               u"# "
            % QCoreApplication::translate(
                "ApiCallExport", "The SDK signs with the AK/SK in HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.")
            % u"\n"
              u"import os\n\n"
              u"from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
              u"from huaweicloudsdkmodelarts.v1 import ModelArtsClient, "
            % QString::fromLatin1(op->requestClass)
            % u"\n\n"
              u"credentials = BasicCredentials(os.environ[\"HUAWEICLOUD_SDK_AK\"], "
              u"os.environ[\"HUAWEICLOUD_SDK_SK\"], "
            % pythonString(call.projectId)
            % u")\n"
              u"client = (\n"
              u"    ModelArtsClient.new_builder()\n"
              u"    .with_credentials(credentials)\n"
              u"    .with_endpoints(["
            % pythonString(endpoint)
            % u"])\n"
              u"    .build()\n"
              u")\n"
              u"response = client."
            % QString::fromLatin1(op->function) % u'(' % QString::fromLatin1(op->requestClass) % u'(' % argument
            % u"))\n"
              u"print(response)\n";
    }

    QString out = u"# pip install requests\n# "
        % QCoreApplication::translate(
            "ApiCallExport", "No ModelArts SDK call for this request: the same request with python requests.")
        % u"\n# "
        % QCoreApplication::translate(
            "ApiCallExport", "Set TOKEN to an IAM token (the X-Subject-Token header of the IAM token request).")
        % u"\n"
          u"import os\n\n"
          u"import requests\n\n"
          u"headers = {\n";
    if (call.auth != ExportAuth::None)
        out += QStringLiteral("    \"X-Auth-Token\": os.environ[\"TOKEN\"],\n");
    for (const auto &[name, value] : call.headers)
        out += u"    " % pythonString(QString::fromLatin1(name)) % u": " % pythonString(QString::fromUtf8(value))
            % u",\n";
    out += QStringLiteral("}\n");
    if (!call.body.isEmpty())
        out += u"body = " % pythonString(QString::fromUtf8(call.body)) % u'\n';
    out += u"response = requests.request(" % pythonString(QString::fromLatin1(call.method)) % u", "
        % pythonString(call.url.toString(QUrl::FullyEncoded)) % u", headers=headers"
        % (call.body.isEmpty() ? QString() : QStringLiteral(", data=body.encode(\"utf-8\")"))
        % u", timeout=30)\n"
          u"response.raise_for_status()\n"
          u"print(response.text)\n";
    return out;
}

std::optional<QString> toMaCli(const ExportedCall &call)
{
    // ma-cli covers training jobs only (ma-cli ma-job: get-job, stop, delete, get-event,
    // get-log, get-engine, get-flavor, get-pool); other areas have no command.
    auto command = [](const QString &args)
    {
        return std::optional<QString>(u"ma-cli ma-job " % args % u'\n');
    };
    const QString path = call.path;
    const QString method = QString::fromLatin1(call.method);
    if (method == u"GET")
    {
        if (const PathMatch m = matchPath(path, QStringLiteral("/v2/{project_id}/training-jobs/*")); m.matched)
            return command(u"get-job -i " % shellQuoted(m.values[0]));
        if (const PathMatch m = matchPath(path, QStringLiteral("/v2/{project_id}/training-jobs/*/events")); m.matched)
            return command(u"get-event -i " % shellQuoted(m.values[0]));
        if (const PathMatch m
            = matchPath(path, QStringLiteral("/v2/{project_id}/training-jobs/*/tasks/*/logs/preview"));
            m.matched)
            return command(u"get-log -i " % shellQuoted(m.values[0]) % u" -t " % shellQuoted(m.values[1]));
        if (matchPath(path, QStringLiteral("/v2/{project_id}/training-job-engines")).matched)
            return command(QStringLiteral("get-engine"));
        if (matchPath(path, QStringLiteral("/v2/{project_id}/training-job-flavors")).matched)
        {
            const QString type = QUrlQuery(call.url).queryItemValue(QStringLiteral("flavor_type"));
            return command(type.isEmpty() ? QStringLiteral("get-flavor") : u"get-flavor -t " % shellQuoted(type));
        }
        if (matchPath(path, QStringLiteral("/v2/{project_id}/pools")).matched)
            return command(QStringLiteral("get-pool"));
    }
    if (method == u"DELETE")
    {
        if (const PathMatch m = matchPath(path, QStringLiteral("/v2/{project_id}/training-jobs/*")); m.matched)
            return command(u"delete -i " % shellQuoted(m.values[0]));
    }
    if (method == u"POST")
    {
        if (const PathMatch m = matchPath(path, QStringLiteral("/v2/{project_id}/training-jobs/*/actions"));
            m.matched && call.body.contains("terminate"))
            return command(u"stop -i " % shellQuoted(m.values[0]) % u" -y");
        if (matchPath(path, QStringLiteral("/v2/{project_id}/training-job-searches")).matched)
            return command(QStringLiteral("get-job"));
    }
    return std::nullopt;
}
} // namespace ma::api
