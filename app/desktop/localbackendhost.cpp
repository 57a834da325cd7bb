#include "localbackendhost.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace ma::desktop
{
LocalBackendHost::LocalBackendHost(QObject *parent)
    : QObject(parent)
{
}

LocalBackendHost::~LocalBackendHost()
{
    // A server released with deleteLater() may still wait for an event loop that will not
    // run again (the app is quitting): stop it and join its thread now.
    for (const QPointer<EmbeddedBackend> &stopping : std::as_const(m_stopping))
        delete stopping.data();
}

QString LocalBackendHost::dataDir() const
{
    if (!m_dataDir.isEmpty())
        return m_dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/local-backend");
}

void LocalBackendHost::request(QObject *waiter)
{
    track(waiter);
    m_waiters.insert(waiter);
    if (isRunning())
    {
        // Asynchronously, as when it has to start: callers handle one path only.
        QTimer::singleShot(0, this,
            [this]
            {
                if (isRunning())
                    emit started();
            });
        return;
    }
    if (!m_backend)
        start();
}

void LocalBackendHost::stopWaiting(QObject *waiter)
{
    if (m_waiters.remove(waiter))
        stopIfUnused();
}

void LocalBackendHost::addUser(QObject *user)
{
    track(user);
    m_users.insert(user);
}

void LocalBackendHost::track(QObject *object)
{
    if (m_users.contains(object) || m_waiters.contains(object))
        return; // already watched
    connect(object, &QObject::destroyed, this,
        [this, object]
        {
            m_users.remove(object);
            m_waiters.remove(object);
            stopIfUnused();
        });
}

void LocalBackendHost::start()
{
    const QString dir = dataDir();
    if (!QDir().mkpath(dir))
    {
        const QString message = tr("cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        QTimer::singleShot(0, this, [this, message] { onFailed(message); });
        return;
    }
    server::ServerConfig config;
    config.dataDir = dir;
    config.timeScale = 1.0;
    config.demoData = true; // seeded only on the first start of this data dir
    m_backend = std::make_unique<EmbeddedBackend>();
    connect(m_backend.get(), &EmbeddedBackend::started, this, &LocalBackendHost::started);
    connect(m_backend.get(), &EmbeddedBackend::failed, this,
        [this](const QString &message) { onFailed(tr("the local backend did not start: %1").arg(message)); });
    m_backend->start(config);
}

void LocalBackendHost::onFailed(const QString &message)
{
    if (m_backend && !m_backend->isRunning())
        release(); // we may be inside its failed() signal
    emit failed(message);
}

void LocalBackendHost::stopIfUnused()
{
    // deleteLater: this may run inside one of the backend's own signals. Its destructor
    // stops the server and joins the thread.
    if (m_users.isEmpty() && m_waiters.isEmpty() && m_backend)
    {
        release();
        emit stopped();
    }
}

void LocalBackendHost::release()
{
    EmbeddedBackend *backend = m_backend.release();
    m_stopping.removeIf([](const QPointer<EmbeddedBackend> &gone) { return gone.isNull(); });
    m_stopping.append(backend);
    backend->deleteLater();
}
} // namespace ma::desktop
