#pragma once

// Connection profiles: where the app connects and how it authenticates. Secrets are never
// part of what ProfileStore persists; they live in the OS keychain (SecretStore).

#include "models/connection.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace ma::desktop
{
/** @brief One connection profile as the user configured it (no secrets). */
struct Profile
{
    using Kind = models::Connection::Kind;

    enum class AuthMethod
    {
        Password, // IAM user password: account (domain) name + user name
        AccessKey, // AK/SK: the access key id is stored, the SK is a secret
    };

    QString name;
    Kind kind = Kind::Local;
    QString region;
    AuthMethod auth = AuthMethod::Password;
    QString accountName; // Password: the account (IAM domain) name
    QString userName; // Password: the IAM user name
    QString accessKeyId; // AccessKey
    QUrl modelArtsEndpoint; // empty: the region's public endpoint
    QUrl iamEndpoint; // empty: the region's IAM endpoint
    QString cloudDomain; // empty: myhuaweicloud.com
    QString projectId; // empty: resolved automatically
    QString workspaceId = QStringLiteral("0");
    bool useLegacyTrainingApi = false;
    // The Monitoring dashboards' Prometheus HTTP API data source: AOM's Prometheus instance or
    // any Prometheus. Empty: none. The basic-auth password is a secret (prometheusSecretKey()).
    QUrl prometheusUrl;
    QString prometheusUser; // empty: no basic auth

    /** The built-in profile that runs modelarts-local in-process. */
    static Profile local();
    static QString localName();

    /** Name of the profile's secret in the keychain: profile name + kind + auth method. */
    QString secretKey() const;
    /** Name of the Prometheus data source's password in the keychain. */
    QString prometheusSecretKey() const;
    /** True when the profile has a Prometheus data source that signs in (a password to read). */
    bool prometheusNeedsSecret() const;
    /** True when opening the profile needs a password or secret key. */
    bool needsSecret() const;

    bool operator==(const Profile &other) const = default;
};

QString kindToString(Profile::Kind kind);
std::optional<Profile::Kind> kindFromString(const QString &text);

/**
 * @brief Loads and saves profiles in QSettings under "Profiles/<name>/…". It never writes a
 * secret. The profile "Local" always exists and cannot be removed or renamed.
 */
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    /** Uses the application's default QSettings. */
    ProfileStore();
    /** Uses @p settings (not owned; must outlive the store). */
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    /** All profiles, "Local" first, then by name. */
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    /** Saves (or replaces) @p profile. Environment profiles and invalid names are refused. */
    bool save(const Profile &profile, QString *error = nullptr);
    bool remove(const QString &name);

    /** The profile used last (empty when none was recorded). */
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    /** Empty when @p name can be a profile name, else why not. */
    static QString nameError(const QString &name);

    QSettings &settings() const { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};
} // namespace ma::desktop
