#pragma once

// "Download all" of a training job's Logs tab: the full log of every task (node) of the job
// into one folder, one file per task named as the console names them
// (modelarts-job-<job id>-<task>.log), one task after the other through TaskLogDownload
// (T2-8 link, then api::FileDownload). A failed file does not stop the others; each failure
// is kept with its task and error.

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace ma::api
{
class ApiClient;
}

namespace ma::models
{
class TaskLogDownload;

class TrainingLogBatchDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingLogBatchDownload)

public:
    /** @brief One task whose log could not be saved. */
    struct Failure
    {
        QString task;
        QString filePath;
        api::ApiError error;
    };

    TrainingLogBatchDownload(
        api::ApiClient *client, QString jobId, QStringList tasks, QString folder, QObject *parent = nullptr);
    ~TrainingLogBatchDownload() override;

    /** The file the log of @p task goes to in @p folder: modelarts-job-<job id>-<task>.log. */
    static QString fileNameFor(const QString &jobId, const QString &task);

    void start();
    /** Stops the transfer in flight and the ones after it; finished() follows. */
    void cancel();

    const QStringList &tasks() const { return m_tasks; }
    /** Paths written so far, in task order. */
    const QStringList &written() const { return m_written; }
    const std::vector<Failure> &failures() const { return m_failures; }
    bool isFinished() const { return m_finished; }
    /** One line per failure, "worker-1: <error text>", for a banner or a message box. */
    QString failureText() const;

signals:
    /** 0..100 over all the tasks. */
    void progress(int percent);
    /** The log of @p task has been saved (@p error none) or not. */
    void taskFinished(const QString &task, const QString &filePath, const ma::api::ApiError &error);
    /** Exactly once, after the last task (or a cancel). */
    void finished();

private:
    void startNext();

    QPointer<api::ApiClient> m_client;
    QString m_jobId;
    QStringList m_tasks;
    QString m_folder;
    int m_next = 0; // index of the next task to start
    QPointer<TaskLogDownload> m_current;
    QStringList m_written;
    std::vector<Failure> m_failures;
    bool m_canceled = false;
    bool m_finished = false;
};
} // namespace ma::models
