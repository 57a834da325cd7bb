#include "iam.h"

#include "api/jsonfields.h"

#include <algorithm>
#include <QRegularExpression>

namespace ma::api
{
namespace
{
bool hasMethod(const std::vector<QString> &methods, QStringView method)
{
    return std::any_of(methods.begin(), methods.end(), [method](const QString &m) { return m == method; });
}

IamScope projectScope(const QString &projectName)
{
    IamScope scope;
    scope.project = IamRef();
    scope.project->name = projectName;
    return scope;
}
} // namespace

constexpr auto iamRefFields = std::make_tuple(field("id", &IamRef::id), field("name", &IamRef::name));
MA_JSON_OBJECT(IamRef, iamRefFields)

constexpr auto iamPasswordUserFields
    = std::make_tuple(field("name", &IamPasswordUser::name), field("id", &IamPasswordUser::id),
        field("password", &IamPasswordUser::password), field("domain", &IamPasswordUser::domain));

void decode(const Json &j, IamPasswordUser &out, const QString &path)
{
    decodeObject(j, out, path, iamPasswordUserFields);
    // Keystone identifies the user by id, or by name within a domain.
    if (!out.id && !out.name)
        throw DecodeError(joinPath(path, "name"), QStringLiteral("user name or id is required"));
}

Json encode(const IamPasswordUser &v)
{
    return encodeObject(v, iamPasswordUserFields);
}

constexpr auto iamPasswordIdentityFields = std::make_tuple(field("user", &IamPasswordIdentity::user));
MA_JSON_OBJECT(IamPasswordIdentity, iamPasswordIdentityFields)

constexpr auto iamKeyFields = std::make_tuple(field("key", &IamKey::key));
MA_JSON_OBJECT(IamKey, iamKeyFields)

constexpr auto iamAkSkIdentityFields
    = std::make_tuple(field("access", &IamAkSkIdentity::access), field("secret", &IamAkSkIdentity::secret));
MA_JSON_OBJECT(IamAkSkIdentity, iamAkSkIdentityFields)

constexpr auto iamIdentityFields = std::make_tuple(field("methods", &IamIdentity::methods),
    field("password", &IamIdentity::password), field("hw_ak_sk", &IamIdentity::hwAkSk));

void decode(const Json &j, IamIdentity &out, const QString &path)
{
    decodeObject(j, out, path, iamIdentityFields);
    if (out.methods.empty())
        throw DecodeError(joinPath(path, "methods"), QStringLiteral("at least one method is required"));
    // Each listed method needs its own section.
    if (hasMethod(out.methods, u"password") && !out.password)
        throw DecodeError(joinPath(path, "password"), QStringLiteral("required field is missing"));
    if (hasMethod(out.methods, u"hw_ak_sk") && !out.hwAkSk)
        throw DecodeError(joinPath(path, "hw_ak_sk"), QStringLiteral("required field is missing"));
}

Json encode(const IamIdentity &v)
{
    return encodeObject(v, iamIdentityFields);
}

constexpr auto iamScopeFields
    = std::make_tuple(field("project", &IamScope::project), field("domain", &IamScope::domain));
MA_JSON_OBJECT(IamScope, iamScopeFields)

constexpr auto iamAuthFields = std::make_tuple(field("identity", &IamAuth::identity), field("scope", &IamAuth::scope));
MA_JSON_OBJECT(IamAuth, iamAuthFields)

constexpr auto iamTokenRequestFields = std::make_tuple(field("auth", &IamTokenRequest::auth));
MA_JSON_OBJECT(IamTokenRequest, iamTokenRequestFields)

IamTokenRequest passwordTokenRequest(
    const QString &account, const QString &userName, const QString &password, const QString &projectName)
{
    IamTokenRequest req;
    IamIdentity &identity = req.auth.identity;
    identity.methods = { QStringLiteral("password") };
    identity.password = IamPasswordIdentity();
    IamPasswordUser &user = identity.password->user;
    user.name = userName;
    user.password = password;
    user.domain = IamRef();
    user.domain->name = account;
    req.auth.scope = projectScope(projectName);
    return req;
}

IamTokenRequest akSkTokenRequest(const QString &accessKey, const QString &secretKey, const QString &projectName)
{
    IamTokenRequest req;
    IamIdentity &identity = req.auth.identity;
    identity.methods = { QStringLiteral("hw_ak_sk") };
    identity.hwAkSk = IamAkSkIdentity();
    identity.hwAkSk->access.key = accessKey;
    identity.hwAkSk->secret.key = secretKey;
    req.auth.scope = projectScope(projectName);
    return req;
}

constexpr auto iamTokenUserFields = std::make_tuple(field("id", &IamTokenUser::id), field("name", &IamTokenUser::name),
    field("domain", &IamTokenUser::domain), field("password_expires_at", &IamTokenUser::passwordExpiresAt));
MA_JSON_OBJECT(IamTokenUser, iamTokenUserFields)

constexpr auto iamTokenProjectFields = std::make_tuple(field("id", &IamTokenProject::id),
    field("name", &IamTokenProject::name), field("domain", &IamTokenProject::domain));
MA_JSON_OBJECT(IamTokenProject, iamTokenProjectFields)

constexpr auto iamCatalogEndpointFields = std::make_tuple(field("id", &IamCatalogEndpoint::id),
    field("url", &IamCatalogEndpoint::url), field("region", &IamCatalogEndpoint::region),
    field("region_id", &IamCatalogEndpoint::regionId), field("interface", &IamCatalogEndpoint::interface_));
MA_JSON_OBJECT(IamCatalogEndpoint, iamCatalogEndpointFields)

constexpr auto iamCatalogEntryFields
    = std::make_tuple(field("id", &IamCatalogEntry::id), field("type", &IamCatalogEntry::type),
        field("name", &IamCatalogEntry::name), field("endpoints", &IamCatalogEntry::endpoints));
MA_JSON_OBJECT(IamCatalogEntry, iamCatalogEntryFields)

constexpr auto iamTokenFields
    = std::make_tuple(field("expires_at", &IamToken::expiresAt), field("issued_at", &IamToken::issuedAt),
        field("methods", &IamToken::methods), field("user", &IamToken::user), field("project", &IamToken::project),
        field("domain", &IamToken::domain), field("catalog", &IamToken::catalog), field("roles", &IamToken::roles));
MA_JSON_OBJECT(IamToken, iamTokenFields)

constexpr auto iamTokenResponseFields = std::make_tuple(field("token", &IamTokenResponse::token));
MA_JSON_OBJECT(IamTokenResponse, iamTokenResponseFields)

QDateTime parseIamTimestamp(const QString &text)
{
    // Written out by hand: Qt::ISODateWithMs does not take 6 fractional digits on every
    // Qt 6 release, and IAM sends microseconds.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9}))?\\s*(Z|z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return QDateTime();
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Truncate (not round) the fraction to milliseconds so .9996 never spills into the next second.
    const QString fraction = QString(m.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    QDateTime utc(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.compare(u"Z", Qt::CaseInsensitive) != 0)
    {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60;
        // 01:00+02:00 is 23:00 UTC the day before: subtract the offset.
        utc = utc.addSecs(zone.startsWith(u'-') ? seconds : -seconds);
    }
    return utc;
}

QDateTime tokenExpiresAt(const IamToken &token)
{
    return parseIamTimestamp(token.expiresAt);
}

constexpr auto iamLinksFields = std::make_tuple(
    field("self", &IamLinks::self), field("previous", &IamLinks::previous), field("next", &IamLinks::next));
MA_JSON_OBJECT(IamLinks, iamLinksFields)

constexpr auto iamProjectFields = std::make_tuple(field("id", &IamProject::id), field("name", &IamProject::name),
    field("is_domain", &IamProject::isDomain), field("description", &IamProject::description),
    field("links", &IamProject::links), field("enabled", &IamProject::enabled),
    field("parent_id", &IamProject::parentId), field("domain_id", &IamProject::domainId));
MA_JSON_OBJECT(IamProject, iamProjectFields)

constexpr auto iamProjectListFields
    = std::make_tuple(field("links", &IamProjectList::links), listField("projects", &IamProjectList::projects));
MA_JSON_OBJECT(IamProjectList, iamProjectListFields)

const IamProject *findProject(const IamProjectList &list, const QString &name)
{
    for (const IamProject &p : list.projects)
    {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}
} // namespace ma::api
