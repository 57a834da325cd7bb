#include "profile.h"

#include <algorithm>
#include <QSettings>

namespace ma::desktop
{
namespace
{
const QString kProfilesGroup = QStringLiteral("Profiles");
const QString kLastUsedKey = QStringLiteral("Connections/LastProfile");

QString authToString(Profile::AuthMethod auth)
{
    return auth == Profile::AuthMethod::AccessKey ? QStringLiteral("accesskey") : QStringLiteral("password");
}
} // namespace

Profile Profile::local()
{
    Profile p;
    p.name = localName();
    p.kind = Kind::Local;
    p.region = QStringLiteral("local");
    p.auth = AuthMethod::AccessKey;
    return p;
}

QString Profile::localName()
{
    return QStringLiteral("Local");
}

QString Profile::secretKey() const
{
    return name + u'/' + kindToString(kind) + u'/' + authToString(auth);
}

QString Profile::prometheusSecretKey() const
{
    return name + QStringLiteral("/prometheus");
}

bool Profile::prometheusNeedsSecret() const
{
    return kind == Kind::HuaweiCloud && prometheusUrl.isValid() && !prometheusUrl.isEmpty()
        && !prometheusUser.isEmpty();
}

bool Profile::needsSecret() const
{
    return kind == Kind::HuaweiCloud;
}

QString kindToString(Profile::Kind kind)
{
    switch (kind)
    {
    case Profile::Kind::Local:
        return QStringLiteral("local");
    case Profile::Kind::HuaweiCloud:
        return QStringLiteral("huaweicloud");
    case Profile::Kind::Environment:
        return QStringLiteral("environment");
    }
    return {};
}

std::optional<Profile::Kind> kindFromString(const QString &text)
{
    for (Profile::Kind k : { Profile::Kind::Local, Profile::Kind::HuaweiCloud, Profile::Kind::Environment })
        if (kindToString(k) == text)
            return k;
    return std::nullopt;
}

ProfileStore::ProfileStore()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::nameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile name is empty.");
    if (name != name.trimmed())
        return tr("The profile name must not start or end with spaces.");
    if (name.contains(u'/') || name.contains(u'\\'))
        return tr("The profile name must not contain / or \\.");
    if (name.size() > 64)
        return tr("The profile name is longer than 64 characters.");
    return {};
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result { Profile::local() };
    m_settings->beginGroup(kProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    for (const QString &name : std::as_const(names))
    {
        if (name == Profile::localName())
            continue;
        if (std::optional<Profile> p = profile(name))
            result.append(*p);
    }
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name == Profile::localName())
        return Profile::local();
    if (!nameError(name).isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kProfilesGroup + u'/' + name);
    const std::optional<Profile::Kind> kind = kindFromString(m_settings->value(QStringLiteral("Kind")).toString());
    if (!kind || *kind != Profile::Kind::HuaweiCloud)
    {
        m_settings->endGroup();
        return std::nullopt;
    }
    Profile p;
    p.name = name;
    p.kind = *kind;
    p.region = m_settings->value(QStringLiteral("Region")).toString();
    p.auth = m_settings->value(QStringLiteral("Auth")).toString() == authToString(Profile::AuthMethod::AccessKey)
        ? Profile::AuthMethod::AccessKey
        : Profile::AuthMethod::Password;
    p.accountName = m_settings->value(QStringLiteral("AccountName")).toString();
    p.userName = m_settings->value(QStringLiteral("UserName")).toString();
    p.accessKeyId = m_settings->value(QStringLiteral("AccessKeyId")).toString();
    p.modelArtsEndpoint = QUrl(m_settings->value(QStringLiteral("ModelArtsEndpoint")).toString());
    p.iamEndpoint = QUrl(m_settings->value(QStringLiteral("IamEndpoint")).toString());
    p.cloudDomain = m_settings->value(QStringLiteral("CloudDomain")).toString();
    p.projectId = m_settings->value(QStringLiteral("ProjectId")).toString();
    p.workspaceId = m_settings->value(QStringLiteral("WorkspaceId"), QStringLiteral("0")).toString();
    p.useLegacyTrainingApi = m_settings->value(QStringLiteral("UseLegacyTrainingApi"), false).toBool();
    p.prometheusUrl = QUrl(m_settings->value(QStringLiteral("PrometheusUrl")).toString());
    p.prometheusUser = m_settings->value(QStringLiteral("PrometheusUser")).toString();
    m_settings->endGroup();
    return p;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    auto fail = [error](const QString &text)
    {
        if (error)
            *error = text;
        return false;
    };
    if (profile.kind != Profile::Kind::HuaweiCloud)
        return fail(tr("Only Huawei Cloud profiles are saved; Local and Environment are built in."));
    if (const QString e = nameError(profile.name); !e.isEmpty())
        return fail(e);
    if (profile.name == Profile::localName())
        return fail(tr("The name \"%1\" is reserved.").arg(profile.name));

    const QString group = kProfilesGroup + u'/' + profile.name;
    m_settings->remove(group);
    m_settings->beginGroup(group);
    // Only identifiers and addresses: the password, SK, security token and the Prometheus
    // password go to the keychain.
    m_settings->setValue(QStringLiteral("Kind"), kindToString(profile.kind));
    m_settings->setValue(QStringLiteral("Region"), profile.region);
    m_settings->setValue(QStringLiteral("Auth"), authToString(profile.auth));
    m_settings->setValue(QStringLiteral("AccountName"), profile.accountName);
    m_settings->setValue(QStringLiteral("UserName"), profile.userName);
    m_settings->setValue(QStringLiteral("AccessKeyId"), profile.accessKeyId);
    m_settings->setValue(QStringLiteral("ModelArtsEndpoint"), profile.modelArtsEndpoint.toString());
    m_settings->setValue(QStringLiteral("IamEndpoint"), profile.iamEndpoint.toString());
    m_settings->setValue(QStringLiteral("CloudDomain"), profile.cloudDomain);
    m_settings->setValue(QStringLiteral("ProjectId"), profile.projectId);
    m_settings->setValue(QStringLiteral("WorkspaceId"), profile.workspaceId);
    m_settings->setValue(QStringLiteral("UseLegacyTrainingApi"), profile.useLegacyTrainingApi);
    m_settings->setValue(QStringLiteral("PrometheusUrl"), profile.prometheusUrl.toString());
    m_settings->setValue(QStringLiteral("PrometheusUser"), profile.prometheusUser);
    m_settings->endGroup();
    m_settings->sync();
    if (error)
        error->clear();
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (name == Profile::localName() || !nameError(name).isEmpty() || !contains(name))
        return false;
    m_settings->remove(kProfilesGroup + u'/' + name);
    if (lastUsed() == name)
        m_settings->remove(kLastUsedKey);
    m_settings->sync();
    return true;
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(kLastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsedKey, name);
}
} // namespace ma::desktop
