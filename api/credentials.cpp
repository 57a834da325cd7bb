#include "credentials.h"

namespace ma::api
{
std::optional<EnvironmentCredentials> credentialsFromEnvironment(const QProcessEnvironment &env)
{
    const QString ak = env.value(QStringLiteral("HUAWEICLOUD_SDK_AK")).trimmed();
    const QString sk = env.value(QStringLiteral("HUAWEICLOUD_SDK_SK")).trimmed();
    if (ak.isEmpty() || sk.isEmpty())
        return std::nullopt;
    EnvironmentCredentials c;
    c.keys.accessKey = ak.toUtf8();
    c.keys.secretKey = sk.toUtf8();
    c.keys.securityToken = env.value(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN")).trimmed().toUtf8();
    c.projectId = env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID")).trimmed();
    c.region = env.value(QStringLiteral("HUAWEICLOUD_SDK_REGION")).trimmed();
    c.iamEndpoint = env.value(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT")).trimmed();
    return c;
}
} // namespace ma::api
