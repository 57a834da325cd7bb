#include "authenticators.h"

#include "iamrequests.h"
#include "jsoncodec.h"
#include "signer.h"
#include "types/iam.h"

#include <algorithm>
#include <QCoreApplication>

namespace ma::api
{
namespace
{
// Renew well before expiry: a near-expiry token may already be refused (api.md §4.1.1).
qint64 renewalMarginSecs(const QDateTime &issuedAt, const QDateTime &expiresAt)
{
    const qint64 lifetime = issuedAt.isValid() ? issuedAt.secsTo(expiresAt) : 24 * 3600;
    return std::clamp<qint64>(lifetime / 4, 1, 3600);
}
} // namespace

PasswordTokenAuthenticator::PasswordTokenAuthenticator(
    PasswordCredentials credentials, QString projectName, QObject *parent)
    : Authenticator(parent)
    , m_credentials(std::move(credentials))
    , m_projectName(std::move(projectName))
{
}

QByteArray PasswordTokenAuthenticator::requestBody(const PasswordCredentials &c, const QString &projectName)
{
    return dumpJson(encode(passwordTokenRequest(c.domainName, c.userName, c.password, projectName)));
}

bool PasswordTokenAuthenticator::hasFreshToken(const QDateTime &nowUtc) const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return false;
    return nowUtc.secsTo(m_expiresAt) > renewalMarginSecs(m_issuedAt, m_expiresAt);
}

void PasswordTokenAuthenticator::prepare(ApiClient &client, Ready ready)
{
    if (hasFreshToken())
    {
        ready(ApiError());
        return;
    }
    m_waiting.push_back(std::move(ready));
    if (!m_fetching)
        fetch(client);
}

void PasswordTokenAuthenticator::fetch(ApiClient &client)
{
    m_fetching = true;
    ApiRequest req;
    req.method = QByteArrayLiteral("POST");
    req.service = Service::Iam;
    req.path = QStringLiteral("/v3/auth/tokens");
    req.query = { { QStringLiteral("nocatalog"), QStringLiteral("true") } };
    req.contentType = QByteArrayLiteral("application/json;charset=utf8");
    req.body = requestBody(m_credentials, m_projectName);
    req.auth = AuthMode::None;
    ApiCall *call = client.send(std::move(req));
    connect(call, &ApiCall::finished, this,
        [this](const ApiResult &r)
        {
            m_fetching = false;
            if (!r.ok())
            {
                ApiError e = r.error;
                if (e.httpStatus == 401 && e.message.isEmpty())
                    e.message = QCoreApplication::translate("ApiError", "The account, user name or password is wrong.");
                deliver(e);
                return;
            }
            const QByteArray token = r.header("X-Subject-Token");
            if (token.isEmpty())
            {
                deliver(ApiError::decode(QStringLiteral("X-Subject-Token header missing")));
                return;
            }
            try
            {
                const IamTokenResponse body = fromBody<IamTokenResponse>(r.body);
                m_token = token;
                m_issuedAt = parseIamTimestamp(body.token.issuedAt.value_or(QString()));
                m_expiresAt = tokenExpiresAt(body.token);
                if (body.token.project && body.token.project->id)
                    m_projectId = *body.token.project->id;
                if (body.token.user && body.token.user->id)
                    m_userId = *body.token.user->id;
            }
            catch (const DecodeError &e)
            {
                deliver(ApiError::decode(QString::fromUtf8(e.what())));
                return;
            }
            if (!m_expiresAt.isValid())
            {
                deliver(ApiError::decode(QStringLiteral("token.expires_at")));
                return;
            }
            if (m_projectId.isEmpty())
            {
                deliver(ApiError::auth(QCoreApplication::translate(
                    "ApiError", "The token is not scoped to a project; check the region name.")));
                return;
            }
            ++m_tokensFetched;
            emit tokenRenewed(m_expiresAt);
            deliver(ApiError());
        });
}

void PasswordTokenAuthenticator::deliver(const ApiError &error)
{
    std::vector<Ready> waiting;
    waiting.swap(m_waiting);
    for (Ready &ready : waiting)
        ready(error);
}

void PasswordTokenAuthenticator::decorate(const ApiRequest &, const QUrl &, QNetworkRequest &out)
{
    if (!m_token.isEmpty())
        out.setRawHeader("X-Auth-Token", m_token);
}

bool PasswordTokenAuthenticator::invalidateAfterUnauthorized()
{
    m_token.clear();
    m_expiresAt = QDateTime();
    return true;
}

// ---------------------------------------------------------------------------------------------

AccessKeyAuthenticator::AccessKeyAuthenticator(
    AccessKeyCredentials credentials, QString region, QString projectId, QObject *parent)
    : Authenticator(parent)
    , m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_projectId(std::move(projectId))
{
}

void AccessKeyAuthenticator::prepare(ApiClient &client, Ready ready)
{
    if (m_credentials.accessKey.isEmpty() || m_credentials.secretKey.isEmpty())
    {
        ready(ApiError::auth(QCoreApplication::translate("ApiError", "The access key or secret key is empty.")));
        return;
    }
    if (!m_projectId.isEmpty())
    {
        ready(ApiError());
        return;
    }
    m_waiting.push_back(std::move(ready));
    if (!m_looking)
        lookUpProject(client);
}

void AccessKeyAuthenticator::lookUpProject(ApiClient &client)
{
    m_looking = true;
    ApiCall *call = client.send(iam::projects(m_region));
    connect(call, &ApiCall::finished, this,
        [this](const ApiResult &r)
        {
            m_looking = false;
            if (!r.ok())
            {
                deliver(r.error);
                return;
            }
            try
            {
                const IamProjectList list = fromBody<IamProjectList>(r.body);
                // As the SDKs do: take the project only when the name is unambiguous.
                if (list.projects.size() != 1)
                {
                    deliver(ApiError::auth(
                        QCoreApplication::translate("ApiError", "No single IAM project is named \"%1\" (found %2).")
                            .arg(m_region)
                            .arg(list.projects.size())));
                    return;
                }
                m_projectId = list.projects.front().id;
            }
            catch (const DecodeError &e)
            {
                deliver(ApiError::decode(QString::fromUtf8(e.what())));
                return;
            }
            deliver(ApiError());
        });
}

void AccessKeyAuthenticator::deliver(const ApiError &error)
{
    std::vector<Ready> waiting;
    waiting.swap(m_waiting);
    for (Ready &ready : waiting)
        ready(error);
}

void AccessKeyAuthenticator::decorate(const ApiRequest &request, const QUrl &url, QNetworkRequest &out)
{
    if (request.service != Service::Iam && !m_projectId.isEmpty()) // ModelArts and VPC are project-scoped
        out.setRawHeader("X-Project-Id", m_projectId.toUtf8());
    if (!m_credentials.securityToken.isEmpty())
        out.setRawHeader("X-Security-Token", m_credentials.securityToken);

    SigningRequest sr;
    sr.method = request.method;
    sr.url = url;
    sr.body = request.body;
    for (const QByteArray &name :
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("X-Project-Id"), QByteArrayLiteral("X-Security-Token") })
    {
        if (out.hasRawHeader(name))
            sr.headers.append({ name, out.rawHeader(name) });
    }
    const SignedResult signature
        = Signer::sign(sr, m_credentials.accessKey, m_credentials.secretKey, QDateTime::currentDateTimeUtc());
    for (const auto &[name, value] : signature.headersToAdd)
        out.setRawHeader(name, value);
}
} // namespace ma::api
