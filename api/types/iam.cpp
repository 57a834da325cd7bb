#include "iam.h"

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

void decode(const Json &j, IamRef &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    out.extra = r.rest();
}

Json encode(const IamRef &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    return w.take();
}

void decode(const Json &j, IamPasswordUser &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("name", out.name);
    r.optional("id", out.id);
    r.required("password", out.password);
    r.optional("domain", out.domain);
    out.extra = r.rest();
    // Keystone identifies the user by id, or by name within a domain.
    if (!out.id && !out.name)
        throw DecodeError(joinPath(path, "name"), QStringLiteral("user name or id is required"));
}

Json encode(const IamPasswordUser &v)
{
    ObjectWriter w(v.extra);
    w.put("name", v.name);
    w.put("id", v.id);
    w.put("password", v.password);
    w.put("domain", v.domain);
    return w.take();
}

void decode(const Json &j, IamPasswordIdentity &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("user", out.user);
    out.extra = r.rest();
}

Json encode(const IamPasswordIdentity &v)
{
    ObjectWriter w(v.extra);
    w.put("user", v.user);
    return w.take();
}

void decode(const Json &j, IamKey &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("key", out.key);
    out.extra = r.rest();
}

Json encode(const IamKey &v)
{
    ObjectWriter w(v.extra);
    w.put("key", v.key);
    return w.take();
}

void decode(const Json &j, IamAkSkIdentity &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("access", out.access);
    r.required("secret", out.secret);
    out.extra = r.rest();
}

Json encode(const IamAkSkIdentity &v)
{
    ObjectWriter w(v.extra);
    w.put("access", v.access);
    w.put("secret", v.secret);
    return w.take();
}

void decode(const Json &j, IamIdentity &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("methods", out.methods);
    r.optional("password", out.password);
    r.optional("hw_ak_sk", out.hwAkSk);
    out.extra = r.rest();
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
    ObjectWriter w(v.extra);
    w.put("methods", v.methods);
    w.put("password", v.password);
    w.put("hw_ak_sk", v.hwAkSk);
    return w.take();
}

void decode(const Json &j, IamScope &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("project", out.project);
    r.optional("domain", out.domain);
    out.extra = r.rest();
}

Json encode(const IamScope &v)
{
    ObjectWriter w(v.extra);
    w.put("project", v.project);
    w.put("domain", v.domain);
    return w.take();
}

void decode(const Json &j, IamAuth &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("identity", out.identity);
    r.optional("scope", out.scope);
    out.extra = r.rest();
}

Json encode(const IamAuth &v)
{
    ObjectWriter w(v.extra);
    w.put("identity", v.identity);
    w.put("scope", v.scope);
    return w.take();
}

void decode(const Json &j, IamTokenRequest &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("auth", out.auth);
    out.extra = r.rest();
}

Json encode(const IamTokenRequest &v)
{
    ObjectWriter w(v.extra);
    w.put("auth", v.auth);
    return w.take();
}

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

void decode(const Json &j, IamTokenUser &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    r.optional("domain", out.domain);
    r.optional("password_expires_at", out.passwordExpiresAt);
    out.extra = r.rest();
}

Json encode(const IamTokenUser &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("domain", v.domain);
    w.put("password_expires_at", v.passwordExpiresAt);
    return w.take();
}

void decode(const Json &j, IamTokenProject &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("name", out.name);
    r.optional("domain", out.domain);
    out.extra = r.rest();
}

Json encode(const IamTokenProject &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("domain", v.domain);
    return w.take();
}

void decode(const Json &j, IamCatalogEndpoint &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("url", out.url);
    r.optional("region", out.region);
    r.optional("region_id", out.regionId);
    r.optional("interface", out.interface_);
    out.extra = r.rest();
}

Json encode(const IamCatalogEndpoint &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("url", v.url);
    w.put("region", v.region);
    w.put("region_id", v.regionId);
    w.put("interface", v.interface_);
    return w.take();
}

void decode(const Json &j, IamCatalogEntry &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("id", out.id);
    r.optional("type", out.type);
    r.optional("name", out.name);
    r.optional("endpoints", out.endpoints);
    out.extra = r.rest();
}

Json encode(const IamCatalogEntry &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("type", v.type);
    w.put("name", v.name);
    w.put("endpoints", v.endpoints);
    return w.take();
}

void decode(const Json &j, IamToken &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("expires_at", out.expiresAt);
    r.optional("issued_at", out.issuedAt);
    r.optional("methods", out.methods);
    r.optional("user", out.user);
    r.optional("project", out.project);
    r.optional("domain", out.domain);
    r.optional("catalog", out.catalog);
    r.optional("roles", out.roles);
    out.extra = r.rest();
}

Json encode(const IamToken &v)
{
    ObjectWriter w(v.extra);
    w.put("expires_at", v.expiresAt);
    w.put("issued_at", v.issuedAt);
    w.put("methods", v.methods);
    w.put("user", v.user);
    w.put("project", v.project);
    w.put("domain", v.domain);
    w.put("catalog", v.catalog);
    w.put("roles", v.roles);
    return w.take();
}

void decode(const Json &j, IamTokenResponse &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("token", out.token);
    out.extra = r.rest();
}

Json encode(const IamTokenResponse &v)
{
    ObjectWriter w(v.extra);
    w.put("token", v.token);
    return w.take();
}

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

void decode(const Json &j, IamLinks &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("self", out.self);
    r.optional("previous", out.previous);
    r.optional("next", out.next);
    out.extra = r.rest();
}

Json encode(const IamLinks &v)
{
    ObjectWriter w(v.extra);
    w.put("self", v.self);
    w.put("previous", v.previous);
    w.put("next", v.next);
    return w.take();
}

void decode(const Json &j, IamProject &out, const QString &path)
{
    ObjectReader r(j, path);
    r.required("id", out.id);
    r.required("name", out.name);
    r.optional("is_domain", out.isDomain);
    r.optional("description", out.description);
    r.optional("links", out.links);
    r.optional("enabled", out.enabled);
    r.optional("parent_id", out.parentId);
    r.optional("domain_id", out.domainId);
    out.extra = r.rest();
}

Json encode(const IamProject &v)
{
    ObjectWriter w(v.extra);
    w.put("id", v.id);
    w.put("name", v.name);
    w.put("is_domain", v.isDomain);
    w.put("description", v.description);
    w.put("links", v.links);
    w.put("enabled", v.enabled);
    w.put("parent_id", v.parentId);
    w.put("domain_id", v.domainId);
    return w.take();
}

void decode(const Json &j, IamProjectList &out, const QString &path)
{
    ObjectReader r(j, path);
    r.optional("links", out.links);
    r.list("projects", out.projects);
    out.extra = r.rest();
}

Json encode(const IamProjectList &v)
{
    ObjectWriter w(v.extra);
    w.put("links", v.links);
    w.put("projects", v.projects);
    return w.take();
}

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
