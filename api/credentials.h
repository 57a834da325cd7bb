#pragma once

#include <optional>
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace ma::api
{
/** @brief IAM user + password of an account (a project-scoped token is fetched with them). */
struct PasswordCredentials
{
    QString domainName; // the account name
    QString userName;
    QString password;
};

/** @brief Access key pair; a security token makes it temporary (X-Security-Token). */
struct AccessKeyCredentials
{
    QByteArray accessKey;
    QByteArray secretKey;
    QByteArray securityToken; // empty for permanent keys
};

/**
 * @brief Credentials read from the environment as the official SDKs read them:
 * HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_SECURITY_TOKEN and
 * HUAWEICLOUD_SDK_PROJECT_ID, plus HUAWEICLOUD_SDK_REGION and HUAWEICLOUD_SDK_IAM_ENDPOINT.
 */
struct EnvironmentCredentials
{
    AccessKeyCredentials keys;
    QString projectId; // may be empty: then it is looked up by region name
    QString region; // may be empty: the caller chooses
    QString iamEndpoint; // may be empty
};

/** Returns the environment's credentials when both AK and SK are set, else nullopt. */
std::optional<EnvironmentCredentials> credentialsFromEnvironment(
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
} // namespace ma::api
