#include "embeddedbackend.h"

#include "server/localserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QThread>

namespace ma::desktop
{
EmbeddedBackend::EmbeddedBackend(QObject *parent)
    : QObject(parent)
{
}

EmbeddedBackend::~EmbeddedBackend()
{
    stop();
}

void EmbeddedBackend::start(const server::ServerConfig &config)
{
    if (m_state != State::Stopped)
        return;
    m_state = State::Starting;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("modelarts-local"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    // The context goes with the thread's event loop, after the server it owns.
    connect(m_thread, &QThread::finished, m_threadContext, &QObject::deleteLater);
    m_thread->start();

    QPointer<EmbeddedBackend> self(this);
    QObject *context = m_threadContext;
    QMetaObject::invokeMethod(
        m_threadContext,
        [self, context, config, this]
        {
            // On the server thread: the SQLite connection, the HTTP listener and every
            // timer are created here so that they belong to this thread.
            auto *localServer = new server::LocalServer(config, context);
            QString error;
            if (!localServer->start(QHostAddress::LocalHost, 0, &error))
            {
                delete localServer;
                QMetaObject::invokeMethod(self,
                    [self, error]
                    {
                        if (self)
                            self->onFailed(error);
                    });
                return;
            }
            m_server = localServer;
            const server::ServerConfig started = localServer->config();
            const QUrl url = localServer->url();
            const QString projectId = localServer->projectId();
            QMetaObject::invokeMethod(self,
                [self, started, url, projectId]
                {
                    if (self)
                        self->onStarted(started, url, projectId);
                });
        },
        Qt::QueuedConnection);
}

void EmbeddedBackend::onStarted(const server::ServerConfig &config, const QUrl &url, const QString &projectId)
{
    if (m_state != State::Starting)
        return;
    m_config = config;
    m_url = url;
    m_projectId = projectId;
    m_state = State::Running;
    emit started();
}

void EmbeddedBackend::onFailed(const QString &message)
{
    if (m_state != State::Starting)
        return;
    stop();
    emit failed(message);
}

void EmbeddedBackend::stop()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning())
    {
        // Blocking: the server answers its last requests and closes the store before the
        // thread ends, so a local job's state is committed when the app quits.
        QMetaObject::invokeMethod(
            m_threadContext,
            [this]
            {
                if (m_server)
                {
                    m_server->stop();
                    delete m_server;
                    m_server = nullptr;
                }
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_thread;
    m_thread = nullptr;
    m_threadContext = nullptr;
    m_server = nullptr;
    m_state = State::Stopped;
    m_url.clear();
    m_projectId.clear();
}
} // namespace ma::desktop
