#include "connectionmanager.h"

#include "api/authenticators.h"
#include "api/credentials.h"
#include "api/obsmapper.h"
#include "api/regions.h"
#include "api/trainingrequests.h"

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
    m_localBackend.reset();
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
    m_pendingLocal.reset(); // a later choice wins over a Local profile still starting
    switch (profile.kind)
    {
    case Profile::Kind::Local:
        openLocal(profile);
        return;
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

void ConnectionManager::openLocal(const Profile &profile)
{
    if (m_localBackend && m_localBackend->isRunning())
    {
        adopt(profile, makeLocalConnection());
        return;
    }
    m_pendingLocal = profile;
    if (m_localBackend && m_localBackend->isStarting())
        return;
    const QString dir = localDataDir();
    if (!QDir().mkpath(dir))
    {
        onLocalBackendFailed(tr("cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    server::ServerConfig config;
    config.dataDir = dir;
    config.timeScale = 1.0;
    config.demoData = true; // seeded only on the first start of this data dir
    m_localBackend = std::make_unique<EmbeddedBackend>();
    connect(m_localBackend.get(), &EmbeddedBackend::started, this, &ConnectionManager::onLocalBackendStarted);
    connect(m_localBackend.get(), &EmbeddedBackend::failed, this,
        [this](const QString &message)
        { onLocalBackendFailed(tr("the local backend did not start: %1").arg(message)); });
    m_localBackend->start(config);
}

void ConnectionManager::onLocalBackendStarted()
{
    if (!m_pendingLocal)
    {
        stopLocalServerIfUnused(); // another profile was chosen meanwhile
        return;
    }
    const Profile profile = *std::exchange(m_pendingLocal, std::nullopt);
    adopt(profile, makeLocalConnection());
}

void ConnectionManager::onLocalBackendFailed(const QString &message)
{
    const std::optional<Profile> profile = std::exchange(m_pendingLocal, std::nullopt);
    if (m_localBackend && !m_localBackend->isRunning())
        m_localBackend.release()->deleteLater(); // we are inside its failed() signal
    stopLocalServerIfUnused();
    if (profile)
        emit connectionFailed(tr("Cannot open the profile \"%1\": %2").arg(profile->name, message));
}

models::Connection *ConnectionManager::makeLocalConnection()
{
    const server::ServerConfig &c = m_localBackend->config();
    const QUrl url = m_localBackend->url();
    auto *client = new api::ApiClient(api::Endpoints { url, url });
    client->setAuthenticator(
        new api::AccessKeyAuthenticator({ c.accessKey, c.secretKey, {} }, c.region, m_localBackend->projectId()));
    auto *connection = new models::Connection(models::Connection::Kind::Local, Profile::localName(), c.region, client);
    connection->setLocalObsRoot(api::ObsMapper(c.dataDir).root());
    // The dashboards query modelarts-local's own Prometheus API with basic auth as the local IAM user.
    connection->setPrometheusSource({ url, c.userName, c.password });
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
        connection->client()->send(api::training::flavors()); // its result sets the connection state
}

void ConnectionManager::stopLocalServerIfUnused()
{
    // deleteLater: this may run inside one of the backend's own signals. Its destructor
    // stops the server and joins the thread.
    if (m_localUsers <= 0 && m_localBackend && !m_pendingLocal)
        m_localBackend.release()->deleteLater();
}
} // namespace ma::desktop
