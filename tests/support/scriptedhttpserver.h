#pragma once

// A small HTTP/1.1 server on 127.0.0.1:0 whose answers a test scripts: slow replies,
// throttling, server errors, truncated bodies, HTML error pages. It records every
// request it receives so a test can prove that a POST was sent exactly once.

#include <functional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <utility>

class QTcpSocket;

namespace ma::test
{
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray path() const;
    QByteArray header(const QByteArray &name) const;
};

struct ScriptedReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // wait before answering
    int truncateAfter = -1; // announce the full length, send this many body bytes, then close
    bool hang = false; // never answer

    static ScriptedReply json(int status, const QByteArray &body);
};

class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedReply(const ReceivedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    /** Listens on 127.0.0.1 with an ephemeral port; returns false on failure. */
    bool start();
    QUrl url() const;

    /** The handler answers every request not matched by a queued reply. */
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /** Replies used once each, in order, for requests whose path starts with @p pathPrefix. */
    void enqueue(const QByteArray &pathPrefix, const ScriptedReply &reply);

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QByteArray &pathPrefix) const;

signals:
    void requestReceived(const ma::test::ReceivedRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ReceivedRequest &request);
    void write(QTcpSocket *socket, const ScriptedReply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QList<std::pair<QByteArray, ScriptedReply>> m_queue;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
} // namespace ma::test
