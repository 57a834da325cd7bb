#include "tasklogfetcher.h"

#include "api/apiclient.h"
#include "api/filedownload.h"
#include "api/trainingrequests.h"
#include "api/typedcall.h"

#include <algorithm>
#include <QCoreApplication>
#include <QTimer>

namespace ma::models
{
namespace
{
// How much of the previous preview is compared when the service sends no sizes.
constexpr qsizetype kTailCompareBytes = 4096;
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
    , m_file(new api::FileDownload(client, std::move(filePath), this))
{
    connect(m_file, &api::FileDownload::progress, this, &TaskLogDownload::progress);
    connect(m_file, &api::FileDownload::finished, this,
        [this](const api::ApiError &error)
        {
            if (m_call)
            {
                api::ApiCall *call = m_call;
                m_call.clear();
                call->disconnect(this);
                call->cancel();
            }
            emit finished(error);
        });
}

TaskLogDownload::~TaskLogDownload()
{
    if (m_call)
    {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

QString TaskLogDownload::filePath() const
{
    return m_file->filePath();
}

qint64 TaskLogDownload::bytesWritten() const
{
    return m_file->bytesWritten();
}

bool TaskLogDownload::isFinished() const
{
    return m_file->isFinished();
}

void TaskLogDownload::setExpectedSize(qint64 bytes)
{
    m_file->setExpectedSize(bytes);
}

void TaskLogDownload::start()
{
    if (!m_client)
    {
        m_file->fail(api::ApiError::auth(tr("Not connected.")));
        return;
    }
    if (m_file->open().isError())
        return;
    api::ApiCall *call = m_client->send(api::training::logUrl(m_jobId, m_task, api::training::LogLink::Download));
    m_call = call;
    api::whenDecoded<api::TrainingLogUrl>(call, this,
        [this](const api::Typed<api::TrainingLogUrl> &result)
        {
            m_call.clear();
            if (!result.ok())
            {
                m_file->fail(result.error);
                return;
            }
            const QUrl link(result.value.obsUrl);
            if (!link.isValid() || link.scheme().isEmpty())
            {
                m_file->fail(api::ApiError::decode(tr("the log link \"%1\" is not a URL").arg(result.value.obsUrl)));
                return;
            }
            m_file->start(link);
        });
}

void TaskLogDownload::cancel()
{
    m_file->cancel();
}
} // namespace ma::models
