#include "filedownload.h"

#include "api/apiclient.h"

#include <algorithm>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ma::api
{
namespace
{
// Read at most this much per readyRead; the reply buffer is bounded to the same size.
constexpr qint64 kReadChunk = 256 * 1024;
constexpr int kIdleTimeoutMs = 60000;

ApiError localFileError(const QString &text)
{
    // ApiError has no kind for local I/O; an Http error without status shows its message as it is.
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.message = text;
    e.detail = QStringLiteral("local file");
    return e;
}
} // namespace

FileDownload::FileDownload(ApiClient *client, QString filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(filePath))
{
}

FileDownload::~FileDownload()
{
    if (m_reply)
    {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_file)
        m_file->cancelWriting();
}

bool FileDownload::sameOrigin(const QUrl &link, const QUrl &endpoint)
{
    return link.scheme().compare(endpoint.scheme(), Qt::CaseInsensitive) == 0
        && link.host().compare(endpoint.host(), Qt::CaseInsensitive) == 0
        && link.port(link.scheme() == u"https" ? 443 : 80) == endpoint.port(endpoint.scheme() == u"https" ? 443 : 80);
}

ApiError FileDownload::open()
{
    if (m_file || m_finished)
        return {};
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
    {
        const ApiError error = localFileError(tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        m_file.reset();
        fail(error);
        return error;
    }
    reportProgress(0, -1);
    return {};
}

void FileDownload::start(const QUrl &link)
{
    if (m_finished || (!m_file && open().isError()))
        return;
    if (!m_client)
    {
        fail(ApiError::canceled());
        return;
    }
    if (!link.isValid() || link.scheme().isEmpty())
    {
        fail(ApiError::decode(tr("the link \"%1\" is not a URL").arg(link.toString())));
        return;
    }
    const bool authenticated = sameOrigin(link, m_client->endpoints().modelArts);
    Authenticator *auth = m_client->authenticator();
    if (!authenticated || !auth)
    {
        sendGet(link, authenticated);
        return;
    }
    QPointer<FileDownload> self(this);
    auth->prepare(*m_client,
        [self, link](const ApiError &error)
        {
            if (!self || self->m_finished)
                return;
            if (error.isError())
            {
                self->fail(error);
                return;
            }
            self->sendGet(link, true);
        });
}

void FileDownload::cancel()
{
    fail(ApiError::canceled());
}

void FileDownload::sendGet(const QUrl &link, bool authenticated)
{
    QNetworkRequest net(link);
    net.setTransferTimeout(kIdleTimeoutMs);
    if (authenticated)
    {
        // Our own service: sign or add the token like any other call; never follow a redirect
        // with credentials attached.
        net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (Authenticator *auth = m_client->authenticator())
        {
            ApiRequest request;
            request.method = QByteArrayLiteral("GET");
            request.path = link.path();
            auth->decorate(request, link, net);
        }
    }
    else
    {
        // A pre-signed OBS link carries its signature in the query: no headers of ours.
        net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkReply *reply = m_client->network()->get(net);
    reply->setReadBufferSize(kReadChunk);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &FileDownload::reportProgress);
    connect(reply, &QNetworkReply::finished, this, &FileDownload::onReplyFinished);
}

void FileDownload::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return; // the error body is read in onReplyFinished()
    while (m_reply->bytesAvailable() > 0)
    {
        const QByteArray chunk = m_reply->read(kReadChunk);
        if (chunk.isEmpty())
            break;
        if (m_file->write(chunk) != chunk.size())
        {
            fail(localFileError(tr("Cannot write %1: %2").arg(m_path, m_file->errorString())));
            return;
        }
        m_written += chunk.size();
    }
}

void FileDownload::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
    {
        RawHeaders headers;
        for (const auto &pair : reply->rawHeaderPairs())
            headers.append({ pair.first, pair.second });
        ApiError error = ApiError::fromHttp(status, headers, reply->readAll());
        error.kind = ApiError::Kind::Http;
        fail(error);
        return;
    }
    if (reply->error() != QNetworkReply::NoError)
    {
        fail(reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                ? ApiError::timeout(kIdleTimeoutMs)
                : ApiError::fromNetwork(reply->error(), reply->errorString()));
        return;
    }
    onReadyRead();
    if (m_finished)
        return;
    bool ok = false;
    const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && reply->rawHeader("Content-Encoding").isEmpty() && m_written < expected)
    {
        fail(ApiError::fromNetwork(
            QNetworkReply::ProtocolFailure, QStringLiteral("received %1 of %2 bytes").arg(m_written).arg(expected)));
        return;
    }
    if (!m_file->commit())
    {
        m_file.reset();
        fail(localFileError(tr("Cannot write %1.").arg(m_path)));
        return;
    }
    m_file.reset();
    m_reply.clear();
    reply->deleteLater();
    m_finished = true;
    if (m_lastPercent != 100)
    {
        m_lastPercent = 100;
        emit progress(100);
    }
    emit finished(ApiError());
}

void FileDownload::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply)
    {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_file)
    {
        m_file->cancelWriting();
        m_file.reset();
    }
    emit finished(error);
}

void FileDownload::reportProgress(qint64 received, qint64 total)
{
    if (m_finished)
        return;
    const qint64 size = total > 0 ? total : m_expected;
    // Until done, stay below 100 (LogViewer re-enables Download at 100).
    const int percent = size > 0 ? int(std::clamp<qint64>(received * 100 / size, 0, 99)) : 0;
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    emit progress(percent);
}
} // namespace ma::api
