#pragma once

#include "embeddedbackend.h"
#include "localbackendhost.h"
#include "models/connection.h"
#include "profile.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

namespace ma::desktop
{
/**
 * @brief Turns a Profile into a models::Connection for one window. Owns that window's
 * current Connection; the in-process modelarts-local of the "Local" profile comes from a
 * LocalBackendHost that several managers (windows) may share.
 *
 * open() answers with connectionReady() or connectionFailed(): before it returns, except for
 * the Local profile while its backend starts on its own thread (EmbeddedBackend). After
 * connectionReady() of a new connection, the previous one is released with deleteLater()
 * (receivers must drop their pointers to it then), and the host stops the local server
 * once no connection of any manager uses it any more. Each new connection gets one probe call whose result
 * goes to Connection::reportResult, so its state and lastError() show whether the backend
 * answers (for example a wrong secret key). Must live on the GUI thread.
 */
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    /** Uses @p localHost (not owned) for the Local profile; without one, a host of its own. */
    explicit ConnectionManager(LocalBackendHost *localHost = nullptr, QObject *parent = nullptr);
    ~ConnectionManager() override;

    /** Where Environment profiles read HUAWEICLOUD_SDK_*; the system environment by default. */
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    /** Data dir of the local backend; default: AppDataLocation + "/local-backend". */
    void setLocalDataDir(const QString &dir) { m_localHost->setDataDir(dir); }
    QString localDataDir() const { return m_localHost->dataDir(); }
    /** Whether new connections send a probe call (on by default). */
    void setProbeEnabled(bool enabled) { m_probe = enabled; }

    /**
     * Opens @p profile. @p secret is the IAM password or the SK of a Huawei Cloud profile
     * (ignored for Local and Environment, which bring their own credentials);
     * @p prometheusPassword signs in to the profile's Prometheus data source.
     */
    void open(const Profile &profile, const QString &secret = QString(), const QString &securityToken = QString(),
        const QString &prometheusPassword = QString());

    models::Connection *current() const { return m_current; }
    const Profile &currentProfile() const { return m_currentProfile; }
    /** The in-process backend while the Local profile needs it (maybe still starting), else nullptr. */
    EmbeddedBackend *localBackend() const { return m_localHost->backend(); }
    LocalBackendHost *localBackendHost() const { return m_localHost; }

signals:
    void connectionReady(ma::models::Connection *connection);
    void connectionFailed(const QString &message);

private:
    /** Starts the local backend if needed; the connection follows in onLocalBackendStarted(). */
    void openLocal(const Profile &profile);
    void onLocalBackendStarted();
    void onLocalBackendFailed(const QString &message);
    /** Forgets a Local profile that waits for the backend (a later choice wins). */
    void dropPendingLocal();
    models::Connection *makeLocalConnection();
    models::Connection *openHuaweiCloud(const Profile &profile, const QString &secret, const QString &securityToken,
        const QString &prometheusPassword, QString *error);
    models::Connection *openEnvironment(const Profile &profile, QString *error);
    void adopt(const Profile &profile, models::Connection *connection);

    QProcessEnvironment m_environment;
    bool m_probe = true;
    LocalBackendHost *m_localHost;
    std::optional<Profile> m_pendingLocal; // the Local profile waiting for its backend
    QPointer<models::Connection> m_current;
    Profile m_currentProfile;
};
} // namespace ma::desktop
