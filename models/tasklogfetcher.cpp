#include "tasklogfetcher.h"

#include "api/apiclient.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"

#include <algorithm>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ma::models
{
namespace
{
// How much of the previous preview is compared when the service sends no sizes.
constexpr qsizetype kTailCompareBytes = 4096;
// Read at most this much per readyRead; the reply buffer is bounded to the same size.
constexpr qint64 kReadChunk = 256 * 1024;
constexpr int kDownloadIdleTimeoutMs = 60000;

api::ApiError localFileError(const QString &text)
{
    // ApiError has no kind for local I/O; an Http error without status shows its message as it is.
    api::ApiError e;
    e.kind = api::ApiError::Kind::Http;
    e.message = text;
    e.detail = QStringLiteral("local file");
    return e;
}
} // namespace

// ---------------------------------------------------------------------------------------
// TaskLogFetcher

TaskLogFetcher::TaskLogFetcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TaskLogFetcher::fetch);
}

TaskLogFetcher::~TaskLogFetcher()
{
    reset();
}

void TaskLogFetcher::setClient(api::ApiClient *client)
{
    if (m_client == client)
        return;
    reset();
    m_client = client;
}

api::ApiClient *TaskLogFetcher::client() const
{
    return m_client;
}

void TaskLogFetcher::setTask(const QString &jobId, const QString &task)
{
    if (m_jobId == jobId && m_task == task)
        return;
    reset();
    m_jobId = jobId;
    m_task = task;
}

void TaskLogFetcher::setIntervalMs(int ms)
{
    m_timer->setInterval(std::max(100, ms));
}

int TaskLogFetcher::intervalMs() const
{
    return m_timer->interval();
}

void TaskLogFetcher::setPolling(bool on)
{
    if (on == m_timer->isActive())
        return;
    if (on)
    {
        m_timer->start();
        fetch();
    }
    else
    {
        m_timer->stop();
    }
}

bool TaskLogFetcher::isPolling() const
{
    return m_timer->isActive();
}

void TaskLogFetcher::fetch()
{
    if (!m_client || m_jobId.isEmpty() || m_task.isEmpty() || m_call)
        return;
    api::ApiCall *call = m_client->send(api::training::logPreview(m_jobId, m_task));
    m_call = call;
    const quint64 generation = m_generation;
    api::whenDecoded<api::TrainingLogPreview>(call, this,
        [this, generation](const api::Typed<api::TrainingLogPreview> &result)
        {
            if (generation != m_generation)
                return;
            m_call.clear();
            if (!result.ok())
            {
                if (result.error.kind != api::ApiError::Kind::Canceled)
                    emit errorOccurred(result.error);
                return;
            }
            apply(result.value);
            emit fetched();
        });
}

void TaskLogFetcher::reset()
{
    ++m_generation;
    if (m_call)
    {
        api::ApiCall *call = m_call;
        m_call.clear();
        call->cancel();
    }
    m_shownAnything = false;
    m_shownEnd = 0;
    m_fullSize = -1;
    m_lastContentTail.clear();
}

void TaskLogFetcher::apply(const api::TrainingLogPreview &preview)
{
    const QByteArray content = preview.content.toUtf8();
    const auto resetTo = [this, &content](qint64 end)
    {
        m_shownAnything = true;
        m_shownEnd = end;
        m_lastContentTail = content.right(kTailCompareBytes);
        emit textReset(QString::fromUtf8(content));
    };

    if (preview.fullSize)
    {
        const qint64 full = *preview.fullSize;
        const qint64 current = preview.currentSize.value_or(content.size());
        const qint64 contentStart = std::max<qint64>(0, full - current);
        m_fullSize = full;
        if (!m_shownAnything || full < m_shownEnd || m_shownEnd < contentStart)
        {
            // First answer, a shorter log (restarted job) or a gap larger than the preview.
            resetTo(full);
            return;
        }
        const qint64 skip = m_shownEnd - contentStart;
        m_shownEnd = full;
        m_lastContentTail = content.right(kTailCompareBytes);
        if (skip < content.size())
            emit textAppended(QString::fromUtf8(content.mid(skip)));
        return;
    }

    // No sizes (older services): continue when the new preview still contains the end of the old one.
    m_fullSize = content.size();
    if (m_shownAnything && !m_lastContentTail.isEmpty())
    {
        const qsizetype at = content.lastIndexOf(m_lastContentTail);
        if (at >= 0)
        {
            const QByteArray added = content.mid(at + m_lastContentTail.size());
            m_lastContentTail = content.right(kTailCompareBytes);
            if (!added.isEmpty())
                emit textAppended(QString::fromUtf8(added));
            return;
        }
    }
    if (m_shownAnything && content.isEmpty() && m_lastContentTail.isEmpty())
        return;
    resetTo(content.size());
}

// ---------------------------------------------------------------------------------------
// TaskLogDownload

TaskLogDownload::TaskLogDownload(api::ApiClient *client, QString jobId, QString task, QString filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(std::move(jobId))
    , m_task(std::move(task))
    , m_path(std::move(filePath))
{
}

TaskLogDownload::~TaskLogDownload()
{
    if (m_call)
    {
        m_call->disconnect(this);
        m_call->cancel();
    }
    if (m_reply)
    {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_file)
        m_file->cancelWriting();
}

bool TaskLogDownload::sameOrigin(const QUrl &link, const QUrl &endpoint)
{
    return link.scheme().compare(endpoint.scheme(), Qt::CaseInsensitive) == 0
        && link.host().compare(endpoint.host(), Qt::CaseInsensitive) == 0
        && link.port(link.scheme() == u"https" ? 443 : 80) == endpoint.port(endpoint.scheme() == u"https" ? 443 : 80);
}

void TaskLogDownload::start()
{
    if (!m_client)
    {
        fail(api::ApiError::auth(tr("Not connected.")));
        return;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
    {
        fail(localFileError(tr("Cannot write %1: %2").arg(m_path, m_file->errorString())));
        return;
    }
    reportProgress(0, -1);
    api::ApiCall *call = m_client->send(api::training::logUrl(m_jobId, m_task, api::training::LogLink::Download));
    m_call = call;
    api::whenDecoded<api::TrainingLogUrl>(call, this,
        [this](const api::Typed<api::TrainingLogUrl> &result)
        {
            m_call.clear();
            if (!result.ok())
            {
                fail(result.error);
                return;
            }
            const QUrl link(result.value.obsUrl);
            if (!link.isValid() || link.scheme().isEmpty())
            {
                fail(api::ApiError::decode(tr("the log link \"%1\" is not a URL").arg(result.value.obsUrl)));
                return;
            }
            fetchLink(link);
        });
}

void TaskLogDownload::cancel()
{
    fail(api::ApiError::canceled());
}

void TaskLogDownload::fetchLink(const QUrl &link)
{
    if (!m_client)
    {
        fail(api::ApiError::canceled());
        return;
    }
    const bool authenticated = sameOrigin(link, m_client->endpoints().modelArts);
    api::Authenticator *auth = m_client->authenticator();
    if (!authenticated || !auth)
    {
        sendGet(link, authenticated);
        return;
    }
    QPointer<TaskLogDownload> self(this);
    auth->prepare(*m_client,
        [self, link](const api::ApiError &error)
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

void TaskLogDownload::sendGet(const QUrl &link, bool authenticated)
{
    QNetworkRequest net(link);
    net.setTransferTimeout(kDownloadIdleTimeoutMs);
    if (authenticated)
    {
        // Our own service: sign or add the token like any other call; never follow a redirect
        // with credentials attached.
        net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (api::Authenticator *auth = m_client->authenticator())
        {
            api::ApiRequest request;
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
    connect(reply, &QNetworkReply::readyRead, this, &TaskLogDownload::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &TaskLogDownload::reportProgress);
    connect(reply, &QNetworkReply::finished, this, &TaskLogDownload::onReplyFinished);
}

void TaskLogDownload::onReadyRead()
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

void TaskLogDownload::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
    {
        api::RawHeaders headers;
        for (const auto &pair : reply->rawHeaderPairs())
            headers.append({ pair.first, pair.second });
        api::ApiError error = api::ApiError::fromHttp(status, headers, reply->readAll());
        error.kind = api::ApiError::Kind::Http;
        fail(error);
        return;
    }
    if (reply->error() != QNetworkReply::NoError)
    {
        fail(reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                ? api::ApiError::timeout(kDownloadIdleTimeoutMs)
                : api::ApiError::fromNetwork(reply->error(), reply->errorString()));
        return;
    }
    onReadyRead();
    if (m_finished)
        return;
    bool ok = false;
    const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && reply->rawHeader("Content-Encoding").isEmpty() && m_written < expected)
    {
        fail(api::ApiError::fromNetwork(
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
    emit finished(api::ApiError());
}

void TaskLogDownload::fail(const api::ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_call)
    {
        api::ApiCall *call = m_call;
        m_call.clear();
        call->disconnect(this);
        call->cancel();
    }
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

void TaskLogDownload::reportProgress(qint64 received, qint64 total)
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
} // namespace ma::models
