#include "connectionmanager.h"

#include "api/authenticators.h"
#include "api/credentials.h"
#include "api/obsmapper.h"
#include "api/regions.h"
#include "api/trainingrequests.h"
#include "server/localserver.h"

#include <QDir>
#include <QStandardPaths>

namespace ma::desktop
{
ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

ConnectionManager::~ConnectionManager()
{
    // Connections (and their clients) go before the server they talk to.
    qDeleteAll(findChildren<models::Connection *>(QString(), Qt::FindDirectChildrenOnly));
    m_localServer.reset();
}

QString ConnectionManager::localDataDir() const
{
    if (!m_localDataDir.isEmpty())
        return m_localDataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/local-backend");
}

void ConnectionManager::open(const Profile &profile, const QString &secret, const QString &securityToken)
{
    QString error;
    models::Connection *connection = nullptr;
    switch (profile.kind)
    {
    case Profile::Kind::Local:
        connection = openLocal(&error);
        break;
    case Profile::Kind::HuaweiCloud:
        connection = openHuaweiCloud(profile, secret, securityToken, &error);
        break;
    case Profile::Kind::Environment:
        connection = openEnvironment(profile, &error);
        break;
    }
    if (!connection)
    {
        stopLocalServerIfUnused();
        emit connectionFailed(tr("Cannot open the profile \"%1\": %2").arg(profile.name, error));
        return;
    }
    adopt(profile, connection);
}

models::Connection *ConnectionManager::openLocal(QString *error)
{
    if (!m_localServer)
    {
        const QString dir = localDataDir();
        if (!QDir().mkpath(dir))
        {
            *error = tr("cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
            return nullptr;
        }
        server::ServerConfig config;
        config.dataDir = dir;
        config.timeScale = 1.0;
        config.demoData = true; // seeded only on the first start of this data dir
        auto localServer = std::make_unique<server::LocalServer>(config);
        QString startError;
        if (!localServer->start(QHostAddress::LocalHost, 0, &startError))
        {
            *error = tr("the local backend did not start: %1").arg(startError);
            return nullptr;
        }
        m_localServer = std::move(localServer);
    }

    const server::ServerConfig &c = m_localServer->config();
    const QUrl url = m_localServer->url();
    auto *client = new api::ApiClient(api::Endpoints { url, url });
    client->setAuthenticator(
        new api::AccessKeyAuthenticator({ c.accessKey, c.secretKey, {} }, c.region, m_localServer->projectId()));
    auto *connection = new models::Connection(models::Connection::Kind::Local, Profile::localName(), c.region, client);
    connection->setLocalObsRoot(api::ObsMapper(c.dataDir).root());
    ++m_localUsers;
    connect(connection, &QObject::destroyed, this,
        [this]
        {
            --m_localUsers;
            stopLocalServerIfUnused();
        });
    return connection;
}

models::Connection *ConnectionManager::openHuaweiCloud(
    const Profile &profile, const QString &secret, const QString &securityToken, QString *error)
{
    if (profile.region.isEmpty())
    {
        *error = tr("no region is set.");
        return nullptr;
    }
    if (secret.isEmpty())
    {
        *error = profile.auth == Profile::AuthMethod::Password ? tr("the password is missing.")
                                                               : tr("the secret access key is missing.");
        return nullptr;
    }
    const api::Endpoints endpoints
        = api::endpointsFor(profile.region, profile.modelArtsEndpoint, profile.iamEndpoint, profile.cloudDomain);
    auto *client = new api::ApiClient(endpoints);
    if (profile.auth == Profile::AuthMethod::Password)
    {
        client->setAuthenticator(
            new api::PasswordTokenAuthenticator({ profile.accountName, profile.userName, secret }, profile.region));
    }
    else
    {
        if (profile.accessKeyId.isEmpty())
        {
            delete client;
            *error = tr("the access key id is missing.");
            return nullptr;
        }
        client->setAuthenticator(
            new api::AccessKeyAuthenticator({ profile.accessKeyId.toUtf8(), secret.toUtf8(), securityToken.toUtf8() },
                profile.region, profile.projectId));
    }
    return new models::Connection(models::Connection::Kind::HuaweiCloud, profile.name, profile.region, client);
}

models::Connection *ConnectionManager::openEnvironment(const Profile &profile, QString *error)
{
    const std::optional<api::EnvironmentCredentials> env = api::credentialsFromEnvironment(m_environment);
    if (!env)
    {
        *error = tr("set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK in the environment.");
        return nullptr;
    }
    const QString region = profile.region.isEmpty() ? env->region : profile.region;
    if (region.isEmpty())
    {
        *error = tr("no region is set (use --region or HUAWEICLOUD_SDK_REGION).");
        return nullptr;
    }
    QUrl iam = profile.iamEndpoint.isEmpty() ? QUrl(env->iamEndpoint) : profile.iamEndpoint;
    // A custom ModelArts endpoint outside Huawei Cloud's regions (modelarts-local, a
    // private deployment) usually serves IAM as well.
    if (iam.isEmpty() && !profile.modelArtsEndpoint.isEmpty() && !api::isKnownRegion(region))
        iam = profile.modelArtsEndpoint;
    const api::Endpoints endpoints = api::endpointsFor(region, profile.modelArtsEndpoint, iam, profile.cloudDomain);
    auto *client = new api::ApiClient(endpoints);
    const QString projectId = profile.projectId.isEmpty() ? env->projectId : profile.projectId;
    client->setAuthenticator(new api::AccessKeyAuthenticator(env->keys, region, projectId));
    return new models::Connection(models::Connection::Kind::Environment, profile.name, region, client);
}

void ConnectionManager::adopt(const Profile &profile, models::Connection *connection)
{
    connection->setParent(this);
    connection->setWorkspaceId(profile.workspaceId.isEmpty() ? QStringLiteral("0") : profile.workspaceId);
    connection->setLegacyTrainingApi(profile.useLegacyTrainingApi);
    QPointer<models::Connection> previous = m_current;
    m_current = connection;
    m_currentProfile = profile;

    emit connectionReady(connection);

    if (previous && previous != connection)
    {
        previous->client()->cancelAll();
        previous->deleteLater();
    }

    if (m_probe)
    {
        api::ApiCall *call = connection->client()->send(api::training::flavors());
        connect(call, &api::ApiCall::finished, connection,
            [connection](const api::ApiResult &result)
            {
                if (result.error.kind != api::ApiError::Kind::Canceled)
                    connection->reportResult(result);
            });
    }
}

void ConnectionManager::stopLocalServerIfUnused()
{
    if (m_localUsers <= 0 && m_localServer)
    {
        m_localServer->stop();
        m_localServer.reset();
    }
}
} // namespace ma::desktop
