#include "traininglogbatchdownload.h"

#include "api/apiclient.h"
#include "models/tasklogfetcher.h"

#include <algorithm>
#include <QDir>

namespace ma::models
{
TrainingLogBatchDownload::TrainingLogBatchDownload(
    api::ApiClient *client, QString jobId, QStringList tasks, QString folder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(std::move(jobId))
    , m_tasks(std::move(tasks))
    , m_folder(std::move(folder))
{
}

TrainingLogBatchDownload::~TrainingLogBatchDownload()
{
    if (m_current)
    {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

QString TrainingLogBatchDownload::fileNameFor(const QString &jobId, const QString &task)
{
    // A task name is the service's word (worker-0); keep a file name of it in the folder.
    QString safeTask = task;
    safeTask.replace(u'/', u'_').replace(u'\\', u'_');
    return QStringLiteral("modelarts-job-%1-%2.log").arg(jobId, safeTask);
}

void TrainingLogBatchDownload::start()
{
    if (m_next == 0 && !m_finished && !m_current)
        startNext();
}

void TrainingLogBatchDownload::cancel()
{
    m_canceled = true;
    if (m_current)
        m_current->cancel(); // its finished() ends the batch
}

QString TrainingLogBatchDownload::failureText() const
{
    QStringList lines;
    for (const Failure &f : m_failures)
        lines << tr("%1: %2").arg(f.task, f.error.displayText());
    return lines.join(u'\n');
}

void TrainingLogBatchDownload::startNext()
{
    const int count = int(m_tasks.size());
    if (m_canceled || m_next >= count)
    {
        m_finished = true;
        emit progress(100);
        emit finished();
        return;
    }
    const int index = m_next++;
    const QString task = m_tasks.at(index);
    const QString path = QDir(m_folder).filePath(fileNameFor(m_jobId, task));
    auto *download = new TaskLogDownload(m_client, m_jobId, task, path, this);
    m_current = download;
    connect(download, &TaskLogDownload::progress, this,
        [this, index, count](int percent) { emit progress((index * 100 + std::clamp(percent, 0, 100)) / count); });
    connect(download, &TaskLogDownload::finished, this,
        [this, download, task, path](const api::ApiError &error)
        {
            m_current.clear();
            download->deleteLater();
            if (error.isError())
                m_failures.push_back({ task, path, error });
            else
                m_written << path;
            emit taskFinished(task, path, error);
            startNext();
        });
    download->start();
}
} // namespace ma::models
