#pragma once

// modelarts-local inside the desktop, on a thread of its own: HTTP handling, SQLite
// commits, lifecycle timers, the local executor and the /proc sampler never share the
// UI event loop, so opening the Local profile or a busy local job cannot freeze a page.

#include "server/servercontext.h"

#include <memory>
#include <QObject>
#include <QUrl>

class QThread;

namespace ma::server
{
class LocalServer;
}

namespace ma::desktop
{
/**
 * @brief Starts a LocalServer on its own thread and reports, on the thread that owns
 * this object, started() or failed(). The server object lives and dies on its thread;
 * this object only keeps copies of what a client needs (URL, credentials, project id).
 */
class EmbeddedBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBackend)

public:
    explicit EmbeddedBackend(QObject *parent = nullptr);
    /** Stops the server and joins its thread. */
    ~EmbeddedBackend() override;

    /** Starts the server with @p config on 127.0.0.1 and a free port; returns at once. */
    void start(const server::ServerConfig &config);
    /** Stops the server (waits for its thread to finish what it is doing). */
    void stop();

    bool isStarting() const { return m_state == State::Starting; }
    bool isRunning() const { return m_state == State::Running; }

    // Valid once started() was emitted.
    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port()); }
    const QString &projectId() const { return m_projectId; }
    /** The server's configuration with the credentials it generated or loaded. */
    const server::ServerConfig &config() const { return m_config; }

signals:
    void started();
    void failed(const QString &message);

private:
    enum class State
    {
        Stopped,
        Starting,
        Running,
    };

    void onStarted(const server::ServerConfig &config, const QUrl &url, const QString &projectId);
    void onFailed(const QString &message);

    State m_state = State::Stopped;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr; // lives on m_thread; owns the server there
    server::LocalServer *m_server = nullptr; // touched only on m_thread
    server::ServerConfig m_config;
    QUrl m_url;
    QString m_projectId;
};
} // namespace ma::desktop
