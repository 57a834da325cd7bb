#pragma once

// The network side of the Logs tab (training.md §4.5): TaskLogFetcher polls the log preview
// of one task (T2-7) and reports only what is new; TaskLogDownload streams the full log
// (T2-8 download link) into a file with progress, never holding it in memory.

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace ma::api
{
class ApiCall;
class ApiClient;
class FileDownload;
struct TrainingLogPreview;
} // namespace ma::api

namespace ma::models
{
/**
 * @brief Follows the log of one task of a training job.
 *
 * fetch() reads the preview once; with polling on, it reads it again every intervalMs()
 * (one request at a time). The preview is the tail of the log (at most 5 MB) with its
 * position in the full log (current_size, full_size): what follows the text already
 * reported is emitted as textAppended(), so a 3 s poll of a growing log moves only the new
 * lines. When the new preview does not continue the old one (another task, a restarted
 * job, a gap larger than the preview), the whole preview is emitted as textReset().
 */
class TaskLogFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLogFetcher)

public:
    static constexpr int kDefaultIntervalMs = 3000;

    explicit TaskLogFetcher(QObject *parent = nullptr);
    ~TaskLogFetcher() override;

    void setClient(api::ApiClient *client);
    api::ApiClient *client() const;
    /** Another job or task forgets what was shown (the next answer is a textReset()). */
    void setTask(const QString &jobId, const QString &task);
    QString jobId() const { return m_jobId; }
    QString task() const { return m_task; }

    void setIntervalMs(int ms);
    int intervalMs() const;
    /** Poll every intervalMs() (the first poll starts now). Off: no more requests after the one in flight. */
    void setPolling(bool on);
    bool isPolling() const;

    /** Reads the preview now (unless a read is in flight). */
    void fetch();
    /** Cancels the request in flight and forgets the shown text. */
    void reset();

    bool isFetching() const { return m_call != nullptr; }
    /** Size of the full log as of the last answer (bytes), -1 before it. */
    qint64 fullSize() const { return m_fullSize; }

signals:
    /** Replace the shown text with @p text. */
    void textReset(const QString &text);
    /** Append @p text to the shown text. */
    void textAppended(const QString &text);
    /** An answer has been applied (also when nothing changed). */
    void fetched();
    void errorOccurred(const ma::api::ApiError &error);

private:
    void apply(const api::TrainingLogPreview &preview);

    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiCall> m_call;
    QTimer *m_timer;
    QString m_jobId;
    QString m_task;
    quint64 m_generation = 0;
    bool m_shownAnything = false;
    qint64 m_shownEnd = 0; // byte offset in the full log where the shown text ends
    qint64 m_fullSize = -1;
    QByteArray m_lastContentTail; // for services that send no sizes: the end of the previous preview
};

/**
 * @brief Downloads the full log of one task to a file.
 *
 * It asks T2-8 for the download link, then hands it to api::FileDownload, which streams it
 * into the file (authenticated for modelarts-local's own link, bare for a pre-signed OBS
 * link). Progress comes from the Content-Length, or from @p expectedSize when the server
 * sends none. One use per object.
 */
class TaskLogDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLogDownload)

public:
    TaskLogDownload(api::ApiClient *client, QString jobId, QString task, QString filePath, QObject *parent = nullptr);
    ~TaskLogDownload() override;

    /** A size to compute progress with when the answer has no Content-Length (e.g. the preview's full_size). */
    void setExpectedSize(qint64 bytes);
    void start();
    void cancel();

    QString filePath() const;
    qint64 bytesWritten() const;
    bool isFinished() const;

signals:
    void progress(int percent);
    /** Exactly once; error.kind == None on success. */
    void finished(const ma::api::ApiError &error);

private:
    QPointer<api::ApiClient> m_client;
    QString m_jobId;
    QString m_task;
    api::FileDownload *m_file; // the transfer itself (api/ owns the network)
    QPointer<api::ApiCall> m_call;
};
} // namespace ma::models
