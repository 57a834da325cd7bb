#include "scriptedhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ma::test
{
namespace
{
QByteArray reason(int status)
{
    switch (status)
    {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

QByteArray ReceivedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
    {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedReply ScriptedReply::json(int status, const QByteArray &body)
{
    ScriptedReply r;
    r.status = status;
    r.body = body;
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    return r;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
    m_handler = [](const ReceivedRequest &)
    {
        return ScriptedReply::json(404, R"({"error_code":"T.404","error_msg":"no script"})");
    };
}

bool ScriptedHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedHttpServer::enqueue(const QByteArray &pathPrefix, const ScriptedReply &reply)
{
    m_queue.append({ pathPrefix, reply });
}

int ScriptedHttpServer::count(const QByteArray &method, const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const ReceivedRequest &r : m_requests)
    {
        if (r.method == method && r.path().startsWith(pathPrefix))
            ++n;
    }
    return n;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
            [this, socket]
            {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one keep-alive connection.
    for (;;)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        ReceivedRequest req;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
        {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            req.headers.append({ name, value });
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        req.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(req);
        emit requestReceived(req);
        respond(socket, req);
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ReceivedRequest &request)
{
    ScriptedReply reply;
    bool queued = false;
    for (qsizetype i = 0; i < m_queue.size(); ++i)
    {
        if (request.path().startsWith(m_queue[i].first))
        {
            reply = m_queue.takeAt(i).second;
            queued = true;
            break;
        }
    }
    if (!queued)
        reply = m_handler(request);
    if (reply.hang)
        return;
    if (reply.delayMs > 0)
    {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this,
            [this, guard, reply]
            {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    write(guard, reply);
            });
        return;
    }
    write(socket, reply);
}

void ScriptedHttpServer::write(QTcpSocket *socket, const ScriptedReply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (reply.truncateAfter >= 0)
    {
        out += reply.body.left(reply.truncateAfter);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += reply.body;
    socket->write(out);
}
} // namespace ma::test
