#pragma once

#include "router.h"
#include "servercontext.h"
#include "store.h"

#include <memory>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace ma::server
{
class ServerModule;

/**
 * @brief modelarts-local: a ModelArts-compatible REST backend on a loopback port.
 * The same class serves the standalone executable and the desktop app (in-process).
 */
class LocalServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServer)

public:
    explicit LocalServer(ServerConfig config, QObject *parent = nullptr);
    ~LocalServer() override;

    /**
     * Opens the store in the data dir (creating it), fills missing credentials, seeds
     * demo data on first start, and listens. Returns false with @p error on failure.
     */
    bool start(const QHostAddress &address, quint16 port, QString *error);
    void stop();

    QUrl url() const;
    quint16 port() const { return m_port; }
    const ServerConfig &config() const { return m_ctx->config(); }
    const QString &projectId() const { return m_ctx->projectId(); }
    Store &store() { return m_store; }
    ServerContext &context() { return *m_ctx; }
    const Router &router() const { return m_router; }

    /** Handles one request as the HTTP layer would (used by the HTTP glue and by tests). */
    Response handle(Request &request);

    /** Issues a token for the configured user, as POST /v3/auth/tokens would. */
    QByteArray issueToken(qint64 *expiresAtMs = nullptr);

private:
    void registerIam();
    bool ensureIdentity(QString *error);
    QString credentialFilePath() const;
    std::optional<Response> authenticate(const Request &request) const;
    /** 429 while sign-in is throttled after wrong passwords. */
    std::optional<Response> checkLoginThrottle() const;
    void recordLogin(bool succeeded);
    void onHttpRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    Store m_store;
    std::unique_ptr<ServerContext> m_ctx;
    Router m_router;
    std::unique_ptr<QHttpServer> m_http;
    std::vector<ServerModule *> m_modules;
    quint16 m_port = 0;
    QHostAddress m_address;
    int m_loginFailures = 0; // wrong passwords in a row
    qint64 m_loginBlockedUntilMs = 0;
};
} // namespace ma::server
