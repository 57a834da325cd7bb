#pragma once

// The one in-process modelarts-local of the desktop app. Several windows may show the
// Local profile at once (regions side by side); they must share one server, because two
// servers on one data folder would fight over its SQLite store and its local jobs.

#include "embeddedbackend.h"

#include <memory>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ma::desktop
{
/**
 * @brief Starts the embedded backend on first demand and stops it once no connection uses
 * it and nobody waits for it. Must live on the GUI thread.
 */
class LocalBackendHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalBackendHost)

public:
    explicit LocalBackendHost(QObject *parent = nullptr);
    ~LocalBackendHost() override;

    /** Data folder of the backend; default: AppDataLocation + "/local-backend". */
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const;

    /**
     * @brief Asks for a running backend on behalf of @p waiter: started() follows (at once
     * if it runs already) or failed(). The waiter counts as a user until it calls
     * stopWaiting(), so the backend is not stopped under it.
     */
    void request(QObject *waiter);
    void stopWaiting(QObject *waiter);

    /** A connection that talks to the backend; the backend stays up while it lives. */
    void addUser(QObject *user);

    /** The backend while it starts or runs, else nullptr. */
    EmbeddedBackend *backend() const { return m_backend.get(); }
    bool isRunning() const { return m_backend && m_backend->isRunning(); }
    int userCount() const { return static_cast<int>(m_users.size()); }

signals:
    void started();
    void failed(const QString &message);
    /** The server was stopped because nothing used it any more. */
    void stopped();

private:
    void start();
    /** Forgets @p object in both sets when it is destroyed (connected once). */
    void track(QObject *object);
    void onFailed(const QString &message);
    void stopIfUnused();
    /** Lets the backend go with deleteLater() (this may run inside its own signal). */
    void release();

    QString m_dataDir;
    std::unique_ptr<EmbeddedBackend> m_backend;
    QSet<QObject *> m_users;
    QSet<QObject *> m_waiters;
    QList<QPointer<EmbeddedBackend>> m_stopping; // released, their deleteLater() pending
};
} // namespace ma::desktop
