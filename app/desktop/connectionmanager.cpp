#include "connectionmanager.h"

#include "api/authenticators.h"
#include "api/credentials.h"
#include "api/obsmapper.h"
#include "api/regions.h"
#include "api/trainingrequests.h"

namespace ma::desktop
{
ConnectionManager::ConnectionManager(LocalBackendHost *localHost, QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_localHost(localHost ? localHost : new LocalBackendHost(this))
{
    connect(m_localHost, &LocalBackendHost::started, this, &ConnectionManager::onLocalBackendStarted);
    connect(m_localHost, &LocalBackendHost::failed, this, &ConnectionManager::onLocalBackendFailed);
}

ConnectionManager::~ConnectionManager()
{
    // Connections (and their clients) go before the server they talk to.
    qDeleteAll(findChildren<models::Connection *>(QString(), Qt::FindDirectChildrenOnly));
    m_localHost->stopWaiting(this);
}

void ConnectionManager::open(
    const Profile &profile, const QString &secret, const QString &securityToken, const QString &prometheusPassword)
{
    QString error;
    models::Connection *connection = nullptr;
    dropPendingLocal(); // a later choice wins over a Local profile still starting
    switch (profile.kind)
    {
    case Profile::Kind::Local:
        openLocal(profile);
        return;
    case Profile::Kind::HuaweiCloud:
        connection = openHuaweiCloud(profile, secret, securityToken, prometheusPassword, &error);
        break;
    case Profile::Kind::Environment:
        connection = openEnvironment(profile, &error);
        break;
    }
    if (!connection)
    {
        emit connectionFailed(tr("Cannot open the profile \"%1\": %2").arg(profile.name, error));
        return;
    }
    adopt(profile, connection);
}

void ConnectionManager::openLocal(const Profile &profile)
{
    m_pendingLocal = profile;
    m_localHost->request(this); // started() or failed() follows, also when it runs already
}

void ConnectionManager::dropPendingLocal()
{
    if (m_pendingLocal)
    {
        m_pendingLocal.reset();
        m_localHost->stopWaiting(this);
    }
}

void ConnectionManager::onLocalBackendStarted()
{
    if (!m_pendingLocal)
        return; // another window's request, or another profile was chosen meanwhile
    const Profile profile = *std::exchange(m_pendingLocal, std::nullopt);
    models::Connection *connection = makeLocalConnection();
    m_localHost->stopWaiting(this); // the connection keeps the backend up now
    adopt(profile, connection);
}

void ConnectionManager::onLocalBackendFailed(const QString &message)
{
    const std::optional<Profile> profile = std::exchange(m_pendingLocal, std::nullopt);
    if (!profile)
        return;
    m_localHost->stopWaiting(this);
    emit connectionFailed(tr("Cannot open the profile \"%1\": %2").arg(profile->name, message));
}

models::Connection *ConnectionManager::makeLocalConnection()
{
    EmbeddedBackend *backend = m_localHost->backend();
    const server::ServerConfig &c = backend->config();
    const QUrl url = backend->url();
    auto *client = new api::ApiClient(api::Endpoints { url, url });
    client->setAuthenticator(
        new api::AccessKeyAuthenticator({ c.accessKey, c.secretKey, {} }, c.region, backend->projectId()));
    auto *connection = new models::Connection(models::Connection::Kind::Local, Profile::localName(), c.region, client);
    connection->setLocalObsRoot(api::ObsMapper(c.dataDir).root());
    // modelarts-local answers the Prometheus HTTP API itself, with basic auth as AOM's instance.
    connection->setPrometheusSource(api::PrometheusSource { url, c.userName, c.password });
    m_localHost->addUser(connection);
    return connection;
}

models::Connection *ConnectionManager::openHuaweiCloud(const Profile &profile, const QString &secret,
    const QString &securityToken, const QString &prometheusPassword, QString *error)
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
    auto *connection
        = new models::Connection(models::Connection::Kind::HuaweiCloud, profile.name, profile.region, client);
    // AOM's Prometheus instance (or any Prometheus) for the dashboards, with its own basic auth;
    // the ModelArts credentials never go there.
    if (!profile.prometheusUrl.isEmpty())
        connection->setPrometheusSource(
            api::PrometheusSource { profile.prometheusUrl, profile.prometheusUser, prometheusPassword });
    return connection;
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
} // namespace ma::desktop
