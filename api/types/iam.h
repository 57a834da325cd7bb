#pragma once

// IAM (Keystone v3) bodies the client needs (api.md §4.1): the token request for the
// password and hw_ak_sk methods, the token reply body (the token itself is the
// X-Subject-Token header, not part of the body) and the project lists.
//
// Request bodies are strict: identity.methods is required and each listed method needs
// its section. Reply bodies are lenient except token.expires_at, which the client needs
// to schedule a refresh.

#include "api/jsoncodec.h"

#include <optional>
#include <QDateTime>
#include <vector>

namespace ma::api
{
/** @brief {id, name} reference used for domains, projects and roles. */
struct IamRef
{
    std::optional<QString> id;
    std::optional<QString> name;
    Json extra;
};

// ---------------------------------------------------------------------------
// Token request (POST /v3/auth/tokens)
// ---------------------------------------------------------------------------

struct IamPasswordUser
{
    std::optional<QString> name;
    std::optional<QString> id;
    QString password;
    std::optional<IamRef> domain; // the account: {name} or {id}
    Json extra;
};

struct IamPasswordIdentity
{
    IamPasswordUser user;
    Json extra;
};

struct IamKey
{
    QString key;
    Json extra;
};

/** The unofficial "hw_ak_sk" method seen in third-party clients (api.md §4.1.2). */
struct IamAkSkIdentity
{
    IamKey access;
    IamKey secret;
    Json extra;
};

struct IamIdentity
{
    std::vector<QString> methods; // ["password"] or ["hw_ak_sk"]
    std::optional<IamPasswordIdentity> password;
    std::optional<IamAkSkIdentity> hwAkSk; // JSON key "hw_ak_sk"
    Json extra;
};

/** Token scope: a project (what ModelArts needs; name = region id) or a domain. */
struct IamScope
{
    std::optional<IamRef> project;
    std::optional<IamRef> domain;
    Json extra;
};

struct IamAuth
{
    IamIdentity identity;
    std::optional<IamScope> scope;
    Json extra;
};

struct IamTokenRequest
{
    IamAuth auth;
    Json extra;
};

/**
 * @brief Password-method body scoped to a project:
 * {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":user,"password":…,
 * "domain":{"name":account}}}},"scope":{"project":{"name":projectName}}}}.
 * The result holds the password: never log or persist it.
 */
IamTokenRequest passwordTokenRequest(
    const QString &account, const QString &userName, const QString &password, const QString &projectName);

/** @brief hw_ak_sk-method body scoped to a project (holds the secret key). */
IamTokenRequest akSkTokenRequest(const QString &accessKey, const QString &secretKey, const QString &projectName);

// ---------------------------------------------------------------------------
// Token reply body
// ---------------------------------------------------------------------------

struct IamTokenUser
{
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<IamRef> domain;
    std::optional<QString> passwordExpiresAt; // no zone in the example: UTC
    Json extra;
};

struct IamTokenProject
{
    std::optional<QString> id; // the project id ModelArts URLs need
    std::optional<QString> name;
    std::optional<IamRef> domain;
    Json extra;
};

struct IamCatalogEndpoint
{
    std::optional<QString> id;
    std::optional<QString> url;
    std::optional<QString> region;
    std::optional<QString> regionId;
    std::optional<QString> interface_; // JSON key "interface" (a macro name on some compilers)
    Json extra;
};

struct IamCatalogEntry
{
    std::optional<QString> id;
    std::optional<QString> type;
    std::optional<QString> name;
    std::optional<std::vector<IamCatalogEndpoint>> endpoints;
    Json extra;
};

struct IamToken
{
    QString expiresAt; // "2015-11-09T01:42:57.527363Z"
    std::optional<QString> issuedAt;
    std::optional<std::vector<QString>> methods;
    std::optional<IamTokenUser> user;
    std::optional<IamTokenProject> project; // project-scoped tokens
    std::optional<IamRef> domain; // domain-scoped tokens
    std::optional<std::vector<IamCatalogEntry>> catalog; // absent with ?nocatalog
    std::optional<std::vector<IamRef>> roles;
    Json extra;
};

struct IamTokenResponse
{
    IamToken token;
    Json extra;
};

/**
 * @brief Parses IAM timestamps into UTC: "2015-11-09T01:42:57.527363Z" (6 fractional
 * digits, truncated to ms), "…855Z" (3), none, a numeric offset, or no zone at all
 * (read as UTC). Returns an invalid QDateTime for anything else.
 */
QDateTime parseIamTimestamp(const QString &text);

/** token.expires_at as UTC (invalid if unparsable). */
QDateTime tokenExpiresAt(const IamToken &token);

// ---------------------------------------------------------------------------
// Projects (GET /v3/projects, GET /v3/auth/projects)
// ---------------------------------------------------------------------------

struct IamLinks
{
    std::optional<QString> self;
    std::optional<QString> previous; // null when there is no such page
    std::optional<QString> next;
    Json extra;
};

struct IamProject
{
    QString id;
    QString name; // region id for regional projects ("cn-north-4")
    std::optional<bool> isDomain;
    std::optional<QString> description;
    std::optional<IamLinks> links;
    std::optional<bool> enabled;
    std::optional<QString> parentId;
    std::optional<QString> domainId;
    Json extra;
};

struct IamProjectList
{
    std::optional<IamLinks> links;
    std::vector<IamProject> projects;
    Json extra;
};

void decode(const Json &j, IamRef &out, const QString &path);
Json encode(const IamRef &v);
void decode(const Json &j, IamPasswordUser &out, const QString &path);
Json encode(const IamPasswordUser &v);
void decode(const Json &j, IamPasswordIdentity &out, const QString &path);
Json encode(const IamPasswordIdentity &v);
void decode(const Json &j, IamKey &out, const QString &path);
Json encode(const IamKey &v);
void decode(const Json &j, IamAkSkIdentity &out, const QString &path);
Json encode(const IamAkSkIdentity &v);
void decode(const Json &j, IamIdentity &out, const QString &path);
Json encode(const IamIdentity &v);
void decode(const Json &j, IamScope &out, const QString &path);
Json encode(const IamScope &v);
void decode(const Json &j, IamAuth &out, const QString &path);
Json encode(const IamAuth &v);
void decode(const Json &j, IamTokenRequest &out, const QString &path);
Json encode(const IamTokenRequest &v);
void decode(const Json &j, IamTokenUser &out, const QString &path);
Json encode(const IamTokenUser &v);
void decode(const Json &j, IamTokenProject &out, const QString &path);
Json encode(const IamTokenProject &v);
void decode(const Json &j, IamCatalogEndpoint &out, const QString &path);
Json encode(const IamCatalogEndpoint &v);
void decode(const Json &j, IamCatalogEntry &out, const QString &path);
Json encode(const IamCatalogEntry &v);
void decode(const Json &j, IamToken &out, const QString &path);
Json encode(const IamToken &v);
void decode(const Json &j, IamTokenResponse &out, const QString &path);
Json encode(const IamTokenResponse &v);
void decode(const Json &j, IamLinks &out, const QString &path);
Json encode(const IamLinks &v);
void decode(const Json &j, IamProject &out, const QString &path);
Json encode(const IamProject &v);
void decode(const Json &j, IamProjectList &out, const QString &path);
Json encode(const IamProjectList &v);

/** The project named @p name (exact match), or nullptr. */
const IamProject *findProject(const IamProjectList &list, const QString &name);
} // namespace ma::api
